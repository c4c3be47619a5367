"""Gallery examples, run the way a reader runs them: a copy, alone in an empty folder."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUILD_ENV, ROOT
from run_examples import gallery_scripts

SCRIPTS = gallery_scripts()
# Runs the copied script unchanged as __main__, then reports what it drew.
REPORT_FIGURES = """
import json, runpy, sys
import matplotlib.pyplot as plt
runpy.run_path(sys.argv[1], run_name="__main__")
figures = []
for number in plt.get_fignums():
    figure = plt.figure(number)
    figures.append([
        {"title": axes.get_title() or figure.get_suptitle(),
         "artists": len(axes.lines) + len(axes.collections) + len(axes.images) + len(axes.patches)}
        # A colour bar is labelled by its figure's axes, not titled itself.
        for axes in figure.axes if axes.get_visible() and axes.get_label() != "<colorbar>"
    ])
print("FIGURES=" + json.dumps(figures))
"""


def test_there_are_examples():
    assert SCRIPTS


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_example_runs_standalone_and_draws(script: Path, tmp_path: Path):
    copy = tmp_path / script.name
    shutil.copy2(script, copy)
    result = subprocess.run(
        [sys.executable, "-c", REPORT_FIGURES, copy.name],
        cwd=tmp_path,
        env={**os.environ, **BUILD_ENV},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = result.stdout.rsplit("FIGURES=", 1)
    assert len(report) == 2, result.stdout[-2000:]
    printed, figures = report[0], json.loads(report[1])
    # A plot shows a figure; a command-line demo shows its printed output (and may draw nothing).
    assert printed.strip() or figures, "an example shows a figure or printed output"
    for axes_list in figures:
        assert any(axes["artists"] for axes in axes_list), "a figure with nothing drawn"
        assert all(axes["title"] for axes in axes_list if axes["artists"]), "untitled axes"
    assert sorted(path.name for path in tmp_path.iterdir()) == [script.name], (
        "examples write files only to a temporary directory of their own"
    )


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_example_is_self_contained(script: Path):
    tree = ast.parse(script.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring, "a gallery example starts with a docstring"
    title, underline = docstring.splitlines()[:2]
    assert underline == "=" * len(title), "the docstring's first line is an RST title"
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports"
            imported.add((node.module or "").split(".")[0])
    readers_packages = {
        "tensorflow",
        "keras",
        "numpy",
        "matplotlib",
        "sklearn",
        "PIL",
        "tensorboard",
    }
    third_party = {name for name in imported if name not in sys.stdlib_module_names}
    assert third_party <= readers_packages, f"imports beyond the README's packages: {third_party}"
    assert "# %%" in script.read_text(encoding="utf-8"), "cells are separated with # %%"
