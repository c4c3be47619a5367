"""
argparse 3: names, actions, nargs, const and default
====================================================

The first half of ``add_argument()`` (section 6.1.3 of the notes): how names and flags decide
between positional and optional arguments, every built-in ``action`` and a custom one, the
``nargs`` forms, ``const`` and ``default``. Each parse is shown with the Namespace it returns or
the message and exit status argparse ends with. See :ref:`seed-6-1-3` for the text.
"""

import argparse
import contextlib
import os
import shlex
import sys
import tempfile

# sphinx_gallery_capture_repr = ()
# argparse wraps help at the terminal width: fix it so the output is the same everywhere.
os.environ["COLUMNS"] = "80"
OUTCOMES = []  # (command line, exit status or None when it parsed)


def run(parser, argv):
    """Show what ``parser.parse_args(argv)`` does: the Namespace, or the message and exit status.

    After ``-h``, ``--version`` or a usage error argparse ends the program with ``SystemExit``;
    catching it here lets the script go on. Errors are written to stderr: they are sent to stdout
    so that both streams appear in order.
    """
    command = f"{parser.prog} {shlex.join(argv)}".rstrip()
    print(f">>> parser.parse_args({argv!r})")
    with contextlib.redirect_stderr(sys.stdout):
        try:
            namespace = parser.parse_args(argv)
        except SystemExit as stop:
            print(f"[SystemExit: exit status {stop.code}]")
            OUTCOMES.append((command, stop.code))
            return None
    print(namespace)
    OUTCOMES.append((command, None))
    return namespace


# %%
# Name or flags
# -------------
# A name without a leading ``-`` is positional; names with ``-`` are optional. A positional
# argument that is missing is an error.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-f", "--foo")
parser.add_argument("bar")
run(parser, ["BAR"])
run(parser, ["BAR", "--foo", "FOO"])
run(parser, ["--foo", "FOO"])

# %%
# The built-in actions
# --------------------
# ``store`` (the default) keeps the value. ``store_const`` stores ``const``; ``store_true`` and
# ``store_false`` are its special cases for ``True`` and ``False``. ``append`` collects repeated
# values in a list, ``append_const`` collects constants, ``extend`` (3.8+) flattens several
# values per occurrence, ``count`` counts occurrences, and ``BooleanOptionalAction`` (3.9+) adds
# a ``--no-`` form.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo")
run(parser, ["--foo", "1"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action="store_const", const=42)
run(parser, ["--foo"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action="store_true")
parser.add_argument("--bar", action="store_false")
parser.add_argument("--baz", action="store_false")
run(parser, ["--foo", "--bar"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action="append")
run(parser, ["--foo", "1", "--foo", "2"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--str", dest="types", action="append_const", const=str)
parser.add_argument("--int", dest="types", action="append_const", const=int)
run(parser, ["--str", "--int"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action="extend", nargs="+", type=str)
run(parser, ["--foo", "f1", "--foo", "f2", "f3", "f4"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--verbose", "-v", action="count", default=0)
run(parser, ["-vvv"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
run(parser, ["--no-color"])
parser.print_help()

# %%
# ``version`` prints and exits with status 0. The book writes ``"(%prog) 2.0"``, which prints
# literally; the placeholder is ``%(prog)s``.

for template in ("(%prog) 2.0", "%(prog)s 2.0"):
    parser = argparse.ArgumentParser(prog="PROG")
    parser.add_argument("--version", action="version", version=template)
    run(parser, ["--version"])

# %%
# A custom action
# ---------------
# Subclass ``argparse.Action`` and override ``__call__``, which receives the parser, the
# namespace, the converted values and the option string that matched (``None`` for a positional
# argument). An overridden ``__init__`` must call ``super().__init__``; the book's version does
# not, and fails with ``AttributeError`` before parsing.


class FooAction(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError("nargs not allowed")
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{namespace} {values!r} {option_string!r}")
        setattr(namespace, self.dest, values)


parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action=FooAction)
parser.add_argument("bar", action=FooAction)
run(parser, ["1", "--foo", "2"])

# %%
# ``nargs``
# ---------
# An integer N collects exactly N values in a list (even N = 1). ``"?"`` takes one value if
# there is one: for an option given without a value it uses ``const``, for an absent argument
# ``default``. ``"*"`` takes any number and ``"+"`` at least one.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", nargs=2)
parser.add_argument("bar", nargs=1)
run(parser, ["c", "--foo", "a", "b"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", nargs="?", const="c", default="d")
parser.add_argument("bar", nargs="?", default="d")
run(parser, ["XX", "--foo", "YY"])
run(parser, ["XX", "--foo"])
run(parser, [])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", nargs="*")
parser.add_argument("--bar", nargs="*")
parser.add_argument("baz", nargs="*")
run(parser, ["a", "b", "--foo", "x", "y", "--bar", "1", "2"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("foo", nargs="+")
run(parser, ["a", "b"])
run(parser, [])

# %%
# The commonest use of ``"?"``: an input and an output file that may be left out, standing for
# standard input and output. ``FileType`` opens the files while parsing, so the program must close
# them. The files live in a temporary directory, so the example writes nothing beside itself; only
# their names are printed, since the directory's path changes from run to run.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument(
    "infile", nargs="?", type=argparse.FileType("r", encoding="utf-8"), default=sys.stdin
)
parser.add_argument(
    "outfile", nargs="?", type=argparse.FileType("w", encoding="utf-8"), default=sys.stdout
)
with tempfile.TemporaryDirectory() as workdir:
    source, target = os.path.join(workdir, "input.txt"), os.path.join(workdir, "output.txt")
    with open(source, "w", encoding="utf-8") as f:
        f.write("copied by PROG\n")
    args = parser.parse_args([source, target])
    with args.infile, args.outfile:
        args.outfile.write(args.infile.read().upper())
    print("opened", os.path.basename(args.infile.name), "and", os.path.basename(args.outfile.name))
    with open(target, encoding="utf-8") as f:
        print("output.txt now holds:", f.read().strip())
args = parser.parse_args([])
print("no arguments: infile is sys.stdin:", args.infile is sys.stdin)
print("no arguments: outfile is sys.stdout:", args.outfile is sys.stdout)

# %%
# ``nargs=argparse.REMAINDER`` gathers everything left, options included. It still works but has
# not been documented since Python 3.9 (it misbehaves in corner cases); ``parse_known_args`` or a
# ``--`` separator are the documented ways to pass arguments through to another program.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo")
parser.add_argument("command")
parser.add_argument("args", nargs=argparse.REMAINDER)
run(parser, ["--foo", "B", "cmd", "--arg1", "XX", "ZZ"])

# %%
# ``default``
# -----------
# The value used when the argument is absent. A *string* default goes through ``type`` like a
# value from the command line; other defaults are used as they are. ``argparse.SUPPRESS`` adds
# no attribute when the argument is absent.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", default=42)
run(parser, ["--foo", "2"])
run(parser, [])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--length", default="10", type=int)
parser.add_argument("--width", default=10.5, type=int)
run(parser, [])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("foo", nargs="?", default=42)
run(parser, ["a"])
run(parser, [])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", default=argparse.SUPPRESS)
run(parser, [])
run(parser, ["--foo", "1"])

# %%
# What happened to each command line
# ----------------------------------
# Every command line above and what argparse did with it: parsed it into a Namespace, or ended the
# program with an exit status (0 after help or a version, 2 after a usage error).

for command, status in OUTCOMES:
    outcome = "parsed" if status is None else f"exit status {status}"
    print(f"{outcome:<14} {command}")
