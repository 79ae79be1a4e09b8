"""territory:scoreworkload through real Processing runs, checked against hand counts and QgsDistanceArea."""

from __future__ import annotations

import csv
import json
import math
import re

import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from territory_plugin.compat import FieldType

PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20"]
SAMPLE_PLAN = [*PLAN, "D", "0", "0"]  # the sample's prospects (D) are not called
HOURS = {"A": 24 * 45 / 60, "B": 12 * 30 / 60, "C": 4 * 20 / 60, "D": 0.0}  # 18, 6, 1.333...
CALLS = {"A": 24, "B": 12, "C": 4, "D": 0}
ZIP = "Billing Zip/Postal Code"
# What the outputs show (core/rounding.py): a territory's hours to 0.1 h, an account's to 4
# decimals and its distance to 0.01 km. Checks against exact numbers allow half of that.
HOUR, ACCOUNT_HOUR, KM = 0.05 + 1e-9, 0.00005 + 1e-12, 0.005 + 1e-9

# 0.1-degree squares in Massachusetts, EPSG:4326. 02199 has no territory; 00501 has no accounts.
SQUARES = {
    "02134": ("North", (-71.2, 42.3)),
    "02135": ("North", (-71.1, 42.3)),
    "10001": ("South", (-71.2, 41.9)),
    "10002": ("South", (-70.6, 41.9)),
    "00501": ("Vacant", (-72.0, 42.5)),
    "02199": (None, (-71.0, 42.3)),
}
ROWS = [  # id, name, zip, segment, revenue
    ("001", "Café Société", "02134", "A", "100"),
    ("002", "Smith, Jones & Co.", " 2134 ", "B", "250.5"),
    ("003", "Müller GmbH", "02135-1234", "C", ""),
    ("004", "Acme", "10001", "A", "5"),
    ("005", "Beta", "10002", "A", "7"),
    ("006", "Gamma", "10002", "c", "9"),
    ("007", "No territory", "02199", "B", "11"),
    ("008", "Junk zip", "N/A", "A", "13"),
]
HOME_NORTH = (-71.05, 42.36)


def units_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zip:string&field=territory:string", "units", "memory")
    features = []
    for code, (territory, (x, y)) in SQUARES.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, territory])
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 0.1} {y},{x + 0.1} {y + 0.1},{x} {y + 0.1},{x} {y}))")
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def bases_layer(homes: dict) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=rep:string", "bases", "memory")
    for name, (x, y) in homes.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeature(feature)
    return layer


def write_csv(path, rows, header=("Account ID", "Account Name", ZIP, "Segment", "Annual Revenue")) -> str:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def score(run, tmp_path, accounts, name="score", feedback=None, **extra) -> dict:
    parameters = {
        "ACCOUNTS": accounts,
        "SEGMENT_FIELD": "Segment",
        "CALL_PLAN": PLAN,
        "ZIP_FIELD": ZIP,
        "UNITS": units_layer(),
        "UNIT_ZIP_FIELD": "zip",
        "UNIT_TERRITORY_FIELD": "territory",
        "ACCOUNTS_OUTPUT": str(tmp_path / f"{name}_accounts.gpkg"),
        "SCORECARD": str(tmp_path / f"{name}_scorecard.csv"),
    }
    parameters.update(extra)
    return run("scoreworkload", parameters, feedback=feedback)


def scorecard_of(result) -> pd.DataFrame:
    return pd.read_csv(result["SCORECARD"]).set_index("territory")


def accounts_of(result) -> pd.DataFrame:
    layer = QgsVectorLayer(result["ACCOUNTS_OUTPUT"], "accounts", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    rows = [
        [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]
        for f in layer.getFeatures()
    ]
    return pd.DataFrame(rows, columns=names).set_index("Account ID")


def ellipsoid() -> QgsDistanceArea:
    """The independent yardstick: QGIS's own ellipsoidal measure on WGS84."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    return measure


def centre_of(code: str) -> QgsPointXY:
    x, y = SQUARES[code][1]
    return QgsPointXY(x + 0.05, y + 0.05)


# --- a small case by hand -----------------------------------------------------------------------


def test_call_hours_and_counts_by_hand(run, tmp_path):
    result = score(run, tmp_path, write_csv(tmp_path / "a.csv", ROWS), SUM_FIELDS=["Annual Revenue"])
    card = scorecard_of(result)
    assert list(card.index) == ["North", "South", "Vacant"]
    assert card["accounts"].to_dict() == {"North": 3, "South": 3, "Vacant": 0}
    assert card["call_hours"].to_dict() == pytest.approx(
        {"North": 18 + 6 + 4 / 3, "South": 18 + 18 + 4 / 3, "Vacant": 0.0}, abs=HOUR
    )
    assert card["sum_Annual Revenue"].to_dict() == pytest.approx({"North": 350.5, "South": 21.0, "Vacant": 0.0})
    # the account in an area without a territory and the one with a junk zip are in none
    assert result["UNASSIGNED_COUNT"] == 2
    out = accounts_of(result)
    assert out.loc["007", "territory"] is None and out.loc["007", "call_hours"] == pytest.approx(6.0)
    assert pd.isna(out.loc["007", "travel_hours"]) and out.loc["008", "territory"] is None
    assert out.loc["001", "calls_per_year"] == 24 and out.loc["006", "minutes_per_call"] == 20


def test_scorecard_balance_columns_follow_design_definitions(run, tmp_path):
    result = score(run, tmp_path, write_csv(tmp_path / "a.csv", ROWS), CAPACITY_HOURS=100, ADMIN_PCT=10)
    card = scorecard_of(result)
    # the written numbers are rounded to 0.1 h: the identities hold to that
    total = (card["call_hours"] + card["travel_hours"]) * 1.1
    assert card["total_hours"].to_numpy() == pytest.approx(total.to_numpy(), abs=3 * HOUR)
    assert card["admin_hours"].to_numpy() == pytest.approx((total / 11).to_numpy(), abs=2 * HOUR)
    assert card["utilisation_pct"].to_numpy() == pytest.approx(card["total_hours"].to_numpy(), abs=HOUR)  # 100 h
    assert "utilisation" not in card.columns  # no bare ratio to misread as a percent
    total = card["total_hours"]
    mean = total.mean()
    assert card["index"].to_numpy() == pytest.approx((total / mean).to_numpy(), abs=2e-3)
    assert card["deviation_pct"].to_numpy() == pytest.approx(((total - mean) / mean * 100).to_numpy(), abs=0.2)
    assert card.loc["Vacant", "deviation_pct"] == pytest.approx(-100.0)  # no accounts, no hours
    assert result["MAX_DEVIATION"] == pytest.approx((total - mean).abs().max() / mean * 100, abs=0.2)
    assert result["CV"] == pytest.approx(total.std(ddof=0) / mean, rel=1e-3)


def square_km2(code: str) -> float:
    x, y = SQUARES[code][1]
    square = QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 0.1} {y},{x + 0.1} {y + 0.1},{x} {y + 0.1},{x} {y}))")
    return ellipsoid().measureArea(square) / 1e6


def test_travel_as_day_tours_from_home_and_from_centre_against_qgsdistancearea(run, tmp_path):
    result = score(
        run,
        tmp_path,
        write_csv(tmp_path / "a.csv", ROWS),
        BASES=bases_layer({"North": HOME_NORTH}),
        BASE_TERRITORY_FIELD="rep",
        SPEED_KMH=40,
        CIRCUITY=1.25,
        CALLS_PER_DAY=4,
    )
    out = accounts_of(result)
    measure = ellipsoid()
    home = QgsPointXY(*HOME_NORTH)
    # North's 3 called accounts lie in 02134 and 02135: the hop of a tour through 3 stops on their area
    hop = 0.7124 * (square_km2("02134") + square_km2("02135")) ** 0.5 / 3**0.5
    for account, code in (("001", "02134"), ("002", "02134"), ("003", "02135")):
        km = measure.measureLine(centre_of(code), home) / 1000
        assert out.loc[account, "distance_km"] == pytest.approx(km, abs=KM)
        calls = out.loc[account, "calls_per_year"]
        expected = calls * (2 * km / 4 + hop) * 1.25 / 40
        assert out.loc[account, "travel_hours"] == pytest.approx(expected, abs=ACCOUNT_HOUR)
    # South has no base: its centre weighted by call hours. 18 h at 10001, 18 + 1.33 h at 10002.
    apart = measure.measureLine(centre_of("10001"), centre_of("10002")) / 1000
    d1, d2 = out.loc["004", "distance_km"], out.loc["005", "distance_km"]
    assert out.loc["006", "distance_km"] == pytest.approx(d2)
    assert d1 + d2 == pytest.approx(apart, rel=1e-4)  # the centre lies between them...
    assert d1 / d2 == pytest.approx((18 + 4 / 3) / 18, rel=1e-3)  # ...nearer the heavier one
    card = scorecard_of(result)
    assert card.loc["North", "travel_hours"] == pytest.approx(
        out.loc[["001", "002", "003"], "travel_hours"].sum(), abs=HOUR
    )


@pytest.mark.parametrize(
    "parameter, value",
    [
        ("CALLS_PER_DAY", 0),
        ("CALLS_PER_DAY", -3),
        ("CALLS_PER_DAY", 51),
        ("CAPACITY_HOURS", 0),
        ("CAPACITY_HOURS", 9000),
        ("TARGET_UTILISATION", 0),
        ("TARGET_UTILISATION", -90),
    ],
)
def test_impossible_workload_settings_name_the_parameter(run, tmp_path, parameter, value):
    with pytest.raises(QgsProcessingException, match=rf"\({parameter}\) must be more than 0") as caught:
        score(run, tmp_path, write_csv(tmp_path / "a.csv", ROWS), **{parameter: value})
    assert f"It is {value:g}." in str(caught.value)
    assert not (tmp_path / "score_scorecard.csv").exists()  # nothing written


def test_reps_needed_and_the_build_up_by_segment(run, tmp_path):
    rows = ROWS + [("009", "Prospect", "02134", "D", "1")]
    result = score(
        run,
        tmp_path,
        write_csv(tmp_path / "a.csv", rows),
        CALL_PLAN=[*PLAN, "D", "0", "0"],
        CAPACITY_HOURS=20,
        TARGET_UTILISATION=80,
        BUILD_UP=str(tmp_path / "build_up.csv"),
    )
    card = scorecard_of(result)
    build_up = pd.read_csv(result["BUILD_UP"])
    assert build_up["segment"].tolist() == ["A", "B", "C", "D", "Travel", "Total"]
    # every account counts, the two in no territory too: A 001 004 005 008, B 002 007, C 003 006, D 009
    assert build_up["accounts"].tolist()[:4] == [4, 2, 2, 1] and build_up["accounts"].iloc[-1] == 9
    assert build_up["calls"].tolist()[:4] == [96, 24, 8, 0]
    call_hours = 4 * 18 + 2 * 6 + 2 * 4 / 3
    assert build_up["hours"].iloc[:4].sum() == pytest.approx(call_hours, abs=4 * HOUR)
    assert build_up["hours"].iloc[4] == pytest.approx(card["travel_hours"].sum(), abs=4 * HOUR)
    total = build_up["hours"].iloc[-1]
    assert total == pytest.approx(call_hours + card["travel_hours"].sum(), abs=4 * HOUR)
    assert result["REPS_NEEDED"] == math.ceil(total / (20 * 0.8))
    # the scorecard's day columns: calls / 6 a day
    assert card["calls"].to_dict() == {"North": 40, "South": 52, "Vacant": 0}
    assert card["field_days"].to_numpy() == pytest.approx(card["calls"].to_numpy() / 6, abs=HOUR)
    assert (card["calls_per_day"] == 6).all()
    assert card.loc["North", "flag"] == "over capacity"  # 28 h of calls alone on 20 h


def test_a_territory_with_calls_but_no_located_account_travels_0_and_says_so(run, tmp_path, log):
    units = units_layer()
    units.dataProvider().changeGeometryValues(
        {f.id(): QgsGeometry() for f in units.getFeatures() if f["territory"] == "South"}
    )
    accounts = write_csv(tmp_path / "a.csv", ROWS)
    result = score(run, tmp_path, accounts, UNITS=units, feedback=log)
    card = scorecard_of(result).fillna({"flag": ""})
    assert card.loc["South", "travel_hours"] == 0 and card.loc["South", "call_hours"] > 0
    assert card.loc["South", "flag"] == "no located account: travel 0"
    assert card.loc["North", "travel_hours"] > 0 and card.loc["North", "flag"] == ""
    assert "Travel 0 for 1 territories with calls but no located account: South." in log.text


def test_unknown_segments_are_named(run, tmp_path):
    rows = ROWS + [("009", "Delta", "02134", "D", "1"), ("010", "Blank", "02134", "", "1")]
    with pytest.raises(QgsProcessingException, match=r"D.*\(blank\)|\(blank\).*D") as caught:
        score(run, tmp_path, write_csv(tmp_path / "a.csv", rows))
    assert "A, B, C" in str(caught.value)
    # a default row takes them in
    result = score(
        run, tmp_path, write_csv(tmp_path / "b.csv", rows), name="default", CALL_PLAN=PLAN + ["*", "2", "30"]
    )
    assert scorecard_of(result).loc["North", "call_hours"] == pytest.approx(18 + 6 + 4 / 3 + 1 + 1, abs=HOUR)


def test_per_account_calls_and_minutes_fields(run, tmp_path):
    header = ("Account ID", "Account Name", ZIP, "calls", "minutes")
    rows = [("1", "a", "02134", "10", "30"), ("2", "b", "10001", " 3 ", "60"), ("3", "c", "10001", "", "60")]
    result = score(
        run,
        tmp_path,
        write_csv(tmp_path / "a.csv", rows, header),
        CALL_PLAN=None,
        SEGMENT_FIELD=None,
        CALLS_FIELD="calls",
        MINUTES_FIELD="minutes",
    )
    assert scorecard_of(result)["call_hours"].to_dict() == {"North": 5.0, "South": 3.0, "Vacant": 0.0}


def test_territory_field_on_the_accounts_and_point_accounts(run, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=id:string&field=owner:string&field=Segment:string", "p", "memory")
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_layer = QgsCoordinateTransform(wgs84, layer.crs(), QgsProject.instance())
    spots = {"p1": ("Ann", "A", (-71.0, 42.0)), "p2": ("Ann", "B", (-70.0, 43.0)), "p3": ("Bob", "C", None)}
    for pid, (owner, segment, lonlat) in spots.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([pid, owner, segment])
        if lonlat:
            feature.setGeometry(QgsGeometry.fromPointXY(to_layer.transform(QgsPointXY(*lonlat))))
        layer.dataProvider().addFeature(feature)
    result = run(
        "scoreworkload",
        {
            "ACCOUNTS": layer,
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "TERRITORY_FIELD": "owner",
            "BASES": bases_layer({"Ann": (-71.0, 43.0), "Bob": (-72.0, 42.0)}),
            "BASE_TERRITORY_FIELD": "rep",
            "ACCOUNTS_OUTPUT": str(tmp_path / "points.gpkg"),
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )
    assert result["UNLOCATED_COUNT"] == 1
    out = QgsVectorLayer(result["ACCOUNTS_OUTPUT"], "o", "ogr")
    got = {f["id"]: f["distance_km"] for f in out.getFeatures()}
    measure = ellipsoid()
    assert got["p1"] == pytest.approx(measure.measureLine(QgsPointXY(-71, 42), QgsPointXY(-71, 43)) / 1000, abs=KM)
    assert got["p2"] == pytest.approx(measure.measureLine(QgsPointXY(-70, 43), QgsPointXY(-71, 43)) / 1000, abs=KM)
    assert got["p3"] is None or (hasattr(got["p3"], "isNull") and got["p3"].isNull())
    assert out.featureCount() == 3 and out.wkbType() == layer.wkbType()
    assert layer.fields().names() == ["id", "owner", "Segment"]  # input untouched


# --- bad input -----------------------------------------------------------------------------------


def test_no_way_to_place_accounts_in_territories(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="which territory"):
        score(run, tmp_path, write_csv(tmp_path / "a.csv", ROWS), UNIT_TERRITORY_FIELD=None)


def test_an_empty_territory_field_is_an_error(run, tmp_path):
    rows = [(i, name, code, segment, "") for i, name, code, segment, _ in ROWS]
    header = ("Account ID", "Account Name", ZIP, "Segment", "Owner")
    with pytest.raises(QgsProcessingException, match="No territory found"):
        score(run, tmp_path, write_csv(tmp_path / "a.csv", rows, header), TERRITORY_FIELD="Owner")


def test_bases_that_name_no_territory(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="No home base names a territory"):
        score(
            run,
            tmp_path,
            write_csv(tmp_path / "a.csv", ROWS),
            BASES=bases_layer({"R01": HOME_NORTH}),
            BASE_TERRITORY_FIELD="rep",
        )


def test_a_rep_with_a_base_and_no_accounts_is_a_territory(run, tmp_path):
    result = score(
        run,
        tmp_path,
        write_csv(tmp_path / "a.csv", ROWS),
        BASES=bases_layer({"North": HOME_NORTH, "New rep": HOME_NORTH}),
        BASE_TERRITORY_FIELD="rep",
    )
    card = scorecard_of(result)
    assert card.loc["New rep", "accounts"] == 0 and card.loc["New rep", "total_hours"] == 0


# --- the shipped sample --------------------------------------------------------------------------


def hand_hours(frame: pd.DataFrame, by: str) -> pd.Series:
    """Call hours per group, counted by hand from the segments."""
    counts = frame.groupby([by, "Segment"]).size().unstack(fill_value=0)
    return sum(counts[segment] * hours for segment, hours in HOURS.items())


def test_sample_call_hours_per_account_owner_by_hand(run, sample_dir, tmp_path):
    result = run(
        "scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": SAMPLE_PLAN,
            "TERRITORY_FIELD": "Account Owner",
            "ZIP_FIELD": ZIP,
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "BASES": str(sample_dir / "rep_bases.gpkg"),
            "BASE_TERRITORY_FIELD": "rep_name",
            "SUM_FIELDS": ["Potential"],
            "ACCOUNTS_OUTPUT": str(tmp_path / "accounts.gpkg"),
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )
    accounts = pd.read_csv(sample_dir / "accounts.csv", dtype=str, keep_default_na=False)
    card = scorecard_of(result)
    expected = hand_hours(accounts, "Account Owner")
    assert len(card) == 12
    assert card["call_hours"].to_numpy() == pytest.approx(expected[card.index].to_numpy(), abs=HOUR)
    assert card["accounts"].to_dict() == accounts["Account Owner"].value_counts().to_dict()
    potential = pd.to_numeric(accounts["Potential"].replace("", "0")).groupby(accounts["Account Owner"]).sum()
    assert card["sum_Potential"].to_numpy() == pytest.approx(potential[card.index].to_numpy())
    # Accounts whose zip matches no area have no location, hence no travel; the ground truth counts them.
    summary = json.loads((sample_dir / "expected" / "summary.json").read_text())
    assert result["UNLOCATED_COUNT"] == summary["total_accounts"] - summary["matched"]
    assert result["UNASSIGNED_COUNT"] == 0


def plain_zip(text: str) -> str:
    """A deliberately simple US zip reading for the test: the oracle, not the plugin's code."""
    text = text.strip()
    if text.endswith(".0"):
        text = text[:-2]
    head = text.split("-")[0] if "-" in text and len(text.split("-")[-1]) == 4 else text
    if not head.isdigit():
        return ""
    if len(head) in (7, 8, 9) and head == text:
        return head.zfill(9)[:5]
    return head.zfill(5) if 3 <= len(head) <= 5 else ""


def test_sample_call_hours_per_state_through_zip_codes_by_hand(run, sample_dir, state_units, tmp_path):
    result = run(
        "scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": SAMPLE_PLAN,
            "ZIP_FIELD": ZIP,
            "UNITS": state_units,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "ACCOUNTS_OUTPUT": None,
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )
    accounts = pd.read_csv(sample_dir / "accounts.csv", dtype=str, keep_default_na=False)
    state_of = {f["zip"]: f"Rep {f['state']}" for f in state_units.getFeatures()}
    accounts["zip"] = accounts[ZIP].map(plain_zip)
    accounts["state"] = accounts["zip"].map(state_of)
    located = accounts.dropna(subset=["state"])
    truth = pd.read_csv(sample_dir / "expected" / "zip_totals.csv", dtype={"zip": str}).set_index("zip")
    counts = located["zip"].value_counts()
    assert (counts == truth.loc[counts.index, "account_count"]).all()  # the oracle reads the zips right
    assert len(located) == truth["account_count"].sum()
    card = scorecard_of(result)
    expected = hand_hours(located, "state")
    assert card["call_hours"].to_numpy() == pytest.approx(expected[card.index].to_numpy(), abs=HOUR)
    assert card["accounts"].to_dict() == located["state"].value_counts().to_dict()
    assert result["UNASSIGNED_COUNT"] == len(accounts) - len(located)


def test_sample_point_accounts_travel_to_their_owners_home(run, sample_dir, tmp_path):
    result = run(
        "scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts_points.gpkg"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": SAMPLE_PLAN,
            "TERRITORY_FIELD": "Account Owner",
            "BASES": str(sample_dir / "rep_bases.gpkg"),
            "BASE_TERRITORY_FIELD": "rep_name",
            "ACCOUNTS_OUTPUT": str(tmp_path / "accounts.gpkg"),
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )
    bases = QgsVectorLayer(str(sample_dir / "rep_bases.gpkg"), "bases", "ogr")
    home = {f["rep_name"]: f.geometry().asPoint() for f in bases.getFeatures()}
    measure = ellipsoid()
    out = QgsVectorLayer(result["ACCOUNTS_OUTPUT"], "o", "ogr")
    assert out.crs().authid() == "EPSG:4326"
    # no zip areas: a tour spreads over the convex hull of the owner's called accounts
    called: dict[str, list] = {}
    for feature in out.getFeatures():
        if CALLS[feature["Segment"]]:
            called.setdefault(feature["Account Owner"], []).append(QgsGeometry(feature.geometry()))
    hop = {}
    for owner, points in called.items():
        hull = QgsGeometry.collectGeometry(points).convexHull()
        hop[owner] = 0.7124 * (measure.measureArea(hull) / 1e6 / len(points)) ** 0.5
    travel = {}
    for feature in out.getFeatures():
        owner = feature["Account Owner"]
        km = measure.measureLine(feature.geometry().asPoint(), home[owner]) / 1000
        assert feature["distance_km"] == pytest.approx(km, abs=KM)
        hours = CALLS[feature["Segment"]] * (2 * km / 6 + hop.get(owner, 0.0)) * 1.3 / 50
        travel[owner] = travel.get(owner, 0.0) + hours
    card = scorecard_of(result)
    assert card["travel_hours"].to_dict() == pytest.approx(travel, rel=0.01)
    assert out.featureCount() == 2000 and result["UNLOCATED_COUNT"] == 0


def test_unit_level_gives_the_same_scorecard_as_the_accounts(run, sample_dir, state_units, tmp_path):
    common = {
        "UNITS": state_units,
        "UNIT_ZIP_FIELD": "zip",
        "UNIT_TERRITORY_FIELD": "territory",
        "BASES": bases_layer({"Rep MA": (-71.06, 42.36), "Rep ME": (-70.26, 43.66)}),  # others: weighted centre
        "BASE_TERRITORY_FIELD": "rep",
        "CAPACITY_HOURS": 1600,
        "ADMIN_PCT": 5,
    }
    by_account = run(
        "scoreworkload",
        {
            **common,
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": SAMPLE_PLAN,
            "ZIP_FIELD": ZIP,
            "SUM_FIELDS": ["Potential"],
            "ACCOUNTS_OUTPUT": str(tmp_path / "accounts.gpkg"),
            "SCORECARD": str(tmp_path / "by_account.csv"),
        },
    )
    summary = json.loads((sample_dir / "expected" / "summary.json").read_text())
    assert by_account["UNASSIGNED_COUNT"] == summary["total_accounts"] - summary["matched"]
    rolled = run(
        "aggregatezipcodes",
        {
            "ACCOUNTS": by_account["ACCOUNTS_OUTPUT"],
            "ZIP_FIELD": ZIP,
            "UNITS": state_units,
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["calls_per_year", "call_hours", "called", "Potential"],
            "OUTPUT": str(tmp_path / "units.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )
    by_unit = run(
        "scoreworkloadareas",
        {
            **common,
            "UNITS": rolled["OUTPUT"],
            "UNIT_WORKLOAD_FIELD": "sum_call_hours",
            "UNIT_CALLS_FIELD": "sum_calls_per_year",
            "UNIT_COUNT_FIELD": "account_count",
            "UNIT_CALLED_FIELD": "sum_called",
            "UNIT_SUM_FIELDS": ["sum_Potential"],
            "SCORECARD": str(tmp_path / "by_unit.csv"),
        },
    )
    first, second = scorecard_of(by_account), scorecard_of(by_unit)
    assert list(first.columns) == list(second.columns) and list(first.index) == list(second.index)
    assert len(first) == 6 and (first["travel_hours"] > 0).all()
    for column in first.columns.drop("flag"):
        assert second[column].to_numpy() == pytest.approx(first[column].to_numpy(), rel=1e-4, abs=HOUR), column
    assert second["flag"].fillna("").tolist() == first["flag"].fillna("").tolist()
    assert by_unit["MAX_DEVIATION"] == pytest.approx(by_account["MAX_DEVIATION"])
    assert by_unit["CV"] == pytest.approx(by_account["CV"])


def test_csv_output_has_the_same_rows_as_a_geopackage_output(run, tmp_path):
    accounts = write_csv(tmp_path / "a.csv", ROWS)
    bases = {"BASES": bases_layer({"North": HOME_NORTH}), "BASE_TERRITORY_FIELD": "rep"}
    as_gpkg = accounts_of(score(run, tmp_path, accounts, name="g", **bases)).drop(columns="fid")
    as_csv = accounts_of(score(run, tmp_path, accounts, name="c", ACCOUNTS_OUTPUT=str(tmp_path / "c.csv"), **bases))
    assert list(as_csv.columns) == list(as_gpkg.columns)
    for column in ("calls_per_year", "minutes_per_call", "call_hours", "distance_km", "travel_hours"):
        assert pd.to_numeric(as_csv[column]).to_numpy() == pytest.approx(as_gpkg[column].to_numpy(), nan_ok=True)
    assert as_csv["territory"].fillna("").tolist() == as_gpkg["territory"].fillna("").tolist()
    assert as_csv["Account Name"].tolist() == as_gpkg["Account Name"].tolist()


def test_csv_output_keeps_quoted_multiline_records_and_can_be_scored_again(run, tmp_path):
    path = tmp_path / "crlf.csv"
    text = (
        "Account ID,Account Name,Billing Street,Billing Zip/Postal Code,Segment\r\n"
        '001,"Smith, ""Jones""",  "1 Main St\r\nSuite 2",02134,A\r\n'
        "002,Plain,2 Elm St,10001,B\r\n"
        '003,"Multi\nline",,N/A,C'
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("  ", "").encode("utf-8"))
    first = score(run, tmp_path, str(path), name="first", ACCOUNTS_OUTPUT=str(tmp_path / "first.csv"))
    out = pd.read_csv(first["ACCOUNTS_OUTPUT"], dtype=str, keep_default_na=False)
    assert out["Account Name"].tolist() == ['Smith, "Jones"', "Plain", "Multi\nline"]
    assert out["Billing Street"].tolist() == ["1 Main St\r\nSuite 2", "2 Elm St", ""]
    assert out["territory"].tolist() == ["North", "South", ""]
    assert pd.to_numeric(out["call_hours"]).tolist() == [18.0, 6.0, pytest.approx(4 / 3, abs=ACCOUNT_HOUR)]
    # scoring the scored file again replaces the numbers instead of adding a second set
    again = score(run, tmp_path, first["ACCOUNTS_OUTPUT"], name="again", ACCOUNTS_OUTPUT=str(tmp_path / "again.csv"))
    second = pd.read_csv(again["ACCOUNTS_OUTPUT"], dtype=str, keep_default_na=False)
    assert list(second.columns) == list(out.columns)
    assert second["call_hours"].tolist() == out["call_hours"].tolist()


@pytest.mark.slow
def test_headless_run_with_the_call_plan_on_the_command_line(plugin, run, sample_dir, tmp_path):
    """qgis_process hands CALL_PLAN=A,24,45,... over as text: the same scorecard as in QGIS."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    staged = Path(__file__).resolve().parents[2] / "build"
    if not (staged / "territory_plugin" / "processing" / "score_workload.py").exists():
        pytest.fail("the staged plugin is missing: run the tests with `make test`, which builds it")
    env = dict(os.environ, HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(staged))
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    binary = shutil.which("qgis_process.bin") or "qgis_process"
    subprocess.run([binary, "plugins", "enable", "territory_plugin"], env=env, capture_output=True, timeout=300)
    parameters = {
        "ACCOUNTS": str(sample_dir / "accounts.csv"),
        "SEGMENT_FIELD": "Segment",
        "TERRITORY_FIELD": "Account Owner",
        "ZIP_FIELD": ZIP,
        "UNITS": str(sample_dir / "zip_areas.gpkg"),
        "UNIT_ZIP_FIELD": "zip",
        "BASES": str(sample_dir / "rep_bases.gpkg"),
        "BASE_TERRITORY_FIELD": "rep_name",
    }
    arguments = [f"{key}={value}" for key, value in parameters.items()]
    done = subprocess.run(
        [binary, "run", "territory:scoreworkload", "--json", "--", *arguments, f"CALL_PLAN={','.join(SAMPLE_PLAN)}",
         f"SCORECARD={tmp_path / 'headless.csv'}", f"ACCOUNTS_OUTPUT={tmp_path / 'headless_accounts.csv'}"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(done.stdout)["results"]
    inside = run("scoreworkload", {**parameters, "CALL_PLAN": SAMPLE_PLAN, "ACCOUNTS_OUTPUT": None,
                                   "SCORECARD": str(tmp_path / "inside.csv")})  # fmt: skip
    headless, expected = scorecard_of(results), scorecard_of(inside)
    assert list(headless.index) == list(expected.index)
    for column in expected.columns.drop("flag"):
        assert headless[column].to_numpy() == pytest.approx(expected[column].to_numpy(), rel=1e-9), column
    assert results["MAX_DEVIATION"] == pytest.approx(inside["MAX_DEVIATION"])


def test_sample_point_accounts_without_usable_zip_are_placed_by_location(run, sample_dir, state_units, tmp_path):
    parameters = {
        "ACCOUNTS": str(sample_dir / "accounts_points.gpkg"),
        "SEGMENT_FIELD": "Segment",
        "CALL_PLAN": SAMPLE_PLAN,
        "ZIP_FIELD": ZIP,
        "UNITS": state_units,
        "UNIT_ZIP_FIELD": "zip",
        "UNIT_TERRITORY_FIELD": "territory",
        "ACCOUNTS_OUTPUT": None,
    }
    placed = run("scoreworkload", {**parameters, "SCORECARD": str(tmp_path / "placed.csv")})
    by_code_only = run(
        "scoreworkload", {**parameters, "SPATIAL_FALLBACK": False, "SCORECARD": str(tmp_path / "code.csv")}
    )
    truth = pd.read_csv(sample_dir / "expected" / "points_truth.csv", dtype=str)
    layer = QgsVectorLayer(str(sample_dir / "accounts_points.gpkg"), "points", "ogr")
    segment = {f["Account ID"]: f["Segment"] for f in layer.getFeatures()}
    state_of = {f["zip"]: f"Rep {f['state']}" for f in state_units.getFeatures()}
    truth["state"] = truth["zip"].map(state_of)
    truth["Segment"] = truth["Account ID"].map(segment)
    expected = hand_hours(truth, "state")
    card = scorecard_of(placed)
    assert placed["UNASSIGNED_COUNT"] == 0
    assert card["call_hours"].to_numpy() == pytest.approx(expected[card.index].to_numpy(), abs=HOUR)
    assert by_code_only["UNASSIGNED_COUNT"] == 200  # the points with a blank or junk zip


def test_csv_outputs_open_in_qgis_with_numbers_as_numbers(run, tmp_path):
    accounts = write_csv(tmp_path / "a.csv", ROWS)
    result = score(
        run,
        tmp_path,
        accounts,
        ACCOUNTS_OUTPUT=str(tmp_path / "scored.csv"),
        BUILD_UP=str(tmp_path / "build_up.csv"),
        SUM_FIELDS=["Annual Revenue"],
    )
    for key in ("SCORECARD", "ACCOUNTS_OUTPUT", "BUILD_UP"):
        layer = QgsVectorLayer(result[key], key, "ogr")  # as QGIS opens a CSV file dropped on the map
        assert layer.isValid()
        kinds = {field.name(): field.type() for field in layer.fields()}
        text = open(result[key], encoding="utf-8").read()
        if key == "SCORECARD":
            assert kinds["territory"] == FieldType.STRING and kinds["flag"] == FieldType.STRING
            assert kinds["accounts"] == FieldType.INT
            for name in ("calls", "field_days", "call_hours", "total_hours", "utilisation_pct", "sum_Annual Revenue"):
                assert kinds[name] == FieldType.DOUBLE, name
            hours = [f["total_hours"] for f in layer.getFeatures()]
            assert all(round(h * 10) == pytest.approx(h * 10, abs=1e-9) for h in hours)  # 0.1 h
            assert sorted(hours) == sorted(scorecard_of(result)["total_hours"].tolist())
        elif key == "ACCOUNTS_OUTPUT":
            assert kinds[ZIP] == FieldType.STRING  # codes stay text: 02134 keeps its zero
            assert kinds["call_hours"] == FieldType.DOUBLE and kinds["called"] == FieldType.INT
            assert {f[ZIP] for f in layer.getFeatures()} >= {"02134", " 2134 "}
        else:
            assert kinds["hours"] == FieldType.DOUBLE and kinds["segment"] == FieldType.STRING
        assert not re.search(r'"[-+]?[0-9][0-9.]*"', text), key  # no number written in quotes
