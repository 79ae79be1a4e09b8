"""The engine says where it is and how balanced its plan is, so that a long run is not silent."""

from __future__ import annotations

import numpy as np

from territory_plugin.core import metrics as M
from territory_plugin.core import solve
from territory_plugin.core.partition import design_territories
from tests.core.test_partition import grid_graph, two_islands


def test_status_reports_the_refinement_passes_in_order(monkeypatch):
    graph = grid_graph(40, 40)
    weights = np.random.default_rng(3).uniform(1.0, 3.0, graph.n)
    seen: list[tuple[str, int, int, float]] = []
    mismatch = [0.0]
    watched = solve._Watch.__call__

    def checked_call(watch):  # the deviation said, against metrics.py on the search's labels at that moment
        watched(watch)
        if watch.search is not None and watch.step == watch.steps:
            labels = watch.search.labels()
            truth = M.max_abs_deviation(M.deviations(M.territory_totals(labels, weights[:, None], 12)))
            mismatch[0] = max(mismatch[0], abs(float(np.max(truth)) - watch.deviation()))

    monkeypatch.setattr(solve._Watch, "__call__", checked_call)

    def status(phase, step, steps, deviation):
        if len(seen) < 5000:
            seen.append((phase, step, steps, deviation()))

    design_territories(graph, weights, 12, 0.02, random_seed=1, status=status)
    assert seen, "no status at all"
    assert {phase for phase, *_ in seen} <= {"refine", "retry"}
    refine = [(step, steps) for phase, step, steps, _ in seen if phase == "refine"]
    assert [step for step, _ in refine] == sorted(step for step, _ in refine)  # coarse to fine, in order
    assert refine[-1][0] == refine[-1][1] > 1
    assert all(0.0 <= dev < 1.0 for *_, dev in seen)
    assert mismatch[0] < 1e-9


def test_each_separate_piece_is_reported():
    both = two_islands()  # far apart, no bridge: the engine designs each piece on its own
    n = both.n // 2
    pieces = set()
    design_territories(
        both, np.ones(2 * n), 6, 0.05, status=lambda phase, step, steps, dev: pieces.add((phase, step, steps))
    )
    assert ("piece", 1, 2) in pieces and ("piece", 2, 2) in pieces
