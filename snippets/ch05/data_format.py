"""Section 5.2.4: NHWC and NCHW, the two layouts of a batch of images."""

import keras
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
nhwc = tf.random.uniform([2, 8, 8, 3])  # batch, height, width, channels (TensorFlow's default)
nchw = tf.transpose(nhwc, [0, 3, 1, 2])  # batch, channels, height, width (cuDNN's default)
print("NHWC", nhwc.shape, "-> NCHW", nchw.shape)
# The same value, found at two different positions.
assert float(nhwc[1, 4, 5, 2]) == float(nchw[1, 2, 4, 5])

kernel = tf.random.normal([3, 3, 3, 4])  # the kernel layout is the same for both
reference = tf.nn.conv2d(nhwc, kernel, strides=1, padding="SAME")
print("conv2d, NHWC:", reference.shape, "on", reference.device.split("/")[-1])
try:
    out = tf.nn.conv2d(nchw, kernel, strides=1, padding="SAME", data_format="NCHW")
except (tf.errors.UnimplementedError, tf.errors.InvalidArgumentError) as error:
    print("conv2d, NCHW on this CPU build:", type(error).__name__)
    print("  ", str(error).splitlines()[0].split("}} ")[-1][:100])
else:  # builds with oneDNN (TF_ENABLE_ONEDNN_OPTS=1) accept NCHW on the CPU
    np.testing.assert_allclose(tf.transpose(out, [0, 2, 3, 1]), reference, atol=1e-5)
    print("conv2d, NCHW:", out.shape, "- same numbers, channels first")

# Keras layers take data_format="channels_first"/"channels_last"; the default is global.
print("Keras default image_data_format:", keras.config.image_data_format())
assert keras.config.image_data_format() == "channels_last"
