"""Section 2.3.1: tf.nn.conv2d, the shape of its output, and the Keras layer that wraps it."""

import math

import keras
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

# The book's example: 10 images of 9 x 9 pixels with 3 channels (NHWC), and a 2 x 2 kernel that
# maps 3 input channels to 2 output channels. Plain tensors will do: no tf.Variable is needed.
images = tf.random.normal([10, 9, 9, 3])
kernel = tf.random.normal([2, 2, 3, 2])
same = tf.nn.conv2d(images, kernel, strides=1, padding="SAME")
valid = tf.nn.conv2d(images, kernel, strides=1, padding="VALID")
print("input", images.shape, "* kernel", kernel.shape)
print("  SAME  ->", same.shape)
print("  VALID ->", valid.shape)
assert same.shape == (10, 9, 9, 2) and valid.shape == (10, 8, 8, 2)


# Output height (and width) for input size n, kernel size k and stride s.
def out_size(n, k, s, padding):
    return math.ceil(n / s) if padding == "SAME" else math.ceil((n - k + 1) / s)


print("\n n  k  s   SAME: ceil(n/s)   VALID: ceil((n-k+1)/s)")
for n, k, s in [(9, 2, 1), (9, 2, 2), (9, 3, 2), (9, 3, 3), (10, 3, 2), (28, 5, 1), (28, 5, 2)]:
    x = tf.random.normal([1, n, n, 1])
    w = tf.random.normal([k, k, 1, 1])
    got = {p: tf.nn.conv2d(x, w, strides=s, padding=p).shape[1] for p in ("SAME", "VALID")}
    assert got == {p: out_size(n, k, s, p) for p in ("SAME", "VALID")}, (n, k, s, got)
    print(f"{n:2d} {k:2d} {s:2d}   {got['SAME']:15d}   {got['VALID']:22d}")

# What one output value is: a sum over the kernel window and the input channels, with the kernel
# not flipped (strictly a cross-correlation, as in every deep-learning library).
b, i, j, o = 4, 2, 5, 1
window = images[b, i : i + 2, j : j + 2, :]  # VALID, stride 1: the window starts at (i, j)
manual = np.sum(window.numpy() * kernel[:, :, :, o].numpy())
np.testing.assert_allclose(valid[b, i, j, o].numpy(), manual, rtol=1e-5, atol=1e-5)
print(
    f"\nvalid[{b}, {i}, {j}, {o}] = {valid[b, i, j, o].numpy():.5f};",
    f"sum(window * kernel[..., {o}]) = {manual:.5f}",
)

# SAME pads with zeros; when the padding is odd, the extra row and column go at the bottom/right.
explicit = tf.nn.conv2d(images, kernel, strides=1, padding=[[0, 0], [0, 1], [0, 1], [0, 0]])
np.testing.assert_allclose(same.numpy(), explicit.numpy(), rtol=1e-5, atol=1e-5)
print("SAME with a 2 x 2 kernel == explicit padding [[0, 0], [0, 1], [0, 1], [0, 0]]")

# keras.layers.Conv2D computes the same thing; its kernel has the same [kh, kw, in, out] layout.
for strides, padding in [(1, "same"), (2, "same"), (2, "valid")]:
    layer = keras.layers.Conv2D(2, kernel_size=2, strides=strides, padding=padding, use_bias=False)
    layer.build(images.shape)
    layer.set_weights([kernel.numpy()])
    expected = tf.nn.conv2d(images, kernel, strides=strides, padding=padding.upper())
    np.testing.assert_allclose(layer(images).numpy(), expected.numpy(), rtol=1e-5, atol=1e-5)
    print(
        f"keras.layers.Conv2D(strides={strides}, padding={padding!r}):",
        layer(images).shape,
        "== tf.nn.conv2d",
    )
