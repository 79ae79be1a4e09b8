"""core.csvfile: the CSV reader every algorithm uses, on what spreadsheets and CRMs export."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territory_plugin.core.csvfile import (
    CsvError,
    detect_encoding,
    detect_separator,
    read_csv,
    read_csv_bytes,
    unique_names,
)


def test_windows_1252_keeps_its_accents_and_says_it_was_assumed():
    data = "id;owner\r\n1;Sarah Lévesque\r\n2;Zoë Müller\r\n".encode("cp1252")
    table = read_csv_bytes(data)
    assert table.encoding == "cp1252" and table.encoding_assumed
    assert table.separator == ";"
    assert table.frame["owner"].tolist() == ["Sarah Lévesque", "Zoë Müller"]


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom_both_byte_orders(bom, codec):
    table = read_csv_bytes(bom + "id\tzip\r\n1\t02134\r\n".encode(codec))
    assert table.encoding == "utf-16" and not table.encoding_assumed
    assert table.frame.to_dict("list") == {"id": ["1"], "zip": ["02134"]}


def test_utf8_with_and_without_bom_is_known_not_assumed():
    assert detect_encoding("é".encode()) == ("utf-8", False)
    assert detect_encoding(codecs.BOM_UTF8 + b"a") == ("utf-8-sig", False)
    table = read_csv_bytes(codecs.BOM_UTF8 + b"Account ID,zip\n1,02134\n")
    assert list(table.frame.columns) == ["Account ID", "zip"]


def test_carriage_returns_alone_end_lines():
    table = read_csv_bytes(b"id,zip\r1,02134\r2,02135\r")
    assert table.frame["zip"].tolist() == ["02134", "02135"]


def test_repeated_column_names_are_made_unique_like_ogr_and_reported():
    table = read_csv_bytes(b"id,Potential,Potential,name_1,name,name\n1,5,7,x,a,b\n")
    assert list(table.frame.columns) == ["id", "Potential", "Potential_1", "name_1", "name", "name_2"]
    assert table.frame["Potential_1"].tolist() == ["7"]
    assert table.renamed == [("Potential", "Potential_1"), ("name", "name_2")]


def test_rows_missing_trailing_empty_fields_read_as_blanks():
    table = read_csv_bytes(b"id,zip,note,extra\n1,02134\n2,02135,x,\n3\n")
    assert table.frame.to_dict("list") == {
        "id": ["1", "2", "3"],
        "zip": ["02134", "02135", ""],
        "note": ["", "x", ""],
        "extra": ["", "", ""],
    }


def test_a_row_longer_than_the_header_names_its_line():
    with pytest.raises(CsvError) as caught:
        read_csv_bytes(b"id,zip\n1,02134\n2,02135,oops\n")
    assert caught.value.details["line"] == 3


def test_header_only_gives_an_empty_table_with_its_columns():
    table = read_csv_bytes(b"id,zip\n")
    assert list(table.frame.columns) == ["id", "zip"] and len(table.frame) == 0


def test_separator_from_the_header_outside_quotes():
    assert detect_separator('"a;b",c,d') == ","
    assert detect_separator("a;b;c") == ";"
    assert detect_separator("a\tb") == "\t"
    assert detect_separator("single") == ","


def test_unique_names_never_collides_with_a_later_column():
    assert unique_names(["a", "a", "a_1"]) == ["a", "a_2", "a_1"]


def test_read_csv_reads_the_file(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("x,y\n1,é\n".encode("cp1252"))
    assert read_csv(str(path)).frame["y"].tolist() == ["é"]


# --- fuzz: whatever a spreadsheet writes, the same cells come back ----------------------------

# Non-ASCII letters whose Windows-1252 bytes are all >= 0xC0: such bytes never form valid
# UTF-8 (continuation bytes are 0x80-0xBF), so detection cannot mistake the encoding.
LETTERS = "abcXYZ019 .-'&éèàüöçÉÖ"
CELL = st.text(alphabet=LETTERS + ',;"\t', max_size=8)
NAME = st.text(alphabet=LETTERS, min_size=1, max_size=6).map(str.strip).filter(bool)


@st.composite
def exports(draw):
    width = draw(st.integers(1, 5))
    header = draw(st.lists(st.sampled_from(["id", "zip", "Name"]) | NAME, min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(CELL, min_size=width - 1, max_size=width - 1), max_size=12))
    rows = [[f"r{i}", *row] for i, row in enumerate(rows)]  # a first cell: a row is never a blank line
    return header, rows


@settings(max_examples=150, deadline=None)
@given(
    exports(),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.booleans(),
)
def test_fuzz_what_was_written_is_read(export, separator, encoding, line_end, drop_trailing_blanks):
    header, rows = export
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=line_end)
    writer.writerow(header)
    for row in rows:
        while drop_trailing_blanks and len(row) > 1 and row[-1] == "":
            row = row[:-1]  # as Excel writes them
        writer.writerow(row)
    text = out.getvalue()
    table = read_csv_bytes(text.encode(encoding))

    ascii_only = all(ord(c) < 128 for c in text)
    assert table.encoding == ("utf-8" if encoding == "cp1252" and ascii_only else encoding)
    assert table.encoding_assumed == (encoding == "cp1252" and not ascii_only)
    assert list(table.frame.columns) == unique_names(header)
    assert table.frame.to_numpy().tolist() == rows
