"""QGIS layers -> unit adjacency graph, on memory layers built from WKT (pytest-qgis)."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)

from territory_plugin.core.adjacency import PolygonArrays, build_adjacency
from territory_plugin.layers import (
    AdjacencyCanceled,
    Contiguity,
    UnitLayerError,
    describe_snapping,
    projected_crs_for,
    unit_graph_from_source,
)

pytestmark = pytest.mark.usefixtures("qgis_app")
ROOK, QUEEN = Contiguity.ROOK, Contiguity.QUEEN


def square_wkt(x0, y0, size):
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def memory_layer(crs: str, wkts, geometry_type: str = "MultiPolygon") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}&field=code:string", "units", "memory")
    assert layer.isValid()
    features = []
    for k, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([f"{k:05d}"])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def edges_by_fid(result):
    fids = result.feature_ids
    return {(int(fids[a]), int(fids[b])): float(s) for (a, b), s in zip(result.graph.edges, result.graph.shared_length)}


def grid_wkts(nx, ny, size, x0=0.0, y0=0.0):
    return [square_wkt(x0 + i * size, y0 + j * size, size) for j in range(ny) for i in range(nx)]


def test_projected_layer_rook_queen_and_feature_ids():
    layer = memory_layer("EPSG:3035", grid_wkts(3, 2, 1000.0, 4_000_000.0, 3_000_000.0))
    # Delete one feature so that ids are not 0..n-1 any more.
    first = next(layer.getFeatures()).id()
    assert layer.dataProvider().deleteFeatures([first])
    ids = [f.id() for f in layer.getFeatures()]
    rook = unit_graph_from_source(layer, Contiguity.ROOK, 1.0)
    queen = unit_graph_from_source(layer, Contiguity.QUEEN, 1.0)
    assert rook.crs.authid() == "EPSG:3035"  # a metre CRS is kept as it is
    assert rook.feature_ids.tolist() == ids
    # The remaining grid cells by (column, row), keyed by feature id.
    cell = {fid: ((fid - first) % 3, (fid - first) // 3) for fid in ids}
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
    want_rook = {p for p in pairs if sum(abs(u - v) for u, v in zip(cell[p[0]], cell[p[1]])) == 1}
    want_queen = {p for p in pairs if max(abs(u - v) for u, v in zip(cell[p[0]], cell[p[1]])) == 1}
    assert set(edges_by_fid(rook)) == want_rook
    assert set(edges_by_fid(queen)) == want_queen
    assert all(s == pytest.approx(1000.0) for s in edges_by_fid(rook).values())
    np.testing.assert_allclose(rook.graph.area, 1e6)
    np.testing.assert_allclose(rook.graph.perimeter, 4000.0)


def test_geographic_layer_gets_an_equal_area_projection():
    size = 0.1
    layer = memory_layer("EPSG:4326", grid_wkts(3, 1, size, -100.0, 40.0))
    result = unit_graph_from_source(layer, Contiguity.ROOK, 1.0)
    crs = result.crs
    assert not crs.isGeographic()
    assert crs.mapUnits() == QgsUnitTypes.DistanceMeters
    assert "laea" in crs.toProj()
    # Areas and the shared meridian edge agree with ellipsoidal measurements.
    da = QgsDistanceArea()
    da.setSourceCrs(layer.crs(), QgsCoordinateTransformContext())
    da.setEllipsoid("WGS84")
    for k, feature in enumerate(layer.getFeatures()):
        assert result.graph.area[k] == pytest.approx(da.measureArea(feature.geometry()), rel=1e-3)
    meridian = da.measureLine(QgsPointXY(-99.9, 40.0), QgsPointXY(-99.9, 40.1))
    edges = edges_by_fid(result)
    assert len(edges) == 2
    for length in edges.values():
        assert length == pytest.approx(meridian, rel=1e-3)


def test_projected_crs_choice():
    context = QgsCoordinateTransformContext()
    albers = QgsCoordinateReferenceSystem("EPSG:5070")
    extent = QgsRectangle(0, 0, 1000, 1000)
    assert projected_crs_for(albers, extent, context) == albers
    feet = QgsCoordinateReferenceSystem("EPSG:2263")  # NY Long Island, US feet
    ny = QgsRectangle(980000, 190000, 1010000, 220000)
    out = projected_crs_for(feet, ny, context)
    assert out.mapUnits() == QgsUnitTypes.DistanceMeters and "laea" in out.toProj()
    mercator = projected_crs_for(QgsCoordinateReferenceSystem("EPSG:3857"), QgsRectangle(-1e7, 4e6, -9e6, 5e6))
    assert "laea" in mercator.toProj()  # Web Mercator areas are not comparable across latitudes
    # Deterministic: the same extent gives the same CRS.
    assert projected_crs_for(feet, ny, context).toProj() == out.toProj()
    with pytest.raises(UnitLayerError, match="no valid CRS"):
        projected_crs_for(QgsCoordinateReferenceSystem(), extent, context)


@pytest.mark.parametrize("bad", [None, "POLYGON EMPTY"])
def test_missing_geometry_names_the_feature(bad):
    layer = memory_layer("EPSG:3035", [square_wkt(0, 0, 10), bad, square_wkt(10, 0, 10)])
    bad_id = [f.id() for f in layer.getFeatures()][1]
    with pytest.raises(UnitLayerError, match=rf"Feature {bad_id} has no geometry"):
        unit_graph_from_source(layer, Contiguity.ROOK, 1.0)


def test_point_layer_is_refused():
    layer = memory_layer("EPSG:3035", ["POINT(0 0)"], geometry_type="Point")
    with pytest.raises(UnitLayerError, match="must hold polygons"):
        unit_graph_from_source(layer, Contiguity.ROOK, 1.0)


def test_degenerate_polygon_error_names_the_feature_id():
    layer = memory_layer("EPSG:3035", [square_wkt(0, 0, 10), "POLYGON((0 0,10 10,0 0))"])
    bad_id = [f.id() for f in layer.getFeatures()][1]
    with pytest.raises(UnitLayerError, match=rf"Feature {bad_id} .*fewer than 3 distinct"):
        unit_graph_from_source(layer, Contiguity.ROOK, 1.0)


def test_cancel_and_progress():
    layer = memory_layer("EPSG:3035", grid_wkts(4, 4, 100.0))
    feedback = QgsFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    unit_graph_from_source(layer, Contiguity.QUEEN, 1.0, feedback)
    assert seen and seen[-1] == pytest.approx(100.0)
    canceled = QgsFeedback()
    canceled.cancel()
    with pytest.raises(AdjacencyCanceled):
        unit_graph_from_source(layer, Contiguity.QUEEN, 1.0, canceled)


def test_multipolygon_curve_and_island_bridge():
    wkts = [
        "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((30 0,40 0,40 10,30 10,30 0)))",
        square_wkt(10, 0, 10),
        "CURVEPOLYGON(CIRCULARSTRING(1000 0,1010 0,1000 0))",  # a circle of radius 5, far away
    ]
    layer = memory_layer("EPSG:3035", wkts)
    result = unit_graph_from_source(layer, Contiguity.ROOK, 0.01)
    g = result.graph
    assert g.area[0] == pytest.approx(200.0) and g.perimeter[0] == pytest.approx(80.0)
    assert g.area[2] == pytest.approx(math.pi * 25, rel=1e-2)  # the circle, segmentized
    fids = result.feature_ids
    bridges = {(int(fids[a]), int(fids[b])) for a, b in g.bridges}
    # The circle is an island: joined to the nearest unit (the far part of unit 0) and reported.
    assert bridges == {(int(fids[0]), int(fids[2]))}
    assert edges_by_fid(result)[(int(fids[0]), int(fids[1]))] == pytest.approx(10.0)


def test_reprojection_keeps_feature_order_with_a_subset():
    layer = memory_layer("EPSG:4326", grid_wkts(4, 1, 0.01, 2.0, 48.0))
    layer.setSubsetString("code <> '00001'")
    result = unit_graph_from_source(layer, Contiguity.ROOK, 1.0)
    ids = [f.id() for f in layer.getFeatures()]
    assert result.feature_ids.tolist() == ids and result.graph.n == 3
    # Cells 0 | (gap where 1 was) | 2 | 3: only 2-3 touch; 0 is bridged.
    assert set(edges_by_fid(result)) == {(ids[1], ids[2]), (ids[0], ids[1])}
    assert {(int(result.feature_ids[a]), int(result.feature_ids[b])) for a, b in result.graph.bridges} == {
        (ids[0], ids[1])
    }


# -- gaps, overlaps, slivers, holes, islands: derived from the sample zips with GEOS -------------


def derived_zips(sample_dir, change=None, name="derived") -> QgsVectorLayer:
    """The sample zip areas (EPSG:5070) in a memory layer, each geometry changed by GEOS."""
    source = QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "zips", "ogr")
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5070&field=zip:string&field=w:double&field=t:string", name, "memory")
    features = []
    for feature in source.getFeatures():
        geometry = feature.geometry() if change is None else change(feature.geometry())
        geometry.convertToMultiType()
        out = QgsFeature(layer.fields())
        out.setGeometry(geometry)
        out.setAttributes([feature["zip"], 1.0, "R"])
        features.append(out)
    assert layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def clean_zips(qgis_app, sample_dir):
    layer = derived_zips(sample_dir)
    return layer, unit_graph_from_source(layer, Contiguity.ROOK)


def rook_pairs(result) -> set:
    bridges = {tuple(e) for e in result.graph.bridges.tolist()}
    return {tuple(e) for e in result.graph.edges.tolist()} - bridges


@pytest.mark.parametrize(
    "case, change, tolerance, said",
    [
        ("overlaps of 20 m", lambda g: g.buffer(10.0, 8), 25.0, "overlap by up to 20 m"),
        ("gaps of 10 m", lambda g: g.buffer(-5.0, 8), 15.0, "leave gaps of up to 10 m"),
        # each polygon simplified on its own, as generalised boundary files are: slivers both ways
        pytest.param(
            "slivers",
            lambda g: g.simplify(40.0),
            None,
            "Snapping tolerance",
            # Found by the version matrix: on 3.44 (GEOS 3.15) the simplified copy loses a 3.2 km
            # border. Strict: when that is understood and fixed, the marker must go.
            marks=pytest.mark.xfail(
                Qgis.versionInt() >= 34400, reason="3.44: the simplified sample loses a 3.2 km border", strict=True
            ),
        ),
    ],
)
def test_misaligned_copies_of_the_sample_give_the_clean_graph(sample_dir, clean_zips, case, change, tolerance, said):
    """Units with gaps or overlaps beyond 1 m: the clean neighbours, no new bridges, and a log line saying why."""
    _, clean = clean_zips
    result = unit_graph_from_source(derived_zips(sample_dir, change, case), Contiguity.ROOK)
    ours, truth = rook_pairs(result), rook_pairs(clean)
    assert len(ours - truth) <= 0.01 * len(truth), f"{case}: {len(ours - truth)} pairs that do not touch"
    # Only borders short enough for the change to swallow (a 40 m simplification, a 25 m
    # tolerance's corners) may turn into corner contacts.
    clean_length = {tuple(e): s for e, s in zip(clean.graph.edges.tolist(), clean.graph.shared_length)}
    lost = sorted(clean_length[e] for e in truth - ours)
    assert not lost or lost[-1] < 200.0, f"{case}: lost borders up to {lost[-1]:.0f} m"
    assert result.graph.bridges.tolist() == clean.graph.bridges.tolist()  # the real islands only
    if tolerance is not None:
        assert result.snapping.tolerance == tolerance
    lines = describe_snapping(result.snapping)
    assert said in lines[0][0] and not any(warning for _, warning in lines)


def test_a_given_tolerance_too_small_for_the_overlaps_warns_and_still_finds_the_neighbours(sample_dir, clean_zips):
    _, clean = clean_zips
    result = unit_graph_from_source(derived_zips(sample_dir, lambda g: g.buffer(10.0, 8)), Contiguity.ROOK, 1.0)
    assert rook_pairs(clean) <= rook_pairs(result)  # overlapping units are neighbours, never islands
    assert result.graph.bridges.tolist() == clean.graph.bridges.tolist()
    text, warning = describe_snapping(result.snapping)[0]
    assert warning and "Set it to 25 m" in text


def test_holes_and_units_inside_others(sample_dir, clean_zips):
    """A lake cut out of every 50th unit; every 100th also gets a unit filling its lake, and every other
    100th a unit lying inside it with no hole cut (an overlap)."""
    clean_layer, clean = clean_zips
    layer = derived_zips(sample_dir, name="holes")
    plugs, expected = [], set()
    ids = [f.id() for f in layer.getFeatures()]
    layer.startEditing()
    for k, feature in enumerate(layer.getFeatures()):
        if k % 50:
            continue
        lake = feature.geometry().pointOnSurface().buffer(200.0, 4)
        if not feature.geometry().contains(lake):
            continue
        if k % 100 == 0:
            layer.changeGeometry(feature.id(), feature.geometry().difference(lake))
            plugs.append((feature.id(), lake))  # fills the lake exactly
        elif k % 150 == 0:
            plugs.append((feature.id(), lake.buffer(-50.0, 4)))  # inside, no hole: overlaps it
        else:
            layer.changeGeometry(feature.id(), feature.geometry().difference(lake))  # an empty lake
    for _host, geometry in plugs:
        plug = QgsFeature(layer.fields())
        plug.setGeometry(geometry)
        plug.setAttributes(["plug", 1.0, "R"])
        layer.addFeature(plug)
    assert layer.commitChanges()
    result = unit_graph_from_source(layer, Contiguity.ROOK)
    fids = result.feature_ids.tolist()
    plug_rows = [i for i, fid in enumerate(fids) if fid not in ids]
    hosts = [fids.index(host) for host, _ in plugs]
    expected = {(min(h, p), max(h, p)) for h, p in zip(hosts, plug_rows)}
    assert expected <= rook_pairs(result)
    assert result.snapping.contained_units == sum(1 for k in range(0, len(ids), 50) if k % 100 and k % 150 == 0)
    assert len(result.graph.bridges) == len(clean.graph.bridges)  # no plug is an island


# -- the adjacency builder against GEOS on random gaps, overlaps, slivers and holes -----------


@st.composite
def misaligned_cells(draw):
    """A grid of 100 m cells, each left clean, shrunk (gaps), grown (overlaps), turned or jittered (slivers),
    shifted (a gap on one side, an overlap on the other), holed, or holding a unit with no hole cut for it."""
    nx, ny = draw(st.integers(2, 4)), draw(st.integers(1, 3))
    tolerance = draw(st.sampled_from([2.0, 5.0]))
    cells, inside = [], []
    for j in range(ny):
        for i in range(nx):
            cell = QgsGeometry.fromRect(QgsRectangle(i * 100.0, j * 100.0, (i + 1) * 100.0, (j + 1) * 100.0))
            kind = draw(st.sampled_from(["clean", "gap", "overlap", "sliver", "jitter", "shift", "hole", "inside"]))
            if kind == "gap":
                cell = cell.buffer(-draw(st.floats(0.1, 3 * tolerance)), 2)
            elif kind == "overlap":
                cell = cell.buffer(draw(st.floats(0.1, 3 * tolerance)), draw(st.integers(1, 8)))
            elif kind == "sliver":
                cell = cell.densifyByCount(draw(st.integers(0, 5)))
                cell.rotate(draw(st.floats(-4.0, 4.0)), cell.centroid().asPoint())
            elif kind == "jitter":  # every vertex moved on its own, as a generalised boundary file does
                cell = cell.densifyByCount(draw(st.integers(1, 6)))
                ring = cell.asPolygon()[0][:-1]
                shift = st.floats(-0.4, 0.4)
                moved = [QgsPointXY(p.x() + draw(shift) * tolerance, p.y() + draw(shift) * tolerance) for p in ring]
                cell = QgsGeometry.fromPolygonXY([moved + moved[:1]])
            elif kind == "shift":
                cell.translate(draw(st.floats(-3, 3)) * tolerance, draw(st.floats(-3, 3)) * tolerance)
            elif kind in ("hole", "inside"):
                x, y = draw(st.floats(5, 60)), draw(st.floats(5, 60))
                hole = QgsGeometry.fromRect(
                    QgsRectangle(i * 100.0 + x, j * 100.0 + y, i * 100.0 + x + 30, j * 100.0 + y + 30)
                )
                if kind == "hole":
                    cell = cell.difference(hole)
                else:
                    inside.append(hole)
            cells.append(cell)
    dropped = draw(st.sets(st.integers(0, len(cells) - 1), max_size=len(cells) - 2))  # gaps and islands
    return [c for k, c in enumerate(cells) if k not in dropped] + inside, tolerance


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(misaligned_cells())
def test_neighbours_agree_with_geos_distances_and_overlaps(case):
    """Queen neighbours = GEOS distance within the tolerance or an overlap (10-25% margin for snapping),
    rook neighbours among them (every long border or big overlap), the rest joined by reported bridges only."""
    cells, tolerance = case
    adjacency = build_adjacency(PolygonArrays.from_wkb([bytes(c.asWkb()) for c in cells]), QUEEN, tolerance)
    rook = build_adjacency(PolygonArrays.from_wkb([bytes(c.asWkb()) for c in cells]), ROOK, tolerance).graph
    bridges = {tuple(e) for e in adjacency.graph.bridges.tolist()}
    queen = {tuple(e) for e in adjacency.graph.edges.tolist()} - bridges
    rook_edges = {tuple(e) for e in rook.edges.tolist()} - {tuple(e) for e in rook.bridges.tolist()}
    for a in range(len(cells)):
        for b in range(a + 1, len(cells)):
            distance = cells[a].distance(cells[b])
            overlap = cells[a].intersection(cells[b]).area() > 1e-6
            if overlap or distance <= 0.8 * tolerance:
                assert (a, b) in queen, f"{a}-{b}: {distance:.2f} m apart, overlap {overlap}"
            if not overlap and distance > 1.25 * tolerance:
                assert (a, b) not in queen and (a, b) not in rook_edges, f"{a}-{b}: {distance:.2f} m apart"
            if overlap and cells[a].intersection(cells[b]).area() > 50 * tolerance**2:
                assert (a, b) in rook_edges, f"{a}-{b} overlap by {cells[a].intersection(cells[b]).area():.0f} m2"
            # Boundaries within 0.8 tolerance of each other along more than 10 tolerances: a shared border.
            band = cells[a].buffer(0.4 * tolerance, 4).intersection(cells[b].buffer(0.4 * tolerance, 4)).area()
            if not overlap and band > 10 * tolerance * 0.8 * tolerance:
                assert (a, b) in rook_edges, f"{a}-{b} run within 0.8 tolerance along {band / 0.8 / tolerance:.0f} m"
    assert rook_edges <= queen
    graph = nx.Graph(list(queen | bridges))
    graph.add_nodes_from(range(len(cells)))
    assert nx.is_connected(graph)


def test_a_territory_in_three_pieces_is_reported_so_on_a_layer_with_gaps(sample_dir):
    """The dock's Check alignment on 10 m gaps: three scattered units of one territory are three pieces
    (GEOS agrees), and the rest of the map is one."""
    from territory_plugin.gui.controller import ReassignController

    layer = derived_zips(sample_dir, lambda g: g.buffer(-5.0, 8), "gaps")
    features = list(layer.getFeatures())
    scattered = [features[k] for k in (100, 800, 1500)]
    for k, f in enumerate(scattered):
        for other in scattered[k + 1 :]:
            assert f.geometry().distance(other.geometry()) > 1000.0
    t = layer.fields().indexOf("t")
    assert layer.dataProvider().changeAttributeValues({f.id(): {t: "T"} for f in scattered})
    dissolved = QgsGeometry.unaryUnion([f.geometry().buffer(7.5, 2) for f in scattered])  # snapped at 15 m
    assert dissolved.constGet().numGeometries() == 3
    controller = ReassignController(confirm=lambda title, text: True)
    assert controller.set_units(layer, "t", ["w"], "zip")
    assert controller.check_alignment() == [("T", 3)]


# --- design settings kept on a layer ---------------------------------------------------------


def test_design_settings_survive_reopening_a_geopackage_and_keep_its_style(tmp_path):
    from qgis.core import QgsCoordinateTransformContext, QgsSingleSymbolRenderer, QgsSymbol, QgsVectorFileWriter
    from qgis.PyQt.QtGui import QColor

    from territory_plugin.layers import read_design_settings, record_design_settings

    path = str(tmp_path / "units.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    source = memory_layer("EPSG:3857", [square_wkt(0, 0, 10)])
    assert QgsVectorFileWriter.writeAsVectorFormatV3(source, path, QgsCoordinateTransformContext(), options)[0] == 0
    styled = QgsVectorLayer(path, "units", "ogr")
    symbol = QgsSymbol.defaultSymbol(styled.geometryType())
    symbol.setColor(QColor("#123456"))
    styled.setRenderer(QgsSingleSymbolRenderer(symbol))
    styled.saveStyleToDatabase("territories", "", True, "")

    assert record_design_settings(path, {"balance_fields": ["workload", "accounts"], "tolerance_pct": 5.0})
    assert record_design_settings(path, {"balance_fields": ["workload"], "snap_tolerance_m": None})  # replaces
    reopened = QgsVectorLayer(path, "again", "ogr")
    assert read_design_settings(reopened) == {"balance_fields": ["workload"], "snap_tolerance_m": None}
    assert reopened.renderer().symbol().color().name() == "#123456"


def test_design_settings_on_a_layer_and_none_recorded():
    from territory_plugin.layers import DESIGN_SETTINGS_PROPERTY, read_design_settings, record_design_settings

    layer = memory_layer("EPSG:3857", [square_wkt(0, 0, 10)])
    assert read_design_settings(layer) == {}
    assert record_design_settings(layer, {"zip_field": "code"})
    assert read_design_settings(layer) == {"zip_field": "code"}
    layer.setCustomProperty(DESIGN_SETTINGS_PROPERTY, "not json {")
    assert read_design_settings(layer) == {}
    assert not record_design_settings(str(Path("/nonexistent") / "units.shp"), {"zip_field": "code"})
