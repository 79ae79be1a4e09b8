"""The dock's behaviour without any widget: reassign units and accounts in the layers' edit buffers.

``ReassignController`` is the one object that changes territories by hand. The dock
and the map tool only call it and listen to its signals, and the tests drive it on
a layer without any GUI (the model is the handler of North Road's redistricting
plugin).

* Every action is one edit command (``beginEditCommand``/``endEditCommand``), so it
  is one step on the layer's undo stack: Ctrl+Z and the Undo panel work, and nothing
  reaches the data source until the user saves the layer's edits.
* The numbers follow the layer, not the actions: every change of the territory field
  (ours, an undo, a redo, the attribute table, the field calculator, a rollback)
  arrives through ``attributeValueChanged`` and is applied to the incremental
  statistics of :mod:`territory_plugin.core.reassign` once the undo stack settles.
* Questions to the user (a move that splits a territory) go through ``confirm``,
  a callable ``(title, text) -> bool`` that the dock sets to a message box and that
  tests and scripts replace; without a dock the answer is yes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from territory_plugin.compat import FieldType
from territory_plugin.core.adjacency import Contiguity
from territory_plugin.core.alignment import clean_name, is_locked, natural_key
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.reassign import TerritoryRow, TerritoryStats, change_records
from territory_plugin.gui.account_overrides import AccountOverrides
from territory_plugin.gui.changelog import ChangeLogStore, ChangeLogTracker
from territory_plugin.gui.moves import MoveResult, disconnect, now, number, user
from territory_plugin.gui.workload import UnitsWorkload
from territory_plugin.layers import (
    UnitLayerError,
    describe_snapping,
    projected_crs_for,
    read_design_settings,
    unit_graph_from_source,
)

__all__ = ["MoveResult", "ReassignController"]


class ReassignController(QObject):
    """Reassigns units and accounts through the layers' edit buffers; keeps live numbers."""

    statsChanged = pyqtSignal(list)  # noqa: N815 - territory indices whose numbers changed
    territoriesChanged = pyqtSignal()  # noqa: N815 - rows added, removed or reloaded
    messageRaised = pyqtSignal(str, int)  # noqa: N815 - text, Qgis.MessageLevel

    def __init__(self, parent: QObject | None = None, confirm: Callable[[str, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.confirm: Callable[[str, str], bool] = confirm or (lambda title, text: True)
        self.who: Callable[[], str] = user
        self.layer: QgsVectorLayer | None = None
        self.territory_field = ""
        self.measures: list[str] = []
        self.key_field = ""
        self.lock_field = ""
        self.stats: TerritoryStats | None = None
        self.graph: UnitGraph | None = None
        self.feature_ids = np.empty(0, dtype=np.int64)
        self.keys: list[str] = []
        self.locked = np.empty(0, dtype=bool)
        self.tracker: ChangeLogTracker | None = None
        self._unit_of: dict[int, int] = {}
        self._values: dict[str, object] = {}  # territory name -> value stored in the field
        self._pending_units: dict[int, object] = {}
        self._graph_cache: tuple | None = None  # (layer id, feature ids, graph, its CRS)
        self._trackers: dict[tuple[str, str | None], ChangeLogTracker] = {}
        self.accounts = AccountOverrides(self)  # the accounts layer linked by zip code
        self.workload: UnitsWorkload | None = None  # the units' workload, when they carry one

    # -- units layer ---------------------------------------------------------------------

    def set_units(
        self,
        layer: QgsVectorLayer | None,
        territory_field: str = "",
        measures: Sequence[str] = (),
        key_field: str = "",
        lock_field: str = "",
        contiguity: Contiguity | int = Contiguity.ROOK,
        snap_m: float | None = None,
        graph: UnitGraph | None = None,
        feature_ids: np.ndarray | None = None,
        crs: QgsCoordinateReferenceSystem | None = None,
    ) -> bool:
        """Watch ``layer``; read territories and measures; build the adjacency graph.

        ``graph`` and ``feature_ids`` may be given (built once by the caller, in ``crs``; by
        default the CRS unit_graph_from_source picks for the layer); else the graph is built here.
        Returns False (and says why) when the layer cannot be used.
        """
        self._disconnect_units()
        self.accounts.link(None)
        self.layer, self.stats, self.graph, self.workload = None, None, None, None
        self._pending_units = {}
        if layer is None or not territory_field:
            self.territoriesChanged.emit()
            return False
        fields = layer.fields()
        missing = [
            name for name in [territory_field, *measures, key_field, lock_field] if name and fields.indexOf(name) < 0
        ]
        if missing:
            self.say(
                self.tr("The layer {} has no field {}.").format(layer.name(), missing[0]), Qgis.MessageLevel.Warning
            )
            self.territoriesChanged.emit()
            return False
        self.layer = layer
        self.territory_field, self.measures = territory_field, list(measures)
        self.key_field, self.lock_field = key_field, lock_field
        if graph is None and self._graph_cache is not None and self._graph_cache[0] == layer.id():
            _, feature_ids, graph, crs = self._graph_cache
        if graph is None:
            try:
                # Design territories' defaults (rook, automatic snapping): the same graph, so the same
                # territories are contiguous here as in its output.
                built = unit_graph_from_source(
                    layer, contiguity, snap_m, transform_context=QgsProject.instance().transformContext()
                )
                graph, feature_ids, crs = built.graph, built.feature_ids, built.crs
                for line, warning in describe_snapping(built.snapping):
                    if warning:
                        self.say(line, Qgis.MessageLevel.Warning)
            except UnitLayerError as exc:
                self.say(self.tr("Contiguity cannot be checked: {}").format(exc), Qgis.MessageLevel.Warning)
                graph, feature_ids = None, None
        if graph is not None and crs is None:  # the workload column measures on the ellipsoid from it
            try:
                context = QgsProject.instance().transformContext()
                crs = projected_crs_for(layer.sourceCrs(), layer.sourceExtent(), context)
            except UnitLayerError:
                crs = None  # no CRS: the workload column measures in the graph's own units
        self.graph = graph
        self._graph_cache = (layer.id(), feature_ids, graph, crs) if graph is not None else None
        self._read_units(feature_ids)
        self.workload = UnitsWorkload.of_layer(
            layer, self.feature_ids, graph, read_design_settings(layer), crs, QgsProject.instance().transformContext()
        )
        layer.attributeValueChanged.connect(self._unit_value_changed)
        layer.undoStack().indexChanged.connect(self._flush_units)
        layer.afterRollBack.connect(self._flush_units)
        layer.willBeDeleted.connect(self._layer_deleted)
        for signal in (layer.featureAdded, layer.featureDeleted, layer.geometryChanged):
            signal.connect(self._units_changed_shape)
        self.tracker = self.tracker_for(layer, ChangeLogStore.for_layer(layer))
        self.territoriesChanged.emit()
        return True

    def tracker_for(self, layer: QgsVectorLayer, store: ChangeLogStore) -> ChangeLogTracker:
        """One tracker per edited layer and log, kept while the layer lives: records of unsaved
        moves survive a change of fields or measures in the dock."""
        key = (layer.id(), store.gpkg_path)
        tracker = self._trackers.get(key)
        if tracker is None or sip.isdeleted(tracker.layer):
            if not any(layer_id == layer.id() for layer_id, _ in self._trackers):
                # a bound method, not a lambda: Qt drops the connection with this object, so a
                # layer deleted after the controller (at exit, in garbage collection) calls nothing
                layer.willBeDeleted.connect(self._forget_trackers)
            tracker = ChangeLogTracker(layer, store, self)
            self._trackers[key] = tracker
        return tracker

    def _forget_trackers(self) -> None:
        """The layer that sent willBeDeleted goes: so do its trackers."""
        layer = self.sender()
        if layer is not None:
            for key in [key for key in self._trackers if key[0] == layer.id()]:
                del self._trackers[key]

    def _read_units(self, feature_ids: np.ndarray | None) -> None:
        layer = self.layer
        wanted = [self.territory_field, *self.measures]
        wanted += [name for name in (self.key_field, self.lock_field) if name]
        indices = [layer.fields().indexOf(name) for name in wanted]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
        rows = {f.id(): [f.attribute(i) for i in indices] for f in layer.getFeatures(request)}
        fids = np.fromiter(rows, dtype=np.int64) if feature_ids is None else np.asarray(feature_ids, np.int64)
        self.feature_ids = fids
        self._unit_of = {int(fid): i for i, fid in enumerate(fids.tolist())}
        ordered = [rows[int(fid)] for fid in fids.tolist()]
        q = len(self.measures)
        weights = np.array([[number(v) for v in row[1 : 1 + q]] for row in ordered], dtype=np.float64)
        weights = weights.reshape(len(ordered), q)
        self._values = {}
        names = []
        for row in ordered:
            name = clean_name(row[0])
            if name is not None and name not in self._values:
                self._values[name] = row[0]
                names.append(name)
        names.sort(key=natural_key)
        names += [name for name in self._extra_territories() if name not in self._values]
        index = {name: t for t, name in enumerate(names)}
        labels = np.array([index.get(clean_name(row[0]), -1) for row in ordered], dtype=np.int64)
        position = 1 + q
        self.keys = [str(row[position]) if self.key_field else str(fid) for row, fid in zip(ordered, fids.tolist())]
        if self.key_field:
            position += 1
        self.locked = np.array([is_locked(row[position]) if self.lock_field else False for row in ordered], dtype=bool)
        self.stats = TerritoryStats(names, labels, weights, self.graph)

    def reload(self) -> None:
        """Read everything again (after features were added or deleted)."""
        if self.layer is not None:
            a = self.accounts
            linked = (a.layer, a.zip_field, a.override_field, a.id_field)
            self._graph_cache = None
            self.set_units(self.layer, self.territory_field, self.measures, self.key_field, self.lock_field)
            if linked[0] is not None:
                a.link(*linked)

    def _disconnect_units(self) -> None:
        layer = self.layer
        self.tracker = None
        if layer is None or sip.isdeleted(layer):
            return
        disconnect(
            [
                (layer.attributeValueChanged, self._unit_value_changed),
                (layer.undoStack().indexChanged, self._flush_units),
                (layer.afterRollBack, self._flush_units),
                (layer.willBeDeleted, self._layer_deleted),
                (layer.featureAdded, self._units_changed_shape),
                (layer.featureDeleted, self._units_changed_shape),
                (layer.geometryChanged, self._units_changed_shape),
            ]
        )

    def _units_changed_shape(self, *_args) -> None:
        """Features added, deleted or reshaped: the graph is out of date until reloaded."""
        if self._graph_cache is not None:
            self._graph_cache = None
            self.say(
                self.tr("Units were added, deleted or reshaped; contiguity is checked again on reload."),
                Qgis.MessageLevel.Info,
            )

    def _layer_deleted(self) -> None:
        self._disconnect_units()
        self.accounts.link(None)
        self.layer, self.stats = None, None
        self.territoriesChanged.emit()

    def _field_value(self, name: str) -> object:
        """The value to store in the territory field for territory ``name``."""
        if name in self._values:
            return self._values[name]
        kind = self.layer.fields().field(self.territory_field).type()
        if kind in FieldType.INTEGERS:
            return int(name)
        if kind == FieldType.DOUBLE:
            return float(name)
        return name

    def territory_index(self, name: str, value: object) -> int:
        """Index of territory ``name``, added when new; ``value`` is what its field stores (first seen wins)."""
        self._values.setdefault(name, value)
        return self.stats.add_territory(name)

    def _unit_value_changed(self, fid: int, index: int, value: object) -> None:
        fields = self.layer.fields()
        if index == fields.indexOf(self.territory_field):
            self._pending_units[fid] = value
        elif self.lock_field and index == fields.indexOf(self.lock_field):
            unit = self._unit_of.get(fid)
            if unit is not None:
                self.locked[unit] = is_locked(value)

    def _flush_units(self, *_args) -> None:
        """Apply the territory changes the layer reported since the last time."""
        if not self._pending_units or self.stats is None:
            return
        pending, self._pending_units = self._pending_units, {}
        units, labels = [], []
        territories = self.stats.k
        for fid, value in pending.items():
            unit = self._unit_of.get(fid)
            if unit is None:  # a feature added since the graph was built
                continue
            name = clean_name(value)
            units.append(unit)
            labels.append(-1 if name is None else self.territory_index(name, value))
        changed = self.stats.set_labels(units, labels)
        if self.stats.k != territories:
            self.territoriesChanged.emit()
        elif changed:
            self.statsChanged.emit(changed)

    # -- reading -------------------------------------------------------------------------

    @property
    def territories(self) -> list[str]:
        return list(self.stats.names) if self.stats is not None else []

    def rows(self) -> list[TerritoryRow]:
        return self.stats.rows() if self.stats is not None else []

    def workload_hours(self) -> np.ndarray | None:
        """(k,) each territory's call + day-tour travel hours now; None when the units carry no workload."""
        if self.workload is None or self.stats is None:
            return None
        return self.workload.hours(self.stats.labels, list(self.stats.names))

    def territory_feature_ids(self, name: str) -> list[int]:
        t = self.stats.index_of(name)
        return self.feature_ids[self.stats.labels == t].tolist()

    def territory_of_feature(self, fid: int) -> str | None:
        unit = self._unit_of.get(fid)
        if unit is None or self.stats.labels[unit] < 0:
            return None
        return self.stats.names[self.stats.labels[unit]]

    def select_territory(self, name: str) -> list[int]:
        """Select the units of territory ``name`` in the layer; returns their feature ids."""
        fids = self.territory_feature_ids(name)
        self.layer.selectByIds(fids)
        return fids

    def check_alignment(self) -> list[tuple[str, int]]:
        """Territories in more than one piece, with their number of pieces (full recount)."""
        if self.stats is None:
            return []
        pieces = self.stats.full_pieces()
        self.statsChanged.emit(list(range(self.stats.k)))
        return [(self.stats.names[t], int(pieces[t])) for t in np.flatnonzero(pieces > 1)]

    # -- territories ---------------------------------------------------------------------

    def add_territory(self, name: str) -> bool:
        name = str(name).strip()
        if self.stats is None or not name:
            return False
        if name in self.stats.names:
            self.say(self.tr("There is already a territory {}.").format(name), Qgis.MessageLevel.Info)
            return False
        try:
            self._field_value(name)
        except ValueError:
            self.say(
                self.tr("{} is not a valid value for the field {}.").format(name, self.territory_field),
                Qgis.MessageLevel.Warning,
            )
            return False
        self.stats.add_territory(name)
        self._store_extra_territories()
        self.territoriesChanged.emit()
        return True

    def remove_territory(self, name: str) -> bool:
        """Remove an empty territory (no unit, no account kept there)."""
        t = self.stats.index_of(name)
        if not self.stats.is_empty(t):
            self.say(
                self.tr("Territory {} still has {} units; move them first.").format(name, int(self.stats.counts[t])),
                Qgis.MessageLevel.Warning,
            )
            return False
        self.stats.remove_territory(name)
        self._values.pop(name, None)
        self._store_extra_territories()
        self.territoriesChanged.emit()
        return True

    def _extra_key(self) -> str:
        return f"extra_territories/{self.layer.id()}/{self.territory_field}"

    def _extra_territories(self) -> list[str]:
        names, _ = QgsProject.instance().readListEntry("territory_plugin", self._extra_key())
        return list(names)

    def _store_extra_territories(self) -> None:
        empty = [name for t, name in enumerate(self.stats.names) if self.stats.counts[t] == 0]
        QgsProject.instance().writeEntry("territory_plugin", self._extra_key(), empty)

    # -- moving units --------------------------------------------------------------------

    def assign_units(self, feature_ids: Iterable[int], territory: str, note: str = "") -> MoveResult:
        """Move units into ``territory`` as one undoable edit command.

        Locked units stay where they are (listed in the result). A move that splits a
        territory or strands a unit asks ``confirm`` first.
        """
        result = MoveResult()
        if self.stats is None:
            return result
        t = self.stats.index_of(territory)
        units = [self._unit_of[fid] for fid in dict.fromkeys(int(f) for f in feature_ids) if fid in self._unit_of]
        units = [u for u in units if self.stats.labels[u] != t]
        locked = [u for u in units if self.locked[u]]
        if locked:
            result.locked = self.feature_ids[locked].tolist()
            self.say(
                self.tr("{} locked units were not moved (e.g. {}).").format(len(locked), self.keys[locked[0]]),
                Qgis.MessageLevel.Warning,
            )
            units = [u for u in units if not self.locked[u]]
        if not units:
            return result
        check = self.stats.check_move(units, t)
        result.split = [self.stats.names[s] for s in check.split]
        result.stranded = check.stranded
        if not check.ok and not self.confirm(self.tr("Contiguity"), self._contiguity_question(check, territory)):
            result.canceled = True
            return result
        layer = self.layer
        if not layer.isEditable() and not layer.startEditing():
            self.say(self.tr("The layer {} cannot be edited.").format(layer.name()), Qgis.MessageLevel.Critical)
            return result
        index = layer.fields().indexOf(self.territory_field)
        value = self._field_value(territory)
        old = [None if self.stats.labels[u] < 0 else self.stats.names[self.stats.labels[u]] for u in units]
        text = (
            self.tr("Assign {} to {}").format(self.keys[units[0]], territory)
            if len(units) == 1
            else self.tr("Assign {} units to {}").format(len(units), territory)
        )
        layer.beginEditCommand(text)
        try:
            for unit, before in zip(units, old):
                fid = int(self.feature_ids[unit])
                layer.changeAttributeValue(fid, index, value, self._values.get(before) if before else None)
        except Exception:
            layer.destroyEditCommand()
            raise
        layer.endEditCommand()
        self._flush_units()
        self.tracker.record(
            change_records("unit", [self.keys[u] for u in units], old, territory, self.who(), now(), note)
        )
        result.moved = len(units)
        return result

    def _contiguity_question(self, check, territory: str) -> str:
        parts = []
        if check.split:
            names = ", ".join(self.stats.names[t] for t in check.split)
            parts.append(self.tr("This move splits territory {} into pieces.").format(names))
        if check.stranded:
            parts.append(self.tr("The moved units do not touch territory {}.").format(territory))
        parts.append(self.tr("Move anyway?"))
        return "\n".join(parts)

    def save(self) -> bool:
        """Save the edits of the units and accounts layers (keeps them in edit mode)."""
        ok = True
        for layer in (self.layer, self.accounts.layer):
            if layer is not None and layer.isEditable() and layer.isModified():
                if not layer.commitChanges(False):
                    ok = False
                    self.say(
                        self.tr("Could not save {}: {}").format(layer.name(), "; ".join(layer.commitErrors())),
                        Qgis.MessageLevel.Critical,
                    )
        return ok

    # -- change log ----------------------------------------------------------------------

    def change_log(self) -> ChangeLogStore | None:
        return self.tracker.store if self.tracker is not None else None

    def pending_changes(self) -> list:
        """Records a save would write now (commands not undone), units then accounts."""
        out = self.tracker.pending() if self.tracker else []
        return out + (self.accounts.tracker.pending() if self.accounts.tracker else [])

    def close(self) -> None:
        """Let go of every layer (plugin unload): no more numbers, no more logging."""
        self.set_units(None)
        for tracker in self._trackers.values():
            tracker.disconnect_layer()
        self._trackers.clear()

    def say(self, text: str, level: int) -> None:
        """Tell the user (the dock shows it in the message bar)."""
        self.messageRaised.emit(text, int(level))
