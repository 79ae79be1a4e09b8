"""The territory map as a PNG image: units coloured by territory, outlines, names and rep bases.

Rendered by QGIS in memory for the HTML report, with the same colours and labels as the
styled outputs (:mod:`territory_plugin.styling`).
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSpatialIndex,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor

from territory_plugin.compat import LABEL_OVER_POINT, FieldType
from territory_plugin.core.alignment import clean_name
from territory_plugin.styling import apply_territory_style, territory_colours, territory_labels

__all__ = ["MAP_WIDTH", "MAP_HEIGHT", "touching_pairs", "render_territory_map"]

# The largest image, in pixels: labels stay legible once the page scales it to its width.
MAP_WIDTH = 1400
MAP_HEIGHT = 1100


def touching_pairs(geometries: Sequence[QgsGeometry]) -> list[tuple[int, int]]:
    """Pairs (a < b) of positions whose geometries touch or overlap (null geometries touch nothing)."""
    index = QgsSpatialIndex()
    for position, geometry in enumerate(geometries):
        if not geometry.isNull():
            feature = QgsFeature(position)
            feature.setGeometry(geometry)
            index.addFeature(feature)
    pairs = set()
    for position, geometry in enumerate(geometries):
        if geometry.isNull():
            continue
        box = geometry.boundingBox()
        box.grow(max(box.width(), box.height()) * 1e-6)
        for other in index.intersects(box):
            if other > position and geometry.intersects(geometries[other]):
                pairs.add((position, other))
    return sorted(pairs)


def render_territory_map(
    units: QgsFeatureSource,
    field: str,
    names: Sequence[str],
    bases: QgsFeatureSource | None,
    transform_context: QgsCoordinateTransformContext,
    feedback=None,
    colours: Sequence[str] | None = None,
) -> tuple[bytes, list[str], list[str]]:
    """PNG of the units coloured by territory (``field`` holds the names), outlines, names and bases.

    ``colours`` (one per name) are those the canvas shows (``styling.colours_of_style``); without
    them neighbouring territories get different colours of the same palette.
    Returns the image (empty when canceled), the renderer's error messages and the colours used.
    """
    crs = units.sourceCrs()
    unit_layer = units.materialize(QgsFeatureRequest())
    index = {name: i for i, name in enumerate(names)}
    pieces: list[list[QgsGeometry]] = [[] for _ in names]
    position = unit_layer.fields().lookupField(field)
    for feature in unit_layer.getFeatures():
        name = clean_name(feature.attributes()[position])
        if name in index and feature.hasGeometry():
            pieces[index[name]].append(feature.geometry())
    outlines = QgsVectorLayer("MultiPolygon", "territories", "memory")
    outlines.setCrs(crs)
    outlines.dataProvider().addAttributes([QgsField("territory", FieldType.STRING)])
    outlines.updateFields()
    dissolved = []
    for t, name in enumerate(names):
        if feedback is not None and feedback.isCanceled():
            return b"", [], []
        geometry = QgsGeometry.unaryUnion(pieces[t]) if pieces[t] else QgsGeometry()
        dissolved.append(geometry)
        feature = QgsFeature(outlines.fields())
        feature.setAttributes([name])
        feature.setGeometry(geometry)
        outlines.dataProvider().addFeature(feature)
    colours = list(colours) if colours is not None else territory_colours(len(names), touching_pairs(dissolved))
    apply_territory_style(unit_layer, field, names, colours, False)
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.5", "style": "no"}
    )
    outlines.setRenderer(QgsSingleSymbolRenderer(symbol))
    outlines.setLabeling(territory_labels("territory", LABEL_OVER_POINT))
    outlines.setLabelsEnabled(True)
    layers = [outlines, unit_layer]
    if bases is not None:
        layers.insert(0, _base_layer(bases, crs, transform_context))

    extent = QgsRectangle(unit_layer.extent())
    extent.scale(1.04)
    if extent.isEmpty():
        extent.grow(1.0)
    aspect = extent.height() / max(extent.width(), 1e-9)
    width = MAP_WIDTH if aspect * MAP_WIDTH <= MAP_HEIGHT else max(int(MAP_HEIGHT / aspect), 200)
    height = max(int(width * aspect), 200)
    map_settings = QgsMapSettings()
    map_settings.setLayers(layers)
    map_settings.setDestinationCrs(crs)
    map_settings.setOutputSize(QSize(width, height))
    map_settings.setOutputDpi(144)
    map_settings.setExtent(extent)
    map_settings.setBackgroundColor(QColor("#ffffff"))
    map_settings.setFlag(QgsMapSettings.Flag.Antialiasing, True)
    map_settings.setFlag(QgsMapSettings.Flag.DrawLabeling, True)
    map_settings.setTransformContext(transform_context)
    job = QgsMapRendererParallelJob(map_settings)
    job.start()
    job.waitForFinished()
    errors = [f"{error.layerID}: {error.message}" for error in job.errors()]
    data = QByteArray()
    buffer_device = QBuffer(data)
    buffer_device.open(QIODevice.OpenModeFlag.WriteOnly)
    job.renderedImage().save(buffer_device, "PNG")
    buffer_device.close()
    return bytes(data), errors, colours


def _base_layer(bases: QgsFeatureSource, crs, transform_context) -> QgsVectorLayer:
    """The rep home bases as stars, in the map's CRS."""
    points = QgsVectorLayer("Point", "bases", "memory")
    points.setCrs(crs)
    to_map = QgsCoordinateTransform(bases.sourceCrs(), crs, transform_context)
    for base in bases.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if base.hasGeometry():
            geometry = QgsGeometry(base.geometry())
            geometry.transform(to_map)
            feature = QgsFeature()
            feature.setGeometry(geometry)
            points.dataProvider().addFeature(feature)
    points.setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple({"name": "star", "color": "#222222", "outline_color": "#ffffff", "size": "4"})
        )
    )
    return points
