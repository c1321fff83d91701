"""A random Washington in `chipsim env`: every decision drawn from the action space.

    ./chipsim env --port 5555 --token secret &
    python3 clients/python/examples/random_agent.py --port 5555 --token secret --episodes 5
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from chipsim_client import ChipsimEnv  # noqa: E402


def play(env, episodes, seed=0):
    rng = random.Random(seed)
    returns = []
    for episode in range(episodes):
        env.reset(seed=seed + episode)
        total = 0.0
        while True:
            _, reward, terminated, truncated, _ = env.step(env.action_space.sample(rng))
            total += reward
            if terminated or truncated:
                break
        returns.append(total)
    return returns


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=5555)
    parser.add_argument("--token", default=os.environ.get("CHIPSIM_TOKEN"))
    parser.add_argument("--episodes", type=int, default=5)
    parser.add_argument("--quarters", type=int, default=4)
    args = parser.parse_args()
    env = ChipsimEnv(agent="washington", port=args.port, token=args.token, quarters=args.quarters)
    try:
        for episode, total in enumerate(play(env, args.episodes)):
            print("episode %d: return %.3f" % (episode, total))
    finally:
        env.close()


if __name__ == "__main__":
    main()
