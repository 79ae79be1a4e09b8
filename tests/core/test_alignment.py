"""The alignment rules read the same values the same way for every caller."""

from __future__ import annotations

import math

from territory_plugin.core.alignment import clean_names, is_locked


def test_lock_values_from_int_real_bool_and_text_fields():
    values = [1, 1.0, True, "yes", "lock", "Locked", 0.0, 0, False, "no", "", None, math.nan, "1.0", " X ", 2]
    assert [is_locked(v) for v in values] == [
        True, True, True, True, True, True, False, False, False, False, False, False, False, True, True, True
    ]  # fmt: skip


def test_names_are_trimmed_text_and_whole_reals_match_integers():
    assert clean_names([" North ", "", "   ", None, 3, 3.0, 3.5, math.nan]) == [
        "North", None, None, None, "3", "3", "3.5", None
    ]  # fmt: skip
