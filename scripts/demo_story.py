#!/usr/bin/env python3
"""Does the demo tell a true story? Its headline numbers, computed with the core alone.

Reads the sample (sample_data/) and the demo's settings (the ``NAME=value`` lines at the
top of scripts/demo.sh: call plan, reps, calls per day, capacity, quota goal), then:

1. call hours, calls and called accounts of every account from its segment, rolled up per
   zip area;
2. territories designed on workload as the demo designs them (core.workload_design on the
   zip areas' graph from layers.unit_graph_from_source: call hours + day-tour travel from
   the reps' homes, seeded at their home zips);
3. the scorecard with day-tour travel from each rep's home (core.workload), the sizing,
   and the quotas (core.quotas) on last year's sales.

The targets of issue 8 (every territory 70-120% utilisation, travel 10-55% of its hours,
quota growth within +-30%) are asserted by tests/test_sample_story.py; run this to see the
numbers:  .venv/bin/python scripts/demo_story.py
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from territory_plugin.core.sizing import Sizing

ZIP_FIELD = "Billing Zip/Postal Code"


@dataclass
class Story:
    settings: dict[str, str]
    card: pd.DataFrame  # the scorecard, plus travel_pct and the quota columns
    sizing: Sizing
    max_deviation_pct: float  # of workload (call + travel hours), the measure the design balanced
    area_sources: list[str]


def demo_settings(path: Path = ROOT / "scripts" / "demo.sh") -> dict[str, str]:
    """The ``NAME=value`` assignments (plain values, maybe a comment after) of demo.sh."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Z_]+)=([^$\s#]+)\s*(#.*)?$", line.strip())
        if match:
            found[match.group(1)] = match.group(2).strip("\"'")
    return found


def tell(sample: Path = ROOT / "sample_data", settings: dict[str, str] | None = None) -> Story:
    """The demo's scorecard, sizing and quotas (see the module docstring)."""
    from pyproj import Transformer
    from qgis.core import QgsVectorLayer

    from territory_plugin.core import workload as W
    from territory_plugin.core.aggregate import index_units, match_accounts, to_numbers
    from territory_plugin.core.quotas import allocate_quotas
    from territory_plugin.core.sizing import size_sales_force
    from territory_plugin.core.workload_design import TourSettings, UnitWorkload, design_on_workload
    from territory_plugin.layers import polygon_areas_km2, unit_graph_from_source

    settings = settings or demo_settings()
    plan = W.parse_call_plan(settings["CALL_PLAN"].split(","))
    k = int(settings["REPS"])
    calls_per_day = float(settings["CALLS_PER_DAY"])
    capacity = float(settings["CAPACITY_HOURS"])

    units = QgsVectorLayer(str(sample / "zip_areas.gpkg"), "units", "ogr")
    built = unit_graph_from_source(units, contiguity=0)  # as territory:designterritories by default: rook
    graph, feature_ids, crs = built.graph, built.feature_ids, built.crs
    code_of = {f.id(): f["zip"] for f in units.getFeatures()}
    codes = [code_of[int(fid)] for fid in feature_ids]
    lonlat = np.column_stack(
        Transformer.from_crs(crs.authid(), "EPSG:4326", always_xy=True).transform(
            graph.centroid[:, 0], graph.centroid[:, 1]
        )
    )

    accounts = pd.read_csv(sample / "accounts.csv", dtype=str, keep_default_na=False)
    unit, _ = match_accounts(accounts[ZIP_FIELD], index_units(codes, 0), 0)
    accounts = accounts[unit >= 0].reset_index(drop=True)
    unit = unit[unit >= 0]
    calls, minutes = W.plan_calls(accounts["Segment"], plan)
    hours = W.call_hours(calls, minutes)

    bases = QgsVectorLayer(str(sample / "rep_bases.gpkg"), "bases", "ogr")
    reps = sorted((f["rep_name"], f["home_zip"], f.geometry().asPoint()) for f in bases.getFeatures())
    if len(reps) != k:
        raise SystemExit(f"demo.sh says REPS={k}, rep_bases.gpkg has {len(reps)}")
    names = [name for name, _, _ in reps]
    seeds = np.array([codes.index(home_zip) for _, home_zip, _ in reps])
    homes = np.array([[point.x(), point.y()] for _, _, point in reps])

    area_km2 = polygon_areas_km2(units, feature_ids)  # as territory:designterritories and scoreworkload
    per_zip = UnitWorkload(
        np.bincount(unit, weights=hours, minlength=graph.n),
        np.bincount(unit, weights=calls, minlength=graph.n),
        lonlat,
        area_km2,
        np.bincount(unit, weights=(calls > 0).astype(float), minlength=graph.n),
    )
    tours = TourSettings(calls_per_day=calls_per_day)
    design = design_on_workload(graph, per_zip, k, 0.05, seeds=seeds, homes=homes, tours=tours)
    territory = design.plan.labels[unit]

    travel = W.day_tour_travel(
        calls,
        unit,
        lonlat,
        territory,
        k,
        homes=homes,
        weights=hours,
        calls_per_day=calls_per_day,
        unit=unit,
        unit_area_km2=area_km2,
    )
    money = {name: to_numbers(accounts[name]) for name in ("Potential", "Sales last year")}
    score = W.scorecard(
        names,
        territory,
        hours,
        travel.hours,
        sums=money,
        capacity_hours=capacity,
        calls=calls,
        calls_per_day=calls_per_day,
    )
    card = score.table.set_index("territory")
    card["travel_pct"] = card["travel_hours"] / card["total_hours"] * 100.0
    card["hop_km"] = travel.hop_km
    card["mean_km_from_home"] = pd.Series(travel.distance_km * calls).groupby(territory).sum().to_numpy() / (
        card["calls"].to_numpy()
    )
    quotas = allocate_quotas(
        names,
        card["Potential"].to_numpy(),
        float(settings["GOAL"]),
        sales=card["Sales last year"].to_numpy(),
        weight=float(settings["WEIGHT"]) / 100.0,
    ).table.set_index("territory")
    card["quota"] = quotas["quota"]
    card["growth_pct"] = quotas["growth_pct"]
    sizing = size_sales_force(
        accounts["Segment"],
        calls,
        hours,
        travel_hours=float(card["travel_hours"].sum()),
        capacity_hours=capacity,
        target_utilisation_pct=float(settings.get("TARGET_UTILISATION", 90)),
        calls_per_day=calls_per_day,
        plan=plan,
    )
    return Story(settings, card, sizing, design.workload_deviation * 100.0, sorted(set(travel.area_source)))


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    story = tell()
    columns = [
        "accounts",
        "calls",
        "field_days",
        "call_hours",
        "travel_hours",
        "total_hours",
        "utilisation_pct",
        "travel_pct",
        "mean_km_from_home",
        "hop_km",
        "growth_pct",
    ]
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(story.card[columns].round(1).to_string())
    card = story.card
    print(
        f"\nutilisation {card.utilisation_pct.min():.0f}-{card.utilisation_pct.max():.0f}%, "
        f"travel {card.travel_pct.min():.0f}-{card.travel_pct.max():.0f}% of hours, "
        f"quota growth {card.growth_pct.min():+.0f}% to {card.growth_pct.max():+.0f}%, "
        f"field days {card.field_days.min():.0f}-{card.field_days.max():.0f}; "
        f"workload balanced within {story.max_deviation_pct:.1f}%; areas from {story.area_sources}"
    )
    s = story.sizing
    print(
        f"{card.total_hours.sum():,.0f} h in all: the plan needs {s.reps_needed} reps at "
        f"{s.target_utilisation_pct:.0f}% ({s.reps_exact:.2f}; {s.reps_for_field_days} on field days); "
        f"demo.sh has {story.settings['REPS']}"
    )
    print(s.build_up.round(1).to_string(index=False))
    app.exitQgis()


if __name__ == "__main__":
    main()
