"""Section 9.3.10: keras.layers.Dense replaces tf.layers.dense."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.dense
except AttributeError as error:
    print("tf.compat.v1.layers.dense:", error)
else:
    print("tf.compat.v1.layers.dense is available:", legacy)

keras.utils.set_random_seed(0)
x = tf.random.normal([2, 3, 4])
layer = keras.layers.Dense(5, activation="tanh")
y = layer(x)
print(
    "Dense(5) on (2, 3, 4):",
    y.shape,
    "| kernel",
    tuple(layer.kernel.shape),
    "bias",
    tuple(layer.bias.shape),
)
# output = activation(matmul(inputs, kernel) + bias), on the last axis of any rank.
np.testing.assert_allclose(y, tf.tanh(tf.tensordot(x, layer.kernel, 1) + layer.bias), atol=1e-6)
print("y == tanh(x @ kernel + bias): True")
plain = keras.layers.Dense(5, use_bias=False)
plain(x)
print("use_bias=False: weights", [tuple(w.shape) for w in plain.weights])
# Regularizers add their penalty to layer.losses (TF 1: the REGULARIZATION_LOSSES collection).
reg = keras.layers.Dense(5, kernel_regularizer=keras.regularizers.L2(0.01))
reg(x)
np.testing.assert_allclose(reg.losses[0], 0.01 * tf.reduce_sum(reg.kernel**2), rtol=1e-5)
print("L2 penalty in layer.losses:", float(reg.losses[0]) > 0)
