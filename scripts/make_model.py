#!/usr/bin/python3
"""Write the Processing model the plugin ships: territory_plugin/models/crm_to_report.model3.

The model is generated rather than drawn in the Model Designer so that its wiring is
reviewable here and it can be rebuilt when an algorithm's parameters change:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_model.py

It chains what scripts/demo.sh does by hand: score today's alignment (to get each account's
call hours), aggregate the accounts by zip code, design territories balanced on workload (or
realign today's territories under a disruption budget), score the new territories' workload
and write the report. Every other parameter of the steps stays at its default, so parameters
added later with defaults do not break it.

One model does both yearly jobs because Design territories does: given the existing territory
field (an optional model input, empty by default) it realigns instead of designing from
scratch, and the rep home bases become today's reps' homes.
"""

from __future__ import annotations

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

MODEL_PATH = os.path.join(ROOT, "territory_plugin", "models", "crm_to_report.model3")
MODEL_NAME = "Territories from a CRM export: design, score, report"
# The new territory field (an expression on the model's inputs, the same on QGIS 3.22 to 3.44):
# the name given, else designterritories' default, unless today's field has that name (a
# realignment of last year's design output), which the report must still read to say what changed.
TERRITORY_FIELD = (
    "coalesce(nullif(trim(@TERRITORY_FIELD), ''), "
    "if(coalesce(@EXISTING_FIELD, '') = 'territory', 'new_territory', 'territory'))"
)

HELP = (
    "From a CRM account export to a territory report in one run.\n\n"
    "1. Score today's alignment: each account's call hours = calls per year x minutes per call / 60 from its "
    "segment in the call plan (the current owner field says whose territory each account is in today).\n"
    "2. Aggregate accounts by zip code: call hours, calls and called accounts per zip code area.\n"
    "3. Design territories balanced on workload, call hours plus day-tour travel as the scorecard counts it, "
    "within the tolerance; the travel is from each rep's home when the rep home bases are given, else from each "
    "territory's centre. Workload rather than call hours because that is what the scorecard and the report judge: "
    "balanced on call hours alone, rural reps drive far more and end up overloaded. Two ways:\n"
    "- From scratch (no existing territory field): one territory grows around each rep home and is named after "
    "the rep.\n"
    "- Realignment (the zip areas' existing territory field given, e.g. last year's design): today's territories "
    "keep their names and as few zips as possible move; the disruption budget caps how much may move, in % of the "
    "workload as it is today. The rep home bases are then today's reps' homes, matched to the territories by "
    "name. When budget and tolerance cannot both hold, the run stops and says which budget would work, unless "
    "'Return the best plan found' is checked.\n"
    "4. Score workload of the new territories: call hours, day-tour travel, utilisation of the rep capacity.\n"
    "5. Territory report: one HTML file with the map, the scorecard, the balance and, for a realignment, what "
    "changed.\n\n"
    "Every step is a 'Territory' algorithm; open the model in the Model Designer (Edit Model) to change a "
    "setting that is not offered here, or run the steps one by one."
)


def model_parameter(model, definition, x: float, y: float) -> None:
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(definition, component)


def build_model() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Workflows", "workflows")
    vector = [QgsProcessing.TypeVector]
    number = QgsProcessingParameterNumber.Double

    parameters = [
        QgsProcessingParameterFeatureSource("ACCOUNTS", "CRM accounts (layer, table or CSV file)", vector),
        QgsProcessingParameterField("ZIP_FIELD", "Account zip code field", parentLayerParameterName="ACCOUNTS"),
        QgsProcessingParameterField("SEGMENT_FIELD", "Account segment field", parentLayerParameterName="ACCOUNTS"),
        QgsProcessingParameterField(
            "OWNER_FIELD", "Account's current owner or territory field", parentLayerParameterName="ACCOUNTS"
        ),
        QgsProcessingParameterMatrix(
            "CALL_PLAN",
            "Call plan (segment, calls per year, minutes per call)",
            headers=["Segment", "Calls per year", "Minutes per call"],
            defaultValue=["A", "24", "45", "B", "12", "30", "C", "4", "20"],
        ),
        QgsProcessingParameterField(
            "SUM_FIELDS",
            "Account fields to total per territory (e.g. potential, sales)",
            parentLayerParameterName="ACCOUNTS",
            allowMultiple=True,
            optional=True,
        ),
        QgsProcessingParameterFeatureSource(
            "ZIP_AREAS", "Zip code areas (polygons)", [QgsProcessing.TypeVectorPolygon]
        ),
        QgsProcessingParameterField("UNIT_ZIP_FIELD", "Area zip code field", parentLayerParameterName="ZIP_AREAS"),
        QgsProcessingParameterEnum(
            "ZIP_FORMAT", "Code format", options=["US ZIP (5 digits)", "As is (any country)"], defaultValue=0
        ),
        QgsProcessingParameterNumber(
            "TERRITORIES", "Number of territories", QgsProcessingParameterNumber.Integer, 10, minValue=1
        ),
        QgsProcessingParameterNumber(
            "TOLERANCE", "Tolerance: allowed deviation of workload from the mean (%)", number, 5.0, False, 0.01, 100
        ),
        QgsProcessingParameterFeatureSource(
            "REP_BASES", "Rep home bases (points)", [QgsProcessing.TypeVectorPoint], optional=True
        ),
        QgsProcessingParameterField(
            "REP_NAME_FIELD",
            "Rep name field of the bases (the territories are named after it)",
            parentLayerParameterName="REP_BASES",
            optional=True,
        ),
        QgsProcessingParameterNumber("CAPACITY_HOURS", "Rep capacity (field hours a year)", number, 1600.0, False, 1.0),
        QgsProcessingParameterNumber(
            "CALLS_PER_DAY", "Calls per field day (chained into one tour)", number, 6.0, False, 0.1, 50
        ),
        QgsProcessingParameterField(
            "EXISTING_FIELD",
            "Realignment: today's territory field of the zip areas (empty: design from scratch)",
            parentLayerParameterName="ZIP_AREAS",
            optional=True,
        ),
        QgsProcessingParameterNumber(
            "MAX_DISRUPTION",
            "Realignment: disruption budget, most of today's workload that may move (%; empty: no cap)",
            number,
            None,
            True,
            0.0,
            100.0,
        ),
        QgsProcessingParameterBoolean(
            "BEST_EFFORT", "Return the best plan found when the tolerance cannot be met (within the budget)", False
        ),
        QgsProcessingParameterString(
            "TERRITORY_FIELD",
            "New territory field name (empty: territory, or new_territory when today's field is territory)",
            optional=True,
        ),
    ]
    for row, definition in enumerate(parameters):
        model_parameter(model, definition, 120 + 260 * (row % 2), 60 + 50 * row)
    if hasattr(model, "setParameterOrder"):  # QGIS 3.26+: the dialog lists them in this order, not by name
        model.setParameterOrder([definition.name() for definition in parameters])

    def param(name: str):
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    def static(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    def expression(text: str):
        return [QgsProcessingModelChildParameterSource.fromExpression(text)]

    def child_output(child_id: str, output: str):
        return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]

    def add_child(child_id, algorithm, description, sources, outputs, x, y):
        child = QgsProcessingModelChildAlgorithm(algorithm)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(x, y))
        for name, source in sources.items():
            child.addParameterSources(name, source)
        model_outputs = {}
        # Each output's name is the one QGIS 3.40 derives from its description; 3.22 calls it
        # "<step>:<name>" (design:zip_territories).
        for output_name, (child_output_name, description) in outputs.items():
            output = QgsProcessingModelOutput(output_name, description)
            output.setChildId(child_id)
            output.setChildOutputName(child_output_name)
            model_outputs[output_name] = output
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)

    scoring = {
        "ACCOUNTS": param("ACCOUNTS"),
        "SEGMENT_FIELD": param("SEGMENT_FIELD"),
        "CALL_PLAN": param("CALL_PLAN"),
        "ZIP_FIELD": param("ZIP_FIELD"),
        "ZIP_FORMAT": param("ZIP_FORMAT"),
        "BASES": param("REP_BASES"),
        "BASE_TERRITORY_FIELD": param("REP_NAME_FIELD"),
        "CAPACITY_HOURS": param("CAPACITY_HOURS"),
        "CALLS_PER_DAY": param("CALLS_PER_DAY"),
    }
    add_child(
        "score_today",
        "territory:scoreworkload",
        "1 Score today's alignment (call hours per account)",
        {
            **scoring,
            "TERRITORY_FIELD": param("OWNER_FIELD"),
            "UNITS": param("ZIP_AREAS"),
            "UNIT_ZIP_FIELD": param("UNIT_ZIP_FIELD"),
            "ACCOUNTS_OUTPUT": static(QgsProcessing.TEMPORARY_OUTPUT),
            "SCORECARD": static(QgsProcessing.TEMPORARY_OUTPUT),
        },
        {},
        700,
        100,
    )
    add_child(
        "aggregate",
        "territory:aggregatezipcodes",
        "2 Aggregate accounts by zip code (call hours and calls per zip)",
        {
            "ACCOUNTS": child_output("score_today", "ACCOUNTS_OUTPUT"),
            "ZIP_FIELD": param("ZIP_FIELD"),
            "UNITS": param("ZIP_AREAS"),
            "UNIT_ZIP_FIELD": param("UNIT_ZIP_FIELD"),
            "ZIP_FORMAT": param("ZIP_FORMAT"),
            "SUM_FIELDS": static(["call_hours", "calls_per_year", "called"]),
        },
        {"unmatched_accounts": ("UNMATCHED", "Unmatched accounts")},
        700,
        230,
    )
    add_child(
        "design",
        "territory:designterritories",
        "3 Design territories on workload (or realign today's)",
        {
            "INPUT": child_output("aggregate", "OUTPUT"),
            "WORKLOAD_FIELD": static("sum_call_hours"),
            "CALLS_FIELD": static("sum_calls_per_year"),
            "CALLED_FIELD": static("sum_called"),
            "CALLS_PER_DAY": param("CALLS_PER_DAY"),
            "TOLERANCE": param("TOLERANCE"),
            "TERRITORIES": param("TERRITORIES"),
            "SEEDS": param("REP_BASES"),
            "SEED_ID_FIELD": param("REP_NAME_FIELD"),
            "EXISTING_FIELD": param("EXISTING_FIELD"),
            "MAX_DISRUPTION": param("MAX_DISRUPTION"),
            "BEST_EFFORT": param("BEST_EFFORT"),
            "TERRITORY_FIELD": expression(TERRITORY_FIELD),
        },
        {
            "zip_territories": ("OUTPUT", "Zip territories"),
            "territories": ("TERRITORIES_OUTPUT", "Territories"),
        },
        700,
        380,
    )
    add_child(
        "score",
        "territory:scoreworkload",
        "4 Score workload of the new territories",
        {
            **scoring,
            "UNITS": child_output("design", "OUTPUT"),
            "UNIT_ZIP_FIELD": param("UNIT_ZIP_FIELD"),
            "UNIT_TERRITORY_FIELD": expression(TERRITORY_FIELD),
            "SUM_FIELDS": param("SUM_FIELDS"),
        },
        {
            "scorecard": ("SCORECARD", "Scorecard"),
            "scored_accounts": ("ACCOUNTS_OUTPUT", "Scored accounts"),
        },
        700,
        530,
    )
    add_child(
        "report",
        "territory:report",
        "5 Territory report",
        {
            "INPUT": child_output("design", "OUTPUT"),
            "TERRITORY_FIELD": expression(TERRITORY_FIELD),
            "EXISTING_FIELD": param("EXISTING_FIELD"),
            "CHANGE_FIELDS": static(["sum_call_hours", "account_count"]),
            "SCORECARD": child_output("score", "SCORECARD"),
            "BASES": param("REP_BASES"),
            "TOLERANCE": param("TOLERANCE"),
        },
        {"report": ("OUTPUT", "Report")},
        700,
        680,
    )
    model.setHelpContent({"ALG_DESC": HELP, "ALG_CREATOR": "Territory Designer"})
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=MODEL_PATH)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    from territory_plugin.processing.provider import TerritoryProvider

    provider = TerritoryProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    model = build_model()
    problems = [
        f"{child_id}: {issue}"
        for child_id in model.childAlgorithms()
        for issue in model.validateChildAlgorithm(child_id)[1]
    ]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    if not model.toFile(args.out):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
