"""Structured diagnostics of the territory engine: a kind code plus the numbers.

The engine never formats user-facing sentences itself: every problem is a
:class:`Reason` with a stable :class:`ReasonKind` and the numbers a translated template
needs (the QGIS shell words them, processing/diagnostics.py). ``Reason.message`` is an
English default for scripts and logs only.

Kinds
-----
``unit_too_heavy``          unit, measure, weight, cap, excess_pct
``locked_overload``         territory, measure, locked_total, cap, excess_pct
``seed_conflict``           territory, unit, conflict ("duplicate" | "out_of_range" |
                            "locked_elsewhere"), other (the other territory or -1)
``too_many_territories``    k, n (or the units that can still move); filled: territories a start could fill
``disconnected_component``  component, units, total (per measure), min_territories,
                            max_territories: no whole number of territories gives that
                            piece of the graph a load inside the band
``territory_count``         k, min_territories, max_territories: the pieces of the graph
                            need between min and max territories in total
``locked_disconnected``     territory, units: locked units of one territory that cannot
                            be joined through movable units
``balance_not_reached``     measure, max_deviation, tolerance, territory
``not_contiguous``          territory, pieces (only with best_effort and odd inputs)
``unit_unbalanceable``      unit, weight, mean, best_below_pct, best_above_pct,
                            tolerance: every contiguous set of units around this heavy
                            unit is either below or above the band (proven by
                            enumeration)
``region_unbalanceable``    units (the heavy units, heaviest first), region_units, share,
                            floor, floor_exact, tolerance: in the region of units weighing
                            ``share`` of a mean territory or more around these heavy units,
                            no contiguous plan is within the tolerance; every plan is at
                            least ``floor`` off the mean (a fraction; floor_exact False: the
                            floor's own search was capped, a weaker bound), see
                            :mod:`.region_certificate`
``seed_enclosed``           territory, unit, holder: the seed's unit is walled in by
                            other seeds (see :func:`enclosed_seeds`), so the plan gives
                            it to territory ``holder``; a notice, the plan stands
``disruption_over_budget``  budget, needed, lower_bound, best_tolerance, tolerance
                            (fractions): balancing within the tolerance moves
                            ``needed`` (None: not reached at all), more than the
                            budget; no plan can move less than ``lower_bound``; the
                            best plan within the budget is ``best_tolerance`` off
                            (None: none found; then even a plan keeping today's
                            balance moves ``least``, None if unknown); today's
                            alignment has ``split_territories`` territories in
                            several pieces and ``unassigned_units`` units of no
                            territory, which every plan must join up or place
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

__all__ = ["ReasonKind", "Reason", "InfeasiblePlan", "Canceled", "NOTICES"]


class ReasonKind(str, Enum):
    """Why a plan misses the request (a ``str``: equal to its code, e.g. ``"unit_too_heavy"``)."""

    UNIT_TOO_HEAVY = "unit_too_heavy"
    LOCKED_OVERLOAD = "locked_overload"
    SEED_CONFLICT = "seed_conflict"
    TOO_MANY_TERRITORIES = "too_many_territories"
    DISCONNECTED_COMPONENT = "disconnected_component"
    TERRITORY_COUNT = "territory_count"
    LOCKED_DISCONNECTED = "locked_disconnected"
    BALANCE_NOT_REACHED = "balance_not_reached"
    NOT_CONTIGUOUS = "not_contiguous"
    UNIT_UNBALANCEABLE = "unit_unbalanceable"
    REGION_UNBALANCEABLE = "region_unbalanceable"
    SEED_ENCLOSED = "seed_enclosed"
    DISRUPTION_OVER_BUDGET = "disruption_over_budget"

    def __str__(self) -> str:
        return self.value


# kinds that describe a plan that stands: reported, never raised
NOTICES = frozenset({ReasonKind.SEED_ENCLOSED})


@dataclass(frozen=True)
class Reason:
    """One structured diagnostic: a stable ``kind`` code plus its numbers."""

    kind: ReasonKind
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "kind", ReasonKind(self.kind))

    @property
    def message(self) -> str:
        """English default text (the QGIS shell uses translated templates instead)."""
        d = self.data
        if self.kind == ReasonKind.UNIT_TOO_HEAVY:
            return (
                f"Unit {d['unit']} weighs {d['weight']:.6g} on measure {d['measure']}, "
                f"above the cap {d['cap']:.6g} (mean x (1 + tolerance)) by "
                f"{d['excess_pct']:.1f}%."
            )
        if self.kind == ReasonKind.LOCKED_OVERLOAD:
            return (
                f"Locked units of territory {d['territory']} total {d['locked_total']:.6g} "
                f"on measure {d['measure']}, above the cap {d['cap']:.6g} by "
                f"{d['excess_pct']:.1f}%."
            )
        if self.kind == ReasonKind.SEED_CONFLICT:
            return f"Seed of territory {d['territory']} (unit {d['unit']}) is invalid: {d['conflict']}."
        if self.kind == ReasonKind.TOO_MANY_TERRITORIES:
            return f"{d['k']} territories requested but only {d['n']} units can form them."
        if self.kind == ReasonKind.DISCONNECTED_COMPONENT:
            return (
                f"A separate piece of the map ({d['units']} units, total "
                f"{d['total']}) cannot be split into a whole number of balanced "
                f"territories; join it with a bridge or relax the tolerance."
            )
        if self.kind == ReasonKind.TERRITORY_COUNT:
            return (
                f"The separate pieces of the map need between {d['min_territories']} and "
                f"{d['max_territories']} territories; {d['k']} were requested."
            )
        if self.kind == ReasonKind.LOCKED_DISCONNECTED:
            return f"Locked units of territory {d['territory']} cannot be joined into one contiguous territory."
        if self.kind == ReasonKind.BALANCE_NOT_REACHED:
            return (
                f"Best plan found is {100 * d['max_deviation']:.2f}% off on measure "
                f"{d['measure']} (tolerance {100 * d['tolerance']:.2f}%)."
            )
        if self.kind == ReasonKind.UNIT_UNBALANCEABLE:
            return (
                f"Unit {d['unit']} weighs {100 * d['weight'] / d['mean']:.1f}% of a mean "
                f"territory; every contiguous territory containing it ends "
                f"{d['best_below_pct']:+.1f}% or {d['best_above_pct']:+.1f}% from the mean, "
                f"outside the tolerance."
            )
        if self.kind == ReasonKind.REGION_UNBALANCEABLE:
            return (
                f"Around units {', '.join(str(u) for u in d['units'])} ({d['region_units']} units of "
                f"{100 * d['share']:.0f}% of a mean territory or more) no contiguous plan is within "
                f"{100 * d['tolerance']:.2f}%: every plan is at least {100 * d['floor']:.2f}% off the mean there."
            )
        if self.kind == ReasonKind.SEED_ENCLOSED:
            return (
                f"Seed of territory {d['territory']} (unit {d['unit']}) is walled in by other seeds; "
                f"it lies in territory {d['holder']}."
            )
        if self.kind == ReasonKind.DISRUPTION_OVER_BUDGET:
            need = f"needs {100 * d['needed']:.2f}%" if d["needed"] is not None else "was not reached by any plan"
            best = (
                f"within the budget the best plan found is {100 * d['best_tolerance']:.2f}% off"
                if d["best_tolerance"] is not None
                else "no plan within the budget was found"
            )
            if d["best_tolerance"] is None and d.get("least") is not None:
                best += (
                    f" (even keeping today's balance moves {100 * d['least']:.2f}%: "
                    f"{d['split_territories']} territories in pieces, {d['unassigned_units']} units of no territory)"
                )
            return (
                f"Balancing within {100 * d['tolerance']:.2f}% {need} of moves (at least "
                f"{100 * d['lower_bound']:.2f}% moving only between touching territories), over the budget of "
                f"{100 * d['budget']:.2f}%; {best}."
            )
        if self.kind == ReasonKind.NOT_CONTIGUOUS:
            return f"Territory {d['territory']} has {d['pieces']} pieces."
        return f"{self.kind}: {d}"


class InfeasiblePlan(Exception):
    """The tolerance cannot be met; ``reasons`` says why (structured)."""

    def __init__(self, reasons: Sequence[Reason], plan: Any = None):
        self.reasons = list(reasons)
        self.plan = plan
        super().__init__("; ".join(r.message for r in self.reasons) or "infeasible")


class Canceled(Exception):
    """The caller's ``is_canceled`` returned True; the shell turns it into a clean abort."""
