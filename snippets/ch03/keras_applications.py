"""Section 3.3.12: pretrained architectures in keras.applications, built without their weights.

weights=None builds the architecture with random weights and downloads nothing; with
weights="imagenet" Keras would download the trained weights on first use.
"""

import keras

keras.utils.set_random_seed(0)
print(f"{'model':<34} {'input':>9} {'parameters':>11} {'float32 size':>13}")
counts = {}
for name, build, size in [
    ("InceptionV3 (the book's default)", keras.applications.InceptionV3, 299),
    ("MobileNet, width 1.0", lambda **kw: keras.applications.MobileNet(alpha=1.0, **kw), 224),
    ("MobileNet, width 0.25", lambda **kw: keras.applications.MobileNet(alpha=0.25, **kw), 128),
]:
    model = build(weights=None, input_shape=(size, size, 3), include_top=True, classes=1000)
    counts[name] = model.count_params()
    megabytes = 4 * counts[name] / 1e6
    print(f"{name:<34} {size:>4}x{size:<4} {counts[name]:>11,} {megabytes:>10.1f} MB")
    keras.backend.clear_session()

ratio = counts["MobileNet, width 0.25"] / counts["MobileNet, width 1.0"]
print(f"\nMobileNet 0.25 has {ratio:.0%} of the parameters of MobileNet 1.0")
assert 0.10 < ratio < 0.15  # parameters scale roughly with the square of the width multiplier
# Stored as 8-bit integers, the 0.25 model takes about a quarter of its float32 size.
print(f"MobileNet 0.25 with 8-bit weights: about {counts['MobileNet, width 0.25'] / 1e6:.2f} MB")
