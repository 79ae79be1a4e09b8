"""Unit polygons as flat coordinate arrays, read from nested lists or WKB.

Layout (`PolygonArrays`): all rings of all units concatenated in `coords`;
ring r spans coords[ring_offsets[r]:ring_offsets[r + 1]], belongs to unit
ring_unit[r] and is a hole when ring_is_hole[r].  Rings may be closed (first
vertex repeated, as in WKB) or open; orientation does not matter.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PolygonArrays:
    """Polygons of n units as flat arrays (see the module docstring)."""

    n: int
    coords: np.ndarray  # (N, 2) float64, projected metres
    ring_offsets: np.ndarray  # (R + 1,) int64, ring_offsets[0] == 0, [-1] == N
    ring_unit: np.ndarray  # (R,) int64 unit index of each ring
    ring_is_hole: np.ndarray  # (R,) bool

    @staticmethod
    def from_polygons(units: Sequence[Sequence[Sequence[Sequence[Sequence[float]]]]]) -> PolygonArrays:
        """From nested lists: units -> polygons (parts) -> rings (outer first) -> (x, y).

        Convenience for tests and small inputs; layers use `from_wkb`.
        """
        rings: list[np.ndarray] = []
        ring_unit: list[int] = []
        ring_hole: list[bool] = []
        for u, parts in enumerate(units):
            for part in parts:
                for k, ring in enumerate(part):
                    rings.append(np.asarray(ring, dtype=np.float64).reshape(-1, 2))
                    ring_unit.append(u)
                    ring_hole.append(k > 0)
        return PolygonArrays._from_ring_list(len(units), rings, ring_unit, ring_hole)

    @staticmethod
    def from_wkb(blobs: Iterable[bytes]) -> PolygonArrays:
        """From one (Multi)Polygon WKB per unit (ISO or EWKB; Z/M dropped).

        Curved types must be segmentized first.  An empty geometry gives a unit
        without rings, which build_unit_graph rejects naming its index.
        """
        blobs = [bytes(b) for b in blobs]
        scan = _scan_wkb(blobs)
        if len(scan[-1]):  # big-endian, Z/M, EWKB...: rewrite those few as plain WKB and rescan
            for u in scan[-1].tolist():
                blobs[u] = _plain_wkb(blobs[u], u)
            scan = _scan_wkb(blobs)
        buf, ring_unit, ring_pos, ring_npts, ring_hole, bad = scan
        if len(bad):
            raise ValueError(f"Unit {bad[0]}: cannot read its polygon WKB.")
        offsets = np.zeros(len(ring_npts) + 1, dtype=np.int64)
        np.cumsum(ring_npts, out=offsets[1:])
        return PolygonArrays(
            n=len(blobs),
            coords=_gather_doubles(buf, ring_pos, 2 * ring_npts).reshape(-1, 2),
            ring_offsets=offsets,
            ring_unit=ring_unit,
            ring_is_hole=ring_hole,
        )

    @staticmethod
    def _from_ring_list(n: int, rings: list, ring_unit: list, ring_hole: list) -> PolygonArrays:
        sizes = np.array([len(r) for r in rings], dtype=np.int64)
        offsets = np.zeros(len(rings) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        coords = np.concatenate(rings) if rings else np.empty((0, 2))
        return PolygonArrays(
            n=n,
            coords=np.ascontiguousarray(coords, dtype=np.float64),
            ring_offsets=offsets,
            ring_unit=np.asarray(ring_unit, dtype=np.int64),
            ring_is_hole=np.asarray(ring_hole, dtype=bool),
        )


def _scan_wkb(blobs: list[bytes]) -> tuple[bytes, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Locate every ring of plain little-endian 2D (Multi)Polygon WKBs, all features at once.

    A vectorised walk: each step reads the next polygon header or ring header
    of every feature still open, so the Python loop runs (parts + rings of the
    most complex feature) times, not once per feature.  Returns the joined
    buffer, per ring (unit, byte offset of its doubles, point count, is hole),
    and the units that are not plain WKB (to be rewritten by _plain_wkb).
    """
    buf = b"".join(blobs)
    u8 = np.frombuffer(buf, dtype=np.uint8)
    sizes = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=len(blobs))
    ends = np.cumsum(sizes)
    starts = ends - sizes
    n = len(blobs)

    def u32(pos: np.ndarray) -> np.ndarray:
        pos = np.minimum(pos, max(len(u8) - 4, 0))  # stay in the buffer; bad = end check below
        return (
            u8[pos].astype(np.int64)
            | (u8[pos + 1].astype(np.int64) << 8)
            | (u8[pos + 2].astype(np.int64) << 16)
            | (u8[pos + 3].astype(np.int64) << 24)
        )

    empty_i = np.empty(0, np.int64)
    if len(u8) < 9:  # nothing that could be a polygon: every unit goes to the slow, explicit path
        return buf, empty_i, empty_i, empty_i, np.empty(0, bool), np.arange(n, dtype=np.int64)
    short = sizes < 9
    head = np.where(short, 0, starts)
    gtype = u32(head + 1)
    bad = short | (u8[head] != 1) | ((gtype != 3) & (gtype != 6))
    multi = gtype == 6
    parts_left = np.where(multi, u32(head + 5), 1)
    pos = np.where(multi, head + 9, head)
    rings_left = np.zeros(n, dtype=np.int64)
    ring_k = np.zeros(n, dtype=np.int64)
    rec_u, rec_pos, rec_n, rec_hole = [], [], [], []
    while True:
        open_ = ~bad & ((parts_left > 0) | (rings_left > 0)) & (pos <= ends - 4)
        if not open_.any():
            break
        part = np.flatnonzero(open_ & (rings_left == 0))  # at a polygon header
        if len(part):
            p = pos[part]
            ok = (p + 9 <= ends[part]) & (u8[p] == 1) & (u32(p + 1) == 3)
            bad[part[~ok]] = True
            part, p = part[ok], p[ok]
            rings_left[part] = u32(p + 5)
            ring_k[part] = 0
            parts_left[part] -= 1
            pos[part] = p + 9
        ring = np.flatnonzero(open_ & ~bad & (rings_left > 0) & (pos + 4 <= ends))
        if len(ring):
            npts = u32(pos[ring])
            rec_u.append(ring)
            rec_pos.append(pos[ring] + 4)
            rec_n.append(npts)
            rec_hole.append(ring_k[ring] > 0)
            pos[ring] += 4 + 16 * npts
            rings_left[ring] -= 1
            ring_k[ring] += 1
    # Anything not consumed exactly to its end is malformed or not plain.
    bad |= (pos != ends) | (parts_left > 0) | (rings_left > 0)
    if not rec_u:
        return buf, empty_i, empty_i, empty_i, np.empty(0, bool), np.flatnonzero(bad)
    ring_unit = np.concatenate(rec_u)
    keep = ~bad[ring_unit]
    # Steps visit the rings of one feature in WKB order: a stable sort by unit keeps it.
    order = np.argsort(ring_unit[keep], kind="stable")
    pick = lambda parts: np.concatenate(parts)[keep][order]  # noqa: E731
    return buf, ring_unit[keep][order], pick(rec_pos), pick(rec_n), pick(rec_hole), np.flatnonzero(bad)


def _gather_doubles(buf: bytes, byte_pos: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Concatenate count[i] little-endian doubles at byte_pos[i] (any alignment) of buf."""
    out = np.empty(int(count.sum()), dtype=np.float64)
    out_start = np.cumsum(count) - count
    for shift in np.unique(byte_pos % 8).tolist():  # one float view per byte alignment
        view = np.frombuffer(buf, dtype="<f8", count=(len(buf) - shift) // 8, offset=shift)
        sel = np.flatnonzero(byte_pos % 8 == shift)
        src, _ = expand_ranges((byte_pos[sel] - shift) // 8, count[sel])
        dst, _ = expand_ranges(out_start[sel], count[sel])
        out[dst] = view[src]
    return out


def _plain_wkb(blob: bytes, unit: int) -> bytes:
    """Any (Multi)Polygon WKB rewritten as a little-endian 2D MultiPolygon."""
    rings: list[np.ndarray] = []
    ring_unit: list[int] = []
    ring_hole: list[bool] = []
    try:
        end = _parse_wkb(blob, 0, unit, rings, ring_unit, ring_hole)
    except (struct.error, ValueError) as exc:
        raise ValueError(f"Unit {unit}: cannot read its polygon WKB ({exc}).") from exc
    if end != len(blob):
        raise ValueError(f"Unit {unit}: cannot read its polygon WKB ({len(blob) - end} unexpected trailing bytes).")
    parts: list[list[np.ndarray]] = []
    for ring, hole in zip(rings, ring_hole):
        if not hole or not parts:
            parts.append([])
        parts[-1].append(ring)
    out = [struct.pack("<BII", 1, 6, len(parts))]
    for part in parts:
        out.append(struct.pack("<BII", 1, 3, len(part)))
        for ring in part:
            out.append(struct.pack("<I", len(ring)) + np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(out)


def _parse_wkb(buf: bytes, pos: int, unit: int, rings: list, ring_unit: list, ring_hole: list) -> int:
    """Parse one Polygon or MultiPolygon at `pos`; append its rings; return the end position."""
    order = "<" if buf[pos] == 1 else ">"
    (gtype,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    # EWKB flags, then ISO thousands for Z/M.
    has_z = bool(gtype & 0x80000000)
    has_m = bool(gtype & 0x40000000)
    if gtype & 0x20000000:  # EWKB SRID
        pos += 4
    gtype &= 0x0FFFFFFF
    base, dims = gtype % 1000, gtype // 1000
    has_z = has_z or dims in (1, 3)
    has_m = has_m or dims in (2, 3)
    ndim = 2 + has_z + has_m
    if base == 6:  # MultiPolygon: a count then full Polygon WKBs
        (nparts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        for _ in range(nparts):
            pos = _parse_wkb(buf, pos, unit, rings, ring_unit, ring_hole)
        return pos
    if base != 3:
        raise ValueError(f"geometry type {gtype} is not a Polygon or MultiPolygon (curves must be segmentized)")
    (nrings,) = struct.unpack_from(order + "I", buf, pos)
    pos += 4
    for k in range(nrings):
        (npts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        xy = np.frombuffer(buf, dtype=order + "f8", count=npts * ndim, offset=pos).reshape(npts, ndim)
        pos += 8 * npts * ndim
        rings.append(xy[:, :2])
        ring_unit.append(unit)
        ring_hole.append(k > 0)
    return pos


def expand_ranges(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenate arange(starts[i], starts[i] + counts[i]); also return i per element."""
    owner = np.repeat(np.arange(len(starts), dtype=np.int64), counts)
    block = np.cumsum(counts) - counts
    idx = np.repeat(starts, counts) + (np.arange(counts.sum(), dtype=np.int64) - np.repeat(block, counts))
    return idx, owner
