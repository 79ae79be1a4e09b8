"""core.far_points: seeds and homes a continent away, or with latitude and longitude swapped."""

from __future__ import annotations

import numpy as np
import pytest

from territory_plugin.core.far_points import distance_to_extent_km, far_points, haversine_km

NEW_ENGLAND = (-73.7, 41.0, -66.9, 47.5)  # west, south, east, north


def test_haversine_boston_to_new_york():
    assert haversine_km(-71.06, 42.36, -74.01, 40.71) == pytest.approx(306, rel=0.02)


def test_points_inside_or_near_the_units_are_not_far():
    points = np.array([[-71.06, 42.36], [-74.5, 41.5], [-66.0, 47.0]])  # Boston, just west, just east
    found = far_points(points, NEW_ENGLAND)
    assert found.far.tolist() == [] and found.swapped.tolist() == []


def test_a_home_in_europe_is_far_and_says_how_far():
    points = np.array([[-71.06, 42.36], [2.35, 48.86]])  # Boston, Paris
    found = far_points(points, NEW_ENGLAND)
    assert found.far.tolist() == [1]
    assert found.distance_km[0] == pytest.approx(distance_to_extent_km(2.35, 48.86, NEW_ENGLAND), rel=1e-9)
    assert 4500 < found.distance_km[0] < 5500  # Paris to Maine
    assert found.swapped.tolist() == []


def test_swapped_latitude_and_longitude_are_recognised():
    points = np.array([[42.36, -71.06], [-71.06, 42.36]])  # (lat, lon) read as (x, y): in Antarctica's seas
    found = far_points(points, NEW_ENGLAND)
    assert found.far.tolist() == [0] and found.swapped.tolist() == [0]


def test_far_means_at_least_the_extent_width():
    small = (-71.2, 42.3, -71.0, 42.4)  # a few km across: 100 km is the floor
    found = far_points(np.array([[-71.1, 42.9], [-71.1, 43.5]]), small)  # 55 km and 122 km north
    assert found.limit_km == 100.0 and found.far.tolist() == [1]
