"""Section 9.1.16: tf.random.uniform (TF 1: tf.random_uniform)."""

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.uniform([100_000])  # floats in [0, 1)
print(f"float32 in [{x.numpy().min():.6f}, {x.numpy().max():.6f}], mean {x.numpy().mean():.3f}")
assert x.numpy().min() >= 0.0 and x.numpy().max() < 1.0

k = tf.random.uniform([100_000], minval=5, maxval=10, dtype=tf.int64)  # integers 5..9
print("int64 values:", sorted(set(k.numpy().tolist())))
assert sorted(set(k.numpy().tolist())) == [5, 6, 7, 8, 9]

# minval and maxval may be tensors that broadcast with shape: one range per column.
ranges = tf.random.uniform([50_000, 2], minval=[0.0, 10.0], maxval=[1.0, 20.0])
print(
    "column minima:",
    ranges.numpy().min(axis=0).round(3),
    "maxima:",
    ranges.numpy().max(axis=0).round(3),
)

# For an integer dtype, maxval is required.
try:
    tf.random.uniform([3], dtype=tf.int32)
except ValueError as error:
    print("ValueError:", error)

s = tf.random.stateless_uniform([3], seed=[1, 2])
assert np.array_equal(s, tf.random.stateless_uniform([3], seed=[1, 2]))
print("stateless_uniform([3], seed=[1, 2]):", s.numpy().round(4))
print(
    "tf.compat.v1.random_uniform:",
    tf.compat.v1.random_uniform([2, 2], maxval=3, dtype=tf.int32).dtype.name,
)
