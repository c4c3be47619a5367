"""
Activation functions
====================

The five activation functions of section 2.2 of the notes (ReLU, ReLU6, sigmoid, tanh and
softplus), evaluated by TensorFlow and drawn side by side, together with their derivatives.
The derivatives are not written out by hand: ``tf.GradientTape`` computes them from the same
TensorFlow operations, and the last panel shows where sigmoid and tanh saturate, that is, where
their slope is almost zero and gradients stop flowing.

This one figure replaces the four separate plots of the book (its figures 2.1 to 2.3 and the
uncaptioned softplus plot); see :ref:`seed-2-2` for the text.
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# %%
# Evaluate the functions and their derivatives
# --------------------------------------------
# ``tf.linspace`` gives 801 points from -10 to 10, as in the book (which used 100). Inside a
# ``tf.GradientTape`` every operation is recorded, so one tape gives the derivative of each
# function at every point; the functions work element-wise, so the gradient of the sum is the
# vector of derivatives.

x = tf.linspace(-10.0, 10.0, 801)
functions = {
    "relu": tf.nn.relu,
    "relu6": tf.nn.relu6,
    "sigmoid": tf.nn.sigmoid,
    "tanh": tf.nn.tanh,
    "softplus": tf.nn.softplus,
}
values, slopes = {}, {}
for name, function in functions.items():
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = function(x)
    values[name] = y.numpy()
    slopes[name] = tape.gradient(y, x).numpy()
xs = x.numpy()

# %%
# Draw the figure
# ---------------
# Four panels: the two rectifiers, the two S-shaped functions, softplus against ReLU, and the
# derivatives. The shaded bands in the last panel mark where the slope of tanh (light grey) and
# of sigmoid (darker grey) is below 0.01: inputs there barely move the output.

fig, axes = plt.subplots(2, 2, figsize=(11, 8.5), layout="constrained")
(ax_relu, ax_s), (ax_soft, ax_grad) = axes

ax_relu.plot(xs, values["relu"], color="tab:red", lw=2.5, label=r"$\mathrm{relu}(x)=\max(x,0)$")
ax_relu.plot(
    xs,
    values["relu6"],
    color="tab:blue",
    lw=2,
    ls="--",
    label=r"$\mathrm{relu6}(x)=\min(\max(x,0),6)$",
)
ax_relu.plot([6], [6], "o", color="tab:blue")
ax_relu.annotate(
    "ReLU6 stays at 6\nfrom $x=6$ on",
    xy=(6, 6),
    xytext=(1.0, 8.0),
    arrowprops={"arrowstyle": "->"},
)
ax_relu.set_title("ReLU and ReLU6")
ax_relu.set_ylabel("output")
ax_relu.set_ylim(-1, 10.5)

ax_s.plot(xs, values["sigmoid"], color="tab:red", lw=2, label=r"$\sigma(x)=1\,/\,(1+e^{-x})$")
ax_s.plot(
    xs,
    values["tanh"],
    color="tab:blue",
    lw=2,
    label=r"$\tanh(x)=(1-e^{-2x})\,/\,(1+e^{-2x})$",
)
for level in (-1, 0, 1):
    ax_s.axhline(level, color="0.6", lw=0.8, ls=":")
ax_s.set_title("Sigmoid and tanh")
ax_s.set_ylabel("output")
ax_s.set_ylim(-1.25, 1.25)

ax_soft.plot(xs, values["relu"], color="tab:red", lw=2, label=r"$\mathrm{relu}(x)$")
ax_soft.plot(
    xs,
    values["softplus"],
    color="tab:green",
    lw=2,
    label=r"$\mathrm{softplus}(x)=\log(1+e^{x})$",
)
ax_soft.fill_between(xs, values["relu"], values["softplus"], color="tab:green", alpha=0.15)
ax_soft.annotate(
    r"gap $=\log(1+e^{-|x|})\leq\log 2$",
    xy=(0, np.log(2)),
    xytext=(-9.5, 4.5),
    arrowprops={"arrowstyle": "->"},
)
ax_soft.set_title("Softplus, a smooth ReLU")
ax_soft.set_ylabel("output")
ax_soft.set_ylim(-1, 10.5)

ax_grad.plot(xs, slopes["relu"], color="tab:red", lw=2, label=r"$\mathrm{relu}'(x)$")
ax_grad.plot(
    xs,
    slopes["softplus"],
    color="tab:green",
    lw=2,
    ls="--",
    label=r"$\mathrm{softplus}'(x)=\sigma(x)$",
)
ax_grad.plot(xs, slopes["tanh"], color="tab:blue", lw=2, label=r"$\tanh'(x)=1-\tanh^2(x)$")
ax_grad.plot(
    xs, slopes["sigmoid"], color="tab:purple", lw=2, label=r"$\sigma'(x)=\sigma(x)\,(1-\sigma(x))$"
)
flat = slopes["sigmoid"] < 0.01
ax_grad.fill_between(
    xs, -0.1, 1.15, where=slopes["tanh"] < 0.01, color="0.92", label=r"$\tanh'(x)<0.01$"
)
ax_grad.fill_between(xs, -0.1, 1.15, where=flat, color="0.8", label=r"$\sigma'(x)<0.01$")
ax_grad.set_title("Derivatives (from tf.GradientTape)")
ax_grad.set_ylim(-0.1, 1.15)

for ax in axes.flat:
    ax.set_xlim(-10, 10)
    ax.set_xlabel("$x$")
    ax.grid(True, alpha=0.4)
    ax.legend(loc="upper left", fontsize=9, framealpha=0.95)
ax_grad.legend(loc="center left", fontsize=9, framealpha=0.95)
fig.suptitle("Activation functions of TensorFlow (tf.nn)", fontsize=14)

# %%
# A few values
# ------------
# The same functions at a few points, printed from the arrays drawn above. Sigmoid and tanh are
# already flat at :math:`x = \pm 6`; ReLU6 is capped there.

print(
    f"{'x':>6} {'relu':>8} {'relu6':>8} {'sigmoid':>8} {'tanh':>8} {'softplus':>9}"
    f" {'sigmoid_':>9} {'tanh_':>9}".replace("_", "'")
)
for point in [-6.0, -2.0, -0.5, 0.0, 0.5, 2.0, 6.0, 8.0]:
    i = int(np.argmin(np.abs(xs - point)))
    print(
        f"{point:6.1f} {values['relu'][i]:8.4f} {values['relu6'][i]:8.4f}"
        f" {values['sigmoid'][i]:8.4f} {values['tanh'][i]:8.4f} {values['softplus'][i]:9.4f}"
        f" {slopes['sigmoid'][i]:9.2e} {slopes['tanh'][i]:9.2e}"
    )
# sigmoid'(x) = 0.01 where sigmoid(x) = (1 + sqrt(0.96)) / 2, i.e. at |x| = 2 artanh(sqrt(0.96)).
edge = 2 * np.arctanh(np.sqrt(0.96))
assert np.all(flat == (np.abs(xs) > edge))
print(
    f"\nsigmoid'(x) < 0.01 for |x| > {edge:.3f};",
    f"tanh'(x) < 0.01 for |x| > {np.arctanh(np.sqrt(0.99)):.3f}",
)

plt.show()
