"""Yearly realignment under a disruption budget.

:func:`realign_territories` brings an existing alignment back into balance while moving
as little as possible: the engine starts from the alignment with ``min_moves`` (it
carries the least load between touching territories, then puts back every moved unit
it can; see disruption.py), territory ids stay those of the alignment, and locked units
stay put. Disruption is the share of the disruption measure (the main balance measure,
or another one such as accounts) whose territory changed (DESIGN.md).

With a budget (``max_disruption``) the plan must move no more than it. When budget and
tolerance cannot both hold, :class:`~territory_plugin.core.reasons.InfeasiblePlan` says
so with a ``disruption_over_budget`` reason naming the smallest budget that worked (the
plan at the requested tolerance), the lower bound (no plan moving units into territories
they touch can move less), and the best tolerance reached within the budget; with
``best_effort`` the plan within the budget is returned with that reason as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from territory_plugin.core import metrics as M
from territory_plugin.core.contiguity import fill_unassigned
from territory_plugin.core.disruption import FlowProblem, best_tolerance_within, disruption_bound
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.partition import EngineOptions, Plan, design_territories
from territory_plugin.core.reasons import NOTICES, InfeasiblePlan, Reason, ReasonKind

__all__ = ["Realignment", "realign_territories", "moved_load"]

# tolerances tried, as multiples of the best one the bound allows within the budget
TOLERANCE_STEPS = (1.02, 1.15, 1.35, 1.7, 2.3)
BISECTIONS = 3  # then halve the gap between the last step over budget and the first within it


@dataclass
class Realignment:
    """What a realignment moved (fractions of the disruption measure's known total).

    budget: the allowed disruption or None; disruption: what the plan moved;
    lower_bound: the least a plan must move for the requested tolerance when every moved
    unit joins a territory its own touched (disruption.disruption_bound; inf: even moving
    every unlocked unit cannot balance);
    moved_in, moved_out: (k,) disruption measure that joined / left each territory (its
    own units); needed: when over budget, the disruption of the plan at the requested
    tolerance (the smallest budget that worked); best_tolerance: when over budget, the
    largest deviation of the plan within the budget (a fraction).
    """

    budget: float | None
    disruption: float
    lower_bound: float
    moved_in: np.ndarray
    moved_out: np.ndarray
    needed: float | None = None
    best_tolerance: float | None = None


def moved_load(labels: np.ndarray, initial: np.ndarray, d: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(moved_in, moved_out): per territory, the measure ``d`` of units that joined it
    from another territory, and of its units that left (units of unknown origin: none)."""
    moved = (initial >= 0) & (labels != initial)
    moved_in = np.bincount(labels[moved], weights=d[moved], minlength=k)
    moved_out = np.bincount(initial[moved], weights=d[moved], minlength=k)
    return moved_in, moved_out


def realign_territories(
    graph: UnitGraph,
    weights: np.ndarray,
    k: int,
    tolerance,
    initial: np.ndarray,
    *,
    max_disruption: float | None = None,
    locked: np.ndarray | None = None,
    disruption_weights: np.ndarray | None = None,
    random_seed: int = 0,
    best_effort: bool = False,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    options: EngineOptions | None = None,
    status=None,
) -> Plan:
    """Rebalance ``initial`` (n,) territory ids 0..k-1 (-1 unknown) within ``tolerance``
    moving the least; ``max_disruption`` is a fraction (0.05 = 5%) of the disruption
    measure (``disruption_weights``, default the main balance measure). The plan's
    ``realignment`` holds the numbers (see :class:`Realignment`)."""
    W = M.as_2d(weights)
    initial = np.asarray(initial, dtype=np.int64)
    if initial.shape != (graph.n,) or initial.max(initial=-1) >= k or initial.min(initial=0) < -1:
        raise ValueError("initial must be (n,) with values -1..k-1")
    d = W[:, 0].astype(np.float64) if disruption_weights is None else np.asarray(disruption_weights, dtype=np.float64)
    known_total = float(d[initial >= 0].sum())
    scale = 1.0 / known_total if known_total > 0 else 0.0
    tol = np.broadcast_to(np.asarray(tolerance, dtype=np.float64), (W.shape[1],)).copy()
    opt = replace(options or EngineOptions(), min_moves=True)

    # the alignment the engine starts from: units of unknown territory join a neighbour
    start = fill_unassigned(graph.n, graph.edges, np.ones(len(graph.edges)), initial)
    start[start < 0] = 0
    fp = FlowProblem.build(graph, start, W, k, locked, d)
    bound = disruption_bound(fp, tol) * scale

    def stands(plan: Plan) -> bool:
        return not any(r.kind not in NOTICES for r in plan.warnings)

    def design(t: np.ndarray, report) -> Plan:
        """The plan that moves least of the two searches (least-load flows of each measure
        apart, and the electrical flow that levels all measures at once): balanced first."""
        best = None
        for lp in (True, False):
            plan = design_territories(
                graph,
                W,
                k,
                t,
                initial=initial,
                locked=locked,
                random_seed=random_seed,
                best_effort=True,
                progress=report if lp else None,
                is_canceled=is_canceled,
                options=replace(opt, min_moves_lp=lp),
                disruption_weights=d,
                status=status,
            )
            key = (not stands(plan), float(d[(initial >= 0) & (plan.labels != initial)].sum()))
            if best is None or key < best[0]:
                best = (key, plan)
        return best[1]

    def describe(plan: Plan, **extra) -> Plan:
        moved_in, moved_out = moved_load(plan.labels, initial, d, k)
        disruption = float(moved_out.sum() * scale)
        plan.realignment = Realignment(max_disruption, disruption, bound, moved_in, moved_out, **extra)
        return plan

    plan = describe(design(tol, progress))
    within = max_disruption is None or plan.realignment.disruption <= max_disruption + 1e-12
    if stands(plan) and within:
        return plan
    if within:  # the tolerance alone cannot be met, whatever moves
        if best_effort:
            return plan
        raise InfeasiblePlan(plan.warnings, plan)

    # over budget: the plan within it with the best tolerance
    needed = plan.realignment.disruption if stands(plan) else None
    reachable = best_tolerance_within(fp, max_disruption * known_total)
    # last resort: the tolerance the alignment already meets (next to nothing moves)
    today = np.max(np.abs(M.deviations(M.territory_totals(start, W, k))), axis=0)
    tries = [np.maximum(tol, reachable * step) for step in TOLERANCE_STEPS] + [np.maximum(tol, today * 1.001)]
    fallback, over, least = None, tol, None
    for t in tries:
        if is_canceled is not None and is_canceled():
            break
        tried = describe(design(t, None))
        if tried.realignment.disruption <= max_disruption + 1e-12:
            fallback = (t, tried)
            break
        over = t
        least = tried.realignment.disruption  # the last try keeps today's balance
    # narrow the gap between the last tolerance over budget and the first within it
    for _ in range(BISECTIONS if fallback is not None else 0):
        if is_canceled is not None and is_canceled():
            break
        t = 0.5 * (over + fallback[0])
        tried = describe(design(t, None))
        if tried.realignment.disruption <= max_disruption + 1e-12:
            fallback = (t, tried)
        else:
            over = t
    fallback = None if fallback is None else fallback[1]
    reason = Reason(
        ReasonKind.DISRUPTION_OVER_BUDGET,
        {
            "budget": float(max_disruption),
            "needed": needed,
            "lower_bound": float(bound),
            "best_tolerance": None if fallback is None else float(np.max(fallback.max_deviation)),
            "tolerance": float(np.max(tol)),
            # none within the budget: what a plan that only keeps today's balance moves, and
            # why anything must move (territories in pieces, units without a territory)
            "least": None if fallback is not None else least,
            "split_territories": int(np.count_nonzero(M.territory_pieces(graph, start, k) > 1)),
            "unassigned_units": int(np.count_nonzero(initial < 0)),
        },
    )
    chosen = fallback if fallback is not None else plan
    chosen.realignment.needed = needed
    chosen.realignment.best_tolerance = reason.data["best_tolerance"]
    chosen.warnings = [reason] + [r for r in chosen.warnings if r.kind != ReasonKind.BALANCE_NOT_REACHED]
    if best_effort and fallback is not None:
        return chosen
    raise InfeasiblePlan([reason], chosen)
