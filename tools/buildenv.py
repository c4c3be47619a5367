"""The environment and options of every build, test and example run, defined once for conf.py,
noxfile.py, tools/ and tests/ (this module imports only the standard library, so each of them
can load it)."""

import os

BUILD_ENV = {
    # TensorFlow's C++ log lines at import; must be set before TensorFlow is imported.
    "TF_CPP_MIN_LOG_LEVEL": "2",
    # TensorFlow 2.21 still prints a timestamped "oneDNN custom operations are on" line at import,
    # which would land in pages and differ between builds; turning those operations off silences it.
    # (Executed pages are cached by source: clear _build/.jupyter_cache after changing this.)
    "TF_ENABLE_ONEDNN_OPTS": "0",
    # No display: matplotlib draws to files.
    "MPLBACKEND": "Agg",
    # argparse and other CLI demos wrap at the terminal width: fix it for reproducible output.
    "COLUMNS": "80",
}

# Parallel reading runs two or more executed pages (each in its own kernel) at once, and
# sphinx-gallery follows it with as many example processes. Capped: each holds TensorFlow.
JOBS = str(min(4, os.cpu_count() or 1))

# Every site build: warnings are errors, every reference must resolve, all problems reported;
# -T prints a failure's whole traceback (a failing cell's included), which a parallel reader
# would otherwise leave in a log file.
SPHINX_OPTIONS = ["-W", "-n", "--keep-going", "-T", "-j", JOBS, "-b", "html"]
