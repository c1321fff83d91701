"""The wire: newline-delimited JSON messages, protocol version 1 (docs/agents-api.md)."""

import json
import socket
import sys

PROTOCOL = 1


class ProtocolError(Exception):
    """chipsim refused something fatally (a wrong token, a wrong protocol) or spoke out of turn."""


class ConnectionClosed(ProtocolError):
    """The other side closed the connection."""


class Connection:
    """One conversation with chipsim: send() and receive() whole messages (dicts)."""

    def __init__(self, reader, writer, closer=None):
        self._reader = reader
        self._writer = writer
        self._closer = closer

    @classmethod
    def tcp(cls, host="127.0.0.1", port=5555, timeout=60.0):
        """Connects to chipsim (`chipsim env`, or `chipsim run --agent ROLE=listen:PORT`)."""
        sock = socket.create_connection((host, port), timeout=timeout)
        return cls._of_socket(sock, timeout)

    @classmethod
    def accept(cls, port, host="127.0.0.1", timeout=60.0):
        """Waits for chipsim to connect (`chipsim run --agent ROLE=tcp:HOST:PORT`)."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind((host, port))
            server.listen(1)
            server.settimeout(timeout)
            sock, _ = server.accept()
        return cls._of_socket(sock, timeout)

    @classmethod
    def _of_socket(cls, sock, timeout):
        sock.settimeout(timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        reader = sock.makefile("rb")
        writer = sock.makefile("wb")

        def close():
            for stream in (writer, reader):
                try:
                    stream.close()
                except OSError:
                    pass
            sock.close()

        return cls(reader, writer, close)

    @classmethod
    def stdio(cls):
        """Talks over standard input and output (`chipsim run --agent ROLE=cmd:COMMAND`).
        Print your own messages to standard error: standard output is the protocol's."""
        return cls(sys.stdin.buffer, sys.stdout.buffer)

    def send(self, message):
        self._writer.write(json.dumps(message, separators=(",", ":")).encode("utf-8") + b"\n")
        self._writer.flush()

    def send_line(self, text):
        """Sends a raw line (tests of what chipsim does with a malformed one)."""
        self._writer.write(text.encode("utf-8") + b"\n")
        self._writer.flush()

    def receive(self):
        line = self._reader.readline()
        if not line:
            raise ConnectionClosed("chipsim closed the connection")
        return json.loads(line)

    def hello(self, name="python", token=None):
        """Opens the conversation; returns chipsim's welcome (schemas, limits)."""
        message = {"type": "hello", "protocol": PROTOCOL, "name": name}
        if token is not None:
            message["token"] = token
        self.send(message)
        reply = self.receive()
        if reply.get("type") != "welcome":
            raise ProtocolError(reply.get("reason", "expected a welcome, got %r" % reply))
        return reply

    def close(self):
        if self._closer is not None:
            self._closer()
            self._closer = None
