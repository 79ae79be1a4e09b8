"""Qt6 readiness (QGIS 4): the static check finds what PyQt6 rejects, and the plugin has none of it."""

from __future__ import annotations

import configparser
from pathlib import Path

from scripts.check_qt6 import check_paths, check_source

ROOT = Path(__file__).resolve().parents[2]

QT5_ONLY = """
from PyQt5.QtCore import QSettings
from qgis.core import Qgis, QgsProcessing, QgsFeatureRequest
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QAction

role = Qt.DisplayRole
kind = QVariant.Int
source = QgsProcessing.TypeVector
level = Qgis.Warning
flags = QgsFeatureRequest.NoGeometry
layer.saveStyleToDatabase("style", "", True, "")
"""

QT6_READY = """
from qgis.core import Qgis, QgsProcessing, QgsFeatureRequest
from qgis.PyQt.QtCore import Qt, QMetaType

role = Qt.ItemDataRole.DisplayRole
kind = QMetaType.Type.Int
source = QgsProcessing.SourceType.TypeVector
level = Qgis.MessageLevel.Warning
flags = QgsFeatureRequest.Flag.NoGeometry
align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
"""


def test_check_finds_every_kind_of_qt5_only_code():
    problems = check_source(QT5_ONLY, "plugin_code.py")
    found = "\n".join(problems)
    for expected in (
        "from PyQt5.QtCore",
        "QAction from QtWidgets",
        "QVariant: field types",
        "Qt.DisplayRole: unscoped",
        "QVariant.Int: unscoped",
        "QgsProcessing.TypeVector: unscoped",
        "Qgis.Warning: unscoped",
        "QgsFeatureRequest.NoGeometry: unscoped",
        "saveStyleToDatabase: deprecated",
    ):
        assert expected in found, f"{expected!r} not reported in:\n{found}"
    assert problems[0].startswith("plugin_code.py:2:")  # where to fix it


def test_check_accepts_scoped_enums_on_this_qgis():
    assert check_source(QT6_READY, "plugin_code.py") == []


def test_the_plugin_is_qt6_ready():
    assert check_paths([ROOT / "territory_plugin"]) == []


def test_metadata_says_qt6_is_supported():
    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt")
    assert metadata["general"].getboolean("supportsQt6")
