"""A real `chipsim env` process for the tests, on 127.0.0.1 at a free port."""

import os
import select
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
JAR = os.environ.get("CHIPSIM_JAR", os.path.join(REPO, "runner", "target", "chipsim.jar"))
TOKEN = "test-token"
START_SECONDS = 120


class ChipsimServer:
    def __init__(self, *args):
        if not os.path.isfile(JAR):
            raise RuntimeError("no chipsim jar at %s: build it first (mvn -DskipTests package) or set CHIPSIM_JAR"
                               % JAR)
        self.process = subprocess.Popen(["java", "-jar", JAR, "env", "--port", "0", "--token", TOKEN] + list(args),
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.port = self._await_port()

    def _await_port(self):
        deadline = time.time() + START_SECONDS
        line = b""
        while time.time() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, deadline - time.time()))
            if not ready:
                break
            line = self.process.stdout.readline()
            if not line:
                break
            if b"listening on 127.0.0.1:" in line:
                return int(line.strip().rsplit(b":", 1)[1])
        self.stop()
        raise RuntimeError("chipsim env did not start: %r %r" % (line, self.process.stderr.read()))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()
