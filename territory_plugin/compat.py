"""The one place that knows which QGIS (and Qt) version runs: API differences from 3.22 to 3.44.

Everything else imports the names below instead of testing versions itself.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProcessingAlgorithm,
    QgsProcessingParameterField,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

# Label placement "over the point": Qgis.LabelPlacement from 3.26 on; before that an enum of
# QgsPalLayerSettings, which 3.40 rejects where a Qgis.LabelPlacement is expected.
if hasattr(Qgis, "LabelPlacement"):
    LABEL_OVER_POINT = Qgis.LabelPlacement.OverPoint
else:  # QGIS < 3.26
    LABEL_OVER_POINT = QgsPalLayerSettings.Placement.OverPoint

# QAction lives in QtGui in Qt6; qgis.PyQt re-exports it there for Qt5 builds too, but not on 3.22.
try:
    from qgis.PyQt.QtGui import QAction  # noqa: F401 - for the plugin's imports
except ImportError:  # QGIS 3.22
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401

# Field types, for QgsField(name, type) and to compare with field.type(): QgsField takes and returns
# QMetaType.Type from 3.38 on (QVariant.Type is deprecated there, and gone in Qt6); before, QVariant.Type.
if Qgis.versionInt() >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class FieldType:
        STRING = QMetaType.Type.QString
        INT = QMetaType.Type.Int
        LONG = QMetaType.Type.LongLong
        DOUBLE = QMetaType.Type.Double
        BOOL = QMetaType.Type.Bool
        INTEGERS = (QMetaType.Type.Int, QMetaType.Type.LongLong, QMetaType.Type.UInt, QMetaType.Type.ULongLong)
else:  # QGIS < 3.38

    class FieldType:
        STRING = QVariant.Type.String
        INT = QVariant.Type.Int
        LONG = QVariant.Type.LongLong
        DOUBLE = QVariant.Type.Double
        BOOL = QVariant.Type.Bool
        INTEGERS = (QVariant.Type.Int, QVariant.Type.LongLong, QVariant.Type.UInt, QVariant.Type.ULongLong)


def is_null(value: object) -> bool:
    """QGIS NULL as features return it: None, or a null QVariant (Qt5 builds)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def parameter_as_fields(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str, context) -> list[str]:
    """A multiple-field parameter's field names: parameterAsFields is deprecated from 3.40 on."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)  # QGIS < 3.40


def save_style_to_database(layer: QgsVectorLayer, name: str, description: str, use_as_default: bool) -> str:
    """Stores the layer's style in its data source; the error message, empty when it worked."""
    if hasattr(layer, "saveStyleToDatabaseV2"):  # 3.44: the old call is deprecated
        results, error = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        failures = (QgsMapLayer.SaveStyleResult.QmlGenerationFailed, QgsMapLayer.SaveStyleResult.DatabaseWriteFailed)
        return (error or "style not saved") if any(results & flag for flag in failures) else ""
    if Qgis.versionInt() < 32400:
        # Before 3.24 saving over a style of the same name asks the user in a message box, which
        # never returns in a headless run: replace it explicitly.
        _count, ids, names, _descriptions, _error = layer.listStylesInDatabase()
        for style_id, style_name in zip(ids, names):
            if style_name == name:
                layer.deleteStyleFromDatabase(style_id)
    return layer.saveStyleToDatabase(name, description, use_as_default, "") or ""


def parameter_as_sink(algorithm: QgsProcessingAlgorithm, parameters, name, context, fields, wkb_type, crs, options):
    """parameterAsSink with GDAL layer creation ``options`` where this QGIS passes them on (else without)."""
    try:
        return algorithm.parameterAsSink(
            parameters, name, context, fields, wkb_type, crs, layerOptions=list(options)
        )  # fmt: skip
    except TypeError:  # an older QGIS without the layerOptions argument: the driver's defaults
        return algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)


def with_field_defaults(algorithm: QgsProcessingAlgorithm, parameters: dict) -> dict:
    """``parameters`` with each field parameter left out given its default, as the run reads it.

    QGIS 3.22's checks reject a field parameter left out even when it has a default (3.40 accepts it).
    """
    defaults = {
        definition.name(): definition.defaultValue()
        for definition in algorithm.parameterDefinitions()
        if isinstance(definition, QgsProcessingParameterField)
        and definition.name() not in parameters
        and definition.defaultValue() is not None
    }
    return {**defaults, **parameters}
