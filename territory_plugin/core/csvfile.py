"""Reading CSV files as spreadsheets and CRM systems export them.

One reader for every CSV path the plugin reads: the encoding is detected (UTF-8 with or
without BOM, UTF-16 with BOM, else Windows-1252, Excel's default "CSV" on Windows, and
then the caller says it was assumed), the separator guessed from the header (``,`` ``;``
or tab), any line ends (LF, CRLF, CR alone) accepted, duplicated column names made
unique as OGR makes them (``name``, ``name_1``) so that both readings agree, and rows
missing trailing empty fields (Excel drops them) read with blanks; a row with more fields
than the header is an error naming its line. Every cell is text.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
from dataclasses import dataclass

import pandas as pd

SEPARATORS = (",", ";", "\t")

# Names as the user reads them in the log.
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}


class CsvError(ValueError):
    """A file that cannot be read as a table; ``details`` for the caller's message."""

    def __init__(self, message: str, **details) -> None:
        super().__init__(message)
        self.details = details


@dataclass
class CsvText:
    """A CSV file's cells as text, and what was found reading it."""

    frame: pd.DataFrame  # every column as text, blanks as ""
    encoding: str  # a key of ENCODING_NAMES
    encoding_assumed: bool  # True when not declared by a BOM nor proven by valid UTF-8
    separator: str
    header: list[str]  # the names as written in the file

    @property
    def renamed(self) -> list[tuple[str, str]]:
        """(name in the file, name read) of every column whose name had to change (repeated names)."""
        return [(old, new) for old, new in zip(self.header, self.frame.columns) if old != new]


def detect_encoding(data: bytes) -> tuple[str, bool]:
    """The encoding of ``data`` and whether it was assumed rather than known."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", True
    return "utf-8", False


def header_line(text: str) -> str:
    """The first line of ``text``, whatever ends it (a header does not break lines inside quotes)."""
    for end, char in enumerate(text):
        if char in "\r\n":
            return text[:end]
    return text


def detect_separator(header: str) -> str:
    """The separator a header line uses: the most frequent of , ; and tab outside quotes (, on ties)."""
    outside = header.split('"')[::2]  # text outside quoted names
    counts = {sep: sum(part.count(sep) for part in outside) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])  # max keeps the first on ties: ","
    return best if counts[best] else ","


def unique_names(names: list[str]) -> list[str]:
    """Column names made unique as OGR makes them: a repeat of ``name`` becomes ``name_1``, ``name_2``..."""
    seen = set(names)
    result: list[str] = []
    used: set[str] = set()
    for name in names:
        if name in used:
            suffix = 1
            while f"{name}_{suffix}" in used or f"{name}_{suffix}" in seen:
                suffix += 1
            name = f"{name}_{suffix}"
        used.add(name)
        result.append(name)
    return result


def read_csv_bytes(data: bytes) -> CsvText:
    """The table in ``data``, the raw bytes of a CSV file."""
    encoding, assumed = detect_encoding(data)
    first = header_line(data[:65536].decode(encoding, errors="replace").lstrip("\ufeff"))
    if not first.strip():
        raise CsvError("the file has no header line", line=1)
    separator = detect_separator(first)
    header = next(csv.reader([first], delimiter=separator))
    width = len(header)
    while True:
        try:
            frame = _read_cells(data, encoding, separator, width)
            break
        except pd.errors.ParserError as error:
            if "Too many columns specified" in str(error) and width > 1:
                width -= 1  # every row is shorter than the header: read what they hold
                continue
            line = _first_long_row(data.decode(encoding), separator, len(header))
            raise CsvError(str(error), line=line) from error
        except pd.errors.ParserWarning as error:
            line = _first_long_row(data.decode(encoding), separator, len(header))
            raise CsvError(str(error), line=line) from error
        except pd.errors.EmptyDataError:
            frame = pd.DataFrame({i: pd.Series(dtype=object) for i in range(width)})
            break
    for missing in range(width, len(header)):
        frame[missing] = ""
    frame.columns = unique_names(header)
    return CsvText(frame, encoding, assumed, separator, header)


def _read_cells(data: bytes, encoding: str, separator: str, width: int) -> pd.DataFrame:
    """The rows after the header as ``width`` text columns (pandas' C reader: about 1 s a million rows)."""
    with warnings.catch_warnings():
        # with index_col=False, pandas drops the extra fields of a too-long row with a warning
        warnings.simplefilter("error", pd.errors.ParserWarning)
        return pd.read_csv(
            io.BytesIO(data),
            encoding=encoding,
            sep=separator,
            header=None,
            skiprows=1,
            names=range(width),
            dtype=str,
            na_filter=False,  # missing trailing fields (Excel drops them) read as ""
            index_col=False,
            engine="c",
        )


def read_csv(path: str) -> CsvText:
    """The table in the CSV file ``path``."""
    with open(path, "rb") as handle:
        return read_csv_bytes(handle.read())


def _first_long_row(text: str, separator: str, width: int) -> int | None:
    """The line number of the first row with more than ``width`` fields (the slow reader: errors only)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    for row in reader:
        if len(row) > width:
            return reader.line_num
    return None
