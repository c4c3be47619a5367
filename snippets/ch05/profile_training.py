"""Section 5.3: profile a few training steps and list where the time went.

tf.profiler.experimental.Profile writes a trace (an XSpace protocol buffer) that TensorBoard's
profiler plugin displays. Here the trace is read directly; the protobuf module used for that,
tensorflow.tsl.profiler.protobuf.xplane_pb2, is internal to TensorFlow, not a public API.
"""

import collections
import tempfile
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf
from tensorflow.tsl.profiler.protobuf import xplane_pb2

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).random((1024, 16, 16, 1), dtype=np.float32)
y = np.random.default_rng(1).integers(0, 10, 1024)
model = keras.Sequential(
    [
        keras.Input((16, 16, 1)),
        keras.layers.Conv2D(32, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ]
)
model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(x, y, epochs=1, batch_size=64, verbose=0)  # trace the step function before profiling

with tempfile.TemporaryDirectory() as logdir:
    with tf.profiler.experimental.Profile(logdir):
        model.fit(x, y, epochs=2, batch_size=64, verbose=0)
    trace = next(Path(logdir).rglob("*.xplane.pb"))
    print("trace written:", trace.relative_to(logdir).parts[:2], "... *.xplane.pb")
    space = xplane_pb2.XSpace()
    space.ParseFromString(trace.read_bytes())

# Sum the durations of the kernels run on TensorFlow's executor threads, by operation type.
per_op = collections.Counter()
for plane in space.planes:
    names = {key: meta.name for key, meta in plane.event_metadata.items()}
    for line in plane.lines:
        if line.name.startswith("tf_Compute"):
            for event in line.events:
                name = names[event.metadata_id]
                if ":" in name and "::" not in name:  # "op_name:OpType", not executor internals
                    per_op[name.split(":")[-1]] += event.duration_ps / 1e9  # ps -> ms
total = sum(per_op.values())
print(f"{'operation':<28} {'ms':>8} {'share':>6}")
for op_type, ms in per_op.most_common(8):
    print(f"{op_type:<28} {ms:8.1f} {ms / total:6.1%}")
assert any("Conv2D" in op for op in per_op)
