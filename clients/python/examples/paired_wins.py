#!/usr/bin/env python3
"""Pairs the runs of a sweep that differ only in one axis and counts which value wins.

    python3 paired_wins.py RUNS_CSV AXIS METRIC

Two runs are a pair when every other axis and the seed are equal (chipsim sweeps give every
point the same seeds). For each value of AXIS after the first, it prints how many pairs it
beats the first value in on METRIC (higher is better), the mean difference and its range.
Standard library only.
"""
import csv
import statistics
import sys


def paired_differences(rows, axis, metric):
    """For each value of `axis` after the first: its metric minus the first value's, pair by pair."""
    fixed = {"point", "replication", "seed", "status", "error", "scenario_sha256", "sweep_sha256", "chipsim_version"}
    metrics = {c for c in rows[0] if "." in c and c.split(".")[0] in ("payoff", "end", "sum", "mean", "max", "min")}
    others = [c for c in rows[0] if c not in fixed and c not in metrics and c != axis]
    values = list(dict.fromkeys(r[axis] for r in rows))
    by_key = {}
    for r in rows:
        by_key.setdefault(tuple(r[c] for c in others) + (r["seed"],), {})[r[axis]] = float(r[metric])
    base = values[0]
    return base, {value: [v[value] - v[base] for v in by_key.values() if value in v and base in v]
                  for value in values[1:]}


def main(path, axis, metric):
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["status"] == "ok"]
    base, by_value = paired_differences(rows, axis, metric)
    for value, diffs in by_value.items():
        wins = sum(1 for d in diffs if d > 0)
        print(f"{axis}={value} vs {base} on {metric}: wins {wins} of {len(diffs)} pairs "
              f"({100 * wins / len(diffs):.0f}%); mean difference {statistics.mean(diffs):+.2f} "
              f"(min {min(diffs):+.2f}, max {max(diffs):+.2f})")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
