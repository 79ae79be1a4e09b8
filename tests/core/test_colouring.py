"""Map colouring: neighbouring territories never share a colour.

The oracle is independent of the module: touching territories are read off the Delaunay
triangles (two units of one triangle touch) with plain Python, not with the module's
own adjacency helper.
"""

import numpy as np
from scipy.spatial import Delaunay

from territory_plugin.core.colouring import colour_territories, colour_touching, touching_territories
from territory_plugin.core.graph import UnitGraph


def delaunay_map(n: int, k: int, seed: int) -> tuple[UnitGraph, np.ndarray, set[tuple[int, int]]]:
    """Units at random points, joined as Delaunay neighbours; k territories around the first k points.

    Returns the graph, the labels and the pairs of touching territories seen from the triangles.
    """
    points = np.random.default_rng(seed).random((n, 2))
    simplices = Delaunay(points).simplices
    edges = np.concatenate([simplices[:, [0, 1]], simplices[:, [1, 2]], simplices[:, [0, 2]]])
    edges = np.unique(np.sort(edges, axis=1), axis=0)
    ones = np.ones(n)
    graph = UnitGraph(n, edges, np.ones(len(edges)), ones, ones * 4, points)
    labels = np.argmin(((points[:, None, :] - points[:k][None, :, :]) ** 2).sum(-1), axis=1)
    touching = set()
    for triangle in simplices.tolist():
        for a in triangle:
            for b in triangle:
                ta, tb = int(labels[a]), int(labels[b])
                if ta < tb:
                    touching.add((ta, tb))
    return graph, labels, touching


def test_neighbouring_territories_get_different_colours_from_the_palette():
    k = 60
    graph, labels, touching = delaunay_map(3000, k, seed=1)
    colours = colour_territories(graph, labels, k, palette_size=12)
    assert len(touching) > k  # a real map, not a trivial one
    assert all(colours[a] != colours[b] for a, b in touching)
    assert colours.min() >= 0 and colours.max() < 12
    assert len(set(colours.tolist())) > 6  # the palette is used, not four colours over and over
    assert np.array_equal(colours, colour_territories(graph, labels, k, palette_size=12))


def test_colouring_from_touching_pairs_alone_matches_the_unit_graph():
    """The report colours dissolved territories from the pairs that touch, without a unit graph."""
    k = 40
    graph, labels, touching = delaunay_map(1500, k, seed=5)
    from_pairs = colour_touching(k, sorted(touching), palette_size=10)
    assert all(from_pairs[a] != from_pairs[b] for a, b in touching)
    assert np.array_equal(from_pairs, colour_territories(graph, labels, k, palette_size=10))


def test_territories_that_touch_nothing_still_get_a_colour():
    colours = colour_touching(4, [(0, 1)], palette_size=10)
    assert len(colours) == 4 and (colours >= 0).all()
    assert colours[0] != colours[1]
    assert len(colour_touching(3, np.empty((0, 2), dtype=np.int64))) == 3


def test_look_alike_colours_are_kept_off_neighbours_too():
    """A dark and a light shade of one hue are different colours but look alike side by side."""
    k = 60
    graph, labels, touching = delaunay_map(3000, k, seed=2)
    hue = [c % 10 for c in range(20)]
    colours = colour_touching(k, touching_territories(graph, labels), palette_size=20, families=hue)
    assert all(hue[colours[a]] != hue[colours[b]] for a, b in touching)
    assert len(set(colours.tolist())) == 20  # and the whole palette is used: few territories share a colour
