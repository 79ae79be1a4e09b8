"""Designing on workload: the plan is balanced on the hours the scorecard counts, call + day-tour travel.

The region: 30 x 30 square units of 10 km, a city in one corner (many accounts on little
ground) and countryside elsewhere (few accounts far apart). Every check recomputes the
scorecard from the accounts, one row each, with core.workload alone.
"""

from __future__ import annotations

import numpy as np
import pytest

from territory_plugin.core import workload as W
from territory_plugin.core.feasibility import Canceled, InfeasiblePlan
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.partition import design_territories
from territory_plugin.core.workload_design import (
    TourSettings,
    UnitWorkload,
    design_on_workload,
    realign_on_workload,
    score_units,
)

SIDE = 30
CELL_M = 10_000.0
CALLS_PER_ACCOUNT = 12.0
HOURS_PER_CALL = 0.75


def region(seed: int = 0) -> tuple[UnitGraph, UnitWorkload]:
    idx = np.arange(SIDE * SIDE).reshape(SIDE, SIDE)
    edges = np.vstack(
        [
            np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], axis=1),
            np.stack([idx[:-1, :].ravel(), idx[1:, :].ravel()], axis=1),
        ]
    )
    yy, xx = np.divmod(np.arange(SIDE * SIDE), SIDE)
    xy = np.stack([xx + 0.5, yy + 0.5], axis=1) * CELL_M
    graph = UnitGraph(
        n=SIDE * SIDE,
        edges=edges.astype(np.int64),
        shared_length=np.full(len(edges), CELL_M),
        area=np.full(SIDE * SIDE, CELL_M**2),
        perimeter=np.full(SIDE * SIDE, 4 * CELL_M),
        centroid=xy,
    )
    rng = np.random.default_rng(seed)
    city = np.hypot(xx - 4, yy - 4)
    accounts = rng.poisson(1.0 + 40.0 * np.exp(-city / 3.0)).astype(float)
    calls = accounts * CALLS_PER_ACCOUNT
    workload = UnitWorkload(calls * HOURS_PER_CALL, calls, xy, np.full(graph.n, CELL_M**2 / 1e6), accounts, False)
    return graph, workload


def account_level_scorecard(workload: UnitWorkload, labels: np.ndarray, k: int, homes=None) -> W.Scorecard:
    """The scorecard from one row per account at its unit's centroid, as territory:scoreworkload scores accounts."""
    unit = np.repeat(np.arange(len(labels)), workload.accounts.astype(int))
    calls = np.full(len(unit), CALLS_PER_ACCOUNT)
    travel = W.day_tour_travel(
        calls,
        unit,
        workload.locations,
        labels[unit],
        k,
        homes=homes,
        weights=calls * HOURS_PER_CALL,
        geographic=False,
        unit=unit,
        unit_area_km2=workload.area_km2,
    )
    return W.scorecard([str(t) for t in range(k)], labels[unit], calls * HOURS_PER_CALL, travel.hours)


def test_the_workload_plan_is_balanced_on_the_scorecards_hours_and_beats_counts_and_call_hours():
    graph, workload = region()
    k, tolerance = 6, 0.05
    rounds = []
    result = design_on_workload(graph, workload, k, tolerance, random_seed=1, on_round=rounds.append)
    card = account_level_scorecard(workload, result.plan.labels, k)
    assert card.max_deviation == pytest.approx(result.workload_deviation, abs=1e-9)
    assert card.max_deviation <= tolerance
    assert result.plan.contiguous
    assert rounds == result.rounds and rounds[0].number == 0 and len(rounds) >= 2

    by_count = design_territories(graph, workload.accounts, k, tolerance, random_seed=1)
    by_hours = design_territories(graph, workload.call_hours, k, tolerance, random_seed=1)
    for other in (by_count, by_hours):
        assert account_level_scorecard(workload, other.labels, k).max_deviation > 2 * card.max_deviation

    # the rural reps drive more, so they get fewer accounts than the city reps
    table = card.table
    share = table["travel_hours"] / table["total_hours"]
    assert table.loc[share.idxmax(), "accounts"] < 0.8 * table.loc[share.idxmin(), "accounts"]


def test_travel_from_the_reps_homes_with_seeds():
    graph, workload = region(seed=2)
    k = 5
    seeds = np.array([0, SIDE - 1, SIDE * SIDE - 1, SIDE * (SIDE - 1), SIDE * 4 + 4])
    homes = workload.locations[seeds]
    tours = TourSettings(calls_per_day=5.0, speed_kmh=60.0, circuity=1.2)
    result = design_on_workload(graph, workload, k, 0.05, homes=homes, seeds=seeds, tours=tours)
    assert (result.plan.labels[seeds] == np.arange(k)).all()
    assert result.score.travel.from_home.all()
    again = score_units(workload, result.plan.labels, k, homes, tours)
    assert again.max_deviation == pytest.approx(result.workload_deviation) and again.max_deviation <= 0.05
    plain = score_units(workload, result.plan.labels, k, homes)  # other tour settings, other hours
    assert not np.allclose(plain.travel_hours, again.travel_hours)


def test_a_tolerance_out_of_reach_is_reported_on_the_workload_or_returned_with_best_effort():
    graph, workload = region()
    with pytest.raises(InfeasiblePlan) as raised:
        design_on_workload(graph, workload, 6, 0.005, rounds=2)
    reason = next(r for r in raised.value.reasons if r.kind == "balance_not_reached")
    best = raised.value.plan
    assert reason.data["measure"] == 0 and reason.data["max_deviation"] == pytest.approx(best.workload_deviation)
    result = design_on_workload(graph, workload, 6, 0.005, rounds=2, best_effort=True)
    assert any(r.kind == "balance_not_reached" for r in result.warnings)


def test_cancel_stops_between_and_inside_rounds():
    graph, workload = region()
    calls = []

    def canceled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Canceled):
        design_on_workload(graph, workload, 6, 0.05, is_canceled=canceled)


def test_further_measures_and_locked_units_of_an_existing_alignment_are_kept():
    graph, workload = region(seed=3)
    k = 6
    start = design_territories(graph, workload.call_hours, k, 0.05, random_seed=4).labels
    locked = np.zeros(graph.n, dtype=bool)
    locked[::37] = True
    potential = workload.accounts * (1.0 + (np.arange(graph.n) % 7))  # a second measure, balanced within 30%
    result = design_on_workload(
        graph, workload, k, [0.05, 0.30], extra=potential, initial=start, locked=locked, random_seed=4
    )
    labels = result.plan.labels
    assert (labels[locked] == start[locked]).all()
    assert result.workload_deviation <= 0.05
    totals = np.bincount(labels, weights=potential, minlength=k)
    assert np.abs(totals / totals.mean() - 1).max() <= 0.30
    assert result.weights.shape == (graph.n, 2) and np.allclose(result.weights[:, 1], potential)


# --- realigning an existing alignment on workload ---------------------------------------------


def moved_share(labels: np.ndarray, initial: np.ndarray, measure: np.ndarray) -> float:
    return float(measure[labels != initial].sum() / measure.sum())


def todays_alignment(graph: UnitGraph, workload: UnitWorkload, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Territories balanced on call hours alone (the rural ones overloaded once travel counts), and
    their reps' homes: the unit nearest each territory's centre."""
    labels = design_territories(graph, workload.call_hours, k, 0.05, random_seed=5).labels
    homes = np.empty((k, 2))
    for t in range(k):
        centre = workload.locations[labels == t].mean(axis=0)
        homes[t] = workload.locations[np.argmin(np.hypot(*(workload.locations - centre).T))]
    return labels, homes


def test_a_realignment_on_workload_balances_the_scorecard_within_its_budget_and_keeps_the_territories():
    graph, workload = region(seed=6)
    k, budget = 6, 0.30
    today, homes = todays_alignment(graph, workload, k)
    before = account_level_scorecard(workload, today, k, homes).max_deviation
    assert before > 0.15  # call hours alone: far off on workload

    result = realign_on_workload(graph, workload, k, 0.05, today, homes=homes, max_disruption=budget)
    labels = result.plan.labels
    card = account_level_scorecard(workload, labels, k, homes)
    assert card.max_deviation == pytest.approx(result.workload_deviation, abs=1e-9)
    assert card.max_deviation <= 0.05
    assert result.plan.contiguous
    # disruption: today's workload (call hours + travel in today's alignment) that changed territory
    todays_workload = workload.call_hours + score_units(workload, today, k, homes).travel.hours
    moved = moved_share(labels, today, todays_workload)
    assert moved == pytest.approx(result.plan.realignment.disruption)
    assert result.plan.realignment.lower_bound <= moved <= budget
    # a design from scratch balances as well but moves far more
    fresh = design_on_workload(graph, workload, k, 0.05, homes=homes, random_seed=5).plan.labels
    assert moved_share(fresh, today, todays_workload) > 2 * moved


def test_a_realignment_on_workload_of_a_balanced_alignment_moves_nothing():
    graph, workload = region(seed=6)
    k = 6
    balanced = design_on_workload(graph, workload, k, 0.05, random_seed=5).plan.labels
    result = realign_on_workload(graph, workload, k, 0.05, balanced, max_disruption=0.1)
    assert (result.plan.labels == balanced).all()
    assert result.plan.realignment.disruption == 0


def test_a_realignment_on_workload_over_budget_says_so_or_returns_the_plan_within_it():
    graph, workload = region(seed=6)
    k = 6
    today, homes = todays_alignment(graph, workload, k)
    with pytest.raises(InfeasiblePlan) as raised:
        realign_on_workload(graph, workload, k, 0.05, today, homes=homes, max_disruption=0.005)
    assert any(r.kind == "disruption_over_budget" for r in raised.value.reasons)
    result = realign_on_workload(graph, workload, k, 0.05, today, homes=homes, max_disruption=0.005, best_effort=True)
    assert result.plan.realignment.disruption <= 0.005 + 1e-12
    assert result.warnings
