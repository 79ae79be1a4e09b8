"""Benchmark: territory:aggregatezipcodes against QGIS's native:aggregate + native:joinattributestable.

Both run in the same process on the same account export (the shipped sample's rows
resampled to N, so the mess of real exports is kept) and the same zip areas. The
native pair does the roll-up without cleaning the codes, so it matches fewer accounts;
it is the fastest way a QGIS user has today. Then the 1 M-account run goes through
qgis_process end to end, as a scheduled script would run it.

    make bench                       # or: .venv/bin/python bench/bench_aggregate.py --accounts 200000
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

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
DATA = ROOT / "bench" / "data"
ZIP_FIELD = "Billing Zip/Postal Code"


def accounts_csv(n: int) -> Path:
    """The sample export resampled to n rows (cached in bench/data)."""
    path = DATA / f"accounts_{n}.csv"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        sample = pd.read_csv(SAMPLE / "accounts.csv", dtype=str, keep_default_na=False)
        rows = np.random.default_rng(n).integers(0, len(sample), n)
        frame = sample.iloc[rows].reset_index(drop=True)
        frame["Account ID"] = [f"B{i:09d}" for i in range(n)]
        frame.to_csv(path, index=False)
    return path


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, str(ROOT))
    import territory_plugin

    plugin = territory_plugin.classFactory(None)
    plugin.initProcessing()
    return app, processing, plugin


def ours(processing, accounts: Path, out: Path) -> dict:
    return processing.run(
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": str(accounts),
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": str(SAMPLE / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["Annual Revenue"],
            "OUTPUT": str(out / "ours.gpkg"),
            "UNMATCHED": str(out / "unmatched.csv"),
        },
    )


def native(processing, accounts: Path, out: Path) -> dict:
    grouped = processing.run(
        "native:aggregate",
        {
            "INPUT": str(accounts),
            "GROUP_BY": f'"{ZIP_FIELD}"',
            "AGGREGATES": [
                {
                    "aggregate": "first_value",
                    "delimiter": ",",
                    "input": f'"{ZIP_FIELD}"',
                    "length": 0,
                    "name": "zip",
                    "precision": 0,
                    "type": 10,
                },
                {
                    "aggregate": "count",
                    "delimiter": ",",
                    "input": f'"{ZIP_FIELD}"',
                    "length": 0,
                    "name": "account_count",
                    "precision": 0,
                    "type": 4,
                },
                {
                    "aggregate": "sum",
                    "delimiter": ",",
                    "input": 'to_real("Annual Revenue")',
                    "length": 0,
                    "name": "sum_revenue",
                    "precision": 0,
                    "type": 6,
                },
            ],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    return processing.run(
        "native:joinattributestable",
        {
            "INPUT": str(SAMPLE / "zip_areas.gpkg"),
            "FIELD": "zip",
            "INPUT_2": grouped,
            "FIELD_2": "zip",
            "FIELDS_TO_COPY": ["account_count", "sum_revenue"],
            "METHOD": 1,
            "DISCARD_NONMATCHING": False,
            "PREFIX": "",
            "OUTPUT": str(out / "native.gpkg"),
        },
    )


def timed(function, *args) -> tuple[float, dict]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def qgis_process_run(accounts: Path, out: Path) -> float:
    """Wall time of a whole qgis_process run (start-up, read, match, write)."""
    home = Path(tempfile.mkdtemp())
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=str(ROOT / "build"), QT_QPA_PLATFORM="offscreen")
    binary = shutil.which("qgis_process.bin") or "qgis_process"
    subprocess.run([binary, "plugins", "enable", "territory_plugin"], env=env, check=True, capture_output=True)
    start = time.perf_counter()
    done = subprocess.run(
        [
            binary,
            "run",
            "territory:aggregatezipcodes",
            "--json",
            "--",
            f"ACCOUNTS={accounts}",
            f"ZIP_FIELD={ZIP_FIELD}",
            f"UNITS={SAMPLE / 'zip_areas.gpkg'}",
            "UNIT_ZIP_FIELD=zip",
            "SUM_FIELDS=Annual Revenue",
            "SUM_FIELDS=Potential",
            f"OUTPUT={out / 'qp.gpkg'}",
            f"UNMATCHED={out / 'qp_unmatched.csv'}",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    results = json.loads(done.stdout)["results"]
    print(f"  qgis_process matched {results['MATCHED_COUNT']:,}, unmatched {results['UNMATCHED_COUNT']:,}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=200_000, help="accounts in the side-by-side run")
    parser.add_argument("--large", type=int, default=1_000_000, help="accounts in the qgis_process run (0 to skip)")
    args = parser.parse_args()

    app, processing, plugin = start_qgis()
    out = Path(tempfile.mkdtemp())
    accounts = accounts_csv(args.accounts)
    ours(processing, accounts, out)  # warm the file cache for both
    t_ours, r_ours = timed(ours, processing, accounts, out)
    t_native, _ = timed(native, processing, accounts, out)
    print(f"Aggregating {args.accounts:,} accounts onto {SAMPLE / 'zip_areas.gpkg'} (same process, same files)")
    print(f"{'method':<48}{'seconds':>10}{'matched':>10}")
    print(f"{'territory:aggregatezipcodes (codes cleaned)':<48}{t_ours:>10.2f}{r_ours['MATCHED_COUNT']:>10,}")
    print(f"{'native:aggregate + native:joinattributestable':<48}{t_native:>10.2f}{'(raw codes)':>10}")
    print(f"ratio native / ours: {t_native / t_ours:.1f}x")
    if args.large:
        large = accounts_csv(args.large)
        t_large = qgis_process_run(large, out)
        print(f"{args.large:,} accounts through qgis_process end to end: {t_large:.2f} s (target < 10 s)")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
