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

from typing import Optional

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, minimum_spanning_tree

from territory_plugin.core.near_segments import CanceledFn, _tree, check_canceled
from territory_plugin.core.polygons import expand_ranges

KNN_PIECES = 64  # from this many pieces on, the k-nearest pass runs first
KNN = 16
MAX_CONTAINMENT_PIECES = 5_000
PAIR_BUDGET = 5_000_000  # point x unit-box comparisons per step


def components(n: int, edges: np.ndarray) -> tuple[int, np.ndarray]:
    adjacency = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    return connected_components(adjacency, directed=False)


def contained_pieces(
    n: int,
    edges: np.ndarray,
    area: np.ndarray,
    ring_first_xy: np.ndarray,
    ring_unit: np.ndarray,
    seg_a: np.ndarray,
    seg_b: np.ndarray,
    seg_unit: np.ndarray,
    is_canceled: Optional[CanceledFn],
) -> np.ndarray:
    """(unit, container) pairs: a piece of the graph whose first unit lies inside another unit.

    seg_a/seg_b/seg_unit: every boundary segment (rings and holes), for ray casting.
    """
    ncomp, labels = components(n, edges)
    if ncomp <= 1 or ncomp - 1 > MAX_CONTAINMENT_PIECES:
        return np.empty((0, 2), np.int64)
    big = int(np.argmax(np.bincount(labels, minlength=ncomp)))
    first_unit = np.full(ncomp, n, dtype=np.int64)
    np.minimum.at(first_unit, labels, np.arange(n))
    rep = first_unit[np.arange(ncomp) != big]
    first_ring = np.full(n, len(ring_unit), dtype=np.int64)
    np.minimum.at(first_ring, ring_unit, np.arange(len(ring_unit)))
    points = ring_first_xy[first_ring[rep]]
    # Unit boxes, and segments grouped by unit for the ray casts.
    lo = np.full((n, 2), np.inf)
    hi = np.full((n, 2), -np.inf)
    np.minimum.at(lo, seg_unit, np.minimum(seg_a, seg_b))
    np.maximum.at(hi, seg_unit, np.maximum(seg_a, seg_b))
    order = np.argsort(seg_unit, kind="stable")
    ptr = np.searchsorted(seg_unit[order], np.arange(n + 1))
    found = []
    step = max(PAIR_BUDGET // max(n, 1), 1)
    for start in range(0, len(rep), step):
        check_canceled(is_canceled)
        p, pts = rep[start : start + step], points[start : start + step]
        inbox = (lo[None, :, 0] <= pts[:, None, 0]) & (pts[:, None, 0] <= hi[None, :, 0])
        inbox &= (lo[None, :, 1] <= pts[:, None, 1]) & (pts[:, None, 1] <= hi[None, :, 1])
        qi, cu = np.nonzero(inbox)
        keep = labels[cu] != labels[p[qi]]
        qi, cu = qi[keep], cu[keep]
        idx, owner = expand_ranges(ptr[cu], ptr[cu + 1] - ptr[cu])
        s = order[idx]
        px, py = pts[qi[owner], 0], pts[qi[owner], 1]
        (x0, y0), (x1, y1) = seg_a[s].T, seg_b[s].T
        straddle = (y0 > py) != (y1 > py)
        xcross = x0 + (py - y0) * (x1 - x0) / np.where(y1 != y0, y1 - y0, 1.0)
        hits = np.bincount(owner, straddle & (xcross > px), minlength=len(qi))
        inside = hits % 2 == 1
        qi, cu = qi[inside], cu[inside]
        # The smallest container holds the piece directly.
        best = np.lexsort((area[cu], qi))
        first = best[np.r_[True, qi[best][1:] != qi[best][:-1]]] if len(best) else best
        found.append(np.column_stack((p[qi[first]], cu[first])))
    pairs = np.concatenate(found) if found else np.empty((0, 2), np.int64)
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
    lacking = np.setdiff1d(np.arange(ncomp), labels[unit])
    if len(lacking):
        extra = np.isin(labels[all_unit], lacking)
        xy, unit = np.concatenate((xy, all_xy[extra])), np.concatenate((unit, all_unit[extra]))
    found: list[np.ndarray] = []
    cur = edges
    if ncomp >= KNN_PIECES:
        check_canceled(is_canceled)
        first = _knn_forest(xy, unit, labels[unit], ncomp)
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


def _knn_forest(xy: np.ndarray, unit: np.ndarray, comp: np.ndarray, ncomp: int) -> np.ndarray:
    """Minimum spanning forest of the pieces over each point's k nearest foreign points."""
    k = min(KNN, len(xy))
    dist, nb = _tree(xy).query(xy, k=k)
    dist, nb = dist.reshape(len(xy), k), nb.reshape(len(xy), k)
    src = np.repeat(np.arange(len(xy)), k)
    dst, d = nb.ravel(), dist.ravel()
    foreign = comp[src] != comp[dst]
    src, dst, d = src[foreign], dst[foreign], d[foreign]
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
        dist, k = _tree(xy[tree_pts]).query(qxy[query_mask])
        qidx = np.flatnonzero(query_mask)
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
