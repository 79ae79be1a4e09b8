"""The Processing models shipped in ``territory_plugin/models``, listed by the provider.

Each ``.model3`` file becomes ``territory:model_<file name>``; the file itself also runs on its
own (``qgis_process run <path>.model3``) once the plugin is enabled. ``scripts/make_model.py``
writes the files.
"""

from __future__ import annotations

import os

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.workflow import WORKFLOWS, guide_url

MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "models")


def _display_names() -> dict[str, str]:
    # Translated here rather than taken from the file, whose name is English.
    return {
        "crm_to_report": QCoreApplication.translate(
            "ShippedModel", "Territories from a CRM export: design, score, report"
        ),
    }


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model file with a stable id, a translated name and the plugin's workflow group."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path
        self._stem = os.path.splitext(os.path.basename(path))[0]
        if not self.fromFile(path):
            raise ValueError(f"cannot read the Processing model {path}")

    def name(self) -> str:
        return f"model_{self._stem}"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return _display_names().get(self._stem, super().displayName())

    def group(self) -> str:
        return QCoreApplication.translate("ShippedModel", "Workflows")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return WORKFLOWS

    def helpUrl(self) -> str:  # noqa: N802 - QGIS API
        return guide_url(self.name())

    def createInstance(self):  # noqa: N802 - QGIS API
        return ShippedModel(self._path)


def shipped_models() -> list[ShippedModel]:
    """Every model file in ``models/``, in file-name order."""
    if not os.path.isdir(MODELS_DIR):
        return []
    return [
        ShippedModel(os.path.join(MODELS_DIR, name))
        for name in sorted(os.listdir(MODELS_DIR))
        if name.endswith(".model3")
    ]
