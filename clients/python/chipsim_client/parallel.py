"""`chipsim env` as a PettingZoo-style parallel environment: several agents, one dict per step.

Only the agents that decide in the current step are in the observations (and must be in the
actions); the others are absent from that dict, not padded. Rewards are given for every agent
played, 0.0 in a step where none of its quarters closed.
"""

from .env import EpisodeClient
from .protocol import ProtocolError
from .spaces import PointSpaces, SchemaSpace


class ChipsimParallelEnv:
    metadata = {"name": "chipsim_parallel_v1", "render_modes": []}

    def __init__(self, agents=("washington", "beijing"), host="127.0.0.1", port=5555, token=None,
                 scenario=None, overrides=(), quarters=None, timeout=60.0):
        self.targets = list(agents)
        self.scenario = scenario
        self.overrides = list(overrides)
        self.quarters = quarters
        self.client = EpisodeClient(host, port, token, timeout, name="ChipsimParallelEnv")
        self.possible_agents = []
        self.agents = []
        self.roles = {}
        self._request = None
        self._last = {}

    def observation_space(self, agent):
        return self._space(agent, "observation")

    def action_space(self, agent):
        return self._space(agent, "decision")

    def _space(self, agent, part):
        role = self.roles[agent]
        spaces = PointSpaces({point: SchemaSpace(entry[part])
                              for point, entry in self.client.points.items() if entry["role"] == role})
        return next(iter(spaces.values())) if len(spaces) == 1 else spaces

    def reset(self, seed=None, options=None):
        options = options or {}
        observe, _, done = self.client.reset(self.targets, scenario=options.get("scenario", self.scenario),
                                             seed=seed, overrides=options.get("overrides", self.overrides),
                                             quarters=options.get("quarters", self.quarters))
        held = self.client.episode["agents"]
        self.roles = {agent: entry["role"] for agent, entry in held.items()}
        self.possible_agents = sorted(held)
        self.agents = list(self.possible_agents)
        if done is not None:
            raise ProtocolError("the episode ended before any agent decided: %s" % done)
        return self._take(observe)

    def _take(self, observe):
        self._request = observe
        observations, infos = {}, {}
        for agent, request in observe["agents"].items():
            observations[agent] = request["observation"]
            infos[agent] = {"quarter": observe["quarter"], "phase": observe["phase"], "point": request["point"],
                            "fallbackDecision": request["fallbackDecision"]}
        self._last.update(observations)
        return observations, infos

    def step(self, actions):
        if self._request is None:
            raise ProtocolError("call reset() first: the episode is over")
        observe, rewards, done = self.client.act(self._request["requestId"], dict(actions))
        all_rewards = {agent: rewards.get(agent, 0.0) for agent in self.agents}
        if done is not None:
            self._request = None
            finished = {agent: True for agent in self.agents}
            infos = {agent: {"done": done, "errors": self.client.errors} for agent in self.agents}
            observations = {}
            self.agents = []
            if done["ok"]:
                return observations, all_rewards, finished, {a: False for a in finished}, infos
            return observations, all_rewards, {a: False for a in finished}, finished, infos
        observations, infos = self._take(observe)
        for agent in infos:
            infos[agent]["errors"] = [e for e in self.client.errors if e.get("agent") in (None, agent)]
        return (observations, all_rewards, {a: False for a in self.agents}, {a: False for a in self.agents},
                infos)

    def close(self):
        self.client.close()
