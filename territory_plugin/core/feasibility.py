"""Checks before solving: the feasibility bound and other reasons known up front.

Every finding is a :class:`~territory_plugin.core.reasons.Reason` (see reasons.py for
the kinds and their numbers).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.reasons import Canceled, InfeasiblePlan, Reason, ReasonKind
from territory_plugin.core.region_certificate import region_reasons

__all__ = [
    "Reason",
    "InfeasiblePlan",
    "Canceled",
    "check_feasibility",
    "component_shares",
    "heavy_unit_reasons",
    "enclosed_seeds",
]


def _components(graph: UnitGraph) -> tuple[int, np.ndarray]:
    e = graph.edges
    a = sp.coo_matrix((np.ones(len(e), dtype=np.int8), (e[:, 0], e[:, 1])), shape=(graph.n, graph.n))
    return connected_components(a, directed=False)


def component_shares(
    totals: np.ndarray, sizes: np.ndarray, mean: np.ndarray, tol: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Range [lo, hi] of the number of territories each graph piece can hold.

    totals: (c, q) per piece; sizes: (c,) units per piece; mean, tol: (q,).
    A piece with k_c territories is feasible when totals / k_c lies within
    ``mean x (1 +- tol)`` for every measure.
    """
    c = totals.shape[0]
    lo = np.ones(c, dtype=np.int64)
    hi = sizes.astype(np.int64).copy()
    for m in range(totals.shape[1]):
        if mean[m] <= 0:
            continue
        cap = mean[m] * (1 + tol[m])
        floor = mean[m] * (1 - tol[m])
        lo = np.maximum(lo, np.ceil(totals[:, m] / cap - 1e-9).astype(np.int64))
        if floor > 0:
            hi = np.minimum(hi, np.floor(totals[:, m] / floor + 1e-9).astype(np.int64))
    return lo, hi


def check_feasibility(
    graph: UnitGraph,
    weights: np.ndarray,
    k: int,
    tol: np.ndarray,
    seeds: np.ndarray | None,
    initial: np.ndarray | None,
    locked: np.ndarray | None,
) -> list[Reason]:
    """Every reason known before solving why the tolerance cannot be met (may be empty)."""
    n = graph.n
    w = weights
    q = w.shape[1]
    reasons: list[Reason] = []
    if k > n:
        reasons.append(Reason(ReasonKind.TOO_MANY_TERRITORIES, {"k": int(k), "n": int(n)}))
        return reasons
    total = w.sum(axis=0)
    mean = total / k
    cap = mean * (1 + tol)
    # feasibility bound: a unit heavier than the cap
    for m in range(q):
        if mean[m] <= 0:
            continue
        heavy = np.flatnonzero(w[:, m] > cap[m] * (1 + 1e-12))
        for u in heavy[np.argsort(-w[heavy, m], kind="stable")]:
            reasons.append(
                Reason(
                    ReasonKind.UNIT_TOO_HEAVY,
                    {
                        "unit": int(u),
                        "measure": m,
                        "weight": float(w[u, m]),
                        "cap": float(cap[m]),
                        "excess_pct": float(100.0 * (w[u, m] / cap[m] - 1.0)),
                    },
                )
            )
    # seeds
    if seeds is not None:
        seen: dict[int, int] = {}
        for t, u in enumerate(np.asarray(seeds).tolist()):
            if not (0 <= u < n):
                reasons.append(
                    Reason(
                        ReasonKind.SEED_CONFLICT,
                        {"territory": t, "unit": int(u), "conflict": "out_of_range", "other": -1},
                    )
                )
                continue
            if u in seen:
                reasons.append(
                    Reason(
                        ReasonKind.SEED_CONFLICT,
                        {"territory": t, "unit": int(u), "conflict": "duplicate", "other": seen[u]},
                    )
                )
            seen[u] = t
            if locked is not None and initial is not None and locked[u] and initial[u] >= 0 and initial[u] != t:
                reasons.append(
                    Reason(
                        ReasonKind.SEED_CONFLICT,
                        {"territory": t, "unit": int(u), "conflict": "locked_elsewhere", "other": int(initial[u])},
                    )
                )
    # locked load per territory (locked units plus seeds)
    if locked is not None and initial is not None:
        fixed = np.where(locked & (initial >= 0), initial, -1)
        if seeds is not None:
            sd = np.asarray(seeds)
            ok = (sd >= 0) & (sd < n)
            fixed = fixed.copy()
            fixed[sd[ok]] = np.where(fixed[sd[ok]] >= 0, fixed[sd[ok]], np.arange(k)[ok])
        sel = fixed >= 0
        for m in range(q):
            if mean[m] <= 0:
                continue
            lt = np.bincount(fixed[sel], weights=w[sel, m], minlength=k)
            for t in np.flatnonzero(lt > cap[m] * (1 + 1e-12)):
                if np.count_nonzero(fixed == t) <= 1 and lt[t] == w[fixed == t, m].max():
                    continue  # a single heavy unit is already reported as unit_too_heavy
                reasons.append(
                    Reason(
                        ReasonKind.LOCKED_OVERLOAD,
                        {
                            "territory": int(t),
                            "measure": m,
                            "locked_total": float(lt[t]),
                            "cap": float(cap[m]),
                            "excess_pct": float(100.0 * (lt[t] / cap[m] - 1.0)),
                        },
                    )
                )
    # heavy units that no contiguous territory can balance (proof by enumeration)
    if not any(r.kind == ReasonKind.UNIT_TOO_HEAVY for r in reasons):
        single = heavy_unit_reasons(graph, w, k, tol)
        # heavy units crowding a region: the pieces of every plan there (region_certificate.py)
        reasons += single or region_reasons(graph, w, k, tol)
    # disconnected pieces of the graph
    ncomp, comp = _components(graph)
    if ncomp > 1:
        tot_c = np.stack([np.bincount(comp, weights=w[:, m], minlength=ncomp) for m in range(q)], axis=1)
        size_c = np.bincount(comp, minlength=ncomp)
        lo, hi = component_shares(tot_c, size_c, mean, tol)
        bad = np.flatnonzero(lo > hi)
        for c in bad:
            reasons.append(
                Reason(
                    ReasonKind.DISCONNECTED_COMPONENT,
                    {
                        "component": int(c),
                        "units": int(size_c[c]),
                        "total": [float(x) for x in tot_c[c]],
                        "min_territories": int(lo[c]),
                        "max_territories": int(hi[c]),
                        "example_unit": int(np.flatnonzero(comp == c)[0]),
                    },
                )
            )
        if not len(bad) and not (lo.sum() <= k <= hi.sum()):
            reasons.append(
                Reason(
                    ReasonKind.TERRITORY_COUNT,
                    {"k": int(k), "min_territories": int(lo.sum()), "max_territories": int(hi.sum())},
                )
            )
    return reasons


def heavy_unit_reasons(
    graph: UnitGraph, weights: np.ndarray, k: int, tol: np.ndarray, min_share: float = 0.5, budget: int = 20000
) -> list[Reason]:
    """Prove, for heavy units, that no contiguous territory around them can be balanced.

    For each unit weighing at least ``min_share`` of a mean territory on the main measure,
    enumerate the connected sets of units that contain it and weigh at most the cap
    (ESU-style enumeration, pruned by weight; ``budget`` sets per unit). If the
    enumeration finishes without finding a set inside ``mean x (1 +- tol)``, no plan can
    meet the tolerance: reason ``unit_unbalanceable`` with the unit, the closest loads
    reachable below and above the band (in % of the mean). Inconclusive units (budget
    spent) are not reported.
    """
    w = weights[:, 0]
    total = float(w.sum())
    if total <= 0 or k < 2:
        return []
    mean = total / k
    lo_b, hi_b = mean * (1 - tol[0]), mean * (1 + tol[0])
    heavy = np.flatnonzero((w >= min_share * mean) & (w <= hi_b))
    if not len(heavy):
        return []
    ptr, idx = graph.neighbours()
    wl = w.tolist()
    out: list[Reason] = []
    for u in heavy[np.argsort(-w[heavy], kind="stable")].tolist():
        best_below, best_above = wl[u], np.inf
        found = False
        steps = 0
        exhausted = True
        # stack of (set weight, extension candidates, members)
        stack = [(wl[u], [v for v in idx[ptr[u] : ptr[u + 1]].tolist() if v > -1], {u})]
        while stack:
            steps += 1
            if steps > budget:
                exhausted = False
                break
            sw, ext, mem = stack.pop()
            if lo_b <= sw <= hi_b:
                found = True
                break
            if sw < lo_b:
                best_below = max(best_below, sw)
            else:
                best_above = min(best_above, sw)
                continue
            ext = list(ext)
            while ext:
                v = ext.pop()
                nw = sw + wl[v]
                if nw > hi_b:
                    best_above = min(best_above, nw)
                    continue
                new_ext = ext + [x for x in idx[ptr[v] : ptr[v + 1]].tolist() if x not in mem and x not in ext]
                stack.append((nw, new_ext, mem | {v}))
        if not found and exhausted:
            out.append(
                Reason(
                    ReasonKind.UNIT_UNBALANCEABLE,
                    {
                        "unit": int(u),
                        "weight": float(w[u]),
                        "mean": mean,
                        "best_below_pct": float(100 * (best_below / mean - 1)),
                        "best_above_pct": float(100 * (best_above / mean - 1)) if np.isfinite(best_above) else None,
                        "tolerance": float(tol[0]),
                    },
                )
            )
    return out


def enclosed_seeds(graph: UnitGraph, weights: np.ndarray, k: int, tol: np.ndarray, fixed: np.ndarray) -> np.ndarray:
    """Territories whose seed is walled in: (k,) bool.

    ``fixed`` is (n,) the territory each seed or locked unit must stay in (-1 = free).
    Territory t can only grow from its fixed units through free units, so it can hold
    at most its fixed units plus the free pieces of the graph (free units split by all
    fixed units) that touch them. Below the band on a measure, no plan keeps the seed
    in t: two reps living in neighbouring zips on a coast, where one home's zip touches
    only the other homes' zips. Such a seed cannot be kept where it is.
    """
    n = graph.n
    e0, e1 = graph.edges[:, 0], graph.edges[:, 1]
    free = fixed < 0
    keep = free[e0] & free[e1]
    a = sp.coo_matrix((np.ones(int(keep.sum()), np.int8), (e0[keep], e1[keep])), shape=(n, n))
    ncomp, comp = connected_components(a, directed=False)
    # each free piece that touches territory t's fixed units, once
    a_ = np.concatenate([e0, e1])
    b_ = np.concatenate([e1, e0])
    sel = ~free[a_] & free[b_]
    pairs = np.unique(fixed[a_[sel]].astype(np.int64) * ncomp + comp[b_[sel]])
    terr, piece = pairs // ncomp, pairs % ncomp
    mean = weights.sum(axis=0) / k
    out = np.zeros(k, dtype=bool)
    for m in range(weights.shape[1]):
        if mean[m] <= 0:
            continue
        piece_load = np.bincount(comp[free], weights=weights[free, m], minlength=ncomp)
        reach = np.bincount(fixed[~free], weights=weights[~free, m], minlength=k)
        reach += np.bincount(terr, weights=piece_load[piece], minlength=k)
        out |= reach < mean[m] * (1 - tol[m]) * (1 - 1e-12)
    return out
