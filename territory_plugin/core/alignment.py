"""Rules every algorithm and the dock must agree on when they read an alignment.

An alignment is a territory name per unit (or account), and optionally a lock flag.
Values arrive as plain Python values: ``None``, numbers, booleans, text, or QGIS's NULL
(a QVariant whose ``isNull()`` is true; recognised here without importing QGIS).

* Names: :func:`clean_name` (trimmed text, whole reals as integers, blanks missing);
  territories are listed in :func:`ordered_names` order (natural: ``T2`` before ``T10``).
* Locks: :func:`is_locked`; :func:`scattered_locks` finds territories whose locked units lie apart.
* Naming a plan: :func:`numbered_names` for a fresh design, :func:`existing_alignment`
  when a design starts from the current territories.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = [
    "LOCK_WORDS",
    "AlignmentError",
    "is_missing",
    "clean_name",
    "clean_names",
    "is_locked",
    "scattered_locks",
    "natural_key",
    "ordered_names",
    "numbered_names",
    "existing_alignment",
]

# Text that means "locked" in a lock field (compared trimmed, case-insensitively).
LOCK_WORDS = frozenset({"1", "true", "t", "yes", "y", "locked", "lock", "x"})


class AlignmentError(ValueError):
    """An alignment that cannot be used as asked; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


def is_missing(value: object) -> bool:
    """None, NaN, or QGIS NULL."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    is_null = getattr(value, "isNull", None)
    return bool(callable(is_null) and is_null())


def clean_name(value: object) -> str | None:
    """A territory name as trimmed text; missing or blank values are None.

    Whole numbers read from a Real field name the same territory as from an Integer
    or text field: ``3.0`` -> ``"3"``.
    """
    if is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def clean_names(values: Iterable[object]) -> list[str | None]:
    """:func:`clean_name` of each value."""
    return [clean_name(value) for value in values]


def is_locked(value: object) -> bool:
    """Whether a lock field's value locks its unit.

    Numbers (and booleans) lock when they are not 0; text locks when it is one of
    :data:`LOCK_WORDS` or a number other than 0 (``"1.0"``); missing values do not lock.
    """
    if is_missing(value):
        return False
    if isinstance(value, (bool, int, float)):
        return bool(value)
    text = str(value).strip().lower()
    if text in LOCK_WORDS:
        return True
    try:
        number = float(text)
    except ValueError:
        return False
    return math.isfinite(number) and number != 0


_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple:
    """Sort key that reads digit runs as numbers: ``Territory 2`` before ``Territory 10``.

    Ties (``T1`` and ``T01``) fall back to the text itself, so that the order never
    depends on the order the names were met in.
    """
    parts = _DIGITS.split(name)  # text, digits, text, digits, ..., text
    return tuple(int(part) if i % 2 else part.casefold() for i, part in enumerate(parts)), name


def ordered_names(values: Iterable[object]) -> list[str]:
    """The distinct territory names among ``values`` (cleaned), in natural order; missing ones left out."""
    return sorted({name for name in clean_names(values) if name is not None}, key=natural_key)


def numbered_names(k: int, prefix: str = "T") -> list[str]:
    """Names of the k territories of a fresh design: T1..T9, or T01..T12, so that they sort as numbered."""
    width = len(str(k))
    return [f"{prefix}{t + 1:0{width}d}" for t in range(k)]


def existing_alignment(values: Sequence[object], k: int, new_prefix: str = "New ") -> tuple[list[str], np.ndarray]:
    """The k territory names of a design that starts from ``values`` (each unit's current territory).

    Returns the names (the existing territories in :func:`ordered_names` order, then
    ``New 1``, ``New 2``... up to k, skipping names already taken) and each unit's index among them (-1: no current
    territory). More existing territories than k is ``AlignmentError("too_many")``.
    """
    cleaned = clean_names(values)
    existing = ordered_names(cleaned)
    if len(existing) > k:
        raise AlignmentError(
            "too_many",
            f"the existing alignment has {len(existing)} territories but {k} were asked for",
            count=len(existing),
            k=k,
        )
    taken = set(existing)
    fresh = (f"{new_prefix}{i}" for i in range(1, k + len(existing) + 1))
    names = existing + [name for name in fresh if name not in taken][: k - len(existing)]
    index = {name: t for t, name in enumerate(names)}
    initial = np.array([-1 if name is None else index[name] for name in cleaned], dtype=np.int64)
    return names, initial


def scattered_locks(
    edges: np.ndarray, n: int, territory: np.ndarray, locked: np.ndarray
) -> dict[int, tuple[list[int], int]]:
    """Territories whose locked units do not touch one another: {t: (its locked units, hops between the farthest)}.

    A contiguous territory must also hold a path between such units, which can make it
    heavier than the tolerance allows; the user needs to know which locks do that.
    ``edges`` are the (m, 2) neighbour pairs of the ``n`` units.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components, shortest_path

    edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n)).tocsr()
    found = {}
    for t in np.unique(territory[locked & (territory >= 0)]).tolist():
        units = np.flatnonzero(locked & (territory == t))
        if len(units) < 2:
            continue
        pieces, _ = connected_components(graph[units][:, units], directed=False)
        if pieces > 1:
            hops = shortest_path(graph, directed=False, unweighted=True, indices=units)[:, units]
            finite = hops[np.isfinite(hops)]
            found[int(t)] = (units.tolist(), int(finite.max()) if len(finite) else 0)
    return found
