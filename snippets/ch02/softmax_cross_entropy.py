"""Section 2.3.2: softmax cross-entropy with one-hot (dense) and with integer (sparse) labels."""

import re

import keras
import numpy as np
import tensorflow as tf

np.set_printoptions(precision=4, suppress=True)

# 4 examples, 3 mutually exclusive classes.
logits = tf.constant([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [-1.0, 0.0, 3.0], [1.0, 1.0, 1.0]])
classes = tf.constant([0, 1, 2, 0])  # int32, shape [batch], values in [0, 3)
one_hot = tf.one_hot(classes, depth=3)  # float32, shape [batch, 3]

dense = tf.nn.softmax_cross_entropy_with_logits(labels=one_hot, logits=logits)
sparse = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=classes, logits=logits)
print("logits", logits.shape, "one-hot labels", one_hot.shape, "-> loss", dense.shape)
print("logits", logits.shape, "class labels", classes.shape, "  -> loss", sparse.shape)
print("softmax_cross_entropy_with_logits:       ", dense.numpy())
print("sparse_softmax_cross_entropy_with_logits:", sparse.numpy())

# Cross-entropy of each row: -sum(labels * log_softmax(logits)). With one-hot labels this is minus
# the log-probability of the true class, which is what the sparse version computes.
by_hand = -tf.reduce_sum(one_hot * tf.nn.log_softmax(logits), axis=-1)
np.testing.assert_allclose(dense.numpy(), by_hand.numpy(), rtol=1e-6)
np.testing.assert_allclose(sparse.numpy(), dense.numpy(), rtol=1e-6)
# A row of equal logits gives probability 1/3 to each class: the loss is log 3.
np.testing.assert_allclose(dense.numpy()[3], np.log(3), rtol=1e-6)

# The dense version also takes a probability distribution per row ("soft" labels).
soft = tf.constant([[0.8, 0.1, 0.1], [0.0, 1.0, 0.0], [0.2, 0.2, 0.6], [1 / 3, 1 / 3, 1 / 3]])
soft_loss = tf.nn.softmax_cross_entropy_with_logits(labels=soft, logits=logits)
np.testing.assert_allclose(
    soft_loss.numpy(), -tf.reduce_sum(soft * tf.nn.log_softmax(logits), axis=-1).numpy(), rtol=1e-6
)
print("with soft labels:                        ", soft_loss.numpy())

# Keras: the same losses, averaged over the batch.
categorical = keras.losses.CategoricalCrossentropy(from_logits=True)
sparse_categorical = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
np.testing.assert_allclose(categorical(one_hot, logits).numpy(), np.mean(dense), rtol=1e-6)
np.testing.assert_allclose(sparse_categorical(classes, logits).numpy(), np.mean(sparse), rtol=1e-6)
print(f"\nmean over the batch: {np.mean(dense):.6f}")
print(f"keras CategoricalCrossentropy(from_logits=True):       {categorical(one_hot, logits):.6f}")
print(
    f"keras SparseCategoricalCrossentropy(from_logits=True): "
    f"{sparse_categorical(classes, logits):.6f}"
)

# A class label outside [0, num_classes) is an error (on the CPU; see the text for GPUs).
try:
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([0, 1, 2, 3]), logits=logits)
except tf.errors.InvalidArgumentError as error:
    first_line = str(error).splitlines()[0]
    print("\nlabels [0, 1, 2, 3] ->", type(error).__name__)
    print(re.sub(r"^\{\{[^}]*\}\}\s*", "", first_line))  # without the internal function name
else:
    raise AssertionError("an out-of-range label must raise InvalidArgumentError")
