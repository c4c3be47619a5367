"""Sections 2.2.1-2.2.4: the activation functions in TensorFlow, with their formulas checked.

Each formula the text states is compared with what TensorFlow computes on a grid of 2,001
points; a formula that does not hold stops the script with an AssertionError.
"""

import keras
import numpy as np
import tensorflow as tf

# The grid -10.00, -9.99, ..., 10.00 contains the kinks of ReLU (x = 0) and ReLU6 (x = 6) exactly.
x = tf.constant(np.arange(-1000, 1001) / 100, dtype=tf.float32)
x_np = x.numpy().astype(np.float64)  # the same float32 points, for the float64 reference formulas

with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    relu = tf.nn.relu(x)
    relu6 = tf.nn.relu6(x)
    sigmoid = tf.nn.sigmoid(x)
    tanh = tf.nn.tanh(x)
    softplus = tf.nn.softplus(x)
d_relu, d_relu6, d_sigmoid, d_tanh, d_softplus = (
    tape.gradient(y, x).numpy() for y in (relu, relu6, sigmoid, tanh, softplus)
)
relu, relu6, sigmoid, tanh, softplus = (y.numpy() for y in (relu, relu6, sigmoid, tanh, softplus))

# (what the text says, what TensorFlow computed, the formula evaluated in float64 NumPy)
s64 = 1 / (1 + np.exp(-x_np))
t64 = (1 - np.exp(-2 * x_np)) / (1 + np.exp(-2 * x_np))
identities = [
    ("relu(x) = max(x, 0)", relu, np.maximum(x_np, 0)),
    ("relu6(x) = min(max(x, 0), 6)", relu6, np.minimum(np.maximum(x_np, 0), 6)),
    ("sigmoid(x) = 1 / (1 + exp(-x))", sigmoid, s64),
    ("tanh(x) = (1 - exp(-2x)) / (1 + exp(-2x))", tanh, t64),
    ("tanh(x) = 2 sigmoid(2x) - 1", tanh, 2 / (1 + np.exp(-2 * x_np)) - 1),
    ("softplus(x) = log(1 + exp(x))", softplus, np.log1p(np.exp(x_np))),
    ("softplus(x) = relu(x) + log(1 + exp(-|x|))", softplus, relu + np.log1p(np.exp(-abs(x_np)))),
    ("relu'(x) = 1 if x > 0 else 0", d_relu, (x_np > 0).astype(float)),
    ("relu6'(x) = 1 if 0 < x < 6 else 0", d_relu6, ((x_np > 0) & (x_np < 6)).astype(float)),
    ("sigmoid'(x) = sigmoid(x) (1 - sigmoid(x))", d_sigmoid, s64 * (1 - s64)),
    ("tanh'(x) = 1 - tanh(x)^2", d_tanh, 1 - t64**2),
    ("softplus'(x) = sigmoid(x)", d_softplus, s64),
]
print(f"{'formula':<46} max |TensorFlow - formula|")
for text, computed, expected in identities:
    np.testing.assert_allclose(computed, expected, rtol=1e-6, atol=1e-6, err_msg=text)
    print(f"{text:<46} {np.max(np.abs(computed - expected)):.1e}")

# Keras layers take the same functions by name: activation="relu" calls keras.activations.relu.
outputs = {"relu": relu, "relu6": relu6, "sigmoid": sigmoid, "tanh": tanh, "softplus": softplus}
for name, computed in outputs.items():
    np.testing.assert_allclose(keras.activations.get(name)(x).numpy(), computed, atol=1e-6)
    # Element-wise: same shape and dtype out as in (float64 here).
    for function in (getattr(tf.nn, name), keras.activations.get(name)):
        result = function(tf.zeros([2, 3], tf.float64))
        assert result.shape == (2, 3) and result.dtype == tf.float64
print("keras.activations.relu, relu6, sigmoid, tanh and softplus agree with tf.nn")

# Where the derivatives are largest, and how fast sigmoid and tanh saturate.
assert x_np[np.argmax(d_sigmoid)] == 0 and d_sigmoid.max() == 0.25
assert x_np[np.argmax(d_tanh)] == 0 and d_tanh.max() == 1
gap = softplus - relu  # largest at x = 0, where it is log 2
assert x_np[np.argmax(gap)] == 0 and np.isclose(gap.max(), np.log(2), rtol=1e-7)
print("\n   x   sigmoid'(x)   tanh'(x)")
for point in [0.0, 1.0, 2.0, 3.0, 5.0, 10.0]:
    i = np.flatnonzero(x_np == point)[0]
    print(f"{point:4.0f}   {d_sigmoid[i]:11.2e}   {d_tanh[i]:8.2e}")
assert d_tanh[x_np == 10.0] == 0  # float32 tanh(10) is exactly 1, so its gradient is exactly 0

# In float32, sigmoid(17) rounds to exactly 1, so a loss written as log(1 - sigmoid(x)) breaks.
one = tf.nn.sigmoid(tf.constant(17.0)).numpy()
log_rest = tf.math.log(1.0 - one).numpy()
assert one == 1.0 and np.isneginf(log_rest)
print(f"\nfloat32: sigmoid(17) = {one}, so log(1 - sigmoid(17)) = {log_rest}")
# The formula log(1 + exp(x)) overflows for large x; tf.nn.softplus is computed stably.
naive = tf.math.log(1.0 + tf.exp(100.0)).numpy()
stable = tf.nn.softplus(100.0).numpy()
assert np.isinf(naive) and stable == 100.0
print(f"float32: log(1 + exp(100)) = {naive}, but tf.nn.softplus(100) = {stable}")

# The book's warning: sigmoid and tanh units saturate when the inputs are not normalised.
# One dense layer (64 inputs -> 64 units, Keras's default Glorot initialisation) is fed pixel-like
# values in [0, 255], then the same values standardised to mean 0 and variance 1 per feature.
keras.utils.set_random_seed(0)
raw = np.random.default_rng(0).uniform(0, 255, size=(256, 64)).astype("float32")
standardised = (raw - raw.mean(axis=0)) / raw.std(axis=0)
dense = keras.layers.Dense(64)
widths = {"tanh |y| > 0.99": 17, "mean tanh'": 12, "relu y > 0": 12, "mean relu": 11}
print("\n" + " " * 22 + "".join(f"{text:>{width}}" for text, width in widths.items()))
results = {}
for label, inputs in [("inputs in [0, 255]", raw), ("standardised inputs", standardised)]:
    z = dense(inputs).numpy()
    tanh_z = tf.nn.tanh(z).numpy()
    saturated = np.mean(np.abs(tanh_z) > 0.99)
    slope = np.mean(1 - tanh_z**2)
    active = np.mean(z > 0)
    size = np.mean(np.maximum(z, 0))
    results[label] = saturated, slope
    print(f"{label:<22}{saturated:>17.1%}{slope:>12.3f}{active:>12.1%}{size:>11.2f}")
assert results["inputs in [0, 255]"][0] > 0.9 > 0.1 > results["standardised inputs"][0]
assert results["inputs in [0, 255]"][1] < 0.1 < 0.5 < results["standardised inputs"][1]
