"""A small learner in `chipsim env`: an epsilon-greedy bandit over 16 coarse Washington strategies
(licence line x revenue share x enforcement, held for a whole episode), learning from each
episode's return. Its return over the last 50 of 200 episodes beats that of the first 50.

    ./chipsim env --port 5555 --token secret &
    python3 clients/python/examples/bandit_learner.py --port 5555 --token secret
"""

import argparse
import itertools
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from chipsim_client import ChipsimEnv  # noqa: E402

LINES_TPP = [0.0, 4800.0, 21000.0, 1e15]
SHARES = [0.0, 0.25]
ENFORCEMENT = [0.3, 0.9]
ARMS = list(itertools.product(LINES_TPP, SHARES, ENFORCEMENT))


def decision(arm):
    line, share, enforcement = ARMS[arm]
    return {"licenceAboveTpp": line, "banAboveTpp": max(line, 4800.0), "revenueShare": share,
            "chinaCapRatio": 0.5, "enforcement": enforcement, "reason": ""}


def episode_return(env, arm, seed):
    env.reset(seed=seed)
    total = 0.0
    while True:
        _, reward, terminated, truncated, _ = env.step(decision(arm))
        total += reward
        if terminated or truncated:
            return total


def learn(env, episodes=200, seed=0):
    """Returns each episode's return, in order."""
    rng = random.Random(seed)
    counts = [0] * len(ARMS)
    means = [0.0] * len(ARMS)
    returns = []
    for episode in range(episodes):
        epsilon = max(0.05, 1.0 - episode / 100.0)
        if rng.random() < epsilon:
            arm = rng.randrange(len(ARMS))
        else:
            arm = max(range(len(ARMS)), key=lambda a: (means[a], -a))
        total = episode_return(env, arm, seed + episode)
        counts[arm] += 1
        means[arm] += (total - means[arm]) / counts[arm]
        returns.append(total)
    return returns


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=5555)
    parser.add_argument("--token", default=os.environ.get("CHIPSIM_TOKEN"))
    parser.add_argument("--episodes", type=int, default=200)
    parser.add_argument("--quarters", type=int, default=4)
    args = parser.parse_args()
    env = ChipsimEnv(agent="washington", port=args.port, token=args.token, quarters=args.quarters)
    try:
        returns = learn(env, args.episodes)
    finally:
        env.close()
    for start in range(0, len(returns), 25):
        chunk = returns[start:start + 25]
        print("episodes %3d-%3d: mean return %.3f" % (start, start + len(chunk) - 1, sum(chunk) / len(chunk)))
    first, last = returns[:50], returns[-50:]
    print("first 50: %.3f  last 50: %.3f" % (sum(first) / len(first), sum(last) / len(last)))


if __name__ == "__main__":
    main()
