"""The shipped Processing model, run headless by qgis_process: the file itself and the provider's copy.

From scratch, its outcome must be the demo's chain run step by step: the same territories, the
same workload, balanced on workload. Given today's territory field and a disruption budget, the
same model realigns: today's territory names, no more moved than the budget, a report that says
what changed.
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsField,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from test_qgis_process import ROOT, qgis_process, run_json

from territory_plugin.compat import FieldType
from territory_plugin.core.postal import CodeStatus, normalise_codes

MODEL_FILE = ROOT / "build" / "territory_plugin" / "models" / "crm_to_report.model3"
MODEL_ID = "territory:model_crm_to_report"
CALL_PLAN = "A,24,75,B,12,60,C,6,40,D,0,0"  # scripts/demo.sh's plan
TERRITORIES = 12
TOLERANCE = 5
BUDGET = 20  # % of the workload a realignment may move
ZIP_FIELD = "Billing Zip/Postal Code"

pytestmark = pytest.mark.slow


def short_name(name: str) -> str:
    """A model output's name as QGIS 3.40 gives it: 3.22 names it after its step ("design:ZIP_TERRITORIES")."""
    return name.split(":")[-1].lower()


@pytest.fixture(scope="module")
def output_names(plugin) -> dict[str, str]:
    """The model's output parameters as the QGIS at hand names them, by their 3.40 name (read in process:
    `qgis_process help --json` crashes on 3.22)."""
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    return {short_name(d.name()): d.name() for d in model.destinationParameterDefinitions()}


def model_parameters(sample_dir: Path, out: Path, names: dict[str, str]) -> dict:
    return {
        "ACCOUNTS": sample_dir / "accounts.csv",
        "ZIP_FIELD": ZIP_FIELD,
        "SEGMENT_FIELD": "Segment",
        "OWNER_FIELD": "Account Owner",
        "CALL_PLAN": CALL_PLAN,
        "SUM_FIELDS": ["Potential", "Sales last year"],
        "ZIP_AREAS": sample_dir / "zip_areas.gpkg",
        "UNIT_ZIP_FIELD": "zip",
        "TERRITORIES": TERRITORIES,
        "TOLERANCE": TOLERANCE,
        "REP_BASES": sample_dir / "rep_bases.gpkg",
        "REP_NAME_FIELD": "rep_name",
        names["zip_territories"]: out / "zip_territories.gpkg",
        names["territories"]: out / "territories.gpkg",
        names["scorecard"]: out / "scorecard.csv",
        names["report"]: out / "report.html",
    }


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    if not MODEL_FILE.exists():
        pytest.fail("the staged plugin or its model is missing: run the tests with `make test`, which builds it")
    home = tmp_path_factory.mktemp("home")
    enabled = qgis_process(home, "plugins", "enable", "territory_plugin", plugin_path=MODEL_FILE.parents[2])
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return home


def arguments(parameters: dict) -> list[str]:
    """qgis_process's KEY=VALUE arguments, a list given as the key repeated."""
    return [
        f"{key}={value}"
        for key, values in parameters.items()
        for value in (values if isinstance(values, list) else [values])
    ]


def run_step(home: Path, algorithm: str, parameters: dict) -> dict:
    return run_json(home, algorithm, parameters, MODEL_FILE.parents[2])


def run(home: Path, model: str, parameters: dict) -> dict:
    """The model run's results, by the names QGIS 3.40 gives them."""
    return {short_name(name): value for name, value in run_step(home, model, parameters).items()}


@pytest.fixture(scope="module")
def by_hand(home, sample_dir, tmp_path_factory) -> Path:
    """The model's steps run one by one, as scripts/demo.sh runs them."""
    out = tmp_path_factory.mktemp("by_hand")
    scoring = {
        "ACCOUNTS": sample_dir / "accounts.csv",
        "SEGMENT_FIELD": "Segment",
        "CALL_PLAN": CALL_PLAN,
        "ZIP_FIELD": ZIP_FIELD,
        "BASES": sample_dir / "rep_bases.gpkg",
        "BASE_TERRITORY_FIELD": "rep_name",
    }
    today = run_step(
        home,
        "territory:scoreworkload",
        {
            **scoring,
            "TERRITORY_FIELD": "Account Owner",
            "UNITS": sample_dir / "zip_areas.gpkg",
            "UNIT_ZIP_FIELD": "zip",
            "ACCOUNTS_OUTPUT": out / "today_accounts.csv",
            "SCORECARD": out / "today_scorecard.csv",
        },
    )
    totals = run_step(
        home,
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": today["ACCOUNTS_OUTPUT"],
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": sample_dir / "zip_areas.gpkg",
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["call_hours", "calls_per_year", "called"],
            "OUTPUT": out / "zip_totals.gpkg",
        },
    )
    run_step(
        home,
        "territory:designterritories",
        {
            "INPUT": totals["OUTPUT"],
            "WORKLOAD_FIELD": "sum_call_hours",
            "CALLS_FIELD": "sum_calls_per_year",
            "CALLED_FIELD": "sum_called",
            "TOLERANCE": TOLERANCE,
            "TERRITORIES": TERRITORIES,
            "SEEDS": sample_dir / "rep_bases.gpkg",
            "SEED_ID_FIELD": "rep_name",
            "OUTPUT": out / "zip_territories.gpkg",
        },
    )
    run_step(
        home,
        "territory:scoreworkload",
        {
            **scoring,
            "UNITS": out / "zip_territories.gpkg",
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "SUM_FIELDS": ["Potential", "Sales last year"],
            "SCORECARD": out / "scorecard.csv",
        },
    )
    return out


def territory_of_each_zip(path: Path, field: str = "territory") -> dict[str, str]:
    layer = QgsVectorLayer(str(path), "units", "ogr")
    assert layer.isValid(), path
    return {feature["zip"]: feature[field] for feature in layer.getFeatures()}


def scorecard(path: Path) -> dict[str, dict[str, float]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return {
            row["territory"]: {
                column: float(row[column])
                for column in (
                    "accounts",
                    "call_hours",
                    "travel_hours",
                    "total_hours",
                    "utilisation_pct",
                    "deviation_pct",
                )
            }
            for row in csv.DictReader(handle)
        }


def section(report: str, heading: str) -> str:
    """The text of one report section (tags dropped), empty when the report has none."""
    start = report.find(f">{html.escape(heading)}<")
    if start < 0:
        return ""
    end = report.find("<h2", start + 1)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", report[start : end if end > 0 else None])))


def check_model_outcome(results: dict, by_hand: Path, sample_dir: Path) -> None:
    zips = territory_of_each_zip(Path(results["zip_territories"]))
    areas = QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "areas", "ogr")
    assert set(zips) == {feature["zip"] for feature in areas.getFeatures()}
    unplaced = [code for code, territory in zips.items() if not territory]
    assert not unplaced, f"zips without a territory: {unplaced[:5]}"
    assert len(set(zips.values())) == TERRITORIES
    assert zips == territory_of_each_zip(by_hand / "zip_territories.gpkg")

    model_card = scorecard(Path(results["scorecard"]))
    hand_card = scorecard(by_hand / "scorecard.csv")
    assert model_card.keys() == hand_card.keys() == set(zips.values())
    for territory, numbers in hand_card.items():
        assert model_card[territory] == pytest.approx(numbers, rel=1e-9), territory
    assert sum(row["call_hours"] for row in model_card.values()) > 0
    # balanced on workload as the scorecard counts it (call + travel hours from the reps' homes)
    assert max(abs(row["deviation_pct"]) for row in model_card.values()) <= TOLERANCE
    assert sum(row["travel_hours"] for row in model_card.values()) > 0

    report = Path(results["report"]).read_text(encoding="utf-8")
    assert report.lstrip().lower().startswith("<!doctype html")
    for territory in hand_card:
        assert html.escape(territory) in report, territory
    assert not section(report, "What changed")  # a design from scratch changes no existing alignment
    assert Path(results["territories"]).exists()


@pytest.fixture(scope="module")
def from_scratch(home, sample_dir, output_names, tmp_path_factory) -> dict:
    """The model file run on the sample without today's territories: a design from scratch."""
    out = tmp_path_factory.mktemp("from_scratch")
    return run(home, str(MODEL_FILE), model_parameters(sample_dir, out, output_names))


def test_model_file_runs_headless(from_scratch, by_hand, sample_dir):
    check_model_outcome(from_scratch, by_hand, sample_dir)


def test_model_is_listed_by_the_provider_and_runs_by_its_id(home, by_hand, sample_dir, output_names, tmp_path):
    listing = qgis_process(home, "list", plugin_path=MODEL_FILE.parents[2]).stdout
    assert MODEL_ID in listing
    results = run(home, MODEL_ID, model_parameters(sample_dir, tmp_path, output_names))
    check_model_outcome(results, by_hand, sample_dir)


# --- the yearly realignment -------------------------------------------------------------------


@pytest.fixture(scope="module")
def today_areas(sample_dir, tmp_path_factory) -> Path:
    """The zip areas with today's alignment in 'territory', as last year's design output has it: each
    zip's territory is the Account Owner of most of its accounts (zips without accounts: none)."""
    accounts = pd.read_csv(sample_dir / "accounts.csv", dtype=str, keep_default_na=False)
    codes, status = normalise_codes(accounts[ZIP_FIELD])
    accounts = accounts.assign(zip=codes)[status == CodeStatus.OK]
    owner = accounts.groupby("zip")["Account Owner"].agg(lambda owners: owners.value_counts().index[0]).to_dict()
    layer = QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "areas", "ogr").materialize(QgsFeatureRequest())
    layer.startEditing()
    layer.addAttribute(QgsField("territory", FieldType.STRING))
    layer.updateFields()
    index = layer.fields().lookupField("territory")
    for feature in layer.getFeatures():
        if feature["zip"] in owner:
            layer.changeAttributeValue(feature.id(), index, owner[feature["zip"]])
    assert layer.commitChanges()
    path = tmp_path_factory.mktemp("today") / "zip_areas_today.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return path


def realignment_parameters(sample_dir, today_areas, out, names, budget) -> dict:
    return {
        **model_parameters(sample_dir, out, names),
        "ZIP_AREAS": today_areas,
        "EXISTING_FIELD": "territory",
        "MAX_DISRUPTION": budget,
    }


@pytest.fixture(scope="module")
def todays_workload(home, sample_dir, today_areas, tmp_path_factory) -> dict[str, float]:
    """Each zip's workload today (call + day-tour travel hours from its rep's home in today's alignment), as
    Score workload counts it account by account: the measure the disruption budget is in."""
    out = tmp_path_factory.mktemp("today_workload")
    scored = run_step(
        home,
        "territory:scoreworkload",
        {
            "ACCOUNTS": sample_dir / "accounts.csv",
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": CALL_PLAN,
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": today_areas,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "BASES": sample_dir / "rep_bases.gpkg",
            "BASE_TERRITORY_FIELD": "rep_name",
            "ACCOUNTS_OUTPUT": out / "accounts.csv",
            "SCORECARD": out / "scorecard.csv",
        },
    )
    accounts = pd.read_csv(scored["ACCOUNTS_OUTPUT"], dtype={ZIP_FIELD: str})
    codes, status = normalise_codes(accounts[ZIP_FIELD])
    hours = accounts["call_hours"].fillna(0) + accounts["travel_hours"].fillna(0)
    return hours[status == CodeStatus.OK].groupby(codes[status == CodeStatus.OK]).sum().to_dict()


def test_model_realigns_todays_territories_within_the_budget(
    home, sample_dir, today_areas, todays_workload, output_names, tmp_path
):
    results = run(
        home, str(MODEL_FILE), realignment_parameters(sample_dir, today_areas, tmp_path, output_names, BUDGET)
    )

    path = Path(results["zip_territories"])
    today = territory_of_each_zip(path, "territory")  # today's field is kept beside the new one
    new = territory_of_each_zip(path, "new_territory")
    named_today = {name for name in today.values() if name}
    assert len(named_today) == TERRITORIES
    assert set(new.values()) == named_today  # the territories keep today's names (the reps)
    # the disruption, from Score workload's hours of today: what changed territory, in % of the workload
    moved = sum(hours for code, hours in todays_workload.items() if today.get(code) and new[code] != today[code])
    moved_pct = 100 * moved / sum(hours for code, hours in todays_workload.items() if today.get(code))
    assert 0 < moved_pct <= BUDGET  # it had to move some: today's alignment is far off balance
    from territory_plugin.layers import read_design_settings

    settings = read_design_settings(QgsVectorLayer(str(path), "units", "ogr"))
    assert settings["max_disruption_pct"] == BUDGET
    assert settings["disruption_pct"] == pytest.approx(moved_pct, abs=0.01)
    assert settings["disruption_lower_bound_pct"] <= settings["disruption_pct"]

    # balanced on workload as the scorecard counts it (today's alignment: 61% off)
    card = scorecard(Path(results["scorecard"]))
    assert set(card) == named_today
    assert max(abs(row["deviation_pct"]) for row in card.values()) <= TOLERANCE

    changed = section(Path(results["report"]).read_text(encoding="utf-8"), "What changed")
    assert changed, "the report of a realignment says what changed"
    assert f"{BUDGET:.2f}% disruption budget (workload (call + travel hours))" in changed
    assert f"{settings['disruption_pct']:.2f}% of workload (call + travel hours) moved by the plan" in changed


def test_model_with_best_effort_returns_the_plan_within_a_small_budget(
    home, sample_dir, today_areas, output_names, tmp_path
):
    parameters = {**realignment_parameters(sample_dir, today_areas, tmp_path, output_names, 5), "BEST_EFFORT": True}
    results = run(home, str(MODEL_FILE), parameters)
    from territory_plugin.layers import read_design_settings

    settings = read_design_settings(QgsVectorLayer(results["zip_territories"], "units", "ogr"))
    assert 0 < settings["disruption_pct"] <= 5
    assert section(Path(results["report"]).read_text(encoding="utf-8"), "What changed")


def test_model_realigning_a_balanced_plan_moves_nothing_year_after_year(
    home, sample_dir, from_scratch, output_names, tmp_path
):
    from territory_plugin.layers import read_design_settings

    last_year = Path(from_scratch["zip_territories"])  # last year's design output, its territory field today's
    (tmp_path / "next").mkdir()
    (tmp_path / "after").mkdir()
    parameters = realignment_parameters(sample_dir, last_year, tmp_path / "next", output_names, BUDGET)
    results = run(home, str(MODEL_FILE), parameters)
    path = Path(results["zip_territories"])
    assert territory_of_each_zip(path, "new_territory") == territory_of_each_zip(path, "territory")
    assert read_design_settings(QgsVectorLayer(str(path), "units", "ogr"))["disruption_pct"] == 0
    assert "No unit changed territory." in section(Path(results["report"]).read_text(encoding="utf-8"), "What changed")

    # the year after: today's territories are in new_territory, and territory holds older ones
    again = realignment_parameters(sample_dir, path, tmp_path / "after", output_names, BUDGET)
    again["EXISTING_FIELD"] = "new_territory"
    done = qgis_process(home, "run", str(MODEL_FILE), "--", *arguments(again), plugin_path=MODEL_FILE.parents[2])
    assert done.returncode != 0
    assert "TERRITORY_FIELD" in done.stdout + done.stderr  # the model's input that says where the plan goes
    results = run(home, str(MODEL_FILE), {**again, "TERRITORY_FIELD": "territory_2027"})
    path = Path(results["zip_territories"])
    assert territory_of_each_zip(path, "territory_2027") == territory_of_each_zip(path, "new_territory")
    assert set(scorecard(Path(results["scorecard"]))) == set(territory_of_each_zip(path, "territory_2027").values())


def test_model_with_a_budget_too_small_names_the_budget_that_works(
    home, sample_dir, today_areas, output_names, tmp_path
):
    parameters = realignment_parameters(sample_dir, today_areas, tmp_path, output_names, 1)
    done = qgis_process(home, "run", str(MODEL_FILE), "--", *arguments(parameters), plugin_path=MODEL_FILE.parents[2])
    assert done.returncode != 0
    assert re.search(r"a budget of [0-9.]+% works", done.stdout + done.stderr), (
        done.stdout[-2000:] + done.stderr[-2000:]
    )
    assert not (tmp_path / "report.html").exists()


def test_model_without_the_zip_field_says_what_is_missing(home, sample_dir, output_names, tmp_path):
    parameters = model_parameters(sample_dir, tmp_path, output_names)
    parameters["ZIP_FIELD"] = "No such field"
    done = qgis_process(home, "run", MODEL_ID, "--", *arguments(parameters), plugin_path=MODEL_FILE.parents[2])
    assert done.returncode != 0
    assert "No such field" in done.stdout + done.stderr
    assert not (tmp_path / "report.html").exists()


def test_toolbox_opens_the_model_with_its_steps(plugin):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    registry = QgsApplication.processingRegistry()
    model = registry.createAlgorithmById(MODEL_ID)  # what the Toolbox does when the model is opened
    assert model is not None
    assert model.displayName() == "Territories from a CRM export: design, score, report"
    assert model.helpUrl().endswith("#model_crm_to_report")  # the guide's section on it
    assert {child.algorithmId() for child in model.childAlgorithms().values()} == {
        "territory:scoreworkload",
        "territory:aggregatezipcodes",
        "territory:designterritories",
        "territory:report",
    }
    required = {
        short_name(p.name())
        for p in model.parameterDefinitions()
        if not p.flags() & QgsProcessingParameterDefinition.FlagOptional
    }
    assert {"accounts", "zip_areas", "territories", "zip_territories", "scorecard", "report"} <= required
    optional = {
        p.name() for p in model.parameterDefinitions() if p.flags() & QgsProcessingParameterDefinition.FlagOptional
    }
    assert {"REP_BASES", "EXISTING_FIELD", "MAX_DISRUPTION"} <= optional
