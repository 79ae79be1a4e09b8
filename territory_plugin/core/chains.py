"""Repair moves of the local search for territories outside the band: single moves and
pair swaps (:func:`swap_polish`), and ejection chains (:func:`eject_chains`).

Both work on the :class:`~territory_plugin.core.search_state.SearchState` part of the
local search (labels, scaled loads, ``move``, ``can_remove``...) and keep every
territory connected at every step.
"""

from __future__ import annotations

from territory_plugin.core.search_state import SearchState, over

__all__ = ["swap_polish", "eject_chains"]


def swap_polish(ls: SearchState, band: float = 1.0) -> int:
    """Single moves and pair swaps around territories outside the band; each step
    must lower the total band violation. Returns the number of moves made."""
    lab, adj, w, q, load, mov = ls.lab, ls.adj, ls.w, ls.q, ls.load, ls.mov
    moved = 0
    bad = [t for t in range(ls.k) if ls.violation(t) > 0.0]
    if not bad:
        return 0
    bnd = ls.boundary().tolist()
    by_terr: dict[int, list[int]] = {}
    for u in bnd:
        by_terr.setdefault(lab[u], []).append(u)

    def viol_pair(s, t, ds_list, dt_list):
        v = 0.0
        for m in range(q):
            v += over(load[m][s] + ds_list[m], band) + over(load[m][t] + dt_list[m], band)
        return v

    for s in bad:
        if ls.violation(s) <= 0.0:
            continue
        best = None
        for u in by_terr.get(s, []):
            if lab[u] != s or not mov[u]:
                continue
            nbt = {lab[v] for v in adj[u]} - {s}
            for t in nbt:
                base = viol_pair(s, t, [0.0] * q, [0.0] * q)
                wu = [w[m][u] for m in range(q)]
                single = viol_pair(s, t, [-x for x in wu], wu)
                if single < base - 1e-12 and (best is None or single - base < best[0]):
                    best = (single - base, u, -1, s, t)
                # swaps with a unit v of t next to s
                for v in adj[u]:
                    if lab[v] != t or not mov[v]:
                        continue
                    wv = [w[m][v] for m in range(q)]
                    dd = [wv[m] - wu[m] for m in range(q)]
                    sw = viol_pair(s, t, dd, [-x for x in dd])
                    if sw < base - 1e-12 and (best is None or sw - base < best[0]):
                        best = (sw - base, u, v, s, t)
        if best is None:
            continue
        _, u, v, s_, t = best
        if v < 0:
            if ls.can_remove(u, s_):
                ls.move(u, s_, t)
                moved += 1
            continue
        if not (any(lab[x] == s_ and x != u for x in adj[v]) and any(lab[x] == t and x != v for x in adj[u])):
            continue
        if ls.can_remove(u, s_) and ls.can_remove(v, t):
            ls.move(u, s_, t)
            if ls.can_remove(v, t):
                ls.move(v, t, s_)
                moved += 2
            else:
                ls.move(u, t, s_)
                ls.moves -= 2
    return moved


def eject_chains(ls: SearchState, depth: int = 4, branch: int = 6) -> int:
    """Repair territories outside the band with ejection chains of single moves.

    An overloaded territory gives a unit to a neighbour, which (if now overloaded)
    gives one on to the next territory, and so on for up to ``depth`` moves, so
    that every territory on the chain ends inside the band; underloaded territories
    pull along a chain the same way. Depth-first search over the main measure with
    the ``branch`` candidates closest to the needed weight; the chain is then run
    move by move with contiguity checks and undone if a check fails or the total
    band violation (all measures) does not fall. Returns the chains applied.
    """
    lab, adj, mov, w0, load0 = ls.lab, ls.adj, ls.mov, ls.w[0], ls.load[0]
    made = 0
    bad = sorted((t for t in range(ls.k) if ls.violation(t) > 0.0), key=lambda t: -ls.violation(t))
    if not bad:
        return 0
    bnd = ls.boundary().tolist()
    by_terr: dict[int, list[int]] = {}
    for u in bnd:
        by_terr.setdefault(lab[u], []).append(u)

    def give(t, lo, hi, visited, d):
        """t must lose a unit of weight in [lo, hi]; returns moves or None."""
        cands = []
        mid = 0.5 * (lo + hi)
        for u in by_terr.get(t, ()):
            if lab[u] != t or not mov[u]:
                continue
            x = w0[u]
            if lo <= x <= hi or d > 0:
                for nt in {lab[v] for v in adj[u]}:
                    if nt != t and nt not in visited:
                        cands.append((abs(x - mid), u, nt))
        cands.sort()
        for _, u, nt in cands[: branch * 3]:
            x = w0[u]
            if not (lo <= x <= hi):
                continue
            if not ls.can_remove(u, t):
                continue
            nl = load0[nt] + x
            if -1.0 <= nl <= 1.0:
                return [(u, t, nt)]
            if d > 0 and nl > 1.0:
                rest = give(nt, nl - 1.0, nl + 1.0, visited | {nt}, d - 1)
                if rest is not None:
                    return [(u, t, nt)] + rest
        return None

    def take(t, lo, hi, visited, d):
        """t must gain a unit of weight in [lo, hi] from a neighbour."""
        cands = []
        mid = 0.5 * (lo + hi)
        seen = set()
        for b in by_terr.get(t, ()):
            if lab[b] != t:
                continue
            for v in adj[b]:
                nt = lab[v]
                if nt == t or nt in visited or v in seen or not mov[v]:
                    continue
                seen.add(v)
                cands.append((abs(w0[v] - mid), v, nt))
        cands.sort()
        for _, v, nt in cands[: branch * 3]:
            x = w0[v]
            if not (lo <= x <= hi):
                continue
            if not ls.can_remove(v, nt):
                continue
            nl = load0[nt] - x
            if -1.0 <= nl <= 1.0:
                return [(v, nt, t)]
            if d > 0 and nl < -1.0:
                rest = take(nt, -1.0 - nl, 1.0 - nl, visited | {nt}, d - 1)
                if rest is not None:
                    return [(v, nt, t)] + rest
        return None

    for s in bad:
        if ls.violation(s) <= 0.0:
            continue
        dev = load0[s]
        if dev > 1.0:
            chain = give(s, dev - 1.0, dev + 1.0, {s}, depth - 1)
        elif dev < -1.0:
            chain = take(s, -1.0 - dev, 1.0 - dev, {s}, depth - 1)
        else:
            continue
        if not chain:
            continue
        terrs = {s} | {c[2] for c in chain} | {c[1] for c in chain}
        before = ls.total_violation(terrs)
        done = []
        ok = True
        for u, a, b in chain:
            if lab[u] != a or not ls.can_remove(u, a) or not any(lab[v] == b for v in adj[u]):
                ok = False
                break
            ls.move(u, a, b)
            done.append((u, a, b))
        if ok and ls.total_violation(terrs) < before - 1e-12:
            made += 1
            for u, _a, b in done:
                by_terr.setdefault(b, []).append(u)
                for v in adj[u]:
                    by_terr.setdefault(lab[v], []).append(v)
        else:
            for u, a, b in reversed(done):
                ls.move(u, b, a)
                ls.moves -= 2
    return made
