"""
Sparse coding with an over-complete dictionary
==============================================

Sparse coding (section 1.2) learns a dictionary of basis vectors :math:`\\phi_i`, more of them
than the input has dimensions, such that each input is a combination of only a few. Here the
inputs are the 64-pixel handwritten digits of scikit-learn and the dictionary has 128 atoms
(twice over-complete). The codes minimise the book's cost with the L1 penalty
:math:`S(a) = |a|`, found by ISTA (iterative shrinkage-thresholding), and the dictionary takes
gradient steps on the reconstruction error with each atom then scaled back to
:math:`\\|\\phi_i\\|^2 \\le C` (here :math:`C = 1`). See :ref:`seed-1-2` for the text.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

keras.utils.set_random_seed(0)

# %%
# Data and initial dictionary
# ---------------------------
# Each digit is centred (its mean pixel subtracted) and scaled to unit length, so one λ suits
# all of them. The rows of ``X`` are the inputs :math:`x^{(j)}`, the rows of ``Phi`` the atoms.

X = load_digits().data.astype("float32")
X = X - X.mean(axis=1, keepdims=True)
X = tf.constant(X / np.linalg.norm(X, axis=1, keepdims=True))
n_atoms, lam = 128, 0.2
Phi = tf.Variable(tf.math.l2_normalize(tf.random.normal([n_atoms, 64]), axis=1))


# %%
# The two alternating steps
# -------------------------
# With :math:`\Phi` fixed, the cost for one input is
# :math:`\|x - a\Phi\|^2 + \lambda\|a\|_1`. ISTA takes a gradient step on the squared error with
# step :math:`1/L` (:math:`L` is twice the largest eigenvalue of :math:`\Phi\Phi^\top`) and then
# shrinks every coefficient towards zero by :math:`\lambda/L`; coefficients that cross zero
# become exactly zero. With the codes fixed, :math:`\Phi` takes a gradient step on the squared
# error, and atoms longer than 1 are scaled back, which stops the trivial solution of tiny codes
# and huge atoms.


@tf.function
def infer_codes(x, phi, iterations=100):
    gram = tf.matmul(phi, phi, transpose_b=True)
    lipschitz = 2 * tf.reduce_max(tf.linalg.eigvalsh(gram))
    a = tf.zeros([tf.shape(x)[0], tf.shape(phi)[0]])
    for _ in tf.range(iterations):
        gradient = 2 * (tf.matmul(a, gram) - tf.matmul(x, phi, transpose_b=True))
        z = a - gradient / lipschitz
        a = tf.sign(z) * tf.nn.relu(tf.abs(z) - lam / lipschitz)
    return a


@tf.function
def update_dictionary(x, a, learning_rate=0.5):
    with tf.GradientTape() as tape:
        error = tf.reduce_mean(tf.reduce_sum(tf.square(x - tf.matmul(a, Phi)), axis=1))
    Phi.assign_sub(learning_rate * tape.gradient(error, Phi))
    norms = tf.norm(Phi, axis=1, keepdims=True)
    Phi.assign(Phi / tf.maximum(norms, 1.0))  # ||phi_i||^2 <= C with C = 1


def cost(x, a):
    squared = tf.reduce_sum(tf.square(x - tf.matmul(a, Phi)), axis=1)
    return float(tf.reduce_mean(squared + lam * tf.reduce_sum(tf.abs(a), axis=1)))


history = []
for _ in range(40):
    codes = infer_codes(X, Phi)
    history.append(cost(X, codes))
    update_dictionary(X, codes)
codes = infer_codes(X, Phi, 300).numpy()
history.append(cost(X, codes))

nonzero = (np.abs(codes) > 1e-6).sum(axis=1)
error = float(tf.reduce_mean(tf.reduce_sum(tf.square(X - codes @ Phi.numpy()), axis=1)))
print(f"cost: {history[0]:.3f} (first dictionary) -> {history[-1]:.3f} (after 40 updates)")
print(f"non-zero coefficients per digit: mean {nonzero.mean():.1f} of {n_atoms}")
print(f"relative reconstruction error: {error:.3f} (inputs have unit length)")
assert history[-1] < history[0] and nonzero.mean() < 0.25 * n_atoms
assert np.all(np.linalg.norm(Phi.numpy(), axis=1) <= 1 + 1e-5)

# %%
# The learned atoms and the sparsity of the codes
# -----------------------------------------------
# The 128 atoms, ordered by how often they are used, and a histogram of how many coefficients
# are non-zero per digit.

usage = (np.abs(codes) > 1e-6).sum(axis=0)
order = np.argsort(-usage)
fig, axes = plt.subplots(8, 16, figsize=(11, 6), layout="constrained")
limit = np.abs(Phi.numpy()).max()
for ax, k in zip(axes.flat, order, strict=True):
    ax.imshow(Phi.numpy()[k].reshape(8, 8), cmap="RdBu_r", vmin=-limit, vmax=limit)
    ax.set_title(f"{usage[k]}", fontsize=6)
    ax.set_axis_off()
fig.suptitle("128 learned atoms (red +, blue -), titled with the number of digits that use each")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4), layout="constrained")
ax1.hist(nonzero, bins=np.arange(nonzero.max() + 2) - 0.5, color="tab:blue")
ax1.set_xlabel("non-zero coefficients in a digit's code")
ax1.set_ylabel("digits")
ax1.set_title(f"Code sparsity (λ = {lam}): {nonzero.mean():.1f} of {n_atoms} on average")
ax2.stem(codes[0])
ax2.set_xlabel("atom")
ax2.set_ylabel("coefficient $a_i$")
ax2.set_title("The code of the first digit (a 0)")
plt.show()
