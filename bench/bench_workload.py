"""Benchmark: territory:scoreworkload on 1 million accounts, and QGIS's native way to get the same call hours.

The accounts are the shipped sample's rows resampled to N (bench_aggregate.py's cache,
so the mess of real exports is kept). Territories are the sample zip areas' counties:
each account's territory comes through its cleaned zip code, travel is measured from
each territory's workload-weighted centre on the WGS84 ellipsoid.

1. Side by side in one process on N accounts (default 200,000): our algorithm (scorecard
   only, and with the per-account output) against the most natural native chain, which
   computes call hours only (no travel, no code cleaning):
   native:fieldcalculator (CASE on the segment) -> native:joinattributestable (territory
   by raw zip) -> native:aggregate (sum per territory).
2. The 1 M-account run through qgis_process end to end (start-up, read, match, score,
   write), as a scheduled script would run it. Target: under 15 s on 2 cores.

    .venv/bin/python bench/bench_workload.py            # --accounts 200000 --large 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_aggregate import SAMPLE, ZIP_FIELD, accounts_csv, start_qgis, timed

ROOT = Path(__file__).resolve().parent.parent
PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20", "D", "0", "0"]  # the sample's prospects (D): no calls
UNITS = SAMPLE / "zip_areas.gpkg"


def ours(processing, accounts: Path, out: Path, with_accounts: bool) -> dict:
    return processing.run(
        "territory:scoreworkload",
        {
            "ACCOUNTS": str(accounts),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": str(UNITS),
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "county",
            "SUM_FIELDS": ["Potential"],
            "ACCOUNTS_OUTPUT": str(out / "scored.csv") if with_accounts else None,
            "SCORECARD": str(out / "scorecard.csv"),
        },
    )


def native(processing, accounts: Path, out: Path) -> dict:
    hours = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": str(accounts),
            "FIELD_NAME": "call_hours",
            "FIELD_TYPE": 0,
            "FIELD_LENGTH": 0,
            "FIELD_PRECISION": 0,
            "FORMULA": "CASE WHEN \"Segment\" = 'A' THEN 24 * 45 / 60.0 WHEN \"Segment\" = 'B' THEN 12 * 30 / 60.0 "
            "WHEN \"Segment\" = 'C' THEN 4 * 20 / 60.0 END",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    joined = processing.run(
        "native:joinattributestable",
        {
            "INPUT": hours,
            "FIELD": ZIP_FIELD,
            "INPUT_2": str(UNITS),
            "FIELD_2": "zip",
            "FIELDS_TO_COPY": ["county"],
            "METHOD": 1,
            "DISCARD_NONMATCHING": True,
            "PREFIX": "",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    return processing.run(
        "native:aggregate",
        {
            "INPUT": joined,
            "GROUP_BY": '"county"',
            "AGGREGATES": [
                {
                    "aggregate": "first_value",
                    "delimiter": ",",
                    "input": '"county"',
                    "length": 0,
                    "name": "territory",
                    "precision": 0,
                    "type": 10,
                },
                {
                    "aggregate": "count",
                    "delimiter": ",",
                    "input": '"county"',
                    "length": 0,
                    "name": "accounts",
                    "precision": 0,
                    "type": 4,
                },
                {
                    "aggregate": "sum",
                    "delimiter": ",",
                    "input": '"call_hours"',
                    "length": 0,
                    "name": "call_hours",
                    "precision": 0,
                    "type": 6,
                },
            ],
            "OUTPUT": str(out / "native.csv"),
        },
    )


def staged_plugin() -> Path:
    """The plugin folder as QGIS loads it (code + metadata.txt), in a temporary plugin path."""
    path = Path(tempfile.mkdtemp()) / "plugins"
    shutil.copytree(ROOT / "territory_plugin", path / "territory_plugin", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "metadata.txt", path / "territory_plugin" / "metadata.txt")
    return path


def qgis_process_run(accounts: Path, out: Path, with_accounts: bool) -> tuple[float, dict]:
    home = Path(tempfile.mkdtemp())
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=str(staged_plugin()), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    binary = shutil.which("qgis_process.bin") or "qgis_process"
    subprocess.run([binary, "plugins", "enable", "territory_plugin"], env=env, check=True, capture_output=True)
    arguments = [
        f"ACCOUNTS={accounts}",
        "SEGMENT_FIELD=Segment",
        f"CALL_PLAN={','.join(PLAN)}",
        f"ZIP_FIELD={ZIP_FIELD}",
        f"UNITS={UNITS}",
        "UNIT_ZIP_FIELD=zip",
        "UNIT_TERRITORY_FIELD=county",
        "SUM_FIELDS=Potential",
        f"SCORECARD={out / 'qp_scorecard.csv'}",
    ]
    if with_accounts:
        arguments.append(f"ACCOUNTS_OUTPUT={out / 'qp_accounts.csv'}")
    start = time.perf_counter()
    done = subprocess.run(
        [binary, "run", "territory:scoreworkload", "--json", "--", *arguments], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    return elapsed, json.loads(done.stdout)["results"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=200_000, help="accounts in the side-by-side run")
    parser.add_argument("--large", type=int, default=1_000_000, help="accounts in the qgis_process run (0 to skip)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; python {sys.version.split()[0]}")

    app, processing, plugin = start_qgis()
    out = Path(tempfile.mkdtemp())
    accounts = accounts_csv(args.accounts)
    ours(processing, accounts, out, False)  # warm the file cache
    t_card, r_card = timed(ours, processing, accounts, out, False)
    t_all, _ = timed(ours, processing, accounts, out, True)
    t_native, _ = timed(native, processing, accounts, out)
    print(f"Call hours of {args.accounts:,} accounts per county of {UNITS.name} (same process, same files)")
    print(f"{'method':<66}{'seconds':>9}")
    print(f"{'territory:scoreworkload, scorecard (+ travel, cleaned codes)':<66}{t_card:>9.2f}")
    print(f"{'territory:scoreworkload, scorecard + per-account output':<66}{t_all:>9.2f}")
    print(f"{'native:fieldcalculator + joinattributestable + aggregate (hours)':<66}{t_native:>9.2f}")
    print(f"ratio native / ours: {t_native / t_card:.1f}x (scorecard), {t_native / t_all:.1f}x (with accounts)")
    print(f"  ours: {r_card['UNASSIGNED_COUNT']:,} accounts in no territory, CV {r_card['CV']:.3f}")
    plugin.unload()
    app.exitQgis()

    if args.large:
        large = accounts_csv(args.large)
        for with_accounts in (False, True):
            seconds, results = qgis_process_run(large, out, with_accounts)
            what = "scorecard + per-account output" if with_accounts else "scorecard"
            print(
                f"{args.large:,} accounts through qgis_process end to end, {what}: {seconds:.2f} s (target < 15 s); "
                f"{results['UNASSIGNED_COUNT']:,} in no territory"
            )


if __name__ == "__main__":
    main()
