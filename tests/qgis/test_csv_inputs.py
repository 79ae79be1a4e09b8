"""CSV files as Excel and CRM systems write them, through real Processing runs (issue 11)."""

from __future__ import annotations

import codecs

import pandas as pd
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

SQUARES = {"02134": "POLYGON((0 0,1 0,1 1,0 1,0 0))", "02135": "POLYGON((1 0,2 0,2 1,1 1,1 0))"}
ROWS = [  # id, owner, zip, potential, segment
    ("001", "Sarah Lévesque", "02134", "100", "A"),
    ("002", "Zoë Müller", "02134", "250", "B"),
    ("003", "Sarah Lévesque", "02135", "1000", "A"),
    ("004", "Café Société", "N/A", "7", "A"),
]


def units_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zip:string&field=territory:string", "units", "memory")
    for code, wkt in SQUARES.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, "North" if code == "02134" else "South"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeature(feature)
    return layer


def write(path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> str:
    path.write_bytes(bom + text.encode(encoding))
    return str(path)


def table(rows=ROWS, header="id,owner,zip,Potential,Segment", sep=",", end="\n") -> str:
    return end.join([header.replace(",", sep), *(sep.join(row) for row in rows)]) + end


def aggregate(run, tmp_path, accounts, log=None, sum_field="Potential", name="agg") -> dict:
    parameters = {
        "ACCOUNTS": accounts,
        "ZIP_FIELD": "zip",
        "UNITS": units_layer(),
        "UNIT_ZIP_FIELD": "zip",
        "SUM_FIELDS": [sum_field],
        "OUTPUT": str(tmp_path / f"{name}.gpkg"),
        "UNMATCHED": str(tmp_path / f"{name}_unmatched.csv"),
    }
    return run("aggregatezipcodes", parameters, **({"feedback": log} if log else {}))


def totals(result, field="sum_Potential") -> dict:
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    return {f["zip"]: (f["account_count"], f[field]) for f in layer.getFeatures()}


EXPECTED = {"02134": (2, 350.0), "02135": (1, 1000.0)}


def score(run, tmp_path, accounts, name="score", **extra) -> dict:
    """Score workload of ``accounts`` with the A/B call plan, into CSV files named after ``name``."""
    parameters = {
        "ACCOUNTS": accounts,
        "SEGMENT_FIELD": "Segment",
        "CALL_PLAN": ["A", "24", "45", "B", "12", "30"],
        "SCORECARD": str(tmp_path / f"{name}_scorecard.csv"),
        "ACCOUNTS_OUTPUT": str(tmp_path / f"{name}_scored.csv"),
        **extra,
    }
    return run("scoreworkload", parameters)


def scorecard(result) -> pd.DataFrame:
    return pd.read_csv(result["SCORECARD"], dtype={"territory": str}).set_index("territory")


def test_windows_1252_keeps_accents_and_the_log_says_what_was_assumed(run, tmp_path, log):
    accounts = write(tmp_path / "excel.csv", table(sep=";", end="\r\n"), "cp1252")
    result = aggregate(run, tmp_path, accounts, log)
    assert totals(result) == EXPECTED
    unmatched = pd.read_csv(result["UNMATCHED"], dtype=str)
    assert unmatched["owner"].tolist() == ["Café Société"]
    assert any("Windows-1252" in w and "excel.csv" in w and "CSV UTF-8" in w for w in log.warnings)


def test_windows_1252_owners_are_whole_territories_in_the_scorecard(run, tmp_path):
    accounts = write(tmp_path / "owners.csv", table(), "cp1252")
    result = score(run, tmp_path, accounts, TERRITORY_FIELD="owner")
    card = scorecard(result)
    assert sorted(card.index) == ["Café Société", "Sarah Lévesque", "Zoë Müller"]
    assert card.loc["Sarah Lévesque", "accounts"] == 2
    scored = pd.read_csv(result["ACCOUNTS_OUTPUT"], dtype=str, encoding="utf-8")
    assert scored["owner"].tolist() == [row[1] for row in ROWS]


def test_utf16_files_are_read_not_reported_missing(run, tmp_path):
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        accounts = write(tmp_path / f"{codec}.csv", table(sep="\t", end="\r\n"), codec, bom)
        assert totals(aggregate(run, tmp_path, accounts, name=codec)) == EXPECTED


def test_a_utf16_accounts_file_gives_the_same_scorecard_as_utf8(run, tmp_path):
    utf8 = write(tmp_path / "utf8.csv", table(), "utf-8")
    expected = scorecard(score(run, tmp_path, utf8, "utf8", TERRITORY_FIELD="owner"))
    assert sorted(expected.index) == ["Café Société", "Sarah Lévesque", "Zoë Müller"]
    utf16 = write(tmp_path / "utf16.csv", table(sep="\t", end="\r\n"), "utf-16-le", codecs.BOM_UTF16_LE)
    pd.testing.assert_frame_equal(scorecard(score(run, tmp_path, utf16, "utf16", TERRITORY_FIELD="owner")), expected)


def test_carriage_returns_alone_end_lines(run, tmp_path):
    accounts = write(tmp_path / "mac.csv", table(end="\r"))
    assert totals(aggregate(run, tmp_path, accounts)) == EXPECTED


def test_a_repeated_column_name_reads_both_columns_and_the_log_names_them(run, tmp_path, log):
    rows = [(*row[:4], str(10 * int(row[3])), row[4]) for row in ROWS]
    accounts = write(tmp_path / "dup.csv", table(rows, header="id,owner,zip,Potential,Potential,Segment"))
    assert totals(aggregate(run, tmp_path, accounts, name="first")) == EXPECTED
    second = aggregate(run, tmp_path, accounts, log, sum_field="Potential_1", name="second")
    assert totals(second, "sum_Potential_1") == {"02134": (2, 3500.0), "02135": (1, 10000.0)}
    assert any("'Potential' -> 'Potential_1'" in w for w in log.warnings)


def test_rows_missing_trailing_empty_fields_stay_aligned_in_a_csv_to_csv_run(run, tmp_path):
    # Excel drops trailing empty fields: rows 2 and 4 end early; the new columns must still line up
    text = "id,zip,Segment,note,extra\n1,02134,A,x,y\n2,02134,B\n3,02135,A,,z\n4,02135,A\n"
    accounts = write(tmp_path / "ragged.csv", text)
    result = score(
        run,
        tmp_path,
        accounts,
        ZIP_FIELD="zip",
        UNITS=units_layer(),
        UNIT_ZIP_FIELD="zip",
        UNIT_TERRITORY_FIELD="territory",
    )
    scored = pd.read_csv(result["ACCOUNTS_OUTPUT"], dtype=str, keep_default_na=False)
    assert scored["territory"].tolist() == ["North", "North", "South", "South"]
    assert pd.to_numeric(scored["call_hours"]).tolist() == [18.0, 6.0, 18.0, 18.0]
    assert scored["note"].tolist() == ["x", "", "", ""]
    assert scored["extra"].tolist() == ["y", "", "z", ""]
