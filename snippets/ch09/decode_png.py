"""Section 9.2.4: tf.io.decode_png with an alpha channel and with 16 bits per sample."""

import numpy as np
import tensorflow as tf
from matplotlib import cbook

logo = tf.io.read_file(str(cbook.get_sample_data("logo2.png", asfileobj=False)))
for channels in (0, 1, 3, 4):
    decoded = tf.io.decode_png(logo, channels=channels)
    print(f"logo2.png, channels={channels}: {decoded.shape} {decoded.dtype.name}")
rgba = tf.io.decode_png(logo)
assert rgba.shape == (130, 542, 4)
alpha = rgba[..., 3].numpy()
clear, opaque = np.mean(alpha == 0), np.mean(alpha == 255)
print(f"alpha channel: {clear:.0%} fully transparent, {opaque:.0%} opaque")

# 16 bits per sample: a ramp over 0..65535 round-trips exactly with dtype=tf.uint16.
ramp = np.linspace(0, 65535, 64 * 64).astype(np.uint16).reshape(64, 64, 1)
png16 = tf.io.encode_png(ramp)
back = tf.io.decode_png(png16, dtype=tf.uint16)
assert np.array_equal(back.numpy(), ramp)
print("16-bit ramp round trip exact:", np.array_equal(back.numpy(), ramp), back.dtype.name)
as8 = tf.io.decode_png(png16)  # the default uint8 keeps the high byte
print("the same file as uint8: max", int(tf.reduce_max(as8)), "(65535 >> 8 = 255)")
assert np.array_equal(as8.numpy(), (ramp >> 8).astype(np.uint8))
