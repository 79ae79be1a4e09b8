"""Property tests of territory_plugin.core.metrics against plain reference code.

Grids of unit squares have exact areas and perimeters, so the dissolved-polygon
numbers (Polsby-Popper) can be checked against geometry, and every other metric
against a straightforward loop or networkx.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from territory_plugin.core import metrics as M
from territory_plugin.core.graph import UnitGraph

SETTINGS = settings(max_examples=40, deadline=None)


def grid_graph(rows: int, cols: int) -> UnitGraph:
    """rows x cols unit squares, rook adjacency, shared length 1."""
    idx = np.arange(rows * cols).reshape(rows, cols)
    h = np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], axis=1)
    v = np.stack([idx[:-1, :].ravel(), idx[1:, :].ravel()], axis=1)
    e = np.vstack([h, v])
    e = e[np.lexsort((e[:, 1], e[:, 0]))]
    yy, xx = np.divmod(np.arange(rows * cols), cols)
    return UnitGraph(
        n=rows * cols,
        edges=e.astype(np.int64),
        shared_length=np.ones(len(e)),
        area=np.ones(rows * cols),
        perimeter=np.full(rows * cols, 4.0),
        centroid=np.stack([xx + 0.5, yy + 0.5], axis=1).astype(float),
    )


@st.composite
def labelled_grid(draw):
    rows = draw(st.integers(2, 9))
    cols = draw(st.integers(2, 9))
    k = draw(st.integers(1, 6))
    lab = np.array(draw(st.lists(st.integers(0, k - 1), min_size=rows * cols, max_size=rows * cols)))
    q = draw(st.integers(1, 3))
    w = np.array(
        draw(st.lists(st.floats(0, 100, allow_nan=False), min_size=rows * cols * q, max_size=rows * cols * q))
    ).reshape(rows * cols, q)
    return grid_graph(rows, cols), lab, k, w


@SETTINGS
@given(labelled_grid())
def test_totals_and_deviation_match_reference(case):
    g, lab, k, w = case
    tot = M.territory_totals(lab, w, k)
    ref = np.zeros((k, w.shape[1]))
    for i, t in enumerate(lab):
        ref[t] += w[i]
    np.testing.assert_allclose(tot, ref, rtol=1e-12, atol=1e-9)
    dev = M.deviations(tot)
    mean = ref.mean(axis=0)
    for m in range(w.shape[1]):
        for t in range(k):
            want = (ref[t, m] - mean[m]) / mean[m] if mean[m] else 0.0
            assert math.isclose(dev[t, m], want, rel_tol=1e-9, abs_tol=1e-9)
    mx = M.max_abs_deviation(dev)
    np.testing.assert_allclose(mx, np.abs(dev).max(axis=0))
    cv = M.coefficient_of_variation(tot)
    np.testing.assert_allclose(
        cv, np.where(mean > 0, ref.std(axis=0) / np.where(mean > 0, mean, 1), 0), rtol=1e-9, atol=1e-12
    )


@SETTINGS
@given(labelled_grid())
def test_pieces_and_cut_edges_match_networkx(case):
    g, lab, k, _ = case
    G = nx.Graph()
    G.add_nodes_from(range(g.n))
    G.add_edges_from(g.edges.tolist())
    pieces = M.territory_pieces(g, lab, k)
    for t in range(k):
        sub = G.subgraph([i for i in range(g.n) if lab[i] == t])
        assert pieces[t] == nx.number_connected_components(sub)
    np.testing.assert_array_equal(M.is_contiguous(g, lab, k), pieces == 1)
    assert M.cut_edges(g, lab) == sum(lab[a] != lab[b] for a, b in g.edges.tolist())


@SETTINGS
@given(st.integers(1, 6), st.integers(1, 6), st.integers(7, 10), st.integers(7, 10))
def test_polsby_popper_of_rectangles(a, b, rows, cols):
    """A block of a x b squares dissolves to a rectangle: PP = 4 pi ab / (2(a+b))^2."""
    g = grid_graph(rows, cols)
    lab = np.ones(g.n, dtype=int)
    yy, xx = np.divmod(np.arange(g.n), cols)
    lab[(yy < a) & (xx < b)] = 0
    area, per = M.dissolved_area_perimeter(g, lab, 2)
    assert area[0] == a * b
    assert per[0] == 2 * (a + b)
    pp = M.polsby_popper(g, lab, 2)
    assert math.isclose(pp[0], 4 * math.pi * a * b / (2 * (a + b)) ** 2)
    # whole grid: its outer boundary only
    pp_all = M.polsby_popper(g, np.zeros(g.n, dtype=int), 1)
    assert math.isclose(pp_all[0], 4 * math.pi * rows * cols / (2 * (rows + cols)) ** 2)


@SETTINGS
@given(labelled_grid())
def test_inertia_and_centres_match_reference(case):
    g, lab, k, w = case
    w0 = w[:, 0] + 0.5
    c = M.weighted_centres(g.centroid, w0, lab, k)
    ine = M.inertia(g.centroid, w0, lab, k)
    for t in range(k):
        sel = lab == t
        if not sel.any():
            assert np.isnan(c[t]).all()
            continue
        ct = (g.centroid[sel] * w0[sel, None]).sum(axis=0) / w0[sel].sum()
        np.testing.assert_allclose(c[t], ct)
        want = (w0[sel] * ((g.centroid[sel] - ct) ** 2).sum(axis=1)).sum()
        assert math.isclose(ine[t], want, rel_tol=1e-9, abs_tol=1e-9)


@SETTINGS
@given(labelled_grid(), st.data())
def test_disruption_shares(case, data):
    g, lab, k, w = case
    old = np.array(data.draw(st.lists(st.integers(-1, k - 1), min_size=g.n, max_size=g.n)))
    d = M.disruption(lab, old, w)
    known = old >= 0
    changed = known & (lab != old)
    assert d["units"] == (changed.sum() / known.sum() if known.any() else 0.0)
    for m in range(w.shape[1]):
        tot = w[known, m].sum()
        want = w[changed, m].sum() / tot if tot > 0 else 0.0
        assert math.isclose(d["weights"][m], want, rel_tol=1e-9, abs_tol=1e-12)
    np.testing.assert_array_equal(d["changed"], changed)


def test_evaluate_collects_everything():
    g = grid_graph(4, 4)
    lab = np.repeat([0, 1], 8)
    met = M.evaluate(g, lab, np.ones(16), 2, existing=lab)
    assert met.contiguous
    assert met.cut_edges == 4
    assert np.allclose(met.max_deviation, 0)
    assert met.disruption["units"] == 0.0
    assert math.isclose(met.mean_pp, 4 * math.pi * 8 / 144)
