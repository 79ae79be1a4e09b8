"""Boundary local search: balance every measure and make territories compact.

Moves one boundary unit at a time from its territory ``s`` to a neighbouring
territory ``t``; a move is only made when ``s`` stays connected without the unit
(breadth-first search inside ``s`` from one of the unit's neighbours until all its
neighbours in ``s`` are reached, which usually stops after a handful of steps), so
every territory is contiguous at every step. Locked units and seeds never move.

Two phases alternate:

* **Flow balancing** (long range). On the territory adjacency graph (k nodes) the
  electrical flow that levels every measure is ``phi = L^+ e`` with ``e`` the
  deviation of each territory in tolerance units; border ``s -> t`` should carry
  ``phi_s - phi_t``. Boundary units of ``s`` next to ``t`` move in order of their
  compactness cost (change of cut boundary + inertia) while they shrink the
  remaining flow. Borders that fail to carry their flow (only articulation points or
  heavy units there) lose conductance, so the next round routes around them.
* **Compactness refinement** (local). Sweeps over boundary units in a seeded random
  order; a unit moves to the neighbouring territory that lowers
  ``cut cost + alpha x inertia + lam x sum (dev / tol)^2 + beta x disruption``
  the most, never leaving a territory outside its tolerance band.

The cut cost of an edge blends its count and its share of boundary
(``0.5 + 0.5 x shared_length / mean_shared_length``), so fewer cut edges and
shorter dissolved perimeters (higher Polsby-Popper) go together.
"""

from __future__ import annotations

from collections import deque
from typing import Callable

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import splu

from territory_plugin.core.chains import eject_chains, swap_polish
from territory_plugin.core.multilevel import Level
from territory_plugin.core.recom import recom_pair, recom_triple
from territory_plugin.core.region_milp import repair_region
from territory_plugin.core.search_state import SearchConfig, over

__all__ = ["LocalSearch"]


BIG = 100.0


class LocalSearch:
    """Mutable search state; Python lists in the hot loops (faster than numpy scalars).

    Built on one :class:`~territory_plugin.core.multilevel.Level` (its fixed nodes never
    move) with labels ``lab``, tolerance (q,) and k. The repair moves (recom.py,
    region_milp.py, chains.py) use only the :class:`~territory_plugin.core.search_state.SearchState`
    part of it.
    """

    def __init__(
        self,
        level: Level,
        lab: np.ndarray,
        tol: np.ndarray,
        k: int,
        *,
        initial: np.ndarray | None = None,
        config: SearchConfig | None = None,
        check: Callable[[], None] | None = None,
    ):
        cfg = config or SearchConfig()
        self.config = cfg
        n = level.n
        wn, xy, a = level.wn, level.xy, level.a
        ptr, idx, cost_csr = level.csr()
        self.n, self.k = n, k
        self.edges = level.edges
        idx_l = idx.tolist()
        cst_l = cost_csr.tolist()
        p = ptr.tolist()
        self.adj = [idx_l[p[i] : p[i + 1]] for i in range(n)]
        self.cst = [cst_l[p[i] : p[i + 1]] for i in range(n)]
        self.lab = lab.astype(np.int64).tolist()
        self.q = wn.shape[1]
        self.tol = [float(t) for t in tol]
        # weights in tolerance units of the mean load: moving unit u changes the
        # scaled deviation of its territory by w[m][u]
        self.w = [(wn[:, m] / tol[m]).tolist() for m in range(self.q)]
        self.load = [
            (np.bincount(lab, weights=wn[:, m], minlength=k) - 1.0).__truediv__(tol[m]).tolist() for m in range(self.q)
        ]
        self.size = np.bincount(lab, minlength=k).tolist()
        self.mov = (level.fixed < 0).tolist()
        self.x = xy[:, 0].tolist()
        self.y = xy[:, 1].tolist()
        self.xy = xy
        self.a_arr = a
        self.a = a.tolist()
        self.init = initial.tolist() if initial is not None else None
        self.lam, self.alpha, self.beta = cfg.lam, cfg.alpha, cfg.beta
        self.dw = cfg.disruption.tolist() if cfg.disruption is not None else self.a
        self.flow_source = cfg.flows
        self.rng = np.random.default_rng(cfg.seed)
        self.check = check or (lambda: None)
        self.moves = 0
        self.milp_budget = cfg.milp_budget
        # conductance of each territory border in flow balancing (halved when it fails)
        self.cond: dict[tuple[int, int], float] = {}
        self._centres()
        # squared length scale: mean territory area / pi
        span = xy.max(axis=0) - xy.min(axis=0) if n else np.ones(2)
        self.R2 = float(max(span[0] * span[1], 1e-12) / max(k, 1) / np.pi)
        self.inv_R2 = 1.0 / self.R2

    # ------------------------------------------------------------------ basics
    def labels(self) -> np.ndarray:
        return np.asarray(self.lab, dtype=np.int64)

    def _centres(self) -> None:
        lab = np.asarray(self.lab)
        k = self.k
        sw = np.bincount(lab, weights=self.a_arr, minlength=k)
        sw = np.where(sw > 0, sw, 1.0)
        self.cx = (np.bincount(lab, weights=self.a_arr * self.xy[:, 0], minlength=k) / sw).tolist()
        self.cy = (np.bincount(lab, weights=self.a_arr * self.xy[:, 1], minlength=k) / sw).tolist()

    def max_scaled_dev(self) -> float:
        """max over territories and measures of |deviation| / tolerance."""
        return max(max(abs(v) for v in ld) for ld in self.load) if self.k else 0.0

    def can_remove(self, u: int, s: int) -> bool:
        """True if territory s stays connected (and non-empty) without unit u."""
        if self.size[s] <= 1:
            return False
        lab = self.lab
        adj = self.adj
        nb = [v for v in adj[u] if lab[v] == s]
        if len(nb) <= 1:
            return True
        target = set(nb)
        start = nb[0]
        seen = {u, start}
        need = len(target) - 1
        dq = deque([start])
        while dq:
            x = dq.popleft()
            for y in adj[x]:
                if y not in seen and lab[y] == s:
                    if y in target:
                        need -= 1
                        if need == 0:
                            return True
                    seen.add(y)
                    dq.append(y)
        return False

    def move(self, u: int, s: int, t: int) -> None:
        self.lab[u] = t
        self.size[s] -= 1
        self.size[t] += 1
        for m in range(self.q):
            wm = self.w[m][u]
            self.load[m][s] -= wm
            self.load[m][t] += wm
        self.moves += 1

    def boundary(self) -> np.ndarray:
        lab = np.asarray(self.lab)
        e = self.edges
        cut = lab[e[:, 0]] != lab[e[:, 1]]
        return np.unique(e[cut].ravel())

    # ---------------------------------------------------------- flow balancing
    def _potentials(self) -> tuple[dict[tuple[int, int], list[float]], int]:
        lab = np.asarray(self.lab)
        e = self.edges
        la, lb = lab[e[:, 0]], lab[e[:, 1]]
        cut = la != lb
        k = self.k
        pa = np.minimum(la[cut], lb[cut])
        pb = np.maximum(la[cut], lb[cut])
        keys = np.unique(pa * k + pb)
        s_arr, t_arr = keys // k, keys % k
        cond = np.array([self.cond.get((int(s), int(t)), 1.0) for s, t in zip(s_arr.tolist(), t_arr.tolist())])
        lap = sp.coo_matrix(
            (np.concatenate([-cond, -cond]), (np.concatenate([s_arr, t_arr]), np.concatenate([t_arr, s_arr]))),
            shape=(k, k),
        ).tocsc()
        deg = -np.asarray(lap.sum(axis=1)).ravel()
        lap = lap + sp.diags(deg + 1e-7 * (deg.mean() if k else 1.0)).tocsc()
        rhs = np.array(self.load).T  # (k, q) scaled deviations
        rhs = rhs - rhs.mean(axis=0, keepdims=True)
        phi = splu(lap.tocsc()).solve(np.ascontiguousarray(rhs))
        if phi.ndim == 1:
            phi = phi[:, None]
        flows: dict[tuple[int, int], list[float]] = {}
        d = ((phi[s_arr] - phi[t_arr]) * cond[:, None]).tolist()
        for s, t, f in zip(s_arr.tolist(), t_arr.tolist(), d):
            flows[(s, t)] = f
            flows[(t, s)] = [-x for x in f]
        return flows, len(keys)

    def balance_round(self) -> int:
        """One round of flow balancing; returns the number of moves."""
        flows = self.flow_source(self) if self.flow_source is not None else self._potentials()[0]
        lab, adj, cst, w, q = self.lab, self.adj, self.cst, self.w, self.q
        mov, a, x, y = self.mov, self.a, self.x, self.y
        cx, cy, alpha, inv_R2 = self.cx, self.cy, self.alpha, self.inv_R2
        cands = []
        for u in self.boundary().tolist():
            if not mov[u]:
                continue
            s = lab[u]
            acc: dict[int, float] = {}
            for v, c in zip(adj[u], cst[u]):
                lv = lab[v]
                acc[lv] = acc.get(lv, 0.0) + c
            in_s = acc.get(s, 0.0)
            xu, yu = x[u], y[u]
            ds = (xu - cx[s]) ** 2 + (yu - cy[s]) ** 2
            for t, ct in acc.items():
                if t == s:
                    continue
                B = flows.get((s, t))
                if B is None:
                    continue
                gain = 0.0
                for m in range(q):
                    dm = w[m][u]
                    gain += dm * (2.0 * B[m] - dm)
                if gain <= 0.0:
                    continue
                dt = (xu - cx[t]) ** 2 + (yu - cy[t]) ** 2
                cost = in_s - ct + alpha * a[u] * (dt - ds) * inv_R2
                cands.append((cost, u, s, t))
        cands.sort()
        moved = 0
        carried: dict[tuple[int, int], int] = {}
        for _cost, u, s, t in cands:
            if lab[u] != s:
                continue
            B = flows[(s, t)]
            gain = 0.0
            for m in range(q):
                dm = w[m][u]
                gain += dm * (2.0 * B[m] - dm)
            if gain <= 0.0:
                continue
            if not any(lab[v] == t for v in adj[u]):
                continue
            if not self.can_remove(u, s):
                continue
            self.move(u, s, t)
            Bts = flows[(t, s)]
            for m in range(q):
                dm = w[m][u]
                B[m] -= dm
                Bts[m] += dm
            carried[(s, t)] = carried.get((s, t), 0) + 1
            moved += 1
        # borders that could not carry their flow lose conductance
        for (s, t), B in flows.items():
            if s < t:
                big = max(abs(b) for b in B)
                if big > 0.75:
                    key = (s, t)
                    self.cond[key] = self.cond.get(key, 1.0) * 0.5
        return moved

    # -------------------------------------------------- compactness refinement
    def refine_sweep(self, band: float = 1.0, plateau: bool = False, temperature: float = 0.0) -> tuple[float, int]:
        """One sweep of improving moves inside the tolerance band (scaled units).

        With ``temperature`` > 0 the best move of a unit is also taken when it costs
        ``d`` > 0, with probability ``exp(-d / temperature)`` (simulated annealing)."""
        lab, adj, cst, w, q = self.lab, self.adj, self.cst, self.w, self.q
        load, mov, a, x, y = self.load, self.mov, self.a, self.x, self.y
        cx, cy, alpha, inv_R2 = self.cx, self.cy, self.alpha, self.inv_R2
        lam, beta, init, dw = self.lam, self.beta, self.init, self.dw
        bnd = self.boundary()
        order = bnd[self.rng.permutation(len(bnd))].tolist()
        total_gain = 0.0
        moved = 0
        if temperature > 0:
            thresholds = (-temperature * np.log(self.rng.random(len(order)) + 1e-300)).tolist()
        for pos, u in enumerate(order):
            if not mov[u]:
                continue
            s = lab[u]
            acc: dict[int, float] = {}
            for v, c in zip(adj[u], cst[u]):
                lv = lab[v]
                acc[lv] = acc.get(lv, 0.0) + c
            if len(acc) == 1 and s in acc:
                continue
            in_s = acc.get(s, 0.0)
            xu, yu = x[u], y[u]
            ds = (xu - cx[s]) ** 2 + (yu - cy[s]) ** 2
            best_t = -1
            best_d = thresholds[pos] if temperature > 0 else (1e-12 if plateau else -1e-9)
            for t, ct in acc.items():
                if t == s:
                    continue
                d = in_s - ct
                dt = (xu - cx[t]) ** 2 + (yu - cy[t]) ** 2
                d += alpha * a[u] * (dt - ds) * inv_R2
                db = 0.0
                dv = 0.0
                for m in range(q):
                    dm = w[m][u]
                    if dm == 0.0:
                        continue
                    ls = load[m][s]
                    lt = load[m][t]
                    nt = lt + dm
                    ns = ls - dm
                    db += nt * nt - lt * lt + ns * ns - ls * ls
                    # violation of the band: never more, and less is worth a lot
                    if nt > band or ns < -band or ls > band or lt < -band:
                        dv += over(nt, band) + over(ns, band) - over(lt, band) - over(ls, band)
                if dv > 1e-12:
                    continue
                d += lam * db + BIG * dv
                if init is not None and beta:
                    iu = init[u]
                    d += beta * dw[u] * ((iu != t) - (iu != s))
                if d < best_d:
                    best_d = d
                    best_t = t
            if best_t >= 0 and self.can_remove(u, s):
                self.move(u, s, best_t)
                total_gain -= best_d
                moved += 1
        self._centres()
        return total_gain, moved

    # ------------------------------------------------------- band violation
    def violation(self, s: int) -> float:
        """Squared excess of territory s beyond the band, summed over measures."""
        return sum(over(self.load[m][s], 1.0) for m in range(self.q))

    def total_violation(self, terrs) -> float:
        return sum(over(self.load[m][t], 1.0) for t in terrs for m in range(self.q))

    # ---------------------------------------------------------- repair moves
    def recom_repair(self, max_union: int = 600, trials: int = 16) -> int:
        """Merge-split (ReCom) of each territory outside the band with each of its
        neighbours in turn (see recom.py). Returns the number of pairs improved."""
        bad = sorted((t for t in range(self.k) if self.violation(t) > 0.0), key=lambda t: -self.violation(t))
        free = {int(self.lab[u]) for u in range(self.n) if self.mov[u]}
        bad = [t for t in bad if t in free]  # a territory of fixed units cannot change
        if not bad:
            return 0
        done = 0
        lab = np.asarray(self.lab)
        order = np.argsort(lab, kind="stable")
        starts = np.searchsorted(lab[order], np.arange(self.k + 1))
        members = {t: order[starts[t] : starts[t + 1]].tolist() for t in range(self.k)}
        for s in bad:
            self.check()
            if self.violation(s) <= 0.0:
                continue
            nbt = {self.lab[v] for u in members[s] for v in self.adj[u]} - {s}
            # the neighbour that can absorb most of the error first
            sign = 1.0 if self.load[0][s] > 0 else -1.0
            for t in sorted(nbt, key=lambda t: sign * self.load[0][t]):
                if self.size[s] + self.size[t] > max_union:
                    continue
                units = members[s] + members[t]
                if recom_pair(self, s, t, units, trials=trials):
                    done += 1
                    for x in (s, t):
                        members[x] = [u for u in units if self.lab[u] == x]
                    if self.violation(s) <= 0.0:
                        break
            if self.violation(s) > 0.0:
                done += self._recom_triples(s, members, trials)
        return done

    def _recom_triples(self, s: int, members: dict, trials: int, max_union: int = 150, nearest: int = 4) -> int:
        """Merge-split of s with two neighbouring territories at once (see recom_triple)."""
        nbt = {self.lab[v] for u in members[s] for v in self.adj[u]} - {s}
        sign = 1.0 if self.load[0][s] > 0 else -1.0
        candidates = sorted(nbt, key=lambda t: sign * self.load[0][t])[:nearest]
        for i, t in enumerate(candidates):
            for u in candidates[i + 1 :]:
                trio = (s, t, u)
                if sum(self.size[x] for x in trio) > max_union:
                    continue
                units = members[s] + members[t] + members[u]
                if recom_triple(self, trio, units, trials=trials):
                    for x in trio:
                        members[x] = [v for v in units if self.lab[v] == x]
                    return 1
        return 0

    def exact_repair(self) -> int:
        """MILP re-solve of small neighbourhoods around territories outside the band
        (see region_milp.py). Returns the number of neighbourhoods improved."""
        done = 0
        bad = sorted((t for t in range(self.k) if self.violation(t) > 0.0), key=lambda t: -self.violation(t))
        free = {int(self.lab[u]) for u in range(self.n) if self.mov[u]}
        bad = [t for t in bad if t in free]  # a territory of fixed units cannot change
        for t in bad:
            if self.milp_budget[0] <= 0:
                break
            self.check()
            self.milp_budget[0] -= 1
            cfg = self.config
            if self.violation(t) > 0.0 and repair_region(self, t, cfg.milp_units, cfg.milp_seconds):
                done += 1
        return done

    # ------------------------------------------------------------------ driver
    def run(self, progress: Callable[[float], None] | None = None) -> int:
        """Balance, then refine; repeat while balance is not reached (schedule from the
        :class:`SearchConfig`). Returns rounds."""
        cfg = self.config
        target, max_outer, balance_rounds, sweeps = cfg.target, cfg.max_outer, cfg.balance_rounds, cfg.sweeps
        plateau_sweeps, anneal_sweeps, t0, t1 = cfg.plateau_sweeps, cfg.anneal_sweeps, cfg.anneal_t0, cfg.anneal_t1
        rounds = 0
        n = max(self.n, 1)
        prev_bad = np.inf
        for outer in range(max_outer):
            for r in range(balance_rounds):
                self.check()
                if self.max_scaled_dev() <= target:
                    break
                if progress and r % 10 == 9:  # a long balancing phase still moves the bar
                    progress((outer + 0.5 * r / balance_rounds) / max_outer)
                rounds += 1
                if self.balance_round() == 0:
                    break
            self._centres()
            if progress:
                progress((outer + 0.5) / max_outer)
            if self.max_scaled_dev() <= 1.0:
                for _ in range(sweeps):
                    self.check()
                    rounds += 1
                    _, moved = self.refine_sweep()
                    if moved < max(1, 0.002 * n):
                        break
                for i in range(anneal_sweeps):
                    self.check()
                    rounds += 1
                    temp = t0 * (t1 / t0) ** (i / max(1, anneal_sweeps - 1))
                    self.refine_sweep(temperature=temp)
                if anneal_sweeps:
                    for _ in range(sweeps):
                        rounds += 1
                        _, moved = self.refine_sweep()
                        if moved < max(1, 0.002 * n):
                            break
                for _ in range(plateau_sweeps):
                    self.check()
                    rounds += 1
                    self.refine_sweep(plateau=True)
                    rounds += 1
                    self.refine_sweep()
            if self.max_scaled_dev() > 1.0:
                # granular cases: exact single moves and swaps on the violation
                stall = 0
                for i in range(50):
                    self.check()
                    if progress:
                        progress((outer + 0.5 + 0.5 * i / 50) / max_outer)
                    rounds += 1
                    before = self.total_violation(range(self.k))
                    if (
                        swap_polish(self) == 0
                        and self.recom_repair() == 0
                        and eject_chains(self) == 0
                        and self.exact_repair() == 0
                    ):
                        break
                    stall = stall + 1 if self.total_violation(range(self.k)) > 0.98 * before else 0
                    if stall >= 5 or self.max_scaled_dev() <= 1.0:
                        break
                for _ in range(sweeps):
                    rounds += 1
                    _, moved = self.refine_sweep()
                    if moved < max(1, 0.002 * n):
                        break
            if progress:
                progress((outer + 1.0) / max_outer)
            now = self.max_scaled_dev()
            if now <= 1.0 or now >= prev_bad - 1e-9:
                break  # balanced, or this round did not help
            prev_bad = now
        return rounds
