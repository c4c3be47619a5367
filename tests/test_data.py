"""The data files: the section list (the source map) and the TF1 -> TF2 mapping."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import ROOT, SECTIONS_FILE
from tfnotes.data import (
    CHANGE_KINDS,
    ApiEntry,
    DataError,
    in_sections,
    load_migration,
    load_sections,
    resolve_api_name,
)

MIGRATION_FILE = ROOT / "docs" / "_data" / "tf1_to_tf2.toml"
SHARED_SECTIONS = ROOT.parent / "shared" / "seed" / "sections.tsv"
# The TF 1.x listings the pages keep for reference: dropdowns titled like this one.
TF1_DROPDOWN = re.compile(
    r"^(:{3,})\{dropdown\} The book's TensorFlow 1\.x listing[^\n]*\n(.*?)^\1[ \t]*$",
    re.DOTALL | re.MULTILINE,
)
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


@pytest.fixture(scope="module")
def migration(sections):
    return load_migration(MIGRATION_FILE, {section.number for section in sections})


def test_the_book_has_200_numbered_sections_with_english_titles(sections):
    assert len(sections) == 200
    assert sections[0].number == "1" and sections[-1].number == "9.4.1"
    assert all(section.title_en.strip() == section.title_en for section in sections)


@pytest.mark.skipif(not SHARED_SECTIONS.exists(), reason="../shared/seed/sections.tsv is absent")
def test_the_projects_copy_matches_the_shared_section_list():
    with SHARED_SECTIONS.open(encoding="utf-8", newline="") as handle:
        shared = [row[:3] for row in csv.reader(handle, delimiter="\t")][1:]
    with SECTIONS_FILE.open(encoding="utf-8", newline="") as handle:
        ours = [row[:3] for row in csv.reader(handle, delimiter="\t")][1:]
    assert ours == shared


def test_every_tf2_name_exists_in_the_installed_tensorflow(migration):
    unresolved = []
    for entry in migration:
        for name in entry.tf2:
            try:
                resolve_api_name(name)
            except LookupError as error:
                unresolved.append(str(error))
    assert unresolved == []


def test_every_entry_of_the_api_chapter_is_covered_by_the_mapping(sections, migration):
    """Chapter 9 is the book's API reference: each of its entries (9.x.y) needs a mapping entry,
    and each module (9.x) one too, since the module index pages show the data for their prefix."""
    chapter = [section for section in sections if section.chapter == "9"]
    entries = [section.number for section in chapter if section.depth == 2]
    modules = [section.number for section in chapter if section.depth == 1]
    assert (len(entries), modules) == (42, ["9.1", "9.2", "9.3", "9.4"])
    covered = {number for entry in migration for number in entry.sections}
    assert [number for number in entries if number not in covered] == []
    assert [m for m in modules if not any(in_sections(e, [m]) for e in migration)] == []


def test_a_section_prefix_selects_the_section_and_its_subsections():
    image = ApiEntry("tf.image.resize_images", ("tf.image.resize",), "renamed", ("9.2.7",), "x")
    assert in_sections(image, ["9.2"]) and in_sections(image, ["9.2.7"])
    assert in_sections(image, ["9.1", "9.2"])
    assert in_sections(image, ["9"])
    assert not in_sections(image, ["9.2.1"]) and not in_sections(image, ["9.2.70", "9.20"])


def test_every_change_kind_is_known_and_removed_apis_are_really_gone(migration):
    for entry in migration:
        assert entry.change in CHANGE_KINDS
        if entry.change in {"removed", "renamed"}:
            with pytest.raises(LookupError):
                resolve_api_name(entry.tf1)
        if entry.change == "same":
            assert entry.tf1 in entry.tf2, f"{entry.tf1} is 'same' but maps to {entry.tf2}"


def test_every_tf1_api_in_the_pages_listings_is_mapped(migration):
    mapped = {entry.tf1 for entry in migration}
    used = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for _fence, dropdown in TF1_DROPDOWN.findall(page.read_text(encoding="utf-8")):
            for listing in PYTHON_BLOCK.findall(dropdown):
                for name in re.findall(r"\btf(?:\.\w+)+", listing):
                    used.setdefault(name, page.relative_to(ROOT).as_posix())
    assert used, "no TF 1.x listing found in the pages"
    assert {name: page for name, page in used.items() if name not in mapped} == {}


def test_resolving_an_unknown_name_says_which_part_is_missing():
    with pytest.raises(LookupError, match=r"tf\.nn\.no_such_op does not exist"):
        resolve_api_name("tf.nn.no_such_op.inner")
    with pytest.raises(LookupError, match="unknown root"):
        resolve_api_name("torch.nn.Linear")
    assert resolve_api_name("absl.flags.DEFINE_string").__name__ == "DEFINE_string"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('tf1 = "tf.a"\nchange = "gone"\nsections = ["2.2"]', "'change' must be one of"),
        (
            'tf1 = "tf.a"\nchange = "removed"\ntf2 = "tf.b"\nsections = ["2.2"]\nnotes = "x"',
            "a removed API has no 'tf2'",
        ),
        (
            'tf1 = "tf.a"\ntf2 = "tf.a"\nchange = "same"\nsections = ["12.1"]',
            r"unknown book sections \['12.1'\]",
        ),
        ('tf1 = "tf.a"\ntf2 = "tf.b"\nchange = "renamed"\nsections = ["2.2"]', "needs 'notes'"),
        (
            'tf1 = "tf.a"\ntf2 = "numpy.a"\nchange = "moved"\nsections = ["2.2"]\nnotes = "x"',
            "must start with one of",
        ),
        (
            'tf1 = "tf.a"\ntf2 = "tf.a"\nchange = "same"\nsections = ["2.2"]\nnote = "typo"',
            r"unknown keys \['note'\]",
        ),
    ],
)
def test_a_malformed_migration_entry_is_refused_with_its_name(tmp_path, entry, message):
    path = tmp_path / "mapping.toml"
    path.write_text("[[api]]\n" + entry + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_migration(path, {"2.2"})


def test_a_malformed_section_list_is_refused(tmp_path: Path):
    path = tmp_path / "sections.tsv"
    header = "number\tlabel\toriginal_title\ttitle_en\n"
    path.write_text(header + "2.2\tseed-2-3\t激活函数\tActivation functions\n", encoding="utf-8")
    with pytest.raises(DataError, match="must have label seed-2-2"):
        load_sections(path)
    path.write_text(header + "2.2\tseed-2-2\t激活函数\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="every column needs a value"):
        load_sections(path)
