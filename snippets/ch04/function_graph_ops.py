"""Section 4.2.1: the client's dataflow graph, built by tf.function and listed op by op."""

import numpy as np
import tensorflow as tf

# The book's example graph: weights w applied to a feature vector x, plus a bias b, the result
# stored in a variable s. In TensorFlow 2 the "client" is ordinary Python: tf.function traces it
# into a graph once per input signature.
w = tf.Variable([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], name="w")
b = tf.Variable([[0.5], [-0.5]], name="b")
s = tf.Variable(tf.zeros([2, 1]), name="s")


@tf.function
def step(x):
    s.assign(tf.matmul(w, x) + b)
    return s.read_value()


concrete = step.get_concrete_function(tf.TensorSpec([3, 1], tf.float32, name="x"))
graph_def = concrete.graph.as_graph_def()  # the tf.GraphDef protocol buffer of TF 1.x
print(f"{'node':<32} {'op':<17} inputs")
for node in graph_def.node:
    print(f"{node.name:<32} {node.op:<17} {', '.join(node.input)}")

ops = {node.op for node in graph_def.node}
assert {"MatMul", "AddV2", "AssignVariableOp", "ReadVariableOp", "Placeholder"} <= ops

# Running the graph: the values are what plain eager code gives.
x = tf.constant([[1.0], [1.0], [1.0]])
result = step(x).numpy()
np.testing.assert_allclose(result, w.numpy() @ x.numpy() + b.numpy())
print("\nstep(x) =", result.ravel(), "  s =", s.numpy().ravel())

# The graph is a protocol buffer, so it serializes to bytes like the TF 1.x GraphDef did.
print(f"serialized GraphDef: {len(graph_def.SerializeToString())} bytes, {len(ops)} op types")

# Today's kernel library: every op TensorFlow registers is reachable as tf.raw_ops.
raw_ops = [name for name in dir(tf.raw_ops) if not name.startswith("_")]
assert len(raw_ops) > 1000
print(f"tf.raw_ops lists {len(raw_ops)} ops (the book, in 2017: 'more than 200')")
quantized = [name for name in raw_ops if name.startswith("Quantized")]
print(f"{len(quantized)} of them are 8-bit kernels, e.g.", ", ".join(quantized[:4]))
