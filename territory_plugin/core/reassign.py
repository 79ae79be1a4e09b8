"""Live territory numbers while units and accounts are moved by hand (the dock's engine).

Pure Python on numpy and scipy; never imports qgis. The definitions are those of
:mod:`territory_plugin.core.metrics` (totals, deviation from the mean, pieces): this
module only keeps them up to date by deltas, so that a move costs time in the
number of units moved and in the size of the territories it touches, not in the
size of the whole plan.

* Totals per territory and measure change by the weights of the moved units only.
* Contiguity of a move: territory A loses the units S; A stays in one piece iff
  A minus S is connected, which a connected-components run on A's own subgraph
  answers (A is a few hundred or thousand units, never the whole map).
* Account overrides: an account normally counts in the territory of its unit (its
  zip code); an override counts it in another territory. The unit's own weights
  already include the account (they are sums over its accounts), so an override
  takes the account's values off its unit and puts them on the chosen territory;
  when the unit later moves, it carries only what is left of it.

``labels`` are territory indices 0..k-1, -1 for an unassigned unit, as in metrics.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse.csgraph import connected_components

from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.metrics import as_2d, deviations, territory_pieces, territory_totals

__all__ = [
    "ACCOUNT_COUNT",
    "CHANGE_LOG_FIELDS",
    "ChangeRecord",
    "MoveCheck",
    "Override",
    "TerritoryRow",
    "TerritoryStats",
    "account_measure_sources",
    "account_values",
    "band",
    "change_records",
]

# Marks a measure that counts accounts (each account weighs 1).
ACCOUNT_COUNT = object()
_COUNT_NAMES = {"account_count", "accounts", "count", "n_accounts"}


@dataclass(frozen=True)
class Override:
    """An account counted in ``territory`` instead of the territory of ``unit`` (-1: no unit)."""

    unit: int
    territory: int
    values: np.ndarray  # (q,)


@dataclass(frozen=True)
class MoveCheck:
    """What a move would do to contiguity.

    split: territories (indices) that the move breaks into more pieces.
    stranded: True when the receiving territory gains a piece (a moved unit does not
        touch it: an exclave).
    pieces_after: pieces of every territory the move touches, after the move.
    """

    split: tuple[int, ...] = ()
    stranded: bool = False
    pieces_after: dict[int, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.split and not self.stranded


@dataclass(frozen=True)
class TerritoryRow:
    """One line of the dock's table."""

    index: int
    name: str
    totals: np.ndarray  # (q,)
    deviation: np.ndarray  # (q,) relative to the mean
    units: int
    pieces: int  # -1 when unknown (no graph)
    overrides_in: int  # accounts kept here by an override


def band(deviation: float, tolerance: float) -> int:
    """0 inside the tolerance band, 1 within twice the tolerance, 2 beyond (green, amber, red)."""
    d = abs(deviation)
    if d <= tolerance:
        return 0
    return 1 if d <= 2.0 * tolerance else 2


class TerritoryStats:
    """Totals, unit counts and pieces of every territory, updated incrementally.

    names: territory names, index = territory number.
    labels: (n,) territory index of each unit (-1 unassigned).
    weights: (n,) or (n, q) measures of each unit.
    graph: adjacency of the units (None: contiguity unknown, pieces are -1).
    """

    def __init__(
        self,
        names: Sequence[str],
        labels: np.ndarray,
        weights: np.ndarray,
        graph: UnitGraph | None = None,
    ) -> None:
        self.names: list[str] = [str(name) for name in names]
        if len(set(self.names)) != len(self.names):
            raise ValueError("territory names must be unique")
        self.labels = np.asarray(labels, dtype=np.int64).copy()
        self.weights = as_2d(weights).copy()
        if len(self.labels) != len(self.weights):
            raise ValueError("labels and weights must have one row per unit")
        if len(self.labels) and self.labels.max(initial=-1) >= len(self.names):
            raise ValueError("a label has no territory name")
        self.effective = self.weights.copy()  # unit weights minus overridden accounts
        self.overrides: dict[Hashable, Override] = {}
        self.graph = graph
        if graph is not None and graph.n != len(self.labels):
            raise ValueError("the graph has a different number of units")
        self._csr = graph.csr() if graph is not None else None
        self._version = 0  # bumped by every change of labels or territories
        self._checked: tuple | None = None  # the last check_move, reused by the move that follows
        self._recount()

    # -- whole recomputation (start, reload, and the naive reference) -----------------

    def _recount(self) -> None:
        k = self.k
        ok = self.labels >= 0
        self.counts = np.bincount(self.labels[ok], minlength=k).astype(np.int64)
        self.totals = self.full_totals()
        if self.graph is not None:
            self.pieces = territory_pieces(self.graph, self.labels, k).astype(np.int64)
        else:
            self.pieces = np.full(k, -1, dtype=np.int64)

    def full_totals(self) -> np.ndarray:
        """Totals recomputed from scratch (what every move would cost without deltas)."""
        totals = territory_totals(self.labels, self.effective, self.k)
        for override in self.overrides.values():
            if override.territory >= 0:
                totals[override.territory] += override.values
        return totals

    def full_pieces(self) -> np.ndarray:
        """Pieces recomputed over the whole graph (the "check alignment" button)."""
        if self.graph is None:
            return np.full(self.k, -1, dtype=np.int64)
        self.pieces = territory_pieces(self.graph, self.labels, self.k).astype(np.int64)
        return self.pieces

    # -- territories -------------------------------------------------------------------

    @property
    def k(self) -> int:
        return len(self.names)

    @property
    def n(self) -> int:
        return len(self.labels)

    @property
    def q(self) -> int:
        return self.weights.shape[1]

    def index_of(self, name: str) -> int:
        """Territory index of ``name``; ValueError if there is none."""
        try:
            return self.names.index(str(name))
        except ValueError:
            raise ValueError(f"no territory named {name!r}") from None

    def add_territory(self, name: str) -> int:
        """A new, empty territory; returns its index (the existing one if the name is taken)."""
        name = str(name)
        if name in self.names:
            return self.names.index(name)
        self._version += 1
        self.names.append(name)
        self.counts = np.append(self.counts, 0)
        self.totals = np.vstack([self.totals, np.zeros((1, self.q))])
        self.pieces = np.append(self.pieces, 0 if self.graph is not None else -1)
        return self.k - 1

    def is_empty(self, t: int) -> bool:
        return self.counts[t] == 0 and not any(o.territory == t for o in self.overrides.values())

    def remove_territory(self, name: str) -> None:
        """Drop an empty territory (no unit, no account override); later indices shift down."""
        t = self.index_of(name)
        if not self.is_empty(t):
            raise ValueError(f"territory {name!r} is not empty")
        self._version += 1
        del self.names[t]
        self.counts = np.delete(self.counts, t)
        self.totals = np.delete(self.totals, t, axis=0)
        self.pieces = np.delete(self.pieces, t)
        self.labels[self.labels > t] -= 1
        self.overrides = {
            key: Override(o.unit, o.territory - (o.territory > t), o.values) for key, o in self.overrides.items()
        }

    # -- moves -------------------------------------------------------------------------

    def set_labels(self, units: Iterable[int], new_labels: Iterable[int] | int) -> list[int]:
        """Put each unit in its new territory; returns the territories whose numbers changed.

        Cost: O(moved units x measures) for totals and counts, plus the connected
        components of the territories touched for their pieces.
        """
        units = np.asarray(list(units) if not isinstance(units, np.ndarray) else units, dtype=np.int64)
        new = np.broadcast_to(np.asarray(new_labels, dtype=np.int64), units.shape).copy()
        if units.size == 0:
            return []
        # the last value wins when a unit is listed twice
        units, last = np.unique(units[::-1], return_index=True)
        new = new[::-1][last]
        old = self.labels[units]
        moved = old != new
        units, old, new = units[moved], old[moved], new[moved]
        if units.size == 0:
            return []
        if new.max() >= self.k or new.min() < -1:
            raise ValueError("a new label has no territory")
        w = self.effective[units]
        out = old >= 0
        np.add.at(self.totals, old[out], -w[out])
        np.add.at(self.counts, old[out], -1)
        into = new >= 0
        np.add.at(self.totals, new[into], w[into])
        np.add.at(self.counts, new[into], 1)
        checked = self._checked
        same_move = (
            checked is not None
            and checked[0] == self._version
            and bool((new == new[0]).all())
            and checked[1] == int(new[0])
            and checked[2] == units.tobytes()
        )
        self._version += 1
        self.labels[units] = new
        touched = sorted({int(t) for t in np.concatenate([old, new]) if t >= 0})
        if self.graph is not None:
            for t in touched:
                if same_move and t in checked[3]:  # check_move counted them on the same labels
                    self.pieces[t] = checked[3][t]
                else:
                    self.pieces[t] = self._pieces_of(np.flatnonzero(self.labels == t))
        return touched

    def move_units(self, units: Iterable[int], territory: int) -> list[int]:
        """Move units into one territory (-1: unassign). Returns the territories changed."""
        return self.set_labels(units, territory)

    def _pieces_of(self, nodes: np.ndarray) -> int:
        if nodes.size == 0:
            return 0
        if nodes.size == 1:
            return 1
        sub = self._csr[nodes][:, nodes]
        return int(connected_components(sub, directed=False)[0])

    def check_move(self, units: Iterable[int], territory: int) -> MoveCheck:
        """Would moving ``units`` into ``territory`` split a territory or strand a unit?

        Only the territories the move touches are examined, on their own subgraphs.
        Without a graph every move is reported as fine.
        """
        units = np.unique(np.asarray(list(units) if not isinstance(units, np.ndarray) else units, dtype=np.int64))
        if self.graph is None or units.size == 0:
            return MoveCheck()
        old = self.labels[units]
        units, old = units[old != territory], old[old != territory]
        if units.size == 0:
            return MoveCheck()
        after: dict[int, int] = {}
        leaving = np.zeros(self.n, dtype=bool)
        leaving[units] = True
        split = []
        for t in sorted({int(t) for t in old if t >= 0}):
            remaining = np.flatnonzero((self.labels == t) & ~leaving)
            after[t] = self._pieces_of(remaining)
            if after[t] > self.pieces[t] and after[t] > 0:
                split.append(t)
        stranded = False
        if territory >= 0:
            receiving = np.flatnonzero((self.labels == territory) | leaving)
            after[territory] = self._pieces_of(receiving)
            stranded = after[territory] > max(int(self.pieces[territory]), 1)
        self._checked = (self._version, int(territory), units.tobytes(), dict(after))
        return MoveCheck(tuple(split), stranded, after)

    # -- account overrides -------------------------------------------------------------

    def set_override(self, key: Hashable, unit: int, territory: int, values: Sequence[float]) -> list[int]:
        """Count account ``key`` (of unit ``unit``, -1 if none) in ``territory``.

        ``values`` are the account's own measures, (q,). Returns the territories changed.
        """
        touched = set(self.clear_override(key))
        v = np.asarray(values, dtype=np.float64).reshape(self.q)
        if unit >= 0:
            self.effective[unit] -= v
            if self.labels[unit] >= 0:
                self.totals[self.labels[unit]] -= v
                touched.add(int(self.labels[unit]))
        if territory >= 0:
            self.totals[territory] += v
            touched.add(int(territory))
        self.overrides[key] = Override(int(unit), int(territory), v)
        return sorted(touched)

    def clear_override(self, key: Hashable) -> list[int]:
        """The account counts in its unit's territory again. Returns the territories changed."""
        override = self.overrides.pop(key, None)
        if override is None:
            return []
        touched = set()
        if override.territory >= 0:
            self.totals[override.territory] -= override.values
            touched.add(override.territory)
        if override.unit >= 0:
            self.effective[override.unit] += override.values
            if self.labels[override.unit] >= 0:
                self.totals[self.labels[override.unit]] += override.values
                touched.add(int(self.labels[override.unit]))
        return sorted(touched)

    # -- reading -----------------------------------------------------------------------

    def deviation(self) -> np.ndarray:
        """(k, q) deviation from the mean (metrics.deviations)."""
        if self.k == 0:
            return np.zeros((0, self.q))
        return deviations(self.totals)

    def non_contiguous(self) -> list[int]:
        """Territories in more than one piece (by the pieces kept up to date)."""
        return [int(t) for t in np.flatnonzero(self.pieces > 1)]

    def rows(self) -> list[TerritoryRow]:
        dev = self.deviation()
        kept = np.zeros(self.k, dtype=np.int64)
        for override in self.overrides.values():
            if override.territory >= 0:
                kept[override.territory] += 1
        return [
            TerritoryRow(
                t,
                self.names[t],
                self.totals[t].copy(),
                dev[t].copy(),
                int(self.counts[t]),
                int(self.pieces[t]),
                int(kept[t]),
            )
            for t in range(self.k)
        ]


# -- accounts -----------------------------------------------------------------------------


def account_measure_sources(measures: Sequence[str], account_fields: Sequence[str]) -> list[object]:
    """Which account field feeds each unit measure.

    ``account_count`` (and ``count``/``accounts``) counts accounts (``ACCOUNT_COUNT``);
    ``sum_X`` (the names "Aggregate accounts by zip code" writes) reads field ``X``;
    a measure named like an account field reads that field; anything else is None (the
    account does not carry that measure and an override leaves it where it is).
    """
    fields = list(account_fields)
    lower = {name.lower(): name for name in fields}
    out: list[object] = []
    for measure in measures:
        if measure.lower() in _COUNT_NAMES:
            out.append(ACCOUNT_COUNT)
        elif measure.startswith("sum_") and measure[4:] in fields:
            out.append(measure[4:])
        elif measure in fields:
            out.append(measure)
        elif measure.lower() in lower:
            out.append(lower[measure.lower()])
        else:
            out.append(None)
    return out


def account_values(sources: Sequence[object], columns: dict[str, np.ndarray], n: int) -> np.ndarray:
    """(n, q) measures of n accounts from ``columns`` (numeric arrays by field name)."""
    out = np.zeros((n, len(sources)), dtype=np.float64)
    for m, source in enumerate(sources):
        if source is ACCOUNT_COUNT:
            out[:, m] = 1.0
        elif source is not None:
            out[:, m] = np.nan_to_num(np.asarray(columns[source], dtype=np.float64))
    return out


# -- change log ---------------------------------------------------------------------------

CHANGE_LOG_FIELDS = ("changed_at", "changed_by", "kind", "item", "from_territory", "to_territory", "note")


@dataclass(frozen=True)
class ChangeRecord:
    """One line of the change log: who moved which unit or account from where to where."""

    changed_at: str  # ISO 8601, UTC
    changed_by: str
    kind: str  # "unit" or "account"
    item: str  # unit key (zip code) or account id
    from_territory: str | None
    to_territory: str | None
    note: str = ""

    def values(self) -> list[object]:
        return [getattr(self, name) for name in CHANGE_LOG_FIELDS]


def change_records(
    kind: str,
    items: Sequence[object],
    old: Sequence[str | None],
    new: str | None,
    who: str,
    when: str,
    note: str = "",
) -> list[ChangeRecord]:
    """One record per item whose territory really changes."""
    if kind not in ("unit", "account"):
        raise ValueError("kind must be 'unit' or 'account'")
    return [
        ChangeRecord(when, who, kind, str(item), before, new, note) for item, before in zip(items, old) if before != new
    ]
