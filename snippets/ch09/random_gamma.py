"""Section 9.1.11: tf.random.gamma (TF 1: tf.random_gamma) with the book's shape examples."""

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
examples = [
    ("[10], alpha [0.5, 1.5]", tf.random.gamma([10], [0.5, 1.5])),
    ("[7, 5], alpha [0.5, 1.5]", tf.random.gamma([7, 5], [0.5, 1.5])),
    (
        "[30], alpha [[1],[3],[5]], beta [[3, 4]]",
        tf.random.gamma([30], [[1.0], [3.0], [5.0]], beta=[[3.0, 4.0]]),
    ),
]
for text, samples in examples:
    print(f"{text:<42} -> {samples.shape}")
assert [s.shape for _, s in examples] == [(10, 2), (7, 5, 2), (30, 3, 2)]

# The output shape is shape + broadcast(alpha, beta).shape: in the last example, 30 samples from
# each of 3 x 2 = 6 distributions. beta is the inverse scale (the rate): the mean is alpha / beta.
samples = tf.random.gamma([200_000], [[1.0], [3.0], [5.0]], beta=[[3.0, 4.0]]).numpy()
means = samples.mean(axis=0)
expected = np.array([[1.0], [3.0], [5.0]]) / np.array([[3.0, 4.0]])
print("sample means:\n", means.round(3))
print("alpha / beta:\n", expected.round(3))
np.testing.assert_allclose(means, expected, rtol=0.02)

# The same call through tf.compat.v1 (TF 1's name) gives the same shapes; the stateless version
# takes the shape first and a seed of two integers.
print("tf.compat.v1.random_gamma:", tf.compat.v1.random_gamma([10], [0.5, 1.5]).shape)
a = tf.random.stateless_gamma([3], seed=[4, 2], alpha=2.0)
b = tf.random.stateless_gamma([3], seed=[4, 2], alpha=2.0)
assert np.array_equal(a, b)
print("stateless_gamma twice with seed [4, 2] -> equal:", np.array_equal(a, b))
