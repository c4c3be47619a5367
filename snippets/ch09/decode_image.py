"""Section 9.2.6: tf.io.decode_image reads the format from the bytes themselves."""

import io
import re

import numpy as np
import tensorflow as tf
from matplotlib import cbook
from PIL import Image

jpeg = tf.io.read_file(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
png = tf.io.read_file(str(cbook.get_sample_data("logo2.png", asfileobj=False)))
frames = [Image.new("RGB", (60, 40), colour) for colour in ("red", "green", "blue")]
buffer = io.BytesIO()
frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:])
gif = buffer.getvalue()

print(f"{'file':<6}{'default':<22}{'expand_animations=False':<26}dtype=float32 range")
for name, contents in [("JPEG", jpeg), ("PNG", png), ("GIF", gif)]:
    default = tf.io.decode_image(contents)
    first = tf.io.decode_image(contents, expand_animations=False)
    scaled = tf.io.decode_image(contents, dtype=tf.float32)
    print(
        f"{name:<6}{default.shape!s:<22}{first.shape!s:<26}"
        f"[{float(tf.reduce_min(scaled)):.1f}, {float(tf.reduce_max(scaled)):.1f}]"
    )
assert tf.io.decode_image(gif).shape == (3, 40, 60, 3)
assert tf.io.decode_image(gif, expand_animations=False).shape == (40, 60, 3)
np.testing.assert_allclose(
    tf.io.decode_image(png, dtype=tf.float32), tf.io.decode_png(png) / 255, atol=1e-6
)

# channels forces a number of channels; a GIF has no alpha channel to give.
print("PNG as channels=3:", tf.io.decode_image(png, channels=3).shape)
try:
    tf.io.decode_image(gif, channels=4)
except (ValueError, tf.errors.InvalidArgumentError) as error:
    print(
        "GIF as channels=4:",
        type(error).__name__,
        "-",
        re.sub(r"\{\{.*?\}\} ", "", str(error)).split(" [Op:")[0],
    )
