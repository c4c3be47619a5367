"""Section 6.4: catastrophic backtracking, bounded input, possessive quantifiers (3.11)."""

import re
import time


def bounded_fullmatch(pattern, text, max_length=256):
    """fullmatch ``text`` against ``pattern`` only if the input is short enough.

    The re module has no timeout. A pattern with nested quantifiers can take time exponential in
    the length of a non-matching input, so untrusted input is rejected above a length limit
    before the engine sees it.
    """
    if len(text) > max_length:
        raise ValueError(f"input of {len(text)} characters exceeds the limit of {max_length}")
    return re.fullmatch(pattern, text)


def seconds(pattern, text, repeats=3):
    """The fastest of a few runs: a busy machine can only make a single run slower."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        re.match(pattern, text)
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    nested = r"(a+)+$"
    short, longer = "a" * 16 + "b", "a" * 21 + "b"
    t_short, t_long = seconds(nested, short), seconds(nested, longer)
    # Five more characters multiply the work by about 2**5 = 32; the check leaves a wide margin.
    print("(a+)+$ on 21 a's and a b is more than 4x slower than on 16:", t_long > 4 * t_short)
    assert t_long > 4 * t_short

    # Atomic groups (?>...) and possessive quantifiers (*+, ++, ?+) are new in Python 3.11:
    # they never give back what they matched, so the failure is found at once.
    for pattern in (r"(?>a+)+$", r"(a++)+$", r"a+$"):
        elapsed = seconds(pattern, "a" * 5000 + "b")
        print(f"{pattern:10} on 5,000 a's and a b: below 0.1 s: {elapsed < 0.1}")
        assert elapsed < 0.1

    print(bool(bounded_fullmatch(r"(a+)+", "aaaa")))
    try:
        bounded_fullmatch(nested, "a" * 1000 + "b")
    except ValueError as error:
        print("refused:", error)
