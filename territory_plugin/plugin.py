"""Wiring between QGIS and the plugin: provider, translations, menu."""

from __future__ import annotations

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon

from territory_plugin.compat import QAction

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
        self.dock = None
        self.dock_action = None
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
        if self.iface is None or self.dock is not None:
            return
        from territory_plugin.gui.dock import ReassignDock

        main_window = self.iface.mainWindow()
        self.dock = ReassignDock(self.iface, main_window)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # QGIS shows what it docks; the menu and toolbar action open it
        self.dock_action = QAction(
            QIcon(os.path.join(PLUGIN_DIR, "icon.svg")), self.tr("Territories: reassign by hand"), main_window
        )
        self.dock_action.setObjectName("TerritoryReassignDockAction")
        self.dock_action.setCheckable(True)
        self.dock.setToggleVisibilityAction(self.dock_action)
        self.iface.addPluginToMenu(self.tr("&Territory Designer"), self.dock_action)
        self.iface.addToolBarIcon(self.dock_action)

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("TerritoryPlugin", text)

    def _unload_gui(self) -> None:
        if self.dock_action is not None:
            if hasattr(self.iface, "removePluginMenu"):
                self.iface.removePluginMenu(self.tr("&Territory Designer"), self.dock_action)
            self.iface.removeToolBarIcon(self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.dock is not None:
            self.dock.cleanup()
            if hasattr(self.iface, "removeDockWidget"):
                self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None

    def unload(self) -> None:
        self._unload_gui()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
