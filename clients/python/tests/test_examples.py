"""The examples, against a real chipsim: the learner learns, the random agent plays, the rule-based
Washington takes its role in `chipsim run`."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

from chipsim_client import ChipsimEnv
from tests.chipsim_process import JAR, TOKEN, ChipsimServer

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
sys.path.insert(0, EXAMPLES)

import bandit_learner  # noqa: E402
import random_agent  # noqa: E402

server = None


def setUpModule():
    global server
    server = ChipsimServer()


def tearDownModule():
    server.stop()


class ExamplesTest(unittest.TestCase):

    def test_the_bandit_learner_improves_its_return_over_200_episodes(self):
        env = ChipsimEnv(agent="washington", port=server.port, token=TOKEN, quarters=4)
        try:
            returns = bandit_learner.learn(env, episodes=200, seed=0)
        finally:
            env.close()
        first, last = sum(returns[:50]) / 50, sum(returns[-50:]) / 50
        print("\nbandit learner: first 50 episodes %.3f, last 50 %.3f" % (first, last), file=sys.stderr)
        self.assertEqual(200, len(returns))
        self.assertGreater(last, first)

    def test_the_random_agent_plays_whole_episodes(self):
        env = ChipsimEnv(agent="washington", port=server.port, token=TOKEN, quarters=2)
        try:
            returns = random_agent.play(env, episodes=3, seed=1)
        finally:
            env.close()
        self.assertEqual(3, len(returns))

    def test_the_rule_based_washington_takes_its_role_in_a_run(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "run")
            command = "%s %s" % (sys.executable, os.path.join(EXAMPLES, "rule_washington.py"))
            finished = subprocess.run(["java", "-jar", JAR, "run", "--quarters", "3", "--out", out,
                                       "--agent", "washington=cmd:" + command],
                                      capture_output=True, text=True, timeout=300)
            self.assertEqual(0, finished.returncode, finished.stderr)
            with open(os.path.join(out, "decisions.jsonl")) as log:
                lines = [json.loads(line) for line in log]
            washington = [line for line in lines if line["agent"] == "washington"]
            self.assertEqual(3, len(washington))
            self.assertTrue(all(line["decidedBy"] == "program" for line in washington))


if __name__ == "__main__":
    unittest.main()
