"""Section 6.6: the container types of collections."""

from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x + p.y, p._replace(y=5), p._asdict())

q = deque([1, 2, 3], maxlen=3)
q.append(4)  # the oldest item falls out at the other end
q.appendleft(0)
print(q)
assert list(q) == [0, 2, 3]

words = ["the", "cat", "and", "the", "hat", "and", "the", "bat"]
counts = Counter(words)
print(counts.most_common(2))
assert counts["the"] == 3 and counts["dog"] == 0

by_letter = defaultdict(list)
for word in words:
    by_letter[word[0]].append(word)
print(dict(by_letter))

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False))

defaults, user = {"lr": 0.01, "epochs": 10}, {"epochs": 3}
config = ChainMap(user, defaults)
print(config["lr"], config["epochs"], dict(config))
