"""The dock on units that carry workload: the workload column, and the territories layer kept in step.

The sample is scored, rolled up per zip and designed on workload (6 territories, travel
from the centres); every expectation is recomputed by territory:scoreworkloadareas (the unit
level) or from the layers' own features, never from the dock's arrays.
"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt

from territory_plugin.gui.dock import ReassignDock

CALL_PLAN = "A,24,75,B,12,60,C,6,40,D,0,0"  # scripts/demo.sh's
ZIP = "Billing Zip/Postal Code"
ON_WORKLOAD = {"WORKLOAD_FIELD": "sum_call_hours", "CALLS_FIELD": "sum_calls_per_year", "CALLED_FIELD": "sum_called"}


@pytest.fixture(scope="module")
def designed(plugin, sample_dir, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("dock_workload")
    processing.run(
        "territory:scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": CALL_PLAN.split(","),
            "TERRITORY_FIELD": "Account Owner",
            "ACCOUNTS_OUTPUT": str(out / "accounts.csv"),
            "SCORECARD": "TEMPORARY_OUTPUT",
        },
    )
    zips = processing.run(
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": str(out / "accounts.csv"),
            "ZIP_FIELD": ZIP,
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["call_hours", "calls_per_year", "called"],
            "OUTPUT": str(out / "zips.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    processing.run(
        "territory:designterritories",
        {
            "INPUT": zips,
            "BALANCE_FIELDS": ["account_count"],
            "TOLERANCE": 15.0,
            "TERRITORIES": 6,
            "BEST_EFFORT": True,
            **ON_WORKLOAD,
            "OUTPUT": str(out / "units.gpkg"),
            "TERRITORIES_OUTPUT": str(out / "territories.gpkg"),
        },
    )
    return out


@pytest.fixture
def layers(designed, tmp_path, qgis_new_project):
    for name in ("units.gpkg", "territories.gpkg"):
        shutil.copy(designed / name, tmp_path / name)
    units = QgsVectorLayer(str(tmp_path / "units.gpkg"), "units", "ogr")
    territories = QgsVectorLayer(str(tmp_path / "territories.gpkg"), "territories", "ogr")
    assert units.isValid() and territories.isValid()
    QgsProject.instance().addMapLayers([units, territories])
    yield units, territories, tmp_path
    for layer in (units, territories):
        if not sip.isdeleted(layer) and layer.isEditable():
            layer.rollBack()
    QgsProject.instance().removeAllMapLayers()


def make_dock(qgis_iface, units) -> ReassignDock:
    dock = ReassignDock(qgis_iface)
    dock.layer_combo.setLayer(units)  # the design's fields are preselected
    dock.controller.confirm = lambda title, text: True
    return dock


def unit_level_hours(run, units, path) -> pd.Series:
    """territory:scoreworkloadareas (the unit level; travel from the centres) on the units as they are now."""
    card = run(
        "scoreworkloadareas",
        {
            "UNITS": units,
            "UNIT_TERRITORY_FIELD": "territory",
            "UNIT_WORKLOAD_FIELD": "sum_call_hours",
            "UNIT_CALLS_FIELD": "sum_calls_per_year",
            "UNIT_CALLED_FIELD": "sum_called",
            "SCORECARD": str(path),
        },
    )["SCORECARD"]
    return pd.read_csv(card).set_index("territory")["total_hours"]


def workload_column(dock) -> dict[str, str]:
    model = dock.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Workload")
    return {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(model.rowCount())}


def hours_of(text: str) -> float:
    return float(text.split(" h")[0].replace(",", ""))


def utilisation_of(text: str) -> float:
    return float(text.split("· ")[1].rstrip("%"))


def boundary_move(controller):
    stats = controller.stats
    graph = controller.graph
    for a, b in graph.edges:
        ta, tb = stats.labels[a], stats.labels[b]
        busy = controller.workload.workload.call_hours[a] > 0  # a unit with calls to make
        if ta != tb and ta >= 0 and tb >= 0 and (stats.labels == ta).sum() > 5 and busy:
            return int(controller.feature_ids[a]), stats.names[tb]
    raise AssertionError("no boundary unit")


def test_workload_column_is_the_unit_level_scorecard_and_follows_moves(qgis_iface, layers, run):
    units, _, folder = layers
    dock = make_dock(qgis_iface, units)
    assert dock.controller.workload is not None and dock.controller.workload.with_travel
    expected = unit_level_hours(run, units, folder / "before.csv")
    shown = workload_column(dock)
    assert set(shown) == set(expected.index)
    for name, text in shown.items():
        # the dock measures in the layer's projected CRS, Score workload on the ellipsoid
        assert hours_of(text) == pytest.approx(expected[name], rel=0.01), name
        assert utilisation_of(text) == pytest.approx(hours_of(text) / 16, abs=0.51)  # of 1,600 h
    dock.capacity_spin.setValue(800)
    first = next(iter(shown))
    assert utilisation_of(workload_column(dock)[first]) == pytest.approx(hours_of(shown[first]) / 8, abs=0.51)

    fid, target = boundary_move(dock.controller)
    units.selectByIds([fid])
    dock.target_combo.setCurrentText(target)
    assert dock.assign_selected().moved == 1
    after = unit_level_hours(run, units, folder / "after.csv")  # the edit buffer, as the dock sees it
    moved = workload_column(dock)
    assert hours_of(moved[target]) == pytest.approx(after[target], rel=0.01)
    assert hours_of(moved[target]) > hours_of(shown[target])
    units.undoStack().undo()
    assert hours_of(workload_column(dock)[target]) == pytest.approx(hours_of(shown[target]), abs=0.5)
    dock.cleanup()


def totals_on(territories: QgsVectorLayer) -> pd.DataFrame:
    rows = [(f["territory"], f["units"], f["account_count"], f.geometry().area()) for f in territories.getFeatures()]
    return pd.DataFrame(rows, columns=["territory", "units", "account_count", "area"]).set_index("territory")


def test_territories_layer_follows_the_units_undo_and_save(qgis_iface, layers):
    units, territories, folder = layers
    dock = make_dock(qgis_iface, units)
    assert dock.dissolved.layer is territories
    before = totals_on(territories)
    fid, target = boundary_move(dock.controller)
    source = dock.controller.territory_of_feature(fid)
    count = next(units.getFeatures([fid]))["account_count"]
    units.selectByIds([fid])
    dock.target_combo.setCurrentText(target)
    assert dock.assign_selected().moved == 1

    after = totals_on(territories)  # the edit buffer
    assert territories.isEditable()
    assert after.loc[target, "units"] == before.loc[target, "units"] + 1
    assert after.loc[source, "units"] == before.loc[source, "units"] - 1
    assert after.loc[target, "account_count"] == before.loc[target, "account_count"] + count
    assert after.loc[target, "area"] > before.loc[target, "area"] > 0
    by_unit = (
        pd.DataFrame([(f["territory"], f["account_count"]) for f in units.getFeatures()], columns=["territory", "n"])
        .groupby("territory")["n"]
        .sum()
    )
    assert (after["account_count"] == by_unit[after.index]).all()  # recomputed from the units themselves

    units.undoStack().undo()  # Ctrl+Z on the units: the territories layer follows
    again = totals_on(territories)
    assert (again[["units", "account_count"]] == before[["units", "account_count"]]).all().all()
    assert again["area"].to_numpy() == pytest.approx(before["area"].to_numpy(), rel=1e-6)

    units.undoStack().redo()
    assert dock.save_edits()
    assert not territories.isModified()  # saved with the units
    on_disk = totals_on(QgsVectorLayer(str(folder / "territories.gpkg"), "reread", "ogr"))
    assert on_disk.loc[target, "units"] == before.loc[target, "units"] + 1
    dock.cleanup()
