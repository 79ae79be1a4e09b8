"""The unit adjacency graph shared by the partitioner, the metrics and the dock.

Units are numbered 0..n-1 in the order of the input features. All lengths and
areas are in the units of a projected CRS (metres), never degrees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True)
class UnitGraph:
    """Adjacency of n units plus the geometry numbers that compactness needs.

    edges: (m, 2) int64, each undirected edge once with i < j, sorted.
    shared_length: (m,) boundary length two units share (0 for queen-only
        corner contacts and for bridges).
    area, perimeter: (n,) of each unit polygon.
    centroid: (n, 2) unit centroids (or representative points).
    bridges: (b, 2) the edges of `edges` that were added to join islands and
        other disconnected pieces; reported to the user.
    """

    n: int
    edges: np.ndarray
    shared_length: np.ndarray
    area: np.ndarray
    perimeter: np.ndarray
    centroid: np.ndarray
    bridges: np.ndarray = field(default_factory=lambda: np.empty((0, 2), dtype=np.int64))

    def csr(self) -> sp.csr_matrix:
        """Symmetric n x n adjacency matrix (data = edge index + 1)."""
        i, j = self.edges[:, 0], self.edges[:, 1]
        data = np.arange(1, len(i) + 1, dtype=np.int64)
        m = sp.coo_matrix(
            (np.concatenate([data, data]), (np.concatenate([i, j]), np.concatenate([j, i]))),
            shape=(self.n, self.n),
        )
        return m.tocsr()

    def neighbours(self) -> tuple[np.ndarray, np.ndarray]:
        """CSR (indptr, indices) neighbour lists, for tight loops."""
        m = self.csr()
        return m.indptr, m.indices


def subgraph(graph: UnitGraph, units: np.ndarray) -> UnitGraph:
    """The graph of ``units`` (numbered in that order) and the edges between them."""
    remap = np.full(graph.n, -1, dtype=np.int64)
    remap[units] = np.arange(len(units))
    e = graph.edges
    keep = (remap[e[:, 0]] >= 0) & (remap[e[:, 1]] >= 0)
    b = graph.bridges
    keep_b = (remap[b[:, 0]] >= 0) & (remap[b[:, 1]] >= 0) if len(b) else np.zeros(0, bool)
    return UnitGraph(
        n=len(units),
        edges=remap[e[keep]],
        shared_length=graph.shared_length[keep],
        area=graph.area[units],
        perimeter=graph.perimeter[units],
        centroid=graph.centroid[units],
        bridges=remap[b[keep_b]] if len(b) else np.empty((0, 2), np.int64),
    )
