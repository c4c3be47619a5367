"""
Retraining the last layer on cached bottlenecks
===============================================

The idea of the book's Inception retraining tutorial (section 3.3 of the notes), made small
enough to run offline in seconds. A small convolutional network is first trained on the digits
0 to 4 of scikit-learn's bundled digits data set; it plays the part of the network pretrained on
ImageNet. Then it is frozen, the output of its second-to-last layer (the *bottleneck*) is
computed once for every image of the new classes 5 to 9 and cached, and only a new last layer is
trained on the cached bottlenecks. The images are split into training, validation and test sets
by a hash of their file names, as ``retrain.py`` did. See :ref:`seed-3-3` for the text.
"""

import hashlib
import time

import keras
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

keras.utils.set_random_seed(0)
digits = load_digits()
images = (digits.images / 16.0).astype("float32")[..., None]  # 8x8x1, values in [0, 1]
labels = digits.target

# %%
# The "pretrained" network
# ------------------------
# Two convolution layers and global average pooling give a 64-number summary of each image: the
# bottleneck. A 5-way softmax layer on top is trained on the digits 0 to 4 only.

old = labels < 5
base = keras.Sequential(
    [
        keras.Input((8, 8, 1)),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, padding="same", activation="relu"),
        keras.layers.GlobalAveragePooling2D(name="bottleneck"),
    ],
    name="base",
)
pretrained = keras.Sequential([base, keras.layers.Dense(5)])
pretrained.compile(
    optimizer=keras.optimizers.Adam(0.01),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
pretrained.fit(images[old], labels[old], epochs=8, batch_size=64, verbose=0)
_, old_accuracy = pretrained.evaluate(images[old], labels[old], verbose=0)
print(f"base network trained on digits 0-4: accuracy {old_accuracy:.3f} on them")

# %%
# A stable split by file-name hash
# --------------------------------
# ``retrain.py`` hashed each file name (ignoring any ``_nohash_`` suffix), mapped the hash to a
# number between 0 and 100 and put the image in the test set below 10, in the validation set
# below 20, and in the training set otherwise. An image therefore stays in the same set when
# images are added or the script runs again. The digits have no file names, so each image gets
# the name it would have in a class folder.

MAX_PER_CLASS = 2**27 - 1


def which_set(file_name, validation_percentage=10, testing_percentage=10):
    name = file_name.split("_nohash_")[0]
    digest = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    percentage = (digest % (MAX_PER_CLASS + 1)) * (100.0 / MAX_PER_CLASS)
    if percentage < testing_percentage:
        return "test"
    if percentage < testing_percentage + validation_percentage:
        return "validation"
    return "train"


new = np.flatnonzero(labels >= 5)
names = [f"digit_{labels[i]}/image_{i:04d}.png" for i in new]
sets = np.array([which_set(name) for name in names])
assert which_set(names[0]) == sets[0]  # the same name always lands in the same set
x_new, y_new = images[new], labels[new] - 5
for subset in ("train", "validation", "test"):
    print(f"{subset:>10}: {np.sum(sets == subset):4d} images of the digits 5-9")

# %%
# Cache the bottlenecks once
# --------------------------
# The frozen base turns each image into its 64-number bottleneck. Computing them is the
# expensive part; once cached, every epoch of training the last layer only reads 64 numbers per
# image.

base.trainable = False
start = time.perf_counter()
bottlenecks = base.predict(x_new, batch_size=256, verbose=0)
cache_time = time.perf_counter() - start
print(f"bottlenecks: {bottlenecks.shape[0]} x {bottlenecks.shape[1]} numbers")

head = keras.Sequential([keras.Input((64,)), keras.layers.Dense(5)], name="new_last_layer")
head.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.02),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
train, val, test = (sets == s for s in ("train", "validation", "test"))
EPOCHS = 20
history = head.fit(
    bottlenecks[train],
    y_new[train],
    validation_data=(bottlenecks[val], y_new[val]),
    epochs=EPOCHS,
    batch_size=64,
    verbose=0,
)

retrained = keras.Sequential([base, head])
retrained.compile(metrics=["accuracy"], loss="sparse_categorical_crossentropy")
probabilities = keras.activations.softmax(retrained.predict(x_new[test], verbose=0))
test_accuracy = float(np.mean(np.argmax(probabilities, axis=1) == y_new[test]))
print(f"test accuracy on the new classes 5-9: {test_accuracy:.3f}")
assert test_accuracy > 0.7
print(
    f"filling the cache took {cache_time:.2f} s, paid once; with distortions it would be paid"
    f" again at each of the {EPOCHS} epochs ({EPOCHS * cache_time:.1f} s in all)"
)

# %%
# Training curves
# ---------------
# Training accuracy well above validation accuracy would mean the last layer memorises the
# training images (overfitting); here the two stay close.

fig, (ax_acc, ax_loss) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
epochs = np.arange(1, EPOCHS + 1)
ax_acc.plot(epochs, history.history["accuracy"], label="training")
ax_acc.plot(epochs, history.history["val_accuracy"], label="validation")
ax_acc.axhline(test_accuracy, color="0.4", ls=":", label=f"test ({test_accuracy:.2f})")
ax_acc.set_xlabel("epoch")
ax_acc.set_ylabel("accuracy")
ax_acc.set_title("New last layer on digits 5-9: accuracy")
ax_acc.legend()
ax_loss.plot(epochs, history.history["loss"], label="training")
ax_loss.plot(epochs, history.history["val_loss"], label="validation")
ax_loss.set_xlabel("epoch")
ax_loss.set_ylabel("cross-entropy")
ax_loss.set_title("New last layer on digits 5-9: loss")
ax_loss.legend()
plt.show()
