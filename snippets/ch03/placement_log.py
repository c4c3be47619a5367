"""Section 3.2: every tensor records the device its operation ran on."""

import numpy as np
import tensorflow as tf

# The book's first listing: eager code, no session. Every tensor knows its device.
a = tf.reshape(tf.linspace(-1.0, 1.0, 12), (3, 4))
b = tf.reshape(tf.sin(a), (4, 3))
c = tf.matmul(a, b)
print(c.numpy())
print("c.device =", c.device)
book = [[0.87280041, 0.44710392, 0.00666773], [0.43973413, 0.44710392, 0.4397341]]
np.testing.assert_allclose(c.numpy()[:2], book, atol=1e-6)  # the book's printed values
print("GPUs on this machine:", tf.config.list_physical_devices("GPU"))
