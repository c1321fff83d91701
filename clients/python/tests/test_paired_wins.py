"""paired_wins pairs a sweep's runs by every other axis and the seed."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples"))

import paired_wins  # noqa: E402


def row(point, policy, level, seed, payoff):
    return {"point": str(point), "policy": policy, "level": str(level), "replication": "1", "seed": str(seed),
            "status": "ok", "error": "", "payoff.w": str(payoff)}


class PairedWinsTest(unittest.TestCase):

    def test_pairs_only_runs_with_the_same_other_axes_and_seed(self):
        rows = [row(1, "rule", 1, 7, 10.0), row(2, "smart", 1, 7, 12.5),
                row(3, "rule", 2, 7, 20.0), row(4, "smart", 2, 7, 19.0),
                row(5, "rule", 2, 8, 5.0)]
        base, by_value = paired_wins.paired_differences(rows, "policy", "payoff.w")
        self.assertEqual("rule", base)
        self.assertEqual([2.5, -1.0], by_value["smart"])


if __name__ == "__main__":
    unittest.main()
