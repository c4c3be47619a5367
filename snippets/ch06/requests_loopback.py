"""Section 6.16: requests against an HTTP server on 127.0.0.1, with a timeout on every call."""

import http.server
import json
import socket
import sys
import threading
import time
import urllib.parse

import requests

TIMEOUT = (3.05, 5)  # seconds to connect, seconds to wait for data


class Handler(http.server.BaseHTTPRequestHandler):
    """A small httpbin: echoes method, arguments, form and headers as JSON."""

    def reply(self, status, body, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def echo(self):
        parts = urllib.parse.urlsplit(self.path)
        if parts.path == "/missing":
            return self.reply(404, b'{"error": "not found"}')
        if parts.path == "/html-no-charset":
            return self.reply(200, "<p>Grüße, 你好</p>".encode(), "text/html")
        if parts.path == "/slow":
            time.sleep(1)
        data = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        is_form = self.headers.get("Content-Type") == "application/x-www-form-urlencoded"
        body = {
            "method": self.command,
            "args": {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()},
            "form": {k: v[0] for k, v in urllib.parse.parse_qs(data).items()} if is_form else {},
            "data": "" if is_form else data,
            "user-agent": self.headers["User-Agent"].split("/")[0],
        }
        return self.reply(200, json.dumps(body).encode())

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = echo

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The timeout demo's client hangs up before the slow reply: not an error of the server.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def start_server():
    """Start the server on 127.0.0.1 and a free port; return (server, thread, base URL)."""
    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread, f"http://127.0.0.1:{server.server_address[1]}"


def stop_server(server, thread):
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def get_json(url, timeout=TIMEOUT):
    """GET ``url`` with a timeout, raise for 4xx/5xx, and return the decoded JSON."""
    response = requests.get(url, timeout=timeout)
    response.raise_for_status()
    return response.json()


if __name__ == "__main__":
    server, thread, base = start_server()
    try:
        r = requests.get(base + "/get", params={"key": "value"}, timeout=TIMEOUT)
        print(r, r.status_code, r.url.replace(base, "<base>"))
        print(r.headers["Content-Type"], r.json())

        r = requests.head(base + "/get", timeout=TIMEOUT)
        print("HEAD:", r.status_code, r.headers["Content-Length"], repr(r.text))

        r = requests.post(
            base + "/post", data={"key1": "value1", "key2": "value2"}, timeout=TIMEOUT
        )
        print("POST form:", r.json()["form"])
        r = requests.post(base + "/post", data="ABC", timeout=TIMEOUT)
        print("POST data:", r.json()["data"])
        r = requests.put(base + "/put", data={"key1": "value1"}, timeout=TIMEOUT)
        print("PUT:", r.json()["method"], r.json()["form"])
        for method in ("patch", "delete"):
            r = requests.request(method.upper(), base + "/x", timeout=TIMEOUT)
            print(method.upper(), r.status_code, r.json()["method"])

        r = requests.get(base + "/html-no-charset", timeout=TIMEOUT)
        print("encoding:", r.encoding, "| apparent_encoding:", r.apparent_encoding)
        print("text with the header's encoding:", r.text)
        r.encoding = r.apparent_encoding
        print("text with the apparent encoding:", r.text)
        assert r.text == "<p>Grüße, 你好</p>"
        print("content:", r.content[:12])

        r = requests.get(base + "/missing", timeout=TIMEOUT)
        print("status:", r.status_code, "| ok:", r.ok)
        try:
            r.raise_for_status()
        except requests.HTTPError as error:
            print("HTTPError:", str(error).replace(base, "<base>"))
        try:
            get_json(base + "/slow", timeout=(3.05, 0.2))
        except requests.Timeout as error:
            print("Timeout:", type(error).__name__)
        with socket.socket() as probe:  # find a port on 127.0.0.1 where nothing listens
            probe.bind(("127.0.0.1", 0))
            closed_port = probe.getsockname()[1]
        try:
            requests.get(f"http://127.0.0.1:{closed_port}", timeout=TIMEOUT)
        except requests.ConnectionError as error:
            print("ConnectionError:", type(error).__name__)
    finally:
        stop_server(server, thread)
