"""
Random initializers
===================

``tf.random_normal_initializer`` and ``tf.random_uniform_initializer`` compared with their
TensorFlow 1.x versions, which ``tf.compat.v1`` keeps: TensorFlow 2 changed the default spread of
both. The example also shows the seeded initializers' repeatable values, the ``get_config`` /
``from_config`` round trip, and an initializer in a Keras layer.

The classes are described in :ref:`seed-9-1-13` and :ref:`seed-9-1-17`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
N = 100_000

# %%
# Default initializers, TensorFlow 2 and TensorFlow 1
# ---------------------------------------------------
# The TensorFlow 2 classes default to a standard deviation of 0.05 and the range [-0.05, 0.05);
# TensorFlow 1.x used 1.0 and [0, 1).

initializers = {
    "TF 2 random_normal_initializer()": tf.random_normal_initializer(seed=1),
    "TF 1 random_normal_initializer()": tf.compat.v1.random_normal_initializer(seed=1),
    "TF 2 random_uniform_initializer()": tf.random_uniform_initializer(seed=1),
    "TF 1 random_uniform_initializer()": tf.compat.v1.random_uniform_initializer(seed=1),
}
values = {name: init([N]).numpy() for name, init in initializers.items()}
for name, sample in values.items():
    print(
        f"{name:<34} mean {sample.mean():+.3f}  std {sample.std():.3f}  "
        f"range [{sample.min():+.3f}, {sample.max():+.3f}]"
    )

fig, axes = plt.subplots(2, 2, figsize=(11, 7), layout="constrained")
for ax, (name, sample) in zip(axes.flat, values.items(), strict=True):
    ax.hist(sample, bins=80, density=True, color="tab:blue" if "TF 2" in name else "tab:gray")
    ax.set_title(name)
    ax.set_xlabel("initial value")

# %%
# Seeds, configuration and Keras
# ------------------------------
# With an integer seed a TensorFlow 2 initializer returns the same values on every call.
# ``get_config`` gives the constructor arguments, from which ``from_config`` builds a twin.

seeded = tf.random_uniform_initializer(-1, 1, seed=7)
print("seeded, two calls equal:", np.array_equal(seeded([6]), seeded([6])))
twin = tf.random_uniform_initializer.from_config(seeded.get_config())
print(
    "config:",
    seeded.get_config(),
    "| twin gives the same values:",
    np.array_equal(twin([6]), seeded([6])),
)

layer = keras.layers.Dense(
    256, kernel_initializer=keras.initializers.RandomNormal(stddev=0.02, seed=0)
)
layer.build((None, 512))
kernel = layer.kernel.numpy()
print(f"Dense kernel {kernel.shape}: std {kernel.std():.4f} (asked for 0.02)")
assert abs(kernel.std() - 0.02) < 0.001

plt.show()
