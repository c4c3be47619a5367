"""
A convolutional network for handwritten digits
==============================================

The book's CNN listing (section 2.6.1), ported to Keras: two convolution + max-pooling blocks and
a dense output layer, trained with Adam (learning rate 0.001) on batches of 50 for 600 steps.
MNIST needs a download, so the 8x8 digits of scikit-learn are enlarged to MNIST's 28x28 with
``tf.image.resize``, which keeps every layer shape of the book (28 -> 14 -> 7, a flattened layer of
7*7*32 = 1568 values). See :ref:`seed-2-6` for the text.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)

# %%
# Data
# ----
# 1,797 digits, a quarter held out for testing. Pixel values are scaled to [0, 1] and the
# images resized to 28x28 with bilinear interpolation.

digits = load_digits()
images = tf.image.resize(digits.images[..., None] / 16.0, [28, 28]).numpy().astype("float32")
x_train, x_test, y_train, y_test = train_test_split(
    images, digits.target, test_size=0.25, random_state=0, stratify=digits.target
)
print("train", x_train.shape, "test", x_test.shape)

# %%
# The network
# -----------
# Conv 16@5x5 (same padding, ReLU) -> max-pool 2 -> conv 32@5x5 -> max-pool 2 -> flatten -> 10
# logits, layer for layer as in the book.

model = keras.Sequential(
    [
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(16, 5, padding="same", activation="relu", name="conv1"),
        keras.layers.MaxPooling2D(2, name="pool1"),
        keras.layers.Conv2D(32, 5, padding="same", activation="relu", name="conv2"),
        keras.layers.MaxPooling2D(2, name="pool2"),
        keras.layers.Flatten(name="flatten"),
        keras.layers.Dense(10, name="output"),
    ]
)
for layer in model.layers:
    print(f"{layer.name:8s} output {layer.output.shape}")
assert model.get_layer("flatten").output.shape == (None, 1568)
print("parameters:", model.count_params())

loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = keras.optimizers.Adam(0.001)


@tf.function
def train_step(bx, by):
    with tf.GradientTape() as tape:
        loss = loss_fn(by, model(bx, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
    return loss


@tf.function
def test_accuracy():
    predicted = tf.argmax(model(x_test), axis=1, output_type=tf.int32)
    return tf.reduce_mean(tf.cast(predicted == tf.constant(y_test, tf.int32), tf.float32))


# %%
# Training
# --------
# 600 steps of 50 random training images; every 50 steps the test accuracy is printed, as in
# the book.

rng = np.random.default_rng(0)
log = {"step": [], "loss": [], "accuracy": []}
for step in range(600):
    index = rng.integers(0, len(x_train), 50)
    loss = float(train_step(x_train[index], y_train[index]))
    if step % 50 == 0 or step == 599:
        accuracy = float(test_accuracy())
        log["step"].append(step)
        log["loss"].append(loss)
        log["accuracy"].append(accuracy)
        print(f"Step: {step:3d} | train loss: {loss:.4f} | test accuracy: {accuracy:.2f}")
assert log["accuracy"][-1] > 0.9

predicted = np.argmax(model(x_test[:10]), axis=1)
print("prediction:", predicted)
print("real digit:", y_test[:10])

# %%
# Training curves and predictions
# -------------------------------

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 3.8), layout="constrained")
ax1.plot(log["step"], log["loss"], "o-")
ax1.set_xlabel("step")
ax1.set_ylabel("training loss (one batch)")
ax1.set_title("Training loss")
ax2.plot(log["step"], log["accuracy"], "o-", color="tab:green")
ax2.set_xlabel("step")
ax2.set_ylabel("accuracy on 450 test digits")
ax2.set_title("Test accuracy")

all_predicted = np.argmax(model(x_test[:40]), axis=1)
fig, axes = plt.subplots(4, 10, figsize=(10, 4.8), layout="constrained")
for ax, image, guess, truth in zip(axes.flat, x_test, all_predicted, y_test, strict=False):
    ax.imshow(image[..., 0], cmap="gray_r")
    ax.set_title(
        f"{guess}" if guess == truth else f"{guess} (is {truth})",
        fontsize=9,
        color="black" if guess == truth else "red",
    )
    ax.set_axis_off()
fig.suptitle("Predictions for 40 test digits (mistakes in red)")
plt.show()
