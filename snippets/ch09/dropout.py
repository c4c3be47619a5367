"""Section 9.3.11: keras.layers.Dropout replaces tf.layers.dropout."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.dropout
except AttributeError as error:
    print("tf.compat.v1.layers.dropout:", error)
else:
    print("tf.compat.v1.layers.dropout is available:", legacy)

keras.utils.set_random_seed(0)
x = tf.ones([1, 10])
layer = keras.layers.Dropout(0.5, seed=0)
print("training=True: ", layer(x, training=True).numpy().ravel().tolist())
print("default call:  ", layer(x).numpy().ravel().tolist())
assert set(layer(x, training=True).numpy().ravel().tolist()) <= {
    0.0,
    2.0,
}  # kept units * 1/(1-rate)
assert np.array_equal(layer(x), x)  # not training: the identity, as TF 1's training=False
big = keras.layers.Dropout(0.3, seed=1)(tf.ones([1000, 100]), training=True).numpy()
print(f"rate 0.3: kept {np.mean(big > 0):.3f}, mean {big.mean():.3f} (the mean is preserved)")
# noise_shape=[batch, 1, features]: the same mask for every time step.
seq = keras.layers.Dropout(0.5, noise_shape=(2, 1, 6), seed=2)(tf.ones([2, 4, 6]), training=True)
print("noise_shape (2, 1, 6): rows of each example equal:", bool(tf.reduce_all(seq == seq[:, :1])))
try:
    keras.layers.Dropout()
except TypeError as error:
    print("rate is required:", error)
