"""Section 6.2.3: undecodable names, the layers of a text file, descriptors, temporary files."""

import contextlib
import io
import os
import tempfile

# A file name that is not valid UTF-8 arrives as a str with surrogate escapes. Encoding it
# strictly (as printing to a strict UTF-8 stream does) fails; encoding it with the same error
# handler gets the original bytes back.
raw = b"b\xe4d.txt"
name = raw.decode("utf-8", "surrogateescape")
print(repr(name))
try:
    name.encode("utf-8")
except UnicodeEncodeError as error:
    print("strict encoding fails:", error.reason)
print("as latin-1:", name.encode("utf-8", "surrogateescape").decode("latin-1"))
assert name.encode("utf-8", "surrogateescape") == raw

# The file operations below run inside a temporary folder (contextlib.chdir, Python 3.11).
with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
    with open("sample.txt", "w", encoding="utf-8") as f:
        print(f)  # text layer
        print(f.buffer)  # buffered binary layer
        print(f.buffer.raw)  # raw unbuffered file
        assert isinstance(f.buffer, io.BufferedWriter)

    # Change the encoding of an open file: detach the binary layer and wrap it again.
    f = open("text.txt", "w", encoding="utf-8")  # noqa: SIM115 - detached below
    b = f.detach()
    try:
        f.write("hello")
    except ValueError as error:
        print("after detach:", error)
    f = io.TextIOWrapper(b, encoding="latin-1")
    print(f)
    f.write("caf\xe9")
    f.close()
    with open("text.txt", "rb") as g:
        assert g.read() == b"caf\xe9"

    # Bytes written to a text file go through its buffer attribute.
    with open("bytes.txt", "w", encoding="utf-8") as f:
        try:
            f.write(b"Hello\n")
        except TypeError as error:
            print("TypeError:", error)
        f.buffer.write(b"Hello\n")

    # Wrap an operating-system file descriptor in a file object; closefd=False leaves it open.
    fd = os.open("fd.txt", os.O_WRONLY | os.O_CREAT, 0o600)
    with open(fd, "w", encoding="utf-8", closefd=False) as f:
        f.write("written through a descriptor\n")
    os.close(fd)
    with open("fd.txt", encoding="utf-8") as f:
        print(f.read().strip())

# Temporary files: TemporaryFile has no name and disappears when closed.
with tempfile.TemporaryFile("w+t", encoding="utf-8") as f:
    f.write("Hello World\nTesting\n")
    f.seek(0)
    print(f.read().splitlines())

with tempfile.NamedTemporaryFile("w", prefix="mytemp", suffix=".txt", encoding="utf-8") as f:
    base = os.path.basename(f.name)
    print("named:", base.startswith("mytemp") and base.endswith(".txt"), os.path.exists(f.name))
    named = f.name
assert not os.path.exists(named)

with tempfile.TemporaryDirectory() as dirname:
    print("directory exists:", os.path.isdir(dirname))
assert not os.path.exists(dirname)

# mkstemp returns an open descriptor and a path: the caller closes and removes both.
fd, path = tempfile.mkstemp()
os.close(fd)
os.remove(path)
print("gettempdir() is a directory:", os.path.isdir(tempfile.gettempdir()))
