"""Section 9.2.5: tf.io.encode_png is lossless; compression trades time for size."""

import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
y, x = np.mgrid[0:128, 0:192]
image = np.stack([x * 255 // 191, y * 255 // 127, np.full_like(x, 128)], axis=-1).astype(np.uint8)
image[40:80, 60:120] = rng.integers(0, 256, (40, 60, 3))  # a noisy patch compresses badly
print("image:", image.shape, image.dtype)
for compression in (0, 1, 6, 9, -1):
    encoded = tf.io.encode_png(image, compression=compression)
    assert np.array_equal(tf.io.decode_png(encoded).numpy(), image)  # always exact
    print(f"compression {compression:>2}: {len(encoded.numpy()):>6} bytes")

# 1, 2, 3 or 4 channels: grey, grey + alpha, RGB, RGBA; uint8 or uint16.
for channels in (1, 2, 4):
    encoded = tf.io.encode_png(np.zeros((4, 4, channels), np.uint8))
    print(f"{channels} channel(s) -> decoded shape {tf.io.decode_png(encoded).shape}")
assert tf.image.encode_png is tf.io.encode_png
