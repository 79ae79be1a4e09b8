"""Roll accounts up to postal-code units: the pure part of "Aggregate accounts by zip code"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import pandas as pd

from territory_plugin.core.postal import CodeStatus, ZipFormat, normalise_codes


class UnmatchedReason(IntEnum):
    """Why an account matched no unit; written as text in the UNMATCHED output."""

    MATCHED = 0
    BLANK = 1
    INVALID = 2
    NO_UNIT = 3


class AggregationError(ValueError):
    """Bad input that the user must fix; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


@dataclass(frozen=True)
class UnitIndex:
    """Normalised unit codes and a lookup from code to unit position."""

    keys: pd.Series
    status: np.ndarray
    lookup: pd.Index  # unique codes of the valid units, positions in ``positions``
    positions: np.ndarray


def index_units(unit_codes: Sequence, zip_format: ZipFormat | int) -> UnitIndex:
    """Normalise the units' codes; duplicates are an error that names a few."""
    keys, status = normalise_codes(unit_codes, zip_format)
    valid = status == CodeStatus.OK
    valid_keys = keys[valid]
    duplicated = valid_keys[valid_keys.duplicated(keep=False)]
    if len(duplicated):
        examples = sorted(duplicated.unique())
        raise AggregationError(
            "duplicate_units",
            f"{len(examples)} codes occur on more than one unit, e.g. {', '.join(examples[:5])}",
            codes=examples,
        )
    return UnitIndex(keys, status, pd.Index(valid_keys.to_numpy()), np.flatnonzero(valid))


def match_accounts(
    account_codes: Sequence, units: UnitIndex, zip_format: ZipFormat | int
) -> tuple[np.ndarray, np.ndarray]:
    """Unit position of every account (-1 if none) and its ``UnmatchedReason``."""
    keys, status = normalise_codes(account_codes, zip_format)
    found = units.lookup.get_indexer(keys.to_numpy())
    positions = units.positions if len(units.positions) else np.array([-1])  # no usable unit code: no match
    unit = np.where(found >= 0, positions[np.maximum(found, 0)], -1)
    reason = np.full(len(keys), UnmatchedReason.MATCHED, dtype=np.int8)
    reason[status == CodeStatus.BLANK] = UnmatchedReason.BLANK
    reason[status == CodeStatus.INVALID] = UnmatchedReason.INVALID
    reason[(status == CodeStatus.OK) & (unit < 0)] = UnmatchedReason.NO_UNIT
    unit[reason != UnmatchedReason.MATCHED] = -1
    return unit, reason


def to_numbers(values: Sequence, labels: Sequence | None = None, field: str = "") -> np.ndarray:
    """Numbers stored as text (CSV) or numbers; blanks and NULLs count as 0.

    A value that is not a number raises ``AggregationError`` naming the first
    offending row (``labels`` gives each row's account label) and the value.
    """
    series = pd.Series(values, dtype=object) if not isinstance(values, pd.Series) else values
    filled = series.where(series.notna() & (series != ""), "0").to_numpy(dtype=object)
    try:
        # float() per value in C; it accepts surrounding spaces and rejects '$1,200'.
        numbers = filled.astype(np.float64)
        if np.isfinite(numbers).all():  # 'nan' and 'inf' parse, but are no amounts
            return numbers
    except (TypeError, ValueError):
        pass
    text = pd.Series(filled).map(str).str.strip()
    numbers = pd.to_numeric(text.where(text != "", "0"), errors="coerce")
    bad = np.flatnonzero(~np.isfinite(numbers.to_numpy(dtype=np.float64)))
    row = int(bad[0])
    label = str(labels[row]) if labels is not None else str(row + 1)
    raise AggregationError(
        "not_numeric",
        f"field {field!r}: value {text.iloc[row]!r} of account {label} is not a number",
        field=field,
        account=label,
        value=text.iloc[row],
        count=len(bad),
    )


def aggregate(unit_of_account: np.ndarray, n_units: int, sums: Mapping[str, np.ndarray]) -> pd.DataFrame:
    """Per unit: ``account_count`` and the total of each column in ``sums`` (0 where none)."""
    matched = unit_of_account >= 0
    where = unit_of_account[matched]
    out = {"account_count": np.bincount(where, minlength=n_units).astype(np.int64)}
    for name, values in sums.items():
        out[name] = np.bincount(where, weights=values[matched], minlength=n_units)
    return pd.DataFrame(out)
