"""The dock's workload column: each territory's hours a year (call hours + day-tour travel) as units move.

The units carry the workload when their design recorded it (Design territories on workload:
``workload_field``, ``calls_field``, ``called_field`` and the tour settings under the
``workload`` key, see layers.read_design_settings), or when a field looks like call hours (core/fieldguess). The
hours are the unit-level scorecard's (core.workload_design.score_units, the rule Score workload
and the design use), with travel from each territory's call-weighted centre: the dock does
not know the reps' homes, so a design on homes scores a little differently in Score workload.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from territory_plugin.core.fieldguess import FieldKind, guess_field
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.workload_design import TourSettings, UnitWorkload, score_units
from territory_plugin.gui.moves import number

__all__ = ["UnitsWorkload"]


class UnitsWorkload:
    """Call hours, calls and positions of the units, in the controller's unit order."""

    def __init__(self, workload: UnitWorkload, tours: TourSettings, fields: Mapping[str, str]) -> None:
        self.workload = workload
        self.tours = tours
        self.fields = dict(fields)  # which field gave what: workload, calls, called ("" when none)

    @property
    def with_travel(self) -> bool:
        return bool(self.fields.get("calls"))

    @classmethod
    def of_layer(
        cls, layer: QgsVectorLayer, feature_ids: np.ndarray, graph: UnitGraph | None, design: Mapping[str, object]
    ) -> UnitsWorkload | None:
        """The workload of ``layer``'s units (``feature_ids`` order, ``graph`` positions); None when they carry none."""
        names = layer.fields().names()
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        design = design.get("workload") if isinstance(design.get("workload"), dict) else {}  # on workload only

        def recorded(key: str) -> str:
            value = design.get(key)
            return value if isinstance(value, str) and value in numeric else ""

        workload_field = recorded("workload_field") or guess_field(numeric, FieldKind.WORKLOAD) or ""
        if not workload_field or graph is None or len(feature_ids) != graph.n:
            return None
        calls_field, called_field = recorded("calls_field"), recorded("called_field")
        wanted = [f for f in (workload_field, calls_field, called_field) if f]
        indices = [names.index(f) for f in wanted]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
        rows = {f.id(): [number(f.attribute(i)) for i in indices] for f in layer.getFeatures(request)}
        values = np.array([rows.get(int(fid), [0.0] * len(wanted)) for fid in feature_ids], dtype=np.float64)
        values = np.nan_to_num(values.reshape(len(feature_ids), len(wanted)), nan=0.0)
        column = dict(zip(wanted, values.T))
        zeros = np.zeros(len(feature_ids))
        workload = UnitWorkload(
            call_hours=np.clip(column[workload_field], 0, None),
            calls=np.clip(column[calls_field], 0, None) if calls_field else zeros,
            locations=graph.centroid,  # metres of the graph's projected CRS
            area_km2=graph.area / 1e6,
            accounts=column[called_field] if called_field else None,
            geographic=False,
        )
        defaults = TourSettings()
        tours = TourSettings(
            calls_per_day=float(design.get("calls_per_day", defaults.calls_per_day)),
            speed_kmh=float(design.get("speed_kmh", defaults.speed_kmh)),
            circuity=float(design.get("circuity", defaults.circuity)),
        )
        return cls(workload, tours, {"workload": workload_field, "calls": calls_field, "called": called_field})

    def hours(self, labels: np.ndarray, k: int) -> np.ndarray:
        """(k,) each territory's call + travel hours for the units' territories ``labels`` (-1: none)."""
        if k == 0:
            return np.zeros(0)
        return score_units(self.workload, np.asarray(labels, dtype=np.int64), k, tours=self.tours).total_hours
