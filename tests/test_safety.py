"""Every safety claim of chapter 6 is checked here: unsafe input is refused.

The safe helpers live in the snippets the pages execute. Each snippet defines its helpers at
module level and runs its demonstration only under ``if __name__ == "__main__":``, so loading it
with ``runpy.run_path(..., run_name="not_main")`` gives the helpers without running the demo.
"""

from __future__ import annotations

import io
import os
import runpy
import secrets
import zipfile

import pytest
from conftest import ROOT

SNIPPETS = ROOT / "snippets" / "ch06"


def load(name: str) -> dict:
    return runpy.run_path(str(SNIPPETS / name), run_name="not_main")


def test_confined_path_refuses_escapes(tmp_path):
    confined_path = load("ospath_examples.py")["confined_path"]
    (tmp_path / "base" / "sub").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    os.symlink(tmp_path / "outside", tmp_path / "base" / "link")
    base = tmp_path / "base"
    assert confined_path(base, "sub/x.txt") == os.path.realpath(base / "sub" / "x.txt")
    for bad in ["../x", "/etc/passwd", "sub/../../x", "link/x"]:
        with pytest.raises(ValueError):
            confined_path(base, bad)


def test_signed_pickle_refuses_tampered_data_and_wrong_keys():
    ns = load("signed_pickle.py")
    key = secrets.token_bytes(32)
    blob = ns["dumps_signed"]({"a": 1}, key)
    assert ns["loads_signed"](blob, key) == {"a": 1}
    flipped = bytearray(blob)
    flipped[-2] ^= 1
    for bad, k in [(bytes(flipped), key), (blob, secrets.token_bytes(32)), (blob[:10], key)]:
        with pytest.raises(ValueError):
            ns["loads_signed"](bad, k)


def test_signed_pickle_never_unpickles_unsigned_payloads():
    ns = load("signed_pickle.py")

    class Boom:
        def __reduce__(self):
            return (pytest.fail, ("unpickled an unsigned payload",))

    import pickle

    payload = b"\x00" * 32 + pickle.dumps(Boom())
    with pytest.raises(ValueError):
        ns["loads_signed"](payload, secrets.token_bytes(32))


def test_strict_base64_refuses_junk():
    import binascii

    decode_strict = load("base64_demo.py")["decode_strict"]
    assert decode_strict(b"c2VjcmV0") == b"secret"
    for bad in [b"c2Vj!!cmV0", b"c2VjcmV0\n", b"c2VjcmV"]:
        with pytest.raises(binascii.Error):
            decode_strict(bad)


def test_password_hashing_is_salted_and_checks_in_constant_time():
    ns = load("hashlib_passwords.py")
    salt, key = ns["hash_password"]("s3cret")
    assert ns["check_password"]("s3cret", salt, key)
    assert not ns["check_password"]("s3cret ", salt, key)
    assert ns["hash_password"]("s3cret")[1] != key  # a fresh salt gives a different key


def test_regex_validation_and_bounded_input():
    patterns = load("regex_backtracking.py")
    with pytest.raises(ValueError):
        patterns["bounded_fullmatch"](r"(a+)+$", "a" * 1000 + "b")
    assert patterns["bounded_fullmatch"](r"[1-9]\d{5}", "100081")
    assert patterns["bounded_fullmatch"](r"[1-9]\d{5}", "1000812") is None


def test_untrusted_xml_parser_refuses_dtds_and_entities():
    ns = load("safe_xml.py")
    parse = ns["parse_untrusted_xml"]
    assert parse("<a><b>1</b></a>").find("b").text == "1"
    external = '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>'
    for bad in [ns["BILLION_LAUGHS"], ns["SMALL_ENTITY"], external, "<!DOCTYPE d><d/>"]:
        with pytest.raises(ValueError):
            parse(bad)


def test_html_escape_neutralises_markup():
    render = load("html_parser_demo.py")["render_comment"]
    out = render('<script>alert(1)</script><img src=x onerror="x()">')
    assert "<script" not in out and "<img" not in out and '"' not in out


def _zip(entries, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_safe_extract_refuses_path_traversal(tmp_path):
    safe_extract = load("safe_zip.py")["safe_extract"]
    dest = tmp_path / "out"
    for name in ["../evil.txt", "/abs/evil.txt", "a/../../evil.txt"]:
        with pytest.raises(ValueError):
            safe_extract(_zip([(name, b"x")]), dest)
    assert not (tmp_path / "evil.txt").exists()
    assert safe_extract(_zip([("ok/a.txt", b"fine")]), dest) == ["ok/a.txt"]
    assert (dest / "ok" / "a.txt").read_bytes() == b"fine"


def test_safe_extract_refuses_zip_bombs(tmp_path):
    safe_extract = load("safe_zip.py")["safe_extract"]
    with pytest.raises(ValueError, match="ratio"):
        safe_extract(_zip([("zeros", bytes(20 * 2**20))]), tmp_path / "a")
    # Stored (uncompressed) data passes the ratio test, so the total limit must catch it.
    with pytest.raises(ValueError, match="unpack"):
        safe_extract(
            _zip([("big", b"x" * 2048)], zipfile.ZIP_STORED), tmp_path / "b", max_total=1024
        )
    with pytest.raises(ValueError, match="too many"):
        safe_extract(_zip([(f"f{i}", b"") for i in range(1001)]), tmp_path / "c")


def test_url_check_refuses_other_schemes_and_hosts():
    checked_url = load("urllib_loopback.py")["checked_url"]
    assert checked_url("http://127.0.0.1:8000/x", {"127.0.0.1"})
    for bad in [
        "file:///etc/passwd",
        "ftp://127.0.0.1/x",
        "http://169.254.169.254/",
        "http://127.0.0.1.evil.example/",
        "gopher://127.0.0.1/",
    ]:
        with pytest.raises(ValueError):
            checked_url(bad, {"127.0.0.1"})


def test_requests_helper_times_out_and_raises_for_status():
    import requests

    ns = load("requests_loopback.py")
    server, thread, base = ns["start_server"]()
    try:
        assert ns["get_json"](base + "/get?x=1")["args"] == {"x": "1"}
        with pytest.raises(requests.Timeout):
            ns["get_json"](base + "/slow", timeout=(3.05, 0.2))
        with pytest.raises(requests.HTTPError):
            ns["get_json"](base + "/missing")
    finally:
        ns["stop_server"](server, thread)
