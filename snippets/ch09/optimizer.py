"""Section 9.4.1: the book's optimizer workflow (compute, process, apply gradients) in TF 2."""

import keras
import numpy as np
import tensorflow as tf

# Minimise (w - 3)^2 from w = 0 with plain gradient descent, learning rate 0.1.
w = tf.Variable(0.0)
opt = keras.optimizers.SGD(learning_rate=0.1)  # TF 1: tf.train.GradientDescentOptimizer(0.1)
for step in range(3):
    with tf.GradientTape() as tape:  # 1. compute the gradients (TF 1: compute_gradients)
        loss = (w - 3.0) ** 2
    grads = tape.gradient(loss, [w])
    grads = [tf.clip_by_value(g, -5.0, 5.0) for g in grads]  # 2. process them ("MyCapper")
    opt.apply_gradients(zip(grads, [w], strict=True))  # 3. apply them
    print(f"step {step + 1}: gradient {float(grads[0]):+.2f} -> w = {float(w.numpy()):.4f}")
np.testing.assert_allclose(w.numpy(), 1.4, rtol=1e-6)  # 0.5, 1.0, 1.4: the first step was clipped
print("optimizer.iterations (TF 1: global_step):", int(opt.iterations))
assert int(opt.iterations) == 3

# Keras optimizers have no minimize/compute_gradients/get_slot: the tape does the first part.
print({name: hasattr(opt, name) for name in ("minimize", "compute_gradients", "get_slot")})
# The slots (e.g. Adam's moment estimates) are ordinary variables of the optimizer.
adam = keras.optimizers.Adam(learning_rate=0.1)
adam.apply_gradients([(tf.constant(1.0), w)])
print("Adam's variables:", [v.name for v in adam.variables])

# The TF 1 classes survive in tf.compat.v1.train; eagerly, minimize needs a callable loss.
v = tf.Variable(0.0)
old = tf.compat.v1.train.GradientDescentOptimizer(learning_rate=0.1)
pairs = old.compute_gradients(lambda: (v - 3.0) ** 2, var_list=[v])
print("tf.compat.v1 compute_gradients:", [(float(g), var.name) for g, var in pairs])
for _ in range(3):
    old.minimize(lambda: (v - 3.0) ** 2, var_list=[v])
print(f"tf.compat.v1 GradientDescentOptimizer, 3 minimize steps: v = {float(v.numpy()):.4f}")
np.testing.assert_allclose(v.numpy(), 1.464, rtol=1e-5)  # unclipped: 0.6, 1.08, 1.464
print("GATE_OP still defined:", tf.compat.v1.train.Optimizer.GATE_OP)
