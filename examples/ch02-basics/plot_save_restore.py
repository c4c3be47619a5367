"""
Saving and restoring a model
============================

The book's save-and-reload listing (printed under section 2.5.7): a 1-10-1 network is trained on
y = x² plus noise, its weights are saved to a checkpoint, and a second, freshly built network
restores them and must give exactly the same predictions without any training. TensorFlow 1.x's
``tf.train.Saver`` becomes ``tf.train.Checkpoint``; the Keras file format is shown as well. See
:ref:`seed-2-5-7`.
"""

import os
import tempfile

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(1)
rng = np.random.default_rng(1)
x = np.linspace(-1, 1, 100, dtype="float32").reshape(-1, 1)
y = (x**2 + rng.normal(0, 0.1, size=x.shape)).astype("float32")


def build():
    return keras.Sequential(
        [keras.Input((1,)), keras.layers.Dense(10, activation="relu"), keras.layers.Dense(1)]
    )


def mse(model):
    return float(tf.reduce_mean(tf.square(model(x) - y)))


# %%
# Train and save
# --------------

model = build()
optimizer = keras.optimizers.SGD(0.5)


@tf.function
def train_step():
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(x) - y))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))


for _ in range(100):
    train_step()

with tempfile.TemporaryDirectory() as folder:
    prefix = tf.train.Checkpoint(model=model).write(os.path.join(folder, "params"))
    print("checkpoint files:", sorted(os.listdir(folder)))
    model.save_weights(os.path.join(folder, "params.weights.h5"))  # Keras's own format

    # %%
    # Restore into a new model
    # ------------------------
    # A new model has new random weights; reading the checkpoint replaces them. The Keras file
    # restores a third model the same way.

    restored = build()
    print(f"loss before restoring: {mse(restored):.6f}")
    tf.train.Checkpoint(model=restored).read(prefix).assert_existing_objects_matched()
    from_h5 = build()
    from_h5.load_weights(os.path.join(folder, "params.weights.h5"))

print(f"trained model: loss {mse(model):.6f}")
print(f"restored model: loss {mse(restored):.6f}")
np.testing.assert_array_equal(restored(x), model(x))
np.testing.assert_array_equal(from_h5(x), model(x))
print("restored predictions are identical:", True)

fig, axes = plt.subplots(1, 2, figsize=(11, 4), layout="constrained", sharey=True)
for ax, (name, m) in zip(axes, [("saved", model), ("restored", restored)], strict=True):
    ax.scatter(x, y, s=10, color="tab:gray")
    ax.plot(x, m(x).numpy(), "r-", lw=3)
    ax.set_title(f"{name} model: loss = {mse(m):.4f}")
    ax.set_xlabel("x")
axes[0].set_ylabel("y")
plt.show()
