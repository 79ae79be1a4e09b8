"""Re-design of a few territories around one still outside its band.

Where city zip codes weigh a fifth or a third of a territory each (Manhattan), the local
search's moves can leave one territory outside the band although a balanced plan exists:
every move that fixes it breaks a neighbour, and one start decides which ways of cutting
the dense area are reachable. This pass takes the worst territory with its neighbouring
territories (whole ones, breadth first, fewest units first, so that nothing outside them
changes) and designs them again as a small problem of their own, from a few other starts,
with the band of the whole plan. A new cut replaces the old one when it is less off
the mean; the new territories take the ids of the old ones they overlap most.

US zips, k = 300, 2%: the 12 territories around the worst Manhattan one (56 units) are
re-designed in about 1.5 s per start.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

import numpy as np
from scipy.optimize import linear_sum_assignment

from territory_plugin.core import metrics as M
from territory_plugin.core.graph import UnitGraph, subgraph

__all__ = ["polish_neighbourhoods"]


def polish_neighbourhoods(
    design: Callable,
    graph: UnitGraph,
    W: np.ndarray,
    k: int,
    tol: np.ndarray,
    labels: np.ndarray,
    options,
    *,
    floor: float = 1.0,
    excused: np.ndarray | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, int]:
    """Labels with the territories more than one tolerance off re-designed with their
    neighbours where that helps (module docstring): (labels, re-designs tried). A territory
    holding an ``excused`` unit (n,) bool, one of an area proven to force a deviation, may
    be ``floor`` tolerances off.
    ``design`` is :func:`~territory_plugin.core.partition.design_territories`; ``options``
    are the engine's (``polish_tries`` re-designs at most, ``polish_units`` and
    ``polish_territories`` bound one neighbourhood)."""
    lab = np.asarray(labels, dtype=np.int64).copy()
    excused = np.zeros(len(lab), dtype=bool) if excused is None else np.asarray(excused, dtype=bool)
    limits = (1.0 + 1e-9, max(1.0, floor) * (1 + 1e-9))
    # one quick start each; no cut of heavy areas (inside a small neighbourhood it leaves
    # the rest of the units no balanced way to join)
    sub_options = replace(
        options, attempts=1, milp_repairs=2, milp_seconds=0.5, polish_tries=0, cut_heavy_regions=False
    )
    ptr, idx = graph.neighbours()
    tries = 0
    tried: set[int] = set()
    while tries < options.polish_tries:
        excess = _excess(lab, W, k, tol, excused, limits)
        bad = [int(t) for t in np.argsort(-excess) if excess[t] > 0 and int(t) not in tried]
        if not bad:
            break
        t = bad[0]
        tried.add(t)
        for grow in (1, 2):  # a wider neighbourhood (more light units) when the first fails
            if tries >= options.polish_tries or excess[t] <= 0:
                break
            terrs = _neighbourhood(ptr, idx, lab, t, grow * options.polish_units, grow * options.polish_territories)
            tries += _redesign(
                design, graph, W, k, tol, lab, terrs, options, sub_options, (excused, limits), tries, is_canceled
            )
            excess = _excess(lab, W, k, tol, excused, limits)
    return lab, tries


def _redesign(design, graph, W, k, tol, lab, terrs, options, sub_options, allowed, tries, is_canceled) -> int:
    """Design ``terrs`` again from a few starts and keep the best cut when its territories
    are less off than allowed (``lab`` changes in place); returns the starts tried."""
    if len(terrs) < 2:
        return 0
    mean = W.sum(axis=0) / k
    units = np.flatnonzero(np.isin(lab, terrs))
    m = len(terrs)
    Wu = W[units]
    mean_u = Wu.sum(axis=0) / m
    tol_u = M.band_around(mean_u, mean, tol)  # the whole plan's band, around the neighbourhood's mean
    if np.any(tol_u <= 0):
        return 0
    sub = subgraph(graph, units)
    best = float(_excess(lab, W, k, tol, *allowed)[terrs].max())
    done = 0
    for j in range(options.polish_starts):
        if tries + done >= options.polish_tries or best <= 0:
            break
        done += 1
        plan = design(
            sub, Wu, m, tol_u, random_seed=j + 1, best_effort=True, is_canceled=is_canceled, options=sub_options
        )
        if not plan.contiguous:
            continue
        trial = lab.copy()
        _take_ids(trial, units, plan.labels, terrs)
        new = float(_excess(trial, W, k, tol, *allowed)[terrs].max())
        if new < best - 1e-9:
            best = new
            lab[units] = trial[units]
    return done


def _excess(lab, W, k, tol, excused, limits) -> np.ndarray:
    """How far each territory is off beyond what it may be (in tolerances, 0 if inside):
    ``limits`` (any territory, one holding an excused unit)."""
    dev = M.deviations(M.territory_totals(lab, W, k))
    active = W.sum(axis=0) > 0
    off = np.max(np.where(active, np.abs(dev) / tol, 0.0), axis=1)
    held = np.zeros(k, dtype=bool)
    held[lab[excused]] = True
    return np.maximum(off - np.where(held, limits[1], limits[0]), 0.0)


def _take_ids(lab: np.ndarray, units: np.ndarray, sub_labels: np.ndarray, terrs: list[int]) -> None:
    """Write the re-designed territories into ``lab``, each under the id of the old
    territory it overlaps most."""
    m = len(terrs)
    overlap = np.zeros((m, m))
    old = lab[units]
    for i, t in enumerate(terrs):
        overlap[i] = np.bincount(sub_labels[old == t], minlength=m)
    rows, cols = linear_sum_assignment(-overlap)
    new_id = np.empty(m, dtype=np.int64)
    new_id[cols] = np.asarray(terrs, dtype=np.int64)[rows]
    lab[units] = new_id[sub_labels]


def _neighbourhood(ptr, idx, lab, t, max_units, max_territories) -> list[int]:
    """``t`` and the territories around it (breadth first on the territory graph, fewest
    units first) while the union stays within ``max_units`` units and ``max_territories``."""
    size = np.bincount(lab)
    terrs = [t]
    total = int(size[t])
    frontier = [t]
    seen = {t}
    while frontier and len(terrs) < max_territories:
        nxt = []
        for a in frontier:
            members = np.flatnonzero(lab == a)
            near = {int(lab[v]) for u in members for v in idx[ptr[u] : ptr[u + 1]]} - seen
            for b in sorted(near, key=lambda b: (size[b], b)):
                seen.add(b)
                if total + size[b] > max_units or len(terrs) >= max_territories:
                    continue
                terrs.append(b)
                total += int(size[b])
                nxt.append(b)
        frontier = nxt
    return terrs
