"""territory:designterritories on workload, end to end on the sample, judged by territory:scoreworkload.

The pipeline a user runs: score today's accounts (call hours and calls from the call plan),
roll them up per zip, design on workload seeded at the reps' homes, then score the new
territories. The scorecard is recomputed by territory:scoreworkload, at unit level and
from the accounts, not by the design.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

CALL_PLAN = "A,24,75,B,12,60,C,6,40,D,0,0"  # scripts/demo.sh's
TOLERANCE = 5.0
ZIP_FIELD = "Billing Zip/Postal Code"


@pytest.fixture(scope="module")
def zip_workload(plugin, sample_dir, tmp_path_factory) -> str:
    """The sample's zip areas with call hours, calls and called accounts of today's accounts."""
    import processing

    out = tmp_path_factory.mktemp("workload")
    processing.run(
        "territory:scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": CALL_PLAN.split(","),
            "TERRITORY_FIELD": "Account Owner",
            "ACCOUNTS_OUTPUT": str(out / "accounts.csv"),
            "SCORECARD": "TEMPORARY_OUTPUT",
            "BUILD_UP": "TEMPORARY_OUTPUT",
        },
    )
    return processing.run(
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": str(out / "accounts.csv"),
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["call_hours", "calls_per_year", "called"],
            "OUTPUT": str(out / "zip_workload.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]


def design(run, units, sample_dir, tmp_path: Path, name: str, feedback=None, **extra) -> dict:
    parameters = {
        "INPUT": units,
        "TOLERANCE": TOLERANCE,
        "TERRITORIES": 12,
        "SEEDS": str(sample_dir / "rep_bases.gpkg"),
        "SEED_ID_FIELD": "rep_name",
        "OUTPUT": str(tmp_path / f"{name}_units.gpkg"),
        "TERRITORIES_OUTPUT": str(tmp_path / f"{name}_territories.gpkg"),
    }
    parameters.update(extra)
    return run("designterritories", parameters, feedback=feedback)


ON_WORKLOAD = {"WORKLOAD_FIELD": "sum_call_hours", "CALLS_FIELD": "sum_calls_per_year", "CALLED_FIELD": "sum_called"}


def score_units(run, units: str, sample_dir, territory_field: str = "territory") -> dict:
    """territory:scoreworkloadareas (the unit level) on the designed zip areas, travel from the reps' homes."""
    return run(
        "scoreworkloadareas",
        {
            "UNITS": units,
            "UNIT_TERRITORY_FIELD": territory_field,
            "UNIT_WORKLOAD_FIELD": "sum_call_hours",
            "UNIT_CALLS_FIELD": "sum_calls_per_year",
            "UNIT_CALLED_FIELD": "sum_called",
            "UNIT_COUNT_FIELD": "sum_called",  # the accounts column: the accounts the rep calls on
            "BASES": str(sample_dir / "rep_bases.gpkg"),
            "BASE_TERRITORY_FIELD": "rep_name",
            "CALLS_PER_DAY": 6,
            "SCORECARD": "TEMPORARY_OUTPUT",
            "BUILD_UP": "TEMPORARY_OUTPUT",
        },
    )


def table(layer) -> pd.DataFrame:
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "table", "ogr")
    names = layer.fields().names()
    return pd.DataFrame([f.attributes() for f in layer.getFeatures()], columns=names)


def test_the_workload_plan_is_balanced_on_the_scorecards_hours(run, zip_workload, sample_dir, tmp_path, log):
    designed = design(run, zip_workload, sample_dir, tmp_path, "workload", feedback=log, **ON_WORKLOAD)
    assert designed["WORKLOAD_DEVIATION"] <= TOLERANCE
    assert "Round 0, on call hours" in log.text and "Round 1" in log.text

    by_units = score_units(run, designed["OUTPUT"], sample_dir)
    assert by_units["MAX_DEVIATION"] == pytest.approx(designed["WORKLOAD_DEVIATION"], abs=0.01)
    by_accounts = run(  # the accounts themselves, placed by zip code in the designed areas
        "scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": CALL_PLAN.split(","),
            "ZIP_FIELD": ZIP_FIELD,
            "UNITS": designed["OUTPUT"],
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "BASES": str(sample_dir / "rep_bases.gpkg"),
            "BASE_TERRITORY_FIELD": "rep_name",
            "CALLS_PER_DAY": 6,
            "SCORECARD": str(tmp_path / "scorecard.csv"),
            "ACCOUNTS_OUTPUT": "TEMPORARY_OUTPUT",
            "BUILD_UP": "TEMPORARY_OUTPUT",
        },
    )
    assert by_accounts["MAX_DEVIATION"] == pytest.approx(designed["WORKLOAD_DEVIATION"], abs=0.01)

    # the outputs record how they were designed (the dock and the report read it back)
    from territory_plugin.layers import read_design_settings

    recorded = read_design_settings(QgsVectorLayer(designed["OUTPUT"], "units", "ogr"))["workload"]
    assert recorded["calls_field"] == "sum_calls_per_year" and recorded["calls_per_day"] == 6
    assert recorded["workload_deviation_pct"] == pytest.approx(designed["WORKLOAD_DEVIATION"])
    assert recorded["travel_from"] == "homes" and len(recorded["homes"]) == 12  # the dock measures from them
    bases = QgsVectorLayer(str(sample_dir / "rep_bases.gpkg"), "bases", "ogr")
    for base in bases.getFeatures():  # WGS84 longitude, latitude of each rep's home, by territory name
        assert recorded["homes"][base["rep_name"]] == pytest.approx(
            [base.geometry().asPoint().x(), base.geometry().asPoint().y()]
        )

    # the territories layer carries the scorecard's hours
    territories = table(designed["TERRITORIES_OUTPUT"]).set_index("territory")
    card = table(by_units["SCORECARD"]).set_index("territory")
    assert territories["workload_hours"].to_dict() == card["total_hours"].to_dict()  # both to 0.1 h
    assert territories["workload_dev_pct"].to_dict() == pytest.approx(card["deviation_pct"].to_dict(), abs=0.011)
    # the report's balance section shows the workload beside the design log's figure
    report = run(
        "report",
        {
            "INPUT": designed["OUTPUT"],
            "SCORECARD": str(tmp_path / "scorecard.csv"),
            "TOLERANCE": TOLERANCE,
            "OUTPUT": str(tmp_path / "report.html"),
        },
    )
    html = Path(report["OUTPUT"]).read_text(encoding="utf-8")
    balance = html[html.index("Balance of the design") :]
    assert balance.count(f"{designed['WORKLOAD_DEVIATION']:.2f}%") >= 2  # the scorecard's and the design log's

    # the reps who drive most get the fewest accounts
    share = card["travel_hours"] / card["total_hours"]
    assert card.loc[share.idxmax(), "accounts"] < card.loc[share.idxmin(), "accounts"]


def test_it_beats_the_plans_balanced_on_accounts_and_on_call_hours(run, zip_workload, sample_dir, tmp_path):
    on_workload = design(run, zip_workload, sample_dir, tmp_path, "workload", **ON_WORKLOAD)
    workload = score_units(run, on_workload["OUTPUT"], sample_dir)["MAX_DEVIATION"]
    for field in ("sum_called", "sum_call_hours"):
        other = design(run, zip_workload, sample_dir, tmp_path, field, BALANCE_FIELDS=[field])
        assert other["MAX_DEVIATION"] <= TOLERANCE  # balanced on what it was asked
        assert score_units(run, other["OUTPUT"], sample_dir)["MAX_DEVIATION"] > 3 * workload


def test_bad_settings_name_what_to_fix(run, zip_workload, sample_dir, tmp_path):
    with pytest.raises(QgsProcessingException, match="CALLS_PER_DAY"):
        design(run, zip_workload, sample_dir, tmp_path, "bad", CALLS_PER_DAY=0, **ON_WORKLOAD)
    with pytest.raises(QgsProcessingException, match="CALLS_FIELD"):
        design(run, zip_workload, sample_dir, tmp_path, "bad", WORKLOAD_FIELD="sum_call_hours")
    with pytest.raises(QgsProcessingException, match="balance field"):
        design(run, zip_workload, sample_dir, tmp_path, "bad")
    assert not (tmp_path / "bad_units.gpkg").exists()


def test_a_realignment_on_workload_keeps_the_reps_territories_within_its_budget(
    run, zip_workload, sample_dir, tmp_path, log
):
    # today: the reps' territories balanced on call hours alone, far off once travel counts
    today = design(run, zip_workload, sample_dir, tmp_path, "today", BALANCE_FIELDS=["sum_call_hours"])
    before = score_units(run, today["OUTPUT"], sample_dir)["MAX_DEVIATION"]
    assert before > 3 * TOLERANCE

    realigned = design(
        run,
        today["OUTPUT"],
        sample_dir,
        tmp_path,
        "realigned",
        feedback=log,
        EXISTING_FIELD="territory",
        TERRITORY_FIELD="new",
        MAX_DISRUPTION=30,
        **ON_WORKLOAD,
    )  # the seeds are today's reps' homes, matched by name
    assert "Round 0, on call hours + each unit's travel in the existing alignment" in log.text
    assert realigned["WORKLOAD_DEVIATION"] <= TOLERANCE
    assert realigned["DISRUPTION_LOWER_BOUND"] <= realigned["DISRUPTION"] <= 30
    after = score_units(run, realigned["OUTPUT"], sample_dir, "new")["MAX_DEVIATION"]
    assert after == pytest.approx(realigned["WORKLOAD_DEVIATION"], abs=0.01)
    units = table(realigned["OUTPUT"])
    assert set(units["new"]) == set(units["territory"])  # the reps keep their territories
    assert (units["new"] == units["territory"]).mean() > 0.7  # most zips stay where they were
    assert {"moved_in", "moved_out"} <= set(table(realigned["TERRITORIES_OUTPUT"]).columns)

    with pytest.raises(QgsProcessingException, match="SEED_ID_FIELD"):
        design(
            run,
            today["OUTPUT"],
            sample_dir,
            tmp_path,
            "unnamed",
            EXISTING_FIELD="territory",
            TERRITORY_FIELD="new",
            SEED_ID_FIELD="",
            **ON_WORKLOAD,
        )


class CancelAfterRound0(QgsProcessingFeedback):
    """A user who presses Cancel when the first round's line shows in the log."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""

    def pushInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self.text += info + "\n"
        if info.startswith("Round 0"):
            self.cancel()


def test_cancel_between_rounds_writes_nothing(run, zip_workload, sample_dir, tmp_path):
    log = CancelAfterRound0()
    result = design(run, zip_workload, sample_dir, tmp_path, "canceled", feedback=log, **ON_WORKLOAD)
    assert "Round 0" in log.text and "Round 1" not in log.text
    assert not result.get("OUTPUT") and not (tmp_path / "canceled_units.gpkg").exists()
