"""Designing on workload: the scorecard's workload deviation of plans balanced three ways.

The scorecard judges each territory's call hours + day-tour travel (DESIGN.md). Plans:

- accounts: balanced on the number of accounts called (what most tools balance);
- call hours: balanced on call hours per unit (travel left out);
- workload: ``core.workload_design.design_on_workload`` (call hours + travel, the loop).

Each is scored exactly as territory:scoreworkload does at unit level
(``workload_design.score_units``: day tours, 6 calls a day, 50 km/h, circuity 1.3), and
the table shows the largest deviation of total hours, its coefficient of variation,
the spread of travel, compactness and seconds. Instances:

- sample: the shipped New England sample (1,698 zip areas, 12 reps seeded at their
  homes, travel from home), with scripts/demo.sh's call plan;
- us: the 29,544 US zip areas of bench/make_instances.py (no homes: travel from each
  territory's call-weighted centre). Its units carry call hours (``workload``) and
  accounts; calls are the hours x 8.4 / 4.4 (the instance's segment mix: 8.4 calls and
  4.4 hours per account).

    make bench      # or: .venv/bin/python bench/bench_workload_design.py [--case sample us] [--k-us 50]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
US = ROOT / "bench" / "data" / "us_zip_areas.gpkg"
CALLS_PER_HOUR_US = 8.4 / 4.4  # make_instances.py: A 24 x 45 min, B 12 x 30, C 4 x 20 at 10/30/60%


def read_units(path: Path, fields: list[str]):
    """Graph, fields in graph order, WGS84 centroids and ellipsoidal areas, as designterritories reads them."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

    from territory_plugin.layers import polygon_areas_km2, read_areas, unit_graph_from_source

    layer = QgsVectorLayer(str(path), "units", "ogr")
    built = unit_graph_from_source(layer, contiguity=0)
    to_wgs84 = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext()
    )
    columns, centroids, ids = read_areas(layer, fields, to_wgs84)
    row = {fid: i for i, fid in enumerate(ids)}
    order = np.array([row[int(fid)] for fid in built.feature_ids])
    frame = pd.DataFrame({f: np.asarray(columns[f], dtype=object)[order] for f in fields})
    areas = polygon_areas_km2(layer, built.feature_ids)
    return built.graph, frame, centroids[order], areas


def sample_case():
    from demo_story import ZIP_FIELD, demo_settings
    from qgis.core import QgsVectorLayer

    from territory_plugin.core import workload as W
    from territory_plugin.core.aggregate import index_units, match_accounts

    settings = demo_settings()
    graph, frame, lonlat, areas = read_units(ROOT / "sample_data" / "zip_areas.gpkg", ["zip"])
    accounts = pd.read_csv(ROOT / "sample_data" / "accounts.csv", dtype=str, keep_default_na=False)
    unit, _ = match_accounts(accounts[ZIP_FIELD], index_units(frame["zip"].tolist(), 0), 0)
    calls, minutes = W.plan_calls(accounts["Segment"], W.parse_call_plan(settings["CALL_PLAN"].split(",")))
    keep = unit >= 0
    unit, calls, hours = unit[keep], calls[keep], W.call_hours(calls, minutes)[keep]
    per = {
        "call_hours": np.bincount(unit, weights=hours, minlength=graph.n),
        "calls": np.bincount(unit, weights=calls, minlength=graph.n),
        "accounts": np.bincount(unit, weights=(calls > 0).astype(float), minlength=graph.n),
    }
    bases = QgsVectorLayer(str(ROOT / "sample_data" / "rep_bases.gpkg"), "bases", "ogr")
    reps = sorted((f["rep_name"], f["home_zip"], f.geometry().asPoint()) for f in bases.getFeatures())
    codes = frame["zip"].tolist()
    seeds = np.array([codes.index(home) for _, home, _ in reps])
    homes = np.array([[p.x(), p.y()] for _, _, p in reps])
    return "sample (1,698 zips, k=12, homes)", graph, per, lonlat, areas, len(reps), seeds, homes


def us_case(k: int):
    graph, frame, lonlat, areas = read_units(US, ["account_count", "workload"])
    hours = frame["workload"].astype(float).to_numpy()
    per = {
        "call_hours": hours,
        "calls": hours * CALLS_PER_HOUR_US,
        "accounts": frame["account_count"].astype(float).to_numpy(),
    }
    return f"US zips ({graph.n:,}, k={k}, centres)", graph, per, lonlat, areas, k, None, None


def run(case, tolerance: float) -> list[dict]:
    from territory_plugin.core.partition import design_territories
    from territory_plugin.core.workload_design import UnitWorkload, design_on_workload, score_units

    name, graph, per, lonlat, areas, k, seeds, homes = case
    workload = UnitWorkload(per["call_hours"], per["calls"], lonlat, areas, per["accounts"])
    rows = []

    def row(method, labels, seconds, plan, rounds=""):
        score = score_units(workload, labels, k, homes)
        total = score.total_hours
        travel_share = score.travel_hours / total
        rows.append(
            {
                "instance": name,
                "balanced on": method,
                "workload dev %": 100 * score.max_deviation,
                "workload CV": float(np.std(total) / np.mean(total)),
                "travel share %": f"{100 * travel_share.min():.0f}-{100 * travel_share.max():.0f}",
                "accounts min-max": "{:,.0f}-{:,.0f}".format(
                    *[f(np.bincount(labels, weights=per["accounts"], minlength=k)) for f in (np.min, np.max)]
                ),
                "cut edges": plan.cut_edges,
                "mean PP": plan.mean_pp,
                "seconds": seconds,
                "rounds": rounds,
            }
        )
        print(f"  {method}: workload deviation {100 * score.max_deviation:.2f}% ({seconds:.1f} s)", flush=True)

    for method, weights in (("accounts called", per["accounts"]), ("call hours", per["call_hours"])):
        start = time.perf_counter()
        plan = design_territories(graph, weights, k, tolerance, seeds=seeds, best_effort=True)
        row(method, plan.labels, time.perf_counter() - start, plan)
    start = time.perf_counter()
    result = design_on_workload(graph, workload, k, tolerance, homes=homes, seeds=seeds, best_effort=True)
    trail = " > ".join(f"{100 * r.workload_deviation:.1f}" for r in result.rounds)
    row("workload (ours)", result.plan.labels, time.perf_counter() - start, result.plan, trail)
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", nargs="+", default=["sample", "us"], choices=["sample", "us"])
    parser.add_argument("--k-us", type=int, default=50)
    parser.add_argument("--tol", type=float, default=0.05)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    rows = []
    for case in args.case:
        if case == "us" and not US.exists():
            print(f"skipping us: {US} is missing (make bench/data/us_zip_areas.gpkg)")
            continue
        built = sample_case() if case == "sample" else us_case(args.k_us)
        print(f"{built[0]}, tolerance {100 * args.tol:g}%:", flush=True)
        rows += run(built, args.tol)
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 220, "display.max_columns", 20):
        print(table.round({"workload dev %": 2, "workload CV": 3, "mean PP": 3, "seconds": 1}).to_string(index=False))
    app.exitQgis()


if __name__ == "__main__":
    main()
