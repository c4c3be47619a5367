"""Section 6.3: regular-expression syntax, validation with fullmatch, and IP addresses."""

import ipaddress
import re

examples = {
    r"P(Y|YT|YTH|YTHO)?N": ["PN", "PYN", "PYTN", "PYTHN", "PYTHON", "PYTHONN"],
    r"PYTHON+": ["PYTHO", "PYTHON", "PYTHONNN"],
    r"PY[TH]ON": ["PYTON", "PYHON", "PYTHON"],
    r"PY[^TH]?ON": ["PYON", "PYaON", "PYTON"],
    r"PY{0,3}N": ["PN", "PYN", "PYYYN", "PYYYYN"],
}
for pattern, strings in examples.items():
    matched = [s for s in strings if re.fullmatch(pattern, s)]
    print(f"{pattern:22} matches {matched}")
assert [s for s in examples[r"PY{0,3}N"] if re.fullmatch(r"PY{0,3}N", s)] == ["PN", "PYN", "PYYYN"]

# \w is Unicode-aware for str patterns; re.ASCII restricts it to [A-Za-z0-9_].
print(re.findall(r"\w+", "TensorFlow 张量 2.21"), re.findall(r"\w+", "TensorFlow 张量", re.ASCII))
assert re.fullmatch(r"\w+", "张量") and not re.fullmatch(r"\w+", "张量", re.ASCII)

# Common patterns, anchored with fullmatch so the whole string must match.
patterns = {
    "letters": r"[A-Za-z]+",
    "Chinese postcode": r"[1-9]\d{5}",
    "Chinese characters": r"[\u4e00-\u9fa5]+",
    "landline": r"\d{3}-\d{8}|\d{4}-\d{7}",
}
for label, text in [
    ("letters", "Python"),
    ("Chinese postcode", "100081"),
    ("Chinese postcode", "1000812"),
    ("Chinese characters", "北京"),
    ("landline", "010-68913456"),
    ("landline", "0101-6891345x"),
]:
    print(f"{label:18} {text!r:16} {bool(re.fullmatch(patterns[label], text))}")
assert re.search(r"[1-9]\d{5}", "1000812") and not re.fullmatch(r"[1-9]\d{5}", "1000812")

# An IPv4 regex: each part 0-255, dots escaped, the whole string anchored.
octet = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = re.compile(rf"{octet}(?:\.{octet}){{3}}")


def is_ipv4(text):
    """Validate with the standard library instead of a regular expression."""
    try:
        return isinstance(ipaddress.ip_address(text), ipaddress.IPv4Address)
    except ValueError:
        return False


unescaped = r"((\d{1,2}|1\d{2}|2[0-4]\d|25[0-5]).){3}(\d{1,2}|1\d{2}|2[0-4]\d|25[0-5])"
for text in ["192.168.1.1", "256.1.1.1", "1x2x3x4", "01.2.3.4"]:
    loose = re.search(unescaped, text)
    print(
        f"{text:12} unescaped+search: {loose and loose.group()!r:12}"
        f" fullmatch: {bool(IPV4.fullmatch(text))!s:5} ipaddress: {is_ipv4(text)}"
    )
assert re.search(unescaped, "1x2x3x4") and re.search(unescaped, "256.1.1.1").group() == "256.1.1"
assert not IPV4.fullmatch("256.1.1.1") and not is_ipv4("1x2x3x4")

# A user-supplied string used inside a pattern must be escaped.
user = "a+b (c)"
print(re.escape(user), bool(re.search(re.escape(user), "x a+b (c) y")))
