"""Multilevel coarsening for the territory engine (METIS-style, vectorised).

A :class:`Level` is the graph the search works on: units (or clusters of units),
edges with a cut cost, weights, inertia weights, positions, and fixed territories.
:func:`coarsen` merges adjacent pairs by heavy-edge matching (each free node proposes
to the neighbour with the heaviest edge per unit of size; mutual proposals merge; a
few passes), never merging fixed units and never letting a cluster exceed ``cap`` of
a territory's mean load. Clusters are connected, so a contiguous plan on a coarse
level projects to a contiguous plan on the finer one. Local search on coarse levels
moves whole clusters, which shifts boundaries by more than one unit at a time; this is
what finds the structure single-unit moves cannot.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

__all__ = ["Level", "coarsen"]


@dataclass
class Level:
    """One level of the hierarchy (level 0 = the units)."""

    n: int
    edges: np.ndarray  # (m, 2) i < j
    cost: np.ndarray  # (m,) cut cost
    wn: np.ndarray  # (n, q) weights / mean territory load
    a: np.ndarray  # (n,) inertia weight
    xy: np.ndarray  # (n, 2) positions (a-weighted mean of the units)
    fixed: np.ndarray  # (n,) fixed territory or -1
    count: np.ndarray  # (n,) units per node

    def csr(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(indptr, indices, cost per entry) of the symmetric adjacency."""
        i, j = self.edges[:, 0], self.edges[:, 1]
        data = np.arange(1, len(i) + 1, dtype=np.int64)
        m = sp.coo_matrix(
            (np.concatenate([data, data]), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(self.n, self.n)
        ).tocsr()
        m.sort_indices()
        return m.indptr, m.indices, self.cost[m.data - 1]


def coarsen(lv: Level, cap: float, rng: np.random.Generator, passes: int = 4) -> tuple[np.ndarray, Level]:
    """Return (cluster of each node, coarser level)."""
    n = lv.n
    e0, e1 = lv.edges[:, 0], lv.edges[:, 1]
    free = lv.fixed < 0
    mate = np.full(n, -1, dtype=np.int64)
    jitter = rng.random(len(e0)) * 1e-6
    wmax = lv.wn.max(axis=1) if lv.wn.shape[1] else np.zeros(n)
    for _ in range(passes):
        un = mate < 0
        ok = un[e0] & un[e1] & free[e0] & free[e1] & (wmax[e0] + wmax[e1] <= cap)
        if not ok.any():
            break
        u = np.concatenate([e0[ok], e1[ok]])
        v = np.concatenate([e1[ok], e0[ok]])
        c = lv.cost[ok] / (lv.count[e0[ok]] + lv.count[e1[ok]]) + jitter[ok]
        s = np.concatenate([c, c])
        order = np.lexsort((-s, u))
        first = np.ones(len(order), dtype=bool)
        first[1:] = u[order][1:] != u[order][:-1]
        best = np.full(n, -1, dtype=np.int64)
        best[u[order[first]]] = v[order[first]]
        has = np.flatnonzero(best >= 0)
        mutual = has[best[best[has]] == has]
        mate[mutual] = best[mutual]
    # cluster ids: the smaller index of each pair names it
    root = np.where((mate >= 0) & (mate < np.arange(n)), mate, np.arange(n))
    uniq, cmap = np.unique(root, return_inverse=True)
    nc = len(uniq)
    q = lv.wn.shape[1]
    wn = np.stack([np.bincount(cmap, weights=lv.wn[:, m], minlength=nc) for m in range(q)], axis=1)
    a = np.bincount(cmap, weights=lv.a, minlength=nc)
    asafe = np.where(a > 0, a, 1.0)
    xy = np.stack([np.bincount(cmap, weights=lv.a * lv.xy[:, d], minlength=nc) / asafe for d in range(2)], axis=1)
    cnt = np.bincount(cmap, weights=lv.count, minlength=nc)
    fixed = np.full(nc, -1, dtype=np.int64)
    fixed[cmap[~free]] = lv.fixed[~free]
    c0, c1 = cmap[e0], cmap[e1]
    keep = c0 != c1
    lo = np.minimum(c0[keep], c1[keep])
    hi = np.maximum(c0[keep], c1[keep])
    key = lo.astype(np.int64) * nc + hi
    uk, inv = np.unique(key, return_inverse=True)
    cost = np.bincount(inv, weights=lv.cost[keep])
    edges = np.stack([uk // nc, uk % nc], axis=1)
    return cmap, Level(n=nc, edges=edges, cost=cost, wn=wn, a=a, xy=xy, fixed=fixed, count=cnt)
