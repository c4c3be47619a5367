"""Section 9.2.7: tf.image.resize (TF 1: tf.image.resize_images); half-pixel centres in TF 2."""

import numpy as np
import tensorflow as tf

np.set_printoptions(precision=3, suppress=True)
identity = tf.eye(5)[..., None]  # a 5x5 one-channel image
new = tf.image.resize(identity, [3, 5])[..., 0].numpy()
old = tf.compat.v1.image.resize_images(identity, [3, 5])[..., 0].numpy()
print("TF 2 tf.image.resize, bilinear:\n", new)
print("TF 1 resize_images (tf.compat.v1), bilinear:\n", old)
np.testing.assert_allclose(new[0], [2 / 3, 1 / 3, 0, 0, 0], atol=1e-6)
np.testing.assert_allclose(old[0], [1, 0, 0, 0, 0], atol=1e-6)

# align_corners is gone from TF 2; TF 1 still offers it.
corners = tf.compat.v1.image.resize_images(identity, [3, 5], align_corners=True)[..., 0].numpy()
print("TF 1 with align_corners=True, row 1:", corners[1])

# The result is float32 for every method except nearest neighbour, which keeps the dtype.
pixels = tf.constant(np.arange(16, dtype=np.uint8).reshape(4, 4, 1))
for method in ("bilinear", "nearest", "bicubic", "area", "lanczos3", "gaussian", "mitchellcubic"):
    print(f"{method:<14} -> {tf.image.resize(pixels, [8, 8], method=method).dtype.name}")
assert tf.image.resize(pixels, [8, 8], method="nearest").dtype == tf.uint8

# preserve_aspect_ratio fits the image inside the size; batches (4-D) work the same way.
print(
    "600x512 into [300, 300], aspect kept:",
    tf.image.resize(tf.zeros([600, 512, 3]), [300, 300], preserve_aspect_ratio=True).shape,
)
print("a batch of 2:", tf.image.resize(tf.zeros([2, 10, 10, 3]), [5, 20]).shape)
print("hasattr(tf.image, 'resize_images'):", hasattr(tf.image, "resize_images"))
