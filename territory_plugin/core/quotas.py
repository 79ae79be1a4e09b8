"""Split a company goal over territories: where territory design meets compensation.

quota_t = goal x (w x potential_t / total potential + (1 - w) x sales_t / total sales)

``w`` is the weight of potential (1: by potential only; 0: by last year's sales only).
A quota is fair when it asks the same share of potential everywhere, so each territory
also gets ``quota_to_potential`` = quota / potential and the ``fairness_index`` = that
ratio over the company's (goal / total potential): 1 is average, 1.2 means the rep must
win 20% more of their potential than the average rep.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["QuotaError", "QuotaPlan", "QUOTA_COLUMNS", "allocate_quotas"]

QUOTA_COLUMNS = (
    "territory",
    "potential",
    "sales",
    "potential_share",
    "sales_share",
    "quota",
    "quota_share",
    "quota_to_potential",
    "fairness_index",
    "growth_pct",
    "flag",
)


class QuotaError(ValueError):
    """Bad input that the user must fix; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


@dataclass
class QuotaPlan:
    """One row per territory (``table``, columns ``QUOTA_COLUMNS``) and the spread of fairness."""

    table: pd.DataFrame
    max_fairness_deviation: float  # largest |fairness_index - 1| over territories with potential

    @property
    def max_fairness_deviation_pct(self) -> float:
        return self.max_fairness_deviation * 100.0


def _shares(values: np.ndarray, what: str) -> np.ndarray:
    if (values < 0).any():
        raise QuotaError("negative", f"{what} cannot be negative", what=what, row=int(np.flatnonzero(values < 0)[0]))
    total = values.sum()
    if total <= 0:
        raise QuotaError("zero_total", f"{what} is 0 in every territory: nothing to split by", what=what)
    return values / total


def allocate_quotas(
    names: Sequence[str],
    potential: np.ndarray,
    goal: float,
    sales: np.ndarray | None = None,
    weight: float = 0.5,
    flag_pct: float = 10.0,
) -> QuotaPlan:
    """Quota of each territory from a blend of its potential share and its sales share.

    ``weight`` (0..1) is the weight of potential; without ``sales`` it must be 1.
    Territories whose ``fairness_index`` is more than ``flag_pct`` % above (below) 1 are
    flagged ``harder`` (``easier``); a quota on a territory without potential is
    flagged ``no potential``. Quotas add up to the goal exactly (up to rounding error).
    """
    if not 0.0 <= weight <= 1.0:
        raise QuotaError("weight", "the weight of potential must be between 0 and 1", weight=weight)
    if goal < 0 or not np.isfinite(goal):
        raise QuotaError("goal", "the goal must be a number of 0 or more", goal=goal)
    potential = np.asarray(potential, dtype=np.float64)
    potential_share = _shares(potential, "potential")
    if sales is None:
        if weight < 1.0:
            raise QuotaError(
                "no_sales", "without last year's sales the quotas can only follow potential", weight=weight
            )
        sales_values = np.full(len(potential), np.nan)
        sales_share = np.zeros(len(potential))
    else:
        sales_values = np.asarray(sales, dtype=np.float64)
        sales_share = _shares(sales_values, "last year's sales") if weight < 1.0 else np.zeros(len(potential))
    share = weight * potential_share + (1.0 - weight) * sales_share
    quota = goal * share
    company = goal / potential.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(potential > 0, quota / np.where(potential > 0, potential, 1.0), np.nan)
        fairness = ratio / company if company > 0 else np.full(len(quota), np.nan)
        growth = np.where(sales_values > 0, (quota / sales_values - 1.0) * 100.0, np.nan)
    flag = np.full(len(quota), "", dtype=object)
    limit = flag_pct / 100.0
    flag[fairness > 1.0 + limit] = "harder"
    flag[fairness < 1.0 - limit] = "easier"
    flag[(potential <= 0) & (quota > 0)] = "no potential"
    table = pd.DataFrame(
        {
            "territory": [str(name) for name in names],
            "potential": potential,
            "sales": sales_values,
            "potential_share": potential_share,
            "sales_share": sales_share if sales is not None else np.full(len(quota), np.nan),
            "quota": quota,
            "quota_share": share,
            "quota_to_potential": ratio,
            "fairness_index": fairness,
            "growth_pct": growth,
            "flag": flag,
        }
    )
    measured = np.isfinite(fairness)
    spread = float(np.abs(fairness[measured] - 1.0).max()) if measured.any() else 0.0
    return QuotaPlan(table=table, max_fairness_deviation=spread)
