"""Merge-split repair of three territories at once."""

import numpy as np

from territory_plugin.core.recom import recom_triple


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
