"""Sections 3.4.10-3.4.11: predictions from logits, one-hot labels and the cross-entropy loss."""

import keras
import numpy as np
import tensorflow as tf

logits = tf.constant([[2.0, 0.5, -1.0, 0.1], [0.2, 0.1, 0.3, 3.0]])
labels = tf.constant([0, 3])

# 3.4.10: the predicted class and the probabilities.
print("classes:      ", tf.argmax(logits, axis=1).numpy())
print("probabilities:\n", tf.nn.softmax(logits).numpy().round(4))

# 3.4.11: one-hot labels, then softmax cross-entropy against the logits.
onehot_labels = tf.one_hot(indices=tf.cast(labels, tf.int32), depth=4)
print("one-hot labels:\n", onehot_labels.numpy())
loss = keras.losses.CategoricalCrossentropy(from_logits=True)(onehot_labels, logits)
sparse = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(labels, logits)
by_hand = -np.mean(np.log(tf.nn.softmax(logits).numpy()[[0, 1], labels.numpy()]))
print(f"loss with one-hot labels {float(loss):.6f}, with class indices {float(sparse):.6f}")
np.testing.assert_allclose([float(loss), float(sparse)], by_hand, rtol=1e-6)
