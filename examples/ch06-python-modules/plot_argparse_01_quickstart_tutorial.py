"""
argparse 1: the first example and the tutorial, run as real programs
====================================================================

Section 6.1 of the notes opens with a program that sums or finds the largest of some integers,
and it ends with the argparse tutorial: a sequence of small programs that grow from one
positional argument to mutually exclusive options. This example writes each program into a
temporary folder and runs it with ``subprocess``, the way you would run it in a shell, so every
usage line, error message and **exit status** below is exactly what Python 3.11 prints.

The last cell lists every command line with its exit status: 0 when the program ran or printed
its help, 2 after a usage error. See :ref:`seed-6-1` for the text.
"""

import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# argparse wraps help at the terminal width: fix it so the output is the same everywhere.
ENV = {**os.environ, "COLUMNS": "80"}
OUTCOMES = []  # (command line, exit status)
workdir = tempfile.TemporaryDirectory()
folder = Path(workdir.name)


def program(name, source):
    """Write a small program into the temporary folder and return its path."""
    path = folder / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def shell(path, *args):
    """Run ``python path args`` and print its output and exit status, like a terminal would."""
    command = f"python {path.name} {shlex.join(args)}".rstrip()
    result = subprocess.run(
        [sys.executable, str(path), *args],
        cwd=folder,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    print(f"$ {command}")
    print((result.stdout + result.stderr).rstrip())
    print(f"[exit status {result.returncode}]\n")
    OUTCOMES.append((command, result.returncode))


# %%
# The first example: sum or max
# -----------------------------
# ``integers`` collects one or more ints (``nargs="+"``). ``--sum`` stores the built-in ``sum``
# in ``args.accumulate``; without it the default, ``max``, stays there.

demo1 = program(
    "demo1.py",
    """\
    import argparse

    parser = argparse.ArgumentParser(description="Process some integers.")
    parser.add_argument("integers", metavar="N", type=int, nargs="+",
                        help="an integer for the accumulator")
    parser.add_argument("--sum", dest="accumulate", action="store_const",
                        const=sum, default=max,
                        help="sum the integers (default: find the max)")
    args = parser.parse_args()
    print(args.accumulate(args.integers))
    """,
)
shell(demo1)
shell(demo1, "1", "2", "3", "4")
shell(demo1, "--sum", "1", "2", "3", "4")
shell(demo1, "-h")
shell(demo1, "1", "two")

# %%
# ``add_help=False``
# ------------------
# Without the automatic ``-h/--help`` option, ``-h`` is just an unknown string. argparse first
# reports the missing positional argument, and the help screen is never printed.

no_help = program(
    "demo1_nohelp.py",
    """\
    import argparse

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("integers", metavar="N", type=int, nargs="+")
    parser.add_argument("--sum", dest="accumulate", action="store_const",
                        const=sum, default=max)
    print(parser.parse_args())
    """,
)
shell(no_help, "-h")

# %%
# Tutorial: positional arguments
# ------------------------------
# A positional argument is required. ``type=int`` converts the string the shell passes.

echo = program(
    "arg1.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("echo", help="echo the string you use here")
    args = parser.parse_args()
    print(args.echo)
    """,
)
shell(echo)
shell(echo, "-h")
shell(echo, "foo")

square = program(
    "arg2.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("square", type=int, help="display a square of a given number")
    args = parser.parse_args()
    print(args.square**2)
    """,
)
shell(square, "4")
shell(square, "four")

# %%
# Tutorial: optional arguments and flags
# --------------------------------------
# ``--verbosity`` takes a value; ``action="store_true"`` turns ``--verbose`` into a flag that
# takes none. The book's version of the flag program reads ``args.verbose`` although its option
# is ``--verbosity`` (an ``AttributeError``); the flag is named ``--verbose`` here.

verbosity = program(
    "arg3.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--verbosity", help="increase output verbosity")
    args = parser.parse_args()
    if args.verbosity:
        print("verbosity turned on")
    """,
)
shell(verbosity, "--verbosity", "1")
shell(verbosity, "--verbosity")

flag = program(
    "arg4.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", help="increase output verbosity",
                        action="store_true")
    args = parser.parse_args()
    if args.verbose:
        print("verbosity turned on")
    """,
)
shell(flag, "-v")
shell(flag, "--verbose", "1")
shell(flag, "-h")

# %%
# Tutorial: positional and optional together
# ------------------------------------------
# The order of options and positional arguments does not matter. ``choices`` restricts the
# levels; the book's version mixes the names ``verbose`` and ``verbosity`` and fails for every
# level but 2.

levels = program(
    "arg6.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("square", type=int, help="display a square of a given number")
    parser.add_argument("-v", "--verbosity", type=int, choices=[0, 1, 2],
                        help="increase output verbosity")
    args = parser.parse_args()
    answer = args.square**2
    if args.verbosity == 2:
        print(f"the square of {args.square} equals {answer}")
    elif args.verbosity == 1:
        print(f"{args.square}^2 == {answer}")
    else:
        print(answer)
    """,
)
shell(levels, "4", "-v", "2")
shell(levels, "-v", "1", "4")
shell(levels, "4", "-v", "3")

# %%
# Tutorial: counting ``-v``
# -------------------------
# ``action="count"`` counts how often the flag appears. With ``default=0`` the comparison
# ``args.verbosity >= 2`` works when the flag is absent; without it the value would be ``None``
# and the comparison a ``TypeError``.

count = program(
    "arg8.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("x", type=int, help="the base")
    parser.add_argument("y", type=int, help="the exponent")
    parser.add_argument("-v", "--verbosity", action="count", default=0)
    args = parser.parse_args()
    answer = args.x**args.y
    if args.verbosity >= 2:
        print(f"Running '{__file__.rsplit('/', 1)[-1]}'")
    if args.verbosity >= 1:
        print(f"{args.x}^{args.y} == ", end="")
    print(answer)
    """,
)
shell(count, "4", "2")
shell(count, "4", "2", "-v")
shell(count, "4", "2", "-vv")

# %%
# Tutorial: conflicting options
# -----------------------------
# ``-v`` and ``-q`` contradict each other. Only when *both* are in one mutually exclusive group
# does argparse refuse them together. In the book's first version the group holds ``-q`` alone,
# so ``-vq`` is accepted and the quiet branch wins.

one_member = program(
    "arg10_book.py",
    """\
    import argparse

    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group()
    parser.add_argument("-v", "--verbose", action="store_true")
    group.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("x", type=int, help="the base")
    parser.add_argument("y", type=int, help="the exponent")
    args = parser.parse_args()
    answer = args.x**args.y
    if args.quiet:
        print(answer)
    elif args.verbose:
        print(f"{args.x} to the power {args.y} equals {answer}")
    else:
        print(f"{args.x}^{args.y} == {answer}")
    """,
)
shell(one_member, "3", "4", "-vq")

both = program(
    "arg10.py",
    """\
    import argparse

    parser = argparse.ArgumentParser(description="calculate X to the power of Y")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="store_true")
    group.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("x", type=int, help="the base")
    parser.add_argument("y", type=int, help="the exponent")
    args = parser.parse_args()
    answer = args.x**args.y
    if args.quiet:
        print(answer)
    elif args.verbose:
        print(f"{args.x} to the power {args.y} equals {answer}")
    else:
        print(f"{args.x}^{args.y} == {answer}")
    """,
)
shell(both, "3", "4", "-v")
shell(both, "3", "4", "-vq")
shell(both, "-h")

assert [status for _, status in OUTCOMES].count(2) == 9
workdir.cleanup()

# %%
# What happened to each command line
# ----------------------------------
# Every command line above and what argparse did with it: parsed it into a Namespace, or ended the
# program with an exit status (0 after help or a version, 2 after a usage error).

for command, status in OUTCOMES:
    outcome = "parsed" if status is None else f"exit status {status}"
    print(f"{outcome:<14} {command}")
