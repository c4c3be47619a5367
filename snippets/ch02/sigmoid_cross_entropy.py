"""Section 2.3.2: tf.nn.sigmoid_cross_entropy_with_logits, one yes/no decision per element."""

import keras
import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)

# A batch of 3 examples with 4 independent labels each (multi-label classification): the
# targets are 0 or 1 (probabilities in between are allowed too) and have the logits' shape.
logits = tf.constant([[2.0, -1.0, 0.0, 4.0], [-3.0, 0.5, 1.5, -0.5], [0.2, -2.0, 3.0, 1.0]])
labels = tf.constant([[1.0, 0.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0], [1.0, 0.0, 1.0, 0.5]])
loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits)
print("logits", logits.shape, "labels", labels.shape, "-> loss", loss.shape, loss.dtype.name)
print(loss.numpy())
assert loss.shape == logits.shape

# The loss written with the sigmoid, and the rearranged form that TensorFlow evaluates.
x, z = logits.numpy().astype(np.float64), labels.numpy().astype(np.float64)
p = 1 / (1 + np.exp(-x))
naive = -z * np.log(p) - (1 - z) * np.log(1 - p)
stable = np.maximum(x, 0) - x * z + np.log1p(np.exp(-np.abs(x)))
np.testing.assert_allclose(loss.numpy(), stable, rtol=1e-6, atol=1e-6)
np.testing.assert_allclose(loss.numpy(), naive, rtol=1e-6, atol=1e-6)
print("equals -z log(sigmoid(x)) - (1 - z) log(1 - sigmoid(x)) = max(x, 0) - x z + log(1 + e^-|x|)")

# With large logits the first form breaks down in float32, because sigmoid(x) rounds to 0 or 1.
big = tf.constant([-100.0, -20.0, 20.0, 100.0])
target = tf.constant([1.0, 1.0, 0.0, 0.0])
s = tf.nn.sigmoid(big)
by_hand = -target * tf.math.log(s) - (1 - target) * tf.math.log(1 - s)
fused = tf.nn.sigmoid_cross_entropy_with_logits(labels=target, logits=big)
print("\nlogits             ", big.numpy())
print("labels             ", target.numpy())
print("log(sigmoid(x)) form", by_hand.numpy())
print("tf.nn function      ", fused.numpy())
assert np.all(np.isinf(by_hand.numpy()[[0, 2, 3]])) and np.all(np.isfinite(fused.numpy()))
np.testing.assert_allclose(fused.numpy(), [100.0, 20.0, 20.0, 100.0], rtol=1e-6)

# Keras: BinaryCrossentropy(from_logits=True) is the mean of the same element-wise losses.
bce = keras.losses.BinaryCrossentropy(from_logits=True)
np.testing.assert_allclose(bce(labels, logits).numpy(), tf.reduce_mean(loss).numpy(), rtol=1e-6)
print(
    "\nkeras.losses.BinaryCrossentropy(from_logits=True):",
    f"{bce(labels, logits).numpy():.6f}",
    "== mean of the element-wise loss",
)

# TF 2's positional order is (labels, logits). The book's order (logits, targets) is accepted
# without complaint and silently computes something else: pass both by keyword.
swapped = tf.nn.sigmoid_cross_entropy_with_logits(logits, labels)
assert not np.allclose(swapped.numpy(), loss.numpy())
print("positional (logits, labels) gives a different, wrong loss:", swapped.numpy()[0])
