"""
Autoencoders on handwritten digits
==================================

The book's two autoencoder listings (section 1.1.3), ported to TensorFlow 2 and run on the
8x8 handwritten digits that ship with scikit-learn instead of MNIST, which would need a
download. The first network compresses each 64-pixel image to a 16-number code and rebuilds
it; the second squeezes the images down to a 2-number code that can be drawn as a scatter plot.
A third, denoising, variant learns to rebuild clean digits from inputs with 30 % of their pixels
set to zero (section 1.1.2). See :ref:`seed-1-1` for the text.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)

# %%
# The data
# --------
# 1,797 grey-scale digits of 8x8 pixels with values 0-16. Dividing by 16 puts them in [0, 1],
# the range of the sigmoid output layer. A quarter is held out to test the reconstructions.

digits = load_digits()
x = (digits.data / 16.0).astype("float32")
x_train, x_test, y_train, y_test = train_test_split(
    x, digits.target, test_size=0.25, random_state=0, stratify=digits.target
)
print("train:", x_train.shape, " test:", x_test.shape)


# %%
# A training loop without sessions or placeholders
# ------------------------------------------------
# The book builds the graph from ``tf.Variable`` weight dictionaries and feeds batches through
# a placeholder. Here each encoder and decoder is a ``keras.Sequential`` of ``Dense`` layers, and
# one ``tf.function`` training step takes the batch as its argument. The loss is the book's:
# the mean squared difference between input and reconstruction. ``corrupt`` is the fraction of
# pixels zeroed in the input (0 for a plain autoencoder).


def make_autoencoder(sizes, code_activation="sigmoid"):
    """Encoder 64 -> sizes[0] -> ... -> sizes[-1] and the mirror-image decoder."""
    encoder = keras.Sequential([keras.Input((64,))])
    for i, units in enumerate(sizes):
        last = i == len(sizes) - 1
        encoder.add(keras.layers.Dense(units, activation=code_activation if last else "sigmoid"))
    decoder = keras.Sequential([keras.Input((sizes[-1],))])
    for units in [*sizes[-2::-1], 64]:
        decoder.add(keras.layers.Dense(units, activation="sigmoid"))
    return encoder, decoder


def train(encoder, decoder, epochs, corrupt=0.0, batch_size=64, learning_rate=0.01):
    optimizer = keras.optimizers.Adam(learning_rate)
    weights = encoder.trainable_variables + decoder.trainable_variables

    @tf.function
    def step(batch):
        noisy = batch
        if corrupt > 0:
            keep = tf.cast(tf.random.uniform(tf.shape(batch)) >= corrupt, batch.dtype)
            noisy = batch * keep
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(decoder(encoder(noisy)) - batch))
        optimizer.apply_gradients(zip(tape.gradient(loss, weights), weights, strict=True))
        return loss

    rng = np.random.default_rng(0)
    history = []
    for _ in range(epochs):
        order = rng.permutation(len(x_train))
        losses = [
            step(x_train[order[i : i + batch_size]]) for i in range(0, len(order), batch_size)
        ]
        history.append(float(np.mean(losses)))
    return history


def test_mse(encoder, decoder, inputs):
    return float(tf.reduce_mean(tf.square(decoder(encoder(inputs)) - x_test)))


# %%
# Reconstructions through a 16-number code
# ----------------------------------------
# The book's first network is 784-256-128-256-784 for MNIST; scaled to 64 pixels it becomes
# 64-32-16-32-64, all sigmoid, trained with Adam at learning rate 0.01.

encoder, decoder = make_autoencoder([32, 16])
history = train(encoder, decoder, epochs=40)
mse = test_mse(encoder, decoder, x_test)
print(f"64-32-16 autoencoder: train MSE {history[0]:.4f} (epoch 1) -> {history[-1]:.4f}")
print(f"test MSE {mse:.4f}; predicting the mean image gives {x_test.var(axis=0).mean():.4f}")
assert mse < 0.5 * x_test.var(axis=0).mean()

reconstructed = decoder(encoder(x_test[:10])).numpy()
fig, axes = plt.subplots(2, 10, figsize=(10, 2.6), layout="constrained")
for i in range(10):
    axes[0, i].imshow(x_test[i].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    axes[1, i].imshow(reconstructed[i].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    axes[0, i].set_title(f"{y_test[i]}", fontsize=9)
    axes[1, i].set_title("rebuilt", fontsize=8)
for ax in axes.flat:
    ax.set_axis_off()
fig.suptitle("Test digits (top) and their reconstructions from a 16-number code (bottom)")

# %%
# A two-number code, drawn by class
# ---------------------------------
# The book's second listing uses a 784-128-64-10-2 encoder whose last layer is linear, so the
# codes are free to spread over the plane. On digits: 64-32-16-8-2. No labels are used in
# training; colouring the codes by class afterwards shows how far the network separated the
# digits on its own.

encoder2, decoder2 = make_autoencoder([32, 16, 8, 2], code_activation=None)
history2 = train(encoder2, decoder2, epochs=80)
codes = encoder2(x).numpy()
print(f"64-32-16-8-2 autoencoder: final train MSE {history2[-1]:.4f}")

fig, ax = plt.subplots(figsize=(7, 5.5), layout="constrained")
points = ax.scatter(codes[:, 0], codes[:, 1], c=digits.target, cmap="tab10", s=8)
for digit in range(10):
    cx, cy = np.median(codes[digits.target == digit], axis=0)
    ax.text(cx, cy, str(digit), fontsize=14, weight="bold", ha="center", va="center")
fig.colorbar(points, ax=ax, ticks=range(10)).ax.set_title("digit")
ax.set_xlabel("code[0]")
ax.set_ylabel("code[1]")
ax.set_title("Encoder output: 2-D codes of all 1,797 digits, coloured by their label")

# %%
# A denoising autoencoder
# -----------------------
# Same shape as the first network, but each training input has 30 % of its pixels set to zero
# (a new mask every step) while the loss still compares the output with the *clean* digit.
# On corrupted test digits it is compared with the plain autoencoder trained above.

encoder_d, decoder_d = make_autoencoder([32, 16])
train(encoder_d, decoder_d, epochs=40, corrupt=0.3)
mask = np.random.default_rng(1).random(x_test.shape) >= 0.3
x_noisy = (x_test * mask).astype("float32")
plain = float(tf.reduce_mean(tf.square(decoder(encoder(x_noisy)) - x_test)))
denoised = float(tf.reduce_mean(tf.square(decoder_d(encoder_d(x_noisy)) - x_test)))
print(f"corrupted test digits -> clean: plain AE MSE {plain:.4f}, denoising AE MSE {denoised:.4f}")
assert denoised < plain

cleaned = decoder_d(encoder_d(x_noisy[:10])).numpy()
fig, axes = plt.subplots(3, 10, figsize=(10, 3.6), layout="constrained")
rows = [(x_test, "clean"), (x_noisy, "corrupted"), (cleaned, "rebuilt")]
for r, (images, label) in enumerate(rows):
    for i in range(10):
        axes[r, i].imshow(images[i].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        axes[r, i].set_title(label, fontsize=8)
        axes[r, i].set_axis_off()
fig.suptitle("Denoising autoencoder: clean digit, 30 % of pixels zeroed, reconstruction")
plt.show()
