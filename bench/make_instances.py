#!/usr/bin/python3
"""Generate the benchmark instances into bench/data/ (git-ignored, never committed).

    make bench/data/us_zip_areas.gpkg     # installs the data packages, then runs this
    PYTHONPATH=build/data-deps QT_QPA_PLATFORM=offscreen \
        /usr/bin/python3 bench/make_instances.py [--only us|synthetic] [--units 200000]

- us_zip_areas.gpkg (layer us_zip_areas, EPSG:5070): every active STANDARD zip of the
  contiguous US (48 states + DC) as a Voronoi cell of all such zips, clipped to the
  land outline; fields zip, po_name, state, county, account_count, workload.
- synthetic_200k.gpkg (layer synthetic_200k, EPSG:3035): Voronoi cells of clustered
  random points in a 2,600 x 2,200 km box; fields unit_id, workload.

Both are deterministic (fixed seeds). Workload is in hours/year, from simulated accounts
and the call plan of DESIGN.md (A: 24 calls x 45 min, B: 12 x 30, C: 4 x 20).
"""

import argparse
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
import zipvoronoi as zv  # noqa: E402

SEED = 7
HOURS_PER_ACCOUNT = {"A": 24 * 45 / 60, "B": 12 * 30 / 60, "C": 4 * 20 / 60}
SEGMENT_SHARES = {"A": 0.10, "B": 0.30, "C": 0.60}
MEAN_ACCOUNTS_PER_ZIP = 35  # ~1M accounts nationally, the size of a large CRM

# Synthetic instance: a Europe-sized box in ETRS89-LAEA, metres.
SYNTHETIC_CRS = "EPSG:3035"
SYNTHETIC_BOX = (3_000_000.0, 2_000_000.0, 5_600_000.0, 4_200_000.0)  # xmin, ymin, xmax, ymax
N_TOWNS = 3_000
RURAL_SHARE = 0.35  # points spread uniformly; the rest cluster around towns


class Stopwatch:
    def __init__(self):
        self.started = self.last = time.time()

    def lap(self, what):
        now = time.time()
        print(f"  {what}: {now - self.last:.1f} s", flush=True)
        self.last = now


def simulated_workload(rng, density):
    """Accounts per unit (Poisson around the density) and their call hours (segment mix)."""
    expected = density / density.mean() * MEAN_ACCOUNTS_PER_ZIP
    accounts = rng.poisson(expected)
    by_segment = rng.multinomial(accounts, list(SEGMENT_SHARES.values()))  # one row per unit
    hours = by_segment @ np.array(list(HOURS_PER_ACCOUNT.values()))
    return accounts, np.round(hours, 2)


def make_us_instance(out_dir):
    print("us_zip_areas:", flush=True)
    clock = Stopwatch()
    rng = np.random.default_rng(SEED)
    all_zips = zv.load_zip_records()
    conus = zv.polygon_zips(all_zips)
    conus = conus[~conus.state.isin(zv.NON_CONUS)].reset_index(drop=True)
    xy = zv.separate_duplicates(zv.to_albers(conus.lon, conus.lat))
    clock.lap(f"{len(conus)} active STANDARD zips of the contiguous US")
    rings = zv.voronoi_rings(xy)
    clock.lap("Voronoi (scipy)")
    outline = zv.load_outline(sorted(set(conus.state)), simplify_m=20)
    clock.lap(f"land outline ({outline.constGet().nCoordinates()} vertices)")
    cells = zv.clip_cells(rings, outline)
    clock.lap("clip to outline")
    kept = np.array([not c.isEmpty() for c in cells])
    units = conus[kept].reset_index(drop=True)
    cells = [c for c in cells if not c.isEmpty()]
    density = zv.account_density(rng, xy[kept], zv.to_albers(all_zips.lon, all_zips.lat))
    units["account_count"], units["workload"] = simulated_workload(rng, density)
    path = os.path.join(out_dir, "us_zip_areas.gpkg")
    zv.write_zip_areas(path, "us_zip_areas", cells, units, extra_fields=("account_count", "workload"))
    clock.lap("write")
    multipart = sum(c.constGet().partCount() > 1 for c in cells)
    lost = ", ".join(conus.zip[~kept])
    print(
        f"  {len(units)} zip areas ({multipart} multipart; cell wholly offshore, no polygon: "
        f"{lost or 'none'}), {units.account_count.sum()} simulated accounts, "
        f"{os.path.getsize(path) / 1e6:.1f} MB, total {time.time() - clock.started:.1f} s"
    )


def clustered_points(rng, count):
    """`count` distinct points: towns of Zipf-like size with Gaussian suburbs, plus countryside."""
    xmin, ymin, xmax, ymax = SYNTHETIC_BOX
    towns = rng.uniform((xmin, ymin), (xmax, ymax), (N_TOWNS, 2))
    town_size = rng.pareto(1.1, N_TOWNS) + 1.0
    points = np.empty((0, 2))
    while len(points) < count:
        need = count - len(points)
        n_rural = int(need * RURAL_SHARE)
        rural = rng.uniform((xmin, ymin), (xmax, ymax), (n_rural, 2))
        home = rng.choice(N_TOWNS, need - n_rural, p=town_size / town_size.sum())
        # Bigger towns sprawl further: spread grows with the square root of size.
        spread = 2_000.0 * np.sqrt(town_size[home])[:, None]
        urban = towns[home] + rng.normal(0.0, 1.0, (len(home), 2)) * spread
        candidates = np.vstack([points, rural, urban])
        inside = (
            (candidates[:, 0] > xmin)
            & (candidates[:, 0] < xmax)
            & (candidates[:, 1] > ymin)
            & (candidates[:, 1] < ymax)
        )
        points = np.unique(np.round(candidates[inside], 1), axis=0)  # 0.1 m grid, distinct
    return points[rng.permutation(len(points))[:count]]


def morton_order(xy, bits=16):
    """Z-order of points, so that consecutive unit ids are neighbours (as postal codes are)."""
    scaled = (xy - xy.min(axis=0)) / np.ptp(xy, axis=0).max() * (2**bits - 1)
    ix, iy = scaled.astype(np.uint64).T
    code = np.zeros(len(xy), np.uint64)
    for bit in range(bits):
        code |= ((ix >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit)
        code |= ((iy >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + 1)
    return np.argsort(code, kind="stable")


def make_synthetic_instance(out_dir, count):
    from qgis.core import QgsRectangle, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    print(f"synthetic_{count // 1000}k:", flush=True)
    clock = Stopwatch()
    rng = np.random.default_rng(SEED + 1)
    xy = clustered_points(rng, count)
    xy = xy[morton_order(xy)]
    clock.lap(f"{count} clustered points")
    rings = zv.voronoi_rings(xy)
    clock.lap("Voronoi (scipy)")
    # Only cells that reach past the box need GEOS; the test is one vectorised pass.
    xmin, ymin, xmax, ymax = SYNTHETIC_BOX
    lengths = np.array([len(r) for r in rings])
    stacked = np.vstack(rings)
    vertex_inside = (
        (stacked[:, 0] >= xmin) & (stacked[:, 0] <= xmax) & (stacked[:, 1] >= ymin) & (stacked[:, 1] <= ymax)
    )
    cell_inside = np.logical_and.reduceat(vertex_inside, np.r_[0, np.cumsum(lengths)[:-1]])
    box = QgsRectangle(xmin, ymin, xmax, ymax)
    cells = []
    for ring, inside in zip(rings, cell_inside):
        cell = zv.ring_to_geometry(ring)
        cells.append(zv.snap_to_grid(cell) if inside else zv.polygonal_part(zv.snap_to_grid(cell.clipped(box))))
    clock.lap(f"build and clip cells ({int((~cell_inside).sum())} cut by the box)")
    # Heavier units in towns: workload lognormal, scaled by a mild local-density factor.
    area_km2 = np.array([c.area() for c in cells]) / 1e6
    workload = np.round(rng.lognormal(3.0, 0.9, count) * (1.0 + 4.0 / (1.0 + area_km2)), 2)
    path = os.path.join(out_dir, f"synthetic_{count // 1000}k.gpkg")
    rows = ((f"{i + 1:06d}", float(w)) for i, w in enumerate(workload))
    zv.write_layer(
        path,
        os.path.splitext(os.path.basename(path))[0],
        SYNTHETIC_CRS,
        [("unit_id", QVariant.String), ("workload", QVariant.Double)],
        rows,
        cells,
        QgsWkbTypes.MultiPolygon,
    )
    clock.lap("write")
    print(
        f"  {count} units, workload mean {workload.mean():.1f} max {workload.max():.0f}, "
        f"{os.path.getsize(path) / 1e6:.1f} MB, total {time.time() - clock.started:.1f} s"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(HERE, "data"))
    parser.add_argument("--only", choices=("us", "synthetic"))
    parser.add_argument("--units", type=int, default=200_000, help="synthetic instance size")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    app = zv.start_qgis()  # noqa: F841  (must outlive all QGIS calls)
    if args.only in (None, "us"):
        make_us_instance(args.out)
    if args.only in (None, "synthetic"):
        make_synthetic_instance(args.out, args.units)


if __name__ == "__main__":
    main()
