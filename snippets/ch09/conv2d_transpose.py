"""Section 9.3.7: keras.layers.Conv2DTranspose replaces tf.layers.conv2d_transpose."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.conv2d_transpose
except AttributeError as error:
    print("tf.compat.v1.layers.conv2d_transpose:", error)
else:
    print("tf.compat.v1.layers.conv2d_transpose is available:", legacy)

x = tf.zeros([4, 10, 8, 128])
for kernel, stride, padding in [(2, 2, "valid"), (3, 2, "valid"), (3, 2, "same"), (3, 1, "valid")]:
    y = keras.layers.Conv2DTranspose(32, kernel, strides=stride, padding=padding)(x)
    # valid: (n - 1) * s + k; same: n * s
    expected = [(n - 1) * stride + kernel if padding == "valid" else n * stride for n in (10, 8)]
    print(f"kernel {kernel}, stride {stride}, {padding:<5}: {y.shape}  rule: {expected}")
    assert list(y.shape[1:3]) == expected
# output_padding (new) picks one of the sizes a strided convolution could have come from.
y = keras.layers.Conv2DTranspose(32, 3, strides=2, padding="same", output_padding=0)(x)
print("output_padding=0:", y.shape)
# It undoes the shape change of the matching Conv2D:
small = keras.layers.Conv2D(16, 3, strides=2, padding="same")(tf.zeros([1, 20, 16, 3]))
print(
    "Conv2D stride 2: (1, 20, 16, 3) ->",
    small.shape,
    "-> Conv2DTranspose ->",
    keras.layers.Conv2DTranspose(3, 3, strides=2, padding="same")(small).shape,
)
