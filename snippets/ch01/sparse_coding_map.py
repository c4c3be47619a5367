"""Section 1.2.1: the sparse-coding cost is the negative log posterior (MAP estimate)."""

import numpy as np
import tensorflow as tf

# One input x in R^n, a dictionary of k atoms (rows of phi), Gaussian noise of variance sigma^2
# and a Laplacian prior P(a_i) ~ exp(-beta |a_i|).
rng = np.random.default_rng(0)
n, k, sigma, beta = 8, 16, 0.3, 2.0
phi = rng.normal(size=(k, n))
phi /= np.linalg.norm(phi, axis=1, keepdims=True)
a_true = np.zeros(k)
a_true[[2, 9]] = [1.5, -1.0]
x = a_true @ phi + sigma * rng.normal(size=n)


def neg_log_posterior(a):
    # -log P(x | a, phi) - log P(a), dropping the constants that do not depend on a.
    return np.sum((x - a @ phi) ** 2) / (2 * sigma**2) + beta * np.sum(np.abs(a))


def energy(a, lam):
    # The book's cost: ||x - sum_i a_i phi_i||^2 + lambda * sum_i |a_i|.
    return np.sum((x - a @ phi) ** 2) + lam * np.sum(np.abs(a))


# Multiplying the negative log posterior by 2 sigma^2 gives the energy with lambda = 2 sigma^2 beta.
lam = 2 * sigma**2 * beta
for _ in range(5):
    a = rng.normal(size=k)
    np.testing.assert_allclose(2 * sigma**2 * neg_log_posterior(a), energy(a, lam))
print(f"lambda = 2 sigma^2 beta = 2 * {sigma}^2 * {beta} = {lam:.2f}")

# So the minimiser of the energy is the MAP code. Find it with ISTA in TensorFlow.
phi_t, x_t = tf.constant(phi), tf.constant(x)
step = 1 / (2 * np.linalg.eigvalsh(phi @ phi.T).max())
a = tf.zeros(k, tf.float64)
for _ in range(2000):
    gradient = 2 * tf.linalg.matvec(phi_t, tf.linalg.matvec(phi_t, a, transpose_a=True) - x_t)
    z = a - step * gradient
    a = tf.sign(z) * tf.nn.relu(tf.abs(z) - step * lam)
a_map = a.numpy()
# Optimality (subgradient) conditions of the L1 problem hold at the result.
g = 2 * phi @ (a_map @ phi - x)
active = a_map != 0
np.testing.assert_allclose(g[active], -lam * np.sign(a_map[active]), atol=1e-8)
assert np.all(np.abs(g[~active]) <= lam + 1e-8)
print("non-zero coefficients of the MAP code:", np.flatnonzero(active).tolist())
print("their values:", np.round(a_map[active], 3), " true code: a_2 = 1.5, a_9 = -1.0")

# The log(1 + a^2) penalty corresponds to P(a) ~ exp(-beta log(1 + a^2)) = (1 + a^2)^(-beta),
# a Cauchy density only for beta = 1 (the book writes beta / (1 + a^2)).
grid = np.linspace(-5, 5, 11)
np.testing.assert_allclose(np.exp(-beta * np.log1p(grid**2)), (1 + grid**2) ** -beta)
print("exp(-beta log(1+a^2)) == (1+a^2)^(-beta): checked")
