"""territory:report — one self-contained HTML file: map, scorecard, charts, balance and what changed."""

from __future__ import annotations

import datetime
from html import escape

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSpatialIndex,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, QVariant
from qgis.PyQt.QtGui import QColor

from territory_plugin.compat import LABEL_OVER_POINT
from territory_plugin.core.aggregate import AggregationError, to_numbers
from territory_plugin.core.colouring import colour_territories
from territory_plugin.core.graph import UnitGraph
from territory_plugin.core.metrics import coefficient_of_variation, disruption
from territory_plugin.processing.base import TerritoryAlgorithm
from territory_plugin.report.charts import bar_chart
from territory_plugin.report.html import cards_html, image_html, page, table_html
from territory_plugin.styling import PALETTE, apply_territory_style, territory_labels
from territory_plugin.tables import plain_csv_path, python_value, read_accounts

REQUIRED = ("territory", "call_hours", "travel_hours", "total_hours", "utilisation")
MAP_WIDTH = 1400
MAP_HEIGHT = 1100
COLOURS = {"call": "#4e79a7", "travel": "#f28e2b", "admin": "#bab0ac", "util": "#76b7b2", "over": "#e15759"}


class TerritoryReport(TerritoryAlgorithm):
    INPUT = "INPUT"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    SCORECARD = "SCORECARD"
    EXISTING_FIELD = "EXISTING_FIELD"
    CHANGE_FIELDS = "CHANGE_FIELDS"
    QUOTAS = "QUOTAS"
    BASES = "BASES"
    TOLERANCE = "TOLERANCE"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "report"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Territory report")

    def flags(self):
        # Map rendering and fonts are safest on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Writes one self-contained HTML file to open in a browser or send by mail: a map of the territories "
            "rendered from the layer, the scorecard of 'Score workload' as a sortable table, bar charts of workload "
            "and utilisation per territory with the tolerance band around the mean, the balance summary (largest "
            "deviation, coefficient of variation) and, when the existing territory field is given, what changed: "
            "units, and the share of each chosen measure, that move to another territory.\n\n"
            "Optional: the quotas of 'Allocate quotas', and rep home bases drawn on the map.\n\n"
            "Everything is inside the file (the map as an image, the charts as SVG, a few lines of JavaScript for "
            "sorting); nothing is fetched from the network."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Units with territories (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TERRITORY_FIELD, self.tr("Territory field"), "territory", parentLayerParameterName=self.INPUT
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SCORECARD, self.tr("Scorecard (from Score workload)"), [QgsProcessing.TypeVector]
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
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.QUOTAS, self.tr("Quotas (from Allocate quotas)"), [QgsProcessing.TypeVector], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BASES, self.tr("Rep home bases (points)"), [QgsProcessing.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Tolerance band around the mean (%)"),
                QgsProcessingParameterNumber.Double,
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
        csv_path = plain_csv_path(self.parameterAsVectorLayer(parameters, name, context), parameters.get(name))
        return read_accounts(source, source.fields().names(), csv_path, feedback).frame

    def _numeric(self, frame: pd.DataFrame, what: str) -> pd.DataFrame:
        out = frame.copy()
        labels = frame["territory"].to_numpy()
        for column in frame.columns:
            if column in ("territory", "flag"):
                continue
            try:
                out[column] = to_numbers(frame[column], labels, column)
            except AggregationError as error:
                raise QgsProcessingException(
                    self.tr("{what}: column '{field}' must hold numbers, but territory {row} has '{value}'.").format(
                        what=what, field=column, row=error.details["account"], value=error.details["value"]
                    )
                ) from error
        out["territory"] = [str(python_value(v)).strip() for v in frame["territory"]]
        return out

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
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or self.tr("Territory report")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        card = self._table(parameters, self.SCORECARD, context, feedback)
        missing = [c for c in REQUIRED if c not in card.columns]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "The scorecard lacks the columns {columns}: use the Scorecard output of 'Score workload'."
                ).format(columns=", ".join(missing))
            )
        card = self._numeric(card, self.tr("Scorecard"))
        quotas = None
        if self.parameterAsSource(parameters, self.QUOTAS, context) is not None:
            quotas = self._table(parameters, self.QUOTAS, context, feedback)
            if "territory" not in quotas.columns or "quota" not in quotas.columns:
                raise QgsProcessingException(
                    self.tr("The quotas table lacks a territory or quota column: use the output of 'Allocate quotas'.")
                )
            quotas = self._numeric(quotas, self.tr("Quotas"))
        feedback.setProgress(10)

        unit_rows = self._read_units(units, territory_field, existing_field, change_fields)
        names = sorted(set(card["territory"]) | {t for t in unit_rows["territory"] if t is not None})
        feedback.pushInfo(self.tr("Rendering the map of {k} territories...").format(k=len(names)))
        png = self._render_map(parameters, context, units, territory_field, names, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(70)

        sections = [("", self._summary(card, tolerance))]
        sections.append((self.tr("Map"), image_html(png, self.tr("Map of the territories"))))
        sections.append((self.tr("Workload per territory"), self._workload_chart(card, tolerance)))
        sections.append((self.tr("Utilisation per territory"), self._utilisation_chart(card, tolerance)))
        sections.append((self.tr("Scorecard"), self._scorecard_table(card, tolerance)))
        if quotas is not None:
            sections.append((self.tr("Quotas"), self._quota_table(quotas)))
        if existing_field:
            sections.append((self.tr("What changed"), self._changes(unit_rows, change_fields)))
        unmapped = sorted(set(card["territory"]) - {t for t in unit_rows["territory"] if t is not None})
        if unmapped:
            feedback.pushWarning(
                self.tr("Territories of the scorecard with no unit on the map: {names}.").format(
                    names=", ".join(unmapped)
                )
            )
        sections.append((self.tr("Definitions"), self._definitions()))
        subtitle = self.tr("{k} territories · written {when}").format(
            k=len(card), when=datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        )
        document = page(title, subtitle, sections)
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(document)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Report written to {path}").format(path=output))
        return {self.OUTPUT: output}

    def _read_units(self, units, territory_field, existing_field, change_fields) -> dict:
        wanted = [f for f in dict.fromkeys([territory_field, existing_field, *change_fields]) if f]
        indices = [units.fields().lookupField(f) for f in wanted]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indices)
        columns: dict[str, list] = {f: [] for f in wanted}
        for feature in units.getFeatures(request):
            attributes = feature.attributes()
            for f, i in zip(wanted, indices):
                columns[f].append(python_value(attributes[i]))

        def names(values):
            return [None if v is None or str(v).strip() == "" else str(v).strip() for v in values]

        return {
            "territory": names(columns[territory_field]),
            "existing": names(columns[existing_field]) if existing_field else None,
            "measures": {f: np.array([0.0 if v is None else float(v) for v in columns[f]]) for f in change_fields},
        }

    # --- map ----------------------------------------------------------------------------------

    def _render_map(self, parameters, context, units, field, names, feedback) -> bytes:
        """PNG of the units coloured by territory, territory outlines and names, and the bases."""
        crs = units.sourceCrs()
        unit_layer = units.materialize(QgsFeatureRequest())
        index = {name: i for i, name in enumerate(names)}
        pieces: list[list[QgsGeometry]] = [[] for _ in names]
        position = unit_layer.fields().lookupField(field)
        for feature in unit_layer.getFeatures():
            value = python_value(feature.attributes()[position])
            name = None if value is None else str(value).strip()
            if name in index and feature.hasGeometry():
                pieces[index[name]].append(feature.geometry())
        outlines = QgsVectorLayer("MultiPolygon", "territories", "memory")
        outlines.setCrs(crs)
        outlines.dataProvider().addAttributes([QgsField("territory", QVariant.String)])
        outlines.updateFields()
        dissolved = []
        for t, name in enumerate(names):
            if feedback.isCanceled():
                return b""
            geometry = QgsGeometry.unaryUnion(pieces[t]) if pieces[t] else QgsGeometry()
            dissolved.append(geometry)
            feature = QgsFeature(outlines.fields())
            feature.setAttributes([name])
            feature.setGeometry(geometry)
            outlines.dataProvider().addFeature(feature)
        colours = self._colours(dissolved)
        apply_territory_style(unit_layer, field, names, colours, False)
        symbol = QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.5", "style": "no"}
        )
        outlines.setRenderer(QgsSingleSymbolRenderer(symbol))
        outlines.setLabeling(territory_labels("territory", LABEL_OVER_POINT))
        outlines.setLabelsEnabled(True)
        layers = [outlines, unit_layer]
        bases = self.parameterAsSource(parameters, self.BASES, context)
        if bases is not None:
            points = QgsVectorLayer("Point", "bases", "memory")
            points.setCrs(crs)
            to_map = QgsCoordinateTransform(bases.sourceCrs(), crs, context.transformContext())
            for base in bases.getFeatures(QgsFeatureRequest().setNoAttributes()):
                if base.hasGeometry():
                    geometry = QgsGeometry(base.geometry())
                    geometry.transform(to_map)
                    feature = QgsFeature()
                    feature.setGeometry(geometry)
                    points.dataProvider().addFeature(feature)
            points.setRenderer(
                QgsSingleSymbolRenderer(
                    QgsMarkerSymbol.createSimple(
                        {"name": "star", "color": "#222222", "outline_color": "#ffffff", "size": "4"}
                    )
                )
            )
            layers.insert(0, points)

        extent = QgsRectangle(unit_layer.extent())
        extent.scale(1.04)
        if extent.isEmpty():
            extent.grow(1.0)
        # fit the map in MAP_WIDTH x MAP_HEIGHT pixels, so that labels stay legible in the page
        aspect = extent.height() / max(extent.width(), 1e-9)
        width = MAP_WIDTH if aspect * MAP_WIDTH <= MAP_HEIGHT else max(int(MAP_HEIGHT / aspect), 200)
        height = max(int(width * aspect), 200)
        map_settings = QgsMapSettings()
        map_settings.setLayers(layers)
        map_settings.setDestinationCrs(crs)
        map_settings.setOutputSize(QSize(width, height))
        map_settings.setOutputDpi(144)
        map_settings.setExtent(extent)
        map_settings.setBackgroundColor(QColor("#ffffff"))
        map_settings.setFlag(QgsMapSettings.Antialiasing, True)
        map_settings.setFlag(QgsMapSettings.DrawLabeling, True)
        map_settings.setTransformContext(context.transformContext())
        job = QgsMapRendererParallelJob(map_settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        for error in job.errors():
            feedback.pushWarning(self.tr("Map: {layer}: {message}").format(layer=error.layerID, message=error.message))
        data = QByteArray()
        buffer_device = QBuffer(data)
        buffer_device.open(QIODevice.WriteOnly)
        image.save(buffer_device, "PNG")
        buffer_device.close()
        return bytes(data)

    def _colours(self, dissolved: list[QgsGeometry]) -> list[str]:
        """A palette colour per territory, different from every touching territory's."""
        index = QgsSpatialIndex()
        for t, geometry in enumerate(dissolved):
            if not geometry.isNull():
                feature = QgsFeature(t)
                feature.setGeometry(geometry)
                index.addFeature(feature)
        edges = set()
        for t, geometry in enumerate(dissolved):
            if geometry.isNull():
                continue
            box = geometry.boundingBox()
            box.grow(max(box.width(), box.height()) * 1e-6)
            for other in index.intersects(box):
                if other > t and geometry.intersects(dissolved[other]):
                    edges.add((t, other))
        k = len(dissolved)
        pairs = np.array(sorted(edges), dtype=np.int64).reshape(-1, 2)
        graph = UnitGraph(
            n=k,
            edges=pairs,
            shared_length=np.zeros(len(pairs)),
            area=np.zeros(k),
            perimeter=np.zeros(k),
            centroid=np.zeros((k, 2)),
        )
        colour = colour_territories(graph, np.arange(k), k, len(PALETTE))
        return [PALETTE[int(c) % len(PALETTE)] for c in colour]

    # --- sections -----------------------------------------------------------------------------

    def _summary(self, card: pd.DataFrame, tolerance: float) -> str:
        total = card["total_hours"].to_numpy(dtype=float)
        mean = float(total.mean()) if len(total) else 0.0
        dev = (total - mean) / mean if mean > 0 else np.zeros(len(total))
        largest = float(np.abs(dev).max()) if len(dev) else 0.0
        within = int((np.abs(dev) <= tolerance + 1e-12).sum())
        cv = float(coefficient_of_variation(total)) if len(total) else 0.0
        accounts = float(card["accounts"].sum()) if "accounts" in card.columns else float("nan")
        util = card["utilisation"].to_numpy(dtype=float)
        over = int((util > 1.0).sum())
        cards = [
            (f"{len(card)}", self.tr("territories"), ""),
            (f"{accounts:,.0f}", self.tr("accounts"), ""),
            (f"{total.sum():,.0f}", self.tr("hours a year in all"), ""),
            (
                f"{largest * 100:.1f}%",
                self.tr("largest deviation of total hours"),
                "ok" if largest <= tolerance else "warn",
            ),
            (f"{cv:.3f}", self.tr("coefficient of variation"), ""),
            (
                self.tr("{within} of {k}").format(within=within, k=len(card)),
                self.tr("territories within ±{tol:g}% of the mean").format(tol=tolerance * 100),
                "ok" if within == len(card) else "warn",
            ),
            (f"{util.mean() * 100 if len(util) else 0:.0f}%", self.tr("mean utilisation"), ""),
            (f"{over}", self.tr("reps over capacity"), "warn" if over else "ok"),
        ]
        return cards_html(cards)

    def _workload_chart(self, card: pd.DataFrame, tolerance: float) -> str:
        total = card["total_hours"].to_numpy(dtype=float)
        mean = float(total.mean()) if len(total) else 0.0
        stacks = [
            (self.tr("call hours"), COLOURS["call"], card["call_hours"].to_numpy(dtype=float)),
            (self.tr("travel hours"), COLOURS["travel"], card["travel_hours"].to_numpy(dtype=float)),
        ]
        if "admin_hours" in card.columns and card["admin_hours"].sum() > 0:
            stacks.append((self.tr("admin hours"), COLOURS["admin"], card["admin_hours"].to_numpy(dtype=float)))
        return bar_chart(
            card["territory"].tolist(),
            stacks,
            band=(mean * (1 - tolerance), mean * (1 + tolerance)),
            lines=[(mean, "#333333", self.tr("mean {value:,.0f} h").format(value=mean))],
            title=self.tr("Workload per territory"),
            band_label=self.tr("mean ±{tol:g}%").format(tol=tolerance * 100),
        )

    def _utilisation_chart(self, card: pd.DataFrame, tolerance: float) -> str:
        util = card["utilisation"].to_numpy(dtype=float) * 100.0
        mean = float(util.mean()) if len(util) else 0.0
        over = util > 100.0
        return bar_chart(
            card["territory"].tolist(),
            [
                (self.tr("within capacity"), COLOURS["util"], np.where(over, 0.0, util)),
                (self.tr("over capacity"), COLOURS["over"], np.where(over, util, 0.0)),
            ],
            band=(mean * (1 - tolerance), mean * (1 + tolerance)),
            lines=[(100.0, "#c62828", self.tr("capacity (100%)"))],
            value_format="{:,.0f}%",
            title=self.tr("Utilisation per territory"),
            band_label=self.tr("mean ±{tol:g}%").format(tol=tolerance * 100),
        )

    def _scorecard_table(self, card: pd.DataFrame, tolerance: float) -> str:
        headers = {
            "territory": self.tr("Territory"),
            "accounts": self.tr("Accounts"),
            "call_hours": self.tr("Call h"),
            "travel_hours": self.tr("Travel h"),
            "admin_hours": self.tr("Admin h"),
            "total_hours": self.tr("Total h"),
            "utilisation": self.tr("Utilisation"),
            "index": self.tr("Index"),
            "deviation_pct": self.tr("Deviation"),
        }
        kinds = {c: "float1" for c in card.columns if c != "territory"}
        kinds.update({"accounts": "int", "utilisation": "pct", "index": "float2", "deviation_pct": "pct_value"})
        for column in card.columns:
            if column.startswith("sum_"):
                headers[column] = column[4:]
                kinds[column] = "int"
        outside = (card["deviation_pct"].abs() > tolerance * 100 + 1e-9).tolist() if "deviation_pct" in card else None
        note = self.tr("Click a column to sort. Rows outside the tolerance band are shaded.")
        return f'<p class="note">{escape(note)}</p>' + table_html(card, headers, kinds, "scorecard", outside)

    def _quota_table(self, quotas: pd.DataFrame) -> str:
        headers = {
            "territory": self.tr("Territory"),
            "potential": self.tr("Potential"),
            "sales": self.tr("Last year's sales"),
            "potential_share": self.tr("Potential share"),
            "sales_share": self.tr("Sales share"),
            "quota": self.tr("Quota"),
            "quota_share": self.tr("Quota share"),
            "quota_to_potential": self.tr("Quota / potential"),
            "fairness_index": self.tr("Fairness index"),
            "growth_pct": self.tr("Growth vs sales"),
            "flag": self.tr("Flag"),
        }
        kinds = {c: "float2" for c in quotas.columns if c not in ("territory", "flag")}
        kinds.update(
            {
                "potential": "int",
                "sales": "int",
                "quota": "int",
                "potential_share": "pct",
                "sales_share": "pct",
                "quota_share": "pct",
                "quota_to_potential": "float2",
                "growth_pct": "pct_value",
                "flag": "text",
            }
        )
        flagged = [str(f).strip() != "" for f in quotas.get("flag", [""] * len(quotas))]
        note = self.tr(
            "Fairness index = (quota / potential) / (goal / total potential): 1 is average; shaded rows are flagged."
        )
        return f'<p class="note">{escape(note)}</p>' + table_html(quotas, headers, kinds, "quotas", flagged)

    def _changes(self, rows: dict, change_fields: list[str]) -> str:
        new, old = rows["territory"], rows["existing"]
        names = sorted({t for t in [*new, *old] if t is not None})
        index = {name: i for i, name in enumerate(names)}
        labels = np.array([index.get(t, -1) if t is not None else -1 for t in new], dtype=np.int64)
        existing = np.array([index.get(t, -1) if t is not None else -1 for t in old], dtype=np.int64)
        measures = [rows["measures"][f] for f in change_fields]
        weights = np.column_stack(measures) if measures else None
        moved = disruption(labels, existing, weights)
        changed = moved["changed"]
        cards = [
            (f"{int(changed.sum()):,}", self.tr("units changed territory"), ""),
            (f"{moved['units'] * 100:.1f}%", self.tr("of the units with an existing territory"), ""),
        ]
        for f, share in zip(change_fields, moved.get("weights", [])):
            cards.append((f"{share * 100:.1f}%", self.tr("of {field} moved").format(field=f), ""))
        if not changed.any():
            return cards_html(cards) + "<p>" + escape(self.tr("No unit changed territory.")) + "</p>"
        frame = pd.DataFrame({"from": np.array(old, dtype=object)[changed], "to": np.array(new, dtype=object)[changed]})
        frame["units"] = 1
        for f in change_fields:
            frame[f] = rows["measures"][f][changed]
        flows = frame.groupby(["from", "to"], as_index=False).sum().sort_values("units", ascending=False)
        headers = {"from": self.tr("From"), "to": self.tr("To"), "units": self.tr("Units")}
        kinds = {"units": "int", **{f: "float1" for f in change_fields}}
        return cards_html(cards) + table_html(flows, headers, kinds, "changes")

    def _definitions(self) -> str:
        items = [
            self.tr("Call hours of an account = calls per year x minutes per call / 60."),
            self.tr(
                "Travel hours = calls per year x 2 x distance(account, base) x circuity / speed; the base is the "
                "rep's home, else the territory's workload-weighted centre; distances on the WGS84 ellipsoid."
            ),
            self.tr("Total hours = call + travel + admin hours. Utilisation = total hours / rep capacity."),
            self.tr(
                "Index = total hours / mean of all territories. Deviation = (total - mean) / mean. Coefficient of "
                "variation = standard deviation / mean of total hours."
            ),
        ]
        return '<ul class="note">' + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
