"""One attempt of the engine on a connected graph: hierarchy, start, local search.

:func:`solve_connected` is steps 3-5 of :mod:`.partition` (multilevel coarsening, the
start from seeds, from an existing alignment or from bisection plus a capacitated
assignment, then contiguity repair and local search on every level, finest last).
Its inputs are one :class:`Problem` (what to solve) and one :class:`Attempt` (how this
try runs); :class:`EngineOptions` holds the tuning knobs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from territory_plugin.core.contiguity import fill_unassigned, repair_contiguity
from territory_plugin.core.disruption import MinCostFlows
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.local_search import LocalSearch
from territory_plugin.core.multilevel import Level, coarsen
from territory_plugin.core.reasons import InfeasiblePlan, Reason, ReasonKind
from territory_plugin.core.region_certificate import heavy_region_cuts
from territory_plugin.core.search_state import SearchConfig
from territory_plugin.core.seeding import (
    capacitated_assignment,
    centres_of,
    heavy_unit_territories,
    rcb_labels,
    soft_seed_start,
)

__all__ = ["EngineOptions", "Problem", "Attempt", "solve_connected"]


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
    cut_heavy_regions: bool = True  # pre-build the territories of a cut of areas of heavy units
    polish_tries: int = 6  # re-designs of neighbourhoods still off after the attempts (polish.py)
    polish_starts: int = 3  # starts tried per neighbourhood
    polish_units: int = 150  # largest neighbourhood re-designed, in units
    polish_territories: int = 12  # and in territories
    attempts: int = 2  # restarts (other seeds / starts) while balance fails
    milp_repairs: int = 8  # exact MILP neighbourhood repairs (all attempts together)
    milp_units: int = 60  # largest neighbourhood given to the MILP
    milp_seconds: float = 1.0  # time limit of one MILP
    coarse_tol_factor: float = 3.0  # tolerance on coarse levels, x the requested one
    # realignment (with `initial`): carry the least load (min-cost border flows, see
    # disruption.py), aim just inside the band, and never move a unit away from its
    # initial territory for compactness alone
    min_moves: bool = False
    min_moves_target: float = 0.9
    min_moves_band: float = 0.85
    min_moves_beta: float = 1000.0
    min_moves_step: float = 0.5  # share of the remaining flows carried per round
    min_moves_lp: bool = True  # False: the electrical flow of design (several measures balance better)


def _edge_cost(graph: UnitGraph, share: float = 0.5) -> np.ndarray:
    L = np.asarray(graph.shared_length, dtype=np.float64)
    pos = L[L > 0]
    ml = float(pos.mean()) if len(pos) else 1.0
    return (1.0 - share) + share * L / ml


@dataclass
class Problem:
    """What the engine solves: units, weights (n, q), k territories, tolerance (q,),
    optional seeds (k,), existing alignment and locks (n,), the disruption of moving
    each unit (n,), and seeds that only pull (k,) bool."""

    graph: UnitGraph
    weights: np.ndarray
    k: int
    tol: np.ndarray
    seeds: np.ndarray | None = None
    initial: np.ndarray | None = None
    locked: np.ndarray | None = None
    disruption: np.ndarray | None = None
    released: np.ndarray | None = None
    heavy_cuts: list | None = None  # how to cut areas of heavy units (found once, see region_certificate)


@dataclass
class Attempt:
    """How one try runs: knobs, random seed, progress and cancel callbacks, the MILP
    repairs left (shared by all attempts), and the start (rotated bisection, or seeds
    as a soft pull)."""

    options: EngineOptions
    random_seed: int = 0
    report: Callable[[float], None] = lambda x: None
    check: Callable[[], None] = lambda: None
    milp_budget: list[int] = field(default_factory=lambda: [0])
    rotate: bool = False
    soft_seeds: bool = False
    status: Callable[[str, int, int, Callable[[], float]], None] | None = None
    number: int = 0  # attempt number, for status


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


def solve_connected(pb: Problem, run: Attempt) -> tuple[np.ndarray, int, int, list[Reason]]:
    """One attempt on a connected graph: (labels, search rounds, moves, reasons)."""
    graph, W, k, tol = pb.graph, pb.weights, pb.k, pb.tol
    seeds, initial, locked, released = pb.seeds, pb.initial, pb.locked, pb.released
    opt, report, check, rng_seed = run.options, run.report, run.check, run.random_seed
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
    rng = np.random.default_rng(rng_seed)
    use_initial = initial is not None and bool((initial >= 0).any())
    n_pre = 0
    if opt.prebuild_heavy > 0 and seeds is None and not use_initial and k > 1:
        ptr0, idx0 = graph.neighbours()
        # areas of heavy units: the whole pieces of a cut that balances them (or forces the
        # least deviation there) are territories of their own; the cut's other units are
        # left to the search (region_certificate.heavy_region_cuts)
        cut_sets = []
        blocked = fixed >= 0
        if opt.cut_heavy_regions and active[0]:
            if pb.heavy_cuts is None:
                pb.heavy_cuts = heavy_region_cuts(graph, wn[:, 0], float(tol_eff[0]), opt.prebuild_heavy)
            for units, whole in pb.heavy_cuts:
                if blocked[units].any():
                    continue
                if whole:
                    cut_sets.append(units)
                blocked = blocked.copy()
                blocked[units] = True
        sets = cut_sets + heavy_unit_territories(ptr0, idx0, wn, tol_eff, blocked, min_share=opt.prebuild_heavy)
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
    soft = seeds is not None and not use_initial and (run.soft_seeds or not kept.all())
    if use_initial:
        lab = _start_from_initial(graph, ecost, wn, a, xy, fixed, initial, k)
        report(20)
    else:
        if seeds is not None and not soft:
            centres = top.xy[anchor_top].copy()
            recentre = False
        else:
            pos = top.xy
            if run.rotate:  # another start for another attempt
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
            if not len(free):  # k close to n: no unit left to give an empty territory
                data = {"k": int(k), "n": int(graph.n), "filled": int((cnt > 0).sum())}
                raise InfeasiblePlan([Reason(ReasonKind.TOO_MANY_TERRITORIES, data)])
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
                    Reason(
                        ReasonKind.LOCKED_DISCONNECTED,
                        {"territory": int(t), "units": np.flatnonzero(fixed == t).tolist()},
                    )
                )
        tol_l = tol_eff if li == 0 else tol_eff * opt.coarse_tol_factor
        fine_from_initial = li == 0 and use_initial
        config = SearchConfig(
            lam=opt.lam,
            alpha=opt.alpha,
            beta=opt.beta if use_initial else 0.0,
            seed=rng_seed + li,
            milp_budget=run.milp_budget if li == 0 else [0],
            milp_units=opt.milp_units,
            milp_seconds=opt.milp_seconds,
            target=opt.balance_target,
            max_outer=opt.max_outer,
            balance_rounds=opt.balance_rounds,
            sweeps=opt.sweeps,
            plateau_sweeps=opt.plateau_sweeps,
            # from an existing alignment: greedy only, so that the
            # disruption term is respected
            anneal_sweeps=0 if use_initial else (opt.anneal_sweeps if li == 0 else opt.anneal_coarse),
            anneal_t0=opt.anneal_t0,
            anneal_t1=opt.anneal_t1,
        )
        if fine_from_initial and opt.min_moves:
            config = _min_moves_config(config, opt, pb, lv, wn)
        watch = None
        if run.status is not None:
            step = run.number + 1 if run.rotate else nlev - li
            phase = "retry" if run.rotate else "refine"
            watch = _Watch(check, run.status, phase, step, nlev, np.where(active, tol_l, 0.0))
        ls = LocalSearch(
            lv, lab, tol_l, k, initial=initial if fine_from_initial else None, config=config, check=watch or check
        )
        if watch is not None:
            watch.search = ls
        lo = 25 + 70 * (nlev - 1 - li) / nlev
        hi = 25 + 70 * (nlev - li) / nlev
        rounds += ls.run(
            progress=lambda f, lo=lo, hi=hi: report(lo + (hi - lo) * f),
        )
        moves += ls.moves
        lab = ls.labels()
        if li > 0:
            lab = lab[maps[li - 1]]
    return lab, rounds, moves, extra


def _min_moves_config(config: SearchConfig, opt: EngineOptions, pb: Problem, lv: Level, wn: np.ndarray):
    """Realignment: carry the least load (min-cost border flows), stop just inside the
    band, and make moving a unit away from its initial territory cost more than any
    compactness gain (so refinement only puts moved units back)."""
    d = wn[:, 0] if pb.disruption is None else np.asarray(pb.disruption, dtype=np.float64)
    unit = float(d.sum()) / max(len(d), 1) or 1.0
    return replace(
        config,
        beta=opt.min_moves_beta,
        target=opt.min_moves_target,
        disruption=d / unit,
        flows=MinCostFlows(wn, lv.fixed < 0, d / unit, band=opt.min_moves_band, step=opt.min_moves_step)
        if opt.min_moves_lp
        else None,
    )


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
