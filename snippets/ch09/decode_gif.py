"""Section 9.2.1: tf.io.decode_gif on an animated GIF written with Pillow (TF cannot encode GIF)."""

import io
import re

import numpy as np
import tensorflow as tf
from PIL import Image

# Six 40x60 frames: a red square moving right over a blue background (only 2 colours, so the
# GIF palette holds them exactly and decoding must give the frames back unchanged).
frames = np.zeros((6, 40, 60, 3), np.uint8)
frames[..., 2] = 160
for i in range(6):
    frames[i, 10:30, 8 * i : 8 * i + 20] = [230, 30, 30]
buffer = io.BytesIO()
pictures = [Image.fromarray(frame) for frame in frames]
pictures[0].save(buffer, format="GIF", save_all=True, append_images=pictures[1:], duration=100)
contents = buffer.getvalue()
print(f"GIF file: {len(contents)} bytes, starts with {contents[:6]!r}")

decoded = tf.io.decode_gif(contents)
print("decoded:", decoded.shape, decoded.dtype.name)
assert decoded.shape == (6, 40, 60, 3) and decoded.dtype == tf.uint8
assert np.array_equal(decoded.numpy(), frames)
print("frames equal to the originals:", np.array_equal(decoded.numpy(), frames))

# The tf.image name is the same function; a file that is not a GIF is an error.
assert tf.image.decode_gif is tf.io.decode_gif
try:
    tf.io.decode_gif(b"not a gif")
except tf.errors.InvalidArgumentError as error:
    print(
        "not a GIF:",
        type(error).__name__,
        "-",
        re.sub(r"\{\{.*?\}\} ", "", error.message).split(" [Op:")[0],
    )
