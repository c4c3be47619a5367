"""Section 9.3.3: keras.layers.AveragePooling3D replaces tf.layers.average_pooling3d."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.average_pooling3d
except AttributeError as error:
    print("tf.compat.v1.layers.average_pooling3d:", error)
else:
    print("tf.compat.v1.layers.average_pooling3d is available:", legacy)

volume = tf.zeros([1, 30, 30, 30, 3])  # (batch, depth, height, width, channels)
print("AveragePooling3D(3):", keras.layers.AveragePooling3D(3)(volume).shape)
assert keras.layers.AveragePooling3D(3)(volume).shape == (1, 10, 10, 10, 3)
print(
    "pool (2, 3, 5), strides 1:", keras.layers.AveragePooling3D((2, 3, 5), strides=1)(volume).shape
)
cube = tf.reshape(tf.range(8.0), [1, 2, 2, 2, 1])
print("mean of a 2x2x2 cube of 0..7:", float(keras.layers.AveragePooling3D(2)(cube)[0, 0, 0, 0, 0]))
assert float(keras.layers.AveragePooling3D(2)(cube)[0, 0, 0, 0, 0]) == 3.5
# channels_first puts the channels second: (batch, channels, depth, height, width).
first = keras.layers.AveragePooling3D(3, data_format="channels_first")
print("channels_first (1, 3, 30, 30, 30):", first(tf.zeros([1, 3, 30, 30, 30])).shape)
