"""Section 9.2.3: tf.io.encode_jpeg; quality against file size and error."""

import re

import numpy as np
import tensorflow as tf
from matplotlib import cbook

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
image = tf.io.decode_jpeg(tf.io.read_file(str(path)))
sizes = []
print("quality   bytes   mean |error|")
for quality in (95, 75, 50, 10):
    encoded = tf.io.encode_jpeg(image, quality=quality)  # a scalar tf.string
    assert encoded.shape == () and encoded.dtype == tf.string
    again = tf.io.decode_jpeg(encoded)
    error = np.abs(again.numpy().astype(int) - image.numpy().astype(int)).mean()
    sizes.append(len(encoded.numpy()))
    print(f"{quality:>7} {sizes[-1]:>7}   {error:.2f}")
assert sizes == sorted(sizes, reverse=True)  # lower quality, smaller file

# format="grayscale" needs a 1-channel image; "" follows the number of channels.
gray = tf.image.rgb_to_grayscale(image)
print("grayscale:", tf.io.decode_jpeg(tf.io.encode_jpeg(gray, format="grayscale")).shape)
try:
    tf.io.encode_jpeg(image, format="grayscale")
except tf.errors.InvalidArgumentError as error:
    print("RGB as grayscale:", re.sub(r"\{\{.*?\}\} ", "", error.message).split(" [Op:")[0])

# Progressive JPEG and metadata: the defaults are written out in TF 2.
with_xmp = tf.io.encode_jpeg(image, progressive=True, xmp_metadata="<x:xmpmeta/>")
print(
    "progressive with XMP:",
    len(with_xmp.numpy()),
    "bytes, contains XMP:",
    b"<x:xmpmeta/>" in with_xmp.numpy(),
)
