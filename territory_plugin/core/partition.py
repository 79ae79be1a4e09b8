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
inputs and seed give the same labels (except where an exact MILP repair, region_milp.py,
stops at its time limit: US zips at k=300, 4 of 12 stop in the root LP there, so a much
busier or slower machine can end with another plan; scipy's HiGHS has no work limit).

Method (modules: feasibility, region_certificate, multilevel, seeding, contiguity,
local_search, recom, region_milp, polish):

1. checks before solving (:mod:`.feasibility`): the DESIGN feasibility bound (a unit
   heavier than ``mean x (1 + tol)``), locked load over the cap, seed conflicts, graph
   pieces that cannot hold a whole number of balanced territories, heavy units
   that provably fit in no balanced contiguous territory, and areas where heavy
   units crowd so that no contiguous plan is balanced there (region_certificate.py,
   with the least deviation every plan has: the search stops once it gets there);
2. a graph in several pieces is solved piece by piece with a feasible number of
   territories each (tolerance narrowed so each piece stays inside the global band);
3. multilevel coarsening (heavy-edge matching, clusters <= 5% of a mean territory,
   down to ~30 nodes per territory);
4. areas where heavy units crowd are cut first (the least-off way to cut them,
   region_certificate.py): the cut's pieces that make whole territories are fixed;
   start on the coarsest level: weighted recursive coordinate bisection gives k
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
6. if the band is still not reached, the territories still off are designed again with
   their neighbourhood (polish.py), then, if need be, the engine restarts from another
   start (``attempts``) and keeps the best plan.

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
from typing import Any, Callable

import numpy as np

from territory_plugin.core import metrics as M
from territory_plugin.core.feasibility import _components, check_feasibility, component_shares
from territory_plugin.core.graph import UnitGraph, subgraph
from territory_plugin.core.polish import polish_neighbourhoods
from territory_plugin.core.reasons import NOTICES, Canceled, InfeasiblePlan, Reason, ReasonKind
from territory_plugin.core.seeding import stand_in_seeds
from territory_plugin.core.solve import Attempt, EngineOptions, Problem, solve_connected

__all__ = ["design_territories", "Plan", "EngineOptions", "InfeasiblePlan", "Canceled", "Reason", "ReasonKind"]


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
    realignment: Any = None  # core.realign.Realignment: what a realignment moved


def proven_units(reasons: Sequence[Reason], n: int) -> np.ndarray:
    """(n,) bool: the units of the areas where reasons found before searching prove every
    plan is off the mean (a heavy unit, or an area of them)."""
    out = np.zeros(n, dtype=bool)
    for r in reasons:
        if r.kind == ReasonKind.REGION_UNBALANCEABLE:
            out[r.data.get("region", r.data["units"])] = True
        elif r.kind == ReasonKind.UNIT_UNBALANCEABLE:
            out[r.data["unit"]] = True
    return out


def proven_floor(reasons: Sequence[Reason]) -> float | None:
    """The least deviation on the main measure that reasons found before searching prove
    every plan has (a fraction), None when none proves one."""
    floors = []
    for r in reasons:
        if r.kind == ReasonKind.REGION_UNBALANCEABLE:
            floors.append(r.data["floor"])
        elif r.kind == ReasonKind.UNIT_UNBALANCEABLE:
            above = r.data["best_above_pct"]
            floors.append(min(-r.data["best_below_pct"], above if above is not None else np.inf) / 100)
    return max(floors) if floors else None


def _tolerance(tolerance: float | Sequence[float], q: int) -> np.ndarray:
    tol = np.atleast_1d(np.asarray(tolerance, dtype=np.float64))
    if tol.size == 1:
        tol = np.repeat(tol, q)
    if tol.size != q:
        raise ValueError(f"tolerance has {tol.size} values for {q} measures")
    if np.any(tol <= 0):
        raise ValueError("tolerance must be > 0")
    return tol


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
    disruption_weights: np.ndarray | None = None,
    status: Callable[[str, int, int, Callable[[], float]], None] | None = None,
) -> Plan:
    """Design k balanced, compact, contiguous territories (see module docstring).

    ``status(phase, step, steps, deviation)`` is told, at every cancel check of the search, where
    it is: phase ``"refine"`` (pass ``step`` of ``steps``, coarse to fine) or ``"retry"`` (another
    start, number ``step``); ``deviation()`` gives the largest deviation from the mean so far (a
    fraction, over all measures): call it only to show it. ``disruption_weights`` (n,): what
    moving each unit away from ``initial`` costs (default the main measure), with
    ``options.min_moves``.
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
        r.kind
        in (
            ReasonKind.TOO_MANY_TERRITORIES,
            ReasonKind.SEED_CONFLICT,
            ReasonKind.TERRITORY_COUNT,
            ReasonKind.DISCONNECTED_COMPONENT,
        )
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

    if disruption_weights is not None:
        disruption_weights = np.asarray(disruption_weights, dtype=np.float64)
        if (
            disruption_weights.shape != (n,)
            or np.any(~np.isfinite(disruption_weights))
            or np.any(disruption_weights < 0)
        ):
            raise ValueError("disruption_weights must be (n,), finite and >= 0")
    pb = Problem(graph, W, k, tol, seeds, initial, locked, disruption_weights, released)
    ncomp, comp = _components(graph)
    if ncomp > 1:
        labels, iters, moves = _solve_pieces(pb, ncomp, comp, Attempt(opt, random_seed, report, check, status=status))
    else:
        best = None
        iters = moves = 0
        budget = [opt.milp_repairs]  # shared by all attempts
        # with seeds: a first attempt from the seeds, then seeds that only pull, and a
        # last one where the seeds of territories still below the band let go (two
        # reps on a small island behind one bridge: only one territory gets out)
        n_attempts = max(1, opt.attempts) + (seeds is not None)
        floor = proven_floor(reasons)
        reach = 0.0 if floor is None else floor / tol[0]  # in tolerances, as key[0]
        # no re-design where a unit or locked units alone break the band (nothing helps)
        hopeless = any(r.kind in (ReasonKind.UNIT_TOO_HEAVY, ReasonKind.LOCKED_OVERLOAD) for r in reasons)
        polish = seeds is None and initial is None and opt.polish_tries > 0 and not hopeless
        excused = proven_units(reasons, n)
        for attempt in range(n_attempts):
            if seeds is not None and attempt == n_attempts - 1 and attempt > 0:
                dev_t = M.deviations(M.territory_totals(best[1], W, k))
                released = released | np.any(dev_t < -tol, axis=1)
            pb.released = released
            lab_a, it_a, mv_a, extra_a = solve_connected(
                pb,
                Attempt(
                    opt,
                    random_seed + 7919 * attempt,
                    report if attempt == 0 else (lambda x: None),
                    check,
                    milp_budget=budget,
                    rotate=attempt > 0,
                    soft_seeds=attempt > 0,
                    status=status,
                    number=attempt,
                ),
            )
            iters += it_a
            moves += mv_a
            dev = M.max_abs_deviation(M.deviations(M.territory_totals(lab_a, W, k)))
            if polish and float(np.max(np.asarray(dev) / tol)) > 1.0 + 1e-9:
                # still off where heavy units crowd: re-design the neighbourhoods of the
                # territories off more than the tolerance, or than the floor in a proven
                # area (cheaper than another start)
                lab_a, _ = polish_neighbourhoods(
                    design_territories,
                    graph,
                    W,
                    k,
                    tol,
                    lab_a,
                    opt,
                    floor=reach,
                    excused=excused,
                    is_canceled=is_canceled,
                )
                dev = M.max_abs_deviation(M.deviations(M.territory_totals(lab_a, W, k)))
            key = (float(np.max(np.asarray(dev) / tol)), M.cut_edges(graph, lab_a))
            if best is None or key < best[0]:
                best = (key, lab_a, extra_a)
            # stop once the tolerance is met, or once the plan is as good as proven possible
            if key[0] <= max(1.0, reach) + 1e-9 or hopeless:
                break
        labels, extra = best[1], best[2]
        reasons = reasons + extra

    check()
    met = M.evaluate(graph, labels, W, k, existing=initial)
    out = list(reasons)
    if given_seeds is not None:
        for t, u in enumerate(given_seeds.tolist()):
            if labels[u] != t:
                out.append(Reason(ReasonKind.SEED_ENCLOSED, {"territory": t, "unit": u, "holder": int(labels[u])}))
    for t in np.flatnonzero(met.pieces != 1):
        out.append(Reason(ReasonKind.NOT_CONTIGUOUS, {"territory": int(t), "pieces": int(met.pieces[t])}))
    for m in range(q):
        if met.max_deviation[m] > tol[m] * (1 + 1e-9):
            t = int(np.argmax(np.abs(met.deviation[:, m])))
            if not any(r.kind == ReasonKind.BALANCE_NOT_REACHED and r.data["measure"] == m for r in out):
                out.append(
                    Reason(
                        ReasonKind.BALANCE_NOT_REACHED,
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


def _solve_pieces(pb: Problem, ncomp: int, comp: np.ndarray, run: Attempt) -> tuple[np.ndarray, int, int]:
    """Split k over the graph's pieces (each feasible), solve each piece alone."""
    graph, W, k, tol, seeds, initial, locked = pb.graph, pb.weights, pb.k, pb.tol, pb.seeds, pb.initial, pb.locked
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
    # territory ids per piece: from seeds or the existing alignment when given (the
    # territories most present in the piece keep their ids), else consecutive
    if initial is not None and seeds is None:
        known = initial >= 0
        count = np.zeros((ncomp, k), dtype=np.int64)
        np.add.at(count, (comp[known], initial[known]), 1)
        used: set[int] = set()
    for c in range(ncomp):
        units = order[starts[c] : starts[c + 1]]
        kk = int(kc[c])
        sub = subgraph(graph, units)
        Wc = W[units]
        meanc = Wc.sum(axis=0) / kk
        tolc = np.maximum(M.band_around(meanc, mean, tol), 1e-6)
        if seeds is not None:
            tids = np.flatnonzero(comp[seeds] == c)
            rest = [t for t in range(k) if t not in set(np.flatnonzero(seeds >= 0).tolist())]
            tids = (
                np.concatenate([tids, np.asarray(rest[: kk - len(tids)], dtype=np.int64)]) if len(tids) < kk else tids
            )
        elif initial is not None:
            mine = [int(t) for t in np.argsort(-count[c], kind="stable") if count[c, t] > 0 and int(t) not in used]
            mine = mine[:kk] + [t for t in range(k) if t not in used and t not in mine][: max(0, kk - len(mine))]
            used.update(mine)
            tids = np.asarray(mine, dtype=np.int64)
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
            random_seed=run.random_seed,
            best_effort=True,
            is_canceled=None,
            options=run.options,
            disruption_weights=None if pb.disruption is None else pb.disruption[units],
            status=None if run.status is None else partial(_piece_status, run.status, c + 1, ncomp),
        )
        run.check()
        labels[units] = tids[p.labels]
        iters += p.iterations
        moves += p.moves
        off += kk
        run.report(5 + 90 * (c + 1) / ncomp)
    return labels, iters, moves


def _piece_status(status, piece: int, pieces: int, _phase, _step, _steps, deviation) -> None:
    """The status of the design of one separate piece of the map (deviation within that piece)."""
    status("piece", piece, pieces, deviation)
