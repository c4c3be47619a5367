"""
An LSTM cell, drawn and computed by hand
========================================

Section 2.7 explains the LSTM with diagrams and, in the book, no equations. This example draws
its own diagrams of an unrolled recurrent network and of one LSTM cell with matplotlib, then
computes an LSTM step from the gate equations with plain TensorFlow operations and checks the
result against ``keras.layers.LSTMCell`` given the same weights. See :ref:`seed-2-7`.
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch

keras.utils.set_random_seed(0)

# %%
# An unrolled recurrent network
# -----------------------------
# The same module A, with the same weights, is applied at every time step; the hidden state
# h carries information from one step to the next.


def box(ax, x, y, w, h, text, colour, fontsize=12):
    ax.add_patch(
        FancyBboxPatch(
            (x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02", fc=colour, ec="black"
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=fontsize)


def arrow(ax, start, end, **kwargs):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12, **kwargs))


fig, ax = plt.subplots(figsize=(11, 3.2), layout="constrained")
for t in range(4):
    x = 1.5 + 2.5 * t
    label = "t" if t == 3 else str(t)
    box(ax, x, 1.5, 1.2, 0.9, "A", "#9ecae1", 14)
    ax.text(x, 0.1, f"$x_{{{label}}}$", ha="center", fontsize=13)
    ax.text(x, 2.85, f"$h_{{{label}}}$", ha="center", fontsize=13)
    arrow(ax, (x, 0.35), (x, 1.05))
    arrow(ax, (x, 1.95), (x, 2.7))
    if t < 3:
        arrow(ax, (x + 0.6, 1.5), (x + 1.9, 1.5))
        ax.text(x + 1.25, 1.62, f"$h_{{{label}}}$", ha="center", fontsize=10)
ax.text(6.25 + 1.25, 1.2, "...", ha="center", fontsize=16)
ax.set_xlim(0, 10.5)
ax.set_ylim(-0.2, 3.2)
ax.set_axis_off()
ax.set_title("An RNN unrolled in time: one module A, applied at every step")

# %%
# One LSTM cell
# -------------
# Yellow boxes are learned layers (sigma: sigmoid, tanh), pink circles pointwise operations. The
# cell state C runs along the top; the forget gate f, input gate i with candidate C~, and output
# gate o read the previous output h and the input x.

fig, ax = plt.subplots(figsize=(11, 5.5), layout="constrained")
ax.add_patch(FancyBboxPatch((1, 0.6), 9, 4.4, boxstyle="round,pad=0.1", fc="#f0f0f0", ec="gray"))
# Cell-state line along the top.
arrow(ax, (0.2, 4.3), (10.8, 4.3), lw=2)
ax.text(0.2, 4.45, "$C_{t-1}$", fontsize=13)
ax.text(10.3, 4.45, "$C_t$", fontsize=13)
# Hidden-state input along the bottom, joined with x_t.
ax.plot([0.2, 2.2], [1.0, 1.0], color="black", lw=1.5)
ax.text(0.2, 1.15, "$h_{t-1}$", fontsize=13)
ax.text(2.05, 0.05, "$x_t$", fontsize=13)
arrow(ax, (2.2, 0.3), (2.2, 1.0))
ax.plot([2.2, 7.6], [1.0, 1.0], color="black", lw=1.5)
layers = [
    (2.8, "\u03c3", "$f_t$"),
    (4.2, "\u03c3", "$i_t$"),
    (5.5, "tanh", r"$\tilde C_t$"),
    (7.0, "\u03c3", "$o_t$"),
]
for x, name, out in layers:
    arrow(ax, (x, 1.0), (x, 1.75))
    box(ax, x, 2.05, 0.9, 0.55, name, "#fdd835")
    ax.text(x + 0.5, 2.55, out, fontsize=12)


def op(x, y, text):
    ax.add_patch(Circle((x, y), 0.25, fc="#f8bbd0", ec="black"))
    ax.text(x, y, text, ha="center", va="center", fontsize=13)


op(2.8, 4.3, "x")
arrow(ax, (2.8, 2.35), (2.8, 4.05))
op(4.85, 3.3, "x")
arrow(ax, (4.2, 2.35), (4.6, 3.3))
arrow(ax, (5.5, 2.35), (5.1, 3.3))
op(4.85, 4.3, "+")
arrow(ax, (4.85, 3.55), (4.85, 4.05))
op(8.3, 3.3, "tanh")
arrow(ax, (8.3, 4.3), (8.3, 3.55))
op(8.3, 2.05, "x")
arrow(ax, (7.45, 2.05), (8.05, 2.05))
arrow(ax, (8.3, 3.05), (8.3, 2.3))
arrow(ax, (8.55, 2.05), (10.8, 2.05), lw=1.5)
ax.text(10.3, 2.2, "$h_t$", fontsize=13)
arrow(ax, (9.3, 2.05), (9.3, 5.3))
ax.text(9.4, 5.1, "$h_t$ (output)", fontsize=12)
ax.text(1.3, 5.25, "forget", fontsize=10)
ax.text(3.9, 5.25, "input", fontsize=10)
ax.text(7.0, 5.25, "output", fontsize=10)
ax.set_xlim(0, 11)
ax.set_ylim(-0.1, 5.6)
ax.set_axis_off()
ax.set_title("The LSTM cell: three sigmoid gates and a tanh candidate around the cell state")

# %%
# One step by hand versus ``keras.layers.LSTMCell``
# --------------------------------------------------
# Keras stores the four layers' weights side by side in the order input, forget, candidate,
# output: ``kernel`` (inputs x 4*units) multiplies :math:`x_t`, ``recurrent_kernel``
# (units x 4*units) multiplies :math:`h_{t-1}`, and ``bias`` has 4*units entries. Multiplying
# :math:`[h_{t-1}, x_t]` by one stacked matrix, as the equations of the text write it, is the
# same computation.

units, n_inputs, batch = 4, 3, 2
cell = keras.layers.LSTMCell(units, bias_initializer="random_normal")
x_t = tf.random.normal([batch, n_inputs])
h_prev = tf.random.normal([batch, units])
c_prev = tf.random.normal([batch, units])
h_keras, (h_again, c_keras) = cell(x_t, [h_prev, c_prev])

W, U, b = cell.kernel, cell.recurrent_kernel, cell.bias
z = tf.matmul(x_t, W) + tf.matmul(h_prev, U) + b
z_i, z_f, z_c, z_o = tf.split(z, 4, axis=1)
i_t = tf.sigmoid(z_i)  # input gate
f_t = tf.sigmoid(z_f)  # forget gate
c_tilde = tf.tanh(z_c)  # candidate values
o_t = tf.sigmoid(z_o)  # output gate
c_t = f_t * c_prev + i_t * c_tilde
h_t = o_t * tf.tanh(c_t)

np.testing.assert_allclose(c_t, c_keras, rtol=1e-5, atol=1e-6)
np.testing.assert_allclose(h_t, h_keras, rtol=1e-5, atol=1e-6)
np.testing.assert_array_equal(h_keras, h_again)
print("h_t by hand:\n", h_t.numpy().round(5))
print("h_t from keras.layers.LSTMCell:\n", h_keras.numpy().round(5))
print("C_t agrees too; gates lie in (0, 1):", bool(tf.reduce_all((f_t > 0) & (f_t < 1))))
plt.show()
