"""Rules every algorithm and the dock must agree on when they read an alignment.

An alignment is a territory name per unit (or account), and optionally a lock flag.
Values arrive as plain Python values: ``None``, numbers, booleans, text, or QGIS's NULL
(a QVariant whose ``isNull()`` is true; recognised here without importing QGIS).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

__all__ = ["is_missing", "clean_name", "clean_names", "is_locked", "LOCK_WORDS"]

# Text that means "locked" in a lock field (compared trimmed, case-insensitively).
LOCK_WORDS = frozenset({"1", "true", "t", "yes", "y", "locked", "lock", "x"})


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
