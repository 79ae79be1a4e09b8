"""Input checks whose sentences name what to fix: numbers out of range, points a continent away.

Used by ``TerritoryAlgorithm`` (kept apart to keep the base class short).
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException
from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.core.far_points import far_points
from territory_plugin.tables import python_value


class InputChecks:
    """Checks used by TerritoryAlgorithm; each returns the sentence to show, or "" when all is well."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("InputChecks", text)

    @staticmethod
    def number_problem(definition, value) -> str:
        """Why ``value`` cannot be the number parameter ``definition`` ("" when it can, or is not a plain value)."""

        value = python_value(value)
        if value is None or isinstance(value, bool) or (isinstance(value, str) and not value.strip()):
            return ""
        if not isinstance(value, (int, float, str)):
            return ""  # an expression or a property: QGIS evaluates it
        try:
            number = float(value)
        except ValueError:
            return InputChecks.tr("{what} ({name}) must be a number; it is '{value}'.").format(
                what=definition.description(), name=definition.name(), value=value
            )
        low, high = definition.minimum(), definition.maximum()
        bounded_low, bounded_high = low > -1e300, high < 1e300
        if np.isfinite(number) and (not bounded_low or number >= low) and (not bounded_high or number <= high):
            return ""
        if bounded_low and bounded_high:
            allowed = InputChecks.tr("from {low:g} to {high:g}").format(low=low, high=high)
        elif bounded_low:
            allowed = InputChecks.tr("at least {low:g}").format(low=low)
        elif bounded_high:
            allowed = InputChecks.tr("at most {high:g}").format(high=high)
        else:
            allowed = InputChecks.tr("a finite number")
        return InputChecks.tr("{what} ({name}) must be {allowed}; it is {value}.").format(
            what=definition.description(), name=definition.name(), allowed=allowed, value=value
        )

    @staticmethod
    def far_points_sentence(what: str, names, lonlat, area, context) -> str:
        """What to say when points lie a continent away from the layer ``area`` ("" when none do).

        ``lonlat`` are WGS84 positions of the points called ``names`` (``what`` names them all,
        e.g. "Seeds"). Latitude and longitude swapped is named as such.
        """

        points = np.asarray(lonlat, dtype=np.float64).reshape(-1, 2)
        known = np.isfinite(points).all(axis=1)
        if area is None or not known.any() or not area.sourceCrs().isValid():
            return ""
        to_wgs84 = QgsCoordinateTransform(
            area.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext()
        )
        try:
            box = to_wgs84.transformBoundingBox(area.sourceExtent())
        except QgsCsException:
            return ""
        extent = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        if box.isNull() or not np.isfinite(extent).all():
            return ""
        names = [str(name) for name, ok in zip(names, known) if ok]
        found = far_points(points[known], extent)
        if not len(found.far):
            return ""
        listed = ", ".join(f"{names[i]} ({km:,.0f} km)" for i, km in zip(found.far[:5], found.distance_km[:5]))
        more = len(found.far) - 5
        text = InputChecks.tr(
            "{what} lie far from the area of the units ({span:,.0f} km across), distance to it in brackets: "
            "{listed}{more}. Check their coordinates and their layer's CRS."
        ).format(
            what=what,
            span=found.limit_km,
            listed=listed,
            more=InputChecks.tr(" and {n} more").format(n=more) if more > 0 else "",
        )
        if len(found.swapped):
            text += " " + InputChecks.tr(
                "{names}: latitude and longitude look swapped; read the other way round they lie among the units."
            ).format(names=", ".join(names[i] for i in found.swapped[:5]))
        return text
