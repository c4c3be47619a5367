"""Section 5.4: mixed precision - compute in float16, keep the variables in float32."""

import keras
import numpy as np

keras.mixed_precision.set_global_policy("mixed_float16")
try:
    layer = keras.layers.Dense(4)
    layer.build((None, 8))
    out = layer(np.ones((2, 8), np.float32))
    print("policy:", keras.mixed_precision.global_policy().name)
    out_dtype = keras.backend.standardize_dtype(out.dtype)
    print("variables:", layer.kernel.dtype, "| computation and output:", out_dtype)
    assert layer.kernel.dtype == "float32" and out_dtype == "float16"

    # The last layer of a classifier should produce float32, so that softmax and the loss are
    # computed in full precision.
    head = keras.layers.Activation("softmax", dtype="float32")
    head_dtype = keras.backend.standardize_dtype(head(out).dtype)
    print("softmax output:", head_dtype)
    assert head_dtype == "float32"

    # float16 has a small range: a loss scale keeps small gradients from rounding to zero.
    print(
        "smallest normal float16:",
        np.finfo(np.float16).tiny,
        "| 1e-8 in float16:",
        np.float16(1e-8),
    )
    assert np.float16(1e-8) == 0
    optimizer = keras.optimizers.LossScaleOptimizer(keras.optimizers.Adam())
    scale = float(optimizer.scale_loss(1.0))
    print("LossScaleOptimizer multiplies the loss by", scale, "before computing gradients")
    assert scale == 2.0**15
finally:
    keras.mixed_precision.set_global_policy("float32")
