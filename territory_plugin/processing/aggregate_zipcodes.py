"""territory:aggregatezipcodes — roll a CRM account export up to zip-code areas."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from territory_plugin.compat import FieldType
from territory_plugin.core.aggregate import (
    UnmatchedReason,
    aggregate,
    match_accounts,
)
from territory_plugin.core.csvfile import unique_names
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.layers import UnitLocator
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.styling import BelowPoints
from territory_plugin.tables import python_value, write_csvt

# Written into UNMATCHED.reason: stable values that scripts and filters can rely on.
REASON_TEXT = {
    UnmatchedReason.BLANK: "blank",
    UnmatchedReason.INVALID: "invalid code",
    UnmatchedReason.NO_UNIT: "no unit with this code",
}


class AggregateZipCodes(TerritoryAlgorithm):
    ACCOUNTS = "ACCOUNTS"
    ZIP_FIELD = "ZIP_FIELD"
    UNITS = "UNITS"
    UNIT_ZIP_FIELD = "UNIT_ZIP_FIELD"
    ZIP_FORMAT = "ZIP_FORMAT"
    SUM_FIELDS = "SUM_FIELDS"
    SPATIAL_FALLBACK = "SPATIAL_FALLBACK"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"
    MATCHED_COUNT = "MATCHED_COUNT"
    UNMATCHED_COUNT = "UNMATCHED_COUNT"

    def name(self) -> str:
        return "aggregatezipcodes"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Aggregate accounts by zip code")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Counts the accounts of a CRM export in each zip-code area and totals the chosen fields.\n\n"
            "Codes are cleaned first. US ZIP mode: spaces are trimmed, ZIP+4 (02134-1234) and nine-digit "
            "codes keep their first five digits, and leading zeros lost by spreadsheets are restored "
            "(2134 and 2134.0 become 02134). As-is mode (any country): codes are trimmed, upper-cased and "
            "inner spaces collapsed. The same cleaning is applied to the zip-code areas.\n\n"
            "Accounts that match no area go to the Unmatched output with a reason: blank, invalid code, or "
            "no unit with this code. When the accounts are points, those without a usable code can be "
            "placed in the area that contains them.\n\n"
            "Summed fields may hold numbers stored as text (as in CSV files); blanks count as 0."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ACCOUNTS, self.tr("Accounts (layer, table or CSV file)"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.ZIP_FIELD, self.tr("Account zip code field"), parentLayerParameterName=self.ACCOUNTS
                ),
                FieldKind.ZIP,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS, self.tr("Zip code areas (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.UNIT_ZIP_FIELD, self.tr("Area zip code field"), parentLayerParameterName=self.UNITS
                ),
                FieldKind.ZIP,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ZIP_FORMAT,
                self.tr("Code format"),
                options=[self.tr("US ZIP (5 digits)"), self.tr("As is (any country)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SUM_FIELDS,
                self.tr("Account fields to total per area"),
                parentLayerParameterName=self.ACCOUNTS,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SPATIAL_FALLBACK,
                self.tr("Place point accounts without a usable code by location"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Zip areas with account totals"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.UNMATCHED,
                self.tr("Unmatched accounts"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED_COUNT, self.tr("Matched accounts")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_COUNT, self.tr("Unmatched accounts")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        accounts = self.source_or_raise(parameters, self.ACCOUNTS, context)
        units = self.source_or_raise(parameters, self.UNITS, context)
        if QgsWkbTypes.geometryType(units.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                self.tr(
                    "The zip code areas must be polygons, but the layer holds {kind}. Choose a polygon layer."
                ).format(kind=QgsWkbTypes.displayString(units.wkbType()))
            )
        zip_field = self.field_or_raise(
            accounts, parameters, self.ZIP_FIELD, context, self.tr("Account zip code field")
        )
        unit_zip_field = self.field_or_raise(
            units, parameters, self.UNIT_ZIP_FIELD, context, self.tr("Area zip code field")
        )
        sum_fields = self.fields_or_raise(
            accounts, parameters, self.SUM_FIELDS, context, self.tr("Account fields to total per area")
        )
        zip_format = self.parameterAsEnum(parameters, self.ZIP_FORMAT, context)
        fallback = self.parameterAsBoolean(parameters, self.SPATIAL_FALLBACK, context) and (
            QgsWkbTypes.geometryType(accounts.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        )

        # Units: few (tens of thousands), kept in memory for the output pass.
        unit_features = list(units.getFeatures())
        unit_codes = [python_value(feature[unit_zip_field]) for feature in unit_features]
        unit_index = self.index_units_or_raise(unit_codes, zip_format, unit_zip_field)
        if feedback.isCanceled():
            return {}

        label_field = accounts.fields().at(0).name() if accounts.fields().count() else zip_field
        wanted = list(dict.fromkeys([label_field, zip_field, *sum_fields]))
        table = self.read_table(parameters, self.ACCOUNTS, context, accounts, wanted, feedback)
        frame = table.frame
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)

        unit_of_account, reason = match_accounts(frame[zip_field], unit_index, zip_format)
        labels = frame[label_field].to_numpy()
        sums = {f"sum_{field}": self.numbers_or_raise(frame[field], labels, field, label_field) for field in sum_fields}

        unmatched_rows = np.flatnonzero(reason != UnmatchedReason.MATCHED)
        unmatched_records = table.records(unmatched_rows, with_geometry=fallback)
        if fallback and len(unmatched_rows):
            transform = QgsCoordinateTransform(accounts.sourceCrs(), units.sourceCrs(), context.transformContext())
            locator = UnitLocator([unit.geometry() for unit in unit_features])
            placed = locator.place((geometry for _, geometry in unmatched_records), transform)
            unit_of_account[unmatched_rows] = placed
            reason[unmatched_rows[placed >= 0]] = UnmatchedReason.MATCHED
            feedback.pushInfo(
                self.tr("{count} point accounts without a usable code were placed by location.").format(
                    count=int((placed >= 0).sum())
                )
            )
        self.require_matches(unit_of_account, accounts, zip_field, frame[zip_field], units, unit_zip_field, unit_codes)
        self.warn_partial_match(
            feedback,
            unit_of_account,
            reason,
            frame[zip_field],
            accounts,
            zip_field,
            units,
            unit_zip_field,
            unit_codes,
            weights={f"'{field}'": sums[f"sum_{field}"] for field in sum_fields},
        )
        if feedback.isCanceled():
            return {}
        feedback.setProgress(60)

        totals = aggregate(unit_of_account, len(unit_features), sums)
        results = self._write_units(parameters, context, units, unit_features, totals, feedback)
        # loaded under the accounts and rep bases
        self.outputs.style_on_load(context, self.OUTPUT, results[self.OUTPUT], BelowPoints.create())
        results.update(
            self._write_unmatched(parameters, context, accounts, unmatched_records, reason, unmatched_rows, feedback)
        )

        matched = int((reason == UnmatchedReason.MATCHED).sum())
        unmatched = len(reason) - matched
        by_reason = ", ".join(
            f"{REASON_TEXT[r]}: {int((reason == r).sum())}" for r in REASON_TEXT if (reason == r).any()
        )
        feedback.pushInfo(
            self.tr("Matched {matched} accounts; {unmatched} unmatched ({by_reason}).").format(
                matched=matched, unmatched=unmatched, by_reason=by_reason or "-"
            )
        )
        results[self.MATCHED_COUNT] = matched
        results[self.UNMATCHED_COUNT] = unmatched
        return results

    def _write_units(self, parameters, context, units, unit_features, totals, feedback) -> dict:
        new_names = list(totals.columns)
        fields = QgsFields()
        kept = []
        for index, field in enumerate(units.fields()):
            if field.name() not in new_names:  # re-running on an earlier output replaces its totals
                fields.append(field)
                kept.append(index)
        fields.append(QgsField("account_count", FieldType.LONG))
        for name in new_names[1:]:
            fields.append(QgsField(name, FieldType.DOUBLE))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, units.wkbType(), units.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        columns = [totals[name].to_numpy() for name in new_names]
        total = max(len(unit_features), 1)
        for position, unit in enumerate(unit_features):
            if position % 5000 == 0:
                feedback.setProgress(60 + 30 * position / total)
            attributes = unit.attributes()
            values = [attributes[index] for index in kept]
            values.append(int(columns[0][position]))
            values.extend(float(column[position]) for column in columns[1:])
            feature = QgsFeature(fields)
            feature.setGeometry(unit.geometry())
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest_id}

    def _write_unmatched(self, parameters, context, accounts, records, reason, rows, feedback) -> dict:
        fields = QgsFields()
        names = accounts.fields().names()
        for field, name in zip(accounts.fields(), unique_names(["reason", *names])[1:]):
            if name != field.name():  # the accounts' own 'reason' column must not hide ours
                feedback.pushWarning(
                    self.tr(
                        "The accounts have a column '{field}': it is written as '{name}' in the unmatched accounts, "
                        "where 'reason' says why an account matched no area."
                    ).format(field=field.name(), name=name)
                )
                field = QgsField(field)
                field.setName(name)
            fields.append(field)
        fields.append(QgsField("reason", FieldType.STRING))
        sink, dest_id = self.parameterAsSink(
            parameters, self.UNMATCHED, context, fields, accounts.wkbType(), accounts.sourceCrs()
        )
        if sink is None:
            return {}
        text_of_reason = np.array([REASON_TEXT.get(r, "") for r in UnmatchedReason], dtype=object)  # MATCHED: ""
        texts = text_of_reason[reason[rows]]
        out = QgsFeature(fields)  # reused: addFeature copies it
        for (attributes, geometry), text in zip(records, texts):
            if not text:
                continue  # placed by location
            if geometry is not None:
                out.setGeometry(geometry)
            out.setAttributes(attributes + [text])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink  # closes the file
        write_csvt(dest_id, fields)  # a CSV's numbers open as numbers
        return {self.UNMATCHED: dest_id}
