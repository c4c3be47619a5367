"""Section 5.2.5: fused batch normalization, then and now."""

import keras
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([16, 8, 8, 4], mean=3.0, stddev=2.0)

# Keras 3 has no `fused` argument: it picks the implementation itself.
try:
    keras.layers.BatchNormalization(fused=True)
except (TypeError, ValueError) as error:
    print(f"{type(error).__name__}: {error}")

bn = keras.layers.BatchNormalization(epsilon=1e-3)
y = bn(x, training=True)
print(
    "Keras BatchNormalization, training: mean",
    f"{float(tf.reduce_mean(y)):+.4f},",
    "std",
    f"{float(tf.math.reduce_std(y)):.4f}",
)

# The separate operations of the unfused version: moments, subtract, divide, scale, shift.
mean, variance = tf.nn.moments(x, axes=[0, 1, 2])
unfused = (x - mean) / tf.sqrt(variance + 1e-3) * bn.gamma + bn.beta
# The single fused kernel, the one `fused=True` selected in TF 1.x.
fused = tf.raw_ops.FusedBatchNormV3(
    x=x,
    scale=bn.gamma,
    offset=bn.beta,
    mean=tf.zeros([0]),
    variance=tf.zeros([0]),
    epsilon=1e-3,
    is_training=True,
)
np.testing.assert_allclose(fused.y, y, atol=1e-4)
np.testing.assert_allclose(unfused, y, atol=1e-4)
print("FusedBatchNormV3 and the five separate ops agree with Keras to 1e-4")


# How many ops each version puts in a graph.
def count_ops(function):
    graph = tf.function(function).get_concrete_function(tf.TensorSpec(x.shape)).graph
    return len([op for op in graph.get_operations() if op.type not in ("Placeholder", "Identity")])


def separate(t):
    m, v = tf.nn.moments(t, axes=[0, 1, 2])
    return (t - m) / tf.sqrt(v + 1e-3)


def one_kernel(t):
    ones, zeros = tf.ones([4]), tf.zeros([4])
    return tf.raw_ops.FusedBatchNormV3(
        x=t,
        scale=ones,
        offset=zeros,
        mean=tf.zeros([0]),
        variance=tf.zeros([0]),
        epsilon=1e-3,
        is_training=True,
    ).y


print(f"graph ops: separate {count_ops(separate)}, fused {count_ops(one_kernel)}")
assert count_ops(one_kernel) < count_ops(separate)
