"""Colour territories so that neighbours never share a colour (map colouring of the territory graph)."""

from __future__ import annotations

import networkx as nx
import numpy as np

from territory_plugin.core.graph import UnitGraph


def territory_adjacency(graph: UnitGraph, labels: np.ndarray, k: int) -> nx.Graph:
    """Territories as nodes, joined where a unit edge crosses between them."""
    a, b = labels[graph.edges[:, 0]], labels[graph.edges[:, 1]]
    cut = a != b
    pairs = np.unique(np.sort(np.column_stack([a[cut], b[cut]]), axis=1), axis=0)
    territories = nx.Graph()
    territories.add_nodes_from(range(k))
    territories.add_edges_from(map(tuple, pairs.tolist()))
    return territories


def colour_territories(graph: UnitGraph, labels: np.ndarray, k: int, palette_size: int = 12) -> np.ndarray:
    """Colour index (0..palette_size-1) of each territory; adjacent territories differ.

    Territories are visited in DSATUR order (most distinctly coloured neighbours
    first); each takes the least-used colour that no neighbour has, so a map with
    many territories uses the whole palette instead of four colours. A planar map
    needs at most 4 colours, so 12 never run out unless bridges make a very dense
    territory graph; then indices go past the palette and wrap in the caller.
    Deterministic for the same plan.
    """
    territories = territory_adjacency(graph, labels, k)
    order = list(nx.greedy_color(territories, strategy="saturation_largest_first"))  # keys in visiting order
    colour = np.full(k, -1, dtype=np.int64)
    used = np.zeros(palette_size + k, dtype=np.int64)
    for t in order:
        taken = {int(colour[u]) for u in territories[t] if colour[u] >= 0}
        free = [c for c in range(palette_size) if c not in taken] or [
            c for c in range(palette_size, len(used)) if c not in taken
        ]
        best = min(free, key=lambda c: (used[c], c))
        colour[t] = best
        used[best] += 1
    return colour
