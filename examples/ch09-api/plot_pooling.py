"""
Pooling layers
==============

The Keras pooling layers that replace ``tf.layers.average_pooling*d`` and
``tf.layers.max_pooling*d``: their values on a small grid, the output shapes in one, two and
three dimensions, and max against average pooling on a photograph.

The layers are described in :ref:`seed-9-3`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib import cbook

# %%
# Values and shapes
# -----------------
# On the 4 x 4 grid 1..16, 2 x 2 windows with stride 2 take the maximum or the mean of each
# block. The same layers exist for sequences (1D) and volumes (3D).

grid = tf.reshape(tf.range(1.0, 17.0), [1, 4, 4, 1])
print("max:    ", keras.layers.MaxPooling2D(2)(grid).numpy()[0, :, :, 0].tolist())
print("average:", keras.layers.AveragePooling2D(2)(grid).numpy()[0, :, :, 0].tolist())
shapes = [
    ("MaxPooling1D(2)", keras.layers.MaxPooling1D(2), [1, 10, 3]),
    ("AveragePooling1D(2, 1, 'same')", keras.layers.AveragePooling1D(2, 1, "same"), [1, 10, 3]),
    ("MaxPooling2D(3, 2)", keras.layers.MaxPooling2D(3, 2), [1, 28, 28, 3]),
    ("AveragePooling3D(3)", keras.layers.AveragePooling3D(3), [1, 30, 30, 30, 3]),
    ("MaxPooling3D()", keras.layers.MaxPooling3D(), [1, 30, 30, 30, 3]),
]
for text, layer, shape in shapes:
    print(f"{text:<32} {tuple(shape)} -> {layer(tf.zeros(shape)).shape}")

# %%
# Max and average pooling on a photograph
# ---------------------------------------
# Pooling by 8 shrinks the 600 x 512 portrait to 75 x 64. Averaging blurs; the maximum keeps the
# brightest pixel of each block, so light areas grow and thin dark lines vanish.

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
photo = tf.image.convert_image_dtype(tf.io.decode_jpeg(tf.io.read_file(str(path))), tf.float32)
batch = photo[None]
pooled = {
    "original 600 x 512": photo,
    "AveragePooling2D(8)": keras.layers.AveragePooling2D(8)(batch)[0],
    "MaxPooling2D(8)": keras.layers.MaxPooling2D(8)(batch)[0],
    "-MaxPooling2D(8)(-x): minimum": -keras.layers.MaxPooling2D(8)(-batch)[0],
}
fig, axes = plt.subplots(1, 5, figsize=(15, 3.8), layout="constrained")
for ax, (title, image) in zip(axes[:4], pooled.items(), strict=True):
    ax.imshow(image)
    ax.set_title(title, fontsize=10)
    ax.set_axis_off()
axes[4].imshow(grid[0, :, :, 0], cmap="viridis")
for (i, j), value in np.ndenumerate(grid[0, :, :, 0].numpy()):
    axes[4].text(j, i, f"{value:.0f}", ha="center", va="center", color="white")
axes[4].set_title("the 4 x 4 grid: max 6, 8, 14, 16")
axes[4].set_axis_off()

plt.show()
