"""The dock's workload column: each territory's hours a year (call hours + day-tour travel) as units move.

The units carry the workload when their design recorded it (Design territories on workload:
``workload_field``, ``calls_field``, ``called_field``, the tour settings and the reps' ``homes``
under the ``workload`` key, see layers.record_design_settings), or when a field looks like call
hours (core/fieldguess). The hours are the unit-level scorecard's (core.workload_design.score_units,
the rule Score workload and the design use), on the ellipsoid as there: travel from the rep's
home recorded by the design, else (no design on homes, or a territory made in the dock) from the
territory's call-weighted centre.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsPointXY,
    QgsVectorLayer,
)

from territory_plugin.core.fieldguess import FieldKind, guess_field
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.workload_design import TourSettings, UnitWorkload, score_units
from territory_plugin.gui.moves import number

__all__ = ["UnitsWorkload"]


class UnitsWorkload:
    """Call hours, calls and positions of the units, in the controller's unit order."""

    def __init__(
        self,
        workload: UnitWorkload,
        tours: TourSettings,
        fields: Mapping[str, str],
        homes: Mapping[str, tuple[float, float]] | None = None,
    ) -> None:
        self.workload = workload
        self.tours = tours
        self.fields = dict(fields)  # which field gave what: workload, calls, called ("" when none)
        self.homes = dict(homes or {})  # territory name -> the rep's home (lon, lat), as the design used

    def from_home(self, names: list[str]) -> np.ndarray:
        """(k,) True where the territory's travel is measured from its rep's home, else from its centre."""
        return np.array([name in self.homes for name in names], dtype=bool)

    @property
    def with_travel(self) -> bool:
        return bool(self.fields.get("calls"))

    @classmethod
    def of_layer(
        cls,
        layer: QgsVectorLayer,
        feature_ids: np.ndarray,
        graph: UnitGraph | None,
        design: Mapping[str, object],
        crs: QgsCoordinateReferenceSystem | None = None,
        transform_context: QgsCoordinateTransformContext | None = None,
    ) -> UnitsWorkload | None:
        """The workload of ``layer``'s units (``feature_ids`` order, ``graph`` positions in ``crs``, the graph's
        projected CRS); None when they carry none."""
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
        locations, geographic = lon_lat(graph.centroid, crs, transform_context)
        workload = UnitWorkload(
            call_hours=np.clip(column[workload_field], 0, None),
            calls=np.clip(column[calls_field], 0, None) if calls_field else zeros,
            locations=locations,
            area_km2=graph.area / 1e6,  # the projected CRS is equal-area unless the user chose one in metres
            accounts=column[called_field] if called_field else None,
            geographic=geographic,
        )
        defaults = TourSettings()
        tours = TourSettings(
            calls_per_day=float(design.get("calls_per_day", defaults.calls_per_day)),
            speed_kmh=float(design.get("speed_kmh", defaults.speed_kmh)),
            circuity=float(design.get("circuity", defaults.circuity)),
        )
        homes = recorded_homes(design.get("homes")) if geographic else {}
        fields = {"workload": workload_field, "calls": calls_field, "called": called_field}
        return cls(workload, tours, fields, homes)

    def hours(self, labels: np.ndarray, names: list[str]) -> np.ndarray:
        """(k,) each territory's call + travel hours for the units' territories ``labels`` (-1: none)."""
        k = len(names)
        if k == 0:
            return np.zeros(0)
        labels = np.asarray(labels, dtype=np.int64)
        if not self.with_travel:  # call hours alone: no distances to measure
            mine = (labels >= 0) & (labels < k)
            return np.bincount(labels[mine], weights=self.workload.call_hours[mine], minlength=k)
        homes = None  # NaN rows: territories without a recorded home (e.g. made in the dock) use their centre
        if self.homes:
            homes = np.array([self.homes.get(name, (np.nan, np.nan)) for name in names], dtype=np.float64)
        return score_units(self.workload, labels, k, homes=homes, tours=self.tours).total_hours


def lon_lat(
    xy: np.ndarray, crs: QgsCoordinateReferenceSystem | None, context: QgsCoordinateTransformContext | None
) -> tuple[np.ndarray, bool]:
    """The graph's centroids in WGS84 (the scorecard measures on the ellipsoid), and True; or as they are
    (metres) and False when the CRS is unknown."""
    if crs is None or not crs.isValid():
        return xy, False
    to_wgs84 = QgsCoordinateTransform(
        crs, QgsCoordinateReferenceSystem("EPSG:4326"), context or QgsCoordinateTransformContext()
    )
    out = np.full(xy.shape, np.nan)
    for i, (x, y) in enumerate(xy.tolist()):
        if np.isfinite(x) and np.isfinite(y):
            point = to_wgs84.transform(QgsPointXY(x, y))
            out[i] = (point.x(), point.y())
    return out, True


def recorded_homes(value: object) -> dict[str, tuple[float, float]]:
    """The design's ``homes`` ({name: [lon, lat]}), the unreadable entries left out."""
    if not isinstance(value, dict):
        return {}
    homes = {}
    for name, xy in value.items():
        try:
            lon, lat = (float(v) for v in xy)
        except (TypeError, ValueError):
            continue
        if np.isfinite([lon, lat]).all():
            homes[str(name)] = (lon, lat)
    return homes
