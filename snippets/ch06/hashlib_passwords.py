"""Section 6.9: hashlib digests, salted slow password hashing, and constant-time comparison."""

import hashlib
import hmac
import secrets

SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # the cost: about 16 MiB of memory per hash


def hash_password(password, salt=None):
    """Return (salt, key) for ``password`` with scrypt and a random per-user salt."""
    salt = secrets.token_bytes(16) if salt is None else salt
    return salt, hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **SCRYPT)


def check_password(password, salt, key):
    """Recompute the hash and compare it in constant time."""
    return hmac.compare_digest(hash_password(password, salt)[1], key)


if __name__ == "__main__":
    print(hashlib.md5(b"how to use md5 in python hashlib?").hexdigest())
    sha = hashlib.sha256()
    sha.update(b"how to use sha256 ")
    sha.update(b"in python hashlib?")
    assert sha.hexdigest() == hashlib.sha256(b"how to use sha256 in python hashlib?").hexdigest()
    print(sha.hexdigest())
    # A fast digest of a password is guessable: the same password always gives the same hash.
    print("sha256('123456') =", hashlib.sha256(b"123456").hexdigest()[:16], "...")

    salt, key = hash_password("correct horse")
    _, key_same_password = hash_password("correct horse")
    print("same password, different salts, different keys:", key != key_same_password)
    print("right password:", check_password("correct horse", salt, key))
    print("wrong password:", check_password("correct hose", salt, key))
    pbkdf2 = hashlib.pbkdf2_hmac("sha256", b"correct horse", salt, 600_000)
    print("pbkdf2_hmac key length:", len(pbkdf2))

    # hmac authenticates a message with a shared secret key.
    secret = secrets.token_bytes(32)
    tag = hmac.new(secret, b"amount=100", "sha256").hexdigest()
    print(
        "tag verifies:",
        hmac.compare_digest(tag, hmac.new(secret, b"amount=100", "sha256").hexdigest()),
    )
    print("file_digest (3.11):", hasattr(hashlib, "file_digest"))
