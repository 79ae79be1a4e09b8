"""territory_plugin.core.workload against hand-computed numbers and plain reference loops."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territory_plugin.core import workload as W

PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20"]
WGS84_A = 6378137.0


# --- call plan ---------------------------------------------------------------------------------


def test_call_plan_from_a_flat_matrix():
    plan = W.parse_call_plan(PLAN)
    assert plan.rows == {"a": (24.0, 45.0), "b": (12.0, 30.0), "c": (4.0, 20.0)}
    assert plan.default is None
    with_default = W.parse_call_plan([*PLAN, "*", "2", "15"])
    assert with_default.default == (2.0, 15.0)
    # qgis_process hands numbers over as floats: segment 1 stays "1"
    numeric = W.parse_call_plan([1.0, 24.0, 45.0, "2", 12, 30])
    assert W.plan_calls(["1", "2"], numeric)[0].tolist() == [24, 12]


@pytest.mark.parametrize(
    "values, kind",
    [
        (["A", "24"], "plan_shape"),
        (["A", "24", "-45"], "plan_value"),
        (["A", "many", "45"], "plan_value"),
        (["A", "24", "45", "a", "1", "1"], "plan_duplicate"),
        ([], "plan_empty"),
    ],
)
def test_bad_call_plans_say_what_is_wrong(values, kind):
    with pytest.raises(W.WorkloadError) as caught:
        W.parse_call_plan(values)
    assert caught.value.kind == kind


def test_segments_match_trimmed_and_case_insensitive():
    calls, minutes = W.plan_calls(pd.Series(["A", " b ", "c", "C"]), W.parse_call_plan(PLAN))
    assert calls.tolist() == [24, 12, 4, 4]
    assert minutes.tolist() == [45, 30, 20, 20]
    assert W.call_hours(calls, minutes).tolist() == [18.0, 6.0, 4 / 3, 4 / 3]


def test_unknown_segments_are_named_with_their_counts():
    segments = ["A", "D", "D", "", None, "X", "B"]
    with pytest.raises(W.WorkloadError) as caught:
        W.plan_calls(segments, W.parse_call_plan(PLAN))
    details = caught.value.details
    assert details["segments"] == ["", "D", "X"]
    assert details["counts"] == {"": 2, "D": 2, "X": 1}  # blank and missing are the same gap
    assert details["known"] == ["A", "B", "C"]
    assert "'D'" in str(caught.value) and "(blank)" in str(caught.value)


def test_default_row_serves_unknown_segments():
    calls, minutes = W.plan_calls(["A", "D", None], W.parse_call_plan([*PLAN, "*", "2", "15"]))
    assert calls.tolist() == [24, 2, 2] and minutes.tolist() == [45, 15, 15]


# --- distances ---------------------------------------------------------------------------------


def test_geodesic_distance_on_the_equator_is_the_arc_of_the_semi_major_axis():
    km = W.geodesic_km([0.0, 10.0], [0.0, 0.0], [1.0, 10.5], [0.0, 0.0])
    assert km == pytest.approx([WGS84_A * math.pi / 180 / 1000, WGS84_A * math.pi / 360 / 1000], rel=1e-12)


def test_geodesic_distance_along_a_meridian_is_not_spherical():
    # One degree of latitude at the pole is longer than at the equator on the ellipsoid.
    equator, pole = W.geodesic_km([0.0, 0.0], [0.0, 89.0], [0.0, 0.0], [1.0, 90.0])
    assert equator == pytest.approx(110.574, abs=1e-3)
    assert pole == pytest.approx(111.694, abs=1e-3)


def test_weighted_centres_planar_and_across_the_antimeridian():
    xy = np.array([[0.0, 0.0], [10.0, 0.0], [5.0, 5.0], [0.0, 0.0]])
    centres = W.weighted_centres(xy, np.array([1.0, 3.0, 0.0, 0.0]), np.array([0, 0, 1, -1]), 3, geographic=False)
    assert centres[0].tolist() == [7.5, 0.0]
    assert centres[1].tolist() == [5.0, 5.0]  # weight 0: plain mean
    assert np.isnan(centres[2]).all()  # no points
    lonlat = np.array([[179.0, 10.0], [-179.0, 10.0]])
    centre = W.weighted_centres(lonlat, np.ones(2), np.zeros(2, dtype=int), 1, geographic=True)[0]
    assert abs(centre[0]) == pytest.approx(180.0) and centre[1] == pytest.approx(10.0, abs=0.01)


# --- travel ------------------------------------------------------------------------------------


def test_travel_from_a_home_base_by_hand():
    # base at the origin; accounts 5 km (3-4-5) and 10 km away, 10 and 4 calls a year
    locations = np.array([[3000.0, 4000.0], [6000.0, 8000.0]])
    travel = W.travel_hours(
        calls=np.array([10.0, 4.0, 7.0]),
        location=np.array([0, 1, -1]),
        locations=locations,
        territory=np.array([0, 0, 0]),
        k=1,
        homes=np.array([[0.0, 0.0]]),
        geographic=False,
    )
    assert travel.distance_km[:2].tolist() == pytest.approx([5.0, 10.0])
    assert travel.hours[:2].tolist() == pytest.approx([10 * 2 * 5 * 1.3 / 50, 4 * 2 * 10 * 1.3 / 50])
    assert np.isnan(travel.hours[2]) and travel.located.tolist() == [True, True, False]
    assert travel.from_home.tolist() == [True]


def test_travel_from_the_workload_weighted_centre_by_hand():
    # 1 h of calls at x=0, 3 h at x=10 km: the centre is at 7.5 km
    travel = W.travel_hours(
        calls=np.array([2.0, 2.0]),
        location=np.array([0, 1]),
        locations=np.array([[0.0, 0.0], [10000.0, 0.0]]),
        territory=np.array([0, 0]),
        k=2,
        weights=np.array([1.0, 3.0]),
        geographic=False,
        speed_kmh=40,
        circuity=1.0,
    )
    assert travel.base[0].tolist() == [7500.0, 0.0]
    assert travel.distance_km.tolist() == pytest.approx([7.5, 2.5])
    assert travel.hours.tolist() == pytest.approx([2 * 2 * 7.5 / 40, 2 * 2 * 2.5 / 40])
    assert travel.from_home.tolist() == [False, False] and np.isnan(travel.base[1]).all()


@st.composite
def accounts(draw):
    n = draw(st.integers(1, 60))
    m = draw(st.integers(1, 8))
    k = draw(st.integers(1, 4))
    ints = st.integers
    locations = np.array(draw(st.lists(st.tuples(ints(-80, 80), ints(-60, 60)), min_size=m, max_size=m)), float)
    homes = np.array(draw(st.lists(st.tuples(ints(-80, 80), ints(-60, 60)), min_size=k, max_size=k)), float)
    homes[np.array(draw(st.lists(st.booleans(), min_size=k, max_size=k)))] = np.nan
    return (
        np.array(draw(st.lists(ints(0, 30), min_size=n, max_size=n)), float),
        np.array(draw(st.lists(ints(-1, m - 1), min_size=n, max_size=n))),
        locations,
        np.array(draw(st.lists(ints(-1, k - 1), min_size=n, max_size=n))),
        k,
        homes,
    )


@settings(max_examples=60, deadline=None)
@given(accounts(), st.booleans())
def test_travel_equals_a_plain_loop_over_accounts(case, geographic):
    calls, location, locations, territory, k, homes = case
    weights = calls * 0.75
    travel = W.travel_hours(calls, location, locations, territory, k, homes, weights, geographic, 60.0, 1.2)
    for i in range(len(calls)):
        t, j = territory[i], location[i]
        if t < 0 or j < 0:
            assert np.isnan(travel.hours[i])
            continue
        if np.isfinite(homes[t]).all():
            base = homes[t]
        else:
            mine = [a for a in range(len(calls)) if territory[a] == t and location[a] >= 0]
            base = W.weighted_centres(
                locations[location[mine]], weights[mine], np.zeros(len(mine), int), 1, geographic
            )[0]
        if geographic:
            distance = W.geodesic_km([locations[j, 0]], [locations[j, 1]], [base[0]], [base[1]])[0]
        else:
            distance = math.dist(locations[j], base) / 1000
        assert travel.hours[i] == pytest.approx(calls[i] * 2 * distance * 1.2 / 60.0, rel=1e-9, abs=1e-9)


# --- scorecard ---------------------------------------------------------------------------------


def test_scorecard_by_hand_with_an_empty_territory_and_an_unassigned_account():
    card = W.scorecard(
        ["North", "South", "Vacant"],
        territory=np.array([0, 0, 1, -1]),
        hours=np.array([18.0, 6.0, 40.0, 99.0]),
        travel=np.array([2.0, np.nan, 10.0, 5.0]),
        sums={"sum_Potential": np.array([100.0, 50.0, 25.0, 1000.0])},
        capacity_hours=100.0,
        admin_pct=10.0,
    )
    table = card.table.set_index("territory")
    assert list(card.table.columns) == [*W.SCORECARD_COLUMNS, "sum_Potential"]
    assert table["accounts"].tolist() == [2, 1, 0]
    assert table["call_hours"].tolist() == [24.0, 40.0, 0.0]
    assert table["travel_hours"].tolist() == [2.0, 10.0, 0.0]
    assert table["admin_hours"].tolist() == pytest.approx([2.6, 5.0, 0.0])
    totals = np.array([28.6, 55.0, 0.0])
    assert table["total_hours"].to_numpy() == pytest.approx(totals)
    assert table["utilisation"].to_numpy() == pytest.approx(totals / 100.0)
    mean = totals.mean()
    assert table["index"].to_numpy() == pytest.approx(totals / mean)
    assert table["deviation_pct"].to_numpy() == pytest.approx((totals - mean) / mean * 100)
    assert table["sum_Potential"].tolist() == [150.0, 25.0, 0.0]
    assert card.max_deviation == pytest.approx(1.0)  # the vacant territory is 100% under
    assert card.cv == pytest.approx(np.std(totals) / mean)


def test_unit_level_counts_come_from_a_field():
    card = W.scorecard(["T"], np.array([0, 0]), np.array([1.0, 2.0]), np.zeros(2), accounts=np.array([3, 4]))
    assert card.table["accounts"].tolist() == [7]


def test_bad_capacity_and_speed():
    with pytest.raises(W.WorkloadError):
        W.scorecard(["T"], np.zeros(1, int), np.ones(1), np.zeros(1), capacity_hours=0)
    with pytest.raises(W.WorkloadError):
        W.travel_hours(np.ones(1), np.zeros(1, int), np.zeros((1, 2)), np.zeros(1, int), 1, speed_kmh=0)
