"""Exact repair of a small neighbourhood by mixed-integer programming (HiGHS).

When a territory stays outside its band because its units are few and heavy (dense
city zip codes where one unit is half a territory), single moves, swaps and ejection
chains can all fail although a balanced plan exists. This module re-solves the
neighbourhood exactly: the units of the bad territory and of its neighbouring
territories (whole territories, so nothing outside changes) are reassigned among
those territories by ``scipy.optimize.milp`` with

* x[i, t] binary (unit i in territory t), one territory per unit, fixed units fixed;
* contiguity by a single-commodity flow per territory (its heaviest unit is the
  root and supplies one unit of flow to every unit of the territory, along edges
  inside it);
* per-measure band slack o[t, m] >= | load - 1 | - tol, minimised first;
* then a small penalty per changed unit, so the repair disturbs as little as
  possible.

Only neighbourhoods up to ``max_units`` units are tried, with a time limit.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, milp

from territory_plugin.core.search_state import SearchState

__all__ = ["repair_region"]


def repair_region(ls: SearchState, s: int, max_units: int = 120, time_limit: float = 2.0) -> bool:
    """Try to bring territory ``s`` (and its neighbours) inside the band. Mutates
    the search state ``ls`` when the MILP finds a plan with less violation."""
    lab, adj, q = ls.lab, ls.adj, ls.q
    # whole territories in breadth-first order on the territory graph around s
    members: dict[int, list[int]] = {}
    for u in range(ls.n):
        members.setdefault(lab[u], []).append(u)
    terrs = [s]
    total = ls.size[s]
    frontier = [s]
    seen = {s}
    while frontier and total < max_units:
        nxt = []
        for a in frontier:
            near = sorted({lab[v] for u in members[a] for v in adj[u]} - seen, key=lambda t: (ls.size[t], t))
            for t in near:
                seen.add(t)
                if total + ls.size[t] > max_units:
                    continue
                terrs.append(t)
                total += ls.size[t]
                nxt.append(t)
        frontier = nxt
    if len(terrs) < 2:
        return False
    R = [u for t in terrs for u in members[t]]
    nR, T = len(R), len(terrs)
    pos = {u: i for i, u in enumerate(R)}
    tix = {t: j for j, t in enumerate(terrs)}
    E = [(pos[u], pos[v]) for u in R for v in adj[u] if v in pos and pos[v] > pos[u]]
    # each territory keeps its heaviest unit as the root of its flow
    root = {t: max(members[t], key=lambda u: (ls.w[0][u], -u)) for t in terrs}
    # candidate territories of a unit: its own and those of its neighbours (sparse)
    cand: list[list[int]] = []
    for u in R:
        cs = {tix[lab[u]]}
        if ls.mov[u] and u not in root.values():
            cs |= {tix[lab[v]] for v in adj[u] if v in pos}
        cand.append(sorted(cs))
    xcol: dict[tuple[int, int], int] = {}
    for i, cs in enumerate(cand):
        for j in cs:
            xcol[(i, j)] = len(xcol)
    nx = len(xcol)
    fcol: dict[tuple[int, int, int], int] = {}  # (edge, direction, territory)
    for e, (a, b) in enumerate(E):
        for j in set(cand[a]) & set(cand[b]):
            fcol[(e, 0, j)] = nx + len(fcol)
            fcol[(e, 1, j)] = nx + len(fcol)
    off_o = nx + len(fcol)
    nv = off_o + T * q
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0

    def add(entries, lb, ub):
        nonlocal r
        for c_, v in entries:
            rows.append(r)
            cols.append(c_)
            vals.append(v)
        lo.append(lb)
        hi.append(ub)
        r += 1

    for i, cs in enumerate(cand):  # one territory per unit
        add([(xcol[(i, j)], 1.0) for j in cs], 1.0, 1.0)
    big = float(nR)
    inc: list[list[tuple[int, int]]] = [[] for _ in range(nR)]
    for e, (a, b) in enumerate(E):
        inc[a].append((e, 0))
        inc[b].append((e, 1))
    for j, t in enumerate(terrs):
        rj = pos[root[t]]
        for i in range(nR):
            if i == rj or (i, j) not in xcol:
                continue
            ent = [(xcol[(i, j)], -1.0)]
            for e, side in inc[i]:
                fab = fcol.get((e, 0, j))
                if fab is None:
                    continue
                fba = fcol[(e, 1, j)]
                ent += [(fab, -1.0), (fba, 1.0)] if side == 0 else [(fab, 1.0), (fba, -1.0)]
            add(ent, 0.0, 0.0)
    for (e, _d, j), f in fcol.items():
        a, b = E[e]
        add([(f, 1.0), (xcol[(a, j)], -big)], -np.inf, 0.0)
        add([(f, 1.0), (xcol[(b, j)], -big)], -np.inf, 0.0)
    # balance with slack, per measure (loads in tolerance units, band 1):
    # ls.load is (L - 1) / tol and ls.w is w / tol, so sum x w - 1 / tol is the load
    for j in range(T):
        for m in range(q):
            wm = ls.w[m]
            base = -1.0 / ls.tol[m]
            ent = [(xcol[(i, j)], wm[u]) for i, u in enumerate(R) if (i, j) in xcol]
            add(ent + [(off_o + j * q + m, -1.0)], -np.inf, 1.0 - base)
            add(ent + [(off_o + j * q + m, 1.0)], -1.0 - base, np.inf)
    A = sp.csr_matrix((vals, (rows, cols)), shape=(r, nv))
    c = np.zeros(nv)
    c[off_o:] = 1000.0
    for i, u in enumerate(R):
        c[xcol[(i, tix[lab[u]])]] = -1.0  # keep units where they are when possible
    lb = np.zeros(nv)
    ub = np.ones(nv)
    ub[nx:off_o] = big
    ub[off_o:] = np.inf
    for t in terrs:
        lb[xcol[(pos[root[t]], tix[t])]] = 1.0
    integrality = np.zeros(nv)
    integrality[:nx] = 1
    before = sum(max(0.0, abs(ls.load[m][t]) - 1.0) for t in terrs for m in range(q))
    res = milp(
        c,
        constraints=LinearConstraint(A, lo, hi),
        integrality=integrality,
        bounds=Bounds(lb, ub),
        options={"time_limit": time_limit, "disp": False},
    )
    if res.x is None:
        return False
    after = float(res.x[off_o:].sum())
    if after >= before - 1e-9:
        return False
    new_lab = {}
    for (i, j), col in xcol.items():
        if res.x[col] > 0.5:
            new_lab[i] = terrs[j]
    for i, u in enumerate(R):
        t = new_lab.get(i, lab[u])
        if lab[u] != t:
            ls.move(u, lab[u], t)
    return True
