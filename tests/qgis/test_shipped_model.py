"""The shipped Processing model, run headless by qgis_process: the file itself and the provider's copy.

Its outcome must be the demo's chain run step by step: the same territories, the same workload.
"""

from __future__ import annotations

import csv
import html
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsVectorLayer
from test_qgis_process import ROOT, qgis_process, run_json

MODEL_FILE = ROOT / "build" / "territory_plugin" / "models" / "crm_to_report.model3"
MODEL_ID = "territory:model_crm_to_report"
CALL_PLAN = "A,24,75,B,12,60,C,6,40,D,0,0"  # scripts/demo.sh's plan
TERRITORIES = 12
ZIP_FIELD = "Billing Zip/Postal Code"

pytestmark = pytest.mark.slow

# Found by the version matrix: QGIS 3.22 names a model's outputs after the child and its output
# ("design:ZIP_TERRITORIES", not "zip_territories") and gives the steps' unused outputs no value,
# which Design territories refuses ("no value specified for parameter OUTPUT"). Strict: a fix
# makes these pass and the marker must go.
BEFORE_3_40 = pytest.mark.xfail(
    Qgis.versionInt() < 34000, reason="QGIS 3.22 runs this model with other output names; see above", strict=True
)


def model_parameters(sample_dir: Path, out: Path) -> dict:
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
        "TOLERANCE": 5,
        "REP_BASES": sample_dir / "rep_bases.gpkg",
        "REP_NAME_FIELD": "rep_name",
        "zip_territories": out / "zip_territories.gpkg",
        "territories": out / "territories.gpkg",
        "scorecard": out / "scorecard.csv",
        "report": out / "report.html",
    }


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    if not MODEL_FILE.exists():
        pytest.fail("the staged plugin or its model is missing: run the tests with `make test`, which builds it")
    home = tmp_path_factory.mktemp("home")
    enabled = qgis_process(home, "plugins", "enable", "territory_plugin", plugin_path=MODEL_FILE.parents[2])
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return home


def run(home: Path, algorithm: str, parameters: dict) -> dict:
    return run_json(home, algorithm, parameters, MODEL_FILE.parents[2])


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
    today = run(
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
    totals = run(
        home,
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": today["ACCOUNTS_OUTPUT"],
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": sample_dir / "zip_areas.gpkg",
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": "call_hours",
            "OUTPUT": out / "zip_totals.gpkg",
        },
    )
    run(
        home,
        "territory:designterritories",
        {
            "INPUT": totals["OUTPUT"],
            "BALANCE_FIELDS": "sum_call_hours",
            "TOLERANCE": 5,
            "TERRITORIES": TERRITORIES,
            "SEEDS": sample_dir / "rep_bases.gpkg",
            "SEED_ID_FIELD": "rep_name",
            "OUTPUT": out / "zip_territories.gpkg",
        },
    )
    run(
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


def territory_of_each_zip(path: Path) -> dict[str, str]:
    layer = QgsVectorLayer(str(path), "units", "ogr")
    assert layer.isValid(), path
    return {feature["zip"]: feature["territory"] for feature in layer.getFeatures()}


def scorecard(path: Path) -> dict[str, dict[str, float]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return {
            row["territory"]: {
                column: float(row[column])
                for column in ("accounts", "call_hours", "travel_hours", "total_hours", "utilisation_pct")
            }
            for row in csv.DictReader(handle)
        }


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

    report = Path(results["report"]).read_text(encoding="utf-8")
    assert report.lstrip().lower().startswith("<!doctype html")
    for territory in hand_card:
        assert html.escape(territory) in report, territory
    assert Path(results["territories"]).exists()


@BEFORE_3_40
def test_model_file_runs_headless(home, by_hand, sample_dir, tmp_path):
    results = run(home, str(MODEL_FILE), model_parameters(sample_dir, tmp_path))
    check_model_outcome(results, by_hand, sample_dir)


@BEFORE_3_40
def test_model_is_listed_by_the_provider_and_runs_by_its_id(home, by_hand, sample_dir, tmp_path):
    listing = qgis_process(home, "list", plugin_path=MODEL_FILE.parents[2]).stdout
    assert MODEL_ID in listing
    results = run(home, MODEL_ID, model_parameters(sample_dir, tmp_path))
    check_model_outcome(results, by_hand, sample_dir)


def test_model_without_the_zip_field_says_what_is_missing(home, sample_dir, tmp_path):
    parameters = model_parameters(sample_dir, tmp_path)
    parameters["ZIP_FIELD"] = "No such field"
    arguments = [
        f"{key}={value}"
        for key, values in parameters.items()
        for value in (values if isinstance(values, list) else [values])
    ]
    done = qgis_process(home, "run", MODEL_ID, "--", *arguments, plugin_path=MODEL_FILE.parents[2])
    assert done.returncode != 0
    assert "No such field" in done.stdout + done.stderr
    assert not (tmp_path / "report.html").exists()


@BEFORE_3_40
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
        p.name() for p in model.parameterDefinitions() if not p.flags() & QgsProcessingParameterDefinition.FlagOptional
    }
    assert {"ACCOUNTS", "ZIP_AREAS", "TERRITORIES", "zip_territories", "scorecard", "report"} <= required
