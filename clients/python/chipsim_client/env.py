"""`chipsim env` as a Gymnasium-style environment: reset() and step() with the five-tuple.

    env = ChipsimEnv(port=5555, token="secret", agent="washington", overrides=["end=2025Q4"])
    observation, info = env.reset(seed=7)
    while True:
        observation, reward, terminated, truncated, info = env.step(info["fallbackDecision"])
        if terminated or truncated:
            break

A step is one decision of the agent; its reward is the agent's payoff (AgentReport.payoff) of the
quarters closed since the previous step, so for a role that decides once a quarter, the payoff of
the quarter just closed. Observations and actions are the JSON of docs/decisions.md, as dicts.
"""

from .protocol import Connection, ProtocolError
from .spaces import PointSpaces, SchemaSpace


class EpisodeClient:
    """The episode loop both environments share: reset, answer observes, gather rewards."""

    def __init__(self, host="127.0.0.1", port=5555, token=None, timeout=60.0, name="python"):
        self.connection = Connection.tcp(host, port, timeout=timeout)
        self.welcome = self.connection.hello(name=name, token=token)
        self.points = self.welcome["points"]
        self.episode = None
        self.errors = []

    def reset(self, agents, scenario=None, seed=None, overrides=(), quarters=None):
        message = {"type": "reset", "agents": list(agents), "overrides": list(overrides)}
        if scenario is not None:
            message["scenario"] = scenario
        if seed is not None:
            message["seed"] = seed
        if quarters is not None:
            message["quarters"] = quarters
        self.connection.send(message)
        while True:
            reply = self.connection.receive()
            if reply["type"] == "episode":
                self.episode = reply
                break
            if reply["type"] == "error" and reply.get("requestId") is None:
                raise ProtocolError(reply["reason"])
        return self.advance()

    def act(self, request_id, actions):
        self.connection.send({"type": "act", "requestId": request_id, "actions": actions})
        return self.advance()

    def advance(self):
        """Reads until the next observe or the done; returns (observe or None, rewards by agent, done or None)."""
        rewards = {}
        self.errors = []
        while True:
            message = self.connection.receive()
            kind = message["type"]
            if kind == "reward":
                for agent, value in message["rewards"].items():
                    rewards[agent] = rewards.get(agent, 0.0) + value
            elif kind == "error":
                self.errors.append(message)
            elif kind == "observe":
                return message, rewards, None
            elif kind == "done":
                return None, rewards, message

    def close(self):
        try:
            self.connection.send({"type": "close"})
        except OSError:
            pass
        self.connection.close()


class ChipsimEnv:
    """One agent of a chipsim scenario (by id, e.g. "washington", "bytedance"), the rest on their policies."""

    metadata = {"render_modes": []}

    def __init__(self, agent="washington", host="127.0.0.1", port=5555, token=None, scenario=None,
                 overrides=(), quarters=None, timeout=60.0):
        self.agent = agent
        self.scenario = scenario
        self.overrides = list(overrides)
        self.quarters = quarters
        self.client = EpisodeClient(host, port, token, timeout, name="ChipsimEnv")
        self._request = None
        self._last = None
        role = self._role_guess(agent)
        self.action_space = self._spaces(role, "decision")
        self.observation_space = self._spaces(role, "observation")

    def _role_guess(self, agent):
        roles = {entry["role"] for entry in self.client.points.values()}
        return agent if agent in roles else None

    def _spaces(self, role, part):
        if role is None:
            return None
        spaces = PointSpaces({point: SchemaSpace(entry[part])
                              for point, entry in self.client.points.items() if entry["role"] == role})
        return next(iter(spaces.values())) if len(spaces) == 1 else spaces

    def reset(self, seed=None, options=None):
        options = options or {}
        observe, _, done = self.client.reset([self.agent], scenario=options.get("scenario", self.scenario),
                                             seed=seed, overrides=options.get("overrides", self.overrides),
                                             quarters=options.get("quarters", self.quarters))
        held = self.client.episode["agents"]
        if self.agent not in held:
            raise ProtocolError("the episode holds %s, not %s" % (list(held), self.agent))
        if self.action_space is None:
            self.action_space = self._spaces(held[self.agent]["role"], "decision")
            self.observation_space = self._spaces(held[self.agent]["role"], "observation")
        if done is not None:
            raise ProtocolError("the episode ended before %s decided anything: %s" % (self.agent, done))
        return self._take(observe)

    def _take(self, observe):
        self._request = observe
        request = observe["agents"][self.agent]
        self._last = request["observation"]
        info = {"quarter": observe["quarter"], "phase": observe["phase"], "point": request["point"],
                "fallbackDecision": request["fallbackDecision"], "requestId": observe["requestId"],
                "episode": observe["episode"]}
        return self._last, info

    def step(self, action):
        if self._request is None:
            raise ProtocolError("call reset() first: the episode is over")
        observe, rewards, done = self.client.act(self._request["requestId"], {self.agent: action})
        reward = rewards.get(self.agent, 0.0)
        errors = list(self.client.errors)
        if done is not None:
            self._request = None
            info = {"done": done, "errors": errors, "corrupt": done["corrupt"]}
            return self._last, reward, done["ok"], not done["ok"], info
        observation, info = self._take(observe)
        info["errors"] = errors
        return observation, reward, False, False, info

    def close(self):
        self.client.close()
