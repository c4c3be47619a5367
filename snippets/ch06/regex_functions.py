"""Section 6.4: the functions of re, Match objects, greedy and lazy quantifiers, groups."""

import re

print(re.search(r"[1-9]\d{5}", "BIT 100081"))
print(re.match(r"[1-9]\d{5}", "BIT 100081"))  # match anchors at the start: None
print(re.match(r"[1-9]\d{5}", "100081 BIT").group(0))
print(re.findall(r"[1-9]\d{5}", "BIT100081 TSU100084"))
print(re.split(r"[1-9]\d{5}", "BIT100081 TSU100084"))
print(re.split(r"[1-9]\d{5}", "BIT100081 TSU100084", maxsplit=1))
for m in re.finditer(r"[1-9]\d{5}", "BIT100081 TSU100084"):
    print("finditer:", m.group(0), m.span())
print(re.sub(r"[1-9]\d{5}", ":zipcode", "BIT100081 TSU100084"))
print(re.fullmatch(r"[1-9]\d{5}", "100081 BIT"))

# Compiled once, a Pattern object offers the same methods.
pat = re.compile(r"[1-9]\d{5}")
m = pat.search("BIT 100081")
print(type(m), m.string, m.re, m.pos, m.endpos)
print(m.group(0), m.start(), m.end(), m.span())

# Greedy quantifiers take the longest match, lazy ones (*? +? ?? {m,n}?) the shortest.
print(re.search(r"PY.*N", "PYANBNCNDN").group(0), re.search(r"PY.*?N", "PYANBNCNDN").group(0))
assert re.search(r"PY.*N", "PYANBNCNDN").group(0) == "PYANBNCNDN"

# Groups: group(0) is the whole match, group(n) the n-th parenthesised part.
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), "|", m.group(1), "|", m.group(2), "|", m.group(1, 2))
m = re.match(r"(\d+)\.(\d+)", "3.14159")
print(
    m.groups(), bool(re.match(r"(\d+)\.(\d+)", "3x14159")), bool(re.match(r"(\d+).(\d+)", "3x14"))
)
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.groupdict(), m.lastindex, m.lastgroup)
try:
    re.match(r"(\w+ \w+)", "Isaac Newton").group(2)
except IndexError as error:
    print("IndexError:", error)

# Flags (section 6.4.1).
print(re.findall(r"py", "Py PY py", re.IGNORECASE))
print(re.findall(r"^\w+", "first line\nsecond line", re.MULTILINE))
print(re.findall(r"a.b", "a\nb", re.DOTALL), re.findall(r"a.b", "a\nb"))
verbose = re.compile(
    r"""
    (?P<int>\d+)   # integer part
    \.             # decimal point
    (?P<frac>\d*)  # fraction
    """,
    re.VERBOSE,
)
print(verbose.match("3.25").groupdict())
try:
    re.compile(r"[A-Za-Z]+")
except re.error as error:
    print("re.error:", error.msg, "at position", error.pos, "in", repr(error.pattern))
