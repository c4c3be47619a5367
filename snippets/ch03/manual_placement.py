"""Section 3.2.1: pinning operations to a device with tf.device."""

import numpy as np
import tensorflow as tf

# Everything created inside tf.device('/CPU:0') runs on the first CPU.
with tf.device("/CPU:0"):
    a = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=(2, 3), name="a")
    b = tf.reshape(a, shape=(3, 2))
    c = tf.matmul(a, b)
for name, tensor in [("a", a), ("b", b), ("c", c)]:
    print(f"{name}: {tensor.device}")
np.testing.assert_array_equal(c.numpy(), [[22.0, 28.0], [49.0, 64.0]])
print(c.numpy())
