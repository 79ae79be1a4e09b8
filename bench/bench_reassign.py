"""Benchmark: how fast the dock's numbers follow a move, on ~30,000 US zip areas.

Run with Debian's system python (PyQGIS):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_reassign.py [--territories 60] [--repeat 30]

Data: bench/data/us_zip_areas.gpkg (29,544 zips, `workload` and `account_count`),
copied into memory: nothing is written to the file. Territories come from a quick
k-means of the zip centroids weighted by workload (not contiguous everywhere, like
a real alignment after years of hand edits).

What is timed, per move of one boundary unit and per paint stroke of 20 units:

* core: TerritoryStats.check_move + move_units (incremental totals, counts and
  pieces) against the naive full recomputation (metrics.territory_totals and
  territory_pieces over all units);
* end to end: ReassignController.assign_units on the layer's edit buffer (one edit
  command, the attribute changes, the layer's signals, the incremental update, the
  contiguity check) and the dock's table model refresh, against the naive path
  (read the territory field of every feature again, then recompute everything).

Target: < 100 ms from the move to updated numbers on 30,000 units.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from qgis.core import QgsApplication, QgsFeatureRequest, QgsField, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import QVariant  # noqa: E402

US_ZIPS = ROOT / "bench" / "data" / "us_zip_areas.gpkg"
MEASURES = ["workload", "account_count"]


def kmeans_labels(xy: np.ndarray, w: np.ndarray, k: int, rounds: int, seed: int) -> np.ndarray:
    """Weighted k-means on centroids, nearest centre by chunks (no n x k matrix kept)."""
    rng = np.random.default_rng(seed)
    centres = xy[rng.choice(len(xy), k, replace=False)]
    labels = np.zeros(len(xy), dtype=np.int64)
    weight = np.maximum(w, 1e-9)
    for _ in range(rounds):
        for start in range(0, len(xy), 4096):
            block = xy[start : start + 4096]
            d = ((block[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
            labels[start : start + 4096] = d.argmin(axis=1)
        for d in range(2):
            sx = np.bincount(labels, weights=weight * xy[:, d], minlength=k)
            sw = np.bincount(labels, weights=weight, minlength=k)
            centres[:, d] = np.where(sw > 0, sx / np.where(sw > 0, sw, 1), centres[:, d])
    return labels


def boundary_units(graph, labels: np.ndarray, count: int, seed: int) -> np.ndarray:
    """Units with a neighbour in another territory (where people click)."""
    e = graph.edges
    cut = e[labels[e[:, 0]] != labels[e[:, 1]]]
    rng = np.random.default_rng(seed)
    return rng.choice(np.unique(cut[:, 0]), count, replace=False)


def neighbour_territory(graph, labels: np.ndarray, units) -> int:
    """A territory next to the units, other than theirs (the first unit's)."""
    indptr, indices = graph.neighbours()
    units = np.atleast_1d(units)
    own = labels[units[0]]
    for unit in units:
        for other in indices[indptr[unit] : indptr[unit + 1]]:
            if labels[other] != own:
                return int(labels[other])
    raise ValueError("the units touch no other territory")


def stroke(graph, labels: np.ndarray, start: int, size: int) -> np.ndarray:
    """A paint stroke: `size` units grown breadth-first from `start` inside its territory."""
    indptr, indices = graph.neighbours()
    seen, queue = [start], [start]
    while queue and len(seen) < size:
        u = queue.pop(0)
        for v in indices[indptr[u] : indptr[u + 1]]:
            if labels[v] == labels[start] and v not in seen:
                seen.append(int(v))
                queue.append(int(v))
                if len(seen) == size:
                    break
    return np.array(seen, dtype=np.int64)


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1e3:7.2f} ms, max {max(values) * 1e3:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--territories", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--stroke", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    from territory_plugin.core.metrics import territory_pieces, territory_totals
    from territory_plugin.core.reassign import TerritoryStats
    from territory_plugin.gui.controller import ReassignController
    from territory_plugin.gui.territory_table import TerritoryTableModel
    from territory_plugin.layers import unit_graph_from_source

    source = QgsVectorLayer(str(US_ZIPS), "zips", "ogr")
    if not source.isValid():
        sys.exit(f"missing {US_ZIPS}: run bench/make_instances.py")
    started = time.perf_counter()
    layer = source.materialize(QgsFeatureRequest())
    layer.dataProvider().addAttributes([QgsField("territory", QVariant.String)])
    layer.updateFields()
    print(f"{layer.featureCount():,} units copied to memory in {time.perf_counter() - started:.2f} s")

    started = time.perf_counter()
    graph, fids = unit_graph_from_source(layer)[:2]
    print(f"adjacency graph: {len(graph.edges):,} edges in {time.perf_counter() - started:.2f} s (once, at load)")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(MEASURES, layer.fields())
    values = {f.id(): [f[m] or 0.0 for m in MEASURES] for f in layer.getFeatures(request)}
    weights = np.array([values[int(fid)] for fid in fids], dtype=np.float64)
    k = args.territories
    labels = kmeans_labels(graph.centroid, weights[:, 0], k, rounds=8, seed=args.seed)
    names = [f"T{t:03d}" for t in range(k)]
    index = layer.fields().indexOf("territory")
    layer.dataProvider().changeAttributeValues({int(fid): {index: names[t]} for fid, t in zip(fids, labels)})
    print(f"{k} territories by weighted k-means; {int((territory_pieces(graph, labels, k) > 1).sum())} in pieces")

    # -- core ------------------------------------------------------------------------
    stats = TerritoryStats(names, labels, weights, graph)
    single, paint, naive = [], [], []
    for i in range(args.repeat):
        unit = boundary_units(graph, stats.labels, 1, args.seed + i)[0]
        to = neighbour_territory(graph, stats.labels, int(unit))
        t0 = time.perf_counter()
        stats.check_move([int(unit)], to)
        stats.move_units([int(unit)], to)
        stats.deviation()
        single.append(time.perf_counter() - t0)
        units = stroke(graph, stats.labels, int(unit), args.stroke)
        to = neighbour_territory(graph, stats.labels, units)
        t0 = time.perf_counter()
        stats.check_move(units, to)
        stats.move_units(units, to)
        stats.deviation()
        paint.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        territory_totals(stats.labels, stats.effective, k)
        territory_pieces(graph, stats.labels, k)
        naive.append(time.perf_counter() - t0)
    np.testing.assert_allclose(stats.totals, territory_totals(stats.labels, stats.weights, k), rtol=1e-9, atol=1e-6)
    assert (stats.pieces == territory_pieces(graph, stats.labels, k)).all()
    print("\ncore (numbers only)")
    print(f"  incremental, 1 unit:       {ms(single)}")
    print(f"  incremental, {args.stroke}-unit stroke: {ms(paint)}")
    print(f"  naive full recomputation:  {ms(naive)}")
    print(f"  naive / incremental (1 unit): {statistics.median(naive) / statistics.median(single):.1f}x")

    # -- end to end on the layer's edit buffer ----------------------------------------
    controller = ReassignController(confirm=lambda title, text: True)
    started = time.perf_counter()
    controller.set_units(layer, "territory", MEASURES, "zip", graph=graph, feature_ids=fids)
    print(f"\ncontroller load (attributes, totals, pieces): {time.perf_counter() - started:.2f} s")
    model = TerritoryTableModel(controller)
    model.refresh(None)
    controller.statsChanged.connect(model.refresh)
    layer.startEditing()
    e2e_single, e2e_paint, e2e_naive, stroke_sizes = [], [], [], []
    lab = controller.stats.labels
    for i in range(args.repeat):
        unit = boundary_units(graph, lab, 1, args.seed + 1 + i)[0]  # where the user clicks now
        to = controller.territories[neighbour_territory(graph, lab, int(unit))]
        t0 = time.perf_counter()
        moved = controller.assign_units([int(fids[unit])], to).moved
        e2e_single.append(time.perf_counter() - t0)
        assert moved == 1
        units = stroke(graph, lab, int(unit), args.stroke)
        to = controller.territories[neighbour_territory(graph, lab, units)]
        t0 = time.perf_counter()
        moved = controller.assign_units(fids[units].tolist(), to).moved
        e2e_paint.append(time.perf_counter() - t0)
        stroke_sizes.append(moved)
        t0 = time.perf_counter()
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        current = {f.id(): f.attribute(index) for f in layer.getFeatures(request)}
        position = {name: t for t, name in enumerate(controller.territories)}
        full = np.array([position[current[int(fid)]] for fid in fids])
        territory_totals(full, weights, controller.stats.k)
        territory_pieces(graph, full, controller.stats.k)
        e2e_naive.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    layer.undoStack().undo()
    undo = time.perf_counter() - t0
    np.testing.assert_allclose(controller.stats.totals, controller.stats.full_totals(), rtol=1e-9, atol=1e-6)
    layer.rollBack()
    print("end to end (edit buffer + signals + numbers + table model)")
    print(f"  assign 1 unit:             {ms(e2e_single)}")
    print(f"  assign a stroke:           {ms(e2e_paint)} ({statistics.mean(stroke_sizes):.1f} units moved on average)")
    print(f"  undo of a stroke:          {undo * 1e3:7.2f} ms")
    print(f"  naive (reread + recompute): {ms(e2e_naive)}")
    print(f"  naive / incremental (1 unit): {statistics.median(e2e_naive) / statistics.median(e2e_single):.1f}x")
    verdict = "meets" if max(e2e_single + e2e_paint) < 0.1 else "MISSES"
    print(f"\nworst end-to-end latency {max(e2e_single + e2e_paint) * 1e3:.1f} ms: {verdict} the 100 ms target")
    app.exitQgis()


if __name__ == "__main__":
    main()
