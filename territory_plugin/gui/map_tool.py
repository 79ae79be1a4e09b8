"""Map tool: click a unit, or drag across units, to put them in the chosen territory.

A drag collects every unit the pointer crosses (highlighted as it goes) and moves
them all on release, as one undo step. The tool only finds units; the move itself
is the controller's.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from territory_plugin.gui.controller import ReassignController


class PaintTerritoryTool(QgsMapTool):
    """Click or drag-paint units of the controller's layer into ``territory()``."""

    def __init__(
        self,
        canvas: QgsMapCanvas,
        controller: ReassignController,
        territory: Callable[[], str | None],
        note: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(canvas)
        self.controller = controller
        self.territory = territory
        self.note = note or (lambda: "")
        self.painted: dict[int, None] = {}  # feature ids in the order they were painted
        self._band: QgsRubberBand | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def unit_at(self, point: QgsPointXY) -> int | None:
        """Feature id of the unit under ``point`` (map canvas coordinates), or None."""
        layer = self.controller.layer
        if layer is None:
            return None
        local = self.toLayerCoordinates(layer, point)
        radius = self.searchRadiusMU(self.canvas()) * 0.25 if self.canvas() else 0.0
        rect = self.toLayerCoordinates(
            layer, QgsRectangle(point.x() - radius, point.y() - radius, point.x() + radius, point.y() + radius)
        )
        request = QgsFeatureRequest().setFilterRect(rect).setNoAttributes()
        here = QgsGeometry.fromPointXY(local)
        for feature in layer.getFeatures(request):
            if feature.geometry().intersects(here):
                return feature.id()
        return None

    def _paint(self, event: QgsMapMouseEvent) -> None:
        fid = self.unit_at(event.mapPoint())
        if fid is None or fid in self.painted:
            return
        self.painted[fid] = None
        feature = self.controller.layer.getFeature(fid)
        if self._band is None:
            self._band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.PolygonGeometry)
            self._band.setColor(QColor(255, 200, 0, 90))
            self._band.setStrokeColor(QColor(255, 140, 0))
            self._band.setWidth(2)
        self._band.addGeometry(feature.geometry(), self.controller.layer)

    def canvasPressEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.painted = {}
        self._paint(event)

    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._paint(event)

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        painted, self.painted = list(self.painted), {}
        self._clear_band()
        territory = self.territory()
        if painted and territory:
            self.controller.assign_units(painted, territory, self.note())

    def _clear_band(self) -> None:
        if self._band is not None:
            self._band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            self.canvas().scene().removeItem(self._band)
            self._band = None

    def deactivate(self) -> None:
        self._clear_band()
        super().deactivate()
