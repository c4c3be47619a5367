"""Sections 6.15 and 6.15.1: urllib.parse and urllib.request against a server on 127.0.0.1."""

import http.server
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

ALLOWED_SCHEMES = {"http", "https"}


def checked_url(url, allowed_hosts):
    """Return ``url`` if its scheme is http(s) and its host is allowed; raise ValueError otherwise.

    ``urlopen`` also opens ``file://`` and ``ftp://`` URLs, so a URL that comes from a user could
    read local files or reach internal services unless it is checked first.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES:
        raise ValueError(f"scheme {parts.scheme!r} is not allowed")
    if parts.hostname not in allowed_hosts:
        raise ValueError(f"host {parts.hostname!r} is not allowed")
    return url


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        if parts.path == "/missing":
            self.send_error(404, "no such page")
            return
        body = json.dumps(
            {
                "path": parts.path,
                "args": urllib.parse.parse_qs(parts.query),
                "user-agent": self.headers["User-Agent"].split("/")[0],
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        body = json.dumps({"form": form}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the output free of request logs
        pass


if __name__ == "__main__":
    print(urllib.parse.urlsplit("https://example.org:8080/a/b?q=tf&page=2#top"))
    print(urllib.parse.urlencode({"q": "tensor flow", "lang": "en"}))
    print(
        urllib.parse.quote("/path with spaces/数据"), urllib.parse.urljoin("http://h/a/b", "../c")
    )

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # port 0: any free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        url = checked_url(base + "/search?" + urllib.parse.urlencode({"q": "tf"}), {"127.0.0.1"})
        with urllib.request.urlopen(url, timeout=5) as response:
            print(response.status, response.headers["Content-Type"], json.load(response))
        request = urllib.request.Request(
            base + "/post", data=urllib.parse.urlencode({"key1": "value1"}).encode(), method="POST"
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            print(json.load(response))
        try:
            urllib.request.urlopen(base + "/missing", timeout=5)
        except urllib.error.HTTPError as error:
            print("HTTPError:", error.code, error.reason)
            error.close()
        for bad in ("file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"):
            try:
                checked_url(bad, {"127.0.0.1"})
            except ValueError as error:
                print(f"refused {bad}: {error}")
            else:
                raise AssertionError(bad)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
