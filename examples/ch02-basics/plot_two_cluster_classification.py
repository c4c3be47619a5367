"""
Classifying two clusters
========================

The book's classification listing (printed under section 2.5): 200 points from two Gaussian
clouds centred at (2, 2) and (-2, -2), a 2-10-2 network with a ReLU hidden layer, softmax
cross-entropy and gradient descent with learning rate 0.05. The animation of the book becomes
snapshots of the predicted classes and, new here, the decision boundary. See :ref:`seed-2-5`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = np.concatenate([rng.normal(2, 2, (100, 2)), rng.normal(-2, 2, (100, 2))]).astype("float32")
labels = np.concatenate([np.zeros(100), np.ones(100)]).astype("int32")

model = keras.Sequential(
    [keras.Input((2,)), keras.layers.Dense(10, activation="relu"), keras.layers.Dense(2)]
)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = keras.optimizers.SGD(0.05)
accuracy = keras.metrics.SparseCategoricalAccuracy()


@tf.function
def train_step():
    with tf.GradientTape() as tape:
        logits = model(x)
        loss = loss_fn(labels, logits)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
    return loss, logits


# %%
# Train, recording the predicted classes
# --------------------------------------
# The accuracy metric is reset before every update, so each value is the accuracy of that
# step alone (the book's ``tf.metrics.accuracy`` accumulated over all steps instead).

snapshots = {}
for step in range(100):
    loss, logits = train_step()
    accuracy.reset_state()
    accuracy.update_state(labels, logits)
    if step in (0, 10, 99):
        snapshots[step] = (np.argmax(logits, axis=1), float(accuracy.result()), float(loss))
for step, (_, acc, loss) in snapshots.items():
    print(f"step {step:2d}: loss {loss:.3f}, accuracy {acc:.3f}")
assert snapshots[99][1] > 0.85

grid_x, grid_y = np.meshgrid(np.linspace(-8, 8, 200), np.linspace(-8, 8, 200))
grid = np.column_stack([grid_x.ravel(), grid_y.ravel()]).astype("float32")
probability = tf.nn.softmax(model(grid))[:, 1].numpy().reshape(grid_x.shape)

fig, axes = plt.subplots(1, 4, figsize=(15, 4), layout="constrained")
for ax, (step, (predicted, acc, _)) in zip(axes, snapshots.items(), strict=False):
    ax.scatter(x[:, 0], x[:, 1], c=predicted, cmap="coolwarm", s=12, vmin=0, vmax=1)
    ax.set_title(f"step {step}: accuracy {acc:.2f}")
axes[3].contourf(grid_x, grid_y, probability, levels=20, cmap="coolwarm", alpha=0.6)
axes[3].contour(grid_x, grid_y, probability, levels=[0.5], colors="black")
axes[3].scatter(x[:, 0], x[:, 1], c=labels, cmap="coolwarm", s=12, edgecolors="k", lw=0.3)
axes[3].set_title("true classes and decision boundary (p = 0.5)")
for ax in axes:
    ax.set_xlim(-8, 8)
    ax.set_ylim(-8, 8)
plt.show()
