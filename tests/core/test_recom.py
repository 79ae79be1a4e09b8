"""Merge-split repair of two and of three territories (recom_pair, recom_triple).

The moves run on a real local search built through its public constructor (one
multilevel Level); outcomes are checked on the labels, with loads recomputed here.
"""

import numpy as np

from territory_plugin.core.local_search import LocalSearch
from territory_plugin.core.multilevel import Level
from territory_plugin.core.recom import recom_pair, recom_triple


def make_search(adjacency, weights, labels, tolerance, locked=(), seed=0):
    """A LocalSearch over units with these neighbours, weights and territories; units in
    ``locked`` stay in their territory. Positions: units in a row (only compactness reads them)."""
    n, k = len(weights), max(labels) + 1
    edges = np.array(sorted({(min(u, v), max(u, v)) for u in range(n) for v in adjacency[u]}), dtype=np.int64)
    w = np.asarray(weights, dtype=float)
    fixed = np.full(n, -1, dtype=np.int64)
    for u in locked:
        fixed[u] = labels[u]
    level = Level(
        n=n,
        edges=edges,
        cost=np.ones(len(edges)),
        wn=(w / (w.sum() / k))[:, None],
        a=np.ones(n),
        xy=np.stack([np.arange(n, dtype=float), np.zeros(n)], axis=1),
        fixed=fixed,
        count=np.ones(n),
    )
    return LocalSearch(level, np.asarray(labels), np.array([tolerance]), k)


def connected(adjacency, members):
    members = set(members)
    start = next(iter(members))
    seen, stack = {start}, [start]
    while stack:
        for v in adjacency[stack.pop()]:
            if v in members and v not in seen:
                seen.add(v)
                stack.append(v)
    return seen == members


def test_three_territories_that_no_pair_can_fix_are_rebalanced_and_stay_connected():
    # a 3 x 3 grid of units; three territories of 3 units each, two heavy and one light
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    adjacency = [[] for _ in range(9)]
    for r in range(3):
        for c in range(3):
            for dr, dc in ((0, 1), (1, 0)):
                if r + dr < 3 and c + dc < 3:
                    a, b = grid[r][c], grid[r + dr][c + dc]
                    adjacency[a].append(b)
                    adjacency[b].append(a)
    weights = [4, 3, 1, 2, 2, 2, 1, 3, 4]  # the mean territory totals 7.33
    labels = [0, 0, 0, 1, 1, 1, 2, 2, 2]  # rows: 8, 6, 8 -> +9%, -18%, +9%
    search = make_search(adjacency, weights, labels, tolerance=0.05)
    before = band_violation(labels, weights, 3, 0.05)
    assert before > 0

    assert recom_triple(search, (0, 1, 2), list(range(9)), trials=64)
    after = band_violation(search.labels(), weights, 3, 0.05)
    assert after < before
    for t in range(3):
        assert connected(adjacency, [u for u in range(9) if search.lab[u] == t])
    totals = np.bincount(search.lab, weights=weights, minlength=3)
    assert totals.sum() == sum(weights)  # nothing lost or duplicated


def path(n):
    return [[v for v in (u - 1, u + 1) if 0 <= v < n] for u in range(n)]


def band_violation(labels, weights, k, tolerance):
    """Sum over territories of (|deviation| / tolerance - 1)^2 beyond the band, from the labels."""
    totals = np.bincount(labels, weights=weights, minlength=k)
    excess = np.abs(totals / totals.mean() - 1) / tolerance - 1
    return float((np.clip(excess, 0, None) ** 2).sum())


def test_pair_move_rebalances_two_territories_with_the_fewest_changes():
    # six equal units in a row: territory 0 holds five of them, territory 1 one
    adjacency, weights, labels = path(6), [1.0] * 6, [0, 0, 0, 0, 0, 1]
    search = make_search(adjacency, weights, labels, tolerance=0.05)
    before = band_violation(labels, weights, 2, 0.05)

    assert recom_pair(search, 0, 1, list(range(6)), trials=8)
    assert band_violation(search.lab, weights, 2, 0.05) == 0 < before
    assert search.lab == [0, 0, 0, 1, 1, 1]  # two units change hands; the other even split moves four
    assert not recom_pair(search, 0, 1, list(range(6)), trials=8)  # balanced: nothing to gain, nothing moves
    assert search.lab == [0, 0, 0, 1, 1, 1]


def test_pair_move_keeps_locked_units_in_their_territory():
    adjacency, weights, labels = path(6), [1.0] * 6, [0, 0, 0, 0, 0, 1]
    search = make_search(adjacency, weights, labels, tolerance=0.05, locked=[3])  # unit 3 stays in territory 0

    assert recom_pair(search, 0, 1, list(range(6)), trials=8)
    assert search.lab[3] == 0
    assert band_violation(search.lab, weights, 2, 0.05) == 0
    assert search.lab == [1, 1, 1, 0, 0, 0]  # the only balanced split that keeps unit 3 in territory 0
    for t in (0, 1):
        assert connected(adjacency, [u for u in range(6) if search.lab[u] == t])
