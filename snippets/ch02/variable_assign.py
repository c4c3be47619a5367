"""Section 2.1.1: a tf.Variable counter, updated in place (the book's tf.assign loop)."""

import numpy as np
import tensorflow as tf

var = tf.Variable(0)
print("initial value:", var.numpy(), " dtype:", var.dtype.name)

# The book builds add = var + 1 and update = tf.assign(var, add), then runs update three times.
# In TensorFlow 2 each line runs when it is called, so the loop body does the update itself.
values = []
for _ in range(3):
    var.assign(var + 1)  # or var.assign_add(1)
    values.append(int(var.numpy()))
    print(var.numpy())
assert values == [1, 2, 3]

# The same update inside a tf.function: the variable is state that outlives each call.
counter = tf.Variable(0)


@tf.function
def increment():
    counter.assign_add(1)
    return counter.read_value()


print("tf.function:", [int(increment()) for _ in range(3)])
assert int(counter.numpy()) == 3

# A variable keeps its dtype and shape; assigning a value of another shape fails.
try:
    var.assign([1, 2])
except (ValueError, tf.errors.InvalidArgumentError) as error:
    print("assign([1, 2]) to a scalar variable:", type(error).__name__)
# Variables take part in automatic differentiation: the gradient of w^2 at w = 3 is 6.
w = tf.Variable(3.0)
with tf.GradientTape() as tape:
    loss = w * w
np.testing.assert_allclose(tape.gradient(loss, w).numpy(), 6.0)
print("trainable:", w.trainable)
