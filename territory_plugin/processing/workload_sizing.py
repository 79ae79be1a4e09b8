"""Score workload's settings, flags and sizing words: the parts of territory:scoreworkload that
turn core/workload.py's sizing and flags into sentences and tables (kept apart to keep that
algorithm's file readable).
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException

from territory_plugin.core import rounding
from territory_plugin.core.sizing import LINE_ADMIN, LINE_TOTAL, LINE_TRAVEL
from territory_plugin.core.workload import HOURS_PER_YEAR, MAX_CALLS_PER_DAY


class WorkloadSizing:
    """Mixin for territory:scoreworkload (needs its parameter names and TerritoryAlgorithm's helpers).

    pylupdate5 files its self.tr() strings under WorkloadSizing, where TerritoryAlgorithm.tr finds them.
    """

    def _workload_settings_or_raise(self, parameters, context) -> tuple[float, float, float]:
        """Calls per day, capacity and target utilisation; a sentence naming the parameter when one cannot be."""
        calls_per_day = self.parameterAsDouble(parameters, self.CALLS_PER_DAY, context)
        capacity = self.parameterAsDouble(parameters, self.CAPACITY_HOURS, context)
        target = self.parameterAsDouble(parameters, self.TARGET_UTILISATION, context)
        if not (0 < calls_per_day <= MAX_CALLS_PER_DAY):
            raise QgsProcessingException(
                self.tr(
                    "Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep "
                    "chains into one day's tour, typically 4 to 8. It is {value:g}."
                ).format(most=MAX_CALLS_PER_DAY, value=calls_per_day)
            )
        if not (0 < capacity <= HOURS_PER_YEAR):
            raise QgsProcessingException(
                self.tr(
                    "Rep capacity (CAPACITY_HOURS) must be more than 0 and at most {most:,.0f} hours (a year): the "
                    "field hours a rep works in a year, typically about 1,600. It is {value:g}."
                ).format(most=HOURS_PER_YEAR, value=capacity)
            )
        if not target > 0:
            raise QgsProcessingException(
                self.tr(
                    "Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep's capacity to "
                    "plan for, typically 85 to 95. It is {value:g}."
                ).format(value=target)
            )
        return calls_per_day, capacity, target

    def _flags(self, card, untoured: np.ndarray) -> list[str]:
        """Each territory's problems in words ('' when none): what a reader of the scorecard should look at."""
        flags = []
        for t in range(len(untoured)):
            words = []
            if card.impossible[t]:
                words.append(self.tr("impossible for one rep: more than a year's hours or days"))
            elif card.over_capacity[t]:
                words.append(self.tr("over capacity"))
            if card.over_field_days[t] and not card.impossible[t]:
                words.append(self.tr("more field days than a year has"))
            if untoured[t]:
                words.append(self.tr("no located account: travel 0"))
            flags.append("; ".join(words))
        return flags

    def _write_build_up(self, parameters, context, build_up, by_segment: bool) -> str | None:
        """The build-up table (segment lines, travel, admin, total) to BUILD_UP; None when not asked for."""
        if parameters.get(self.BUILD_UP) in (None, ""):
            return None
        words = {
            LINE_TRAVEL: self.tr("Travel"),
            LINE_ADMIN: self.tr("Admin"),
            LINE_TOTAL: self.tr("Total"),
        }
        table = rounding.round_columns(build_up, rounding.BUILD_UP)
        all_accounts = self.tr("All accounts") if not by_segment else self.tr("(blank)")
        table["segment"] = [
            words.get(line) or (segment if segment != "" else all_accounts)
            for line, segment in zip(table["line"], table["segment"])
        ]
        return self.write_table(parameters, self.BUILD_UP, context, table)

    def _report_sizing(self, sizing, k: int, feedback) -> None:
        feedback.pushInfo(
            self.tr(
                "Sizing: the plan needs {reps} reps at {target:g}% utilisation ({hours:,.0f} h / ({capacity:,.0f} h "
                "x {target:g}%) = {exact:.1f}); there are {k} territories."
            ).format(
                reps=sizing.reps_needed,
                target=sizing.target_utilisation_pct,
                hours=sizing.workload_hours,
                capacity=sizing.capacity_hours,
                exact=sizing.reps_exact,
                k=k,
            )
        )
        if sizing.reps_for_field_days > sizing.reps_needed:
            feedback.pushWarning(
                self.tr(
                    "On field days the calls need {reps} reps ({days:,.0f} days at the calls per day given): days, "
                    "not hours, set the team size."
                ).format(reps=sizing.reps_for_field_days, days=sizing.field_days)
            )
