"""The region certificate (core/region_certificate.py) against brute force on small grids.

The oracle enumerates every partition of a 4 x 4 grid into k connected territories and
keeps the least largest deviation from the mean: the best any contiguous plan can do.
"""

from __future__ import annotations

import numpy as np
import pytest

from territory_plugin.core.feasibility import heavy_unit_reasons
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.partition import InfeasiblePlan, design_territories
from territory_plugin.core.region_certificate import heavy_region_cuts, region_reasons
from territory_plugin.core.solve import EngineOptions
from tests.core.test_partition import grid_graph

# a 4 x 4 grid (units 0..15 row by row) in mean territories of k = 4: units 5, 6, 9 and 10
# in the middle are heavy, each alone has a balanced territory around it, together not
CROWDED = [
    0.102, 0.157, 0.292, 0.144,
    0.125, 0.705, 0.463, 0.201,
    0.029, 0.416, 0.355, 0.218,
    0.188, 0.066, 0.299, 0.241,
]  # fmt: skip


def best_deviation(graph: UnitGraph, share: np.ndarray, k: int) -> float:
    """Least largest |load - 1| over all partitions into k connected parts (``share`` in
    mean territories): branch and bound over the connected sets holding the lowest free unit."""
    ptr, idx = graph.neighbours()
    nbr = [set(idx[ptr[u] : ptr[u + 1]].tolist()) for u in range(graph.n)]
    best = [np.inf]

    def connected_sets(root: int, free: frozenset) -> list[tuple[int, ...]]:
        out, seen = [], set()
        stack = [((root,), frozenset(v for v in nbr[root] if v in free))]
        while stack:
            members, ext = stack.pop()
            key = frozenset(members)
            if key in seen:
                continue
            seen.add(key)
            out.append(members)
            for v in ext:
                stack.append((members + (v,), (ext | {x for x in nbr[v] if x in free and x not in key}) - {v}))
        return out

    def walk(free: frozenset, parts: int, worst: float) -> None:
        if not free:
            best[0] = worst if parts == k else best[0]
            return
        if parts == k:
            return
        for members in connected_sets(min(free), free):
            d = max(worst, abs(float(share[list(members)].sum()) - 1.0))
            if d < best[0]:
                walk(free - set(members), parts + 1, d)

    walk(frozenset(range(graph.n)), 0, 0.0)
    return best[0]


def test_crowded_heavy_units_are_proven_out_of_reach_with_the_exact_floor():
    g, k, tol = grid_graph(4, 4), 4, 0.05
    w = np.array(CROWDED) * 250.0
    oracle = best_deviation(g, w / (w.sum() / k), k)
    assert oracle > tol  # no contiguous plan is within 5%
    assert heavy_unit_reasons(g, w[:, None], k, np.array([tol])) == []  # no single unit shows it
    (reason,) = region_reasons(g, w, k, np.array([tol]))
    assert reason.kind == "region_unbalanceable"
    assert reason.data["units"] == [5]  # the heaviest unit is named
    assert reason.data["floor_exact"]
    assert reason.data["floor"] == pytest.approx(oracle, abs=1e-9)


def test_the_engine_stops_with_the_proof_and_best_effort_keeps_the_floor():
    g, k, tol = grid_graph(4, 4), 4, 0.05
    w = np.array(CROWDED) * 250.0
    with pytest.raises(InfeasiblePlan) as error:
        design_territories(g, w, k, tol)
    assert error.value.plan is None  # proven before any search
    assert [r.kind for r in error.value.reasons] == ["region_unbalanceable"]
    plan = design_territories(g, w, k, tol, best_effort=True)
    floor = error.value.reasons[0].data["floor"]
    assert plan.contiguous
    assert plan.max_deviation[0] >= floor - 1e-9  # the floor holds for the plan found
    assert {r.kind for r in plan.warnings} == {"region_unbalanceable", "balance_not_reached"}


@pytest.mark.parametrize("seed", range(8))
def test_the_floor_never_exceeds_what_a_plan_reaches(seed):
    """Soundness on random crowded grids: a proof only when brute force agrees, and the floor
    is at most the best plan's deviation."""
    rng = np.random.default_rng(seed)
    g, k, tol = grid_graph(4, 4), 4, 0.05
    for _ in range(6):
        w = rng.uniform(0.02, 0.3, g.n)
        w[[5, 6, 9, 10]] = rng.uniform(0.3, 0.9, 4)
        oracle = best_deviation(g, w / (w.sum() / k), k)
        for reason in region_reasons(g, w, k, np.array([tol])):
            assert oracle > tol
            assert reason.data["floor"] <= oracle + 1e-9


def _connected(graph: UnitGraph, units: np.ndarray) -> bool:
    ptr, idx = graph.neighbours()
    inside, seen, todo = set(units.tolist()), {int(units[0])}, [int(units[0])]
    while todo:
        u = todo.pop()
        for v in idx[ptr[u] : ptr[u + 1]].tolist():
            if v in inside and v not in seen:
                seen.add(v)
                todo.append(v)
    return seen == inside


@pytest.mark.parametrize("seed", range(6))
def test_the_cut_of_a_crowded_area_is_disjoint_connected_pieces_as_balanced_as_possible(seed):
    rng = np.random.default_rng(seed)
    g, k, tol = grid_graph(4, 4), 4, 0.05
    w = np.array(CROWDED) if seed == 0 else rng.uniform(0.02, 0.3, g.n)
    if seed:
        w[[5, 6, 9, 10]] = rng.uniform(0.3, 0.9, 4)
    share = w / (w.sum() / k)
    oracle = best_deviation(g, share, k)
    cut = heavy_region_cuts(g, share, tol)
    assert cut  # every grid has a heavy unit in a crowded middle
    seen = np.concatenate([units for units, _ in cut])
    assert len(seen) == len(set(seen.tolist()))  # disjoint
    for units, whole in cut:
        assert _connected(g, units)
        if whole:  # a territory of its own: inside the band, or no more off than the best plan
            assert abs(share[units].sum() - 1.0) <= max(tol, oracle) + 1e-9


def test_the_engine_reaches_the_brute_force_best_on_the_crowded_grid():
    g, k, tol = grid_graph(4, 4), 4, 0.05
    w = np.array(CROWDED) * 250.0
    oracle = best_deviation(g, w / (w.sum() / k), k)
    plan = design_territories(g, w, k, tol, best_effort=True)
    assert plan.contiguous
    assert plan.max_deviation[0] == pytest.approx(oracle, abs=1e-9)
    # without the cut, the search alone ends far from it (9.97%)
    alone = design_territories(g, w, k, tol, best_effort=True, options=EngineOptions(cut_heavy_regions=False))
    assert alone.max_deviation[0] > oracle + 0.02
