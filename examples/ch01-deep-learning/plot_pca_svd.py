"""
Principal component analysis by SVD
===================================

Principal component analysis (section 1.3) computed with ``tf.linalg.svd``: the digits projected
onto their first two principal components, the share of the variance each component explains,
and the scaling pitfall the book warns about, where multiplying one variable by 100 makes it
take over the first component. See :ref:`seed-1-3` for the text.
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

# %%
# PCA from the singular value decomposition
# -----------------------------------------
# With the samples in the rows of a centred data matrix :math:`X` (n x p), the SVD
# :math:`X = U \Sigma V^\top` gives the principal directions as the columns of :math:`V`, the
# projected data (the *scores*) as :math:`XV = U\Sigma`, and the variance along direction
# :math:`k` as :math:`\sigma_k^2 / (n-1)`. ``tf.linalg.svd`` returns :math:`\Sigma`, :math:`U`
# and :math:`V` (not :math:`V^\top`) in that order.


def pca(data):
    data = tf.convert_to_tensor(data, tf.float64)
    centred = data - tf.reduce_mean(data, axis=0)
    s, u, v = tf.linalg.svd(centred)
    n = tf.cast(tf.shape(data)[0], tf.float64)
    return (u * s).numpy(), v.numpy(), (s**2 / (n - 1)).numpy()


digits = load_digits()
scores, directions, variances = pca(digits.data)

# The eigenvalues of the covariance matrix are the same variances.
eigenvalues = np.linalg.eigvalsh(np.cov(digits.data, rowvar=False))[::-1]
np.testing.assert_allclose(variances, eigenvalues, rtol=1e-6, atol=1e-9)
# The scores are uncorrelated and their variances are the eigenvalues.
np.testing.assert_allclose(np.cov(scores[:, :5], rowvar=False), np.diag(variances[:5]), atol=1e-8)
ratio = variances / variances.sum()
print("explained variance of the first 5 components:", np.round(ratio[:5], 3))
print(f"first 2 components: {ratio[:2].sum():.1%}; first 10: {ratio[:10].sum():.1%}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 5), layout="constrained")
points = ax1.scatter(scores[:, 0], scores[:, 1], c=digits.target, cmap="tab10", s=8)
fig.colorbar(points, ax=ax1, ticks=range(10)).ax.set_title("digit")
ax1.set_xlabel("principal component 1")
ax1.set_ylabel("principal component 2")
ax1.set_title("Digits projected on their first two principal components")
k = np.arange(1, 31)
ax2.bar(k, ratio[:30], color="tab:blue", label="per component")
ax2.plot(k, np.cumsum(ratio[:30]), "o-", color="tab:orange", label="cumulative")
ax2.set_xlabel("component")
ax2.set_ylabel("share of the total variance")
ax2.set_title("Explained variance (first 30 of 64 components)")
ax2.legend()

# %%
# Truncation is the best low-rank reconstruction
# ----------------------------------------------
# Keeping only the first :math:`L` directions and mapping back gives the rank-:math:`L`
# approximation with the smallest squared error (Eckart-Young); the error left is the sum of
# the dropped variances.

mean = digits.data.mean(axis=0)
for L in (2, 10, 30):
    rebuilt = scores[:, :L] @ directions[:, :L].T + mean
    error = ((digits.data - rebuilt) ** 2).sum() / (len(digits.data) - 1)
    np.testing.assert_allclose(error, variances[L:].sum(), rtol=1e-6)
    print(f"L={L:2d}: squared error per sample {error:8.2f} = sum of dropped variances")

# %%
# The scaling pitfall
# -------------------
# Two correlated variables of similar spread: the first component lies near the diagonal. Now
# express the second variable in units 100 times smaller (multiply it by 100): the first
# component turns to point almost exactly along that variable, because PCA only sees variance.
# Standardising each variable to unit variance first removes the effect.

rng = np.random.default_rng(0)
a = rng.normal(size=500)
data = np.column_stack([a + 0.5 * rng.normal(size=500), a + 0.5 * rng.normal(size=500)])
cases = {
    "original units": data,
    "variable 2 x 100": data * [1, 100],
    "variable 2 x 100, standardised": (data * [1, 100]) / (data * [1, 100]).std(axis=0),
}
fig, axes = plt.subplots(1, 3, figsize=(13, 4.2), layout="constrained")
for ax, (name, values) in zip(axes, cases.items(), strict=True):
    _, v, var = pca(values)
    angle = np.degrees(np.arctan2(abs(v[1, 0]), abs(v[0, 0])))
    print(f"{name:32s} PC1 = {np.round(np.abs(v[:, 0]), 3)}, {var[0] / var.sum():.1%} of variance")
    ax.scatter(values[:, 0], values[:, 1], s=5, alpha=0.5)
    centre = values.mean(axis=0)
    span = 2 * np.sqrt(var[0])
    ax.annotate("", centre + span * v[:, 0], centre, arrowprops={"arrowstyle": "->", "lw": 2.5})
    ax.set_title(f"{name}\nPC1 at {angle:.1f}° from the x-axis")
    ax.set_xlabel("variable 1")
    ax.set_ylabel("variable 2")
    if name == "variable 2 x 100":
        assert angle > 89
    else:
        assert 40 < angle < 50
plt.show()
