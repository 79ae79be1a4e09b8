"""Build the unit adjacency graph from flat polygon coordinate arrays (core/polygons.py).

Pure numpy/scipy (no QGIS), near-linear in the number of vertices whatever the
input's topology: a clean coverage, gaps, overlaps, slivers, holes, islands.

1. Exact pass: vertices are snapped to a fine grid and numbered; every boundary
   segment gets a key (lower vertex id, higher vertex id); segments of different
   units with the same key are a shared edge.  Clean coverages (TIGER, Voronoi,
   anything built topologically) are almost entirely resolved here.
2. Snapping tolerance (core/snapping.py): gaps and overlaps are measured on the
   segments left unmatched; unless the caller gives a tolerance, one that
   covers them is chosen, and what was seen is returned (`Snapping`).
3. Tolerance pass (core/near_segments.py) on the unmatched segments, thinned to
   a grid of tolerance / 8: a segment lying wholly within `tolerance` of the
   other's line shares its projection on it (as if its vertices were snapped),
   which gives the shared length whatever the vertices do; segment distance
   <= tolerance gives point contacts (queen).  Boundaries that cross mean the
   polygons overlap: such units are neighbours (rook too, once the crossings
   spread over more than twice the tolerance), never islands.  Around the
   misaligned segments, the matched border of two other units joins in, and
   a boundary lying deep inside another unit is ray cast (core/tolerance_pass.py).
4. Pieces (core/bridges.py): a piece of the graph lying inside another unit is
   joined to it; islands and other disconnected pieces are joined by bridge
   edges (a minimum spanning forest of the closest boundary points).

Memory stays O(vertices) plus one chunk of candidate pairs; `is_canceled` is
polled between stages and chunks, so a cancel is seen within a fraction of a
second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import NamedTuple, Optional

import numpy as np

from territory_plugin.core.bridges import Outlines, bridge_pieces, components, contained_pieces
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.near_segments import (
    CHUNK,
    AdjacencyCanceled,
    CanceledFn,
    LengthLevels,
    PairMeasures,
    Segments,
    check_canceled,
    cross,
)
from territory_plugin.core.polygons import PolygonArrays, expand_ranges
from territory_plugin.core.snapping import AUTO_FLOOR, Snapping, assess, probe_radius
from territory_plugin.core.tolerance_pass import TolerancePass

__all__ = [
    "Adjacency",
    "AdjacencyCanceled",
    "Contiguity",
    "PolygonArrays",
    "Snapping",
    "build_adjacency",
    "build_unit_graph",
]

ProgressFn = Callable[[float], None]
CORNER = 4.0  # shared length (in tolerances) that snapping alone can make up at a corner


class Contiguity(IntEnum):
    """Which contact makes two units neighbours."""

    ROOK = 0  # a shared boundary of positive length (longer than the tolerance), or overlapping polygons
    QUEEN = 1  # any shared point (within the tolerance)


class Adjacency(NamedTuple):
    graph: UnitGraph
    snapping: Snapping


def build_unit_graph(
    polys: PolygonArrays,
    contiguity: Contiguity | int = Contiguity.QUEEN,
    tolerance: Optional[float] = 0.0,
    bridge_components: bool = True,
    progress: Optional[ProgressFn] = None,
    is_canceled: Optional[CanceledFn] = None,
) -> UnitGraph:
    """The graph of build_adjacency (same arguments), without the snapping report."""
    return build_adjacency(polys, contiguity, tolerance, bridge_components, progress, is_canceled).graph


def build_adjacency(
    polys: PolygonArrays,
    contiguity: Contiguity | int = Contiguity.QUEEN,
    tolerance: Optional[float] = None,
    bridge_components: bool = True,
    progress: Optional[ProgressFn] = None,
    is_canceled: Optional[CanceledFn] = None,
) -> Adjacency:
    """Adjacency graph plus area, perimeter and centroid of each unit, and what snapping did.

    contiguity: ROOK needs a shared boundary longer than the tolerance (longer
        than ~1e-9 of the data extent when it is 0) or overlapping polygons;
        QUEEN any contact within the tolerance.
    tolerance: snapping distance in CRS units (metres): boundaries this close
        count as shared, so slivers, gaps, overlaps, T-junctions and misaligned
        vertices still make neighbours.  None: chosen from the gaps and
        overlaps measured (core/snapping.py); the result says what was seen.
    bridge_components: join islands and other disconnected pieces to the
        nearest boundary point of another piece; the added edges are listed in
        `bridges` with shared_length 0.
    progress: called with 0..100; is_canceled: polled between stages and chunks.
    """
    contiguity = Contiguity(int(contiguity))
    if tolerance is not None and (not np.isfinite(tolerance) or tolerance < 0):
        raise ValueError(f"The snapping tolerance must be a finite number >= 0, got {tolerance}.")
    report = progress or (lambda _p: None)
    n = int(polys.n)
    coords = np.ascontiguousarray(polys.coords, dtype=np.float64)
    offsets = np.asarray(polys.ring_offsets, dtype=np.int64)
    ring_unit = np.asarray(polys.ring_unit, dtype=np.int64)
    ring_hole = np.asarray(polys.ring_is_hole, dtype=bool)
    _validate(n, coords, offsets, ring_unit, ring_hole)
    check_canceled(is_canceled)
    if n == 0:
        report(100)
        e = np.empty(0)
        graph = UnitGraph(0, np.empty((0, 2), np.int64), e, e, e, np.empty((0, 2)))
        return Adjacency(graph, Snapping(tolerance or 0.0, tolerance, 0.0, 0.0, 0.0, 0.0, 0.0))

    # Segments: every vertex k to the next one of its ring (the last wraps to the
    # first); for closed rings that wrap segment is degenerate and dropped.
    nring = len(ring_unit)
    rstart, rend = offsets[:-1], offsets[1:]
    rsize = rend - rstart
    ring_of = np.repeat(np.arange(nring, dtype=np.int64), rsize)
    nxt = np.arange(len(coords), dtype=np.int64) + 1
    nxt[rend - 1] = rstart
    closed = np.all(coords[rstart] == coords[rend - 1], axis=1)
    keep = np.ones(len(coords), dtype=bool)
    keep[(rend - 1)[closed]] = False

    # Area and centroid (shoelace), relative to each ring's first vertex for precision.
    local = coords - coords[rstart][ring_of]
    cross_k = cross(local, local[nxt]) * keep
    area2 = np.bincount(ring_of, cross_k, minlength=nring)  # 2 x signed ring area
    cx = np.bincount(ring_of, (local[:, 0] + local[nxt, 0]) * cross_k, minlength=nring)
    cy = np.bincount(ring_of, (local[:, 1] + local[nxt, 1]) * cross_k, minlength=nring)
    safe = np.where(area2 != 0, area2, 1.0)
    ring_c = coords[rstart] + np.column_stack((cx, cy)) / (3.0 * safe[:, None])
    w = 0.5 * np.abs(area2) * np.where(ring_hole, -1.0, 1.0)
    area = np.bincount(ring_unit, w, minlength=n)
    cnum = np.column_stack(
        (np.bincount(ring_unit, w * ring_c[:, 0], minlength=n), np.bincount(ring_unit, w * ring_c[:, 1], minlength=n))
    )
    vertex_unit = ring_unit[ring_of]
    vmean = (
        np.column_stack(
            (np.bincount(vertex_unit, coords[:, 0], minlength=n), np.bincount(vertex_unit, coords[:, 1], minlength=n))
        )
        / np.maximum(np.bincount(vertex_unit, minlength=n), 1)[:, None]
    )
    ok = np.abs(area) > 0
    centroid = np.where(ok[:, None], cnum / np.where(ok, area, 1.0)[:, None], vmean)  # vertex mean if degenerate

    seg = np.flatnonzero(keep)
    s0, s1 = seg, nxt[seg]
    seg_unit = vertex_unit[seg]
    d = coords[s1] - coords[s0]
    seg_len = np.hypot(d[:, 0], d[:, 1])
    perimeter = np.bincount(seg_unit, seg_len, minlength=n)
    # The unit's interior lies left of a counter-clockwise outer ring and of a clockwise hole.
    interior_left = (area2 > 0) != ring_hole
    report(15)
    check_canceled(is_canceled)

    extent = float(np.ptp(coords, axis=0).max()) if len(coords) else 0.0
    numerical = max(extent * 1e-9, 1e-12)  # stands in for a zero tolerance (distances, rook threshold)
    probe = max(probe_radius(area, tolerance), numerical)

    # 1. Exact pass.  A grid of tolerance/16 merges floating-point noise only;
    # real misalignment is left to the tolerance pass, which measures it.
    exact_tol = tolerance if tolerance is not None else min(AUTO_FLOOR, probe)
    if exact_tol > 0:
        q = exact_tol / 16.0
        gx = np.floor((coords[:, 0] - coords[:, 0].min()) / q + 0.5).astype(np.int64)
        gy = np.floor((coords[:, 1] - coords[:, 1].min()) / q + 0.5).astype(np.int64)
        vid = _group_ids(gx, gy)
    else:
        vid = _group_ids(coords[:, 0], coords[:, 1])
    check_canceled(is_canceled)
    nv = int(vid.max()) + 1 if len(vid) else 0
    va, vb = vid[s0], vid[s1]
    lo, hi = np.minimum(va, vb), np.maximum(va, vb)
    nondeg = lo != hi
    key = lo * np.int64(nv) + hi
    order = np.flatnonzero(nondeg)[np.argsort(key[nondeg], kind="stable")]
    ks = key[order]
    us = seg_unit[order]
    check_canceled(is_canceled)
    # A segment is matched when its key group holds another unit too.
    cut = np.flatnonzero(ks[1:] != ks[:-1]) + 1
    starts = np.concatenate(([0], cut)) if len(ks) else np.empty(0, np.int64)
    gsize = np.diff(np.concatenate((starts, [len(ks)])))
    if len(ks):
        umin = np.minimum.reduceat(us, starts)
        umax = np.maximum.reduceat(us, starts)
        matched_sorted = np.repeat(umin != umax, gsize)
    else:
        matched_sorted = np.empty(0, dtype=bool)
    i, j = _pairs_in_runs(ks)
    pa, pb, plen = [us[i]], [us[j]], [0.5 * (seg_len[order[i]] + seg_len[order[j]])]
    leftover = order[~matched_sorted]
    matched_length = float(seg_len[order[matched_sorted]].sum())
    report(25)
    check_canceled(is_canceled)

    # Vertex -> units incidence (shared vertices are queen contacts).
    inc = np.unique(vid * np.int64(n) + vertex_unit)
    inc_vid, inc_unit = inc // n, inc % n
    inc_ptr = np.searchsorted(inc_vid, np.arange(nv + 1))
    check_canceled(is_canceled)
    qa: list[np.ndarray] = []
    qb: list[np.ndarray] = []
    if contiguity == Contiguity.QUEEN:
        # A vertex of exactly two units that ends a matched segment adds no new
        # pair (that segment already joins them): skip those, most of them.
        on_match = np.zeros(nv, dtype=bool)
        matched_seg = order[matched_sorted]
        on_match[vid[s0[matched_seg]]] = True
        on_match[vid[s1[matched_seg]]] = True
        units_at = np.diff(inc_ptr)
        useful = ((units_at >= 3) | ((units_at == 2) & ~on_match))[inc_vid]
        qi, qj = _pairs_in_runs(inc_vid[useful])
        qa, qb = [inc_unit[useful][qi]], [inc_unit[useful][qj]]

    # 2. Snapping tolerance, from the gaps and overlaps of the unmatched boundary.
    left = Segments(
        coords[s0[leftover]],
        coords[s1[leftover]],
        seg_unit[leftover],
        vid[s0[leftover]],
        vid[s1[leftover]],
        interior_left[ring_of[s0[leftover]]],
    )
    floor = min(AUTO_FLOOR, probe)
    probe_levels = None
    check_canceled(is_canceled)
    if len(left) > 1:
        probed = left.cut(max(float(np.quantile(left.length, 0.99)), 4 * probe))
        check_canceled(is_canceled)
        probe_levels = LengthLevels(probed, probe, chunked=False, is_canceled=is_canceled)
        snapping = assess(matched_length, probed, probe_levels, tolerance, floor)
    else:
        chosen = floor if tolerance is None else float(tolerance)
        snapping = Snapping(chosen, tolerance, floor, 0.0, 0.0, 0.0, probe)
    tol = max(snapping.tolerance, numerical)
    report(40)
    check_canceled(is_canceled)

    # 3. Tolerance pass on the unmatched segments (core/tolerance_pass.py).
    near = left.snapped(tol / 8.0, is_canceled) if tol > numerical else left
    check_canceled(is_canceled)
    if len(near):
        near = near.cut(max(float(np.quantile(near.length, 0.99)), 4 * tol))
    check_canceled(is_canceled)

    matched_at = np.flatnonzero(matched_sorted)  # positions in `order`

    def matched(idx: np.ndarray) -> Segments:  # exactly matched segments, with the unit across each
        pos = matched_at[idx]
        group = np.searchsorted(starts, pos, side="right") - 1
        partner = np.where(us[pos] == umin[group], umax[group], umin[group]).astype(np.int64)
        at = order[pos]
        ends = (coords[s0[at]], coords[s1[at]], seg_unit[at], vid[s0[at]], vid[s1[at]])
        return Segments(*ends, interior_left[ring_of[s0[at]]], partner)

    tolerance_pass = TolerancePass(near, tol, inc_ptr, inc_unit, contiguity == Contiguity.QUEEN)
    ends = (coords[s0[order[matched_at]]], coords[s1[order[matched_at]]])
    found = tolerance_pass.run(ends, matched, lambda p: report(40 + 40 * p), is_canceled)
    overlapping = 0
    if probe_levels is not None and snapping.overlap > tol:
        overlapping = _deep_overlaps(near, probe_levels, tol, found, is_canceled)
    del probe_levels
    report(80)
    check_canceled(is_canceled)
    edges, shared = _combine(n, contiguity, tol, pa, pb, plen, qa, qb, found, is_canceled)
    check_canceled(is_canceled)

    # 4. Pieces: inside another unit, or islands to bridge.
    outlines = Outlines.of(n, coords, offsets, ring_unit, s0, s1, seg_unit)
    contained = contained_pieces(n, edges, area, coords[rstart], ring_unit, outlines, is_canceled)
    if len(contained):
        edges = np.concatenate((edges, np.sort(contained, axis=1)))
        shared = np.concatenate((shared, 0.5 * perimeter[contained[:, 0]]))
    check_canceled(is_canceled)
    within = tolerance_pass.inside_others(area, outlines, edges, is_canceled)
    if len(within):
        overlapping += len(within)
        edges = np.concatenate((edges, within))
        shared = np.concatenate((shared, 0.5 * perimeter[within].min(axis=1)))
    check_canceled(is_canceled)
    bridges = np.empty((0, 2), dtype=np.int64)
    if bridge_components and n > 1 and components(n, edges)[0] > 1:
        check_canceled(is_canceled)
        bxy, bunit = _boundary_points(near, tol)
        check_canceled(is_canceled)
        bridges = bridge_pieces(n, edges, bxy, bunit, coords, vertex_unit, is_canceled)
        edges = np.concatenate((edges, bridges))
        shared = np.concatenate((shared, np.zeros(len(bridges))))
    code = edges[:, 0] * np.int64(n) + edges[:, 1]
    code, first = np.unique(code, return_index=True)
    edges, shared = edges[first], shared[first]
    report(100)
    graph = UnitGraph(
        n=n,
        edges=np.ascontiguousarray(edges, dtype=np.int64).reshape(-1, 2),
        shared_length=np.asarray(shared, dtype=np.float64),
        area=area,
        perimeter=perimeter,
        centroid=centroid,
        bridges=bridges,
    )
    snapping = replace(
        snapping, overlapping_pairs=int(overlapping), contained_units=len(contained), bridges=len(bridges)
    )
    return Adjacency(graph, snapping)


def _combine(
    n: int,
    contiguity: Contiguity,
    tol: float,
    pa: list,
    pb: list,
    plen: list,
    qa: list,
    qb: list,
    found: PairMeasures,
    is_canceled: Optional[CanceledFn],
) -> tuple[np.ndarray, np.ndarray]:
    """Edges and shared lengths from matched segments, tolerance pairs, contacts and crossings."""
    cross_a = PairMeasures.joined(found.cross_a, np.int64)
    cross_b = PairMeasures.joined(found.cross_b, np.int64)
    cross_xy = PairMeasures.joined(found.cross_xy, np.float64, 2)
    rook_parts_a = pa + found.rook_a
    rook_parts_b = pb + found.rook_b
    contact_a = qa + found.contact_a
    contact_b = qb + found.contact_b
    a = np.concatenate(rook_parts_a + contact_a + [cross_a])
    b = np.concatenate(rook_parts_b + contact_b + [cross_b])
    nonrook = sum(len(x) for x in contact_a) + len(cross_a)
    length = np.concatenate(plen + found.rook_len + [np.zeros(nonrook)])
    exact = np.zeros(len(length), dtype=bool)
    exact[: sum(len(x) for x in plen)] = True
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    sel = lo != hi
    code = lo[sel] * np.int64(n) + hi[sel]
    check_canceled(is_canceled)
    ucode, inv = np.unique(code, return_inverse=True)
    check_canceled(is_canceled)
    shared = np.bincount(inv, length[sel], minlength=len(ucode))
    shared_exact = np.bincount(inv, (length * exact)[sel], minlength=len(ucode))
    # Shorter contacts are corners within the tolerance: boundaries turning round a
    # corner stay within the tolerance of each other for up to ~4 tolerances.
    is_rook = (shared_exact > tol) | (shared > CORNER * tol)
    # Crossing boundaries: the polygons overlap.  Crossings spread over more than
    # twice the tolerance are a real overlap (a border), not a snapped corner.
    overlap = np.zeros(len(ucode), dtype=bool)
    if len(cross_a):
        clo, chi = np.minimum(cross_a, cross_b), np.maximum(cross_a, cross_b)
        cpos = np.searchsorted(ucode, clo * np.int64(n) + chi)
        srt = np.argsort(cpos, kind="stable")
        cpos, cross_xy = cpos[srt], cross_xy[srt]
        first = np.flatnonzero(np.r_[True, cpos[1:] != cpos[:-1]])
        box = np.maximum.reduceat(cross_xy, first) - np.minimum.reduceat(cross_xy, first)
        spread = np.zeros(len(ucode))
        spread[cpos[first]] = np.hypot(box[:, 0], box[:, 1])
        overlap = spread > 2 * tol
        shared = np.where(overlap, np.maximum(shared, spread), shared)
    if contiguity == Contiguity.ROOK:
        keep = is_rook | overlap
        ucode, shared = ucode[keep], shared[keep]
    else:
        shared = np.where(is_rook | overlap, shared, 0.0)
    edges = np.column_stack((ucode // n, ucode % n)).astype(np.int64).reshape(-1, 2)
    return edges, shared


def _deep_overlaps(
    seg: Segments, levels: LengthLevels, tol: float, found: PairMeasures, is_canceled: Optional[CanceledFn]
) -> None:
    """Overlaps deeper than the tolerance: boundary lying inside another unit, farther than tol from its edge.

    Returns the number of unit pairs seen overlapping so.

    Only run when the probe saw such overlaps (a tolerance given smaller than
    them).  Each segment whose midpoint lies inside unit B adds half its length
    to the pair's shared length: P(A u B) = P(A) + P(B) - |dA in B| - |dB in A|.
    """
    pairs = []
    for start in range(0, len(seg), 4 * CHUNK):
        check_canceled(is_canceled)
        part = seg.take(np.arange(start, min(start + 4 * CHUNK, len(seg))))
        dist, inside, other = levels.nearest_foreign(part.mid, part.unit)
        deep = inside & (dist > tol) & (other >= 0)
        found.cross_a.append(part.unit[deep])
        found.cross_b.append(other[deep])
        found.cross_xy.append(part.mid[deep])
        found.rook_a.append(part.unit[deep])
        found.rook_b.append(other[deep])
        found.rook_len.append(0.5 * part.length[deep])
        pairs.append(np.sort(np.column_stack((part.unit[deep], other[deep])), axis=1))
    return len(np.unique(np.concatenate(pairs), axis=0)) if pairs else 0


def _boundary_points(seg: Segments, tol: float) -> tuple[np.ndarray, np.ndarray]:
    """Points along the unmatched boundary for bridging: segment ends plus points every `step`.

    step is half the median segment (so the closest pair found is within a
    quarter median segment of the true polygon distance even along a long
    straight edge), but never so short that the points outnumber the segments
    thrice (a few long edges among many short ones).
    """
    if not len(seg):
        return np.empty((0, 2)), np.empty(0, np.int64)
    length = seg.length
    step = max(float(np.median(length)) / 2.0, float(length.sum()) / (2.0 * len(length)), tol)
    k = np.maximum(np.ceil(length / step).astype(np.int64), 1)
    i, owner = expand_ranges(np.zeros(len(length), np.int64), k)
    xy = seg.p0[owner] + (i / k[owner])[:, None] * (seg.p1 - seg.p0)[owner]
    return np.concatenate((xy, seg.p1)), np.concatenate((seg.unit[owner], seg.unit))


def _pairs_in_runs(keys_sorted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All index pairs (i < j) of positions holding equal keys in a sorted array."""
    n = len(keys_sorted)
    if n < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    cut = np.flatnonzero(keys_sorted[1:] != keys_sorted[:-1]) + 1
    starts = np.concatenate(([0], cut))
    ends = np.concatenate((cut, [n]))
    pos = np.arange(n, dtype=np.int64)
    counts = np.repeat(ends, ends - starts) - pos - 1  # later members of my run
    first = np.repeat(pos, counts)
    block = np.cumsum(counts) - counts
    second = first + 1 + (np.arange(counts.sum(), dtype=np.int64) - np.repeat(block, counts))
    return first, second


def _group_ids(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dense ids for equal (a, b) pairs, numbered in (a, b) order."""
    if a.dtype.kind == "i" and len(a):
        a0, b0 = a - a.min(), b - b.min()
        span = int(b0.max()) + 1
        if int(a0.max()) < (2**62) // span:  # one int64 key: a single fast sort
            return np.unique(a0 * span + b0, return_inverse=True)[1].astype(np.int64)
    order = np.lexsort((b, a))
    new = np.ones(len(a), dtype=bool)
    new[1:] = (a[order][1:] != a[order][:-1]) | (b[order][1:] != b[order][:-1])
    ids = np.empty(len(a), dtype=np.int64)
    ids[order] = np.cumsum(new) - 1
    return ids


def _validate(n: int, coords: np.ndarray, offsets: np.ndarray, ring_unit: np.ndarray, ring_hole: np.ndarray) -> None:
    if coords.ndim != 2 or coords.shape[1] != 2:
        raise ValueError(f"coords must have shape (N, 2), got {coords.shape}.")
    if len(offsets) != len(ring_unit) + 1 or len(ring_hole) != len(ring_unit):
        raise ValueError("ring_offsets must have one more entry than ring_unit and ring_is_hole.")
    if len(offsets) and (offsets[0] != 0 or offsets[-1] != len(coords) or np.any(np.diff(offsets) < 0)):
        raise ValueError("ring_offsets must start at 0, never decrease and end at len(coords).")
    if len(ring_unit) and (ring_unit.min() < 0 or ring_unit.max() >= n):
        raise ValueError(f"ring_unit must lie in 0..{n - 1}.")
    if not np.all(np.isfinite(coords)):
        bad = np.flatnonzero(~np.isfinite(coords).all(axis=1))[0]
        r = int(np.searchsorted(offsets, bad, side="right") - 1)
        raise ValueError(f"Unit {ring_unit[r]} has a non-finite coordinate; repair or remove its geometry.")
    size = np.diff(offsets)
    closed = np.zeros(len(size), dtype=bool)
    ne = size > 0
    closed[ne] = np.all(coords[offsets[:-1][ne]] == coords[offsets[1:][ne] - 1], axis=1)
    distinct = size - closed
    short = np.flatnonzero(distinct < 3)
    if len(short):
        raise ValueError(
            f"Unit {ring_unit[short[0]]} has a ring with fewer than 3 distinct vertices; "
            "repair the geometry (e.g. Fix geometries) or remove the feature."
        )
    missing = np.flatnonzero(np.bincount(ring_unit[~ring_hole], minlength=n) == 0)
    if len(missing):
        raise ValueError(f"Unit {missing[0]} has no polygon (empty geometry); remove it or give it a polygon.")
