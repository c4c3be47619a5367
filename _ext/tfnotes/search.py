"""Chinese search: the book's original section titles are searchable, two-character words included.

Sphinx's ``zh`` search language segments text with jieba. Two things are added here:

- Sphinx 9.0.4 writes ``window.Stemmer = ChineseStemmer`` into ``language_data.js`` although the
  Chinese search ships the English stemmer, so every search fails in the browser with
  "ChineseStemmer is not defined" (sphinx-doc/sphinx#14229). This subclass names the class that
  exists.
- jieba splits 激活函数 into 激活 + 函数, but the browser looks up a query as one word. The words of
  the book's section titles (each title whole, and its parts between particles such as 的) are
  indexed wherever they occur, so 激活函数, 常见的激活函数 and 正则表达式 are found as well as
  激活 and 函数.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from sphinx.search.zh import SearchChinese

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Particles that join the words of a title ("常见的激活函数": 常见 + 激活函数).
PARTICLES = re.compile(r"[的和与及或之]")


def title_words(titles: Iterable[str]) -> list[str]:
    """Each run of two or more Chinese characters in the titles, whole and split at particles."""
    words = set()
    for title in titles:
        for run in HAN_RUN.findall(title):
            words.add(run)
            words.update(chunk for chunk in PARTICLES.split(run) if len(chunk) >= 2)
    return sorted(words)


class BookChineseSearch(SearchChinese):
    # The JavaScript class that the English stemmer code defines (see the module docstring).
    language_name = "English"
    # Set by the extension before the index is built.
    extra_words: tuple[str, ...] = ()

    def __init__(self, options: dict[str, str]) -> None:
        import jieba

        # jieba logs "Building prefix dict…" to stderr at first use.
        jieba.setLogLevel(logging.WARNING)
        super().__init__(options)

    def split(self, input: str) -> list[str]:
        words = super().split(input)
        return words + [word for word in self.extra_words if word in input]
