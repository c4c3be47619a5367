"""Section 9.3.1: keras.layers.AveragePooling1D replaces tf.layers.average_pooling1d."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.average_pooling1d
except AttributeError as error:
    print("tf.compat.v1.layers.average_pooling1d:", error)
else:
    print("tf.compat.v1.layers.average_pooling1d is available:", legacy)

x = tf.reshape(tf.constant([1.0, 2.0, 3.0, 4.0, 5.0]), [1, 5, 1])  # (batch, steps, channels)
for kwargs in [{"strides": 1}, {"strides": 2}, {"strides": 1, "padding": "same"}, {}]:
    y = keras.layers.AveragePooling1D(2, **kwargs)(x)
    print(f"AveragePooling1D(2, {kwargs}): {y.numpy()[0, :, 0].tolist()}")
# strides defaults to pool_size; "same" pads, and the padding is left out of the average.
assert keras.layers.AveragePooling1D(2)(x).shape == (1, 2, 1)
np.testing.assert_allclose(keras.layers.AveragePooling1D(2, 1, "same")(x)[0, -1, 0], 5.0)
np.testing.assert_allclose(
    tf.nn.avg_pool1d(x, 2, 1, "VALID"), keras.layers.AveragePooling1D(2, 1)(x)
)
