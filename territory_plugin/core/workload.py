"""Workload of accounts and territories, exactly as DESIGN.md defines it, on whole columns.

* **Account workload** (hours/year) = calls per year x minutes per call / 60, from the
  account's segment in a call plan or from per-account values.
* **Travel** (hours/year) of an account = calls per year x 2 x distance(account, base)
  x circuity / speed, where the base is the rep's home when known, else the territory's
  workload-weighted centre. Distances are ellipsoidal (WGS84, Karney's geodesics through
  pyproj, which QGIS itself depends on) for longitude/latitude, or straight lines for a
  projected CRS in metres; never degrees.
* **Territory workload** = call hours + travel hours + admin overhead (% of both).
  **Utilisation** = workload / rep capacity. Balance numbers come from
  :mod:`territory_plugin.core.metrics`.

Accounts are rows of arrays. A territory is an index 0..k-1 (-1 = none); a location is
an index into a small table of coordinates (-1 = unknown), so that a million accounts
in a few thousand zip areas cost a few thousand distance computations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from pyproj import Geod

from territory_plugin.core.metrics import coefficient_of_variation, deviations, max_abs_deviation

__all__ = [
    "DEFAULT_SEGMENT",
    "WorkloadError",
    "CallPlan",
    "parse_call_plan",
    "plan_calls",
    "call_hours",
    "geodesic_km",
    "planar_km",
    "weighted_centres",
    "Travel",
    "travel_hours",
    "Scorecard",
    "scorecard",
]

DEFAULT_SEGMENT = "*"
WGS84 = Geod(ellps="WGS84")


class WorkloadError(ValueError):
    """Bad input that the user must fix; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


def _segment_key(value: object) -> str:
    """How segments are compared: trimmed, case-insensitive; a missing value is ''."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value).strip().casefold()


def _plan_text(value: object) -> str:
    """A matrix cell as text; the command line turns ``1`` into ``1.0``, which must stay segment ``1``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass(frozen=True)
class CallPlan:
    """Calls per year and minutes per call of each segment; ``default`` serves any other segment."""

    rows: Mapping[str, tuple[float, float]]  # segment key -> (calls, minutes)
    labels: Mapping[str, str] = field(default_factory=dict)  # segment key -> segment as written
    default: tuple[float, float] | None = None


def parse_call_plan(values: Sequence) -> CallPlan:
    """A call plan from a flat matrix ``[segment, calls, minutes, segment, calls, minutes, ...]``.

    The segment ``*`` is the default row, used for every segment the plan does not list.
    Numbers must be 0 or more; a segment may appear once.
    """
    flat = [_plan_text(value) for value in values]
    if len(flat) % 3:
        raise WorkloadError(
            "plan_shape",
            f"the call plan needs rows of 3 values (segment, calls per year, minutes per call); got {len(flat)} values",
            count=len(flat),
        )
    rows: dict[str, tuple[float, float]] = {}
    labels: dict[str, str] = {}
    default = None
    for start in range(0, len(flat), 3):
        segment, calls_text, minutes_text = flat[start : start + 3]
        numbers = []
        for text in (calls_text, minutes_text):
            try:
                number = float(text)
            except ValueError:
                number = float("nan")
            if not np.isfinite(number) or number < 0:
                raise WorkloadError(
                    "plan_value",
                    f"call plan row {segment!r}: {text!r} is not a number of 0 or more",
                    segment=segment,
                    value=text,
                )
            numbers.append(number)
        key = _segment_key(segment)
        if segment == DEFAULT_SEGMENT:
            if default is not None:
                raise WorkloadError("plan_duplicate", "the call plan has two default rows '*'", segment=segment)
            default = (numbers[0], numbers[1])
            continue
        if key in rows:
            raise WorkloadError("plan_duplicate", f"segment {segment!r} occurs twice in the call plan", segment=segment)
        rows[key] = (numbers[0], numbers[1])
        labels[key] = segment
    if not rows and default is None:
        raise WorkloadError("plan_empty", "the call plan is empty", count=0)
    return CallPlan(rows, labels, default)


def plan_calls(segments: Sequence, plan: CallPlan) -> tuple[np.ndarray, np.ndarray]:
    """Calls per year and minutes per call of every account, from its segment.

    Each distinct segment is looked up once. Segments the plan does not list raise
    ``WorkloadError("unknown_segments")`` naming them (``details["segments"]``, with
    ``details["counts"]`` accounts each), unless the plan has a default row.
    """
    series = segments if isinstance(segments, pd.Series) else pd.Series(list(segments), dtype=object)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    raw = [*uniques.tolist(), None]  # factorize gives -1 to missing values: the appended None
    keys = [_segment_key(value) for value in raw]
    calls = np.empty(len(raw))
    minutes = np.empty(len(raw))
    unknown: dict[str, int] = {}
    counts = np.bincount(codes + 1, minlength=len(raw) + 1)
    for position, key in enumerate(keys):
        found = plan.rows.get(key, plan.default)
        if found is None:
            n = int(counts[position + 1] if position < len(raw) - 1 else counts[0])
            if n:
                label = "" if raw[position] is None else str(raw[position]).strip()
                unknown[label] = unknown.get(label, 0) + n
            found = (np.nan, np.nan)
        calls[position], minutes[position] = found
    if unknown:
        names = sorted(unknown)
        shown = ", ".join(repr(name) if name else "(blank)" for name in names[:10])
        raise WorkloadError(
            "unknown_segments",
            f"{len(names)} segments are not in the call plan: {shown}",
            segments=names,
            counts=unknown,
            known=sorted(plan.labels.values()),
        )
    return calls[codes], minutes[codes]


def call_hours(calls: np.ndarray, minutes: np.ndarray) -> np.ndarray:
    """Account workload in hours a year: calls per year x minutes per call / 60."""
    return np.asarray(calls, dtype=np.float64) * np.asarray(minutes, dtype=np.float64) / 60.0


# --- distances ---------------------------------------------------------------------------------


def geodesic_km(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> np.ndarray:
    """Ellipsoidal (WGS84) distance in km between points given in degrees; vectorised."""
    lon1, lat1, lon2, lat2 = (np.asarray(a, dtype=np.float64) for a in (lon1, lat1, lon2, lat2))
    if lon1.size == 0:
        return np.zeros(lon1.shape)
    _, _, metres = WGS84.inv(lon1, lat1, lon2, lat2)
    return np.asarray(metres, dtype=np.float64) / 1000.0


def planar_km(x1: np.ndarray, y1: np.ndarray, x2: np.ndarray, y2: np.ndarray) -> np.ndarray:
    """Straight-line distance in km between points of a projected CRS in metres."""
    return np.hypot(np.asarray(x2) - np.asarray(x1), np.asarray(y2) - np.asarray(y1)) / 1000.0


def weighted_centres(
    xy: np.ndarray, weights: np.ndarray, territory: np.ndarray, k: int, geographic: bool
) -> np.ndarray:
    """Weighted centre (k, 2) of the points of each territory; NaN where a territory has none.

    Territories whose points all weigh 0 take the plain mean of their points. For
    longitude/latitude the mean is taken on the unit sphere (3-D vectors, then back to
    degrees), which is right across the antimeridian; else on the plane.
    """
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    lab = np.asarray(territory)
    ok = (lab >= 0) & (lab < k) & np.isfinite(xy).all(axis=1)
    w = np.asarray(weights, dtype=np.float64)[ok]
    lab = lab[ok]
    if geographic:
        lon, lat = np.radians(xy[ok, 0]), np.radians(xy[ok, 1])
        coords = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    else:
        coords = xy[ok]
    total = np.bincount(lab, weights=w, minlength=k)
    count = np.bincount(lab, minlength=k).astype(np.float64)
    weighted = total > 0
    use = np.where(weighted[lab], w, 1.0)  # unweighted mean where all weights are 0
    norm = np.where(weighted, total, count)
    sums = np.column_stack([np.bincount(lab, weights=use * coords[:, d], minlength=k) for d in range(coords.shape[1])])
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = sums / norm[:, None]
    mean[count == 0] = np.nan
    if not geographic:
        return mean
    lon = np.degrees(np.arctan2(mean[:, 1], mean[:, 0]))
    lat = np.degrees(np.arctan2(mean[:, 2], np.hypot(mean[:, 0], mean[:, 1])))
    return np.column_stack([lon, lat])


@dataclass
class Travel:
    """Travel of every account, and the base each territory was measured from.

    hours, distance_km: (n,), NaN where the account has no location or no territory.
    base: (k, 2) base of each territory (NaN when it has neither a home nor a located
    account); from_home: (k,) True where the base is the rep's home.
    """

    hours: np.ndarray
    distance_km: np.ndarray
    base: np.ndarray
    from_home: np.ndarray

    @property
    def located(self) -> np.ndarray:
        return np.isfinite(self.hours)


def travel_hours(
    calls: np.ndarray,
    location: np.ndarray,
    locations: np.ndarray,
    territory: np.ndarray,
    k: int,
    homes: np.ndarray | None = None,
    weights: np.ndarray | None = None,
    geographic: bool = True,
    speed_kmh: float = 50.0,
    circuity: float = 1.3,
) -> Travel:
    """Travel hours of every account: calls x 2 x distance(location, base) x circuity / speed.

    ``location`` (n,) indexes ``locations`` (m, 2) (-1: unknown; lon/lat in degrees when
    ``geographic``, else metres); ``territory`` (n,) is 0..k-1 or -1. ``homes`` (k, 2)
    holds each rep's home (NaN rows where unknown); other territories are measured from
    their centre weighted by ``weights`` (the accounts' call hours). Each distinct
    (location, territory) pair is measured once.
    """
    if speed_kmh <= 0:
        raise WorkloadError("speed", "the average speed must be more than 0 km/h", speed=speed_kmh)
    if circuity <= 0:
        raise WorkloadError("circuity", "the circuity factor must be more than 0", circuity=circuity)
    calls = np.asarray(calls, dtype=np.float64)
    location = np.asarray(location, dtype=np.int64)
    territory = np.asarray(territory, dtype=np.int64)
    locations = np.asarray(locations, dtype=np.float64).reshape(-1, 2)
    n = len(calls)
    located = (location >= 0) & (territory >= 0) & (territory < k)
    located[located] &= np.isfinite(locations[location[located]]).all(axis=1)

    home = np.full((k, 2), np.nan) if homes is None else np.asarray(homes, dtype=np.float64).reshape(k, 2)
    from_home = np.isfinite(home).all(axis=1)
    base = home.copy()
    if not from_home.all():
        w = call_hours(calls, np.full(n, 60.0)) if weights is None else np.asarray(weights, dtype=np.float64)
        xy = np.full((n, 2), np.nan)
        xy[located] = locations[location[located]]
        centres = weighted_centres(xy, w, np.where(located, territory, -1), k, geographic)
        base[~from_home] = centres[~from_home]

    distance = np.full(n, np.nan)
    if located.any():
        pair = location[located] * np.int64(k) + territory[located]
        unique, inverse = np.unique(pair, return_inverse=True)
        loc, ter = np.divmod(unique, np.int64(k))
        a, b = locations[loc], base[ter]
        measure = geodesic_km if geographic else planar_km
        distance[located] = measure(a[:, 0], a[:, 1], b[:, 0], b[:, 1])[inverse]
    hours = calls * 2.0 * distance * circuity / speed_kmh
    return Travel(hours=hours, distance_km=distance, base=base, from_home=from_home)


# --- scorecard ---------------------------------------------------------------------------------


@dataclass
class Scorecard:
    """One row per territory (``table``) and the balance of total hours."""

    table: pd.DataFrame
    max_deviation: float  # largest |deviation| of total hours, as a fraction
    cv: float  # coefficient of variation of total hours

    @property
    def max_deviation_pct(self) -> float:
        return self.max_deviation * 100.0


SCORECARD_COLUMNS = (
    "territory",
    "accounts",
    "call_hours",
    "travel_hours",
    "admin_hours",
    "total_hours",
    "utilisation",
    "index",
    "deviation_pct",
)


def scorecard(
    names: Sequence[str],
    territory: np.ndarray,
    hours: np.ndarray,
    travel: np.ndarray,
    accounts: np.ndarray | None = None,
    sums: Mapping[str, np.ndarray] | None = None,
    capacity_hours: float = 1600.0,
    admin_pct: float = 0.0,
) -> Scorecard:
    """Per territory: accounts, call, travel, admin and total hours, utilisation, index, deviation.

    ``territory`` (n,) indexes ``names`` (-1: in no territory, left out). ``hours`` are
    call hours, ``travel`` travel hours (NaN counts as 0). ``accounts`` gives each row's
    number of accounts (1 per row by default; a unit's account count at unit level).
    ``sums`` are added as extra columns, named as given. Territories without rows get 0.
    """
    if capacity_hours <= 0:
        raise WorkloadError("capacity", "the rep capacity must be more than 0 hours", capacity=capacity_hours)
    if admin_pct < 0:
        raise WorkloadError("admin", "the admin overhead cannot be negative", admin=admin_pct)
    k = len(names)
    lab = np.asarray(territory, dtype=np.int64)
    ok = (lab >= 0) & (lab < k)
    where = lab[ok]

    def total(values) -> np.ndarray:
        v = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0)
        return np.bincount(where, weights=v[ok], minlength=k)

    count = total(np.ones(len(lab)) if accounts is None else accounts)
    call = total(hours)
    trip = total(travel)
    admin = (call + trip) * admin_pct / 100.0
    workload = call + trip + admin
    mean = workload.mean() if k else 0.0
    dev = deviations(workload) if k else np.zeros(0)
    table = pd.DataFrame(
        {
            "territory": [str(name) for name in names],
            "accounts": np.rint(count).astype(np.int64) if accounts is None else count,
            "call_hours": call,
            "travel_hours": trip,
            "admin_hours": admin,
            "total_hours": workload,
            "utilisation": workload / capacity_hours,
            "index": workload / mean if mean > 0 else np.zeros(k),
            "deviation_pct": dev * 100.0,
        }
    )
    if accounts is not None and np.allclose(count, np.rint(count)):
        table["accounts"] = np.rint(count).astype(np.int64)
    for name, values in (sums or {}).items():
        table[name] = total(values)
    return Scorecard(
        table=table,
        max_deviation=float(max_abs_deviation(dev)) if k else 0.0,
        cv=float(coefficient_of_variation(workload)) if k else 0.0,
    )
