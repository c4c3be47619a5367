"""Section 6.10: itertools builds lazy iterators."""

import itertools
import operator

print(list(itertools.islice(itertools.count(1), 5)))
print(list(itertools.islice(itertools.cycle("ABC"), 7)))
print(list(itertools.repeat("x", 3)))
print(list(itertools.takewhile(lambda n: n <= 10, itertools.count(1, 3))))
print(list(itertools.chain("ABC", "XYZ")))
for key, group in itertools.groupby("AAABBBCCAAA"):
    print(key, list(group), end="; ")
print()
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
it = iter(range(7))
batches = list(iter(lambda: list(itertools.islice(it, 3)), []))
print("batches of 3:", batches)
assert batches == [[0, 1, 2], [3, 4, 5], [6]]
