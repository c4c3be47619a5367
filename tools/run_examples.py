"""Run gallery scripts as a reader would: each one copied alone into an empty folder.

Usage: ``python tools/run_examples.py [SCRIPT ...]`` (default: every ``examples/**/plot_*.py``).
Exits non-zero and names the script when one fails, or when one leaves files behind in its folder
(examples must write only to a temporary directory of their own).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from buildenv import BUILD_ENV

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 600


class ExampleFailed(RuntimeError):
    pass


def gallery_scripts() -> list[Path]:
    return sorted((ROOT / "examples").rglob("plot_*.py"))


def run_standalone(script: Path, python: str = sys.executable) -> float:
    """Run ``script`` from a temporary copy with ``python``; return the wall time in seconds."""
    with tempfile.TemporaryDirectory(prefix="tfnotes-example-") as folder:
        copy = Path(folder) / script.name
        shutil.copy2(script, copy)
        start = time.perf_counter()
        result = subprocess.run(
            [python, copy.name],
            cwd=folder,
            env={**os.environ, **BUILD_ENV},
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            raise ExampleFailed(
                f"{script.relative_to(ROOT)} exited with status {result.returncode}:\n"
                + result.stderr[-3000:]
            )
        left_behind = sorted(path.name for path in Path(folder).iterdir() if path != copy)
        if left_behind:
            raise ExampleFailed(
                f"{script.relative_to(ROOT)} wrote into the reader's folder: {left_behind}"
            )
        return seconds


def main(argv: list[str]) -> int:
    scripts = [Path(arg).resolve() for arg in argv] or gallery_scripts()
    failures = []
    for script in scripts:
        try:
            seconds = run_standalone(script)
        except (ExampleFailed, subprocess.TimeoutExpired) as error:
            failures.append(str(error))
            print(f"FAILED {script.relative_to(ROOT)}", flush=True)
            continue
        print(f"ok     {script.relative_to(ROOT)}  {seconds:6.1f} s", flush=True)
    for failure in failures:
        print("\n" + failure, file=sys.stderr)
    print(f"{len(scripts) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
