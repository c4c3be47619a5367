"""Section 2.2.5: tf.nn.dropout, its rate, its rescaling and noise_shape."""

import keras
import numpy as np
import tensorflow as tf

tf.random.set_seed(2)

# The book's example. TF 1.x's second argument was keep_prob; TF 2's is rate, the probability of
# dropping. Both are 0.5 here, so each element is kept with probability 0.5 and doubled if kept.
a = tf.constant([[-1.0, 2.0, 3.0, 4.0]])
print("a =", a.numpy())
print("\nnoise_shape=[1, 4]: each element kept or dropped on its own")
for seed in range(4):
    b = tf.nn.dropout(a, rate=0.5, noise_shape=[1, 4], seed=seed)
    assert np.all((b == 0) | (b == 2 * a))
    print(f"  seed={seed}:", b.numpy())
print("noise_shape=[1, 1]: one decision for the whole row")
for seed in range(4):
    c = tf.nn.dropout(a, rate=0.5, noise_shape=[1, 1], seed=seed)
    assert np.all(c == 0) or np.all(c == 2 * a)
    print(f"  seed={seed}:", c.numpy())

# Kept values are scaled by 1 / (1 - rate), so the expected value of every element is unchanged.
rate = 0.3
x = tf.ones([200, 500])
y = tf.nn.dropout(x, rate=rate, seed=1).numpy()
kept = y != 0
np.testing.assert_allclose(y[kept], 1 / (1 - rate), rtol=1e-6)
assert abs(kept.mean() - (1 - rate)) < 0.01 and abs(y.mean() - 1) < 0.02
print(
    f"\nrate={rate} on {x.shape.num_elements():,} ones: kept {kept.mean():.2%},",
    f"kept values = {y[kept][0]:.4f} = 1/(1-{rate}), mean after dropout = {y.mean():.4f}",
)

# noise_shape=[k, 1, 1, n] for x of shape [k, l, m, n]: every example and channel decides on its
# own, but all l x m positions of one feature map are kept or dropped together.
maps = tf.ones([2, 3, 3, 4])
z = tf.nn.dropout(maps, rate=0.5, noise_shape=[2, 1, 1, 4], seed=3).numpy()
for i in range(2):
    for channel in range(4):
        assert len(np.unique(z[i, :, :, channel])) == 1  # one value per 3x3 map: 0 or 2
print("\nnoise_shape=[2, 1, 1, 4] on a [2, 3, 3, 4] tensor, value of each 3x3 map:")
print(z[:, 0, 0, :], "(rows: examples, columns: channels)")
# keras.layers.SpatialDropout2D is this pattern as a layer.
w = keras.layers.SpatialDropout2D(0.5, seed=4)(maps, training=True).numpy()
assert all(len(np.unique(w[i, :, :, ch])) == 1 for i in range(2) for ch in range(4))

# The Keras layer drops only while training; at inference it passes its input through.
layer = keras.layers.Dropout(0.5, seed=5)
np.testing.assert_array_equal(layer(a, training=False), a)
print("\nkeras.layers.Dropout(0.5), training=False:", layer(a, training=False).numpy())
print("keras.layers.Dropout(0.5), training=True: ", layer(a, training=True).numpy())
