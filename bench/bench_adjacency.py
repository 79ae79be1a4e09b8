"""Benchmark: our adjacency builder against what QGIS/GEOS and libpysal do.

Run with Debian's system python (PyQGIS):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_adjacency.py [--n 30000]

Data: bench/data/us_zip_areas.gpkg when bench/make_instances.py has made it,
else a Voronoi layer of --n random points in a 4,500 x 2,700 km box (EPSG:5070),
edges densified to about --vertices-per-unit vertices per cell, cached in /tmp.

Peers (never plugin dependencies):
- QGIS: the loop a plugin author writes: QgsSpatialIndex candidates, a prepared
  GEOS engine `intersects` (queen), `intersection(...).length()` (rook);
- libpysal Rook/Queen.from_dataframe and libpysal.graph.Graph.build_contiguity,
  run in the benchmark venv given by --pysal-python (default bench/.venv/bin/python, made by
  `make bench`; spopt brings libpysal, geopandas and pyogrio there).
Each peer's edge set is compared with ours and differences are printed.

--case overlap20 / gap10: the zip layer with every polygon buffered by +10 m
(neighbours overlap by 20 m) or -5 m (10 m gaps) with GEOS, as generalised
boundary files are; made once into bench/data/.  Ours runs with the automatic
snapping tolerance (or --tolerance); time and peak memory (tracemalloc, numpy
arrays included) are printed with what the builder saw.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsSpatialIndex,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

US_ZIPS = ROOT / "bench" / "data" / "us_zip_areas.gpkg"


# ----------------------------------------------------------------------------- data


def voronoi_cells(n: int, seed: int, width: float, height: float, vertices_per_unit: int) -> list[np.ndarray]:
    """Closed rings of the Voronoi cells of n random points, clipped to the box.

    Mirroring the points across the four sides clips every cell exactly to the box.
    Edges are densified from their lexicographically smaller end so that both
    cells sharing an edge get bit-identical vertices, as in a clean coverage.
    """
    from scipy.spatial import Voronoi

    rng = np.random.default_rng(seed)
    pts = rng.uniform((0, 0), (width, height), size=(n, 2))
    x, y = pts[:, 0], pts[:, 1]
    mirrored = [pts] + [np.column_stack(m) for m in ((-x, y), (2 * width - x, y), (x, -y), (x, 2 * height - y))]
    vor = Voronoi(np.concatenate(mirrored))
    step = 3.8 * np.sqrt(width * height / n) / max(vertices_per_unit, 6)
    rings = []
    for i in range(n):
        idx = vor.regions[vor.point_region[i]]
        ring = vor.vertices[idx]
        out = []
        for p, q in zip(ring, np.roll(ring, -1, axis=0)):
            forward = (p[0], p[1]) <= (q[0], q[1])
            s, e = (p, q) if forward else (q, p)
            k = max(int(np.ceil(np.hypot(*(e - s)) / step)), 1)
            inner = s + (np.arange(1, k)[:, None] / k) * (e - s)
            out.append(p[None, :])
            out.append(inner if forward else inner[::-1])
        ring = np.concatenate(out)
        rings.append(np.concatenate((ring, ring[:1])))
    return rings


def polygon_wkb(ring: np.ndarray) -> bytes:
    return struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring)) + ring.astype("<f8").tobytes()


def write_layer(path: Path, rings: list[np.ndarray], crs: str = "EPSG:5070") -> None:
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=uid:integer", "cells", "memory")
    feats = []
    for i, ring in enumerate(rings):
        f = QgsFeature(layer.fields())
        g = QgsGeometry()
        g.fromWkb(polygon_wkb(ring))
        f.setGeometry(g)
        f.setAttributes([i])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    res = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    if res[0] != QgsVectorFileWriter.NoError:  # (error, message, new file, new layer)
        raise RuntimeError(f"Could not write {path}: {res}")


CASES = {"overlap20": 10.0, "gap10": -5.0}


def derived_layer(path: Path, case: str) -> Path:
    """`path` with every polygon buffered by CASES[case] metres (GEOS, 8 segments per quarter circle)."""
    out = path.with_name(f"{path.stem}_{case}.gpkg")
    if out.exists():
        return out
    source = QgsVectorLayer(str(path), "units", "ogr")
    layer = QgsVectorLayer(f"MultiPolygon?crs={source.crs().authid()}&field=uid:integer", case, "memory")
    feats = []
    for f in source.getFeatures():
        g = f.geometry().buffer(CASES[case], 8)
        g.convertToMultiType()
        out_f = QgsFeature(layer.fields())
        out_f.setGeometry(g)
        out_f.setAttributes([f.id()])
        feats.append(out_f)
    layer.dataProvider().addFeatures(feats)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    res = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(out), QgsCoordinateTransformContext(), options)
    if res[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"Could not write {out}: {res}")
    return out


def bench_layer(args: argparse.Namespace) -> Path:
    if args.layer:
        return Path(args.layer)
    if args.case != "clean":
        return derived_layer(US_ZIPS if US_ZIPS.exists() else bench_layer_clean(args), args.case)
    return bench_layer_clean(args)


def bench_layer_clean(args: argparse.Namespace) -> Path:
    if US_ZIPS.exists() and not args.voronoi:
        return US_ZIPS
    path = Path(tempfile.gettempdir()) / f"bench_adj_voronoi_{args.n}_{args.vertices_per_unit}_{args.seed}.gpkg"
    if not path.exists():
        t = time.perf_counter()
        rings = voronoi_cells(args.n, args.seed, 4.5e6, 2.7e6, args.vertices_per_unit)
        write_layer(path, rings)
        print(f"made {path} in {time.perf_counter() - t:.1f} s")
    return path


# ----------------------------------------------------------------------------- timers


def best_of(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def read_by_vertices(layer: QgsVectorLayer) -> int:
    """The other way to get coordinates: walk every vertex from Python."""
    n = 0
    xs, ys = [], []
    for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        for v in f.geometry().vertices():
            xs.append(v.x())
            ys.append(v.y())
            n += 1
    np.column_stack((xs, ys))
    return n


def read_by_aspolygon(layer: QgsVectorLayer) -> int:
    n = 0
    for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        g = f.geometry()
        for poly in g.asMultiPolygon() if g.isMultipart() else [g.asPolygon()]:
            for ring in poly:
                a = np.array([(p.x(), p.y()) for p in ring])
                n += len(a)
    return n


def qgis_geos_adjacency(layer: QgsVectorLayer, fids: np.ndarray, rook: bool = True) -> tuple[dict, float, float, float]:
    """Per-feature spatial index + prepared GEOS loop. Returns shared lengths per fid pair (rook: False, none)."""
    t = time.perf_counter()
    geoms = {f.id(): f.geometry() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes())}
    index = QgsSpatialIndex(layer.getFeatures(QgsFeatureRequest().setNoAttributes()))
    t_setup = time.perf_counter() - t
    queen: list[tuple[int, int]] = []
    t = time.perf_counter()
    for fid, g in geoms.items():
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        for other in index.intersects(g.boundingBox()):
            if other > fid and engine.intersects(geoms[other].constGet()):
                queen.append((fid, other))
    t_queen = time.perf_counter() - t
    t = time.perf_counter()
    shared = {}
    for a, b in queen:
        shared[(a, b)] = geoms[a].intersection(geoms[b]).length() if rook else 0.0
    t_rook = time.perf_counter() - t
    return shared, t_setup, t_queen, t_rook


PYSAL_SCRIPT = r"""
import json, sys, time
import geopandas as gpd, libpysal
path, out = sys.argv[1], sys.argv[2]
df = gpd.read_file(path, fid_as_index=True)
res = {}
for name, fn in [
    ("Rook.from_dataframe", lambda: libpysal.weights.Rook.from_dataframe(df, use_index=True, silence_warnings=True)),
    ("Queen.from_dataframe", lambda: libpysal.weights.Queen.from_dataframe(df, use_index=True, silence_warnings=True)),
    ("Graph.build_contiguity(rook)", lambda: libpysal.graph.Graph.build_contiguity(df, rook=True)),
    ("Graph.build_contiguity(queen)", lambda: libpysal.graph.Graph.build_contiguity(df, rook=False)),
]:
    t = time.perf_counter(); w = fn(); dt = time.perf_counter() - t
    if hasattr(w, "neighbors"):
        edges = sorted({(min(a, b), max(a, b)) for a, nb in w.neighbors.items() for b in nb})
    else:
        adj = w.adjacency.reset_index()
        adj = adj[adj.iloc[:, 0] != adj.iloc[:, 1]]
        edges = sorted({(min(a, b), max(a, b)) for a, b in zip(adj.iloc[:, 0], adj.iloc[:, 1])})
    res[name] = {"seconds": dt, "edges": [[int(a), int(b)] for a, b in edges]}
json.dump({"libpysal": libpysal.__version__, "results": res}, open(out, "w"))
"""


def edge_set(pairs) -> set[tuple[int, int]]:
    return {(min(int(a), int(b)), max(int(a), int(b))) for a, b in pairs}


def compare(name: str, ours: set, theirs: set) -> None:
    only_ours, only_theirs = ours - theirs, theirs - ours
    verdict = "same edge set" if not only_ours and not only_theirs else "DIFFERENT"
    print(
        f"  {name}: {verdict} (ours {len(ours)}, theirs {len(theirs)}, "
        f"only ours {len(only_ours)}, only theirs {len(only_theirs)})"
    )
    for label, diff in (("only ours", only_ours), ("only theirs", only_theirs)):
        if diff:
            print(f"    {label}, first: {sorted(diff)[:5]}")


# ----------------------------------------------------------------------------- time and memory, one process each

MEASURE_PYSAL = r"""
import json, sys, time
import geopandas as gpd, libpysal
def status_mb(key):
    line = next(l for l in open("/proc/self/status") if l.startswith(key + ":"))
    return int(line.split()[1]) / 1024
path, rook = sys.argv[1], sys.argv[2] == "rook"
df = gpd.read_file(path, fid_as_index=True)
base = status_mb("VmRSS")
t = time.perf_counter(); g = libpysal.graph.Graph.build_contiguity(df, rook=rook); dt = time.perf_counter() - t
adj = g.adjacency.reset_index()
pairs = {(min(a, b), max(a, b)) for a, b in zip(adj.iloc[:, 0], adj.iloc[:, 1]) if a != b}
print(json.dumps({"seconds": dt, "peak_mb": status_mb("VmHWM") - base, "edges": len(pairs)}))
"""


def status_mb(key: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, MB.  Not ru_maxrss: a child inherits its parent's."""
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith(key + ":"))
    return int(line.split()[1]) / 1024


def measure_here(path: Path, who: str, tolerance: Optional[float]) -> dict:
    """Run one contender once in this (fresh) process: seconds and peak RSS above the RSS before it."""
    from territory_plugin.layers import unit_graph_from_source

    layer = QgsVectorLayer(str(path), "units", "ogr")
    base = status_mb("VmRSS")
    t = time.perf_counter()
    if who.startswith("ours"):
        graph = unit_graph_from_source(layer, 0 if who == "ours-rook" else 1, tolerance).graph
        edges = len(graph.edges) - len(graph.bridges)
    else:
        shared = qgis_geos_adjacency(layer, np.empty(0), rook=who == "geos-rook")[0]
        edges = sum(1 for length in shared.values() if length > 0 or who == "geos-queen")
    seconds = time.perf_counter() - t
    del layer
    return {"seconds": seconds, "peak_mb": status_mb("VmHWM") - base, "edges": edges}


def time_and_memory(path: Path, tolerance: Optional[float], args: argparse.Namespace) -> None:
    """Each contender in a process of its own: seconds, peak memory (RSS above the process's before it) and
    the neighbour pairs found (ours without bridges; the peers snap nothing, so gaps hide neighbours)."""
    rows = {}
    for who in ("ours-rook", "ours-queen", *(() if args.skip_geos else ("geos-queen", "geos-rook"))):
        cmd = [sys.executable, __file__, "--layer", str(path), "--measure", who]
        if tolerance is not None:
            cmd += ["--tolerance", str(tolerance)]
        out = subprocess.run(cmd, capture_output=True, text=True)
        rows[who] = json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else None
    if os.path.exists(args.pysal_python):
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "measure_pysal.py"
            script.write_text(MEASURE_PYSAL)
            for kind in ("rook", "queen"):
                out = subprocess.run([args.pysal_python, str(script), str(path), kind], capture_output=True, text=True)
                ok = out.returncode == 0
                rows[f"libpysal-{kind}"] = json.loads(out.stdout.strip().splitlines()[-1]) if ok else None
    names = {
        "geos-queen": "QGIS/GEOS loop, queen",
        "geos-rook": "QGIS/GEOS loop, rook",
        "libpysal-rook": "libpysal Graph.build_contiguity(rook)",
        "libpysal-queen": "libpysal Graph.build_contiguity(queen)",
    }
    print(f"time and peak memory, each in its own process ({path.name}):")
    for who, row in rows.items():
        if row is None:
            print(f"  {names.get(who, who):40s} failed")
            continue
        mine = rows["ours-rook" if who.endswith("rook") else "ours-queen"]
        ratio = ""
        if not who.startswith("ours"):
            times, memory = row["seconds"] / mine["seconds"], row["peak_mb"] / max(mine["peak_mb"], 1)
            ratio = f"  -> {times:.1f}x our time, {memory:.1f}x our memory"
        label = names.get(who, "ours, " + who.split("-")[1] + " (layer -> graph)")
        print(f"  {label:40s} {row['seconds']:7.2f} s {row['peak_mb']:7.0f} MB {row['edges']:7d} edges{ratio}")


# ----------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=30000, help="Voronoi cells when no zip layer exists")
    parser.add_argument("--vertices-per-unit", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tolerance", type=float, default=None, help="snapping tolerance, metres (default: auto)")
    parser.add_argument("--case", choices=["clean", *CASES], default="clean")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--voronoi", action="store_true", help="use the Voronoi layer even if zip data exists")
    parser.add_argument("--layer", help="any polygon layer to benchmark on instead")
    parser.add_argument("--skip-geos", action="store_true")
    parser.add_argument("--pysal-python", default=str(ROOT / "bench" / ".venv" / "bin" / "python"))
    parser.add_argument("--table-only", action="store_true", help="only the time and peak memory table")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # one contender in this process (time_and_memory)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    try:
        if args.measure:
            print(json.dumps(measure_here(Path(args.layer), args.measure, args.tolerance)))
        elif args.table_only:
            time_and_memory(bench_layer(args), args.tolerance, args)
        else:
            run(args)
    finally:
        # Every layer, geometry, index and GEOS engine of run() is gone before QGIS exits: one
        # still alive at interpreter exit (after exitQgis) was a segfault, exit code 139.
        gc.collect()
        app.exitQgis()


def run(args: argparse.Namespace) -> None:
    from territory_plugin.core.adjacency import PolygonArrays, build_adjacency, build_unit_graph
    from territory_plugin.layers import read_polygon_arrays, unit_graph_from_source

    path = bench_layer(args)
    layer = QgsVectorLayer(str(path), "units", "ogr")
    if not layer.isValid():
        raise SystemExit(f"Cannot open {path}")
    print(f"layer: {path} ({layer.featureCount()} features, {layer.crs().authid()})")

    # Reading coordinates: WKB + numpy.frombuffer vs walking vertices.
    t_wkb, (polys, fids) = best_of(lambda: read_polygon_arrays(layer, layer.crs()), args.repeat)
    print(f"vertices: {len(polys.coords):,}, rings: {len(polys.ring_unit):,}")
    t_vert, _ = best_of(lambda: read_by_vertices(layer), 1)
    t_aspoly, _ = best_of(lambda: read_by_aspolygon(layer), 1)
    print("read coordinates:")
    print(f"  asWkb + numpy.frombuffer      {t_wkb:7.3f} s")
    print(f"  geometry.vertices() loop      {t_vert:7.3f} s  ({t_vert / t_wkb:.1f}x slower)")
    print(f"  asMultiPolygon() + QgsPointXY {t_aspoly:7.3f} s  ({t_aspoly / t_wkb:.1f}x slower)")

    import tracemalloc

    tracemalloc.start()
    t = time.perf_counter()
    adjacency = build_adjacency(polys, 0, args.tolerance)
    t_first = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    snap = adjacency.snapping
    print(
        f"ours, rook, first run: {t_first:.2f} s, peak {peak / 2**20:.0f} MB traced for "
        f"{polys.coords.nbytes / 2**20:.0f} MB of coordinates; tolerance {snap.tolerance:g} m "
        f"({'automatic' if snap.automatic else 'given'}; recommended {snap.recommended:g} m), "
        f"gaps up to {snap.gap:.3g} m, overlaps up to {snap.overlap:.3g} m, "
        f"{100 * snap.misaligned_share:.1f}% of shared borders misaligned, {snap.bridges} bridges"
    )
    args.tolerance = snap.tolerance
    print(f"ours (tolerance {args.tolerance} m):")
    results = {}
    for name, c in (("rook", 0), ("queen", 1)):
        t_core, g = best_of(lambda c=c: build_unit_graph(polys, c, args.tolerance), args.repeat)
        t_all, _ = best_of(lambda c=c: unit_graph_from_source(layer, c, args.tolerance), args.repeat)
        results[name] = (g, t_core, t_all)
        print(
            f"  {name:5s}: graph from arrays {t_core:6.3f} s, layer -> graph {t_all:6.3f} s; "
            f"{len(g.edges)} edges, {len(g.bridges)} bridges"
        )
    rook_g, queen_g = results["rook"][0], results["queen"][0]
    # Bridges are ours only (the peers leave islands alone): compare without them.
    bridge_set = edge_set(fids[queen_g.bridges])
    ours_rook = edge_set(fids[rook_g.edges]) - bridge_set
    ours_queen = edge_set(fids[queen_g.edges]) - bridge_set

    # Stress the tolerance pass: jitter every unit's vertices independently by up
    # to tolerance/3, so no vertex is shared any more and every segment is leftover.
    if args.tolerance > 0 and args.case == "clean":
        rng = np.random.default_rng(args.seed)
        jitter = rng.uniform(-1, 1, size=polys.coords.shape) * args.tolerance / 3 / np.sqrt(2)
        closing = polys.ring_offsets[1:] - 1
        jitter[closing] = jitter[polys.ring_offsets[:-1]]  # keep rings closed
        noisy = PolygonArrays(polys.n, polys.coords + jitter, polys.ring_offsets, polys.ring_unit, polys.ring_is_hole)
        t_noisy, g_noisy = best_of(lambda: build_unit_graph(noisy, 0, args.tolerance), 1)
        print(
            f"  rook, every vertex jittered <= {args.tolerance / 3:.2f} m (all {len(polys.coords):,} vertices "
            f"through the tolerance pass): {t_noisy:.3f} s"
        )
        compare("jittered vs clean rook", edge_set(fids[g_noisy.edges]) - bridge_set, ours_rook)
        rel = np.abs(g_noisy.shared_length.sum() / rook_g.shared_length.sum() - 1)
        print(f"    total shared length, jittered vs clean: {rel:.2e} relative difference")

    if not args.skip_geos:
        print("QGIS: QgsSpatialIndex + prepared GEOS engine per feature:")
        shared, t_setup, t_queen, t_rook = qgis_geos_adjacency(layer, fids)
        geos_queen = set(shared)
        geos_rook = {k for k, v in shared.items() if v > 0}
        t_ours_q, t_ours_r = results["queen"][2], results["rook"][2]
        print(
            f"  read + index {t_setup:.3f} s, queen intersects loop {t_queen:.3f} s, "
            f"rook intersection lengths {t_rook:.3f} s"
        )
        for kind, t_qgis, t_ours in (
            ("queen", t_setup + t_queen, t_ours_q),
            ("rook", t_setup + t_queen + t_rook, t_ours_r),
        ):
            print(f"  {kind:5s}: QGIS {t_qgis:.2f} s vs ours {t_ours:.3f} s (layer -> graph) -> {t_qgis / t_ours:.1f}x")
        compare("queen vs GEOS intersects", ours_queen, geos_queen)
        compare("rook vs GEOS intersection length > 0", ours_rook, geos_rook)
        short = sorted(geos_rook - ours_rook)
        if short:
            lengths = np.array([shared[k] for k in short])
            print(
                f"    GEOS shared length of the rook edges only GEOS has: max {lengths.max():.3f} m "
                f"(ours needs > tolerance {args.tolerance} m)"
            )
        # Shared lengths against GEOS (rook edges present in both).
        pos = {(int(fids[a]), int(fids[b])): s for (a, b), s in zip(rook_g.edges, rook_g.shared_length)}
        common = sorted(set(pos) & geos_rook)
        if common:
            ours_len = np.array([pos[k] for k in common])
            geos_len = np.array([shared[k] for k in common])
            err = np.abs(ours_len - geos_len)
            print(
                f"  shared length vs GEOS on {len(common)} edges: max abs diff {err.max():.3g} m, "
                f"max rel diff {(err / np.maximum(geos_len, 1e-9)).max():.3g}"
            )

    if os.path.exists(args.pysal_python):
        print("libpysal (scratch venv, subprocess; time excludes reading the file):")
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "pysal_adj.py"
            out = Path(tmp) / "out.json"
            script.write_text(PYSAL_SCRIPT)
            proc = subprocess.run([args.pysal_python, str(script), str(path), str(out)], capture_output=True, text=True)
            if proc.returncode != 0:
                print("  libpysal failed:", proc.stderr.strip().splitlines()[-1:])
            else:
                data = json.loads(out.read_text())
                print(f"  libpysal {data['libpysal']}")
                for name, r in data["results"].items():
                    kind = "rook" if "ook" in name else "queen"
                    t_ours = results[kind][2]
                    print(
                        f"  {name:30s} {r['seconds']:7.3f} s vs ours {t_ours:.3f} s -> " f"{r['seconds'] / t_ours:.1f}x"
                    )
                    compare(f"{kind} vs {name}", ours_rook if kind == "rook" else ours_queen, edge_set(r["edges"]))
    else:
        print(f"libpysal: skipped ({args.pysal_python} not found)")
    time_and_memory(path, None if args.case != "clean" else args.tolerance, args)


if __name__ == "__main__":
    main()
