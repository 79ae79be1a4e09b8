"""Accounts linked to the units by zip code, some kept in another territory than their zip's.

An override is a value in the accounts layer's override field: the account counts in that
territory whatever its zip. :class:`AccountOverrides` belongs to the dock's
:class:`~territory_plugin.gui.controller.ReassignController`: it feeds the controller's
territory statistics, speaks through its signals and logs through its change log, and it
edits the accounts layer the way the controller edits the units (one edit command per
action, numbers applied when the layer's undo stack settles).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from qgis.core import Qgis, QgsFeatureRequest, QgsField, QgsVectorDataProvider, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject

from territory_plugin.compat import FieldType
from territory_plugin.core.aggregate import AggregationError, index_units, match_accounts
from territory_plugin.core.alignment import clean_name, is_missing
from territory_plugin.core.postal import ZipFormat
from territory_plugin.core.reassign import account_measure_sources, account_values, change_records
from territory_plugin.gui.changelog import ChangeLogStore, ChangeLogTracker
from territory_plugin.gui.moves import MoveResult, disconnect, now, number


class AccountOverrides(QObject):
    """The accounts layer of a :class:`ReassignController`, its zip links and overrides."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.layer: QgsVectorLayer | None = None
        self.zip_field = ""
        self.override_field = ""
        self.id_field = ""
        self.tracker: ChangeLogTracker | None = None
        self._row: dict[int, int] = {}  # feature id -> row
        self._unit = np.empty(0, dtype=np.int64)  # unit of each row's zip (-1 none)
        self._values = np.empty((0, 0))  # each row's measures
        self._ids: list[str] = []
        self._pending: dict[int, object] = {}

    def link(
        self,
        layer: QgsVectorLayer | None,
        zip_field: str = "",
        override_field: str = "",
        id_field: str = "",
        zip_format: ZipFormat | int = ZipFormat.US,
    ) -> bool:
        """Link an accounts layer to the units by zip code (the units' key field); None unlinks.

        ``override_field`` holds the territory of accounts kept apart from their zip's
        territory (empty: none); the numbers include those overrides.
        """
        c = self.controller
        self._disconnect()
        if c.stats is not None:
            for key in list(c.stats.overrides):
                c.stats.clear_override(key)
        self.layer = None
        if layer is None or c.stats is None:
            if c.stats is not None:
                c.statsChanged.emit(list(range(c.stats.k)))
            return False
        if not c.key_field:
            c.say(self.tr("Choose the zip code field of the units to link accounts."), Qgis.MessageLevel.Warning)
            return False
        fields = layer.fields()
        if fields.indexOf(zip_field) < 0:
            c.say(self.tr("The layer {} has no field {}.").format(layer.name(), zip_field), Qgis.MessageLevel.Warning)
            return False
        sources = account_measure_sources(c.measures, fields.names())
        numeric = sorted({s for s in sources if isinstance(s, str)})
        wanted = [zip_field, *numeric, *(name for name in (override_field, id_field) if name)]
        indices = [fields.indexOf(name) for name in wanted]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
        fids, rows = [], []
        for feature in layer.getFeatures(request):
            fids.append(feature.id())
            rows.append([feature.attribute(i) for i in indices])
        columns = {name: np.array([number(row[1 + i]) for row in rows]) for i, name in enumerate(numeric)}
        try:
            units = index_units(c.keys, zip_format)
        except AggregationError as exc:
            c.say(self.tr("The units' zip codes cannot link accounts: {}").format(exc), Qgis.MessageLevel.Warning)
            return False
        zips = [None if is_missing(row[0]) else row[0] for row in rows]
        self._unit, _ = match_accounts(zips, units, zip_format)
        self._values = account_values(sources, columns, len(rows))
        self._row = {fid: i for i, fid in enumerate(fids)}
        id_position = len(wanted) - 1
        self._ids = [str(row[id_position]) if id_field else str(fid) for row, fid in zip(rows, fids)]
        self.layer = layer
        self.zip_field, self.override_field, self.id_field = zip_field, override_field, id_field
        if override_field:
            position = 1 + len(numeric)
            for row, fid in zip(rows, fids):
                self._apply(fid, row[position])
        layer.attributeValueChanged.connect(self._value_changed)
        layer.undoStack().indexChanged.connect(self._flush)
        layer.afterRollBack.connect(self._flush)
        self.tracker = c.tracker_for(layer, ChangeLogStore.for_layer(c.layer))
        c.territoriesChanged.emit()
        return True

    def _disconnect(self) -> None:
        self.tracker = None
        layer = self.layer
        if layer is None or sip.isdeleted(layer):
            return
        disconnect(
            [
                (layer.attributeValueChanged, self._value_changed),
                (layer.undoStack().indexChanged, self._flush),
                (layer.afterRollBack, self._flush),
            ]
        )

    def _apply(self, fid: int, value: object) -> None:
        row = self._row.get(fid)
        if row is None:
            return
        stats = self.controller.stats
        name = clean_name(value)
        if name is None:
            stats.clear_override(fid)
            return
        t = self.controller.territory_index(name, name)
        stats.set_override(fid, int(self._unit[row]), t, self._values[row])

    def _value_changed(self, fid: int, index: int, value: object) -> None:
        if self.override_field and index == self.layer.fields().indexOf(self.override_field):
            self._pending[fid] = value

    def _flush(self, *_args) -> None:
        stats = self.controller.stats
        if not self._pending or stats is None:
            return
        pending, self._pending = self._pending, {}
        territories = stats.k
        for fid, value in pending.items():
            self._apply(fid, value)
        if stats.k != territories:
            self.controller.territoriesChanged.emit()
        else:
            self.controller.statsChanged.emit(list(range(stats.k)))

    def territory_of(self, fid: int) -> str | None:
        """Where account ``fid`` counts now: its override, else its zip's territory."""
        stats = self.controller.stats
        override = stats.overrides.get(fid)
        if override is not None:
            return stats.names[override.territory] if override.territory >= 0 else None
        unit = int(self._unit[self._row[fid]])
        if unit < 0 or stats.labels[unit] < 0:
            return None
        return stats.names[stats.labels[unit]]

    def create_override_field(self, name: str = "territory_override") -> bool:
        """Add a text field for overrides to the accounts layer (in its edit buffer)."""
        layer = self.layer
        if layer is None:
            return False
        if layer.fields().indexOf(name) < 0:
            if not layer.dataProvider().capabilities() & QgsVectorDataProvider.Capability.AddAttributes:
                self.controller.say(
                    self.tr(
                        "The accounts layer {} cannot get a new field; save it as a GeoPackage "
                        "(Export > Save Features As) and use that copy."
                    ).format(layer.name()),
                    Qgis.MessageLevel.Warning,
                )
                return False
            if not layer.isEditable():
                layer.startEditing()
            if not layer.addAttribute(QgsField(name, FieldType.STRING)):
                return False
            layer.updateFields()
        return self.link(layer, self.zip_field, name, self.id_field)

    def assign(self, feature_ids: Iterable[int], territory: str | None, note: str = "") -> MoveResult:
        """Keep accounts in ``territory`` whatever their zip (None: back to their zip's territory)."""
        result = MoveResult()
        layer, c = self.layer, self.controller
        if layer is None or not self.override_field:
            c.say(self.tr("Choose an accounts layer and its override field first."), Qgis.MessageLevel.Warning)
            return result
        stats = c.stats
        fids = [fid for fid in dict.fromkeys(int(f) for f in feature_ids) if fid in self._row]
        current = {fid: stats.overrides.get(fid) for fid in fids}
        target = None if territory is None else stats.names[stats.index_of(territory)]
        changing = [
            fid
            for fid in fids
            if (current[fid] is None and target is not None)
            or (current[fid] is not None and (target is None or stats.names[current[fid].territory] != target))
        ]
        if not changing:
            return result
        if not layer.isEditable() and not layer.startEditing():
            c.say(self.tr("The layer {} cannot be edited.").format(layer.name()), Qgis.MessageLevel.Critical)
            return result
        old = [self.territory_of(fid) for fid in changing]
        index = layer.fields().indexOf(self.override_field)
        text = (
            self.tr("Keep {} accounts in {}").format(len(changing), target)
            if target is not None
            else self.tr("Return {} accounts to their zip's territory").format(len(changing))
        )
        layer.beginEditCommand(text)
        try:
            for fid in changing:
                layer.changeAttributeValue(fid, index, target if target is not None else None)
        except Exception:
            layer.destroyEditCommand()
            raise
        layer.endEditCommand()
        self._flush()
        new = [self.territory_of(fid) for fid in changing]
        ids = [self._ids[self._row[fid]] for fid in changing]
        records = []
        for item, before, after in zip(ids, old, new):
            records += change_records("account", [item], [before], after, c.who(), now(), note)
        self.tracker.record(records)
        result.moved = len(changing)
        return result
