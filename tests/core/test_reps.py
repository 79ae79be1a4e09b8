"""Reps matched to territories: exact optimum (brute force), skills, locks, vacancies and extra reps."""

from __future__ import annotations

from itertools import permutations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from territory_plugin.core import reps as R
from territory_plugin.core.workload import WorkloadError, day_tour_travel

SKILLS = ("a", "b")


def objective(cost, needs, skills, territory_of_rep, available) -> tuple[int, float]:
    """(skill mismatches, travel) of an assignment, counted plainly."""
    mismatches, travel = 0, 0.0
    for rep, t in enumerate(territory_of_rep):
        if t < 0:
            continue
        travel += cost[rep][t]
        if needs[t] is not None and needs[t] in available and needs[t] not in skills[rep]:
            mismatches += 1
    return mismatches, travel


def brute_force(cost, needs, skills, locked_to) -> tuple[int, float]:
    """The best (mismatches, travel) over every way to give the free reps the open territories."""
    r, k = len(cost), len(cost[0])
    free = [i for i in range(r) if locked_to[i] < 0]
    open_ = [t for t in range(k) if t not in set(locked_to)]
    available = set().union(*(skills[i] for i in free)) if free else set()
    best = None
    n = min(len(free), len(open_))
    for reps in permutations(free, n):
        for territories in permutations(open_, n):
            plan = list(locked_to)
            for rep, t in zip(reps, territories):
                plan[rep] = t
            value = objective(cost, needs, skills, plan, available)
            if best is None or (value[0], round(value[1], 9)) < (best[0], round(best[1], 9)):
                best = value
    return best


@st.composite
def problems(draw):
    r = draw(st.integers(1, 5))
    k = draw(st.integers(1, 5))
    cost = [[draw(st.integers(0, 60)) + draw(st.sampled_from([0.0, 0.25, 0.5])) for _ in range(k)] for _ in range(r)]
    needs = [draw(st.sampled_from([None, None, *SKILLS, "c"])) for _ in range(k)]
    skills = [frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=2))) for _ in range(r)]
    order = draw(st.permutations(range(k)))
    locked_to = [order[i] if i < k and draw(st.integers(0, 3)) == 0 else -1 for i in range(r)]
    return cost, needs, skills, locked_to


@settings(max_examples=300, deadline=None, derandomize=True)
@given(problems())
def test_assignment_is_optimal_by_brute_force(problem):
    cost, needs, skills, locked_to = problem
    r, k = len(cost), len(cost[0])
    plan = R.assign_reps(np.array(cost), needs, skills, locked_to)
    # a valid assignment: locks kept, each territory at most one rep, both views agree
    for rep, t in enumerate(locked_to):
        if t >= 0:
            assert plan.territory_of_rep[rep] == t and plan.locked[rep]
    taken = [t for t in plan.territory_of_rep.tolist() if t >= 0]
    assert len(taken) == len(set(taken)) == min(r, k)
    for rep, t in enumerate(plan.territory_of_rep.tolist()):
        if t >= 0:
            assert plan.rep_of_territory[t] == rep
    assert (plan.rep_of_territory >= 0).sum() == len(taken)
    # and the best one: fewest skill mismatches first, then least travel
    free = [i for i in range(r) if locked_to[i] < 0]
    available = set().union(*(skills[i] for i in free)) if free else set()
    got = objective(cost, needs, skills, plan.territory_of_rep.tolist(), available)
    best = brute_force(cost, needs, skills, locked_to)
    assert got[0] == best[0]
    assert got[1] == pytest.approx(best[1], abs=1e-9)
    assert plan.travel_hours(np.array(cost)) == pytest.approx(got[1])


def test_a_skilled_rep_goes_where_the_skill_is_needed_even_when_it_costs_travel():
    # Rep 0 (hospital) lives next to territory 1, rep 1 next to territory 0; territory 0 needs hospital.
    cost = np.array([[50.0, 1.0], [1.0, 50.0]])
    plan = R.assign_reps(cost, ["hospital", None], [frozenset({"hospital"}), frozenset()])
    assert plan.territory_of_rep.tolist() == [0, 1]
    assert plan.skill_match.tolist() == [1, 1]
    assert plan.missing_skills == []
    # without the need, travel decides
    assert R.assign_reps(cost, [None, None], [frozenset({"hospital"}), frozenset()]).territory_of_rep.tolist() == [1, 0]


def test_two_territories_need_a_skill_one_rep_has_it_the_nearer_one_gets_it():
    cost = np.array([[10.0, 20.0, 5.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]])
    plan = R.assign_reps(cost, ["x", "x", None], [frozenset({"x"}), frozenset(), frozenset()])
    assert plan.territory_of_rep[0] == 0  # 10 < 20: the skilled rep takes the nearer skill territory
    assert plan.skill_match.tolist() == [1, 0, 1]  # the other one cannot have it: a gap, reported


def test_a_skill_nobody_has_is_reported_and_travel_decides():
    cost = np.array([[3.0, 1.0], [1.0, 3.0]])
    plan = R.assign_reps(cost, ["oncology", None], [frozenset({"a"}), frozenset()])
    assert plan.territory_of_rep.tolist() == [1, 0]
    assert plan.missing_skills == ["oncology"]
    assert plan.skill_match.tolist() == [0, 1]


def test_a_locked_rep_keeps_a_costly_territory():
    cost = np.array([[100.0, 0.0], [0.0, 100.0]])
    plan = R.assign_reps(cost, locked_to=[0, -1])
    assert plan.territory_of_rep.tolist() == [0, 1]
    assert plan.locked.tolist() == [True, False]
    assert plan.travel_hours(cost) == 200.0


def test_bad_locks_are_errors():
    cost = np.ones((3, 2))
    with pytest.raises(R.RepError) as error:
        R.assign_reps(cost, locked_to=[1, 1, -1])
    assert error.value.kind == "lock_twice" and error.value.details["territories"] == {1: [0, 1]}
    with pytest.raises(R.RepError) as error:
        R.assign_reps(cost, locked_to=[2, -1, -1])
    assert error.value.kind == "lock_unknown"


def test_vacancies_and_extra_reps():
    more_territories = R.assign_reps(np.array([[1.0, 9.0, 2.0]]))
    assert more_territories.territory_of_rep.tolist() == [0]
    assert more_territories.rep_of_territory.tolist() == [0, -1, -1]
    assert more_territories.skill_match.tolist() == [1, -1, -1]
    more_reps = R.assign_reps(np.array([[5.0], [2.0], [7.0]]))
    assert more_reps.territory_of_rep.tolist() == [-1, 0, -1]
    assert more_reps.rep_of_territory.tolist() == [1]
    nobody = R.assign_reps(np.zeros((0, 2)))
    assert nobody.rep_of_territory.tolist() == [-1, -1]


def test_skills_are_compared_trimmed_and_case_insensitively():
    assert R.parse_skills(" Hospital; clinic |LAB, ") == {"hospital", "clinic", "lab"}
    assert R.parse_skills(None) == frozenset() and R.parse_skills("  ") == frozenset()
    assert R.skill_key(" Hospital ") == "hospital" and R.skill_key(3.0) == "3"


def test_territory_needs_a_segment_above_the_share_of_call_hours():
    territory = np.array([0, 0, 0, 1, 1, 2, -1])
    segment = ["Hospital", "hospital ", "Clinic", "A", "B", None, "A"]
    hours = np.array([30.0, 25.0, 45.0, 10.0, 10.0, 5.0, 99.0])
    needs, shares, labels = R.territory_needs(territory, segment, hours, 4, share=0.5)
    assert needs == ["hospital", None, None, None]  # 55% hospital; 50/50 is not above half; no segment; empty
    assert labels[0] == "Hospital"
    assert shares.tolist() == pytest.approx([0.55, 0.5, 0.0, 0.0])
    assert R.territory_needs(territory, segment, hours, 4, share=0.6)[0] == [None] * 4


def test_rep_travel_equals_a_plain_loop_over_accounts():
    rng = np.random.default_rng(7)
    n, k = 40, 3
    locations = np.column_stack([rng.uniform(-73, -70, 12), rng.uniform(41, 44, 12)])
    location = rng.integers(-1, 12, n)
    territory = rng.integers(-1, k, n)
    calls = rng.integers(0, 25, n).astype(float)
    homes = np.array([[-71.06, 42.36], [-72.59, 42.10], [-70.25, 43.66], [-71.41, 41.82]])
    unit = location % 4  # the 12 locations lie in 4 zip areas
    unit_area = np.array([100.0, 250.0, 40.0, 900.0])
    travel = R.rep_travel(
        calls, location, locations, territory, k, homes, unit=unit, unit_area_km2=unit_area, calls_per_day=5,
        speed_kmh=60, circuity=1.2,
    )  # fmt: skip
    # hop_t = 0.7124 sqrt(A_t / N_t): the areas holding t's called, located accounts, and their number
    called = (territory >= 0) & (location >= 0) & (calls > 0)
    hop = np.zeros(k)
    for t in range(k):
        mine = called & (territory == t)
        hop[t] = 0.7124 * np.sqrt(unit_area[np.unique(unit[mine])].sum() / mine.sum()) if mine.any() else 0.0
    assert travel.tours.hop_km == pytest.approx(hop)
    geod = Geod(ellps="WGS84")
    expected = np.zeros((len(homes), k))
    distance = np.zeros((len(homes), k))
    weight = np.zeros(k)
    for i in range(n):
        t, j = territory[i], location[i]
        if t < 0 or j < 0 or calls[i] == 0:
            continue
        weight[t] += calls[i]
        for rep, (x, y) in enumerate(homes):
            km = geod.inv(x, y, *locations[j])[2] / 1000
            expected[rep, t] += calls[i] * (2 * km / 5 + hop[t]) * 1.2 / 60
            distance[rep, t] += calls[i] * km
    assert travel.hours == pytest.approx(expected, rel=1e-9)
    assert travel.mean_km == pytest.approx(distance / weight, rel=1e-9)


def test_each_row_is_the_scorecards_day_tour_travel_with_that_rep_at_home():
    """One definition of travel: day_tour_travel with every territory based at rep r's home, summed."""
    rng = np.random.default_rng(3)
    n, k, m = 300, 5, 40
    locations = np.column_stack([rng.uniform(-73, -69, m), rng.uniform(41, 45, m)])
    location = rng.integers(-1, m, n)
    territory = rng.integers(-1, k, n)
    calls = rng.choice([0.0, 4.0, 12.0, 24.0], n)
    unit = np.where(location >= 0, location // 3, -1)
    areas = rng.uniform(20, 400, m // 3 + 1)
    homes = np.column_stack([rng.uniform(-73, -69, 6), rng.uniform(41, 45, 6)])
    travel = R.rep_travel(calls, location, locations, territory, k, homes, unit=unit, unit_area_km2=areas)
    for rep, home in enumerate(homes):
        tour = day_tour_travel(
            calls, location, locations, territory, k, homes=np.repeat(home[None, :], k, axis=0), unit=unit,
            unit_area_km2=areas,
        )  # fmt: skip
        ok = np.isfinite(tour.hours)
        by_territory = np.bincount(territory[ok], weights=tour.hours[ok], minlength=k)
        assert travel.hours[rep] == pytest.approx(by_territory, rel=1e-9)


def test_rep_travel_on_a_plane_and_cancel():
    locations = np.array([[0.0, 0.0], [3000.0, 4000.0]])
    travel = R.rep_travel(
        np.array([6.0, 6.0]), np.array([0, 1]), locations, np.array([0, 1]), 2, np.zeros((1, 2)), geographic=False
    )
    assert travel.hours[0].tolist() == pytest.approx([0.0, 6 * 2 * 5.0 / 6 * 1.3 / 50])
    assert np.isnan(
        R.rep_travel(
            np.ones(1), np.array([0]), locations, np.array([0]), 2, np.zeros((1, 2)), geographic=False
        ).mean_km[0, 1]
    )
    canceled = R.rep_travel(
        np.ones(1), np.array([0]), locations, np.array([0]), 1, np.zeros((1, 2)), is_canceled=lambda: True
    )
    assert canceled is None
    with pytest.raises(R.RepError):
        R.rep_travel(np.ones(1), np.array([0]), locations, np.array([0]), 1, np.full((1, 2), np.nan))
    with pytest.raises(WorkloadError):
        R.rep_travel(np.ones(1), np.array([0]), locations, np.array([0]), 1, np.zeros((1, 2)), calls_per_day=0)
