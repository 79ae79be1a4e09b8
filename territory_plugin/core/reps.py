"""Match reps to territories: the pure part of territory:assignreps.

* **Cost** of rep r for territory t = t's day-tour travel (DESIGN.md "Travel",
  :func:`~territory_plugin.core.workload.day_tour_travel`) measured from r's home:
  ``sum_i calls_i x (2 x d(i, home_r) / c + hop_t) x circuity / speed`` over t's located
  accounts. Only the line haul depends on the rep; the hop between calls is the same
  whoever serves t, and comes from day_tour_travel itself.
* **Skills**: a territory *needs* segment X when X's share of its call hours is above a
  threshold (default 50%). A rep whose skill list holds X matches it. When at least one
  free rep has skill X, the assignment first makes as few mismatches as it can (a
  territory that needs X served by a rep without X), then the least travel: a penalty
  larger than any assignment's travel on each mismatch makes that order exact.
* **Locks**: a rep locked to a territory keeps it; the rest are matched to the rest.
* The Hungarian method (``scipy.optimize.linear_sum_assignment``) solves the rectangular
  free-reps x open-territories matrix exactly: with more territories than reps, the
  territories left without a rep are vacancies; with more reps, the reps left are extra.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from territory_plugin.core.alignment import clean_name
from territory_plugin.core.workload import Travel, day_tour_travel, geodesic_km, planar_km

__all__ = [
    "RepError",
    "RepTravel",
    "RepAssignment",
    "skill_key",
    "parse_skills",
    "territory_needs",
    "rep_travel",
    "assign_reps",
]

# A rep's skill field may list several segments: "Hospital; Clinic".
_SKILL_SEPARATORS = re.compile(r"[;,|]")


class RepError(ValueError):
    """Bad input that the user must fix; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


def skill_key(value: object) -> str | None:
    """How segments and skills are compared: trimmed, case-insensitive; missing is None."""
    name = clean_name(value)
    return None if name is None else name.casefold()


def parse_skills(value: object) -> frozenset[str]:
    """The skills in a rep's skill field: one segment, or several separated by ``;``, ``,`` or ``|``."""
    name = clean_name(value)
    if name is None:
        return frozenset()
    return frozenset(key for key in map(skill_key, _SKILL_SEPARATORS.split(name)) if key is not None)


def territory_needs(
    territory: np.ndarray, segment: Sequence, hours: np.ndarray, k: int, share: float = 0.5
) -> tuple[list[str | None], np.ndarray, list[str | None]]:
    """The segment each territory needs a skill for, its share of the call hours, and its label.

    A territory needs segment X when X holds more than ``share`` (0-1) of its call hours;
    with ``share`` below one half, the largest segment. Returns ``(needs, shares, labels)``:
    ``needs[t]`` the segment key or None, ``shares[t]`` the share of t's largest segment (0
    where t has no hours), ``labels[t]`` that segment as first written. Rows with a missing
    segment count in the territory's hours but for no segment.
    """
    territory = np.asarray(territory, dtype=np.int64)
    hours = np.nan_to_num(np.asarray(hours, dtype=np.float64), nan=0.0)
    series = segment if isinstance(segment, pd.Series) else pd.Series(list(segment), dtype=object)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    keys = [skill_key(value) for value in uniques.tolist()]
    distinct = sorted({key for key in keys if key is not None})
    position = {key: s for s, key in enumerate(distinct)}
    key_of_code = np.array([position[key] if key is not None else -1 for key in keys] + [-1], dtype=np.int64)
    segment_of_row = key_of_code[codes]  # factorize gives -1 to missing values: the appended -1
    ok = (territory >= 0) & (territory < k)
    total = np.bincount(territory[ok], weights=hours[ok], minlength=k)
    needs: list[str | None] = [None] * k
    labels: list[str | None] = [None] * k
    shares = np.zeros(k)
    if not distinct:
        return needs, shares, labels
    has = ok & (segment_of_row >= 0)
    cells = territory[has] * len(distinct) + segment_of_row[has]
    by_segment = np.bincount(cells, weights=hours[has], minlength=k * len(distinct)).reshape(k, len(distinct))
    first_label = {}
    for value, key in zip(uniques.tolist(), keys):
        if key is not None:
            first_label.setdefault(key, clean_name(value))
    largest = by_segment.argmax(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(total > 0, by_segment[np.arange(k), largest] / total, 0.0)
    for t in range(k):
        if total[t] > 0 and shares[t] > share:
            needs[t] = distinct[largest[t]]
            labels[t] = first_label[distinct[largest[t]]]
    return needs, shares, labels


@dataclass
class RepTravel:
    """Travel of every territory from every rep's home.

    hours (r, k): day-tour travel hours a year; mean_km (r, k): call-weighted mean one-way
    distance from the home to the territory's located accounts (NaN where t has none);
    tours: the territories' day tours from their centres (``hop_km``, ``area_km2``,
    ``stops``...), the part of the travel that does not depend on the rep.
    """

    hours: np.ndarray
    mean_km: np.ndarray
    tours: Travel


def rep_travel(
    calls: np.ndarray,
    location: np.ndarray,
    locations: np.ndarray,
    territory: np.ndarray,
    k: int,
    homes: np.ndarray,
    *,
    unit: np.ndarray | None = None,
    unit_area_km2: np.ndarray | None = None,
    calls_per_day: float = 6.0,
    speed_kmh: float = 50.0,
    circuity: float = 1.3,
    geographic: bool = True,
    is_canceled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> RepTravel | None:
    """Day-tour travel hours of each territory if each rep served it (``None`` when canceled).

    ``calls`` (n,) calls a year; ``location`` (n,) indexes ``locations`` (m, 2) (-1 unknown;
    lon/lat degrees when ``geographic``, else metres); ``territory`` (n,) 0..k-1 or -1;
    ``homes`` (r, 2) each rep's home; ``unit`` (n,) and ``unit_area_km2`` the zip area
    holding each account and the areas, for the hop (as in day_tour_travel). Bad
    parameters raise ``WorkloadError``. Calls are first summed per distinct (location,
    territory), so a rep costs one distance per location that holds accounts.
    """
    calls = np.nan_to_num(np.asarray(calls, dtype=np.float64), nan=0.0)
    location = np.asarray(location, dtype=np.int64)
    territory = np.asarray(territory, dtype=np.int64)
    locations = np.asarray(locations, dtype=np.float64).reshape(-1, 2)
    homes = np.asarray(homes, dtype=np.float64).reshape(-1, 2)
    if not np.isfinite(homes).all():
        raise RepError("home", "every rep needs a home location", reps=np.flatnonzero(~np.isfinite(homes).all(1)))
    tours = day_tour_travel(
        calls,
        location,
        locations,
        territory,
        k,
        geographic=geographic,
        speed_kmh=speed_kmh,
        circuity=circuity,
        calls_per_day=calls_per_day,
        unit=unit,
        unit_area_km2=unit_area_km2,
    )
    located = tours.located & (calls > 0)

    pair, inverse = np.unique(location[located] * np.int64(k) + territory[located], return_inverse=True)
    pair_calls = np.bincount(inverse, weights=calls[located], minlength=len(pair))
    pair_location, pair_territory = np.divmod(pair, np.int64(k))
    used, pair_spot = np.unique(pair_location, return_inverse=True)
    spots = locations[used]
    territory_calls = np.bincount(pair_territory, weights=pair_calls, minlength=k)

    r = len(homes)
    weighted_km = np.zeros((r, k))
    measure = geodesic_km if geographic else planar_km
    # Chunks of ~2 M distances keep memory small and let a cancel through every ~3 s.
    per_chunk = max(1, 2_000_000 // max(len(spots), 1))
    for first in range(0, r, per_chunk):
        if is_canceled is not None and is_canceled():
            return None
        chunk = homes[first : first + per_chunk]
        x = np.repeat(chunk[:, 0], len(spots))
        y = np.repeat(chunk[:, 1], len(spots))
        km = measure(x, y, np.tile(spots[:, 0], len(chunk)), np.tile(spots[:, 1], len(chunk))).reshape(len(chunk), -1)
        for row in range(len(chunk)):
            weighted_km[first + row] = np.bincount(pair_territory, weights=pair_calls * km[row, pair_spot], minlength=k)
        if progress is not None:
            progress(100.0 * min(first + per_chunk, r) / r)

    hops = territory_calls * tours.hop_km  # calls x hop: the same whoever serves the territory
    hours = (2.0 * weighted_km / tours.calls_per_day + hops[None, :]) * circuity / speed_kmh
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_km = np.where(territory_calls > 0, weighted_km / territory_calls, np.nan)
    return RepTravel(hours=hours, mean_km=mean_km, tours=tours)


@dataclass
class RepAssignment:
    """Who serves what.

    territory_of_rep (r,): the territory index of each rep, -1 for an extra rep;
    rep_of_territory (k,): the rep index of each territory, -1 for a vacancy;
    locked (r,): the rep kept its territory because it is locked to it;
    skill_match (k,): 1 the rep has the needed skill (or none is needed), 0 not, -1 vacancy;
    missing_skills: the skills (keys) that open territories need and no free rep has.
    """

    territory_of_rep: np.ndarray
    rep_of_territory: np.ndarray
    locked: np.ndarray
    skill_match: np.ndarray
    missing_skills: list[str]

    def travel_hours(self, cost: np.ndarray) -> float:
        """Total of ``cost`` (r, k) over the assigned pairs."""
        reps = np.flatnonzero(self.territory_of_rep >= 0)
        return float(np.asarray(cost)[reps, self.territory_of_rep[reps]].sum())


def assign_reps(
    cost: np.ndarray,
    needs: Sequence[str | None] | None = None,
    skills: Sequence[frozenset[str]] | None = None,
    locked_to: Sequence[int] | None = None,
) -> RepAssignment:
    """The assignment of reps to territories with the fewest skill mismatches, then the least cost.

    ``cost`` (r, k) finite and >= 0; ``needs`` (k,) the skill each territory needs (or
    None); ``skills`` (r,) each rep's skills; ``locked_to`` (r,) the territory a rep is
    locked to (-1: free). Two reps locked to one territory, or a lock to a territory that
    does not exist, raise ``RepError``.
    """
    cost = np.asarray(cost, dtype=np.float64)
    r, k = cost.shape
    if not np.isfinite(cost).all() or (cost < 0).any():
        raise RepError("cost", "travel costs must be finite and 0 or more")
    needs = list(needs) if needs is not None else [None] * k
    skills = list(skills) if skills is not None else [frozenset()] * r
    locked_to = np.full(r, -1, dtype=np.int64) if locked_to is None else np.asarray(locked_to, dtype=np.int64)
    if len(needs) != k or len(skills) != r or len(locked_to) != r:
        raise RepError("shape", "one need per territory and one skill list and lock per rep")
    outside = np.flatnonzero((locked_to >= k) | (locked_to < -1))
    if len(outside):
        raise RepError("lock_unknown", "a rep is locked to a territory that does not exist", reps=outside.tolist())
    holders = pd.Series(np.flatnonzero(locked_to >= 0)).groupby(locked_to[locked_to >= 0]).agg(list)
    doubled = {int(t): reps for t, reps in holders.items() if len(reps) > 1}
    if doubled:
        raise RepError("lock_twice", "two reps are locked to the same territory", territories=doubled)

    territory_of_rep = locked_to.copy()
    rep_of_territory = np.full(k, -1, dtype=np.int64)
    rep_of_territory[locked_to[locked_to >= 0]] = np.flatnonzero(locked_to >= 0)
    free_reps = np.flatnonzero(locked_to < 0)
    open_territories = np.flatnonzero(rep_of_territory < 0)
    available = set().union(*(skills[i] for i in free_reps)) if len(free_reps) else set()
    wanted = {needs[t] for t in open_territories if needs[t] is not None}
    missing = sorted(wanted - available)

    if len(free_reps) and len(open_territories):
        sub = cost[np.ix_(free_reps, open_territories)]
        mismatch = np.zeros(sub.shape, dtype=bool)  # needs a skill a free rep has; this rep lacks it
        open_needs = np.array([needs[t] for t in open_territories], dtype=object)
        for key in sorted(wanted & available):
            lacks = np.array([key not in skills[i] for i in free_reps])
            mismatch[np.ix_(lacks, open_needs == key)] = True
        # Larger than the cost of any whole assignment: one mismatch fewer always wins.
        penalty = 1.0 + min(sub.shape) * float(sub.max(initial=0.0))
        rows, cols = linear_sum_assignment(sub + penalty * mismatch)
        territory_of_rep[free_reps[rows]] = open_territories[cols]
        rep_of_territory[open_territories[cols]] = free_reps[rows]

    skill_match = np.full(k, -1, dtype=np.int64)
    for t in np.flatnonzero(rep_of_territory >= 0).tolist():
        skill_match[t] = int(needs[t] is None or needs[t] in skills[rep_of_territory[t]])
    return RepAssignment(
        territory_of_rep=territory_of_rep,
        rep_of_territory=rep_of_territory,
        locked=locked_to >= 0,
        skill_match=skill_match,
        missing_skills=missing,
    )
