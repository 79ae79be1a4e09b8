"""Colour territories so that neighbours never share a colour (map colouring of the territory graph)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

from territory_plugin.core.graph import UnitGraph

__all__ = ["touching_territories", "colour_territories", "colour_touching"]


def touching_territories(graph: UnitGraph, labels: np.ndarray) -> np.ndarray:
    """(p, 2) pairs a < b of territories joined by a unit edge, each pair once."""
    a, b = labels[graph.edges[:, 0]], labels[graph.edges[:, 1]]
    cut = a != b
    return np.unique(np.sort(np.column_stack([a[cut], b[cut]]), axis=1), axis=0).reshape(-1, 2)


def colour_territories(graph: UnitGraph, labels: np.ndarray, k: int, palette_size: int = 12) -> np.ndarray:
    """Colour index of each of the k territories of a plan on the unit graph; see :func:`colour_touching`."""
    return colour_touching(k, touching_territories(graph, labels), palette_size)


def colour_touching(
    k: int,
    pairs: Iterable[tuple[int, int]] | np.ndarray,
    palette_size: int = 12,
    families: Sequence[int] | None = None,
) -> np.ndarray:
    """Colour index (0..palette_size-1) of each of k territories; the two of every pair differ.

    ``pairs`` are territories that touch (e.g. read off their dissolved polygons).
    Territories are visited in DSATUR order (most distinctly coloured neighbours
    first); each takes the least-used colour that no neighbour has, so a map with
    many territories uses the whole palette instead of four colours. A planar map
    needs at most 4 colours, so 12 never run out unless bridges make a very dense
    territory graph; then indices go past the palette and wrap in the caller.
    ``families`` (one per palette colour) groups look-alike colours, e.g. a dark and a
    light blue: neighbours avoid each other's family too while another colour is free.
    Deterministic for the same pairs.
    """
    family = list(families) if families is not None else list(range(palette_size))
    territories = nx.Graph()
    territories.add_nodes_from(range(k))
    territories.add_edges_from((int(a), int(b)) for a, b in np.asarray(pairs, dtype=np.int64).reshape(-1, 2) if a != b)
    order = list(nx.greedy_color(territories, strategy="saturation_largest_first"))  # keys in visiting order
    colour = np.full(k, -1, dtype=np.int64)
    used = np.zeros(palette_size + k, dtype=np.int64)
    for t in order:
        taken = {int(colour[u]) for u in territories[t] if colour[u] >= 0}
        taken_families = {family[c] for c in taken if c < palette_size}
        free = (
            [c for c in range(palette_size) if c not in taken and family[c] not in taken_families]
            or [c for c in range(palette_size) if c not in taken]
            or [c for c in range(palette_size, len(used)) if c not in taken]
        )
        best = min(free, key=lambda c: (used[c], c))
        colour[t] = best
        used[best] += 1
    return colour
