"""
Applying gradients with an optimizer
====================================

The TensorFlow 2 form of the book's optimizer workflow (section 9.4.1): ``tf.GradientTape``
computes the gradients, they are processed (clipped), and a Keras optimizer applies them with
``apply_gradients``. Four optimizers, the Keras successors of ``GradientDescentOptimizer``,
``MomentumOptimizer``, ``AdagradOptimizer`` and ``AdamOptimizer``, minimise the same elongated
quadratic bowl from the same start.

The optimizer API is described in :ref:`seed-9-4-1`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf


def loss_fn(p):
    """A bowl 25 times steeper in y than in x, with its minimum at (1, 1)."""
    return 0.5 * (p[0] - 1.0) ** 2 + 12.5 * (p[1] - 1.0) ** 2


# %%
# One training step
# -----------------
# Compute, process, apply: the three steps the book describes for ``compute_gradients`` and
# ``apply_gradients``. ``clipnorm`` in the optimizer's constructor would clip for us as well.


def train_step(optimizer, point):
    with tf.GradientTape() as tape:
        loss = loss_fn(point)
    gradient = tape.gradient(loss, point)
    gradient = tf.clip_by_norm(gradient, 10.0)
    optimizer.apply_gradients([(gradient, point)])
    return loss


optimizers = {
    "SGD(0.07)": keras.optimizers.SGD(learning_rate=0.07),
    "SGD(0.02, momentum=0.9)": keras.optimizers.SGD(learning_rate=0.02, momentum=0.9),
    "Adagrad(0.5)": keras.optimizers.Adagrad(learning_rate=0.5),
    "Adam(0.1)": keras.optimizers.Adam(learning_rate=0.1),
}
paths, losses = {}, {}
for name, optimizer in optimizers.items():
    point = tf.Variable([-1.5, -0.5])
    path, history = [point.numpy().copy()], []
    for _ in range(60):
        history.append(float(train_step(optimizer, point)))
        path.append(point.numpy().copy())
    paths[name], losses[name] = np.array(path), history
    print(
        f"{name:<24} after {int(optimizer.iterations)} steps: point {point.numpy().round(3)}, "
        f"loss {float(loss_fn(point)):.2e}"
    )

# %%
# The paths and the losses
# ------------------------
# Plain gradient descent must use a small step for the steep direction and then crawls along the
# flat one; momentum and the adaptive methods (Adagrad, Adam) scale the steps per coordinate.

fig, (ax_path, ax_loss) = plt.subplots(1, 2, figsize=(13, 5), layout="constrained")
x, y = np.meshgrid(np.linspace(-2, 2.5, 200), np.linspace(-1, 2, 200))
ax_path.contour(x, y, 0.5 * (x - 1) ** 2 + 12.5 * (y - 1) ** 2, levels=20, colors="0.8")
for name, path in paths.items():
    ax_path.plot(path[:, 0], path[:, 1], ".-", ms=3, label=name)
ax_path.plot([1], [1], "k*", ms=12)
ax_path.set_title("paths from (-1.5, -0.5) to the minimum (1, 1)")
ax_path.legend()
for name, history in losses.items():
    ax_loss.semilogy(history, label=name)
ax_loss.set_xlabel("step")
ax_loss.set_title("loss")
ax_loss.legend()

plt.show()
