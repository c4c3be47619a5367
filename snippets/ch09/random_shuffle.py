"""Section 9.1.15: tf.random.shuffle (TF 1: tf.random_shuffle) permutes along dimension 0."""

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
value = tf.constant([[1, 2], [3, 4], [5, 6]])
shuffled = tf.random.shuffle(value)
print("input:   ", value.numpy().tolist())
print("shuffled:", shuffled.numpy().tolist())
# Only the order of the rows changes: each row stays intact.
assert sorted(map(tuple, shuffled.numpy())) == [(1, 2), (3, 4), (5, 6)]

# Each call gives another permutation; over many calls all 3! = 6 orders appear.
orders = {tuple(tf.random.shuffle(value)[:, 0].numpy()) for _ in range(100)}
print("distinct orders in 100 shuffles:", len(orders))
assert len(orders) == 6

seed = [1, 2]
a = tf.random.experimental.stateless_shuffle(tf.range(10), seed=seed)
b = tf.random.experimental.stateless_shuffle(tf.range(10), seed=seed)
assert np.array_equal(a, b)
print("stateless_shuffle(range(10), seed=[1, 2]):", a.numpy().tolist())
print("tf.compat.v1.random_shuffle keeps the shape:", tf.compat.v1.random_shuffle(value).shape)
