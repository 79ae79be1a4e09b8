"""Styles for territory layers: categorised by territory, neighbours in different colours, labelled."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
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

# Tableau 10: distinct colours; the map colouring spreads territories over all of them.
PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def territory_colours(k: int, touching: Iterable[tuple[int, int]]) -> list[str]:
    """A colour per territory, different from that of every territory it touches (pairs of indices)."""
    return [PALETTE[index % len(PALETTE)] for index in colour_touching(k, touching, len(PALETTE))]


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


def save_default_style(path: str, field: str, names: Sequence[str], colours: Sequence[str], label: bool) -> bool:
    """Store the style in a GeoPackage output so that it opens styled anywhere (qgis_process runs too)."""
    if not path.lower().split("|")[0].endswith(".gpkg"):
        return False
    layer = QgsVectorLayer(path, "territories", "ogr")
    if not layer.isValid():
        return False
    apply_territory_style(layer, field, names, colours, label)
    return not save_style_to_database(layer, "territories", "Territory Designer", True)
