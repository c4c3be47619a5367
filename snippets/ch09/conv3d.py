"""Section 9.3.8: keras.layers.Conv3D replaces tf.layers.conv3d."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.conv3d
except AttributeError as error:
    print("tf.compat.v1.layers.conv3d:", error)
else:
    print("tf.compat.v1.layers.conv3d is available:", legacy)

x = tf.zeros([4, 10, 10, 10, 128])  # (batch, depth, height, width, channels)
layer = keras.layers.Conv3D(32, 3)
print("Conv3D(32, 3):", layer(x).shape, "kernel", tuple(layer.kernel.shape))
assert layer(x).shape == (4, 8, 8, 8, 32)
print(
    "kernel (1, 3, 3), same padding:", keras.layers.Conv3D(32, (1, 3, 3), padding="same")(x).shape
)
print("strides (1, 2, 2):", keras.layers.Conv3D(32, 3, strides=(1, 2, 2))(x).shape)
# channels_first: (batch, channels, depth, height, width). TF's CPU kernels support only
# channels_last for 3-D convolutions, so the shape is computed without running it.
first = keras.layers.Conv3D(32, 3, data_format="channels_first")
print("channels_first output shape:", first.compute_output_shape((4, 128, 10, 10, 10)))
