"""Sections 5.6.2 and 5.6.6: 8-bit quantization with a minimum and a maximum per tensor.

A float range [min, max] is divided into 255 equal steps; code 0 stands for min and 255 for max.
"""

import numpy as np
import tensorflow as tf


def quantize(x, lo, hi):
    return np.round((np.asarray(x, np.float64) - lo) / (hi - lo) * 255).astype(np.uint8)


def dequantize(q, lo, hi):
    return lo + q.astype(np.float64) * (hi - lo) / 255


# The book's table (section 5.6.6): the range -10 to 30.
lo, hi = -10.0, 30.0
print(f"range [{lo}, {hi}]: one step = {(hi - lo) / 255:.4f}")
print(f"{'code':>6} {'value':>9}")
for code in [0, 1, 64, 128, 254, 255]:
    print(f"{code:>6} {dequantize(np.uint8(code), lo, hi):9.4f}")
np.testing.assert_allclose(dequantize(np.array([0, 255], np.uint8), lo, hi), [lo, hi])
assert quantize(10.0, lo, hi) == 128  # 10 is not exactly a code: 128 stands for 10.0784
# TensorFlow's own op gives the same codes (quiet its internal deprecation notice).
tf.get_logger().setLevel("ERROR")
codes = tf.quantization.quantize(tf.constant([-10.0, 10.0, 30.0]), lo, hi, tf.quint8).output
print("tf.quantization.quantize([-10, 10, 30]) ->", tf.cast(codes, tf.int32).numpy())
np.testing.assert_array_equal(tf.cast(codes, tf.int32).numpy(), [0, 128, 255])

# Section 5.6.2's example: a layer whose weights lie between -3 and 6.
lo, hi = -3.0, 6.0
rng = np.random.default_rng(0)
weights = rng.uniform(lo, hi, size=10_000)
restored = dequantize(quantize(weights, lo, hi), lo, hi)
error = np.abs(restored - weights).max()
print(
    f"\nrange [{lo}, {hi}]: code 0 -> {dequantize(np.uint8(0), lo, hi)},",
    f"255 -> {dequantize(np.uint8(255), lo, hi)}, 128 -> {dequantize(np.uint8(128), lo, hi):.4f}",
)
print(
    f"largest rounding error over 10,000 weights: {error:.4f} (half a step: {(hi - lo) / 510:.4f})"
)
assert error <= (hi - lo) / 510 + 1e-12
print(
    f"storage: {weights.astype(np.float32).nbytes:,} bytes as float32,",
    f"{quantize(weights, lo, hi).nbytes + 8:,} as uint8 plus two float32 (min, max)",
)

# Today's form (TensorFlow Lite, Jacob et al. 2018): real = scale * (q - zero_point). The zero
# point is an integer code, so the range is nudged slightly to make 0.0 exactly representable,
# which matters for zero padding and ReLU.
lo, hi = -10.0, 30.0
scale = (hi - lo) / 255
zero_point = round(-lo / scale)
nudged = (scale * (0 - zero_point), scale * (255 - zero_point))
print(f"\naffine form of [-10, 30]: scale = {scale:.6f}, zero_point = {zero_point} (uint8)")
print(f"nudged range [{nudged[0]:.4f}, {nudged[1]:.4f}]; code {zero_point} is exactly 0.0")
assert zero_point == 64 and scale * (zero_point - zero_point) == 0.0
