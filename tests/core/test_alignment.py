"""The alignment rules read the same values the same way for every caller."""

from __future__ import annotations

import math

import numpy as np
import pytest

from territory_plugin.core.alignment import (
    AlignmentError,
    clean_names,
    existing_alignment,
    is_locked,
    numbered_names,
    ordered_names,
)


def test_lock_values_from_int_real_bool_and_text_fields():
    values = [1, 1.0, True, "yes", "lock", "Locked", 0.0, 0, False, "no", "", None, math.nan, "1.0", " X ", 2]
    assert [is_locked(v) for v in values] == [
        True, True, True, True, True, True, False, False, False, False, False, False, False, True, True, True
    ]  # fmt: skip


def test_names_are_trimmed_text_and_whole_reals_match_integers():
    assert clean_names([" North ", "", "   ", None, 3, 3.0, 3.5, math.nan]) == [
        "North", None, None, None, "3", "3", "3.5", None
    ]  # fmt: skip


def test_territories_sort_naturally_and_whatever_the_order_they_are_met_in():
    names = ["T10", "T2", "t1", "North", "T01", None, " T2 ", "", 3.0, 12]
    assert ordered_names(names) == ["3", "12", "North", "T01", "t1", "T2", "T10"]
    assert ordered_names(reversed(names)) == ordered_names(names)
    assert ordered_names(["²", "a²", "١٠", "٩"]) == ["٩", "١٠", "a²", "²"]  # any digits, no crash


def test_a_fresh_design_is_numbered_so_that_it_sorts():
    assert numbered_names(3) == ["T1", "T2", "T3"]
    assert numbered_names(12)[:2] == ["T01", "T02"] and ordered_names(numbered_names(12)) == numbered_names(12)


def test_a_design_from_an_existing_alignment_keeps_its_names_and_adds_new_ones():
    names, initial = existing_alignment(["B", " A", None, "New 1", "B ", 2.0], k=6)
    assert names == ["2", "A", "B", "New 1", "New 2", "New 3"]
    assert initial.tolist() == [2, 1, -1, 3, 2, 0]
    with pytest.raises(AlignmentError) as error:
        existing_alignment(["A", "B", "C"], k=2)
    assert error.value.kind == "too_many" and error.value.details == {"count": 3, "k": 2}


def test_scattered_locks_names_territories_whose_locked_units_lie_apart():
    from territory_plugin.core.alignment import scattered_locks

    # a path of 6 units 0-1-2-3-4-5
    edges = np.array([[i, i + 1] for i in range(5)])
    territory = np.array([0, 0, 0, 1, 1, 1])
    locked = np.array([True, False, True, True, True, False])
    found = scattered_locks(edges, 6, territory, locked)
    assert found == {0: ([0, 2], 2)}  # territory 1's locks (3, 4) touch: fine
