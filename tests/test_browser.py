"""The built site in a real browser: Playwright drives Debian's Chromium against pages served on
127.0.0.1. Skipped, with the reason, where Chromium is not installed (.ci/run installs it)."""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

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

    def __init__(self, browser, base_url):
        self.base_url = base_url
        self.context = browser.new_context()
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.failed: list[str] = []
        self.offsite: list[str] = []
        self.page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))

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

    def assert_clean(self):
        assert self.offsite == [], "requests left localhost"
        assert self.console_errors == []
        assert self.failed == []


@pytest.fixture
def visit(browser, base_url):
    tab = Visit(browser, base_url)
    yield tab
    tab.context.close()


def test_the_index_loads_without_errors_or_offsite_requests(visit):
    page = visit.open("index.html")
    assert page.title().startswith("TensorFlow Notes")
    assert page.locator("a", has_text="2.2 Common activation functions").count() >= 1
    visit.assert_clean()


def test_a_chapter_page_has_sidebar_page_toc_and_prev_next(visit):
    page = visit.open("ch02-basics/activations.html")
    sidebar = page.locator("nav.bd-docs-nav")
    assert sidebar.locator("a", has_text="2.3 Common CNN functions").count() == 1
    assert page.locator("nav.page-toc a", has_text="2.2.5 Dropout").count() == 1
    assert page.locator("a.left-prev").count() == 1 and page.locator("a.right-next").count() == 1
    assert page.locator("button.copybtn").count() >= 1
    visit.assert_clean()


def test_math_renders_from_the_vendored_mathjax(visit):
    page = visit.open("ch02-basics/activations.html")
    page.wait_for_selector("mjx-container", timeout=20_000)
    assert page.locator("mjx-container").count() > 3
    visit.assert_clean()


def test_searching_relu_lists_the_activation_functions_page(visit):
    page = visit.open("search.html?q=relu")
    page.wait_for_selector("#search-results ul.search li", timeout=20_000)
    hrefs = page.locator("#search-results ul.search li a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert any("ch02-basics/activations.html" in href for href in hrefs), hrefs
    visit.assert_clean()
