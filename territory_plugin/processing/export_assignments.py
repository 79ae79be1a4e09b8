"""territory:exportassignments — the new assignment as the CSV file a CRM imports."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
)

from territory_plugin.compat import FieldType
from territory_plugin.core.aggregate import match_accounts
from territory_plugin.core.alignment import clean_name
from territory_plugin.core.export import EXPORT_COLUMNS, ExportError, assignment_rows, owners_by_territory
from territory_plugin.core.export import write_csv_atomically as write_csv
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.tables import python_value

# Ids read as these QGIS types cannot be trusted to be the CRM's text.
_INTEGER_TYPES = FieldType.INTEGERS
# Examples named in a message.
SHOWN = 5


class ExportAssignments(TerritoryAlgorithm):
    ACCOUNTS = "ACCOUNTS"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OLD_TERRITORY_FIELD = "OLD_TERRITORY_FIELD"
    NEW_TERRITORY_FIELD = "NEW_TERRITORY_FIELD"
    ZIP_FIELD = "ZIP_FIELD"
    UNITS = "UNITS"
    UNIT_ZIP_FIELD = "UNIT_ZIP_FIELD"
    UNIT_TERRITORY_FIELD = "UNIT_TERRITORY_FIELD"
    ZIP_FORMAT = "ZIP_FORMAT"
    REPS = "REPS"
    REPS_TERRITORY_FIELD = "REPS_TERRITORY_FIELD"
    REPS_OWNER_FIELD = "REPS_OWNER_FIELD"
    ONLY_CHANGED = "ONLY_CHANGED"
    OUTPUT = "OUTPUT"
    ROW_COUNT = "ROW_COUNT"
    CHANGED_COUNT = "CHANGED_COUNT"
    UNPLACED_COUNT = "UNPLACED_COUNT"

    def name(self) -> str:
        return "exportassignments"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Export assignments for the CRM")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Writes the new assignment as a CSV file that a CRM imports (Salesforce Data Loader, Dynamics 365 "
            "import): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).\n\n"
            "Accounts: the CRM export (CSV file or layer) with the account id and, optionally, its name and current "
            "territory. Ids are written exactly as read, as text: leading zeros and 18-character Salesforce ids "
            "stay as they are (open CSV files as the path itself, or with field types as text).\n"
            "New territory: an account field (e.g. after editing accounts in the dock), or the zip code areas of "
            "the design with their territory, matched by zip code exactly as 'Aggregate accounts by zip code' "
            "matches them; with both, the account field wins where it has a value. Accounts without a new "
            "territory are left out of the file, so the CRM keeps what it has; the log counts them.\n"
            "New owner: from a reps table (territory -> owner), e.g. the output of 'Assign reps to territories' "
            "(its fields territory and rep are taken when no fields are given).\n\n"
            "The file is UTF-8 with a header, and it is written completely or not at all."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        field = self.field_parameter
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ACCOUNTS, self.tr("Accounts (layer, table or CSV file)"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            field(self.ID_FIELD, self.tr("Account id field"), self.ACCOUNTS, optional=False, kind=FieldKind.ACCOUNT_ID)
        )
        self.addParameter(field(self.NAME_FIELD, self.tr("Account name field"), self.ACCOUNTS))
        self.addParameter(
            field(
                self.OLD_TERRITORY_FIELD,
                self.tr("Current (old) territory field"),
                self.ACCOUNTS,
                kind=FieldKind.TERRITORY,
            )
        )
        self.addParameter(
            field(self.NEW_TERRITORY_FIELD, self.tr("New territory field of the accounts"), self.ACCOUNTS)
        )
        self.addParameter(field(self.ZIP_FIELD, self.tr("Account zip code field"), self.ACCOUNTS, kind=FieldKind.ZIP))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS,
                self.tr("Zip code areas with the new territories"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(field(self.UNIT_ZIP_FIELD, self.tr("Area zip code field"), self.UNITS, kind=FieldKind.ZIP))
        self.addParameter(
            field(self.UNIT_TERRITORY_FIELD, self.tr("Area territory field"), self.UNITS, kind=FieldKind.TERRITORY)
        )
        self.addParameter(self.zip_format_parameter(self.ZIP_FORMAT))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REPS,
                self.tr("Reps table (territory and owner)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            field(
                self.REPS_TERRITORY_FIELD, self.tr("Territory field of the reps"), self.REPS, kind=FieldKind.TERRITORY
            )
        )
        self.addParameter(
            field(self.REPS_OWNER_FIELD, self.tr("Owner field of the reps"), self.REPS, kind=FieldKind.REP_NAME)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.ONLY_CHANGED, self.tr("Only accounts whose territory changes"), False)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("CRM import file"), fileFilter=self.tr("CSV files (*.csv)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ROW_COUNT, self.tr("Accounts written")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED_COUNT, self.tr("Accounts whose territory changes")))
        self.addOutput(QgsProcessingOutputNumber(self.UNPLACED_COUNT, self.tr("Accounts without a new territory")))

    # --- main ---------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        accounts = self.source_or_raise(parameters, self.ACCOUNTS, context)
        id_field = self.field_or_raise(accounts, parameters, self.ID_FIELD, context, self.tr("Account id field"))
        what = self.tr("Accounts")
        name_field, old_field, new_field, zip_field = (
            self.optional_field_or_raise(accounts, parameters, name, context, what)
            for name in (self.NAME_FIELD, self.OLD_TERRITORY_FIELD, self.NEW_TERRITORY_FIELD, self.ZIP_FIELD)
        )
        self._check_id_type(accounts, id_field, feedback)
        by_zip = self._areas(parameters, context, feedback)
        if by_zip is not None and not zip_field:
            raise QgsProcessingException(
                self.tr("To take the new territory from the zip code areas, choose the accounts' zip code field.")
            )
        if not new_field and by_zip is None:
            raise QgsProcessingException(
                self.tr(
                    "Say where each account goes: the accounts' new territory field, or their zip code field with "
                    "the zip code areas and the areas' zip code and territory fields."
                )
            )
        owners = self._owners(parameters, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        wanted = [f for f in dict.fromkeys([id_field, name_field, old_field, new_field, zip_field]) if f]
        frame = self.read_table(parameters, self.ACCOUNTS, context, accounts, wanted, feedback).frame
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)

        new = frame[new_field].to_numpy(dtype=object) if new_field else np.full(len(frame), None, dtype=object)
        if by_zip is not None:
            index, territories, zip_format, areas = by_zip
            unit, reason = match_accounts(frame[zip_field], index, zip_format)
            if not new_field:  # every new territory comes from the codes
                self.require_matches(unit, accounts, zip_field, frame[zip_field], *areas)
                # a few matched: the CRM would get most accounts without a new territory
                self.warn_partial_match(feedback, unit, reason, frame[zip_field], accounts, zip_field, *areas)
            from_zip = np.array([*territories, None], dtype=object)[unit]  # -1 (no area) picks the None
            blank = np.array([clean_name(python_value(v)) is None for v in new], dtype=bool)
            new = np.where(blank, from_zip, new)

        export = assignment_rows(
            frame[id_field].tolist(),
            frame[name_field].tolist() if name_field else None,
            frame[old_field].tolist() if old_field else None,
            new.tolist(),
            owners,
            self.parameterAsBoolean(parameters, self.ONLY_CHANGED, context),
        )
        feedback.setProgress(60)
        self._report(export, frame[id_field], new_field, zip_field, owners, feedback)
        rows = export.rows.itertuples(index=False, name=None)
        if not write_csv(path, EXPORT_COLUMNS, rows, feedback.isCanceled):
            return {}
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("Wrote {rows} accounts ({changed} change territory) to {path}.").format(
                rows=len(export.rows), changed=export.changed, path=path
            )
        )
        return {
            self.OUTPUT: path,
            self.ROW_COUNT: len(export.rows),
            self.CHANGED_COUNT: export.changed,
            self.UNPLACED_COUNT: len(export.unplaced),
        }

    # --- reading ------------------------------------------------------------------------------

    def _check_id_type(self, accounts, id_field: str, feedback) -> None:
        kind = accounts.fields().field(id_field).type()
        if kind == FieldType.DOUBLE:
            raise QgsProcessingException(
                self.tr(
                    "The id field '{field}' was read as decimal numbers, which cannot keep ids exactly (leading "
                    "zeros, long ids). Open the file so that the id is text: give the CSV file itself, or set the "
                    "field type to text when adding the layer."
                ).format(field=id_field)
            )
        if kind in _INTEGER_TYPES:
            feedback.pushWarning(
                self.tr(
                    "The id field '{field}' was read as whole numbers: ids are written as those numbers, and "
                    "leading zeros the CRM had are lost. To keep them, open the file with the id as text."
                ).format(field=id_field)
            )

    def _areas(self, parameters, context, feedback):
        """(code index, territory of each area, zip format, (layer, code field, codes)) of the zip code areas."""
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None:
            if parameters.get(self.UNITS):
                raise QgsProcessingException(self.invalidSourceError(parameters, self.UNITS))
            return None
        what = self.tr("Zip code areas")
        zip_field = self.optional_field_or_raise(units, parameters, self.UNIT_ZIP_FIELD, context, what)
        territory_field = self.optional_field_or_raise(units, parameters, self.UNIT_TERRITORY_FIELD, context, what)
        if not zip_field or not territory_field:
            raise QgsProcessingException(
                self.tr("The zip code areas need their zip code field and their territory field.")
            )
        indices = [units.fields().lookupField(f) for f in (zip_field, territory_field)]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
        codes, territories = [], []
        for count, feature in enumerate(units.getFeatures(request)):
            if count % 10000 == 0 and feedback.isCanceled():
                break
            codes.append(python_value(feature[indices[0]]))
            territories.append(python_value(feature[indices[1]]))
        zip_format = self.parameterAsEnum(parameters, self.ZIP_FORMAT, context)
        index = self.index_units_or_raise(codes, zip_format, zip_field)
        return index, territories, zip_format, (units, zip_field, codes)

    def _owners(self, parameters, context) -> dict[str, str] | None:
        reps = self.parameterAsSource(parameters, self.REPS, context)
        if reps is None:
            if parameters.get(self.REPS):
                raise QgsProcessingException(self.invalidSourceError(parameters, self.REPS))
            return None
        what = self.tr("Reps table")
        territory_field = self.optional_field_or_raise(reps, parameters, self.REPS_TERRITORY_FIELD, context, what)
        owner_field = self.optional_field_or_raise(reps, parameters, self.REPS_OWNER_FIELD, context, what)
        territory_field = territory_field or self.require_field(reps, "territory", what)
        owner_field = owner_field or self.require_field(reps, "rep", what)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        pairs = [(python_value(f[territory_field]), python_value(f[owner_field])) for f in reps.getFeatures(request)]
        try:
            return owners_by_territory([t for t, _ in pairs], [o for _, o in pairs])
        except ExportError as error:
            cases = "; ".join(f"{t}: {', '.join(o)}" for t, o in list(error.details["territories"].items())[:SHOWN])
            raise QgsProcessingException(
                self.tr("Each territory has one owner, but the reps table gives several to {cases}.").format(
                    cases=cases
                )
            ) from error

    def _report(self, export, ids, new_field: str, zip_field: str, owners, feedback) -> None:
        if len(export.unplaced):
            examples = ", ".join(str(ids.iloc[i]) for i in export.unplaced[:SHOWN].tolist())
            source = " / ".join(f for f in (new_field, zip_field) if f)
            feedback.pushWarning(
                self.tr(
                    "{count} accounts have no new territory ({source} gives none), e.g. {ids}. They are left out of "
                    "the file, so the CRM keeps their current territory."
                ).format(count=len(export.unplaced), source=source, ids=examples)
            )
        if len(export.blank_ids):
            feedback.pushWarning(
                self.tr("{count} accounts have no id: the CRM cannot match them, they are left out.").format(
                    count=len(export.blank_ids)
                )
            )
        if export.duplicate_ids:
            feedback.pushWarning(
                self.tr("{count} ids occur on more than one row, e.g. {ids}: the CRM will update them twice.").format(
                    count=len(export.duplicate_ids), ids=", ".join(export.duplicate_ids[:SHOWN])
                )
            )
        if owners is not None and export.unowned:
            feedback.pushWarning(
                self.tr(
                    "No owner in the reps table for {count} territories: {names}. Their new_owner is empty."
                ).format(count=len(export.unowned), names=", ".join(export.unowned[:20]))
            )
