"""
argparse 5: parse_args in detail, Namespace, defaults and partial parsing
=========================================================================

How ``parse_args()`` reads a command line (section 6.1.3 of the notes): the spellings of option
values, clustered short flags, the error messages for bad input, arguments that start with
``-``, ``--``, abbreviations and argument lists that do not come from ``sys.argv``. Then the
Namespace object, parser-level defaults, printing help, ``parse_known_args``, and the
``exit``/``error`` methods. See :ref:`seed-6-1-3` for the text.
"""

import argparse
import contextlib
import os
import shlex
import sys

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
# Option value syntax
# -------------------
# A value may follow its option as the next argument, be attached to a short option (``-xX``),
# or joined to a long one with ``=``. Short flags that take no value can be clustered.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-x")
parser.add_argument("--foo")
run(parser, ["-x", "X"])
run(parser, ["--foo", "FOO"])
run(parser, ["--foo=FOO"])
run(parser, ["-xX"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-x", action="store_true")
parser.add_argument("-y", action="store_true")
parser.add_argument("-z")
run(parser, ["-xyzZ"])

# %%
# Invalid arguments
# -----------------
# A wrong type, an unknown option and a surplus positional argument are usage errors. (The book
# prints "no such option" and "extra arguments found", texts from old documentation that
# argparse never printed: it says "unrecognized arguments".)

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", type=int)
parser.add_argument("bar", nargs="?")
run(parser, ["--foo", "spam"])
run(parser, ["--bar"])
run(parser, ["spam", "badger"])

# %%
# Arguments that start with ``-``
# -------------------------------
# A string such as ``-1`` is taken for a negative number only while the parser has no option
# that looks like a negative number. ``--`` ends the options: everything after it is positional.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-x")
parser.add_argument("foo", nargs="?")
run(parser, ["-x", "-1"])
run(parser, ["-x", "-1", "-5"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-1", dest="one")
parser.add_argument("foo", nargs="?")
run(parser, ["-1", "X"])
run(parser, ["-2"])
run(parser, ["-1", "-1"])
run(parser, ["--", "-f"])

# %%
# Prefix abbreviations
# --------------------
# A long option may be shortened as long as only one option starts with the prefix.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("-bacon")
parser.add_argument("-badger")
run(parser, ["-bac", "MMM"])
run(parser, ["-bad", "WOOD"])
run(parser, ["-ba", "BA"])

# %%
# Beyond ``sys.argv``
# -------------------
# ``parse_args()`` reads ``sys.argv[1:]``; pass a list to parse anything else, as every cell of
# these examples does.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument(
    "integers",
    metavar="int",
    type=int,
    choices=range(10),
    nargs="+",
    help="an integer in the range 0..9",
)
parser.add_argument(
    "--sum",
    dest="accumulate",
    action="store_const",
    const=sum,
    default=max,
    help="sum the integers (default: find the max)",
)
run(parser, ["1", "2", "3", "4"])
run(parser, ["1", "2", "3", "4", "--sum"])

# %%
# The Namespace object
# --------------------
# ``vars()`` turns the Namespace into a dict. ``namespace=`` fills an object of your own.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo")
args = parser.parse_args(["--foo", "BAR"])
print(vars(args))


class C:
    pass


c = C()
parser.parse_args(args=["--foo", "BAR"], namespace=c)
print(c.foo)

# %%
# Parser defaults
# ---------------
# ``set_defaults`` adds attributes that no argument sets, and overrides an argument's own
# default. ``get_default`` reads either kind.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("foo", type=int)
parser.set_defaults(bar=42, baz="badger")
run(parser, ["736"])

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", default="bar")
parser.set_defaults(foo="spam")
run(parser, [])
print(repr(parser.get_default("foo")))

# %%
# Printing help
# -------------
# ``print_usage`` and ``print_help`` write to standard output; ``format_usage`` and
# ``format_help`` return the same text as a string.

parser = argparse.ArgumentParser(prog="PROG", description="Shows the four help methods.")
parser.add_argument("--foo", type=int, help="an integer")
parser.print_usage()
print(repr(parser.format_usage()))
print(len(parser.format_help().splitlines()), "lines of help")

# %%
# Partial parsing
# ---------------
# ``parse_known_args`` returns the Namespace and the list of strings it did not recognise, for
# a program that passes them on to another one. ``parse_intermixed_args`` (3.7+) lets optional
# arguments sit between the values of a positional argument.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo", action="store_true")
parser.add_argument("bar")
print(parser.parse_known_args(["--foo", "--badger", "BAR", "spam"]))

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("--foo")
parser.add_argument("cmd")
parser.add_argument("rest", nargs="*", type=int)
print(parser.parse_known_args(["doit", "1", "--foo", "bar", "2", "3"]))
print(parser.parse_intermixed_args(["doit", "1", "--foo", "bar", "2", "3"]))

# %%
# Exiting
# -------
# ``parser.error(message)`` prints the usage and the message and exits with status 2;
# ``parser.exit(status, message)`` prints the message and exits with the given status. Both raise
# ``SystemExit``, which is why these examples catch it. Override ``error`` or ``exit`` in a
# subclass to raise an exception of your own instead, as library code should.

parser = argparse.ArgumentParser(prog="PROG")
parser.add_argument("start", type=int)
parser.add_argument("stop", type=int)
for argv in (["1", "5"], ["5", "1"]):
    args = run(parser, argv)
    if args is not None and args.start > args.stop:
        with contextlib.redirect_stderr(sys.stdout):
            try:
                parser.error("start must not be greater than stop")
            except SystemExit as stop:
                print(f"[SystemExit: exit status {stop.code}]")
with contextlib.redirect_stderr(sys.stdout):
    try:
        parser.exit(3, "PROG: nothing to do\n")
    except SystemExit as stop:
        print(f"[SystemExit: exit status {stop.code}]")


class RaisingParser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


parser = RaisingParser(prog="PROG")
parser.add_argument("n", type=int)
try:
    parser.parse_args(["x"])
except ValueError as error:
    print(f"ValueError: {error}")

# %%
# What happened to each command line
# ----------------------------------
# Every command line above and what argparse did with it: parsed it into a Namespace, or ended the
# program with an exit status (0 after help or a version, 2 after a usage error).

for command, status in OUTCOMES:
    outcome = "parsed" if status is None else f"exit status {status}"
    print(f"{outcome:<14} {command}")
