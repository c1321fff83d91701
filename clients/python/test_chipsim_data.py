"""Tests of chipsim_data against real folders made by the chipsim jar (standard-library unittest).

    /usr/bin/python3 -m unittest discover -s clients/python -v

The jar is runner/target/chipsim.jar (build it with `mvn package`) or $CHIPSIM_JAR.
"""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

import pandas as pd

from chipsim_data import ChipsimDataError, agents_wide, fields, load_run, load_sweep

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.environ.get("CHIPSIM_JAR", os.path.join(HERE, "..", "..", "runner", "target", "chipsim.jar"))

SWEEP = """\
name: tiny
base: bundled:baseline
quarters: 3
replications: 2
axes:
  washington.params.revenueShare: {values: [0.1, 0.4]}
metrics: [end.china_compute_h100e, sum.fees_usd, mean.price_usd.H20, payoff.washington]
"""


def chipsim(*args):
    if not os.path.exists(JAR):
        raise AssertionError(f"{JAR} is missing: build it with `mvn -B package -DskipTests`, or set CHIPSIM_JAR")
    done = subprocess.run(["java", "-jar", JAR, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError(f"chipsim {' '.join(args)} exited {done.returncode}:\n{done.stderr}")


class Folders(unittest.TestCase):
    """One run and one sweep with traces, made once for every test."""

    @classmethod
    def setUpClass(cls):
        cls.temp = tempfile.mkdtemp(prefix="chipsim-python-")
        cls.run_dir = os.path.join(cls.temp, "run")
        chipsim("run", "--quarters", "6", "--out", cls.run_dir)
        sweep_file = os.path.join(cls.temp, "tiny.yaml")
        with open(sweep_file, "w", encoding="utf-8") as f:
            f.write(SWEEP)
        cls.sweep_dir = os.path.join(cls.temp, "sweep")
        chipsim("sweep", sweep_file, "--out", cls.sweep_dir, "--keep-traces", "--parallel", "2")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.temp, ignore_errors=True)


class LoadRunTest(Folders):

    def test_three_tables_indexed_by_quarter(self):
        run = load_run(self.run_dir)
        quarters, flows, agents = run
        self.assertEqual(6, len(quarters))
        self.assertIsInstance(quarters.index, pd.PeriodIndex)
        self.assertEqual("quarter", quarters.index.name)
        self.assertEqual(pd.Period("2024Q1", freq="Q"), quarters.index[0])
        self.assertTrue(quarters.index.is_monotonic_increasing)
        self.assertIsInstance(flows.index, pd.PeriodIndex)
        self.assertIsInstance(agents.index, pd.PeriodIndex)
        self.assertGreater(len(flows), 0)

    def test_dtypes_follow_the_datapackage(self):
        run = load_run(self.run_dir)
        with open(os.path.join(self.run_dir, "datapackage.json"), encoding="utf-8") as f:
            package = json.load(f)
        flows = next(r for r in package["resources"] if r["path"] == "flows.csv")
        expected = {f["name"]: f["type"] for f in flows["schema"]["fields"]}
        self.assertEqual("integer", expected["units"])
        self.assertEqual("Int64", str(run.flows["units"].dtype))
        self.assertEqual("string", str(run.flows["channel"].dtype))
        self.assertEqual("float64", str(run.quarters["fees_usd"].dtype))
        self.assertEqual("float64", str(run.agents["value"].dtype))
        self.assertTrue(set(run.flows["channel"].unique()) <= {"licensed", "grey", "direct"})

    def test_a_price_nobody_set_is_missing_not_zero(self):
        quarters = load_run(self.run_dir).quarters
        prices = quarters.filter(like="price_usd.")
        self.assertGreater(prices.shape[1], 0)
        self.assertFalse((prices == 0).any().any(), "no price is 0")
        self.assertTrue(prices.isna().any().any(), "the baseline has chips nobody offers at first")
        # A mean leaves the missing quarters out instead of counting them as $0.
        column = prices.columns[prices.isna().any()][0]
        present = prices[column].dropna()
        if len(present):
            self.assertEqual(present.mean(), prices[column].mean())

    def test_fields_give_titles_and_units_for_labels(self):
        described = fields(self.run_dir)
        fees = described.loc[("quarters.csv", "fees_usd")]
        self.assertEqual("USD", fees["unit"])
        self.assertEqual("Fees collected by Washington (USD)", fees["title"])
        columns = list(load_run(self.run_dir).quarters.columns)
        self.assertEqual(["quarter"] + columns, list(described.loc["quarters.csv"].index))
        summary = fields(self.sweep_dir).loc[("summary.csv", "sum.fees_usd.mean")]
        self.assertEqual("Fees collected by Washington (USD), summed over the run (mean)", summary["title"])

    def test_agents_wide_has_one_column_per_agent_and_variable(self):
        run = load_run(self.run_dir)
        wide = agents_wide(run.agents)
        self.assertEqual(6, len(wide))
        self.assertIn(("washington", "payoff"), wide.columns)
        first = run.agents[(run.agents["agent"] == "washington") & (run.agents["variable"] == "payoff")]["value"]
        self.assertEqual(list(first), list(wide[("washington", "payoff")]))

    def test_a_folder_that_is_not_a_run_is_refused_by_name(self):
        with self.assertRaises(ChipsimDataError) as raised:
            load_run(os.path.join(self.temp, "nowhere"))
        self.assertIn("nowhere", str(raised.exception))
        broken = os.path.join(self.temp, "broken")
        shutil.copytree(self.run_dir, broken)
        os.remove(os.path.join(broken, "flows.csv"))
        with self.assertRaises(ChipsimDataError) as raised:
            load_run(broken)
        self.assertIn("flows.csv is missing", str(raised.exception))


class LoadSweepTest(Folders):

    def test_runs_and_summary_typed(self):
        sweep = load_sweep(self.sweep_dir)
        self.assertEqual(["washington.params.revenueShare"], sweep.axes)
        self.assertEqual(4, len(sweep.runs))
        self.assertEqual(2, len(sweep.summary))
        self.assertEqual([1, 2, 1, 2], list(sweep.runs["replication"]))
        self.assertEqual("Int64", str(sweep.runs["seed"].dtype))
        self.assertEqual("float64", str(sweep.runs["washington.params.revenueShare"].dtype))
        self.assertEqual("float64", str(sweep.summary["sum.fees_usd.mean"].dtype))
        means = sweep.runs.groupby("point")["sum.fees_usd"].mean()
        self.assertAlmostEqual(means.loc[1], sweep.summary.set_index("point").loc[1, "sum.fees_usd.mean"], places=3)

    def test_traces_are_one_long_table_over_every_run(self):
        sweep = load_sweep(self.sweep_dir)
        traces = sweep.traces
        self.assertIsNotNone(traces)
        self.assertEqual(["point", "replication", "quarter"], list(traces.index.names))
        self.assertEqual(4 * 3, len(traces))
        self.assertIn("washington.params.revenueShare", traces.columns)
        # Each run's last quarter is the end.* figure its runs.csv row records.
        last = traces.groupby(level=["point", "replication"])["china_compute_h100e"].last()
        runs = sweep.runs.set_index(["point", "replication"])["end.china_compute_h100e"]
        for key, value in last.items():
            self.assertAlmostEqual(runs.loc[key], value, delta=1e-6 * abs(value))

    def test_without_traces_there_is_no_trace_table(self):
        copy = os.path.join(self.temp, "no-traces")
        shutil.copytree(self.sweep_dir, copy, ignore=shutil.ignore_patterns("traces"))
        self.assertIsNone(load_sweep(copy).traces)


if __name__ == "__main__":
    unittest.main()
