"""Section 6.2.3: pickle, and signing pickled data with hmac so tampered data is refused."""

import hashlib
import hmac
import io
import math
import pickle
import secrets


def dumps_signed(obj, key):
    """Pickle ``obj`` and prefix the HMAC-SHA256 of the bytes, computed with a secret ``key``."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return hmac.new(key, data, hashlib.sha256).digest() + data


def loads_signed(blob, key):
    """Unpickle ``blob`` only if its signature is valid; raise ValueError otherwise.

    The signature is checked *before* ``pickle.loads`` runs, because unpickling itself can run
    arbitrary code. ``hmac.compare_digest`` takes the same time however many bytes match.
    """
    signature, data = blob[:32], blob[32:]
    expected = hmac.new(key, data, hashlib.sha256).digest()
    if len(blob) < 32 or not hmac.compare_digest(signature, expected):
        raise ValueError("bad signature: refusing to unpickle")
    return pickle.loads(data)


class Alarm:
    """Unpickling an object calls code its class chooses (here __setstate__)."""

    def __setstate__(self, state):
        print("  __setstate__ ran during pickle.loads with", state)
        self.__dict__.update(state)


if __name__ == "__main__":
    # dump and load through a file (an in-memory one here); several objects in a row.
    f = io.BytesIO()
    for obj in ([1, 2, 3, 4], "hello", sorted({"Pear", "Apple", "Banana"})):
        pickle.dump(obj, f)
    f.seek(0)
    print([pickle.load(f) for _ in range(3)])
    data = pickle.dumps(list(range(10)))
    assert pickle.loads(data) == list(range(10))

    # Functions and classes are pickled by name: the bytes hold "math" and "cos", not code.
    print(pickle.dumps(math.cos, protocol=4))
    print("default protocol:", pickle.DEFAULT_PROTOCOL)

    alarm = Alarm()
    alarm.__dict__["n"] = 3
    print("loading an Alarm:")
    pickle.loads(pickle.dumps(alarm))

    key = secrets.token_bytes(32)
    blob = dumps_signed({"weights": [0.5, -1.25]}, key)
    print("signed round trip:", loads_signed(blob, key))
    tampered = blob[:-3] + b"X" + blob[-2:]
    for name, candidate, k in [("tampered", tampered, key), ("wrong key", blob, b"k" * 32)]:
        try:
            loads_signed(candidate, k)
        except ValueError as error:
            print(f"{name}: {error}")
        else:
            raise AssertionError(name)
