"""Wiring between QGIS and the plugin: provider, translations, menu."""

from __future__ import annotations

import os
from functools import partial

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon

from territory_plugin.compat import QAction
from territory_plugin.workflow import DOCK, WORKFLOW, guide_url

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
        self.menu_actions: list[QAction] = []
        self.algorithm_dialog = None
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
        self._build_menu(main_window)
        self.iface.addToolBarIcon(self.dock_action)

    def _build_menu(self, main_window) -> None:
        """Plugins > Territory Designer and Vector > Territory Designer: the work in its order, then the guide."""
        registry = QgsApplication.processingRegistry()
        self.menu_actions = []
        previous_step = None
        for step, name in WORKFLOW:
            if previous_step is not None and step != previous_step:
                self.menu_actions.append(self._separator(main_window))
            previous_step = step
            if name == DOCK:
                self.menu_actions.append(self.dock_action)
                continue
            algorithm = registry.algorithmById(f"territory:{name}")
            if algorithm is None:
                continue
            action = QAction(algorithm.icon(), algorithm.displayName() + "…", main_window)
            action.setObjectName(f"TerritoryAlgorithmAction_{name}")
            action.setToolTip(algorithm.shortDescription() or algorithm.displayName())
            action.triggered.connect(partial(self.open_algorithm, algorithm.id()))
            self.menu_actions.append(action)
        self.menu_actions.append(self._separator(main_window))
        guide = QAction(self.tr("User guide"), main_window)
        guide.setObjectName("TerritoryGuideAction")
        guide.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(guide_url())))
        self.menu_actions.append(guide)
        for action in self.menu_actions:
            self.iface.addPluginToMenu(self.menu_name(), action)
            if hasattr(self.iface, "addPluginToVectorMenu"):
                self.iface.addPluginToVectorMenu(self.menu_name(), action)

    @staticmethod
    def _separator(parent) -> QAction:
        separator = QAction(parent)
        separator.setSeparator(True)
        return separator

    def open_algorithm(self, algorithm_id: str, _checked: bool = False):
        """The algorithm's Processing dialog, as the Toolbox opens it; kept so that it stays open."""
        import processing

        dialog = processing.createAlgorithmDialog(algorithm_id)
        if dialog is None:
            return None
        self.algorithm_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def menu_name(self) -> str:
        return self.tr("&Territory Designer")

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("TerritoryPlugin", text)

    def _unload_gui(self) -> None:
        for action in self.menu_actions:
            if hasattr(self.iface, "removePluginMenu"):
                self.iface.removePluginMenu(self.menu_name(), action)
            if hasattr(self.iface, "removePluginVectorMenu"):
                self.iface.removePluginVectorMenu(self.menu_name(), action)
            if action is not self.dock_action:
                action.deleteLater()
        self.menu_actions = []
        if self.algorithm_dialog is not None:
            self.algorithm_dialog.close()
            self.algorithm_dialog = None
        if self.dock_action is not None:
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
