"""The built site in a real browser: Playwright drives Debian's Chromium against pages served on
127.0.0.1. Skipped, with the reason, where Chromium is not installed (.ci/run installs it)."""

from __future__ import annotations

import functools
import json
import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ROOT, content_pages, pages

CHROMIUM = Path(os.environ.get("TFNOTES_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
# Each query, English or one of the book's Chinese titles, and the section whose page it must find.
SEARCHES = [
    ("relu", "seed-2-2-1"),
    ("dropout", "seed-2-2-5"),
    ("softmax", "seed-2-3-2"),
    ("Adam", "seed-2-4-7"),
    ("argparse", "seed-6-1"),
    ("tf.image.resize", "seed-9-2-7"),
    ("激活函数", "seed-2-2"),
    ("卷积函数", "seed-2-3-1"),
    ("优化方法", "seed-2-4"),
    ("正则表达式", "seed-6-3"),
]
# Where a search must rank the page to count as leading the reader to it.
SEARCH_TOP = 5

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"no Chromium at {CHROMIUM}: install Debian's chromium package "
        "(apt-get install chromium) or set TFNOTES_CHROMIUM",
    ),
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def base_url(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


class Visit:
    """A browser tab that records console errors, failed requests and off-site requests."""

    def __init__(self, browser, base_url, **context_options):
        self.base_url = base_url
        self.context = browser.new_context(**context_options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.failed: list[str] = []
        self.offsite: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))

    def _console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlparse(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.offsite.append(url)
            route.abort()

    def open(self, path: str):
        self.page.goto(self.base_url + path, wait_until="networkidle")
        return self.page

    def problems(self) -> dict[str, list[str]]:
        found = {
            "requests that left localhost": self.offsite,
            "console errors": self.console_errors,
            "failed requests": self.failed,
        }
        return {kind: list(items) for kind, items in found.items() if items}

    def assert_clean(self):
        assert self.problems() == {}


@pytest.fixture
def visit(browser, base_url):
    tab = Visit(browser, base_url)
    yield tab
    tab.context.close()


def page_of(site: Path, label: str) -> str | None:
    """The page (relative URL) whose HTML has the anchor ``label``, if it is on the site."""
    for path in content_pages(site):
        if f'id="{label}"' in path.read_text(encoding="utf-8"):
            return path.relative_to(site).as_posix()
    return None


# Loads every image, including those the page marks to load lazily, and lists the ones that fail.
BROKEN_IMAGES = """async () => {
  const images = Array.from(document.images);
  const results = await Promise.all(images.map(async (image) => {
    image.loading = "eager";
    try { await image.decode(); return null; }
    catch (error) { return image.currentSrc || image.src; }
  }));
  return results.filter(Boolean);
}"""


def test_every_page_loads_cleanly_with_every_image(site, visit):
    problems = {}
    for path in pages(site):
        relative = path.relative_to(site).as_posix()
        page = visit.open(relative)
        broken = page.evaluate(BROKEN_IMAGES)
        found = visit.problems()
        if broken:
            found["images that did not load"] = broken
        if found:
            problems[relative] = found
        visit.console_errors.clear()
        visit.failed.clear()
        visit.offsite.clear()
    assert problems == {}


def test_math_renders_from_the_vendored_mathjax(visit):
    page = visit.open("ch02-basics/activations.html")
    page.wait_for_selector("mjx-container", timeout=20_000)
    assert page.locator("mjx-container").count() > 3
    assert page.locator("mjx-merror").count() == 0, "MathJax could not typeset a formula"
    visit.assert_clean()


def test_a_chapter_page_has_sidebar_page_toc_and_prev_next(visit):
    page = visit.open("ch02-basics/activations.html")
    sidebar = page.locator("nav.bd-docs-nav")
    assert sidebar.locator("a", has_text="2.3 Common CNN functions").count() == 1
    assert page.locator("nav.page-toc a", has_text="2.2.5 Dropout").count() == 1
    assert page.locator("a.left-prev").count() == 1 and page.locator("a.right-next").count() == 1
    visit.assert_clean()


@pytest.mark.parametrize(("query", "label"), SEARCHES, ids=[query for query, _ in SEARCHES])
def test_search_leads_to_the_right_page(site, visit, query, label):
    expected = page_of(site, label)
    if expected is None:
        pytest.skip(f"section {label} is not on the site yet")
    page = visit.open(f"search.html?q={query}")
    page.wait_for_selector("#search-results ul.search li", timeout=20_000)
    hrefs = page.locator("#search-results ul.search li > a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    found = [href.split("#")[0].split("?")[0] for href in hrefs]
    assert expected in found[:SEARCH_TOP], f"{query!r}: {expected} not in the first results {found}"
    visit.assert_clean()


def test_the_copy_button_copies_the_code(browser, base_url):
    tab = Visit(browser, base_url, permissions=["clipboard-read", "clipboard-write"])
    try:
        page = tab.open("ch02-basics/cnn-functions.html")
        block = page.locator("div.cell_input div.highlight").first
        block.hover()
        block.locator("xpath=..").locator("button.copybtn").first.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        shown = block.locator("pre").inner_text()
        assert copied.strip() == shown.strip()
        assert "tf." in copied
        tab.assert_clean()
    finally:
        tab.context.close()


def test_dark_mode_switches_and_persists(browser, base_url):
    tab = Visit(browser, base_url, color_scheme="light")
    try:
        page = tab.open("index.html")
        assert page.evaluate("document.documentElement.dataset.theme") == "light"
        background = "getComputedStyle(document.body).backgroundColor"
        light_background = page.evaluate(background)
        page.locator("button.theme-switch-button:visible").first.click()
        page.locator('button.theme-change-button[data-mode="dark"]:visible').click()
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        page.wait_for_timeout(500)  # the theme fades its colours
        dark_background = page.evaluate(background)
        red, green, blue = map(int, re.findall(r"\d+", dark_background)[:3])
        assert red + green + blue < 3 * 80, f"dark background {dark_background}"
        assert dark_background != light_background
        page.reload(wait_until="networkidle")
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        tab.assert_clean()
    finally:
        tab.context.close()


def test_each_example_offers_its_script_and_notebook(site, visit):
    for script in sorted((ROOT / "examples").rglob("plot_*.py")):
        relative = script.relative_to(ROOT / "examples").with_suffix(".html").as_posix()
        page = visit.open(f"auto_examples/{relative}")
        for suffix in (".py", ".ipynb"):
            link = page.locator(f'a[href$="{script.stem}{suffix}"]').first
            response = page.request.get(link.evaluate("link => link.href"))
            assert response.status == 200, f"{relative}: {suffix} download"
            if suffix == ".py":
                assert response.text() == script.read_text(encoding="utf-8")
            else:
                notebook = json.loads(response.text())
                assert any(cell["cell_type"] == "code" for cell in notebook["cells"])
        visit.assert_clean()


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": violation["id"], "impact": violation["impact"], "nodes": len(violation["nodes"])}
        for violation in results["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def api_page(site: Path) -> str | None:
    candidates = sorted(p for p in (site / "ch09-api").rglob("*.html") if p.name != "index.html")
    return candidates[0].relative_to(site).as_posix() if candidates else None


@pytest.mark.parametrize("kind", ["index", "chapter", "gallery", "api"])
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_no_serious_accessibility_violations(site, browser, base_url, kind, mode):
    path = {
        "index": "index.html",
        "chapter": "ch02-basics/activations.html",
        "gallery": "auto_examples/ch02-basics/plot_activation_functions.html",
        "api": api_page(site),
    }[kind]
    if path is None:
        pytest.skip("the API reference (chapter 9) is not on the site yet")
    # The theme follows the system colour scheme by default.
    tab = Visit(browser, base_url, color_scheme=mode)
    try:
        page = tab.open(path)
        assert page.evaluate("document.documentElement.dataset.theme") == mode
        assert axe_violations(page) == []
        tab.assert_clean()
    finally:
        tab.context.close()
