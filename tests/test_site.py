"""Facts about the built HTML: the source map, links, images and assets."""

from __future__ import annotations

import html
import re
import runpy
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from conftest import ROOT

pytestmark = pytest.mark.build

# Sphinx's own pages, which carry no content of the book.
GENERATED_PAGES = {"genindex.html", "search.html"}


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    id_list: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    images: list[dict[str, str | None]] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.page.ids.add(attributes["id"])
            self.page.id_list.append(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.page.links.append(attributes["href"])
        elif tag == "img":
            self.page.images.append(attributes)
            self.page.assets.append(attributes.get("src") or "")
            for candidate in (attributes.get("srcset") or "").split(","):
                if candidate.strip():
                    self.page.assets.append(candidate.split()[0])
        elif tag == "script" and attributes.get("src"):
            self.page.assets.append(attributes["src"])
        elif tag == "link" and attributes.get("href"):
            self.page.assets.append(attributes["href"])


@cache
def parse(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.page


def pages(site: Path) -> list[Path]:
    """The site's pages (not the HTML fragments in _static/ and the other asset folders)."""
    return sorted(
        path for path in site.rglob("*.html") if not path.relative_to(site).parts[0].startswith("_")
    )


def content_pages(site: Path) -> list[Path]:
    return [path for path in pages(site) if path.name not in GENERATED_PAGES]


def is_external(url: str) -> bool:
    parsed = urlparse(url)
    return bool(parsed.scheme in {"http", "https"} or parsed.netloc or url.startswith("//"))


def seed_label_locations(site: Path) -> dict[str, list[str]]:
    locations = defaultdict(list)
    for path in content_pages(site):
        for anchor in parse(path).id_list:
            if anchor.startswith("seed-"):
                locations[anchor].append(str(path.relative_to(site)))
    return locations


def chapters_in_progress() -> dict[str, str]:
    return runpy.run_path(str(ROOT / "conf.py"))["tfnotes_chapters_in_progress"]


def test_every_seed_label_is_a_known_section_and_unique(site, sections):
    known = {section.label for section in sections}
    locations = seed_label_locations(site)
    assert locations, "no seed labels in the built site"
    assert sorted(set(locations) - known) == []
    assert {label: where for label, where in locations.items() if len(where) > 1} == {}


def test_every_chapter_with_pages_has_all_its_labels(site, sections):
    """A chapter that appears on the site carries every one of its sections, except a chapter
    declared in progress in conf.py, which must then really be incomplete (so the exemption is
    dropped as soon as the chapter is finished)."""
    present = set(seed_label_locations(site))
    by_chapter = defaultdict(list)
    for section in sections:
        by_chapter[section.chapter].append(section.label)
    in_progress = chapters_in_progress()
    missing = {}
    for chapter, labels in by_chapter.items():
        have = [label for label in labels if label in present]
        if not have:
            assert chapter not in in_progress, f"chapter {chapter} has no page yet"
            continue
        lacking = [label for label in labels if label not in present]
        if chapter in in_progress:
            assert lacking, f"chapter {chapter} is complete: remove it from chapters in progress"
        elif lacking:
            missing[chapter] = lacking
    assert missing == {}


def test_section_map_links_every_present_label(site, sections):
    about = site / "appendix" / "about-translation.html"
    text = about.read_text(encoding="utf-8")
    present = seed_label_locations(site)
    for label, (where, *_rest) in present.items():
        assert f'{Path(where).name}#{label}"' in text, f"{label} is not linked from the map"
    for section in sections:
        assert f'<span lang="zh-Hans">{html.escape(section.original_title)}</span>' in text


def test_internal_links_and_anchors_resolve(site):
    broken = []
    for path in pages(site):
        for href in parse(path).links:
            if is_external(href) or href.startswith(("mailto:", "javascript:")):
                continue
            target, anchor = urldefrag(href)
            target_path = (path.parent / unquote(target)).resolve() if target else path
            if target_path.is_dir():
                target_path = target_path / "index.html"
            if not target_path.exists():
                broken.append(f"{path.relative_to(site)}: {href} (no such file)")
            elif anchor and target_path.suffix == ".html" and anchor not in parse(target_path).ids:
                broken.append(f"{path.relative_to(site)}: {href} (no such anchor)")
    assert broken == []


def test_every_image_has_alt_text(site):
    missing = [
        f"{path.relative_to(site)}: {image.get('src')}"
        for path in pages(site)
        for image in parse(path).images
        if not (image.get("alt") or "").strip()
    ]
    assert missing == []


def test_no_asset_is_loaded_from_off_the_site(site):
    external = [
        f"{path.relative_to(site)}: {url}"
        for path in pages(site)
        for url in parse(path).assets
        if is_external(url)
    ]
    assert external == []
    # Math renders with the MathJax vendored into the site.
    page = (site / "ch02-basics" / "activations.html").read_text(encoding="utf-8")
    assert re.search(r'<script[^>]+src="\.\./_static/vendor/mathjax/tex-chtml-full\.js', page)


def test_local_assets_exist(site):
    missing = []
    for path in pages(site):
        for url in parse(path).assets:
            if is_external(url) or url.startswith("data:"):
                continue
            local = (path.parent / unquote(urldefrag(url)[0].split("?")[0])).resolve()
            if not local.exists():
                missing.append(f"{path.relative_to(site)}: {url}")
    assert missing == []


def test_executed_pages_show_their_outputs(site):
    """Each code cell of a page that loads a snippet has an output block under it."""
    for source in (ROOT / "docs").rglob("*.md"):
        text = source.read_text(encoding="utf-8")
        cells = len(re.findall(r"^```\{code-cell\}", text, flags=re.MULTILINE))
        if not cells:
            continue
        html_path = site / source.relative_to(ROOT / "docs").with_suffix(".html")
        html = html_path.read_text(encoding="utf-8")
        assert html.count('class="cell docutils container"') == cells, html_path
        outputs = html.count('class="cell_output docutils container"')
        assert outputs == cells, f"{html_path}: {outputs} outputs for {cells} cells"
        assert "Traceback" not in html


def test_gallery_pages_offer_script_and_notebook_downloads(site):
    for script in sorted((ROOT / "examples").rglob("plot_*.py")):
        relative = script.relative_to(ROOT / "examples")
        page = site / "auto_examples" / relative.with_suffix(".html")
        html = page.read_text(encoding="utf-8")
        for suffix in (".py", ".ipynb"):
            match = re.search(rf'href="([^"]+/{script.stem}{re.escape(suffix)})"', html)
            assert match, f"{page} has no {suffix} download"
            assert (page.parent / match.group(1)).resolve().is_file()
        assert re.search(r'class\s*=\s*"sphx-glr-(single|multi)-img', html), page


def test_chinese_titles_are_marked_as_chinese(site, sections):
    about = (site / "appendix" / "about-translation.html").read_text(encoding="utf-8")
    assert about.count('<span lang="zh-Hans">') == len(sections)
