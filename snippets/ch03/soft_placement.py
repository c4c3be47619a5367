"""Section 3.2: asking for a device that does not exist, with and without soft placement."""

import numpy as np
import tensorflow as tf

# A device that does not exist. Soft placement is on by default in TF 2, so TensorFlow falls back
# to a device that exists; this is the book's allow_soft_placement=True listing.
print("soft placement enabled:", tf.config.get_soft_device_placement())
with tf.device("/GPU:2"):
    a = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=[3, 2], name="a")
    b = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=[2, 3], name="b")
    c = tf.matmul(a, b)
print("asked for /GPU:2, ran on", c.device)
np.testing.assert_array_equal(c.numpy(), [[9, 12, 15], [19, 26, 33], [29, 40, 51]])
print(c.numpy())

# With soft placement off, the missing device is an error, as in the book's second listing.
tf.config.set_soft_device_placement(False)
try:
    with tf.device("/GPU:2"):
        tf.matmul(a, b)
except tf.errors.InvalidArgumentError as error:
    message = str(error).splitlines()[0]
    assert "GPU:2" in message
    print("\nInvalidArgumentError:", message.split(" All available")[0])
finally:
    tf.config.set_soft_device_placement(True)

# The book's device string '/gpu2:0' is not even a valid device name.
try:
    with tf.device("/gpu2:0"):
        pass
except ValueError as error:
    print("ValueError:", str(error).splitlines()[0])
