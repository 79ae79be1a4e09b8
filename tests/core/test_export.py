"""The CRM export: rows, owners, ids kept as text, and a file written whole or not at all."""

from __future__ import annotations

import csv
import os

import pytest

from territory_plugin.core import export as E

IDS = ["00123", "0015g0000000Q0xAAE", "0015G0000000q0XAAE", " 007 ", "", None, "42", "0099"]
NAMES = ["Café Société", 'Smith, "Jones" & Co.', "Line\nbreak", "Müller", "No id", "No id either", None, "Unplaced"]
OLD = ["North", "North ", "South", None, "North", "South", 3.0, "East"]
NEW = [" North", "South", "South", "East", "South", "South", 3, None]


def test_rows_keep_ids_as_read_and_flag_changes():
    export = E.assignment_rows(IDS, NAMES, OLD, NEW, owners={"North": "Ann", "South": "Bob"})
    rows = export.rows
    assert list(rows.columns) == list(E.EXPORT_COLUMNS)
    assert rows["account_id"].tolist() == ["00123", "0015g0000000Q0xAAE", "0015G0000000q0XAAE", " 007 ", "42"]
    assert rows["new_territory"].tolist() == ["North", "South", "South", "East", "3"]
    assert rows["old_territory"].tolist() == ["North", "North", "South", "", "3"]
    assert rows["changed"].tolist() == ["false", "true", "false", "true", "false"]  # 3.0 and 3 are one territory
    assert rows["new_owner"].tolist() == ["Ann", "Bob", "Bob", "", ""]
    assert rows["account_name"].tolist() == ["Café Société", 'Smith, "Jones" & Co.', "Line\nbreak", "Müller", ""]
    assert export.changed == 2
    assert export.blank_ids.tolist() == [4, 5] and export.unplaced.tolist() == [7]
    assert export.unowned == ["3", "East"]


def test_only_changed_rows_and_duplicates():
    export = E.assignment_rows(["1", "2", "1"], None, ["A", "A", "A"], ["B", "A", "C"], only_changed=True)
    assert export.rows["account_id"].tolist() == ["1", "1"]
    assert export.rows["changed"].tolist() == ["true", "true"]
    assert export.duplicate_ids == ["1"]
    assert export.unowned == []  # no owners given: nothing to report
    without_old = E.assignment_rows(["1"], None, None, ["B"])
    assert without_old.rows["old_territory"].tolist() == [""] and without_old.changed == 1


def test_owners_from_a_reps_table():
    assert E.owners_by_territory(["North", " South", None, "East", "North"], ["Ann", "Bob", "Cat", None, " Ann "]) == {
        "North": "Ann",
        "South": "Bob",
    }
    with pytest.raises(E.ExportError) as error:
        E.owners_by_territory(["North", "North", "South"], ["Ann", "Bob", "Cat"])
    assert error.value.details["territories"] == {"North": ["Ann", "Bob"]}


def test_the_file_round_trips_through_the_csv_module(tmp_path):
    export = E.assignment_rows(IDS, NAMES, OLD, NEW, owners={"North": "Ann", "South": "Bob"})
    path = tmp_path / "out.csv"
    assert E.write_csv_atomically(str(path), E.EXPORT_COLUMNS, export.rows.itertuples(index=False))
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and "Café".encode() in raw
    with open(path, newline="", encoding="utf-8") as handle:
        back = list(csv.reader(handle))
    assert back[0] == list(E.EXPORT_COLUMNS)
    assert back[1:] == export.rows.to_numpy().tolist()
    assert os.listdir(tmp_path) == ["out.csv"]


def test_a_failed_or_canceled_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old contents\n", encoding="utf-8")
    os.chmod(path, 0o640)

    def rows():
        yield ["1", "a"]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        E.write_csv_atomically(str(path), ["id", "name"], rows())
    assert path.read_text(encoding="utf-8") == "old contents\n"
    calls = iter([False, True])
    many = (["x", str(i)] for i in range(10))
    assert not E.write_csv_atomically(str(path), ["id", "name"], many, lambda: next(calls), check_every=3)
    assert path.read_text(encoding="utf-8") == "old contents\n"
    assert os.listdir(tmp_path) == ["out.csv"]
    assert E.write_csv_atomically(str(path), ["id"], [["1"]])
    assert path.read_bytes() == b"id\r\n1\r\n"
    assert os.stat(path).st_mode & 0o777 == 0o640  # the replaced file keeps its permissions
