"""Section 6.14: zipfile, and extraction that refuses path traversal and zip bombs."""

import io
import os
import tempfile
import zipfile

MAX_TOTAL = 50 * 2**20  # at most 50 MiB unpacked in all
MAX_RATIO = 100  # and at most 100 times the compressed size per member
MAX_MEMBERS = 1000


def safe_extract(archive, destination, max_total=MAX_TOTAL, max_ratio=MAX_RATIO):
    """Extract ``archive`` (a path or file object) into ``destination``; raise ValueError if unsafe.

    Every member name must stay inside ``destination`` (no absolute names, no ``..``), and the
    sizes must be plausible. The declared sizes are checked before anything is written, and the
    bytes really written are counted too, because the headers of a hostile archive can lie.
    """
    destination = os.path.realpath(destination)
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"too many members: {len(members)}")
        declared = sum(m.file_size for m in members)
        if declared > max_total:
            raise ValueError(f"archive would unpack to {declared} bytes")
        for m in members:
            target = os.path.realpath(os.path.join(destination, m.filename))
            if (
                os.path.isabs(m.filename)
                or os.path.commonpath([destination, target]) != destination
            ):
                raise ValueError(f"unsafe member name: {m.filename!r}")
            if m.compress_size and m.file_size / m.compress_size > max_ratio:
                raise ValueError(f"suspicious compression ratio for {m.filename!r}")
        written = 0
        for m in members:
            target = os.path.realpath(os.path.join(destination, m.filename))
            if m.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(m) as source, open(target, "wb") as sink:
                while chunk := source.read(64 * 1024):
                    written += len(chunk)
                    if written > max_total:
                        raise ValueError("archive unpacks to more than it declared")
                    sink.write(chunk)
    return [m.filename for m in members]


def make_zip(entries, compression=zipfile.ZIP_DEFLATED):
    """Build an archive in memory from (name, bytes) pairs."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    buffer.seek(0)
    return buffer


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        archive = os.path.join(folder, "data.zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("data/train.csv", "x,y\n1,2\n" * 100)
            zf.writestr("README.txt", "demo archive\n")
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                print(f"{info.filename:15} {info.file_size:5} B -> {info.compress_size} B zipped")
            print(zf.read("README.txt"))
        out = os.path.join(folder, "out")
        print("extracted:", safe_extract(archive, out))

        traversal = make_zip([("../evil.txt", b"outside")])
        bomb = make_zip([("zeros.bin", bytes(20 * 2**20))])  # 20 MiB of zeros, about 20 KiB zipped
        for name, candidate in [("path traversal", traversal), ("zip bomb", bomb)]:
            try:
                safe_extract(candidate, out)
            except ValueError as error:
                print(f"refused {name}: {error}")
            else:
                raise AssertionError(name)
        assert not os.path.exists(os.path.join(folder, "evil.txt"))
