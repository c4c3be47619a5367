"""Section 9.1.9: the book's tf.reshape example in TF 2, plus -1 and a size mismatch."""

import re

import tensorflow as tf

a = tf.linspace(0.0, 9.0, 10)
b = tf.reshape(a, [2, 5])
print(a.shape)
print(b.shape)
print(b.numpy())
assert a.shape == (10,) and b.shape == (2, 5)
assert b.numpy().tolist() == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]  # row-major order

# One entry of the shape may be -1: it is computed from the number of elements.
print("[-1, 2]:", tf.reshape(a, [-1, 2]).shape)
print("[-1]:   ", tf.reshape(b, [-1]).shape)
assert tf.reshape(a, [-1, 2]).shape == (5, 2)
# The shape may be a tensor, too (int32 or int64), for example another tensor's shape.
print("shape of b as a tensor:", tf.reshape(a, tf.shape(b)).shape)

# The number of elements must stay the same.
try:
    tf.reshape(a, [3, 3])
except tf.errors.InvalidArgumentError as error:
    print(
        "[3, 3]:",
        type(error).__name__,
        "-",
        re.sub(r"\{\{.*?\}\} ", "", error.message).split(" [Op:")[0],
    )
