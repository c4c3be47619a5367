"""
Dense, dropout and batch normalization
======================================

Three Keras layers that replace ``tf.layers.dense``, ``tf.layers.dropout`` and
``tf.layers.batch_normalization``: a ``Dense`` layer checked against its formula, dropout masks
in training and inference, and the moving statistics of batch normalization, which TensorFlow 2
updates inside the layer's call (no ``UPDATE_OPS`` collection).

The layers are described in :ref:`seed-9-3`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# %%
# Dense
# -----
# ``output = activation(inputs @ kernel + bias)``, applied to the last axis.

x = tf.constant(rng.normal(size=(2, 3, 4)), tf.float32)
dense = keras.layers.Dense(5, activation="relu")
y = dense(x)
np.testing.assert_allclose(y, tf.nn.relu(x @ dense.kernel + dense.bias), atol=1e-6)
print("Dense(5) on", x.shape, "->", y.shape, "| kernel", tuple(dense.kernel.shape))

# %%
# Dropout masks
# -------------
# In training, each unit is zeroed with probability ``rate`` and the survivors are scaled by
# 1 / (1 - rate), so the expected value is unchanged. ``noise_shape`` with a 1 shares one mask
# along that axis (here: across the time steps of each sequence).

dropout = keras.layers.Dropout(0.3, seed=0)
ones = tf.ones([20, 20])
mask = dropout(ones, training=True).numpy()
values = sorted({round(float(v), 4) for v in mask.ravel()})
print(f"rate 0.3: kept {np.mean(mask > 0):.2f}, values {values}")
print("inference call returns the input:", bool(np.all(dropout(ones).numpy() == 1)))
shared = keras.layers.Dropout(0.5, noise_shape=(1, 1, 20), seed=1)(
    tf.ones([1, 20, 20]), training=True
)

# %%
# Batch normalization's moving statistics
# ---------------------------------------
# Each training call moves ``moving_mean`` a fraction 1 - momentum of the way to the batch mean.
# Inference calls use the moving statistics and change nothing.

bn = keras.layers.BatchNormalization(momentum=0.9)
data = rng.normal(loc=3.0, scale=2.0, size=(60, 64, 1)).astype("float32")
means, variances = [], []
for batch in data:
    bn(batch, training=True)
    means.append(float(bn.moving_mean[0]))
    variances.append(float(bn.moving_variance[0]))
expected = 0.0
for batch in data:
    expected = 0.9 * expected + 0.1 * batch.mean()
np.testing.assert_allclose(means[-1], expected, rtol=1e-4)
print(f"after 60 batches: moving_mean {means[-1]:.3f}, moving_variance {variances[-1]:.3f}")
frozen = bn.moving_mean.numpy().copy()
bn(data[0])
print("inference call changed moving_mean:", not np.array_equal(frozen, bn.moving_mean.numpy()))

fig, axes = plt.subplots(1, 3, figsize=(14, 4), layout="constrained")
axes[0].imshow(mask, cmap="gray")
axes[0].set_title("Dropout(0.3) mask, training=True\n(white: kept, scaled to 1/0.7)")
axes[1].imshow(shared[0], cmap="gray")
axes[1].set_title("noise_shape=(1, 1, 20): one mask\nfor all 20 time steps (rows)")
axes[2].plot(means, label="moving_mean")
axes[2].plot(variances, label="moving_variance")
axes[2].axhline(3.0, color="tab:blue", ls=":", label="true mean 3")
axes[2].axhline(4.0, color="tab:orange", ls=":", label="true variance 4")
axes[2].set_xlabel("training batch")
axes[2].set_title("BatchNormalization(momentum=0.9)")
axes[2].legend()
for ax in axes[:2]:
    ax.set_xticks([])
    ax.set_yticks([])

plt.show()
