"""Sphinx configuration for TensorFlow Notes (confdir = repository root, srcdir = docs/)."""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT / "_ext"), str(ROOT / "tools")]

from buildenv import BUILD_ENV  # noqa: E402

# Pages and gallery examples inherit these: myst-nb kernels are child processes of this one.
for name, value in BUILD_ENV.items():
    os.environ.setdefault(name, value)

project = "TensorFlow Notes"
author = "The TensorFlow Notes contributors"
copyright = "2026, The TensorFlow Notes contributors"
language = "en"
# The site is English, but readers of the book search for its Chinese titles: the Chinese search
# language segments Chinese with jieba and still stems English words (fixed up in _ext/tfnotes).
html_search_language = "zh"

extensions = [
    "myst_nb",
    "sphinx_gallery.gen_gallery",
    "sphinx_copybutton",
    "sphinx_design",
    "notfound.extension",
    "sphinx_sitemap",
    "sphinxext.opengraph",
    "tfnotes",
]

root_doc = "index"
# Paths relative to this directory: the build does not depend on where the checkout lies.
templates_path = ["docs/_templates"]
exclude_patterns = [
    "_build",
    "_data",
    "_static",
    "_templates",
    # sphinx-gallery writes a notebook beside each example page; executing it again is wasted work.
    "auto_examples/**.ipynb",
    "auto_examples/**.py",
    "auto_examples/**.zip",
    "**/README.md",
]
# Warnings are errors (-W): keep the reader-facing surface free of broken references (-n).
nitpicky = True

# -- MyST and myst-nb ------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "dollarmath", "amsmath", "deflist", "substitution"]
myst_dmath_double_inline = True
nb_execution_mode = "cache"
nb_execution_cache_path = str(ROOT / "_build" / ".jupyter_cache")
nb_execution_timeout = 300
# A failing cell fails the build and names the page; the traceback goes to the log.
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_merge_streams = True

# -- sphinx-gallery --------------------------------------------------------------------------------
sphinx_gallery_conf = {
    "examples_dirs": "../examples",
    "gallery_dirs": "auto_examples",
    "filename_pattern": r"/plot_",
    "within_subsection_order": "FileNameSortKey",
    # The default execution-times page loads its table script from a CDN; `nox -s bench` reports
    # the times instead.
    "write_computation_times": False,
    "show_memory": False,
    "remove_config_comments": True,
    "image_srcset": ["2x"],
    "matplotlib_animations": False,
    "promote_jupyter_magic": False,
    "first_notebook_cell": None,
    "show_signature": False,
    # Run examples in as many processes as `sphinx-build -j` reads pages with.
    "parallel": True,
    # A figure's last call (such as ax.legend()) would print "<matplotlib... object at 0x...>":
    # noise to readers, and an address that changes from build to build.
    "ignore_repr_types": r"^<class 'matplotlib\.",
    # Needed by the `minigallery` directive of the API pages (which list examples by file path).
    "backreferences_dir": "gen_modules/backreferences",
}

# -- HTML output -----------------------------------------------------------------------------------
html_theme = "pydata_sphinx_theme"
html_title = "TensorFlow Notes"
html_favicon = "docs/_static/favicon.svg"
html_static_path = ["docs/_static"]
html_css_files = ["tfnotes.css"]
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False
# Math renders from a vendored MathJax (relative paths are resolved inside _static/): no CDN.
mathjax_path = "vendor/mathjax/tex-chtml-full.js"
# The theme's dark-mode switcher needs an explicit starting mode (else it logs a console error).
html_context = {"default_mode": "auto"}
html_theme_options = {
    "logo": {"text": "TensorFlow Notes"},
    "navbar_align": "left",
    "navbar_end": ["theme-switcher"],
    "header_links_before_dropdown": 6,
    "navigation_depth": 3,
    "show_toc_level": 2,
    "show_prev_next": True,
    "secondary_sidebar_items": ["page-toc"],
    "footer_start": ["copyright"],
    "footer_end": ["sphinx-version"],
    "search_bar_text": "Search the notes…",
}

# -- Hosting ---------------------------------------------------------------------------------------
# Where the site is served from. The deploy workflow sets TFNOTES_BASE_URL; the sitemap, the
# OpenGraph URLs and the absolute links of the 404 page follow it.
html_baseurl = os.environ.get("TFNOTES_BASE_URL", "http://127.0.0.1:8000/").rstrip("/") + "/"
sitemap_url_scheme = "{link}"
sitemap_excludes = ["search.html", "genindex.html", "404.html"]
notfound_urls_prefix = urlsplit(html_baseurl).path
notfound_context = {
    "title": "Page not found",
    "body": (
        "<h1>Page not found</h1>"
        "<p>There is no page at this address. It may have moved when the notes were reorganised."
        f' Start from the <a href="{notfound_urls_prefix}index.html">home page</a>, use the search'
        " box above, or look a section up by its number in"
        f' <a href="{notfound_urls_prefix}appendix/about-translation.html">About this'
        " translation</a>.</p>"
    ),
}
ogp_site_url = html_baseurl
ogp_site_name = project
ogp_social_cards = {"enable": False}

copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_exclude = ".linenos, .gp, .go"

# -- Project extension (_ext/tfnotes) --------------------------------------------------------------
tfnotes_sections_file = str(ROOT / "docs" / "_data" / "sections.tsv")
tfnotes_migration_file = str(ROOT / "docs" / "_data" / "tf1_to_tf2.toml")
# A chapter with pages must carry every one of its sections (the build checks it), except a chapter
# still being written, listed here with the issue that finishes it.
tfnotes_chapters_in_progress = {}
