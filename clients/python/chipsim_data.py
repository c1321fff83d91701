"""Load chipsim's output folders into pandas, typed as their datapackage.json says.

    from chipsim_data import load_run, load_sweep
    run = load_run("runs/baseline")          # run.quarters, run.flows, run.agents
    sweep = load_sweep("runs/revenue")       # sweep.runs, sweep.summary, sweep.traces

Every table is typed from the folder's datapackage.json (docs/trace.md): numbers as float64,
counts as nullable Int64, flags as nullable boolean, text as string; an empty cell is NaN/<NA>,
never 0. Per-quarter tables have a quarter index of pandas Periods (2025Q3), so they plot and
resample as time series. Needs pandas only (Debian's python3-pandas will do).
"""

import json
import os
import re
from typing import NamedTuple, Optional

import pandas as pd

__all__ = ["ChipsimDataError", "Run", "Sweep", "load_run", "load_sweep", "agents_wide", "fields"]

DATAPACKAGE = "datapackage.json"
_TRACE_FOLDER = re.compile(r"^p(\d+)-r(\d+)$")

# Table Schema types to pandas dtypes; integers and booleans are nullable, so empty cells survive.
_DTYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}


class ChipsimDataError(ValueError):
    """A folder that is not what chipsim writes; the message names the folder, the file and the fix."""


class Run(NamedTuple):
    """One run folder: each table indexed by quarter."""

    quarters: pd.DataFrame
    flows: pd.DataFrame
    agents: pd.DataFrame


class Sweep(NamedTuple):
    """One sweep folder. traces is None unless the sweep ran with --keep-traces."""

    runs: pd.DataFrame
    summary: pd.DataFrame
    traces: Optional[pd.DataFrame]
    axes: list


def load_run(folder):
    """The quarters, flows and agents tables of a run folder written by `chipsim run`."""
    folder = os.fspath(folder)
    schema = _schemas(folder, "a run folder (written by `chipsim run` or `chipsim sweep --keep-traces`)")
    return Run(
        quarters=_by_quarter(_read(folder, "quarters.csv", schema)),
        flows=_by_quarter(_read(folder, "flows.csv", schema)),
        agents=_by_quarter(_read(folder, "agents.csv", schema)),
    )


def load_sweep(folder):
    """runs.csv and summary.csv of a sweep folder, and with --keep-traces every run's quarters in one long table.

    traces has one row per run and quarter, indexed by (point, replication, quarter), with the
    run's axis values and seed as columns beside quarters.csv's columns.
    """
    folder = os.fspath(folder)
    schema = _schemas(folder, "a sweep folder (written by `chipsim sweep`)")
    runs = _read(folder, "runs.csv", schema)
    summary = _read(folder, "summary.csv", schema)
    header = list(runs.columns)
    axes = header[header.index("point") + 1: header.index("replication")]
    return Sweep(runs=runs, summary=summary, traces=_traces(folder, runs, axes), axes=axes)


def fields(folder):
    """Every column of the folder's CSVs as datapackage.json describes it: one row per (file, column),
    with its type, unit, title (what chipsim's report puts on an axis) and description."""
    folder = os.fspath(folder)
    path = os.path.join(folder, DATAPACKAGE)
    if not os.path.exists(path):
        raise ChipsimDataError(f"{folder}: no {DATAPACKAGE}; give a folder written by chipsim")
    rows = []
    for file, schema in _schemas(folder, "a folder written by chipsim").items():
        for f in schema["fields"]:
            rows.append({"file": file, "column": f["name"], "type": f["type"], "unit": f.get("unit", ""),
                         "title": f.get("title", f["name"]), "description": f.get("description", "")})
    return pd.DataFrame(rows).set_index(["file", "column"])


def agents_wide(agents):
    """agents.csv as one row per quarter and one column per (agent, variable)."""
    table = agents.reset_index().pivot_table(index="quarter", columns=["agent", "variable"], values="value",
                                             aggfunc="first")
    return table.sort_index(axis=1)


def _traces(folder, runs, axes):
    traces = os.path.join(folder, "traces")
    if not os.path.isdir(traces):
        return None
    tables = []
    for name in sorted(os.listdir(traces)):
        match = _TRACE_FOLDER.match(name)
        if not match:
            continue
        quarters = load_run(os.path.join(traces, name)).quarters.reset_index()
        quarters.insert(0, "replication", int(match.group(2)))
        quarters.insert(0, "point", int(match.group(1)))
        tables.append(quarters)
    if not tables:
        return None
    long = pd.concat(tables, ignore_index=True)
    keys = runs[["point", "replication", "seed"] + axes].astype({"point": "int64", "replication": "int64"})
    long = long.merge(keys, on=["point", "replication"], how="left", validate="many_to_one")
    first = ["point", "replication", "quarter", "seed"] + axes
    long = long[first + [c for c in long.columns if c not in first]]
    long = long.astype({"point": "Int64", "replication": "Int64"})
    return long.set_index(["point", "replication", "quarter"]).sort_index()


def _schemas(folder, what):
    if not os.path.isdir(folder):
        raise ChipsimDataError(f"{folder}: no such folder; give {what}")
    path = os.path.join(folder, DATAPACKAGE)
    if not os.path.exists(path):
        return {}
    try:
        with open(path, encoding="utf-8") as f:
            package = json.load(f)
    except (OSError, ValueError) as e:
        raise ChipsimDataError(f"{path}: cannot read it ({e}); rerun the command that wrote the folder") from e
    return {r["path"]: r["schema"] for r in package.get("resources", []) if "schema" in r}


def _read(folder, name, schemas):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        raise ChipsimDataError(f"{folder}: {name} is missing; give a folder chipsim wrote, whole")
    fields = schemas.get(name, {}).get("fields")
    dtypes = {f["name"]: _DTYPES.get(f["type"], "string") for f in fields} if fields else None
    try:
        # Every cell is read as text first: an empty cell is missing, and only then typed.
        table = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise ChipsimDataError(f"{path}: not a CSV chipsim wrote ({e})") from e
    if dtypes is None:
        return table.apply(_numeric_if_possible)
    if list(table.columns) != [f["name"] for f in fields]:
        raise ChipsimDataError(f"{path}: its header differs from {DATAPACKAGE}; the folder was changed after"
                               " chipsim wrote it")
    for column, dtype in dtypes.items():
        try:
            table[column] = _typed(table[column], dtype)
        except (ValueError, TypeError) as e:
            raise ChipsimDataError(f"{path}: column {column} is not {dtype} ({e})") from e
    return table


def _numeric_if_possible(cells):
    """A folder without datapackage.json (an older chipsim): numbers where every cell is one."""
    try:
        return pd.to_numeric(cells)
    except (ValueError, TypeError):
        return cells.astype("string")


def _typed(cells, dtype):
    if dtype == "float64":
        return pd.to_numeric(cells, errors="raise").astype("float64")
    if dtype == "Int64":
        return pd.to_numeric(cells, errors="raise").astype("Int64")
    if dtype == "boolean":
        return cells.map({"true": True, "false": False}).astype("boolean")
    return cells.astype("string")


def _by_quarter(table):
    if "quarter" not in table.columns:
        return table
    table = table.copy()
    table["quarter"] = pd.PeriodIndex(table["quarter"].astype(str), freq="Q")
    return table.set_index("quarter")
