"""The declared interface between the local search and its repair moves.

The moves in recom.py, region_milp.py and chains.py read and change the search state
through this protocol only; :class:`~territory_plugin.core.local_search.LocalSearch`
implements it, configured by a :class:`SearchConfig`. Units and territories are ints; loads and weights are in tolerance
units of the mean territory (0 = mean, +-1 = edge of the band).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

import numpy as np

__all__ = ["SearchState", "SearchConfig", "over"]


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


@dataclass
class SearchConfig:
    """Everything that tunes one local search, fixed at construction.

    Objective: ``cut cost + alpha x inertia + lam x sum (dev / tol)^2 + beta x
    disruption`` (disruption weighs ``disruption[u]`` per unit moved away from its
    initial territory; default the inertia weight). ``flows`` replaces the electrical
    flow of flow balancing (see :class:`~territory_plugin.core.disruption.MinCostFlows`).
    MILP repairs: ``milp_budget`` is a shared, mutable counter of repairs left,
    ``milp_units`` the largest neighbourhood, ``milp_seconds`` the time limit of one.
    The schedule of :meth:`~territory_plugin.core.local_search.LocalSearch.run`: flow balancing until ``target`` (scaled
    deviation), ``sweeps`` greedy sweeps, ``anneal_sweeps`` annealing sweeps from
    temperature ``anneal_t0`` to ``anneal_t1``, at most ``max_outer`` rounds of all that.
    """

    lam: float = 1.0
    alpha: float = 0.5
    beta: float = 0.0
    disruption: np.ndarray | None = None
    flows: Callable[[SearchState], dict[tuple[int, int], list[float]]] | None = None
    seed: int = 0
    milp_budget: list[int] = field(default_factory=lambda: [0])
    milp_units: int = 60
    milp_seconds: float = 1.0
    target: float = 0.5
    max_outer: int = 6
    balance_rounds: int = 60
    sweeps: int = 12
    plateau_sweeps: int = 0
    anneal_sweeps: int = 0
    anneal_t0: float = 0.5
    anneal_t1: float = 0.02
