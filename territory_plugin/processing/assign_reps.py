"""territory:assignreps — match reps to territories by travel from their homes, skills and locks.

Longer than most algorithms (~630 lines) because it reads three inputs (reps with skills,
current territories and locks; territory areas; the accounts whose calls and locations
make each rep's day-tour travel), each with the sentences for its bad rows, and its log
explains every vacancy, extra rep and unmet skill. The matching itself is core/reps.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from territory_plugin.compat import FieldType
from territory_plugin.core.accounts import place_accounts
from territory_plugin.core.aggregate import match_accounts
from territory_plugin.core.alignment import clean_name, is_locked, ordered_names
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.core.reps import RepError, assign_reps, parse_skills, rep_travel, territory_needs
from territory_plugin.core.workload import WorkloadError, call_hours
from territory_plugin.layers import UnitLocator, centroid_xy, polygon_areas_km2, read_areas, read_point_positions
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.tables import python_value, write_csvt, write_frame

# A field rep's year: travel beyond it means the data or the parameters are wrong (DESIGN.md).
FIELD_YEAR_HOURS = 1600.0
# Status of an output row: stable words that a spreadsheet filter or a model can test.
ASSIGNED, VACANCY, EXTRA_REP = "assigned", "vacancy", "extra rep"
# Output columns: name, type.
COLUMNS = (
    ("territory", FieldType.STRING),
    ("rep", FieldType.STRING),
    ("status", FieldType.STRING),
    ("travel_hours", FieldType.DOUBLE),
    ("mean_km", FieldType.DOUBLE),
    ("accounts", FieldType.INT),
    ("calls", FieldType.DOUBLE),
    ("needs_skill", FieldType.STRING),
    ("rep_skill", FieldType.STRING),
    ("skill_match", FieldType.INT),
    ("locked", FieldType.INT),
    ("current_territory", FieldType.STRING),
)
# Territories listed one per line in the log up to this many.
LOG_LINES = 60


class AssignReps(TerritoryAlgorithm):
    REPS = "REPS"
    REP_NAME_FIELD = "REP_NAME_FIELD"
    REP_SKILL_FIELD = "REP_SKILL_FIELD"
    REP_TERRITORY_FIELD = "REP_TERRITORY_FIELD"
    REP_LOCK_FIELD = "REP_LOCK_FIELD"
    TERRITORIES = "TERRITORIES"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    ZIP_FIELD = "ZIP_FIELD"
    ZIP_FORMAT = "ZIP_FORMAT"
    ACCOUNTS = "ACCOUNTS"
    ACCOUNT_TERRITORY_FIELD = "ACCOUNT_TERRITORY_FIELD"
    ACCOUNT_ZIP_FIELD = "ACCOUNT_ZIP_FIELD"
    SEGMENT_FIELD = "SEGMENT_FIELD"
    CALLS_FIELD = "CALLS_FIELD"
    MINUTES_FIELD = "MINUTES_FIELD"
    CALL_PLAN = "CALL_PLAN"
    SKILL_SHARE = "SKILL_SHARE"
    CALLS_PER_DAY = "CALLS_PER_DAY"
    SPEED_KMH = "SPEED_KMH"
    CIRCUITY = "CIRCUITY"
    OUTPUT = "OUTPUT"
    TOTAL_TRAVEL_HOURS = "TOTAL_TRAVEL_HOURS"
    ASSIGNED_COUNT = "ASSIGNED_COUNT"
    VACANCIES = "VACANCIES"
    EXTRA_REPS = "EXTRA_REPS"
    SKILL_GAPS = "SKILL_GAPS"

    def name(self) -> str:
        return "assignreps"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Assign reps to territories")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Matches reps to territories so that the reps drive as little as possible, skills go where they are "
            "needed and locked reps keep their territory.\n\n"
            "Reps: points at their homes, with a name, optionally a skill (a segment, or several separated by ; , or "
            "|), a current territory and a lock field. With a current territory field and no lock field, every rep "
            "with a current territory keeps it; with a lock field, only those whose lock value is true (1, yes, "
            "true, locked, x).\n"
            "Territories: polygons, usually the zip code areas of a design with their territory field (or territory "
            "polygons); they list the territories, place the accounts and give the area their calls spread over. "
            "Without an area territory field, the territories are those of the accounts' territory field.\n"
            "Accounts: a layer, table or CSV with calls per year (a calls field, or a segment field and a call plan "
            "of segment, calls per year, minutes per call). Each account's territory is its own territory field, "
            "else the territory of its zip code area (codes cleaned as in 'Aggregate accounts by zip code'; point "
            "accounts without a usable code go to the area that contains them). It is at its point, else at its "
            "area's centroid.\n\n"
            "Cost of rep r for territory t = t's travel hours a year if r served it from home, as day tours: "
            "sum of calls x (2 x distance(account, home) / calls per day + hop) x circuity / speed, where hop = "
            "0.7124 x sqrt(area / accounts) is the mean step between neighbouring calls. Distances on the WGS84 "
            "ellipsoid.\n"
            "A territory whose accounts are mostly one segment (share of call hours above the skill share) needs a "
            "rep with that skill: when a free rep has it, the assignment makes as few skill mismatches as it can, "
            "then the least travel (the Hungarian method: the exact optimum). With more territories than reps, the "
            "vacancies are the territories whose leaving open gives the least travel; with more reps, the extra reps "
            "are listed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        field = self.field_parameter
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REPS, self.tr("Reps (points at their homes)"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.addParameter(
            field(self.REP_NAME_FIELD, self.tr("Rep name field"), self.REPS, optional=False, kind=FieldKind.REP_NAME)
        )
        self.addParameter(
            field(self.REP_SKILL_FIELD, self.tr("Rep skill (segment) field"), self.REPS, kind=FieldKind.SKILL)
        )
        self.addParameter(field(self.REP_TERRITORY_FIELD, self.tr("Rep current territory field"), self.REPS))
        self.addParameter(
            field(self.REP_LOCK_FIELD, self.tr("Rep lock field (locked reps keep it)"), self.REPS, kind=FieldKind.LOCK)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TERRITORIES,
                self.tr("Territories or zip code areas (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            field(self.TERRITORY_FIELD, self.tr("Area territory field"), self.TERRITORIES, kind=FieldKind.TERRITORY)
        )
        self.addParameter(field(self.ZIP_FIELD, self.tr("Area zip code field"), self.TERRITORIES, kind=FieldKind.ZIP))
        self.addParameter(self.zip_format_parameter(self.ZIP_FORMAT))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ACCOUNTS, self.tr("Accounts (layer, table or CSV file)"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(field(self.ACCOUNT_TERRITORY_FIELD, self.tr("Account territory field"), self.ACCOUNTS))
        self.addParameter(
            field(self.ACCOUNT_ZIP_FIELD, self.tr("Account zip code field"), self.ACCOUNTS, kind=FieldKind.ZIP)
        )
        self.addParameter(
            field(self.SEGMENT_FIELD, self.tr("Account segment field"), self.ACCOUNTS, kind=FieldKind.SEGMENT)
        )
        self.addParameter(field(self.CALLS_FIELD, self.tr("Calls per year field (instead of the plan)"), self.ACCOUNTS))
        self.addParameter(
            field(self.MINUTES_FIELD, self.tr("Minutes per call field (instead of the plan)"), self.ACCOUNTS)
        )
        self.addParameter(self.call_plan_parameter(self.CALL_PLAN))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SKILL_SHARE,
                self.tr("A territory needs a skill when its segment has more than this share of call hours (%)"),
                number,
                50.0,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CALLS_PER_DAY, self.tr("Calls per day"), number, 6.0, minValue=0.1, maxValue=50.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.SPEED_KMH, self.tr("Average speed (km/h)"), number, 50.0, minValue=1)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CIRCUITY, self.tr("Circuity: road distance / straight distance"), number, 1.3, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Rep assignment"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_TRAVEL_HOURS, self.tr("Travel hours a year in all")))
        self.addOutput(QgsProcessingOutputNumber(self.ASSIGNED_COUNT, self.tr("Territories with a rep")))
        self.addOutput(QgsProcessingOutputNumber(self.VACANCIES, self.tr("Territories without a rep")))
        self.addOutput(QgsProcessingOutputNumber(self.EXTRA_REPS, self.tr("Reps without a territory")))
        self.addOutput(QgsProcessingOutputNumber(self.SKILL_GAPS, self.tr("Territories whose rep lacks the skill")))

    # --- main ---------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        reps = self._read_reps(parameters, context)
        territories = self.parameterAsSource(parameters, self.TERRITORIES, context)
        self.check_far_points(self.tr("Rep homes"), reps["names"], reps["homes"], territories, context, feedback)
        rows = self._read_accounts(parameters, context, feedback)
        if rows is None:
            return {}
        areas = rows["areas"]
        feedback.setProgress(30)

        names, territory = rows["names"], rows["territory"]
        if not names:
            raise QgsProcessingException(
                self.tr("No territory found: the territory field of the areas (and of the accounts) is empty.")
            )
        k = len(names)
        locked_to = self._locks(reps, {name: t for t, name in enumerate(names)}, names)

        feedback.pushInfo(  # the long part on big inputs (300 reps x 33,000 zips: seconds): say it first
            self.tr("Measuring each rep's day tours in each of the {k} territories ({reps} reps)...").format(
                k=k, reps=len(reps["homes"])
            )
        )
        try:
            travel = rep_travel(
                rows["calls"],
                rows["location"],
                rows["locations"],
                territory,
                k,
                reps["homes"],
                unit=rows["unit"],
                unit_area_km2=areas["area_km2"],
                calls_per_day=self.parameterAsDouble(parameters, self.CALLS_PER_DAY, context),
                speed_kmh=self.parameterAsDouble(parameters, self.SPEED_KMH, context),
                circuity=self.parameterAsDouble(parameters, self.CIRCUITY, context),
                is_canceled=feedback.isCanceled,
                progress=lambda p: feedback.setProgress(30 + 0.6 * p),
            )
        except (RepError, WorkloadError) as error:
            raise QgsProcessingException(str(error)) from error
        if travel is None:
            return {}
        if travel.tours.area_from_hull.any():
            feedback.pushInfo(
                self.tr(
                    "{count} territories have called accounts outside every area: their tour area is the hull of "
                    "their accounts."
                ).format(count=int(travel.tours.area_from_hull.sum()))
            )

        share = self.parameterAsDouble(parameters, self.SKILL_SHARE, context) / 100.0
        needs, shares, labels = [None] * k, np.zeros(k), [None] * k
        if rows["segment"] is not None and reps["skill_field"]:
            needs, shares, labels = territory_needs(territory, rows["segment"], rows["hours"], k, share)
        try:
            plan = assign_reps(travel.hours, needs, reps["skills"], locked_to)
        except RepError as error:  # locks were checked above, with messages that name the reps
            raise QgsProcessingException(str(error)) from error
        feedback.setProgress(95)

        stats = {
            "accounts": np.bincount(territory[territory >= 0], minlength=k),
            "calls": np.bincount(territory[territory >= 0], weights=rows["calls"][territory >= 0], minlength=k),
        }
        results = self._write(parameters, context, names, reps, plan, travel, stats, labels)
        self._report(names, reps, plan, travel, stats, (needs, labels, shares), feedback)
        total = plan.travel_hours(travel.hours)
        results.update(
            {
                self.TOTAL_TRAVEL_HOURS: total,
                self.ASSIGNED_COUNT: int((plan.rep_of_territory >= 0).sum()),
                self.VACANCIES: int((plan.rep_of_territory < 0).sum()),
                self.EXTRA_REPS: int((plan.territory_of_rep < 0).sum()),
                self.SKILL_GAPS: int((plan.skill_match == 0).sum()),
            }
        )
        feedback.setProgress(100)
        return results

    # --- reading ------------------------------------------------------------------------------

    def _read_reps(self, parameters, context) -> dict:
        source = self.source_or_raise(parameters, self.REPS, context)
        name_field = self.field_or_raise(source, parameters, self.REP_NAME_FIELD, context, self.tr("Rep name field"))
        what = self.tr("Reps")
        skill_field = self.optional_field_or_raise(source, parameters, self.REP_SKILL_FIELD, context, what)
        territory_field = self.optional_field_or_raise(source, parameters, self.REP_TERRITORY_FIELD, context, what)
        lock_field = self.optional_field_or_raise(source, parameters, self.REP_LOCK_FIELD, context, what)
        if lock_field and not territory_field:
            raise QgsProcessingException(
                self.tr("A lock field needs the reps' current territory field: the territory a locked rep keeps.")
            )
        to_wgs84 = self.wgs84_or_raise(source, context, what)
        names, skills, skill_text, current, locked, homes, stranded = [], [], [], [], [], [], []
        for feature in source.getFeatures():
            names.append(clean_name(python_value(feature[name_field])))
            raw_skill = python_value(feature[skill_field]) if skill_field else None
            skills.append(parse_skills(raw_skill))
            skill_text.append(clean_name(raw_skill))
            now = clean_name(python_value(feature[territory_field])) if territory_field else None
            lock = not lock_field or is_locked(python_value(feature[lock_field]))
            if lock_field and lock and now is None:
                stranded.append(str(names[-1]))
            current.append(now)
            locked.append(now is not None and lock)
            homes.append(centroid_xy(feature.geometry(), to_wgs84))
        if not names:
            raise QgsProcessingException(self.tr("The reps layer has no features: add the reps' homes."))
        blank = sum(1 for n in names if n is None)
        if blank:
            raise QgsProcessingException(
                self.tr("{count} reps have no name in '{field}': every rep needs one.").format(
                    count=blank, field=name_field
                )
            )
        repeated = sorted(pd.Series(names)[pd.Series(names).duplicated()].unique())
        if repeated:
            raise QgsProcessingException(
                self.tr("Rep names must be unique; these occur more than once: {names}.").format(
                    names=", ".join(repeated[:10])
                )
            )
        homes = np.array(homes, dtype=np.float64).reshape(-1, 2)
        homeless = [n for n, ok in zip(names, np.isfinite(homes).all(axis=1)) if not ok]
        if homeless:
            raise QgsProcessingException(
                self.tr("These reps have no home point: {names}. Place them on the map, or leave them out.").format(
                    names=", ".join(homeless[:10])
                )
            )
        if stranded:
            raise QgsProcessingException(
                self.tr("These reps are locked but have no current territory in '{field}': {names}.").format(
                    field=territory_field, names=", ".join(stranded[:10])
                )
            )
        return {
            "names": names,
            "skills": skills,
            "skill_text": skill_text,
            "skill_field": skill_field,
            "current": current,
            "locked": locked,
            "homes": homes,
        }

    def _read_areas(self, parameters, context, feedback) -> dict:
        """Territory and code of every area, with its WGS84 centroid and ellipsoidal area (km^2)."""
        source = self.source_or_raise(parameters, self.TERRITORIES, context)
        what = self.tr("Territories or zip code areas")
        territory_field = self.optional_field_or_raise(source, parameters, self.TERRITORY_FIELD, context, what)
        zip_field = self.optional_field_or_raise(source, parameters, self.ZIP_FIELD, context, what)
        to_wgs84 = self.wgs84_or_raise(source, context, what)
        columns, centroids, ids = read_areas(source, [territory_field, zip_field], to_wgs84, feedback)
        return {
            "source": source,
            "ids": ids,
            "territory": columns[territory_field] if territory_field else [None] * len(ids),
            "territory_field": territory_field,
            "codes": columns[zip_field] if zip_field else [],
            "zip_field": zip_field,
            "xy": centroids,
            "area_km2": polygon_areas_km2(source, ids, context.transformContext(), feedback),
        }

    def _read_accounts(self, parameters, context, feedback) -> dict | None:
        source = self.source_or_raise(parameters, self.ACCOUNTS, context)
        what = self.tr("Accounts")
        territory_field, zip_field, segment_field, calls_field, minutes_field = (
            self.optional_field_or_raise(source, parameters, name, context, what)
            for name in (
                self.ACCOUNT_TERRITORY_FIELD,
                self.ACCOUNT_ZIP_FIELD,
                self.SEGMENT_FIELD,
                self.CALLS_FIELD,
                self.MINUTES_FIELD,
            )
        )
        plan = self.call_plan_or_raise(parameters, self.CALL_PLAN, context)
        if not calls_field and not (plan is not None and segment_field):
            raise QgsProcessingException(
                self.tr(
                    "Say how often each account is called: a calls per year field, or a segment field and a call "
                    "plan (e.g. A,24,45,B,12,30,C,4,20)."
                )
            )
        is_points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        areas = self._read_areas(parameters, context, feedback)
        if feedback.isCanceled():
            return None
        by_code = bool(zip_field and areas["zip_field"])
        if not territory_field and not (areas["territory_field"] and (by_code or is_points)):
            raise QgsProcessingException(
                self.tr(
                    "Say which territory each account is in: the account territory field, or the areas' territory "
                    "field with the zip code fields of accounts and areas (or accounts as points inside the areas)."
                )
            )
        label_field = source.fields().at(0).name()
        wanted = [label_field, territory_field, zip_field, segment_field, calls_field, minutes_field]
        wanted = [f for f in dict.fromkeys(wanted) if f]
        table = self.read_table(parameters, self.ACCOUNTS, context, source, wanted, feedback)
        if feedback.isCanceled():
            return None
        frame = table.frame
        n = len(frame)
        labels = frame[label_field].to_numpy()

        calls = minutes = None
        if plan is not None and segment_field:
            calls, minutes = self.plan_calls_or_raise(frame[segment_field], plan)
        if calls_field:
            calls = self.amounts_or_raise(frame[calls_field], labels, calls_field, label_field)
        if minutes_field:
            minutes = self.amounts_or_raise(frame[minutes_field], labels, minutes_field, label_field)
        # Skill shares are of call hours; without minutes, every call counts alike.
        hours = call_hours(calls, minutes) if minutes is not None else calls

        unit = np.full(n, -1, dtype=np.int64)
        if by_code:
            zip_format = self.parameterAsEnum(parameters, self.ZIP_FORMAT, context)
            index = self.index_units_or_raise(areas["codes"], zip_format, areas["zip_field"])
            unit, _ = match_accounts(frame[zip_field], index, zip_format)
        points = None
        if is_points:
            to_wgs84 = self.wgs84_or_raise(source, context, what)
            points = read_point_positions(source, table.feature_ids, to_wgs84, feedback)
            unplaced = np.flatnonzero((unit < 0) & np.isfinite(points).all(axis=1))
            to_areas = QgsCoordinateTransform(
                to_wgs84.destinationCrs(), areas["source"].sourceCrs(), context.transformContext()
            )
            lonlat = (QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in points[unplaced].tolist())
            unit[unplaced] = UnitLocator.of_features(areas["source"], areas["ids"]).place(lonlat, to_areas)
        if by_code and not territory_field:
            self.require_matches(
                unit, source, zip_field, frame[zip_field], areas["source"], areas["zip_field"], areas["codes"]
            )
        if feedback.isCanceled():
            return None

        place = place_accounts(
            frame[territory_field] if territory_field else None, unit, areas["territory"], areas["xy"], points
        )
        # Territories of the areas without accounts are territories too (a rep may still be wanted there).
        names = ordered_names([*place.names, *areas["territory"]])
        position = {name: t for t, name in enumerate(names)}
        renumber = np.array([position[name] for name in place.names] + [-1], dtype=np.int64)
        territory = renumber[place.territory]  # -1 (no territory) picks the appended -1
        if place.unassigned:
            feedback.pushWarning(
                self.tr("{count} accounts are in no territory; they are left out.").format(count=place.unassigned)
            )
        if place.unlocated:
            feedback.pushWarning(
                self.tr(
                    "{count} accounts in a territory have no location (no point and no matching zip code area): "
                    "they count for no travel."
                ).format(count=place.unlocated)
            )
        return {
            "names": names,
            "territory": territory,
            "location": place.location,
            "locations": place.locations,
            "calls": calls,
            "hours": hours,
            "segment": frame[segment_field] if segment_field else None,
            "unit": unit,
            "areas": areas,
        }

    def _locks(self, reps: dict, position: dict, names: list[str]) -> np.ndarray:
        """The territory each locked rep keeps (-1: free); clear errors for locks that cannot hold."""
        locked_to = np.full(len(reps["names"]), -1, dtype=np.int64)
        holders: dict[str, list[str]] = {}
        for i, (name, now, locked) in enumerate(zip(reps["names"], reps["current"], reps["locked"])):
            if not locked:
                continue
            if now not in position:
                raise QgsProcessingException(
                    self.tr(
                        "Rep {rep} is locked to territory '{territory}', which is not among the territories "
                        "(e.g. {names}). Correct the rep's current territory or unlock the rep."
                    ).format(rep=name, territory=now, names=", ".join(names[:5]))
                )
            locked_to[i] = position[now]
            holders.setdefault(now, []).append(name)
        doubled = {t: holders[t] for t in holders if len(holders[t]) > 1}
        if doubled:
            raise QgsProcessingException(
                self.tr(
                    "Each territory keeps one rep, but more than one rep is locked to {cases}. Unlock all but one."
                ).format(cases="; ".join(f"{t}: {', '.join(reps_)}" for t, reps_ in doubled.items()))
            )
        return locked_to

    # --- writing ------------------------------------------------------------------------------

    def _rows(self, names, reps, plan, travel, stats, labels) -> list[list]:
        """Output rows: one per territory (assigned or vacancy), then one per extra rep."""
        rows = []
        for t, territory in enumerate(names):
            rep = int(plan.rep_of_territory[t])
            common = [int(stats["accounts"][t]), float(stats["calls"][t]), labels[t]]
            if rep < 0:
                rows.append([territory, None, VACANCY, None, None, *common, None, None, 0, None])
                continue
            km = float(travel.mean_km[rep, t])
            rows.append(
                [
                    territory,
                    reps["names"][rep],
                    ASSIGNED,
                    float(travel.hours[rep, t]),
                    km if np.isfinite(km) else None,
                    *common,
                    reps["skill_text"][rep],
                    int(plan.skill_match[t]),
                    int(plan.locked[rep]),
                    reps["current"][rep],
                ]
            )
        for rep in np.flatnonzero(plan.territory_of_rep < 0).tolist():
            rows.append(
                [None, reps["names"][rep], EXTRA_REP, None, None, None, None, None]
                + [reps["skill_text"][rep], None, 0, reps["current"][rep]]
            )
        return rows

    def _write(self, parameters, context, names, reps, plan, travel, stats, labels) -> dict:
        fields = QgsFields()
        for column, kind in COLUMNS:
            fields.append(QgsField(column, kind))
        sink, dest_id = self.table_sink(parameters, self.OUTPUT, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = self._rows(names, reps, plan, travel, stats, labels)
        write_frame(sink, pd.DataFrame(rows, columns=[c for c, _ in COLUMNS], dtype=object), fields)
        del sink  # closes the file
        write_csvt(dest_id, fields)
        return {self.OUTPUT: dest_id}

    def _report(self, names, reps, plan, travel, stats, skills, feedback) -> None:
        assigned = np.flatnonzero(plan.rep_of_territory >= 0)
        vacant = [names[t] for t in np.flatnonzero(plan.rep_of_territory < 0).tolist()]
        extra = [reps["names"][i] for i in np.flatnonzero(plan.territory_of_rep < 0).tolist()]
        total = plan.travel_hours(travel.hours)
        feedback.pushInfo(
            self.tr(
                "{reps} reps, {k} territories: {assigned} with a rep ({locked} locked), {vacant} vacancies, "
                "{extra} extra reps. Travel from the reps' homes: {hours:,.0f} hours a year in all."
            ).format(
                reps=len(reps["names"]),
                k=len(names),
                assigned=len(assigned),
                locked=int(plan.locked.sum()),
                vacant=len(vacant),
                extra=len(extra),
                hours=total,
            )
        )
        for t in assigned[:LOG_LINES].tolist():
            rep = int(plan.rep_of_territory[t])
            feedback.pushInfo(
                self.tr("{territory}: {rep}, {hours:,.0f} travel hours a year{locked}").format(
                    territory=names[t],
                    rep=reps["names"][rep],
                    hours=float(travel.hours[rep, t]),
                    locked=self.tr(" (locked)") if plan.locked[rep] else "",
                )
            )
        if len(assigned) > LOG_LINES:
            feedback.pushInfo(
                self.tr("... and {count} more territories: see the output table.").format(
                    count=len(assigned) - LOG_LINES
                )
            )
        for t in assigned.tolist():
            hours = float(travel.hours[plan.rep_of_territory[t], t])
            if hours > FIELD_YEAR_HOURS:
                feedback.pushWarning(
                    self.tr(
                        "{territory}: {hours:,.0f} travel hours a year, more than a rep's whole field year (about "
                        "{year:,.0f} hours). Check the calls per year, calls per day and speed, or split the territory."
                    ).format(territory=names[t], hours=hours, year=FIELD_YEAR_HOURS)
                )
        without_calls = [names[t] for t in range(len(names)) if stats["calls"][t] <= 0]
        if without_calls:
            feedback.pushWarning(
                self.tr("{count} territories have no calls, so no travel: {names}.").format(
                    count=len(without_calls), names=", ".join(without_calls[:20])
                )
            )
        if vacant:
            feedback.pushWarning(
                self.tr(
                    "No rep for {count} territories (vacancies): {names}. Leaving these open gives the least travel "
                    "(after skills); lock a rep to a territory to fill it instead."
                ).format(count=len(vacant), names=", ".join(vacant[:20]))
            )
        if extra:
            feedback.pushWarning(
                self.tr("{count} reps have no territory (extra reps): {names}.").format(
                    count=len(extra), names=", ".join(extra[:20])
                )
            )
        self._report_skills(names, reps, plan, *skills, feedback)

    def _report_skills(self, names, reps, plan, needs, labels, shares, feedback) -> None:
        needing = [t for t in range(len(names)) if labels[t] is not None]
        if not needing:
            return
        feedback.pushInfo(
            self.tr("{count} territories need a skill: {cases}.").format(
                count=len(needing),
                cases=", ".join(f"{names[t]} ({labels[t]} {shares[t]:.0%})" for t in needing[:20]),
            )
        )
        missing = set(plan.missing_skills)
        for t in np.flatnonzero(plan.skill_match == 0).tolist():
            rep = int(plan.rep_of_territory[t])
            if plan.locked[rep]:
                why = self.tr("the rep is locked to it")
            elif needs[t] in missing:
                why = self.tr("no free rep has that skill")
            else:
                why = self.tr("the reps who have it serve other territories that need it")
            feedback.pushWarning(
                self.tr("{territory} needs skill {skill}, but its rep {rep} lacks it: {why}.").format(
                    territory=names[t], skill=labels[t], rep=reps["names"][rep], why=why
                )
            )
