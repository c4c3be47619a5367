"""Section 9.1.12: tf.random.normal (TF 1: tf.random_normal); seeds, old and new."""

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)  # TF 1: tf.set_random_seed(0)
x = tf.random.normal([100_000], mean=2.0, stddev=0.5)
print(
    f"mean {x.numpy().mean():.3f}, standard deviation {x.numpy().std():.3f}, dtype {x.dtype.name}"
)
np.testing.assert_allclose([x.numpy().mean(), x.numpy().std()], [2.0, 0.5], rtol=0.01)

# The global seed and an operation seed together fix the sequence a call produces.
tf.random.set_seed(1)
first = tf.random.normal([3], seed=7)
tf.random.set_seed(1)
again = tf.random.normal([3], seed=7)
assert np.array_equal(first, again)
print("same global and operation seed -> same numbers:", np.array_equal(first, again))

# Without resetting, the next call continues the sequence: different numbers.
assert not np.array_equal(again, tf.random.normal([3], seed=7))

# Stateless: the result depends only on the seed (and the TensorFlow version and device).
s1 = tf.random.stateless_normal([3], seed=[1, 2], mean=2.0, stddev=0.5)
s2 = tf.random.stateless_normal([3], seed=[1, 2], mean=2.0, stddev=0.5)
assert np.array_equal(s1, s2)
print("stateless_normal with seed [1, 2]:", s1.numpy().round(4))

# A tf.random.Generator carries its own state, independent of the global seed.
generator = tf.random.Generator.from_seed(42)
print("Generator.from_seed(42).normal([3]):", generator.normal([3]).numpy().round(4))

# TF 1's name, through tf.compat.v1, is the same function with the same arguments.
print("tf.compat.v1.random_normal:", tf.compat.v1.random_normal([2, 3], stddev=0.5).shape)
print("hasattr(tf, 'random_normal'):", hasattr(tf, "random_normal"))
