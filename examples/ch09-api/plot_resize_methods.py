"""
Resize methods side by side
===========================

``tf.image.resize`` (TensorFlow 1.x: ``tf.image.resize_images``) enlarges a 32 x 32 crop of
Grace Hopper's photograph eightfold with each of its eight methods, and shrinks the whole photo
with and without antialiasing. A last panel compares TensorFlow 2's half-pixel sampling with
TensorFlow 1's ``resize_images`` on a 5 x 5 identity matrix.

The function is described in :ref:`seed-9-2-7`.
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib import cbook

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
photo = tf.image.convert_image_dtype(tf.io.decode_jpeg(tf.io.read_file(str(path))), tf.float32)
eye = photo[180:212, 250:282]  # a 32 x 32 crop around the eye

# %%
# Enlarging with every method
# ---------------------------
# Nearest neighbour repeats pixels; area does the same when enlarging by a whole factor;
# bilinear and the Gaussian blur; bicubic, Lanczos and Mitchell keep edges sharper and can
# overshoot slightly (values outside [0, 1] are clipped for display).

methods = [
    "nearest",
    "area",
    "bilinear",
    "gaussian",
    "bicubic",
    "mitchellcubic",
    "lanczos3",
    "lanczos5",
]
fig, axes = plt.subplots(2, 4, figsize=(12, 6.6), layout="constrained")
for ax, method in zip(axes.flat, methods, strict=True):
    big = tf.image.resize(eye, [256, 256], method=method)
    low, high = float(tf.reduce_min(big)), float(tf.reduce_max(big))
    print(f"{method:<14} {big.dtype.name}  range [{low:+.3f}, {high:.3f}]")
    ax.imshow(tf.clip_by_value(big, 0, 1))
    ax.set_title(f"method={method!r}")
    ax.set_axis_off()

# %%
# Shrinking: antialias and aspect ratio
# -------------------------------------
# Shrinking by 8 with bilinear sampling reads only a few source pixels per output pixel, so fine
# detail aliases; ``antialias=True`` widens the filter. ``preserve_aspect_ratio`` fits the
# photo inside the size instead of stretching it.

fig, axes = plt.subplots(1, 4, figsize=(12, 3.8), layout="constrained")
small = tf.image.resize(photo, [75, 64])
smooth = tf.image.resize(photo, [75, 64], antialias=True)
fitted = tf.image.resize(photo, [64, 64], preserve_aspect_ratio=True)
print("preserve_aspect_ratio: 600x512 into 64x64 ->", fitted.shape)
for ax, image, title in [
    (axes[0], small, "1/8, bilinear"),
    (axes[1], smooth, "1/8, antialias=True"),
    (axes[2], fitted, f"preserve_aspect_ratio {fitted.shape[0]}x{fitted.shape[1]}"),
]:
    ax.imshow(image)
    ax.set_title(title)
    ax.set_axis_off()

identity = tf.eye(5)[..., None]
rows = np.vstack(
    [
        tf.image.resize(identity, [3, 5])[..., 0].numpy(),
        tf.compat.v1.image.resize_images(identity, [3, 5])[..., 0].numpy(),
    ]
)
axes[3].imshow(rows, cmap="Blues", vmin=0, vmax=1)
for (i, j), value in np.ndenumerate(rows):
    axes[3].text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=8)
axes[3].axhline(2.5, color="k")
axes[3].set_title("5x5 identity to 3x5:\nTF 2 (top), TF 1 (bottom)")
axes[3].set_xticks([])
axes[3].set_yticks([])

plt.show()
