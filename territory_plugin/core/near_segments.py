"""Boundary segments of different units that come within a distance: found in bounded memory.

core/adjacency.py hands over the segments its exact pass left unmatched.

Broad phase.  Segments are grouped by length into levels (level j: length at most
P_j = base * 4**j); two segments within r of each other have midpoints within
(len_a + len_b) / 2 + r, so the midpoints of each level are queried against the
KD-trees of their own and of every longer level with radius (P_i + P_j) / 2 + r.
One radius for all (as before) made the short segments of buffered corners (2 m
arcs beside 5 km Voronoi edges) pair with everything around them: 400 M pieces
and 7 GB on the 30k US zips with 20 m overlaps.  Segments longer than the 99th
percentile are cut into pieces of that length, so that a few 100 km coast
segments do not widen the search around them.

Queries run in chunks of CHUNK midpoints (Morton order, so a chunk is a compact
area); callers check cancellation between chunks, which bounds both the memory
of one step and the time before a cancel is seen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Optional

import numpy as np
from scipy.spatial import cKDTree

from territory_plugin.core.polygons import expand_ranges

CanceledFn = Callable[[], bool]
CHUNK = 4_000
LEVEL_FACTOR = 4.0
WEDGE_SINE = 0.1  # boundaries within ~6 degrees of each other may share the part within the tolerance


class AdjacencyCanceled(Exception):
    """Raised when the caller's is_canceled() returned True."""


def check_canceled(is_canceled: Optional[CanceledFn]) -> None:
    if is_canceled is not None and is_canceled():
        raise AdjacencyCanceled("Building the adjacency graph was canceled.")


@dataclass(frozen=True)
class Segments:
    """Boundary segments: ends, owning unit, vertex ids of the ends and the side the unit lies on."""

    p0: np.ndarray  # (m, 2)
    p1: np.ndarray  # (m, 2)
    unit: np.ndarray  # (m,) int64
    v0: np.ndarray  # (m,) int64 vertex id of p0 (exact-pass numbering); -1 where a long segment was cut
    v1: np.ndarray  # (m,) int64 vertex id of p1, likewise
    interior_left: np.ndarray  # (m,) bool: the unit's interior lies left of p0 -> p1
    # Exactly matched segments taken along as targets only (see adjacency.py): the unit across
    # them; -1 for the unmatched segments the tolerance pass is about.  None: all unmatched.
    partner: Optional[np.ndarray] = None

    def __len__(self) -> int:
        return len(self.unit)

    @property
    def length(self) -> np.ndarray:
        d = self.p1 - self.p0
        return np.hypot(d[:, 0], d[:, 1])

    @property
    def mid(self) -> np.ndarray:
        return 0.5 * (self.p0 + self.p1)

    def take(self, idx: np.ndarray) -> Segments:
        partner = None if self.partner is None else self.partner[idx]
        return Segments(
            self.p0[idx], self.p1[idx], self.unit[idx], self.v0[idx], self.v1[idx], self.interior_left[idx], partner
        )

    def joined(self, targets: Segments) -> Segments:
        """These (unmatched) segments followed by `targets`, whose `partner` is set."""
        mine = np.full(len(self), -1, np.int64) if self.partner is None else self.partner
        fields = ("p0", "p1", "unit", "v0", "v1", "interior_left")
        parts = [np.concatenate((getattr(self, f), getattr(targets, f))) for f in fields]
        return Segments(*parts, np.concatenate((mine, targets.partner)))

    def cut(self, max_len: float) -> Segments:
        """Segments longer than max_len cut into equal pieces no longer than it."""
        length = self.length
        if not len(length) or not np.isfinite(max_len) or max_len <= 0 or length.max() <= max_len:
            return self
        k = np.maximum(np.ceil(length / max_len).astype(np.int64), 1)
        i, owner = expand_ranges(np.zeros(len(k), np.int64), k)
        kk = k[owner]
        d = (self.p1 - self.p0)[owner]
        p0 = self.p0[owner] + (i / kk)[:, None] * d
        p1 = self.p0[owner] + ((i + 1) / kk)[:, None] * d
        v0 = np.where(i == 0, self.v0[owner], -1)
        v1 = np.where(i == kk - 1, self.v1[owner], -1)
        partner = None if self.partner is None else self.partner[owner]
        return Segments(p0, p1, self.unit[owner], v0, v1, self.interior_left[owner], partner)

    def snapped(self, q: float, is_canceled: Optional[CanceledFn] = None) -> Segments:
        """Ends snapped to a grid of q, zero-length and repeated segments of a unit dropped.

        Thins dense vertices (buffered corners, over-digitised coasts) so that no
        segment is shorter than q while every point moves at most q / sqrt(2);
        chains stay connected because shared ends snap alike.
        """
        if q <= 0 or not len(self):
            return self
        origin = np.minimum(self.p0.min(axis=0), self.p1.min(axis=0))
        g0 = np.floor((self.p0 - origin) / q + 0.5).astype(np.int64)
        g1 = np.floor((self.p1 - origin) / q + 0.5).astype(np.int64)
        moved = np.any(g0 != g1, axis=1)
        check_canceled(is_canceled)
        lo = np.where((g0[:, 0] < g1[:, 0]) | ((g0[:, 0] == g1[:, 0]) & (g0[:, 1] < g1[:, 1])), 0, 1)
        a = np.where(lo[:, None] == 0, g0, g1)
        b = np.where(lo[:, None] == 0, g1, g0)
        idx = np.flatnonzero(moved)
        node = _dense_ids(np.concatenate((a[moved], b[moved])))
        na, nb = node[: len(idx)], node[len(idx) :]
        nodes = int(node.max()) + 1 if len(node) else 1
        check_canceled(is_canceled)
        if (int(self.unit.max()) + 1) * nodes < (2**62) // nodes:
            keys = (self.unit[idx] * nodes + na) * nodes + nb
            _, first = np.unique(keys, return_index=True)
        else:
            _, first = np.unique(np.column_stack((self.unit[idx], na, nb)), axis=0, return_index=True)
        keep = np.sort(idx[first])
        out = self.take(keep)
        p0, p1 = origin + g0[keep] * q, origin + g1[keep] * q
        return Segments(p0, p1, out.unit, out.v0, out.v1, out.interior_left, out.partner)


class LengthLevels:
    """KD-trees of segment midpoints, one per length level (see the module docstring)."""

    def __init__(
        self, seg: Segments, radius: float, chunked: bool = True, is_canceled: Optional[CanceledFn] = None
    ) -> None:
        self.is_canceled = is_canceled
        self.seg = seg
        self.mid = seg.mid
        length = seg.length
        self.radius = radius
        small = float(np.quantile(length, 0.05)) if len(length) else 0.0
        self.base = max(radius, small, 1e-12)
        level = np.ceil(np.log(np.maximum(length, self.base) / self.base) / np.log(LEVEL_FACTOR) - 1e-9)
        level = np.maximum(level, 0).astype(np.int64)
        # Morton order within a level makes each chunk of pairs() a compact area.
        order = np.lexsort((_morton(self.mid), level)) if chunked else np.argsort(level, kind="stable")
        cuts = np.searchsorted(level[order], np.arange(int(level.max()) + 2 if len(level) else 1))
        self.members: list[np.ndarray] = []
        self.size: list[float] = []
        self.trees: list[Optional[cKDTree]] = []
        for j in range(len(cuts) - 1):
            check_canceled(is_canceled)
            idx = order[cuts[j] : cuts[j + 1]]
            self.members.append(idx)
            self.size.append(self.base * LEVEL_FACTOR**j)
            self.trees.append(_tree(self.mid[idx]) if len(idx) else None)
        self.chunks = sum(-(-len(m) // CHUNK) for m in self.members)

    def pairs(self, is_canceled: Optional[CanceledFn]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Chunks of (a, b) index pairs (a != b, different units, boxes within radius), each pair once."""
        seg, r = self.seg, self.radius
        lo = np.minimum(seg.p0, seg.p1) - r
        hi = np.maximum(seg.p0, seg.p1)
        for i, members in enumerate(self.members):
            for start in range(0, len(members), CHUNK):
                check_canceled(is_canceled)
                q = members[start : start + CHUNK]
                qtree = _tree(self.mid[q])
                found_a, found_b = [], []
                for j in range(i, len(self.members)):
                    if self.trees[j] is None:
                        continue
                    check_canceled(is_canceled)
                    reach = 0.5 * (self.size[i] + self.size[j]) + r
                    hit = qtree.sparse_distance_matrix(self.trees[j], reach, output_type="ndarray")
                    a, b = q[hit["i"]], self.members[j][hit["j"]]
                    keep = seg.unit[a] != seg.unit[b]
                    if seg.partner is not None:  # targets: only beside an unmatched segment of a third unit
                        pa, pb = seg.partner[a], seg.partner[b]
                        keep &= ((pa < 0) != (pb < 0)) & (pa != seg.unit[b]) & (pb != seg.unit[a])
                    if j == i:
                        keep &= a < b
                    a, b = a[keep], b[keep]
                    keep = np.all(lo[a] <= hi[b], axis=1) & np.all(lo[b] <= hi[a], axis=1)
                    found_a.append(a[keep])
                    found_b.append(b[keep])
                if found_a:
                    yield np.concatenate(found_a), np.concatenate(found_b)

    def nearest_foreign(
        self, points: np.ndarray, unit: np.ndarray, k: int = 8
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distance from each point to the nearest segment of another unit within the radius
        (inf if none), whether the point lies on that segment's interior side, and its unit.

        Approximate where more than k segments of one level crowd closer than the
        nearest foreign one, and near the other unit's vertices (the side of the
        nearest segment is not always the side of the polygon there).
        """
        seg = self.seg
        best = np.full(len(points), np.inf)
        inside = np.zeros(len(points), dtype=bool)
        other = np.full(len(points), -1, dtype=np.int64)
        for members, size, tree in zip(self.members, self.size, self.trees):
            check_canceled(self.is_canceled)
            if tree is None:
                continue
            kk = min(k, len(members))
            _, nb = tree.query(points, k=kk, distance_upper_bound=0.5 * size + self.radius)
            nb = nb.reshape(len(points), kk)
            for c in range(kk):
                ok = np.flatnonzero(nb[:, c] < len(members))
                s = members[nb[ok, c]]
                foreign = seg.unit[s] != unit[ok]
                ok, s = ok[foreign], s[foreign]
                d = point_segment_distance(points[ok], seg.p0[s], seg.p1[s])
                better = d < best[ok]
                ok, s, d = ok[better], s[better], d[better]
                best[ok] = d
                left = cross(seg.p1[s] - seg.p0[s], points[ok] - seg.p0[s]) > 0
                inside[ok] = left == seg.interior_left[s]
                other[ok] = seg.unit[s]
        far = best > self.radius
        best[far], other[far] = np.inf, -1
        return best, inside, other


@dataclass
class PairMeasures:
    """What the narrow phase found between segments of different units (unit arrays)."""

    rook_a: list
    rook_b: list
    rook_len: list
    contact_a: list
    contact_b: list
    cross_a: list  # units of properly crossing segments: their polygons overlap
    cross_b: list
    cross_xy: list  # the crossing points

    @staticmethod
    def empty() -> PairMeasures:
        return PairMeasures([], [], [], [], [], [], [], [])

    @staticmethod
    def joined(parts: list[np.ndarray], dtype, width: int = 0) -> np.ndarray:
        if parts:
            return np.concatenate(parts)
        return np.empty((0, width) if width else 0, dtype=dtype)


def measure_pairs(
    seg: Segments,
    ea: np.ndarray,
    eb: np.ndarray,
    tol: float,
    inc_ptr: np.ndarray,
    inc_unit: np.ndarray,
    contacts: bool,
    out: PairMeasures,
) -> None:
    """Shared lengths, point contacts (if `contacts`) and crossings of candidate segment pairs."""
    ua, ub = seg.unit[ea], seg.unit[eb]
    a0, a1, b0, b1 = seg.p0[ea], seg.p1[ea], seg.p0[eb], seg.p1[eb]
    # Shared length, as if the vertices within tol had been snapped: the part of
    # a segment lying within tol of the other's line shares its projection on it.
    overlap = np.maximum(_overlap_in_band(a0, a1, b0, b1, tol), _overlap_in_band(b0, b1, a0, a1, tol))
    ro = overlap > 0
    out.rook_a.append(ua[ro])
    out.rook_b.append(ub[ro])
    out.rook_len.append(overlap[ro])
    o1 = np.sign(cross(a1 - a0, b0 - a0)) * np.sign(cross(a1 - a0, b1 - a0))
    o2 = np.sign(cross(b1 - b0, a0 - b0)) * np.sign(cross(b1 - b0, a1 - b0))
    crossing = (o1 < 0) & (o2 < 0)
    if crossing.any():
        c = np.flatnonzero(crossing)
        da, db = a1[c] - a0[c], b1[c] - b0[c]
        t = cross(b0[c] - a0[c], db) / cross(da, db)
        out.cross_a.append(ua[c])
        out.cross_b.append(ub[c])
        out.cross_xy.append(a0[c] + t[:, None] * da)
    # Entries count as crossings: a boundary that goes into the other unit from a vertex lying
    # on its edge (a grown cell's corner on its neighbour's side) crosses nothing properly.
    for (p, q), s0, s1, inner, own, other in (
        ((a0, a1), b0, b1, seg.interior_left[eb], ua, ub),
        ((b0, b1), a0, a1, seg.interior_left[ea], ub, ua),
    ):
        for p_at, e in zip((p, q), _entries(p, q, s0, s1, inner, tol)):
            e = np.flatnonzero(e & ~crossing)
            if len(e):
                out.cross_a.append(own[e])
                out.cross_b.append(other[e])
                out.cross_xy.append(p_at[e])
    if not contacts:
        return
    # Contacts: an end within tol of the other segment touches every unit that
    # has that vertex (a cut point only its own unit); a crossing touches both.
    ends = (
        (a0, b0, b1, seg.v0[ea], ua, ub),
        (a1, b0, b1, seg.v1[ea], ua, ub),
        (b0, a0, a1, seg.v0[eb], ub, ua),
        (b1, a0, a1, seg.v1[eb], ub, ua),
    )
    found_a, found_b = [ua[crossing]], [ub[crossing]]
    # A pair of units already seen sharing a stretch or crossing here is a contact: an end whose
    # vertex no third unit has can add nothing (most candidate pairs run along a border).
    span = int(max(ua.max(), ub.max())) + 1 if len(ua) else 1
    pair_code, group = np.unique(np.minimum(ua, ub) * np.int64(span) + np.maximum(ua, ub), return_inverse=True)
    seen = np.zeros(int(group.max()) + 1 if len(group) else 0, dtype=bool)
    seen[group[ro | crossing]] = True
    known = seen[group]
    for p, s0, s1, v, own, other in ends:
        alone = (v < 0) | (inc_ptr[np.maximum(v, 0) + 1] - inc_ptr[np.maximum(v, 0)] <= 1)
        todo = np.flatnonzero(~(known & alone))
        close = todo[point_segment_distance(p[todo], s0[todo], s1[todo]) <= tol]
        v, own, other = v[close], own[close], other[close]
        vertex = v >= 0
        idx, owner = expand_ranges(inc_ptr[v[vertex]], inc_ptr[v[vertex] + 1] - inc_ptr[v[vertex]])
        found_a += [inc_unit[idx], own[~vertex]]
        found_b += [other[vertex][owner], other[~vertex]]
    # Most contacts repeat (every segment pair along a border): keep each unit pair once per chunk.
    found_a.append(pair_code[seen] // span)
    found_b.append(pair_code[seen] % span)
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    span = int(hi.max()) + 1 if len(hi) else 1
    code = np.unique(lo[lo != hi] * np.int64(span) + hi[lo != hi])
    out.contact_a.append(code // span)
    out.contact_b.append(code % span)


def _entries(p: np.ndarray, q: np.ndarray, s0: np.ndarray, s1: np.ndarray, interior_left: np.ndarray, tol: float):
    """Whether segment p-q enters the unit of segment s at p, and at q: that end lies within tol of s,
    the other deeper than tol on s's interior side."""
    d = s1 - s0
    length = np.hypot(d[:, 0], d[:, 1])
    u = d / np.where(length > 0, length, 1.0)[:, None]
    side = np.where(interior_left, 1.0, -1.0)
    off_p, off_q = side * cross(u, p - s0), side * cross(u, q - s0)  # > 0: on the interior side
    along_p, along_q = np.einsum("ij,ij->i", p - s0, u), np.einsum("ij,ij->i", q - s0, u)
    at_p = (np.abs(off_p) <= tol) & (along_p >= 0) & (along_p <= length) & (off_q > tol)
    at_q = (np.abs(off_q) <= tol) & (along_q >= 0) & (along_q <= length) & (off_p > tol)
    return at_p, at_q


def _overlap_in_band(a0: np.ndarray, a1: np.ndarray, b0: np.ndarray, b1: np.ndarray, tol: float) -> np.ndarray:
    """Length of the projection on segment a of the part of b lying within tol of a's line.

    The part, not only whole segments: a boundary simplified on one side only
    meets its neighbour's at a long, thin wedge, which shares the stretch where
    the two are within the tolerance.  Only within WEDGE_SINE of parallel: a
    boundary meeting another at a junction would add 2 tol / sin(angle).
    """
    d = a1 - a0
    la = np.hypot(d[:, 0], d[:, 1])
    u = d / np.where(la > 0, la, 1.0)[:, None]
    e0, e1 = cross(u, b0 - a0), cross(u, b1 - a0)  # signed distances of b's ends from a's line
    de = e1 - e0
    flat = np.abs(de) <= 1e-12 * np.maximum(np.abs(e0), 1.0)
    safe = np.where(flat, 1.0, de)
    s_a, s_b = (-tol - e0) / safe, (tol - e0) / safe
    s_lo = np.where(flat, 0.0, np.clip(np.minimum(s_a, s_b), 0.0, 1.0))
    s_hi = np.where(flat, np.where(np.abs(e0) <= tol, 1.0, 0.0), np.clip(np.maximum(s_a, s_b), 0.0, 1.0))
    t0 = np.einsum("ij,ij->i", b0 - a0, u)
    t1 = np.einsum("ij,ij->i", b1 - a0, u)
    lo_t, hi_t = t0 + s_lo * (t1 - t0), t0 + s_hi * (t1 - t0)
    length = np.minimum(np.maximum(lo_t, hi_t), la) - np.maximum(np.minimum(lo_t, hi_t), 0.0)
    # Part of a segment only where the two nearly run along each other (a wedge),
    # not where two boundaries meet at a junction at an angle.
    lb = np.hypot(*(b1 - b0).T)
    along = (np.abs(de) <= WEDGE_SINE * lb) | ((s_lo == 0.0) & (s_hi == 1.0))
    return np.where((s_hi > s_lo) & (la > 0) & along, np.maximum(length, 0.0), 0.0)


def point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d = b - a
    dd = np.einsum("ij,ij->i", d, d)
    t = np.einsum("ij,ij->i", p - a, d) / np.where(dd > 0, dd, 1.0)
    t = np.clip(t, 0.0, 1.0)
    q = a + t[:, None] * d
    return np.hypot(p[:, 0] - q[:, 0], p[:, 1] - q[:, 1])


def cross(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    return u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]


def _tree(points: np.ndarray) -> cKDTree:
    # Unbalanced, non-compact nodes: ~4x faster to build on millions of points,
    # and queries on these fairly uniform boundary points stay as fast.
    return cKDTree(points, balanced_tree=False, compact_nodes=False)


def _dense_ids(g: np.ndarray) -> np.ndarray:
    """Dense ids of the rows of an (m, 2) int64 grid array."""
    g0, g1 = g[:, 0] - g[:, 0].min(), g[:, 1] - g[:, 1].min()
    span = int(g1.max()) + 1
    if int(g0.max()) < (2**62) // span:
        return np.unique(g0 * span + g1, return_inverse=True)[1].astype(np.int64).ravel()
    return np.unique(g, axis=0, return_inverse=True)[1].astype(np.int64).ravel()


def _morton(xy: np.ndarray) -> np.ndarray:
    """Z-order key of points on a 2**16 grid over their extent (spatially coherent chunks)."""
    if not len(xy):
        return np.empty(0, np.int64)
    lo = xy.min(axis=0)
    span = max(float(np.ptp(xy, axis=0).max()), 1e-300)
    g = np.minimum((xy - lo) / span * 65535, 65535).astype(np.int64)
    key = np.zeros(len(xy), dtype=np.int64)
    for bit in range(16):
        key |= ((g[:, 0] >> bit) & 1) << (2 * bit)
        key |= ((g[:, 1] >> bit) & 1) << (2 * bit + 1)
    return key
