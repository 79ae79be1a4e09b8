"""Every territory number of DESIGN.md ("What the numbers mean"), computed on arrays.

This module is the one place where balance, contiguity, compactness and disruption
are defined in code. The partitioner, the dock, the reports and the benchmarks all
call these functions so that one word is one number everywhere.

Conventions
-----------
* ``labels``: (n,) int array, territory index 0..k-1 of each unit (-1 = unassigned,
  ignored by totals and compactness).
* ``weights``: (n,) or (n, q) float array; column 0 is the main measure.
* All lengths and areas come from :class:`~territory_plugin.core.graph.UnitGraph`
  (projected CRS, metres).

Everything is vectorised (``np.bincount``, sparse connected components); no
function here loops over units in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from territory_plugin.core.graph import UnitGraph

__all__ = [
    "as_2d",
    "territory_totals",
    "deviations",
    "max_abs_deviation",
    "coefficient_of_variation",
    "territory_pieces",
    "is_contiguous",
    "cut_edge_mask",
    "cut_edges",
    "dissolved_area_perimeter",
    "polsby_popper",
    "weighted_centres",
    "inertia",
    "disruption",
    "PlanMetrics",
    "evaluate",
]


def as_2d(weights: np.ndarray) -> np.ndarray:
    """Return ``weights`` as a float (n, q) array (a (n,) vector becomes (n, 1))."""
    w = np.asarray(weights, dtype=np.float64)
    if w.ndim == 1:
        w = w[:, None]
    if w.ndim != 2:
        raise ValueError("weights must be (n,) or (n, q)")
    return w


def _valid(labels: np.ndarray, k: int) -> np.ndarray:
    lab = np.asarray(labels)
    return (lab >= 0) & (lab < k)


def territory_totals(labels: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """Per-territory totals of every measure: (k, q) array.

    Units with a label outside 0..k-1 (e.g. -1 unassigned) are ignored.
    """
    w = as_2d(weights)
    lab = np.asarray(labels)
    ok = _valid(lab, k)
    out = np.empty((k, w.shape[1]), dtype=np.float64)
    for m in range(w.shape[1]):
        out[:, m] = np.bincount(lab[ok], weights=w[ok, m], minlength=k)
    return out


def deviations(totals: np.ndarray, targets: np.ndarray | None = None) -> np.ndarray:
    """Relative deviation ``(x_tm - mean_m) / mean_m`` of each territory and measure.

    ``totals`` is (k,) or (k, q). ``targets`` (same shape, or broadcastable) replaces
    the mean when a target per territory is given. A measure whose target is 0 has
    deviation 0 (nothing to balance).
    """
    x = np.asarray(totals, dtype=np.float64)
    squeeze = x.ndim == 1
    if squeeze:
        x = x[:, None]
    if targets is None:
        ref = np.broadcast_to(x.mean(axis=0, keepdims=True), x.shape)
    else:
        t = np.asarray(targets, dtype=np.float64)
        if t.ndim == 1:
            t = t[:, None]
        ref = np.broadcast_to(t, x.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        dev = np.where(ref != 0, (x - ref) / np.where(ref != 0, ref, 1.0), 0.0)
    return dev[:, 0] if squeeze else dev


def max_abs_deviation(dev: np.ndarray) -> np.ndarray | float:
    """Largest absolute deviation per measure ((q,) for (k, q) input, float for (k,))."""
    d = np.abs(np.asarray(dev, dtype=np.float64))
    if d.size == 0:
        return 0.0 if d.ndim == 1 else np.zeros(d.shape[1])
    return float(d.max()) if d.ndim == 1 else d.max(axis=0)


def band_around(local_mean: np.ndarray, mean: np.ndarray, tol: np.ndarray) -> np.ndarray:
    """The band ``mean x (1 +- tol)`` as a tolerance around ``local_mean`` (per measure): a part
    of the map designed alone, whose territories average ``local_mean``, stays inside the whole
    plan's band with this tolerance (``tol`` where ``local_mean`` is 0; <= 0 when it cannot)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(
            local_mean > 0, np.minimum(mean * (1 + tol) / local_mean - 1, 1 - mean * (1 - tol) / local_mean), tol
        )


def coefficient_of_variation(totals: np.ndarray) -> np.ndarray | float:
    """Coefficient of variation (population std / mean) of territory totals, per measure."""
    x = np.asarray(totals, dtype=np.float64)
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cv = np.where(mean != 0, std / np.where(mean != 0, mean, 1.0), 0.0)
    return float(cv) if x.ndim == 1 else cv


def cut_edge_mask(graph: UnitGraph, labels: np.ndarray) -> np.ndarray:
    """(m,) bool: True for edges whose two units lie in different territories."""
    lab = np.asarray(labels)
    e = graph.edges
    return lab[e[:, 0]] != lab[e[:, 1]]


def cut_edges(graph: UnitGraph, labels: np.ndarray) -> int:
    """Number of cut edges: adjacent unit pairs that lie in different territories."""
    return int(np.count_nonzero(cut_edge_mask(graph, labels)))


def _internal_components(graph: UnitGraph, labels: np.ndarray) -> tuple[int, np.ndarray]:
    """Connected components of the graph restricted to edges inside one territory."""
    lab = np.asarray(labels)
    e = graph.edges
    keep = lab[e[:, 0]] == lab[e[:, 1]]
    i, j = e[keep, 0], e[keep, 1]
    a = sp.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(graph.n, graph.n))
    return connected_components(a, directed=False)


def territory_pieces(graph: UnitGraph, labels: np.ndarray, k: int) -> np.ndarray:
    """Number of connected pieces of each territory: (k,) int (0 for an empty territory)."""
    lab = np.asarray(labels)
    ncomp, comp = _internal_components(graph, lab)
    ok = _valid(lab, k)
    # one label per component; count components per territory
    comp_lab = np.full(ncomp, -1, dtype=np.int64)
    comp_lab[comp[ok]] = lab[ok]
    comp_lab = comp_lab[comp_lab >= 0]
    return np.bincount(comp_lab, minlength=k)


def is_contiguous(graph: UnitGraph, labels: np.ndarray, k: int) -> np.ndarray:
    """(k,) bool: True where the territory is exactly one connected piece."""
    return territory_pieces(graph, labels, k) == 1


def dissolved_area_perimeter(graph: UnitGraph, labels: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Area and perimeter of each dissolved territory, from the graph alone.

    area = sum of unit areas; perimeter = sum of unit perimeters - 2 x shared length of
    the edges inside the territory.
    """
    lab = np.asarray(labels)
    ok = _valid(lab, k)
    area = np.bincount(lab[ok], weights=graph.area[ok], minlength=k)
    per = np.bincount(lab[ok], weights=graph.perimeter[ok], minlength=k)
    e = graph.edges
    li, lj = lab[e[:, 0]], lab[e[:, 1]]
    internal = (li == lj) & (li >= 0) & (li < k)
    per = per - 2.0 * np.bincount(li[internal], weights=graph.shared_length[internal], minlength=k)
    return area, np.maximum(per, 0.0)


def polsby_popper(graph: UnitGraph, labels: np.ndarray, k: int) -> np.ndarray:
    """Polsby-Popper ``4 pi A / P^2`` of each dissolved territory: (k,), 0 when empty."""
    area, per = dissolved_area_perimeter(graph, labels, k)
    with np.errstate(divide="ignore", invalid="ignore"):
        pp = np.where(per > 0, 4.0 * np.pi * area / np.where(per > 0, per, 1.0) ** 2, 0.0)
    return pp


def weighted_centres(centroid: np.ndarray, weights: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Weighted centre (k, 2) of each territory; falls back to the plain centroid of the
    units when the territory's weight is 0, and NaN when it is empty."""
    lab = np.asarray(labels)
    w = np.asarray(weights, dtype=np.float64)
    if w.ndim == 2:
        w = w[:, 0]
    ok = _valid(lab, k)
    sw = np.bincount(lab[ok], weights=w[ok], minlength=k)
    cnt = np.bincount(lab[ok], minlength=k).astype(np.float64)
    out = np.full((k, 2), np.nan)
    for d in range(2):
        sx = np.bincount(lab[ok], weights=w[ok] * centroid[ok, d], minlength=k)
        px = np.bincount(lab[ok], weights=centroid[ok, d], minlength=k)
        with np.errstate(divide="ignore", invalid="ignore"):
            out[:, d] = np.where(
                sw > 0, sx / np.where(sw > 0, sw, 1.0), np.where(cnt > 0, px / np.where(cnt > 0, cnt, 1.0), np.nan)
            )
    return out


def inertia(
    centroid: np.ndarray, weights: np.ndarray, labels: np.ndarray, k: int, centres: np.ndarray | None = None
) -> np.ndarray:
    """Inertia ``sum_i w_i d(i, centre_t)^2`` of each territory: (k,).

    ``centres`` defaults to the weighted centres of the territories (main measure).
    """
    lab = np.asarray(labels)
    w = np.asarray(weights, dtype=np.float64)
    if w.ndim == 2:
        w = w[:, 0]
    if centres is None:
        centres = weighted_centres(centroid, w, lab, k)
    ok = _valid(lab, k)
    d2 = ((centroid[ok] - centres[lab[ok]]) ** 2).sum(axis=1)
    return np.bincount(lab[ok], weights=w[ok] * d2, minlength=k)


def disruption(
    labels: np.ndarray, existing: np.ndarray, weights: np.ndarray | None = None
) -> dict[str, np.ndarray | float]:
    """Share of units and of each measure whose territory changed vs ``existing``.

    Units whose existing territory is unknown (< 0) are left out of both numerator and
    denominator. ``weights`` may hold workload and an account count per unit, so the
    result gives the share of workload and of accounts that moved.

    Returns ``{"units": float, "weights": (q,) array, "changed": (n,) bool}``.
    """
    lab = np.asarray(labels)
    old = np.asarray(existing)
    known = old >= 0
    changed = known & (lab != old)
    n_known = int(known.sum())
    out: dict[str, np.ndarray | float] = {
        "units": float(changed.sum() / n_known) if n_known else 0.0,
        "changed": changed,
    }
    if weights is not None:
        w = as_2d(weights)
        tot = w[known].sum(axis=0)
        moved = w[changed].sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            out["weights"] = np.where(tot > 0, moved / np.where(tot > 0, tot, 1.0), 0.0)
    return out


@dataclass
class PlanMetrics:
    """All DESIGN.md numbers of one plan.

    totals, deviation: (k, q); max_deviation, cv: (q,); pieces: (k,) int;
    polsby_popper: (k,); inertia: (k,).
    """

    totals: np.ndarray
    deviation: np.ndarray
    max_deviation: np.ndarray
    cv: np.ndarray
    pieces: np.ndarray
    contiguous: bool
    cut_edges: int
    polsby_popper: np.ndarray
    mean_pp: float
    min_pp: float
    inertia: np.ndarray
    disruption: dict = field(default_factory=dict)


def evaluate(
    graph: UnitGraph, labels: np.ndarray, weights: np.ndarray, k: int, existing: np.ndarray | None = None
) -> PlanMetrics:
    """Compute every metric of a plan at once."""
    w = as_2d(weights)
    tot = territory_totals(labels, w, k)
    dev = deviations(tot)
    pieces = territory_pieces(graph, labels, k)
    pp = polsby_popper(graph, labels, k)
    return PlanMetrics(
        totals=tot,
        deviation=dev,
        max_deviation=np.asarray(max_abs_deviation(dev)),
        cv=np.asarray(coefficient_of_variation(tot)),
        pieces=pieces,
        contiguous=bool(np.all(pieces == 1)),
        cut_edges=cut_edges(graph, labels),
        polsby_popper=pp,
        mean_pp=float(pp.mean()) if k else 0.0,
        min_pp=float(pp.min()) if k else 0.0,
        inertia=inertia(graph.centroid, w[:, 0], labels, k),
        disruption=disruption(labels, existing, w) if existing is not None else {},
    )
