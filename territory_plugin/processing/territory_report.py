"""territory:report — one self-contained HTML file: map, scorecard, charts, balance and what changed."""

from __future__ import annotations

import datetime

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.core.alignment import clean_name, clean_names, ordered_names
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.layers import read_design_settings
from territory_plugin.map_image import render_territory_map
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.report.html import image_html, page
from territory_plugin.report.plan import PlanSections
from territory_plugin.report.sections import ReportSections
from territory_plugin.styling import colours_of_style
from territory_plugin.tables import read_accounts

REQUIRED = ("territory", "call_hours", "travel_hours", "total_hours", "utilisation_pct")


class TerritoryReport(TerritoryAlgorithm):
    INPUT = "INPUT"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    SCORECARD = "SCORECARD"
    EXISTING_FIELD = "EXISTING_FIELD"
    CHANGE_FIELDS = "CHANGE_FIELDS"
    QUOTAS = "QUOTAS"
    BASES = "BASES"
    BUILD_UP = "BUILD_UP"
    TARGET_UTILISATION = "TARGET_UTILISATION"
    TOLERANCE = "TOLERANCE"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "report"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Territory report")

    def flags(self):
        # Map rendering and fonts are safest on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Writes one self-contained HTML file to open in a browser or send by mail: a map of the territories "
            "rendered from the layer, the scorecard of 'Score workload' as a sortable table, bar charts of workload "
            "and utilisation per territory with the tolerance band around the mean, the balance summary (largest "
            "deviation, coefficient of variation) and, when the existing territory field is given, what changed: "
            "units, and the share of each chosen measure, that move to another territory.\n\n"
            "It opens with the plan in a few lines: the reps the workload needs at the target utilisation (from the "
            "scorecard's hours and capacity, or the workload build-up when given) against the territories you have, "
            "the range of utilisation and travel, and the quota growth. When the units layer came from 'Design "
            "territories', a balance section shows every measure the design balanced, with the design log's figure, "
            "beside the workload.\n\n"
            "Optional: the quotas of 'Allocate quotas', the workload build-up of 'Score workload', and rep home bases "
            "drawn on the map.\n\n"
            "Everything is inside the file (the map as an image, the charts as SVG, a few lines of JavaScript for "
            "sorting); nothing is fetched from the network."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Units with territories (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.TERRITORY_FIELD, self.tr("Territory field"), "territory", parentLayerParameterName=self.INPUT
                ),
                FieldKind.TERRITORY,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SCORECARD, self.tr("Scorecard (from Score workload)"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EXISTING_FIELD,
                self.tr("Existing territory field (to show what changed)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CHANGE_FIELDS,
                self.tr("Measures whose moved share to report (e.g. accounts, potential)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.QUOTAS,
                self.tr("Quotas (from Allocate quotas)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BASES,
                self.tr("Rep home bases (points)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BUILD_UP,
                self.tr("Workload build-up (from Score workload)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET_UTILISATION,
                self.tr("Target utilisation for the reps needed (% of capacity)"),
                QgsProcessingParameterNumber.Type.Double,
                90.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Tolerance band around the mean (%)"),
                QgsProcessingParameterNumber.Type.Double,
                5.0,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), self.tr("Territory report"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Report"), self.tr("HTML files (*.html)"))
        )

    # --- reading ------------------------------------------------------------------------------

    def _table(self, parameters, name, context, feedback) -> pd.DataFrame:
        source = self.source_or_raise(parameters, name, context)
        return self.read_table(parameters, name, context, source, source.fields().names(), feedback).frame

    def _numeric(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Every column but the territory (and the quota flag) as numbers; territory names cleaned."""
        out = frame.copy()
        labels = frame["territory"].to_numpy()
        for column in frame.columns:
            if column not in ("territory", "flag"):
                out[column] = self.numbers_or_raise(frame[column], labels, column, "territory")
        out["territory"] = [clean_name(v) or "" for v in frame["territory"]]
        return out

    def _design_settings(self, layer) -> dict:
        """What the design recorded on the units (layers.read_design_settings); a layer Processing opened
        without its default style is read again from its file."""
        settings = read_design_settings(layer)
        if not settings and layer is not None and layer.providerType() == "ogr":
            settings = read_design_settings(QgsVectorLayer(layer.source(), "design", "ogr"))
        return settings

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        units = self.source_or_raise(parameters, self.INPUT, context)
        territory_field = self.field_or_raise(
            units, parameters, self.TERRITORY_FIELD, context, self.tr("Territory field")
        )
        existing_field = ""
        if self.parameterAsString(parameters, self.EXISTING_FIELD, context):
            existing_field = self.field_or_raise(
                units, parameters, self.EXISTING_FIELD, context, self.tr("Existing territory field")
            )
        change_fields = self.fields_or_raise(
            units, parameters, self.CHANGE_FIELDS, context, self.tr("Measures to report")
        )
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context) / 100.0
        target = self.parameterAsDouble(parameters, self.TARGET_UTILISATION, context)
        if not target > 0:
            raise QgsProcessingException(
                self.tr(
                    "Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep's capacity to "
                    "plan for, as in Score workload (typically 85 to 95). It is {value:g}."
                ).format(value=target)
            )
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or self.tr("Territory report")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        card = self._table(parameters, self.SCORECARD, context, feedback)
        if "utilisation" in card.columns and "utilisation_pct" not in card.columns:  # an older scorecard: a ratio
            card["utilisation_pct"] = self.numbers_or_raise(card["utilisation"], card["territory"], "utilisation", "")
            card["utilisation_pct"] *= 100.0
            card = card.drop(columns="utilisation")
        missing = [c for c in REQUIRED if c not in card.columns]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "The scorecard lacks the columns {columns}: use the Scorecard output of 'Score workload'."
                ).format(columns=", ".join(missing))
            )
        card = self._numeric(card)
        quotas = None
        if self.parameterAsSource(parameters, self.QUOTAS, context) is not None:
            quotas = self._table(parameters, self.QUOTAS, context, feedback)
            if "territory" not in quotas.columns or "quota" not in quotas.columns:
                raise QgsProcessingException(
                    self.tr("The quotas table lacks a territory or quota column: use the output of 'Allocate quotas'.")
                )
            quotas = self._numeric(quotas)
        build_up = None
        if self.parameterAsSource(parameters, self.BUILD_UP, context) is not None:
            build_up = self._table(parameters, self.BUILD_UP, context, feedback)
            if not {"line", "hours"} <= set(build_up.columns):
                raise QgsProcessingException(
                    self.tr(
                        "The build-up table lacks a line or hours column: use the Build-up output of 'Score workload'."
                    )
                )
            for column in ("accounts", "calls", "hours", "share_pct"):
                if column in build_up.columns:
                    build_up[column] = pd.to_numeric(build_up[column], errors="coerce")
        design = self._design_settings(self.parameterAsVectorLayer(parameters, self.INPUT, context))
        balanced = [f for f in design.get("balance_fields", []) if units.fields().lookupField(f) >= 0]
        feedback.setProgress(10)

        wanted = [f for f in (territory_field, existing_field, *change_fields, *balanced) if f]
        columns = read_accounts(units, list(dict.fromkeys(wanted))).frame
        territories = clean_names(columns[territory_field].tolist())
        labels = columns[territory_field].to_numpy()
        changed = {f: self.numbers_or_raise(columns[f], labels, f, territory_field) for f in change_fields}
        names = ordered_names([*card["territory"], *territories])
        feedback.pushInfo(self.tr("Rendering the map of {k} territories...").format(k=len(names)))
        bases = self.parameterAsSource(parameters, self.BASES, context)
        style = colours_of_style(self.parameterAsVectorLayer(parameters, self.INPUT, context), territory_field, names)
        png, errors, colours = render_territory_map(
            units, territory_field, names, bases, context.transformContext(), feedback, style
        )
        for error in errors:
            feedback.pushWarning(self.tr("Map: {error}").format(error=error))
        if feedback.isCanceled():
            return {}
        feedback.setProgress(70)

        report = ReportSections(QCoreApplication.translate, dict(zip(names, colours)))
        plan = PlanSections(QCoreApplication.translate)
        sections = [("", plan.headline(card, target, build_up, quotas)), ("", report.summary(card, tolerance))]
        sections.append((self.tr("Map"), image_html(png, self.tr("Map of the territories"))))
        sections.append((self.tr("Workload per territory"), report.workload_chart(card, tolerance)))
        sections.append((self.tr("Utilisation per territory"), report.utilisation_chart(card, tolerance)))
        sections.append((self.tr("Scorecard"), report.scorecard_table(card, tolerance)))
        if build_up is not None:
            sections.append((self.tr("Workload build-up"), plan.build_up_table(build_up)))
        on_workload = (design.get("workload") or {}).get("workload_deviation_pct")  # designed on workload
        if balanced or on_workload is not None:
            measures = {f: self.numbers_or_raise(columns[f], labels, f, territory_field) for f in balanced}
            design_tolerance = float(design.get("tolerance_pct", tolerance * 100)) / 100.0
            recorded = design.get("max_deviation_pct") or {}
            balance = plan.balance(territories, measures, card, design_tolerance, recorded, on_workload)
            sections.append((self.tr("Balance of the design"), balance))
        if quotas is not None:
            sections.append((self.tr("Quotas"), report.quota_table(quotas)))
        if existing_field:
            changes = report.changes(territories, clean_names(columns[existing_field].tolist()), changed, design)
            sections.append((self.tr("What changed"), changes))
        unmapped = ordered_names(set(card["territory"]) - set(territories))
        if unmapped:
            feedback.pushWarning(
                self.tr("Territories of the scorecard with no unit on the map: {names}.").format(
                    names=", ".join(unmapped)
                )
            )
        sections.append((self.tr("Definitions"), report.definitions()))
        subtitle = self.tr("{k} territories · written {when}").format(
            k=len(card), when=datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        )
        document = page(title, subtitle, sections, language=report.language())
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(document)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Report written to {path}").format(path=output))
        return {self.OUTPUT: output}
