"""A rule-based Washington for `chipsim run`: tighten the licence line when China's installed compute
grows fast, loosen it (and take a revenue share) when it does not.

    ./chipsim run --quarters 8 --agent washington=cmd:"python3 clients/python/examples/rule_washington.py"

Standard output belongs to the protocol; this program writes its notes to standard error.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from chipsim_client import play_stdio  # noqa: E402

TIGHT_TPP = 4800.0      # the October 2023 line
LOOSE_TPP = 21000.0     # case-by-case licences up to TPP 21,000 (2026)
FAST_GROWTH = 0.3       # China's compute growing faster than 30% a year counts as fast


def decide(agent, request):
    observation = request["observation"]
    current = observation["current"]
    growth = observation["last"]["chinaComputeGrowthYoY"]
    fast = growth > FAST_GROWTH
    line = TIGHT_TPP if fast else LOOSE_TPP
    changed = line != current["licenceAboveTpp"]
    return {
        "licenceAboveTpp": line,
        "banAboveTpp": max(line, current["banAboveTpp"]),
        "revenueShare": 0.0 if fast else 0.25,
        "chinaCapRatio": 0.5,
        "enforcement": 0.9 if fast else 0.5,
        "reason": ("China's compute grows %.0f%% a year" % (100 * growth)) if changed else "",
    }


if __name__ == "__main__":
    done = play_stdio(decide, name="rule-washington")
    print("rule-washington: %s" % done, file=sys.stderr)
