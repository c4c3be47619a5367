"""Benchmark the site build on a private copy of the project; write JSON and print a table.

Usage: ``python tools/bench.py OUTPUT.json`` (``nox -s bench`` runs it in the docs environment).

Measures: a clean build; a rebuild with no change; a rebuild after editing one prose page; each
gallery example run standalone and inside the build; each executed page run on its own and inside
the build; the site's size and its heaviest pages (HTML plus the images it shows). Then checks
determinism: a second clean build, in a second copy, must give the same files, apart from the
running times sphinx-gallery prints and the files that show measurements (``MEASURED_*``); every
file that differs is listed, with its reason if it is expected to. The project's targets are
reported next to the numbers, never asserted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from buildenv import BUILD_ENV, SPHINX_OPTIONS
from run_examples import gallery_scripts, run_standalone

ROOT = Path(__file__).resolve().parent.parent
COPIED = ["conf.py", "_ext", "tools", "docs", "examples", "snippets"]
GENERATED = ["docs/auto_examples", "docs/gen_modules", "_build"]
EDITED_PAGE = "docs/ch02-basics/activations.md"
TARGETS = {
    "no_change_rebuild_s": 5.0,
    "one_page_edit_s": 15.0,
    "clean_vs_standalone_ratio": 0.5,
    "page_bytes": 1_500_000,
}
# What may differ between two clean builds: the running time sphinx-gallery prints.
VOLATILE = re.compile(rb"\(\s*\d+ minutes\s+[\d.]+ seconds\)")
# Outputs that report measurements of the build itself, so two builds differ there by design:
# timings, and the sizes of serialized TensorFlow graphs (their function names carry a
# process-wide counter, which depends on what the process ran before).
MEASURED_FILES = {
    "ch05-performance/measuring.html": "profiler and step timings",
    "ch05-performance/best-practices.html": "file-reading timings",
    "searchindex.js": "it indexes the words of the pages that show measurements",
}
MEASURED_EXAMPLES = {
    "plot_input_pipeline": "input-pipeline timings",
    "plot_transfer_learning_bottlenecks": "bottleneck-cache timing",
    "plot_multi_worker_training": "training time",
    "plot_save_and_load": "sizes of serialized graphs",
    "plot_quantization": "sizes of serialized models",
}
RUNNING_TIME = re.compile(
    r"\*\*Total running time of the script:\*\* \(\s*(\d+) minutes\s+([\d.]+) seconds\)"
)


def build(project: Path) -> float:
    command = [
        sys.executable,
        "-m",
        "sphinx",
        *SPHINX_OPTIONS,
        "-q",
        "-c",
        ".",
        "docs",
        "_build/html",
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in the benchmark copy:\n{result.stderr[-5000:]}")
    return seconds


def examples_in_build(project: Path) -> dict[str, float]:
    times = {}
    for rst in sorted((project / "docs" / "auto_examples").rglob("plot_*.rst")):
        match = RUNNING_TIME.search(rst.read_text(encoding="utf-8"))
        if match:
            name = rst.relative_to(project / "docs" / "auto_examples").with_suffix(".py")
            times[f"examples/{name.as_posix()}"] = int(match[1]) * 60 + float(match[2])
    return times


def pages_in_build(project: Path) -> dict[str, float]:
    from jupyter_cache import get_cache

    cache = get_cache(project / "_build" / ".jupyter_cache")
    return {
        Path(record.uri).relative_to(project).as_posix(): record.data.get("execution_seconds", 0.0)
        for record in cache.list_cache_records()
    }


def page_standalone(page: Path) -> float:
    """Execute one page's code cells in a fresh kernel, as the build does for that page alone."""
    import nbclient
    from myst_nb.core.read import read_myst_markdown_notebook

    notebook = read_myst_markdown_notebook(page.read_text(encoding="utf-8"), path=page)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(page.parent)}},
    )
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


class _Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "img" and attributes.get("src"):
            self.sources.append(attributes["src"])


def page_weights(html: Path) -> list[tuple[str, int]]:
    weights = []
    for page in html.rglob("*.html"):
        parser = _Images()
        parser.feed(page.read_text(encoding="utf-8"))
        images = {(page.parent / unquote(src)).resolve() for src in parser.sources}
        size = page.stat().st_size + sum(path.stat().st_size for path in images if path.is_file())
        weights.append((page.relative_to(html).as_posix(), size))
    return sorted(weights, key=lambda item: item[1], reverse=True)


def comparable(path: Path) -> bytes | dict[str, bytes]:
    """A file's content with its volatile parts removed (zip archives: their members)."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name) for name in sorted(archive.namelist())}
    return VOLATILE.sub(b"(running time)", path.read_bytes())


def measurement_shown(name: str) -> str | None:
    """Why the built file ``name`` shows a measurement (so may differ between builds), or None."""
    if name in MEASURED_FILES:
        return MEASURED_FILES[name]
    for stem, reason in MEASURED_EXAMPLES.items():
        page = rf"auto_examples/.+/{stem}\.html"
        figure = rf"_images/sphx_glr_{stem}_(\d+(_2_00x)?|thumb)\.png"
        if re.fullmatch(f"{page}|{figure}", name):
            return reason
    return None


def differing_files(first: Path, second: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and ".doctrees" not in path.parts
        }

    first_files, second_files = files(first), files(second)
    differing = sorted(first_files ^ second_files)
    for name in sorted(first_files & second_files):
        if comparable(first / name) != comparable(second / name):
            differing.append(name)
    return differing


def copy_project(destination: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source,
                destination / name,
                ignore=shutil.ignore_patterns("__pycache__", "auto_examples", "gen_modules"),
            )
        else:
            shutil.copy2(source, destination / name)
    for name in GENERATED:
        shutil.rmtree(destination / name, ignore_errors=True)
    return destination


def main(output: Path) -> None:
    for name, value in BUILD_ENV.items():
        os.environ.setdefault(name, value)
    with tempfile.TemporaryDirectory(prefix="tfnotes-bench-") as folder:
        project = copy_project(Path(folder))
        print("clean build …", flush=True)
        clean = build(project)
        first_clean_html = Path(folder) / "first-clean-html"
        shutil.copytree(project / "_build" / "html", first_clean_html)
        print("no-change rebuild …", flush=True)
        no_change = build(project)
        edited = project / EDITED_PAGE
        edited.write_text(
            edited.read_text(encoding="utf-8") + "\nA sentence added by the benchmark.\n",
            encoding="utf-8",
        )
        print("rebuild after a one-page edit …", flush=True)
        one_edit = build(project)
        in_build_examples = examples_in_build(project)
        in_build_pages = pages_in_build(project)
        print("examples and pages on their own …", flush=True)
        standalone_examples = {
            script.relative_to(ROOT).as_posix(): run_standalone(script)
            for script in gallery_scripts()
        }
        standalone_pages = {page: page_standalone(project / page) for page in in_build_pages}
        html = project / "_build" / "html"
        weights = page_weights(html)
        site_bytes = sum(path.stat().st_size for path in html.rglob("*") if path.is_file())
        with tempfile.TemporaryDirectory(prefix="tfnotes-bench-2-") as second_folder:
            print("second clean build, for determinism …", flush=True)
            second = copy_project(Path(second_folder))
            build(second)
            differing = differing_files(first_clean_html, second / "_build" / "html")

    unexpected = [name for name in differing if measurement_shown(name) is None]
    standalone_total = sum(standalone_examples.values()) + sum(standalone_pages.values())
    report = {
        "clean_build_s": clean,
        "no_change_rebuild_s": no_change,
        "one_page_edit_s": one_edit,
        "edited_page": EDITED_PAGE,
        "examples": {
            name: {
                "standalone_s": standalone_examples[name],
                "in_build_s": in_build_examples.get(name),
            }
            for name in standalone_examples
        },
        "pages": {
            name: {"standalone_s": standalone_pages[name], "in_build_s": in_build_pages[name]}
            for name in standalone_pages
        },
        "standalone_total_s": standalone_total,
        "clean_vs_standalone_ratio": clean / standalone_total if standalone_total else None,
        "site_bytes": site_bytes,
        "heaviest_pages": [{"page": page, "bytes": size} for page, size in weights[:5]],
        "pages_over_budget": [page for page, size in weights if size > TARGETS["page_bytes"]],
        "determinism": {
            "identical_apart_from_measurements": not unexpected,
            "unexpected_differences": unexpected,
            "measurements": {
                name: measurement_shown(name) for name in differing if name not in unexpected
            },
        },
        "targets": TARGETS,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print_table(report)
    print(f"\nwritten to {output}")


def print_table(report: dict) -> None:
    def row(name: str, value: str, target: str = "") -> None:
        print(f"| {name:<70} | {value:>12} | {target:<10} |")

    print(f"\n| {'measure':<70} | {'value':>12} | {'target':<10} |")
    print(f"|{'-' * 72}|{'-' * 14}|{'-' * 12}|")
    row("clean build", f"{report['clean_build_s']:.1f} s")
    row("no-change rebuild", f"{report['no_change_rebuild_s']:.1f} s", "≤ 5 s")
    row(
        f"rebuild after editing {report['edited_page']}",
        f"{report['one_page_edit_s']:.1f} s",
        "≤ 15 s",
    )
    for name, times in report["examples"].items():
        in_build = times["in_build_s"]
        row(f"{name} standalone", f"{times['standalone_s']:.1f} s")
        row(f"{name} in the build", f"{in_build:.1f} s" if in_build is not None else "cached")
    for name, times in report["pages"].items():
        row(f"{name} on its own", f"{times['standalone_s']:.1f} s")
        row(f"{name} in the build", f"{times['in_build_s']:.1f} s")
    row("sum of examples and pages on their own", f"{report['standalone_total_s']:.1f} s")
    ratio = report["clean_vs_standalone_ratio"]
    row("clean build ÷ that sum", f"{ratio:.2f}" if ratio is not None else "n/a", "≤ 0.5")
    row("site size", f"{report['site_bytes'] / 1e6:.2f} MB")
    for heaviest in report["heaviest_pages"][:3]:
        row(f"page {heaviest['page']}", f"{heaviest['bytes'] / 1e3:.0f} kB", "≤ 1500 kB")
    row("pages over 1.5 MB with their images", str(len(report["pages_over_budget"])), "0")
    determinism = report["determinism"]
    identical = determinism["identical_apart_from_measurements"]
    row("two clean builds identical apart from measurements", "yes" if identical else "no")
    for name in determinism["unexpected_differences"]:
        print(f"    differs unexpectedly: {name}")
    for name, reason in determinism["measurements"].items():
        print(f"    differs ({reason}): {name}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
