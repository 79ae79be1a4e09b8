"""Styles for territory layers: categorised by territory, neighbours in different colours, labelled."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsLayerTreeLayer,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRendererCategory,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from territory_plugin.compat import save_style_to_database
from territory_plugin.core.colouring import colour_touching
from territory_plugin.layers import record_design_settings

# Tableau 20: ten hues dark, then the same ten light. The map colouring spreads territories over
# all twenty (twelve territories, twelve colours) and keeps two shades of one hue off neighbours.
PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
]  # fmt: skip
HUES = [index % 10 for index in range(len(PALETTE))]


def territory_colours(k: int, touching: Iterable[tuple[int, int]]) -> list[str]:
    """A colour per territory, different from that of every territory it touches (pairs of indices)."""
    return [PALETTE[index % len(PALETTE)] for index in colour_touching(k, touching, len(PALETTE), HUES)]


def colours_of_style(layer: QgsVectorLayer | None, field: str, names: Sequence[str]) -> list[str] | None:
    """The colour of each territory in ``layer``'s style by ``field`` (as the canvas shows it), or None.

    The report draws the map and its tables in these colours, so a territory looks the same in
    QGIS and on paper. A GeoPackage written by Design territories carries the style, also when
    opened without it (e.g. by a path in qgis_process).
    """
    if layer is None:
        return None
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) and layer.providerType() == "ogr":
        styled = QgsVectorLayer(layer.source(), "styled", "ogr")  # loads the default style stored with the data
        renderer = styled.renderer() if styled.isValid() else None
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) or renderer.classAttribute() != field:
        return None
    by_name = {str(category.value()): category.symbol().color().name() for category in renderer.categories()}
    colours = [by_name.get(str(name)) for name in names]
    return colours if all(colours) else None


def apply_territory_style(
    layer: QgsVectorLayer, field: str, names: Sequence[str], colours: Sequence[str], label: bool
) -> None:
    categories = []
    for name, colour in zip(names, colours):
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PolygonGeometry)
        symbol.setColor(QColor(colour))
        symbol.symbolLayer(0).setStrokeColor(QColor("#ffffff"))
        symbol.symbolLayer(0).setStrokeWidth(0.1 if not label else 0.5)
        categories.append(QgsRendererCategory(name, symbol, name))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))
    if label:
        layer.setLabeling(territory_labels(field))
        layer.setLabelsEnabled(True)
    layer.triggerRepaint()


def territory_labels(field: str, placement=None) -> QgsVectorLayerSimpleLabeling:
    """Territory names in 9 pt with a white halo, readable on any fill colour."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    if placement is not None:
        settings.placement = placement
    text = QgsTextFormat()
    text.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


class TerritoryStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer when Processing loads it into the project (and records the design's settings on it)."""

    _alive: list[TerritoryStyler] = []  # Processing holds only a C++ pointer: keep the Python side alive

    def __init__(
        self,
        field: str,
        names: Sequence[str],
        colours: Sequence[str],
        label: bool,
        design_settings: Optional[Mapping[str, object]] = None,
    ) -> None:
        super().__init__()
        self.field, self.names, self.colours, self.label = field, list(names), list(colours), label
        self.design_settings = dict(design_settings) if design_settings else None

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if isinstance(layer, QgsVectorLayer):
            apply_territory_style(layer, self.field, self.names, self.colours, self.label)
            if self.design_settings is not None:  # a temporary layer has no file to keep them in
                record_design_settings(layer, self.design_settings)
            keep_points_on_top(layer, context.project())

    @classmethod
    def create(
        cls,
        field: str,
        names: Sequence[str],
        colours: Sequence[str],
        label: bool,
        design_settings: Optional[Mapping[str, object]] = None,
    ) -> TerritoryStyler:
        styler = cls(field, names, colours, label, design_settings)
        cls._alive.append(styler)
        return styler


class BelowPoints(QgsProcessingLayerPostProcessorInterface):
    """Puts a polygon output under the point and line layers when Processing loads it (see keep_points_on_top)."""

    _alive: list[BelowPoints] = []

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        keep_points_on_top(layer, context.project())

    @classmethod
    def create(cls) -> BelowPoints:
        processor = cls()
        cls._alive.append(processor)
        return processor


def keep_points_on_top(layer, project: QgsProject | None) -> None:
    """Move a polygon layer below the point and line layers of its group in the layer tree.

    Processing puts each new output on top, so rep bases and accounts vanished under the
    territories that were just made. Other polygons keep their order.
    """
    if project is None or not _is_polygons(layer):
        return
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None or node.parent() is None:
        return
    parent = node.parent()
    children = parent.children()
    position = children.index(node)
    below = [i for i in range(position + 1, len(children)) if _is_points_or_lines(children[i])]
    if not below:
        return
    parent.insertChildNode(below[-1] + 1, node.clone())
    parent.removeChildNode(node)


def _is_polygons(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry


def _is_points_or_lines(node) -> bool:
    layer = node.layer() if isinstance(node, QgsLayerTreeLayer) else None
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() in (
        QgsWkbTypes.GeometryType.PointGeometry,
        QgsWkbTypes.GeometryType.LineGeometry,
    )


def save_default_style(path: str, field: str, names: Sequence[str], colours: Sequence[str], label: bool) -> bool:
    """Store the style in a GeoPackage output so that it opens styled anywhere (qgis_process runs too)."""
    if not path.lower().split("|")[0].endswith(".gpkg"):
        return False
    layer = QgsVectorLayer(path, "territories", "ogr")
    if not layer.isValid():
        return False
    apply_territory_style(layer, field, names, colours, label)
    return not save_style_to_database(layer, "territories", "Territory Designer", True)
