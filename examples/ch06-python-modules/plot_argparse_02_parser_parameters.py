"""
argparse 2: the parameters of ArgumentParser
============================================

Every parameter of ``argparse.ArgumentParser`` that section 6.1.2 of the notes describes, each
with a parser that shows its effect: ``prog``, ``usage``, ``description``, ``epilog``,
``parents``, the formatter classes, ``prefix_chars``, ``fromfile_prefix_chars``,
``argument_default``, ``allow_abbrev``, ``conflict_handler``, ``add_help`` and
``exit_on_error``. Each parser gets an explicit ``prog=`` so the output does not depend on the
script's file name. See :ref:`seed-6-1-2` for the text.
"""

import argparse
import contextlib
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
# ``prog`` and ``usage``
# ----------------------
# ``prog`` defaults to the file name of the running script (``sys.argv[0]``); pass it to get a
# stable name. ``usage`` replaces the generated usage line; ``%(prog)s`` inside it (and inside
# any help string) is replaced by the program name.

parser = argparse.ArgumentParser(prog="myprogram")
parser.add_argument("--foo", help="foo help")
parser.print_help()

parser = argparse.ArgumentParser(prog="PROG", usage="%(prog)s [options]")
parser.add_argument("--foo", nargs="?", help="foo help")
parser.add_argument("bar", nargs="+", help="bar help")
parser.print_help()

# %%
# ``description`` and ``epilog``
# ------------------------------
# Text shown before and after the argument lists of the help screen.

parser = argparse.ArgumentParser(
    prog="demo5.py",
    description="A foo that bars",
    epilog="And that's how you'd foo a bar",
)
run(parser, ["-h"])

# %%
# ``parents``
# -----------
# A parent parser shares its arguments with several parsers. It must be created with
# ``add_help=False``, or the children would inherit a second ``-h`` and fail with a conflict.

parent_parser = argparse.ArgumentParser(add_help=False)
parent_parser.add_argument("--parent", type=int)
foo_parser = argparse.ArgumentParser(prog="foo", parents=[parent_parser])
foo_parser.add_argument("foo")
run(foo_parser, ["--parent", "2", "XXX"])
bar_parser = argparse.ArgumentParser(prog="bar", parents=[parent_parser])
bar_parser.add_argument("--bar")
run(bar_parser, ["--bar", "YYY"])

# %%
# ``formatter_class``
# -------------------
# The default ``HelpFormatter`` re-wraps description and epilog, ignoring the line breaks and
# indentation in the source. ``RawDescriptionHelpFormatter`` keeps them as written, and
# ``RawTextHelpFormatter`` keeps them in the argument help strings too.

DESCRIPTION = """\
    this description
        was indented weird
            but that is okay"""
EPILOG = """
        likewise for this epilog whose whitespace will
    be cleaned up and whose words will be wrapped
    across a couple lines"""
for formatter in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter):
    print(f"--- formatter_class=argparse.{formatter.__name__}")
    parser = argparse.ArgumentParser(
        prog="PROG", description=DESCRIPTION, epilog=EPILOG, formatter_class=formatter
    )
    parser.print_help()

parser = argparse.ArgumentParser(prog="PROG", formatter_class=argparse.RawTextHelpFormatter)
parser.add_argument("--mode", help="one of:\n  fast  - skip checks\n  safe  - check everything")
parser.print_help()

# %%
# ``ArgumentDefaultsHelpFormatter`` appends ``(default: ...)`` to every help string, and
# ``MetavarTypeHelpFormatter`` names each value after its ``type``. In the book the first
# listing declares a positional ``foo`` where ``--foo`` is meant, and the second is a copy of
# the first; these are the intended parsers.

parser = argparse.ArgumentParser(
    prog="PROG", formatter_class=argparse.ArgumentDefaultsHelpFormatter
)
parser.add_argument("--foo", type=int, default=42, help="FOO!")
parser.add_argument("bar", nargs="*", default=[1, 2, 3], help="BAR!")
parser.print_help()

parser = argparse.ArgumentParser(prog="PROG", formatter_class=argparse.MetavarTypeHelpFormatter)
parser.add_argument("--foo", type=int)
parser.add_argument("bar", type=float)
parser.print_help()

# %%
# ``prefix_chars``
# ----------------
# Options normally start with ``-``. Other characters can be allowed, here ``+``.

parser = argparse.ArgumentParser(prog="PROG", prefix_chars="-+")
parser.add_argument("+f")
parser.add_argument("++bar")
run(parser, ["+f", "X", "++bar", "Y"])

# %%
# ``fromfile_prefix_chars``
# -------------------------
# An argument that starts with ``@`` is replaced by the lines of the file it names, one argument
# per line. The file is written into a temporary folder. Whoever controls the command line can
# make the program read any file this way, so enable it only where that is acceptable.

with tempfile.TemporaryDirectory() as folder:
    args_file = Path(folder) / "args.txt"
    args_file.write_text("-f\nbar\n", encoding="utf-8")
    parser = argparse.ArgumentParser(prog="PROG", fromfile_prefix_chars="@")
    parser.add_argument("-f")
    # contextlib.chdir (Python 3.11) enters the folder and always returns, so the file can be
    # named relatively.
    with contextlib.chdir(folder):
        run(parser, ["-f", "foo", "@args.txt"])

# %%
# Customizing file parsing
# ------------------------
# By default each line of the file is *one* argument, so the line ``-f foo bar`` becomes the
# single string ``"-f foo bar"``. Overriding ``convert_arg_line_to_args`` splits lines on spaces.
# (The book misspells the method ``convert_tag_line_to_args``, so its override is never called.)


class MyArgumentParser(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
    Path("args.txt").write_text("-f foo bar\n", encoding="utf-8")
    for cls in (argparse.ArgumentParser, MyArgumentParser):
        parser = cls(prog="PROG", fromfile_prefix_chars="@")
        parser.add_argument("-f")
        parser.add_argument("rest", nargs="*")
        print(f"--- {cls.__name__}")
        run(parser, ["@args.txt"])

# %%
# ``argument_default``
# --------------------
# A default for every argument at once. ``argparse.SUPPRESS`` means "no attribute at all unless
# the argument is given".

parser = argparse.ArgumentParser(prog="PROG", argument_default=argparse.SUPPRESS)
parser.add_argument("--foo")
parser.add_argument("bar", nargs="?")
run(parser, ["--foo", "1", "BAR"])
run(parser, [])

# %%
# ``allow_abbrev``
# ----------------
# Long options can normally be shortened to any unambiguous prefix. ``allow_abbrev=False``
# turns that off.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foobar", action="store_true")
parser.add_argument("--fooley", action="store_true")
run(parser, ["--foob"])
run(parser, ["--foo"])
parser = argparse.ArgumentParser(prog="PROG", allow_abbrev=False)
parser.add_argument("--foobar", action="store_true")
parser.add_argument("--fooley", action="store_true")
run(parser, ["--foob"])

# %%
# ``conflict_handler``
# --------------------
# Adding an option string twice is a programming error: ``add_argument`` raises
# ``argparse.ArgumentError`` (not the ``SyntaxError`` of the book's session transcript).
# ``conflict_handler="resolve"`` lets the newer argument take over the string instead.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-f", "--foo", help="old foo help")
try:
    parser.add_argument("--foo", help="new foo help")
except argparse.ArgumentError as error:
    print(f"{type(error).__name__}: {error}")

parser = argparse.ArgumentParser(prog="PROG", conflict_handler="resolve")
parser.add_argument("-f", "--foo", help="old foo help")
parser.add_argument("--foo", help="new foo help")
parser.print_help()

# %%
# ``add_help``
# ------------
# ``add_help=True`` (the default) adds ``-h/--help``. Set it to ``False`` for parent parsers or
# to use ``-h`` for something else; the first example shows what ``-h`` does then.

parser = argparse.ArgumentParser(prog="PROG", add_help=False)
parser.add_argument("--foo", help="foo help")
parser.print_help()

# %%
# ``exit_on_error`` (Python 3.9+)
# -------------------------------
# With ``exit_on_error=False`` a bad *value* raises ``argparse.ArgumentError`` that the program
# can handle. On Python 3.11 this covers type and choice errors only: missing required
# arguments and unrecognized arguments still exit with status 2 (3.13 changed that).

parser = argparse.ArgumentParser(prog="PROG", exit_on_error=False)
parser.add_argument("--integers", type=int)
try:
    parser.parse_args(["--integers", "a"])
except argparse.ArgumentError as error:
    print(f"caught {type(error).__name__}: {error}")
run(parser, ["--unknown"])

# %%
# What happened to each command line
# ----------------------------------
# Every command line above and what argparse did with it: parsed it into a Namespace, or ended the
# program with an exit status (0 after help or a version, 2 after a usage error).

for command, status in OUTCOMES:
    outcome = "parsed" if status is None else f"exit status {status}"
    print(f"{outcome:<14} {command}")
