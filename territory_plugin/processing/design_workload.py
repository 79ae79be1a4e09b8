"""Design territories on workload: the parameters, reading and log of territory:designterritories' workload mode.

The loop itself is core/workload_design.py (call hours + day-tour travel, judged on the
unit-level scorecard); this mixin reads what it needs from the units layer (call hours,
calls and called accounts per unit, their WGS84 centroids and ellipsoidal areas, as
territory:scoreworkloadareas reads them) and says what each round did. The
tour settings share territory:scoreworkload's names and defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from territory_plugin.core import rounding
from territory_plugin.core.alignment import clean_name
from territory_plugin.core.workload import MAX_CALLS_PER_DAY
from territory_plugin.core.workload_design import TourSettings, UnitWorkload, WorkloadRound
from territory_plugin.layers import centroid_xy, polygon_areas_km2, read_areas

WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class WorkloadRequest:
    """The workload fields of the units and the tour settings; None of it when the mode is off."""

    workload_field: str
    calls_field: str
    called_field: str
    tours: TourSettings


class DesignWorkload:
    """Mixin for territory:designterritories (needs TerritoryAlgorithm's helpers and its INPUT).

    pylupdate5 files its self.tr() strings under DesignWorkload, where TerritoryAlgorithm.tr finds them.
    """

    WORKLOAD_FIELD = "WORKLOAD_FIELD"
    CALLS_FIELD = "CALLS_FIELD"
    CALLED_FIELD = "CALLED_FIELD"
    CALLS_PER_DAY = "CALLS_PER_DAY"
    SPEED_KMH = "SPEED_KMH"
    CIRCUITY = "CIRCUITY"
    WORKLOAD_DEVIATION = "WORKLOAD_DEVIATION"

    def add_workload_parameters(self) -> None:
        def unit_field(name, description):
            return QgsProcessingParameterField(
                name,
                description,
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )

        self.addParameter(
            unit_field(
                self.WORKLOAD_FIELD,
                self.tr("Design on workload: call hours field of the units"),
            )
        )
        self.addParameter(
            unit_field(
                self.CALLS_FIELD,
                self.tr("Design on workload: calls per year field of the units"),
            )
        )
        self.addParameter(
            unit_field(
                self.CALLED_FIELD,
                self.tr("Design on workload: called accounts field (the tours' stops)"),
            )
        )
        number = QgsProcessingParameterNumber.Type.Double
        for parameter in (
            QgsProcessingParameterNumber(
                self.CALLS_PER_DAY,
                self.tr("Calls per field day (chained into one tour)"),
                number,
                6.0,
            ),
            QgsProcessingParameterNumber(
                self.SPEED_KMH,
                self.tr("Average speed (km/h)"),
                number,
                50.0,
                minValue=1,
            ),
            QgsProcessingParameterNumber(
                self.CIRCUITY,
                self.tr("Circuity: road distance / straight distance"),
                number,
                1.3,
                minValue=1.0,
            ),
        ):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addOutput(
            QgsProcessingOutputNumber(
                self.WORKLOAD_DEVIATION,
                self.tr("Largest deviation of workload, call + travel hours (%)"),
            )
        )

    def workload_request(self, parameters, context, source) -> WorkloadRequest | None:
        """The workload mode's fields and settings, or None when no call hours field is given."""
        what = self.tr("Design on workload")
        workload_field = self.optional_field_or_raise(source, parameters, self.WORKLOAD_FIELD, context, what)
        calls_field = self.optional_field_or_raise(source, parameters, self.CALLS_FIELD, context, what)
        called_field = self.optional_field_or_raise(source, parameters, self.CALLED_FIELD, context, what)
        if not workload_field:
            if calls_field or called_field:
                raise QgsProcessingException(
                    self.tr(
                        "Designing on workload needs the units' call hours field (WORKLOAD_FIELD), e.g. the "
                        "sum_call_hours written by 'Aggregate accounts by zip code'."
                    )
                )
            return None
        if not calls_field:
            raise QgsProcessingException(
                self.tr(
                    "Designing on workload needs the units' calls per year (CALLS_FIELD) to count the travel to "
                    "them, e.g. the sum_calls_per_year written by 'Aggregate accounts by zip code'."
                )
            )
        calls_per_day = self.parameterAsDouble(parameters, self.CALLS_PER_DAY, context)
        if not (0 < calls_per_day <= MAX_CALLS_PER_DAY):
            raise QgsProcessingException(
                self.tr(
                    "Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep "
                    "chains into one day's tour, typically 4 to 8. It is {value:g}."
                ).format(most=MAX_CALLS_PER_DAY, value=calls_per_day)
            )
        tours = TourSettings(
            calls_per_day=calls_per_day,
            speed_kmh=self.parameterAsDouble(parameters, self.SPEED_KMH, context),
            circuity=self.parameterAsDouble(parameters, self.CIRCUITY, context),
        )
        return WorkloadRequest(workload_field, calls_field, called_field, tours)

    def read_unit_workload(self, request: WorkloadRequest, source, feature_ids, context, feedback) -> UnitWorkload:
        """Call hours, calls, called accounts, WGS84 centroid and ellipsoidal area of every unit, in graph order."""
        to_wgs84 = self.wgs84_or_raise(source, context, self.tr("The units layer"))
        fields = [request.workload_field, request.calls_field, request.called_field]
        columns, centroids, ids = read_areas(source, fields, to_wgs84, feedback)
        row = {int(fid): i for i, fid in enumerate(ids)}
        order = np.array([row[int(fid)] for fid in feature_ids], dtype=np.int64)
        labels = np.asarray(feature_ids)

        def numbers(field):
            values = self.numbers_or_raise(
                np.asarray(columns[field], dtype=object)[order],
                labels,
                field,
                self.tr("feature"),
            )
            bad = np.flatnonzero(values < 0)
            if len(bad):
                raise QgsProcessingException(
                    self.tr("'{field}' must be 0 or more, but feature {fid} has {value:g}.").format(
                        field=field, fid=labels[bad[0]], value=values[bad[0]]
                    )
                )
            return values

        hours, calls = numbers(request.workload_field), numbers(request.calls_field)
        called = numbers(request.called_field) if request.called_field else None
        if called is None:
            feedback.pushInfo(
                self.tr(
                    "No called accounts field: each unit with calls counts as one stop of the day tours (a field "
                    "summing the scored accounts' 'called' column counts the accounts)."
                )
            )
        if hours.sum() <= 0:
            raise QgsProcessingException(
                self.tr("The call hours field '{field}' is 0 on every unit: nothing to balance.").format(
                    field=request.workload_field
                )
            )
        areas = polygon_areas_km2(source, feature_ids, context.transformContext(), feedback)
        return UnitWorkload(hours, calls, centroids[order], areas, called, geographic=True)

    def seed_homes(self, seeds, context) -> np.ndarray:
        """The seed points in WGS84 (k, 2), in the order the seeds were read: the reps' homes."""
        to_wgs84 = QgsCoordinateTransform(
            seeds.sourceCrs(), QgsCoordinateReferenceSystem(WGS84), context.transformContext()
        )
        homes = []
        for feature in seeds.getFeatures():
            if not feature.hasGeometry():
                continue
            point = QgsGeometry(feature.geometry())
            point.transform(to_wgs84)
            xy = point.asPoint()
            homes.append((xy.x(), xy.y()))
        return np.array(homes, dtype=np.float64).reshape(-1, 2)

    def homes_by_name(self, seeds, parameters, context, names: list[str], feedback) -> np.ndarray:
        """Realigning on workload: the home of each existing territory's rep (k, 2) in WGS84, matched by the
        seeds' name field; NaN where a territory has none (its travel is then from its centre)."""
        id_field = self.parameterAsString(parameters, self.SEED_ID_FIELD, context)
        if not id_field:
            raise QgsProcessingException(
                self.tr(
                    "Realigning on workload, the rep home bases (SEEDS) are matched to the existing territories by "
                    "name: set their territory name field (SEED_ID_FIELD)."
                )
            )
        self.require_field(seeds, id_field, self.tr("Territory name field of the seeds"))
        to_wgs84 = QgsCoordinateTransform(
            seeds.sourceCrs(), QgsCoordinateReferenceSystem(WGS84), context.transformContext()
        )
        index = {name: t for t, name in enumerate(names)}
        homes = np.full((len(names), 2), np.nan)
        unmatched, repeated = [], set()
        for feature in seeds.getFeatures():
            name = clean_name(feature[id_field])
            if not feature.hasGeometry() or name is None:
                continue
            if name not in index:
                unmatched.append(name)
                continue
            t = index[name]
            if not np.isnan(homes[t, 0]):
                repeated.add(name)
            homes[t] = centroid_xy(feature.geometry(), to_wgs84)
        if repeated:
            raise QgsProcessingException(
                self.tr("Each territory has one rep home; these names repeat: {names}.").format(
                    names=", ".join(sorted(repeated))
                )
            )
        if unmatched:
            feedback.pushWarning(
                self.tr("Rep homes whose name is no existing territory, left out: {names}.").format(
                    names=", ".join(sorted(unmatched))
                )
            )
        homeless = [name for name, home in zip(names, homes) if np.isnan(home[0])]
        if homeless:
            feedback.pushWarning(
                self.tr("Territories without a rep home, their travel counted from their centre: {names}.").format(
                    names=", ".join(homeless)
                )
            )
        return homes

    def measure_columns(self, plan, balance_fields, result) -> tuple[list[tuple[str, np.ndarray]], np.ndarray]:
        """The territories' columns of every measure ((name, (k,) values)), and each measure's largest deviation.

        On workload, the numbers are the scorecard's (call, travel and total hours), not the
        engine's estimate, followed by the balance fields.
        """
        metrics = plan.metrics
        first = 0 if result is None else 1  # on workload, column 0 of the engine's weights is its estimate
        columns, deviations = [], []
        if result is not None:
            score = result.score
            total = score.total_hours
            columns += [  # rounded as the scorecard rounds them
                ("call_hours", np.round(score.call_hours, rounding.HOURS)),
                ("travel_hours", np.round(score.travel_hours, rounding.HOURS)),
                ("workload_hours", np.round(total, rounding.HOURS)),
                ("workload_dev_pct", np.round((total - total.mean()) / total.mean() * 100, rounding.DEVIATION)),
            ]
            deviations.append(result.workload_deviation)
        for m, field in enumerate(balance_fields, start=first):
            columns += [(field, metrics.totals[:, m]), (f"{field}_dev_pct", metrics.deviation[:, m] * 100)]
            deviations.append(plan.max_deviation[m])
        return columns, np.asarray(deviations)

    def workload_settings(self, request: WorkloadRequest, result, names: list[str], homes) -> dict:
        """What the design recorded on its outputs about the workload (layers.record_design_settings).

        ``homes`` (k, 2) WGS84, NaN rows where a territory has none, or None: recorded by territory name
        as ``homes`` ({name: [lon, lat]}), so the dock measures travel from the same bases.
        """
        known = {}
        for name, (x, y) in zip(names, np.full((0, 2), np.nan) if homes is None else np.asarray(homes)):
            if np.isfinite(x) and np.isfinite(y):
                known[name] = [float(x), float(y)]
        return {
            "workload_field": request.workload_field,
            "calls_field": request.calls_field,
            "called_field": request.called_field,
            "calls_per_day": request.tours.calls_per_day,
            "speed_kmh": request.tours.speed_kmh,
            "circuity": request.tours.circuity,
            "travel_from": "homes" if known else "centres",
            "homes": known,
            "workload_deviation_pct": 100 * result.workload_deviation,
            "rounds": len(result.rounds),
        }

    def report_round(self, passed: WorkloadRound, feedback, realigning: bool = False) -> None:
        if passed.number == 0 and realigning:
            text = self.tr(
                "Round 0, on call hours + each unit's travel in the existing alignment (balanced within "
                "{engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours."
            )
        elif passed.number == 0:
            text = self.tr(
                "Round 0, on call hours: workload (call + travel hours) {dev:.2f}% off the mean; travel is "
                "{share:.0f}% of the hours."
            )
        else:
            text = self.tr(
                "Round {number}, on call hours + each unit's travel in the last plan (balanced within {engine:.2f}%): "
                "workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours."
            )
        feedback.pushInfo(
            text.format(
                number=passed.number,
                engine=100 * passed.engine_deviation,
                dev=100 * passed.workload_deviation,
                share=100 * passed.travel_share,
            )
        )
