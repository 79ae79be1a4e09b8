"""territory:estimatepotential — each zip's sales potential from its attributes, with an interval."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from territory_plugin.compat import FieldType
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.core.potential import PotentialError, fit_potential, predict_potential
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.tables import write_csvt, write_features_with_columns

# Written fields; an input that has them (a second run) gets them replaced.
OUTPUT_FIELDS = ("potential_est", "potential_low", "potential_high", "potential_fitted")
# Cross-validated R^2 (sales scale) below which the log says the estimates are rough.
WEAK_R2 = 0.2


class EstimatePotential(TerritoryAlgorithm):
    INPUT = "INPUT"
    SALES_FIELD = "SALES_FIELD"
    FIELDS = "FIELDS"
    LOG_SALES = "LOG_SALES"
    LOG_SKEWED = "LOG_SKEWED"
    RIDGE = "RIDGE"
    FOLDS = "FOLDS"
    LEVEL = "LEVEL"
    OUTPUT = "OUTPUT"
    CV_R2 = "CV_R2"
    FITTED_COUNT = "FITTED_COUNT"
    ESTIMATED_COUNT = "ESTIMATED_COUNT"
    MISSING_COUNT = "MISSING_COUNT"

    def name(self) -> str:
        return "estimatepotential"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Estimate sales potential")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Estimates each zip code area's sales potential from its attributes (population, income, number of "
            "businesses, any numeric fields): a regression fitted on the zips that have sales, applied to every "
            "zip. Zips without sales (blank or 0) get an estimate of what they could sell.\n\n"
            "Model: ridge regression of log(sales) on the fields; fields that are never negative and skewed "
            "(skewness above 1) enter as log(1 + value). Zips missing a field value are not fitted and get no "
            "estimate; the log counts them per field. At least 10 zips with sales, and 5 per field, are needed.\n"
            "Written fields: potential_est, the expected sales (log model corrected with Duan's smearing factor, so "
            "that estimates add up to sales); potential_low and potential_high, the prediction interval (e.g. 80%: "
            "4 zips in 5 should fall inside); potential_fitted, 1 where the zip's sales were used to fit.\n"
            "The log gives the cross-validated R^2 (k folds: each zip predicted by a model that did not see it), on "
            "sales and on log sales, and the coefficients."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        def advanced(parameter):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            return parameter

        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Zip code areas"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.SALES_FIELD, self.tr("Sales field"), parentLayerParameterName=self.INPUT, type=numeric
                ),
                FieldKind.SALES,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELDS,
                self.tr("Fields to estimate from"),
                parentLayerParameterName=self.INPUT,
                type=numeric,
                allowMultiple=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.LOG_SALES, self.tr("Model log(sales) (recommended)"), True)
        )
        self.addParameter(QgsProcessingParameterBoolean(self.LOG_SKEWED, self.tr("Log-transform skewed fields"), True))
        number = QgsProcessingParameterNumber.Type
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LEVEL, self.tr("Prediction interval (%)"), number.Double, 80.0, minValue=50.0, maxValue=99.0
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.RIDGE, self.tr("Ridge penalty (on standardised fields)"), number.Double, 1.0, minValue=0.0
                )
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterNumber(
                    self.FOLDS, self.tr("Cross-validation folds"), number.Integer, 5, minValue=2, maxValue=20
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Zip code areas with potential"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CV_R2, self.tr("Cross-validated R² on sales")))
        self.addOutput(QgsProcessingOutputNumber(self.FITTED_COUNT, self.tr("Zips the model was fitted on")))
        self.addOutput(QgsProcessingOutputNumber(self.ESTIMATED_COUNT, self.tr("Zips with an estimate")))
        self.addOutput(QgsProcessingOutputNumber(self.MISSING_COUNT, self.tr("Zips missing a field value")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.source_or_raise(parameters, self.INPUT, context)
        sales_field = self.field_or_raise(source, parameters, self.SALES_FIELD, context, self.tr("Sales field"))
        fields = self.fields_or_raise(source, parameters, self.FIELDS, context, self.tr("Fields to estimate from"))
        if sales_field in fields:
            raise QgsProcessingException(
                self.tr("The sales field '{field}' cannot also be a field to estimate from.").format(field=sales_field)
            )
        level = self.parameterAsDouble(parameters, self.LEVEL, context)

        label_field = source.fields().at(0).name()
        table = self.read_table(parameters, self.INPUT, context, source, [label_field, sales_field, *fields], feedback)
        if feedback.isCanceled():
            return {}
        labels = table.frame[label_field].to_numpy()
        sales = self._measure(table.frame[sales_field], labels, sales_field, label_field)
        columns = [self._measure(table.frame[f], labels, f, label_field) for f in fields]
        x = np.column_stack(columns) if columns else np.empty((len(sales), 0))
        feedback.setProgress(30)
        try:
            model = fit_potential(
                x,
                sales,
                fields,
                log_target=self.parameterAsBoolean(parameters, self.LOG_SALES, context),
                log_skewed=self.parameterAsBoolean(parameters, self.LOG_SKEWED, context),
                alpha=self.parameterAsDouble(parameters, self.RIDGE, context),
                folds=self.parameterAsInt(parameters, self.FOLDS, context),
                is_canceled=feedback.isCanceled,
            )
        except PotentialError as error:
            raise QgsProcessingException(self._advice(error, sales_field, sales, x, fields)) from error
        if model is None:
            return {}
        estimate, low, high = predict_potential(model, x, level / 100.0)
        feedback.setProgress(60)
        self._report(model, sales, x, fields, level, feedback)

        added = pd.DataFrame(
            {"potential_est": estimate, "potential_low": low, "potential_high": high, "potential_fitted": model.fitted}
        )
        results = self._write(parameters, context, table, added.astype({"potential_fitted": np.int64}), feedback)
        if results is None:
            return {}
        missing = int((~np.isfinite(x)).any(axis=1).sum())
        results.update(
            {
                self.CV_R2: model.cv_r2,
                self.FITTED_COUNT: model.n_fit,
                self.ESTIMATED_COUNT: int(np.isfinite(estimate).sum()),
                self.MISSING_COUNT: missing,
            }
        )
        feedback.setProgress(100)
        return results

    # --- reading ------------------------------------------------------------------------------

    def _measure(self, values, labels, field: str, label_field: str) -> np.ndarray:
        """A column as floats, NaN where blank (unknown, not 0); text that is no number is an error naming it."""
        text = pd.Series(values, dtype=object)
        blank = text.isna().to_numpy() | (text.map(str).str.strip() == "").to_numpy()
        numbers = np.array(self.numbers_or_raise(text, labels, field, label_field), dtype=np.float64)
        numbers[blank] = np.nan
        return numbers

    def _advice(self, error: PotentialError, sales_field: str, sales, x, fields) -> str:
        d = error.details
        if error.kind == "too_few":
            with_sales = int((np.nan_to_num(sales) > 0).sum())
            return self.tr(
                "Only {count} zips have sales in '{field}' and a value in every chosen field; {needed} are needed "
                "for {p} fields ({with_sales} have sales). Choose fewer fields, fill the missing values, or use a "
                "larger area."
            ).format(count=d["count"], field=sales_field, needed=d["needed"], p=len(fields), with_sales=with_sales)
        if error.kind == "constant":
            return self.tr(
                "Field '{field}' has the same value on every zip with sales, so it cannot explain them: leave it out."
            ).format(field=d["field"])
        if error.kind == "no_fields":
            return self.tr("Choose at least one field to estimate from (population, income, businesses...).")
        return str(error)

    # --- log ----------------------------------------------------------------------------------

    def _report(self, model, sales, x, fields, level, feedback) -> None:
        n = len(sales)
        with_sales = np.isfinite(sales) & (sales > 0)
        missing = ~np.isfinite(x)
        feedback.pushInfo(
            self.tr(
                "Fitted on {fit} of {n} zips; {without} have no sales (they are estimated, not fitted) and "
                "{incomplete} with sales lack a field value."
            ).format(
                fit=model.n_fit,
                n=n,
                without=int((~with_sales).sum()),
                incomplete=int((with_sales & missing.any(axis=1)).sum()),
            )
        )
        for field, count in zip(fields, missing.sum(axis=0).tolist()):
            if count:
                feedback.pushWarning(
                    self.tr("{count} zips have no value in '{field}': they get no estimate.").format(
                        count=count, field=field
                    )
                )
        logged = [f for f, use in zip(fields, model.logged) if use]
        if logged:
            feedback.pushInfo(
                self.tr("Entered as log(1 + value), being skewed: {fields}.").format(fields=", ".join(logged))
            )
        target = self.tr("log(sales)") if model.log_target else self.tr("sales")
        feedback.pushInfo(
            self.tr(
                "Cross-validated R² ({folds} folds): {r2:.3f} on sales, {r2_model:.3f} on {target} (in-sample "
                "{r2_fit:.3f}). Residual standard deviation {sigma:.3g} on {target}."
            ).format(
                folds=model.folds,
                r2=model.cv_r2,
                r2_model=model.cv_r2_model,
                target=target,
                r2_fit=model.r2,
                sigma=model.sigma,
            )
        )
        feedback.pushInfo(
            self.tr("Coefficients of {target} (ridge penalty {alpha:g}):").format(target=target, alpha=model.alpha)
        )
        for field, use, per_unit, per_sd in zip(fields, model.logged, model.coefficients, model.standardised):
            shown = self.tr("log(1 + {field})").format(field=field) if use else field
            feedback.pushInfo(
                self.tr("  {field}: {unit:+.4g} per unit, {sd:+.4g} per standard deviation").format(
                    field=shown, unit=float(per_unit), sd=float(per_sd)
                )
            )
        if model.log_target:
            feedback.pushInfo(
                self.tr(
                    "On log(sales), a coefficient b of log(1 + x) is an elasticity: 1% more x, about b% more sales; "
                    "for a plain field, one unit more multiplies sales by exp(b)."
                )
            )
        feedback.pushInfo(
            self.tr("{level:g}% prediction intervals: about {level:g}% of zips should fall inside theirs.").format(
                level=level
            )
        )
        if model.cv_r2 < WEAK_R2:
            feedback.pushWarning(
                self.tr(
                    "The fields explain little of the sales (cross-validated R² {r2:.2f} on sales): treat the "
                    "estimates as rough, or add fields that drive sales."
                ).format(r2=model.cv_r2)
            )

    # --- writing ------------------------------------------------------------------------------

    def _write(self, parameters, context, table, added: pd.DataFrame, feedback) -> dict | None:
        source = table.source
        fields = QgsFields()
        kept = []
        for index, field in enumerate(source.fields()):
            if field.name() not in OUTPUT_FIELDS:  # a second run replaces them
                fields.append(field)
                kept.append(index)
        for name in OUTPUT_FIELDS:
            fields.append(QgsField(name, FieldType.INT if name == "potential_fitted" else FieldType.DOUBLE))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not write_features_with_columns(sink, table, kept, added, fields, feedback, (60.0, 100.0)):
            return None
        del sink  # closes the file
        write_csvt(dest_id, fields)  # a CSV's numbers open as numbers
        return {self.OUTPUT: dest_id}
