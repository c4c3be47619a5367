"""
Two-worker training with MultiWorkerMirroredStrategy
====================================================

The distributed engine of chapter 4, running: two TensorFlow worker processes on this machine
train one small model together with ``tf.distribute.MultiWorkerMirroredStrategy``. Each worker
reads its own half of the scikit-learn digits (saved for them by this script) and computes
gradients on it, and the two exchange gradients over gRPC on the loopback interface (127.0.0.1)
at every step, so that both hold the same weights throughout.

The cluster is described to each process by the ``TF_CONFIG`` environment variable. The script
picks free ports, starts both workers with a hard time limit, stops them in a ``finally`` block
even when one fails, and raises an error that names the failing worker instead of hanging.
See :ref:`seed-3-2` for the text.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

# %%
# The worker program
# ------------------
# Both workers run the same script. The strategy reads ``TF_CONFIG``; ``task.index`` tells each
# process which worker it is. Each worker feeds its replica half of a global batch of 64
# (``distribute_datasets_from_function`` hands each worker its own input pipeline), the loss is
# averaged over the global batch, and the gradients are summed across the workers before the
# optimizer applies them. The worker prints one JSON line per step. At the end it waits, through a
# marker file, until the other worker is done too, then exits without the slow teardown of the
# distributed runtime.

WORKER = textwrap.dedent(
    """
    import json, os, time
    import numpy as np
    import tensorflow as tf
    import keras

    keras.utils.set_random_seed(0)
    strategy = tf.distribute.MultiWorkerMirroredStrategy()
    index = json.loads(os.environ["TF_CONFIG"])["task"]["index"]
    data = np.load("digits.npz")
    x, y = data["x"], data["y"]
    GLOBAL_BATCH, STEPS = 64, 12

    def dataset_fn(context):
        batch = context.get_per_replica_batch_size(GLOBAL_BATCH)
        ds = tf.data.Dataset.from_tensor_slices((x, y))
        ds = ds.shard(context.num_input_pipelines, context.input_pipeline_id)
        return ds.shuffle(1000, seed=0).repeat().batch(batch)

    with strategy.scope():
        model = keras.Sequential(
            [keras.Input((64,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(10)]
        )
        optimizer = keras.optimizers.SGD(learning_rate=0.5)
    loss_fn = keras.losses.SparseCategoricalCrossentropy(
        from_logits=True, reduction="none"
    )
    iterator = iter(strategy.distribute_datasets_from_function(dataset_fn))

    @tf.function
    def train_step(batch):
        def step(features, labels):
            with tf.GradientTape() as tape:
                per_example = loss_fn(labels, model(features, training=True))
                loss = tf.nn.compute_average_loss(per_example, global_batch_size=GLOBAL_BATCH)
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            return loss
        per_replica = strategy.run(step, args=batch)
        return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

    for number in range(STEPS):
        loss = float(train_step(next(iterator)))
        print(json.dumps({"worker": index, "step": number, "loss": loss}), flush=True)
    checksum = float(sum(tf.reduce_sum(v).numpy() for v in model.trainable_variables))
    print(json.dumps({"worker": index, "checksum": checksum}), flush=True)

    # Shutting down the gRPC server of a worker can take many seconds. Once both workers have
    # finished every collective operation (each marks it with a file), neither needs the other,
    # and each can leave at once.
    open(f"done{index}", "w").close()
    while not all(os.path.exists(f"done{i}") for i in range(2)):
        time.sleep(0.05)
    os._exit(0)
    """
)


# %%
# Free ports and ``TF_CONFIG``
# ----------------------------
# Binding a socket to port 0 lets the operating system choose a free port. Only 127.0.0.1
# appears in the cluster, so nothing listens beyond this machine.


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


cluster = {"worker": [f"127.0.0.1:{free_port()}", f"127.0.0.1:{free_port()}"]}
print("cluster:", {"worker": ["127.0.0.1:<free port>"] * 2})


# %%
# Start the workers, wait with a deadline, always clean up
# --------------------------------------------------------
# Each worker writes its output to a file in a temporary directory (a full pipe cannot block
# it). The loop polls both processes: when one fails, or when the deadline passes, the other is
# stopped and an error names what went wrong.


def run_workers(script, cluster, timeout_s=90.0):
    """Run one process per worker; return the JSON records each printed."""
    folder = Path(script).parent
    processes, logs = [], []
    try:
        for index in range(len(cluster["worker"])):
            tf_config = {"cluster": cluster, "task": {"type": "worker", "index": index}}
            env = {**os.environ, "TF_CONFIG": json.dumps(tf_config), "CUDA_VISIBLE_DEVICES": ""}
            env["TF_CPP_MIN_LOG_LEVEL"] = "2"
            log = open(folder / f"worker{index}.log", "w+")  # noqa: SIM115 (closed below)
            logs.append(log)
            processes.append(
                subprocess.Popen(
                    [sys.executable, script],
                    cwd=folder,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        deadline = time.monotonic() + timeout_s
        while any(p.poll() is None for p in processes):
            for index, process in enumerate(processes):
                if process.poll() not in (None, 0):
                    logs[index].seek(0)
                    tail = logs[index].read()[-1500:]
                    raise RuntimeError(
                        f"worker {index} exited with status {process.returncode}:\n{tail}"
                    )
            if time.monotonic() > deadline:
                late = [i for i, p in enumerate(processes) if p.poll() is None]
                raise TimeoutError(f"worker(s) {late} still running after {timeout_s:.0f} s")
            time.sleep(0.2)
        records = []
        for index, (process, log) in enumerate(zip(processes, logs, strict=True)):
            if process.returncode != 0:
                raise RuntimeError(f"worker {index} exited with status {process.returncode}")
            log.seek(0)
            records.append([json.loads(line) for line in log if line.startswith("{")])
        return records
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
        for log in logs:
            log.close()


with tempfile.TemporaryDirectory() as tmp:
    script = Path(tmp) / "worker.py"
    script.write_text(WORKER)
    digits = load_digits()
    np.savez(
        Path(tmp) / "digits.npz",
        x=(digits.data / 16.0).astype("float32"),
        y=digits.target.astype("int32"),
    )
    start = time.perf_counter()
    records = run_workers(str(script), cluster)
    elapsed = time.perf_counter() - start

# %%
# What the workers report
# -----------------------
# Both workers print the same loss at every step (the reduced loss of the global batch) and end
# with the same weights: the all-reduce kept their copies of the model identical.

losses = [[r["loss"] for r in worker if "loss" in r] for worker in records]
checksums = [next(r["checksum"] for r in worker if "checksum" in r) for worker in records]
print(f"two workers, {len(losses[0])} synchronous steps, {elapsed:.0f} s in all")
print("step   loss (worker 0)   loss (worker 1)")
for step, (a, b) in enumerate(zip(*losses, strict=True)):
    print(f"{step:4d}   {a:15.4f}   {b:15.4f}")
print("weight checksums:", [f"{c:.4f}" for c in checksums])
np.testing.assert_allclose(losses[0], losses[1], rtol=1e-5)
np.testing.assert_allclose(checksums[0], checksums[1], rtol=1e-5)
assert losses[0][-1] < losses[0][0]

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
ax.plot(losses[0], "o-", lw=3, alpha=0.5, label="worker 0")
ax.plot(losses[1], "x--", color="tab:red", label="worker 1")
ax.set_xlabel("training step")
ax.set_ylabel("loss of the global batch")
ax.set_title("MultiWorkerMirroredStrategy: two processes, one model")
ax.legend()
plt.show()
