"""Bad input fails the build loudly, naming the file: checked on small sites that reuse the
project's real configuration and extension."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, sphinx_build

INDEX = """\
# Index

```{{toctree}}
auto_examples/index
```

{body}
"""
NOTEBOOK_HEADER = """\
---
file_format: mystnb
kernelspec:
  name: python3
  display_name: Python 3
---
"""


def build_small_site(root: Path, body: str = "", examples=None, snippets=None, notebook=False):
    shutil.copy2(ROOT / "conf.py", root / "conf.py")
    for folder in ("_ext", "tools"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("_data", "_static", "_templates"):
        shutil.copytree(ROOT / "docs" / folder, root / "docs" / folder)
    (root / "examples").mkdir()
    (root / "examples" / "README.rst").write_text("Examples\n========\n", encoding="utf-8")
    for name, code in (examples or {}).items():
        (root / "examples" / name).write_text(code, encoding="utf-8")
    for name, code in (snippets or {}).items():
        (root / "snippets").mkdir(exist_ok=True)
        (root / "snippets" / name).write_text(code, encoding="utf-8")
    page = (NOTEBOOK_HEADER if notebook else "") + INDEX.format(body=body)
    (root / "docs" / "index.md").write_text(page, encoding="utf-8")
    result = sphinx_build(root / "docs", root / "_build" / "html", confdir=root)
    return result.returncode, result.stdout + result.stderr


@pytest.mark.build
def test_the_small_site_builds_cleanly(tmp_path):
    status, log = build_small_site(tmp_path, body="Some text.")
    assert status == 0, log


@pytest.mark.build
def test_a_failing_snippet_fails_the_build_naming_the_page(tmp_path):
    body = "```{code-cell} python\n:load: ../snippets/broken.py\n```\n"
    snippets = {"broken.py": "print('before')\nraise ValueError('the snippet is broken')\n"}
    status, log = build_small_site(tmp_path, body=body, snippets=snippets, notebook=True)
    assert status != 0
    assert "docs/index.md" in log
    assert "the snippet is broken" in log


@pytest.mark.build
def test_a_failing_example_fails_the_build_naming_the_file(tmp_path):
    example = '"""\nBroken\n======\n\nRaises.\n"""\n\nraise RuntimeError("example broke")\n'
    status, log = build_small_site(tmp_path, examples={"plot_broken.py": example})
    assert status != 0
    assert "plot_broken.py" in log
    assert "example broke" in log


@pytest.mark.build
def test_a_broken_cross_reference_fails_the_build(tmp_path):
    status, log = build_small_site(tmp_path, body="See {ref}`no-such-label`.")
    assert status != 0
    assert "no-such-label" in log


@pytest.mark.build
def test_an_unknown_seed_label_fails_the_build(tmp_path):
    status, log = build_small_site(tmp_path, body="(seed-12-1)=\n## 12.1 Not in the book\n")
    assert status != 0
    assert "unknown seed label 'seed-12-1'" in log


@pytest.mark.build
def test_a_seed_label_on_the_wrong_heading_fails_the_build(tmp_path):
    status, log = build_small_site(tmp_path, body="(seed-2-2)=\n## 2.3 Common CNN functions\n")
    assert status != 0
    assert "must sit on the heading of section 2.2" in log


@pytest.mark.build
def test_a_chapter_with_missing_sections_fails_the_build(tmp_path):
    status, log = build_small_site(tmp_path, body="(seed-7)=\n## 7 Bazel\n")
    assert status != 0
    assert "chapter 7 has pages but lacks sections seed-7-1" in log


@pytest.mark.build
def test_editing_a_snippet_executes_its_page_again(tmp_path):
    body = "```{code-cell} python\n:load: ../snippets/greeting.py\n```\n"
    snippets = {"greeting.py": "print('first version')\n"}
    status, log = build_small_site(tmp_path, body=body, snippets=snippets, notebook=True)
    assert status == 0, log
    (tmp_path / "snippets" / "greeting.py").write_text("print('second version')\n")
    result = sphinx_build(tmp_path / "docs", tmp_path / "_build" / "html", confdir=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "_build" / "html" / "index.html").read_text(encoding="utf-8")
    assert "second version" in page and "first version" not in page
