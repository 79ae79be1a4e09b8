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
3. :func:`heavy_unit_territories` pre-builds the territory of each very heavy unit
   (dense city zip codes) as the most compact balanced connected set around it.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.spatial import cKDTree

from territory_plugin.core.contiguity import path_join
from territory_plugin.core.feasibility import enclosed_seeds
from territory_plugin.core.graph import UnitGraph

__all__ = [
    "rcb_labels",
    "centres_of",
    "capacitated_assignment",
    "heavy_unit_territories",
    "soft_seed_start",
    "stand_in_seeds",
]


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


def centres_of(xy: np.ndarray, a: np.ndarray, lab: np.ndarray, k: int, old: np.ndarray | None = None) -> np.ndarray:
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
        d2 = d2**2
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
            loads = np.stack([np.bincount(lab, weights=wn[:, m], minlength=k) for m in range(q)], axis=1)
            rel = loads - 1.0
            score = float(np.max(np.abs(rel) / tol)) if k else 0.0
            # keep the best balanced labels of this round
            if score <= best_score:
                best_score = score
                best_lab = lab
            step = step0 * (0.92**it) / (1.0 + r)
            mu -= step * np.clip(rel, -1.0, 1.0)
        if recentre and r < rounds - 1:
            lab_now = best_lab
            centres = centres_of(xy, a, lab_now, k, centres)
            best_score = np.inf  # compare only within the last round
    return best_lab, centres


def heavy_unit_territories(
    ptr: np.ndarray,
    idx: np.ndarray,
    wn: np.ndarray,
    tol: np.ndarray,
    blocked: np.ndarray,
    min_share: float = 0.5,
    budget: int = 4000,
) -> list[np.ndarray]:
    """Pre-built territories around heavy units (dense-city zip codes).

    A unit weighing ``min_share`` of a mean territory or more leaves few ways to
    balance its territory, and local search fails there when neighbouring heavy units
    compete for the same light units. Heaviest first, each such unit gets the most
    compact (fewest boundary edges) connected set of free units that contains it and
    lies inside the band on every measure, found by enumerating connected sets
    (pruned by weight, ``budget`` sets per unit). ``wn`` is (n, q) in mean-territory
    units. Returns the sets, each starting with its heavy unit.
    """
    n, q = wn.shape
    used = blocked.copy()
    lo = 1.0 - tol
    hi = 1.0 + tol
    w0 = wn[:, 0].tolist()
    heavy = np.flatnonzero((wn[:, 0] >= min_share) & (wn[:, 0] <= hi[0]) & ~blocked)
    out: list[np.ndarray] = []
    deg = np.diff(ptr)
    for u in heavy[np.argsort(-wn[heavy, 0], kind="stable")].tolist():
        if used[u]:
            continue
        best = None
        steps = 0
        stack = [(w0[u], [v for v in idx[ptr[u] : ptr[u + 1]].tolist() if not used[v]], (u,))]
        while stack and steps < budget:
            steps += 1
            sw, ext, mem = stack.pop()
            if lo[0] <= sw <= hi[0]:
                arr = np.fromiter(mem, dtype=np.int64)
                tot = wn[arr].sum(axis=0)
                if np.all((tot >= lo) & (tot <= hi)):
                    ms = set(mem)
                    inner = sum(1 for x in mem for y in idx[ptr[x] : ptr[x + 1]].tolist() if y in ms)
                    cut = int(deg[arr].sum()) - inner
                    if best is None or cut < best[0]:
                        best = (cut, arr)
            ext = list(ext)
            while ext:
                v = ext.pop()
                nw = sw + w0[v]
                if nw > hi[0]:
                    continue
                new_ext = ext + [
                    x for x in idx[ptr[v] : ptr[v + 1]].tolist() if not used[x] and x not in mem and x not in ext
                ]
                stack.append((nw, new_ext, mem + (v,)))
        if best is not None:
            used[best[1]] = True
            out.append(best[1])
    return out


def soft_seed_start(
    lab: np.ndarray,
    xy: np.ndarray,
    seed_nodes: np.ndarray,
    kept: np.ndarray,
    adj: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """Seeds as a soft pull: relabel a seedless start so that territory t is the one
    nearest seed t, then join each seed to its territory.

    Pinning the centres on the seeds strands a territory when seeds crowd (two reps in
    one town, a seed against the map's edge): its neighbours wall it in before it has
    grown. A balanced seedless start (``lab``) keeps the territories' shapes; a
    minimum-cost matching (Hungarian) gives each seed the territory closest to it
    (distance to that territory's nearest node), so crowded seeds get neighbouring
    territories. A seed outside its territory is then joined to it along a shortest path
    of nodes on no other seed's path; what that path cuts off other territories is left to contiguity
    repair, and balance to the local search. ``kept`` (k,) bool: seeds that must end in
    their territory (the others only pull).
    """
    k = len(seed_nodes)
    lab = lab.copy()
    seed_xy = xy[seed_nodes]
    cost = np.empty((k, k))
    for t in range(k):
        members = np.flatnonzero(lab == t)
        if len(members) == 0:
            cost[:, t] = 1e300
            continue
        cost[:, t] = cKDTree(xy[members]).query(seed_xy)[0]
    seed_of, terr = linear_sum_assignment(cost**2)
    new_id = np.empty(k, dtype=np.int64)
    new_id[terr] = seed_of
    lab = new_id[lab]
    is_seed = np.zeros(len(lab), dtype=bool)
    is_seed[seed_nodes[kept]] = True
    for t, u in enumerate(seed_nodes.tolist()):
        if lab[u] == t or not kept[t]:
            continue
        lab[u] = t
        body = (lab == t) & ~is_seed
        if body.any():
            before = lab.copy()
            path_join(adj[0], adj[1], lab, t, np.array([u]), body, is_seed)
            # a later seed's path must not cut this one
            is_seed |= lab != before
    return lab


def stand_in_seeds(
    graph: UnitGraph,
    weights: np.ndarray,
    k: int,
    tol: np.ndarray,
    seeds: np.ndarray,
    fixed: np.ndarray,
    tries: int = 30,
) -> tuple[np.ndarray, np.ndarray]:
    """Seeds a territory can grow around: each seed walled in by other seeds (see
    :func:`~territory_plugin.core.feasibility.enclosed_seeds`) is replaced by the
    nearest free unit that is not walled in, so its territory still starts beside the
    rep's home. ``fixed``: (n,) seeds' and locked units' territories (-1 = free).
    Returns (seeds to solve with, (k,) True where no stand-in was found: that seed
    only pulls)."""
    walled = enclosed_seeds(graph, weights, k, tol, fixed)
    seeds = seeds.copy()
    fixed = fixed.copy()
    xy = np.asarray(graph.centroid, dtype=np.float64)
    for t in np.flatnonzero(walled).tolist():
        fixed[seeds[t]] = -1
        free = np.flatnonzero(fixed < 0)
        near = free[np.argsort(((xy[free] - xy[seeds[t]]) ** 2).sum(axis=1), kind="stable")[:tries]]
        for c in near.tolist():
            fixed[c] = t
            if not enclosed_seeds(graph, weights, k, tol, fixed).any():
                seeds[t] = c
                walled[t] = False
                break
            fixed[c] = -1
    return seeds, walled
