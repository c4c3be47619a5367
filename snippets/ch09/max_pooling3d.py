"""Section 9.3.14: keras.layers.MaxPooling3D replaces tf.layers.max_pooling3d."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.max_pooling3d
except AttributeError as error:
    print("tf.compat.v1.layers.max_pooling3d:", error)
else:
    print("tf.compat.v1.layers.max_pooling3d is available:", legacy)

volume = tf.random.stateless_uniform([1, 30, 30, 30, 3], seed=[0, 1])
y = keras.layers.MaxPooling3D()(volume)  # pool_size (2, 2, 2) by default
print("MaxPooling3D():", y.shape)  # rank 5, like its input
assert y.shape == (1, 15, 15, 15, 3)
expected = tf.reduce_max(volume[0, :2, :2, :2, 0])
print(
    "first output equals the maximum of the first 2x2x2 block:", bool(y[0, 0, 0, 0, 0] == expected)
)
assert y[0, 0, 0, 0, 0] == expected
