"""Shared fixtures: the project's paths, its data, and one strict build of the whole site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "_ext"))
sys.path.insert(0, str(ROOT / "tools"))

from buildenv import BUILD_ENV, SPHINX_OPTIONS  # noqa: E402
from tfnotes.data import load_sections  # noqa: E402

TEST_BUILD = ROOT / "_build" / "test"
SECTIONS_FILE = ROOT / "docs" / "_data" / "sections.tsv"


# Sphinx's own pages, which carry no content of the book.
GENERATED_PAGES = {"genindex.html", "search.html", "404.html"}


def pages(site: Path) -> list[Path]:
    """The site's pages (not the HTML fragments in _static/ and the other asset folders)."""
    return sorted(
        path for path in site.rglob("*.html") if not path.relative_to(site).parts[0].startswith("_")
    )


def content_pages(site: Path) -> list[Path]:
    return [path for path in pages(site) if path.name not in GENERATED_PAGES]


def sphinx_build(srcdir: Path, outdir: Path, *extra: str, confdir: Path = ROOT):
    """Run ``sphinx-build -W -n --keep-going``; return the completed process (never raises)."""
    command = [
        sys.executable,
        "-m",
        "sphinx",
        *SPHINX_OPTIONS,
        "-c",
        str(confdir),
        "-d",
        str(outdir.parent / "doctrees"),
        *extra,
        str(srcdir),
        str(outdir),
    ]
    env = {**os.environ, **BUILD_ENV}
    # The site is checked as served from the root of its host (the default base URL).
    env.pop("TFNOTES_BASE_URL", None)
    return subprocess.run(
        command,
        cwd=confdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=3000,
    )


def build_problems(stderr: str) -> str:
    """Sphinx's warnings and errors, without the kernels' start-up chatter that buries them."""
    lines = [
        line
        for line in stderr.splitlines()
        if ("WARNING" in line or "ERROR" in line or "Error" in line) and "IPKernelApp" not in line
    ]
    return "\n".join(lines[-60:]) + "\n"


@pytest.fixture(scope="session")
def sections():
    return load_sections(SECTIONS_FILE)


@pytest.fixture(scope="session")
def site() -> Path:
    """The whole site, built from fresh with warnings as errors (-E re-reads every page, so every
    warning is seen; executed outputs come from the caches the docs build also uses)."""
    html = TEST_BUILD / "html"
    result = sphinx_build(ROOT / "docs", html, "-E")
    if result.returncode != 0:
        pytest.fail(
            "the strict site build failed:\n"
            + build_problems(result.stderr)
            + result.stdout[-3000:],
            pytrace=False,
        )
    return html
