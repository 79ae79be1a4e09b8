"""Day-tour travel (core.workload.day_tour_travel) on the shipped sample, against QGIS's own measures."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject, QgsVectorLayer

from territory_plugin.core import workload as W

SAMPLE_PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20", "D", "0", "0"]  # prospects (D): no calls


def test_day_tours_on_the_sample_match_an_independent_recomputation(sample_dir):
    """Point accounts of the sample, territories by owner, travel from the reps' homes.

    The oracle measures with QgsDistanceArea (distances and ellipsoidal unit areas) in plain
    loops; the function under test gets planar Albers unit areas and pyproj distances.
    """
    sample = sample_dir
    points = QgsVectorLayer(str(sample / "accounts_points.gpkg"), "points", "ogr")
    units = QgsVectorLayer(str(sample / "zip_areas.gpkg"), "units", "ogr")
    bases = QgsVectorLayer(str(sample / "rep_bases.gpkg"), "bases", "ogr")
    assert points.isValid() and units.isValid() and bases.isValid()
    zip_of = pd.read_csv(sample / "expected" / "points_truth.csv", dtype=str).set_index("Account ID")["zip"]
    plan = W.parse_call_plan(SAMPLE_PLAN)

    rows = [(f["Account ID"], f["Segment"], f["Account Owner"], f.geometry().asPoint()) for f in points.getFeatures()]
    home = {f["rep_name"]: f.geometry().asPoint() for f in bases.getFeatures()}
    names = sorted(home)
    geometry = {f["zip"]: f.geometry() for f in units.getFeatures()}
    zips = sorted(geometry)

    calls, _ = W.plan_calls([segment for _, segment, _, _ in rows], plan)
    travel = W.day_tour_travel(
        calls,
        np.arange(len(rows)),
        np.array([[p.x(), p.y()] for *_, p in rows]),
        np.array([names.index(owner) for _, _, owner, _ in rows]),
        len(names),
        homes=np.array([[home[n].x(), home[n].y()] for n in names]),
        unit=np.array([zips.index(zip_of[account]) for account, *_ in rows]),
        unit_area_km2=np.array([geometry[z].area() / 1e6 for z in zips]),  # EPSG:5070, equal-area
    )
    ours = np.bincount([names.index(owner) for _, _, owner, _ in rows], weights=travel.hours, minlength=len(names))

    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    by_area = QgsDistanceArea()
    by_area.setEllipsoid("WGS84")
    by_area.setSourceCrs(units.crs(), QgsProject.instance().transformContext())
    per_call = dict(zip(["A", "B", "C", "D"], [24, 12, 4, 0]))
    for t, name in enumerate(names):
        mine = [(account, segment, point) for account, segment, owner, point in rows if owner == name]
        called = [(account, segment, point) for account, segment, point in mine if per_call[segment] > 0]
        area = sum(by_area.measureArea(geometry[z]) for z in {zip_of[a] for a, _, _ in called}) / 1e6
        hop = 0.7124 * math.sqrt(area / len(called))
        expected = 0.0
        for _, segment, point in called:
            d = measure.measureLine(point, home[name]) / 1000
            expected += per_call[segment] * (2 * d / 6 + hop) * 1.3 / 50
        assert ours[t] == pytest.approx(expected, rel=0.01), name
        assert 0 < expected < 1600  # a believable year of driving
