"""
argparse 6: sub-commands, FileType, groups and mutual exclusion
===============================================================

Programs such as ``git`` or ``svn`` take a command word and then the arguments of that command.
This example builds such parsers with ``add_subparsers`` (section 6.1.3 of the notes), dispatches
with ``set_defaults(func=...)``, and shows ``FileType``, argument groups, mutually exclusive
groups, and the optparse-to-argparse translation. Files are created only in a temporary folder.
See :ref:`seed-6-1-3` for the text.
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
# Sub-commands
# ------------
# ``add_subparsers`` returns an object whose ``add_parser`` creates one parser per command.
# Only the chosen command's arguments appear in the Namespace. Each sub-parser has its own help.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action="store_true", help="foo help")
subparsers = parser.add_subparsers(help="sub-command help")
parser_a = subparsers.add_parser("a", help="a help")
parser_a.add_argument("bar", type=int, help="bar help")
parser_b = subparsers.add_parser("b", help="b help")
parser_b.add_argument("--baz", choices=["X", "Y", "Z"], help="baz help")
run(parser, ["a", "12"])
run(parser, ["--foo", "b", "--baz", "Z"])
run(parser, ["-h"])
run(parser, ["a", "-h"])
run(parser, ["b", "--baz", "W"])

# %%
# By default a sub-command is optional: an empty command line parses to a Namespace without the
# command's attributes. ``required=True`` (3.7+) together with ``dest`` makes it mandatory and
# records which command was chosen.

run(parser, [])
parser = argparse.ArgumentParser(prog="PROG")
subparsers = parser.add_subparsers(dest="command", required=True)
subparsers.add_parser("1").add_argument("-x")
subparsers.add_parser("2").add_argument("y")
run(parser, ["2", "frobble"])
run(parser, [])

# %%
# ``title`` and ``description`` put the commands in a group of their own in the help, and
# ``aliases`` gives a command other names (like ``svn co`` for ``svn checkout``).

parser = argparse.ArgumentParser(prog="svn")
subparsers = parser.add_subparsers(
    title="subcommands", description="valid subcommands", help="additional help"
)
checkout = subparsers.add_parser("checkout", aliases=["co"])
checkout.add_argument("url")
subparsers.add_parser("update")
run(parser, ["co", "https://svn.example/repo"])
run(parser, ["-h"])

# %%
# Dispatching with ``set_defaults``
# ---------------------------------
# Each sub-parser stores the function that handles its command. With ``required=True`` a
# missing command is a usage error instead of an ``AttributeError`` on ``args.func``.


def foo(args):
    print(args.x * args.y)


def bar(args):
    print(f"(({args.z}))")


parser = argparse.ArgumentParser(prog="PROG")
subparsers = parser.add_subparsers(required=True)
parser_foo = subparsers.add_parser("foo")
parser_foo.add_argument("-x", type=int, default=1)
parser_foo.add_argument("y", type=float)
parser_foo.set_defaults(func=foo)
parser_bar = subparsers.add_parser("bar")
parser_bar.add_argument("z")
parser_bar.set_defaults(func=bar)
for argv in (["foo", "1", "-x", "2"], ["bar", "XYZYX"], []):
    # (The Namespace holds a function, whose repr shows a memory address: print its name.)
    print(f">>> args = parser.parse_args({argv!r}); args.func(args)")
    with contextlib.redirect_stderr(sys.stdout):
        try:
            args = parser.parse_args(argv)
        except SystemExit as stop:
            print(f"[SystemExit: exit status {stop.code}]")
            OUTCOMES.append((f"PROG {shlex.join(argv)}".rstrip(), stop.code))
            continue
    OUTCOMES.append((f"PROG {shlex.join(argv)}", None))
    print(f"func={args.func.__name__}:", end=" ")
    args.func(args)

# %%
# ``FileType``
# ------------
# ``FileType`` opens the named file with the given mode, buffering, encoding and errors; ``-``
# stands for standard input or output. As the fourth example shows, it opens (and for ``"w"``
# truncates) files while parsing, so prefer a ``pathlib.Path`` argument in new code.

with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
    parser = argparse.ArgumentParser(prog="PROG")
    parser.add_argument("--raw", type=argparse.FileType("wb", 0))
    parser.add_argument("out", type=argparse.FileType("w", encoding="UTF-8"))
    args = run(parser, ["--raw", "raw.dat", "file.txt"])
    args.raw.close()
    args.out.close()

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("infile", type=argparse.FileType("r"))
args = parser.parse_args(["-"])
print(args.infile is sys.stdin)

# %%
# Argument groups
# ---------------
# Groups only change the help screen: arguments are listed under the group's title and
# description instead of "positional arguments" and "options".

parser = argparse.ArgumentParser(prog="PROG", add_help=False)
group1 = parser.add_argument_group("group1", "group1 description")
group1.add_argument("foo", help="foo help")
group2 = parser.add_argument_group("group2", "group2 description")
group2.add_argument("--bar", help="bar help")
parser.print_help()

# %%
# Mutual exclusion
# ----------------
# At most one argument of a mutually exclusive group may be given; with ``required=True``,
# exactly one.

parser = argparse.ArgumentParser(prog="PROG")
group = parser.add_mutually_exclusive_group()
group.add_argument("--foo", action="store_true")
group.add_argument("--bar", action="store_false")
run(parser, ["--foo"])
run(parser, ["--bar"])
run(parser, ["--foo", "--bar"])

parser = argparse.ArgumentParser(prog="PROG")
group = parser.add_mutually_exclusive_group(required=True)
group.add_argument("--foo", action="store_true")
group.add_argument("--bar", action="store_false")
run(parser, [])

# %%
# From optparse to argparse
# -------------------------
# The same small command line in both modules. optparse returns the options and a plain list
# of the remaining arguments, which the program must check itself; argparse declares the
# positional arguments, converts and checks them, and writes the usage line.

import optparse

old = optparse.OptionParser(prog="PROG", usage="%prog [options] count")
old.add_option("-q", "--quiet", action="store_true", dest="quiet", default=False)
options, positional = old.parse_args(["-q", "3"])
print(options, positional)

new = argparse.ArgumentParser(prog="PROG")
new.add_argument("-q", "--quiet", action="store_true")
new.add_argument("count", type=int)
run(new, ["-q", "3"])

# %%
# What happened to each command line
# ----------------------------------
# Every command line above and what argparse did with it: parsed it into a Namespace, or ended the
# program with an exit status (0 after help or a version, 2 after a usage error).

for command, status in OUTCOMES:
    outcome = "parsed" if status is None else f"exit status {status}"
    print(f"{outcome:<14} {command}")
