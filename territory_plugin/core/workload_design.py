"""Territories balanced on workload: call hours plus day-tour travel, as the scorecard counts them.

The engine (:func:`territory_plugin.core.partition.design_territories`) balances fixed
unit weights. Travel is not one: a unit's travel hours depend on the territory it ends
up in (the distance to that territory's base, the hop between calls in that
territory's tours, DESIGN.md "Travel"). So the design is an outer loop, a fixed-point
iteration on the travel estimate:

1. design on call hours alone (round 0);
2. score the plan exactly as the scorecard does at unit level
   (:func:`territory_plugin.core.workload.day_tour_travel`, then
   :func:`~territory_plugin.core.workload.scorecard`): each unit's travel
   ``calls_u x (2 d(u, base_t) / c + hop_t) x circuity / speed`` in its territory t;
3. redesign on ``call hours + that travel`` per unit, warm-started from that plan (the
   engine then moves mostly boundary units, so the estimate stays close); far from the
   tolerance in the first rounds, a fresh design is much quicker and as good;
4. repeat (``rounds`` at most) and return the plan with the smallest deviation.

A unit's travel is right for the territory it was in; when the engine moves it to a
neighbouring territory its estimate is a little off, and the next round corrects it.
Warm rounds take half the step (each unit's weight is the mean of its last two
estimates): shedding units also shortens the tours of the units a territory keeps, so the
full step overshoots and, where travel dominates, diverges.
On the sample (travel a third of the hours) the loop settles in 3 rounds
(18.6% > 2.9% > 2.8% > 1.3%); 50 territories of the whole US (travel two thirds) in 9
(210% > 98% > ... > 2.1%). The engine balances the estimate within the tolerance; when the
scorecard is near (between half and twice the tolerance, where the band rather than the
estimate is what misses), the next round halves the engine's band (never below a quarter
of the tolerance). The loop stops at half the tolerance, or after two rounds without
improvement, and returns the best plan.

A realignment on workload (:func:`realign_on_workload`) runs the same loop with
:func:`territory_plugin.core.realign.realign_territories` in place of a design: every round
starts again from the existing alignment, with each unit's travel first as it is in that
alignment, then in the last plan; the disruption is counted on the workload as it is today
(call hours + travel in the existing alignment), the same measure every round, so the budget
holds whatever the round. It stops at the first plan whose scorecard is within the
tolerance, which moves least.

Rows are units (zip areas): ``calls`` and ``call_hours`` per year, ``accounts`` called
(N_t of the tours; None: one per unit with calls), ``locations`` (n, 2) and
``area_km2`` (n,). The result's workload numbers are the unit-level scorecard's; an
account-level scorecard gives the same totals when every account sits at its unit's
position and ``accounts`` counts the called accounts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from territory_plugin.core import metrics as M
from territory_plugin.core.contiguity import fill_unassigned
from territory_plugin.core.feasibility import Canceled, InfeasiblePlan, Reason, check_feasibility
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.partition import EngineOptions, Plan, design_territories
from territory_plugin.core.realign import realign_territories
from territory_plugin.core.reasons import NOTICES, ReasonKind
from territory_plugin.core.workload import Travel, day_tour_travel, scorecard

__all__ = [
    "TourSettings",
    "UnitWorkload",
    "WorkloadRound",
    "WorkloadPlan",
    "score_units",
    "design_on_workload",
    "realign_on_workload",
]

MIN_TOLERANCE_SHARE = 0.25  # the engine's band never narrows below this share of the user's
FAR_FROM_BAND = 3.0  # a plan this many tolerances off is redesigned from scratch, not warm-started,
COLD_ROUNDS = 2  # in the first rounds only
GOOD_ENOUGH = 0.5  # stop once the scorecard is within this share of the tolerance


@dataclass(frozen=True)
class TourSettings:
    """Day tours as territory:scoreworkload counts them (same names, same defaults)."""

    calls_per_day: float = 6.0
    speed_kmh: float = 50.0
    circuity: float = 1.3


DEFAULT_TOURS = TourSettings()


@dataclass
class UnitWorkload:
    """What each unit brings to a territory's workload (see the module docstring)."""

    call_hours: np.ndarray
    calls: np.ndarray
    locations: np.ndarray
    area_km2: np.ndarray
    accounts: np.ndarray | None = None
    geographic: bool = True

    def __post_init__(self) -> None:
        self.call_hours = np.nan_to_num(np.asarray(self.call_hours, dtype=np.float64), nan=0.0)
        self.calls = np.nan_to_num(np.asarray(self.calls, dtype=np.float64), nan=0.0)
        self.locations = np.asarray(self.locations, dtype=np.float64).reshape(-1, 2)
        self.area_km2 = np.asarray(self.area_km2, dtype=np.float64)
        n = len(self.call_hours)
        sizes = {len(self.calls), len(self.locations), len(self.area_km2)}
        if self.accounts is not None:
            self.accounts = np.asarray(self.accounts, dtype=np.float64)
            sizes.add(len(self.accounts))
        if sizes != {n}:
            raise ValueError("call hours, calls, locations, areas and accounts need one row per unit")
        if (self.call_hours < 0).any() or (self.calls < 0).any():
            raise ValueError("call hours and calls must be 0 or more")


@dataclass
class Score:
    """The unit-level scorecard of one plan: travel per unit, hours per territory, largest deviation."""

    travel: Travel
    call_hours: np.ndarray  # (k,)
    travel_hours: np.ndarray  # (k,)
    max_deviation: float  # of call + travel hours, as a fraction

    @property
    def total_hours(self) -> np.ndarray:
        return self.call_hours + self.travel_hours


def score_units(
    workload: UnitWorkload,
    labels: np.ndarray,
    k: int,
    homes: np.ndarray | None = None,
    tours: TourSettings = DEFAULT_TOURS,
) -> Score:
    """The plan scored as territory:scoreworkload does at unit level (day tours from the homes, else centres)."""
    n = len(workload.call_hours)
    units = np.arange(n)
    travel = day_tour_travel(
        workload.calls,
        units,
        workload.locations,
        labels,
        k,
        homes=homes,
        weights=workload.call_hours,
        geographic=workload.geographic,
        speed_kmh=tours.speed_kmh,
        circuity=tours.circuity,
        calls_per_day=tours.calls_per_day,
        unit=units,
        unit_area_km2=workload.area_km2,
        accounts=workload.accounts,
    )
    card = scorecard(
        [str(t) for t in range(k)], labels, workload.call_hours, travel.hours, calls_per_day=tours.calls_per_day
    )
    return Score(
        travel=travel,
        call_hours=card.table["call_hours"].to_numpy(),
        travel_hours=card.table["travel_hours"].to_numpy(),
        max_deviation=card.max_deviation,
    )


@dataclass(frozen=True)
class WorkloadRound:
    """One pass of the loop: the engine's deviation on its estimate, and the scorecard's."""

    number: int  # 0: call hours only
    engine_tolerance: float
    engine_deviation: float  # of the weights the engine balanced
    workload_deviation: float  # of call + travel hours, scored afterwards
    travel_share: float  # travel / (call + travel) over all territories
    seconds: float


@dataclass
class WorkloadPlan:
    """The best plan found and how the loop got there.

    plan: the engine's plan (its metrics are on the last weights it balanced); weights:
    those weights (column 0 the workload estimate, then the extra measures); score: the
    scorecard of the plan (``max_deviation`` is the workload deviation); rounds: every
    pass; best_round: which one the plan comes from.
    """

    plan: Plan
    weights: np.ndarray
    score: Score
    rounds: list[WorkloadRound] = field(default_factory=list)
    best_round: int = 0
    warnings: list[Reason] = field(default_factory=list)

    @property
    def workload_deviation(self) -> float:
        return self.score.max_deviation


def _weights(first: np.ndarray, extra: np.ndarray | None) -> np.ndarray:
    return first[:, None] if extra is None else np.column_stack([first, M.as_2d(extra)])


def design_on_workload(
    graph: UnitGraph,
    workload: UnitWorkload,
    k: int,
    tolerance: float | np.ndarray = 0.05,
    *,
    extra: np.ndarray | None = None,
    homes: np.ndarray | None = None,
    tours: TourSettings = DEFAULT_TOURS,
    seeds: np.ndarray | None = None,
    initial: np.ndarray | None = None,
    locked: np.ndarray | None = None,
    random_seed: int = 0,
    best_effort: bool = False,
    rounds: int = 10,
    options: EngineOptions | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    status: Callable | None = None,
    on_round: Callable[[WorkloadRound], None] | None = None,
) -> WorkloadPlan:
    """Design k territories balanced on call + travel hours (see the module docstring).

    ``tolerance`` is one value, or one per measure (workload, then each ``extra`` column,
    (n, q-1) further measures balanced as in the engine). ``homes`` (k, 2) are the reps'
    bases in the ``locations``' coordinates (NaN rows: the territory's centre);
    ``seeds``, ``initial``, ``locked``, ``random_seed``, ``options``, ``status`` go to the engine.
    Errors as the engine's: :class:`InfeasiblePlan` (the workload's ``balance_not_reached``
    carries the scorecard's deviation, measure 0) unless ``best_effort``; :class:`Canceled`.
    ``on_round`` hears of every pass as it ends.
    """
    n = graph.n
    if len(workload.call_hours) != n:
        raise ValueError("the workload needs one row per unit of the graph")
    if rounds < 1:
        raise ValueError("rounds must be 1 or more")
    if workload.call_hours.sum() <= 0:
        raise ValueError("the call hours are 0 on every unit: nothing to balance")
    q = 1 + (0 if extra is None else M.as_2d(extra).shape[1])
    tol = np.broadcast_to(np.asarray(tolerance, dtype=np.float64), (q,)).copy()
    opt = options or EngineOptions()
    warm = replace(opt, beta=0.0) if initial is None else opt  # the warm start is ours, not an alignment to keep

    def check() -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled()

    def report(done: float) -> None:
        if progress is not None:
            progress(float(min(100.0, max(0.0, done))))

    weights = _weights(workload.call_hours, extra)
    reasons = check_feasibility(graph, weights, k, tol, seeds, initial, locked)
    if reasons and not best_effort:
        raise InfeasiblePlan(reasons)

    best: WorkloadPlan | None = None
    history: list[WorkloadRound] = []
    start = initial
    engine_tol = tol.copy()
    stale = 0
    for number in range(rounds):
        check()
        started = time.perf_counter()
        span = (100.0 * number / rounds, 100.0 * (number + 1) / rounds)
        plan = design_territories(
            graph,
            weights,
            k,
            engine_tol,
            seeds=seeds,
            initial=start,
            locked=locked,
            random_seed=random_seed,
            best_effort=True,
            progress=lambda p, span=span: report(span[0] + (span[1] - span[0]) * p / 100.0),
            is_canceled=is_canceled,
            status=status,
            options=opt if number == 0 else warm,
        )
        score = _scored_round(workload, plan, k, homes, tours, number, engine_tol, started, history, on_round)
        if best is None or score.max_deviation < best.score.max_deviation - 1e-4:
            best = WorkloadPlan(plan, weights, score, history, number)
            stale = 0
        else:
            stale += 1
        if stale >= 2 or (score.max_deviation <= GOOD_ENOUGH * tol[0] and number > 0):
            break
        # next round: each unit weighs what the scorecard gives it in this plan; far from the
        # band a fresh design is quicker than moving thousands of units one by one. Warm rounds
        # take half the step (the mean of this estimate and the last): a territory that sheds
        # units also shortens the tours of those it keeps, so the full step overshoots.
        far = score.max_deviation > FAR_FROM_BAND * tol[0] and initial is None and number < COLD_ROUNDS
        travel = np.nan_to_num(score.travel.hours, nan=0.0)
        if not far and number > 0:
            travel = 0.5 * travel + 0.5 * (weights[:, 0] - workload.call_hours)
        weights = _weights(workload.call_hours + travel, extra)
        start = None if far else plan.labels
        if GOOD_ENOUGH * tol[0] < score.max_deviation < 2 * tol[0]:  # near: the band is what misses, not the estimate
            engine_tol[0] = max(tol[0] * MIN_TOLERANCE_SHARE, engine_tol[0] / 2)
    report(100)
    best.rounds = history
    best.warnings = _warnings(best, tol)
    if best.warnings and not best_effort and any(r.kind == "balance_not_reached" for r in best.warnings):
        raise InfeasiblePlan(best.warnings, best)
    return best


def realign_on_workload(
    graph: UnitGraph,
    workload: UnitWorkload,
    k: int,
    tolerance: float | np.ndarray,
    initial: np.ndarray,
    *,
    extra: np.ndarray | None = None,
    homes: np.ndarray | None = None,
    tours: TourSettings = DEFAULT_TOURS,
    max_disruption: float | None = None,
    locked: np.ndarray | None = None,
    disruption_weights: np.ndarray | None = None,
    random_seed: int = 0,
    best_effort: bool = False,
    rounds: int = 6,
    options: EngineOptions | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    status: Callable | None = None,
    on_round: Callable[[WorkloadRound], None] | None = None,
) -> WorkloadPlan:
    """Realign ``initial`` (n,) territory ids 0..k-1 (-1 unknown) on call + travel hours, moving the least.

    As :func:`design_on_workload`, with ``homes`` (k, 2) the homes of the existing territories'
    reps (NaN rows: the territory's centre). ``max_disruption`` (a fraction) caps the moved share
    of ``disruption_weights``, by default each unit's workload in the existing alignment. The
    plan's ``realignment`` holds what moved (core.realign.Realignment). Errors as
    realign_territories': :class:`InfeasiblePlan` when the budget and the tolerance cannot both
    hold (unless ``best_effort``), :class:`Canceled`.
    """
    n = graph.n
    if len(workload.call_hours) != n:
        raise ValueError("the workload needs one row per unit of the graph")
    if rounds < 1:
        raise ValueError("rounds must be 1 or more")
    initial = np.asarray(initial, dtype=np.int64)
    q = 1 + (0 if extra is None else M.as_2d(extra).shape[1])
    tol = np.broadcast_to(np.asarray(tolerance, dtype=np.float64), (q,)).copy()

    def report(done: float) -> None:
        if progress is not None:
            progress(float(min(100.0, max(0.0, done))))

    # today's travel, in the existing alignment (units of unknown territory join a neighbour, as
    # the realignment's start does)
    today = fill_unassigned(n, graph.edges, np.ones(len(graph.edges)), initial)
    today[today < 0] = 0
    travel = np.nan_to_num(score_units(workload, today, k, homes, tours).travel.hours, nan=0.0)
    moved_measure = workload.call_hours + travel if disruption_weights is None else disruption_weights

    def preference(score: Score, plan: Plan) -> tuple[bool, float]:
        """Within the tolerance on the scorecard, the plan that moves least; else the best balanced."""
        if score.max_deviation <= tol[0] * (1 + 1e-9):
            return (False, plan.realignment.disruption)
        return (True, score.max_deviation)

    best: WorkloadPlan | None = None
    history: list[WorkloadRound] = []
    engine_tol = tol.copy()
    stale = 0
    for number in range(rounds):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        started = time.perf_counter()
        span = (100.0 * number / rounds, 100.0 * (number + 1) / rounds)
        weights = _weights(workload.call_hours + travel, extra)
        try:
            plan = realign_territories(
                graph,
                weights,
                k,
                engine_tol,
                initial,
                max_disruption=max_disruption,
                locked=locked,
                disruption_weights=moved_measure,
                random_seed=random_seed,
                best_effort=True,
                progress=lambda p, span=span: report(span[0] + (span[1] - span[0]) * p / 100.0),
                is_canceled=is_canceled,
                options=options,
                status=status,
            )
        except InfeasiblePlan:
            if best is None:  # not even the first round fits the budget: its reasons say why
                raise
            break  # a narrower band the budget cannot pay for: the plans so far stand
        if number == 0:  # the bound for the tolerance itself (later rounds narrow the engine's band)
            bound = plan.realignment.lower_bound
        score = _scored_round(workload, plan, k, homes, tours, number, engine_tol, started, history, on_round)
        if best is None or preference(score, plan) < preference(best.score, best.plan):
            best = WorkloadPlan(plan, weights, score, history, number)
            stale = 0
        else:
            stale += 1
        if stale >= 2 or score.max_deviation <= tol[0]:
            break
        # next round: each unit's travel halfway to the one it has in this plan (see design_on_workload)
        travel = 0.5 * travel + 0.5 * np.nan_to_num(score.travel.hours, nan=0.0)
        if score.max_deviation < 2 * tol[0]:  # near: the band is what misses, not the estimate
            engine_tol[0] = max(tol[0] * MIN_TOLERANCE_SHARE, engine_tol[0] / 2)
    report(100)
    best.rounds = history
    best.plan.realignment.lower_bound = bound
    warnings = _warnings(best, tol)
    if best.score.max_deviation <= tol[0] * (1 + 1e-9):  # a round's narrower band was over budget, not the plan
        warnings = [r for r in warnings if r.kind != ReasonKind.DISRUPTION_OVER_BUDGET]
    for reason in warnings:
        if reason.kind == ReasonKind.DISRUPTION_OVER_BUDGET:  # the bound the plan reports, as above
            reason.data["lower_bound"] = bound
    best.warnings = warnings
    if not best_effort and any(r.kind not in NOTICES for r in warnings):
        raise InfeasiblePlan(warnings, best)
    return best


def _scored_round(workload, plan, k, homes, tours, number, engine_tol, started, history, on_round) -> Score:
    """The scorecard of a round's plan; the round goes into ``history`` and to ``on_round``."""
    score = score_units(workload, plan.labels, k, homes, tours)
    total = score.total_hours.sum()
    passed = WorkloadRound(
        number=number,
        engine_tolerance=float(engine_tol[0]),
        engine_deviation=float(plan.max_deviation[0]),
        workload_deviation=score.max_deviation,
        travel_share=float(score.travel_hours.sum() / total) if total > 0 else 0.0,
        seconds=time.perf_counter() - started,
    )
    history.append(passed)
    if on_round is not None:
        on_round(passed)
    return score


def _warnings(best: WorkloadPlan, tol: np.ndarray) -> list[Reason]:
    """The engine's warnings, with the workload's balance judged on the scorecard's hours."""
    out = [r for r in best.plan.warnings if not (r.kind == "balance_not_reached" and r.data["measure"] == 0)]
    if best.score.max_deviation > tol[0] * (1 + 1e-9):
        dev = M.deviations(best.score.total_hours)
        out.append(
            Reason(
                "balance_not_reached",
                {
                    "measure": 0,
                    "max_deviation": float(best.score.max_deviation),
                    "tolerance": float(tol[0]),
                    "territory": int(np.argmax(np.abs(dev))),
                },
            )
        )
    return out
