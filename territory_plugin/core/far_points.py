"""Points (seeds, rep homes) that cannot be where they are meant to be.

A seed or a home base thousands of kilometres from every unit is almost always a wrong
CRS, a typo, or latitude and longitude swapped (a CSV with ``lat,lon`` read as x, y). The
shells warn or refuse with these findings; nothing here knows QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

EARTH_RADIUS_KM = 6371.0088
MIN_FAR_KM = 100.0  # never call a point far when it is this close to the units' box


@dataclass
class FarPoints:
    """Which points lie far outside the units' extent, how far, and which look swapped."""

    far: np.ndarray  # indices of the far points
    distance_km: np.ndarray  # each far point's distance to the units' extent
    swapped: np.ndarray  # indices (among all points) that lie in the extent once x and y are swapped
    limit_km: float  # what "far" meant here


def haversine_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance in km (a sphere: ample for 'thousands of km away')."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype=float)) for v in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def distance_to_extent_km(lon: np.ndarray, lat: np.ndarray, extent: tuple[float, float, float, float]) -> np.ndarray:
    """Distance from each point to the nearest point of the lon/lat box ``extent`` (0 inside)."""
    west, south, east, north = extent
    return haversine_km(lon, lat, np.clip(lon, west, east), np.clip(lat, south, north))


def far_points(lonlat: np.ndarray, extent: tuple[float, float, float, float]) -> FarPoints:
    """The points of ``lonlat`` (n x 2, WGS84 degrees) farther from the units' ``extent`` than the extent is wide.

    "Far" is the extent's diagonal, at least ``MIN_FAR_KM``: a rep living an hour outside
    the map is normal, one a continent away is not. A far point is also "swapped" when
    (y, x) lies within the extent grown by 10% on each side.
    """
    points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    west, south, east, north = extent
    limit = max(float(haversine_km(west, south, east, north)), MIN_FAR_KM)
    distance = distance_to_extent_km(points[:, 0], points[:, 1], extent)
    far = np.flatnonzero(distance > limit)
    pad_x, pad_y = 0.1 * (east - west), 0.1 * (north - south)
    x, y = points[far, 1], points[far, 0]  # swapped
    inside = (x >= west - pad_x) & (x <= east + pad_x) & (y >= south - pad_y) & (y <= north + pad_y)
    return FarPoints(far, distance[far], far[inside], limit)
