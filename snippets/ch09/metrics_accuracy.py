"""Section 9.1.7: accuracy as a stateful Keras metric; tf.metrics.accuracy is gone."""

import keras
import tensorflow as tf

labels = [[1], [2], [3], [4]]
predictions = [[0], [2], [3], [4]]
accuracy = keras.metrics.Accuracy()
accuracy.update_state(labels, predictions)
print("accuracy:", float(accuracy.result()))
assert float(accuracy.result()) == 0.75

# The metric accumulates over calls (TF 1: running update_op repeatedly) until reset_state().
accuracy.update_state([[5], [6]], [[5], [0]])  # one right, one wrong: 4 of 6 so far
print("after a second batch:", round(float(accuracy.result()), 4))
assert abs(float(accuracy.result()) - 4 / 6) < 1e-6

# sample_weight plays the part of TF 1's weights: here only the first two examples count.
accuracy.reset_state()
accuracy.update_state(labels, predictions, sample_weight=[1, 1, 0, 0])
print("weighted [1, 1, 0, 0]:", float(accuracy.result()))
assert float(accuracy.result()) == 0.5

# Accuracy compares values exactly; for class scores use an argmax first, or the
# SparseCategoricalAccuracy metric, which does it for you.
scores = [[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]]
sparse = keras.metrics.SparseCategoricalAccuracy()
sparse.update_state([1, 0, 0], scores)
print("SparseCategoricalAccuracy on scores:", round(float(sparse.result()), 4))
assert abs(float(sparse.result()) - 2 / 3) < 1e-6

# What is left of TF 1's function: tf.metrics is Keras's module, without a lowercase accuracy,
# and tf.compat.v1.metrics.accuracy refuses to run eagerly.
print(
    "tf.metrics.Accuracy is keras.metrics.Accuracy:", tf.metrics.Accuracy is keras.metrics.Accuracy
)
print("hasattr(tf.metrics, 'accuracy'):", hasattr(tf.metrics, "accuracy"))
try:
    tf.compat.v1.metrics.accuracy(labels, predictions)
except RuntimeError as error:
    print("tf.compat.v1.metrics.accuracy:", error)
