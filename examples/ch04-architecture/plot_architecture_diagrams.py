"""
TensorFlow's architecture, drawn
================================

Two diagrams for chapter 4 of the notes. The first is the layer stack of the TensorFlow
runtime: clients in several languages on top of a C API, the distributed master and the
dataflow executor below it, then the kernels and the networking and device layers. The second
follows one small graph, :math:`s = w x + b`, from the client through the distributed master to
two tasks, a worker and a parameter server: the master places the parameters on the parameter
server, cuts the edges that cross between the tasks and puts a Send/Recv pair on each cut edge.

The partition is computed, not drawn by hand: the script lists the graph's edges, assigns each
node to a task and derives the Send/Recv pairs from the edges whose ends sit on different tasks.
See :ref:`seed-4` for the text.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch


def box(ax, x, y, w, h, text, color, fontsize=10, weight="normal"):
    """A rounded box with centred text; (x, y) is the lower-left corner."""
    ax.add_patch(
        FancyBboxPatch(
            (x, y),
            w,
            h,
            boxstyle="round,pad=0.02,rounding_size=0.08",
            facecolor=color,
            edgecolor="0.25",
            linewidth=1.2,
        )
    )
    ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=fontsize, weight=weight)


def arrow(ax, start, end, color="0.2", style="-|>", **kwargs):
    ax.add_patch(
        FancyArrowPatch(start, end, arrowstyle=style, mutation_scale=14, color=color, **kwargs)
    )


# %%
# The layers of the runtime
# -------------------------
# The C API is the boundary between the user-level code in each language and the core runtime.
# Everything below it is C++.

fig, ax = plt.subplots(figsize=(9, 6.2), layout="constrained")
ax.set_xlim(0, 10)
ax.set_ylim(0, 7)
ax.axis("off")
ax.set_title("The TensorFlow runtime as a stack of layers (after the TF 1.x architecture guide)")
client_colour, core_colour, kernel_colour, base_colour = "#cfe2f3", "#fde9c4", "#d9ead3", "#e6e6e6"
box(ax, 0.3, 6.0, 3.0, 0.7, "Python client", client_colour)
box(ax, 3.5, 6.0, 3.0, 0.7, "C++ client", client_colour)
box(ax, 6.7, 6.0, 3.0, 0.7, "other languages", client_colour)
box(ax, 0.3, 5.0, 9.4, 0.7, "C API", "white", weight="bold")
box(ax, 0.3, 3.8, 4.6, 0.9, "Distributed master\n(prune, partition, cache subgraphs)", core_colour)
box(ax, 5.1, 3.8, 4.6, 0.9, "Dataflow executor\n(worker service: run subgraphs)", core_colour)
box(
    ax,
    0.3,
    2.5,
    9.4,
    1.0,
    "Kernel implementations\n(Const, MatMul, Conv2D, ReLU, …)",
    kernel_colour,
)
box(ax, 0.3, 0.9, 4.6, 1.3, "Networking layer\ngRPC over TCP · RDMA", base_colour)
box(ax, 5.1, 0.9, 4.6, 1.3, "Device layer\nCPU · GPU · TPU", base_colour)
ax.text(9.7, 5.83, "user code above, C++ core below", ha="right", va="bottom", fontsize=8.5)
ax.text(
    5.0,
    0.35,
    "The boxes are drawn for these notes; none is an upstream image.",
    ha="center",
    fontsize=8.5,
    color="0.35",
)

# %%
# One graph, from the client to two tasks
# ---------------------------------------
# The client's graph computes :math:`s = w x + b` and stores the result in the variable ``s``.
# The master groups the model parameters (``w``, ``b`` and ``s``) on the parameter-server task
# ``/job:ps/task:0`` and the computation on ``/job:worker/task:0``. Every edge whose two ends
# land on different tasks is cut and replaced by a Send node on the producing task and a Recv
# node on the consuming one.

edges = [("w", "MatMul"), ("x", "MatMul"), ("MatMul", "Add"), ("b", "Add"), ("Add", "Assign s")]
task = {
    "w": "/job:ps/task:0",
    "b": "/job:ps/task:0",
    "Assign s": "/job:ps/task:0",
    "x": "/job:worker/task:0",
    "MatMul": "/job:worker/task:0",
    "Add": "/job:worker/task:0",
}
cut = [(src, dst) for src, dst in edges if task[src] != task[dst]]
print("edges of the client's graph:", ", ".join(f"{a} -> {b}" for a, b in edges))
print("\nedges the master cuts (one Send/Recv pair each):")
for src, dst in cut:
    print(f"  {src:>6} -> {dst:<9} Send on {task[src]:<19} Recv on {task[dst]}")
assert len(cut) == 3  # w and b travel to the worker, the sum travels back to s

positions = {
    "x": (1.0, 4.0),
    "w": (1.0, 5.4),
    "MatMul": (2.6, 4.7),
    "b": (2.6, 3.2),
    "Add": (4.2, 4.0),
    "Assign s": (5.6, 4.0),
}

fig, (ax_graph, ax_split) = plt.subplots(
    1, 2, figsize=(12, 5.6), layout="constrained", width_ratios=[1, 1.25]
)
for axes in (ax_graph, ax_split):
    axes.axis("off")
ax_graph.set_xlim(0, 7)
ax_graph.set_ylim(1.5, 7)
ax_graph.set_title("Client: the dataflow graph it sends as a GraphDef")
node_colour = {"Variable": "#fde9c4", "op": "#cfe2f3", "input": "#d9ead3"}
kind = {"w": "Variable", "b": "Variable", "Assign s": "Variable", "x": "input"}
for name, (x, y) in positions.items():
    box(ax_graph, x - 0.55, y - 0.3, 1.1, 0.6, name, node_colour[kind.get(name, "op")])
for src, dst in edges:
    (x0, y0), (x1, y1) = positions[src], positions[dst]
    arrow(ax_graph, (x0 + 0.55, y0), (x1 - 0.55, y1), shrinkA=2, shrinkB=2)
ax_graph.text(
    3.5,
    2.1,
    "variables (orange), input (green), operations (blue)",
    ha="center",
    fontsize=9,
    color="0.3",
)

ax_split.set_xlim(0, 10)
ax_split.set_ylim(0, 7)
ax_split.set_title("Distributed master: partitioned, with Send/Recv on the cut edges")
ax_split.add_patch(
    FancyBboxPatch(
        (0.2, 0.4),
        4.3,
        6.0,
        boxstyle="round,pad=0.05",
        facecolor="#f6f6f6",
        edgecolor="0.4",
        linestyle="--",
    )
)
ax_split.add_patch(
    FancyBboxPatch(
        (5.5, 0.4),
        4.3,
        6.0,
        boxstyle="round,pad=0.05",
        facecolor="#f6f6f6",
        edgecolor="0.4",
        linestyle="--",
    )
)
ax_split.text(2.35, 6.15, "/job:ps/task:0", ha="center", fontsize=10, weight="bold")
ax_split.text(7.65, 6.15, "/job:worker/task:0", ha="center", fontsize=10, weight="bold")
ps_rows = {"w": 5.0, "b": 3.3, "Assign s": 1.3}
for name, y in ps_rows.items():
    box(ax_split, 0.5, y - 0.3, 1.3, 0.6, name, "#fde9c4")
box(ax_split, 7.4, 4.2, 1.2, 0.6, "MatMul", "#cfe2f3")
box(ax_split, 7.4, 2.5, 1.2, 0.6, "Add", "#cfe2f3")
box(ax_split, 8.7, 5.3, 0.9, 0.5, "x", "#d9ead3", fontsize=9)
arrow(ax_split, (9.15, 5.3), (8.3, 4.8))
arrow(ax_split, (8.0, 4.2), (8.0, 3.1))
for (src, dst), y in zip(cut, [5.0, 3.3, 1.3], strict=True):
    if task[src] == "/job:ps/task:0":  # parameter travels to the worker
        box(ax_split, 2.4, y - 0.25, 1.1, 0.5, "Send", "#f4cccc", fontsize=9)
        box(ax_split, 5.8, y - 0.25, 1.1, 0.5, "Recv", "#f4cccc", fontsize=9)
        arrow(ax_split, (1.8, y), (2.4, y))
        arrow(ax_split, (3.5, y), (5.8, y), color="tab:red", linestyle="--")
        arrow(ax_split, (6.9, y), (7.4, 4.5 if dst == "MatMul" else 2.8))
    else:  # the result travels back to the parameter server
        box(ax_split, 5.8, y - 0.25, 1.1, 0.5, "Send", "#f4cccc", fontsize=9)
        box(ax_split, 2.4, y - 0.25, 1.1, 0.5, "Recv", "#f4cccc", fontsize=9)
        arrow(ax_split, (8.0, 2.5), (6.9, y))
        arrow(ax_split, (5.8, y), (3.5, y), color="tab:red", linestyle="--")
        arrow(ax_split, (2.4, y), (1.8, y))
ax_split.text(
    5.0,
    0.05,
    "dashed red: a tensor crossing between tasks (gRPC or RDMA)",
    ha="center",
    fontsize=9,
    color="tab:red",
)

plt.show()
