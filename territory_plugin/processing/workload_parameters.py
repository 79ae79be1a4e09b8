"""The parameters of the two workload scorers, grouped the way a user fills them in.

territory:scoreworkload starts from accounts (required) and says in each label which question
a parameter answers: how often an account is called (a segment and the call plan, or fields),
which territory it is in (its own field, or the zip code areas), where reps start their tours.
territory:scoreworkloadareas starts from zip code areas that already carry call hours (the unit
level, without accounts). Both share the travel and capacity settings and the outputs.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from territory_plugin.core.fieldguess import FieldKind

# DESIGN.md's example plan: segment, calls per year, minutes per call. A segment of the accounts
# that the plan lacks is an error naming it, so the default never scores accounts silently.
DEFAULT_CALL_PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20"]


class WorkloadParameters:
    """Mixin for the workload algorithms (TerritoryAlgorithm subclasses with ScoreWorkload's names)."""

    def _field(self, name: str, description: str, parent: str, kind=None, optional=True, multiple=False, numeric=False):
        parameter = QgsProcessingParameterField(
            name,
            description,
            parentLayerParameterName=parent,
            type=QgsProcessingParameterField.DataType.Numeric if numeric else QgsProcessingParameterField.DataType.Any,
            allowMultiple=multiple,
            optional=optional,
        )
        return self.guessing(parameter, kind) if kind is not None else parameter

    def add_account_parameters(self) -> None:
        """Accounts, how often each is called, its territory and zip code (territory:scoreworkload)."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ACCOUNTS, self.tr("Accounts (layer, table or CSV file)"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            self._field(
                self.SEGMENT_FIELD, self.tr("Calls: segment field of the accounts"), self.ACCOUNTS, FieldKind.SEGMENT
            )
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.CALL_PLAN,
                self.tr("Calls: call plan by segment (a segment * serves all others)"),
                headers=[self.tr("Segment"), self.tr("Calls per year"), self.tr("Minutes per call")],
                defaultValue=DEFAULT_CALL_PLAN,
                optional=True,
            )
        )
        self.addParameter(
            self._field(self.CALLS_FIELD, self.tr("Calls, instead of the plan: calls per year field"), self.ACCOUNTS)
        )
        self.addParameter(
            self._field(
                self.MINUTES_FIELD, self.tr("Calls, instead of the plan: minutes per call field"), self.ACCOUNTS
            )
        )
        self.addParameter(
            self._field(
                self.TERRITORY_FIELD,
                self.tr("Territory: the accounts' territory field (or leave empty and give the zip code areas)"),
                self.ACCOUNTS,
            )
        )
        self.addParameter(
            self._field(self.ZIP_FIELD, self.tr("Zip code field of the accounts"), self.ACCOUNTS, FieldKind.ZIP)
        )
        self.addParameter(
            self._field(self.SUM_FIELDS, self.tr("Account fields to total per territory"), self.ACCOUNTS, multiple=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS,
                self.tr(
                    "Zip code areas (polygons): the territory of each code, and where accounts without a point are"
                ),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            self._field(self.UNIT_ZIP_FIELD, self.tr("Zip code field of the areas"), self.UNITS, FieldKind.ZIP)
        )
        self.addParameter(
            self._field(
                self.UNIT_TERRITORY_FIELD, self.tr("Territory field of the areas"), self.UNITS, FieldKind.TERRITORY
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
            QgsProcessingParameterBoolean(
                self.SPATIAL_FALLBACK,
                self.tr("Place point accounts without a usable code in the area that contains them"),
                defaultValue=True,
            )
        )

    def add_area_parameters(self) -> None:
        """Zip code areas carrying call hours and a territory (territory:scoreworkloadareas)."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.UNITS,
                self.tr("Zip code areas with call hours (e.g. the totals of 'Aggregate accounts by zip code')"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            self._field(
                self.UNIT_TERRITORY_FIELD, self.tr("Territory field"), self.UNITS, FieldKind.TERRITORY, optional=False
            )
        )
        self.addParameter(
            self._field(
                self.UNIT_WORKLOAD_FIELD,
                self.tr("Call hours field"),
                self.UNITS,
                FieldKind.WORKLOAD,
                optional=False,
                numeric=True,
            )
        )
        self.addParameter(
            self._field(
                self.UNIT_CALLS_FIELD,
                self.tr("Travel: calls per year field"),
                self.UNITS,
                FieldKind.CALLS,
                numeric=True,
            )
        )
        self.addParameter(
            self._field(
                self.UNIT_CALLED_FIELD,
                self.tr("Travel: called accounts field (the tours' stops)"),
                self.UNITS,
                numeric=True,
            )
        )
        self.addParameter(self._field(self.UNIT_COUNT_FIELD, self.tr("Account count field"), self.UNITS, numeric=True))
        self.addParameter(
            self._field(self.UNIT_SUM_FIELDS, self.tr("Fields to total per territory"), self.UNITS, multiple=True)
        )

    def add_travel_parameters(self) -> None:
        """Where tours start, how fast reps drive, a rep's year; shared by both algorithms."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BASES,
                self.tr("Travel: rep home bases (points; else each territory's centre)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            self._field(
                self.BASE_TERRITORY_FIELD,
                self.tr("Travel: territory field of the bases"),
                self.BASES,
                FieldKind.REP_NAME,
            )
        )
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SPEED_KMH, self.tr("Travel: average speed (km/h)"), number, 50.0, minValue=1
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CIRCUITY, self.tr("Travel: circuity, road distance / straight distance"), number, 1.3, minValue=1.0
            )
        )
        # No range on these three: a value out of range gets processAlgorithm's sentence, which says why.
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CALLS_PER_DAY, self.tr("Travel: calls per field day (chained into one tour)"), number, 6.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CAPACITY_HOURS, self.tr("Rep capacity (field hours a year)"), number, 1600.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET_UTILISATION, self.tr("Target utilisation for sizing (% of capacity)"), number, 90.0
            )
        )
        admin = QgsProcessingParameterNumber(
            self.ADMIN_PCT, self.tr("Admin overhead (% of call and travel hours)"), number, 0.0, minValue=0
        )
        admin.setFlags(admin.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(admin)

    def add_workload_outputs(self, accounts: bool) -> None:
        if accounts:
            self.addParameter(
                QgsProcessingParameterFeatureSink(
                    self.ACCOUNTS_OUTPUT,
                    self.tr("Accounts with call and travel hours"),
                    QgsProcessing.SourceType.TypeVector,
                    optional=True,
                    createByDefault=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.SCORECARD, self.tr("Scorecard"), QgsProcessing.SourceType.TypeVector)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.BUILD_UP,
                self.tr("Workload build-up by segment"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MAX_DEVIATION, self.tr("Largest deviation of total hours (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.REPS_NEEDED, self.tr("Reps needed at the target utilisation")))
        self.addOutput(QgsProcessingOutputNumber(self.CV, self.tr("Coefficient of variation of total hours")))
        self.addOutput(QgsProcessingOutputNumber(self.UNASSIGNED_COUNT, self.tr("Accounts in no territory")))
        self.addOutput(QgsProcessingOutputNumber(self.UNLOCATED_COUNT, self.tr("Accounts without a location")))
