"""Section 6.2.3: an object that owns a thread pickles its state, and unpickling restarts it."""

import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Pickle stores a class by module and name, so the class lives in a module that a second
# interpreter can import: countdown.py, written to a temporary directory.
COUNTDOWN_MODULE = '''\
import threading
import time


class Countdown:
    """Counts ``n`` down to 0 in a background thread, one step every ``tick`` seconds."""

    def __init__(self, n, tick):
        self.n, self.tick = n, tick
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while self.n > 0:
            time.sleep(self.tick)
            self.n -= 1

    def __getstate__(self):
        # A thread cannot be pickled: the count and the tick are the whole state.
        return self.n, self.tick

    def __setstate__(self, state):
        self.__init__(*state)  # a fresh thread, resuming from the saved count
'''

# Run by a second interpreter: load the pickle from stdin, report, wait for the count to end.
RESTORE = """\
import pickle, sys
countdown = pickle.load(sys.stdin.buffer)
print("restored in a new interpreter; its thread is running:", countdown.thread.is_alive())
print("resumes below the starting count of 30:", countdown.n < 30)
countdown.thread.join(timeout=30)
print("counted down to", countdown.n)
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as workdir:
        Path(workdir, "countdown.py").write_text(COUNTDOWN_MODULE, encoding="utf-8")
        sys.path.insert(0, workdir)
        try:
            import countdown

            running = countdown.Countdown(30, tick=0.05)
            while running.n == 30:  # wait for the first step, however busy the machine is
                time.sleep(0.01)
            data = pickle.dumps(running)
        finally:
            sys.path.remove(workdir)
            sys.modules.pop("countdown", None)
        print("pickled a running Countdown:", len(data), "bytes, holding no thread")
        restored = subprocess.run(
            [sys.executable, "-c", RESTORE],
            cwd=workdir,
            input=data,
            capture_output=True,
            timeout=60,
            check=True,
        )
    print(restored.stdout.decode(), end="")
