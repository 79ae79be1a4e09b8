"""Hostile input gets a sentence that says what to fix, never a traceback (issue 11), in real runs."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from tests.qgis.test_outputs import PLAN, accounts_csv, grid_layer


def layer_with(fields: list[str], rows: list[tuple[list, str]], geometry: str = "Polygon") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:3857&" + "&".join(f"field={f}" for f in fields), "x", "memory")
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeature(feature)
    return layer


def square(i: int) -> str:
    x = i * 100
    return f"POLYGON(({x} 0,{x + 100} 0,{x + 100} 100,{x} 100,{x} 0))"


def no_traceback(error: pytest.ExceptionInfo) -> str:
    text = str(error.value)
    assert "Traceback" not in text and "Error:" not in text.split("\n")[0], text
    return text


@pytest.fixture
def scenario(run, tmp_path):
    """What every case needs: the 4 x 4 grid, accounts on it, and runners with everything else set."""

    class Scenario:
        grid = grid_layer()
        accounts = accounts_csv(tmp_path / "a.csv")
        towns = layer_with(["zip:string", "name:string"], [([f"{10000 + i}", f"Town{i}"], square(i)) for i in range(4)])
        empty = layer_with(["zip:string"], [])

        def aggregate(self, **extra):
            parameters = {"ACCOUNTS": self.accounts, "ZIP_FIELD": "zip", "UNITS": self.grid, "UNIT_ZIP_FIELD": "zip"}
            return run("aggregatezipcodes", {**parameters, "OUTPUT": str(tmp_path / "o.gpkg"), **extra})

        def score(self, feedback=None, **extra):
            parameters = {
                "ACCOUNTS": self.accounts,
                "SEGMENT_FIELD": "Segment",
                "CALL_PLAN": PLAN,
                "ZIP_FIELD": "zip",
                "UNITS": self.grid,
                "UNIT_ZIP_FIELD": "zip",
                "UNIT_TERRITORY_FIELD": "zip",
                "SCORECARD": str(tmp_path / "card.csv"),
            }
            return run("scoreworkload", {**parameters, **extra}, **({"feedback": feedback} if feedback else {}))

        def design(self, **extra):
            parameters = {"INPUT": self.grid, "BALANCE_FIELDS": ["workload"], "TERRITORIES": 2, "TOLERANCE": 50}
            return run("designterritories", {**parameters, "OUTPUT": str(tmp_path / "units.gpkg"), **extra})

    return Scenario()


@pytest.mark.parametrize("algorithm", ["aggregate", "score"])
def test_an_empty_units_layer_is_named(scenario, algorithm):
    with pytest.raises(QgsProcessingException, match="zip code areas layer has no features") as error:
        getattr(scenario, algorithm)(UNITS=scenario.empty)
    no_traceback(error)


@pytest.mark.parametrize("algorithm", ["aggregate", "score"])
def test_a_unit_code_field_of_town_names_says_to_choose_the_code_field(scenario, algorithm):
    with pytest.raises(QgsProcessingException, match="no usable code|has a usable code in 'name'") as error:
        getattr(scenario, algorithm)(UNITS=scenario.towns, UNIT_ZIP_FIELD="name")
    assert "'Town0'" in no_traceback(error) and "As is" in str(error.value)


def test_a_text_balance_field_names_the_unit_and_the_value(run, tmp_path):
    units = layer_with(["zip:string", "w:string"], [([f"Z{i}", "n/a" if i == 2 else "3"], square(i)) for i in range(6)])
    with pytest.raises(QgsProcessingException, match="'w' must hold numbers.*Z2.*'n/a'") as error:
        run(
            "designterritories",
            {"INPUT": units, "BALANCE_FIELDS": ["w"], "TERRITORIES": 2, "TOLERANCE": 50, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    no_traceback(error)


def test_report_change_fields_on_text_name_the_territory(scenario, run, tmp_path):
    rows = [([f"{10000 + i}", "A" if i < 2 else "B", "n/a"], square(i)) for i in range(4)]
    units = layer_with(["zip:string", "terr:string", "note:string"], rows)
    card = scenario.score()["SCORECARD"]
    parameters = {"INPUT": units, "TERRITORY_FIELD": "terr", "SCORECARD": card, "EXISTING_FIELD": "terr"}
    with pytest.raises(QgsProcessingException, match="'note' must hold numbers.*terr A.*'n/a'") as error:
        run("report", {**parameters, "CHANGE_FIELDS": ["note"], "OUTPUT": str(tmp_path / "r.html")})
    no_traceback(error)
    assert not (tmp_path / "r.html").exists()


def test_negative_calls_through_the_calls_field_are_named(scenario, tmp_path):
    (tmp_path / "n.csv").write_text("id,zip,calls,minutes\nX1,10000,4,30\nX2,10001,-5,30\n")
    with pytest.raises(QgsProcessingException, match="'calls' cannot be negative.*X2 has -5") as error:
        scenario.score(ACCOUNTS=str(tmp_path / "n.csv"), SEGMENT_FIELD=None, CALL_PLAN=None, CALLS_FIELD="calls",
                       MINUTES_FIELD="minutes")  # fmt: skip
    no_traceback(error)


@pytest.mark.parametrize(
    "algorithm, name, value, sentence",
    [
        ("design", "TOLERANCE", 0, r"\(TOLERANCE\) must be from 0.01 to 100; it is 0"),
        ("score", "SPEED_KMH", 0, r"\(SPEED_KMH\) must be at least 1; it is 0"),
        ("score", "ADMIN_PCT", -5, r"\(ADMIN_PCT\) must be at least 0; it is -5"),
        ("score", "CAPACITY_HOURS", 0, r"CAPACITY_HOURS"),
        ("design", "TERRITORIES", "many", r"\(TERRITORIES\) must be a number; it is 'many'"),
    ],
)
def test_numbers_out_of_range_name_their_parameter_and_range(scenario, algorithm, name, value, sentence):
    with pytest.raises(QgsProcessingException, match=sentence) as error:
        getattr(scenario, algorithm)(**{name: value})
    assert "Incorrect parameter value" not in no_traceback(error)


def test_territory_field_equal_to_a_balance_field_is_refused(scenario):
    with pytest.raises(QgsProcessingException, match="'workload' is also a field the design reads"):
        scenario.design(TERRITORY_FIELD="workload")


def test_territory_field_equal_to_another_input_field_is_refused(scenario):
    with pytest.raises(QgsProcessingException, match="'zip' is already a field of the units"):
        scenario.design(TERRITORY_FIELD="zip")


def test_designing_again_over_an_earlier_design_replaces_its_territories(scenario, run, tmp_path):
    first = scenario.design()["OUTPUT"]
    again = run(
        "designterritories",
        {"INPUT": first, "BALANCE_FIELDS": ["workload"], "TERRITORIES": 3, "TOLERANCE": 50,
         "OUTPUT": str(tmp_path / "again.gpkg")},
    )  # fmt: skip
    layer = QgsVectorLayer(again["OUTPUT"], "again", "ogr")
    assert layer.fields().names().count("territory") == 1
    assert len({f["territory"] for f in layer.getFeatures()}) == 3
    assert sorted(f["zip"] for f in layer.getFeatures()) == sorted(f["zip"] for f in scenario.grid.getFeatures())


def test_an_accounts_column_named_reason_does_not_hide_the_unmatched_reason(scenario, tmp_path, run, log):
    (tmp_path / "r.csv").write_text("id,zip,reason\n1,99999,customer asked\n2,,moved\n3,10000,x\n")
    result = run(
        "aggregatezipcodes",
        {"ACCOUNTS": str(tmp_path / "r.csv"), "ZIP_FIELD": "zip", "UNITS": scenario.grid, "UNIT_ZIP_FIELD": "zip",
         "OUTPUT": str(tmp_path / "o.gpkg"), "UNMATCHED": str(tmp_path / "u.csv")},
        feedback=log,
    )  # fmt: skip
    unmatched = pd.read_csv(result["UNMATCHED"], dtype=str)
    assert unmatched["reason"].tolist() == ["no unit with this code", "blank"]
    assert unmatched["reason_1"].tolist() == ["customer asked", "moved"]
    assert any("'reason_1'" in warning for warning in log.warnings)


def points_layer(crs: str, points: dict[str, tuple[float, float]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={crs}&field=name:string", "points", "memory")
    for name, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({x} {y})"))
        layer.dataProvider().addFeature(feature)
    return layer


def test_seeds_a_continent_away_are_refused_instead_of_sharing_a_unit(scenario):
    seeds = points_layer("EPSG:3857", {"Ana": (9_000_000, 5_000_000), "Bo": (9_000_100, 5_000_000)})
    with pytest.raises(QgsProcessingException, match=r"Seeds lie far from the area.*Ana \([\d,]+ km\)") as error:
        scenario.design(SEEDS=seeds, SEED_ID_FIELD="name")
    assert "same unit" not in no_traceback(error)


def test_seeds_with_latitude_and_longitude_swapped_are_named(run, tmp_path):
    rows = [([code, 1.0], f"POLYGON(({x} 42.3,{x + 0.1} 42.3,{x + 0.1} 42.4,{x} 42.4,{x} 42.3))")
            for code, x in (("A", -71.2), ("B", -71.1))]  # fmt: skip
    units = QgsVectorLayer("Polygon?crs=EPSG:4326&field=code:string&field=w:double", "units", "memory")
    for attributes, wkt in rows:
        feature = QgsFeature(units.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        units.dataProvider().addFeature(feature)
    seeds = points_layer("EPSG:4326", {"Ana": (42.35, -71.15), "Bo": (-71.05, 42.35)})  # Ana's typed lat, lon
    with pytest.raises(QgsProcessingException, match="Ana: latitude and longitude look swapped"):
        run(
            "designterritories",
            {"INPUT": units, "BALANCE_FIELDS": ["w"], "TERRITORIES": 2, "TOLERANCE": 50, "SEEDS": seeds,
             "SEED_ID_FIELD": "name", "OUTPUT": str(tmp_path / "o.gpkg")},
        )  # fmt: skip


def test_home_bases_a_continent_away_are_a_warning(scenario, log):
    bases = points_layer("EPSG:3857", {"10000": (150, 50), "10001": (9_000_000, 5_000_000)})
    result = scenario.score(BASES=bases, BASE_TERRITORY_FIELD="name", feedback=log)
    assert result["SCORECARD"]
    far = [w for w in log.warnings if "Home bases lie far" in w]
    assert len(far) == 1 and "10001 (" in far[0] and "10000 (" not in far[0]


def test_scattered_locked_units_are_named_not_only_the_deviation(run):
    rows = []
    for i in range(12):  # a 4 x 3 grid; territory A is locked on two opposite units
        x, y = (i % 4) * 100, (i // 4) * 100
        current = "A" if i in (0, 10) else ("B" if i < 6 else "C")
        wkt = f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}))"
        rows.append(([f"Z{i}", 1.0, current, int(i in (0, 10))], wkt))
    units = layer_with(["zip:string", "w:double", "current:string", "lock:integer"], rows)
    parameters = {"INPUT": units, "BALANCE_FIELDS": ["w"], "TERRITORIES": 3, "TOLERANCE": 5,
                  "EXISTING_FIELD": "current", "LOCK_FIELD": "lock", "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    with pytest.raises(QgsProcessingException, match=r"2 locked units of territory A do not touch.*Z0.*Z10"):
        run("designterritories", parameters)


def test_a_multipoint_seed_outside_every_unit_goes_to_the_nearest_unit(scenario, run):
    seeds = QgsVectorLayer("MultiPoint?crs=EPSG:3857&field=name:string", "seeds", "memory")
    for name, wkt in (("West", "MULTIPOINT((-300 50),(-250 60))"), ("East", "MULTIPOINT((350 350))")):
        feature = QgsFeature(seeds.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        seeds.dataProvider().addFeature(feature)
    result = scenario.design(SEEDS=seeds, SEED_ID_FIELD="name")
    layer = QgsVectorLayer(result["OUTPUT"], "units", "ogr")
    territory = {f["zip"]: f["territory"] for f in layer.getFeatures()}
    assert territory["10000"] == "West" and territory["10015"] == "East"  # the corners nearest each seed
