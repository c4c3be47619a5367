"""Section 5.5: measuring a step honestly - warm up, exclude tracing, repeat, take the median.

One dense layer's forward and backward pass, run eagerly, as a tf.function and as a tf.function
compiled with XLA (jit_compile=True).
"""

import statistics
import time

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([256, 512])
w = tf.Variable(tf.random.normal([512, 512]) * 0.05)


def step(x):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.relu(x @ w) ** 2)
    return loss, tape.gradient(loss, w)


versions = {
    "eager": step,
    "tf.function": tf.function(step),
    "tf.function + XLA": tf.function(step, jit_compile=True),
}
reference = step(x)
print(f"{'version':<20} {'first call':>11} {'median step':>12}")
first_call, median = {}, {}
for name, function in versions.items():
    start = time.perf_counter()
    loss, grad = function(x)  # the first call traces (and compiles) the function
    first = time.perf_counter() - start
    np.testing.assert_allclose(loss, reference[0], rtol=1e-4)
    np.testing.assert_allclose(grad, reference[1], rtol=1e-3, atol=1e-6)
    samples = []
    for _ in range(30):
        start = time.perf_counter()
        _, grad = function(x)
        grad.numpy()  # wait for the result: work may still be running asynchronously
        samples.append(time.perf_counter() - start)
    first_call[name], median[name] = first, statistics.median(samples)
    print(f"{name:<20} {first * 1000:9.1f} ms {median[name] * 1000:9.2f} ms")
print("all three versions compute the same loss and gradient")
# Tracing (and compiling) makes the first call of a tf.function slower than its later steps,
# and a traced step beats eager execution, which dispatches each operation from Python.
assert all(first_call[n] > median[n] for n in ("tf.function", "tf.function + XLA"))
assert median["tf.function"] < median["eager"]
