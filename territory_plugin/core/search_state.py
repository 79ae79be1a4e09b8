"""The declared interface between the local search and its repair moves.

The moves in recom.py, region_milp.py and chains.py read and change the search state
through this protocol only; :class:`~territory_plugin.core.local_search.LocalSearch`
implements it. Units and territories are ints; loads and weights are in tolerance
units of the mean territory (0 = mean, +-1 = edge of the band).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

__all__ = ["SearchState", "over"]


def over(x: float, band: float) -> float:
    """Squared excess of |x| beyond the band (0 inside it)."""
    e = abs(x) - band
    return e * e if e > 0.0 else 0.0


class SearchState(Protocol):
    n: int  # units
    k: int  # territories
    q: int  # measures
    lab: list[int]  # territory of each unit
    adj: list[list[int]]  # neighbours of each unit
    w: list[list[float]]  # w[m][u]: weight of unit u on measure m, tolerance units
    load: list[list[float]]  # load[m][t]: deviation of territory t, tolerance units
    size: list[int]  # units per territory
    mov: list[bool]  # False for seeds and locked units
    tol: list[float]  # tolerance of each measure
    rng: np.random.Generator
    moves: int  # moves made so far (undone moves subtract theirs)

    def move(self, u: int, s: int, t: int) -> None:
        """Give unit u of territory s to territory t (loads and sizes follow)."""

    def can_remove(self, u: int, s: int) -> bool:
        """True if territory s stays connected and non-empty without unit u."""

    def violation(self, t: int) -> float:
        """Squared excess of territory t beyond the band, summed over measures."""

    def total_violation(self, terrs) -> float:
        """:meth:`violation` summed over the territories ``terrs``."""

    def boundary(self) -> np.ndarray:
        """Units with a neighbour in another territory."""
