"""Section 2.1.3: tf.nn.batch_normalization against the formulas, and the Keras layer."""

import keras
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([64, 3], mean=[5.0, -2.0, 0.0], stddev=[3.0, 0.5, 1.0])

# Statistics over the batch dimension (axis 0): one mean and one variance per feature.
mean, variance = tf.nn.moments(x, axes=[0])
offset = tf.constant([0.0, 1.0, 2.0])  # beta
scale = tf.constant([1.0, 2.0, 0.5])  # gamma
eps = 1e-3
y = tf.nn.batch_normalization(x, mean, variance, offset, scale, variance_epsilon=eps)

# The formulas (2.1)-(2.5), written out with NumPy.
xn = x.numpy()
mu = xn.mean(axis=0)  # (2.4)
sigma2 = ((xn - mu) ** 2).mean(axis=0)  # (2.5): divides by m, not m - 1
x_hat = (xn - mu) / np.sqrt(sigma2 + eps)  # (2.1)
np.testing.assert_allclose(mean, mu, rtol=1e-5)
np.testing.assert_allclose(variance, sigma2, rtol=1e-4)
np.testing.assert_allclose(y, x_hat * scale.numpy() + offset.numpy(), atol=1e-5)  # (2.2)
print("batch means before:", np.round(mu, 3), " variances:", np.round(sigma2, 3))
print("after, per feature: mean", np.round(y.numpy().mean(axis=0), 3))
print("                    std ", np.round(y.numpy().std(axis=0), 3), "(= scale)")

# keras.layers.BatchNormalization does the same with learned gamma and beta (initially 1 and 0)
# when training, and keeps moving averages of the statistics for inference.
layer = keras.layers.BatchNormalization(epsilon=eps)
out_train = layer(x, training=True)
np.testing.assert_allclose(out_train, x_hat, atol=1e-4)
out_infer = layer(x, training=False)  # uses moving averages, which start at mean 0, variance 1
moving_mean = layer.moving_mean.numpy()
np.testing.assert_allclose(moving_mean, 0.01 * mu, rtol=1e-4)  # momentum 0.99 after one update
print("Keras layer, training=True: same as the formula; moving mean after one batch:")
print("  ", np.round(moving_mean, 4), "= 0.01 x batch mean (momentum 0.99)")
print("training=False output differs:", not np.allclose(out_infer, out_train, atol=1e-2))
