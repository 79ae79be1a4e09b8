"""territory:designterritories — balanced, compact, contiguous territories from zip polygons.

Longer than the other algorithms (~700 lines) for one reason: one algorithm with three ways
in (a blank map, rep home seeds, an existing alignment with locks and a disruption budget),
each with the sentences that say what to fix. The engine is core/partition.py; the
realignment terms are in realignment.py, designing on workload in design_workload.py, the
input checks in checks.py and the wording of the engine's reasons in diagnostics.py.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from territory_plugin.compat import FieldType, is_null
from territory_plugin.core.alignment import (
    AlignmentError,
    clean_name,
    existing_alignment,
    is_locked,
    numbered_names,
    scattered_locks,
)
from territory_plugin.core.colouring import touching_territories
from territory_plugin.core.feasibility import Canceled, InfeasiblePlan
from territory_plugin.core.fieldguess import FieldKind
from territory_plugin.core.partition import design_territories
from territory_plugin.core.realign import realign_territories
from territory_plugin.core.workload_design import design_on_workload, realign_on_workload
from territory_plugin.layers import (
    AdjacencyCanceled,
    UnitLayerError,
    centroid_xy,
    describe_snapping,
    read_design_settings,
    record_design_settings,
    unit_graph_from_source,
)
from territory_plugin.processing.base import Heartbeat, ScaledFeedback, TerritoryAlgorithm
from territory_plugin.processing.design_workload import DesignWorkload
from territory_plugin.processing.diagnostics import describe_reasons
from territory_plugin.processing.realignment import DISRUPTION_FIELD, RealignmentTerms
from territory_plugin.styling import TerritoryStyler, save_default_style, territory_colours
from territory_plugin.tables import python_value

TERMS = RealignmentTerms()


class DesignTerritories(DesignWorkload, TerritoryAlgorithm):
    INPUT = "INPUT"
    BALANCE_FIELDS = "BALANCE_FIELDS"
    TOLERANCE = "TOLERANCE"
    TERRITORIES = "TERRITORIES"
    SEEDS = "SEEDS"
    SEED_ID_FIELD = "SEED_ID_FIELD"
    EXISTING_FIELD = "EXISTING_FIELD"
    LOCK_FIELD = "LOCK_FIELD"
    CONTIGUITY = "CONTIGUITY"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    RANDOM_SEED = "RANDOM_SEED"
    TERRITORY_FIELD = "TERRITORY_FIELD"
    BEST_EFFORT = "BEST_EFFORT"
    OUTPUT = "OUTPUT"
    TERRITORIES_OUTPUT = "TERRITORIES_OUTPUT"
    MAX_DEVIATION = "MAX_DEVIATION"
    CUT_EDGES = "CUT_EDGES"
    MEAN_POLSBY_POPPER = "MEAN_POLSBY_POPPER"

    def name(self) -> str:
        return "designterritories"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Design territories")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "Groups polygon units (zip codes, counties...) into territories that are contiguous, balanced on one "
            "or more measures within a tolerance, and compact.\n\n"
            "Balance: each territory's total of every balance field stays within the tolerance of the mean "
            "(deviation = (total - mean) / mean). The first field is the main one.\n"
            "Contiguity: units are neighbours when they share a boundary (rook) or any point (queen), with a "
            "small snapping tolerance for slivers and gaps. Islands are joined to their nearest unit; the log "
            "lists every such bridge.\n"
            "Compactness: the engine keeps few cut edges and a high Polsby-Popper score (4 pi area / "
            "perimeter squared, measured in an equal-area projection).\n\n"
            "Design on workload: with the units' call hours and calls per year, the main measure is each "
            "territory's workload as 'Score workload' counts it, call hours plus day-tour travel from the rep's "
            "home (the seeds) or the territory's centre, so that a rural territory gets fewer accounts than a city "
            "one. The design is repeated, each time with every unit's travel in the last plan, while the workload "
            "deviation improves; the log shows each round. The balance fields are then further measures.\n\n"
            "Optional: rep home bases as seeds (one territory grows around each), the current territory of "
            "each unit as the starting point, and locked units that keep their current territory.\n\n"
            "Realignment: from the existing territory field, the plan keeps the territory names and moves as "
            "little as it can (the log and the DISRUPTION output say how much moved, beside a lower bound for "
            "plans that move units between touching territories). A disruption budget caps it, in % of the "
            "main balance field or of the disruption field (e.g. accounts); when budget and tolerance cannot "
            "both hold, the error names the budget that works and the best tolerance within the budget. The "
            "territories output gets moved_in and moved_out. On workload, the realignment balances the "
            "scorecard's hours and the budget is in % of the workload as it is today; the seeds are then the "
            "homes of today's reps, matched to the existing territories by name.\n\n"
            "When the tolerance cannot be met the algorithm says why (e.g. a unit heavier than a territory's "
            "share) and fails, unless 'Return the best plan found' is checked."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Units (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.BALANCE_FIELDS,
                self.tr("Balance fields (the first is the main measure)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        self.add_workload_parameters()
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Tolerance: allowed deviation from the mean (%)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=5.0,
                minValue=0.01,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TERRITORIES,
                self.tr("Number of territories"),
                QgsProcessingParameterNumber.Type.Integer,
                10,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SEEDS,
                self.tr("Seeds: rep home bases (points)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.SEED_ID_FIELD,
                    self.tr("Territory name field of the seeds"),
                    parentLayerParameterName=self.SEEDS,
                    optional=True,
                ),
                FieldKind.REP_NAME,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EXISTING_FIELD,
                self.tr("Existing territory field (start from the current alignment)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            self.guessing(
                QgsProcessingParameterField(
                    self.LOCK_FIELD,
                    self.tr("Lock field (units that keep their existing territory)"),
                    parentLayerParameterName=self.INPUT,
                    optional=True,
                ),
                FieldKind.LOCK,
            )
        )
        TERMS.add_parameters(self, self.INPUT)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CONTIGUITY,
                self.tr("Neighbours"),
                options=[self.tr("Rook: shared boundary"), self.tr("Queen: shared boundary or corner")],
                defaultValue=0,
            )
        )
        snap = QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE,
            self.tr("Snapping tolerance for slivers, gaps and overlaps (metres; empty: automatic)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=None,
            optional=True,
            minValue=0.0,
        )
        snap.setFlags(snap.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(snap)
        seed = QgsProcessingParameterNumber(
            self.RANDOM_SEED,
            self.tr("Random seed (same seed, same plan)"),
            QgsProcessingParameterNumber.Type.Integer,
            0,
            minValue=0,
        )
        seed.setFlags(seed.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(seed)
        self.addParameter(
            QgsProcessingParameterString(self.TERRITORY_FIELD, self.tr("Territory field name"), "territory")
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.BEST_EFFORT, self.tr("Return the best plan found when the tolerance cannot be met"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Units with territories"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.TERRITORIES_OUTPUT,
                self.tr("Territories"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MAX_DEVIATION, self.tr("Largest deviation from the mean (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.CUT_EDGES, self.tr("Cut edges")))
        self.addOutput(QgsProcessingOutputNumber(self.MEAN_POLSBY_POPPER, self.tr("Mean Polsby-Popper")))
        TERMS.add_outputs(self)

    # --- reading ------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.source_or_raise(parameters, self.INPUT, context)
        balance_fields = self.fields_or_raise(
            source, parameters, self.BALANCE_FIELDS, context, self.tr("Balance fields")
        )
        request = self.workload_request(parameters, context, source)
        if not balance_fields and request is None:
            raise QgsProcessingException(
                self.tr(
                    "Choose at least one balance field, e.g. the units' call hours, or design on workload with the "
                    "call hours and calls per year fields."
                )
            )
        existing_field = self.parameterAsString(parameters, self.EXISTING_FIELD, context)
        lock_field = self.parameterAsString(parameters, self.LOCK_FIELD, context)
        for field, what in ((existing_field, self.tr("Existing territory field")), (lock_field, self.tr("Lock field"))):
            if field:
                self.require_field(source, field, what)
        if lock_field and not existing_field:
            raise QgsProcessingException(
                self.tr("Locked units keep their existing territory: set the existing territory field too.")
            )
        max_disruption = TERMS.budget(self, parameters, context, existing_field)
        disruption_field = self.parameterAsString(parameters, DISRUPTION_FIELD, context) if existing_field else ""
        if disruption_field:
            self.require_field(source, disruption_field, self.tr("Disruption field"))
        k = self.parameterAsInt(parameters, self.TERRITORIES, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context) / 100.0
        territory_field = self.parameterAsString(parameters, self.TERRITORY_FIELD, context).strip() or "territory"
        self._check_territory_field(
            parameters, context, source, territory_field, balance_fields, existing_field, lock_field
        )
        best_effort = self.parameterAsBoolean(parameters, self.BEST_EFFORT, context)

        feedback.pushInfo(self.tr("Building the adjacency graph..."))
        progress_graph = ScaledFeedback(feedback, 0, 30)
        try:
            graph_result = unit_graph_from_source(
                source,
                self.parameterAsEnum(parameters, self.CONTIGUITY, context),
                self._snap_tolerance(parameters, context),
                progress_graph,
                context.transformContext(),
            )
        except AdjacencyCanceled:
            return {}
        except UnitLayerError as error:
            raise QgsProcessingException(str(error)) from error
        for line, warning in describe_snapping(graph_result.snapping):
            (feedback.pushWarning if warning else feedback.pushInfo)(line)
        graph, feature_ids = graph_result.graph, graph_result.feature_ids
        label_field = next((f.name() for f in source.fields() if f.type() == FieldType.STRING), "")
        attributes = self.read_columns(
            source, feature_ids, [*balance_fields, existing_field, lock_field, label_field, disruption_field]
        )
        labels_of_units = self._unit_labels(attributes, label_field, feature_ids)
        self._report_bridges(graph, labels_of_units, feedback)
        weights = self._weights(attributes, balance_fields, labels_of_units, feedback) if balance_fields else None
        workload = None
        if request is not None:
            workload = self.read_unit_workload(request, source, feature_ids, context, feedback)
            if feedback.isCanceled():
                return {}

        names, initial, locked = self.existing_alignment(attributes, existing_field, lock_field, k)
        kept = int((locked & (initial >= 0)).sum()) if locked is not None else 0  # locked without one: free
        if kept:
            feedback.pushInfo(self.tr("{count} locked units keep their existing territory.").format(count=kept))
        seeds = homes = None
        seed_source = self.parameterAsSource(parameters, self.SEEDS, context)
        if seed_source is not None and request is not None and initial is not None:
            homes = self.homes_by_name(seed_source, parameters, context, names, feedback)  # today's reps' homes
        elif seed_source is not None:
            if max_disruption is not None:
                raise QgsProcessingException(
                    self.tr("A disruption budget keeps the existing territories, while seeds start new ones: use one.")
                )
            names, seeds = self._seeds(parameters, context, source, graph_result, k)
            if request is not None:
                homes = self.seed_homes(seed_source, context)
        measures = balance_fields if request is None else [self.tr("workload (call + travel hours)"), *balance_fields]

        feedback.pushInfo(
            self.tr("Designing {k} territories from {n} units ({m} neighbour pairs), tolerance {tol:g}%...").format(
                k=k, n=graph.n, m=len(graph.edges), tol=tolerance * 100
            )
        )
        engine = dict(
            seeds=seeds,
            initial=initial,
            locked=locked,
            random_seed=self.parameterAsInt(parameters, self.RANDOM_SEED, context),
            best_effort=best_effort,
            progress=lambda p: feedback.setProgress(30 + 0.6 * p),
            is_canceled=feedback.isCanceled,
            status=self._status_logger(Heartbeat(feedback)),
        )
        moved_field = disruption_field or measures[0]
        disruption = (
            TERMS.weights(attributes[disruption_field], disruption_field, labels_of_units) if disruption_field else None
        )
        result = None
        try:
            if request is None and initial is not None and seeds is None:  # a realignment: the fewest moves
                del engine["seeds"], engine["initial"], engine["locked"]
                plan = realign_territories(
                    graph,
                    weights,
                    k,
                    tolerance,
                    initial,
                    max_disruption=max_disruption,
                    locked=locked,
                    disruption_weights=disruption,
                    **engine,
                )
            elif request is None:
                plan = design_territories(graph, weights, k, tolerance, **engine)
            elif initial is not None and seeds is None:  # a realignment on workload
                del engine["seeds"], engine["initial"], engine["locked"]
                result = realign_on_workload(
                    graph,
                    workload,
                    k,
                    tolerance,
                    initial,
                    extra=weights,
                    homes=homes,
                    tours=request.tours,
                    max_disruption=max_disruption,
                    locked=locked,
                    disruption_weights=disruption,
                    on_round=lambda passed: self.report_round(passed, feedback, realigning=True),
                    **engine,
                )
                plan = result.plan
            else:
                result = design_on_workload(
                    graph,
                    workload,
                    k,
                    tolerance,
                    extra=weights,
                    homes=homes,
                    tours=request.tours,
                    on_round=lambda passed: self.report_round(passed, feedback),
                    **engine,
                )
                plan = result.plan
        except Canceled:
            return {}
        except InfeasiblePlan as error:
            # with best effort on, no plan was there to return: no point suggesting it
            text = (
                self.tr("The territories cannot meet the request, and no plan was found to return:\n{reasons}")
                if best_effort
                else self.tr(
                    "The territories cannot meet the request:\n{reasons}\n"
                    "Check 'Return the best plan found' to get the closest plan anyway."
                )
            )
            raise QgsProcessingException(
                text.format(
                    reasons=describe_reasons(error.reasons, labels_of_units, names, measures, moved_field)
                    + self._scattered_locks(graph, initial, locked, names, labels_of_units)
                )
            ) from error
        warnings = plan.warnings if result is None else result.warnings
        said = describe_reasons(warnings, labels_of_units, names, measures, moved_field)
        if warnings:
            said += self._scattered_locks(graph, initial, locked, names, labels_of_units)
        for line in said.splitlines():
            feedback.reportError(line, fatalError=False)
        moved = plan.realignment
        if moved is not None:
            TERMS.log(feedback, moved, moved_field)
        if feedback.isCanceled():
            return {}
        columns, deviations = self.measure_columns(plan, balance_fields, result)
        if moved is not None:  # in the disruption field's units (the main balance field by default)
            columns += [("moved_in", moved.moved_in), ("moved_out", moved.moved_out)]

        labels = plan.labels
        colours = territory_colours(k, touching_territories(graph, labels))
        results, pieces = self._write_units(parameters, context, source, feature_ids, labels, names, territory_field)
        results.update(
            self._write_territories(
                parameters, context, source, pieces, names, territory_field, plan, columns, feedback
            )
        )
        settings = {
            "algorithm": f"territory:{self.name()}",
            "zip_field": label_field,
            "balance_fields": list(balance_fields),
            "tolerance_pct": tolerance * 100,
            "territories": k,
            "territory_field": territory_field,
            "existing_field": existing_field,
            "lock_field": lock_field,
            "contiguity": ("rook", "queen")[self.parameterAsEnum(parameters, self.CONTIGUITY, context)],
            "snap_tolerance_m": float(graph_result.snapping.tolerance),
            "snap_tolerance_requested_m": graph_result.snapping.requested,
            "seeds": list(names) if seeds is not None else [],
            "random_seed": self.parameterAsInt(parameters, self.RANDOM_SEED, context),
            "max_deviation_pct": dict(zip(balance_fields, deviations[len(deviations) - len(balance_fields) :] * 100)),
            **TERMS.settings(moved, moved_field),
        }
        if result is not None:
            settings["workload"] = self.workload_settings(request, result, names, homes)
        for key, label in ((self.OUTPUT, False), (self.TERRITORIES_OUTPUT, True)):
            if key not in results:
                continue
            save_default_style(results[key], territory_field, names, colours, label)
            record_design_settings(results[key], settings)  # into a GeoPackage; a loaded layer gets them below
            styler = TerritoryStyler.create(territory_field, names, colours, label, settings)
            self.outputs.style_on_load(context, key, results[key], styler)
        feedback.setProgress(100)

        max_dev = float(np.max(deviations)) * 100
        if result is not None:
            best = result.rounds[result.best_round]
            feedback.pushInfo(
                self.tr(
                    "Designed on workload: call + travel hours within {dev:.2f}% of the mean (the plan of round "
                    "{best}; {rounds} rounds), travel {share:.0f}% of the hours, from {bases}."
                ).format(
                    dev=100 * result.workload_deviation,
                    best=result.best_round,
                    rounds=len(result.rounds),
                    share=100 * best.travel_share,
                    bases=self.tr("the reps' homes") if homes is not None else self.tr("each territory's centre"),
                )
            )
            results[self.WORKLOAD_DEVIATION] = 100 * result.workload_deviation
        feedback.pushInfo(
            self.tr(
                "Largest deviation {dev:.2f}%, {cut} cut edges, mean Polsby-Popper {pp:.3f}, "
                "{ok} of {k} territories contiguous."
            ).format(dev=max_dev, cut=plan.cut_edges, pp=plan.mean_pp, ok=int((plan.metrics.pieces == 1).sum()), k=k)
        )
        results[self.MAX_DEVIATION] = max_dev
        results[self.CUT_EDGES] = int(plan.cut_edges)
        results[self.MEAN_POLSBY_POPPER] = float(plan.mean_pp)
        results.update(TERMS.results(moved))
        return results

    def _snap_tolerance(self, parameters, context) -> float | None:
        """SNAP_TOLERANCE in metres, or None (left empty) to choose it from the units' gaps and overlaps."""
        value = parameters.get(self.SNAP_TOLERANCE)
        if is_null(value) or str(value).strip() == "":
            return None
        return self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)

    def _unit_labels(self, attributes, label_field: str, feature_ids: np.ndarray) -> list[str]:
        """How messages name a unit: its code (first text field, e.g. the zip) and feature id."""
        if not label_field:
            return [self.tr("feature {fid}").format(fid=fid) for fid in feature_ids]
        template = self.tr("{field} {value} (feature {fid})")
        return [
            template.format(field=label_field, value=value, fid=fid)
            for value, fid in zip(attributes[label_field], feature_ids)
        ]

    def read_columns(self, source, feature_ids, fields) -> dict[str, list]:
        """The named columns (empty names skipped) in graph order, in one pass over the layer."""
        wanted = [f for f in dict.fromkeys(fields) if f]
        indices = [source.fields().lookupField(f) for f in wanted]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
        rows = {f.id(): f.attributes() for f in source.getFeatures(request)}
        return {
            field: [python_value(rows[int(fid)][index]) for fid in feature_ids] for field, index in zip(wanted, indices)
        }

    def _status_logger(self, heartbeat: Heartbeat):
        """The engine's status, said in the log every few seconds: where it is and the best balance so far."""

        def log(phase: str, step: int, steps: int, deviation) -> None:
            if not heartbeat.due():
                return
            values = {
                "step": step,
                "steps": steps,
                "deviation": f"{100 * deviation():.1f}",
                "seconds": heartbeat.seconds(),
            }
            if phase == "refine":
                text = self.tr(
                    "Refining, pass {step} of {steps} (coarse to fine): largest deviation from the mean "
                    "{deviation}% so far, {seconds} s."
                )
            elif phase == "retry":
                text = self.tr(
                    "Tolerance not met yet: trying another start (number {step}); largest deviation {deviation}%, "
                    "{seconds} s."
                )
            else:
                text = self.tr(
                    "Designing separate piece {step} of {steps} of the map: largest deviation in it {deviation}%, "
                    "{seconds} s."
                )
            heartbeat.feedback.pushInfo(text.format(**values))

        return log

    def _check_territory_field(self, parameters, context, source, name, balance_fields, existing_field, lock_field):
        """The output territory field may replace only the existing alignment or an earlier design's territories."""
        if name in balance_fields or name == lock_field:
            raise QgsProcessingException(
                self.tr(
                    "Territory field name (TERRITORY_FIELD) '{name}' is also a field the design reads ({role}): the "
                    "output would replace it. Choose another name, e.g. territory."
                ).format(name=name, role=self.tr("a balance field") if name in balance_fields else self.tr("the lock"))
            )
        if source.fields().lookupField(name) < 0 or name == existing_field:
            return
        earlier = read_design_settings(self.parameterAsVectorLayer(parameters, self.INPUT, context))
        if earlier.get("territory_field") == name:
            return  # designing again over an earlier design's output replaces its territories
        raise QgsProcessingException(
            self.tr(
                "Territory field name (TERRITORY_FIELD) '{name}' is already a field of the units: the output would "
                "replace its values. Choose another name, or set it as the existing territory field (EXISTING_FIELD) "
                "when it holds today's territories."
            ).format(name=name)
        )

    def _scattered_locks(self, graph, initial, locked, names, unit_labels) -> str:
        """Lines naming the territories whose locked units lie apart (a likely cause of a plan off balance)."""
        if locked is None or initial is None:
            return ""
        lines = []
        for t, (units, hops) in scattered_locks(graph.edges, graph.n, initial, locked).items():
            shown = ", ".join(unit_labels[u] for u in units[:5]) + (", ..." if len(units) > 5 else "")
            lines.append(
                "\n- "
                + self.tr(
                    "The {count} locked units of territory {territory} do not touch one another ({units}; up to "
                    "{hops} neighbours apart): the territory must reach all of them. Unlock the outlying ones."
                ).format(count=len(units), territory=names[t], units=shown, hops=hops)
            )
        return "".join(lines)

    def _weights(self, attributes, balance_fields, unit_labels, feedback) -> np.ndarray:
        columns = []
        for field in balance_fields:
            values = attributes[field]
            missing = sum(value is None for value in values)
            if missing:
                feedback.pushWarning(
                    self.tr("{count} units have no value in '{field}'; they count as 0.").format(
                        count=missing, field=field
                    )
                )
            column = self.numbers_or_raise(values, unit_labels, field, self.tr("unit"))
            bad = np.flatnonzero(~np.isfinite(column) | (column < 0))
            if len(bad):
                raise QgsProcessingException(
                    self.tr("Balance field '{field}' must be 0 or more, but {unit} has {value}.").format(
                        field=field, unit=unit_labels[bad[0]], value=column[bad[0]]
                    )
                )
            if column.sum() <= 0:
                raise QgsProcessingException(
                    self.tr("Balance field '{field}' is 0 on every unit: nothing to balance.").format(field=field)
                )
            columns.append(column)
        return np.column_stack(columns)

    def existing_alignment(
        self, attributes: dict[str, list], existing_field: str, lock_field: str, k: int
    ) -> tuple[list[str], np.ndarray | None, np.ndarray | None]:
        """Names of the k territories, each unit's existing territory (-1 none) and lock, as the design reads them.

        ``attributes`` holds the columns read by :meth:`read_columns`.
        """
        if not existing_field:
            return numbered_names(k), None, None
        try:
            names, initial = existing_alignment(attributes[existing_field], k)
        except AlignmentError as error:
            raise QgsProcessingException(
                self.tr(
                    "The existing alignment has {count} territories but {k} were asked for. Set the number of "
                    "territories to at least {count}, or clear the field of the territories to dissolve."
                ).format(**error.details)
            ) from error
        locked = np.array([is_locked(value) for value in attributes[lock_field]], dtype=bool) if lock_field else None
        return names, initial, locked

    def _seeds(self, parameters, context, units, graph_result, k) -> tuple[list[str], np.ndarray]:
        """Each seed point's unit (the one containing it, else the nearest) and the territory names."""
        seeds = self.parameterAsSource(parameters, self.SEEDS, context)
        id_field = self.parameterAsString(parameters, self.SEED_ID_FIELD, context)
        if id_field:
            self.require_field(seeds, id_field, self.tr("Territory name field of the seeds"))
        points = [f for f in seeds.getFeatures() if f.hasGeometry()]
        if len(points) != k:
            raise QgsProcessingException(
                self.tr(
                    "There are {count} seed points but {k} territories were asked for: one territory grows "
                    "around each seed, so set the number of territories to {count}."
                ).format(count=len(points), k=k)
            )
        to_units = QgsCoordinateTransform(seeds.sourceCrs(), units.sourceCrs(), context.transformContext())
        to_graph = QgsCoordinateTransform(seeds.sourceCrs(), graph_result.crs, context.transformContext())
        position = {int(fid): i for i, fid in enumerate(graph_result.feature_ids)}
        centroid = graph_result.graph.centroid
        chosen, names = [], []
        for number, point in enumerate(points):
            geometry = QgsGeometry(point.geometry())
            geometry.transform(to_units)
            unit = -1
            request = QgsFeatureRequest().setFilterRect(geometry.boundingBox()).setNoAttributes()
            for feature in units.getFeatures(request):
                if feature.geometry().intersects(geometry):
                    unit = position[feature.id()]
                    break
            if unit < 0:  # a seed in the sea or outside the map: nearest unit
                xy = QgsGeometry(point.geometry())
                xy.transform(to_graph)
                p = xy.centroid().asPoint()  # a MultiPoint seed too
                unit = int(np.argmin((centroid[:, 0] - p.x()) ** 2 + (centroid[:, 1] - p.y()) ** 2))
            chosen.append(unit)
            name = clean_name(point[id_field]) if id_field else None
            names.append(name if name is not None else f"Seed {number + 1}")
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            raise QgsProcessingException(
                self.tr("Seed names must be unique; these repeat: {names}.").format(names=", ".join(sorted(duplicates)))
            )
        if seeds.sourceCrs().isValid():  # a seed a continent away went to the nearest unit: a wrong CRS or typo
            to_wgs84 = QgsCoordinateTransform(
                seeds.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext()
            )
            lonlat = [centroid_xy(point.geometry(), to_wgs84) for point in points]
            self.check_far_points(self.tr("Seeds"), names, lonlat, units, context)
        return names, np.array(chosen, dtype=np.int64)

    def _report_bridges(self, graph, unit_labels, feedback) -> None:
        for a, b in graph.bridges:
            feedback.pushWarning(
                self.tr("Bridge added between {a} and {b}: their parts of the map touch nowhere else.").format(
                    a=unit_labels[a], b=unit_labels[b]
                )
            )

    # --- writing ------------------------------------------------------------------------------

    def _write_units(
        self, parameters, context, source, feature_ids, labels, names, territory_field
    ) -> tuple[dict, list[list[QgsGeometry]]]:
        """Writes the units with their territory; returns the result and each territory's unit geometries."""
        fields = QgsFields()
        for field in source.fields():
            if field.name() != territory_field:
                fields.append(field)
        fields.append(QgsField(territory_field, FieldType.STRING))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        keep = [i for i, field in enumerate(source.fields()) if field.name() != territory_field]
        territory_of = {int(fid): int(t) for fid, t in zip(feature_ids, labels)}
        pieces: list[list[QgsGeometry]] = [[] for _ in names]  # for the dissolved territories
        out = QgsFeature(fields)
        for feature in source.getFeatures():
            attributes = feature.attributes()
            territory = territory_of[feature.id()]
            pieces[territory].append(feature.geometry())
            out.setGeometry(feature.geometry())
            out.setAttributes([attributes[i] for i in keep] + [names[territory]])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest_id}, pieces

    def _write_territories(
        self, parameters, context, source, pieces, names, territory_field, plan, columns, feedback
    ) -> dict:
        metrics = plan.metrics
        fields = QgsFields()
        fields.append(QgsField(territory_field, FieldType.STRING))
        fields.append(QgsField("units", FieldType.INT))
        for name, _ in columns:
            fields.append(QgsField(name, FieldType.DOUBLE))
        fields.append(QgsField("polsby_popper", FieldType.DOUBLE))
        fields.append(QgsField("contiguous", FieldType.BOOL))
        multi = QgsWkbTypes.multiType(source.wkbType())
        sink, dest_id = self.parameterAsSink(
            parameters, self.TERRITORIES_OUTPUT, context, fields, multi, source.sourceCrs()
        )
        if sink is None:
            return {}
        counts = [len(unit_geometries) for unit_geometries in pieces]
        for t, name in enumerate(names):  # no cancel here: a half-written layer would be worse than waiting
            feedback.setProgress(90 + 10 * t / max(len(names), 1))
            out = QgsFeature(fields)
            union = QgsGeometry.unaryUnion(pieces[t]) if pieces[t] else QgsGeometry()
            if not union.isNull():
                union.convertToMultiType()
            out.setGeometry(union)
            values = [name, int(counts[t])]
            values += [float(column[t]) for _, column in columns]
            values += [float(metrics.polsby_popper[t]), bool(metrics.pieces[t] == 1)]
            out.setAttributes(values)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return {self.TERRITORIES_OUTPUT: dest_id}
