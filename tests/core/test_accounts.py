"""Where each scored account counts: its territory (own field or its zip area's) and its location."""

from __future__ import annotations

import numpy as np
import pytest

from territory_plugin.core.accounts import home_bases, place_accounts, place_units
from territory_plugin.core.workload import WorkloadError

CENTROIDS = np.array([[-71.0, 42.0], [-72.0, 43.0], [-73.0, 44.0]])


def test_accounts_take_their_zip_areas_territory_and_centroid():
    # areas 0 and 2 are in T2, area 1 in T10; the last account matched no area
    place = place_accounts(None, np.array([0, 1, 2, 1, -1]), ["T2", " T10", "T2 "], CENTROIDS)
    assert place.names == ["T2", "T10"]  # natural order
    assert place.territory.tolist() == [0, 1, 0, 1, -1]
    assert place.location.tolist() == [0, 1, 2, 1, -1]
    assert np.array_equal(place.locations, CENTROIDS)
    assert (place.unassigned, place.no_area, place.unlocated) == (1, 1, 0)


def test_an_accounts_own_territory_wins_and_its_point_is_its_location():
    points = np.array([[-70.5, 41.5], [np.nan, np.nan], [-70.0, 41.0]])
    place = place_accounts([" North", None, 3.0], np.array([2, 0, -1]), ["South", "South", "South"], CENTROIDS, points)
    assert place.names == ["3", "North"]
    assert place.territory.tolist() == [1, -1, 0]
    # points come after the area centroids in the table of locations
    assert place.location.tolist() == [3, 0, 5]
    assert np.array_equal(place.locations[place.location[[0, 2]]], points[[0, 2]])
    assert (place.unassigned, place.no_area, place.unlocated) == (1, 0, 0)


def test_a_rep_with_a_base_and_no_accounts_is_a_territory():
    place = place_units(["A", "B", None], CENTROIDS, bases=["B", "C"])
    assert place.names == ["A", "B", "C"] and place.base_only == ["C"]
    assert place.territory.tolist() == [0, 1, -1]
    with pytest.raises(WorkloadError) as error:
        place_units(["A", "B"], CENTROIDS[:2], bases=["X", "Y"])
    assert error.value.kind == "bases_name_no_territory"
    assert error.value.details == {"bases": ["X", "Y"], "names": ["A", "B"]}


def test_home_bases_are_named_like_territories_and_unique():
    assert home_bases([(" T1 ", (1, 2)), (None, (0, 0)), (2.0, (3, 4))]) == {"T1": (1.0, 2.0), "2": (3.0, 4.0)}
    with pytest.raises(WorkloadError) as error:
        home_bases([("T1", (1, 2)), ("T1 ", (3, 4)), (2, (0, 0)), (2.0, (5, 5))])
    assert error.value.details["names"] == ["2", "T1"]
