"""ChipsimEnv and ChipsimParallelEnv against a real `chipsim env` process."""

import unittest

from chipsim_client import ChipsimEnv, ChipsimParallelEnv, Connection, ProtocolError
from tests.chipsim_process import TOKEN, ChipsimServer

server = None


def setUpModule():
    global server
    server = ChipsimServer()


def tearDownModule():
    server.stop()


def play_out(env, action_of):
    """Plays an episode from its reset; returns (steps, rewards, last info)."""
    observation, info = env.reset(seed=3)
    rewards = []
    while True:
        observation, reward, terminated, truncated, info = env.step(action_of(observation, info))
        rewards.append(reward)
        if terminated or truncated:
            return len(rewards), rewards, info


class ChipsimEnvTest(unittest.TestCase):

    def setUp(self):
        self.env = ChipsimEnv(agent="washington", port=server.port, token=TOKEN, quarters=3)

    def tearDown(self):
        self.env.close()

    def test_an_episode_is_one_step_per_decision_with_the_quarter_payoff_as_reward(self):
        steps, rewards, info = play_out(self.env, lambda obs, info: info["fallbackDecision"])
        self.assertEqual(3, steps, "Washington decides once a quarter")
        self.assertTrue(all(isinstance(r, float) for r in rewards))
        done = info["done"]
        self.assertTrue(done["ok"])
        self.assertFalse(done["corrupt"])
        self.assertEqual(3, done["quarters"])
        self.assertAlmostEqual(sum(rewards), done["returns"]["washington"], places=9)

    def test_the_same_seed_gives_the_same_episode_and_a_refused_action_falls_back(self):
        _, echoed, _ = play_out(self.env, lambda obs, info: info["fallbackDecision"])
        _, again, _ = play_out(self.env, lambda obs, info: info["fallbackDecision"])
        self.assertEqual(echoed, again)
        bad = dict(self.env.action_space.sample(), revenueShare=2.0)
        steps, refused, info = play_out(self.env, lambda obs, info: bad)
        self.assertEqual(echoed, refused, "the fallback is the role's own policy, which the echo played")
        self.assertEqual(3, info["done"]["refusals"])

    def test_errors_name_the_refused_field(self):
        _, info = self.env.reset(seed=3)
        _, _, _, _, info = self.env.step(dict(info["fallbackDecision"], enforcement=-1))
        reasons = [e["reason"] for e in info["errors"]]
        self.assertTrue(any("enforcement: -1 is outside 0..1" in r for r in reasons), reasons)

    def test_spaces_describe_the_decision_and_the_observation(self):
        observation, info = self.env.reset(seed=3)
        self.assertIn(info["fallbackDecision"], self.env.action_space)
        self.assertIn(observation, self.env.observation_space)
        self.assertNotIn(dict(info["fallbackDecision"], revenueShare=2.0), self.env.action_space)
        self.assertNotIn(dict(info["fallbackDecision"], typo=1), self.env.action_space)
        for _ in range(5):
            self.assertIn(self.env.action_space.sample(), self.env.action_space)
        schema = self.env.action_space.schema
        self.assertEqual({"minimum": 0.0, "maximum": 1.0, "type": "number"}, schema["properties"]["revenueShare"])

    def test_many_episodes_run_on_one_connection(self):
        numbers = set()
        for _ in range(10):
            _, info = self.env.reset(seed=1)
            numbers.add(info["episode"])
            self.env.reset(seed=2)  # a reset in mid-episode ends it: the fallback plays it out
        self.assertEqual(10, len(numbers))
        steps, _, info = play_out(self.env, lambda obs, info: info["fallbackDecision"])
        self.assertEqual(3, steps)

    def test_a_reset_for_an_agent_the_scenario_lacks_is_refused_and_the_connection_stays(self):
        env = ChipsimEnv(agent="pentagon", port=server.port, token=TOKEN, quarters=1)
        try:
            with self.assertRaises(ProtocolError) as refused:
                env.reset()
            self.assertIn("no agent or role 'pentagon'", str(refused.exception))
            env.agent = "washington"
            _, info = env.reset()
            self.assertEqual("export-rules", info["point"])
        finally:
            env.close()

    def test_a_wrong_token_is_refused(self):
        connection = Connection.tcp("127.0.0.1", server.port)
        try:
            with self.assertRaises(ProtocolError) as refused:
                connection.hello(token="wrong")
            self.assertIn("token", str(refused.exception))
        finally:
            connection.close()


class ChipsimParallelEnvTest(unittest.TestCase):

    def test_only_the_agents_that_decide_in_a_step_are_asked(self):
        env = ChipsimParallelEnv(agents=["washington", "beijing", "nvidia"], port=server.port, token=TOKEN,
                                 quarters=2)
        try:
            observations, infos = env.reset(seed=5)
            self.assertEqual(["beijing", "nvidia", "washington"], env.possible_agents)
            self.assertEqual({"beijing", "washington"}, set(observations), "the policy phase")
            asked = [sorted(observations)]
            totals = {agent: 0.0 for agent in env.possible_agents}
            while env.agents:
                actions = {agent: infos[agent]["fallbackDecision"] for agent in observations}
                observations, rewards, terminations, truncations, infos = env.step(actions)
                for agent, reward in rewards.items():
                    totals[agent] += reward
                if observations:
                    asked.append(sorted(observations))
            self.assertEqual([["beijing", "washington"], ["nvidia"], ["nvidia"], ["nvidia"]] * 2, asked)
            self.assertTrue(all(terminations.values()))
            self.assertFalse(any(truncations.values()))
            self.assertEqual(set(env.possible_agents), set(totals))
            self.assertNotEqual(0.0, totals["washington"])
        finally:
            env.close()

    def test_the_spaces_of_a_role_with_several_points_are_per_point(self):
        env = ChipsimParallelEnv(agents=["nvidia"], port=server.port, token=TOKEN, quarters=1)
        try:
            observations, infos = env.reset()
            space = env.action_space("nvidia")
            self.assertEqual({"supply", "licence-requests", "sales"}, set(space))
            self.assertIn(infos["nvidia"]["fallbackDecision"], space[infos["nvidia"]["point"]])
        finally:
            env.close()


if __name__ == "__main__":
    unittest.main()
