"""Section 9.3.13: keras.layers.MaxPooling2D replaces tf.layers.max_pooling2d."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.max_pooling2d
except AttributeError as error:
    print("tf.compat.v1.layers.max_pooling2d:", error)
else:
    print("tf.compat.v1.layers.max_pooling2d is available:", legacy)

x = tf.reshape(tf.range(1.0, 10.0), [1, 3, 3, 1])
y = keras.layers.MaxPooling2D(pool_size=2, strides=1)(x)
print("3x3 grid, 2x2 windows, stride 1:", y.numpy()[0, :, :, 0].tolist())
assert y.numpy()[0, :, :, 0].tolist() == [[5, 6], [8, 9]]
images = tf.zeros([8, 28, 28, 32])
print("MaxPooling2D() on (8, 28, 28, 32):", keras.layers.MaxPooling2D()(images).shape)  # rank 4
assert keras.layers.MaxPooling2D()(images).shape == (8, 14, 14, 32)
np.testing.assert_array_equal(
    keras.layers.MaxPooling2D(2, 1)(x), tf.nn.max_pool2d(x, 2, 1, "VALID")
)
