"""Merge-split repair of two neighbouring territories (ReCom-style, as in GerryChain).

Territories made of a few heavy units (dense city zip codes where one unit is half a
territory) cannot be balanced by moving one unit at a time: every single move
overshoots. Merging a bad territory with a neighbour and re-splitting the union along
an edge of a random spanning tree gives two connected parts whose loads can be almost
anything the units allow. Among ``trials`` random spanning trees (random edge weights
+ ``scipy.sparse.csgraph.minimum_spanning_tree``), every tree edge is a candidate
split; subtree sums of each measure are accumulated leaves-up, vectorised over the
tree's BFS order. The split with the least band violation (then the fewest changed
units) is applied when it lowers the violation of the pair.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order, minimum_spanning_tree

__all__ = ["recom_pair"]


def _viol(x: np.ndarray) -> np.ndarray:
    e = np.abs(x) - 1.0
    return np.where(e > 0, e * e, 0.0)


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
    ii = np.asarray(ii)
    jj = np.asarray(jj)
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
        wts = rng.random(len(ii)) + 0.01
        g = sp.coo_matrix((wts, (ii, jj)), shape=(nU, nU)).tocsr()
        tree = minimum_spanning_tree(g)
        tree = tree + tree.T
        order, pred = breadth_first_order(tree, 0, directed=False, return_predecessors=True)
        if len(order) < nU:
            return False  # the union is not connected (should not happen)
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
