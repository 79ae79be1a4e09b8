"""The ``territory`` Processing provider."""

from __future__ import annotations

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from territory_plugin.processing.aggregate_zipcodes import AggregateZipCodes
from territory_plugin.processing.allocate_quotas import AllocateQuotas
from territory_plugin.processing.assign_reps import AssignReps
from territory_plugin.processing.design_territories import DesignTerritories
from territory_plugin.processing.estimate_potential import EstimatePotential
from territory_plugin.processing.export_assignments import ExportAssignments
from territory_plugin.processing.score_workload import ScoreWorkload
from territory_plugin.processing.score_workload_areas import ScoreWorkloadOfAreas
from territory_plugin.processing.shipped_models import shipped_models
from territory_plugin.processing.territory_report import TerritoryReport

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icon.svg")


class TerritoryProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "territory"

    def name(self) -> str:
        return QCoreApplication.translate("TerritoryProvider", "Territory")

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return QCoreApplication.translate("TerritoryProvider", "Sales territory management")

    def icon(self) -> QIcon:
        return QIcon(ICON)

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for algorithm in (
            AggregateZipCodes(),
            DesignTerritories(),
            ScoreWorkload(),
            ScoreWorkloadOfAreas(),
            AllocateQuotas(),
            TerritoryReport(),
            AssignReps(),
            ExportAssignments(),
            EstimatePotential(),
            *shipped_models(),
        ):
            self.addAlgorithm(algorithm)
