"""Section 9.1.17: tf.random_uniform_initializer; the defaults changed between TF 1 and TF 2."""

import inspect

import numpy as np
import tensorflow as tf

print("TF 2:", inspect.signature(tf.random_uniform_initializer.__init__))
print("TF 1:", inspect.signature(tf.compat.v1.random_uniform_initializer.__init__))

default = tf.random_uniform_initializer(seed=0)([100_000]).numpy()
print(f"TF 2 defaults: values in [{default.min():.4f}, {default.max():.4f}]")
assert default.min() >= -0.05 and default.max() < 0.05

old = tf.compat.v1.random_uniform_initializer(seed=0)([100_000]).numpy()
print(f"TF 1 defaults: values in [{old.min():.4f}, {old.max():.4f}]")
assert old.min() >= 0.0 and old.max() < 1.0 and old.max() > 0.99

init = tf.random_uniform_initializer(-1, 1, seed=5)
print("get_config():", init.get_config())
assert init.get_config() == {"minval": -1, "maxval": 1, "seed": 5}
assert np.array_equal(init([4]), init([4]))  # seeded: the same values every call
# The book's from_config example, in TF 2 names:
initializer = tf.random_uniform_initializer(-1, 1)
config = initializer.get_config()
initializer = tf.random_uniform_initializer.from_config(config)
print("from_config gives a", type(initializer).__name__, "with", initializer.get_config())
print("TF 1 config:", tf.compat.v1.random_uniform_initializer().get_config())
