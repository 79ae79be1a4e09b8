"""Sizing the sales force (DESIGN.md "Reps needed"): how many reps the workload needs, and its build-up.

reps needed = ceil(total workload / (capacity x target utilisation)); the build-up says where
the hours come from (per segment: accounts, calls, call hours; then travel, admin, total).
Workload itself (call hours, day-tour travel, the scorecard) is :mod:`territory_plugin.core.workload`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from territory_plugin.core.workload import (
    FIELD_DAYS_PER_YEAR,
    CallPlan,
    WorkloadError,
    check_calls_per_day,
    check_field_days,
    check_positive,
    segment_key,
)

__all__ = ["BUILD_UP_COLUMNS", "Sizing", "build_up", "reps_needed", "size_sales_force"]

# Lines of the build-up table (Sizing.build_up["line"]); the shell words them.
LINE_SEGMENT = "segment"
LINE_TRAVEL = "travel"
LINE_ADMIN = "admin"
LINE_TOTAL = "total"
BUILD_UP_COLUMNS = ("line", "segment", "accounts", "calls", "hours", "share_pct")


@dataclass
class Sizing:
    """How many reps the workload needs (DESIGN.md "Reps needed"), and where the hours come from.

    reps_needed = ceil(workload_hours / (capacity_hours x target_utilisation_pct / 100)).
    reps_for_field_days: the same count on days (calls / calls per day against the year's
    field days at the target utilisation); when it is larger, days bind before hours.
    build_up: one line per segment (accounts, calls, call hours), then travel, admin and
    the total, each with its share of the hours (columns ``BUILD_UP_COLUMNS``).
    """

    reps_needed: int
    reps_exact: float
    workload_hours: float
    hours_per_rep: float
    capacity_hours: float
    target_utilisation_pct: float
    field_days: float
    reps_for_field_days: int
    build_up: pd.DataFrame


def _reps(load: float, per_rep: float) -> tuple[int, float]:
    exact = load / per_rep
    return int(np.ceil(exact - 1e-9)) if exact > 0 else 0, exact


def _capacity_and_target(capacity_hours: float, target_utilisation_pct: float) -> tuple[float, float]:
    capacity_hours = check_positive(capacity_hours, "capacity", "the rep capacity must be more than 0 hours")
    target = check_positive(target_utilisation_pct, "target_utilisation", "the target utilisation must be more than 0%")
    return capacity_hours, target


def reps_needed(workload_hours: float, capacity_hours: float, target_utilisation_pct: float = 90.0) -> int:
    """Reps for ``workload_hours`` a year at the target utilisation (DESIGN.md "Reps needed"), rounded up."""
    capacity_hours, target = _capacity_and_target(capacity_hours, target_utilisation_pct)
    return _reps(float(workload_hours), capacity_hours * target / 100.0)[0]


def build_up(
    segments: Sequence,
    calls: np.ndarray,
    hours: np.ndarray,
    travel_hours: float = 0.0,
    admin_pct: float = 0.0,
    plan: CallPlan | None = None,
    accounts: np.ndarray | None = None,
) -> pd.DataFrame:
    """Workload build-up: one line per segment, then travel, admin and the total.

    Segments are compared as in the call plan (trimmed, case-insensitive) and listed in
    the plan's order (others after, by name), with the plan's spelling; a blank segment is
    ``""``. Travel is its own line, not spread over the segments: it depends on where the
    accounts are and how the territories are drawn, not on their segment. The admin line
    is ``admin_pct`` of calls and travel (left out at 0). ``share_pct`` is each line's
    share of the total hours. ``accounts`` (n,) is how many accounts each row stands for
    (default 1; a zip area's account count at unit level).
    """
    if not np.isfinite(admin_pct) or admin_pct < 0:
        raise WorkloadError("admin", "the admin overhead cannot be negative", admin=admin_pct)
    series = segments if isinstance(segments, pd.Series) else pd.Series(list(segments), dtype=object)
    n = len(series)
    # each distinct value is keyed once (a million accounts have a handful of segments)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    values = [*uniques.tolist(), None]  # factorize gives -1 to missing values: the appended None
    codes = np.where(codes < 0, len(values) - 1, codes)
    keys, group_of_value = [], []
    for value in values:
        key = segment_key(value)
        if key not in keys:
            keys.append(key)
        group_of_value.append(keys.index(key))
    group = np.asarray(group_of_value, dtype=np.int64)[codes]
    present = np.bincount(group, minlength=len(keys)) > 0
    first_row = np.full(len(keys), n, dtype=np.int64)
    np.minimum.at(first_row, group, np.arange(n))
    raw = ["" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip() for v in values]
    count = np.ones(n) if accounts is None else np.nan_to_num(np.asarray(accounts, dtype=np.float64), nan=0.0)

    def summed(column) -> np.ndarray:
        return np.bincount(
            group, weights=np.nan_to_num(np.asarray(column, dtype=np.float64), nan=0.0), minlength=len(keys)
        )

    grouped = pd.DataFrame(
        {
            # the spelling of the group's first row, as in the data
            "segment": [raw[codes[row]] if row < n else "" for row in first_row.tolist()],
            "accounts": summed(count),
            "calls": summed(calls),
            "hours": summed(hours),
        },
        index=pd.Index(keys, name="key"),
    )
    grouped = grouped[present].iloc[np.argsort(first_row[present], kind="stable")]  # order of first appearance
    order = list(plan.rows) if plan is not None else []
    rank = {key: i for i, key in enumerate(order)}
    labels = plan.labels if plan is not None else {}
    grouped["segment"] = [labels.get(key, segment) for key, segment in zip(grouped.index, grouped["segment"])]
    grouped["rank"] = [rank.get(key, len(order)) for key in grouped.index]
    grouped = grouped.sort_values(["rank", "segment"], kind="stable")
    travel = float(np.nan_to_num(travel_hours))
    calls_hours = float(grouped["hours"].sum())
    admin = (calls_hours + travel) * admin_pct / 100.0
    lines = [
        (LINE_SEGMENT, row.segment, int(round(row.accounts)), float(row.calls), float(row.hours))
        for row in grouped.itertuples()
    ]
    lines.append((LINE_TRAVEL, "", np.nan, np.nan, travel))
    if admin_pct > 0:
        lines.append((LINE_ADMIN, "", np.nan, np.nan, admin))
    total = calls_hours + travel + admin
    lines.append((LINE_TOTAL, "", int(round(count.sum())), float(grouped["calls"].sum()), total))
    table = pd.DataFrame(lines, columns=list(BUILD_UP_COLUMNS[:-1]))
    table["share_pct"] = table["hours"] / total * 100.0 if total > 0 else 0.0
    return table


def size_sales_force(
    segments: Sequence,
    calls: np.ndarray,
    hours: np.ndarray,
    travel_hours: float = 0.0,
    capacity_hours: float = 1600.0,
    target_utilisation_pct: float = 90.0,
    admin_pct: float = 0.0,
    calls_per_day: float = 6.0,
    field_days_per_year: float = FIELD_DAYS_PER_YEAR,
    plan: CallPlan | None = None,
    accounts: np.ndarray | None = None,
) -> Sizing:
    """Reps needed for the accounts' calls and the territories' travel (workload build-up).

    ``segments``, ``calls`` and ``hours`` are per account (every account that must be
    called, in a territory or not); ``travel_hours`` is the total travel of the scored
    territories (it depends on how many there are and how they are drawn, so the count
    is an estimate until territories are designed for it). ``target_utilisation_pct`` is
    the share of capacity a rep should be planned at (90: leave 10% slack). ``accounts``
    as in :func:`build_up`.
    """
    capacity_hours, target = _capacity_and_target(capacity_hours, target_utilisation_pct)
    c = check_calls_per_day(calls_per_day)
    year_days = check_field_days(field_days_per_year)
    table = build_up(segments, calls, hours, travel_hours, admin_pct, plan, accounts)
    workload = float(table["hours"].iloc[-1])
    per_rep = capacity_hours * target / 100.0
    reps, exact = _reps(workload, per_rep)
    days = float(table["calls"].iloc[-1]) / c
    by_days, _ = _reps(days, year_days * target / 100.0)
    return Sizing(
        reps_needed=reps,
        reps_exact=exact,
        workload_hours=workload,
        hours_per_rep=per_rep,
        capacity_hours=capacity_hours,
        target_utilisation_pct=target,
        field_days=days,
        reps_for_field_days=by_days,
        build_up=table,
    )
