"""Where each scored row counts: its territory and its location, for workload scoring.

A row is an account, or a zip area at unit level. Its territory is read from its own
territory field, or from the zip area its code matched; names follow
:mod:`territory_plugin.core.alignment`. Its location is its point when it has one, else
its zip area's centroid (an index into a small table of positions, so that a million
accounts in a few thousand areas cost a few thousand distance computations).

Rep home bases name territories too: a rep with a base and no account is a territory
with 0 hours, and a bases layer that names no territory at all is a mistake the user
must hear about. Errors are :class:`~territory_plugin.core.workload.WorkloadError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from territory_plugin.core.alignment import clean_name, clean_names, natural_key, ordered_names
from territory_plugin.core.workload import CallPlan, WorkloadError

__all__ = ["Placement", "WorkloadRows", "home_bases", "place_accounts", "place_units"]


@dataclass
class Placement:
    """Territory and location of every row.

    names: the territories, in natural order (those with rows and those with only a base);
    territory: (n,) index into ``names`` (-1: in no territory); location: (n,) index into
    locations (m, 2) (-1: unknown); base_only: territories with a base and no row;
    no_area: rows in no territory because their code matched no zip area.
    """

    names: list[str]
    territory: np.ndarray
    location: np.ndarray
    locations: np.ndarray
    base_only: list[str] = field(default_factory=list)
    no_area: int = 0

    @property
    def unassigned(self) -> int:
        """Rows in no territory."""
        return int((self.territory < 0).sum())

    @property
    def unlocated(self) -> int:
        """Rows in a territory without a location (they get no travel)."""
        return int(((self.location < 0) & (self.territory >= 0)).sum())


@dataclass
class WorkloadRows:
    """The rows to score: where each counts, and its calls and call hours a year.

    minutes: per call (accounts only); count: accounts per row (a zip area's account
    count at unit level; None: 1 each); sums: extra columns to total per territory.
    unit: (n,) the zip area of each row (-1: none) and unit_area_km2 its area, for the
    day tours' area (None: no areas). segments: each row's segment, for the workload
    build-up (None: no segments) and plan the call plan they were read with.
    calls_known: False when no calls are given (unit level without a calls field): no
    calls or field days can be reported. called: (n,) the called accounts each row stands
    for, the tours' N_t (None: ``count``; at unit level the account count may include
    accounts never called, which would shorten the hop).
    """

    placement: Placement
    calls: np.ndarray
    hours: np.ndarray
    minutes: np.ndarray | None = None
    count: np.ndarray | None = None
    sums: Mapping[str, np.ndarray] = field(default_factory=dict)
    unit: np.ndarray | None = None
    unit_area_km2: np.ndarray | None = None
    segments: Sequence | None = None
    plan: CallPlan | None = None
    calls_known: bool = True
    called: np.ndarray | None = None


def home_bases(points: Iterable[tuple[object, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Each territory's home base from (territory value, position) pairs; pairs without a name are skipped.

    A territory with two bases is ``WorkloadError("bases_repeated", names=[...])``.
    """
    found: dict[str, tuple[float, float]] = {}
    repeated = set()
    for value, position in points:
        name = clean_name(value)
        if name is None:
            continue
        if name in found:
            repeated.add(name)
        found[name] = (float(position[0]), float(position[1]))
    if repeated:
        names = sorted(repeated, key=natural_key)
        raise WorkloadError("bases_repeated", f"territories with more than one base: {names}", names=names)
    return found


def _with_bases(names: list[str], bases: Iterable[str]) -> tuple[list[str], list[str]]:
    """Territories plus those that only have a base, and the latter."""
    bases = set(bases)
    if not bases:
        return names, []
    extra = ordered_names(bases - set(names))
    if extra and len(extra) == len(bases):
        raise WorkloadError(
            "bases_name_no_territory",
            f"no home base names a territory: bases name {extra[:3]}, territories are {names[:3]}",
            bases=extra[:3],
            names=names[:3],
        )
    return ordered_names([*names, *extra]), extra


def _indices(cleaned: Sequence[str | None], names: list[str]) -> np.ndarray:
    """Index of each cleaned name in ``names`` (-1 for None), plus a trailing -1."""
    position = {name: t for t, name in enumerate(names)}
    return np.array([-1 if name is None else position[name] for name in cleaned] + [-1], dtype=np.int64)


def place_accounts(
    territory_values: Sequence | None,
    unit_of_account: np.ndarray,
    unit_territories: Sequence,
    centroids: np.ndarray,
    points: np.ndarray | None = None,
    bases: Iterable[str] = (),
) -> Placement:
    """Territory and location of each account.

    ``territory_values`` (n,) are the accounts' own territory field (None: take the
    territory of the zip area, ``unit_territories[unit_of_account]``; -1 = no area).
    ``centroids`` (u, 2) are the areas' positions, ``points`` (n, 2) the accounts'
    own (NaN rows where unknown). Each distinct territory value is cleaned once.
    """
    unit_of_account = np.asarray(unit_of_account, dtype=np.int64)
    n = len(unit_of_account)
    if territory_values is not None:
        codes, raw = pd.factorize(pd.Series(territory_values, dtype=object), use_na_sentinel=True)
    else:
        codes, raw = pd.factorize(pd.Series(list(unit_territories), dtype=object), use_na_sentinel=True)
        codes = np.append(codes, -1)[unit_of_account]  # -1 (no area) picks the appended -1
    cleaned = clean_names(raw.tolist())
    names, base_only = _with_bases(ordered_names(cleaned), bases)
    territory = _indices(cleaned, names)[codes]  # factorize gives -1 to missing values: the trailing -1
    no_area = 0 if territory_values is not None else int(((territory < 0) & (unit_of_account < 0)).sum())

    centroids = np.asarray(centroids, dtype=np.float64).reshape(-1, 2)
    location, locations = unit_of_account.copy(), centroids
    if points is not None:
        has_point = np.isfinite(points).all(axis=1)
        location = np.where(has_point, len(centroids) + np.arange(n), location)
        locations = np.vstack([centroids, points])
    return Placement(names, territory, location, locations, base_only, no_area)


def place_units(unit_territories: Sequence, centroids: np.ndarray, bases: Iterable[str] = ()) -> Placement:
    """Territory and location (its centroid) of each zip area scored at unit level."""
    cleaned = clean_names(unit_territories)
    names, base_only = _with_bases(ordered_names(cleaned), bases)
    territory = _indices(cleaned, names)[:-1]
    locations = np.asarray(centroids, dtype=np.float64).reshape(-1, 2)
    return Placement(names, territory, np.arange(len(locations)), locations, base_only)
