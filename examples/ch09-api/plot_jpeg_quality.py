"""
JPEG quality, file size and error
=================================

``tf.io.encode_jpeg`` compresses matplotlib's bundled photograph of Grace Hopper at qualities
from 5 to 100, and ``tf.io.decode_jpeg`` reads each result back. The plot shows how the file
shrinks and the error grows as the quality drops, and a close-up of the face at low quality
shows the 8 x 8 blocks of the JPEG transform.

The codec functions are described in :ref:`seed-9-2-2` and :ref:`seed-9-2-3`. The exact sizes
depend on the libjpeg version TensorFlow was built with.
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib import cbook

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
original = tf.io.decode_jpeg(tf.io.read_file(str(path)))
print("original:", original.shape, original.dtype.name)

# %%
# A quality sweep
# ---------------
# The error is the mean absolute difference per pixel value (0-255) between the decoded result
# and the image that was encoded.

qualities = [5, 10, 20, 30, 50, 70, 85, 95, 100]
sizes, errors, decoded = [], [], {}
for quality in qualities:
    encoded = tf.io.encode_jpeg(original, quality=quality)
    image = tf.io.decode_jpeg(encoded)
    decoded[quality] = image.numpy()
    sizes.append(len(encoded.numpy()) / 1024)
    errors.append(np.abs(image.numpy().astype(float) - original.numpy()).mean())
    print(f"quality {quality:>3}: {sizes[-1]:6.1f} KiB, mean |error| {errors[-1]:.2f}")
assert sizes == sorted(sizes)

fig, (ax_size, ax_error, ax_face, ax_low) = plt.subplots(
    1, 4, figsize=(16, 4.2), layout="constrained"
)
ax_size.plot(qualities, sizes, "o-", color="tab:blue")
ax_size.set_xlabel("quality")
ax_size.set_ylabel("KiB")
ax_size.set_title("encode_jpeg: file size")
ax_error.plot(qualities, errors, "s-", color="tab:red")
ax_error.set_xlabel("quality")
ax_error.set_ylabel("mean |error| (0-255)")
ax_error.set_title("error after decode_jpeg")

# %%
# A close-up
# ----------
# The same 96 x 96 pixels of the original and of the quality-10 file.

window = np.s_[150:246, 200:296]
ax_face.imshow(original.numpy()[window])
ax_face.set_title("original (close-up)")
ax_low.imshow(decoded[10][window])
ax_low.set_title(f"quality 10: {sizes[1]:.1f} KiB")
for ax in (ax_face, ax_low):
    ax.set_axis_off()

plt.show()
