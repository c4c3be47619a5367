"""Section 9.2.2: tf.io.decode_jpeg on matplotlib's bundled photograph, with channels and ratio."""

import tensorflow as tf
from matplotlib import cbook

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
contents = tf.io.read_file(str(path))  # a scalar tf.string tensor holding the file's bytes
print("file:", int(tf.strings.length(contents)), "bytes")

for options in [{}, {"channels": 1}, {"channels": 3, "ratio": 2}, {"ratio": 8}]:
    image = tf.io.decode_jpeg(contents, **options)
    print(
        f"decode_jpeg({', '.join(f'{k}={v}' for k, v in options.items()) or 'contents'}):"
        f" {image.shape} {image.dtype.name}"
    )
assert tf.io.decode_jpeg(contents).shape == (600, 512, 3)
assert tf.io.decode_jpeg(contents, channels=1).shape == (600, 512, 1)
assert tf.io.decode_jpeg(contents, ratio=2).shape == (300, 256, 3)

# The two DCT methods decode almost, but not exactly, the same pixels.
fast = tf.cast(tf.io.decode_jpeg(contents, dct_method="INTEGER_FAST"), tf.int32)
accurate = tf.cast(tf.io.decode_jpeg(contents, dct_method="INTEGER_ACCURATE"), tf.int32)
print("largest difference FAST vs ACCURATE:", int(tf.reduce_max(tf.abs(fast - accurate))))
assert tf.image.decode_jpeg is tf.io.decode_jpeg
