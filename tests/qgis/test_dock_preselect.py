"""The dock as a new user meets it: it starts on the design just made, shows every territory, says what it did."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QApplication

from territory_plugin.gui.dock import ReassignDock
from tests.qgis.test_dock import MEASURES, accounts_layer, boundary_move, built, units_layer  # noqa: F401 - fixtures


def open_dock(qgis_iface) -> ReassignDock:
    """Opened as from the menu, then laid out at the size it asks for (as a dock area does the first time)."""
    dock = ReassignDock(qgis_iface)
    dock.controller.confirm = lambda title, text: True
    dock.show()
    QApplication.processEvents()
    dock.resize(dock.sizeHint())
    QApplication.processEvents()
    return dock


def test_the_dock_starts_on_the_active_design_with_the_fields_it_used(qgis_iface, units_layer):  # noqa: F811
    qgis_iface.setActiveLayer(units_layer)
    dock = open_dock(qgis_iface)
    try:
        assert dock.layer_combo.currentLayer() is units_layer
        assert dock.territory_combo.currentField() == "territory"
        assert dock.key_combo.currentField() == "zip"
        assert dock.measures_combo.checkedItems() == MEASURES  # the design's balance fields, main one first
        assert dock.tolerance_spin.value() == 10.0  # the design's tolerance
        assert not dock.lock_combo.currentField()  # the design locked nothing
        assert dock.controller.stats is not None and len(dock.controller.territories) == 6
        assert dock.settings_group.isCollapsed()  # the table gets the room
    finally:
        dock.cleanup()


def test_a_layer_without_a_recorded_design_gets_the_likely_fields(qgis_iface, qgis_new_project):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:3857&field=id:integer&field=PLZ:string&field=Gebiet:string&field=Stunden:double",
        "gebiete",
        "memory",
    )
    for i, (plz, gebiet) in enumerate([("10115", "Nord"), ("10117", "Nord"), ("10119", "Süd")]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([i, plz, gebiet, 100.0 + i])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))"))
        layer.dataProvider().addFeature(feature)
    QgsProject.instance().addMapLayer(layer)
    dock = ReassignDock(qgis_iface)
    try:
        dock.layer_combo.setLayer(layer)
        assert dock.territory_combo.currentField() == "Gebiet"
        assert dock.key_combo.currentField() == "PLZ"
        assert dock.measures_combo.checkedItems() == ["Stunden"]
        assert dock.controller.territories == ["Nord", "Süd"]
    finally:
        dock.cleanup()
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_table_shows_every_territory_and_column_at_the_docks_own_size(qgis_iface, units_layer):  # noqa: F811
    qgis_iface.setActiveLayer(units_layer)
    dock = open_dock(qgis_iface)
    try:
        table = dock.table
        assert table.verticalHeader().length() <= table.viewport().height()  # all 6 rows
        assert table.horizontalHeader().length() <= table.viewport().width()  # deviation columns too
    finally:
        dock.cleanup()


def test_assign_and_save_say_what_they_did_and_the_note_stays_for_the_next_move(qgis_iface, units_layer):  # noqa: F811
    qgis_iface.setActiveLayer(units_layer)
    dock = open_dock(qgis_iface)
    status_bar = qgis_iface.mainWindow().statusBar()
    try:
        controller = dock.controller
        dock.note_edit.setText("closer to the rep")  # typed first: it goes with the next moves
        fid, _, new = boundary_move(controller)
        units_layer.selectByIds([fid])
        dock.target_combo.setCurrentText(new)
        dock.assign_button.click()
        said = status_bar.currentMessage()
        assert said.startswith(f"Moved 1 units to {new} (note: closer to the rep).")
        assert dock.status.text() == said
        assert dock.note_edit.text() == "closer to the rep"  # kept

        second, _, other = boundary_move(controller)
        units_layer.selectByIds([second])
        dock.target_combo.setCurrentText(other)
        dock.assign_button.click()
        assert [record.note for record in controller.pending_changes()] == ["closer to the rep"] * 2

        dock.note_edit.setText("a mistake")
        third, _, elsewhere = boundary_move(controller)
        units_layer.selectByIds([third])
        dock.target_combo.setCurrentText(elsewhere)
        dock.assign_button.click()
        units_layer.undoStack().undo()  # Ctrl+Z: the undone move is neither saved nor counted
        assert controller.territory_of_feature(third) != elsewhere

        dock.save_button.click()
        assert not units_layer.isModified()
        assert status_bar.currentMessage() == "Saved 2 changes to units and its change log."
        log = dock.open_change_log()
        assert sorted(f["note"] for f in log.getFeatures()) == ["closer to the rep"] * 2
    finally:
        dock.cleanup()
