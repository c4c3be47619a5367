"""Section 9.3.15: keras.layers.SeparableConv2D replaces tf.layers.separable_conv2d."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.separable_conv2d
except AttributeError as error:
    print("tf.compat.v1.layers.separable_conv2d:", error)
else:
    print("tf.compat.v1.layers.separable_conv2d is available:", legacy)

x = tf.zeros([1, 28, 28, 32])
ordinary = keras.layers.Conv2D(64, 3)
separable = keras.layers.SeparableConv2D(64, 3)
print("Conv2D(64, 3):         ", ordinary(x).shape, ordinary.count_params(), "parameters")
print("SeparableConv2D(64, 3):", separable(x).shape, separable.count_params(), "parameters")
print("  weights:", [tuple(w.shape) for w in separable.weights])
assert ordinary.count_params() == 3 * 3 * 32 * 64 + 64 == 18_496
assert separable.count_params() == 3 * 3 * 32 + 32 * 64 + 64 == 2_400
# depth_multiplier: each input channel gets that many depthwise filters.
wide = keras.layers.SeparableConv2D(64, 3, depth_multiplier=2)
wide(x)
print("depth_multiplier=2:", [tuple(w.shape) for w in wide.weights])
