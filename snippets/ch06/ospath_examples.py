"""Sections 6.2.1 and 6.2.2: os.path on a temporary tree, and confining user-supplied paths."""

import fnmatch
import glob
import os
import posixpath
import tempfile
import time


def confined_path(base, user_path):
    """Return the real path of ``user_path`` inside ``base``, or raise ValueError.

    ``os.path.join`` drops ``base`` when ``user_path`` is absolute, and ``..`` or a symbolic link
    can lead out of it, so the joined path is resolved and then checked.
    """
    base = os.path.realpath(base)
    target = os.path.realpath(os.path.join(base, user_path))
    if os.path.commonpath([base, target]) != base:
        raise ValueError(f"{user_path!r} leads outside {base!r}")
    return target


if __name__ == "__main__":
    # String functions: posixpath gives the same results on every system.
    path = "/home/user/data/iris_test.csv"
    print("basename:", posixpath.basename(path), "| dirname:", posixpath.dirname(path))
    print("split:   ", posixpath.split(path))
    print("splitext:", posixpath.splitext(path))
    print("basename('/foo/bar/'):", repr(posixpath.basename("/foo/bar/")))
    print("join:    ", posixpath.join("/home/user", "data", "x.csv"))
    print("normpath:", posixpath.normpath("A//B/./C/../D"))
    print("relpath: ", posixpath.relpath("/srv/www/site/index.html", "/srv/www"))
    paths = ["/usr/lib", "/usr/local/lib"]
    print(
        "commonpath:", posixpath.commonpath(paths), "| commonprefix:", posixpath.commonprefix(paths)
    )
    assert posixpath.commonpath(paths) == "/usr" and posixpath.commonprefix(paths) == "/usr/l"
    assert posixpath.basename("/foo/bar/") == ""
    print("join with an absolute second part:", posixpath.join("/srv/data", "/etc/passwd"))

    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "code", "sub"))
        for name, text in [("a.py", "print(1)\n"), ("b.py", "x = 2\n"), ("notes.txt", "hi\n")]:
            with open(os.path.join(root, "code", name), "w", encoding="utf-8") as f:
                f.write(text)
        code = os.path.join(root, "code")
        print("\nisdir(code):", os.path.isdir(code), "| isfile(code):", os.path.isfile(code))
        a = os.path.join(code, "a.py")
        print("getsize(a.py):", os.path.getsize(a), "bytes")
        assert os.path.getsize(a) == 9
        mtime = os.path.getmtime(a)
        assert abs(mtime - time.time()) < 60  # a timestamp in seconds since the epoch
        print("listdir, ending in .py:", sorted(n for n in os.listdir(code) if n.endswith(".py")))
        print(
            "glob('*.py'):",
            sorted(os.path.basename(p) for p in glob.glob(os.path.join(code, "*.py"))),
        )
        print(
            "fnmatch('*.txt'):",
            [n for n in sorted(os.listdir(code)) if fnmatch.fnmatch(n, "*.txt")],
        )
        for name in sorted(os.listdir(code)):
            st = os.stat(os.path.join(code, name))
            kind = "dir " if os.path.isdir(os.path.join(code, name)) else "file"
            print(f"  {kind} {name:10} size={st.st_size if kind == 'file' else '-'}")

        print(
            "\nconfined_path(code, 'sub/x.txt') ends with",
            confined_path(code, "sub/x.txt")[len(code) :],
        )
        for bad in ["../notes.txt", "/etc/passwd", "sub/../../x"]:
            try:
                confined_path(code, bad)
            except ValueError:
                print(f"refused {bad!r}")
            else:
                raise AssertionError(bad)
