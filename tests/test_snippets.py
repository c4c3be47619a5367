"""Snippets: the listings the pages execute. Each runs on its own and is loaded by a page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUILD_ENV, ROOT

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))
LOAD = re.compile(r"^```\{code-cell\}[^\n]*\n:load:\s*(\S+)", re.MULTILINE)


def loaded_snippets() -> dict[Path, list[str]]:
    """Every snippet a page loads, with the pages that load it."""
    loads: dict[Path, list[str]] = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for target in LOAD.findall(page.read_text(encoding="utf-8")):
            path = (page.parent / target).resolve()
            loads.setdefault(path, []).append(page.relative_to(ROOT).as_posix())
    return loads


def test_there_are_snippets():
    assert SNIPPETS


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_snippet_runs_on_its_own(snippet: Path, tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(snippet)],
        cwd=tmp_path,
        env={**os.environ, **BUILD_ENV},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip(), "a snippet shows its result: it must print something"
    assert list(tmp_path.iterdir()) == [], "a snippet must not write files into the working folder"


def test_every_snippet_is_loaded_by_a_page_and_every_load_exists():
    loads = loaded_snippets()
    assert sorted(path for path in loads if not path.is_file()) == []
    assert [path for path in SNIPPETS if path.resolve() not in loads] == []
