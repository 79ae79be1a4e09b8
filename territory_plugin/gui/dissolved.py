"""The dissolved territories layer (Design territories' one polygon per territory) kept in step with the units.

When the units move in the dock, the territories layer loaded beside them would keep the
design's totals and outlines. ``DissolvedTerritories`` finds it (a polygon layer of the
project that recorded the same design settings as the units layer, see
layers.read_design_settings) and, after every change of the units' territories, rewrites
the changed territories' outline, ``units``, each measure's total and ``<field>_dev_pct``,
``contiguous`` and ``polsby_popper`` (and the workload columns when the dock has a
workload) through the layer's edit buffer: one edit command per refresh, saved when the
units are saved and dropped when their edits are rolled back.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject

from territory_plugin.core import rounding
from territory_plugin.core.alignment import clean_name
from territory_plugin.gui.controller import ReassignController
from territory_plugin.gui.moves import disconnect
from territory_plugin.layers import read_design_settings

__all__ = ["DissolvedTerritories", "find_dissolved_layer"]


def find_dissolved_layer(units: QgsVectorLayer, territory_field: str) -> QgsVectorLayer | None:
    """The project's territories layer made by the same design as ``units``; None when there is none."""
    design = read_design_settings(units)
    if not design:
        return None
    for layer in QgsProject.instance().mapLayers().values():
        if (
            layer is not units
            and isinstance(layer, QgsVectorLayer)
            and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
            and layer.fields().indexOf(territory_field) >= 0
            and layer.fields().indexOf("units") >= 0
            and read_design_settings(layer) == design
        ):
            return layer
    return None


class DissolvedTerritories(QObject):
    """Follows ``controller``'s units and rewrites the territories layer's changed rows."""

    def __init__(self, controller: ReassignController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.layer: QgsVectorLayer | None = None
        self._units: QgsVectorLayer | None = None
        controller.statsChanged.connect(self.refresh)
        controller.territoriesChanged.connect(self._attach)

    def _attach(self) -> None:
        """The units layer (or its fields) changed: find its territories layer again; refresh every row."""
        self._detach()
        units = self.controller.layer
        self.layer = find_dissolved_layer(units, self.controller.territory_field) if units is not None else None
        if self.layer is None:
            return
        self._units = units
        units.afterCommitChanges.connect(self._commit)
        units.afterRollBack.connect(self._roll_back)
        if units.isEditable() or self.layer.isEditable():
            self.refresh(None)

    def _detach(self) -> None:
        if self._units is not None and not sip.isdeleted(self._units):
            disconnect([(self._units.afterCommitChanges, self._commit), (self._units.afterRollBack, self._roll_back)])
        self._units = None

    def _layer_ok(self) -> bool:
        return self.layer is not None and not sip.isdeleted(self.layer) and self.layer.isValid()

    def _commit(self) -> None:
        """The units were saved: so is their outline; editing goes on while it goes on for the units."""
        if self._layer_ok() and self.layer.isEditable():
            units = self._units
            self.layer.commitChanges(units is None or sip.isdeleted(units) or not units.isEditable())

    def _roll_back(self) -> None:
        if self._layer_ok() and self.layer.isEditable():
            self.layer.rollBack()

    def refresh(self, changed: list[int] | None = None) -> None:
        """Rewrite the territories ``changed`` (indices; None: all) from the units as they are now."""
        if not self._layer_ok() or self.controller.stats is None:
            return
        controller, layer = self.controller, self.layer
        rows = controller.rows()
        wanted = {rows[t].name for t in (changed if changed is not None else range(len(rows))) if t < len(rows)}
        if not wanted:
            return
        field = controller.territory_field
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([field], layer.fields())
        existing = {clean_name(f[field]): f.id() for f in layer.getFeatures(request)}
        measure = QgsDistanceArea()
        measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
        measure.setEllipsoid("EPSG:7030")
        hours = controller.workload_hours()
        if not layer.isEditable():
            layer.startEditing()
        layer.beginEditCommand(self.tr("Territories follow the units"))
        for row in rows:
            if row.name not in wanted:
                continue
            geometry = self._outline(controller.territory_feature_ids(row.name))
            values = {"units": int(row.units), "contiguous": bool(row.pieces == 1) if row.pieces >= 0 else None}
            for m, name in enumerate(controller.measures):
                values[name] = float(row.totals[m])
                values[f"{name}_dev_pct"] = round(float(row.deviation[m]) * 100, rounding.DEVIATION)
            if hours is not None and row.index < len(hours):
                mean = float(np.mean(hours)) if len(hours) else 0.0
                values["workload_hours"] = round(float(hours[row.index]), rounding.HOURS)
                values["workload_dev_pct"] = round((hours[row.index] - mean) / mean * 100, 2) if mean > 0 else 0.0
            if not geometry.isEmpty():
                area, perimeter = measure.measureArea(geometry), measure.measurePerimeter(geometry)
                values["polsby_popper"] = 4 * math.pi * area / perimeter**2 if perimeter > 0 else 0.0
            fid = existing.get(row.name)
            if fid is None:  # a territory created in the dock
                feature = QgsFeature(layer.fields())
                feature.setGeometry(geometry)
                feature[field] = row.name
                for name, value in values.items():
                    if layer.fields().indexOf(name) >= 0:
                        feature[name] = value
                layer.addFeature(feature)
                continue
            layer.changeGeometry(fid, geometry)
            for name, value in values.items():
                index = layer.fields().indexOf(name)
                if index >= 0:
                    layer.changeAttributeValue(fid, index, value)
        layer.endEditCommand()
        layer.triggerRepaint()

    def _outline(self, feature_ids: list[int]) -> QgsGeometry:
        """The union of the units ``feature_ids`` as the units layer holds them now (edit buffer included)."""
        units = self.controller.layer
        request = QgsFeatureRequest().setFilterFids(feature_ids).setNoAttributes()
        if units.crs() != self.layer.crs():
            request.setDestinationCrs(self.layer.crs(), QgsProject.instance().transformContext())
        parts = [f.geometry() for f in units.getFeatures(request) if f.hasGeometry()]
        union = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
        if not union.isNull():
            union.convertToMultiType()
        return union
