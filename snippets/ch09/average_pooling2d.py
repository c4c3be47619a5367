"""Section 9.3.2: keras.layers.AveragePooling2D replaces tf.layers.average_pooling2d."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.average_pooling2d
except AttributeError as error:
    print("tf.compat.v1.layers.average_pooling2d:", error)
else:
    print("tf.compat.v1.layers.average_pooling2d is available:", legacy)

x = tf.reshape(tf.range(1.0, 10.0), [1, 3, 3, 1])  # the 3x3 grid 1..9
y = keras.layers.AveragePooling2D(pool_size=2, strides=1)(x)
print("3x3 grid, 2x2 windows, stride 1:", y.numpy()[0, :, :, 0].tolist())
assert y.numpy()[0, :, :, 0].tolist() == [[3, 4], [6, 7]]
images = tf.zeros([8, 32, 32, 3])
for kwargs in [{"pool_size": 2}, {"pool_size": (2, 4)}, {"pool_size": 3, "padding": "same"}]:
    shape = keras.layers.AveragePooling2D(**kwargs)(images).shape
    print(f"AveragePooling2D({kwargs}) on (8, 32, 32, 3): {shape}")
try:
    keras.layers.AveragePooling2D()
except TypeError as error:
    print("pool_size is required:", error)
