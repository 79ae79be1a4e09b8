"""Postal code normalisation, exactly as DESIGN.md defines it, on whole columns.

Two modes:

* ``US`` (5-digit ZIP): trim; ZIP+4 (``12345-6789``) and nine digits
  (``123456789``) keep the first five; leading zeros that spreadsheets drop are
  restored (``2134``, ``2134.0`` -> ``02134``; ``21341234`` is a nine-digit code
  that lost its zero). Anything else is invalid.
* ``AS_IS`` (any country): trim, upper-case, collapse inner whitespace.

Everything is vectorised with pandas string methods, and each distinct raw value
is cleaned once: a CRM export repeats a few thousand codes a million times.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

import numpy as np
import pandas as pd


class ZipFormat(IntEnum):
    """Values of the public ``ZIP_FORMAT`` parameter."""

    US = 0
    AS_IS = 1


class CodeStatus(IntEnum):
    """Why a code did or did not yield a key; the order is the public reason code."""

    OK = 0
    BLANK = 1
    INVALID = 2


# Spreadsheets turn codes into numbers: 2134, 2134.0, 2134.00 all mean 02134.
_FLOAT_TAIL = r"\.0*$"
# A US ZIP is 5 digits; the smallest real one is 00501, so a code that lost its
# leading zeros keeps at least 3 digits. A nine-digit ZIP+4 keeps at least 7.
_US_SHORT = r"^\d{3,5}$"
_US_LONG = r"^\d{7,9}$"
_US_PLUS4 = r"^(\d{3,5})[- ]\d{4}$"


def _as_text(series: pd.Series) -> pd.Series:
    """Any column (numbers, None, NaN, QVariant NULL already turned into None) as stripped text."""
    text = series.astype(object).where(series.notna(), "")
    # Integer columns (a shapefile ZIP stored as a number) arrive as ints.
    return text.map(str, na_action="ignore").str.strip()


def normalise_codes(values: Iterable, zip_format: ZipFormat | int = ZipFormat.US) -> tuple[pd.Series, np.ndarray]:
    """Normalise postal codes.

    Returns ``(keys, status)``: ``keys`` is a Series of normalised codes (empty
    string where there is none), ``status`` an int8 array of ``CodeStatus``.
    """
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    unique_keys, unique_status = _normalise_distinct(pd.Series(uniques, dtype=object), zip_format)
    # factorize gives -1 for missing values: they take the appended blank entry.
    keys = np.append(unique_keys.to_numpy(dtype=object), "")[codes]
    status = np.append(unique_status, np.int8(CodeStatus.BLANK))[codes]
    return pd.Series(keys, index=series.index, dtype=object), status


def _normalise_distinct(values: pd.Series, zip_format: ZipFormat | int) -> tuple[pd.Series, np.ndarray]:
    text = _as_text(values)
    blank = (text == "").to_numpy()
    status = np.full(len(text), CodeStatus.OK, dtype=np.int8)
    status[blank] = CodeStatus.BLANK

    if ZipFormat(zip_format) == ZipFormat.AS_IS:
        keys = text.str.upper().str.replace(r"\s+", " ", regex=True)
        return keys.where(~blank, ""), status

    digits = text.str.replace(_FLOAT_TAIL, "", regex=True)
    keys = pd.Series("", index=text.index, dtype=object)

    short = digits.str.match(_US_SHORT)
    keys[short] = digits[short].str.zfill(5)
    long = digits.str.match(_US_LONG)
    keys[long] = digits[long].str.zfill(9).str[:5]
    plus4 = digits.str.extract(_US_PLUS4, expand=False)
    has_plus4 = plus4.notna()
    keys[has_plus4] = plus4[has_plus4].str.zfill(5)

    invalid = (keys == "").to_numpy() & ~blank
    status[invalid] = CodeStatus.INVALID
    return keys, status
