"""
argparse 4: type, choices, required, help, metavar and dest
===========================================================

The second half of ``add_argument()`` (section 6.1.3 of the notes): converting values with
``type`` (including a custom checker and files), restricting them with ``choices``, required
options, help strings and their placeholders, the names shown in help (``metavar``) and the
attribute names in the Namespace (``dest``). Files are created only in a temporary folder.
See :ref:`seed-6-1-3` for the text.
"""

import argparse
import contextlib
import math
import os
import shlex
import sys
import tempfile
from pathlib import Path

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
# ``type``
# --------
# ``type`` is any callable that takes one string. ``int`` and ``float`` convert numbers; a bad
# value is a usage error.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("foo", type=int)
parser.add_argument("bar", type=Path)
run(parser, ["2", "data/temp.txt"])
run(parser, ["two", "data/temp.txt"])

# %%
# ``type=open`` and ``argparse.FileType`` open files *while parsing*, before the program has
# checked the other arguments, and nobody closes them for you. Below, ``FileType("w")``
# truncates ``output.txt`` although the next argument is invalid and the program never runs.
# Take a ``pathlib.Path`` and open the file after parsing instead (``FileType`` is deprecated in
# Python 3.14).

with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
    Path("output.txt").write_text("precious results\n", encoding="utf-8")
    parser = argparse.ArgumentParser(prog="PROG")
    parser.add_argument("out", type=argparse.FileType("w", encoding="utf-8"))
    parser.add_argument("count", type=int)
    run(parser, ["output.txt", "three"])
    print("output.txt now holds", repr(Path("output.txt").read_text(encoding="utf-8")))
    args = run(parser, ["output.txt", "3"])
    print(type(args.out).__name__, args.out.name, args.out.mode)
    args.out.close()

# %%
# A custom type raises ``argparse.ArgumentTypeError`` (or ``ValueError``/``TypeError``) with a
# message for the user.


def perfect_square(string):
    value = int(string)
    root = math.isqrt(value)
    if root * root != value:
        raise argparse.ArgumentTypeError(f"{string!r} is not a perfect square")
    return value


parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("foo", type=perfect_square)
run(parser, ["9"])
run(parser, ["7"])

# %%
# ``choices``
# -----------
# Values are checked against ``choices`` *after* conversion by ``type``, so the choices must be
# of the converted type. Any container works, but use a list, tuple, set or range: with a string
# such as ``"XYZ"`` the membership test is a substring test, so ``"XY"`` and even the empty
# string pass.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("foo", type=int, choices=range(5, 10))
run(parser, ["7"])
run(parser, ["11"])

parser = argparse.ArgumentParser(prog="game.py")
parser.add_argument("move", choices=["rock", "paper", "scissors"])
run(parser, ["rock"])
run(parser, ["fire"])

parser = argparse.ArgumentParser(prog="doors.py")
parser.add_argument("door", type=int, choices=range(1, 4))
run(parser, ["3"])
run(parser, ["4"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--baz", choices="XYZ")
run(parser, ["--baz", "XY"])
run(parser, ["--baz", ""])
parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--baz", choices=["X", "Y", "Z"])
run(parser, ["--baz", "XY"])

# %%
# ``required``
# ------------
# ``required=True`` makes an option mandatory. Options that must always be given are usually
# better as positional arguments.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", required=True)
run(parser, ["--foo", "BAR"])
run(parser, [])

# %%
# ``help``
# --------
# Help strings may use ``%(prog)s`` and the keywords of ``add_argument`` such as
# ``%(default)s`` and ``%(type)s`` (a literal percent sign is ``%%``). ``help=argparse.SUPPRESS``
# hides an argument from the help screen without removing it.

parser = argparse.ArgumentParser(prog="frobble")
parser.add_argument("--foo", action="store_true", help="foo the bars before frobbling")
parser.add_argument("bar", nargs="+", help="one of the bars to be frobbled")
run(parser, ["-h"])

parser = argparse.ArgumentParser(prog="frobble")
parser.add_argument(
    "bar", nargs="?", type=int, default=42, help="the bar to %(prog)s (default: %(default)s)"
)
parser.print_help()

parser = argparse.ArgumentParser(prog="frobble")
parser.add_argument("--foo", help=argparse.SUPPRESS)
parser.print_help()
run(parser, ["--foo", "still works"])

# %%
# ``metavar``
# -----------
# Help names a value after its ``dest``: as it is for positional arguments and upper-cased for
# options. ``metavar`` changes the displayed name only; a tuple names each value of ``nargs``.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo")
parser.add_argument("bar")
run(parser, ["X", "--foo", "Y"])
parser.print_help()

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", metavar="YYY")
parser.add_argument("bar", metavar="XXX")
run(parser, ["X", "--foo", "Y"])
parser.print_help()

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-x", nargs=2)
parser.add_argument("--foo", nargs=2, metavar=("bar", "baz"))
parser.print_help()

# %%
# ``dest``
# --------
# For a positional argument ``dest`` is its name. For an option it is the first long option
# string without ``--`` (inner ``-`` become ``_``), or the first short one when there is no long
# one. ``dest=`` chooses it explicitly.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("bar")
run(parser, ["XXX"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-f", "--foo-bar", "--foo")
parser.add_argument("-x", "-y")
run(parser, ["-f", "1", "-x", "2"])
run(parser, ["--foo", "1", "-y", "2"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", dest="bar")
run(parser, ["--foo", "XXX"])

# %%
# What happened to each command line
# ----------------------------------
# Every command line above and what argparse did with it: parsed it into a Namespace, or ended the
# program with an exit status (0 after help or a version, 2 after a usage error).

for command, status in OUTCOMES:
    outcome = "parsed" if status is None else f"exit status {status}"
    print(f"{outcome:<14} {command}")
