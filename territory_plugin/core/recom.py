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

import numpy as np

__all__ = ["recom_pair"]


def _viol(x: np.ndarray) -> np.ndarray:
    e = np.abs(x) - 1.0
    return np.where(e > 0, e * e, 0.0)


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


def recom_pair(ls, s: int, t: int, units: list[int], trials: int = 24) -> bool:
    """Re-split territories s and t (``units`` = all units of both) of LocalSearch
    ``ls``. Returns True if the pair's band violation fell."""
    lab, adj, q = ls.lab, ls.adj, ls.q
    nU = len(units)
    if nU < 2:
        return False
    pos = {u: i for i, u in enumerate(units)}
    ii, jj = [], []
    for i, u in enumerate(units):
        for v in adj[u]:
            j = pos.get(v)
            if j is not None and j > i:
                ii.append(i)
                jj.append(j)
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
        _viol(np.array([ls.load[m][s] for m in range(q)])).sum()
        + _viol(np.array([ls.load[m][t] for m in range(q)])).sum()
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
            v = _viol(ls_new).sum(axis=1) + _viol(lt_new).sum(axis=1)
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
