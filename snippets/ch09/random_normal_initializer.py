"""Section 9.1.13: tf.random_normal_initializer in TF 2 and in TF 1 (tf.compat.v1)."""

import inspect

import keras
import numpy as np
import tensorflow as tf

print("TF 2:", inspect.signature(tf.random_normal_initializer.__init__))
print("TF 1:", inspect.signature(tf.compat.v1.random_normal_initializer.__init__))

# TF 2 changed the default standard deviation from 1.0 to 0.05.
assert tf.random_normal_initializer().get_config()["stddev"] == 0.05
assert tf.compat.v1.random_normal_initializer().get_config()["stddev"] == 1.0
init = tf.random_normal_initializer(mean=0.0, stddev=1.0, seed=3)
values = init(shape=[100_000])  # the dtype goes to the call: float32 unless you ask
print(
    f"mean {values.numpy().mean():+.3f}, std {values.numpy().std():.3f}, dtype {values.dtype.name}"
)
np.testing.assert_allclose(values.numpy().std(), 1.0, rtol=0.01)
print("float64 on request:", init([2], dtype=tf.float64).dtype.name)

# With an integer seed, TF 2 initializers are deterministic: every call returns the same tensor.
assert np.array_equal(init([5]), init([5]))
print("seeded: two calls equal ->", np.array_equal(init([5]), init([5])))
unseeded = tf.random_normal_initializer()
assert not np.array_equal(unseeded([5]), unseeded([5]))
print("seed=None: two calls equal ->", np.array_equal(unseeded([5]), unseeded([5])))

# dtype is no longer a constructor argument.
try:
    tf.random_normal_initializer(dtype=tf.float32)
except TypeError as error:
    print("TypeError:", error)

# get_config / from_config round trip (the book shows it with RandomUniform on this page).
config = init.get_config()
print("get_config():", config)
assert config == {"mean": 0.0, "stddev": 1.0, "seed": 3}
clone = tf.random_normal_initializer.from_config(config)
assert np.array_equal(clone([5]), init([5]))

# In a Keras layer, use the Keras class (the stateless one above works too).
layer = keras.layers.Dense(
    4, kernel_initializer=keras.initializers.RandomNormal(stddev=0.1, seed=0)
)
layer.build((None, 3))
print("Dense kernel drawn from N(0, 0.1^2):", layer.kernel.shape)
