"""Workload of accounts and territories, exactly as DESIGN.md defines it, on whole columns.

* **Account workload** (hours/year) = calls per year x minutes per call / 60, from the
  account's segment in a call plan or from per-account values.
* **Travel** (hours/year), day tours (:func:`day_tour_travel`): a rep chains ``c`` calls
  (calls per day) into a tour from the base and back, so each call costs its share of the
  drive out and back plus one hop to the next call:
  ``travel_i = calls_i x (2 x d(i, base) / c + hop_t) x circuity / speed`` with
  ``hop_t = 0.7124 x sqrt(A_t / N_t)``, the mean step of a tour through the territory's
  N_t called accounts spread over the area A_t of the units that hold them
  (Beardwood-Halton-Hammersley). The base is the rep's home when known, else the
  territory's call-weighted centre. Distances are ellipsoidal (WGS84, Karney's geodesics
  through pyproj, which QGIS itself depends on) for longitude/latitude, or straight lines
  for a projected CRS in metres; never degrees.
* **Territory workload** = call hours + travel hours + admin overhead (% of both).
  **Utilisation** = workload / rep capacity, in percent. **Field days** = calls / calls
  per day; a territory needing more than a year's field days is overloaded whatever its
  hours. **Reps needed** = total workload / (capacity x target utilisation), rounded up
  (:mod:`territory_plugin.core.sizing`). Balance numbers come from :mod:`territory_plugin.core.metrics`.

Accounts are rows of arrays. A territory is an index 0..k-1 (-1 = none); a location is
an index into a small table of coordinates (-1 = unknown), so that a million accounts
in a few thousand zip areas cost a few thousand distance computations.

At ~650 lines this is one of the longer modules on purpose: call plans, travel and the
scorecard are DESIGN.md's one definition of workload and share its checks and the location
table; sizing (reps needed, the build-up) is core/sizing.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from pyproj import Geod
from scipy.spatial import ConvexHull

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
    "hull_area_km2",
    "day_tour_travel",
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


def segment_key(value: object) -> str:
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
        key = segment_key(segment)
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
    keys = [segment_key(value) for value in raw]
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


# Beardwood-Halton-Hammersley: a shortest tour through N points spread over an area A
# is about 0.7124 sqrt(N A) long, so the mean step between neighbouring stops is
# 0.7124 sqrt(A / N) (the standard continuous approximation of vehicle routing).
BHH_CONSTANT = 0.7124
MAX_CALLS_PER_DAY = 50.0
HOURS_PER_YEAR = 8760.0  # no rep works more: a territory past this is a data or plan problem
DAYS_PER_YEAR = 365.0
FIELD_DAYS_PER_YEAR = 220.0  # DESIGN.md: a field rep's year is about 220 days

# Where a territory's area A_t came from (Travel.area_source).
AREA_GIVEN = "given"  # the caller's area per territory
AREA_UNITS = "units"  # the areas of the units that hold its called accounts
AREA_HULL = "hull"  # fallback: convex hull of its called accounts (some lack a unit area)
AREA_NONE = ""  # no called account located: no tour, travel 0


@dataclass
class Travel:
    """Travel of every account, and the base and tour of each territory.

    hours, distance_km: (n,), NaN where the account has no location or no territory.
    base: (k, 2) base of each territory (NaN when it has neither a home nor a located
    account); from_home: (k,) True where the base is the rep's home.
    Tours: hop_km (k,) mean step between two calls of a day; area_km2 (k,) the area A_t it
    comes from, and area_source (k,) where that came from (``AREA_*``); stops (k,) N_t, the
    located accounts with calls; calls_per_day c.
    """

    hours: np.ndarray
    distance_km: np.ndarray
    base: np.ndarray
    from_home: np.ndarray
    hop_km: np.ndarray | None = None
    area_km2: np.ndarray | None = None
    area_source: np.ndarray | None = None
    stops: np.ndarray | None = None
    calls_per_day: float = 1.0

    @property
    def located(self) -> np.ndarray:
        return np.isfinite(self.hours)

    @property
    def without_tours(self) -> np.ndarray:
        """(k,) territories with no located account to call on: their travel is 0."""
        if self.stops is None:
            return ~np.isfinite(self.base).all(axis=1)
        return self.stops <= 0

    @property
    def area_from_hull(self) -> np.ndarray:
        """(k,) territories whose area is the convex hull of their accounts (no unit areas)."""
        if self.area_source is None:
            return np.zeros(len(self.base), dtype=bool)
        return self.area_source == AREA_HULL


def check_positive(value: float, kind: str, message: str) -> float:
    value = float(value)
    if not np.isfinite(value) or value <= 0:
        raise WorkloadError(kind, message, **{kind: value})
    return value


def check_calls_per_day(calls_per_day: float) -> float:
    c = float(calls_per_day)
    if not np.isfinite(c) or c <= 0 or c > MAX_CALLS_PER_DAY:
        raise WorkloadError(
            "calls_per_day",
            f"calls per day must be more than 0 and at most {MAX_CALLS_PER_DAY:g}; got {calls_per_day}",
            calls_per_day=calls_per_day,
        )
    return c


def check_field_days(days: float) -> float:
    d = float(days)
    if not np.isfinite(d) or d <= 0 or d > DAYS_PER_YEAR:
        raise WorkloadError(
            "field_days", f"field days a year must be more than 0 and at most 365; got {days}", field_days=days
        )
    return d


def _distances_to_bases(
    calls: np.ndarray,
    location: np.ndarray,
    locations: np.ndarray,
    territory: np.ndarray,
    k: int,
    homes: np.ndarray | None,
    weights: np.ndarray | None,
    geographic: bool,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(located (n,), distance_km (n,), base (k, 2), from_home (k,)) as Travel defines them.

    Each distinct (location, territory) pair is measured once.
    """
    n = len(calls)
    located = (location >= 0) & (territory >= 0) & (territory < k)
    located[located] &= np.isfinite(locations[location[located]]).all(axis=1)

    home = np.full((k, 2), np.nan) if homes is None else np.asarray(homes, dtype=np.float64).reshape(k, 2)
    from_home = np.isfinite(home).all(axis=1)
    base = home.copy()
    if not from_home.all():
        w = calls if weights is None else np.asarray(weights, dtype=np.float64)
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
    return located, distance, base, from_home


def _as_rows(calls, location, locations, territory):
    return (
        np.asarray(calls, dtype=np.float64),
        np.asarray(location, dtype=np.int64),
        np.asarray(locations, dtype=np.float64).reshape(-1, 2),
        np.asarray(territory, dtype=np.int64),
    )


def hull_area_km2(xy: np.ndarray, geographic: bool) -> float:
    """Area in km^2 of the convex hull of points (lon/lat degrees, or metres); 0 for fewer than 3.

    For lon/lat the hull is taken in degrees around the points' first longitude (so a
    territory across the antimeridian stays whole) and measured on the WGS84 ellipsoid.
    """
    xy = np.unique(np.asarray(xy, dtype=np.float64).reshape(-1, 2), axis=0)
    if len(xy) < 3:
        return 0.0
    if geographic:
        xy = xy.copy()
        xy[:, 0] = (xy[:, 0] - xy[0, 0] + 180.0) % 360.0 - 180.0 + xy[0, 0]
    if np.linalg.matrix_rank(xy - xy.mean(axis=0), tol=1e-9 * np.ptp(xy, axis=0).max()) < 2:
        return 0.0  # all on one line
    hull = ConvexHull(xy, qhull_options="QJ")  # joggled: no precision error on near-flat sets
    if not geographic:
        return float(hull.volume) / 1e6
    ring = xy[hull.vertices]  # counter-clockwise
    area, _ = WGS84.polygon_area_perimeter(ring[:, 0], ring[:, 1])
    return abs(float(area)) / 1e6


def day_tour_travel(
    calls: np.ndarray,
    location: np.ndarray,
    locations: np.ndarray,
    territory: np.ndarray,
    k: int,
    *,
    homes: np.ndarray | None = None,
    weights: np.ndarray | None = None,
    geographic: bool = True,
    speed_kmh: float = 50.0,
    circuity: float = 1.3,
    calls_per_day: float = 6.0,
    unit: np.ndarray | None = None,
    unit_area_km2: np.ndarray | None = None,
    area_km2: np.ndarray | None = None,
    accounts: np.ndarray | None = None,
) -> Travel:
    """Travel hours of every account as day tours (DESIGN.md "Travel").

    ``travel_i = calls_i x (2 x d(i, base) / calls_per_day + hop_t) x circuity / speed``,
    ``hop_t = 0.7124 x sqrt(A_t / N_t)``.

    Rows: ``calls`` (n,) calls a year; ``location`` (n,) indexes ``locations`` (m, 2)
    (-1: unknown; lon/lat degrees when ``geographic``, else metres of a projected CRS);
    ``territory`` (n,) 0..k-1 or -1; ``accounts`` (n,) how many accounts a row stands for
    (default 1; a unit's account count at unit level).
    Base: ``homes`` (k, 2) rep homes (NaN rows where unknown), else the territory's centre
    weighted by ``weights`` (default: calls).
    Tours: N_t counts the located accounts of t with calls (accounts never called are on
    no tour). A_t, in km^2, is ``area_km2[t]`` when given and finite; else the sum of
    ``unit_area_km2`` over the distinct units (``unit`` (n,), -1: none) holding those
    accounts, when every one of them has a unit of known area; else (unit or area unknown)
    the convex hull of their locations, which is smaller than the units' area and so
    gives a shorter hop. ``Travel.area_source`` says which, per territory.
    Territories without a located account with calls travel 0 (``Travel.without_tours``).
    """
    speed_kmh = check_positive(speed_kmh, "speed", "the average speed must be more than 0 km/h")
    circuity = check_positive(circuity, "circuity", "the circuity factor must be more than 0")
    c = check_calls_per_day(calls_per_day)
    calls, location, locations, territory = _as_rows(calls, location, locations, territory)
    n = len(calls)
    located, distance, base, from_home = _distances_to_bases(
        calls, location, locations, territory, k, homes, weights, geographic
    )

    # N_t: located accounts with calls
    count = np.ones(n) if accounts is None else np.nan_to_num(np.asarray(accounts, dtype=np.float64), nan=0.0)
    stop = located & (calls > 0)
    stops = np.bincount(territory[stop], weights=count[stop], minlength=k)

    # A_t: given, else the units holding the stops, else their convex hull
    area = np.full(k, np.nan)
    source = np.full(k, AREA_NONE, dtype=object)
    if area_km2 is not None:
        given = np.asarray(area_km2, dtype=np.float64).reshape(k)
        if (given[np.isfinite(given)] < 0).any():
            raise WorkloadError("area", "territory areas cannot be negative", area=given)
        use = np.isfinite(given)
        area[use], source[use] = given[use], AREA_GIVEN
    todo = (stops > 0) & ~np.isfinite(area)
    if todo.any() and unit is not None and unit_area_km2 is not None:
        unit = np.asarray(unit, dtype=np.int64)
        unit_area = np.asarray(unit_area_km2, dtype=np.float64)
        if len(unit) != n:
            raise WorkloadError("unit", "give one unit per account", accounts=n, units=len(unit))
        held = stop & (unit >= 0) & (unit < len(unit_area))
        held[held] &= np.isfinite(unit_area[unit[held]]) & (unit_area[unit[held]] >= 0)
        missing = np.bincount(territory[stop & ~held], minlength=k) > 0
        pair = np.unique(unit[held] * np.int64(k) + territory[held])
        u, t = np.divmod(pair, np.int64(k))
        from_units = np.bincount(t, weights=unit_area[u], minlength=k)
        use = todo & ~missing
        area[use], source[use] = from_units[use], AREA_UNITS
    todo = (stops > 0) & ~np.isfinite(area)
    if todo.any():
        # distinct (territory, location) pairs of the stops, grouped by territory
        pair = np.unique(territory[stop] * np.int64(len(locations)) + location[stop])
        ter, loc = np.divmod(pair, np.int64(len(locations)))
        bounds = np.searchsorted(ter, np.arange(k + 1))
        for t in np.flatnonzero(todo).tolist():
            area[t] = hull_area_km2(locations[loc[bounds[t] : bounds[t + 1]]], geographic)
            source[t] = AREA_HULL
    area[(stops <= 0) & (source != AREA_GIVEN)] = 0.0

    with np.errstate(divide="ignore", invalid="ignore"):
        hop = np.where(stops > 0, BHH_CONSTANT * np.sqrt(area / stops), 0.0)
    per_call = np.full(n, np.nan)
    per_call[located] = 2.0 * distance[located] / c + hop[territory[located]]
    hours = calls * per_call * circuity / speed_kmh
    return Travel(
        hours=hours,
        distance_km=distance,
        base=base,
        from_home=from_home,
        hop_km=hop,
        area_km2=area,
        area_source=source,
        stops=stops,
        calls_per_day=c,
    )


# --- scorecard ---------------------------------------------------------------------------------


@dataclass
class Scorecard:
    """One row per territory (``table``), the balance of total hours, and what is wrong.

    over_capacity (k,): total hours above the rep's capacity. over_field_days (k,): more
    field days than a year's (overloaded whatever the hours); all False without calls.
    impossible (k,): more hours than a year has, or more field days than days in a year:
    no rep can do it, the data or the plan is wrong.
    """

    table: pd.DataFrame
    max_deviation: float  # largest |deviation| of total hours, as a fraction
    cv: float  # coefficient of variation of total hours
    over_capacity: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    over_field_days: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    impossible: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    @property
    def max_deviation_pct(self) -> float:
        return self.max_deviation * 100.0

    @property
    def overloaded(self) -> np.ndarray:
        """(k,) over capacity or over the year's field days."""
        return self.over_capacity | self.over_field_days


# ``calls``, ``field_days`` and ``calls_per_day`` follow ``accounts`` when calls are given.
# Utilisation is in percent only: a bare ratio column (0.93) reads as 0.93%.
SCORECARD_COLUMNS = (
    "territory",
    "accounts",
    "call_hours",
    "travel_hours",
    "admin_hours",
    "total_hours",
    "utilisation_pct",
    "index",
    "deviation_pct",
)
CALL_COLUMNS = ("calls", "field_days", "calls_per_day")


def scorecard(
    names: Sequence[str],
    territory: np.ndarray,
    hours: np.ndarray,
    travel: np.ndarray,
    accounts: np.ndarray | None = None,
    sums: Mapping[str, np.ndarray] | None = None,
    capacity_hours: float = 1600.0,
    admin_pct: float = 0.0,
    calls: np.ndarray | None = None,
    calls_per_day: float = 6.0,
    field_days_per_year: float = FIELD_DAYS_PER_YEAR,
) -> Scorecard:
    """Per territory: accounts, call, travel, admin and total hours, utilisation, index, deviation.

    ``territory`` (n,) indexes ``names`` (-1: in no territory, left out). ``hours`` are
    call hours, ``travel`` travel hours (NaN counts as 0). ``accounts`` gives each row's
    number of accounts (1 per row by default; a unit's account count at unit level).
    ``calls`` (n,) calls a year add ``calls``, ``field_days`` (calls / ``calls_per_day``)
    and ``calls_per_day`` columns and the field-day flag. ``sums`` are added as extra
    columns, named as given. Territories without rows get 0.
    """
    capacity_hours = check_positive(capacity_hours, "capacity", "the rep capacity must be more than 0 hours")
    if not np.isfinite(admin_pct) or admin_pct < 0:
        raise WorkloadError("admin", "the admin overhead cannot be negative", admin=admin_pct)
    c = check_calls_per_day(calls_per_day)
    year_days = check_field_days(field_days_per_year)
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
    columns = {
        "territory": [str(name) for name in names],
        "accounts": np.rint(count).astype(np.int64) if accounts is None else count,
    }
    days = np.zeros(k)
    if calls is not None:
        called = total(calls)
        days = called / c
        columns.update({"calls": called, "field_days": days, "calls_per_day": np.full(k, c)})
    columns.update(
        {
            "call_hours": call,
            "travel_hours": trip,
            "admin_hours": admin,
            "total_hours": workload,
            "utilisation_pct": workload / capacity_hours * 100.0,
            "index": workload / mean if mean > 0 else np.zeros(k),
            "deviation_pct": dev * 100.0,
        }
    )
    table = pd.DataFrame(columns)
    if accounts is not None and np.allclose(count, np.rint(count)):
        table["accounts"] = np.rint(count).astype(np.int64)
    for name, values in (sums or {}).items():
        table[name] = total(values)
    return Scorecard(
        table=table,
        max_deviation=float(max_abs_deviation(dev)) if k else 0.0,
        cv=float(coefficient_of_variation(workload)) if k else 0.0,
        over_capacity=workload > capacity_hours * (1 + 1e-9),
        over_field_days=days > year_days * (1 + 1e-9),
        impossible=(workload > HOURS_PER_YEAR) | (days > DAYS_PER_YEAR),
    )


# --- sizing ------------------------------------------------------------------------------------
