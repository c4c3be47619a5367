"""Section 6.5: attributes and functions of sys (values depend on the building machine)."""

import sys

print("version_info:", sys.version_info[:3], "| implementation:", sys.implementation.name)
assert sys.version_info >= (3, 11)
print("byteorder:", sys.byteorder, "| maxsize == 2**63 - 1:", sys.maxsize == 2**63 - 1)
print("builtin module 'sys' compiled in:", "sys" in sys.builtin_module_names)
print("argv[0] is a str:", isinstance(sys.argv[0], str))
print("float_info.dig:", sys.float_info.dig, "| epsilon:", sys.float_info.epsilon)
print("float_info.max:", sys.float_info.max, "| min:", sys.float_info.min)

# dig is the number of decimal digits that survive a round trip through a float.
s = "3.14159265358979"  # 15 significant digits
assert format(float(s), ".15g") == s
print(format(float(s), ".15g"))
s = "9876543211234567"  # 16 digits do not always survive
print(format(float(s), ".16g"))
assert format(float(s), ".16g") != s

print("recursion limit:", sys.getrecursionlimit())
print("getsizeof(0), getsizeof([]):", sys.getsizeof(0), sys.getsizeof([]))
print("filesystem encoding:", sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print("switch interval:", sys.getswitchinterval())
print("hash_info: width", sys.hash_info.width, "algorithm", sys.hash_info.algorithm)
print("flags.optimize:", sys.flags.optimize, "| flags.utf8_mode:", sys.flags.utf8_mode)
print("int_max_str_digits:", sys.flags.int_max_str_digits)
print("hexversion >= 0x030B00F0 (3.11.0 final):", sys.hexversion >= 0x030B00F0)
print("stdout is a text stream:", hasattr(sys.stdout, "write"))

# sys.exit(message) prints the message to stderr and exits with status 1: it raises SystemExit.
try:
    sys.exit("some error message")
except SystemExit as stop:
    print("SystemExit code:", repr(stop.code))
