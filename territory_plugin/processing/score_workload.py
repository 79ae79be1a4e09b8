"""territory:scoreworkload — call hours, travel and utilisation of every territory: the scorecard."""

from __future__ import annotations

import os
from itertools import chain

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from territory_plugin.core.aggregate import AggregationError, UnmatchedReason, match_accounts, to_numbers
from territory_plugin.core.workload import (
    WorkloadError,
    call_hours,
    parse_call_plan,
    plan_calls,
    scorecard,
    travel_hours,
)
from territory_plugin.layers import UnitLocator
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.tables import plain_csv_path, python_value, read_accounts

WGS84 = "EPSG:4326"
ACCOUNT_COLUMNS = ("territory", "calls_per_year", "minutes_per_call", "call_hours", "distance_km", "travel_hours")


class ScoreWorkload(TerritoryAlgorithm):
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
    UNIT_SUM_FIELDS = "UNIT_SUM_FIELDS"
    BASES = "BASES"
    BASE_TERRITORY_FIELD = "BASE_TERRITORY_FIELD"
    SPEED_KMH = "SPEED_KMH"
    CIRCUITY = "CIRCUITY"
    CAPACITY_HOURS = "CAPACITY_HOURS"
    ADMIN_PCT = "ADMIN_PCT"
    ACCOUNTS_OUTPUT = "ACCOUNTS_OUTPUT"
    SCORECARD = "SCORECARD"
    MAX_DEVIATION = "MAX_DEVIATION"
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
            "Travel hours = calls per year x 2 x distance(account, base) x circuity / average speed. The account is "
            "at its point, else at the centroid of its zip code area; the base is the rep's home (Bases layer), "
            "else the territory's centre weighted by call hours. Distances are measured on the WGS84 ellipsoid.\n"
            "Total hours = call hours + travel hours + admin overhead (% of both). Utilisation = total hours / "
            "capacity. Index = total hours / mean of all territories; deviation = (total - mean) / mean.\n\n"
            "Unit level: without accounts, zip code areas that carry a workload field (call hours), a territory "
            "field and optionally calls per year (for travel) and an account count give the same scorecard."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        def advanced(parameter):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            return parameter

        def account_field(name, description, multiple=False):
            return QgsProcessingParameterField(
                name, description, parentLayerParameterName=self.ACCOUNTS, allowMultiple=multiple, optional=True
            )

        def unit_field(name, description, multiple=False):
            return QgsProcessingParameterField(
                name, description, parentLayerParameterName=self.UNITS, allowMultiple=multiple, optional=True
            )

        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ACCOUNTS,
                self.tr("Accounts (layer, table or CSV file)"),
                [QgsProcessing.TypeVector],
                optional=True,
            )
        )
        self.addParameter(account_field(self.SEGMENT_FIELD, self.tr("Segment field")))
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.CALL_PLAN,
                self.tr("Call plan"),
                headers=[self.tr("Segment"), self.tr("Calls per year"), self.tr("Minutes per call")],
                optional=True,
            )
        )
        self.addParameter(account_field(self.CALLS_FIELD, self.tr("Calls per year field (instead of the plan)")))
        self.addParameter(account_field(self.MINUTES_FIELD, self.tr("Minutes per call field (instead of the plan)")))
        self.addParameter(account_field(self.TERRITORY_FIELD, self.tr("Account territory field")))
        self.addParameter(account_field(self.ZIP_FIELD, self.tr("Account zip code field")))
        self.addParameter(account_field(self.SUM_FIELDS, self.tr("Account fields to total per territory"), True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS,
                self.tr("Zip code areas (polygons)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(unit_field(self.UNIT_ZIP_FIELD, self.tr("Area zip code field")))
        self.addParameter(unit_field(self.UNIT_TERRITORY_FIELD, self.tr("Area territory field")))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ZIP_FORMAT,
                self.tr("Code format"),
                options=[self.tr("US ZIP (5 digits)"), self.tr("As is (any country)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SPATIAL_FALLBACK,
                self.tr("Place point accounts without a usable code in the area that contains them"),
                defaultValue=True,
            )
        )
        self.addParameter(unit_field(self.UNIT_WORKLOAD_FIELD, self.tr("Unit level: area call hours field")))
        self.addParameter(unit_field(self.UNIT_CALLS_FIELD, self.tr("Unit level: area calls per year field")))
        self.addParameter(unit_field(self.UNIT_COUNT_FIELD, self.tr("Unit level: area account count field")))
        self.addParameter(unit_field(self.UNIT_SUM_FIELDS, self.tr("Unit level: area fields to total"), True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BASES, self.tr("Rep home bases (points)"), [QgsProcessing.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.BASE_TERRITORY_FIELD,
                self.tr("Territory field of the bases"),
                parentLayerParameterName=self.BASES,
                optional=True,
            )
        )
        number = QgsProcessingParameterNumber.Double
        self.addParameter(
            QgsProcessingParameterNumber(self.SPEED_KMH, self.tr("Average speed (km/h)"), number, 50.0, minValue=1)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CIRCUITY, self.tr("Circuity: road distance / straight distance"), number, 1.3, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CAPACITY_HOURS, self.tr("Rep capacity (field hours a year)"), number, 1600.0, minValue=1
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.ADMIN_PCT, self.tr("Admin overhead (% of call and travel hours)"), number, 0.0, minValue=0
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ACCOUNTS_OUTPUT,
                self.tr("Accounts with call and travel hours"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.SCORECARD, self.tr("Scorecard"), QgsProcessing.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber(self.MAX_DEVIATION, self.tr("Largest deviation of total hours (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.CV, self.tr("Coefficient of variation of total hours")))
        self.addOutput(QgsProcessingOutputNumber(self.UNASSIGNED_COUNT, self.tr("Accounts in no territory")))
        self.addOutput(QgsProcessingOutputNumber(self.UNLOCATED_COUNT, self.tr("Accounts without a location")))

    # --- parameters ---------------------------------------------------------------------------

    def _optional_field(self, source, parameters, name, context, what) -> str:
        if not self.parameterAsString(parameters, name, context):
            return ""
        return self.field_or_raise(source, parameters, name, context, what)

    def _numbers(self, values, labels, field: str, label_field: str) -> np.ndarray:
        try:
            return to_numbers(values, labels, field)
        except AggregationError as error:
            d = error.details
            raise QgsProcessingException(
                self.tr(
                    "Field '{field}' must hold numbers, but {label_field} {account} has '{value}' ({count} such "
                    "values in all). Fix those values or leave them blank."
                ).format(field=field, account=d["account"], label_field=label_field, value=d["value"], count=d["count"])
            ) from error

    def _wgs84(self, crs, context, what: str) -> QgsCoordinateTransform:
        if not crs.isValid():
            raise QgsProcessingException(
                self.tr("{what} has no coordinate reference system: set it (Layer Properties > Source).").format(
                    what=what
                )
            )
        return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext())

    # --- main ---------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        accounts = self.parameterAsSource(parameters, self.ACCOUNTS, context)
        if accounts is None and parameters.get(self.ACCOUNTS):
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ACCOUNTS))
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None and parameters.get(self.UNITS):
            raise QgsProcessingException(self.invalidSourceError(parameters, self.UNITS))
        if accounts is None and units is None:
            raise QgsProcessingException(
                self.tr(
                    "Give the accounts (with a segment and call plan, or calls and minutes fields), or, at unit "
                    "level, zip code areas with a call hours field and a territory field."
                )
            )
        speed = self.parameterAsDouble(parameters, self.SPEED_KMH, context)
        circuity = self.parameterAsDouble(parameters, self.CIRCUITY, context)
        capacity = self.parameterAsDouble(parameters, self.CAPACITY_HOURS, context)
        admin = self.parameterAsDouble(parameters, self.ADMIN_PCT, context)

        bases = self._read_bases(parameters, context)
        if accounts is not None:
            rows = self._account_rows(parameters, context, accounts, units, bases, feedback)
        else:
            rows = self._unit_rows(parameters, context, units, bases, feedback)
        if rows is None or feedback.isCanceled():
            return {}
        feedback.setProgress(50)

        names = rows["names"]
        if not names:
            raise QgsProcessingException(
                self.tr(
                    "No territory found: the territory field is empty everywhere. Check the territory field of the "
                    "accounts or of the zip code areas."
                )
            )
        homes = np.array([bases.get(name, (np.nan, np.nan)) for name in names], dtype=np.float64).reshape(-1, 2)
        k = len(names)
        territory = rows["territory"]
        try:
            travel = travel_hours(
                rows["calls"],
                rows["location"],
                rows["locations"],
                territory,
                k,
                homes=homes,
                weights=rows["hours"],
                geographic=True,
                speed_kmh=speed,
                circuity=circuity,
            )
            card = scorecard(
                names,
                territory,
                rows["hours"],
                travel.hours,
                accounts=rows["count"],
                sums=rows["sums"],
                capacity_hours=capacity,
                admin_pct=admin,
            )
        except WorkloadError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        self._report(travel, names, bases, feedback)

        results = self._write_scorecard(parameters, context, card.table)
        if accounts is not None:
            results.update(self._write_accounts(parameters, context, accounts, rows, names, travel, feedback))
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr(
                "{k} territories, {hours:,.0f} hours a year in all; largest deviation of total hours {dev:.2f}%, "
                "coefficient of variation {cv:.3f}."
            ).format(k=k, hours=float(card.table["total_hours"].sum()), dev=card.max_deviation_pct, cv=card.cv)
        )
        results[self.MAX_DEVIATION] = card.max_deviation_pct
        results[self.CV] = card.cv
        results[self.UNASSIGNED_COUNT] = int((territory < 0).sum()) if accounts is not None else 0
        results[self.UNLOCATED_COUNT] = rows["unlocated"]
        return results

    # --- account level ------------------------------------------------------------------------

    def _account_rows(self, parameters, context, accounts, units, bases, feedback) -> dict | None:
        segment_field = self._optional_field(
            accounts, parameters, self.SEGMENT_FIELD, context, self.tr("Segment field")
        )
        calls_field = self._optional_field(
            accounts, parameters, self.CALLS_FIELD, context, self.tr("Calls per year field")
        )
        minutes_field = self._optional_field(
            accounts, parameters, self.MINUTES_FIELD, context, self.tr("Minutes per call field")
        )
        territory_field = self._optional_field(
            accounts, parameters, self.TERRITORY_FIELD, context, self.tr("Account territory field")
        )
        zip_field = self._optional_field(
            accounts, parameters, self.ZIP_FIELD, context, self.tr("Account zip code field")
        )
        sum_fields = self.fields_or_raise(
            accounts, parameters, self.SUM_FIELDS, context, self.tr("Account fields to total per territory")
        )
        plan_values = [python_value(value) for value in self.parameterAsMatrix(parameters, self.CALL_PLAN, context)]
        plan = None
        if any(value is not None and str(value).strip() for value in plan_values):
            try:
                plan = parse_call_plan(plan_values)
            except WorkloadError as error:
                raise QgsProcessingException(
                    self.tr("Call plan: {problem}. Write rows of segment, calls per year, minutes per call.").format(
                        problem=str(error)
                    )
                ) from error
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
            unit_zip_field = self._optional_field(
                units, parameters, self.UNIT_ZIP_FIELD, context, self.tr("Area zip code field")
            )
            unit_territory_field = self._optional_field(
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
        wanted = [
            f
            for f in dict.fromkeys(
                [label_field, segment_field, calls_field, minutes_field, territory_field, zip_field, *sum_fields]
            )
            if f
        ]
        csv_path = plain_csv_path(
            self.parameterAsVectorLayer(parameters, self.ACCOUNTS, context), parameters.get(self.ACCOUNTS)
        )
        table = read_accounts(accounts, wanted, csv_path, feedback)
        if feedback.isCanceled():
            return None
        frame = table.frame
        n = len(frame)
        labels = frame[label_field].to_numpy()
        feedback.setProgress(30)

        if plan is not None and segment_field:
            try:
                calls, minutes = plan_calls(frame[segment_field], plan)
            except WorkloadError as error:
                d = error.details
                shown = [self.tr("(blank)") if not s else s for s in d["segments"][:10]]
                counts = ", ".join(f"{s}: {d['counts'][raw]}" for s, raw in zip(shown, d["segments"][:10]))
                raise QgsProcessingException(
                    self.tr(
                        "Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add "
                        "rows for them, or a default row with segment * (e.g. *,4,20)."
                    ).format(
                        segments=", ".join(shown),
                        counts=counts,
                        known=", ".join(d["known"]) or self.tr("no segment rows"),
                    )
                ) from error
        else:
            calls = minutes = np.zeros(n)
        if calls_field:
            calls = self._numbers(frame[calls_field], labels, calls_field, label_field)
        if minutes_field:
            minutes = self._numbers(frame[minutes_field], labels, minutes_field, label_field)
        hours = call_hours(calls, minutes)
        sums = {f"sum_{f}": self._numbers(frame[f], labels, f, label_field) for f in sum_fields}
        if feedback.isCanceled():
            return None

        # zip areas: each account's area, for its territory and its location
        unit_of_account = np.full(n, -1, dtype=np.int64)
        reason = np.full(n, UnmatchedReason.NO_UNIT, dtype=np.int8)
        unit_territories: list = []
        unit_ids: list[int] = []
        centroids = np.empty((0, 2))
        if use_units:
            unit_codes, unit_territories, centroids, unit_ids = self._read_units(
                units, unit_zip_field, unit_territory_field, context, feedback
            )
            zip_format = self.parameterAsEnum(parameters, self.ZIP_FORMAT, context)
            unit_index = self.index_units_or_raise(unit_codes, zip_format, unit_zip_field)
            unit_of_account, reason = match_accounts(frame[zip_field], unit_index, zip_format)
        points = None
        if QgsWkbTypes.geometryType(accounts.wkbType()) == QgsWkbTypes.PointGeometry:
            points = self._account_points(accounts, table.feature_ids, context, feedback)
            fallback = self.parameterAsBoolean(parameters, self.SPATIAL_FALLBACK, context)
            unplaced = np.flatnonzero((unit_of_account < 0) & np.isfinite(points).all(axis=1))
            if use_units and fallback and len(unplaced):
                placed = self._place_by_location(points[unplaced], units, unit_ids, context)
                unit_of_account[unplaced] = placed
                feedback.pushInfo(
                    self.tr("{count} point accounts without a usable code were placed by location.").format(
                        count=int((placed >= 0).sum())
                    )
                )
        feedback.setProgress(40)

        # territories: each distinct name is cleaned and looked up once
        if territory_field:
            codes, raw_names = pd.factorize(frame[territory_field], use_na_sentinel=True)
            if use_units and unit_territory_field:
                feedback.pushInfo(
                    self.tr(
                        "Territories come from the accounts' field '{field}'; the areas' territory field is not used."
                    ).format(field=territory_field)
                )
        else:
            codes, raw_names = pd.factorize(pd.Series(unit_territories, dtype=object), use_na_sentinel=True)
            codes = np.append(codes, -1)[unit_of_account]  # -1 (no area) picks the appended -1
        cleaned = _clean_names(pd.Series(raw_names, dtype=object))
        names = self._with_base_names(bases, sorted({t for t in cleaned if t is not None}), feedback)
        position = {name: i for i, name in enumerate(names)}
        lookup = np.array([position.get(t, -1) if t is not None else -1 for t in cleaned] + [-1], dtype=np.int64)
        territory = lookup[codes]  # factorize gives -1 to missing values: the appended -1
        if not territory_field:
            unassigned = territory < 0
            no_area = int((unassigned & (unit_of_account < 0)).sum())
            if unassigned.any():
                feedback.pushWarning(
                    self.tr(
                        "{count} accounts are in no territory ({no_area} match no zip code area, {blank} are in an "
                        "area without a territory); they are left out of the scorecard."
                    ).format(count=int(unassigned.sum()), no_area=no_area, blank=int(unassigned.sum()) - no_area)
                )
        elif (territory < 0).any():
            feedback.pushWarning(
                self.tr("{count} accounts have no value in '{field}'; they are left out of the scorecard.").format(
                    count=int((territory < 0).sum()), field=territory_field
                )
            )

        # locations: the account's point, else its area's centroid
        location = unit_of_account.copy()
        locations = centroids
        if points is not None:
            has_point = np.isfinite(points).all(axis=1)
            location = np.where(has_point, len(centroids) + np.arange(n), location)
            locations = np.vstack([centroids, points])
        unlocated = int(((location < 0) & (territory >= 0)).sum())
        if unlocated:
            feedback.pushWarning(
                self.tr(
                    "{count} accounts in a territory have no location (no point and no matching zip code area): "
                    "they get no travel."
                ).format(count=unlocated)
            )
        return {
            "names": names,
            "territory": territory,
            "calls": calls,
            "minutes": minutes,
            "hours": hours,
            "count": None,
            "sums": sums,
            "location": location,
            "locations": locations,
            "unlocated": unlocated,
            "table": table,
            "csv_path": csv_path,
        }

    def _read_units(self, units, zip_field: str, territory_field: str, context, feedback):
        """Codes, territories and WGS84 centroids of the zip code areas, in feature order."""
        to_wgs84 = self._wgs84(units.sourceCrs(), context, self.tr("The zip code areas layer"))
        names = units.fields().names()
        wanted = [names.index(f) for f in (zip_field, territory_field) if f]
        request = QgsFeatureRequest().setSubsetOfAttributes(wanted)
        codes, territories, xy, ids = [], [], [], []
        for count, feature in enumerate(units.getFeatures(request)):
            if count % 5000 == 0 and feedback.isCanceled():
                break
            attributes = feature.attributes()
            codes.append(python_value(attributes[wanted[0]]))
            territories.append(python_value(attributes[wanted[1]]) if territory_field else None)
            xy.append(_centroid(feature.geometry(), to_wgs84))
            ids.append(feature.id())
        return codes, territories, np.array(xy, dtype=np.float64).reshape(-1, 2), ids

    def _place_by_location(self, points: np.ndarray, units, unit_ids: list[int], context) -> np.ndarray:
        """Position (in ``unit_ids``) of the area containing each WGS84 point, or -1."""
        to_units = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(WGS84), units.sourceCrs(), context.transformContext()
        )
        geometry_of = {
            feature.id(): feature.geometry()
            for feature in units.getFeatures(QgsFeatureRequest().setNoAttributes())
            if feature.hasGeometry()
        }
        locator = UnitLocator([geometry_of.get(fid) for fid in unit_ids])
        placed = np.full(len(points), -1, dtype=np.int64)
        for row, (x, y) in enumerate(points.tolist()):
            placed[row] = locator.locate(QgsGeometry.fromPointXY(to_units.transform(QgsPointXY(x, y))))
        return placed

    def _account_points(self, accounts, feature_ids, context, feedback) -> np.ndarray:
        """WGS84 position of every account (NaN without geometry), in the order of ``feature_ids``."""
        to_wgs84 = self._wgs84(accounts.sourceCrs(), context, self.tr("The accounts layer"))
        where = {int(fid): row for row, fid in enumerate(feature_ids)}
        points = np.full((len(feature_ids), 2), np.nan)
        for count, feature in enumerate(accounts.getFeatures(QgsFeatureRequest().setNoAttributes())):
            if count % 50000 == 0 and feedback.isCanceled():
                break
            row = where.get(feature.id())
            if row is not None:
                points[row] = _centroid(feature.geometry(), to_wgs84)
        return points

    # --- unit level ---------------------------------------------------------------------------

    def _unit_rows(self, parameters, context, units, bases, feedback) -> dict | None:
        what = self.tr("Unit level")
        workload_field = self._optional_field(units, parameters, self.UNIT_WORKLOAD_FIELD, context, what)
        territory_field = self._optional_field(units, parameters, self.UNIT_TERRITORY_FIELD, context, what)
        if not workload_field or not territory_field:
            raise QgsProcessingException(
                self.tr(
                    "Without accounts, the zip code areas need a call hours field and a territory field (unit "
                    "level), e.g. the totals written by 'Aggregate accounts by zip code'."
                )
            )
        calls_field = self._optional_field(units, parameters, self.UNIT_CALLS_FIELD, context, what)
        count_field = self._optional_field(units, parameters, self.UNIT_COUNT_FIELD, context, what)
        sum_fields = self.fields_or_raise(units, parameters, self.UNIT_SUM_FIELDS, context, what)
        to_wgs84 = self._wgs84(units.sourceCrs(), context, self.tr("The zip code areas layer"))
        names_of_fields = units.fields().names()
        wanted = [
            f for f in dict.fromkeys([territory_field, workload_field, calls_field, count_field, *sum_fields]) if f
        ]
        indices = [names_of_fields.index(f) for f in wanted]
        columns: dict[str, list] = {f: [] for f in wanted}
        xy = []
        for count, feature in enumerate(units.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(indices))):
            if count % 5000 == 0 and feedback.isCanceled():
                return None
            attributes = feature.attributes()
            for f, i in zip(wanted, indices):
                columns[f].append(python_value(attributes[i]))
            xy.append(_centroid(feature.geometry(), to_wgs84))
        if feedback.isCanceled():
            return None
        label = self.tr("unit")
        labels = np.arange(1, len(xy) + 1)
        unit_names = _clean_names(pd.Series(columns[territory_field], dtype=object))
        names = sorted({t for t in unit_names if t is not None})
        names = self._with_base_names(bases, names, feedback)
        position = {name: i for i, name in enumerate(names)}
        territory = np.array([position.get(t, -1) if t is not None else -1 for t in unit_names], dtype=np.int64)
        if (territory < 0).any():
            feedback.pushWarning(
                self.tr("{count} zip code areas have no territory; they are left out of the scorecard.").format(
                    count=int((territory < 0).sum())
                )
            )
        hours = self._numbers(columns[workload_field], labels, workload_field, label)
        calls = self._numbers(columns[calls_field], labels, calls_field, label) if calls_field else np.zeros(len(xy))
        if not calls_field:
            feedback.pushWarning(self.tr("No calls per year field: travel is not counted at unit level."))
        count = self._numbers(columns[count_field], labels, count_field, label) if count_field else None
        if count is None:
            feedback.pushInfo(self.tr("No account count field: the accounts column counts zip code areas."))
        sums = {f: self._numbers(columns[f], labels, f, label) for f in sum_fields}
        locations = np.array(xy, dtype=np.float64).reshape(-1, 2)
        return {
            "names": names,
            "territory": territory,
            "calls": calls,
            "hours": hours,
            "count": count,
            "sums": sums,
            "location": np.arange(len(locations)),
            "locations": locations,
            "unlocated": 0,
        }

    # --- bases --------------------------------------------------------------------------------

    def _read_bases(self, parameters, context) -> dict[str, tuple[float, float]]:
        bases = self.parameterAsSource(parameters, self.BASES, context)
        if bases is None:
            if parameters.get(self.BASES):
                raise QgsProcessingException(self.invalidSourceError(parameters, self.BASES))
            return {}
        field = self._optional_field(
            bases, parameters, self.BASE_TERRITORY_FIELD, context, self.tr("Territory field of the bases")
        )
        if not field:
            raise QgsProcessingException(
                self.tr("Rep home bases need their territory field: the territory each base serves.")
            )
        to_wgs84 = self._wgs84(bases.sourceCrs(), context, self.tr("The bases layer"))
        found: dict[str, tuple[float, float]] = {}
        repeated = set()
        for feature in bases.getFeatures():
            name = _clean_names(pd.Series([python_value(feature[field])], dtype=object))[0]
            if name is None or not feature.hasGeometry():
                continue
            if name in found:
                repeated.add(name)
            found[name] = tuple(_centroid(feature.geometry(), to_wgs84))
        if repeated:
            raise QgsProcessingException(
                self.tr("Each territory has one home base, but these have more: {names}.").format(
                    names=", ".join(sorted(repeated))
                )
            )
        return found

    def _with_base_names(self, bases: dict, names: list[str], feedback) -> list[str]:
        """Territories plus those that only have a base (a rep without accounts)."""
        if not bases:
            return names
        known = set(names)
        extra = sorted(set(bases) - known)
        if extra and len(extra) == len(bases):
            raise QgsProcessingException(
                self.tr(
                    "No home base names a territory: the bases' territory field holds e.g. {bases}, the territories "
                    "are e.g. {names}. Choose the field of the bases that holds the territory names."
                ).format(bases=", ".join(extra[:3]), names=", ".join(names[:3]))
            )
        for name in extra:
            feedback.pushWarning(
                self.tr("Territory '{name}' has a home base but no accounts: it is scored with 0 hours.").format(
                    name=name
                )
            )
        return sorted(known | set(extra))

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
            self.tr("Travel measured for {count} rows, {km:,.0f} km one way in all.").format(
                count=located, km=float(np.nansum(travel.distance_km))
            )
        )

    # --- writing ------------------------------------------------------------------------------

    def _write_scorecard(self, parameters, context, table: pd.DataFrame) -> dict:
        fields = QgsFields()
        kinds = []
        for column in table.columns:
            if column == "territory":
                kind = QVariant.String
            elif column == "accounts" and np.issubdtype(table[column].dtype, np.integer):
                kind = QVariant.Int  # CSV files take Int64 fields as text
            else:
                kind = QVariant.Double
            fields.append(QgsField(column, kind))
            kinds.append(kind)
        sink, dest_id = self.parameterAsSink(
            parameters, self.SCORECARD, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.SCORECARD))
        out = QgsFeature(fields)
        convert = {QVariant.String: str, QVariant.Int: int, QVariant.Double: float}
        for row in table.itertuples(index=False):
            out.setAttributes([convert[kind](value) for kind, value in zip(kinds, row)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return {self.SCORECARD: dest_id}

    def _write_accounts(self, parameters, context, accounts, rows, names, travel, feedback) -> dict:
        fields = QgsFields()
        kept = []
        for index, field in enumerate(accounts.fields()):
            if field.name() not in ACCOUNT_COLUMNS:  # re-scoring an earlier output replaces its numbers
                fields.append(field)
                kept.append(index)
        fields.append(QgsField("territory", QVariant.String))
        for name in ACCOUNT_COLUMNS[1:]:
            fields.append(QgsField(name, QVariant.Double))
        territory = rows["territory"]
        padded = np.array([*names, None], dtype=object)
        added = pd.DataFrame(
            {
                "territory": padded[territory],
                "calls_per_year": rows["calls"],
                "minutes_per_call": rows["minutes"],
                "call_hours": rows["hours"],
                "distance_km": travel.distance_km,
                "travel_hours": travel.hours,
            }
        )
        table = rows["table"]
        csv_path = self._plain_csv_destination(parameters, context) if table.feature_ids is None else None
        if csv_path:
            # CSV in, CSV out: building a QgsFeature per row costs ~30 s a million rows. The input's
            # records are copied byte for byte with the new columns appended (~3 s), or, when its
            # layout is unusual or it carries columns of an earlier run, rewritten by pandas (~12 s).
            if len(kept) < accounts.fields().count() or not _append_columns(rows["csv_path"], csv_path, added):
                frame = table.frame[[fields.at(i).name() for i in range(len(kept))]].copy()
                for name in added.columns:
                    frame[name] = added[name].to_numpy()
                frame.to_csv(csv_path, index=False, encoding="utf-8")
            self._load_on_completion(parameters, context, csv_path)
            return {self.ACCOUNTS_OUTPUT: csv_path}
        sink, dest_id = self.parameterAsSink(
            parameters, self.ACCOUNTS_OUTPUT, context, fields, accounts.wkbType(), accounts.sourceCrs()
        )
        if sink is None:
            return {}
        # NaN (no location) and None become NULL
        extra = added.astype(object).where(added.notna(), None).to_numpy(dtype=object).tolist()
        n = len(extra)
        step = 50000
        if table.feature_ids is None:  # plain CSV: every column is in the frame already, as text
            values = table.frame[accounts.fields().names()]
            names_kept = [accounts.fields().at(i).name() for i in kept]
            values = values[names_kept].where(values[names_kept] != "", None).to_numpy(dtype=object).tolist()
            batch = []
            for row in range(n):
                feature = QgsFeature(fields)
                feature.setAttributes(values[row] + extra[row])
                batch.append(feature)
                if len(batch) == step:
                    sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                    batch = []
                    feedback.setProgress(60 + 40 * row / n)
                    if feedback.isCanceled():
                        return {}
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            return {self.ACCOUNTS_OUTPUT: dest_id}

        where = {int(fid): row for row, fid in enumerate(table.feature_ids)}
        out = QgsFeature(fields)
        for count, feature in enumerate(accounts.getFeatures()):
            if count % step == 0:
                feedback.setProgress(60 + 40 * count / max(n, 1))
                if feedback.isCanceled():
                    return {}
            row = where.get(feature.id())
            if row is None:
                continue
            attributes = feature.attributes()
            out.setGeometry(feature.geometry())
            out.setAttributes([attributes[i] for i in kept] + extra[row])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return {self.ACCOUNTS_OUTPUT: dest_id}

    def _plain_csv_destination(self, parameters, context) -> str | None:
        """The .csv file ACCOUNTS_OUTPUT should be written to, when it is a plain file path."""
        value = parameters.get(self.ACCOUNTS_OUTPUT)
        if value is None or (isinstance(value, str) and not value):
            return None
        path = self.parameterAsOutputLayer(parameters, self.ACCOUNTS_OUTPUT, context)
        if not path or not path.lower().endswith(".csv") or "|" in path or ":" in os.path.basename(path):
            return None
        return path if os.path.isdir(os.path.dirname(path) or ".") else None

    def _load_on_completion(self, parameters, context, path: str) -> None:
        value = parameters.get(self.ACCOUNTS_OUTPUT)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                self.tr("Accounts with call and travel hours"), value.destinationProject, self.ACCOUNTS_OUTPUT
            )
            context.addLayerToLoadOnCompletion(path, details)


def _csv_text(column: pd.Series) -> list[str]:
    """CSV cells of one column: floats in shortest round-trip form, NULL/NaN empty, text quoted when needed."""
    if np.issubdtype(column.dtype, np.floating):
        values = column.to_numpy(dtype=np.float64)
        cells = list(map(repr, values.tolist()))
        for row in np.flatnonzero(~np.isfinite(values)).tolist():
            cells[row] = ""
        return cells
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    texts = []
    for value in [*uniques.tolist(), None]:  # factorize gives -1 to missing values: the appended None
        text = "" if value is None else str(value)
        if any(c in text for c in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        texts.append(text)
    return np.array(texts, dtype=object)[codes].tolist()


def _append_columns(source: str | None, path: str, added: pd.DataFrame) -> bool:
    """Copy the CSV ``source`` to ``path`` with ``added``'s columns appended to every record.

    Records end at line breaks outside quotes. Returns False (writing nothing) when the file
    does not have exactly one header and one record per row of ``added`` (blank lines, a
    different reading), so that the caller can write it another way.
    """
    if not source:
        return False
    with open(source, "rb") as handle:
        data = handle.read()
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    raw = np.frombuffer(data, dtype=np.uint8)
    quotes = np.flatnonzero(raw == 34)
    breaks = np.flatnonzero(raw == 10)
    ends = breaks[np.searchsorted(quotes, breaks) % 2 == 0]
    if len(data) and (not len(ends) or ends[-1] != len(data) - 1):
        ends = np.append(ends, len(data))  # last record without a line break
    begins = np.concatenate([[start], ends[:-1] + 1])
    cut = ends.copy()
    cut[(cut > begins) & (raw[np.maximum(cut - 1, 0)] == 13)] -= 1  # CRLF
    if len(begins) != len(added) + 1 or np.any(cut <= begins):
        return False
    columns = [_csv_text(added[name]) for name in added.columns]
    step = 200_000
    with open(path, "wb") as handle:
        handle.write(data[begins[0] : cut[0]] + ("," + ",".join(added.columns) + "\n").encode("utf-8"))
        for first in range(0, len(added), step):
            last = min(first + step, len(added))
            tails = [("," + ",".join(cells) + "\n").encode("utf-8") for cells in zip(*(c[first:last] for c in columns))]
            heads = [
                data[b:c] for b, c in zip(begins[first + 1 : last + 1].tolist(), cut[first + 1 : last + 1].tolist())
            ]
            handle.write(b"".join(chain.from_iterable(zip(heads, tails))))
    return True


def _clean_names(values: pd.Series) -> list:
    """Territory names as trimmed text; missing or blank values become None."""
    text = values.astype(object).where(values.notna(), None)
    cleaned = [None if v is None else str(v).strip() for v in text.tolist()]
    return [v if v else None for v in cleaned]


def _centroid(geometry: QgsGeometry, transform: QgsCoordinateTransform) -> tuple[float, float]:
    """WGS84 lon/lat of a geometry's centroid (NaN when there is none)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return (np.nan, np.nan)
    point = geometry.centroid().asPoint()
    lonlat = transform.transform(point)
    return (lonlat.x(), lonlat.y())
