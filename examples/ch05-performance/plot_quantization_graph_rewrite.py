"""
How a float graph becomes an 8-bit graph
========================================

The three diagrams that section 5.6.5 of the notes describes (the book lost them): a float ReLU;
the same ReLU replaced by a subgraph that measures the range of its input, quantizes it, runs an
8-bit ReLU and converts back to float; and a chain of two such operations before and after the
Dequantize/Quantize pairs between them are removed. The rewrite is computed, not only drawn: the
script builds the chain as a list of operations, applies the two rewriting rules and counts the
conversions left. See :ref:`seed-5-6-5` for the text.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

COLOURS = {"float": "#cfe2f3", "convert": "#f4cccc", "quantized": "#d9ead3", "range": "#fde9c4"}


def kind(op):
    if op in ("Quantize", "Dequantize"):
        return "convert"
    if op.startswith("Quantized"):
        return "quantized"
    if op in ("Min", "Max"):
        return "range"
    return "float"


# %%
# The two rewriting rules
# -----------------------
# Rule 1 replaces every float operation that has an 8-bit version by
# Quantize -> Quantized<op> -> Dequantize (the Min and Max that feed Quantize are kept as a note
# on the Quantize step). Rule 2 removes each Dequantize that is directly followed by a Quantize:
# the value is already 8-bit, so converting it to float and back achieves nothing.


def rule1(chain):
    out = []
    for op in chain:
        out += ["Quantize", f"Quantized{op}", "Dequantize"] if op in ("Relu", "MatMul") else [op]
    return out


def rule2(chain):
    out = []
    for op in chain:
        if op == "Quantize" and out and out[-1] == "Dequantize":
            out.pop()
        else:
            out.append(op)
    return out


single = ["input", "Relu", "output"]
chain = ["input", "MatMul", "Relu", "output"]
steps = {
    "float graph": chain,
    "after rule 1": rule1(chain),
    "after rule 2": rule2(rule1(chain)),
}
for name, ops in steps.items():
    conversions = sum(op in ("Quantize", "Dequantize") for op in ops)
    print(f"{name:<13} {' -> '.join(ops)}  ({conversions} conversions)")
assert rule2(rule1(chain)).count("Quantize") == 1 and rule2(rule1(chain)).count("Dequantize") == 1


def draw_chain(ax, ops, y, title):
    width, gap = 1.15, 0.27
    x = 0.2
    for i, op in enumerate(ops):
        colour = "white" if op in ("input", "output") else COLOURS[kind(op)]
        label = {"input": "float in", "output": "float out"}.get(op, op)
        ax.add_patch(
            FancyBboxPatch(
                (x, y - 0.3),
                width,
                0.6,
                boxstyle="round,pad=0.03",
                facecolor=colour,
                edgecolor="0.3",
            )
        )
        ax.text(x + width / 2, y, label, ha="center", va="center", fontsize=7.5)
        if op == "Quantize":
            ax.annotate(
                "Min, Max",
                (x + width / 2, y - 0.3),
                (x + width / 2, y - 0.85),
                ha="center",
                fontsize=8,
                color="0.35",
                arrowprops={"arrowstyle": "-|>", "color": "0.5"},
            )
        if i < len(ops) - 1:
            ax.add_patch(
                FancyArrowPatch(
                    (x + width, y),
                    (x + width + gap, y),
                    arrowstyle="-|>",
                    mutation_scale=10,
                    color="0.3",
                )
            )
        x += width + gap
    ax.text(0.2, y + 0.55, title, fontsize=10, weight="bold", va="bottom")


fig, ax = plt.subplots(figsize=(11, 6.2), layout="constrained")
ax.set_xlim(0, 11.7)
ax.set_ylim(0, 8.2)
ax.axis("off")
ax.set_title("Quantizing a graph: replace each operation, then remove conversions that cancel")
draw_chain(ax, single, 7.3, "1. A float ReLU")
draw_chain(ax, rule1(single), 5.6, "2. Replaced by an 8-bit ReLU between Quantize and Dequantize")
draw_chain(ax, rule1(chain), 3.6, "3a. A chain of two operations after rule 1")
draw_chain(ax, rule2(rule1(chain)), 1.6, "3b. After removing the Dequantize -> Quantize pair")
for i, (name, colour) in enumerate(
    [
        ("float", COLOURS["float"]),
        ("8-bit", COLOURS["quantized"]),
        ("float <-> 8-bit", COLOURS["convert"]),
    ]
):
    ax.add_patch(
        FancyBboxPatch(
            (0.3 + 2.4 * i, 0.25),
            0.4,
            0.3,
            boxstyle="round,pad=0.02",
            facecolor=colour,
            edgecolor="0.3",
        )
    )
    ax.text(0.85 + 2.4 * i, 0.4, name, va="center", fontsize=9)
plt.show()
