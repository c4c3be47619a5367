"""Section 9.3.12: keras.layers.MaxPooling1D replaces tf.layers.max_pooling1d."""

import keras
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.max_pooling1d
except AttributeError as error:
    print("tf.compat.v1.layers.max_pooling1d:", error)
else:
    print("tf.compat.v1.layers.max_pooling1d is available:", legacy)

x = tf.reshape(tf.constant([1.0, 2.0, 3.0, 4.0, 5.0]), [1, 5, 1])
for kwargs in [{"strides": 1}, {"strides": 1, "padding": "same"}, {}]:
    y = keras.layers.MaxPooling1D(2, **kwargs)(x)
    print(f"MaxPooling1D(2, {kwargs}): {y.numpy()[0, :, 0].tolist()}")
assert keras.layers.MaxPooling1D(2, 1)(x).numpy().ravel().tolist() == [2, 3, 4, 5]
# New in Keras: pool_size defaults to 2 (and strides to pool_size).
print("MaxPooling1D():", keras.layers.MaxPooling1D()(x).shape)
assert keras.layers.MaxPooling1D()(x).shape == (1, 2, 1)
