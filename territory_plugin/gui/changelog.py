"""The change log: who moved which unit or account, when, from where to where.

Records are collected per edit command and written only when the user saves the
layer's edits, and only for the commands that were not undone: the log always
matches what is in the data. It is kept with the data: a ``territory_changes``
table in the units' GeoPackage, or (any other source) in the project file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from territory_plugin.compat import FieldType, is_null
from territory_plugin.core.reassign import CHANGE_LOG_FIELDS, ChangeRecord

TABLE_NAME = "territory_changes"
PROJECT_SCOPE = "territory_plugin"
PROJECT_KEY = "change_log"


def geopackage_of(layer: QgsVectorLayer) -> str | None:
    """Path of the GeoPackage behind ``layer``, or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path", "")
    return path if path.lower().endswith(".gpkg") and os.path.isfile(path) else None


class ChangeLogStore:
    """Where saved records go: a GeoPackage table, else the project."""

    def __init__(self, gpkg_path: str | None = None, project: QgsProject | None = None) -> None:
        self.gpkg_path = gpkg_path
        self.project = project or QgsProject.instance()

    @classmethod
    def for_layer(cls, layer: QgsVectorLayer) -> ChangeLogStore:
        return cls(geopackage_of(layer))

    @staticmethod
    def fields() -> QgsFields:
        fields = QgsFields()
        for name in CHANGE_LOG_FIELDS:
            fields.append(QgsField(name, FieldType.STRING))
        return fields

    def uri(self) -> str | None:
        return f"{self.gpkg_path}|layername={TABLE_NAME}" if self.gpkg_path else None

    def _table(self) -> QgsVectorLayer:
        layer = QgsVectorLayer(self.uri(), TABLE_NAME, "ogr")
        if layer.isValid():
            return layer
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = TABLE_NAME
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(
            self.gpkg_path,
            self.fields(),
            QgsWkbTypes.Type.NoGeometry,
            QgsProject.instance().crs(),
            QgsProject.instance().transformContext(),
            options,
        )
        if writer.hasError():
            raise OSError(writer.errorMessage())
        del writer
        return QgsVectorLayer(self.uri(), TABLE_NAME, "ogr")

    def append(self, records: Sequence[ChangeRecord]) -> None:
        if not records:
            return
        if self.gpkg_path:
            table = self._table()
            features = []
            for record in records:
                feature = QgsFeature(table.fields())
                for name, value in zip(CHANGE_LOG_FIELDS, record.values()):
                    feature[name] = value
                features.append(feature)
            ok, _ = table.dataProvider().addFeatures(features)
            if not ok:
                raise OSError(f"could not write the change log to {self.gpkg_path}")
            return
        rows = self._project_rows()
        rows.extend(record.values() for record in records)
        self.project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, json.dumps(rows))

    def _project_rows(self) -> list[list[object]]:
        text, found = self.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        return json.loads(text) if found and text else []

    def records(self) -> list[ChangeRecord]:
        if self.gpkg_path:
            table = QgsVectorLayer(self.uri(), TABLE_NAME, "ogr")
            if not table.isValid():
                return []
            rows = [[f[name] for name in CHANGE_LOG_FIELDS] for f in table.getFeatures()]
        else:
            rows = self._project_rows()
        return [ChangeRecord(*[None if is_null(v) else v for v in row]) for row in rows]

    def as_layer(self) -> QgsVectorLayer:
        """The log as a layer to open in the attribute table."""
        if self.gpkg_path:
            self._table()
            return QgsVectorLayer(self.uri(), TABLE_NAME, "ogr")
        layer = QgsVectorLayer("None", TABLE_NAME, "memory")
        layer.dataProvider().addAttributes(self.fields().toList())
        layer.updateFields()
        features = []
        for row in self._project_rows():
            feature = QgsFeature(layer.fields())
            feature.setAttributes(list(row))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer


class ChangeLogTracker(QObject):
    """Follows one layer's undo stack and saves the records of the commands that were kept.

    ``record`` is called right after an edit command ends; when the layer's edits are
    committed, the records of the commands still on the undo stack (not undone) go to
    the store. A rollback drops them all.
    """

    saved = pyqtSignal(int)  # number of records written

    def __init__(self, layer: QgsVectorLayer, store: ChangeLogStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.store = store
        self._entries: list[tuple[int, str, list[ChangeRecord]]] = []
        self._to_save: list[ChangeRecord] = []
        layer.beforeCommitChanges.connect(self._before_commit)
        layer.afterCommitChanges.connect(self._after_commit)
        layer.afterRollBack.connect(self._entries.clear)

    def disconnect_layer(self) -> None:
        if sip.isdeleted(self.layer):
            return
        for signal, slot in (
            (self.layer.beforeCommitChanges, self._before_commit),
            (self.layer.afterCommitChanges, self._after_commit),
            (self.layer.afterRollBack, self._entries.clear),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass

    def record(self, records: list[ChangeRecord]) -> None:
        """Attach records to the command on top of the undo stack (the one just ended)."""
        stack = self.layer.undoStack()
        index = stack.index() - 1
        if index < 0 or not records:
            return
        # a new command replaces whatever was undone after it
        positions = self._positions()
        self._entries = [e for e in self._entries if positions.get(e[:2], index) < index]
        self._entries.append((sip.unwrapinstance(stack.command(index)), stack.text(index), records))

    def _positions(self) -> dict[tuple[int, str], int]:
        stack = self.layer.undoStack()
        return {(sip.unwrapinstance(stack.command(i)), stack.text(i)): i for i in range(stack.count())}

    def pending(self) -> list[ChangeRecord]:
        """Records of the commands that are applied now (what a save would log)."""
        active = self.layer.undoStack().index()
        positions = self._positions()
        out: list[ChangeRecord] = []
        for pointer, text, records in self._entries:
            if positions.get((pointer, text), active) < active:
                out.extend(records)
        return out

    def _before_commit(self) -> None:
        self._to_save = self.pending()

    def _after_commit(self) -> None:
        records, self._to_save, self._entries = self._to_save, [], []
        self.store.append(records)
        self.saved.emit(len(records))
