"""The reassignment dock: pick the layers, watch every territory's numbers, move units and accounts.

Built in code (no .ui file; the layout is about 140 of its ~580 lines, the project
round trip of its choices another 60). Everything it does goes through
:class:`~territory_plugin.gui.controller.ReassignController`; the dock only shows
the controller's numbers and turns clicks into calls. Its choices (layers, fields,
measures, tolerance) are saved in the project, so reopening the project brings the
dock back as it was.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsCheckableComboBox,
    QgsCollapsibleGroupBox,
    QgsDockWidget,
    QgsFieldComboBox,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QModelIndex
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from territory_plugin.gui.choices import units_layer_choices
from territory_plugin.gui.controller import ReassignController
from territory_plugin.gui.dissolved import DissolvedTerritories
from territory_plugin.gui.map_tool import PaintTerritoryTool
from territory_plugin.gui.territory_table import DeviationBarDelegate, FittingTableView, TerritoryTableModel

SCOPE = "territory_plugin"


class ReassignDock(QgsDockWidget):
    """Dock widget: territory table, reassign tools, accounts overrides, change log."""

    OBJECT_NAME = "TerritoryReassignDock"

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(self.tr("Territories"))
        self.controller = ReassignController(self, confirm=self.ask)
        self.model = TerritoryTableModel(self.controller, self)
        self.dissolved = DissolvedTerritories(self.controller, self)  # the design's territories layer follows
        self.map_tool: PaintTerritoryTool | None = None
        self._restoring = False
        self._build()
        self.controller.statsChanged.connect(self._stats_changed)
        self.controller.territoriesChanged.connect(self._territories_changed)
        self.controller.messageRaised.connect(self.show_message)
        QgsProject.instance().readProject.connect(self.restore_from_project)
        QgsProject.instance().cleared.connect(self._project_cleared)
        self.restore_from_project()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        main = QVBoxLayout(body)

        settings = QgsCollapsibleGroupBox(self.tr("Layers"), body)
        settings.setObjectName("layersGroup")
        self.settings_group = settings
        form = QFormLayout(settings)
        self.layer_combo = QgsMapLayerComboBox(settings)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        self.territory_combo = QgsFieldComboBox(settings)
        self.key_combo = QgsFieldComboBox(settings)
        self.key_combo.setAllowEmptyFieldName(True)
        self.lock_combo = QgsFieldComboBox(settings)
        self.lock_combo.setAllowEmptyFieldName(True)
        self.measures_combo = QgsCheckableComboBox(settings)
        self.tolerance_spin = QDoubleSpinBox(settings)
        self.tolerance_spin.setRange(0.1, 100.0)
        self.tolerance_spin.setDecimals(1)
        self.tolerance_spin.setSuffix(" %")
        self.tolerance_spin.setValue(5.0)
        self.capacity_spin = QDoubleSpinBox(settings)
        self.capacity_spin.setObjectName("capacityHours")
        self.capacity_spin.setRange(1.0, 8760.0)
        self.capacity_spin.setDecimals(0)
        self.capacity_spin.setSuffix(self.tr(" h a year"))
        self.capacity_spin.setValue(1600.0)
        self.capacity_spin.setToolTip(self.tr("A rep's field hours a year: the workload column's utilisation"))
        self.accounts_combo = QgsMapLayerComboBox(settings)
        self.accounts_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.accounts_combo.setAllowEmptyLayer(True)
        self.accounts_combo.setLayer(None)
        self.account_zip_combo = QgsFieldComboBox(settings)
        self.override_combo = QgsFieldComboBox(settings)
        self.override_combo.setAllowEmptyFieldName(True)
        self.account_id_combo = QgsFieldComboBox(settings)
        self.account_id_combo.setAllowEmptyFieldName(True)
        form.addRow(self.tr("Units layer"), self.layer_combo)
        form.addRow(self.tr("Territory field"), self.territory_combo)
        form.addRow(self.tr("Zip code field"), self.key_combo)
        form.addRow(self.tr("Lock field"), self.lock_combo)
        form.addRow(self.tr("Measures"), self.measures_combo)
        form.addRow(self.tr("Tolerance"), self.tolerance_spin)
        form.addRow(self.tr("Rep capacity"), self.capacity_spin)
        form.addRow(self.tr("Accounts layer"), self.accounts_combo)
        form.addRow(self.tr("Account zip field"), self.account_zip_combo)
        form.addRow(self.tr("Override field"), self.override_combo)
        form.addRow(self.tr("Account id field"), self.account_id_combo)
        main.addWidget(settings)

        self.table = FittingTableView(body)
        self.table.setObjectName("territoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(False)
        self.table.clicked.connect(self._row_clicked)
        self.delegate = DeviationBarDelegate(self.model, self.table)
        main.addWidget(self.table, 1)

        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("Target"), body))
        self.target_combo = QComboBox(body)
        self.target_combo.setObjectName("targetTerritory")
        target_row.addWidget(self.target_combo, 1)
        self.new_button = QPushButton(self.tr("New…"), body)
        self.new_button.setToolTip(self.tr("Create a new, empty territory"))
        self.new_button.clicked.connect(lambda: self.new_territory())
        self.remove_button = QPushButton(self.tr("Remove"), body)
        self.remove_button.setToolTip(self.tr("Remove the target territory if it is empty"))
        self.remove_button.clicked.connect(lambda: self.remove_territory())
        target_row.addWidget(self.new_button)
        target_row.addWidget(self.remove_button)
        main.addLayout(target_row)

        self.note_edit = QLineEdit(body)
        self.note_edit.setPlaceholderText(self.tr("Note for the change log of the next moves (optional)"))
        self.note_edit.setToolTip(
            self.tr("Written with every move made while it is here, and kept until you change it; type it first.")
        )
        main.addWidget(self.note_edit)

        move_row = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("Assign selected units"), body)
        self.assign_button.clicked.connect(lambda: self.assign_selected())
        self.paint_button = QToolButton(body)
        self.paint_button.setText(self.tr("Paint"))
        self.paint_button.setToolTip(self.tr("Click or drag on the map to paint units into the target territory"))
        self.paint_button.setCheckable(True)
        self.paint_button.toggled.connect(self._toggle_paint)
        self.check_button = QPushButton(self.tr("Check alignment"), body)
        self.check_button.clicked.connect(lambda: self.check_alignment())
        move_row.addWidget(self.assign_button)
        move_row.addWidget(self.paint_button)
        move_row.addWidget(self.check_button)
        main.addLayout(move_row)

        account_row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep selected accounts"), body)
        self.keep_button.setToolTip(self.tr("Count the selected accounts in the target territory, whatever their zip"))
        self.keep_button.clicked.connect(lambda: self.keep_selected_accounts())
        self.release_button = QPushButton(self.tr("Release"), body)
        self.release_button.setToolTip(self.tr("Return the selected accounts to their zip's territory"))
        self.release_button.clicked.connect(lambda: self.keep_selected_accounts(release=True))
        account_row.addWidget(self.keep_button)
        account_row.addWidget(self.release_button)
        main.addLayout(account_row)

        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save edits"), body)
        self.save_button.clicked.connect(lambda: self.save_edits())
        self.log_button = QPushButton(self.tr("Change log"), body)
        self.log_button.clicked.connect(lambda: self.open_change_log())
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.log_button)
        main.addLayout(save_row)

        self.status = QLabel(body)
        self.status.setWordWrap(True)
        main.addWidget(self.status)
        self.setWidget(body)

        self.layer_combo.layerChanged.connect(self._units_layer_changed)
        self.accounts_combo.layerChanged.connect(self._accounts_layer_changed)
        for combo in (self.territory_combo, self.key_combo, self.lock_combo):
            combo.fieldChanged.connect(self._settings_changed)
        self.measures_combo.checkedItemsChanged.connect(self._settings_changed)
        for combo in (self.account_zip_combo, self.override_combo, self.account_id_combo):
            combo.fieldChanged.connect(self._account_settings_changed)
        self.tolerance_spin.valueChanged.connect(self._tolerance_changed)
        self.capacity_spin.valueChanged.connect(self._capacity_changed)

    # -- settings <-> project ------------------------------------------------------------

    def _units_layer_changed(self, layer) -> None:
        for combo in (self.territory_combo, self.key_combo, self.lock_combo):
            combo.setLayer(layer)
        self.measures_combo.clear()
        if isinstance(layer, QgsVectorLayer):
            numeric = [f.name() for f in layer.fields() if f.isNumeric() and f.name() != "fid"]
            self.measures_combo.addItems(numeric)
            if not self._restoring:
                self._preselect_fields(layer)
        self._settings_changed()

    def _preselect_fields(self, layer: QgsVectorLayer) -> None:
        """The fields and tolerance the layer's design used, else the likely ones (gui/choices.py)."""
        choices = units_layer_choices(layer)
        self._restoring = True  # one apply at the end, not one per combo
        try:
            self.territory_combo.setField(choices.territory_field)
            self.key_combo.setField(choices.key_field)
            self.lock_combo.setField(choices.lock_field)
            self.measures_combo.setCheckedItems(choices.measures)
            if choices.tolerance_pct is not None:
                self.tolerance_spin.setValue(choices.tolerance_pct)
        finally:
            self._restoring = False

    def preselect_active_layer(self) -> None:
        """With no units layer chosen yet, take the active polygon layer (the design just loaded, usually)."""
        if self.layer_combo.currentLayer() is not None or self.iface is None:
            return
        layer = self.iface.activeLayer()
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            self.layer_combo.setLayer(layer)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.preselect_active_layer()
        if self.controller.stats is not None:
            self.settings_group.setCollapsed(True)  # room for the table
        super().showEvent(event)

    def _accounts_layer_changed(self, layer) -> None:
        for combo in (self.account_zip_combo, self.override_combo, self.account_id_combo):
            combo.setLayer(layer)
        self._account_settings_changed()

    def _settings_changed(self, *_args) -> None:
        if self._restoring:
            return
        self.save_to_project()
        self.apply_settings()

    def _account_settings_changed(self, *_args) -> None:
        if self._restoring:
            return
        self.save_to_project()
        self._apply_accounts()

    def _tolerance_changed(self, value: float) -> None:
        self.model.tolerance = value / 100.0
        self.table.viewport().update()
        if not self._restoring:
            self.save_to_project()

    def _capacity_changed(self, value: float) -> None:
        self.model.capacity_hours = value
        self.table.viewport().update()
        if not self._restoring:
            self.save_to_project()

    def apply_settings(self) -> None:
        """Give the controller the layer, fields and measures picked in the dock."""
        layer = self.layer_combo.currentLayer()
        if self.map_tool is not None:
            self.paint_button.setChecked(False)
        self.controller.set_units(
            layer if isinstance(layer, QgsVectorLayer) else None,
            self.territory_combo.currentField(),
            self.measures_combo.checkedItems(),
            self.key_combo.currentField(),
            self.lock_combo.currentField(),
        )
        self._apply_accounts()

    def _apply_accounts(self) -> None:
        layer = self.accounts_combo.currentLayer()
        if (
            isinstance(layer, QgsVectorLayer)
            and self.controller.stats is not None
            and self.account_zip_combo.currentField()
        ):
            self.controller.accounts.link(
                layer,
                self.account_zip_combo.currentField(),
                self.override_combo.currentField(),
                self.account_id_combo.currentField(),
            )
        else:
            self.controller.accounts.link(None)

    def save_to_project(self) -> None:
        project = QgsProject.instance()
        layer = self.layer_combo.currentLayer()
        accounts = self.accounts_combo.currentLayer()
        project.writeEntry(SCOPE, "dock/units_layer", layer.id() if layer else "")
        project.writeEntry(SCOPE, "dock/territory_field", self.territory_combo.currentField())
        project.writeEntry(SCOPE, "dock/key_field", self.key_combo.currentField())
        project.writeEntry(SCOPE, "dock/lock_field", self.lock_combo.currentField())
        project.writeEntry(SCOPE, "dock/measures", self.measures_combo.checkedItems())
        project.writeEntryDouble(SCOPE, "dock/tolerance", self.tolerance_spin.value())
        project.writeEntryDouble(SCOPE, "dock/capacity_hours", self.capacity_spin.value())
        project.writeEntry(SCOPE, "dock/accounts_layer", accounts.id() if accounts else "")
        project.writeEntry(SCOPE, "dock/account_zip_field", self.account_zip_combo.currentField())
        project.writeEntry(SCOPE, "dock/override_field", self.override_combo.currentField())
        project.writeEntry(SCOPE, "dock/account_id_field", self.account_id_combo.currentField())

    def restore_from_project(self) -> None:
        """Bring back the choices saved in the current project."""
        project = QgsProject.instance()

        def text(key: str) -> str:
            return project.readEntry(SCOPE, key, "")[0]

        self._restoring = True
        try:
            layer = project.mapLayer(text("dock/units_layer"))
            self.layer_combo.setLayer(layer)
            self._units_layer_changed(layer)
            self.territory_combo.setField(text("dock/territory_field"))
            self.key_combo.setField(text("dock/key_field"))
            self.lock_combo.setField(text("dock/lock_field"))
            self.measures_combo.setCheckedItems(project.readListEntry(SCOPE, "dock/measures")[0])
            tolerance, found = project.readDoubleEntry(SCOPE, "dock/tolerance", 5.0)
            self.tolerance_spin.setValue(tolerance if found else 5.0)
            self.model.tolerance = self.tolerance_spin.value() / 100.0
            capacity, found = project.readDoubleEntry(SCOPE, "dock/capacity_hours", 1600.0)
            self.capacity_spin.setValue(capacity if found else 1600.0)
            self.model.capacity_hours = self.capacity_spin.value()
            accounts = project.mapLayer(text("dock/accounts_layer"))
            self.accounts_combo.setLayer(accounts)
            self._accounts_layer_changed(accounts)
            self.account_zip_combo.setField(text("dock/account_zip_field"))
            self.override_combo.setField(text("dock/override_field"))
            self.account_id_combo.setField(text("dock/account_id_field"))
        finally:
            self._restoring = False
        if layer is not None:
            self.apply_settings()
            self.settings_group.setCollapsed(self.controller.stats is not None)
        else:
            self.controller.set_units(None)

    def _project_cleared(self) -> None:
        self.paint_button.setChecked(False)
        self.controller.set_units(None)

    # -- table ---------------------------------------------------------------------------

    def _stats_changed(self, changed: list) -> None:
        self.model.refresh(changed)
        self._update_status()

    def _territories_changed(self) -> None:
        self.model.refresh(None)
        for column in range(1, self.model.columnCount()):
            kind = self.model._columns[column - 1][0]
            self.table.setItemDelegateForColumn(column, self.delegate if kind == "deviation" else None)
        current = self.target_combo.currentText()
        self.target_combo.clear()
        self.target_combo.addItems(self.controller.territories)
        if current in self.controller.territories:
            self.target_combo.setCurrentText(current)
        self._update_status()

    def _update_status(self) -> None:
        stats = self.controller.stats
        if stats is None:
            self.status.setText(self.tr("Choose a units layer and its territory field."))
            return
        unassigned = int((stats.labels < 0).sum())
        broken = stats.non_contiguous()
        parts = [self.tr("{} units in {} territories").format(stats.n, stats.k)]
        if unassigned:
            parts.append(self.tr("{} unassigned").format(unassigned))
        if broken:
            parts.append(self.tr("{} not contiguous").format(len(broken)))
        if stats.overrides:
            parts.append(self.tr("{} accounts overridden").format(len(stats.overrides)))
        self.status.setText("; ".join(parts))

    def _row_clicked(self, index: QModelIndex) -> None:
        self.select_territory(self.model.row(index.row()).name)

    def select_territory(self, name: str) -> None:
        """Select the territory's units, zoom to them and make it the target."""
        self.controller.select_territory(name)
        self.target_combo.setCurrentText(name)
        if self.iface is not None and self.controller.layer is not None:
            self.iface.mapCanvas().zoomToSelected(self.controller.layer)

    # -- actions -------------------------------------------------------------------------

    def target(self) -> str | None:
        return self.target_combo.currentText() or None

    def assign_selected(self):
        layer, target = self.controller.layer, self.target()
        if layer is None or target is None:
            return None
        fids = layer.selectedFeatureIds()
        if not fids:
            self.show_message(self.tr("Select units on the map first."), Qgis.MessageLevel.Info)
            return None
        result = self.controller.assign_units(fids, target, self.note_edit.text())
        self._make_active(layer)
        if result.moved:
            self.confirm_done(
                self.tr("Moved {count} units to {territory}{note}. Ctrl+Z undoes it; Save edits keeps it.").format(
                    count=result.moved, territory=target, note=self._note_said()
                )
            )
        return result

    def _note_said(self) -> str:
        note = self.note_edit.text().strip()
        return self.tr(" (note: {note})").format(note=note) if note else ""

    def save_edits(self) -> bool:
        """Save the units and accounts layers, with their change log; say what was saved."""
        changes = len(self.controller.pending_changes())
        ok = self.controller.save()
        if ok:
            layer = self.controller.layer
            self.confirm_done(
                self.tr("Saved {count} changes to {layer} and its change log.").format(
                    count=changes, layer=layer.name() if layer is not None else ""
                )
            )
        return ok

    def confirm_done(self, text: str) -> None:
        """Tell what an action did in the dock and in QGIS's status bar (quieter than the message bar)."""
        self.status.setText(text)
        if self.iface is None:
            return
        if hasattr(self.iface, "statusBarIface"):
            self.iface.statusBarIface().showMessage(text, 10000)
        else:
            self.iface.mainWindow().statusBar().showMessage(text, 10000)

    def _make_active(self, layer: QgsVectorLayer) -> None:
        """The edited layer becomes the active one, so that Ctrl+Z undoes the move right away."""
        if self.iface is not None and layer is not None and layer.isEditable():
            self.iface.setActiveLayer(layer)

    def keep_selected_accounts(self, release: bool = False):
        linked = self.controller.accounts
        if linked.layer is None:
            self.show_message(self.tr("Choose an accounts layer first."), Qgis.MessageLevel.Info)
            return None
        if not linked.override_field and not linked.create_override_field():
            return None
        self._restoring = True
        self.override_combo.setField(linked.override_field)
        self._restoring = False
        fids = linked.layer.selectedFeatureIds()
        if not fids:
            self.show_message(self.tr("Select accounts first."), Qgis.MessageLevel.Info)
            return None
        result = linked.assign(fids, None if release else self.target(), self.note_edit.text())
        self._make_active(linked.layer)
        if result.moved:
            text = (
                self.tr("Returned {count} accounts to their zip's territory{note}.")
                if release
                else self.tr("Kept {count} accounts in {territory}{note}.")
            )
            self.confirm_done(text.format(count=result.moved, territory=self.target(), note=self._note_said()))
        return result

    def new_territory(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New territory"), self.tr("Name"))
            if not ok:
                return False
        added = self.controller.add_territory(name)
        if added:
            self.target_combo.setCurrentText(name.strip())
        return added

    def remove_territory(self, name: str | None = None) -> bool:
        name = name or self.target()
        return bool(name) and self.controller.remove_territory(name)

    def check_alignment(self) -> list[tuple[str, int]]:
        broken = self.controller.check_alignment()
        if broken:
            listed = ", ".join(self.tr("{} ({} pieces)").format(name, pieces) for name, pieces in broken)
            self.show_message(self.tr("Not contiguous: {}").format(listed), Qgis.MessageLevel.Warning)
        elif self.controller.stats is not None:
            self.show_message(self.tr("Every territory is in one piece."), Qgis.MessageLevel.Success)
        return broken

    def _toggle_paint(self, on: bool) -> None:
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if on:
            if self.controller.layer is None:
                self.paint_button.setChecked(False)
                return
            self.map_tool = PaintTerritoryTool(canvas, self.controller, self.target, self.note_edit.text)
            self.map_tool.deactivated.connect(lambda: self.paint_button.setChecked(False))
            canvas.setMapTool(self.map_tool)
            self.iface.setActiveLayer(self.controller.layer)
        elif self.map_tool is not None:
            tool, self.map_tool = self.map_tool, None
            if canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)

    def open_change_log(self) -> QgsVectorLayer | None:
        store = self.controller.change_log()
        if store is None:
            return None
        layer = store.as_layer()
        shown = [other for other in QgsProject.instance().mapLayers().values() if other.source() == layer.source()]
        if shown and store.gpkg_path:
            layer = shown[0]
            layer.reload()
        else:
            QgsProject.instance().addMapLayer(layer)
        if self.iface is not None and hasattr(self.iface, "showAttributeTable"):
            self.iface.showAttributeTable(layer)
        return layer

    # -- talking to the user -------------------------------------------------------------

    def ask(self, title: str, text: str) -> bool:
        """The question before a move that breaks contiguity (tests replace controller.confirm)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, text: str, level: int) -> None:
        self.status.setText(text)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(self.tr("Territories"), text, level, 5)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.paint_button.setChecked(False)
        super().closeEvent(event)

    def cleanup(self) -> None:
        """Disconnect from the project and layers (plugin unload)."""
        self.paint_button.setChecked(False)
        for signal, slot in (
            (QgsProject.instance().readProject, self.restore_from_project),
            (QgsProject.instance().cleared, self._project_cleared),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self.controller.close()
