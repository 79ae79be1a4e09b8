"""A field picker for the Processing dialogs that preselects the likeliest field of its layer.

QGIS's own field picker selects a fixed default name or the first field (often ``fid``), so a
user running with the defaults aggregated on ``fid`` and matched nothing. This one asks
``core.fieldguess`` each time its layer changes. Processing creates it from the parameter's
``widget_wrapper`` metadata (see ``TerritoryAlgorithm.guess``); the Model Designer keeps
QGIS's own widget, where a field can also come from a model input. Headless runs never see it.
"""

from __future__ import annotations

from processing.gui.wrappers import WidgetWrapper
from processing.tools.dataobjects import createContext
from qgis.core import (
    QgsFieldProxyModel,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsGui

from territory_plugin.core.fieldguess import guess_field

_FILTERS = {
    QgsProcessingParameterField.DataType.Numeric: QgsFieldProxyModel.Filter.Numeric,
    QgsProcessingParameterField.DataType.String: QgsFieldProxyModel.Filter.String,
}


class GuessingFieldWrapper(WidgetWrapper):
    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        if type(dialog).__name__ == "ModelerParametersDialog":
            # The Model Designer: QGIS's widget, which also offers the model's inputs.
            return QgsGui.processingGuiRegistry().createModelerParameterWidget(
                dialog.model, dialog.childId, param, dialog.context
            )
        return super().__new__(cls)

    def __init__(self, param, dialog, row=0, col=0, kind: str = "", **kwargs):
        self._kind = kind
        self._guessed_for: tuple | None = None
        self._context = createContext()
        super().__init__(param, dialog, row, col, **kwargs)

    def createWidget(self, **kwargs):  # noqa: N802 - Processing API
        param = self.parameterDefinition()
        combo = QgsFieldComboBox()
        combo.setAllowEmptyFieldName(bool(param.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional))
        if param.dataType() in _FILTERS:
            combo.setFilters(_FILTERS[param.dataType()])
        combo.fieldChanged.connect(lambda _name: self.widgetValueHasChanged.emit(self))
        return combo

    def postInitialize(self, wrappers):  # noqa: N802 - Processing API
        parent_name = self.parameterDefinition().parentLayerParameterName()
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == parent_name:
                self._parent_changed(wrapper)
                wrapper.widgetValueHasChanged.connect(self._parent_changed)
                break

    def _parent_changed(self, wrapper) -> None:
        self.set_layer(self._as_layer(wrapper.parameterValue()))

    def _as_layer(self, value):
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if isinstance(value, QgsVectorLayer):
            return value
        if not isinstance(value, str) or not value:
            return None
        # A path is opened once and kept by the context (its temporary layer store).
        layer = QgsProcessingUtils.mapLayerFromString(value, self._context)
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None

    def set_layer(self, layer) -> None:
        """Show ``layer``'s fields; on a new layer, select the likeliest one (or none rather than a wrong one)."""
        self.widget.setLayer(layer)
        fields = layer.fields() if layer is not None else []
        key = (layer.id() if layer is not None else None, tuple(field.name() for field in fields))
        if key == self._guessed_for:
            return
        self._guessed_for = key
        names = [field.name() for field in fields]
        default = self.parameterDefinition().defaultValue()
        if isinstance(default, str) and default in names:
            guess = default  # the algorithm's own default (e.g. the report's 'territory') when the layer has it
        else:
            guess = guess_field(names, self._kind, [field.isNumeric() for field in fields]) if names else None
        self.widget.setField(guess or "")

    def setValue(self, value):  # noqa: N802 - Processing API
        if isinstance(value, list):
            value = value[0] if value else None
        if value:
            self.widget.setField(str(value))

    def value(self):
        name = self.widget.currentField()
        if not name and self.parameterDefinition().flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            return None
        return name
