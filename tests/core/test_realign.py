"""Realignment under a disruption budget (core/realign.py).

Oracles: disruption recomputed from the labels (metrics.disruption), the lower bound
(core/disruption.py, itself checked by hand in test_disruption.py), and the budget the
error names, which must then work.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from territory_plugin.core import metrics as M
from territory_plugin.core.partition import design_territories
from territory_plugin.core.realign import realign_territories
from territory_plugin.core.reasons import InfeasiblePlan, ReasonKind
from tests.core.test_partition import check_plan, grid_graph, two_islands

K = 6


def grown_alignment(seed: int, k: int = K):
    """A 24 x 24 grid designed at 3%, then the bottom-left corner's workload grows 40%."""
    g = grid_graph(24, 24)
    rng = np.random.default_rng(seed)
    w = rng.uniform(0.5, 1.5, g.n)
    first = design_territories(g, w, k, 0.03, random_seed=seed).labels
    corner = (g.centroid[:, 0] < 10) & (g.centroid[:, 1] < 10)
    return g, w * np.where(corner, 1.4, 1.0), first


def moved(plan, initial, d):
    return M.disruption(plan.labels, initial, d)["weights"][0]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000))
@example(seed=9744)  # a plan 0.4% below the flow between touching territories (a unit joins a new neighbour)
def test_the_plan_stays_within_its_budget_and_keeps_the_ids(seed):
    g, w, first = grown_alignment(seed)
    free = realign_territories(g, w, K, 0.05, first, random_seed=seed)
    need = free.realignment.disruption
    assert need == pytest.approx(moved(free, first, w))
    # every plan moves at least the load above the band (here all from one corner)
    mean = w.sum() / K
    above = np.clip(M.territory_totals(first, w, K)[:, 0] - 1.05 * mean, 0, None).sum()
    assert need * w.sum() >= above - 1e-9

    plan = realign_territories(g, w, K, 0.05, first, max_disruption=need + 0.002, random_seed=seed)
    check_plan(g, plan, w, K, 0.05)
    assert moved(plan, first, w) <= need + 0.002 + 1e-12
    # ids of the alignment kept: every territory is mostly the units it had
    for t in range(K):
        mine = plan.labels == t
        assert (first[mine] == t).mean() > 0.5
    # moved in and out per territory add up to what moved
    r = plan.realignment
    assert r.moved_in.sum() == pytest.approx(r.moved_out.sum())
    assert r.moved_out.sum() == pytest.approx(moved(plan, first, w) * w.sum())
    np.testing.assert_allclose(
        r.moved_in - r.moved_out,
        M.territory_totals(plan.labels, w, K)[:, 0] - M.territory_totals(first, w, K)[:, 0],
        atol=1e-9,
    )


def test_a_budget_too_small_names_the_budget_that_works_and_the_best_tolerance_within_it():
    g, w, first = grown_alignment(11)
    bound = realign_territories(g, w, K, 0.05, first, random_seed=11).realignment.lower_bound
    budget = 0.5 * bound
    with pytest.raises(InfeasiblePlan) as caught:
        realign_territories(g, w, K, 0.05, first, max_disruption=budget, random_seed=11)
    (reason,) = caught.value.reasons
    assert reason.kind == ReasonKind.DISRUPTION_OVER_BUDGET
    d = reason.data
    assert d["budget"] == budget and d["lower_bound"] == pytest.approx(bound)
    assert d["needed"] >= bound > budget
    assert d["best_tolerance"] > 0.05
    # the budget named works
    ok = realign_territories(g, w, K, 0.05, first, max_disruption=d["needed"], random_seed=11)
    check_plan(g, ok, w, K, 0.05)
    # best effort: the plan within the budget, as far off as the reason says
    plan = realign_territories(g, w, K, 0.05, first, max_disruption=budget, random_seed=11, best_effort=True)
    assert moved(plan, first, w) <= budget + 1e-12
    assert float(np.max(plan.max_deviation)) == pytest.approx(d["best_tolerance"])
    assert plan.warnings[0].kind == ReasonKind.DISRUPTION_OVER_BUDGET


def test_locked_units_stay_and_disruption_counts_in_another_field():
    g, w, first = grown_alignment(5)
    rng = np.random.default_rng(5)
    locked = rng.random(g.n) < 0.2
    accounts = rng.integers(1, 40, g.n).astype(float)
    plan = realign_territories(g, w, K, 0.05, first, locked=locked, disruption_weights=accounts, random_seed=5)
    check_plan(g, plan, w, K, 0.05)
    np.testing.assert_array_equal(plan.labels[locked], first[locked])
    assert plan.realignment.disruption == pytest.approx(moved(plan, first, accounts))
    assert plan.realignment.moved_out.sum() == pytest.approx(accounts[plan.labels != first].sum())


def test_an_alignment_in_balance_moves_nothing():
    g = grid_graph(12, 12)
    w = np.ones(g.n)
    first = (np.arange(g.n) % 12) // 3  # four columns of three
    plan = realign_territories(g, w, 4, 0.05, first, max_disruption=0.0)
    np.testing.assert_array_equal(plan.labels, first)
    assert plan.realignment.disruption == 0.0 == plan.realignment.lower_bound


def test_territory_ids_kept_on_a_map_in_two_pieces():
    # two 12 x 12 islands, no bridge: the engine solves each piece alone, and each keeps
    # the ids its territories had (not renumbered piece by piece)
    g = two_islands(gap=100.0)
    n = g.n // 2
    col = np.arange(n) % 12
    first = np.concatenate([np.where(col < 6, 3, 0), np.where(col < 6, 1, 2)])
    w = np.where(np.arange(2 * n) % 12 == 0, 1.6, 1.0)  # the first column of each island grows
    plan = realign_territories(g, w, 4, 0.05, first)
    check_plan(g, plan, w, 4, 0.05)
    assert set(plan.labels[:n]) == {0, 3} and set(plan.labels[n:]) == {1, 2}
    assert plan.realignment.disruption < 0.1


def test_an_alignment_with_more_territories_than_k_is_refused():
    g = grid_graph(6, 6)
    with pytest.raises(ValueError, match="initial"):
        realign_territories(g, np.ones(g.n), 2, 0.05, np.arange(g.n) % 3)


def test_a_budget_nothing_fits_says_what_even_todays_balance_moves_and_why():
    """Today's alignment with a territory in two pieces: every plan joins it up, which moves
    more than a budget of 0.1%, so no plan fits and the reason says what the least is."""
    g, w, first = grown_alignment(11)
    ptr, idx = g.neighbours()
    t = int(first[0])
    # an enclave: a unit of another territory, all of whose neighbours are in it too, goes to t
    enclave = next(u for u in range(g.n) if first[u] != t and np.all(first[idx[ptr[u] : ptr[u + 1]]] == first[u]))
    split = first.copy()
    split[enclave] = t
    assert M.territory_pieces(g, split, K)[t] == 2
    with pytest.raises(InfeasiblePlan) as caught:
        realign_territories(g, w, K, 0.05, split, max_disruption=0.001, random_seed=11, best_effort=True)
    (reason,) = caught.value.reasons
    d = reason.data
    assert d["best_tolerance"] is None
    assert d["split_territories"] == 1 and d["unassigned_units"] == 0
    assert d["least"] >= w[enclave] / w.sum() > 0.001  # at least the enclave moves
    assert "even keeping today's balance moves" in reason.message
