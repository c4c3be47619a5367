"""Section 6.11: context managers with contextlib."""

import contextlib
import io
import os
import tempfile
import time


@contextlib.contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:  # runs even when the block raises
        print(f"{label}: finished in under a second: {time.perf_counter() - start < 1}")


with timer("sum"):
    total = sum(range(100_000))


class Resource:
    def close(self):
        print("Resource closed")


with contextlib.closing(Resource()):
    print("using the resource")

with contextlib.suppress(FileNotFoundError):
    os.remove("/nonexistent/file/for/this/demo")
print("FileNotFoundError suppressed")

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured")
print("redirected text:", repr(buffer.getvalue()))

with tempfile.TemporaryDirectory() as folder:
    with contextlib.ExitStack() as stack:
        files = [
            stack.enter_context(open(os.path.join(folder, f"{i}.txt"), "w", encoding="utf-8"))
            for i in range(3)
        ]
        for f in files:
            f.write("x")
    print("all closed by ExitStack:", all(f.closed for f in files))
    before = os.getcwd()
    with contextlib.chdir(folder):  # Python 3.11
        print("inside:", sorted(os.listdir(".")))
    assert os.getcwd() == before
