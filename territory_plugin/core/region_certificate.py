"""Proof that no contiguous plan meets the tolerance where heavy units crowd.

Dense city zip codes (Manhattan, Washington) weigh a large share of a mean territory
each; packed together, they can leave no way to cut the area into balanced contiguous
territories although every heavy unit alone has some balanced territory around it
(:func:`~territory_plugin.core.feasibility.heavy_unit_reasons` only looks at one unit).

The certificate looks at a region ``R``: the units weighing at least ``share`` of a mean
territory, connected to a heavy unit (>= ``min_share``). In any plan whose territories
are contiguous, each territory ``T`` meets ``R`` in pieces ``K`` (connected inside
``R``), and these pieces partition ``R``. A piece with no neighbour outside ``R`` is
the whole territory (``T`` is connected, and every way out of ``K`` leads outside
``R``), so its load lies in the band; any other piece weighs at most the cap. When no
partition of ``R`` into such pieces exists (all pieces enumerated, an exhaustive
backtracking search over the units with no neighbour outside finds none), no plan with
this ``k`` and tolerance exists. The same partition problem, minimising the largest
deviation a piece forces on its territory (``|load - 1|`` for an enclosed piece,
``load - 1`` above the cap otherwise; a set-partitioning MILP, HiGHS), gives the floor:
no contiguous plan is less off the mean than that. Only the main measure (column 0) is
looked at. Enumeration, search and MILP are capped: a capped region proves nothing and
is not reported.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse.csgraph import connected_components

from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.reasons import Reason, ReasonKind

__all__ = ["region_reasons", "region_floor", "heavy_region_cuts"]

SHARES = (0.3, 0.2, 0.15, 0.1)  # region thresholds tried, smallest region first
FLOOR_REACH = 3.0  # pieces for the floor are enumerated up to this many tolerances off


def _pieces(region: list[int], nbr: list[set[int]], s: np.ndarray, lo: float, hi: float, budget: int):
    """Connected subsets of ``region`` with load <= hi that are valid pieces (load >= lo, or
    touching the outside) and hold a unit without neighbours outside; ESU enumeration
    (each set once, from its lowest member), pruned by weight. Returns (pieces, enclosed
    flags, units without neighbours outside) or None when over ``budget``."""
    inside = set(region)
    rank = {u: i for i, u in enumerate(sorted(region))}
    touches = {u: any(v not in inside for v in nbr[u]) for u in region}
    pieces: list[tuple[int, ...]] = []
    enclosed: list[bool] = []
    steps = 0
    for root in region:
        r0 = rank[root]
        stack = [(float(s[root]), (root,), frozenset(v for v in nbr[root] if v in inside and rank[v] > r0))]
        while stack:
            steps += 1
            if steps > budget:
                return None
            load, members, ext = stack.pop()
            shut = not any(touches[x] for x in members)
            if (load >= lo or not shut) and not all(touches[x] for x in members):
                pieces.append(members)
                enclosed.append(shut)
            near = set().union(*(nbr[x] for x in members))
            todo = set(ext)
            while todo:
                v = todo.pop()
                nl = load + float(s[v])
                if nl > hi:
                    continue
                grow = {x for x in nbr[v] if x in inside and rank[x] > r0 and x not in near and x not in members}
                stack.append((nl, members + (v,), frozenset(todo | grow)))
    return pieces, enclosed, {u for u in region if not touches[u]}


def _pack(pieces, enclosed, shut: set[int], budget: int):
    """Disjoint pieces covering every unit of ``shut`` (the others at most once): backtracking
    on the unit with the fewest pieces left, enclosed pieces first. Returns the indices of
    the pieces, False when there is none (a proof: the search is exhaustive), None when
    over ``budget`` nodes."""
    by_unit: dict[int, list[int]] = {}
    for j, p in enumerate(pieces):
        for u in p:
            by_unit.setdefault(u, []).append(j)
    for js in by_unit.values():
        js.sort(key=lambda j: (not enclosed[j], len(pieces[j])))
    used: set[int] = set()
    chosen: list[int] = []
    nodes = 0

    def walk(todo: frozenset) -> bool | None:
        nonlocal nodes
        nodes += 1
        if nodes > budget:
            return None
        if not todo:
            return True
        fewest = None
        for u in todo:
            c = [j for j in by_unit.get(u, ()) if used.isdisjoint(pieces[j])]
            if fewest is None or len(c) < len(fewest):
                fewest = c
                if not c:
                    return False
        for j in fewest:
            used.update(pieces[j])
            chosen.append(j)
            found = walk(todo.difference(pieces[j]))
            if found is not False:
                return found
            used.difference_update(pieces[j])
            chosen.pop()
        return False

    found = walk(frozenset(shut))
    return list(chosen) if found else found


def _cover_matrix(region: list[int], pieces, shut: set[int]) -> tuple[sp.csr_matrix, np.ndarray]:
    """(units of ``region`` x pieces) incidence, and 1 for the units every partition must
    cover (``shut``: no neighbour outside); the others may be left out, as pieces alone."""
    pos = {u: i for i, u in enumerate(region)}
    rows = [pos[u] for p in pieces for u in p]
    cols = [j for j, p in enumerate(pieces) for _ in p]
    a = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(region), len(pieces)))
    return a, np.array([u in shut for u in region], dtype=float)


def _least_deviation(a: sp.csr_matrix, must: np.ndarray, cost: np.ndarray, seconds: float):
    """Partition by the pieces (columns of :func:`_cover_matrix`'s ``a``; set partitioning,
    HiGHS) minimising the largest ``cost`` (one per piece) used. Returns (status, value):
    status 0 solved, 2 infeasible, else unknown.

    A unit touching the outside can always be a piece alone (at no cost): only the units
    ``must`` marks must be covered, the others at most once."""
    if not must.any():
        return 0, 0.0
    n_units, m = a.shape
    if not m:
        return 2, None
    # variables: pieces, then z >= cost_j x_j
    c = np.zeros(m + 1)
    c[-1] = 1.0
    cover = LinearConstraint(sp.hstack([a, sp.csr_matrix((n_units, 1))]), must, 1)
    top = sp.hstack([sp.diags(cost), -sp.csr_matrix(np.ones((m, 1)))])
    res = milp(
        c,
        constraints=[cover, LinearConstraint(top, -np.inf, 0)],
        integrality=np.r_[np.ones(m), 0],
        bounds=Bounds(np.zeros(m + 1), np.r_[np.ones(m), np.inf]),
        options={"time_limit": seconds, "presolve": False},  # HiGHS' presolve overruns the limit
    )
    return res.status, (float(res.fun) if res.status == 0 else None)


def region_floor(region: list[int], nbr: list[set[int]], s: np.ndarray, reach: float, budget: int, seconds: float):
    """Smallest largest deviation (fraction) any contiguous plan has around ``region``,
    looking at pieces up to ``reach`` off: (floor, exact); not exact: the floor is at least
    ``reach`` (or unknown: None)."""
    found = _pieces(region, nbr, s, 1.0 - reach, 1.0 + reach, budget)
    if found is None:
        return None, False
    pieces, enclosed, shut = found
    load = np.array([float(s[list(p)].sum()) for p in pieces])
    cost = np.where(enclosed, np.abs(load - 1.0), np.maximum(load - 1.0, 0.0))
    status, value = _least_deviation(*_cover_matrix(region, pieces, shut), cost, seconds)
    if status == 2:
        return reach, False
    if status != 0:
        return None, False
    return value, True


def region_reasons(
    graph: UnitGraph,
    weights: np.ndarray,
    k: int,
    tol: np.ndarray,
    min_share: float = 0.5,
    budget: int = 40000,
    seconds: float = 2.0,
) -> list[Reason]:
    """Regions of heavy units where no contiguous plan meets the tolerance (module docstring):
    reason ``region_unbalanceable`` per region, naming its heavy units, with the floor."""
    w = np.asarray(weights, dtype=np.float64)
    w = w[:, 0] if w.ndim == 2 else w
    total = float(w.sum())
    out: list[Reason] = []
    if total <= 0 or k < 2:
        return out
    s = w / (total / k)
    heavy_all = np.flatnonzero(s >= min_share)
    if not len(heavy_all):
        return out
    t = float(tol[0])
    slack = 1e-9 * t  # a plan exactly on the band's edge counts as inside
    nbr = None
    proven: set[int] = set()
    for share in SHARES:
        for heavy, region in _heavy_regions(graph, s, share, heavy_all):
            if proven.intersection(heavy.tolist()):
                continue
            if len(region) < 2:
                continue  # one unit alone: heavy_unit_reasons' case
            if nbr is None:
                nbr = _neighbour_sets(graph)
            found = _pieces(region, nbr, s, 1.0 - t - slack, 1.0 + t + slack, budget)
            if found is None:
                continue
            pieces, enclosed, shut = found
            if _pack(pieces, enclosed, shut, budget) is not False:
                continue  # a partition exists (or the search was capped): no proof
            floor, exact = region_floor(region, nbr, s, FLOOR_REACH * t, budget, seconds)
            proven.update(heavy.tolist())
            order = heavy[np.argsort(-s[heavy], kind="stable")]
            out.append(
                Reason(
                    ReasonKind.REGION_UNBALANCEABLE,
                    {
                        "units": [int(u) for u in order],
                        "region_units": len(region),
                        "region": [int(u) for u in region],
                        "share": share,
                        "floor": floor if floor is not None else t,
                        "floor_exact": bool(exact),
                        "tolerance": t,
                    },
                )
            )
    return out


def _neighbour_sets(graph: UnitGraph) -> list[set[int]]:
    """Each unit's neighbours, as sets (the enumeration tests membership)."""
    ptr, idx = graph.neighbours()
    return [set(idx[ptr[u] : ptr[u + 1]].tolist()) for u in range(graph.n)]


def _heavy_regions(graph: UnitGraph, s: np.ndarray, share: float, heavy_all: np.ndarray):
    """(heavy units, region) per connected area of units >= ``share`` holding heavy units."""
    e = np.asarray(graph.edges, dtype=np.int64)
    big = s >= share
    keep = big[e[:, 0]] & big[e[:, 1]]
    adj = sp.coo_matrix((np.ones(int(keep.sum())), (e[keep, 0], e[keep, 1])), shape=(graph.n, graph.n))
    _, comp = connected_components(adj, directed=False)
    for c in np.unique(comp[heavy_all]).tolist():
        yield heavy_all[comp[heavy_all] == c], np.flatnonzero((comp == c) & big).tolist()


def heavy_region_cuts(
    graph: UnitGraph,
    s: np.ndarray,
    tol: float,
    min_share: float = 0.5,
    budget: int = 40000,
    max_pieces: int = 4000,
    seconds: float = 10.0,
) -> list[tuple[np.ndarray, bool]]:
    """How to cut each area of heavy units, as (units, whole) pieces: a partition of the
    region into pieces (see the module docstring) that forces the least deviation on its
    territories (within the tolerance when it can, else the floor's), and among those one
    that leaves the least load in pieces still short of a territory. A whole piece (enclosed,
    or inside the tolerance) is a territory of its own; the others are parts of territories
    reaching outside the region. ``s`` is the main measure in mean territories. Each heavy
    area is cut at the widest region (smallest share) whose pieces can be enumerated and
    partitioned: at most ``budget`` enumeration steps and ``max_pieces`` pieces (the
    set-partitioning MILPs then take well under a second; ``seconds`` only guards against a
    stalled solver, so that the cut does not depend on the machine's speed). Areas that
    cannot be cut are left out."""
    s = np.asarray(s, dtype=np.float64)
    heavy_all = np.flatnonzero(s >= min_share)
    if not len(heavy_all):
        return []
    nbr = _neighbour_sets(graph)
    done: set[int] = set()
    out: list[tuple[np.ndarray, bool]] = []
    for share in sorted(SHARES):
        for heavy, region in _heavy_regions(graph, s, share, heavy_all):
            if done.intersection(heavy.tolist()) or len(region) < 2:
                continue
            cut = _cut_region(region, nbr, s, tol, budget, max_pieces, seconds)
            if cut is not None:
                done.update(heavy.tolist())
                out += cut
    return out


def _cut_region(region, nbr, s, tol, budget, max_pieces, seconds):
    """The pieces of :func:`heavy_region_cuts` for one region, or None."""
    found = _pieces(region, nbr, s, 1.0 - tol * (1 + 1e-9), 1.0 + tol * (1 + 1e-9), budget)
    if found is None or not found[2] or len(found[0]) > max_pieces:
        return None
    pieces, enclosed, shut = found
    packed = _pack(pieces, enclosed, shut, budget)
    if packed is None:
        return None
    if packed is False:  # no cut within the tolerance: the floor's band
        found = _pieces(region, nbr, s, 1.0 - FLOOR_REACH * tol, 1.0 + FLOOR_REACH * tol, budget)
        if found is None or len(found[0]) > max_pieces:
            return None
        pieces, enclosed, shut = found
    load = np.array([float(s[list(p)].sum()) for p in pieces])
    enclosed = np.asarray(enclosed, dtype=bool)
    whole = enclosed | (np.abs(load - 1.0) <= tol)
    cost = np.where(enclosed, np.abs(load - 1.0), np.maximum(load - 1.0, 0.0))
    short = np.where(whole, 1e-3 * np.abs(load - 1.0), load)
    chosen = _cover(region, pieces, shut, None if packed else cost, short, seconds)
    if chosen is None:
        return None
    return [(np.asarray(pieces[j], dtype=np.int64), bool(whole[j])) for j in chosen]


def _cover(region: list[int], pieces, shut: set[int], cost: np.ndarray | None, cost2: np.ndarray, seconds: float):
    """Indices of the pieces of a partition of ``region`` (as :func:`_least_deviation`): one
    of least largest ``cost`` (when given), and among those one of least total ``cost2``;
    None if none found in time."""
    m = len(pieces)
    if not m:
        return None
    a, must = _cover_matrix(region, pieces, shut)
    keep = np.ones(m, dtype=bool)
    if cost is not None:
        status, z = _least_deviation(a, must, cost, seconds)
        if status != 0:
            return None
        keep = cost <= z * (1 + 1e-6) + 1e-12
    res = milp(
        np.where(keep, cost2, 0.0),
        constraints=[LinearConstraint(a, must, 1)],
        integrality=np.ones(m),
        bounds=Bounds(np.zeros(m), keep.astype(float)),
        options={"time_limit": seconds, "presolve": False},  # HiGHS' presolve overruns the limit
    )
    if res.status != 0:
        return None
    return [j for j in range(m) if res.x[j] > 0.5]
