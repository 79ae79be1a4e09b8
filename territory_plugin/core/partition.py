"""Territory design engine: balanced, compact, contiguous territories on a UnitGraph.

Scripting use (no QGIS needed)::

    from territory_plugin.core.partition import design_territories, InfeasiblePlan
    plan = design_territories(graph, workload, k=60, tolerance=0.02, random_seed=1)
    plan.labels           # (n,) territory 0..k-1 of each unit
    plan.max_deviation    # (q,) largest |x - mean| / mean per measure
    plan.metrics          # metrics.PlanMetrics: totals, PP, cut edges, inertia...

``weights`` is (n,) or (n, q); column 0 is the main measure, and every measure m is
kept within ``mean_m x (1 +- tolerance[m])``. ``seeds[t]`` is a unit territory t
grows around (it stays in t unless other seeds wall it in: then t grows around the
nearest unit that is not walled in, and the plan carries a ``seed_enclosed``
notice); ``initial`` is the existing alignment (-1 = unknown) that the engine
starts from and tries not to disturb; ``locked`` units keep their ``initial``
territory. ``random_seed`` makes the plan reproducible: the same
inputs and seed give the same labels.

Method (modules: feasibility, multilevel, seeding, contiguity, local_search, recom,
region_milp):

1. checks before solving (:mod:`.feasibility`): the DESIGN feasibility bound (a unit
   heavier than ``mean x (1 + tol)``), locked load over the cap, seed conflicts, graph
   pieces that cannot hold a whole number of balanced territories, and heavy units
   that provably fit in no balanced contiguous territory;
2. a graph in several pieces is solved piece by piece with a feasible number of
   territories each (tolerance narrowed so each piece stays inside the global band);
3. multilevel coarsening (heavy-edge matching, clusters <= 5% of a mean territory,
   down to ~30 nodes per territory);
4. start on the coarsest level: weighted recursive coordinate bisection gives k
   balanced centres, then a capacitated assignment (Lagrangian dual of the
   transportation LP on the ``p`` nearest centres, re-centred Lloyd-style) gives
   near-balanced compact territories; with seeds the centres stay on the seeds; with an
   existing alignment that alignment is the start (no coarsening);
5. on every level, finest last: contiguity repair, then local search on boundary
   units that keeps every territory connected at every move: flow balancing on the
   territory graph (electrical flow), greedy and simulated-annealing refinement of
   ``cut cost + alpha x inertia + lam x sum (dev / tol)^2`` inside the band; if the band
   is not reached: swaps, merge-split (ReCom) of neighbouring territories, ejection
   chains and small exact MILP re-solves;
6. if the band is still not reached, restart from another start (``attempts``) and
   keep the best plan.

Errors: :class:`InfeasiblePlan` carries structured :class:`Reason` objects (kind code
and numbers; ``Reason.message`` is only an English default). With
``best_effort=True`` the best plan is returned and the reasons go to
``Plan.warnings``. :class:`Canceled` is raised when ``is_canceled()`` returns True.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from territory_plugin.core import metrics as M
from territory_plugin.core.contiguity import fill_unassigned, repair_contiguity
from territory_plugin.core.feasibility import (
    Canceled,
    InfeasiblePlan,
    Reason,
    _components,
    check_feasibility,
    component_shares,
)
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.local_search import LocalSearch
from territory_plugin.core.multilevel import Level, coarsen
from territory_plugin.core.seeding import (
    capacitated_assignment,
    centres_of,
    heavy_unit_territories,
    rcb_labels,
    soft_seed_start,
    stand_in_seeds,
)

# reasons that describe a plan that stands: reported, never raised
NOTICES = ("seed_enclosed",)

__all__ = ["design_territories", "Plan", "EngineOptions", "InfeasiblePlan", "Canceled", "Reason"]


@dataclass
class EngineOptions:
    """Tuning knobs; the defaults are what the benchmarks were run with."""

    edge_length_share: float = 0.1  # cut cost of an edge: (1 - s) + s x length / mean
    candidates: int = 10  # nearest centres considered per unit in the assignment
    assign_rounds: int = 6  # re-centring rounds of the capacitated assignment
    assign_iters: int = 40  # price updates per round
    lam: float = 1.0  # weight of sum (dev / tol)^2 in refinement
    alpha: float = 0.2  # weight of inertia in refinement
    beta: float = 2.0  # weight of disruption (only with `initial`)
    balance_target: float = 0.5  # flow balancing aims at |dev| <= target x tol
    max_outer: int = 6
    balance_rounds: int = 60
    sweeps: int = 12
    plateau_sweeps: int = 0  # extra sweeps that also take zero-gain moves
    anneal_sweeps: int = 80  # simulated-annealing sweeps on the finest level
    anneal_coarse: int = 80  # simulated-annealing sweeps on each coarser level
    anneal_t0: float = 0.5
    anneal_t1: float = 0.02
    coarse_units_per_territory: float = 30.0  # stop coarsening below this many nodes per k
    max_levels: int = 8
    coarse_cap: float = 0.05  # a cluster weighs at most this share of a mean territory
    prebuild_heavy: float = 0.5  # units >= this share of a mean territory get a pre-built one
    attempts: int = 2  # restarts (other seeds / starts) while balance fails
    milp_repairs: int = 8  # exact MILP neighbourhood repairs (all attempts together)
    milp_units: int = 60  # largest neighbourhood given to the MILP
    milp_seconds: float = 1.0  # time limit of one MILP
    coarse_tol_factor: float = 3.0  # tolerance on coarse levels, x the requested one


@dataclass
class Plan:
    """Result of :func:`design_territories`.

    labels: (n,) territory of each unit; metrics: all DESIGN.md numbers
    (:class:`~territory_plugin.core.metrics.PlanMetrics`); max_deviation: (q,);
    warnings: structured reasons (only with best_effort, or bridges used).
    """

    labels: np.ndarray
    k: int
    metrics: M.PlanMetrics
    max_deviation: np.ndarray
    cut_edges: int
    mean_pp: float
    min_pp: float
    contiguous: bool
    iterations: int
    moves: int
    seconds: float
    warnings: list[Reason] = field(default_factory=list)


def _edge_cost(graph: UnitGraph, share: float = 0.5) -> np.ndarray:
    L = np.asarray(graph.shared_length, dtype=np.float64)
    pos = L[L > 0]
    ml = float(pos.mean()) if len(pos) else 1.0
    return (1.0 - share) + share * L / ml


def _tolerance(tolerance: float | Sequence[float], q: int) -> np.ndarray:
    tol = np.atleast_1d(np.asarray(tolerance, dtype=np.float64))
    if tol.size == 1:
        tol = np.repeat(tol, q)
    if tol.size != q:
        raise ValueError(f"tolerance has {tol.size} values for {q} measures")
    if np.any(tol <= 0):
        raise ValueError("tolerance must be > 0")
    return tol


def _subgraph(graph: UnitGraph, units: np.ndarray) -> UnitGraph:
    remap = np.full(graph.n, -1, dtype=np.int64)
    remap[units] = np.arange(len(units))
    e = graph.edges
    keep = (remap[e[:, 0]] >= 0) & (remap[e[:, 1]] >= 0)
    b = graph.bridges
    keep_b = (remap[b[:, 0]] >= 0) & (remap[b[:, 1]] >= 0) if len(b) else np.zeros(0, bool)
    return UnitGraph(
        n=len(units),
        edges=remap[e[keep]],
        shared_length=graph.shared_length[keep],
        area=graph.area[units],
        perimeter=graph.perimeter[units],
        centroid=graph.centroid[units],
        bridges=remap[b[keep_b]] if len(b) else np.empty((0, 2), np.int64),
    )


def design_territories(
    graph: UnitGraph,
    weights: np.ndarray,
    k: int,
    tolerance: float | Sequence[float] = 0.05,
    *,
    seeds: np.ndarray | None = None,
    initial: np.ndarray | None = None,
    locked: np.ndarray | None = None,
    random_seed: int = 0,
    best_effort: bool = False,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    options: EngineOptions | None = None,
    status: Callable[[str, int, int, Callable[[], float]], None] | None = None,
) -> Plan:
    """Design k balanced, compact, contiguous territories (see module docstring).

    ``status(phase, step, steps, deviation)`` is told, at every cancel check of the search, where
    it is: phase ``"refine"`` (pass ``step`` of ``steps``, coarse to fine) or ``"retry"`` (another
    start, number ``step``); ``deviation()`` gives the largest deviation from the mean so far (a
    fraction, over all measures): call it only to show it.
    """
    t0 = time.perf_counter()
    opt = options or EngineOptions()
    n = graph.n
    W = M.as_2d(weights)
    if W.shape[0] != n:
        raise ValueError("weights must have one row per unit")
    if np.any(~np.isfinite(W)) or np.any(W < 0):
        raise ValueError("weights must be finite and >= 0")
    q = W.shape[1]
    tol = _tolerance(tolerance, q)
    k = int(k)
    if k < 1:
        raise ValueError("k must be >= 1")
    if seeds is not None:
        seeds = np.asarray(seeds, dtype=np.int64)
        if len(seeds) != k:
            raise ValueError("seeds must hold one unit per territory")
    if initial is not None:
        initial = np.asarray(initial, dtype=np.int64)
        if initial.shape != (n,) or initial.max(initial=-1) >= k:
            raise ValueError("initial must be (n,) with values -1..k-1")
    if locked is not None:
        locked = np.asarray(locked, dtype=bool)
        if initial is None:
            raise ValueError("locked units need `initial` (their territory)")
        locked = locked & (initial >= 0)

    def report(x: float) -> None:
        if progress is not None:
            progress(float(min(100.0, max(0.0, x))))

    def check() -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled()

    reasons = check_feasibility(graph, W, k, tol, seeds, initial, locked)
    if reasons and not best_effort:
        raise InfeasiblePlan(reasons)
    if any(
        r.kind in ("too_many_territories", "seed_conflict", "territory_count", "disconnected_component")
        for r in reasons
    ):
        # nothing sensible can be built
        raise InfeasiblePlan(reasons)
    # a seed walled in by other seeds cannot stay in its territory: a stand-in next
    # to it takes its place (or, failing that, it only pulls)
    released = np.zeros(k, dtype=bool)
    given_seeds = seeds
    if seeds is not None:
        fixed0 = np.full(n, -1, dtype=np.int64)
        if locked is not None:
            fixed0[locked] = initial[locked]
        fixed0[seeds] = np.arange(k)
        seeds, released = stand_in_seeds(graph, W, k, tol, seeds, fixed0)
    report(2)
    check()

    ncomp, comp = _components(graph)
    if ncomp > 1:
        labels, iters, moves = _solve_pieces(
            graph, W, k, tol, ncomp, comp, seeds, initial, locked, random_seed, opt, report, check, status=status
        )
    else:
        best = None
        iters = moves = 0
        budget = [opt.milp_repairs]  # shared by all attempts
        # with seeds: a first attempt from the seeds, then seeds that only pull, and a
        # last one where the seeds of territories still below the band let go (two
        # reps on a small island behind one bridge: only one territory gets out)
        n_attempts = max(1, opt.attempts) + (seeds is not None)
        for attempt in range(n_attempts):
            if seeds is not None and attempt == n_attempts - 1 and attempt > 0:
                dev_t = M.deviations(M.territory_totals(best[1], W, k))
                released = released | np.any(dev_t < -tol, axis=1)
            lab_a, it_a, mv_a, extra_a = _solve_connected(
                graph,
                W,
                k,
                tol,
                seeds,
                initial,
                locked,
                random_seed + 7919 * attempt,
                opt,
                report if attempt == 0 else (lambda x: None),
                check,
                rotate=attempt > 0,
                soft_seeds=attempt > 0,
                released=released,
                milp_budget=budget,
                status=status,
                attempt=attempt,
            )
            iters += it_a
            moves += mv_a
            dev = M.max_abs_deviation(M.deviations(M.territory_totals(lab_a, W, k)))
            key = (float(np.max(np.asarray(dev) / tol)), M.cut_edges(graph, lab_a))
            if best is None or key < best[0]:
                best = (key, lab_a, extra_a)
            if key[0] <= 1.0 + 1e-9 or any(r.kind in ("unit_too_heavy", "locked_overload") for r in reasons):
                break
        labels, extra = best[1], best[2]
        reasons = reasons + extra

    check()
    met = M.evaluate(graph, labels, W, k, existing=initial)
    out = list(reasons)
    if given_seeds is not None:
        for t, u in enumerate(given_seeds.tolist()):
            if labels[u] != t:
                out.append(Reason("seed_enclosed", {"territory": t, "unit": u, "holder": int(labels[u])}))
    for t in np.flatnonzero(met.pieces != 1):
        out.append(Reason("not_contiguous", {"territory": int(t), "pieces": int(met.pieces[t])}))
    for m in range(q):
        if met.max_deviation[m] > tol[m] * (1 + 1e-9):
            t = int(np.argmax(np.abs(met.deviation[:, m])))
            if not any(r.kind == "balance_not_reached" and r.data["measure"] == m for r in out):
                out.append(
                    Reason(
                        "balance_not_reached",
                        {
                            "measure": m,
                            "max_deviation": float(met.max_deviation[m]),
                            "tolerance": float(tol[m]),
                            "territory": t,
                        },
                    )
                )
    plan = Plan(
        labels=labels,
        k=k,
        metrics=met,
        max_deviation=met.max_deviation,
        cut_edges=met.cut_edges,
        mean_pp=met.mean_pp,
        min_pp=met.min_pp,
        contiguous=met.contiguous,
        iterations=iters,
        moves=moves,
        seconds=time.perf_counter() - t0,
        warnings=out,
    )
    report(100)
    if any(r.kind not in NOTICES for r in out) and not best_effort:
        raise InfeasiblePlan(out, plan)
    return plan


def _solve_pieces(graph, W, k, tol, ncomp, comp, seeds, initial, locked, random_seed, opt, report, check, status=None):
    """Split k over the graph's pieces (each feasible), solve each piece alone."""
    q = W.shape[1]
    mean = W.sum(axis=0) / k
    tot_c = np.stack([np.bincount(comp, weights=W[:, m], minlength=ncomp) for m in range(q)], axis=1)
    size_c = np.bincount(comp, minlength=ncomp)
    lo, hi = component_shares(tot_c, size_c, mean, tol)
    lo = np.minimum(lo, hi).clip(1)
    hi = np.maximum(hi, lo)
    kc = lo.copy()
    # seeds fix a minimum count per piece
    if seeds is not None:
        kc = np.maximum(kc, np.bincount(comp[seeds], minlength=ncomp))
    while kc.sum() < k:
        # give the next territory to the piece whose territories are heaviest
        load = tot_c[:, 0] / kc
        load[kc >= hi] = -np.inf
        if not np.isfinite(load).any():
            load = tot_c[:, 0] / kc
            load[kc >= size_c] = -np.inf
        kc[int(np.argmax(load))] += 1
    while kc.sum() > k:
        load = tot_c[:, 0] / kc
        load[kc <= 1] = np.inf
        kc[int(np.argmin(load))] -= 1
    labels = np.full(graph.n, -1, dtype=np.int64)
    iters = moves = 0
    off = 0
    order = np.argsort(comp, kind="stable")
    starts = np.searchsorted(comp[order], np.arange(ncomp + 1))
    # territory ids per piece: from seeds/initial when given, else consecutive
    for c in range(ncomp):
        units = order[starts[c] : starts[c + 1]]
        kk = int(kc[c])
        sub = _subgraph(graph, units)
        Wc = W[units]
        meanc = Wc.sum(axis=0) / kk
        with np.errstate(divide="ignore", invalid="ignore"):
            tolc = np.where(meanc > 0, np.minimum(mean * (1 + tol) / meanc - 1, 1 - mean * (1 - tol) / meanc), tol)
        tolc = np.maximum(tolc, 1e-6)
        if seeds is not None:
            tids = np.flatnonzero(comp[seeds] == c)
            rest = [t for t in range(k) if t not in set(np.flatnonzero(seeds >= 0).tolist())]
            tids = (
                np.concatenate([tids, np.asarray(rest[: kk - len(tids)], dtype=np.int64)]) if len(tids) < kk else tids
            )
        else:
            tids = np.arange(off, off + kk)
        remap = {int(t): i for i, t in enumerate(tids)}
        sub_seeds = None
        if seeds is not None and len(np.flatnonzero(comp[seeds] == c)) == kk:
            pos = {int(u): i for i, u in enumerate(units)}
            sub_seeds = np.array([pos[int(seeds[t])] for t in tids])
        sub_init = sub_lock = None
        if initial is not None:
            si = initial[units]
            sub_init = np.array([remap.get(int(v), -1) for v in si], dtype=np.int64)
            if locked is not None:
                sub_lock = locked[units] & (sub_init >= 0)
        p = design_territories(
            sub,
            Wc,
            kk,
            tolc,
            seeds=sub_seeds,
            initial=sub_init,
            locked=sub_lock,
            random_seed=random_seed,
            best_effort=True,
            is_canceled=None,
            options=opt,
            status=None if status is None else partial(_piece_status, status, c + 1, ncomp),
        )
        check()
        labels[units] = tids[p.labels]
        iters += p.iterations
        moves += p.moves
        off += kk
        report(5 + 90 * (c + 1) / ncomp)
    return labels, iters, moves


def _piece_status(status, piece: int, pieces: int, _phase, _step, _steps, deviation) -> None:
    """The status of the design of one separate piece of the map (deviation within that piece)."""
    status("piece", piece, pieces, deviation)


class _Watch:
    """A local search's cancel check that also tells ``status`` where the search is and how balanced it is."""

    def __init__(self, check, status, phase: str, step: int, steps: int, tol: np.ndarray) -> None:
        self.check, self.status, self.phase, self.step, self.steps = check, status, phase, step, steps
        self.tol = [float(t) for t in tol]  # 0 for measures without weight
        self.search: LocalSearch | None = None

    def __call__(self) -> None:
        self.check()
        self.status(self.phase, self.step, self.steps, self.deviation)

    def deviation(self) -> float:
        if self.search is None:
            return float("nan")
        # LocalSearch keeps, per measure, each territory's deviation divided by the tolerance
        return max((abs(v) * t for load, t in zip(self.search.load, self.tol) for v in load), default=0.0)


def _solve_connected(
    graph,
    W,
    k,
    tol,
    seeds,
    initial,
    locked,
    random_seed,
    opt,
    report,
    check,
    rotate=False,
    soft_seeds=False,
    released=None,
    milp_budget=None,
    status=None,
    attempt=0,
):
    n = graph.n
    total = W.sum(axis=0)
    active = total > 0
    mean = np.where(active, total / k, 1.0)
    wn = np.where(active, W / mean, 0.0)  # a balanced territory has load 1
    tol_eff = np.where(active, tol, 1e9)
    unit_mean = np.where(active, total / max(n, 1), 1.0)
    a = np.where(active, W / unit_mean, 0.0).sum(axis=1) / max(int(active.sum()), 1)
    a = a + 1e-3  # zero-weight units still count a bit
    xy = np.asarray(graph.centroid, dtype=np.float64)
    ecost = _edge_cost(graph, opt.edge_length_share)

    fixed = np.full(n, -1, dtype=np.int64)
    if locked is not None:
        fixed[locked] = initial[locked]
    anchor = np.full(k, -1, dtype=np.int64)
    if seeds is not None:
        kept = np.ones(k, dtype=bool) if released is None else ~released
        fixed[seeds[kept]] = np.flatnonzero(kept)
        anchor[kept] = seeds[kept]
    extra: list[Reason] = []
    rng = np.random.default_rng(random_seed)
    use_initial = initial is not None and bool((initial >= 0).any())
    n_pre = 0
    if opt.prebuild_heavy > 0 and seeds is None and not use_initial and k > 1:
        ptr0, idx0 = graph.neighbours()
        sets = heavy_unit_territories(ptr0, idx0, wn, tol_eff, fixed >= 0, min_share=opt.prebuild_heavy)
        sets = _absorb_pockets(graph, wn, tol_eff, fixed, sets[: k - 1])
        n_pre = len(sets)
        for i, units in enumerate(sets):
            t = k - n_pre + i
            fixed[units] = t
            anchor[t] = units[0]
    fine = Level(
        n=n, edges=np.asarray(graph.edges, dtype=np.int64), cost=ecost, wn=wn, a=a, xy=xy, fixed=fixed, count=np.ones(n)
    )

    # hierarchy (not when starting from an existing alignment: it is the start)
    levels = [fine]
    maps: list[np.ndarray] = []
    if not use_initial:
        while levels[-1].n > opt.coarse_units_per_territory * k and len(levels) <= opt.max_levels:
            cmap, nxt = coarsen(levels[-1], opt.coarse_cap, rng)
            if nxt.n > 0.92 * levels[-1].n:
                break
            levels.append(nxt)
            maps.append(cmap)
    check()
    top = levels[-1]
    anchor_top = anchor.copy()
    for cmap in maps:
        anchor_top = np.where(anchor_top >= 0, cmap[np.maximum(anchor_top, 0)], -1)

    # after a hard start (centres pinned on the seeds) failed, seeds only pull: a
    # seedless start matched to them (see soft_seed_start)
    soft = seeds is not None and not use_initial and (soft_seeds or not kept.all())
    if use_initial:
        lab = _start_from_initial(graph, ecost, wn, a, xy, fixed, initial, k)
        report(20)
    else:
        if seeds is not None and not soft:
            centres = top.xy[anchor_top].copy()
            recentre = False
        else:
            pos = top.xy
            if rotate:  # another start for another attempt
                ang = rng.uniform(0, np.pi)
                rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
                pos = top.xy @ rot
            if n_pre:
                # the pre-built territories are the last ids; bisect the rest
                free = top.fixed < 0
                part = np.where(free, 0, top.fixed)
                part[free] = rcb_labels(pos[free], (top.wn[:, 0] if active[0] else top.a)[free], k - n_pre)
            else:
                part = rcb_labels(pos, top.wn[:, 0] if active[0] else top.a, k)
            centres = centres_of(top.xy, top.a, part, k)
            recentre = True
        lab, centres = capacitated_assignment(
            top.xy,
            top.wn,
            top.a,
            centres,
            tol_eff,
            np.full(top.n, -1, dtype=np.int64) if soft else top.fixed,
            recentre=recentre,
            rounds=opt.assign_rounds,
            iters=opt.assign_iters,
            p=opt.candidates,
            check=check,
        )
        cnt = np.bincount(lab, minlength=k)
        for t in np.flatnonzero(cnt == 0):
            cnt = np.bincount(lab, minlength=k)
            free = np.flatnonzero((top.fixed < 0) & (cnt[lab] > 1))
            u = free[np.argmin(((top.xy[free] - centres[t]) ** 2).sum(axis=1))]
            lab[u] = t
        if soft:
            seed_top = seeds.copy()
            for cmap in maps:
                seed_top = cmap[seed_top]
            lab = soft_seed_start(lab, top.xy, seed_top, kept, top.csr()[:2])
        report(20)
    moves = rounds = 0
    nlev = len(levels)
    for li in range(nlev - 1, -1, -1):
        lv = levels[li]
        check()
        ptr, idx, cost_csr = lv.csr()
        immovable = lv.fixed >= 0
        anc = anchor_top if li == nlev - 1 else None
        if anc is None:
            anc = anchor.copy()
            for cmap in maps[:li]:
                anc = np.where(anc >= 0, cmap[np.maximum(anc, 0)], -1)
        lab, failed = repair_contiguity(lv.n, lv.edges, lv.cost, lab, k, lv.a, immovable, anc, (ptr, idx))
        if li == 0:
            for t in failed:
                extra.append(
                    Reason("locked_disconnected", {"territory": int(t), "units": np.flatnonzero(fixed == t).tolist()})
                )
        tol_l = tol_eff if li == 0 else tol_eff * opt.coarse_tol_factor
        watch = None
        if status is not None:
            step = attempt + 1 if rotate else nlev - li
            watch = _Watch(check, status, "retry" if rotate else "refine", step, nlev, np.where(active, tol_l, 0.0))
        ls = LocalSearch(
            lv.n,
            lv.edges,
            ptr,
            idx,
            cost_csr,
            lab,
            lv.wn,
            tol_l,
            ~immovable,
            lv.xy,
            lv.a,
            k,
            initial=initial if (li == 0 and use_initial) else None,
            lam=opt.lam,
            alpha=opt.alpha,
            beta=opt.beta if use_initial else 0.0,
            seed=random_seed + li,
            check=watch or check,
            milp_budget=milp_budget if li == 0 else None,
        )
        if watch is not None:
            watch.search = ls
        ls.milp_units = opt.milp_units
        ls.milp_seconds = opt.milp_seconds
        lo = 25 + 70 * (nlev - 1 - li) / nlev
        hi = 25 + 70 * (nlev - li) / nlev
        rounds += ls.run(
            target=opt.balance_target,
            max_outer=opt.max_outer,
            balance_rounds=opt.balance_rounds,
            sweeps=opt.sweeps,
            plateau_sweeps=opt.plateau_sweeps,
            # from an existing alignment: greedy only, so that the
            # disruption term is respected
            anneal_sweeps=0 if use_initial else (opt.anneal_sweeps if li == 0 else opt.anneal_coarse),
            t0=opt.anneal_t0,
            t1=opt.anneal_t1,
            progress=lambda f, lo=lo, hi=hi: report(lo + (hi - lo) * f),
        )
        moves += ls.moves
        lab = ls.labels()
        if li > 0:
            lab = lab[maps[li - 1]]
    return lab, rounds, moves, extra


def _absorb_pockets(graph, wn, tol, fixed, sets):
    """Pre-built territories must not wall in free units: a pocket of free units cut
    off from the rest joins the pre-built territory it touches when that stays inside
    the band; otherwise the pre-built territories around it are dropped."""
    n = graph.n
    e = graph.edges
    for _ in range(20):
        owner = np.full(n, -1, dtype=np.int64)
        for i, units in enumerate(sets):
            owner[units] = i
        free = (owner < 0) & (fixed < 0)
        keep = free[e[:, 0]] & free[e[:, 1]]
        a = sp.coo_matrix((np.ones(int(keep.sum())), (e[keep, 0], e[keep, 1])), shape=(n, n))
        nc, comp = connected_components(a, directed=False)
        comp = np.where(free, comp, -1)
        sizes = np.bincount(comp[free], minlength=nc)
        if nc == 0 or not free.any():
            return sets
        main = int(np.argmax(sizes))
        pockets = [c for c in np.unique(comp[free]) if c != main]
        if not pockets:
            return sets
        drop: set[int] = set()
        grow: dict[int, list[int]] = {}
        for c in pockets:
            units = np.flatnonzero(comp == c)
            m = np.isin(e[:, 0], units) | np.isin(e[:, 1], units)
            touch = {int(owner[x]) for x in e[m].ravel() if owner[x] >= 0}
            if len(touch) == 1:
                i = touch.pop()
                tot = wn[sets[i]].sum(axis=0) + wn[units].sum(axis=0)
                if np.all(np.abs(tot - 1.0) <= tol):
                    grow.setdefault(i, []).extend(units.tolist())
                    continue
                drop.add(i)
            else:
                drop |= touch
        for i, units in grow.items():
            if i not in drop:
                sets[i] = np.concatenate([sets[i], np.asarray(units, dtype=np.int64)])
        sets = [s_ for i, s_ in enumerate(sets) if i not in drop]
    return sets


def _start_from_initial(graph, ecost, wn, a, xy, fixed, initial, k):
    """Existing alignment as the start: fill unknown units, give missing territories a
    unit (a far unit of the heaviest territory)."""
    n = graph.n
    immovable = fixed >= 0
    lab = initial.copy()
    lab[immovable] = fixed[immovable]
    lab = fill_unassigned(n, graph.edges, ecost, lab)
    lab[lab < 0] = 0
    present = np.bincount(lab, minlength=k) > 0
    for t in np.flatnonzero(~present):
        loads = np.bincount(lab, weights=wn[:, 0], minlength=k)
        big = int(np.argmax(loads))
        cand = np.flatnonzero((lab == big) & ~immovable)
        if len(cand) == 0:
            cand = np.flatnonzero(~immovable & (np.bincount(lab, minlength=k)[lab] > 1))
        c = centres_of(xy, a, lab, k)[big]
        u = cand[np.argmax(((xy[cand] - c) ** 2).sum(axis=1))]
        lab[u] = t
    return lab
