"""
Post-training 8-bit quantization with TensorFlow Lite
=====================================================

Section 5.6 of the notes, run end to end. A small convolutional network is trained on
scikit-learn's 8x8 digits, then converted to TensorFlow Lite twice: once in float32 and once with
full-integer (int8) post-training quantization, which the converter calibrates on a few hundred
training images. The script compares file size and test accuracy, lists the operations of the
quantized model with TensorFlow Lite's analyzer (the Quantize, int8 kernels and Dequantize of the
book's diagrams), and shows what 8 bits do to one layer's weights.
See :ref:`seed-5-6` for the text.
"""

import contextlib
import io
import warnings

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)
digits = load_digits()
x = (digits.images / 16.0).astype("float32")[..., None]
x_train, x_test, y_train, y_test = train_test_split(
    x, digits.target, test_size=0.2, random_state=0, stratify=digits.target
)

# %%
# A float model
# -------------
# The input has a fixed batch size of 1, the usual case on a device, which keeps the converted
# graph free of shape arithmetic.

model = keras.Sequential(
    [
        keras.Input((8, 8, 1), batch_size=1),
        keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(10),
    ]
)
trainer = keras.Sequential([keras.Input((8, 8, 1)), *model.layers])  # same layers, any batch
trainer.compile(
    optimizer=keras.optimizers.Adam(0.01),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
trainer.fit(x_train, y_train, epochs=15, batch_size=64, verbose=0)
_, keras_accuracy = trainer.evaluate(x_test, y_test, verbose=0)
print(f"Keras model: {model.count_params():,} parameters, test accuracy {keras_accuracy:.4f}")

# %%
# Convert: float32 and full-integer int8
# --------------------------------------
# For int8 the converter needs a *representative dataset*: it runs these inputs through the
# float model and records the minimum and maximum of every activation, as the book's Min/Max
# operations did, to fix the ranges of the 8-bit tensors. ``supported_ops`` insists on int8
# kernels throughout, and the input and output are int8 as well. (The converter prints the
# path of a temporary SavedModel; the script keeps that out of its output.)


def representative_dataset():
    for image in x_train[:300]:
        yield [image[None]]


def convert(quantize):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if quantize:
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.representative_dataset = representative_dataset
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        converter.inference_input_type = tf.int8
        converter.inference_output_type = tf.int8
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return converter.convert()


float_model, int8_model = convert(quantize=False), convert(quantize=True)

# %%
# Run both with the TensorFlow Lite interpreter
# ---------------------------------------------
# An int8 input must be quantized by the caller with the input tensor's scale and zero point:
# :math:`q = x / \mathrm{scale} + \mathrm{zero\_point}`. The interpreter is created without the
# default XNNPACK delegate so that the builtin kernels listed below are the ones that run.


def accuracy(tflite_model):
    with warnings.catch_warnings():  # tf.lite.Interpreter warns that LiteRT replaces it
        warnings.simplefilter("ignore")
        interpreter = tf.lite.Interpreter(
            model_content=tflite_model,
            experimental_op_resolver_type=tf.lite.experimental.OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES,
        )
    interpreter.allocate_tensors()
    inp, out = interpreter.get_input_details()[0], interpreter.get_output_details()[0]
    scale, zero_point = inp["quantization"]
    correct = 0
    for image, label in zip(x_test, y_test, strict=True):
        data = image[None]
        if inp["dtype"] == np.int8:
            data = np.clip(np.round(data / scale + zero_point), -128, 127).astype(np.int8)
        interpreter.set_tensor(inp["index"], data)
        interpreter.invoke()
        correct += int(np.argmax(interpreter.get_tensor(out["index"])[0]) == label)
    return correct / len(y_test), inp


float_accuracy, _ = accuracy(float_model)
int8_accuracy, int8_input = accuracy(int8_model)
print(f"{'model':<14} {'size (bytes)':>13} {'test accuracy':>14}")
print(f"{'float32':<14} {len(float_model):>13,} {float_accuracy:>14.4f}")
print(f"{'int8':<14} {len(int8_model):>13,} {int8_accuracy:>14.4f}")
print(f"int8 file: {len(int8_model) / len(float_model):.0%} of the float32 file")
input_scale, input_zero_point = int8_input["quantization"]
print(f"int8 input: scale {input_scale:.6f} (1/255), zero point {input_zero_point}")
assert len(int8_model) < 0.4 * len(float_model)  # weights shrink 4x, the rest does not
assert abs(int8_accuracy - float_accuracy) < 0.01

# %%
# The operations of the quantized model
# -------------------------------------
# The analyzer lists each operation with the tensors it reads and writes. Every kernel works on
# int8 tensors; there is no Quantize or Dequantize inside the graph, because the conversion has
# removed every pair that cancelled, leaving the conversions to the caller at the edges.

report = io.StringIO()
with contextlib.redirect_stdout(report):
    tf.lite.experimental.Analyzer.analyze(model_content=int8_model)
ops = [line.split("(")[0].split()[-1] for line in report.getvalue().splitlines() if " Op#" in line]
types = {
    line.split("type:")[1].split()[0].rstrip(",")
    for line in report.getvalue().splitlines()
    if line.strip().startswith("T#") and "type:" in line
}
print("operations:", " -> ".join(ops))
print("tensor types in the int8 model:", ", ".join(sorted(types)))
assert "CONV_2D" in ops and "FULLY_CONNECTED" in ops and "DEQUANTIZE" not in ops

# %%
# One layer's weights in 8 bits
# -----------------------------
# The book's scheme applied to the 8,192 weights of the first dense layer: 256 evenly spaced
# levels between their minimum and maximum. The rounding error is at most half a step.

weights = model.layers[-2].kernel.numpy().ravel()
lo, hi = weights.min(), weights.max()
step = (hi - lo) / 255
restored = lo + np.round((weights - lo) / step) * step
error = restored - weights
print(f"dense weights in [{lo:.4f}, {hi:.4f}]: step {step:.5f},", end=" ")
print(f"largest error {np.abs(error).max():.5f}")
assert np.abs(error).max() <= step / 2 + 1e-6

fig, (ax_size, ax_hist, ax_err) = plt.subplots(1, 3, figsize=(13, 3.8), layout="constrained")
bars = ax_size.bar(["float32", "int8"], [len(float_model) / 1024, len(int8_model) / 1024])
bars[1].set_color("tab:orange")
for bar, acc in zip(bars, [float_accuracy, int8_accuracy], strict=True):
    ax_size.text(
        bar.get_x() + bar.get_width() / 2,
        bar.get_height(),
        f"accuracy {acc:.3f}",
        ha="center",
        va="bottom",
    )
ax_size.set_ylabel("file size (KiB)")
ax_size.set_ylim(0, len(float_model) / 1024 * 1.2)
ax_size.set_title("TFLite model: size and test accuracy")
counts, _, _ = ax_hist.hist(weights, bins=60, color="tab:blue", alpha=0.8)
ax_hist.vlines(
    lo + step * np.arange(0, 256, 16),
    0,
    0.12 * counts.max(),
    color="k",
    lw=0.8,
    label="every 16th of the 256 levels",
)
ax_hist.set_xlabel("weight value")
ax_hist.set_title("Dense-layer weights and 8-bit levels")
ax_hist.legend(fontsize=8, loc="upper left")
ax_err.plot(weights, error, ".", ms=3)
ax_err.axhline(step / 2, color="0.4", ls="--")
ax_err.axhline(-step / 2, color="0.4", ls="--", label="± half a step")
ax_err.set_xlabel("weight value")
ax_err.set_ylabel("8-bit value minus float value")
ax_err.set_title("Rounding error of each weight")
ax_err.set_ylim(-0.75 * step, 0.75 * step)
ax_err.legend(fontsize=8, loc="upper right")
plt.show()
