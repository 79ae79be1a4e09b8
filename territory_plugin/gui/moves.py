"""What a hand-made move did, and the small helpers both edit buffers (units, accounts) share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from qgis.core import QgsApplication

from territory_plugin.core.alignment import is_missing


@dataclass
class MoveResult:
    """What an action did: how many items changed, which were refused, whether the user said no."""

    moved: int = 0
    locked: list[int] = field(default_factory=list)  # feature ids of locked units left in place
    canceled: bool = False
    split: list[str] = field(default_factory=list)  # territories the move breaks in pieces
    stranded: bool = False


def number(value: object) -> float:
    """A measure as a number; missing or unreadable values count as 0."""
    if is_missing(value):
        return 0.0
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def now() -> str:
    """When a change is logged: UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def user() -> str:
    """Who a change is logged for: the QGIS user."""
    return QgsApplication.userFullName() or QgsApplication.userLoginName() or ""


def disconnect(connections) -> None:
    """Undo ``signal.connect(slot)`` for each (signal, slot) pair; pairs never connected are skipped."""
    for signal, slot in connections:
        try:
            signal.disconnect(slot)
        except TypeError:
            pass
