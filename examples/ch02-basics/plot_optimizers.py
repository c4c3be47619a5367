"""
Optimizers compared on y = x² + noise
=====================================

The book's optimizer comparison (section 2.4.7): the same small network, a 1-20-1 multilayer
perceptron with a ReLU hidden layer, is trained on the same random mini-batches by each
optimizer of section 2.4, and the loss of every step is drawn. The book compares plain gradient
descent, momentum, RMSprop and Adam; Nesterov momentum and Adagrad are added because the text
describes them too. See :ref:`seed-2-4` for the update equations.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)

# %%
# Data and models
# ---------------
# 100 points of y = x² plus Gaussian noise with standard deviation 0.1. Every model starts from
# the same initial weights, so only the optimizer differs.

rng = np.random.default_rng(0)
x = np.linspace(-1, 1, 100, dtype="float32").reshape(-1, 1)
y = (x**2 + rng.normal(0, 0.1, size=x.shape)).astype("float32")

template = keras.Sequential(
    [keras.Input((1,)), keras.layers.Dense(20, activation="relu"), keras.layers.Dense(1)]
)
LR = 0.01
optimizers = {
    "SGD": keras.optimizers.SGD(LR),
    "Momentum": keras.optimizers.SGD(LR, momentum=0.9),
    "Nesterov": keras.optimizers.SGD(LR, momentum=0.9, nesterov=True),
    "Adagrad": keras.optimizers.Adagrad(LR),
    "RMSprop": keras.optimizers.RMSprop(LR),
    "Adam": keras.optimizers.Adam(LR),
}


models = {}
for name in optimizers:
    models[name] = keras.models.clone_model(template)
    models[name].set_weights(template.get_weights())


@tf.function
def train_all(bx, by):
    """One step of every model on the same batch; returns the six losses."""
    losses = []
    for name, optimizer in optimizers.items():
        model = models[name]
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(model(bx) - by))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        losses.append(loss)
    return tf.stack(losses)


# %%
# Training on shared mini-batches
# -------------------------------
# 300 steps; at each step one random batch of 32 points is drawn and every model takes one step
# on it, as in the book.

history = {name: [] for name in optimizers}
for _ in range(300):
    index = rng.integers(0, len(x), 32)
    for name, loss in zip(optimizers, train_all(x[index], y[index]).numpy(), strict=True):
        history[name].append(float(loss))

print("mean loss over the last 50 steps:")
final = {name: np.mean(losses[-50:]) for name, losses in history.items()}
for name, value in final.items():
    print(f"  {name:9s} {value:.4f}")
assert all(final[name] < final["SGD"] for name in ("Momentum", "Nesterov", "RMSprop", "Adam"))

fig, ax = plt.subplots(figsize=(9, 5), layout="constrained")
for name, losses in history.items():
    ax.plot(losses, label=name, lw=1.3)
ax.set_xlabel("step")
ax.set_ylabel("mini-batch loss (MSE)")
ax.set_ylim(0, 0.2)
ax.set_title("Six optimizers, learning rate 0.01, on the same batches")
ax.legend()
plt.show()
