"""
TensorBoard histograms, drawn with matplotlib
=============================================

The histogram-dashboard listings of section 2.5: seven distributions that change over 400
steps (a normal with a moving mean, a normal with a shrinking spread, their bimodal
concatenation, gamma, Poisson, uniform, and all of them together) are written to real TensorBoard
event files with ``tf.summary.histogram``. The files are then read back with TensorBoard's own
``EventAccumulator`` and drawn the way the dashboard draws them, in its *offset* view (one
ridge per step, older steps further back) and its *overlay* view (all steps on one axis). See
:ref:`seed-2-5` for the text.
"""

import shutil
import tempfile

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorboard.backend.event_processing import event_accumulator

tf.random.set_seed(0)

# %%
# Write the summaries
# -------------------
# ``k`` runs from 0 to 1 over the 400 steps. The loop body is a ``tf.function``: summary writes
# in eager mode are about ten times slower. Gamma with ``alpha = 0`` and Poisson with
# ``lam = 0`` are degenerate, so those two start from a small positive ``k``.

N_STEPS = 400
logdir = tempfile.mkdtemp(prefix="histograms-")
writer = tf.summary.create_file_writer(logdir)


@tf.function
def write_step(step):
    k = tf.cast(step, tf.float32) / N_STEPS
    k_pos = tf.maximum(k, 1.0 / N_STEPS)
    mean_moving_normal = tf.random.normal([1000], mean=5 * k, stddev=1)
    variance_shrinking_normal = tf.random.normal([1000], mean=0, stddev=1 - k)
    normal_combined = tf.concat([mean_moving_normal, variance_shrinking_normal], 0)
    gamma = tf.random.gamma([1000], alpha=k_pos)
    poisson = tf.random.poisson([1000], lam=k_pos)
    uniform = tf.random.uniform([1000], maxval=k * 10)
    all_combined = tf.concat(
        [mean_moving_normal, variance_shrinking_normal, gamma, poisson, uniform], 0
    )
    with writer.as_default(step=step):
        tf.summary.histogram("normal/moving_mean", mean_moving_normal)
        tf.summary.histogram("normal/shrinking_variance", variance_shrinking_normal)
        tf.summary.histogram("normal/bimodal", normal_combined)
        tf.summary.histogram("gamma", gamma)
        tf.summary.histogram("poisson", poisson)
        tf.summary.histogram("uniform", uniform)
        tf.summary.histogram("all_combined", all_combined)


for step in range(N_STEPS):
    write_step(tf.constant(step, tf.int64))
writer.flush()

# %%
# Read the event files back
# -------------------------
# TensorFlow 2 stores each histogram as a tensor of shape (buckets, 3): the left edge, right
# edge and count of each bucket, 30 buckets of equal width by default.

events = event_accumulator.EventAccumulator(
    logdir, size_guidance={event_accumulator.TENSORS: 0}
).Reload()
tags = sorted(events.Tags()["tensors"])
print("tags:", tags)
histograms = {}
for tag in tags:
    records = events.Tensors(tag)
    steps = np.array([r.step for r in records])
    buckets = np.stack([tf.make_ndarray(r.tensor_proto) for r in records])
    histograms[tag] = (steps, buckets)
steps, buckets = histograms["normal/moving_mean"]
print("normal/moving_mean:", len(steps), "steps, each", buckets.shape[1:], "[left, right, count]")
assert len(steps) == N_STEPS and buckets.shape[1:] == (30, 3)
assert np.all(buckets[:, :, 2].sum(axis=1) == 1000)
centres = (buckets[:, :, 0] + buckets[:, :, 1]) / 2
means = (centres * buckets[:, :, 2]).sum(axis=1) / 1000
shutil.rmtree(logdir)  # the event files are no longer needed
print(f"mean of the moving-mean normal: step 0 {means[0]:.2f}, step 399 {means[-1]:.2f}")

# %%
# The offset view
# ---------------
# Every 25th step is drawn as one ridge, shifted up by its step: the dashboard's default view.
# Darker ridges are older.

ORDER = [
    "normal/moving_mean",
    "normal/shrinking_variance",
    "normal/bimodal",
    "gamma",
    "poisson",
    "uniform",
    "all_combined",
]


def offset_plot(ax, tag, every=25):
    steps, buckets = histograms[tag]
    chosen = range(0, len(steps), every)
    peak = max(buckets[i, :, 2].max() for i in chosen)
    for n, i in enumerate(reversed(chosen)):
        centre = (buckets[i, :, 0] + buckets[i, :, 1]) / 2
        height = buckets[i, :, 2] / peak * 4 * every
        colour = plt.cm.Oranges(0.95 - 0.6 * i / len(steps))
        ax.fill_between(centre, steps[i], steps[i] + height, color=colour, alpha=0.9, zorder=n)
        ax.plot(centre, steps[i] + height, color="white", lw=0.6, zorder=n)
    ax.set_title(tag)
    ax.set_ylabel("step")


fig, axes = plt.subplots(2, 4, figsize=(15, 7.5), layout="constrained")
for ax, tag in zip(axes.flat, ORDER, strict=False):
    offset_plot(ax, tag)
axes.flat[-1].set_axis_off()
fig.suptitle("Offset view: one histogram per step, later steps higher up")

# %%
# The overlay view
# ----------------
# The same histograms drawn on one count axis, older steps darker, for three of the tags.

fig, axes = plt.subplots(1, 3, figsize=(15, 4), layout="constrained")
for ax, tag in zip(
    axes, ["normal/moving_mean", "normal/shrinking_variance", "poisson"], strict=True
):
    steps, buckets = histograms[tag]
    for i in range(0, len(steps), 25):
        centre = (buckets[i, :, 0] + buckets[i, :, 1]) / 2
        ax.plot(centre, buckets[i, :, 2], color=plt.cm.Oranges(1 - 0.7 * i / len(steps)))
    ax.set_title(f"{tag} (overlay)")
    ax.set_xlabel("value")
    ax.set_ylabel("count per bucket")
plt.show()
