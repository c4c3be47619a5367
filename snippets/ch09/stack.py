"""Section 9.1.8: the book's tf.stack example in TF 2, with the values it never printed."""

import numpy as np
import tensorflow as tf

x = tf.constant([1, 4])
y = tf.constant([2, 5])
z = tf.constant([3, 6])
r1 = tf.stack([x, y, z])  # a new first axis: one row per input
r2 = tf.stack([x, y, z], axis=1)  # a new second axis: one column per input
print(r1.shape)
print(r2.shape)
print("axis=0:", r1.numpy().tolist())
print("axis=1:", r2.numpy().tolist())
assert r1.numpy().tolist() == [[1, 4], [2, 5], [3, 6]]
assert r2.numpy().tolist() == [[1, 2, 3], [4, 5, 6]]
np.testing.assert_array_equal(r1, np.asarray([x, y, z]))  # the NumPy equivalent
np.testing.assert_array_equal(r2, np.stack([x, y, z], axis=1))

# N tensors of shape (A, B) give (N, A, B), (A, N, B) or (A, B, N); axis runs over [-3, 3).
parts = [tf.zeros([4, 5])] * 3
for axis in (0, 1, 2, -1):
    print(f"axis={axis:>2}: {tf.stack(parts, axis=axis).shape}")
try:
    tf.stack([x, y, z], axis=2)
except ValueError as error:
    print("axis=2:", error)
