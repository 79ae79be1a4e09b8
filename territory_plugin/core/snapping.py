"""How far apart unit boundaries are where they should meet, and the snapping tolerance for it.

Generalised boundary files (each polygon simplified on its own, or buffered)
leave gaps and overlaps between neighbours; a tolerance below them makes every
unit an island.  After the exact pass, SAMPLES points spread evenly along the
unmatched boundary (by length, no randomness) look for the nearest boundary of
another unit within `probe` (PROBE_SHARE of the median unit size): its distance,
and whether the point lies inside that unit (an overlap) or outside (a gap).
Points with nothing that close are outer boundary (coast, border of the layer).

Shared border = the exactly matched length + the unmatched length that has a
neighbour within the probe.  The automatic tolerance covers COVERAGE of that
length with MARGIN to spare, rounded up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times
a power of ten, and stays between AUTO_FLOOR (the old fixed default) and the probe.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from territory_plugin.core.near_segments import LengthLevels, Segments

AUTO_FLOOR = 1.0  # metres
PROBE_SHARE = 0.05  # of the median unit size (square root of its area)
COVERAGE = 0.9
MARGIN = 1.25
SAMPLES = 50_000
REPORT_SHARE = 0.05  # gaps or overlaps on less of the shared border are corners and coasts: not reported
MINOR_KIND = 0.25
_NICE = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


@dataclass(frozen=True)
class Snapping:
    """What the adjacency builder saw of the units' topology and the tolerance it used (metres)."""

    tolerance: float  # used for the graph
    requested: Optional[float]  # the caller's value; None = chosen automatically
    recommended: float  # what the automatic choice is for these units
    gap: float  # gaps between neighbours reach this (95th percentile; 0: none seen)
    overlap: float  # overlaps between neighbours reach this (likewise)
    misaligned_share: float  # share of the shared border not matched exactly
    probe: float  # the farthest apart two boundaries were looked for
    overlapping_pairs: int = 0  # unit pairs joined because their polygons overlap beyond the tolerance
    contained_units: int = 0  # units lying inside another unit, joined to it
    bridges: int = 0  # bridge edges added between pieces that touch nowhere

    @property
    def automatic(self) -> bool:
        return self.requested is None

    @property
    def too_small(self) -> bool:
        """The requested tolerance leaves much of the shared border unmatched."""
        return self.requested is not None and self.requested * MARGIN < self.recommended


def probe_radius(area: np.ndarray, requested: Optional[float]) -> float:
    size = float(np.median(np.sqrt(np.abs(area)))) if len(area) else 0.0
    return max(PROBE_SHARE * size, requested or 0.0)


def assess(
    matched_length: float,
    leftover: Segments,
    levels: LengthLevels,
    requested: Optional[float],
    floor: float,
) -> Snapping:
    """Measure gaps and overlaps on the unmatched boundary and choose the tolerance."""
    probe = levels.radius
    floor = min(floor, probe) if probe > 0 else floor
    length = leftover.length
    total = float(length.sum())
    gap = overlap = share = 0.0
    recommended = floor
    if total > 0:
        m = min(SAMPLES, 4 * len(length))
        cum = np.cumsum(length)
        pos = (np.arange(m) + 0.5) / m * total
        s = np.minimum(np.searchsorted(cum, pos, side="right"), len(length) - 1)
        frac = np.clip((pos - (cum[s] - length[s])) / np.where(length[s] > 0, length[s], 1.0), 0.0, 1.0)
        points = leftover.p0[s] + frac[:, None] * (leftover.p1[s] - leftover.p0[s])
        dist, inside, _ = levels.nearest_foreign(points, leftover.unit[s])
        weight = total / m
        near = np.isfinite(dist)
        border = matched_length + weight * near.sum()
        if border > 0:
            share = weight * near.sum() / border
            needed = COVERAGE * border - matched_length
            if needed > 0:
                ranked = np.sort(dist[near])
                k = min(int(math.ceil(needed / weight)) - 1, len(ranked) - 1)
                need = float(ranked[max(k, 0)])
                if need * MARGIN > floor:
                    recommended = min(nice_ceil(need * MARGIN), probe)
            # Distances beyond the tolerance recommended are outer boundary across a
            # bay or a narrow unit more often than misalignment: not reported.
            # Round a corner the nearest other unit is often the diagonal one, outside
            # which the point lies although it overlaps the unit beside it: a kind seen
            # on under a quarter of the other's length is that, and not reported.
            covered = near & (dist <= recommended)
            gaps, overlaps = covered & ~inside, covered & inside
            floor_share = REPORT_SHARE * border / weight
            if gaps.sum() >= max(floor_share, MINOR_KIND * overlaps.sum()):
                gap = float(np.quantile(dist[gaps], 0.95))
            if overlaps.sum() >= max(floor_share, MINOR_KIND * gaps.sum()):
                overlap = float(np.quantile(dist[overlaps], 0.95))
    tolerance = recommended if requested is None else float(requested)
    return Snapping(tolerance, requested, recommended, gap, overlap, share, probe)


def nice_ceil(x: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= x."""
    if x <= 0:
        return 0.0
    e = math.floor(math.log10(x))
    for m in _NICE:
        value = m * 10.0**e
        if value >= x * (1 - 1e-9):
            return float(f"{value:.12g}")
    return 10.0 ** (e + 1)
