"""
Image distortions for training
==============================

Section 3.3.9 of the notes: random crops, scaling, brightness changes and horizontal flips make
each training epoch see slightly different versions of the same photographs. ``retrain.py``
controlled them with the flags ``--random_crop``, ``--random_scale``, ``--random_brightness``
(percentages) and ``--flip_left_right``; in TensorFlow 2 they are Keras preprocessing layers.
The photo of Grace Hopper ships with matplotlib, so nothing is downloaded.
See :ref:`seed-3-3-9` for the text.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import cbook

keras.utils.set_random_seed(0)
with cbook.get_sample_data("grace_hopper.jpg") as file:
    photo = plt.imread(file).astype("float32")  # 600 x 512 x 3, values 0..255
print("photo:", photo.shape, photo.dtype, f"values {photo.min():.0f}..{photo.max():.0f}")

# %%
# One layer per flag
# ------------------
# Each layer is active only when called with ``training=True`` (as ``model.fit`` does); at
# inference it passes the image through unchanged. The percentages of the book's suggested
# range (5 to 10 %) are used, slightly exaggerated for crop and brightness so that the effect is
# visible.

size = 448  # output size of the combined pipeline
distortions = {
    "random crop (85 %)": keras.layers.RandomCrop(int(0.85 * 512), int(0.85 * 512), seed=1),
    "random scale (10 %)": keras.layers.RandomZoom(0.1, seed=2),
    "random brightness (20 %)": keras.layers.RandomBrightness(0.2, value_range=(0, 255), seed=3),
    "flip left-right": keras.layers.RandomFlip("horizontal", seed=4),
}
all_together = keras.Sequential(
    [
        keras.layers.RandomFlip("horizontal", seed=5),
        keras.layers.RandomZoom(0.1, seed=6),
        keras.layers.RandomBrightness(0.2, value_range=(0, 255), seed=7),
        keras.layers.Resizing(size, size),
    ]
)

rows = []
for name, layer in distortions.items():
    rows.append((name, [np.asarray(layer(photo, training=True)) for _ in range(3)]))
at_inference = [
    np.asarray(distortions[name](photo, training=False))
    for name in ("random scale (10 %)", "flip left-right")
]
rows.insert(0, ("original", [photo, *at_inference]))
rows.append(
    (
        "flip, zoom and brightness together",
        [np.asarray(all_together(photo, training=True)) for _ in range(3)],
    )
)
for unchanged in at_inference:
    assert np.array_equal(unchanged, photo)  # no distortion at inference
for name, views in rows:
    print(f"{name:<33} output {views[0].shape}, mean {np.mean([v.mean() for v in views]):6.1f}")

# %%
# The grid
# --------

fig, axes = plt.subplots(len(rows), 3, figsize=(7.5, 2.6 * len(rows)), layout="constrained")
for (name, views), row in zip(rows, axes, strict=True):
    for k, (view, ax) in enumerate(zip(views, row, strict=True)):
        ax.imshow(np.clip(view, 0, 255).astype("uint8"))
        title = name if k == 0 else f"{name.split(' (')[0]} #{k + 1}"
        if name == "original" and k > 0:
            title = ["", "zoom layer, training=False", "flip layer, training=False"][k]
        ax.set_title(title, fontsize=9)
        ax.axis("off")
fig.suptitle("Random distortions of one photo (Keras preprocessing layers)")
plt.show()
