"""territory:scoreworkload — call hours, travel and utilisation of every territory: the scorecard.

The rules live elsewhere: where each account counts in core/accounts.py, hours and travel in
core/workload.py, reading areas, points and bases in layers.py, the CSV write-back in
tables.py, the settings checks, flags and sizing words in workload_sizing.py. What stays
here is longer than the other algorithms for one reason: two ways in (accounts, or zip areas
at unit level: territory:scoreworkloadareas, score_workload_areas.py), each with the messages
that tell the user which rows were left out and why. The parameters are declared in
workload_parameters.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsWkbTypes,
)

from territory_plugin.compat import FieldType
from territory_plugin.core import rounding
from territory_plugin.core.accounts import WorkloadRows, home_bases, place_accounts, place_units
from territory_plugin.core.aggregate import match_accounts
from territory_plugin.core.sizing import size_sales_force
from territory_plugin.core.workload import (
    WorkloadError,
    call_hours,
    day_tour_travel,
    scorecard,
)
from territory_plugin.layers import (
    UnitLocator,
    polygon_areas_km2,
    read_areas,
    read_named_points,
    read_point_positions,
)
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.processing.workload_parameters import WorkloadParameters
from territory_plugin.processing.workload_sizing import WorkloadSizing
from territory_plugin.tables import (
    plain_csv_file,
    write_csv_with_columns,
    write_csvt,
    write_features_with_columns,
)

WGS84 = "EPSG:4326"
ACCOUNT_COLUMNS = (
    "territory",
    "calls_per_year",
    "minutes_per_call",
    "call_hours",
    "distance_km",
    "travel_hours",
    "called",  # 1 when the account gets calls: summed per zip area, the day tours' stops at unit level
)


class ScoreWorkload(WorkloadParameters, WorkloadSizing, TerritoryAlgorithm):
    ACCOUNTS = "ACCOUNTS"
    SEGMENT_FIELD = "SEGMENT_FIELD"
    CALL_PLAN = "CALL_PLAN"
    CALLS_FIELD = "CALLS_FIELD"
    MINUTES_FIELD = "MINUTES_FIELD"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    ZIP_FIELD = "ZIP_FIELD"
    SUM_FIELDS = "SUM_FIELDS"
    UNITS = "UNITS"
    UNIT_ZIP_FIELD = "UNIT_ZIP_FIELD"
    UNIT_TERRITORY_FIELD = "UNIT_TERRITORY_FIELD"
    ZIP_FORMAT = "ZIP_FORMAT"
    SPATIAL_FALLBACK = "SPATIAL_FALLBACK"
    UNIT_WORKLOAD_FIELD = "UNIT_WORKLOAD_FIELD"
    UNIT_CALLS_FIELD = "UNIT_CALLS_FIELD"
    UNIT_COUNT_FIELD = "UNIT_COUNT_FIELD"
    UNIT_CALLED_FIELD = "UNIT_CALLED_FIELD"
    UNIT_SUM_FIELDS = "UNIT_SUM_FIELDS"
    BASES = "BASES"
    BASE_TERRITORY_FIELD = "BASE_TERRITORY_FIELD"
    SPEED_KMH = "SPEED_KMH"
    CIRCUITY = "CIRCUITY"
    CALLS_PER_DAY = "CALLS_PER_DAY"
    CAPACITY_HOURS = "CAPACITY_HOURS"
    TARGET_UTILISATION = "TARGET_UTILISATION"
    ADMIN_PCT = "ADMIN_PCT"
    ACCOUNTS_OUTPUT = "ACCOUNTS_OUTPUT"
    SCORECARD = "SCORECARD"
    BUILD_UP = "BUILD_UP"
    MAX_DEVIATION = "MAX_DEVIATION"
    REPS_NEEDED = "REPS_NEEDED"
    CV = "CV"
    UNASSIGNED_COUNT = "UNASSIGNED_COUNT"
    UNLOCATED_COUNT = "UNLOCATED_COUNT"

    def name(self) -> str:
        return "scoreworkload"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Score workload")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Scores each territory: the hours a year its rep needs for the calls the accounts deserve, the hours "
            "spent driving to them, and the share of the rep's capacity that takes.\n\n"
            "Call hours of an account = calls per year x minutes per call / 60, from its segment in the call plan "
            "(rows of segment, calls per year, minutes per call, e.g. A,24,45,B,12,30,C,4,20; a row with segment * "
            "serves every other segment) or from per-account fields. A segment missing from the plan is an error "
            "that names it.\n"
            "Territory of an account: the account's territory field, or the territory of its zip code area (codes "
            "cleaned exactly as in 'Aggregate accounts by zip code'; point accounts without a usable code go to the "
            "area that contains them).\n"
            "Travel, as day tours: a rep chains 'calls per day' calls into one tour from the base and back, so each "
            "call costs its share of the drive out and back plus one hop to the next call. Travel hours = calls per "
            "year x (2 x distance(account, base) / calls per day + hop) x circuity / average speed, where hop = "
            "0.7124 x square root(area / called accounts) of the territory (the zip code areas holding its called "
            "accounts, else their convex hull). The account is at its point, else at the centroid of its zip code "
            "area; the base is the rep's home (Bases layer), else the territory's centre weighted by call hours. "
            "Distances and areas are measured on the WGS84 ellipsoid. A territory without located accounts travels "
            "0 hours (the log and the flag column say so).\n"
            "Total hours = call hours + travel hours + admin overhead (% of both). Utilisation = total hours / "
            "capacity, in percent; field days = calls / calls per day. Index = total hours / mean of all "
            "territories; deviation = (total - mean) / mean. The flag column names territories over capacity, "
            "over a year's field days, or impossible for any rep.\n"
            "Sizing: reps needed = total hours / (capacity x target utilisation), rounded up, with the build-up "
            "of those hours by segment (accounts, calls, hours) in its own table.\n\n"
            "Without accounts, 'Score workload of zip code areas' gives the same scorecard from areas that carry "
            "call hours (e.g. the totals of 'Aggregate accounts by zip code')."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_account_parameters()
        self.add_travel_parameters()
        self.add_workload_outputs(accounts=True)

    # --- main ---------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        # both optional; source_or_raise reads a UTF-16 CSV from its UTF-8 copy (OGR cannot read it right)
        accounts = self.source_or_raise(parameters, self.ACCOUNTS, context) if parameters.get(self.ACCOUNTS) else None
        units = self.source_or_raise(parameters, self.UNITS, context) if parameters.get(self.UNITS) else None
        if accounts is None and units is None:
            raise QgsProcessingException(
                self.tr(
                    "Give the accounts (with a segment and call plan, or calls and minutes fields), or, at unit "
                    "level, zip code areas with a call hours field and a territory field."
                )
            )
        speed = self.parameterAsDouble(parameters, self.SPEED_KMH, context)
        circuity = self.parameterAsDouble(parameters, self.CIRCUITY, context)
        admin = self.parameterAsDouble(parameters, self.ADMIN_PCT, context)
        calls_per_day, capacity, target = self._workload_settings_or_raise(parameters, context)

        bases = self._read_bases(parameters, context)
        self.check_far_points(
            self.tr("Home bases"),
            list(bases),
            list(bases.values()),
            units if units is not None else accounts,
            context,
            feedback,
        )
        if accounts is not None:
            rows, table = self._account_rows(parameters, context, accounts, units, bases, feedback)
        else:
            rows, table = self._unit_rows(parameters, context, units, bases, feedback), None
        if rows is None or feedback.isCanceled():
            return {}
        feedback.setProgress(50)

        place = rows.placement
        names = place.names
        if not names:
            raise QgsProcessingException(
                self.tr(
                    "No territory found: the territory field is empty everywhere. Check the territory field of the "
                    "accounts or of the zip code areas."
                )
            )
        homes = np.array([bases.get(name, (np.nan, np.nan)) for name in names], dtype=np.float64).reshape(-1, 2)
        k = len(names)
        try:
            travel = day_tour_travel(
                rows.calls,
                place.location,
                place.locations,
                place.territory,
                k,
                homes=homes,
                weights=rows.hours,
                geographic=True,
                speed_kmh=speed,
                circuity=circuity,
                calls_per_day=calls_per_day,
                unit=rows.unit,
                unit_area_km2=rows.unit_area_km2,
                accounts=rows.called if rows.called is not None else rows.count,
            )
            card = scorecard(
                names,
                place.territory,
                rows.hours,
                travel.hours,
                accounts=rows.count,
                sums=rows.sums,
                capacity_hours=capacity,
                admin_pct=admin,
                calls=rows.calls if rows.calls_known else None,
                calls_per_day=calls_per_day,
            )
            sizing = size_sales_force(
                rows.segments if rows.segments is not None else [""] * len(rows.hours),
                rows.calls,
                rows.hours,
                travel_hours=float(np.nansum(travel.hours)),
                capacity_hours=capacity,
                target_utilisation_pct=target,
                admin_pct=admin,
                calls_per_day=calls_per_day,
                plan=rows.plan,
                accounts=rows.count,
            )
        except WorkloadError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        self._report(travel, names, bases, feedback)
        assigned = place.territory >= 0
        called = np.bincount(place.territory[assigned], weights=rows.calls[assigned], minlength=k) > 0
        untoured = travel.without_tours & called  # calls to make, but no account located: no tour to measure
        if untoured.any():
            feedback.pushWarning(
                self.tr(
                    "Travel 0 for {count} territories with calls but no located account: {names}. Flagged in the "
                    "scorecard."
                ).format(count=int(untoured.sum()), names=", ".join(np.array(names, dtype=object)[untoured][:5]))
            )
        decimals = {**rounding.SCORECARD, **{name: 2 for name in rows.sums}}
        flagged = rounding.round_columns(card.table, decimals)  # the balance numbers were computed exactly
        flagged["flag"] = self._flags(card, untoured)

        results = {self.SCORECARD: self.write_table(parameters, self.SCORECARD, context, flagged)}
        build_up_id = self._write_build_up(parameters, context, sizing.build_up, rows.segments is not None)
        if build_up_id is not None:
            results[self.BUILD_UP] = build_up_id
        if table is not None:
            written = self._write_accounts(parameters, context, table, rows, travel, feedback)
            if written is None:
                return {}
            results.update(written)
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr(
                "{k} territories, {hours:,.0f} hours a year in all; largest deviation of total hours {dev:.2f}%, "
                "coefficient of variation {cv:.3f}."
            ).format(k=k, hours=float(card.table["total_hours"].sum()), dev=card.max_deviation_pct, cv=card.cv)
        )
        self._report_sizing(sizing, k, feedback)
        results[self.MAX_DEVIATION] = card.max_deviation_pct
        results[self.REPS_NEEDED] = sizing.reps_needed
        results[self.CV] = card.cv
        results[self.UNASSIGNED_COUNT] = place.unassigned if accounts is not None else 0
        results[self.UNLOCATED_COUNT] = place.unlocated if accounts is not None else 0
        return results

    # --- account level ------------------------------------------------------------------------

    def _account_rows(self, parameters, context, accounts, units, bases, feedback):
        """The accounts to score and the table they were read from; (None, None) when canceled."""

        def field(name, what):
            return self.optional_field_or_raise(accounts, parameters, name, context, what)

        segment_field = field(self.SEGMENT_FIELD, self.tr("Segment field"))
        calls_field = field(self.CALLS_FIELD, self.tr("Calls per year field"))
        minutes_field = field(self.MINUTES_FIELD, self.tr("Minutes per call field"))
        territory_field = field(self.TERRITORY_FIELD, self.tr("Account territory field"))
        zip_field = field(self.ZIP_FIELD, self.tr("Account zip code field"))
        sum_fields = self.fields_or_raise(
            accounts, parameters, self.SUM_FIELDS, context, self.tr("Account fields to total per territory")
        )
        plan = self.call_plan_or_raise(parameters, self.CALL_PLAN, context)
        if plan is not None and not segment_field and not (calls_field and minutes_field):
            raise QgsProcessingException(self.tr("A call plan needs the segment field of the accounts."))
        if plan is None and not (calls_field and minutes_field):
            raise QgsProcessingException(
                self.tr(
                    "Say how often each account is called: a segment field and a call plan (e.g. A,24,45,B,12,30,"
                    "C,4,20), or a calls per year field and a minutes per call field."
                )
            )
        unit_zip_field = unit_territory_field = ""
        if units is not None:
            unit_zip_field = self.optional_field_or_raise(
                units, parameters, self.UNIT_ZIP_FIELD, context, self.tr("Area zip code field")
            )
            unit_territory_field = self.optional_field_or_raise(
                units, parameters, self.UNIT_TERRITORY_FIELD, context, self.tr("Area territory field")
            )
        use_units = units is not None and bool(zip_field) and bool(unit_zip_field)
        if not territory_field and not (use_units and unit_territory_field):
            raise QgsProcessingException(
                self.tr(
                    "Say which territory each account is in: the account territory field, or the zip code areas "
                    "with their zip code and territory fields and the accounts' zip code field."
                )
            )

        label_field = accounts.fields().at(0).name()
        wanted = [label_field, segment_field, calls_field, minutes_field, territory_field, zip_field, *sum_fields]
        wanted = [f for f in dict.fromkeys(wanted) if f]
        table = self.read_table(parameters, self.ACCOUNTS, context, accounts, wanted, feedback)
        if feedback.isCanceled():
            return None, None
        frame = table.frame
        n = len(frame)
        labels = frame[label_field].to_numpy()
        feedback.setProgress(30)

        calls = minutes = np.zeros(n)
        if plan is not None and segment_field:
            calls, minutes = self.plan_calls_or_raise(frame[segment_field], plan)
        if calls_field:
            calls = self.amounts_or_raise(frame[calls_field], labels, calls_field, label_field)
        if minutes_field:
            minutes = self.amounts_or_raise(frame[minutes_field], labels, minutes_field, label_field)
        sums = {f"sum_{f}": self.numbers_or_raise(frame[f], labels, f, label_field) for f in sum_fields}
        if feedback.isCanceled():
            return None, None

        # zip areas: each account's area, for its territory and its location
        unit_of_account = np.full(n, -1, dtype=np.int64)
        code_reason = np.zeros(n, dtype=np.int8)
        areas = {unit_territory_field: []}
        centroids = np.empty((0, 2))
        unit_ids: list[int] = []
        if use_units:
            to_wgs84 = self._wgs84(units.sourceCrs(), context, self.tr("The zip code areas layer"))
            areas, centroids, unit_ids = read_areas(units, [unit_zip_field, unit_territory_field], to_wgs84, feedback)
            zip_format = self.parameterAsEnum(parameters, self.ZIP_FORMAT, context)
            unit_index = self.index_units_or_raise(areas[unit_zip_field], zip_format, unit_zip_field)
            unit_of_account, code_reason = match_accounts(frame[zip_field], unit_index, zip_format)
        points = None
        if QgsWkbTypes.geometryType(accounts.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
            to_wgs84 = self._wgs84(accounts.sourceCrs(), context, self.tr("The accounts layer"))
            points = read_point_positions(accounts, table.feature_ids, to_wgs84, feedback)
            fallback = self.parameterAsBoolean(parameters, self.SPATIAL_FALLBACK, context)
            unplaced = np.flatnonzero((unit_of_account < 0) & np.isfinite(points).all(axis=1))
            if use_units and fallback and len(unplaced):
                to_units = QgsCoordinateTransform(
                    QgsCoordinateReferenceSystem(WGS84), units.sourceCrs(), context.transformContext()
                )
                lonlat = (QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in points[unplaced].tolist())
                placed = UnitLocator.of_features(units, unit_ids).place(lonlat, to_units)
                unit_of_account[unplaced] = placed
                feedback.pushInfo(
                    self.tr("{count} point accounts without a usable code were placed by location.").format(
                        count=int((placed >= 0).sum())
                    )
                )
        if use_units and not territory_field:
            self.require_matches(
                unit_of_account, accounts, zip_field, frame[zip_field], units, unit_zip_field, areas[unit_zip_field]
            )
            self.warn_partial_match(
                feedback,
                unit_of_account,
                code_reason,
                frame[zip_field],
                accounts,
                zip_field,
                units,
                unit_zip_field,
                areas[unit_zip_field],
                weights={self.tr("the call hours"): call_hours(calls, minutes)},
            )
        if feedback.isCanceled():
            return None, None
        feedback.setProgress(40)

        try:
            place = place_accounts(
                frame[territory_field] if territory_field else None,
                unit_of_account,
                areas.get(unit_territory_field) or [],
                centroids,
                points,
                bases,
            )
        except WorkloadError as error:
            raise self._bases_error(error) from error
        self._report_placement(place, feedback)
        if territory_field and use_units and unit_territory_field:
            feedback.pushInfo(
                self.tr(
                    "Territories come from the accounts' field '{field}'; the areas' territory field is not used."
                ).format(field=territory_field)
            )
        if not territory_field and place.unassigned:
            feedback.pushWarning(
                self.tr(
                    "{count} accounts are in no territory ({no_area} match no zip code area, {blank} are in an "
                    "area without a territory); they are left out of the scorecard."
                ).format(count=place.unassigned, no_area=place.no_area, blank=place.unassigned - place.no_area)
            )
        elif place.unassigned:
            feedback.pushWarning(
                self.tr("{count} accounts have no value in '{field}'; they are left out of the scorecard.").format(
                    count=place.unassigned, field=territory_field
                )
            )
        if place.unlocated:
            feedback.pushWarning(
                self.tr(
                    "{count} accounts in a territory have no location (no point and no matching zip code area): "
                    "they get no travel."
                ).format(count=place.unlocated)
            )
        unit_area = polygon_areas_km2(units, unit_ids, context.transformContext(), feedback) if use_units else None
        rows = WorkloadRows(
            place,
            calls,
            call_hours(calls, minutes),
            minutes=minutes,
            sums=sums,
            unit=unit_of_account if use_units else None,
            unit_area_km2=unit_area,
            segments=frame[segment_field] if segment_field else None,
            plan=plan if segment_field else None,
        )
        return rows, table

    # --- unit level ---------------------------------------------------------------------------

    def _unit_rows(self, parameters, context, units, bases, feedback) -> WorkloadRows | None:
        what = self.tr("Unit level")

        def field(name):
            return self.optional_field_or_raise(units, parameters, name, context, what)

        workload_field, territory_field = field(self.UNIT_WORKLOAD_FIELD), field(self.UNIT_TERRITORY_FIELD)
        if not workload_field or not territory_field:
            raise QgsProcessingException(
                self.tr(
                    "Without accounts, the zip code areas need a call hours field and a territory field (unit "
                    "level), e.g. the totals written by 'Aggregate accounts by zip code'."
                )
            )
        calls_field, count_field = field(self.UNIT_CALLS_FIELD), field(self.UNIT_COUNT_FIELD)
        called_field = field(self.UNIT_CALLED_FIELD)
        sum_fields = self.fields_or_raise(units, parameters, self.UNIT_SUM_FIELDS, context, what)
        to_wgs84 = self._wgs84(units.sourceCrs(), context, self.tr("The zip code areas layer"))
        wanted = [territory_field, workload_field, calls_field, count_field, called_field, *sum_fields]
        columns, centroids, ids = read_areas(units, wanted, to_wgs84, feedback)
        areas = polygon_areas_km2(units, ids, context.transformContext(), feedback)
        if feedback.isCanceled():
            return None
        try:
            place = place_units(columns[territory_field], centroids, bases)
        except WorkloadError as error:
            raise self._bases_error(error) from error
        self._report_placement(place, feedback)
        if place.unassigned:
            feedback.pushWarning(
                self.tr("{count} zip code areas have no territory; they are left out of the scorecard.").format(
                    count=place.unassigned
                )
            )
        label = self.tr("unit")
        labels = np.arange(1, len(centroids) + 1)

        def numbers(name):
            return self.numbers_or_raise(columns[name], labels, name, label)

        calls = numbers(calls_field) if calls_field else np.zeros(len(centroids))
        if not calls_field:
            feedback.pushWarning(self.tr("No calls per year field: travel is not counted at unit level."))
        count = numbers(count_field) if count_field else None
        if count is None:
            feedback.pushInfo(self.tr("No account count field: the accounts column counts zip code areas."))
        sums = {f: numbers(f) for f in sum_fields}
        called = numbers(called_field) if called_field else None
        if calls_field and called is None:
            feedback.pushInfo(
                self.tr(
                    "No called accounts field: the day tours count {what} as their stops (a field summing the "
                    "scored accounts' 'called' column counts only the accounts that get calls)."
                ).format(what=self.tr("every account") if count is not None else self.tr("one stop per zip code area"))
            )
        return WorkloadRows(
            place,
            calls,
            numbers(workload_field),
            count=count,
            sums=sums,
            unit=np.arange(len(centroids)),
            unit_area_km2=areas,
            calls_known=bool(calls_field),
            called=called,
        )

    # --- bases --------------------------------------------------------------------------------

    def _wgs84(self, crs, context, what: str) -> QgsCoordinateTransform:
        if not crs.isValid():
            raise QgsProcessingException(
                self.tr("{what} has no coordinate reference system: set it (Layer Properties > Source).").format(
                    what=what
                )
            )
        return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext())

    def _read_bases(self, parameters, context) -> dict[str, tuple[float, float]]:
        bases = self.parameterAsSource(parameters, self.BASES, context)
        if bases is None:
            if parameters.get(self.BASES):
                raise QgsProcessingException(self.invalidSourceError(parameters, self.BASES))
            return {}
        field = self.optional_field_or_raise(
            bases, parameters, self.BASE_TERRITORY_FIELD, context, self.tr("Territory field of the bases")
        )
        if not field:
            raise QgsProcessingException(
                self.tr("Rep home bases need their territory field: the territory each base serves.")
            )
        to_wgs84 = self._wgs84(bases.sourceCrs(), context, self.tr("The bases layer"))
        try:
            return home_bases(read_named_points(bases, field, to_wgs84))
        except WorkloadError as error:
            raise self._bases_error(error) from error

    def _bases_error(self, error: WorkloadError) -> QgsProcessingException:
        d = error.details
        if error.kind == "bases_repeated":
            text = self.tr("Each territory has one home base, but these have more: {names}.")
            return QgsProcessingException(text.format(names=", ".join(d["names"])))
        text = self.tr(
            "No home base names a territory: the bases' territory field holds e.g. {bases}, the territories "
            "are e.g. {names}. Choose the field of the bases that holds the territory names."
        )
        return QgsProcessingException(text.format(bases=", ".join(d["bases"]), names=", ".join(d["names"])))

    def _report_placement(self, place, feedback) -> None:
        for name in place.base_only:
            feedback.pushWarning(
                self.tr("Territory '{name}' has a home base but no accounts: it is scored with 0 hours.").format(
                    name=name
                )
            )

    def _report(self, travel, names, bases, feedback) -> None:
        from_centre = [name for name, home in zip(names, travel.from_home) if not home]
        if from_centre and bases:
            feedback.pushWarning(
                self.tr("No home base for {names}: travel measured from the territory's weighted centre.").format(
                    names=", ".join(from_centre)
                )
            )
        elif not bases:
            feedback.pushInfo(
                self.tr("No home bases given: travel is measured from each territory's centre, weighted by call hours.")
            )
        located = int(travel.located.sum())
        feedback.pushInfo(
            self.tr(
                "Travel as day tours of {c:g} calls, measured for {count} rows; {km:,.0f} km one way to them in all."
            ).format(c=travel.calls_per_day, count=located, km=float(np.nansum(travel.distance_km)))
        )
        if travel.area_from_hull.any():
            feedback.pushInfo(
                self.tr(
                    "{count} territories have called accounts outside every zip code area: their tour area is the "
                    "convex hull of their accounts."
                ).format(count=int(travel.area_from_hull.sum()))
            )

    # --- writing ------------------------------------------------------------------------------

    def _write_accounts(self, parameters, context, table, rows: WorkloadRows, travel, feedback) -> dict | None:
        """The accounts with their territory, calls and hours; None when canceled."""
        accounts = table.source
        # re-scoring an earlier output replaces its numbers
        kept = [i for i, f in enumerate(accounts.fields()) if f.name() not in ACCOUNT_COLUMNS]
        padded = np.array([*rows.placement.names, None], dtype=object)
        added = pd.DataFrame(
            {
                "territory": padded[rows.placement.territory],
                "calls_per_year": rows.calls,
                "minutes_per_call": rows.minutes,
                "call_hours": rows.hours,
                "distance_km": travel.distance_km,
                "travel_hours": travel.hours,
                "called": (rows.calls > 0).astype(np.int64),
            }
        )
        added = rounding.round_columns(added, rounding.ACCOUNT)
        csv_path = self._plain_csv_destination(parameters, context) if table.feature_ids is None else None
        if csv_path:
            write_csv_with_columns(table, [accounts.fields().at(i).name() for i in kept], added, csv_path)
            self._load_on_completion(parameters, context, csv_path)
            return {self.ACCOUNTS_OUTPUT: csv_path}
        fields = QgsFields()
        for i in kept:
            fields.append(accounts.fields().at(i))
        fields.append(QgsField("territory", FieldType.STRING))
        for name in ACCOUNT_COLUMNS[1:-1]:
            fields.append(QgsField(name, FieldType.DOUBLE))
        fields.append(QgsField("called", FieldType.INT))
        sink, dest_id = self.table_sink(
            parameters, self.ACCOUNTS_OUTPUT, context, fields, accounts.wkbType(), accounts.sourceCrs()
        )
        if sink is None:
            return {}
        if not write_features_with_columns(sink, table, kept, added, fields, feedback, (60, 100)):
            return None
        del sink  # closes the file
        if accounts.wkbType() == QgsWkbTypes.Type.NoGeometry:  # a CSV with geometry has extra columns: no sidecar
            write_csvt(dest_id, fields)
        return {self.ACCOUNTS_OUTPUT: dest_id}

    def _plain_csv_destination(self, parameters, context) -> str | None:
        """The .csv file ACCOUNTS_OUTPUT should be written to, when it is a plain file path."""
        value = parameters.get(self.ACCOUNTS_OUTPUT)
        if value is None or (isinstance(value, str) and not value):
            return None
        path = self.parameterAsOutputLayer(parameters, self.ACCOUNTS_OUTPUT, context)
        return path if plain_csv_file(path) else None

    def _load_on_completion(self, parameters, context, path: str) -> None:
        value = parameters.get(self.ACCOUNTS_OUTPUT)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                self.tr("Accounts with call and travel hours"), value.destinationProject, self.ACCOUNTS_OUTPUT
            )
            context.addLayerToLoadOnCompletion(path, details)
