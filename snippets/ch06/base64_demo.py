"""Section 6.7: base64 encodes bytes as text; strict decoding refuses malformed input."""

import base64
import binascii


def decode_strict(text):
    """Decode standard base64, refusing any character outside the alphabet (ValueError)."""
    return base64.b64decode(text, validate=True)


if __name__ == "__main__":
    data = b"binary\x00\xff data"
    encoded = base64.b64encode(data)
    print(encoded, base64.b64decode(encoded))
    print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
    print(base64.b64encode(b"abcd"), "(4 bytes become 8 characters, padded with =)")
    # Encoding is not encryption: anybody can decode it.
    print(base64.b64decode(b"c2VjcmV0"))
    # The default decoder silently skips characters outside the alphabet.
    print("lenient:", base64.b64decode(b"c2Vj!!cmV0"))
    try:
        decode_strict(b"c2Vj!!cmV0")
    except binascii.Error as error:
        print("strict:", error)
