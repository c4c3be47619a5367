"""Section 9.1.19: tf.unstack splits a tensor along an axis into a list; tf.stack undoes it."""

import re

import numpy as np
import tensorflow as tf

x = tf.reshape(tf.range(24), [2, 3, 4])
along0 = tf.unstack(x)  # axis=0: 2 tensors of shape (3, 4)
along1 = tf.unstack(x, axis=1)  # 3 tensors of shape (2, 4); the unpacked axis is gone
print("axis=0:", len(along0), "tensors of shape", along0[0].shape)
print("axis=1:", len(along1), "tensors of shape", along1[0].shape)
assert [t.shape for t in along1] == [(2, 4)] * 3
np.testing.assert_array_equal(tf.stack(along1, axis=1), x)  # stack reverses unstack
np.testing.assert_array_equal(along0[1], list(x.numpy())[1])  # numpy: list(x) for axis 0

# num must match the size of the axis when given; it is needed when the size is unknown,
# for example in a tf.function whose input has an unknown first dimension.
try:
    tf.unstack(x, num=5)
except tf.errors.InvalidArgumentError as error:
    print("num=5:", re.sub(r"\{\{.*?\}\} ", "", error.message).split(" [Op:")[0])


@tf.function(input_signature=[tf.TensorSpec([None, 4])])
def first_rows(t):
    return tf.unstack(t, num=2)


print("tf.function with num=2:", [tuple(r.shape) for r in first_rows(tf.ones([2, 4]))])
unknown_rows = tf.function(lambda t: tf.unstack(t), input_signature=[tf.TensorSpec([None, 4])])
try:
    unknown_rows(tf.ones([2, 4]))
except ValueError as error:
    print("without num:", re.search(r"Cannot infer argument `num`[^.]*", str(error))[0])
