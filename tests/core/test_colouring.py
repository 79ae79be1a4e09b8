"""Map colouring: neighbouring territories never share a colour."""

import numpy as np
from scipy.spatial import Delaunay

from territory_plugin.core.colouring import colour_territories, territory_adjacency
from territory_plugin.core.graph import UnitGraph


def delaunay_graph(n: int, seed: int) -> UnitGraph:
    points = np.random.default_rng(seed).random((n, 2))
    simplices = Delaunay(points).simplices
    edges = np.concatenate([simplices[:, [0, 1]], simplices[:, [1, 2]], simplices[:, [0, 2]]])
    edges = np.unique(np.sort(edges, axis=1), axis=0)
    ones = np.ones(n)
    return UnitGraph(n, edges, np.ones(len(edges)), ones, ones * 4, points)


def test_neighbouring_territories_get_different_colours_from_the_palette():
    graph = delaunay_graph(3000, seed=1)
    k = 60
    labels = np.argmin(((graph.centroid[:, None, :] - graph.centroid[:k][None, :, :]) ** 2).sum(-1), axis=1)
    colours = colour_territories(graph, labels, k, palette_size=12)
    territories = territory_adjacency(graph, labels, k)
    assert territories.number_of_edges() > k  # a real map, not a trivial one
    assert all(colours[a] != colours[b] for a, b in territories.edges)
    assert colours.max() < 12
    assert len(set(colours.tolist())) > 6  # the palette is used, not four colours over and over
    assert np.array_equal(colours, colour_territories(graph, labels, k, palette_size=12))
