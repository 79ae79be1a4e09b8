"""Joining the pieces of the unit graph: units lying inside another unit, then bridges.

A piece of the graph (one or more units) that touches no other piece is either
inside another unit (a polygon not cut out of the unit around it: they overlap,
so they are neighbours) or an island.  Islands are joined by bridge edges along
a minimum spanning forest of the closest boundary points between pieces:
with many pieces (a layer whose gaps exceed the tolerance) a k-nearest-point
graph between pieces gives most of that forest in one pass; the exact
Boruvka rounds (closest foreign point of every piece) finish the rest.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, minimum_spanning_tree

from territory_plugin.core.near_segments import CanceledFn, _tree, check_canceled
from territory_plugin.core.polygons import expand_ranges

KNN_PIECES = 64  # from this many pieces on, the k-nearest pass runs first
KNN = 16
MAX_CONTAINMENT_PIECES = 5_000
QUERY_CHUNK = 100_000  # nearest-point queries between cancel checks


def components(n: int, edges: np.ndarray) -> tuple[int, np.ndarray]:
    adjacency = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    return connected_components(adjacency, directed=False)


class Outlines(NamedTuple):
    """Every boundary segment (rings and holes) grouped by unit, and each unit's box: for ray casting."""

    seg_a: np.ndarray
    seg_b: np.ndarray
    order: np.ndarray  # segment indices by unit
    ptr: np.ndarray  # unit u's segments: order[ptr[u]:ptr[u + 1]]
    lo: np.ndarray  # (n, 2) box of each unit
    hi: np.ndarray

    @staticmethod
    def of(n: int, coords: np.ndarray, offsets: np.ndarray, ring_unit: np.ndarray, s0, s1, seg_unit) -> Outlines:
        lo, hi = np.full((n, 2), np.inf), np.full((n, 2), -np.inf)
        np.minimum.at(lo, ring_unit, np.minimum.reduceat(coords, offsets[:-1]))
        np.maximum.at(hi, ring_unit, np.maximum.reduceat(coords, offsets[:-1]))
        order = np.argsort(seg_unit, kind="stable")
        ptr = np.searchsorted(seg_unit[order], np.arange(n + 1))
        return Outlines(coords[s0], coords[s1], order, ptr, lo, hi)


def contained_pieces(
    n: int,
    edges: np.ndarray,
    area: np.ndarray,
    ring_first_xy: np.ndarray,
    ring_unit: np.ndarray,
    outlines: Outlines,
    is_canceled: Optional[CanceledFn],
) -> np.ndarray:
    """(unit, container) pairs: a piece of the graph whose first unit lies inside another unit."""
    ncomp, labels = components(n, edges)
    if ncomp <= 1 or ncomp - 1 > MAX_CONTAINMENT_PIECES:
        return np.empty((0, 2), np.int64)
    big = int(np.argmax(np.bincount(labels, minlength=ncomp)))
    first_unit = np.full(ncomp, n, dtype=np.int64)
    np.minimum.at(first_unit, labels, np.arange(n))
    rep = first_unit[np.arange(ncomp) != big]
    first_ring = np.full(n, len(ring_unit), dtype=np.int64)
    np.minimum.at(first_ring, ring_unit, np.arange(len(ring_unit)))
    return containers(ring_first_xy[first_ring[rep]], rep, area, outlines, is_canceled, labels)


def containers(
    points: np.ndarray,
    point_unit: np.ndarray,
    area: np.ndarray,
    outlines: Outlines,
    is_canceled: Optional[CanceledFn],
    labels: Optional[np.ndarray] = None,
) -> np.ndarray:
    """(point's unit, smallest other unit containing the point) pairs, by ray casting.

    Candidates come from a grid of unit boxes (cells of the median box size);
    with `labels`, units of the point's own label are no candidates.
    """
    empty = np.empty((0, 2), np.int64)
    lo, hi, order, ptr = outlines.lo, outlines.hi, outlines.order, outlines.ptr
    has = np.isfinite(lo[:, 0])
    if not len(points) or not has.any():
        return empty
    origin = lo[has].min(axis=0)
    cell = max(float(np.median((hi - lo)[has].max(axis=1))), 1e-12)
    units = np.flatnonzero(has)
    while True:  # a few huge units must not fill the grid
        c0 = np.floor((lo[units] - origin) / cell).astype(np.int64)
        c1 = np.floor((hi[units] - origin) / cell).astype(np.int64)
        nx, ny = c1[:, 0] - c0[:, 0] + 1, c1[:, 1] - c0[:, 1] + 1
        if (nx * ny).sum() <= 16 * len(units) + 100_000:
            break
        cell *= 2
    span = c1.max(axis=0) + 1
    k, owner = expand_ranges(np.zeros(len(units), np.int64), nx * ny)
    key = (c0[owner, 0] + k % nx[owner]) * span[1] + c0[owner, 1] + k // nx[owner]
    by_key = np.argsort(key, kind="stable")
    key, cell_unit = key[by_key], units[owner[by_key]]
    pc = np.clip(np.floor((points - origin) / cell).astype(np.int64), 0, span - 1)
    pkey = pc[:, 0] * span[1] + pc[:, 1]
    found = []
    step = 20_000
    for start in range(0, len(points), step):
        check_canceled(is_canceled)
        pts, pu, pk = points[start : start + step], point_unit[start : start + step], pkey[start : start + step]
        first, last = np.searchsorted(key, pk), np.searchsorted(key, pk, side="right")
        j, qi = expand_ranges(first, last - first)
        cu = cell_unit[j]
        keep = (cu != pu[qi]) & np.all((lo[cu] <= pts[qi]) & (pts[qi] <= hi[cu]), axis=1)
        if labels is not None:
            keep &= labels[cu] != labels[pu[qi]]
        qi, cu = qi[keep], cu[keep]
        idx, at = expand_ranges(ptr[cu], ptr[cu + 1] - ptr[cu])
        s = order[idx]
        px, py = pts[qi[at], 0], pts[qi[at], 1]
        (x0, y0), (x1, y1) = outlines.seg_a[s].T, outlines.seg_b[s].T
        straddle = (y0 > py) != (y1 > py)
        xcross = x0 + (py - y0) * (x1 - x0) / np.where(y1 != y0, y1 - y0, 1.0)
        hits = np.bincount(at, straddle & (xcross > px), minlength=len(qi))
        inside = hits % 2 == 1
        qi, cu = qi[inside], cu[inside]
        # The smallest container holds the point directly.
        best = np.lexsort((area[cu], qi))
        pick = best[np.r_[True, qi[best][1:] != qi[best][:-1]]] if len(best) else best
        found.append(np.column_stack((pu[qi[pick]], cu[pick])))
    pairs = np.concatenate(found) if found else empty
    return pairs.astype(np.int64).reshape(-1, 2)


def bridge_pieces(
    n: int,
    edges: np.ndarray,
    xy: np.ndarray,
    unit: np.ndarray,
    all_xy: np.ndarray,
    all_unit: np.ndarray,
    is_canceled: Optional[CanceledFn],
) -> np.ndarray:
    """Bridge edges (unit pairs) joining all pieces, from boundary points xy owned by `unit`.

    all_xy/all_unit stand in for a piece that has no boundary point.
    """
    ncomp, labels = components(n, edges)
    if ncomp <= 1:
        return np.empty((0, 2), dtype=np.int64)
    check_canceled(is_canceled)
    lacking = np.setdiff1d(np.arange(ncomp), labels[unit])
    if len(lacking):
        extra = np.isin(labels[all_unit], lacking)
        xy, unit = np.concatenate((xy, all_xy[extra])), np.concatenate((unit, all_unit[extra]))
    found: list[np.ndarray] = []
    cur = edges
    if ncomp >= KNN_PIECES:
        check_canceled(is_canceled)
        first = _knn_forest(xy, unit, labels[unit], ncomp, is_canceled)
        found.append(first)
        cur = np.concatenate((cur, first))
    while True:
        check_canceled(is_canceled)
        ncomp, labels = components(n, cur)
        if ncomp <= 1:
            break
        comp = labels[unit]
        big = int(np.argmax(np.bincount(labels, minlength=ncomp)))
        src, dist, dst = _nearest_foreign(xy, unit, comp, big, is_canceled)
        # Kruskal over these few candidates (one per piece) so that ties never add a redundant bridge.
        parent = np.arange(ncomp)
        new = []
        for k in np.argsort(dist, kind="stable").tolist():
            u, v = int(src[k]), int(dst[k])
            ru, rv = _root(parent, int(labels[u])), _root(parent, int(labels[v]))
            if ru != rv:
                parent[ru] = rv
                new.append((min(u, v), max(u, v)))
        new_arr = np.asarray(new, dtype=np.int64).reshape(-1, 2)
        found.append(new_arr)
        cur = np.concatenate((cur, new_arr))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(found), axis=0).astype(np.int64).reshape(-1, 2)


def _knn_forest(
    xy: np.ndarray, unit: np.ndarray, comp: np.ndarray, ncomp: int, is_canceled: Optional[CanceledFn]
) -> np.ndarray:
    """Minimum spanning forest of the pieces over each point's k nearest foreign points."""
    k = min(KNN, len(xy))
    tree = _tree(xy)
    parts = []
    for start in range(0, len(xy), QUERY_CHUNK // k):
        check_canceled(is_canceled)
        dist, nb = tree.query(xy[start : start + QUERY_CHUNK // k], k=k)
        dist, nb = dist.reshape(-1, k), nb.reshape(-1, k)
        src = np.repeat(np.arange(start, start + len(nb)), k)
        dst, d = nb.ravel(), dist.ravel()
        foreign = comp[src] != comp[dst]
        parts.append((src[foreign], dst[foreign], d[foreign]))
    src, dst, d = (np.concatenate(column) for column in zip(*parts))
    if not len(src):
        return np.empty((0, 2), np.int64)
    ca, cb = np.minimum(comp[src], comp[dst]), np.maximum(comp[src], comp[dst])
    order = np.lexsort((src, d, cb, ca))  # closest pair of each piece pair first (ties: point order)
    first = order[np.r_[True, (ca[order][1:] != ca[order][:-1]) | (cb[order][1:] != cb[order][:-1])]]
    eps = max(float(d.max()), 1.0) * 1e-12  # zero distances must stay edges in the sparse matrix
    tree = minimum_spanning_tree(coo_matrix((d[first] + eps, (ca[first], cb[first])), shape=(ncomp, ncomp)))
    tree = tree.tocoo()
    chosen = {(int(a), int(b)) for a, b in zip(tree.row, tree.col)}
    keep = [i for i, a, b in zip(first.tolist(), ca[first].tolist(), cb[first].tolist()) if (a, b) in chosen]
    keep = np.asarray(keep, dtype=np.int64)
    u, v = unit[src[keep]], unit[dst[keep]]
    return np.column_stack((np.minimum(u, v), np.maximum(u, v))).astype(np.int64).reshape(-1, 2)


def _root(parent: np.ndarray, x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _nearest_foreign(
    xy: np.ndarray, unit: np.ndarray, comp: np.ndarray, big: int, is_canceled: Optional[CanceledFn]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For every piece but `big`: (its unit, distance, other unit) of its closest foreign point pair.

    Exact: the largest piece is searched through one tree; the other pieces
    through trees split on each bit of their label, since a point's nearest
    foreign point differs from it in some bit.
    """
    small = comp != big
    qxy, qcomp = xy[small], comp[small]
    best_d = np.full(len(qxy), np.inf)
    best_u = np.full(len(qxy), -1, dtype=np.int64)

    def offer(tree_mask: np.ndarray, query_mask: np.ndarray) -> None:
        check_canceled(is_canceled)
        if not tree_mask.any() or not query_mask.any():
            return
        tree_pts = np.flatnonzero(tree_mask)
        tree = _tree(xy[tree_pts])
        for qidx in np.array_split(np.flatnonzero(query_mask), -(-int(query_mask.sum()) // QUERY_CHUNK)):
            check_canceled(is_canceled)
            dist, k = tree.query(qxy[qidx])
            better = dist < best_d[qidx]
            best_d[qidx[better]] = dist[better]
            best_u[qidx[better]] = unit[tree_pts[k[better]]]

    offer(comp == big, np.ones(len(qxy), dtype=bool))
    _, rel = np.unique(qcomp, return_inverse=True)  # small pieces relabelled 0..S-1
    all_rel = np.full(len(xy), -1, dtype=np.int64)
    all_rel[small] = rel
    for bit in range(int(rel.max()).bit_length() if len(rel) else 0):
        side = (all_rel >> bit) & 1
        offer(small & (side == 1), (rel >> bit) & 1 == 0)
        offer(small & (side == 0), (rel >> bit) & 1 == 1)
    # Per piece, its closest pair (ties broken by point order: deterministic).
    srt = np.lexsort((np.arange(len(qcomp)), best_d, qcomp))
    first = srt[np.concatenate(([True], qcomp[srt][1:] != qcomp[srt][:-1]))]
    return unit[small][first], best_d[first], best_u[first]
