"""
Random distributions
====================

Histograms of ``tf.random.normal``, ``tf.random.uniform``, ``tf.random.gamma`` and
``tf.random.poisson`` (TensorFlow 1.x: ``tf.random_normal``, ``tf.random_uniform``,
``tf.random_gamma``, ``tf.random_poisson``), each drawn over its analytic density or probability
mass function. The samples come from the global, seeded random state; the last cell draws the
same distributions with the stateless functions, whose result depends only on an explicit seed.

The functions are described in :ref:`seed-9-1`.
"""

import math

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
N = 50_000

# %%
# Draw the samples
# ----------------
# One call per distribution. For ``gamma`` and ``poisson`` a list of parameters gives several
# distributions at once: the result has one column per parameter.

normal = tf.random.normal([N], mean=2.0, stddev=0.5).numpy()
uniform = tf.random.uniform([N], minval=-1.0, maxval=3.0).numpy()
integers = tf.random.uniform([N], minval=0, maxval=6, dtype=tf.int32).numpy()
alphas = [0.5, 2.0, 5.0]
gamma = tf.random.gamma([N], alpha=alphas, beta=1.0).numpy()  # shape (N, 3)
rates = [0.5, 3.3, 12.2]
poisson = tf.random.poisson([N], lam=rates, dtype=tf.int32).numpy()  # shape (N, 3)
for name, sample in [
    ("normal", normal),
    ("uniform", uniform),
    ("gamma", gamma),
    ("poisson", poisson),
]:
    print(f"{name:<8} shape {sample.shape}, dtype {sample.dtype}")
print("uniform integers seen:", sorted(set(integers.tolist())))

# %%
# Compare with the densities
# --------------------------
# The normal density is :math:`e^{-(x-\mu)^2/2\sigma^2}/\sigma\sqrt{2\pi}`, the gamma density
# (rate 1) :math:`x^{\alpha-1}e^{-x}/\Gamma(\alpha)`, and the Poisson probabilities
# :math:`\lambda^k e^{-\lambda}/k!`; ``math.lgamma`` keeps the last two finite.

fig, axes = plt.subplots(2, 2, figsize=(11, 8), layout="constrained")
ax = axes[0, 0]
x = np.linspace(0, 4, 400)
ax.hist(normal, bins=80, density=True, color="tab:blue", alpha=0.5, label="samples")
ax.plot(
    x, np.exp(-((x - 2) ** 2) / (2 * 0.25)) / (0.5 * math.sqrt(2 * math.pi)), "k", label="density"
)
ax.set_title("tf.random.normal, mean 2, stddev 0.5")
ax.legend()

ax = axes[0, 1]
ax.hist(uniform, bins=40, density=True, color="tab:orange", alpha=0.5, label="float32 samples")
ax.plot([-1, -1, 3, 3], [0, 0.25, 0.25, 0], "k", label="density 1/4")
counts = np.bincount(integers, minlength=6) / N
ax.bar(np.arange(6), counts, width=0.3, color="tab:green", alpha=0.7, label="int32, maxval 6")
ax.set_title("tf.random.uniform on [-1, 3) and integers 0..5")
ax.legend(fontsize="small")

ax = axes[1, 0]
x = np.linspace(0.01, 12, 400)
for column, alpha in enumerate(alphas):
    ax.hist(
        gamma[:, column],
        bins=np.linspace(0, 12, 97),
        density=True,
        alpha=0.4,
        label=f"alpha {alpha}",
    )
    log_pdf = (alpha - 1) * np.log(x) - x - math.lgamma(alpha)
    ax.plot(x, np.exp(log_pdf), "k", lw=1)
ax.set_ylim(0, 1.0)
ax.set_title("tf.random.gamma, beta 1 (black: densities)")
ax.legend()

ax = axes[1, 1]
k = np.arange(0, 25)
for column, lam in enumerate(rates):
    frequencies = np.bincount(poisson[:, column], minlength=25)[:25] / N
    ax.bar(k + (column - 1) * 0.28, frequencies, width=0.28, alpha=0.6, label=f"lambda {lam}")
    pmf = np.exp(k * math.log(lam) - lam - np.array([math.lgamma(i + 1) for i in k]))
    ax.plot(k + (column - 1) * 0.28, pmf, "k.", ms=4)
ax.set_title("tf.random.poisson (black dots: probabilities)")
ax.set_xlabel("k")
ax.legend()

# %%
# Seeded and stateless
# --------------------
# ``tf.random.set_seed`` makes a program repeat itself: reset the seed and the same calls give
# the same numbers. A stateless function needs no global state at all: the same two-integer seed
# always gives the same sample (for one TensorFlow version and device).

tf.random.set_seed(0)
again = tf.random.normal([N], mean=2.0, stddev=0.5).numpy()
print("reset seed, same call -> same samples:", np.array_equal(again, normal))
stateless = {
    "normal": lambda: tf.random.stateless_normal([4], seed=[1, 2], mean=2.0, stddev=0.5),
    "uniform": lambda: tf.random.stateless_uniform([4], seed=[1, 2], minval=-1.0, maxval=3.0),
    "gamma": lambda: tf.random.stateless_gamma([4], seed=[1, 2], alpha=2.0),
    "poisson": lambda: tf.random.stateless_poisson([4], seed=[1, 2], lam=3.3),
}
for name, draw in stateless.items():
    first, second = draw().numpy(), draw().numpy()
    assert np.array_equal(first, second)
    print(f"stateless_{name:<8} seed [1, 2], called twice: equal, {first.round(3)}")

plt.show()
