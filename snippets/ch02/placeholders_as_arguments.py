"""Section 2.1.2: placeholders and feed_dict become function arguments in TensorFlow 2."""

import numpy as np
import tensorflow as tf


# The book's scalar placeholders x1, y1 (shape=None: any shape) become plain arguments.
@tf.function
def add(x1, y1):
    return x1 + y1


# The matrix placeholders have fixed shapes [2, 1] and [1, 2]. An input_signature states the
# dtype and shape, as the placeholder did, and TensorFlow checks them on every call.
@tf.function(
    input_signature=[
        tf.TensorSpec(shape=[2, 1], dtype=tf.float32),
        tf.TensorSpec(shape=[1, 2], dtype=tf.float32),
    ]
)
def outer(x2, y2):
    return tf.matmul(x2, y2)


z1_value = add(tf.constant(1.0), tf.constant(2.0))  # was sess.run(z1, feed_dict={x1: 1, y1: 2})
z2_value = outer(tf.constant([[2.0], [2.0]]), tf.constant([[3.0, 3.0]]))
print(z1_value.numpy())
print(z2_value.numpy())
assert float(z1_value) == 3.0
np.testing.assert_array_equal(z2_value, [[6.0, 6.0], [6.0, 6.0]])

# A value of the wrong shape is refused, as feeding it to the placeholder was.
try:
    outer(tf.constant([[1.0, 2.0]]), tf.constant([[3.0, 3.0]]))
except (TypeError, ValueError) as error:
    print("wrong shape:", type(error).__name__, "-", str(error).splitlines()[0][:90])
