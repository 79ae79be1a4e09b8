"""The realignment part of territory:designterritories: the disruption budget's
parameters and outputs, reading them, the log lines and what the outputs record.

The numbers come from core/realign.py; this module only speaks QGIS.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.compat import is_null
from territory_plugin.core.realign import Realignment

MAX_DISRUPTION = "MAX_DISRUPTION"
DISRUPTION_FIELD = "DISRUPTION_FIELD"
DISRUPTION = "DISRUPTION"
DISRUPTION_LOWER_BOUND = "DISRUPTION_LOWER_BOUND"


class RealignmentTerms:
    """Parameters, outputs and wording of the disruption budget for one algorithm."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RealignmentTerms", text)

    def add_parameters(self, algorithm, input_name: str) -> None:
        algorithm.addParameter(
            QgsProcessingParameterNumber(
                MAX_DISRUPTION,
                self.tr(
                    "Disruption budget: the most that may change territory (% of the main balance field, or of the "
                    "disruption field; empty: no limit)"
                ),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=None,
                optional=True,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        algorithm.addParameter(
            QgsProcessingParameterField(
                DISRUPTION_FIELD,
                self.tr("Disruption field: count what changes territory in this field (e.g. accounts)"),
                parentLayerParameterName=input_name,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )

    def add_outputs(self, algorithm) -> None:
        algorithm.addOutput(
            QgsProcessingOutputNumber(DISRUPTION, self.tr("Disruption: share that changed territory (%)"))
        )
        algorithm.addOutput(
            QgsProcessingOutputNumber(
                DISRUPTION_LOWER_BOUND,
                self.tr("Lower bound: least share a plan moving units between touching territories had to move (%)"),
            )
        )

    def budget(self, algorithm, parameters, context, existing_field: str) -> float | None:
        """MAX_DISRUPTION as a fraction, None when empty."""
        value = parameters.get(MAX_DISRUPTION)
        if is_null(value) or str(value).strip() == "":
            return None
        if not existing_field:
            raise QgsProcessingException(
                self.tr(
                    "A disruption budget limits what changes from the existing alignment: set the existing "
                    "territory field too."
                )
            )
        return algorithm.parameterAsDouble(parameters, MAX_DISRUPTION, context) / 100.0

    def weights(self, values: list, field: str, unit_labels: list[str]) -> np.ndarray:
        """The disruption field's column (blank counts 0); refuses negative or non-finite values."""
        column = np.array([0.0 if value is None else float(value) for value in values])
        bad = np.flatnonzero(~np.isfinite(column) | (column < 0))
        if len(bad):
            raise QgsProcessingException(
                self.tr("Disruption field '{field}' must be 0 or more, but {unit} has {value}.").format(
                    field=field, unit=unit_labels[bad[0]], value=column[bad[0]]
                )
            )
        return column

    def log(self, feedback, realignment: Realignment, measure: str) -> None:
        bound = realignment.lower_bound
        feedback.pushInfo(
            self.tr(
                "Moved {moved:.2f}% of '{measure}' to other territories; a plan meeting the tolerance by moving units "
                "only between territories that touch had to move at least {bound}."
            ).format(
                moved=100 * realignment.disruption,
                measure=measure,
                bound=f"{100 * bound:.2f}%" if np.isfinite(bound) else self.tr("more than can move"),
            )
        )
        if realignment.budget is not None:
            feedback.pushInfo(self.tr("Disruption budget {budget:.2f}%.").format(budget=100 * realignment.budget))

    def results(self, realignment: Realignment | None) -> dict:
        if realignment is None:
            return {}
        bound = realignment.lower_bound
        return {
            DISRUPTION: 100 * realignment.disruption,
            DISRUPTION_LOWER_BOUND: 100 * bound if np.isfinite(bound) else None,
        }

    def settings(self, realignment: Realignment | None, measure: str) -> dict:
        """What the outputs record about the realignment (the report's 'what changed' reads it)."""
        if realignment is None:
            return {}
        bound = realignment.lower_bound
        return {
            "disruption_field": measure,
            "max_disruption_pct": None if realignment.budget is None else 100 * realignment.budget,
            "disruption_pct": 100 * realignment.disruption,
            "disruption_lower_bound_pct": 100 * bound if np.isfinite(bound) else None,
        }
