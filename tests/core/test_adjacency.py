"""Adjacency graph from flat polygon arrays: pure numpy/scipy, no QGIS."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from scipy.sparse.csgraph import connected_components

from territory_plugin.core.adjacency import (
    AdjacencyCanceled,
    Contiguity,
    PolygonArrays,
    build_adjacency,
    build_unit_graph,
)

ROOK, QUEEN = Contiguity.ROOK, Contiguity.QUEEN


def box(x0, y0, x1, y1):
    """One closed counter-clockwise ring."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def units_of(*polygons):
    """Each argument is one unit: a single ring or a list of polygons (list of rings)."""
    out = []
    for p in polygons:
        if isinstance(p[0][0], (int, float)):  # a bare ring
            out.append([[p]])
        else:
            out.append(p)
    return PolygonArrays.from_polygons(out)


def edge_dict(g):
    return {(int(a), int(b)): float(s) for (a, b), s in zip(g.edges, g.shared_length)}


def is_connected(g):
    if g.n <= 1:
        return True
    return connected_components(g.csr(), directed=False)[0] == 1


def grid(nx, ny, size=1.0):
    rings = [box(i * size, j * size, (i + 1) * size, (j + 1) * size) for j in range(ny) for i in range(nx)]
    return units_of(*rings)


# ----------------------------------------------------------------------------- grids


@pytest.mark.parametrize("tolerance", [0.0, 0.01])
def test_grid_rook_and_queen_differ_by_the_diagonals(tolerance):
    nx, ny = 4, 3
    g_rook = build_unit_graph(grid(nx, ny, 10.0), ROOK, tolerance)
    g_queen = build_unit_graph(grid(nx, ny, 10.0), QUEEN, tolerance)
    cells = [(k % nx, k // nx) for k in range(nx * ny)]
    rook = {
        (a, b)
        for a in range(nx * ny)
        for b in range(a + 1, nx * ny)
        if abs(cells[a][0] - cells[b][0]) + abs(cells[a][1] - cells[b][1]) == 1
    }
    queen = {
        (a, b)
        for a in range(nx * ny)
        for b in range(a + 1, nx * ny)
        if max(abs(cells[a][0] - cells[b][0]), abs(cells[a][1] - cells[b][1])) == 1
    }
    assert set(edge_dict(g_rook)) == rook
    assert set(edge_dict(g_queen)) == queen
    # Side edges share the whole 10 m side; corner-only contacts share nothing.
    for edge, length in edge_dict(g_queen).items():
        assert length == pytest.approx(10.0 if edge in rook else 0.0)
    assert g_rook.bridges.shape == (0, 2) and g_queen.bridges.shape == (0, 2)
    np.testing.assert_allclose(g_rook.area, 100.0)
    np.testing.assert_allclose(g_rook.perimeter, 40.0)
    expected_c = np.array([(10 * x + 5, 10 * y + 5) for x, y in cells], dtype=float)
    np.testing.assert_allclose(g_rook.centroid, expected_c)


def test_edges_are_sorted_unique_int64():
    g = build_unit_graph(grid(5, 5), QUEEN, 0.0)
    assert g.edges.dtype == np.int64 and g.edges.shape[1] == 2
    assert np.all(g.edges[:, 0] < g.edges[:, 1])
    codes = g.edges[:, 0] * g.n + g.edges[:, 1]
    assert np.all(np.diff(codes) > 0)
    assert g.shared_length.shape == (len(g.edges),)


def test_polsby_popper_of_dissolved_grid_matches_the_big_square():
    """P(dissolved) = sum P_i - 2 x internal shared length: the contract with metrics."""
    g = build_unit_graph(grid(3, 3, 2.0), QUEEN, 0.0)
    perimeter = g.perimeter.sum() - 2 * g.shared_length.sum()
    assert perimeter == pytest.approx(4 * 6.0)
    assert g.area.sum() == pytest.approx(36.0)


def test_orientation_and_open_rings_do_not_matter():
    ccw = box(0, 0, 1, 1)
    cw = box(0, 1, 1, 2)[::-1]
    open_ring = box(1, 0, 2, 1)[:-1]
    g = build_unit_graph(units_of(ccw, cw, open_ring), QUEEN, 0.0)
    np.testing.assert_allclose(g.area, 1.0)
    np.testing.assert_allclose(g.perimeter, 4.0)
    np.testing.assert_allclose(g.centroid, [[0.5, 0.5], [0.5, 1.5], [1.5, 0.5]])
    assert edge_dict(g) == {(0, 1): pytest.approx(1.0), (0, 2): pytest.approx(1.0), (1, 2): 0.0}


# ----------------------------------------------------------------------------- T-junctions


def test_t_junction_long_edge_against_two_short_ones():
    big = box(0, 0, 2, 2)  # its right side is one segment
    upper, lower = box(2, 1, 3, 2), box(2, 0, 3, 1)  # vertex (2, 1) lies on big's edge
    g = build_unit_graph(units_of(big, lower, upper), ROOK, 0.0)
    assert edge_dict(g) == {(0, 1): pytest.approx(1.0), (0, 2): pytest.approx(1.0), (1, 2): pytest.approx(1.0)}


def test_brick_pattern_partial_overlaps():
    # Row of bricks offset by half a brick: each upper brick shares half of two lower ones.
    a, b = box(0, 0, 2, 1), box(2, 0, 4, 1)
    c, d = box(1, 1, 3, 2), box(3, 1, 5, 2)
    g = build_unit_graph(units_of(a, b, c, d), ROOK, 0.0)
    assert edge_dict(g) == {
        (0, 1): pytest.approx(1.0),  # a|b vertical side
        (0, 2): pytest.approx(1.0),  # a under c, x 1..2
        (1, 2): pytest.approx(1.0),  # b under c, x 2..3
        (1, 3): pytest.approx(1.0),  # b under d, x 3..4
        (2, 3): pytest.approx(1.0),  # c|d vertical side
    }


def test_corner_touching_mid_edge_is_queen_only():
    square = box(0, 0, 2, 2)
    apex_on_edge = [(1, 2), (2, 3), (0, 3), (1, 2)]  # triangle touching the top edge at one point
    g_queen = build_unit_graph(units_of(square, apex_on_edge), QUEEN, 0.0)
    assert edge_dict(g_queen) == {(0, 1): 0.0}
    assert len(g_queen.bridges) == 0
    # Rook sees no shared boundary: the two are joined by a reported bridge instead.
    g_rook = build_unit_graph(units_of(square, apex_on_edge), ROOK, 0.0)
    assert g_rook.bridges.tolist() == [[0, 1]]
    assert edge_dict(g_rook) == {(0, 1): 0.0}


def test_queen_contact_through_a_shared_vertex_inside_a_fan():
    """A touches the bottom unit only at one vertex, which it shares with its fan neighbours."""
    bottom = box(0, 0, 2, 1)
    left = [(0, 1), (1, 1), (0.5, 2), (0, 2), (0, 1)]
    middle = [(1, 1), (1.5, 2), (0.5, 2), (1, 1)]
    right = [(1, 1), (2, 1), (2, 2), (1.5, 2), (1, 1)]
    g = build_unit_graph(units_of(bottom, left, middle, right), QUEEN, 0.0)
    edges = edge_dict(g)
    assert (0, 2) in edges and edges[(0, 2)] == 0.0
    assert edges[(0, 1)] == pytest.approx(1.0) and edges[(0, 3)] == pytest.approx(1.0)
    assert (0, 2) not in edge_dict(build_unit_graph(units_of(bottom, left, middle, right), ROOK, 0.0))


# ----------------------------------------------------------------------------- tolerance


@pytest.mark.parametrize(
    "right, shared",
    [
        (box(1.004, 0, 2, 1), 1.0),  # a 4 mm gap
        (box(0.995, 0, 2, 1), 1.0),  # a 5 mm overlap
        ([(1.003, -0.002), (2, 0), (2, 1), (0.998, 1.001), (1.003, -0.002)], 1.0),  # misaligned, slanted
        ([(1.002, 0), (2, 0), (2, 1), (1.002, 1), (1.001, 0.4), (1.002, 0)], 1.0),  # extra vertex, no match
    ],
)
def test_slivers_within_tolerance_are_neighbours_with_the_right_length(right, shared):
    g = build_unit_graph(units_of(box(0, 0, 1, 1), right), ROOK, 0.01)
    assert set(edge_dict(g)) == {(0, 1)}
    assert len(g.bridges) == 0
    # Within two tolerances: an overlap also shares the bits of the collinear top and bottom sides.
    assert edge_dict(g)[(0, 1)] == pytest.approx(shared, abs=0.02)


def test_gap_wider_than_tolerance_is_not_adjacency():
    g = build_unit_graph(units_of(box(0, 0, 1, 1), box(1.05, 0, 2, 1)), ROOK, 0.01)
    # Only a bridge joins them, and it is reported as such.
    assert g.bridges.tolist() == [[0, 1]]
    assert edge_dict(g) == {(0, 1): 0.0}


def test_misaligned_diagonal_corners_are_queen_not_rook():
    a = box(0, 0, 1, 1)
    d = box(1.003, 0.998, 2, 2)  # corner 3 mm off, overlapping the corner's lines by 2 mm
    assert edge_dict(build_unit_graph(units_of(a, d), QUEEN, 0.01)) == {(0, 1): 0.0}
    rook = build_unit_graph(units_of(a, d), ROOK, 0.01)
    assert rook.bridges.tolist() == [[0, 1]]


def test_exact_run_without_tolerance_keeps_tiny_gaps_apart():
    g = build_unit_graph(units_of(box(0, 0, 1, 1), box(1.004, 0, 2, 1)), QUEEN, 0.0)
    assert g.bridges.tolist() == [[0, 1]]


def test_negative_tolerance_is_refused():
    with pytest.raises(ValueError, match="tolerance"):
        build_unit_graph(grid(2, 1), ROOK, -1.0)


# ----------------------------------------------------------------------------- holes, multipolygons


def test_hole_area_perimeter_and_the_unit_filling_it():
    donut = [[box(0, 0, 3, 3), box(1, 1, 2, 2)]]
    plug = box(1, 1, 2, 2)
    g = build_unit_graph(units_of(donut, plug), ROOK, 0.0)
    assert g.area.tolist() == pytest.approx([9 - 1, 1])
    assert g.perimeter.tolist() == pytest.approx([12 + 4, 4])  # holes count in the perimeter
    np.testing.assert_allclose(g.centroid, [[1.5, 1.5], [1.5, 1.5]])
    assert edge_dict(g) == {(0, 1): pytest.approx(4.0)}
    # Dissolved, donut + plug is the 3 x 3 square.
    assert g.perimeter.sum() - 2 * g.shared_length.sum() == pytest.approx(12.0)


def test_multipolygon_unit_touches_neighbours_of_both_parts():
    two_parts = [[box(0, 0, 1, 1)], [box(5, 0, 6, 1)]]
    g = build_unit_graph(units_of(two_parts, box(1, 0, 2, 1), box(6, 0, 7, 1)), ROOK, 0.0)
    assert edge_dict(g) == {(0, 1): pytest.approx(1.0), (0, 2): pytest.approx(1.0)}
    assert g.area[0] == pytest.approx(2.0) and g.perimeter[0] == pytest.approx(8.0)
    np.testing.assert_allclose(g.centroid[0], [3.0, 0.5])  # midway between the parts
    assert len(g.bridges) == 0


def test_large_projected_coordinates_keep_their_precision():
    x0, y0 = 4_500_000.0, 2_700_000.0
    g = build_unit_graph(units_of(box(x0, y0, x0 + 0.5, y0 + 0.5), box(x0 + 0.5, y0, x0 + 1, y0 + 0.5)), ROOK, 0.0)
    assert g.area.tolist() == pytest.approx([0.25, 0.25], rel=1e-9)
    np.testing.assert_allclose(g.centroid[1], [x0 + 0.75, y0 + 0.25], rtol=0, atol=1e-6)


# ----------------------------------------------------------------------------- islands and bridges


def test_islands_are_bridged_to_the_nearest_boundary_and_reported():
    # A long thin unit whose boundary (not centroid) is nearest the first island.
    a = [(0, 0), (10, 0), (10, 1), (1, 1), (0, 1), (0, 0)]
    b = box(-2, 0, 0, 1)
    island = box(0.8, 1.5, 1.8, 2.5)  # centroid (1.3, 2) is nearer b's centroid than a's
    far1, far2 = box(20, 0, 21, 1), box(22, 0, 23, 1)  # two islands close to each other
    g = build_unit_graph(units_of(a, b, island, far1, far2), ROOK, 0.0)
    bridges = {tuple(e) for e in g.bridges.tolist()}
    assert bridges == {(0, 2), (3, 4), (0, 3)}
    assert is_connected(g)
    lengths = edge_dict(g)
    assert all(lengths[e] == 0.0 for e in bridges)
    assert lengths[(0, 1)] == pytest.approx(1.0)
    assert len(g.edges) == 1 + len(bridges)


def test_island_facing_a_long_straight_edge_bridges_to_that_edge():
    # No vertex of the long unit is near the island; its top edge is 2 m away.
    long_unit, neighbour = box(0, 0, 100, 10), box(100, 0, 110, 10)
    island = box(80, 12, 95, 20)  # nearest vertex (100, 10) is shared by both units
    g = build_unit_graph(units_of(long_unit, neighbour, island), ROOK, 0.0)
    assert g.bridges.tolist() == [[0, 2]]


def test_bridges_can_be_switched_off():
    g = build_unit_graph(units_of(box(0, 0, 1, 1), box(5, 5, 6, 6)), ROOK, 0.0, bridge_components=False)
    assert len(g.edges) == 0 and len(g.bridges) == 0


def test_no_units():
    g = build_unit_graph(PolygonArrays.from_wkb([]), QUEEN, 1.0)
    assert g.n == 0 and g.edges.shape == (0, 2) and len(g.area) == 0


def test_single_unit():
    g = build_unit_graph(units_of(box(0, 0, 1, 1)), QUEEN, 0.0)
    assert g.n == 1 and len(g.edges) == 0 and len(g.bridges) == 0


# ----------------------------------------------------------------------------- a Voronoi coverage


def voronoi_box(n, seed, width=1000.0, height=600.0):
    from scipy.spatial import Voronoi

    rng = np.random.default_rng(seed)
    pts = rng.uniform((0, 0), (width, height), size=(n, 2))
    x, y = pts[:, 0], pts[:, 1]
    mirrored = [pts] + [np.column_stack(m) for m in ((-x, y), (2 * width - x, y), (x, -y), (x, 2 * height - y))]
    vor = Voronoi(np.concatenate(mirrored))
    rings = []
    for i in range(n):
        ring = vor.vertices[vor.regions[vor.point_region[i]]]
        rings.append(np.concatenate((ring, ring[:1])))
    return [[[r]] for r in rings], vor, width, height


def test_voronoi_coverage_totals_and_ridges():
    units, vor, width, height = voronoi_box(400, 3)
    g = build_unit_graph(PolygonArrays.from_polygons(units), ROOK, 0.0)
    # Areas tile the box; unit perimeters = 2 x shared + the box outline.
    assert g.area.sum() == pytest.approx(width * height, rel=1e-9)
    assert g.perimeter.sum() - 2 * g.shared_length.sum() == pytest.approx(2 * (width + height), rel=1e-9)
    # Rook edges are exactly the Voronoi ridges between two original points.
    n = len(units)
    ridges = {(min(a, b), max(a, b)) for a, b in vor.ridge_points if a < n and b < n}
    ridge_len = {
        (min(a, b), max(a, b)): float(np.hypot(*np.subtract(*vor.vertices[v])))
        for (a, b), v in zip(vor.ridge_points, vor.ridge_vertices)
        if a < n and b < n
    }
    edges = edge_dict(g)
    assert set(edges) == {e for e in ridges if ridge_len[e] > 1e-6}
    for e, length in edges.items():
        assert length == pytest.approx(ridge_len[e], rel=1e-9)


def test_voronoi_with_jittered_vertices_needs_the_tolerance():
    units, _, _, _ = voronoi_box(200, 5)
    clean = build_unit_graph(PolygonArrays.from_polygons(units), ROOK, 0.05)
    rng = np.random.default_rng(7)
    jittered = []
    for (rings,) in units:
        ring = rings[0] + rng.uniform(-0.01, 0.01, size=rings[0].shape)
        ring[-1] = ring[0]
        jittered.append([[ring]])
    g = build_unit_graph(PolygonArrays.from_polygons(jittered), ROOK, 0.05)
    # Ridges longer than a few tolerances survive; lengths move by at most ~2 x jitter.
    long_edges = {e for e, s in edge_dict(clean).items() if s > 0.2}
    assert long_edges <= set(edge_dict(g))
    for e in long_edges:
        assert edge_dict(g)[e] == pytest.approx(edge_dict(clean)[e], abs=0.05)
    assert is_connected(g)


def test_deterministic():
    units, _, _, _ = voronoi_box(300, 11)
    polys = PolygonArrays.from_polygons(units)
    g1 = build_unit_graph(polys, QUEEN, 0.01)
    g2 = build_unit_graph(polys, QUEEN, 0.01)
    for field in ("edges", "shared_length", "area", "perimeter", "centroid", "bridges"):
        np.testing.assert_array_equal(getattr(g1, field), getattr(g2, field))


# ----------------------------------------------------------------------------- WKB


def wkb_polygon(rings, order="<", gtype=3, z=False):
    out = struct.pack(order + "BI", 1 if order == "<" else 0, gtype) + struct.pack(order + "I", len(rings))
    for ring in rings:
        arr = np.asarray(ring, dtype=float)
        if z:
            arr = np.column_stack((arr, np.full(len(arr), 7.0)))
        out += struct.pack(order + "I", len(arr)) + arr.astype(order + "f8").tobytes()
    return out


def test_wkb_polygon_multipolygon_z_big_endian_and_ewkb():
    donut = [box(0, 0, 3, 3), box(1, 1, 2, 2)]
    multi = struct.pack("<BII", 1, 6, 2) + wkb_polygon([box(5, 0, 6, 1)]) + wkb_polygon([box(7, 0, 8, 1)])
    ewkb_srid = struct.pack("<BII", 1, 3 | 0x20000000, 4326) + wkb_polygon([box(0, 5, 1, 6)])[5:]
    blobs = [
        wkb_polygon(donut),
        multi,
        wkb_polygon([box(3, 0, 4, 1)], gtype=1003, z=True),  # ISO PolygonZ
        wkb_polygon([box(4, 0, 5, 1)], order=">"),  # big-endian
        ewkb_srid,
    ]
    polys = PolygonArrays.from_wkb(blobs)
    expected = PolygonArrays.from_polygons(
        [[donut], [[box(5, 0, 6, 1)], [box(7, 0, 8, 1)]], [[box(3, 0, 4, 1)]], [[box(4, 0, 5, 1)]], [[box(0, 5, 1, 6)]]]
    )
    assert polys.n == 5
    np.testing.assert_array_equal(polys.coords, expected.coords)
    np.testing.assert_array_equal(polys.ring_offsets, expected.ring_offsets)
    np.testing.assert_array_equal(polys.ring_unit, expected.ring_unit)
    np.testing.assert_array_equal(polys.ring_is_hole, [False, True, False, False, False, False, False])


def test_wkb_bulk_reader_matches_the_coordinates():
    units, _, _, _ = voronoi_box(300, 2)
    # Mix single polygons, multipolygons with holes and an empty multipolygon.
    units[5] = [[box(0, 0, 3, 3), box(1, 1, 2, 2)], [box(10, 10, 11, 11)]]
    blobs = []
    for parts in units:
        if len(parts) == 1:
            blobs.append(wkb_polygon(parts[0]))
        else:
            blobs.append(struct.pack("<BII", 1, 6, len(parts)) + b"".join(wkb_polygon(p) for p in parts))
    blobs.append(struct.pack("<BII", 1, 6, 0))
    polys = PolygonArrays.from_wkb(blobs)
    expected = PolygonArrays.from_polygons(units + [[]])
    assert polys.n == len(units) + 1
    for field in ("coords", "ring_offsets", "ring_unit", "ring_is_hole"):
        np.testing.assert_array_equal(getattr(polys, field), getattr(expected, field))
    with pytest.raises(ValueError, match=rf"Unit {len(units)} has no polygon"):
        build_unit_graph(polys, ROOK, 0.0)


def test_truncated_wkb_names_the_unit():
    good = wkb_polygon([box(0, 0, 1, 1)])
    with pytest.raises(ValueError, match="Unit 1: cannot read its polygon WKB"):
        PolygonArrays.from_wkb([good, good[:-8], good])


def test_wkb_that_is_not_a_polygon_names_the_unit():
    point = struct.pack("<BIdd", 1, 1, 0.0, 0.0)
    with pytest.raises(ValueError, match="Unit 1"):
        PolygonArrays.from_wkb([wkb_polygon([box(0, 0, 1, 1)]), point])


# ----------------------------------------------------------------------------- errors, progress, cancel


def test_degenerate_ring_names_the_unit():
    polys = units_of(box(0, 0, 1, 1), [(0, 0), (1, 1), (0, 0)])
    with pytest.raises(ValueError, match=r"Unit 1 .*fewer than 3 distinct vertices"):
        build_unit_graph(polys, ROOK, 0.0)


def test_unit_without_polygon_names_the_unit():
    polys = PolygonArrays.from_polygons([[[box(0, 0, 1, 1)]], []])
    with pytest.raises(ValueError, match=r"Unit 1 has no polygon"):
        build_unit_graph(polys, ROOK, 0.0)


def test_non_finite_coordinate_names_the_unit():
    polys = units_of(box(0, 0, 1, 1), [(0, 0), (1, 0), (np.nan, 1), (0, 0)])
    with pytest.raises(ValueError, match=r"Unit 1 has a non-finite coordinate"):
        build_unit_graph(polys, ROOK, 0.0)


def test_progress_and_cancel():
    seen = []
    build_unit_graph(grid(3, 3), QUEEN, 0.0, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 100
    with pytest.raises(AdjacencyCanceled):
        build_unit_graph(grid(3, 3), QUEEN, 0.0, is_canceled=lambda: True)


# ----------------------------------------------------------------------------- gaps, overlaps, automatic snapping


def rounded_square(x0, y0, x1, y1, grow, arc_points=8):
    """The square grown by `grow` with round corners (what a GEOS buffer gives): arcs of short segments."""
    corners = [(x1, y0, -90), (x1, y1, 0), (x0, y1, 90), (x0, y0, 180)]
    ring = []
    for cx, cy, start in corners:
        angles = np.radians(start + np.linspace(0, 90, arc_points + 1))
        ring.extend(zip(cx + grow * np.cos(angles), cy + grow * np.sin(angles)))
    ring.append(ring[0])
    return ring


def buffered_grid(nx, ny, size, grow, arc_points=8):
    """A grid of size x size cells, each grown (> 0: overlaps of 2 x grow) or shrunk (< 0: gaps of 2 x |grow|)."""
    cells = []
    for j in range(ny):
        for i in range(nx):
            x0, y0 = i * size, j * size
            if grow > 0:
                cells.append(rounded_square(x0, y0, x0 + size, y0 + size, grow, arc_points))
            else:
                cells.append(box(x0 - grow, y0 - grow, x0 + size + grow, y0 + size + grow))
    return units_of(*cells)


def grid_rook_edges(nx, ny):
    return {(j * nx + i, j * nx + i + 1) for j in range(ny) for i in range(nx - 1)} | {
        (j * nx + i, (j + 1) * nx + i) for j in range(ny - 1) for i in range(nx)
    }


@pytest.mark.parametrize("grow, seen, chosen", [(-5.0, "gap", 15.0), (10.0, "overlap", 25.0)])
def test_automatic_tolerance_covers_gaps_and_overlaps(grow, seen, chosen):
    """10 m gaps or 20 m overlaps between 1 km cells: the clean rook graph, no bridges, and a report of it."""
    adjacency = build_adjacency(buffered_grid(6, 5, 1000.0, grow), ROOK)
    g, snap = adjacency.graph, adjacency.snapping
    assert set(edge_dict(g)) == grid_rook_edges(6, 5)
    assert len(g.bridges) == 0
    for length in g.shared_length:
        assert length == pytest.approx(1000.0, rel=0.1)  # the grown sides are 2 % longer, plus their arcs
    assert snap.automatic and snap.tolerance == chosen and snap.recommended == chosen
    assert getattr(snap, seen) == pytest.approx(2 * abs(grow), rel=0.01)
    assert getattr(snap, "overlap" if seen == "gap" else "gap") == 0.0
    assert snap.misaligned_share == pytest.approx(1.0)
    # Queen adds the diagonals (corners within 25 m), never more.
    queen = build_adjacency(buffered_grid(6, 5, 1000.0, grow), QUEEN).graph
    assert grid_rook_edges(6, 5) < set(edge_dict(queen)) and len(queen.bridges) == 0


def test_clean_coverage_keeps_the_smallest_tolerance():
    units, _, _, _ = voronoi_box(300, 4, width=30_000.0, height=20_000.0)
    snap = build_adjacency(PolygonArrays.from_polygons(units), ROOK).snapping
    assert snap.tolerance == 1.0 and snap.gap == 0.0 and snap.overlap == 0.0
    assert snap.misaligned_share < 0.01


def test_overlap_beyond_a_small_tolerance_is_a_neighbour_never_an_island():
    """Polygons overlapping by 20 m with SNAP_TOLERANCE 1: neighbours through the overlap, and a warning."""
    adjacency = build_adjacency(buffered_grid(3, 1, 1000.0, 10.0), ROOK, tolerance=1.0)
    g, snap = adjacency.graph, adjacency.snapping
    assert set(edge_dict(g)) == {(0, 1), (1, 2)}
    assert len(g.bridges) == 0
    assert all(s == pytest.approx(1000.0, rel=0.05) for s in g.shared_length)
    assert snap.overlapping_pairs == 2 and snap.too_small and snap.recommended == 25.0


def test_gaps_beyond_a_small_tolerance_are_bridged_and_reported():
    adjacency = build_adjacency(buffered_grid(3, 2, 1000.0, -5.0), ROOK, tolerance=1.0)
    assert len(adjacency.graph.bridges) == 5  # a spanning tree of six islands
    assert adjacency.snapping.too_small and adjacency.snapping.recommended == 15.0
    assert adjacency.snapping.bridges == 5


def test_unit_inside_another_is_its_neighbour():
    """A polygon lying inside another that has no hole for it: they overlap, so they are neighbours."""
    outer, inner, beside = box(0, 0, 1000, 1000), box(400, 400, 500, 500), box(1000, 0, 2000, 1000)
    adjacency = build_adjacency(units_of(outer, inner, beside), ROOK, tolerance=1.0)
    assert set(edge_dict(adjacency.graph)) == {(0, 1), (0, 2)}
    assert len(adjacency.graph.bridges) == 0
    assert adjacency.snapping.contained_units == 1
    assert edge_dict(adjacency.graph)[(0, 1)] == pytest.approx(200.0)  # half the inner perimeter: exact dissolve


def test_hole_with_an_island_in_it():
    """A lake (hole) with an island unit inside that touches nothing: bridged to the unit around the lake."""
    lake_unit = [[box(0, 0, 1000, 1000), box(300, 300, 700, 700)]]
    island = box(450, 450, 550, 550)
    adjacency = build_adjacency(units_of(lake_unit, island, box(1000, 0, 2000, 1000)), ROOK, tolerance=1.0)
    assert adjacency.graph.bridges.tolist() == [[0, 1]]
    assert adjacency.snapping.contained_units == 0


def test_hostile_topology_stays_linear_in_memory():
    """Short arc segments beside long edges (buffered cells) with gaps: the old builder cut every long
    edge into pieces as short as the arcs (61 M points on the US zips); now memory stays near the input's."""
    import tracemalloc

    polys = buffered_grid(30, 30, 5000.0, 10.0, arc_points=64)
    input_bytes = polys.coords.nbytes
    tracemalloc.start()
    g = build_adjacency(polys, ROOK).graph
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert set(edge_dict(g)) == grid_rook_edges(30, 30)
    assert peak < 60 * input_bytes, f"peak {peak / 1e6:.0f} MB for {input_bytes / 1e6:.1f} MB of coordinates"


def test_cancel_is_checked_at_least_every_second_inside_the_long_loops():
    """The longest stretch without a check, in CPU seconds and as a share of the whole build.

    Each stage works on all vertices at once, so a stretch grows with the input: here (1.5 s of CPU)
    the longest is 0.09 s with Debian 12's numpy, 0.15 s with sid's: a sixteenth and a tenth of the build.
    CPU time still swells on a shared machine (0.33 s beside two other suites), the whole build with it:
    the share says whether a stage lost its checks, the seconds hold the rule, a cancel within a second.
    The best of three runs: a busy moment only lengthens one.
    """
    import time

    polys = buffered_grid(50, 50, 2000.0, 10.0, arc_points=32)  # 330k vertices, every one misaligned
    runs = []
    for _ in range(3):
        calls = []
        started = time.process_time()
        build_adjacency(polys, QUEEN, is_canceled=lambda calls=calls: calls.append(time.process_time()) and False)
        gaps = np.diff([started, *calls, time.process_time()])
        runs.append((gaps.max() / gaps.sum(), gaps.max(), len(calls)))
        if runs[-1][0] <= 0.15:
            break
    share, longest, checks = min(runs)
    assert (
        checks >= 10 and share <= 0.15 and longest < 1.0
    ), f"{checks} checks, longest stretch without one {longest:.2f} s ({share:.0%} of the build)"
    # And a cancel at any of those checks stops the build.
    for stop_at in (checks // 2, checks - 1):
        seen: list[int] = []

        def cancel_after(seen=seen, stop_at=stop_at):
            seen.append(1)
            return len(seen) > stop_at

        with pytest.raises(AdjacencyCanceled):
            build_adjacency(polys, QUEEN, is_canceled=cancel_after)
