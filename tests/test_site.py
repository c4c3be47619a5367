"""Facts about the built HTML: the source map, links, images and assets."""

from __future__ import annotations

import html
import json
import re
import runpy
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from conftest import ROOT, content_pages, pages
from tfnotes.search import title_words

pytestmark = pytest.mark.build


# <link> relations that make the browser fetch the URL.
LOADED_LINK_RELS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest"}


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
        elif (
            tag == "link"
            and attributes.get("href")
            # rel="canonical" names the page's public address; it loads nothing.
            and set((attributes.get("rel") or "").split()) & LOADED_LINK_RELS
        ):
            self.page.assets.append(attributes["href"])


@cache
def parse(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.page


def local_path(site: Path, page: Path, url: str) -> Path:
    """The file a same-site URL points to; root-relative URLs (the 404 page) start at the site."""
    target = unquote(urldefrag(url)[0].split("?")[0])
    base = site if target.startswith("/") else page.parent
    resolved = (base / target.lstrip("/")).resolve() if target else page
    return resolved / "index.html" if resolved.is_dir() else resolved


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
            anchor = urldefrag(href)[1]
            target_path = local_path(site, path, href)
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
            if not local_path(site, path, url).exists():
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


def test_no_page_shows_a_memory_address(site):
    """Outputs must read the same in every build: a repr such as ``<... object at 0x7f...>``
    carries an address that changes from run to run (and tells the reader nothing)."""
    address = re.compile(r" at 0x[0-9a-f]{6,}")
    showing = [
        str(path.relative_to(site))
        for path in pages(site)
        if address.search(path.read_text(encoding="utf-8"))
    ]
    assert not showing, f"pages that print a memory address: {showing}"


def test_gallery_pages_offer_script_and_notebook_downloads(site):
    for script in sorted((ROOT / "examples").rglob("plot_*.py")):
        relative = script.relative_to(ROOT / "examples")
        page = site / "auto_examples" / relative.with_suffix(".html")
        html = page.read_text(encoding="utf-8")
        for suffix in (".py", ".ipynb"):
            match = re.search(rf'href="([^"]+/{script.stem}{re.escape(suffix)})"', html)
            assert match, f"{page} has no {suffix} download"
            assert (page.parent / match.group(1)).resolve().is_file()


def test_chinese_titles_are_marked_as_chinese(site, sections):
    about = (site / "appendix" / "about-translation.html").read_text(encoding="utf-8")
    map_table = about[about.index('class="tfnotes-section-map') :]
    assert map_table.count('<span lang="zh-Hans">') == len(sections)


def test_each_numbered_heading_shows_the_books_original_title(site, sections):
    by_label = {section.label: section for section in sections}
    for label, (where, *_rest) in seed_label_locations(site).items():
        page = (site / where).read_text(encoding="utf-8")
        section_start = page.index(f'id="{label}"')
        expected = (
            '<p class="tfnotes-original-title">Book section title: '
            f'<span lang="zh-Hans">{html.escape(by_label[label].original_title)}</span></p>'
        )
        assert page.find(expected, section_start) != -1, f"{where}#{label}"


def search_index(site: Path) -> dict:
    text = (site / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def test_the_search_index_holds_the_books_chinese_title_words(site, sections):
    """Chinese words are indexed whole (the browser looks a query up as one word) and in their
    two-character parts, on the page that translates the section."""
    index = search_index(site)
    terms, docnames = index["terms"], index["docnames"]

    def pages_with(word):
        found = terms.get(word, [])
        return {docnames[i] for i in ([found] if isinstance(found, int) else found)}

    present = seed_label_locations(site)
    for section in sections:
        if section.label not in present:
            continue
        docname = present[section.label][0].removesuffix(".html")
        for word in title_words([section.original_title]):
            assert docname in pages_with(word), f"{word!r} does not find {docname}"
    assert "ch02-basics/activations" in pages_with("激活") & pages_with("激活函数")


def test_the_sitemap_lists_every_content_page_under_the_base_url(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    expected = {
        "http://127.0.0.1:8000/" + path.relative_to(site).as_posix() for path in content_pages(site)
    }
    assert listed == expected


def test_every_content_page_has_opengraph_metadata(site):
    for path in content_pages(site):
        text = path.read_text(encoding="utf-8")
        url = "http://127.0.0.1:8000/" + path.relative_to(site).as_posix()
        assert f'<meta property="og:url" content="{url}" />' in text, path
        assert re.search(r'<meta property="og:title" content="[^"]+" />', text), path


def test_the_404_page_links_home_with_absolute_urls(site):
    text = (site / "404.html").read_text(encoding="utf-8")
    assert '<a href="/index.html">home page</a>' in text
    assert 'href="/_static/' in text and 'href="_static/' not in text
