"""
Convolution layers: shapes, an edge filter and parameter counts
===============================================================

The Keras layers that replace ``tf.layers.conv1d``, ``conv2d``, ``conv3d``, the transposed
convolutions and ``separable_conv2d``: the output shapes for several settings, a ``Conv2D``
whose kernel is set to the Sobel edge filter and applied to a photograph, transposed
convolutions that enlarge a feature map, and the parameters a separable convolution saves.

The layers are described in :ref:`seed-9-3`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib import cbook

keras.utils.set_random_seed(0)

# %%
# Output shapes
# -------------
# For ``"valid"`` padding a dimension of size n becomes floor((n - k) / s) + 1; for ``"same"`` it
# becomes ceil(n / s). Transposed convolutions go the other way: (n - 1) s + k for ``"valid"``,
# n s for ``"same"``.

cases = [
    ("Conv1D(8, 3)", keras.layers.Conv1D(8, 3), [4, 10, 16]),
    ("Conv1D(8, 3, padding='causal')", keras.layers.Conv1D(8, 3, padding="causal"), [4, 10, 16]),
    ("Conv2D(32, 3)", keras.layers.Conv2D(32, 3), [4, 10, 10, 8]),
    ("Conv2D(32, 3, 2, 'same')", keras.layers.Conv2D(32, 3, 2, "same"), [4, 10, 10, 8]),
    ("Conv2D(32, 3, dilation_rate=2)", keras.layers.Conv2D(32, 3, dilation_rate=2), [4, 10, 10, 8]),
    ("Conv3D(32, 3)", keras.layers.Conv3D(32, 3), [4, 10, 10, 10, 8]),
    ("Conv2DTranspose(32, 2, 2)", keras.layers.Conv2DTranspose(32, 2, 2), [4, 10, 8, 8]),
    ("Conv2DTranspose(32, 3, 2)", keras.layers.Conv2DTranspose(32, 3, 2), [4, 10, 8, 8]),
    ("Conv3DTranspose(32, 2, 2)", keras.layers.Conv3DTranspose(32, 2, 2), [4, 10, 8, 12, 8]),
]
for text, layer, shape in cases:
    print(f"{text:<32} {tuple(shape)!s:<20} -> {layer(tf.zeros(shape)).shape}")

# %%
# A Sobel edge filter as a Conv2D kernel
# --------------------------------------
# The kernel is fixed with a ``Constant`` initializer and the layer has no bias. Two output
# channels hold the horizontal and vertical gradients of the grey image; their length is the
# edge strength.

path = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
photo = tf.image.convert_image_dtype(tf.io.decode_jpeg(tf.io.read_file(str(path))), tf.float32)
grey = tf.image.rgb_to_grayscale(photo)[None]  # (1, 600, 512, 1)
sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float32)
kernel = np.stack([sobel_x, sobel_x.T], axis=-1)[:, :, None, :]  # (3, 3, 1, 2)
edges = keras.layers.Conv2D(
    2, 3, padding="same", use_bias=False, kernel_initializer=keras.initializers.Constant(kernel)
)
gradients = edges(grey)[0]
strength = tf.norm(gradients, axis=-1)
print("Sobel Conv2D:", grey.shape, "->", gradients.shape, "| kernel", tuple(edges.kernel.shape))
np.testing.assert_allclose(gradients, tf.nn.conv2d(grey, kernel, 1, "SAME")[0], atol=1e-5)

# %%
# Transposed convolution and separable convolution
# ------------------------------------------------
# A transposed convolution with stride 2 and a 2 x 2 kernel of ones copies each input value into
# a 2 x 2 block (it enlarges by repetition). A separable convolution factors a 3 x 3 x 32 x 64
# kernel into a depthwise 3 x 3 filter per channel and a 1 x 1 mixing step.

small = tf.reshape(tf.range(1.0, 10.0), [1, 3, 3, 1])
up = keras.layers.Conv2DTranspose(1, 2, strides=2, use_bias=False, kernel_initializer="ones")
big = up(small)[0, :, :, 0]
print("Conv2DTranspose of 3x3 -> ", big.shape)
counts = {}
for layer in (keras.layers.Conv2D(64, 3), keras.layers.SeparableConv2D(64, 3)):
    layer(tf.zeros([1, 28, 28, 32]))
    counts[type(layer).__name__] = layer.count_params()
    print(
        f"{type(layer).__name__:<16} {layer.count_params():>6} parameters:",
        [tuple(w.shape) for w in layer.weights],
    )

fig, axes = plt.subplots(1, 4, figsize=(15, 4), layout="constrained")
axes[0].imshow(grey[0, :, :, 0], cmap="gray")
axes[0].set_title("grey input")
axes[1].imshow(strength, cmap="magma")
axes[1].set_title("Sobel Conv2D: edge strength")
for ax in axes[:2]:
    ax.set_axis_off()
axes[2].imshow(big, cmap="viridis")
axes[2].set_title("Conv2DTranspose(1, 2, strides=2)\nof the 3 x 3 grid 1..9")
axes[3].bar(list(counts), list(counts.values()), color=["tab:gray", "tab:green"])
axes[3].set_title("parameters: 32 -> 64 channels, 3 x 3")
for x, value in enumerate(counts.values()):
    axes[3].text(x, value, f"{value:,}", ha="center", va="bottom")

plt.show()
