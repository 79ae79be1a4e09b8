"""The new assignment as the CSV a CRM imports: the pure part of territory:exportassignments.

One row per account: ``account_id, account_name, old_territory, new_territory, new_owner,
changed``. Ids are written exactly as read (text: leading zeros and 18-character
Salesforce ids with their case); territory and owner names are cleaned the way every
algorithm reads them (core/alignment.py). ``changed`` is ``true`` when the cleaned new
territory differs from the cleaned old one. The file is UTF-8 (no byte-order mark, which
some loaders take for part of the first column's name) with a header and RFC 4180
quoting, and it is written to a temporary file beside the target, then moved over it:
a reader sees the old file or the whole new one, never half of it.
"""

from __future__ import annotations

import csv
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from territory_plugin.core.alignment import clean_name, clean_names

__all__ = ["EXPORT_COLUMNS", "ExportError", "Export", "owners_by_territory", "assignment_rows", "write_csv_atomically"]

EXPORT_COLUMNS = ("account_id", "account_name", "old_territory", "new_territory", "new_owner", "changed")
TRUE, FALSE = "true", "false"  # what Salesforce Data Loader and Dynamics import read as a checkbox


class ExportError(ValueError):
    """Bad input that the user must fix; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


def owners_by_territory(territories: Sequence, owners: Sequence) -> dict[str, str]:
    """Territory -> owner from a reps table; rows without a territory or an owner (vacancies) say nothing.

    A territory given two different owners is ``ExportError("owner_conflict")``.
    """
    found: dict[str, str] = {}
    conflicts: dict[str, set[str]] = {}
    for territory, owner in zip(clean_names(territories), clean_names(owners)):
        if territory is None or owner is None:
            continue
        if found.setdefault(territory, owner) != owner:
            conflicts.setdefault(territory, {found[territory]}).add(owner)
    if conflicts:
        raise ExportError(
            "owner_conflict",
            f"{len(conflicts)} territories have more than one owner",
            territories={t: sorted(o) for t, o in sorted(conflicts.items())},
        )
    return found


@dataclass
class Export:
    """The rows to write and what the user must hear about the rest.

    rows: ``EXPORT_COLUMNS``, in input order; unplaced: input rows left out because they
    have no new territory; blank_ids: rows left out because they have no id;
    duplicate_ids: ids on more than one written row; unowned: new territories without an
    owner (only when owners were given).
    """

    rows: pd.DataFrame
    unplaced: np.ndarray
    blank_ids: np.ndarray
    duplicate_ids: list[str]
    unowned: list[str]

    @property
    def changed(self) -> int:
        return int((self.rows["changed"] == TRUE).sum())


def _id_text(value: object) -> str | None:
    """An id as text, unchanged; None when missing or blank (an integer stays its digits)."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return None
    text = str(value)
    return text if text.strip() else None


def assignment_rows(
    ids: Sequence,
    names: Sequence | None,
    old: Sequence | None,
    new: Sequence,
    owners: dict[str, str] | None = None,
    only_changed: bool = False,
) -> Export:
    """The export rows of accounts with an id and a new territory (see :class:`Export`)."""
    n = len(ids)
    id_text = [_id_text(value) for value in ids]
    new_names = clean_names(new)
    old_names = clean_names(old) if old is not None else [None] * n
    name_text = ["" if clean_name(value) is None else str(value) for value in names] if names is not None else [""] * n
    blank_ids = np.array([i for i in range(n) if id_text[i] is None], dtype=np.int64)
    unplaced = np.array([i for i in range(n) if id_text[i] is not None and new_names[i] is None], dtype=np.int64)
    keep = [i for i in range(n) if id_text[i] is not None and new_names[i] is not None]
    changed = [old_names[i] != new_names[i] for i in keep]
    if only_changed:
        keep = [i for i, moved in zip(keep, changed) if moved]
        changed = [True] * len(keep)
    owners = owners or {}
    rows = pd.DataFrame(
        {
            "account_id": [id_text[i] for i in keep],
            "account_name": [name_text[i] for i in keep],
            "old_territory": [old_names[i] or "" for i in keep],
            "new_territory": [new_names[i] for i in keep],
            "new_owner": [owners.get(new_names[i], "") for i in keep],
            "changed": [TRUE if moved else FALSE for moved in changed],
        },
        columns=list(EXPORT_COLUMNS),
    )
    ids_written = rows["account_id"]
    duplicates = sorted(ids_written[ids_written.duplicated()].unique().tolist())
    unowned = sorted({new_names[i] for i in keep} - set(owners)) if owners else []
    return Export(rows, unplaced, blank_ids, duplicates, unowned)


def write_csv_atomically(
    path: str,
    header: Sequence[str],
    rows: Iterable[Sequence],
    is_canceled: Callable[[], bool] | None = None,
    check_every: int = 10000,
) -> bool:
    """Write a UTF-8 CSV (header, then rows) completely or not at all.

    The rows go to a temporary file in the target's folder, which then replaces the target
    in one step (``os.replace``). On an error or a cancel (returns False) the temporary
    file is removed and an existing target is left as it was.
    """
    folder = os.path.dirname(os.path.abspath(path))
    mode = stat.S_IMODE(os.stat(path).st_mode) if os.path.exists(path) else 0o644
    handle, temporary = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            for count, row in enumerate(rows):
                if is_canceled is not None and count % check_every == 0 and is_canceled():
                    raise _Canceled
                writer.writerow(row)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except _Canceled:
        os.unlink(temporary)
        return False
    except BaseException:
        os.unlink(temporary)
        raise
    return True


class _Canceled(Exception):
    pass
