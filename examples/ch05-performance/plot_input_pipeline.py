"""
A tf.data input pipeline: serial, prefetched, parallel, cached
==============================================================

Sections 5.2.1 and 5.2.2 of the notes: a training step should never wait for its data. The
script simulates a training loop whose step takes 30 ms, fed by a pipeline whose preprocessing
takes 2 ms per example (a Python function standing in for decoding and distorting an image), and
times one epoch in four versions: preprocessing one example after the other; the same, but
prefetched, so that it runs while the step runs; in parallel and prefetched; and computed once
and cached.
See :ref:`seed-5-2-1` for the text.
"""

import time

import matplotlib.pyplot as plt
import tensorflow as tf

tf.random.set_seed(0)
EXAMPLES, BATCH, PREPROCESS_S, STEP_S = 256, 32, 0.002, 0.030


def slow_preprocess(x):
    """2 ms of work per example that TensorFlow cannot see into (like decoding a JPEG)."""

    def work(value):
        time.sleep(PREPROCESS_S)
        return value * 2.0

    return tf.py_function(work, [x], tf.float32)


def train_step(batch):
    time.sleep(STEP_S)  # the accelerator busy with one batch
    return float(tf.reduce_sum(batch))


# tf.data quietly parallelises maps, fuses map and batch, and inserts a prefetch by itself; all
# three are switched off here so that each version does exactly what it says.
options = tf.data.Options()
options.experimental_optimization.map_parallelization = False
options.experimental_optimization.inject_prefetch = False
options.experimental_optimization.map_and_batch_fusion = False
source = tf.data.Dataset.range(EXAMPLES).map(lambda i: tf.cast(i, tf.float32))
source = source.with_options(options)
pipelines = {
    "naive map": source.map(slow_preprocess).batch(BATCH),
    "naive map\n+ prefetch": source.map(slow_preprocess).batch(BATCH).prefetch(2),
    "parallel map\n+ prefetch": source.map(slow_preprocess, num_parallel_calls=tf.data.AUTOTUNE)
    .batch(BATCH)
    .prefetch(tf.data.AUTOTUNE),
    "cache\n+ prefetch": source.map(slow_preprocess, num_parallel_calls=tf.data.AUTOTUNE)
    .batch(BATCH)
    .cache()
    .prefetch(tf.data.AUTOTUNE),
}

# %%
# Time one epoch of each
# ----------------------
# Each pipeline runs three epochs and the faster of the last two counts, which smooths out the
# noise of a busy machine. (For the cached pipeline the first epoch fills the cache, so the later
# ones read preprocessed batches from memory.) All four deliver the same data.

times, totals = {}, {}
for name, dataset in pipelines.items():
    epoch_times = []
    for _epoch in range(3):
        start = time.perf_counter()
        total = sum(train_step(batch) for batch in dataset)
        epoch_times.append(time.perf_counter() - start)
    elapsed = min(epoch_times[1:])
    times[name], totals[name] = elapsed, total
    print(f"{name.replace(chr(10), ' '):<26} {elapsed:5.2f} s per epoch")

assert len(set(totals.values())) == 1  # same result whatever the pipeline
steps = EXAMPLES // BATCH
print(
    f"\nlower bound: {steps} steps x {STEP_S * 1000:.0f} ms = {steps * STEP_S:.2f} s;",
    f"serial preprocessing adds {EXAMPLES} x {PREPROCESS_S * 1000:.0f} ms =",
    f"{EXAMPLES * PREPROCESS_S:.2f} s",
)
assert times["cache\n+ prefetch"] < times["naive map"]

# %%
# The chart
# ---------
# The dashed line is the time the training steps alone take: a pipeline that reaches it keeps
# the accelerator busy all the time.

fig, ax = plt.subplots(figsize=(8, 4), layout="constrained")
names = list(times)
bars = ax.bar(
    names, [times[n] for n in names], color=["tab:red", "tab:orange", "tab:green", "tab:blue"]
)
ax.axhline(steps * STEP_S, color="0.3", ls="--", label="training steps alone")
for bar, name in zip(bars, names, strict=True):
    ax.text(
        bar.get_x() + bar.get_width() / 2,
        bar.get_height(),
        f"{times[name]:.2f} s",
        ha="center",
        va="bottom",
    )
ax.set_ylabel("seconds per epoch")
ax.set_title(f"One epoch of {steps} training steps, {EXAMPLES} examples")
ax.legend()
plt.show()
