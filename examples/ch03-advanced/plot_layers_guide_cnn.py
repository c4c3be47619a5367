"""
The layers guide's CNN, trained and evaluated
=============================================

The convolutional network of the TensorFlow 1.x layers guide (sections 3.4 and 3.5 of the
notes), ported from ``tf.layers`` and ``tf.estimator`` to Keras and trained on scikit-learn's
bundled 8x8 digits instead of MNIST, which cannot be downloaded here. The layers are the book's:
two 5x5 convolutions with 32 and 64 filters, each followed by 2x2 max pooling, a dense layer of
1,024 units with dropout 0.4, and 10 logits. A small callback takes the place of the
``LoggingTensorHook`` that printed the softmax probabilities every 50 steps.
See :ref:`seed-3-4` and :ref:`seed-3-5` for the text.
"""

import keras
import matplotlib.pyplot as plt
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)

# %%
# Load training and test data
# ---------------------------
# The book loaded MNIST as NumPy arrays (55,000 training and 10,000 test images of 28x28).
# With a network connection, ``keras.datasets.mnist.load_data()`` does the same today. Here the
# 1,797 digits of 8x8 pixels are split 80/20.

digits = load_digits()
x = (digits.images / 16.0).astype("float32")[..., None]
y = digits.target.astype("int32")
train_data, eval_data, train_labels, eval_labels = train_test_split(
    x, y, test_size=0.2, random_state=0, stratify=y
)
print(f"training images {train_data.shape}, test images {eval_data.shape}")

# %%
# The model
# ---------
# The book's ``cnn_model_fn`` as a Keras model. With 8x8 inputs the pooling layers give 4x4
# and then 2x2 feature maps, so the flattened layer has 2 x 2 x 64 = 256 values instead of the
# 3,136 of 28x28 MNIST.

model = keras.Sequential(
    [
        keras.Input((8, 8, 1)),
        keras.layers.Conv2D(32, 5, padding="same", activation="relu", name="conv1"),
        keras.layers.MaxPooling2D(pool_size=2, strides=2, name="pool1"),
        keras.layers.Conv2D(64, 5, padding="same", activation="relu", name="conv2"),
        keras.layers.MaxPooling2D(pool_size=2, strides=2, name="pool2"),
        keras.layers.Flatten(name="pool2_flat"),
        keras.layers.Dense(1024, activation="relu", name="dense"),
        keras.layers.Dropout(0.4, name="dropout"),
        keras.layers.Dense(10, name="logits"),
    ],
    name="cnn_digits",
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.001),
    loss=keras.losses.CategoricalCrossentropy(from_logits=True),
    metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
)
model.summary(line_length=80)


# %%
# A callback instead of the logging hook
# --------------------------------------
# ``LoggingTensorHook(tensors={"probabilities": "softmax_tensor"}, every_n_iter=50)`` printed
# the softmax output every 50 steps. The callback below prints the probabilities the model gives
# one fixed test image every 50 training batches.


class ProbabilityLogger(keras.callbacks.Callback):
    def __init__(self, image, every_n_batches=50):
        super().__init__()
        self.image, self.every, self.step = image[None], every_n_batches, 0

    def on_train_batch_end(self, batch, logs=None):
        self.step += 1
        if self.step % self.every == 0:
            probabilities = tf.nn.softmax(self.model(self.image, training=False))[0].numpy()
            print(
                f"step {self.step:4d}  probabilities", " ".join(f"{p:.3f}" for p in probabilities)
            )


# %%
# Train the model
# ---------------
# ``numpy_input_fn(batch_size=100, shuffle=True)`` becomes ``fit(batch_size=100,
# shuffle=True)``. The labels are one-hot encoded with ``tf.one_hot``, as in the book's loss.

print(f"logging the test image of a {eval_labels[0]}")
history = model.fit(
    train_data,
    tf.one_hot(train_labels, depth=10),
    batch_size=100,
    epochs=8,
    shuffle=True,
    validation_split=0.1,
    callbacks=[ProbabilityLogger(eval_data[0])],
    verbose=0,
)
print(f"{model.optimizer.iterations.numpy()} training steps")

# %%
# Evaluate the model
# ------------------
# ``Estimator.evaluate`` returned a dict of the loss, the accuracy and the global step;
# ``model.evaluate(..., return_dict=True)`` returns the first two.

eval_results = model.evaluate(
    eval_data, tf.one_hot(eval_labels, depth=10), batch_size=100, return_dict=True, verbose=0
)
print({name: round(value, 4) for name, value in eval_results.items()})
assert eval_results["accuracy"] > 0.9

# %%
# Curves and predictions
# ----------------------
# Left, the training curves. Right, test digits with the predicted class (``tf.argmax`` of the
# logits) and its softmax probability; a wrong prediction is marked in red.

logits = model.predict(eval_data[:8], verbose=0)
probabilities = tf.nn.softmax(logits).numpy()
classes = tf.argmax(logits, axis=1).numpy()

fig = plt.figure(figsize=(11, 4.6), layout="constrained")
left, right = fig.subfigures(1, 2, width_ratios=[1, 1.15])
ax = left.subplots()
ax.plot(history.history["accuracy"], label="training accuracy")
ax.plot(history.history["val_accuracy"], label="validation accuracy")
ax.plot(history.history["loss"], ls="--", label="training loss")
ax.set_xlabel("epoch")
ax.set_title("Training the CNN on 8x8 digits")
ax.legend()
grid = right.subplots(2, 4)
for k, axes in enumerate(grid.ravel()):
    axes.imshow(eval_data[k, :, :, 0], cmap="gray_r")
    colour = "black" if classes[k] == eval_labels[k] else "tab:red"
    axes.set_title(f"{classes[k]} ({probabilities[k, classes[k]]:.2f})", color=colour)
    axes.axis("off")
right.suptitle("Test digits: predicted class (probability)")
plt.show()
