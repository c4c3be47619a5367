"""Sections 9.1.1-9.1.5: command-line flags with absl, and the TF 1 spelling through tf.compat.v1.

The flags are defined on a private FlagValues object and parsed from an explicit list, so the
snippet does not depend on the command line it is started with.
"""

import logging

import tensorflow as tf
from absl import flags

fv = flags.FlagValues()  # a private registry; real programs use the global flags.FLAGS
use_gpu = flags.DEFINE_boolean("use_gpu", True, "Run on a GPU if there is one.", flag_values=fv)
learning_rate = flags.DEFINE_float(
    "learning_rate", 0.01, "Initial learning rate.", lower_bound=0.0, flag_values=fv
)
batch_size = flags.DEFINE_integer("batch_size", 32, "Examples per step.", flag_values=fv)
data_dir = flags.DEFINE_string("data_dir", "/tmp/data", "Where the data is.", flag_values=fv)

remaining = fv(["train.py", "--learning_rate=0.1", "--nouse_gpu", "--batch_size=64", "extra"])
print("parsed:", fv.use_gpu, fv.learning_rate, fv.batch_size, fv.data_dir)
print("arguments left for the program:", remaining)
assert (use_gpu.value, learning_rate.value, batch_size.value, data_dir.value) == (
    False,
    0.1,
    64,
    "/tmp/data",
)
assert flags.DEFINE_bool is flags.DEFINE_boolean  # 9.1.2: one function, two names

# Boolean flags accept --flag, --noflag and --flag=true/false.
for argv in (["p", "--use_gpu"], ["p", "--use_gpu=false"], ["p", "--nouse_gpu"]):
    fv.unparse_flags()
    fv(argv)
    print(f"{argv[1]:<16} -> use_gpu = {fv.use_gpu}")

# Values are checked when the flags are parsed: a wrong type or a bound violated.
for bad in (["p", "--batch_size=ten"], ["p", "--learning_rate=-1"]):
    fv.unparse_flags()
    try:
        fv(bad)
    except flags.IllegalFlagValueError as error:
        print(f"{bad[1]}: {type(error).__name__}: {str(error).splitlines()[0]}")

# Defining the same name twice is an error (TF 1's argparse-based flags silently replaced it).
try:
    flags.DEFINE_integer("batch_size", 16, "Again.", flag_values=fv)
except flags.DuplicateFlagError as error:
    print("DuplicateFlagError:", str(error).split(". First from")[0])

# tf.compat.v1.flags is absl's module with a wrapper that still accepts TF 1's keyword names,
# and says they are deprecated.
assert tf.compat.v1.flags is tf.compat.v1.app.flags
messages = []
handler = logging.Handler()
handler.emit = lambda record: messages.append(record.getMessage())
root, saved = logging.getLogger(), logging.getLogger().handlers
root.handlers = [handler]  # collect the warning instead of printing it to stderr
legacy = flags.FlagValues()
steps = tf.compat.v1.flags.DEFINE_integer(
    flag_name="steps", default_value=100, docstring="Training steps.", flag_values=legacy
)
root.handlers = saved
legacy(["p", "--steps=5"])
print("tf.compat.v1.flags with TF 1 keywords:", legacy.steps, type(steps).__name__)
print("logged:", messages[0])
assert legacy.steps == 5 and "deprecated" in messages[0]
