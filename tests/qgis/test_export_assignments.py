"""territory:exportassignments through real Processing runs: the file a CRM imports, read back with csv."""

from __future__ import annotations

import csv
import os

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

HEADER = ["account_id", "account_name", "old_territory", "new_territory", "new_owner", "changed"]
AREAS = {"02134": "North", "02135": "South", "10001": "East"}
ACCOUNTS = [  # id, name, zip, old territory, new territory set by hand
    ("00123", "Café Société", "02134", "North", ""),
    ("0015g0000000Q0xAAE", 'Smith, "Jones" & Co.', "2135", "North", ""),
    ("0015G0000000q0XAAE", "Two\nlines", "02135-1234", "South", ""),
    ("000000000000000042", "Müller GmbH", "10001", "South", "North"),
    ("0099", "Junk zip", "N/A", "East", ""),
    ("7", "No old territory", "10001", "", ""),
]
EXPECTED = [  # what the CRM gets, in input order (0099 has no new territory: left out)
    ["00123", "Café Société", "North", "North", "Ann", "false"],
    ["0015g0000000Q0xAAE", 'Smith, "Jones" & Co.', "North", "South", "Bob", "true"],
    ["0015G0000000q0XAAE", "Two\nlines", "South", "South", "Bob", "false"],
    ["000000000000000042", "Müller GmbH", "South", "North", "Ann", "true"],
    ["7", "No old territory", "", "East", "", "true"],
]


def accounts_csv(path, rows=ACCOUNTS) -> str:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Account ID", "Account Name", "Zip", "Territory", "Moved To"])
        writer.writerows(rows)
    return str(path)


def areas_table() -> QgsVectorLayer:
    layer = QgsVectorLayer("None?field=zip:string&field=territory:string", "areas", "memory")
    for code, territory in AREAS.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, territory])
        layer.dataProvider().addFeature(feature)
    return layer


def reps_table(pairs=(("North", "Ann"), ("South", "Bob"), (None, "Extra"), ("West", None))) -> QgsVectorLayer:
    """Laid out as territory:assignreps writes it: an extra rep without territory, a vacancy without rep."""
    layer = QgsVectorLayer("None?field=territory:string&field=rep:string&field=status:string", "reps", "memory")
    for territory, rep in pairs:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([territory, rep, "assigned"])
        layer.dataProvider().addFeature(feature)
    return layer


def export(run, tmp_path, feedback=None, **extra) -> dict:
    parameters = {
        "ACCOUNTS": accounts_csv(tmp_path / "accounts.csv"),
        "ID_FIELD": "Account ID",
        "NAME_FIELD": "Account Name",
        "OLD_TERRITORY_FIELD": "Territory",
        "NEW_TERRITORY_FIELD": "Moved To",
        "ZIP_FIELD": "Zip",
        "UNITS": areas_table(),
        "UNIT_ZIP_FIELD": "zip",
        "UNIT_TERRITORY_FIELD": "territory",
        "REPS": reps_table(),
        "OUTPUT": str(tmp_path / "crm.csv"),
    }
    parameters.update(extra)
    return run("exportassignments", parameters, feedback=feedback)


def read_back(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_the_file_round_trips_with_ids_exactly_as_read(run, tmp_path, log):
    result = export(run, tmp_path, log)
    rows = read_back(result["OUTPUT"])
    assert rows[0] == HEADER
    assert rows[1:] == EXPECTED
    ids = [row[0] for row in rows[1:]]
    assert "00123" in ids and "000000000000000042" in ids
    assert {"0015g0000000Q0xAAE", "0015G0000000q0XAAE"} <= set(ids)  # differ only by case: two accounts
    assert result["ROW_COUNT"] == 5 and result["CHANGED_COUNT"] == 3 and result["UNPLACED_COUNT"] == 1
    assert any("1 accounts have no new territory" in w and "0099" in w for w in log.warnings)
    assert any("No owner in the reps table for 1 territories: East" in w for w in log.warnings)
    with open(result["OUTPUT"], "rb") as handle:
        assert not handle.read(3).startswith(b"\xef\xbb\xbf")  # plain UTF-8: Data Loader reads the first column


def test_only_changed_rows(run, tmp_path):
    result = export(run, tmp_path, ONLY_CHANGED=True)
    assert read_back(result["OUTPUT"])[1:] == [row for row in EXPECTED if row[5] == "true"]
    assert result["ROW_COUNT"] == result["CHANGED_COUNT"] == 3


def test_account_field_alone_and_no_owners(run, tmp_path):
    result = export(run, tmp_path, ZIP_FIELD=None, UNITS=None, REPS=None)
    rows = read_back(result["OUTPUT"])[1:]
    assert rows == [["000000000000000042", "Müller GmbH", "South", "North", "", "true"]]
    assert result["UNPLACED_COUNT"] == 5


def test_ids_from_a_geopackage_text_field_and_a_layer_with_integer_ids(run, tmp_path, log):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=id:string&field=n:integer&field=r:double&field=t:string", "a", "memory"
    )
    for values in (["00123", 123, 123.0, "North"], ["0015g0000000Q0xAAE", 7, 7.0, "South"]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        layer.dataProvider().addFeature(feature)
    common = {"ACCOUNTS": layer, "NEW_TERRITORY_FIELD": "t", "NAME_FIELD": None, "OLD_TERRITORY_FIELD": None}
    common.update({"ZIP_FIELD": None, "UNITS": None, "REPS": None})
    text = export(run, tmp_path, ID_FIELD="id", **common)
    assert [row[0] for row in read_back(text["OUTPUT"])[1:]] == ["00123", "0015g0000000Q0xAAE"]
    whole = export(run, tmp_path, log, ID_FIELD="n", **common)
    assert [row[0] for row in read_back(whole["OUTPUT"])[1:]] == ["123", "7"]
    assert any("read as whole numbers" in w for w in log.warnings)
    with pytest.raises(QgsProcessingException, match="decimal numbers"):
        export(run, tmp_path, ID_FIELD="r", **common)


def test_a_failed_run_leaves_the_previous_file(run, tmp_path):
    out = tmp_path / "crm.csv"
    out.write_text("previous export\n", encoding="utf-8")
    conflict = reps_table((("North", "Ann"), ("North", "Bob")))
    with pytest.raises(QgsProcessingException, match="several to North: Ann, Bob"):
        export(run, tmp_path, REPS=conflict)
    assert out.read_text(encoding="utf-8") == "previous export\n"
    assert sorted(os.listdir(tmp_path)) == ["accounts.csv", "crm.csv"]


def test_nowhere_to_take_the_new_territory_from(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="where each account goes"):
        export(run, tmp_path, NEW_TERRITORY_FIELD=None, UNITS=None)
    with pytest.raises(QgsProcessingException, match="zip code field and their territory field"):
        export(run, tmp_path, UNIT_TERRITORY_FIELD=None)
    with pytest.raises(QgsProcessingException, match="choose the accounts' zip code field"):
        export(run, tmp_path, ZIP_FIELD=None)
