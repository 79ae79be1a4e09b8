"""Designing territories on units with gaps and overlaps, as generalised boundary files have.

Copies of the sample zips whose polygons overlap (every one grown by 10 m) or leave gaps
(shrunk by 5 m).  The `contiguous` flag is checked against GEOS: each territory's units
dissolved, grown by half the snapping tolerance the design recorded, and its parts counted
(parts joined by a bridge the log reported count as one).  No overlap may be reported as a
bridged island, and a cancel while the graph is built returns at once, writing nothing.
"""

from __future__ import annotations

import re
import time

import networkx as nx
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

from territory_plugin.compat import FieldType

K = 12
BRIDGE = re.compile(r"Bridge added between .*?zip (\S+) .*? and .*?zip (\S+) ")


@pytest.fixture(scope="module")
def zip_totals(plugin, sample_dir, tmp_path_factory) -> str:
    import processing

    out = tmp_path_factory.mktemp("zips")
    return processing.run(
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "ZIP_FIELD": "Billing Zip/Postal Code",
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "OUTPUT": str(out / "zip_totals.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]


def changed_copy(path: str, grow: float, name: str) -> QgsVectorLayer:
    """The units of `path` in a memory layer, every polygon grown (> 0) or shrunk (< 0) by GEOS."""
    source = QgsVectorLayer(path, "units", "ogr")
    layer = QgsVectorLayer(f"MultiPolygon?crs={source.crs().authid()}", name, "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setAttributes(feature.attributes())
        geometry = feature.geometry().buffer(grow, 8) if grow else QgsGeometry(feature.geometry())
        geometry.convertToMultiType()
        copy.setGeometry(geometry)
        features.append(copy)
    assert layer.dataProvider().addFeatures(features)
    return layer


def geos_pieces(units_path: str, territory_field: str, tolerance: float, bridges: list[tuple[str, str]]) -> dict:
    """Parts of each territory's units dissolved by GEOS, grown by tolerance / 2; the parts of one unit
    (a zip with islands) and those of a reported bridge joined."""
    layer = QgsVectorLayer(units_path, "units", "ogr")
    members: dict[str, list[tuple[str, QgsGeometry]]] = {}
    for feature in layer.getFeatures():
        grown = feature.geometry().buffer(tolerance / 2, 4)
        members.setdefault(feature[territory_field], []).append((feature["zip"], grown))
    pieces = {}
    for territory, units in members.items():
        union = QgsGeometry.unaryUnion([geometry for _, geometry in units])
        parts = [QgsGeometry(part.clone()) for part in union.constGet()] if union.isMultipart() else [union]
        joined = nx.Graph()
        joined.add_nodes_from(range(len(parts)))
        part_of = {}
        for zip_code, geometry in units:  # a unit in several polygons (islands) holds its parts together
            mine = [i for i, part in enumerate(parts) if part.intersects(geometry)]
            joined.add_edges_from(zip(mine, mine[1:]))
            part_of[zip_code] = mine[0]
        joined.add_edges_from((part_of[a], part_of[b]) for a, b in bridges if a in part_of and b in part_of)
        pieces[territory] = nx.number_connected_components(joined)
    return pieces


def design(run, log, units, tmp_path, name, **extra) -> dict:
    parameters = {
        "INPUT": units,
        "BALANCE_FIELDS": ["account_count"],
        "TOLERANCE": 10.0,
        "TERRITORIES": K,
        "OUTPUT": str(tmp_path / f"{name}_units.gpkg"),
        "TERRITORIES_OUTPUT": str(tmp_path / f"{name}_territories.gpkg"),
    }
    parameters.update(extra)
    return run("designterritories", parameters, feedback=log)


def flags_and_geos(result: dict, log) -> tuple[dict, dict, list]:
    from territory_plugin.layers import read_design_settings

    territories = QgsVectorLayer(result["TERRITORIES_OUTPUT"], "territories", "ogr")
    settings = read_design_settings(territories)
    flags = {f[settings["territory_field"]]: bool(f["contiguous"]) for f in territories.getFeatures()}
    bridges = [match.groups() for match in map(BRIDGE.match, log.warnings) if match]
    pieces = geos_pieces(result["OUTPUT"], settings["territory_field"], settings["snap_tolerance_m"], bridges)
    return flags, pieces, bridges


class Warnings(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS API
        self.warnings.append(warning)


@pytest.fixture(scope="module")
def clean_bridges(plugin, zip_totals, tmp_path_factory) -> list:
    import processing

    log = Warnings()
    tmp = tmp_path_factory.mktemp("clean")
    processing.run(
        "territory:designterritories",
        {
            "INPUT": zip_totals,
            "BALANCE_FIELDS": ["account_count"],
            "TOLERANCE": 10.0,
            "TERRITORIES": K,
            "OUTPUT": str(tmp / "units.gpkg"),
            "TERRITORIES_OUTPUT": str(tmp / "territories.gpkg"),
        },
        feedback=log,
    )
    return sorted(match.groups() for match in map(BRIDGE.match, log.warnings) if match)


@pytest.mark.parametrize("case, grow", [("overlaps of 20 m", 10.0), ("gaps of 10 m", -5.0)])
def test_contiguous_flags_agree_with_geos_on_gaps_and_overlaps(
    run, log, zip_totals, clean_bridges, tmp_path, case, grow
):
    result = design(run, log, changed_copy(zip_totals, grow, case), tmp_path, "plan")
    flags, pieces, bridges = flags_and_geos(result, log)
    assert len(flags) == K
    assert flags == {territory: pieces[territory] == 1 for territory in flags}, pieces
    # The islands of the clean units, and nothing else: overlapping units are never bridged islands.
    assert sorted(bridges) == clean_bridges


def test_a_territory_in_three_pieces_is_never_flagged_contiguous(run, log, zip_totals, tmp_path):
    """Three scattered units locked into one territory, every unit locked: the plan keeps it in three pieces,
    and its flag says so (the issue found such territories flagged contiguous), as GEOS does."""
    first = design(run, log, changed_copy(zip_totals, -5.0, "gaps"), tmp_path, "first")
    units = QgsVectorLayer(first["OUTPUT"], "units", "ogr")
    features = list(units.getFeatures())
    scattered = [features[k] for k in (100, 800, 1500)]
    for k, feature in enumerate(scattered):
        for other in scattered[k + 1 :]:
            assert feature.geometry().distance(other.geometry()) > 1000.0
    alignment = changed_copy(first["OUTPUT"], 0.0, "alignment")
    index = alignment.fields().indexOf("territory")
    locked = alignment.fields().count()
    alignment.dataProvider().addAttributes([QgsField("locked", FieldType.INT)])
    alignment.updateFields()
    moved = {f["zip"] for f in scattered}
    changes = {
        f.id(): {index: "T" if f["zip"] in moved else f["territory"], locked: 1} for f in alignment.getFeatures()
    }
    assert alignment.dataProvider().changeAttributeValues(changes)
    log.warnings.clear()
    result = design(
        run,
        log,
        alignment,
        tmp_path,
        "locked",
        TERRITORIES=K + 1,
        EXISTING_FIELD="territory",
        LOCK_FIELD="locked",
        BEST_EFFORT=True,
        TERRITORY_FIELD="new_territory",
    )
    flags, pieces, _ = flags_and_geos(result, log)
    assert pieces["T"] == 3 and flags["T"] is False
    assert flags == {territory: pieces[territory] == 1 for territory in flags}, pieces


class CancelDuringTheGraph(QgsProcessingFeedback):
    """Cancels at the first progress report inside the graph stage (0-30%) past `at` percent."""

    def __init__(self, at: float) -> None:
        super().__init__()
        self.at, self.canceled_at = at, None
        self.progressChanged.connect(self._progress)

    def _progress(self, value: float) -> None:
        if self.canceled_at is None and value >= self.at:
            self.canceled_at = time.perf_counter()
            self.cancel()


@pytest.mark.parametrize("at", [5.0, 20.0])
def test_cancel_while_the_graph_is_built_returns_within_a_second_and_writes_nothing(run, zip_totals, tmp_path, at):
    feedback = CancelDuringTheGraph(at)
    units = changed_copy(zip_totals, 10.0, "overlaps")
    result = design(run, feedback, units, tmp_path, "canceled")
    returned = time.perf_counter()
    assert feedback.canceled_at is not None and feedback.canceled_at < returned
    assert returned - feedback.canceled_at < 1.0
    assert not result.get("OUTPUT") and not result.get("TERRITORIES_OUTPUT")
    assert not (tmp_path / "canceled_units.gpkg").exists() and not (tmp_path / "canceled_territories.gpkg").exists()
