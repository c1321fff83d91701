"""A test program for `chipsim run --agent`: plays its agents in one chosen way, good or bad.

    python3 behave.py MODE [tcp-serve PORT TOKEN | listen-connect PORT TOKEN]

MODE: echo (the fallback's proposal, i.e. the role's own policy), late (echo, the first answer
3 s late), garbage (a line that is not JSON), range (echo with every number field of the decision
set to -1), stranger (acts for Beijing, which it does not play, never for its own agent), die (answers the
first observe, then exits), mute (never says hello).
"""

import os
import socket
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

from chipsim_client import Connection, ProtocolError  # noqa: E402


def negative(decision):
    return {k: (-1 if isinstance(v, (int, float)) and not isinstance(v, bool) else v) for k, v in decision.items()}


def main():
    mode = sys.argv[1]
    if mode == "mute":
        sys.stdin.buffer.read()
        return
    how = sys.argv[2] if len(sys.argv) > 2 else "stdio"
    token = None
    if how == "tcp-serve":
        connection = Connection.accept(int(sys.argv[3]), timeout=60)
        token = sys.argv[4]
    elif how == "listen-connect":
        token = sys.argv[4]
        deadline = time.time() + 60
        while True:
            try:
                connection = Connection.tcp("127.0.0.1", int(sys.argv[3]), timeout=60)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.05)
    else:
        connection = Connection.stdio()
    connection.hello(name="behave-" + mode, token=token)
    answered = 0
    while True:
        try:
            message = connection.receive()
        except (OSError, ValueError):
            return
        kind = message["type"]
        if kind == "done":
            print("behave %s: done %s" % (mode, message), file=sys.stderr)
            return
        if kind != "observe":
            continue
        actions = {agent: request["fallbackDecision"] for agent, request in message["agents"].items()}
        if mode == "late" and answered == 0:
            time.sleep(3.0)
        if mode == "garbage":
            connection.send_line("this is not json {")
            answered += 1
            continue
        if mode == "range":
            actions = {agent: negative(decision) for agent, decision in actions.items()}
        if mode == "stranger":
            actions = {("beijing" if agent != "beijing" else "washington"): decision
                       for agent, decision in actions.items()}
        try:
            connection.send({"type": "act", "requestId": message["requestId"], "actions": actions})
        except OSError:
            return
        answered += 1
        if mode == "die":
            os._exit(3)


if __name__ == "__main__":
    try:
        main()
    except (BrokenPipeError, ConnectionResetError, socket.timeout):
        pass
    except ProtocolError as refused:
        print("behave: chipsim refused: %s" % refused, file=sys.stderr)
