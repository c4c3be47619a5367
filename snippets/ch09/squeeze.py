"""Section 9.1.6: tf.squeeze removes dimensions of size 1; TF 2 has no squeeze_dims."""

import re

import tensorflow as tf

t = tf.zeros([1, 2, 1, 3, 1, 1])
print("all size-1 dimensions removed:", tf.squeeze(t).shape)
print("only axes 2 and 4:            ", tf.squeeze(t, [2, 4]).shape)
print("negative axis -1:             ", tf.squeeze(t, axis=-1).shape)
assert tf.squeeze(t).shape == (2, 3)
assert tf.squeeze(t, [2, 4]).shape == (1, 2, 3, 1)
assert tf.squeeze(t).dtype == t.dtype  # same dtype as the input; the values are kept

# Squeezing a dimension whose size is not 1 is an error.
try:
    tf.squeeze(t, axis=1)
except tf.errors.InvalidArgumentError as error:
    print(
        "axis=1:",
        type(error).__name__,
        "-",
        re.sub(r"\{\{.*?\}\} ", "", error.message).split(" [Op:")[0],
    )

# The TF 1 keyword squeeze_dims: refused by TF 2, still accepted by tf.compat.v1.
try:
    tf.squeeze(t, squeeze_dims=[2, 4])
except TypeError as error:
    print("tf.squeeze(t, squeeze_dims=...):", error)
old = tf.compat.v1.squeeze(t, squeeze_dims=[2, 4])
print("tf.compat.v1.squeeze(t, squeeze_dims=[2, 4]):", old.shape)
assert old.shape == (1, 2, 3, 1)
