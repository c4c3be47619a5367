"""Section 6.8: struct packs numbers into bytes with an explicit layout."""

import struct

packed = struct.pack(">I", 10240099)
print(packed, struct.unpack(">I", packed))
# A BMP file header: 'BM', file size, two reserved shorts, pixel offset, header size,
# width, height (all little-endian).
header = b"BM" + struct.pack("<IHHII", 0x2A, 0, 0, 0x36, 0x28) + struct.pack("<ii", 30, 20)
magic, size, _, _, offset, info = struct.unpack("<2sIHHII", header[:18])
width, height = struct.unpack("<ii", header[18:26])
print(magic, size, offset, info, width, height)
print(struct.calcsize("<IHHII"), struct.calcsize("@IHHII"), "(native alignment may add padding)")
record = struct.Struct("<hfd")
blob = record.pack(-2, 1.5, 3.25)
print(len(blob), record.unpack(blob))
try:
    struct.pack("<h", 40000)
except struct.error as error:
    print("struct.error:", error)
