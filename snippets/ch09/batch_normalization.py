"""Section 9.3.4: keras.layers.BatchNormalization replaces tf.layers.batch_normalization."""

import keras
import numpy as np
import tensorflow as tf

# The book's TF 1 function is gone: tf.compat.v1.layers refuses it under Keras 3.
try:
    legacy = tf.compat.v1.layers.batch_normalization
except AttributeError as error:
    print("tf.compat.v1.layers.batch_normalization:", error)
else:
    print("tf.compat.v1.layers.batch_normalization is available:", legacy)

rng = np.random.default_rng(0)
x = tf.constant(rng.normal([5.0, -2.0, 10.0], [1.0, 3.0, 0.5], size=(256, 3)), tf.float32)
bn = keras.layers.BatchNormalization(momentum=0.99)
bn.build(x.shape)
print("moving_mean before:", bn.moving_mean.numpy(), "moving_variance:", bn.moving_variance.numpy())
y = bn(x, training=True)  # normalizes with the batch statistics and updates the moving ones
mean = x.numpy().mean(axis=0)
print("batch mean:        ", mean.round(3))
print("moving_mean after: ", bn.moving_mean.numpy().round(5), "= 0.01 * batch mean")
np.testing.assert_allclose(bn.moving_mean, 0.01 * mean, rtol=1e-4)
print(
    "training output: mean", y.numpy().mean(axis=0).round(3), "std", y.numpy().std(axis=0).round(3)
)
before = bn.moving_mean.numpy().copy()
bn(x)  # inference (training defaults to False/None): uses and keeps the moving statistics
assert np.array_equal(before, bn.moving_mean.numpy())
print("an inference call leaves moving_mean unchanged: True")
