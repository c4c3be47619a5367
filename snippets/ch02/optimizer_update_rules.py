"""Section 2.4: the update equations of each optimizer, checked against Keras step by step."""

import keras
import numpy as np
import tensorflow as tf

lr = 0.1
grads = [np.array([0.5, -2.0]), np.array([0.4, -1.0]), np.array([-0.3, 0.2])]


def run_keras(optimizer):
    """Apply the fixed gradients to w = [1, 1] and return the weights after each step."""
    w = tf.Variable([1.0, 1.0], dtype=tf.float64)
    history = []
    for g in grads:
        optimizer.apply_gradients([(tf.constant(g), w)])
        history.append(w.numpy().copy())
    return np.array(history)


def run_formula(update):
    w, state, history = np.array([1.0, 1.0]), {}, []
    for t, g in enumerate(grads, start=1):
        w = update(w, g, t, state)
        history.append(w.copy())
    return np.array(history)


def sgd(w, g, t, s):
    return w - lr * g


def momentum(w, g, t, s, mu=0.9):
    s["v"] = mu * s.get("v", 0) - lr * g  # velocity
    return w + s["v"]


def nesterov(w, g, t, s, mu=0.9):
    s["v"] = mu * s.get("v", 0) - lr * g
    return w + mu * s["v"] - lr * g  # the look-ahead step, in Keras's (Sutskever) form


def adagrad(w, g, t, s, eps=1e-7):
    s["G"] = s.get("G", 0.1) + g**2  # Keras starts the accumulator at 0.1
    return w - lr * g / (np.sqrt(s["G"]) + eps)


def rmsprop(w, g, t, s, rho=0.9, eps=1e-7):
    s["E"] = rho * s.get("E", 0) + (1 - rho) * g**2
    return w - lr * g / np.sqrt(s["E"] + eps)  # Keras adds epsilon inside the square root


def adam(w, g, t, s, b1=0.9, b2=0.999, eps=1e-7):
    s["m"] = b1 * s.get("m", 0) + (1 - b1) * g
    s["v"] = b2 * s.get("v", 0) + (1 - b2) * g**2
    m_hat, v_hat = s["m"] / (1 - b1**t), s["v"] / (1 - b2**t)  # bias correction
    return w - lr * m_hat / (np.sqrt(v_hat) + eps)


def adam_keras(w, g, t, s, b1=0.9, b2=0.999, eps=1e-7):
    # Keras folds the bias correction into the step size (the "epsilon hat" form of Kingma and
    # Ba), which in effect scales epsilon by sqrt(1 - b2**t).
    s["m"] = b1 * s.get("m", 0) + (1 - b1) * g
    s["v"] = b2 * s.get("v", 0) + (1 - b2) * g**2
    alpha = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
    return w - alpha * s["m"] / (np.sqrt(s["v"]) + eps)


cases = {
    "SGD": (keras.optimizers.SGD(lr), sgd),
    "momentum": (keras.optimizers.SGD(lr, momentum=0.9), momentum),
    "Nesterov": (keras.optimizers.SGD(lr, momentum=0.9, nesterov=True), nesterov),
    "Adagrad": (keras.optimizers.Adagrad(lr), adagrad),
    "RMSprop": (keras.optimizers.RMSprop(lr), rmsprop),
    "Adam": (keras.optimizers.Adam(lr), adam_keras),
}
print(f"{'optimizer':10s} weights after 3 steps (Keras)   by the formula")
for name, (optimizer, update) in cases.items():
    by_keras, by_formula = run_keras(optimizer), run_formula(update)
    # Keras keeps its hyper-parameters in float32, hence the tolerance.
    np.testing.assert_allclose(by_keras, by_formula, rtol=1e-5, atol=1e-6)
    print(f"{name:10s} {np.array2string(by_keras[-1], precision=5):28s} {by_formula[-1].round(5)}")

# The textbook form differs from Keras's only through epsilon.
np.testing.assert_allclose(run_formula(adam), run_formula(adam_keras), rtol=1e-5)
# Adam's first step has length lr in every coordinate, whatever the gradient's size.
first = run_formula(adam)[0]
np.testing.assert_allclose(np.abs(first - 1.0), lr, rtol=1e-5)
print("Adam's first step:", np.round(first - 1.0, 6), "(= -lr * sign(g))")
