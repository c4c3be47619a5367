"""
KL divergence and cross-entropy
===============================

The Kullback-Leibler divergence of section 1.4 computed three ways: by the formula, with
``keras.losses.KLDivergence`` and from cross-entropy minus entropy. Two distributions show that
it is not symmetric, and the identities of section 1.4.1 (Gibbs' inequality, cross-entropy =
entropy + KL, entropy from the divergence to the uniform distribution, mutual information) are
checked numerically. See :ref:`seed-1-4` for the text.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# %%
# Two distributions on six outcomes
# ---------------------------------
# :math:`D(P\|Q) = \sum_i P(i) \ln \frac{P(i)}{Q(i)}`, in nats because the logarithm is natural
# (divide by :math:`\ln 2` for bits).

p = tf.constant([0.36, 0.48, 0.10, 0.04, 0.01, 0.01], tf.float64)
q = tf.constant([1 / 6] * 6, tf.float64)


def kl(p, q):
    # 0 ln 0 is taken as 0; tf.math.xlogy(x, y) is x * log(y), and 0 when x == 0.
    return float(tf.reduce_sum(tf.math.xlogy(p, p) - tf.math.xlogy(p, q)))


def entropy(p):
    return float(-tf.reduce_sum(tf.math.xlogy(p, p)))


def cross_entropy(p, q):
    return float(-tf.reduce_sum(tf.math.xlogy(p, q)))


d_pq, d_qp = kl(p, q), kl(q, p)
print(f"D(P||Q) = {d_pq:.4f} nats = {d_pq / np.log(2):.4f} bits")
print(f"D(Q||P) = {d_qp:.4f} nats: not the same, KL is not symmetric")
assert abs(d_pq - d_qp) > 0.1

# Keras computes the same sum (it clips probabilities to [1e-7, 1] first).
keras_kl = float(keras.losses.KLDivergence()(p[None], q[None]))
np.testing.assert_allclose(keras_kl, d_pq, rtol=1e-6)
# Cross-entropy = entropy + KL.
keras_ce = float(keras.losses.CategoricalCrossentropy()(p[None], q[None]))
np.testing.assert_allclose(cross_entropy(p, q), entropy(p) + d_pq, rtol=1e-12)
np.testing.assert_allclose(keras_ce, cross_entropy(p, q), rtol=1e-6)
print(f"H(P,Q) = {cross_entropy(p, q):.4f} = H(P) {entropy(p):.4f} + D(P||Q) {d_pq:.4f}")
# Entropy = log N - D(P || uniform).
np.testing.assert_allclose(entropy(p), np.log(6) - d_pq, rtol=1e-12)
print(f"H(P) = ln 6 - D(P||uniform) = {np.log(6):.4f} - {d_pq:.4f}")
# Gibbs' inequality: D >= 0, with equality only for identical distributions.
assert kl(p, p) == 0.0 and d_pq > 0 and d_qp > 0
# A zero in Q where P is positive makes D(P||Q) infinite.
print("D(P||Q) with Q(0) = 0:", kl(p, tf.constant([0, 0.2, 0.2, 0.2, 0.2, 0.2], tf.float64)))

# %%
# Mutual information is a KL divergence
# -------------------------------------
# :math:`I(X;Y) = D\bigl(P(X,Y)\,\|\,P(X)P(Y)\bigr) = H(X) - H(X\mid Y)`.

joint = tf.constant([[0.30, 0.05], [0.10, 0.25], [0.05, 0.25]], tf.float64)
px = tf.reduce_sum(joint, axis=1)
py = tf.reduce_sum(joint, axis=0)
mutual = kl(tf.reshape(joint, [-1]), tf.reshape(px[:, None] * py[None, :], [-1]))
conditional = entropy(tf.reshape(joint, [-1])) - entropy(py)  # H(X|Y) = H(X,Y) - H(Y)
np.testing.assert_allclose(mutual, entropy(px) - conditional, rtol=1e-12)
print(f"I(X;Y) = {mutual:.4f} nats = H(X) {entropy(px):.4f} - H(X|Y) {conditional:.4f}")

# %%
# The asymmetry in a picture
# --------------------------
# Each bar of the right-hand panels is one term :math:`P(i)\ln(P(i)/Q(i))` of the sum. Terms can
# be negative; the total never is.

fig, axes = plt.subplots(1, 3, figsize=(13, 4), layout="constrained")
i = np.arange(6)
axes[0].bar(i - 0.2, p.numpy(), 0.4, label="P")
axes[0].bar(i + 0.2, q.numpy(), 0.4, label="Q (uniform)")
axes[0].set_title("Two distributions")
axes[0].set_xlabel("outcome i")
axes[0].legend()
for ax, (a, b, name, total) in zip(
    axes[1:], [(p, q, "D(P‖Q)", d_pq), (q, p, "D(Q‖P)", d_qp)], strict=True
):
    terms = (tf.math.xlogy(a, a) - tf.math.xlogy(a, b)).numpy()
    ax.bar(i, terms, color=np.where(terms >= 0, "tab:red", "tab:green"))
    ax.axhline(0, color="black", lw=0.8)
    ax.set_title(f"Terms of {name}, total {total:.3f} nats")
    ax.set_xlabel("outcome i")
plt.show()
