"""Section 9.1.10: tf.image.random_crop (TF 1: tf.random_crop) and its stateless twin."""

import re

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
image = tf.reshape(tf.range(6 * 8 * 3), [6, 8, 3])  # a 6x8 RGB "image" with distinct values
crop = tf.image.random_crop(image, size=[3, 4, 3])  # keep all 3 channels: give their full size
print("crop shape:", crop.shape)
assert crop.shape == (3, 4, 3)

# The crop is a contiguous block of the input: find where it starts.
first = int(crop[0, 0, 0])
row, column = divmod(first // 3, 8)
np.testing.assert_array_equal(crop, image[row : row + 3, column : column + 4, :])
print(f"this crop starts at row {row}, column {column}")

# Every call draws a new position; the stateless version depends only on its seed.
starts = {tuple(tf.image.random_crop(image, [3, 4, 3])[0, 0, :1].numpy()) for _ in range(20)}
print("distinct crops in 20 calls:", len(starts))
a = tf.image.stateless_random_crop(image, [3, 4, 3], seed=[1, 2])
b = tf.image.stateless_random_crop(image, [3, 4, 3], seed=[1, 2])
assert np.array_equal(a, b)
print("stateless_random_crop with the same seed gives the same crop:", np.array_equal(a, b))

# size may equal the input's size but not exceed it.
try:
    tf.image.random_crop(image, [7, 4, 3])
except tf.errors.InvalidArgumentError as error:
    print("size [7, 4, 3]:", type(error).__name__, "-", re.search(r"Need [^,]*", error.message)[0])

# TF 1's name survives only in tf.compat.v1.
print("hasattr(tf, 'random_crop'):", hasattr(tf, "random_crop"))
print("tf.compat.v1.random_crop:", tf.compat.v1.random_crop(image, [3, 4, 3]).shape)
