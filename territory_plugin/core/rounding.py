"""How many decimals the numbers a person reads keep: one rule for every table the plugin writes.

Hours to 0.1 h (six minutes: nobody plans a rep's year closer), money to whole units,
percentages to 0.1 point (deviations to 0.01, as the design's log prints them). Tables are
rounded as they are written, after every total and balance figure has been computed on the
exact numbers; the numeric outputs of an algorithm stay exact.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = [
    "HOURS",
    "MONEY",
    "PERCENT",
    "DEVIATION",
    "SCORECARD",
    "BUILD_UP",
    "ACCOUNT",
    "QUOTAS",
    "round_columns",
    "round_to_total",
]

HOURS = 1  # decimals of hours, days and calls
MONEY = 0  # whole units of the currency
PERCENT = 1  # utilisation, travel share, growth
DEVIATION = 2  # deviation from the mean in percent, as the design's log prints it
SHARE = 4  # a fraction of a total (0.0624 = 6.24%)

# Decimals of each table's columns (others are written as they are).
SCORECARD = {
    "calls": HOURS,
    "field_days": HOURS,
    "call_hours": HOURS,
    "travel_hours": HOURS,
    "admin_hours": HOURS,
    "total_hours": HOURS,
    "utilisation_pct": PERCENT,
    "index": 3,
    "deviation_pct": DEVIATION,
}
BUILD_UP = {"calls": HOURS, "hours": HOURS, "share_pct": PERCENT}
# One account's hours keep 4 decimals: zip areas and territories add them up again (a C
# account's 1.33 h rounded to 1.3 would lose 2% of the segment's hours).
ACCOUNT = {"call_hours": 4, "travel_hours": 4, "distance_km": 2}
QUOTAS = {
    "potential": MONEY,
    "sales": MONEY,
    "potential_share": SHARE,
    "sales_share": SHARE,
    "quota_share": SHARE,
    "quota_to_potential": SHARE,
    "fairness_index": 3,
    "growth_pct": PERCENT,
}  # the quota itself: round_to_total, so the quotas still add up to the goal


def round_columns(frame: pd.DataFrame, decimals: Mapping[str, int]) -> pd.DataFrame:
    """A copy of ``frame`` with the named numeric columns rounded (missing columns skipped, NaN kept)."""
    out = frame.copy()
    for column, places in decimals.items():
        if column in out.columns and pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].round(places)
    return out


def round_to_total(values: np.ndarray, decimals: int = MONEY) -> np.ndarray:
    """``values`` rounded to ``decimals`` so that the rounded values still add up to their rounded total.

    Largest remainder: each value goes down, then the ones that lost most go up one step
    until the total is met (a goal split over territories stays the goal to the unit).
    NaN values are left out of the total and kept NaN.
    """
    values = np.asarray(values, dtype=np.float64)
    scale = 10.0**decimals
    finite = np.isfinite(values)
    scaled = values[finite] * scale
    floor = np.floor(scaled)
    short = int(np.floor(float(scaled.sum()) - float(floor.sum()) + 0.5))  # the total rounded half up
    order = np.argsort(-(scaled - floor), kind="stable")
    floor[order[: max(short, 0)]] += 1.0
    out = np.full(len(values), np.nan)
    out[finite] = floor / scale
    return out
