"""Contiguity repair: make every territory one connected piece of the unit graph.

Each territory keeps its main piece (the one holding its anchor: seed or locked units,
else its heaviest piece). Every other piece ("orphan") is handed whole to the
neighbouring territory whose main piece it shares the longest boundary with; pieces
that only touch other orphans wait for the next pass. Vectorised per pass (sparse
connected components plus ``np.unique`` on edge keys); a few passes suffice.

Orphan pieces that hold locked units cannot be handed over; they are joined to their
territory's main piece along a cheapest path of movable units instead.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

__all__ = ["pieces", "repair_contiguity", "fill_unassigned", "path_join"]


def pieces(n: int, edges: np.ndarray, lab: np.ndarray) -> tuple[int, np.ndarray]:
    """Components of the graph restricted to edges inside one territory."""
    keep = lab[edges[:, 0]] == lab[edges[:, 1]]
    i, j = edges[keep, 0], edges[keep, 1]
    a = sp.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    return connected_components(a, directed=False)


def fill_unassigned(n: int, edges: np.ndarray, ecost: np.ndarray, lab: np.ndarray) -> np.ndarray:
    """Give every unit labelled -1 the territory of the neighbour it shares most with.

    Grows the labelled area one ring per pass (vectorised); units in a piece of the
    graph without any label stay -1.
    """
    lab = lab.copy()
    e0, e1 = edges[:, 0], edges[:, 1]
    while True:
        un = lab < 0
        if not un.any():
            break
        a = np.concatenate([e0, e1])
        b = np.concatenate([e1, e0])
        c = np.concatenate([ecost, ecost])
        sel = un[a] & ~un[b]
        if not sel.any():
            break
        key = a[sel].astype(np.int64) * (int(lab.max()) + 1) + lab[b[sel]]
        uk, inv = np.unique(key, return_inverse=True)
        s = np.bincount(inv, weights=c[sel] + 1e-9)
        unit = uk // (int(lab.max()) + 1)
        terr = uk % (int(lab.max()) + 1)
        order = np.lexsort((-s, unit))
        first = np.ones(len(order), dtype=bool)
        first[1:] = unit[order][1:] != unit[order][:-1]
        pick = order[first]
        lab[unit[pick]] = terr[pick]
    return lab


def path_join(
    adj_ptr: np.ndarray,
    adj_idx: np.ndarray,
    lab: np.ndarray,
    t: int,
    src: np.ndarray,
    target_mask: np.ndarray,
    blocked: np.ndarray,
) -> bool:
    """Relabel to t a shortest path (BFS) from the units ``src`` to ``target_mask``."""
    prev = {int(u): -1 for u in src}
    dq = deque(int(u) for u in src)
    hit = -1
    while dq:
        x = dq.popleft()
        for y in adj_idx[adj_ptr[x] : adj_ptr[x + 1]].tolist():
            if y in prev or (blocked[y] and lab[y] != t):
                continue
            prev[y] = x
            if target_mask[y]:
                hit = y
                dq.clear()
                break
            dq.append(y)
    if hit < 0:
        return False
    x = prev[hit]
    while x >= 0 and prev.get(x, -1) != -1:
        lab[x] = t
        x = prev[x]
    if x >= 0:
        lab[x] = t
    return True


def repair_contiguity(
    n: int,
    edges: np.ndarray,
    ecost: np.ndarray,
    lab: np.ndarray,
    k: int,
    mass: np.ndarray,
    immovable: np.ndarray,
    anchor: np.ndarray,
    adj: tuple[np.ndarray, np.ndarray],
    max_passes: int = 200,
) -> tuple[np.ndarray, list[int]]:
    """Return labels where every territory is one piece, plus territories that could
    not be joined (locked units cut off from each other).

    mass: (n,) weight used to pick the main piece; immovable: (n,) bool (locked units
    and seeds); anchor: (k,) a unit that must stay in its territory or -1.
    """
    lab = lab.copy()
    e0, e1 = edges[:, 0], edges[:, 1]
    failed: list[int] = []
    tried_join: set[tuple[int, int]] = set()
    for _ in range(max_passes):
        ncomp, comp = pieces(n, edges, lab)
        comp_lab = np.empty(ncomp, dtype=np.int64)
        comp_lab[comp] = lab
        cmass = np.bincount(comp, weights=mass, minlength=ncomp) + 1e-9 * np.bincount(comp, minlength=ncomp)
        cfix = np.bincount(comp, weights=immovable.astype(np.float64), minlength=ncomp)
        # main piece: the anchor's, else the one with locked units, else the heaviest
        prio = cmass / (cmass.max() + 1.0) + 2.0 * (cfix > 0)
        anc = anchor >= 0
        prio[comp[anchor[anc]]] += 10.0
        order = np.lexsort((prio, comp_lab))
        last = np.ones(ncomp, dtype=bool)
        last[:-1] = comp_lab[order][1:] != comp_lab[order][:-1]
        main = np.zeros(ncomp, dtype=bool)
        main[order[last]] = True
        if main.all():
            return lab, failed
        orphan_c = ~main
        locked_orphan = orphan_c & (cfix > 0)
        # hand over orphans touching a main piece of another territory
        a = np.concatenate([e0, e1])
        b = np.concatenate([e1, e0])
        c = np.concatenate([ecost, ecost])
        ca, cb = comp[a], comp[b]
        sel = orphan_c[ca] & ~locked_orphan[ca] & main[cb]
        moved = False
        if sel.any():
            key = ca[sel].astype(np.int64) * k + lab[b[sel]]
            uk, inv = np.unique(key, return_inverse=True)
            s = np.bincount(inv, weights=c[sel] + 1e-9)
            cc = uk // k
            tt = uk % k
            o = np.lexsort((-s, cc))
            first = np.ones(len(o), dtype=bool)
            first[1:] = cc[o][1:] != cc[o][:-1]
            pick = o[first]
            newlab = np.full(ncomp, -1, dtype=np.int64)
            newlab[cc[pick]] = tt[pick]
            upd = newlab[comp] >= 0
            lab[upd] = newlab[comp[upd]]
            moved = bool(upd.any())
        if not moved:
            # only locked orphans (or orphans boxed in by them) are left: join them
            progressed = False
            for cid in np.flatnonzero(locked_orphan):
                t = int(comp_lab[cid])
                src = np.flatnonzero(comp == cid)
                key = (t, int(src[0]))
                if key in tried_join:
                    continue
                tried_join.add(key)
                mcomp = order[last][np.searchsorted(comp_lab[order[last]], t)]
                target = comp == mcomp
                if path_join(adj[0], adj[1], lab, t, src, target, immovable):
                    progressed = True
                else:
                    failed.append(t)
            if not progressed:
                return lab, sorted(set(failed))
    return lab, sorted(set(failed))
