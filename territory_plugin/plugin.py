"""Wiring between QGIS and the plugin: provider, translations, menu."""

from __future__ import annotations

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)


def _locale() -> str:
    """Two-letter UI language; QGIS stores an override in its settings."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or QLocale().name()
    else:
        name = QLocale().name()
    return str(name)[:2]


class TerritoryPlugin:
    """Registers the Processing provider; works headless (``iface`` None)."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.translator = None
        self._install_translator()

    def _install_translator(self) -> None:
        path = os.path.join(PLUGIN_DIR, "i18n", f"territory_plugin_{_locale()}.qm")
        if os.path.exists(path):
            self.translator = QTranslator()
            if self.translator.load(path):
                QCoreApplication.installTranslator(self.translator)

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        from territory_plugin.processing.provider import TerritoryProvider

        if self.provider is None:
            self.provider = TerritoryProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.initProcessing()

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
