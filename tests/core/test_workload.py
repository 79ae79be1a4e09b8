"""territory_plugin.core.workload against hand-computed numbers and plain reference loops."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from territory_plugin.core import sizing as S
from territory_plugin.core import workload as W

PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20"]
SAMPLE_PLAN = [*PLAN, "D", "0", "0"]  # the sample's prospects (segment D) are not called
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
    # base at the origin; accounts 5 km (3-4-5) and 10 km away, 10 and 4 calls a year, 5 calls a day;
    # the territory's area is given as 0, so the hop between calls is 0 and only the drive out and back counts
    locations = np.array([[3000.0, 4000.0], [6000.0, 8000.0]])
    travel = W.day_tour_travel(
        calls=np.array([10.0, 4.0, 7.0]),
        location=np.array([0, 1, -1]),
        locations=locations,
        territory=np.array([0, 0, 0]),
        k=1,
        homes=np.array([[0.0, 0.0]]),
        geographic=False,
        calls_per_day=5,
        area_km2=np.array([0.0]),
    )
    assert travel.distance_km[:2].tolist() == pytest.approx([5.0, 10.0])
    assert travel.hours[:2].tolist() == pytest.approx([10 * 2 * 5 / 5 * 1.3 / 50, 4 * 2 * 10 / 5 * 1.3 / 50])
    assert np.isnan(travel.hours[2]) and travel.located.tolist() == [True, True, False]
    assert travel.from_home.tolist() == [True] and travel.base[0].tolist() == [0.0, 0.0]


def test_travel_from_the_workload_weighted_centre_by_hand():
    # 1 h of calls at x=0, 3 h at x=10 km: the centre is at 7.5 km; territory 1 has no account
    travel = W.day_tour_travel(
        calls=np.array([2.0, 2.0]),
        location=np.array([0, 1]),
        locations=np.array([[0.0, 0.0], [10000.0, 0.0]]),
        territory=np.array([0, 0]),
        k=2,
        weights=np.array([1.0, 3.0]),
        geographic=False,
        speed_kmh=40,
        circuity=1.0,
        calls_per_day=2,
        area_km2=np.array([0.0, 0.0]),
    )
    assert travel.base[0].tolist() == [7500.0, 0.0]
    assert travel.distance_km.tolist() == pytest.approx([7.5, 2.5])
    assert travel.hours.tolist() == pytest.approx([2 * 2 * 7.5 / 2 / 40, 2 * 2 * 2.5 / 2 / 40])
    assert travel.from_home.tolist() == [False, False] and np.isnan(travel.base[1]).all()


def test_a_home_for_some_territories_only():
    # territory 0 has its rep's home 4 km from its account; territory 1 none: measured from its own centre
    travel = W.day_tour_travel(
        calls=np.array([6.0, 6.0, 6.0]),
        location=np.array([0, 1, 2]),
        locations=np.array([[0.0, 0.0], [20000.0, 0.0], [30000.0, 0.0]]),
        territory=np.array([0, 1, 1]),
        k=2,
        homes=np.array([[0.0, 4000.0], [np.nan, np.nan]]),
        geographic=False,
        calls_per_day=6,
        area_km2=np.array([0.0, 0.0]),
    )
    assert travel.from_home.tolist() == [True, False]
    assert travel.base[1].tolist() == [25000.0, 0.0]
    assert travel.distance_km.tolist() == pytest.approx([4.0, 5.0, 5.0])


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
    assert table["utilisation_pct"].to_numpy() == pytest.approx(totals)  # capacity 100 h
    assert "utilisation" not in table.columns  # a bare ratio reads as a percent
    mean = totals.mean()
    assert table["index"].to_numpy() == pytest.approx(totals / mean)
    assert table["deviation_pct"].to_numpy() == pytest.approx((totals - mean) / mean * 100)
    assert table["sum_Potential"].tolist() == [150.0, 25.0, 0.0]
    assert card.max_deviation == pytest.approx(1.0)  # the vacant territory is 100% under
    assert card.cv == pytest.approx(np.std(totals) / mean)


def test_unit_level_counts_come_from_a_field():
    card = W.scorecard(["T"], np.array([0, 0]), np.array([1.0, 2.0]), np.zeros(2), accounts=np.array([3, 4]))
    assert card.table["accounts"].tolist() == [7]


def test_scorecard_with_calls_counts_field_days_and_flags_what_no_rep_can_do():
    # Easy: 600 calls, 300 h. Busy: 1,500 calls = 250 days > 220 although 1,000 h fit in 1,600.
    # Over: 1,800 h. Broken: 10,000 h, more than a year has.
    card = W.scorecard(
        ["Easy", "Busy", "Over", "Broken"],
        territory=np.array([0, 1, 2, 3]),
        hours=np.array([300.0, 1000.0, 1500.0, 9000.0]),
        travel=np.array([100.0, 0.0, 300.0, 1000.0]),
        calls=np.array([600.0, 1500.0, 1200.0, 1200.0]),
        calls_per_day=6.0,
        capacity_hours=1600.0,
    )
    table = card.table.set_index("territory")
    assert list(card.table.columns) == [*W.SCORECARD_COLUMNS[:2], *W.CALL_COLUMNS, *W.SCORECARD_COLUMNS[2:]]
    assert table["field_days"].tolist() == [100.0, 250.0, 200.0, 200.0]
    assert table["calls_per_day"].tolist() == [6.0] * 4
    assert table["utilisation_pct"].tolist() == pytest.approx([25.0, 62.5, 112.5, 625.0])
    assert card.over_capacity.tolist() == [False, False, True, True]
    assert card.over_field_days.tolist() == [False, True, False, False]
    assert card.overloaded.tolist() == [False, True, True, True]
    assert card.impossible.tolist() == [False, False, False, True]
    shorter = W.scorecard(["Busy"], np.zeros(1, int), np.ones(1), np.zeros(1), calls=[1500.0], field_days_per_year=260)
    assert shorter.over_field_days.tolist() == [False]


def test_scorecard_without_calls_has_no_day_columns():
    card = W.scorecard(["T"], np.zeros(1, int), np.ones(1), np.zeros(1))
    assert not set(W.CALL_COLUMNS) & set(card.table.columns)
    assert card.over_field_days.tolist() == [False] and card.table["utilisation_pct"].tolist() == [1 / 16]


ONE = (np.ones(1), np.zeros(1, int), np.zeros((1, 2)), np.zeros(1, int), 1)


@pytest.mark.parametrize(
    "call, kind",
    [
        (lambda: W.scorecard(["T"], np.zeros(1, int), np.ones(1), np.zeros(1), capacity_hours=0), "capacity"),
        (lambda: W.scorecard(["T"], np.zeros(1, int), np.ones(1), np.zeros(1), calls_per_day=0), "calls_per_day"),
        (lambda: W.scorecard(["T"], np.zeros(1, int), np.ones(1), np.zeros(1), field_days_per_year=0), "field_days"),
        (lambda: W.day_tour_travel(*ONE, circuity=0), "circuity"),
        (lambda: W.day_tour_travel(*ONE, speed_kmh=-5), "speed"),
        (lambda: W.day_tour_travel(*ONE, calls_per_day=0), "calls_per_day"),
        (lambda: W.day_tour_travel(*ONE, calls_per_day=51), "calls_per_day"),
        (lambda: W.day_tour_travel(*ONE, calls_per_day=float("nan")), "calls_per_day"),
        (lambda: W.day_tour_travel(*ONE, area_km2=[-1.0]), "area"),
        (lambda: S.size_sales_force(["A"], [1.0], [1.0], capacity_hours=0), "capacity"),
        (lambda: S.size_sales_force(["A"], [1.0], [1.0], target_utilisation_pct=0), "target_utilisation"),
        (lambda: S.size_sales_force(["A"], [1.0], [1.0], target_utilisation_pct=-90), "target_utilisation"),
        (lambda: S.size_sales_force(["A"], [1.0], [1.0], calls_per_day=60), "calls_per_day"),
    ],
)
def test_bad_parameters_name_themselves(call, kind):
    with pytest.raises(W.WorkloadError) as caught:
        call()
    assert caught.value.kind == kind


def test_calls_per_day_of_50_is_allowed():
    assert W.day_tour_travel(*ONE, calls_per_day=50).calls_per_day == 50.0


# --- sizing ------------------------------------------------------------------------------------


def test_sizing_by_hand():
    # 2 A accounts (24 calls x 45 min = 18 h each), 3 B (12 x 30 = 6 h), 1 c written in lower
    # case and 1 C (4 x 20 = 1.33 h), 4 prospects D (no calls); 1,000 h of travel, 10% admin.
    plan = W.parse_call_plan(SAMPLE_PLAN)
    segments = ["A", "A", "B", "B", "B", "c", "C ", "D", "D", "D", "D"]
    calls, minutes = W.plan_calls(segments, plan)
    hours = W.call_hours(calls, minutes)
    sizing = S.size_sales_force(
        segments, calls, hours, travel_hours=1000.0, capacity_hours=400.0, admin_pct=10.0, plan=plan
    )
    table = sizing.build_up
    assert list(table.columns) == list(S.BUILD_UP_COLUMNS)
    assert table["line"].tolist() == ["segment"] * 4 + ["travel", "admin", "total"]
    assert table["segment"].tolist() == ["A", "B", "C", "D", "", "", ""]
    assert table["accounts"].tolist()[:4] == [2, 3, 2, 4] and table["accounts"].iloc[-1] == 11
    assert table["calls"].tolist()[:4] == [48, 36, 8, 0] and table["calls"].iloc[-1] == 92
    call_hours = 36 + 18 + 8 / 3  # 56.67 h
    admin = (call_hours + 1000) * 0.10  # 105.67 h
    total = call_hours + 1000 + admin  # 1,162.33 h
    assert table["hours"].tolist() == pytest.approx([36, 18, 8 / 3, 0, 1000, admin, total])
    assert table["share_pct"].iloc[-1] == pytest.approx(100.0)
    assert table["share_pct"].iloc[4] == pytest.approx(1000 / total * 100)  # travel: 86%
    # 1,162.33 h / (400 h x 90%) = 3.23 reps: 4
    assert sizing.reps_exact == pytest.approx(total / 360) and sizing.reps_needed == 4
    assert sizing.hours_per_rep == 360.0 and sizing.workload_hours == pytest.approx(total)
    # 92 calls / 6 a day = 15.3 days, well inside one rep's 220 x 90% = 198
    assert sizing.field_days == pytest.approx(92 / 6) and sizing.reps_for_field_days == 1


def test_reps_needed_rounds_up_but_not_past_an_exact_fit():
    exact = S.size_sales_force(["A"], [10.0], [1440.0 * 12], capacity_hours=1600)
    assert exact.reps_needed == 12
    assert S.size_sales_force(["A"], [10.0], [1440.0 * 12 + 1], capacity_hours=1600).reps_needed == 13
    assert S.size_sales_force(["A"], [0.0], [0.0]).reps_needed == 0
    # days bind: 8,000 calls at 6 a day = 1,333 days; 198 planned days a rep -> 7 reps for 100 h
    days = S.size_sales_force(["C"], [8000.0], [100.0])
    assert days.reps_needed == 1 and days.reps_for_field_days == 7


def test_build_up_without_a_plan_lists_segments_by_name_blank_included():
    table = S.build_up(["b", None, "a", "B"], [1.0, 2.0, 3.0, 4.0], [1.0, 1.0, 1.0, 1.0])
    assert table["segment"].tolist() == ["", "a", "b", "", ""]
    assert table["calls"].tolist()[:3] == [2.0, 3.0, 5.0]
    assert table["line"].tolist() == ["segment"] * 3 + ["travel", "total"]


def test_build_up_of_zip_areas_counts_their_accounts():
    # unit level: one row per zip area standing for 40 and 2 accounts
    sizing = S.size_sales_force(["", ""], [120.0, 6.0], [90.0, 4.0], travel_hours=6.0, accounts=np.array([40, 2]))
    table = sizing.build_up
    assert table["accounts"].tolist()[0] == 42 and table["accounts"].iloc[-1] == 42
    assert table["hours"].iloc[-1] == pytest.approx(100.0) and sizing.reps_needed == 1


# --- day tours ---------------------------------------------------------------------------------


def test_day_tours_by_hand():
    # Territory 0: home at the origin; 12 calls at 5 km (3-4-5) in unit 0 (30 km2), 6 calls at
    # 10 km in unit 1 (20 km2), a prospect without calls there too, and one account without a
    # location. Territory 1 has nobody. Territory 2: no home and no unit areas, so its centre
    # and the convex hull of its accounts: a 4 x 3 km right triangle, 6 km2.
    travel = W.day_tour_travel(
        calls=np.array([12.0, 6.0, 0.0, 4.0, 1.0, 1.0, 2.0]),
        location=np.array([0, 1, 1, -1, 2, 3, 4]),
        locations=np.array([[3000.0, 4000.0], [6000.0, 8000.0], [0.0, 0.0], [4000.0, 0.0], [0.0, 3000.0]]),
        territory=np.array([0, 0, 0, 0, 2, 2, 2]),
        k=3,
        homes=np.array([[0.0, 0.0], [np.nan, np.nan], [np.nan, np.nan]]),
        geographic=False,
        speed_kmh=50.0,
        circuity=1.25,
        calls_per_day=4.0,
        unit=np.array([0, 1, 1, -1, -1, -1, -1]),
        unit_area_km2=np.array([30.0, 20.0]),
    )
    # N_0 = 2 called accounts (the prospect is on no tour) over A_0 = 30 + 20 = 50 km2
    hop0 = 0.7124 * math.sqrt(50 / 2)  # 3.562 km
    # N_2 = 3 over the 6 km2 hull
    hop2 = 0.7124 * math.sqrt(6 / 3)  # 1.0075 km
    assert travel.hop_km.tolist() == pytest.approx([hop0, 0.0, hop2])
    assert travel.area_km2.tolist() == pytest.approx([50.0, 0.0, 6.0])
    assert travel.area_source.tolist() == [W.AREA_UNITS, W.AREA_NONE, W.AREA_HULL]
    assert travel.stops.tolist() == [2, 0, 3]
    # per call: a quarter of the 2 x 5 km round trip plus one hop, x 1.25 / 50 km/h
    assert travel.hours[0] == pytest.approx(12 * (2 * 5 / 4 + 3.562) * 1.25 / 50)  # 1.8186 h
    assert travel.hours[1] == pytest.approx(6 * (2 * 10 / 4 + 3.562) * 1.25 / 50)  # 1.2843 h
    assert travel.hours[2] == 0.0 and np.isnan(travel.hours[3])
    # territory 2's base: weighted by calls, ((0 + 4 + 0) / 4, (0 + 0 + 2 x 3) / 4) = (1, 1.5) km
    assert travel.base[2].tolist() == pytest.approx([1000.0, 1500.0])
    near, far = math.hypot(1, 1.5), math.hypot(3, 1.5)  # 1.803 and 3.354 km
    assert travel.distance_km[4:].tolist() == pytest.approx([near, far, near])
    assert travel.hours[4:].tolist() == pytest.approx(
        [(2 * near / 4 + hop2) * 1.25 / 50, (2 * far / 4 + hop2) * 1.25 / 50, 2 * (2 * near / 4 + hop2) * 1.25 / 50]
    )
    assert travel.without_tours.tolist() == [False, True, False]
    assert travel.area_from_hull.tolist() == [False, False, True]
    assert travel.from_home.tolist() == [True, False, False]


def test_more_calls_a_day_shrink_only_the_drive_out_and_back():
    common = dict(
        location=np.array([0]),
        locations=np.array([[0.0, 30000.0]]),
        territory=np.array([0]),
        k=1,
        homes=np.zeros((1, 2)),
        geographic=False,
        circuity=1.0,
        speed_kmh=60.0,
        area_km2=np.array([100.0]),
    )
    hop = 0.7124 * math.sqrt(100 / 1)
    for c in (1, 4, 8):
        travel = W.day_tour_travel(np.array([10.0]), calls_per_day=c, **common)
        assert travel.hours[0] == pytest.approx(10 * (60 / c + hop) / 60)
        assert travel.area_source.tolist() == [W.AREA_GIVEN]


def test_units_with_unknown_area_fall_back_to_the_hull_and_say_so():
    xy = np.array([[0.0, 0.0], [2000.0, 0.0], [0.0, 2000.0], [2000.0, 2000.0]])
    args = (np.ones(4), np.arange(4), xy, np.zeros(4, int), 1)
    whole = W.day_tour_travel(*args, geographic=False, unit=np.array([0, 0, 1, 1]), unit_area_km2=[5.0, 7.0])
    assert whole.area_km2.tolist() == [12.0] and whole.area_source.tolist() == [W.AREA_UNITS]
    partial = W.day_tour_travel(*args, geographic=False, unit=np.array([0, 0, 1, -1]), unit_area_km2=[5.0, 7.0])
    assert partial.area_km2.tolist() == pytest.approx([4.0]) and partial.area_from_hull.tolist() == [True]
    bare = W.day_tour_travel(*args, geographic=False)
    assert bare.area_km2.tolist() == pytest.approx([4.0]) and bare.area_source.tolist() == [W.AREA_HULL]


def test_hull_area_on_the_ellipsoid_and_degenerate_sets():
    # a 1 x 1 degree cell at the equator: about 111.32 x 110.57 km
    square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.5, 0.5]])
    assert W.hull_area_km2(square, geographic=True) == pytest.approx(12308.8, rel=1e-4)
    across = square + [179.5, 0.0]  # straddles the antimeridian
    across[:, 0] = (across[:, 0] + 180) % 360 - 180
    assert W.hull_area_km2(across, geographic=True) == pytest.approx(12308.8, rel=1e-4)
    assert W.hull_area_km2(np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]]), geographic=False) == 0.0
    assert W.hull_area_km2(np.array([[0.0, 0.0], [1.0, 1.0]]), geographic=True) == 0.0


def test_unit_level_rows_count_their_accounts_as_stops():
    # two units of 8 and 10 accounts, 18 accounts in 40 km2: hop = 0.7124 sqrt(40 / 18)
    travel = W.day_tour_travel(
        np.array([50.0, 70.0]),
        np.array([0, 1]),
        np.array([[0.0, 0.0], [3000.0, 0.0]]),
        np.array([0, 0]),
        1,
        geographic=False,
        unit=np.array([0, 1]),
        unit_area_km2=np.array([15.0, 25.0]),
        accounts=np.array([8, 10]),
    )
    assert travel.stops.tolist() == [18] and travel.hop_km[0] == pytest.approx(0.7124 * math.sqrt(40 / 18))


@settings(max_examples=60, deadline=None)
@given(accounts(), st.booleans(), st.sampled_from([1.0, 4.5, 6.0, 50.0]))
def test_day_tours_equal_a_plain_loop_over_accounts(case, geographic, c):
    calls, location, locations, territory, k, homes = case
    unit = np.where(location % 3 == 0, location, -1)  # some locations lie in no unit
    unit_area = np.arange(1.0, len(locations) + 1) * 10.0
    travel = W.day_tour_travel(
        calls, location, locations, territory, k, homes=homes, geographic=geographic, speed_kmh=60.0,
        circuity=1.2, calls_per_day=c, unit=unit, unit_area_km2=unit_area,
    )  # fmt: skip
    geod = Geod(ellps="WGS84")
    nowhere = (territory < 0) | (location < 0)  # no territory or no location: no travel to count
    assert np.isnan(travel.hours[nowhere]).all() and np.isfinite(travel.hours[~nowhere]).all()
    for t in range(k):
        mine = [i for i in range(len(calls)) if territory[i] == t and location[i] >= 0]
        stops = [i for i in mine if calls[i] > 0]
        if not stops:
            assert travel.hop_km[t] == 0.0
            continue
        if all(unit[i] >= 0 for i in stops):
            area = sum(unit_area[u] for u in {unit[i] for i in stops})
        else:
            area = travel.area_km2[t]  # the hull has its own test
        hop = 0.7124 * math.sqrt(area / len(stops))
        assert travel.hop_km[t] == pytest.approx(hop)
        if np.isfinite(homes[t]).all():
            base = homes[t]
        elif geographic:  # mean of unit vectors, weighted by calls
            vectors = [
                calls[i] * np.array([math.cos(y) * math.cos(x), math.cos(y) * math.sin(x), math.sin(y)])
                for i in mine
                for x, y in [np.radians(locations[location[i]])]
            ]
            v = np.sum(vectors, axis=0)
            base = np.degrees([math.atan2(v[1], v[0]), math.atan2(v[2], math.hypot(v[0], v[1]))])
        else:
            base = sum(calls[i] * locations[location[i]] for i in mine) / sum(calls[i] for i in mine)
        for i in mine:
            x, y = locations[location[i]]
            d = geod.inv(x, y, base[0], base[1])[2] / 1000 if geographic else math.dist((x, y), base) / 1000
            assert travel.hours[i] == pytest.approx(calls[i] * (2 * d / c + hop) * 1.2 / 60, rel=1e-9, abs=1e-9)
