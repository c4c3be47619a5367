"""Section 9.3.6: keras.layers.Conv2D replaces tf.layers.conv2d."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.conv2d
except AttributeError as error:
    print("tf.compat.v1.layers.conv2d:", error)
else:
    print("tf.compat.v1.layers.conv2d is available:", legacy)

keras.utils.set_random_seed(0)
x = tf.random.normal([4, 10, 10, 128])
for kwargs in [{}, {"strides": 2, "padding": "same"}, {"dilation_rate": 2}, {"groups": 4}]:
    layer = keras.layers.Conv2D(32, 3, **kwargs)
    print(f"Conv2D(32, 3, {kwargs}): {layer(x).shape}, kernel {tuple(layer.kernel.shape)}")
assert keras.layers.Conv2D(32, 3)(x).shape == (4, 8, 8, 32)
assert keras.layers.Conv2D(32, 3, strides=2, padding="same")(x).shape == (4, 5, 5, 32)
# The layer is tf.nn.conv2d with its own kernel, plus a bias and an activation.
layer = keras.layers.Conv2D(32, 3, activation="relu", bias_initializer="ones")
y = layer(x)
np.testing.assert_allclose(
    y, tf.nn.relu(tf.nn.conv2d(x, layer.kernel, 1, "VALID") + layer.bias), atol=1e-4
)
print("Conv2D == relu(tf.nn.conv2d(x, kernel) + bias): True")
# TF 1's reuse=True becomes: call the same layer object again (same weights).
count = len(layer.weights)
layer(x)
print("calling the layer again creates no new weights:", count == len(layer.weights))
