"""Merge-split repair of two and of three territories (recom_pair, recom_triple).

The moves read a small part of the local search: adjacency lists, labels, scaled loads,
movable flags, a random generator and ``move``. ``TinySearch`` is that part; outcomes are
checked on the labels with loads recomputed here.
"""

import numpy as np

from territory_plugin.core.recom import recom_pair, recom_triple


class TinySearch:
    """The part of LocalSearch that recom_triple uses: scaled loads, 0 = mean, +-1 = band edge."""

    def __init__(self, adjacency, weights, labels, tolerance, seed=0):
        self.adj = adjacency
        self.lab = list(labels)
        self.q = 1
        k = max(labels) + 1
        mean = sum(weights) / k
        self.w = [[x / mean / tolerance for x in weights]]
        self.load = [[-1 / tolerance] * k]
        for u, t in enumerate(labels):
            self.load[0][t] += self.w[0][u]
        self.mov = [True] * len(weights)
        self.rng = np.random.default_rng(seed)

    def move(self, u, s, t):
        self.lab[u] = t
        self.load[0][s] -= self.w[0][u]
        self.load[0][t] += self.w[0][u]

    def _viol(self, t):
        e = abs(self.load[0][t]) - 1.0
        return e * e if e > 0 else 0.0


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
    search = TinySearch(adjacency, weights, labels, tolerance=0.05)
    before = sum(search._viol(t) for t in range(3))
    assert before > 0

    assert recom_triple(search, (0, 1, 2), list(range(9)), trials=64)
    after = sum(search._viol(t) for t in range(3))
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
    search = TinySearch(adjacency, weights, labels, tolerance=0.05)
    before = band_violation(labels, weights, 2, 0.05)

    assert recom_pair(search, 0, 1, list(range(6)), trials=8)
    assert band_violation(search.lab, weights, 2, 0.05) == 0 < before
    assert search.lab == [0, 0, 0, 1, 1, 1]  # two units change hands; the other even split moves four
    assert not recom_pair(search, 0, 1, list(range(6)), trials=8)  # balanced: nothing to gain, nothing moves
    assert search.lab == [0, 0, 0, 1, 1, 1]


def test_pair_move_keeps_locked_units_in_their_territory():
    adjacency, weights, labels = path(6), [1.0] * 6, [0, 0, 0, 0, 0, 1]
    search = TinySearch(adjacency, weights, labels, tolerance=0.05)
    search.mov[3] = False  # unit 3 must stay in territory 0

    assert recom_pair(search, 0, 1, list(range(6)), trials=8)
    assert search.lab[3] == 0
    assert band_violation(search.lab, weights, 2, 0.05) == 0
    assert search.lab == [1, 1, 1, 0, 0, 0]  # the only balanced split that keeps unit 3 in territory 0
    for t in (0, 1):
        assert connected(adjacency, [u for u in range(6) if search.lab[u] == t])
