"""Section 3.2, using multiple devices: the book's tower loop on two logical CPUs, then the same
computation with tf.distribute.MirroredStrategy.

The CPU is split into two logical devices before anything else touches TensorFlow's runtime:
once the runtime has started, the device list can no longer change.
"""

import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()]
)
devices = [device.name for device in tf.config.list_logical_devices("CPU")]
print("logical devices:", devices)

# The book's multi-tower loop, with '/CPU:0' and '/CPU:1' standing in for '/gpu:0' and '/gpu:1'.
towers = []
for device in ["/CPU:0", "/CPU:1"]:
    with tf.device(device):
        a = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=[2, 3])
        b = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=[3, 2])
        towers.append(tf.matmul(a, b))
with tf.device("/CPU:0"):
    total = tf.add_n(towers)
for tower in towers:
    print("tower on", tower.device, "->", tower.numpy().tolist())
print("add_n on", total.device, "->", total.numpy().tolist())
assert [t.device[-5:] for t in towers] == ["CPU:0", "CPU:1"]
np.testing.assert_array_equal(total.numpy(), [[44.0, 56.0], [98.0, 128.0]])

# The same thing with a distribution strategy: one replica per device, then a reduction.
# (The strategy logs its devices and warns that running it eagerly is slow, which is fine for a
# demonstration: training code runs it inside tf.function. Only errors are logged here.)
tf.get_logger().setLevel("ERROR")
strategy = tf.distribute.MirroredStrategy(["/CPU:0", "/CPU:1"])
print("\nreplicas in sync:", strategy.num_replicas_in_sync)


def tower():
    a = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=[2, 3])
    b = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], shape=[3, 2])
    return tf.matmul(a, b)


per_replica = strategy.run(tower)  # eager here, so each result stays on its own device
replicas = strategy.experimental_local_results(per_replica)
for value in replicas:
    print("replica on", value.device, "->", value.numpy().tolist())
assert [value.device[-5:] for value in replicas] == ["CPU:0", "CPU:1"]
reduced = strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)
print("strategy.reduce(SUM) ->", reduced.numpy().tolist())
np.testing.assert_array_equal(reduced.numpy(), total.numpy())

# Variables created under the strategy's scope are mirrored: one copy per device, kept equal.
with strategy.scope():
    v = tf.Variable(1.0)
print("mirrored variable:", [c.device[-5:] for c in v.values])
