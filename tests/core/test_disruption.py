"""The disruption lower bound (min-cost flow between touching territories) and the
engine's least-moves realignment.

Oracles: loads worked out by hand on blocks of a grid, and the plan's own moved load
recomputed from its labels (metrics.disruption).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from territory_plugin.core import metrics as M
from territory_plugin.core.disruption import FlowProblem, best_tolerance_within, disruption_bound, transfer_bound
from territory_plugin.core.partition import EngineOptions, design_territories
from tests.core.test_partition import check_plan, grid_graph


def three_blocks(left=1.3, middle=1.0, right=0.7):
    """A 4 x 12 grid cut into three 4 x 4 territories in a row, each unit weighing its block's value."""
    g = grid_graph(4, 12)
    col = np.arange(g.n) % 12
    labels = col // 4
    w = np.array([left, middle, right])[labels]
    return g, w, labels


def test_load_must_travel_through_the_middle_territory():
    # loads 20.8, 16, 11.2 around a mean of 16: 4.8 leaves the left territory, and the
    # right one only touches the middle, so the middle passes 4.8 on: 9.6 in all
    g, w, labels = three_blocks()
    fp = FlowProblem.build(g, labels, w, 3)
    assert disruption_bound(fp, np.array([1e-9])) == pytest.approx(9.6, rel=1e-6)
    # a 10% band leaves 3.2 to move out of the left and 3.2 on from the middle
    assert disruption_bound(fp, np.array([0.1])) == pytest.approx(2 * (20.8 - 17.6), rel=1e-6)
    assert disruption_bound(fp, np.array([0.4])) == 0.0


def test_locked_load_cannot_move():
    g, w, labels = three_blocks()
    locked = labels == 0
    fp = FlowProblem.build(g, labels, w, 3, locked=locked)
    assert disruption_bound(fp, np.array([0.05])) == float("inf")


def test_disruption_counted_in_another_measure():
    # moving workload out of the left block costs its accounts: 2 accounts per unit of workload there
    g, w, labels = three_blocks()
    accounts = np.where(labels == 0, 2.0 * w, w)
    fp = FlowProblem.build(g, labels, w, 3, disruption_weights=accounts)
    assert disruption_bound(fp, np.array([1e-9])) == pytest.approx(2 * 4.8 + 4.8, rel=1e-6)


def test_transfer_bound_ignores_geography():
    # 4.8 above the band must leave the left territory, wherever it goes
    g, w, labels = three_blocks()
    fp = FlowProblem.build(g, labels, w, 3)
    assert transfer_bound(fp, np.array([1e-9])) == pytest.approx(4.8, rel=1e-6)
    assert transfer_bound(fp, np.array([0.1])) == pytest.approx(20.8 - 17.6, rel=1e-6)


def test_best_tolerance_within_a_budget():
    g, w, labels = three_blocks()
    fp = FlowProblem.build(g, labels, w, 3)
    assert best_tolerance_within(fp, 0.0)[0] == pytest.approx(0.3)
    assert best_tolerance_within(fp, 9.6)[0] == pytest.approx(0.0, abs=1e-9)
    # half the budget: the left and right ends each close half their gap
    assert best_tolerance_within(fp, 4.8)[0] == pytest.approx(0.15, rel=1e-6)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), k=st.integers(4, 9))
def test_realignment_balances_moving_at_least_the_bound(seed, k):
    g = grid_graph(24, 24)
    rng = np.random.default_rng(seed)
    w = rng.uniform(0.5, 1.5, g.n)
    first = design_territories(g, w, k, 0.03, random_seed=seed)
    # one corner of the map grows 40%
    grown = w * np.where((g.centroid[:, 0] < 10) & (g.centroid[:, 1] < 10), 1.4, 1.0)
    fp = FlowProblem.build(g, first.labels, grown, k)
    bound = disruption_bound(fp, np.array([0.05]))
    plan = design_territories(
        g, grown, k, 0.05, initial=first.labels, random_seed=seed, options=EngineOptions(min_moves=True)
    )
    check_plan(g, plan, grown, k, 0.05)
    moved = M.disruption(plan.labels, first.labels, grown)["weights"][0] * grown.sum()
    # every plan moves at least the load above the band and the load below it
    assert moved >= transfer_bound(fp, np.array([0.05])) - 1e-9
    # and not far above the flow between touching territories: the plan carries those flows
    assert moved <= 1.5 * bound + 0.02 * grown.sum()
