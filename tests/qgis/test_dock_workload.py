"""The dock on units that carry workload: the workload column, and the territories layer kept in step.

The sample is scored and rolled up per zip, then designed on workload twice: 6 territories with
travel from the centres, and 12 seeded at the reps' homes (workload alone, travel from those
homes). Every expectation is recomputed by territory:scoreworkloadareas (the unit level, given
the same homes) or from the layers' own features, never from the dock's arrays.
"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt

from territory_plugin.gui.controller import ReassignController
from territory_plugin.gui.dock import ReassignDock

CALL_PLAN = "A,24,75,B,12,60,C,6,40,D,0,0"  # scripts/demo.sh's
ZIP = "Billing Zip/Postal Code"
ON_WORKLOAD = {"WORKLOAD_FIELD": "sum_call_hours", "CALLS_FIELD": "sum_calls_per_year", "CALLED_FIELD": "sum_called"}


@pytest.fixture(scope="module")
def zips(plugin, sample_dir, tmp_path_factory):
    """The sample's zip areas with the call hours, calls and called accounts of today's accounts."""
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
    return out, zips


@pytest.fixture(scope="module")
def designed(zips):
    import processing

    out, zips = zips
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
    yield from opened(designed, "", tmp_path)


def opened(folder, prefix: str, tmp_path):
    """Copies of a design's units and territories layers, loaded in the project."""
    for name in ("units.gpkg", "territories.gpkg"):
        shutil.copy(folder / f"{prefix}{name}", tmp_path / name)
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


def workload_column(dock, role=Qt.ItemDataRole.DisplayRole) -> dict[str, str]:
    model = dock.model
    column = workload_section(dock)
    return {model.data(model.index(r, 0)): model.data(model.index(r, column), role) for r in range(model.rowCount())}


def workload_section(dock) -> int:
    model = dock.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Workload")


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
    tooltip = dock.model.headerData(workload_section(dock), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "from each territory's centre (no rep homes known)" in tooltip  # designed without seeds
    expected = unit_level_hours(run, units, folder / "before.csv")
    shown = workload_column(dock)
    assert set(shown) == set(expected.index)
    for name, text in shown.items():
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


# --- designed on workload alone, from the reps' homes -------------------------------------------

EFFORT = "annual_effort"  # the call hours under a name the dock cannot guess: only the design's record finds it
ON_HOMES = {"WORKLOAD_FIELD": EFFORT, "CALLS_FIELD": "sum_calls_per_year", "CALLED_FIELD": "sum_called"}


@pytest.fixture(scope="module")
def designed_on_homes(zips, sample_dir):
    import processing

    out, zips = zips
    renamed = processing.run(
        "native:renametablefield",
        {"INPUT": zips, "FIELD": "sum_call_hours", "NEW_NAME": EFFORT, "OUTPUT": str(out / "effort.gpkg")},
    )["OUTPUT"]
    processing.run(
        "territory:designterritories",
        {
            "INPUT": renamed,
            "TOLERANCE": 5.0,
            "TERRITORIES": 12,
            "SEEDS": str(sample_dir / "rep_bases.gpkg"),
            "SEED_ID_FIELD": "rep_name",
            "BEST_EFFORT": True,
            **ON_HOMES,
            "OUTPUT": str(out / "homes_units.gpkg"),
            "TERRITORIES_OUTPUT": str(out / "homes_territories.gpkg"),
        },
    )
    return out


@pytest.fixture
def homes_layers(designed_on_homes, tmp_path, qgis_new_project):
    yield from opened(designed_on_homes, "homes_", tmp_path)


def scorecard_hours(run, units, path, sample_dir, homes: bool) -> pd.Series:
    """territory:scoreworkloadareas on the units as they are now (their edit buffer), from the homes or centres."""
    bases = {"BASES": str(sample_dir / "rep_bases.gpkg"), "BASE_TERRITORY_FIELD": "rep_name"} if homes else {}
    card = run(
        "scoreworkloadareas",
        {
            "UNITS": units,
            "UNIT_TERRITORY_FIELD": "territory",
            "UNIT_WORKLOAD_FIELD": EFFORT,
            "UNIT_CALLS_FIELD": "sum_calls_per_year",
            "UNIT_CALLED_FIELD": "sum_called",
            "CALLS_PER_DAY": 6,
            **bases,
            "SCORECARD": str(path),
        },
    )["SCORECARD"]
    return pd.read_csv(card).set_index("territory")["total_hours"]


def test_a_design_on_the_reps_homes_is_scored_from_those_homes_and_follows_edits(
    qgis_iface, homes_layers, run, sample_dir
):
    units, _, folder = homes_layers
    dock = make_dock(qgis_iface, units)
    assert dock.measures_combo.checkedItems() == [EFFORT]  # designed on workload alone: its call hours
    workload = dock.controller.workload
    assert workload is not None and workload.fields["workload"] == EFFORT
    assert len(workload.homes) == 12
    tooltip = dock.model.headerData(workload_section(dock), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "from the reps' homes" in tooltip
    assert set(workload_column(dock, Qt.ItemDataRole.ToolTipRole).values()) == {"Travel from the rep's home"}

    from_homes = scorecard_hours(run, units, folder / "homes.csv", sample_dir, homes=True)
    from_centres = scorecard_hours(run, units, folder / "centres.csv", sample_dir, homes=False)
    shown = {name: hours_of(text) for name, text in workload_column(dock).items()}
    assert set(shown) == set(from_homes.index)
    for name, hours in shown.items():
        assert hours == pytest.approx(from_homes[name], rel=0.01), name
    # the homes matter here: measured from the centres, some territory would be more than 1% off
    assert max(abs(shown[name] / from_centres[name] - 1) for name in shown) > 0.02
    # a caller that built the graph itself (bench/bench_reassign.py) gets the same numbers
    given = ReassignController(confirm=lambda title, text: True)
    ctl = dock.controller
    assert given.set_units(units, "territory", [], "zip", graph=ctl.graph, feature_ids=ctl.feature_ids)
    assert given.workload_hours() == pytest.approx(ctl.workload_hours(), rel=1e-9)
    given.set_units(None)

    # a unit moved by hand in the edit buffer (the attribute table's way), then undone
    fid, target = boundary_move(dock.controller)
    column = units.fields().indexOf("territory")
    units.startEditing()
    units.beginEditCommand("move a unit")
    assert units.changeAttributeValue(fid, column, target)
    units.endEditCommand()
    after = scorecard_hours(run, units, folder / "after.csv", sample_dir, homes=True)
    moved = {name: hours_of(text) for name, text in workload_column(dock).items()}
    assert moved[target] == pytest.approx(after[target], rel=0.01)
    assert moved[target] > shown[target]
    for name in moved:
        assert moved[name] == pytest.approx(after[name], rel=0.01), name
    units.undoStack().undo()
    restored = {name: hours_of(text) for name, text in workload_column(dock).items()}
    assert restored == pytest.approx(shown, abs=0.5)

    # a territory made in the dock has no home: its travel is from its centre, as Score workload counts it
    assert dock.new_territory("New rep")
    tooltip = dock.model.headerData(workload_section(dock), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "for the territories without one (1)" in tooltip
    fid, _ = boundary_move(dock.controller)
    assert dock.controller.assign_units([fid], "New rep").moved == 1
    assert workload_column(dock, Qt.ItemDataRole.ToolTipRole)["New rep"] == "Travel from the territory's centre"
    card = scorecard_hours(run, units, folder / "new.csv", sample_dir, homes=True)
    now = {name: hours_of(text) for name, text in workload_column(dock).items()}
    assert now["New rep"] > 0
    for name in now:
        assert now[name] == pytest.approx(card[name], rel=0.01), name
    dock.cleanup()
