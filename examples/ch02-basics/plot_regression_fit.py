"""
Fitting y = x² with a small network
===================================

The book's regression listing (section 2.4.8): a 1-10-1 network with a ReLU hidden layer learns
y = x² from 100 noisy points by full-batch gradient descent with learning rate 0.5. The book
animates the fit; here the animation becomes a grid of snapshots. See :ref:`seed-2-4-8`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(1)

rng = np.random.default_rng(1)
x = np.linspace(-1, 1, 100, dtype="float32").reshape(-1, 1)
y = (x**2 + rng.normal(0, 0.1, size=x.shape)).astype("float32")

model = keras.Sequential(
    [keras.Input((1,)), keras.layers.Dense(10, activation="relu"), keras.layers.Dense(1)]
)
optimizer = keras.optimizers.SGD(0.5)


@tf.function
def train_step():
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(x) - y))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
    return loss


# %%
# Train and keep snapshots
# ------------------------
# 100 steps on all the data at once; the prediction is stored at a few steps.

snapshots, losses = {}, []
for step in range(100):
    if step in (0, 5, 20, 99):
        snapshots[step] = (model(x).numpy(), float(tf.reduce_mean(tf.square(model(x) - y))))
    losses.append(float(train_step()))
print(f"loss: step 0 {losses[0]:.4f}, step 99 {losses[-1]:.4f}")
assert losses[-1] < 0.02  # the noise alone has variance 0.01

fig, axes = plt.subplots(1, 4, figsize=(14, 3.8), layout="constrained", sharey=True)
for ax, (step, (prediction, loss)) in zip(axes, snapshots.items(), strict=True):
    ax.scatter(x, y, s=10, color="tab:gray")
    ax.plot(x, prediction, "r-", lw=3)
    ax.set_title(f"step {step}: loss = {loss:.4f}")
    ax.set_xlabel("x")
axes[0].set_ylabel("y")
plt.show()
