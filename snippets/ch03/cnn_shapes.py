"""Sections 3.4.3-3.4.9: the layers guide's CNN in Keras, with the shape after every layer.

The book's tf.layers calls map one to one onto Keras layers; keras.Input replaces the reshape of
features["x"], and the -1 (inferred batch size) becomes None.
"""

import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input((28, 28, 1), name="input_layer")  # [batch, 28, 28, 1]
conv1 = keras.layers.Conv2D(32, 5, padding="same", activation="relu", name="conv1")(inputs)
pool1 = keras.layers.MaxPooling2D(pool_size=2, strides=2, name="pool1")(conv1)
conv2 = keras.layers.Conv2D(64, 5, padding="same", activation="relu", name="conv2")(pool1)
pool2 = keras.layers.MaxPooling2D(pool_size=2, strides=2, name="pool2")(conv2)
pool2_flat = keras.layers.Flatten(name="pool2_flat")(pool2)
dense = keras.layers.Dense(1024, activation="relu", name="dense")(pool2_flat)
dropout = keras.layers.Dropout(0.4, name="dropout")(dense)
logits = keras.layers.Dense(10, name="logits")(dropout)
model = keras.Model(inputs, logits, name="cnn_mnist")
model.summary(line_length=80)

expected = {
    "conv1": (None, 28, 28, 32),
    "pool1": (None, 14, 14, 32),
    "conv2": (None, 14, 14, 64),
    "pool2": (None, 7, 7, 64),
    "pool2_flat": (None, 3136),
    "dense": (None, 1024),
    "logits": (None, 10),
}
for name, shape in expected.items():
    assert model.get_layer(name).output.shape == shape, name
assert 7 * 7 * 64 == 3136

# padding="valid" (the default) would shrink the 28x28 input to 24x24 with a 5x5 kernel.
valid = keras.layers.Conv2D(32, 5)(np.zeros((1, 28, 28, 1), "float32"))
print("\nconv 5x5 with padding='valid':", tuple(valid.shape))
assert valid.shape == (1, 24, 24, 32)

# A batch of 100 images: 100 x 784 = 78,400 values, reshaped to [100, 28, 28, 1].
batch = np.zeros((100, 784), "float32").reshape(-1, 28, 28, 1)
print("100 flat images reshaped with -1:", batch.shape, f"({batch.size:,} values)")
print("logits for that batch:", tuple(model(batch).shape))
