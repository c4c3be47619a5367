"""Section 9.1.18: the book's three tf.one_hot examples, unchanged in TF 2."""

import numpy as np
import tensorflow as tf

# Example 1: on_value 5, off_value 0; index -1 gives a row of off_values.
ex1 = tf.one_hot([0, 2, -1, 1], depth=3, on_value=5.0, off_value=0.0, axis=-1)
print("example 1", ex1.shape, ex1.dtype.name, "\n", ex1.numpy())
assert ex1.numpy().tolist() == [[5, 0, 0], [0, 0, 5], [0, 0, 0], [0, 5, 0]]

# Example 2: a batch of index vectors gives a batch of one-hot matrices.
ex2 = tf.one_hot([[0, 2], [1, -1]], depth=3, on_value=1.0, off_value=0.0, axis=-1)
print("example 2", ex2.shape, "\n", ex2.numpy())
assert ex2.numpy().tolist() == [[[1, 0, 0], [0, 0, 1]], [[0, 1, 0], [0, 0, 0]]]

# Example 3: the defaults (1 and 0, float32) give the identity matrix.
ex3 = tf.one_hot([0, 1, 2], depth=3)
print("example 3", ex3.dtype.name, "\n", ex3.numpy())
np.testing.assert_array_equal(ex3, np.eye(3))

# axis decides where the new dimension of size depth goes.
m = [[0, 2], [1, -1]]
for axis in (-1, 0, 1):
    print(f"indices [2, 2], axis={axis:>2} -> {tf.one_hot(m, 3, axis=axis).shape}")
assert tf.one_hot(m, 3, axis=0).shape == (3, 2, 2)

# dtype follows on_value/off_value; asking for another dtype is an error.
print("int32 from integer on/off values:", tf.one_hot([1], 3, on_value=7, off_value=0).dtype.name)
try:
    tf.one_hot([1], 3, on_value=1.0, off_value=0.0, dtype=tf.int32)
except TypeError as error:
    print("TypeError:", error)
