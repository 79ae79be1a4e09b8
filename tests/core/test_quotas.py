"""territory_plugin.core.quotas against hand-computed quotas."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territory_plugin.core.quotas import QUOTA_COLUMNS, QuotaError, allocate_quotas


def test_blend_of_potential_and_sales_by_hand():
    plan = allocate_quotas(["East", "West"], np.array([100.0, 300.0]), 1000.0, sales=np.array([200.0, 200.0]))
    table = plan.table.set_index("territory")
    assert list(plan.table.columns) == list(QUOTA_COLUMNS)
    # shares: potential .25/.75, sales .5/.5, blended half and half .375/.625
    assert table["quota"].tolist() == pytest.approx([375.0, 625.0])
    assert table["quota_to_potential"].tolist() == pytest.approx([3.75, 625 / 300])
    # the company asks 1000 / 400 = 2.5 per unit of potential
    assert table["fairness_index"].tolist() == pytest.approx([1.5, 625 / 300 / 2.5])
    assert table["flag"].tolist() == ["harder", "easier"]
    assert table["growth_pct"].tolist() == pytest.approx([87.5, 212.5])
    assert plan.max_fairness_deviation_pct == pytest.approx(50.0)


def test_by_potential_only_every_quota_is_fair():
    plan = allocate_quotas(["a", "b", "c"], np.array([1.0, 2.0, 7.0]), 50.0, weight=1.0)
    assert plan.table["quota"].tolist() == pytest.approx([5.0, 10.0, 35.0])
    assert plan.table["fairness_index"].tolist() == pytest.approx([1.0, 1.0, 1.0])
    assert set(plan.table["flag"]) == {""} and plan.max_fairness_deviation == pytest.approx(0.0)


def test_a_quota_on_a_territory_without_potential_is_flagged():
    plan = allocate_quotas(["a", "b"], np.array([0.0, 10.0]), 100.0, sales=np.array([50.0, 50.0]), weight=0.5)
    table = plan.table.set_index("territory")
    assert table.loc["a", "quota"] == pytest.approx(25.0)
    assert np.isnan(table.loc["a", "fairness_index"]) and table.loc["a", "flag"] == "no potential"


@pytest.mark.parametrize(
    "kwargs, kind",
    [
        ({"sales": None, "weight": 0.5}, "no_sales"),
        ({"sales": np.array([1.0, -1.0])}, "negative"),
        ({"sales": np.array([0.0, 0.0])}, "zero_total"),
        ({"weight": 1.5, "sales": np.array([1.0, 1.0])}, "weight"),
    ],
)
def test_bad_input(kwargs, kind):
    with pytest.raises(QuotaError) as caught:
        allocate_quotas(["a", "b"], np.array([1.0, 2.0]), 10.0, **kwargs)
    assert caught.value.kind == kind
    with pytest.raises(QuotaError):
        allocate_quotas(["a", "b"], np.array([0.0, 0.0]), 10.0, weight=1.0)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), min_size=1, max_size=30).filter(
        lambda rows: sum(p for p, _ in rows) > 0 and sum(s for _, s in rows) > 0
    ),
    st.floats(0, 1),
    st.floats(0, 1e9),
)
def test_quotas_add_up_to_the_goal(rows, weight, goal):
    potential = np.array([p for p, _ in rows], dtype=float)
    sales = np.array([s for _, s in rows], dtype=float)
    plan = allocate_quotas([str(i) for i in range(len(rows))], potential, goal, sales=sales, weight=weight)
    assert plan.table["quota"].sum() == pytest.approx(goal, rel=1e-9, abs=1e-6)
    assert (plan.table["quota"] >= 0).all()
