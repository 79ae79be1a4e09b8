"""Input checks whose sentences name what to fix: numbers out of range, points a continent away, accounts
that mostly found no zip code area.

Used by ``TerritoryAlgorithm`` (kept apart to keep the base class short).
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException
from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.core.aggregate import UnmatchedReason
from territory_plugin.core.far_points import far_points
from territory_plugin.core.fieldguess import sample_values
from territory_plugin.core.partial_match import Cause, partial_match
from territory_plugin.tables import first_values, python_value


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

    @staticmethod
    def quoted_samples(values) -> str:
        """A few distinct values of a column, quoted, to show the user what a field holds."""
        return ", ".join(f"'{value}'" for value in sample_values(values)) or InputChecks.tr("only blanks")

    @staticmethod
    def partial_match_sentence(
        unit_of_account, reason, account_codes, accounts, zip_field, units, unit_field, unit_codes, weights=None
    ) -> str:
        """What to say when only a few accounts found their zip code area ("" when enough did, or none).

        ``core/partial_match.py`` decides; this words it: the numbers, the weights lost (``weights``: the
        name to show -> per-account amounts), the most frequent unmatched codes beside the areas' codes,
        and the likely causes, the likely other field first.
        """
        found = partial_match(
            unit_of_account,
            reason,
            account_codes,
            weights,
            accounts.fields().names(),
            zip_field,
            units.fields().names(),
            unit_field,
        )
        if found is None:
            return ""

        text = InputChecks.tr(
            "Only {matched} of {total} accounts ({share:.1f}%) matched a zip code area; every total of this run "
            "leaves the other {unmatched} out."
        ).format(
            matched=f"{found.matched:,}",
            total=f"{found.total:,}",
            share=100 * found.share,
            unmatched=f"{found.total - found.matched:,}",
        )
        if found.weight_shares:
            shares = ", ".join(
                InputChecks.tr("{share:.1f}% of {what}").format(share=100 * share, what=what)
                for what, share in found.weight_shares.items()
            )
            text += " " + InputChecks.tr("The matched accounts carry {shares}.").format(shares=shares)
        counts = found.unmatched_by_reason
        reasons = [
            (UnmatchedReason.BLANK, InputChecks.tr("{count} blank")),
            (UnmatchedReason.INVALID, InputChecks.tr("{count} invalid code")),
            (UnmatchedReason.NO_UNIT, InputChecks.tr("{count} no area with this code")),
        ]
        text += " " + InputChecks.tr("Unmatched: {reasons}.").format(
            reasons=", ".join(words.format(count=f"{counts[r]:,}") for r, words in reasons if r in counts)
        )
        if found.frequent_unmatched:
            text += " " + InputChecks.tr(
                "The most frequent unmatched values of '{zip_field}' are {values}; the areas' field '{unit_field}' "
                "holds e.g. {unit_samples}."
            ).format(
                zip_field=zip_field,
                values=", ".join(f"'{value}' ({count:,})" for value, count in found.frequent_unmatched),
                unit_field=unit_field,
                unit_samples=InputChecks.quoted_samples(unit_codes),
            )
        causes = {
            Cause.OTHER_ACCOUNT_FIELD: lambda: InputChecks.tr(
                "the accounts' postal codes are probably in '{field}' ({samples}), not in '{chosen}'"
            ).format(
                field=found.likely_account_field,
                samples=InputChecks.quoted_samples(first_values(accounts, found.likely_account_field)),
                chosen=zip_field,
            ),
            Cause.OTHER_AREA_FIELD: lambda: InputChecks.tr(
                "the areas' postal codes are probably in '{field}' ({samples}), not in '{chosen}'"
            ).format(
                field=found.likely_area_field,
                samples=InputChecks.quoted_samples(first_values(units, found.likely_area_field)),
                chosen=unit_field,
            ),
            Cause.NOT_CODES: lambda: InputChecks.tr(
                "many values are no postal code in the chosen code format: another field, or codes of another "
                "country (then choose the code format As is)"
            ),
            Cause.BLANK: lambda: InputChecks.tr(
                "the field is empty for many accounts: another field (e.g. the shipping instead of the billing "
                "address) may hold their codes"
            ),
            Cause.NO_AREA: lambda: InputChecks.tr(
                "many codes are valid but no area has them: the zip code areas cover another region than the "
                "accounts, or the codes are of another country (if the accounts outside these areas are meant to "
                "be left out, filter them out first)"
            ),
        }
        if found.causes:
            text += " " + InputChecks.tr("Likely causes: {causes}.").format(
                causes="; ".join(causes[cause]() for cause in found.causes)
            )
        return text + " " + InputChecks.tr("Check the input before designing on these totals.")
