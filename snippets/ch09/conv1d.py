"""Section 9.3.5: keras.layers.Conv1D replaces tf.layers.conv1d."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.conv1d
except AttributeError as error:
    print("tf.compat.v1.layers.conv1d:", error)
else:
    print("tf.compat.v1.layers.conv1d is available:", legacy)

keras.utils.set_random_seed(0)
x = tf.zeros([4, 10, 16])  # (batch, steps, channels)
for kwargs in [
    {},
    {"padding": "same"},
    {"padding": "causal"},
    {"strides": 2},
    {"dilation_rate": 2},
]:
    print(f"Conv1D(8, 3, {kwargs}) on (4, 10, 16): {keras.layers.Conv1D(8, 3, **kwargs)(x).shape}")
assert keras.layers.Conv1D(8, 3)(x).shape == (4, 8, 8)
assert keras.layers.Conv1D(8, 3, padding="causal")(x).shape == (4, 10, 8)
# Causal padding: output t depends only on inputs up to t. Change the last step: only the last
# output changes.
layer = keras.layers.Conv1D(1, 3, padding="causal")
a = tf.random.stateless_normal([1, 10, 1], seed=[1, 2])
b = tf.concat([a[:, :-1], a[:, -1:] + 1.0], axis=1)
changed = np.flatnonzero(np.abs(layer(a) - layer(b)).ravel() > 1e-6)
print("causal: outputs changed by the last input:", changed.tolist())
assert changed.tolist() == [9]
conv = keras.layers.Conv1D(8, 3)
conv(x)
print("weights:", [tuple(w.shape) for w in conv.weights])  # kernel (3, 16, 8) and bias (8,)
