"""
Random crops and shuffles
=========================

``tf.image.random_crop`` (TensorFlow 1.x: ``tf.random_crop``) cuts four random 256 x 256 pieces
out of a photograph, matplotlib's bundled portrait of Grace Hopper, and
``tf.image.stateless_random_crop`` shows that the same seed gives the same crop.
``tf.random.shuffle`` (``tf.random_shuffle``) then permutes the rows of a small matrix: each row
stays intact.

The functions are described in :ref:`seed-9-1-10` and :ref:`seed-9-1-15`.
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib import cbook

tf.random.set_seed(0)

# %%
# Random crops of a photograph
# ----------------------------
# The JPEG file is read as bytes and decoded by TensorFlow into a (600, 512, 3) uint8 tensor.
# ``size`` gives all three dimensions; the full 3 keeps every colour channel.

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
image = tf.io.decode_jpeg(tf.io.read_file(str(path)))
print("image:", image.shape, image.dtype.name)
crops = [tf.image.random_crop(image, size=[256, 256, 3]) for _ in range(4)]
print("crop shapes:", {tuple(crop.shape) for crop in crops})

same = [tf.image.stateless_random_crop(image, size=[256, 256, 3], seed=[3, 4]) for _ in range(2)]
print("stateless crops with seed [3, 4] equal:", np.array_equal(same[0], same[1]))

fig, axes = plt.subplots(1, 5, figsize=(14, 3.6), layout="constrained")
axes[0].imshow(image)
axes[0].set_title("original 600 x 512")
for index, (ax, crop) in enumerate(zip(axes[1:], crops, strict=True), start=1):
    ax.imshow(crop)
    ax.set_title(f"random_crop {index}")
for ax in axes:
    ax.set_axis_off()

# %%
# Shuffling the rows of a matrix
# ------------------------------
# ``tf.random.shuffle`` permutes along the first dimension only. Ten rows, each filled with its
# own number, are shuffled five times; every column of the picture is one shuffle.

rows = tf.repeat(tf.range(10)[:, None], 4, axis=1)  # row i holds the value i four times
shuffles = [tf.random.shuffle(rows) for _ in range(5)]
for shuffled in shuffles:
    assert all(len(set(row)) == 1 for row in shuffled.numpy().tolist())  # rows stay intact
print("first column of each shuffle:")
for shuffled in shuffles:
    print(" ", shuffled[:, 0].numpy().tolist())

fig, ax = plt.subplots(figsize=(7, 3.5), layout="constrained")
order = np.stack([shuffled[:, 0].numpy() for shuffled in shuffles], axis=1)
ax.imshow(order, cmap="viridis")
for (i, j), value in np.ndenumerate(order):
    ax.text(j, i, str(value), ha="center", va="center", color="white", fontsize=8)
ax.set_xticks(range(5), [f"shuffle {n + 1}" for n in range(5)])
ax.set_yticks(range(10))
ax.set_ylabel("position after shuffling")
ax.set_title("tf.random.shuffle: where rows 0-9 end up")

plt.show()
