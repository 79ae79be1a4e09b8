"""Incremental territory numbers (core.reassign) against full recomputation by metrics and networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territory_plugin.core import metrics as M
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.reassign import (
    ACCOUNT_COUNT,
    TerritoryStats,
    account_measure_sources,
    account_values,
    band,
    change_records,
)

SETTINGS = settings(max_examples=60, deadline=None)


def grid_graph(rows: int, cols: int) -> UnitGraph:
    """rows x cols unit squares, rook adjacency."""
    idx = np.arange(rows * cols).reshape(rows, cols)
    edges = np.vstack(
        [np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], 1), np.stack([idx[:-1].ravel(), idx[1:].ravel()], 1)]
    )
    n = rows * cols
    yy, xx = np.divmod(np.arange(n), cols)
    return UnitGraph(
        n,
        edges.astype(np.int64),
        np.ones(len(edges)),
        np.ones(n),
        np.full(n, 4.0),
        np.stack([xx + 0.5, yy + 0.5], axis=1).astype(float),
    )


def reference_pieces(graph, labels, k):
    g = nx.Graph()
    g.add_nodes_from(range(graph.n))
    g.add_edges_from(e for e in graph.edges.tolist() if labels[e[0]] == labels[e[1]])
    pieces = np.zeros(k, dtype=int)
    for comp in nx.connected_components(g):
        t = labels[next(iter(comp))]
        if t >= 0:
            pieces[t] += 1
    return pieces


@st.composite
def plan_and_moves(draw):
    rows, cols = draw(st.integers(2, 7)), draw(st.integers(2, 7))
    n = rows * cols
    k = draw(st.integers(1, 5))
    labels = np.array(draw(st.lists(st.integers(-1, k - 1), min_size=n, max_size=n)))
    weights = np.array(draw(st.lists(st.integers(0, 50), min_size=2 * n, max_size=2 * n)), dtype=float).reshape(n, 2)
    moves = draw(
        st.lists(
            st.tuples(st.lists(st.integers(0, n - 1), min_size=1, max_size=6), st.integers(-1, k - 1)),
            max_size=8,
        )
    )
    return grid_graph(rows, cols), labels, weights, k, moves


@SETTINGS
@given(plan_and_moves())
def test_moves_keep_totals_counts_and_pieces_equal_to_full_recomputation(case):
    graph, labels, weights, k, moves = case
    stats = TerritoryStats([f"T{t}" for t in range(k)], labels, weights, graph)
    current = labels.copy()
    for units, to in moves:
        check = stats.check_move(units, to)
        before = reference_pieces(graph, current, k)
        current[units] = to
        after = reference_pieces(graph, current, k)
        # the check predicts exactly the territories the move splits, and an exclave
        assert set(check.split) == {t for t in range(k) if after[t] > before[t] and after[t] > 0 and t != to}
        if to >= 0:
            assert check.stranded == (after[to] > max(before[to], 1))
        stats.move_units(units, to)
        np.testing.assert_allclose(stats.totals, M.territory_totals(current, weights, k), atol=1e-9)
        np.testing.assert_array_equal(stats.counts, np.bincount(current[current >= 0], minlength=k))
        np.testing.assert_array_equal(stats.pieces, after)
        np.testing.assert_allclose(stats.deviation(), M.deviations(M.territory_totals(current, weights, k)))


def test_split_and_stranded_on_a_strip():
    # 1 x 5 strip: A A A B B ; taking the middle A splits A; giving unit 0 to B strands it
    graph = grid_graph(1, 5)
    stats = TerritoryStats(["A", "B"], [0, 0, 0, 1, 1], np.ones(5), graph)
    assert stats.check_move([1], 1).split == (0,)
    check = stats.check_move([0], 1)
    assert check.stranded and not check.split
    assert stats.check_move([2], 1).ok
    assert list(stats.pieces) == [1, 1]
    stats.move_units([1], 1)
    assert list(stats.pieces) == [2, 2]  # A B A B B
    assert stats.non_contiguous() == [0, 1]


def test_overrides_move_account_values_and_follow_their_unit():
    graph = grid_graph(1, 4)
    # unit weights: account count and potential, sums over their accounts
    weights = np.array([[2, 30], [1, 10], [3, 60], [1, 5]], dtype=float)
    stats = TerritoryStats(["A", "B"], [0, 0, 1, 1], weights, graph)
    stats.set_override("acc-1", unit=0, territory=1, values=[1, 20])
    np.testing.assert_allclose(stats.totals, [[2, 20], [5, 85]])
    # the unit moves to B carrying only what the override left on it
    stats.move_units([0], 1)
    np.testing.assert_allclose(stats.totals, [[1, 10], [6, 95]])
    np.testing.assert_allclose(stats.totals, stats.full_totals())
    stats.move_units([0], 0)
    stats.clear_override("acc-1")
    np.testing.assert_allclose(stats.totals, [[3, 40], [4, 65]])
    np.testing.assert_allclose(stats.effective, weights)
    # an account without a unit (unmatched zip) only adds to its override territory
    stats.set_override("acc-2", unit=-1, territory=0, values=[1, 7])
    np.testing.assert_allclose(stats.totals, [[4, 47], [4, 65]])
    assert [row.overrides_in for row in stats.rows()] == [1, 0]


def test_new_and_empty_territories():
    stats = TerritoryStats(["A", "B"], [0, 0, 1], np.ones(3), grid_graph(1, 3))
    c = stats.add_territory("C")
    assert c == 2 and stats.counts[c] == 0 and stats.pieces[c] == 0
    assert stats.add_territory("C") == 2
    stats.move_units([2], c)
    assert stats.is_empty(1)
    with pytest.raises(ValueError):
        stats.remove_territory("C")
    stats.remove_territory("B")
    assert stats.names == ["A", "C"] and list(stats.labels) == [0, 0, 1]
    np.testing.assert_allclose(stats.totals[:, 0], [2, 1])


def test_without_a_graph_contiguity_is_unknown():
    stats = TerritoryStats(["A"], [0, 0], [1.0, 2.0])
    assert stats.check_move([0], -1).ok
    assert list(stats.pieces) == [-1]


def test_account_measures_and_bands():
    sources = account_measure_sources(
        ["account_count", "sum_Potential", "workload", "area"], ["Account ID", "Potential", "Workload"]
    )
    assert sources == [ACCOUNT_COUNT, "Potential", "Workload", None]
    values = account_values(sources, {"Potential": np.array([5.0, np.nan]), "Workload": np.array([1, 2])}, 2)
    np.testing.assert_allclose(values, [[1, 5, 1, 0], [1, 0, 2, 0]])
    assert [band(d, 0.05) for d in (0.0, -0.05, 0.07, -0.2)] == [0, 0, 1, 2]


def test_change_records_skip_non_moves():
    records = change_records("unit", ["01001", "01002"], ["A", "B"], "B", "ana", "2026-01-01T00:00:00Z", "river")
    assert len(records) == 1
    assert records[0].values() == ["2026-01-01T00:00:00Z", "ana", "unit", "01001", "A", "B", "river"]
    with pytest.raises(ValueError):
        change_records("zip", [], [], "B", "ana", "now")
