"""Playing roles in `chipsim run --agent ...`: chipsim asks, a Python function decides.

    from chipsim_client import play_stdio

    def decide(agent, request):
        return request["fallbackDecision"]      # what the role's own policy would do

    play_stdio(decide)

`request` holds `role`, `point`, `observation` and `fallbackDecision` (docs/agents-api.md).
"""

import sys

from .protocol import Connection


def play(connection, decide, name="python", token=None, on_reward=None, on_error=None):
    """Answers every observe with decide(agent_id, request) until the run is done; returns the done message."""
    welcome = connection.hello(name=name, token=token)
    del welcome
    while True:
        message = connection.receive()
        kind = message.get("type")
        if kind == "observe":
            actions = {agent: decide(agent, request) for agent, request in message["agents"].items()}
            connection.send({"type": "act", "requestId": message["requestId"], "actions": actions})
        elif kind == "reward":
            if on_reward is not None:
                on_reward(message)
        elif kind == "error":
            if on_error is not None:
                on_error(message)
            else:
                print("chipsim: " + message.get("reason", ""), file=sys.stderr)
        elif kind == "done":
            return message


def play_stdio(decide, name="python", **callbacks):
    """For `--agent ROLE=cmd:"python3 this.py"`: talks over stdin/stdout."""
    return play(Connection.stdio(), decide, name=name, **callbacks)


def serve_tcp(port, decide, token, host="127.0.0.1", timeout=60.0, name="python", **callbacks):
    """For `--agent ROLE=tcp:127.0.0.1:PORT`: waits for chipsim to connect, then plays."""
    connection = Connection.accept(port, host=host, timeout=timeout)
    try:
        return play(connection, decide, name=name, token=token, **callbacks)
    finally:
        connection.close()


def connect_tcp(port, decide, token, host="127.0.0.1", timeout=60.0, name="python", **callbacks):
    """For `--agent ROLE=listen:PORT`: connects to the waiting chipsim, then plays."""
    connection = Connection.tcp(host, port, timeout=timeout)
    try:
        return play(connection, decide, name=name, token=token, **callbacks)
    finally:
        connection.close()
