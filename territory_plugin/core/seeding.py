"""Initial territories: balanced centres and a capacitated (power-diagram) assignment.

1. :func:`rcb_labels` splits the units by weighted recursive coordinate bisection into
   k boxes of (nearly) equal weight; their weighted centres are the starting centres.
2. :func:`capacitated_assignment` is the classic sales-districting assignment: every unit
   goes to the centre that minimises ``a_i d(i, c_t)^2`` subject to each territory's
   load band. It is solved in the dual (Lagrangian relaxation of the transportation LP):
   a price ``mu_tm`` per territory and measure, and every unit picks, among its ``p``
   nearest centres only (sparse, never an n x k matrix), the one minimising
   ``a_i d^2 - sum_m mu_tm w~_im``. Prices follow a damped subgradient step on the
   relative load error, and centres are re-centred (Lloyd) between rounds. For one
   measure this is a balanced power diagram (additively weighted Voronoi diagram).
   Every unit is assigned whole, so there is nothing to round; the result is close to
   balanced and compact, and the local search finishes the job.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from scipy.spatial import cKDTree

__all__ = ["rcb_labels", "centres_of", "capacitated_assignment"]


def rcb_labels(xy: np.ndarray, w: np.ndarray, k: int) -> np.ndarray:
    """Weighted recursive coordinate bisection of points into k parts of equal weight.

    Each box is cut across its longer side at the weighted quantile that gives the two
    halves weight in proportion to the number of parts each will hold.
    """
    n = len(xy)
    lab = np.zeros(n, dtype=np.int64)
    w = np.asarray(w, dtype=np.float64) + 1e-9 * (float(np.sum(w)) / max(n, 1) + 1e-300)
    stack = [(np.arange(n), k, 0)]
    while stack:
        idx, kp, off = stack.pop()
        if kp == 1 or len(idx) <= 1:
            lab[idx] = off
            continue
        kl = kp // 2
        pts = xy[idx]
        ext = pts.max(axis=0) - pts.min(axis=0)
        axis = int(np.argmax(ext))
        order = idx[np.argsort(pts[:, axis], kind="stable")]
        cw = np.cumsum(w[order])
        cut = int(np.searchsorted(cw, cw[-1] * kl / kp))
        # keep at least one unit per part on each side
        cut = min(max(cut + 1, kl), len(order) - (kp - kl))
        stack.append((order[:cut], kl, off))
        stack.append((order[cut:], kp - kl, off + kl))
    return lab


def centres_of(xy: np.ndarray, a: np.ndarray, lab: np.ndarray, k: int,
               old: np.ndarray | None = None) -> np.ndarray:
    """Weighted centres (k, 2); an empty territory keeps its ``old`` centre."""
    sw = np.bincount(lab, weights=a, minlength=k)
    c = np.empty((k, 2))
    for d in range(2):
        c[:, d] = np.bincount(lab, weights=a * xy[:, d], minlength=k)
    empty = sw <= 0
    c[~empty] /= sw[~empty, None]
    if np.any(empty):
        c[empty] = old[empty] if old is not None else xy[0]
    return c


def capacitated_assignment(
    xy: np.ndarray,
    wn: np.ndarray,
    a: np.ndarray,
    centres: np.ndarray,
    tol: np.ndarray,
    fixed: np.ndarray,
    *,
    recentre: bool = True,
    rounds: int = 6,
    iters: int = 40,
    p: int = 10,
    check: Callable[[], None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Balanced assignment of units to centres (see module docstring).

    xy: (n, 2) unit positions; wn: (n, q) weights divided by the mean territory load of
    each measure (so a balanced territory has load 1); a: (n,) inertia weight of each
    unit; centres: (k, 2); tol: (q,); fixed: (n,) territory of units that must not move
    (-1 = free). Returns (labels, centres).
    """
    n, q = wn.shape
    k = len(centres)
    p = int(min(p, k))
    free = fixed < 0
    # prices act on weights relative to the mean unit, the scale of ``a``
    wt = wn * (n / max(k, 1))
    mu = np.zeros((k, q))
    best_lab = None
    best_score = np.inf
    scale = None
    rows = np.arange(n)
    for r in range(rounds):
        if check is not None:
            check()
        tree = cKDTree(centres)
        d2, cand = tree.query(xy, k=p)
        if p == 1:
            d2, cand = d2[:, None], cand[:, None]
        d2 = d2 ** 2
        if scale is None:
            # natural squared length: distance to the 2nd nearest centre
            scale = float(np.mean(d2[:, min(1, p - 1)])) or 1.0
        base = a[:, None] * d2
        step0 = 0.5 * scale
        for it in range(iters):
            cost = base.copy()
            for m in range(q):
                cost -= mu[cand, m] * wt[:, m, None]
            j = np.argmin(cost, axis=1)
            lab = cand[rows, j]
            lab = np.where(free, lab, fixed)
            loads = np.stack([np.bincount(lab, weights=wn[:, m], minlength=k)
                              for m in range(q)], axis=1)
            rel = loads - 1.0
            score = float(np.max(np.abs(rel) / tol)) if k else 0.0
            # keep the best balanced labels of this round
            if score <= best_score:
                best_score = score
                best_lab = lab
            step = step0 * (0.92 ** it) / (1.0 + r)
            mu -= step * np.clip(rel, -1.0, 1.0)
        if recentre and r < rounds - 1:
            lab_now = best_lab
            centres = centres_of(xy, a, lab_now, k, centres)
            best_score = np.inf  # compare only within the last round
    return best_lab, centres


def graph_capacitated_assignment(
    n: int,
    edges: np.ndarray,
    elen: np.ndarray,
    wn: np.ndarray,
    centre_units: np.ndarray,
    tol: np.ndarray,
    *,
    iters: int = 40,
    step0: float = 1.0,
    check: Callable[[], None] | None = None,
) -> np.ndarray:
    """Balanced graph Voronoi: unit i joins argmin_t (dist_G(i, c_t) - mu_t).

    One multi-source Dijkstra per price update (a super source joined to centre t by an
    edge of length M - mu_t); territories are shortest-path trees, hence connected.
    ``elen`` are edge lengths (hops, or hops blended with distance), so territories
    are compact in the graph metric, which is what cut edges count.
    """
    import scipy.sparse as sp
    from scipy.sparse.csgraph import dijkstra

    k = len(centre_units)
    q = wn.shape[1]
    mu = np.zeros(k)
    i, j = edges[:, 0], edges[:, 1]
    rows = np.concatenate([i, j, np.full(k, n)])
    cols = np.concatenate([j, i, centre_units])
    owner = np.full(n + 1, -1, dtype=np.int64)
    owner[centre_units] = np.arange(k)
    best_lab, best = None, np.inf
    for it in range(iters):
        if check is not None:
            check()
        off = mu.max() - mu + 1e-6
        data = np.concatenate([elen, elen, off])
        g = sp.csr_matrix((data, (rows, cols)), shape=(n + 1, n + 1))
        _, pred = dijkstra(g, directed=True, indices=n, return_predecessors=True)
        root = pred.copy()
        root[centre_units] = centre_units
        root[n] = n
        root[root < 0] = n
        for _ in range(64):
            nxt = root[root]
            if np.array_equal(nxt, root):
                break
            root = nxt
        lab = owner[root[:n]]
        lab[lab < 0] = 0
        loads = np.stack([np.bincount(lab, weights=wn[:, m], minlength=k) for m in range(q)],
                         axis=1)
        rel = loads - 1.0
        score = float(np.max(np.abs(rel) / tol))
        if score < best:
            best, best_lab = score, lab
        mu -= step0 * (0.93 ** it) * np.clip(rel[:, 0] / max(tol[0], 1e-9), -3, 3) * 0.3
    return best_lab
