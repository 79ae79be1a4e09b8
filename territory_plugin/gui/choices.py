"""What the dock preselects for a units layer: the fields its design used, else the likely ones."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsVectorLayer

from territory_plugin.core.fieldguess import FieldKind, guess_field
from territory_plugin.layers import read_design_settings


@dataclass
class UnitsChoices:
    territory_field: str = ""
    key_field: str = ""
    lock_field: str = ""
    measures: list[str] = field(default_factory=list)
    tolerance_pct: float | None = None


def units_layer_choices(layer: QgsVectorLayer) -> UnitsChoices:
    """The territory, zip code and lock fields, the measures and tolerance to watch on ``layer``.

    A design's output says what it used (layers.read_design_settings); designed on workload alone, its
    call hours field; a field it recorded as unused stays empty. Any other layer gets the fields whose
    names look right (core/fieldguess).
    """
    design = read_design_settings(layer)
    names = layer.fields().names()
    numeric = [f.name() for f in layer.fields() if f.isNumeric() and f.name() != "fid"]

    def pick(key: str, kind: FieldKind) -> str:
        recorded = design.get(key)
        if isinstance(recorded, str) and recorded in names:
            return recorded
        return "" if key in design else guess_field(names, kind) or ""

    measures = [f for f in design.get("balance_fields", []) if f in numeric]
    on_workload = design.get("workload") if isinstance(design.get("workload"), dict) else {}
    workload_field = on_workload.get("workload_field")
    if not measures and isinstance(workload_field, str) and workload_field in numeric:
        measures = [workload_field]  # designed on workload alone: its call hours (the Workload column adds travel)
    if not measures:
        workload = guess_field(numeric, FieldKind.WORKLOAD)
        measures = [workload] if workload else []
    tolerance = design.get("tolerance_pct")
    return UnitsChoices(
        territory_field=pick("territory_field", FieldKind.TERRITORY),
        key_field=pick("zip_field", FieldKind.ZIP),
        lock_field=pick("lock_field", FieldKind.LOCK),
        measures=measures,
        tolerance_pct=float(tolerance) if isinstance(tolerance, (int, float)) else None,
    )
