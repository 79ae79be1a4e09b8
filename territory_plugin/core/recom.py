"""Merge-split repair of two neighbouring territories (ReCom-style, as in GerryChain).

Territories made of a few heavy units (dense city zip codes where one unit is half a
territory) cannot be balanced by moving one unit at a time: every single move
overshoots. Merging a bad territory with a neighbour and re-splitting the union along
an edge of a random spanning tree gives two connected parts whose loads can be almost
anything the units allow. Among ``trials`` random spanning trees (Kruskal over a random
edge order, i.e. the minimum spanning tree of random edge weights), every tree edge is a
candidate split; subtree sums of each measure are accumulated leaves-up, vectorised over the
tree's BFS order. The split with the least band violation (then the fewest changed
units) is applied when it lowers the violation of the pair.
"""

from __future__ import annotations

import itertools

import numpy as np

from territory_plugin.core.search_state import SearchState

__all__ = ["recom_pair", "recom_triple"]


def _band_excess(x: np.ndarray) -> np.ndarray:
    e = np.abs(x) - 1.0
    return np.where(e > 0, e * e, 0.0)


def _local_edges(units: list[int], adj) -> tuple[dict[int, int], list[int], list[int]]:
    """Local index of each unit and the edges among ``units`` (i < j) in local indices."""
    pos = {u: i for i, u in enumerate(units)}
    ii, jj = [], []
    for i, u in enumerate(units):
        for v in adj[u]:
            j = pos.get(v)
            if j is not None and j > i:
                ii.append(i)
                jj.append(j)
    return pos, ii, jj


def _random_tree_order(n: int, ii: list[int], jj: list[int], rng) -> tuple[np.ndarray, np.ndarray] | None:
    """BFS order from unit 0 and parents of a random spanning tree; None if not connected.

    Plain Python: the unions are small (a few to a few hundred units), where building
    scipy sparse matrices for every trial cost 10x more than the work itself.
    """
    parent = list(range(n))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    tree: list[list[int]] = [[] for _ in range(n)]
    joined = 0
    for e in rng.permutation(len(ii)).tolist():
        a, b = ii[e], jj[e]
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            tree[a].append(b)
            tree[b].append(a)
            joined += 1
            if joined == n - 1:
                break
    if joined < n - 1:
        return None
    order, pred = [0], [-1] * n
    seen = [False] * n
    seen[0] = True
    for x in order:  # grows while it is read: breadth-first
        for y in tree[x]:
            if not seen[y]:
                seen[y] = True
                pred[y] = x
                order.append(y)
    return np.asarray(order), np.asarray(pred)


def recom_pair(ls: SearchState, s: int, t: int, units: list[int], trials: int = 24) -> bool:
    """Re-split territories s and t (``units`` = all units of both) of the search
    state ``ls``. Returns True if the pair's band violation fell."""
    lab, adj, q = ls.lab, ls.adj, ls.q
    nU = len(units)
    if nU < 2:
        return False
    pos, ii, jj = _local_edges(units, adj)
    if not ii:
        return False
    W = np.array([[ls.w[m][u] for m in range(q)] for u in units])  # (nU, q)
    base_s = np.array([ls.load[m][s] for m in range(q)]) - W[[pos[u] for u in units if lab[u] == s]].sum(axis=0)
    base_t = np.array([ls.load[m][t] for m in range(q)]) - W[[pos[u] for u in units if lab[u] == t]].sum(axis=0)
    total = W.sum(axis=0)
    cur_s = np.array([lab[u] == s for u in units])
    fixed_s = np.array([(not ls.mov[u]) and lab[u] == s for u in units], dtype=np.int64)
    fixed_t = np.array([(not ls.mov[u]) and lab[u] == t for u in units], dtype=np.int64)
    before = float(
        _band_excess(np.array([ls.load[m][s] for m in range(q)])).sum()
        + _band_excess(np.array([ls.load[m][t] for m in range(q)])).sum()
    )
    best = None
    rng = ls.rng
    for _ in range(trials):
        spanning = _random_tree_order(nU, ii, jj, rng)
        if spanning is None:
            return False  # the union is not connected (should not happen)
        order, pred = spanning
        sub = W.copy()
        fs = fixed_s.copy()
        ft = fixed_t.copy()
        cs = cur_s.astype(np.int64)
        cnt = np.ones(nU, dtype=np.int64)
        for x in order[:0:-1]:  # leaves up (skip the root)
            p = pred[x]
            sub[p] += sub[x]
            fs[p] += fs[x]
            ft[p] += ft[x]
            cs[p] += cs[x]
            cnt[p] += cnt[x]
        kids = order[1:]
        # option A: s takes the subtree of `kid`; option B: t takes it
        for s_takes in (True, False):
            ls_new = base_s + (sub[kids] if s_takes else total - sub[kids])
            lt_new = base_t + (total - sub[kids] if s_takes else sub[kids])
            v = _band_excess(ls_new).sum(axis=1) + _band_excess(lt_new).sum(axis=1)
            if s_takes:
                ok = (ft[kids] == 0) & (fs[kids] == fixed_s.sum())
                changed = (cnt[kids] - cs[kids]) + (cur_s.sum() - cs[kids])
            else:
                ok = (fs[kids] == 0) & (ft[kids] == fixed_t.sum())
                changed = cs[kids] + (nU - cnt[kids]) - (cur_s.sum() - cs[kids])
            if not ok.any():
                continue
            key = np.where(ok, v + 1e-6 * changed, np.inf)
            j = int(np.argmin(key))
            if best is None or key[j] < best[0]:
                # membership of the subtree of kids[j]
                kid = kids[j]
                inside = np.zeros(nU, dtype=bool)
                inside[kid] = True
                for x in order[1:]:
                    if inside[pred[x]]:
                        inside[x] = True
                best = (float(key[j]), inside if s_takes else ~inside, float(v[j]))
    if best is None or best[2] >= before - 1e-12:
        return False
    to_s = best[1]
    for i, u in enumerate(units):
        want = s if to_s[i] else t
        if lab[u] != want:
            ls.move(u, lab[u], want)
    return True


def recom_triple(ls: SearchState, terrs: tuple[int, int, int], units: list[int], trials: int = 24) -> bool:
    """Re-split three territories (``units`` = all their units) along two edges of a
    random spanning tree. Two heavy-unit territories next to each other often cannot
    both reach the band, while three together can (their mean is what counts). Returns
    True if the trio's band violation fell. Small unions only: the search is
    O(units^2) per tree.
    """
    lab, adj, q = ls.lab, ls.adj, ls.q
    n = len(units)
    if n < 3 or any(not ls.mov[u] for u in units):
        return False
    pos, ii, jj = _local_edges(units, adj)
    W = np.array([[ls.w[m][u] for m in range(q)] for u in units])  # (n, q), scaled
    # the load of a territory holding none of these units (same for all three)
    s = terrs[0]
    empty = np.array([ls.load[m][s] for m in range(q)]) - W[[pos[u] for u in units if lab[u] == s]].sum(axis=0)
    before = ls.total_violation(terrs)
    total = W.sum(axis=0)
    best = None
    for _ in range(trials):
        spanning = _random_tree_order(n, ii, jj, ls.rng)
        if spanning is None:
            return False
        order, pred = spanning
        inside = np.eye(n, dtype=bool)  # inside[a, x]: x lies in the subtree of a
        for x in order[:0:-1]:  # leaves up
            inside[pred[x]] |= inside[x]
        sub = inside.astype(np.float64) @ W  # (n, q) subtree loads
        a, b = np.triu_indices(n, 1)
        keep = (a != order[0]) & (b != order[0])  # the root has no edge to its parent
        a, b = a[keep], b[keep]
        b_in_a, a_in_b = inside[a, b], inside[b, a]
        first = np.where(b_in_a[:, None], sub[b], sub[a])
        second = np.where(b_in_a[:, None], sub[a] - sub[b], np.where(a_in_b[:, None], sub[b] - sub[a], sub[b]))
        third = total - first - second
        viol = sum(_band_excess(empty + part).sum(axis=1) for part in (first, second, third))
        j = int(np.argmin(viol))
        if best is None or viol[j] < best[0]:
            ma, mb = inside[a[j]], inside[b[j]]
            if b_in_a[j]:
                parts = (mb, ma & ~mb, ~ma)
            elif a_in_b[j]:
                parts = (ma, mb & ~ma, ~mb)
            else:
                parts = (ma, mb, ~(ma | mb))
            best = (float(viol[j]), parts)
    if best is None or best[0] >= before - 1e-12:
        return False
    # give each part to the territory that already holds most of it: fewest moves
    current = np.array([lab[u] for u in units])
    assignment = max(
        itertools.permutations(terrs),
        key=lambda perm: sum(int((current[part] == t).sum()) for part, t in zip(best[1], perm)),
    )
    for part, t in zip(best[1], assignment):
        for i in np.flatnonzero(part):
            u = units[i]
            if lab[u] != t:
                ls.move(u, lab[u], t)
    return True
