"""territory:allocatequotas — split a company goal over territories by potential and last year's sales."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from territory_plugin.core import rounding
from territory_plugin.core.alignment import clean_names, ordered_names
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.core.quotas import QUOTA_COLUMNS, QuotaError, allocate_quotas
from territory_plugin.processing.base import TerritoryAlgorithm


class AllocateQuotas(TerritoryAlgorithm):
    INPUT = "INPUT"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    POTENTIAL_FIELD = "POTENTIAL_FIELD"
    SALES_FIELD = "SALES_FIELD"
    GOAL = "GOAL"
    WEIGHT = "WEIGHT"
    FLAG_PCT = "FLAG_PCT"
    OUTPUT = "OUTPUT"
    TOTAL_QUOTA = "TOTAL_QUOTA"
    MAX_FAIRNESS_DEVIATION = "MAX_FAIRNESS_DEVIATION"
    FLAGGED_COUNT = "FLAGGED_COUNT"

    def name(self) -> str:
        return "allocatequotas"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Allocate quotas")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Splits a company goal over the territories: each territory's quota = goal x (weight x its share of "
            "potential + (1 - weight) x its share of last year's sales).\n\n"
            "The input holds the territory of each row: the scorecard of 'Score workload', the zip code areas with "
            "their territory, or the accounts themselves; rows of the same territory are added up.\n\n"
            "To make unfair quotas stand out, each territory gets quota / potential and the fairness index: that "
            "ratio divided by the company's (goal / total potential). 1 is average; 1.2 asks the rep to win 20% "
            "more of the potential than the average rep. Territories further off than the flag threshold are "
            "flagged 'harder' or 'easier'. growth_pct compares the quota with last year's sales."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Territories, zip code areas or accounts"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.TERRITORY_FIELD, self.tr("Territory field"), parentLayerParameterName=self.INPUT
                ),
                FieldKind.TERRITORY,
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.POTENTIAL_FIELD, self.tr("Potential field"), parentLayerParameterName=self.INPUT
                ),
                FieldKind.POTENTIAL,
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.SALES_FIELD,
                    self.tr("Last year's sales field"),
                    parentLayerParameterName=self.INPUT,
                    optional=True,
                ),
                FieldKind.SALES,
            )
        )
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterNumber(self.GOAL, self.tr("Company goal"), number, minValue=0))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.WEIGHT,
                self.tr("Weight of potential (%); the rest follows last year's sales"),
                number,
                50.0,
                minValue=0,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FLAG_PCT,
                self.tr("Flag quotas whose fairness index is off by more than (%)"),
                number,
                10.0,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Quotas"), QgsProcessing.SourceType.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_QUOTA, self.tr("Total of the quotas")))
        self.addOutput(
            QgsProcessingOutputNumber(
                self.MAX_FAIRNESS_DEVIATION, self.tr("Largest deviation of the fairness index (%)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.FLAGGED_COUNT, self.tr("Flagged territories")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.source_or_raise(parameters, self.INPUT, context)
        territory_field = self.field_or_raise(
            source, parameters, self.TERRITORY_FIELD, context, self.tr("Territory field")
        )
        potential_field = self.field_or_raise(
            source, parameters, self.POTENTIAL_FIELD, context, self.tr("Potential field")
        )
        sales_field = ""
        if self.parameterAsString(parameters, self.SALES_FIELD, context):
            sales_field = self.field_or_raise(
                source, parameters, self.SALES_FIELD, context, self.tr("Last year's sales field")
            )
        goal = self.parameterAsDouble(parameters, self.GOAL, context)
        weight = self.parameterAsDouble(parameters, self.WEIGHT, context) / 100.0
        if not sales_field and weight < 1.0:
            raise QgsProcessingException(
                self.tr(
                    "Without a last year's sales field the quotas can only follow potential: choose the sales field, "
                    "or set the weight of potential to 100%."
                )
            )

        wanted = [f for f in dict.fromkeys([territory_field, potential_field, sales_field]) if f]
        frame = self.read_table(parameters, self.INPUT, context, source, wanted, feedback).frame
        if feedback.isCanceled():
            return {}
        names = pd.Series(clean_names(frame[territory_field].tolist()), dtype=object)
        labels = frame[territory_field].to_numpy()
        columns = {"potential": self.numbers_or_raise(frame[potential_field], labels, potential_field, territory_field)}
        if sales_field:
            columns["sales"] = self.numbers_or_raise(frame[sales_field], labels, sales_field, territory_field)
        values = pd.DataFrame(columns)
        missing = names.isna().to_numpy()
        if missing.any():
            feedback.pushWarning(
                self.tr("{count} rows have no territory; their potential and sales are left out.").format(
                    count=int(missing.sum())
                )
            )
        totals = values[~missing].groupby(names[~missing].to_numpy(), sort=False).sum()
        totals = totals.loc[ordered_names(totals.index)]
        if totals.empty:
            raise QgsProcessingException(
                self.tr("No row has a territory in '{field}': nothing to allocate.").format(field=territory_field)
            )
        try:
            plan = allocate_quotas(
                list(totals.index),
                totals["potential"].to_numpy(),
                goal,
                sales=totals["sales"].to_numpy() if sales_field else None,
                weight=weight,
                flag_pct=self.parameterAsDouble(parameters, self.FLAG_PCT, context),
            )
        except QuotaError as error:
            field = potential_field if error.details.get("what") == "potential" else sales_field
            raise QgsProcessingException(
                self.tr("Cannot split the goal: {problem} (field '{field}').").format(problem=str(error), field=field)
            ) from error
        feedback.setProgress(80)
        table = rounding.round_columns(plan.table, rounding.QUOTAS)
        table["quota"] = rounding.round_to_total(table["quota"].to_numpy())  # whole units, still the goal in all
        results = {self.OUTPUT: self.write_table(parameters, self.OUTPUT, context, table[list(QUOTA_COLUMNS)])}
        flagged = table[table["flag"] != ""]
        for row in flagged.itertuples(index=False):
            feedback.pushWarning(
                self.tr(
                    "{territory}: quota {quota:,.0f} on potential {potential:,.0f}, "
                    "fairness index {index:.2f} ({flag})."
                ).format(
                    territory=row.territory,
                    quota=row.quota,
                    potential=row.potential,
                    index=row.fairness_index,
                    flag=row.flag,
                )
            )
        feedback.pushInfo(
            self.tr("{k} territories; quotas add up to {total:,.0f}; largest fairness deviation {dev:.1f}%.").format(
                k=len(table), total=float(table["quota"].sum()), dev=plan.max_fairness_deviation_pct
            )
        )
        results[self.TOTAL_QUOTA] = float(table["quota"].sum())
        results[self.MAX_FAIRNESS_DEVIATION] = plan.max_fairness_deviation_pct
        results[self.FLAGGED_COUNT] = len(flagged)
        return results
