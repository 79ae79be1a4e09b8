"""A run where only a few accounts found their zip code area warns, with the numbers and what to fix.

Real Processing runs on the shipped sample: 30,000 accounts in New England, 1,698 zip areas.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest

ZIP = "Billing Zip/Postal Code"
SAMPLE_PLAN = ["A", "24", "75", "B", "12", "60", "C", "6", "40", "D", "0", "0"]  # scripts/demo.sh's
MONEY = ["Potential", "Sales last year"]


def partial_warnings(log) -> list[str]:
    return [warning for warning in log.warnings if "matched a zip code area" in warning]


@pytest.fixture(scope="module")
def rhode_island(state_units):
    """The areas of one state only: a zip layer of another (smaller) region than the accounts."""
    return state_units.materialize(QgsFeatureRequest().setFilterExpression("\"state\" = 'RI'"))


def aggregate(run, log, sample_dir, tmp_path, units, zip_field=ZIP):
    return run(
        "aggregatezipcodes",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "ZIP_FIELD": zip_field,
            "UNITS": units,
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": MONEY,
            "OUTPUT": str(tmp_path / "totals.gpkg"),
            "UNMATCHED": str(tmp_path / "unmatched.csv"),
        },
        feedback=log,
    )


def score(run, log, sample_dir, tmp_path, units, zip_field=ZIP):
    return run(
        "scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": SAMPLE_PLAN,
            "ZIP_FIELD": zip_field,
            "UNITS": units,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "ACCOUNTS_OUTPUT": None,
            "SCORECARD": str(tmp_path / "card.csv"),
        },
        feedback=log,
    )


def export(run, log, sample_dir, tmp_path, units, name):
    return run(
        "exportassignments",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "ID_FIELD": "Account ID",
            "ZIP_FIELD": ZIP,
            "UNITS": units,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "OUTPUT": str(tmp_path / f"{name}.csv"),
        },
        feedback=log,
    )


def test_the_sample_run_does_not_warn(run, log, sample_dir, state_units, tmp_path):
    """The sample is messy on purpose (blanks, junk, PO boxes): 95.8% match, as a real CRM export does."""
    result = aggregate(run, log, sample_dir, tmp_path, state_units)
    assert result["MATCHED_COUNT"] == 28_731
    assert partial_warnings(log) == []
    score(run, log, sample_dir, tmp_path, state_units)
    assert partial_warnings(log) == []


def test_a_revenue_field_taken_for_the_zip_code_warns_and_names_the_zip_field(
    run, log, sample_dir, state_units, tmp_path
):
    """Revenues such as 10,100,000 read as ZIP 01010: 216 accounts 'match', the rest would pass unnoticed."""
    result = aggregate(run, log, sample_dir, tmp_path, state_units, zip_field="Annual Revenue")
    assert result["MATCHED_COUNT"] == 216  # the run still succeeds and writes its outputs
    (warning,) = partial_warnings(log)
    assert warning.startswith("Only 216 of 30,000 accounts (0.7%) matched a zip code area")
    assert "leaves the other 29,784 out" in warning
    assert "'Potential'" in warning and "'Sales last year'" in warning  # the shares of the summed fields
    assert "Unmatched: 2,182 blank, 12,276 invalid code, 15,326 no area with this code." in warning
    assert "The most frequent unmatched values of 'Annual Revenue' are '" in warning
    assert "the areas' field 'zip' holds e.g. '" in warning
    assert f"Likely causes: the accounts' postal codes are probably in '{ZIP}' ('01854', '03444'" in warning
    assert "another region" not in warning  # the wrong field explains the rest


def test_areas_of_another_region_warn_with_the_shares_of_accounts_and_call_hours(
    run, log, sample_dir, rhode_island, tmp_path
):
    result = aggregate(run, log, sample_dir, tmp_path, rhode_island)
    (warning,) = partial_warnings(log)
    assert result["MATCHED_COUNT"] == 1_705
    assert warning.startswith("Only 1,705 of 30,000 accounts (5.7%) matched a zip code area")
    assert "27,619 no area with this code" in warning
    assert "the zip code areas cover another region than the accounts" in warning
    assert "probably in" not in warning  # the right fields were picked: no other field suggested

    log.warnings.clear()
    result = score(run, log, sample_dir, tmp_path, rhode_island)
    (warning,) = partial_warnings(log)
    assert warning.startswith("Only 1,705 of 30,000 accounts (5.7%) matched a zip code area")
    assert "% of the call hours" in warning
    assert result["UNASSIGNED_COUNT"] == 30_000 - 1_705


def test_an_export_from_areas_of_another_region_warns_before_the_crm_gets_blank_territories(
    run, log, sample_dir, rhode_island, state_units, tmp_path
):
    export(run, log, sample_dir, tmp_path, state_units, "all")
    assert partial_warnings(log) == []
    result = export(run, log, sample_dir, tmp_path, rhode_island, "ri")
    (warning,) = partial_warnings(log)
    assert warning.startswith("Only 1,705 of 30,000 accounts (5.7%) matched a zip code area"), warning
    assert result["UNPLACED_COUNT"] == 30_000 - 1_705  # what the warning is about
