"""Section 9.3.9: keras.layers.Conv3DTranspose replaces tf.layers.conv3d_transpose."""

import inspect

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.conv3d_transpose
except AttributeError as error:
    print("tf.compat.v1.layers.conv3d_transpose:", error)
else:
    print("tf.compat.v1.layers.conv3d_transpose is available:", legacy)

x = tf.zeros([4, 10, 8, 12, 128])
y = keras.layers.Conv3DTranspose(32, 2, strides=2)(x)
print("Conv3DTranspose(32, 2, strides=2):", y.shape)
assert y.shape == (4, 20, 16, 24, 32)
print(
    "kernel 3, stride (1, 2, 2), same:",
    keras.layers.Conv3DTranspose(32, 3, strides=(1, 2, 2), padding="same")(x).shape,
)
# In Conv3DTranspose, data_format comes before output_padding (the reverse of Conv2DTranspose),
# so pass both by keyword.
for cls in (keras.layers.Conv2DTranspose, keras.layers.Conv3DTranspose):
    names = list(inspect.signature(cls.__init__).parameters)[1:7]
    print(f"{cls.__name__:<16} positional order: {names}")
