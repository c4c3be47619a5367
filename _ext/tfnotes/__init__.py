"""Sphinx extension of TensorFlow Notes.

- ``{section-map}``: the table of the book's sections (About this translation), built from
  ``docs/_data/sections.tsv``, linking each section that has a page.
- ``{tf-migration}``: the TF 1.x -> TF 2 table, built from ``docs/_data/tf1_to_tf2.toml``; with
  ``:sections: 9.2`` only the entries used in those book sections (and their subsections).
- Under each numbered heading, the book's original (Chinese) title, marked as Chinese and
  searchable (see ``search.py`` for the Chinese search).
- A consistency check: every ``seed-…`` label is a section of the book and sits on the heading
  that carries that section's number.
- myst-nb's execution cache prepared for parallel reading (``execution.py``).
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .data import DataError, Section, in_sections, load_migration, load_sections
from .execution import prepare_execution_cache
from .search import BookChineseSearch, title_words

logger = logging.getLogger(__name__)

SEED_PREFIX = "seed-"


class section_link(nodes.General, nodes.Inline, nodes.Element):
    """A link to a seed label, resolved once all pages are read (the label may not exist yet)."""


def _sections(env) -> list[Section]:
    path = env.config.tfnotes_sections_file
    cached = getattr(env, "_tfnotes_sections", None)
    if cached is None or cached[0] != path:
        try:
            env._tfnotes_sections = (path, load_sections(path))
        except (OSError, DataError) as error:
            raise DataError(f"cannot load the section list: {error}") from error
    return env._tfnotes_sections[1]


def _zh(text: str) -> nodes.raw:
    """Chinese text marked with its language, so screen readers and search treat it as such."""
    return nodes.raw("", f'<span lang="zh-Hans">{html.escape(text)}</span>', format="html")


def _table(headers: list[str], rows: list[list[list[nodes.Node]]], widths: list[int], classes):
    table = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head_row = nodes.row()
    for header in headers:
        head_row += nodes.entry("", nodes.paragraph(text=header))
    group += nodes.thead("", head_row)
    body = nodes.tbody()
    for cells in rows:
        row = nodes.row()
        for cell in cells:
            row += nodes.entry("", nodes.paragraph("", "", *cell))
        body += row
    group += body
    return table


class SectionMapDirective(SphinxDirective):
    """Every numbered section of the book: number, English title (linked), original title."""

    has_content = False

    def run(self):
        self.env.note_dependency(self.config.tfnotes_sections_file)
        rows = []
        for section in _sections(self.env):
            link = section_link(label=section.label, number=section.number)
            link += nodes.Text(section.title_en)
            indent = "\u2003" * section.depth
            rows.append(
                [
                    [nodes.literal(text=section.number)],
                    [nodes.Text(indent), link],
                    [_zh(section.original_title)],
                ]
            )
        headers = ["Section", "English title", "Original title"]
        return [_table(headers, rows, [10, 50, 40], ["tfnotes-section-map"])]


class MigrationDirective(SphinxDirective):
    """The TF 1.x APIs of the book and their TF 2.21 replacements, one row per API.

    ``:sections:`` takes section numbers (``9.2`` or ``9.1.1 9.1.6``) and keeps only the entries
    used in one of them or in one of their subsections.
    """

    has_content = False
    option_spec: ClassVar[dict] = {"sections": directives.unchanged_required}

    def run(self):
        path = self.config.tfnotes_migration_file
        self.env.note_dependency(path)
        numbers = {section.number for section in _sections(self.env)}
        entries = load_migration(path, numbers)
        anchored = "sections" not in self.options
        if not anchored:
            prefixes = self.options["sections"].replace(",", " ").split()
            unknown = [prefix for prefix in prefixes if prefix not in numbers]
            if unknown:
                raise self.error(f"tf-migration: unknown book sections {unknown}")
            entries = [entry for entry in entries if in_sections(entry, prefixes)]
            if not entries:
                raise self.error(f"tf-migration: no entry is used in sections {prefixes}")
        rows = []
        for entry in sorted(entries, key=lambda item: item.tf1.lower()):
            tf1_cell: list[nodes.Node] = [nodes.literal(text=entry.tf1)]
            if anchored:  # the full table is the one to link to: one anchor per TF 1 name
                tf1_cell.insert(0, nodes.target("", "", ids=[nodes.make_id("api-" + entry.tf1)]))
            tf2_cell: list[nodes.Node] = []
            for index, name in enumerate(entry.tf2):
                if index:
                    tf2_cell.append(nodes.Text(", "))
                tf2_cell.append(nodes.literal(text=name))
            if not tf2_cell:
                tf2_cell.append(nodes.emphasis(text="none"))
            used_in: list[nodes.Node] = []
            for index, number in enumerate(entry.sections):
                if index:
                    used_in.append(nodes.Text(", "))
                link = section_link(label="seed-" + number.replace(".", "-"), number=number)
                link += nodes.Text(number)
                used_in.append(link)
            notes, _messages = self.parse_inline(entry.notes, lineno=self.lineno)
            rows.append([tf1_cell, tf2_cell, [nodes.Text(entry.change)], used_in, list(notes)])
        headers = ["TF 1.x (book)", "TF 2.21", "Change", "Book sections", "Notes"]
        return [_table(headers, rows, [22, 22, 12, 10, 34], ["tfnotes-migration"])]


def _resolve_section_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    labels = app.env.domains.standard_domain.labels
    for node in list(doctree.findall(section_link)):
        target = labels.get(node["label"])
        if target is None:
            replacement = nodes.inline("", "", *node.children, classes=["tfnotes-untranslated"])
        else:
            target_doc, anchor, _title = target
            uri = app.builder.get_relative_uri(docname, target_doc) + "#" + anchor
            replacement = nodes.reference("", "", *node.children, refuri=uri, internal=True)
        node.replace_self(replacement)


def _show_original_titles(app: Sphinx, doctree: nodes.document) -> None:
    """Put the book's original title under each numbered heading (readers of the book know it, and
    it makes the Chinese title searchable on the page that translates it)."""
    by_label = {section.label: section for section in _sections(app.env)}
    for section_node in doctree.findall(nodes.section):
        seed = next((by_label[id_] for id_ in section_node["ids"] if id_ in by_label), None)
        if seed is None:
            continue
        title_index = section_node.first_child_matching_class(nodes.title)
        # Raw HTML: searchable, but left out of the page's OpenGraph description.
        line = nodes.raw(
            "",
            '<p class="tfnotes-original-title">Book section title: '
            f'<span lang="zh-Hans">{html.escape(seed.original_title)}</span></p>',
            format="html",
        )
        section_node.insert((title_index or 0) + 1, line)


# A myst-nb code cell whose source is a snippet file.
_LOAD_OPTION = re.compile(r"^:load:[ \t]*(\S+)[ \t]*$", re.MULTILINE)


def _note_loaded_snippets(app: Sphinx, docname: str, source: list[str]) -> None:
    """A page is read (and its cells executed) again when a snippet it loads changes."""
    page_folder = Path(app.env.doc2path(docname)).parent
    for target in _LOAD_OPTION.findall(source[0]):
        app.env.note_dependency(str((page_folder / target).resolve()), docname=docname)


def _prepare_search(app: Sphinx) -> None:
    BookChineseSearch.extra_words = tuple(
        title_words(section.original_title for section in _sections(app.env))
    )


def _describe_gallery_thumbnails(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """sphinx-gallery leaves its thumbnails' alt text empty; give each the title of its example
    (the text of the link that follows the thumbnail), so that no image lacks a description."""
    for image in doctree.findall(nodes.image):
        if image.get("alt") or "/thumb/sphx_glr_" not in image.get("uri", ""):
            continue
        following = image.next_node(
            nodes.reference, include_self=False, descend=True, siblings=True, ascend=True
        )
        title = following.astext() if following is not None else image["uri"].rsplit("/", 1)[-1]
        image["alt"] = f"Thumbnail of the example: {title}"


# A sidebar entry that links to a page and has sub-pages: its <summary> holds only a chevron.
_BARE_SUMMARY = re.compile(
    r'(<a class="reference internal"[^>]*>(?P<text>.*?)</a>\s*<details[^>]*>\s*)<summary>'
    r'(?=\s*<span class="toctree-toggle")',
    re.DOTALL,
)


def _name_sidebar_toggles(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Give the sidebar's expand/collapse toggles an accessible name (axe: summary-name)."""
    generate = context.get("generate_toctree_html")
    if generate is None:
        return

    def label(match: re.Match) -> str:
        text = html.escape(re.sub(r"<[^>]+>", "", match["text"]).strip(), quote=True)
        return f'{match[1]}<summary aria-label="Show the pages under {text}">'

    @functools.wraps(generate)
    def generate_with_named_toggles(*args, **kwargs):
        return _BARE_SUMMARY.sub(label, str(generate(*args, **kwargs)))

    context["generate_toctree_html"] = generate_with_named_toggles


def _check_seed_labels(app: Sphinx, env) -> None:
    """Fail the build (under -W) on a seed label that is unknown or sits on the wrong heading, and
    on a chapter that has pages but lacks some of its sections (unless it is in progress)."""
    sections = _sections(env)
    numbers = {section.label: section.number for section in sections}
    labels = env.domains.standard_domain.labels
    for label, (docname, _anchor, title) in labels.items():
        if not label.startswith(SEED_PREFIX):
            continue
        if label not in numbers:
            logger.warning(
                "unknown seed label %r: it is not a section of docs/_data/sections.tsv",
                label,
                location=docname,
                type="tfnotes",
                subtype="seed_label",
            )
        elif not title.startswith(numbers[label] + " "):
            logger.warning(
                "seed label %r must sit on the heading of section %s, not on %r",
                label,
                numbers[label],
                title,
                location=docname,
                type="tfnotes",
                subtype="seed_label",
            )
    in_progress = app.config.tfnotes_chapters_in_progress
    chapters: dict[str, list[str]] = {}
    for section in sections:
        chapters.setdefault(section.chapter, []).append(section.label)
    for chapter, chapter_labels in chapters.items():
        lacking = [label for label in chapter_labels if label not in labels]
        if len(lacking) == len(chapter_labels) or chapter in in_progress:
            continue
        if lacking:
            logger.warning(
                "chapter %s has pages but lacks sections %s (declare it in "
                "tfnotes_chapters_in_progress while it is being written)",
                chapter,
                ", ".join(lacking),
                type="tfnotes",
                subtype="chapter",
            )


def setup(app: Sphinx):
    app.add_config_value("tfnotes_sections_file", "", "env", types=[str])
    app.add_config_value("tfnotes_migration_file", "", "env", types=[str])
    app.add_config_value("tfnotes_chapters_in_progress", {}, "env", types=[dict])
    app.add_node(section_link)
    app.add_directive("section-map", SectionMapDirective)
    app.add_directive("tf-migration", MigrationDirective)
    app.add_search_language(BookChineseSearch)
    app.connect("builder-inited", _prepare_search)
    app.connect("builder-inited", prepare_execution_cache)
    app.connect("source-read", _note_loaded_snippets)
    app.connect("doctree-read", _show_original_titles)
    app.connect("doctree-resolved", _resolve_section_links)
    app.connect("doctree-resolved", _describe_gallery_thumbnails)
    app.connect("env-check-consistency", _check_seed_labels)
    # After the theme (priority 500) has put its sidebar generator into the page context.
    app.connect("html-page-context", _name_sidebar_toggles, priority=600)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
