"""A partial match (a few accounts found their zip code area) is told apart from a normal messy export."""

from __future__ import annotations

import numpy as np

from territory_plugin.core.aggregate import UnmatchedReason, index_units, match_accounts
from territory_plugin.core.partial_match import PARTIAL_MATCH_SHARE, Cause, partial_match
from territory_plugin.core.postal import ZipFormat

AREAS = [f"{code:05d}" for code in range(1001, 1101)]  # 100 areas, 01001..01100
ACCOUNT_FIELDS = ["Account ID", "Billing Zip/Postal Code", "Annual Revenue"]


def matched(codes, zip_format=ZipFormat.US):
    return match_accounts(codes, index_units(AREAS, zip_format), zip_format)


def test_a_messy_export_with_the_right_fields_is_no_partial_match():
    # as the sample: lost zeros, ZIP+4, blanks, junk and PO boxes, 96% matched
    codes = ["1001", "01002-1234", "010031234"] * 30 + [""] + ["N/A"] + ["01999"] * 2
    unit, reason = matched(codes)
    assert (unit >= 0).mean() > 0.95
    assert partial_match(unit, reason, codes, account_fields=ACCOUNT_FIELDS, account_field=ACCOUNT_FIELDS[1]) is None


def test_a_revenue_field_taken_for_the_zip_code_names_the_zip_field_and_the_most_frequent_values():
    revenue = ["10100000"] * 3 + ["5819000"] * 50 + ["782000"] * 40 + [""] * 7  # 10,100,000 reads as 01010
    unit, reason = matched(revenue)
    found = partial_match(unit, reason, revenue, account_fields=ACCOUNT_FIELDS, account_field="Annual Revenue")
    assert (found.matched, found.total) == (3, 100) and found.share == 0.03
    assert found.likely_account_field == "Billing Zip/Postal Code"
    assert found.causes == [Cause.OTHER_ACCOUNT_FIELD]  # not "another region": the field explains the rest
    assert found.unmatched_by_reason == {
        UnmatchedReason.BLANK: 7,
        UnmatchedReason.INVALID: 40,
        UnmatchedReason.NO_UNIT: 50,
    }
    assert found.frequent_unmatched == [("5819000", 50), ("782000", 40)]  # blanks are no sample


def test_areas_of_another_region_are_named_as_the_cause():
    codes = ["01001"] * 5 + [f"06{n:03d}" for n in range(95)]  # Connecticut accounts, Massachusetts areas
    unit, reason = matched(codes)
    found = partial_match(unit, reason, codes, account_fields=ACCOUNT_FIELDS, account_field=ACCOUNT_FIELDS[1])
    assert found.share == 0.05 and found.causes == [Cause.NO_AREA]
    assert found.likely_account_field is None  # the right field was picked


def test_the_wrong_area_field_is_named():
    codes = ["01001"] * 10 + ["99999"] * 90
    unit, reason = matched(codes)
    found = partial_match(unit, reason, codes, area_fields=["fid", "zip", "po_name"], area_field="fid")
    assert found.likely_area_field == "zip" and found.causes[0] == Cause.OTHER_AREA_FIELD


def test_the_causes_follow_the_reasons_of_at_least_a_quarter_of_the_unmatched_most_first():
    codes = ["01001"] * 30 + [""] * 60 + ["junk"] * 10
    unit, reason = matched(codes)
    assert partial_match(unit, reason, codes).causes == [Cause.BLANK]  # junk is 10 of 70: no cause
    codes = ["01001"] * 30 + [""] * 20 + ["junk"] * 30 + ["99999"] * 20
    unit, reason = matched(codes)
    assert partial_match(unit, reason, codes).causes == [Cause.NOT_CODES, Cause.BLANK, Cause.NO_AREA]


def test_the_threshold_counts_accounts_and_each_weight():
    codes = ["01001"] * 80 + ["99999"] * 20
    unit, reason = matched(codes)
    assert PARTIAL_MATCH_SHARE == 0.8
    assert partial_match(unit, reason, codes) is None  # 80% is enough
    unit_79 = unit.copy()
    unit_79[0] = -1
    assert partial_match(unit_79, reason, codes).matched == 79
    # 95% of the accounts, but the big ones are lost: 5 accounts carry half the call hours
    hours = np.where(np.arange(100) < 95, 1.0, 19.0)
    unit_95 = np.where(np.arange(100) < 95, 0, -1)
    found = partial_match(unit_95, reason, codes, weights={"call hours": hours, "none": np.zeros(100)})
    assert found.weight_shares == {"call hours": 0.5} and found.weights_below == ("call hours",)
    assert partial_match(unit_95, reason, codes, weights={"call hours": np.ones(100)}) is None


def test_accounts_placed_by_location_count_as_matched_and_none_matched_is_left_to_the_error():
    codes = [""] * 100
    unit, reason = matched(codes)
    assert partial_match(unit, reason, codes) is None  # nothing matched: require_matches raises
    placed = np.zeros(100, dtype=np.int64)  # every point account placed in the area that contains it
    assert partial_match(placed, reason, codes) is None
    assert partial_match(np.array([], dtype=np.int64), np.array([]), []) is None
