"""Score workload's settings, flags and sizing words: the parts of territory:scoreworkload that
turn core/workload.py's sizing and flags into sentences and tables (kept apart to keep that
algorithm's file readable).
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.core import rounding
from territory_plugin.core.sizing import LINE_ADMIN, LINE_TOTAL, LINE_TRAVEL
from territory_plugin.core.workload import HOURS_PER_YEAR, MAX_CALLS_PER_DAY


class WorkloadSizing:
    """Mixin for territory:scoreworkload (needs its parameter names and TerritoryAlgorithm's helpers).

    Its strings are QCoreApplication.translate("WorkloadSizing", ...) calls: pylupdate5 files them
    under that context (self.tr would look them up under the subclass's name).
    """

    def _workload_settings_or_raise(self, parameters, context) -> tuple[float, float, float]:
        """Calls per day, capacity and target utilisation; a sentence naming the parameter when one cannot be."""
        calls_per_day = self.parameterAsDouble(parameters, self.CALLS_PER_DAY, context)
        capacity = self.parameterAsDouble(parameters, self.CAPACITY_HOURS, context)
        target = self.parameterAsDouble(parameters, self.TARGET_UTILISATION, context)
        if not (0 < calls_per_day <= MAX_CALLS_PER_DAY):
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "WorkloadSizing",
                    "Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep "
                    "chains into one day's tour, typically 4 to 8. It is {value:g}."
                ).format(most=MAX_CALLS_PER_DAY, value=calls_per_day)
            )  # fmt: skip
        if not (0 < capacity <= HOURS_PER_YEAR):
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "WorkloadSizing",
                    "Rep capacity (CAPACITY_HOURS) must be more than 0 and at most {most:,.0f} hours (a year): the "
                    "field hours a rep works in a year, typically about 1,600. It is {value:g}."
                ).format(most=HOURS_PER_YEAR, value=capacity)
            )  # fmt: skip
        if not target > 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "WorkloadSizing",
                    "Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep's capacity to "
                    "plan for, typically 85 to 95. It is {value:g}."
                ).format(value=target)
            )  # fmt: skip
        return calls_per_day, capacity, target

    def _flags(self, card, untoured: np.ndarray) -> list[str]:
        """Each territory's problems in words ('' when none): what a reader of the scorecard should look at."""
        flags = []
        for t in range(len(untoured)):
            words = []
            if card.impossible[t]:
                words.append(
                    QCoreApplication.translate(
                        "WorkloadSizing", "impossible for one rep: more than a year's hours or days"
                    )
                )
            elif card.over_capacity[t]:
                words.append(QCoreApplication.translate("WorkloadSizing", "over capacity"))
            if card.over_field_days[t] and not card.impossible[t]:
                words.append(QCoreApplication.translate("WorkloadSizing", "more field days than a year has"))
            if untoured[t]:
                words.append(QCoreApplication.translate("WorkloadSizing", "no located account: travel 0"))
            flags.append("; ".join(words))
        return flags

    def _write_build_up(self, parameters, context, build_up, by_segment: bool) -> str | None:
        """The build-up table (segment lines, travel, admin, total) to BUILD_UP; None when not asked for."""
        if parameters.get(self.BUILD_UP) in (None, ""):
            return None
        words = {
            LINE_TRAVEL: QCoreApplication.translate("WorkloadSizing", "Travel"),
            LINE_ADMIN: QCoreApplication.translate("WorkloadSizing", "Admin"),
            LINE_TOTAL: QCoreApplication.translate("WorkloadSizing", "Total"),
        }
        table = rounding.round_columns(build_up, rounding.BUILD_UP)
        all_accounts = (
            QCoreApplication.translate("WorkloadSizing", "All accounts")
            if not by_segment
            else QCoreApplication.translate("WorkloadSizing", "(blank)")
        )
        table["segment"] = [
            words.get(line) or (segment if segment != "" else all_accounts)
            for line, segment in zip(table["line"], table["segment"])
        ]
        return self.write_table(parameters, self.BUILD_UP, context, table)

    def _report_sizing(self, sizing, k: int, feedback) -> None:
        feedback.pushInfo(
            QCoreApplication.translate(
                "WorkloadSizing",
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
        )  # fmt: skip
        if sizing.reps_for_field_days > sizing.reps_needed:
            feedback.pushWarning(
                QCoreApplication.translate(
                    "WorkloadSizing",
                    "On field days the calls need {reps} reps ({days:,.0f} days at the calls per day given): days, "
                    "not hours, set the team size."
                ).format(reps=sizing.reps_for_field_days, days=sizing.field_days)
            )  # fmt: skip
