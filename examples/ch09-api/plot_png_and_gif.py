"""
PNG with alpha and 16 bits, GIF frames
======================================

``tf.io.decode_png`` reads matplotlib's bundled ``logo2.png`` with its alpha channel and a
generated 16-bit PNG; ``tf.io.encode_png`` writes images losslessly at several compression
levels. TensorFlow has no GIF encoder, so a short animation is written with Pillow and read back
with ``tf.io.decode_gif``; ``tf.io.decode_image`` reads all three formats with one call.

The functions are described in :ref:`seed-9-2`.
"""

import io

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib import cbook
from PIL import Image

# %%
# PNG: transparency and 16-bit samples
# ------------------------------------
# The logo has four channels; the fourth, alpha, is 0 where the picture is transparent. Drawn
# over a checkerboard, the transparent parts let the squares show through.

logo_bytes = tf.io.read_file(str(cbook.get_sample_data("logo2.png", asfileobj=False)))
logo = tf.io.decode_png(logo_bytes)
print("logo2.png:", logo.shape, logo.dtype.name)
checker = ((np.indices(logo.shape[:2]) // 10).sum(axis=0) % 2)[..., None] * 80 + 150
rgb, alpha = logo.numpy()[..., :3] / 255, logo.numpy()[..., 3:] / 255
over_checker = alpha * rgb + (1 - alpha) * checker / 255

ramp = np.tile(np.linspace(0, 65535, 512), (64, 1)).astype(np.uint16)[..., None]
png16 = tf.io.encode_png(ramp)
ramp_back = tf.io.decode_png(png16, dtype=tf.uint16)
print("16-bit PNG:", len(png16.numpy()), "bytes; exact:", np.array_equal(ramp_back, ramp))
for level in (0, 6, 9):
    print(
        f"logo re-encoded, compression {level}: {len(tf.io.encode_png(logo, level).numpy())} bytes"
    )

# %%
# GIF: frames written with Pillow
# -------------------------------
# Eight frames of a dot moving around a circle, with four colours only, so the GIF palette holds
# them exactly and the decoded frames equal the originals.

size, count = 48, 8
frames = np.full((count, size, size, 3), (240, 240, 200), np.uint8)
yy, xx = np.mgrid[0:size, 0:size]
for i in range(count):
    cy = size / 2 + 14 * np.sin(2 * np.pi * i / count)
    cx = size / 2 + 14 * np.cos(2 * np.pi * i / count)
    frames[i][(yy - cy) ** 2 + (xx - cx) ** 2 < 36] = (200, 40, 40)
    frames[i][size // 2 - 2 : size // 2 + 2, size // 2 - 2 : size // 2 + 2] = (40, 40, 200)
buffer = io.BytesIO()
pictures = [Image.fromarray(frame) for frame in frames]
pictures[0].save(buffer, format="GIF", save_all=True, append_images=pictures[1:], duration=80)
gif = tf.io.decode_gif(buffer.getvalue())
print("GIF:", gif.shape, gif.dtype.name, "; equal to the frames:", np.array_equal(gif, frames))
assert np.array_equal(gif, frames)
for name, contents in [("PNG", logo_bytes), ("GIF", buffer.getvalue())]:
    print(f"decode_image({name}) -> {tf.io.decode_image(contents).shape}")

fig = plt.figure(figsize=(12, 6.5), layout="constrained")
grid = fig.add_gridspec(3, count)
ax = fig.add_subplot(grid[0, : count // 2])
ax.imshow(over_checker)
ax.set_title("logo2.png (RGBA) over a checkerboard")
ax = fig.add_subplot(grid[0, count // 2 :])
ax.imshow(alpha[..., 0], cmap="gray")
ax.set_title("its alpha channel (white: opaque)")
ax = fig.add_subplot(grid[1, :])
ax.imshow(ramp_back[..., 0], cmap="gray", aspect="auto")
ax.set_title("16-bit PNG ramp 0..65535, decoded with dtype=tf.uint16")
for i in range(count):
    ax = fig.add_subplot(grid[2, i])
    ax.imshow(gif[i])
    ax.set_title(f"GIF frame {i}", fontsize=9)
for ax in fig.axes:
    ax.set_axis_off()

plt.show()
