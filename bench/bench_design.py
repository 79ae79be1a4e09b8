"""Benchmark the territory engine against its peers on the same graph and weights.

One command, one table::

    python bench/bench_design.py --synthetic 30000 --k 300 --tol 0.02
    python bench/bench_design.py --npz bench/data/us_zip.npz --k 50 300 --tol 0.02
    python bench/bench_design.py --loader mymodule:load --k 300     # returns (graph, weights)

Peers (only in a benchmark venv, never plugin dependencies; see requirements-peers.txt):

* METIS through ``pymetis`` (contiguous k-way, vertex weights; its balance constraint
  is ``max load <= (1 + ufactor/1000) x mean``, run at 5% and at the requested tolerance);
* GerryChain ``recursive_tree_part`` (epsilon = tolerance);
* spopt regionalisers (Skater, RegionKMeansHeuristic) within a time cap.

Every peer runs in a forked process with a time cap. All numbers come from
``territory_plugin.core.metrics`` so that one word is one number. ``--npz`` reads and
``--save-npz`` writes the neutral interchange format (edges, shared_length, area,
perimeter, centroid, weights, bridges).
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing as mp
import os
import sys
import time
import traceback

import numpy as np
from scipy.spatial import Voronoi, cKDTree

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

from territory_plugin.core import metrics as M  # noqa: E402
from territory_plugin.core.graph import UnitGraph  # noqa: E402


# --------------------------------------------------------------------- instances
def synthetic_instance(n: int, seed: int = 0, lakes: int = 4, islands: int = 3) -> tuple[UnitGraph, np.ndarray]:
    """Voronoi areas of clustered random points in a 1,000 km square, with lakes
    (holes), islands joined by bridge edges, and a heavy-tailed workload."""
    rng = np.random.default_rng(seed)
    side = 1.0e6
    m = int(n * 1.15)  # some points fall into lakes
    nc = 40
    cen = rng.uniform(0.05, 0.95, (nc, 2))
    sig = rng.uniform(0.01, 0.08, nc)
    nclu = int(0.65 * m)
    which = rng.integers(0, nc, nclu)
    pc = cen[which] + rng.normal(size=(nclu, 2)) * sig[which, None]
    pu = rng.uniform(0, 1, (m - nclu, 2))
    pts = np.vstack([pc, pu])
    pts = pts[(pts > 0).all(axis=1) & (pts < 1).all(axis=1)]
    pts = np.unique(np.round(pts, 9), axis=0)
    rng.shuffle(pts)
    # lakes (water cells become holes) with islands in the largest ones
    water = np.zeros(len(pts), dtype=bool)
    lc = rng.uniform(0.15, 0.85, (lakes, 2))
    lr = rng.uniform(0.04, 0.09, lakes)
    for c, r in zip(lc, lr):
        water |= ((pts - c) ** 2).sum(axis=1) < r * r
    for i in range(min(islands, lakes)):
        water &= ~(((pts - lc[i]) ** 2).sum(axis=1) < (0.35 * lr[i]) ** 2)
    # mirror across the square's sides so every original cell is bounded by the square
    mir = [pts, pts * [-1, 1], pts * [1, -1], pts * [-1, 1] + [2, 0], pts * [1, -1] + [0, 2]]
    vor = Voronoi(np.vstack(mir))
    npts = len(pts)
    rp = vor.ridge_points
    rv = np.array([r if len(r) == 2 else [-1, -1] for r in vor.ridge_vertices])
    ok = (rv >= 0).all(axis=1)
    rp, rv = rp[ok], rv[ok]
    v0, v1 = vor.vertices[rv[:, 0]], vor.vertices[rv[:, 1]]
    rlen = np.hypot(*(v1 - v0).T)
    area = np.zeros(npts)
    per = np.zeros(npts)
    for side_i in (0, 1):
        p = rp[:, side_i]
        own = p < npts
        pi = vor.points[p[own]]
        a0, a1 = v0[own] - pi, v1[own] - pi
        tri = 0.5 * np.abs(a0[:, 0] * a1[:, 1] - a0[:, 1] * a1[:, 0])
        area += np.bincount(p[own], weights=tri, minlength=npts)
        per += np.bincount(p[own], weights=rlen[own], minlength=npts)
    land = ~water
    both = (rp < npts).all(axis=1)
    rp2, len2 = rp[both], rlen[both]
    keep = land[rp2[:, 0]] & land[rp2[:, 1]] & (len2 > 0)
    rp2, len2 = rp2[keep], len2[keep]
    idx = np.flatnonzero(land)
    remap = np.full(npts, -1)
    remap[idx] = np.arange(len(idx))
    e = np.sort(remap[rp2], axis=1)
    cen_xy = pts[idx] * side
    area_l, per_l = area[idx] * side * side, per[idx] * side
    len_l = len2 * side
    # bridges: join each extra component to its nearest unit elsewhere
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components

    nn = len(idx)
    bridges = []
    while True:
        g = sp.coo_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(nn, nn))
        ncomp, comp = connected_components(g, directed=False)
        if ncomp == 1:
            break
        big = np.argmax(np.bincount(comp))
        small = [c for c in range(ncomp) if c != big]
        c = small[0]
        inside = np.flatnonzero(comp == c)
        outside = np.flatnonzero(comp != c)
        d, j = cKDTree(cen_xy[outside]).query(cen_xy[inside])
        i0 = int(np.argmin(d))
        b = sorted((int(inside[i0]), int(outside[j[i0]])))
        bridges.append(b)
        e = np.vstack([e, b])
        len_l = np.append(len_l, 0.0)
    order = np.lexsort((e[:, 1], e[:, 0]))
    e, len_l = e[order], len_l[order]
    dens = np.bincount(which, minlength=nc)
    wl = rng.lognormal(0.0, 0.9, nn) * (1 + 3 * rng.uniform(0, 1, nn) ** 4)
    graph = UnitGraph(
        n=nn,
        edges=e.astype(np.int64),
        shared_length=len_l,
        area=area_l,
        perimeter=per_l,
        centroid=cen_xy,
        bridges=np.asarray(bridges, dtype=np.int64).reshape(-1, 2),
    )
    del dens
    return graph, wl


def save_npz(path: str, graph: UnitGraph, weights: np.ndarray) -> None:
    np.savez_compressed(
        path,
        edges=graph.edges,
        shared_length=graph.shared_length,
        area=graph.area,
        perimeter=graph.perimeter,
        centroid=graph.centroid,
        bridges=graph.bridges,
        weights=weights,
    )


def load_npz(path: str) -> tuple[UnitGraph, np.ndarray]:
    z = np.load(path)
    g = UnitGraph(
        n=len(z["area"]),
        edges=z["edges"].astype(np.int64),
        shared_length=z["shared_length"].astype(float),
        area=z["area"].astype(float),
        perimeter=z["perimeter"].astype(float),
        centroid=z["centroid"].astype(float),
        bridges=z["bridges"].astype(np.int64) if "bridges" in z.files else np.empty((0, 2), np.int64),
    )
    return g, z["weights"].astype(float)


def load_gpkg(path: str, field: str = "workload") -> tuple[UnitGraph, np.ndarray]:
    """A GeoPackage polygon layer (projected CRS) -> UnitGraph (queen adjacency, islands
    bridged, through territory_plugin.core.adjacency) + the ``field`` column as weights.
    Reads the file with sqlite3, so no GDAL/QGIS is needed."""
    import sqlite3

    from territory_plugin.core.adjacency import PolygonArrays, build_unit_graph

    con = sqlite3.connect(path)
    table, col = con.execute("select table_name, column_name from gpkg_geometry_columns").fetchone()
    rows = con.execute(f'select "{col}", "{field}" from "{table}" order by fid').fetchall()
    blobs = []
    for blob, _ in rows:
        b = bytes(blob)
        env = (b[3] >> 1) & 0x07  # envelope indicator of the GeoPackage header
        blobs.append(b[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[env] :])
    w = np.array([float(v or 0.0) for _, v in rows])
    graph = build_unit_graph(PolygonArrays.from_wkb(blobs))
    return graph, w


# --------------------------------------------------------------------- methods
def run_ours(graph, w, k, tol, seed):
    from territory_plugin.core.partition import design_territories

    plan = design_territories(graph, w, k, tol, random_seed=seed, best_effort=True)
    return plan.labels


def run_metis(graph, w, k, tol, seed):
    import pymetis

    ptr, idx = graph.neighbours()
    vw = np.maximum(1, np.round(w / w.sum() * 1e8)).astype(np.int64)
    opts = pymetis.Options(ufactor=max(1, int(round(tol * 1000))), contig=1, seed=seed)
    _, parts = pymetis.part_graph(k, xadj=ptr.tolist(), adjncy=idx.tolist(), vweights=vw.tolist(), options=opts)
    return np.asarray(parts)


def run_gerrychain(graph, w, k, tol, seed):
    import random

    import networkx as nx
    from gerrychain import Graph
    from gerrychain.tree import recursive_tree_part

    random.seed(seed)
    g = nx.Graph()
    g.add_nodes_from((i, {"pop": float(w[i])}) for i in range(graph.n))
    g.add_edges_from(graph.edges.tolist())
    G = Graph.from_networkx(g)
    part = recursive_tree_part(G, range(k), w.sum() / k, "pop", tol)
    lab = np.empty(graph.n, dtype=np.int64)
    for node, t in part.items():
        lab[node] = t
    return lab


def _spopt_setup(graph, w):
    import geopandas as gpd
    import libpysal
    from shapely.geometry import Point

    nb = {i: [] for i in range(graph.n)}
    for a, b in graph.edges.tolist():
        nb[a].append(b)
        nb[b].append(a)
    W = libpysal.weights.W(nb, silence_warnings=True)
    gdf = gpd.GeoDataFrame(
        {"x": graph.centroid[:, 0], "y": graph.centroid[:, 1], "w": w}, geometry=[Point(p) for p in graph.centroid]
    )
    return gdf, W


def run_spopt_skater(graph, w, k, tol, seed):
    from spopt.region import Skater

    gdf, W = _spopt_setup(graph, w)
    m = Skater(gdf, W, ["x", "y"], n_clusters=k, floor=1, islands="ignore")
    m.solve()
    return np.asarray(m.labels_)


def run_spopt_rkm(graph, w, k, tol, seed):
    from spopt.region import RegionKMeansHeuristic

    gdf, W = _spopt_setup(graph, w)
    np.random.seed(seed)
    m = RegionKMeansHeuristic(gdf[["x", "y"]].values, k, W)
    m.solve()
    return np.asarray(m.labels_)


METHODS = {
    "ours": run_ours,
    "metis": run_metis,
    "gerrychain": run_gerrychain,
    "spopt-skater": run_spopt_skater,
    "spopt-rkm": run_spopt_rkm,
}


def _child(fn, args, q):
    try:
        t0 = time.perf_counter()
        lab = fn(*args)
        q.put(("ok", time.perf_counter() - t0, np.asarray(lab)))
    except BaseException as exc:  # report any failure of a peer as a row
        q.put(("error", 0.0, f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}"))


def timed(fn, args, cap):
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(fn, args, q))
    p.start()
    t0 = time.perf_counter()
    res = None
    while time.perf_counter() - t0 < cap:
        try:
            res = q.get(timeout=0.5)
            break
        except Exception:
            if not p.is_alive() and q.empty():
                break
    if res is None:
        p.kill()
        p.join()
        return ("timeout", time.perf_counter() - t0, None)
    p.join()
    return res


def score(graph, w, k, lab):
    if lab is None or len(lab) != graph.n or lab.min() < 0:
        return None
    kk = int(lab.max()) + 1
    met = M.evaluate(graph, lab, w, max(k, kk))
    return {
        "k": kk,
        "maxdev": float(met.max_deviation[0]) * 100,
        "contig": met.contiguous,
        "pieces": int(met.pieces.sum()),
        "cut": met.cut_edges,
        "mpp": met.mean_pp,
        "minpp": met.min_pp,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--synthetic", type=int, default=5000, help="units of a Voronoi instance")
    src.add_argument("--npz", help="instance in the .npz interchange format")
    src.add_argument("--loader", help="module:function returning (UnitGraph, weights)")
    src.add_argument("--instance", help=".npz, .gpkg (see --field) or module:function")
    src.add_argument("--gpkg", help="GeoPackage polygon layer in a projected CRS")
    ap.add_argument("--field", default="workload", help="weight field of --gpkg")
    ap.add_argument("--save-npz", help="write the instance to this .npz")
    ap.add_argument("--k", type=int, nargs="+", default=[50])
    ap.add_argument("--tol", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cap", type=float, default=300.0, help="time cap per peer (s)")
    ap.add_argument(
        "--methods", nargs="+", default=["ours", "metis", "metis5", "gerrychain", "spopt-skater", "spopt-rkm"]
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    spec = args.npz or args.instance
    if args.loader or (spec and ":" in spec and not os.path.exists(spec)):
        mod, fn = (args.loader or spec).split(":")
        graph, w = getattr(importlib.import_module(mod), fn)()
        name = args.loader or spec
    elif args.gpkg or (spec and spec.endswith(".gpkg")):
        name = args.gpkg or spec
        graph, w = load_gpkg(name, args.field)
    elif spec:
        graph, w = load_npz(spec)
        name = spec
    else:
        graph, w = synthetic_instance(args.synthetic, seed=args.seed)
        name = f"synthetic-{args.synthetic}"
    w = np.asarray(w, dtype=float)
    w0 = w[:, 0] if w.ndim == 2 else w
    if args.save_npz:
        save_npz(args.save_npz, graph, w)
    print(
        f"instance {name}: {graph.n} units, {len(graph.edges)} edges, "
        f"{len(graph.bridges)} bridges (loaded in {time.perf_counter() - t0:.1f} s)"
    )
    for k in args.k:
        rows = []
        for meth in args.methods:
            if meth == "metis5":
                fn, tol, label = run_metis, 0.05, "metis (5%)"
            elif meth == "metis":
                fn, tol, label = run_metis, args.tol, f"metis ({100 * args.tol:g}%)"
            else:
                fn, tol, label = METHODS[meth], args.tol, meth
            status, secs, lab = timed(fn, (graph, w if meth == "ours" else w0, k, tol, args.seed), args.cap)
            if status != "ok":
                rows.append((label, secs, None, str(lab)[:200] if status == "error" else status))
                continue
            rows.append((label, secs, score(graph, w0, k, lab), ""))
        ours = next((r for r in rows if r[0] == "ours" and r[2]), None)
        print(f"\nk={k}, tolerance {100 * args.tol:g}%")
        hdr = (
            f"{'method':<14}{'time s':>9}{'maxdev %':>10}{'contig':>8}{'cut':>8}"
            f"{'meanPP':>8}{'minPP':>8}{'t/ours':>8}{'cut/ours':>9}{'PP/ours':>8}"
        )
        print(hdr)
        print("-" * len(hdr))
        for label, secs, s, note in rows:
            if s is None:
                print(f"{label:<14}{secs:>9.1f}  {note}")
                continue
            rt = secs / ours[1] if ours else float("nan")
            rc = s["cut"] / ours[2]["cut"] if ours else float("nan")
            rp = s["mpp"] / ours[2]["mpp"] if ours else float("nan")
            print(
                f"{label:<14}{secs:>9.2f}{s['maxdev']:>10.2f}"
                f"{('yes' if s['contig'] else 'NO'):>8}{s['cut']:>8d}{s['mpp']:>8.3f}"
                f"{s['minpp']:>8.3f}{rt:>8.2f}{rc:>9.2f}{rp:>8.2f}" + (f"  (k={s['k']})" if s["k"] != k else "")
            )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
