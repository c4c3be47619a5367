"""The project's data files, loaded and validated in one place for the build and the tests.

- ``docs/_data/sections.tsv``: the book's 200 numbered sections (number, seed label, original
  Chinese title, English title). It is the source map every page heading is checked against.
- ``docs/_data/tf1_to_tf2.toml``: every TF 1.x API the book uses and its TF 2.21 replacement. It
  feeds the migration page and the module index pages of chapter 9.
"""

from __future__ import annotations

import csv
import importlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

SECTION_COLUMNS = ("number", "label", "original_title", "title_en")

CHANGE_KINDS = (
    "same",
    "renamed",
    "moved",
    "arguments changed",
    "defaults changed",
    "removed",
)

# Top-level names a TF 2 entry may start with, and the module each one imports.
API_ROOTS = {"tf": "tensorflow", "keras": "keras", "absl": "absl"}


class DataError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Section:
    number: str
    label: str
    original_title: str
    title_en: str

    @property
    def chapter(self) -> str:
        return self.number.split(".")[0]

    @property
    def depth(self) -> int:
        return self.number.count(".")


@dataclass(frozen=True)
class ApiEntry:
    tf1: str
    tf2: tuple[str, ...]
    change: str
    sections: tuple[str, ...]
    notes: str


def label_for(number: str) -> str:
    """The seed label a section number must carry: ``2.2.1`` -> ``seed-2-2-1``."""
    return "seed-" + number.replace(".", "-")


def load_sections(path: str | Path) -> list[Section]:
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if tuple(reader.fieldnames or ()) != SECTION_COLUMNS:
            raise DataError(f"{path}: header must be {SECTION_COLUMNS}, got {reader.fieldnames}")
        sections = []
        for line, row in enumerate(reader, start=2):
            if any(not (row.get(column) or "").strip() for column in SECTION_COLUMNS):
                raise DataError(f"{path}:{line}: every column needs a value: {row}")
            section = Section(**{column: row[column] for column in SECTION_COLUMNS})
            if section.label != label_for(section.number):
                raise DataError(
                    f"{path}:{line}: section {section.number} must have label "
                    f"{label_for(section.number)}, not {section.label}"
                )
            sections.append(section)
    labels = [section.label for section in sections]
    duplicated = sorted({label for label in labels if labels.count(label) > 1})
    if duplicated:
        raise DataError(f"{path}: duplicated labels {duplicated}")
    return sections


def load_migration(path: str | Path, section_numbers: set[str]) -> list[ApiEntry]:
    """Read the TF1 -> TF2 mapping; every entry must name a known change kind and book section."""
    path = Path(path)
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    entries = []
    for index, item in enumerate(raw.get("api", []), start=1):
        where = f"{path}: entry {index} ({item.get('tf1', '?')})"
        unknown_keys = set(item) - {"tf1", "tf2", "change", "sections", "notes"}
        if unknown_keys:
            raise DataError(f"{where}: unknown keys {sorted(unknown_keys)}")
        if not item.get("tf1"):
            raise DataError(f"{where}: 'tf1' is required")
        change = item.get("change")
        if change not in CHANGE_KINDS:
            raise DataError(f"{where}: 'change' must be one of {CHANGE_KINDS}, got {change!r}")
        tf2 = item.get("tf2", [])
        tf2 = (tf2,) if isinstance(tf2, str) else tuple(tf2)
        if change == "removed" and tf2:
            raise DataError(
                f"{where}: a removed API has no 'tf2' name; say what replaces it in 'notes'"
            )
        if change != "removed" and not tf2:
            raise DataError(f"{where}: 'tf2' is required unless the change is 'removed'")
        for name in tf2:
            if name.split(".")[0] not in API_ROOTS:
                raise DataError(
                    f"{where}: TF 2 name {name!r} must start with one of {list(API_ROOTS)}"
                )
        sections = tuple(item.get("sections", ()))
        if not sections:
            raise DataError(f"{where}: 'sections' must list the book sections that use it")
        unknown_sections = [number for number in sections if number not in section_numbers]
        if unknown_sections:
            raise DataError(f"{where}: unknown book sections {unknown_sections}")
        if change != "same" and not item.get("notes"):
            raise DataError(f"{where}: a change of kind {change!r} needs 'notes' that explain it")
        entries.append(ApiEntry(item["tf1"], tf2, change, sections, item.get("notes", "").strip()))
    seen = [entry.tf1 for entry in entries]
    duplicated = sorted({name for name in seen if seen.count(name) > 1})
    if duplicated:
        raise DataError(f"{path}: TF 1 names listed twice: {duplicated}")
    return entries


def in_sections(entry: ApiEntry, prefixes: list[str] | tuple[str, ...]) -> bool:
    """Whether one of the entry's book sections is one of ``prefixes`` or lies inside one:
    ``9.2`` matches ``9.2`` and ``9.2.7``, not ``9.20``."""
    return any(
        number == prefix or number.startswith(prefix + ".")
        for number in entry.sections
        for prefix in prefixes
    )


def resolve_api_name(name: str):
    """Import the object a dotted TF 2 name such as ``tf.nn.conv2d`` refers to.

    Raises ``LookupError`` naming the first attribute that does not exist.
    """
    root, *attributes = name.split(".")
    try:
        obj = importlib.import_module(API_ROOTS[root])
    except KeyError:
        raise LookupError(f"{name}: unknown root {root!r}") from None
    for depth, attribute in enumerate(attributes, start=1):
        try:
            obj = getattr(obj, attribute)
        except AttributeError:
            # Sub-packages such as absl.flags are modules that must be imported, not attributes.
            prefix = ".".join([API_ROOTS[root], *attributes[:depth]])
            try:
                obj = importlib.import_module(prefix)
            except ImportError:
                missing = ".".join([root, *attributes[:depth]])
                raise LookupError(f"{name}: {missing} does not exist") from None
    return obj
