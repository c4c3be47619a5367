"""Section 9.1.14: tf.random.poisson (TF 1: tf.random_poisson) with the book's examples."""

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
a = tf.random.poisson([10], [0.5, 1.5])  # TF 2 puts shape first: (shape, lam)
b = tf.random.poisson([7, 5], [12.2, 3.3])
print("shape [10], lam [0.5, 1.5]  ->", a.shape)
print("shape [7, 5], lam [12.2, 3.3] ->", b.shape)
assert a.shape == (10, 2) and b.shape == (7, 5, 2)

# TF 1's order was (lam, shape), and tf.compat.v1 keeps it.
old = tf.compat.v1.random_poisson([0.5, 1.5], [10])
print("tf.compat.v1.random_poisson([0.5, 1.5], [10]) ->", old.shape)
assert old.shape == (10, 2)

# The samples are counts with mean and variance lam; integer dtypes are allowed in TF 2.
counts = tf.random.poisson([200_000], [0.5, 12.2], dtype=tf.int32).numpy()
print(
    "dtype:",
    counts.dtype,
    "| means:",
    counts.mean(axis=0).round(3),
    "| variances:",
    counts.var(axis=0).round(3),
)
np.testing.assert_allclose(counts.mean(axis=0), [0.5, 12.2], rtol=0.02)
np.testing.assert_allclose(counts.var(axis=0), [0.5, 12.2], rtol=0.03)

s = tf.random.stateless_poisson([4], seed=[1, 2], lam=3.0)
assert np.array_equal(s, tf.random.stateless_poisson([4], seed=[1, 2], lam=3.0))
print("stateless_poisson([4], seed=[1, 2], lam=3.0):", s.numpy())
