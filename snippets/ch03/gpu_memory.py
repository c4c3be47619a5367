"""Section 3.2.2: memory growth in TF 2, and the TF 1.x GPU options that still exist.

On a machine without a GPU the loop below does nothing; on one with GPUs it must run before
TensorFlow touches a GPU, which is why it comes first in a program.
"""

import tensorflow as tf

gpus = tf.config.list_physical_devices("GPU")
print("GPUs:", gpus or "none on this machine")

# allow_growth = True: allocate GPU memory as needed instead of mapping nearly all of it.
# (The environment variable TF_FORCE_GPU_ALLOW_GROWTH=true does the same.)
for gpu in gpus:
    try:
        tf.config.experimental.set_memory_growth(gpu, True)
    except RuntimeError as error:  # the GPU was already in use: the setting comes too late
        print("too late for", gpu.name, "-", error)

# The TF 1.x options still exist, for code that runs a tf.compat.v1.Session.
config = tf.compat.v1.ConfigProto()
config.gpu_options.allow_growth = True
config.gpu_options.per_process_gpu_memory_fraction = 0.4
print(config)
assert config.gpu_options.allow_growth
assert abs(config.gpu_options.per_process_gpu_memory_fraction - 0.4) < 1e-9
