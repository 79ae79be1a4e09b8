"""Postal code normalisation: the messy values real CRM exports hold."""

import math

import pytest

from territory_plugin.core.postal import CodeStatus, ZipFormat, normalise_codes

US_CASES = [
    ("02134", "02134"),
    (" 02134 ", "02134"),
    ("\t02134\n", "02134"),
    ("2134", "02134"),  # leading zero lost by a spreadsheet
    ("2134.0", "02134"),  # ... and turned into a float
    ("2134.00", "02134"),
    (2134, "02134"),  # integer field in a shapefile
    (2134.0, "02134"),
    ("501", "00501"),  # Holtsville NY, both zeros lost
    ("02134-1234", "02134"),  # ZIP+4
    ("2134-1234", "02134"),
    ("02134 1234", "02134"),
    ("021341234", "02134"),  # nine digits
    ("21341234", "02134"),  # nine digits that lost a zero
    ("90210", "90210"),
]
US_BLANK = ["", "   ", None, float("nan")]
US_INVALID = ["N/A", "XXXXX", "12", "1", "123456", "Boston", "0213A", "02134-12", "2134.5", "1234567890"]


@pytest.mark.parametrize(("raw", "expected"), US_CASES)
def test_us_codes_are_normalised(raw, expected):
    keys, status = normalise_codes([raw], ZipFormat.US)
    assert (keys[0], status[0]) == (expected, CodeStatus.OK)


@pytest.mark.parametrize("raw", US_BLANK, ids=repr)
def test_blank_codes_are_reported_as_blank(raw):
    keys, status = normalise_codes([raw], ZipFormat.US)
    assert keys[0] == "" and status[0] == CodeStatus.BLANK


@pytest.mark.parametrize("raw", US_INVALID)
def test_junk_codes_are_invalid(raw):
    keys, status = normalise_codes([raw], ZipFormat.US)
    assert keys[0] == "" and status[0] == CodeStatus.INVALID


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("sw1a  1aa", "SW1A 1AA"), (" 75001 ", "75001"), ("10115", "10115"), ("k1a\t0b1", "K1A 0B1"), ("02134", "02134")],
)
def test_as_is_mode_trims_uppercases_and_collapses_spaces(raw, expected):
    keys, status = normalise_codes([raw], ZipFormat.AS_IS)
    assert (keys[0], status[0]) == (expected, CodeStatus.OK)


def test_as_is_mode_keeps_leading_zeros_and_flags_blanks():
    keys, status = normalise_codes(["01234", "", None], ZipFormat.AS_IS)
    assert list(keys) == ["01234", "", ""]
    assert list(status) == [CodeStatus.OK, CodeStatus.BLANK, CodeStatus.BLANK]


def test_a_whole_column_keeps_its_order_and_length():
    raw = [case[0] for case in US_CASES] + US_BLANK + US_INVALID
    keys, status = normalise_codes(raw, ZipFormat.US)
    assert len(keys) == len(status) == len(raw)
    assert list(keys[: len(US_CASES)]) == [case[1] for case in US_CASES]
    assert not any(isinstance(k, float) and math.isnan(k) for k in keys)
