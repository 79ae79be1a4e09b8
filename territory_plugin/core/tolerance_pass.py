"""The tolerance pass of core/adjacency.py: boundaries within the snapping tolerance, and third units.

1. Unmatched segments against each other (core/near_segments.py): shared
   lengths, contacts, crossings.  Pairs that meet other than at a shared
   vertex mark their segments as misaligned.
2. Around those only: the exactly matched segments (the border of two other
   units) come in as targets, so that a misaligned unit touching or entering
   that border is a neighbour of both.  A clean coverage's coast never gets
   here: its unmatched segments meet others only at shared vertices.
3. A misaligned unit whose boundary lies deep inside another unit, farther
   than the tolerance from every boundary, crosses nothing: the middle of its
   longest segment that nothing comes near is ray cast (core/bridges.containers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

import numpy as np

from territory_plugin.core.bridges import Outlines, containers
from territory_plugin.core.near_segments import (
    CanceledFn,
    LengthLevels,
    PairMeasures,
    Segments,
    check_canceled,
    measure_pairs,
)
from territory_plugin.core.polygons import expand_ranges

PAIR_BATCH = 100_000  # candidate pairs measured between cancel checks


class TolerancePass:
    """Runs the pass; keeps what the ray casts of step 3 need."""

    def __init__(self, near: Segments, tol: float, inc_ptr: np.ndarray, inc_unit: np.ndarray, contacts: bool):
        self.near, self.tol = near, tol
        self.inc_ptr, self.inc_unit, self.contacts = inc_ptr, inc_unit, contacts
        self.found = PairMeasures.empty()
        self.tested = np.empty(0, np.int64)  # near segments ray cast in step 3

    def run(
        self,
        matched_ends: tuple[np.ndarray, np.ndarray],
        matched: Callable[[np.ndarray], Segments],
        progress: Callable[[float], None],
        is_canceled: Optional[CanceledFn],
    ) -> PairMeasures:
        """Steps 1 and 2.  matched_ends: both ends of every exactly matched segment;
        matched(idx): those segments as Segments with their partner set."""
        near, tol = self.near, self.tol
        misaligned = np.zeros(len(near), dtype=bool)
        paired = np.zeros(len(near), dtype=bool)  # some other unit's segment comes within tol
        if len(near) > 1:
            levels = LengthLevels(near, tol, is_canceled=is_canceled)
            for done, (ea, eb) in enumerate(levels.pairs(is_canceled)):
                self._measure(near, ea, eb, is_canceled)
                check_canceled(is_canceled)
                paired[ea] = paired[eb] = True
                apart = ~_share_a_vertex(near, ea, eb)
                misaligned[ea[apart]] = misaligned[eb[apart]] = True
                progress(0.9 * min((done + 1) / max(levels.chunks, 1), 1.0))
        tested = _longest_alone(near, np.unique(near.unit[misaligned]), paired)
        focus_at = np.union1d(np.flatnonzero(misaligned), tested)
        focus = near.take(focus_at)
        targets = matched(_beside(focus, *matched_ends, tol)) if len(focus) and len(matched_ends[0]) else None
        if targets is not None and len(targets):
            targets = targets.cut(max(float(focus.length.max()), 4 * tol))
            both = focus.joined(targets)
            for ea, eb in LengthLevels(both, tol, is_canceled=is_canceled).pairs(is_canceled):
                self._measure(both, ea, eb, is_canceled)
                mine = np.concatenate((ea, eb))
                paired[focus_at[mine[mine < len(focus)]]] = True
        self.tested = tested[~paired[tested]]
        progress(1.0)
        return self.found

    def _measure(self, seg: Segments, ea: np.ndarray, eb: np.ndarray, is_canceled: Optional[CanceledFn]) -> None:
        for start in range(0, len(ea), PAIR_BATCH):
            check_canceled(is_canceled)
            a, b = ea[start : start + PAIR_BATCH], eb[start : start + PAIR_BATCH]
            measure_pairs(seg, a, b, self.tol, self.inc_ptr, self.inc_unit, self.contacts, self.found)

    def inside_others(
        self, area: np.ndarray, outlines: Outlines, edges: np.ndarray, is_canceled: Optional[CanceledFn]
    ) -> np.ndarray:
        """Step 3: new edges (i < j) to the units a misaligned unit's boundary lies deep inside."""
        empty = np.empty((0, 2), np.int64)
        if not len(self.tested):
            return empty
        seg = self.near.take(self.tested)
        pairs = containers(seg.mid, seg.unit, area, outlines, is_canceled)
        if not len(pairs):
            return empty
        n = np.int64(len(area))
        pairs = np.unique(np.sort(pairs, axis=1), axis=0)
        known = np.isin(pairs[:, 0] * n + pairs[:, 1], edges[:, 0] * n + edges[:, 1])
        return pairs[~known]


def _share_a_vertex(seg: Segments, ea: np.ndarray, eb: np.ndarray) -> np.ndarray:
    a0, a1, b0, b1 = seg.v0[ea], seg.v1[ea], seg.v0[eb], seg.v1[eb]
    return ((a0 >= 0) & ((a0 == b0) | (a0 == b1))) | ((a1 >= 0) & ((a1 == b0) | (a1 == b1)))


def _longest_alone(seg: Segments, units: np.ndarray, paired: np.ndarray) -> np.ndarray:
    """Index of the longest segment of each of `units` that no other unit's segment comes near."""
    idx = np.flatnonzero(np.isin(seg.unit, units) & ~paired)
    idx = idx[np.lexsort((-seg.length[idx], seg.unit[idx]))]
    return idx[np.r_[True, seg.unit[idx][1:] != seg.unit[idx][:-1]]] if len(idx) else idx


def _beside(near: Segments, p0: np.ndarray, p1: np.ndarray, tol: float) -> np.ndarray:
    """Indices of the segments p0-p1 that come within tol of a segment of `near` (or a little farther).

    On a grid of `cell` (at least 4 tol, longer than most segments): the cells
    that the near segments (cut to that length) cover, grown by tol and half a
    cell, then the segments whose middle lies in one of them; the few longer
    ones are tested at points a cell apart.
    """
    d = p1 - p0
    length = np.hypot(d[:, 0], d[:, 1])
    if len(length) <= len(near):  # no more of them than of near ones: all come along, at little cost
        return np.arange(len(length))
    near_length = near.length
    # The cell is at least the mean near segment x 2: cutting the near ones to it at most triples them.
    cell = max(4 * tol, float(np.median(near_length)), float(np.quantile(length, 0.9)), 2 * near_length.mean())
    near = near.cut(cell)
    reach = tol + 0.5 * cell
    lo = np.minimum(near.p0, near.p1) - reach
    hi = np.maximum(near.p0, near.p1) + reach
    origin, top = lo.min(axis=0), hi.max(axis=0)
    c0 = np.floor((lo - origin) / cell).astype(np.int64)
    c1 = np.floor((hi - origin) / cell).astype(np.int64)
    nx, ny = c1[:, 0] - c0[:, 0] + 1, c1[:, 1] - c0[:, 1] + 1
    k, owner = expand_ranges(np.zeros(len(near), np.int64), nx * ny)
    marked = np.unique((c0[owner, 0] + k % nx[owner]) * np.int64(1 << 31) + c0[owner, 1] + k // nx[owner])

    def hit(points: np.ndarray) -> np.ndarray:
        inside = np.all((points >= origin) & (points <= top), axis=1)
        c = np.floor((np.clip(points, origin, top) - origin) / cell).astype(np.int64)
        code = c[:, 0] * np.int64(1 << 31) + c[:, 1]
        pos = np.minimum(np.searchsorted(marked, code), len(marked) - 1)
        return inside & (marked[pos] == code)

    found = hit(0.5 * (p0 + p1))
    long = np.flatnonzero(length > cell)
    if len(long):  # the middles of pieces no longer than a cell
        pieces = np.ceil(length[long] / cell).astype(np.int64)
        i, at = expand_ranges(np.zeros(len(long), np.int64), pieces)
        t = (i + 0.5) / pieces[at]
        found[long[np.unique(at[hit(p0[long][at] + t[:, None] * d[long][at])])]] = True
    return np.flatnonzero(found)
