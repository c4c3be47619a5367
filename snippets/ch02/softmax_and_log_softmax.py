"""Section 2.3.2: tf.nn.softmax and tf.nn.log_softmax."""

import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)

logits = tf.constant([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])  # 2 examples, 3 classes
probabilities = tf.nn.softmax(logits)  # along the last axis by default
print("softmax(logits):\n", probabilities.numpy())
print("row sums:", tf.reduce_sum(probabilities, axis=-1).numpy())

x = logits.numpy().astype(np.float64)
np.testing.assert_allclose(
    probabilities.numpy(), np.exp(x) / np.exp(x).sum(axis=-1, keepdims=True), rtol=1e-6
)
np.testing.assert_allclose(tf.reduce_sum(probabilities, axis=-1).numpy(), 1.0, rtol=1e-6)

# log_softmax(x) = x - log(sum(exp(x))), computed without forming the probabilities.
log_probabilities = tf.nn.log_softmax(logits)
np.testing.assert_allclose(
    log_probabilities.numpy(),
    (logits - tf.reduce_logsumexp(logits, axis=-1, keepdims=True)).numpy(),
    rtol=1e-6,
)
np.testing.assert_allclose(log_probabilities.numpy(), np.log(probabilities.numpy()), rtol=1e-5)
print("log_softmax(logits) = logits - logsumexp(logits):\n", log_probabilities.numpy())

# Adding the same number to every logit of a row changes nothing, so TensorFlow can subtract the
# row maximum first: no overflow, where exp(1000) alone is inf in float32.
shifted = logits + 1000.0  # float32 rounds the shifted logits: equal to about 1e-4
np.testing.assert_allclose(tf.nn.softmax(shifted).numpy(), probabilities.numpy(), atol=1e-4)
by_hand = tf.exp(shifted) / tf.reduce_sum(tf.exp(shifted), axis=-1, keepdims=True)
assert np.all(np.isnan(by_hand.numpy()))
print("\nsoftmax(logits + 1000):\n", tf.nn.softmax(shifted).numpy())
print("exp(logits + 1000) / sum(exp(logits + 1000)) in float32:\n", by_hand.numpy())

# Very unlikely classes: their probability underflows to 0, so log(softmax) gives -inf, while
# log_softmax keeps the exact value.
far = tf.constant([0.0, -200.0])
print("\nlog(softmax([0, -200])) =", tf.math.log(tf.nn.softmax(far)).numpy())
print("log_softmax([0, -200])  =", tf.nn.log_softmax(far).numpy())
assert np.isneginf(tf.math.log(tf.nn.softmax(far)).numpy()[1])
np.testing.assert_allclose(tf.nn.log_softmax(far).numpy(), [0.0, -200.0])

# `axis` (TF 1.x called it `dim`) picks the axis that sums to 1.
by_column = tf.nn.softmax(logits, axis=0)
np.testing.assert_allclose(tf.reduce_sum(by_column, axis=0).numpy(), 1.0, rtol=1e-6)
print("\nsoftmax(logits, axis=0), column sums:", tf.reduce_sum(by_column, axis=0).numpy())
