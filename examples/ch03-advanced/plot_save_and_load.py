"""
Saving and loading a model
==========================

One small Keras model saved in the four ways section 3.1 of the notes describes: a
``tf.train.Checkpoint`` (the successor of ``tf.train.Saver``), the native ``.keras`` file, a
SavedModel export, and a bare graph written with ``tf.io.write_graph`` and imported again with
``tf.graph_util.import_graph_def``. For each format the script lists the files written, reloads
the model and checks that the restored model predicts exactly what the original did.
See :ref:`seed-3-1` for the text.
"""

import tempfile
from pathlib import Path

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(5, 4)).astype("float32")


def build():
    return keras.Sequential(
        [keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(2)]
    )


model = build()
model.compile(optimizer="adam", loss="mse")
model.fit(x, np.ones((5, 2)), epochs=2, verbose=0)  # so that the optimizer has state too
expected = model.predict(x, verbose=0)

tmp = tempfile.TemporaryDirectory()
root = Path(tmp.name)
sizes = {}


def listing(folder, title):
    files = sorted(p for p in Path(folder).rglob("*") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    sizes[title] = total
    print(f"{title}: {len(files)} file(s), about {total / 1024:.0f} KiB")
    for p in files:
        print(f"    {p.relative_to(root)!s:<52} {p.stat().st_size / 1024:6.1f} KiB")


# %%
# A checkpoint: the variables, not the program
# --------------------------------------------
# ``tf.train.Checkpoint`` saves the values of the variables it can reach from the objects it is
# given, here the model and its optimizer. It does not save the code that uses them: to restore,
# build the same model again and let the checkpoint fill in its variables.

checkpoint = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
manager = tf.train.CheckpointManager(checkpoint, root / "ckpt", max_to_keep=2)
manager.save()
listing(root / "ckpt", "tf.train.Checkpoint")

fresh = build()
fresh_optimizer = keras.optimizers.Adam()
fresh_optimizer.build(fresh.trainable_variables)
status = tf.train.Checkpoint(model=fresh, optimizer=fresh_optimizer).restore(
    manager.latest_checkpoint
)
status.assert_existing_objects_matched()
np.testing.assert_array_equal(fresh.predict(x, verbose=0), expected)
print("restored from the checkpoint: predictions equal\n")

# %%
# The ``.keras`` file: architecture, weights and optimizer in one zip
# -------------------------------------------------------------------
# Keras 3's own format needs no code to rebuild the model: ``keras.models.load_model`` reads
# the architecture from the file. ``save_weights`` writes the weights alone, like a checkpoint.

(root / "keras").mkdir()
model.save(root / "keras" / "model.keras")
model.save_weights(root / "keras" / "model.weights.h5")
listing(root / "keras", "model.save / save_weights")
loaded = keras.models.load_model(root / "keras" / "model.keras")
np.testing.assert_array_equal(loaded.predict(x, verbose=0), expected)
print("keras.models.load_model: predictions equal\n")

# %%
# A SavedModel: graph and variables, for serving
# ----------------------------------------------
# ``model.export`` writes a SavedModel: a ``saved_model.pb`` with the traced graphs, and the
# variables beside it. It loads with ``tf.saved_model.load`` in any TensorFlow program (or in
# TensorFlow Serving) without the Python code that built the model.

model.export(root / "saved_model", verbose=False)
listing(root / "saved_model", "SavedModel (model.export)")
reloaded = tf.saved_model.load(root / "saved_model")
np.testing.assert_allclose(reloaded.serve(x).numpy(), expected, rtol=1e-6)
print("tf.saved_model.load(...).serve: predictions equal\n")

# %%
# A bare graph: ``write_graph`` and ``import_graph_def``
# ------------------------------------------------------
# The book's second bullet. ``tf.io.write_graph`` saves a ``GraphDef`` protocol buffer: the
# structure of the computation only. To make the file usable on its own, the variables are
# first turned into constants ("freezing"); the function that does it lives in TensorFlow's
# internal module ``tensorflow.python.framework.convert_to_constants``, which is not a public API.

from tensorflow.python.framework.convert_to_constants import (
    convert_variables_to_constants_v2,
)

concrete = tf.function(lambda inputs: model(inputs)).get_concrete_function(
    tf.TensorSpec([None, 4], tf.float32, name="inputs")
)
frozen = convert_variables_to_constants_v2(concrete)
graph_def = frozen.graph.as_graph_def()
tf.io.write_graph(graph_def, str(root / "graph"), "frozen.pb", as_text=False)
listing(root / "graph", "tf.io.write_graph")

read_back = tf.compat.v1.GraphDef()
read_back.ParseFromString((root / "graph" / "frozen.pb").read_bytes())
output_name = frozen.outputs[0].name


def import_graph():
    tf.graph_util.import_graph_def(read_back, name="")


wrapped = tf.compat.v1.wrap_function(import_graph, [])
imported = wrapped.prune(
    wrapped.graph.get_tensor_by_name("inputs:0"), wrapped.graph.get_tensor_by_name(output_name)
)
np.testing.assert_allclose(imported(tf.constant(x)).numpy(), expected, rtol=1e-6)
ops = sorted({node.op for node in read_back.node})
print("ops in the imported graph:", ", ".join(ops))
print("tf.graph_util.import_graph_def: predictions equal")

# %%
# Sizes on disk
# -------------
# For a model this small the variables are a few hundred bytes; what dominates is the
# description of the computation (the SavedModel's traced graphs, the ``.keras`` configuration)
# and the container formats themselves (the HDF5 weights file, the zip).

fig, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
names = list(sizes)
ax.barh(names, [sizes[n] / 1024 for n in names], color="tab:blue")
for i, name in enumerate(names):
    ax.text(sizes[name] / 1024, i, f" {sizes[name] / 1024:.1f} KiB", va="center")
ax.invert_yaxis()
ax.set_xlabel("size on disk (KiB)")
ax.set_xlim(0, max(sizes.values()) / 1024 * 1.3)
ax.set_title("One 58-parameter model, four ways to save it")
tmp.cleanup()
plt.show()
