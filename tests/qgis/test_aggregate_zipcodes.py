"""territory:aggregatezipcodes through real Processing runs."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from territory_plugin.compat import FieldType

SQUARES = {  # four unit squares side by side, EPSG:4326 so the CRS is explicit
    "02134": "POLYGON((0 0,1 0,1 1,0 1,0 0))",
    "02135": "POLYGON((1 0,2 0,2 1,1 1,1 0))",
    "10001": "POLYGON((2 0,3 0,3 1,2 1,2 0))",
    "00501": "POLYGON((3 0,4 0,4 1,3 1,3 0))",
}


def units_layer(codes=SQUARES, field_type="string") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&field=zip:{field_type}&field=name:string", "units", "memory")
    features = []
    for code, wkt in codes.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, f"area {code}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_csv(path, rows, header=("Account ID", "Account Name", "Billing Zip/Postal Code", "Annual Revenue")):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


MESSY_ROWS = [
    ("001", "Café Société", "02134", "100"),
    ("002", "Smith, Jones & Co.", " 2134 ", "250.5"),
    ("003", "Müller GmbH", "2134.0", ""),
    ("004", "Björk & Sons", "02135-1234", "1000"),
    ("005", "Acme", "021351234", "5"),
    ("006", "Blank Inc", "", "7"),
    ("007", "Junk LLC", "N/A", "9"),
    ("008", "PO Box Corp", "02199", "11"),
    ("009", "Holtsville", "501", "13"),
    ("010", "New York", "10001", "17"),
]


def aggregate(run, accounts, units, tmp_path, **extra):
    parameters = {
        "ACCOUNTS": accounts,
        "ZIP_FIELD": "Billing Zip/Postal Code",
        "UNITS": units,
        "UNIT_ZIP_FIELD": "zip",
        "ZIP_FORMAT": 0,
        "SUM_FIELDS": ["Annual Revenue"],
        "OUTPUT": str(tmp_path / "totals.gpkg"),
        "UNMATCHED": str(tmp_path / "unmatched.csv"),
    }
    parameters.update(extra)
    return run("aggregatezipcodes", parameters)


def totals_of(result) -> dict:
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid()
    return {f["zip"]: (f["account_count"], f["sum_Annual Revenue"]) for f in layer.getFeatures()}


def test_messy_csv_is_rolled_up_by_cleaned_code(run, tmp_path):
    accounts = write_csv(tmp_path / "accounts.csv", MESSY_ROWS)
    units = units_layer()
    result = aggregate(run, accounts, units, tmp_path)

    assert totals_of(result) == {
        "02134": (3, 350.5),
        "02135": (2, 1005.0),
        "10001": (1, 17.0),
        "00501": (1, 13.0),
    }
    assert (result["MATCHED_COUNT"], result["UNMATCHED_COUNT"]) == (7, 3)
    unmatched = pd.read_csv(result["UNMATCHED"], dtype=str, keep_default_na=False)
    assert dict(zip(unmatched["Account ID"], unmatched["reason"])) == {
        "006": "blank",
        "007": "invalid code",
        "008": "no unit with this code",
    }
    # every field of the account comes along, non-ASCII intact
    assert list(unmatched.columns) == [
        "Account ID",
        "Account Name",
        "Billing Zip/Postal Code",
        "Annual Revenue",
        "reason",
    ]
    assert units.featureCount() == 4 and "account_count" not in units.fields().names()  # input untouched


def test_numeric_unit_codes_that_lost_their_zeros_still_match(run, tmp_path):
    accounts = write_csv(tmp_path / "accounts.csv", MESSY_ROWS)
    units = units_layer({str(int(code)): wkt for code, wkt in SQUARES.items()}, field_type="integer")
    result = aggregate(run, accounts, units, tmp_path)
    assert result["MATCHED_COUNT"] == 7


def test_same_totals_from_a_layer_as_from_the_csv_fast_path(run, tmp_path):
    """A filtered/memory copy of the accounts goes through the QGIS feature API."""
    path = write_csv(tmp_path / "accounts.csv", MESSY_ROWS)
    from_csv = totals_of(aggregate(run, path, units_layer(), tmp_path, OUTPUT=str(tmp_path / "csv.gpkg")))
    layer = QgsVectorLayer(path, "accounts", "ogr")
    layer.setSubsetString("\"Account ID\" <> ''")  # a subset forces the feature API path
    from_layer = totals_of(aggregate(run, layer, units_layer(), tmp_path, OUTPUT=str(tmp_path / "layer.gpkg")))
    assert from_csv == from_layer


def test_empty_account_table_gives_zeros(run, tmp_path):
    accounts = write_csv(tmp_path / "accounts.csv", [])
    result = aggregate(run, accounts, units_layer(), tmp_path)
    assert set(totals_of(result).values()) == {(0, 0.0)}
    assert (result["MATCHED_COUNT"], result["UNMATCHED_COUNT"]) == (0, 0)


def test_as_is_mode_for_other_countries(run, tmp_path):
    units = units_layer({"SW1A 1AA": SQUARES["02134"], "75001": SQUARES["02135"]})
    accounts = write_csv(
        tmp_path / "accounts.csv", [("1", "a", "sw1a  1aa", "1"), ("2", "b", " 75001", "2"), ("3", "c", "75001.0", "4")]
    )
    result = aggregate(run, accounts, units, tmp_path, ZIP_FORMAT=1)
    assert totals_of(result) == {"SW1A 1AA": (1, 1.0), "75001": (1, 2.0)}
    assert result["UNMATCHED_COUNT"] == 1


def test_point_accounts_without_code_are_placed_by_location(run, tmp_path):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=Account ID:string&field=Billing Zip/Postal Code:string"
        "&field=Annual Revenue:double",
        "pts",
        "memory",
    )
    rows = [
        ("a", "", 1.0, (0.5, 0.5)),
        ("b", "junk", 2.0, (2.5, 0.5)),
        ("c", "02135", 4.0, (0.5, 0.5)),
        ("d", "", 8.0, (9.0, 9.0)),
    ]
    features = []
    for account, code, revenue, (x, y) in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([account, code, revenue])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)

    result = aggregate(run, layer, units_layer(), tmp_path, UNMATCHED=str(tmp_path / "unmatched.gpkg"))
    totals = totals_of(result)
    assert totals["02134"] == (1, 1.0) and totals["10001"] == (1, 2.0) and totals["02135"] == (1, 4.0)
    unmatched = QgsVectorLayer(result["UNMATCHED"], "u", "ogr")
    assert [(f["Account ID"], f["reason"]) for f in unmatched.getFeatures()] == [("d", "blank")]

    off = aggregate(
        run,
        layer,
        units_layer(),
        tmp_path,
        SPATIAL_FALLBACK=False,
        OUTPUT=str(tmp_path / "off.gpkg"),
        UNMATCHED=str(tmp_path / "off_unmatched.gpkg"),
    )
    assert off["UNMATCHED_COUNT"] == 3

    # unmatched accounts written as CSV open in QGIS with the layer's types (the .csvt sidecar)
    csv_out = aggregate(run, layer, units_layer(), tmp_path, OUTPUT=str(tmp_path / "csv.gpkg"), SPATIAL_FALLBACK=False)
    opened = QgsVectorLayer(csv_out["UNMATCHED"], "unmatched", "ogr")
    types = {field.name(): field.type() for field in opened.fields()}
    assert types["Annual Revenue"] == FieldType.DOUBLE and types["Account ID"] == FieldType.STRING
    assert sorted(f["Annual Revenue"] for f in opened.getFeatures()) == [1.0, 2.0, 8.0]


# --- bad input: a QgsProcessingException that says what to fix -------------------------------


def test_missing_field_is_named(run, tmp_path):
    accounts = write_csv(tmp_path / "accounts.csv", MESSY_ROWS)
    with pytest.raises(QgsProcessingException, match="Postcode"):
        aggregate(run, accounts, units_layer(), tmp_path, ZIP_FIELD="Postcode")


def test_units_must_be_polygons(run, tmp_path):
    accounts = write_csv(tmp_path / "accounts.csv", MESSY_ROWS)
    points = QgsVectorLayer("Point?crs=EPSG:4326&field=zip:string", "pts", "memory")
    with pytest.raises(QgsProcessingException, match="(?i)polygon"):
        aggregate(run, accounts, points, tmp_path)


def test_duplicate_unit_codes_are_named(run, tmp_path):
    accounts = write_csv(tmp_path / "accounts.csv", MESSY_ROWS)
    codes = dict(SQUARES)
    units = units_layer(codes)
    duplicate = QgsFeature(units.fields())
    duplicate.setAttributes(["2134", "again"])  # 02134 once it is cleaned
    duplicate.setGeometry(QgsGeometry.fromWkt("POLYGON((5 0,6 0,6 1,5 1,5 0))"))
    units.dataProvider().addFeature(duplicate)
    with pytest.raises(QgsProcessingException, match="02134"):
        aggregate(run, accounts, units, tmp_path)


def test_non_numeric_sum_names_account_and_value(run, tmp_path):
    rows = MESSY_ROWS + [("011", "Dollar Corp", "02134", "$1,200")]
    accounts = write_csv(tmp_path / "accounts.csv", rows)
    with pytest.raises(QgsProcessingException, match=r"011.*\$1,200"):
        aggregate(run, accounts, units_layer(), tmp_path)


# --- the shipped sample against the generator's ground truth ---------------------------------


def test_sample_data_totals_match_ground_truth(run, sample_dir, tmp_path):
    units = str(sample_dir / "zip_areas.gpkg")
    money = ["Annual Revenue", "Potential", "Sales last year"]
    result = aggregate(run, str(sample_dir / "accounts.csv"), units, tmp_path, SUM_FIELDS=money)
    expected = pd.read_csv(sample_dir / "expected" / "zip_totals.csv", dtype={"zip": str}).set_index("zip")
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    columns = ["zip", "account_count", *(f"sum_{name}" for name in money)]
    got = pd.DataFrame([[f[c] for c in columns] for f in layer.getFeatures()], columns=columns).set_index("zip")
    assert len(got) == len(expected)
    assert (got["account_count"] == expected.loc[got.index, "account_count"]).all()
    for column in columns[2:]:
        assert got[column].to_numpy() == pytest.approx(expected.loc[got.index, column].to_numpy(), rel=1e-9, abs=1e-6)

    summary = json.loads((sample_dir / "expected" / "summary.json").read_text())
    assert result["MATCHED_COUNT"] == summary["matched"]
    assert result["UNMATCHED_COUNT"] == summary["total_accounts"] - summary["matched"]
    reasons = pd.read_csv(result["UNMATCHED"], dtype=str, keep_default_na=False)["reason"].value_counts().to_dict()
    names = {"blank": "blank", "invalid_code": "invalid code", "no_unit": "no unit with this code"}
    assert reasons == {names[k]: v for k, v in summary["unmatched"].items() if v}


def test_sample_points_without_usable_code_land_in_the_area_that_contains_them(run, sample_dir, tmp_path):
    result = aggregate(
        run,
        str(sample_dir / "accounts_points.gpkg"),
        str(sample_dir / "zip_areas.gpkg"),
        tmp_path,
        SUM_FIELDS=[],
        UNMATCHED=str(tmp_path / "unmatched.gpkg"),
    )
    truth = pd.read_csv(sample_dir / "expected" / "points_truth.csv", dtype=str)
    expected = truth["zip"].value_counts()
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    got = {f["zip"]: f["account_count"] for f in layer.getFeatures() if f["account_count"]}
    assert got == expected.to_dict()
    assert result["UNMATCHED_COUNT"] == 0
