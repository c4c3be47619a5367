"""Section 6.13: html.parser.HTMLParser is a tokenizer; escape untrusted text with html.escape."""

import html
from html.parser import HTMLParser


class LinkCollector(HTMLParser):
    """Collect link targets and the visible text of a page."""

    def __init__(self):
        super().__init__()
        self.links, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


def render_comment(user_text):
    """Insert untrusted text into HTML: escaped, it is displayed as text and never runs."""
    return f"<p class='comment'>{html.escape(user_text)}</p>"


if __name__ == "__main__":
    page = """<html><body><h1>TensorFlow Notes</h1>
    <p>See <a href="/ch06/">chapter 6</a> and <a href='/ch08/'>chapter 8</a> &amp; more.</p>
    <!-- a comment --></body></html>"""
    parser = LinkCollector()
    parser.feed(page)
    parser.close()
    print(parser.links)
    print(parser.text)
    print(html.unescape("5 &lt; 6 &amp;&amp; 7 &gt; 3"))

    attack = '<img src=x onerror="alert(1)"><script>steal()</script>'
    print(render_comment(attack))
