"""territory:allocatequotas through real Processing runs."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsProcessingException

GOAL = 120_000_000.0


@pytest.fixture(scope="module")
def sample_scorecard(plugin, sample_dir, tmp_path_factory) -> str:
    import processing

    out = tmp_path_factory.mktemp("card")
    return processing.run(
        "territory:scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": ["A", "24", "45", "B", "12", "30", "C", "4", "20", "D", "0", "0"],
            "TERRITORY_FIELD": "Account Owner",
            "SUM_FIELDS": ["Sales last year", "Potential"],
            "ACCOUNTS_OUTPUT": None,
            "SCORECARD": str(out / "scorecard.csv"),
        },
    )["SCORECARD"]


def allocate(run, source, tmp_path, **extra) -> dict:
    parameters = {
        "INPUT": source,
        "TERRITORY_FIELD": "territory",
        "POTENTIAL_FIELD": "sum_Potential",
        "SALES_FIELD": "sum_Sales last year",
        "GOAL": GOAL,
        "WEIGHT": 70,
        "OUTPUT": str(tmp_path / "quotas.csv"),
    }
    parameters.update(extra)
    return run("allocatequotas", parameters)


def test_quotas_from_the_scorecard_blend_potential_and_sales(run, sample_scorecard, tmp_path):
    result = allocate(run, sample_scorecard, tmp_path)
    quotas = pd.read_csv(result["OUTPUT"], keep_default_na=False).set_index("territory")
    card = pd.read_csv(sample_scorecard).set_index("territory")
    potential, sales = card["sum_Potential"], card["sum_Sales last year"]
    expected = GOAL * (0.7 * potential / potential.sum() + 0.3 * sales / sales.sum())
    assert len(quotas) == 12
    assert quotas["quota"].to_numpy() == pytest.approx(expected[quotas.index].to_numpy(), abs=1)  # whole units
    assert (quotas["quota"] == quotas["quota"].round()).all()
    assert quotas["quota"].sum() == GOAL and result["TOTAL_QUOTA"] == pytest.approx(GOAL)  # not a unit lost
    ratio = expected / potential
    assert quotas["quota_to_potential"].to_numpy() == pytest.approx(ratio[quotas.index].to_numpy(), abs=5e-5)
    fairness = ratio / (GOAL / potential.sum())
    assert quotas["fairness_index"].to_numpy() == pytest.approx(fairness[quotas.index].to_numpy(), abs=5e-4)
    assert result["MAX_FAIRNESS_DEVIATION"] == pytest.approx((fairness - 1).abs().max() * 100)
    flagged = quotas[quotas["flag"] != ""]
    assert result["FLAGGED_COUNT"] == len(flagged)
    assert set(flagged.index) == set(fairness[(fairness - 1).abs() > 0.10].index)


def test_accounts_are_added_up_per_territory(run, sample_dir, tmp_path):
    result = allocate(
        run,
        str(sample_dir / "accounts.csv"),
        tmp_path,
        TERRITORY_FIELD="Account Owner",
        POTENTIAL_FIELD="Potential",
        SALES_FIELD=None,
        WEIGHT=100,
    )
    quotas = pd.read_csv(result["OUTPUT"], keep_default_na=False).set_index("territory")
    accounts = pd.read_csv(sample_dir / "accounts.csv", dtype=str, keep_default_na=False)
    potential = pd.to_numeric(accounts["Potential"].replace("", "0")).groupby(accounts["Account Owner"]).sum()
    assert quotas["potential"].to_numpy() == pytest.approx(potential[quotas.index].to_numpy(), abs=0.5)
    expected = (GOAL * potential / potential.sum())[quotas.index].to_numpy()
    assert quotas["quota"].to_numpy() == pytest.approx(expected, abs=1)
    assert quotas["fairness_index"].to_numpy() == pytest.approx(1.0)  # by potential only: all fair
    assert result["FLAGGED_COUNT"] == 0


def test_a_sales_weight_needs_a_sales_field(run, sample_scorecard, tmp_path):
    with pytest.raises(QgsProcessingException, match="sales field"):
        allocate(run, sample_scorecard, tmp_path, SALES_FIELD=None, WEIGHT=50)


def test_non_numeric_potential_is_named(run, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("territory,sum_Potential,sum_Sales last year\nNorth,100,5\nSouth,lots,5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="South.*lots"):
        allocate(run, str(path), tmp_path)
