"""The environment of every build, test and example run, defined once for conf.py, noxfile.py,
tools/ and tests/ (this module imports nothing, so each of them can load it)."""

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
