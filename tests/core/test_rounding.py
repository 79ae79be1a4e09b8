"""core/rounding.py: the decimals a reader sees, and money split without losing a unit."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from territory_plugin.core import rounding


def test_columns_named_are_rounded_and_others_left_alone():
    frame = pd.DataFrame({"territory": ["A", "B"], "total_hours": [1.26, np.nan], "index": [0.99949, 1.00051]})
    out = rounding.round_columns(frame, {"total_hours": 1, "index": 3, "territory": 0, "absent": 2})
    assert out["total_hours"].tolist()[0] == 1.3 and np.isnan(out["total_hours"].iloc[1])
    assert out["index"].tolist() == [0.999, 1.001]
    assert out["territory"].tolist() == ["A", "B"]
    assert frame["total_hours"].iloc[0] == 1.26  # the input is not changed


def test_a_goal_split_in_three_keeps_every_unit():
    quotas = np.array([100.0, 100.0, 100.0]) / 3 * 1000  # 33,333.33 each
    out = rounding.round_to_total(quotas)
    assert out.sum() == 100_000 and sorted(out.tolist()) == [33_333, 33_333, 33_334]


@given(st.lists(st.floats(0, 1e9, allow_nan=False), min_size=1, max_size=50), st.integers(0, 2))
def test_rounded_values_add_up_to_the_rounded_total(values, decimals):
    out = rounding.round_to_total(np.array(values), decimals)
    step = 10.0**-decimals
    total = math.floor(sum(values) / step + 0.5) * step  # the total rounded half up
    assert out.sum() == pytest.approx(total, abs=step * 0.01 + 1e-9 * sum(values))
    assert np.all(np.abs(out - np.array(values)) < 10.0**-decimals + 1e-6)


def test_missing_values_stay_missing():
    out = rounding.round_to_total(np.array([1.5, np.nan, 2.5]))
    assert np.isnan(out[1]) and out[0] + out[2] == 4
