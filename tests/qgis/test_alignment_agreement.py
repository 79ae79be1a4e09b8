"""The design algorithm and the dock read a territory field and a lock field the same way.

Hypothesis writes the same random values (integers, reals, booleans, text, QGIS NULL) into
the fields of a real memory layer; the design algorithm reads them as it does before a
design (existing territories and locks) and the dock's controller as it does when it
opens the layer. Every unit must get the same territory name and the same lock from both,
and the territories must come in the same order.
"""

from __future__ import annotations

import gc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import NULL, QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer

from territory_plugin.compat import FieldType
from territory_plugin.gui.controller import ReassignController
from territory_plugin.processing.design_territories import DesignTerritories

KINDS = {"int": (FieldType.INT, "integer"), "real": (FieldType.DOUBLE, "double"), "text": (FieldType.STRING, "string")}
KINDS["bool"] = (FieldType.BOOL, "boolean")

WORDS = ["1", "0", "1.0", "0.0", "2", "-1", "yes", "No", " x ", "Lock", "locked", "TRUE", "f", "", "  ", "nan"]
NAMES = ["North", " North ", "T2", "T10", "t2", "3", "3.0", "3.5", "New 1", ""]


def values_of(kind: str, text: list[str]):
    scalar = {
        "int": st.integers(-2, 12),
        "real": st.sampled_from([0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -1.5, 10.0]) | st.floats(-5, 5, allow_nan=False),
        "bool": st.booleans(),
        "text": st.sampled_from(text) | st.text(max_size=4),
    }[kind]
    return st.none() | scalar


@st.composite
def alignments(draw):
    n = draw(st.integers(1, 8))
    territory_kind = draw(st.sampled_from(["int", "real", "text"]))
    lock_kind = draw(st.sampled_from(["int", "real", "bool", "text"]))
    territories = draw(st.lists(values_of(territory_kind, NAMES), min_size=n, max_size=n))
    locks = draw(st.lists(values_of(lock_kind, WORDS), min_size=n, max_size=n))
    return territory_kind, territories, lock_kind, locks


def row_of_squares(territory_kind, territories, lock_kind, locks) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857", "units", "memory")
    provider = layer.dataProvider()
    assert provider.addAttributes(
        [
            QgsField("territory", KINDS[territory_kind][0], KINDS[territory_kind][1]),
            QgsField("lock", KINDS[lock_kind][0], KINDS[lock_kind][1]),
            QgsField("w", FieldType.DOUBLE, "double"),
        ]
    )
    layer.updateFields()
    assert [layer.fields().field(i).type() for i in range(2)] == [KINDS[territory_kind][0], KINDS[lock_kind][0]]
    features = []
    for i, (territory, lock) in enumerate(zip(territories, locks)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([NULL if territory is None else territory, NULL if lock is None else lock, 1.0])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * 1000, 0, (i + 1) * 1000, 1000)))
        features.append(feature)
    assert provider.addFeatures(features)
    return layer


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=alignments())
def test_design_and_dock_agree_on_names_locks_and_order(plugin, case):
    layer = row_of_squares(*case)
    fids = [feature.id() for feature in layer.getFeatures()]

    design = DesignTerritories()
    columns = design.read_columns(layer, fids, ["territory", "lock"])
    names, initial, locked = design.existing_alignment(columns, "territory", "lock", k=len(fids) + 1)

    dock = ReassignController()
    assert dock.set_units(layer, "territory", ["w"], "", "lock")
    dock_locked = dict(zip(dock.feature_ids.tolist(), dock.locked.tolist()))

    for row, fid in enumerate(fids):
        assert dock.territory_of_feature(fid) == (names[initial[row]] if initial[row] >= 0 else None)
        assert dock_locked[fid] == bool(locked[row]), layer.getFeature(fid)["lock"]
    assert dock.territories == names[: len(dock.territories)]
    assert all(name.startswith("New ") for name in names[len(dock.territories) :])
    dock.close()
    del dock, layer
    gc.collect()
