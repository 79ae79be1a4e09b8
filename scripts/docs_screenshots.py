"""Screenshots for the user guide, taken in a real QGIS desktop: `make docs` runs this file as
``qgis --code scripts/docs_screenshots.py`` under Xvfb (see the Makefile for the environment).

It runs the shipped model on the sample data, loads the results, then opens every dialog of
the guide by algorithm id, the Toolbox, the reassignment dock over the map, and the report,
and saves each as docs/images/<name>.png. Dialogs are found by id and given parameter values
by name, never by widget names, so changes to the dialogs (new parameters, groups, defaults)
show up in the next run instead of breaking it; a parameter a dialog no longer has is left
out. Each screenshot is taken on its own: one that fails is reported and the others are still
taken. build/docs-shots.json lists what was taken and what failed; QGIS then exits (status 1
when anything failed); a watchdog ends a run that hangs.
"""

from __future__ import annotations

import json
import os
import threading
import time
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsDatumTransform, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer, QUrl
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLineEdit
from qgis.utils import iface

ROOT = os.environ.get("TERRITORY_DOCS_ROOT", os.getcwd())
SAMPLE = os.path.join(ROOT, "sample_data")
IMAGES = os.path.join(ROOT, "docs", "images")
WORK = os.path.join(ROOT, "build", "docs-data")
RESULT = os.path.join(ROOT, "build", "docs-shots.json")
WATCHDOG_S = 900
WINDOW = QSize(1400, 880)
DIALOG = QSize(980, 760)
ZIP_FIELD = "Billing Zip/Postal Code"
CALL_PLAN = "A,24,75,B,12,60,C,6,40,D,0,0"  # scripts/demo.sh's plan

taken: list[str] = []
failed: dict[str, str] = {}
closed_prompts: list[str] = []


def settle(ms: int = 400) -> None:
    """Let Qt lay out and paint for a moment."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def save(widget, name: str) -> None:
    settle()
    path = os.path.join(IMAGES, f"{name}.png")
    if not widget.grab().save(path):
        raise RuntimeError(f"could not write {path}")
    taken.append(name)


def shot(name: str):
    """Decorator: run one screenshot, record a failure instead of stopping the run."""

    def wrap(function):
        def run(*args):
            try:
                function(*args)
            except Exception:  # noqa: BLE001 - one broken screenshot must not stop the others
                failed[name] = traceback.format_exc(limit=4)

        run.shot_name = name
        return run

    return wrap


def known_parameters(algorithm_id: str, values: dict) -> dict:
    """The values whose parameter the algorithm still has (dialogs change; the guide's values stay)."""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if algorithm is None:
        raise RuntimeError(f"no algorithm {algorithm_id}: is the plugin enabled?")
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    return {name: value for name, value in values.items() if name in names}


def dialog_shot(name: str, algorithm_id: str, values: dict):
    @shot(name)
    def take(_layers: dict) -> None:
        import processing

        dialog = processing.createAlgorithmDialog(algorithm_id, known_parameters(algorithm_id, values))
        if dialog is None:
            raise RuntimeError(f"no dialog for {algorithm_id}")
        try:
            dialog._territory_expected = True
            dialog.resize(DIALOG)
            dialog.show()
            save(dialog, name)
        finally:
            dialog.close()
            dialog.deleteLater()

    return take


def choose_transform(layer: QgsVectorLayer) -> None:
    """Pick the first usable transformation for a layer in another CRS, instead of QGIS asking which."""
    project = QgsProject.instance()
    source, destination = layer.crs(), project.crs()
    if not (source.isValid() and destination.isValid()) or source == destination:
        return
    operations = [op for op in QgsDatumTransform.operations(source, destination) if op.isAvailable]
    if operations:
        context = project.transformContext()
        context.addCoordinateOperation(source, destination, operations[0].proj)
        project.setTransformContext(context)


def load(path: str, name: str, layer_name: str | None = None) -> QgsVectorLayer:
    uri = f"{path}|layername={layer_name}" if layer_name else path
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {uri}")
    choose_transform(layer)
    QgsProject.instance().addMapLayer(layer)
    return layer


def prepare() -> dict:
    """Load the sample, run the shipped model on it (the outputs later screenshots show), load those.

    If the model fails, the failure is recorded and the dialogs are still shown on the
    sample's own layers (the zip areas stand in for the designed ones); the screenshots of
    the dock and the report then fail on their own.
    """
    import processing

    # The first layer with a CRS gives the project its CRS (the zip areas' equal-area one).
    layers = {
        "zip_areas": load(os.path.join(SAMPLE, "zip_areas.gpkg"), "zip_areas"),
        "accounts": load(os.path.join(SAMPLE, "accounts.csv"), "accounts"),
        "rep_bases": load(os.path.join(SAMPLE, "rep_bases.gpkg"), "rep_bases"),
    }
    os.makedirs(WORK, exist_ok=True)
    try:
        results = processing.run(
            "territory:model_crm_to_report",
            {
                "ACCOUNTS": os.path.join(SAMPLE, "accounts.csv"),
                "ZIP_FIELD": ZIP_FIELD,
                "SEGMENT_FIELD": "Segment",
                "OWNER_FIELD": "Account Owner",
                "CALL_PLAN": CALL_PLAN,
                "SUM_FIELDS": ["Potential", "Sales last year"],
                "ZIP_AREAS": os.path.join(SAMPLE, "zip_areas.gpkg"),
                "UNIT_ZIP_FIELD": "zip",
                "TERRITORIES": 12,
                "TOLERANCE": 5,
                "REP_BASES": os.path.join(SAMPLE, "rep_bases.gpkg"),
                "REP_NAME_FIELD": "rep_name",
                "zip_territories": os.path.join(WORK, "zip_territories.gpkg"),
                "territories": os.path.join(WORK, "territories.gpkg"),
                "scorecard": os.path.join(WORK, "scorecard.csv"),
                "report": os.path.join(WORK, "territory_report.html"),
            },
        )
        layers["zip_territories"] = load(results["zip_territories"], "zip_territories")
        layers["scorecard"] = load(results["scorecard"], "scorecard")
        layers["report"] = results["report"]
    except Exception:  # noqa: BLE001 - the dialogs can still be shown
        failed["model run"] = traceback.format_exc(limit=4)
        layers["zip_territories"] = layers["scorecard"] = layers["zip_areas"]
        layers["report"] = ""
    return layers


def dialog_shots(layers: dict) -> list:
    accounts, areas, designed = layers["accounts"], layers["zip_areas"], layers["zip_territories"]
    reps, scorecard = layers["rep_bases"], layers["scorecard"]
    zips = {"ZIP_FIELD": ZIP_FIELD, "UNIT_ZIP_FIELD": "zip", "ZIP_FORMAT": 0}
    return [
        dialog_shot(
            "aggregate_dialog",
            "territory:aggregatezipcodes",
            {"ACCOUNTS": accounts.id(), "UNITS": areas.id(), "SUM_FIELDS": ["Potential", "Sales last year"], **zips},
        ),
        dialog_shot(
            "design_dialog",
            "territory:designterritories",
            {
                "INPUT": designed.id(),
                "BALANCE_FIELDS": ["sum_call_hours"],
                "TOLERANCE": 5,
                "TERRITORIES": 12,
                "SEEDS": reps.id(),
                "SEED_ID_FIELD": "rep_name",
            },
        ),
        dialog_shot(
            "score_dialog",
            "territory:scoreworkload",
            {
                "ACCOUNTS": accounts.id(),
                "SEGMENT_FIELD": "Segment",
                "CALL_PLAN": CALL_PLAN.split(","),
                "UNITS": designed.id(),
                "UNIT_TERRITORY_FIELD": "territory",
                "BASES": reps.id(),
                "BASE_TERRITORY_FIELD": "rep_name",
                **zips,
            },
        ),
        dialog_shot(
            "score_areas_dialog",
            "territory:scoreworkloadareas",
            {
                "UNITS": designed.id(),
                "UNIT_TERRITORY_FIELD": "territory",
                "UNIT_WORKLOAD_FIELD": "sum_call_hours",
                "BASES": reps.id(),
                "BASE_TERRITORY_FIELD": "rep_name",
            },
        ),
        dialog_shot(
            "quotas_dialog",
            "territory:allocatequotas",
            {
                "INPUT": scorecard.id(),
                "TERRITORY_FIELD": "territory",
                "POTENTIAL_FIELD": "sum_Potential",
                "SALES_FIELD": "sum_Sales last year",
                "GOAL": 86_000_000,
                "WEIGHT": 70,
            },
        ),
        dialog_shot(
            "assign_reps_dialog",
            "territory:assignreps",
            {
                "REPS": reps.id(),
                "REP_NAME_FIELD": "rep_name",
                "TERRITORIES": designed.id(),
                "TERRITORY_FIELD": "territory",
                "ZIP_FIELD": "zip",
                "ACCOUNTS": accounts.id(),
                "ACCOUNT_ZIP_FIELD": ZIP_FIELD,
                "SEGMENT_FIELD": "Segment",
                "CALL_PLAN": CALL_PLAN.split(","),
            },
        ),
        dialog_shot(
            "report_dialog",
            "territory:report",
            {"INPUT": designed.id(), "TERRITORY_FIELD": "territory", "SCORECARD": scorecard.id(), "BASES": reps.id()},
        ),
        dialog_shot(
            "export_dialog",
            "territory:exportassignments",
            {
                "ACCOUNTS": accounts.id(),
                "ID_FIELD": "Account ID",
                "NAME_FIELD": "Account Name",
                "OLD_TERRITORY_FIELD": "Account Owner",
                "UNITS": designed.id(),
                "UNIT_TERRITORY_FIELD": "territory",
                **zips,
            },
        ),
        dialog_shot(
            "model_dialog",
            "territory:model_crm_to_report",
            {
                "ACCOUNTS": accounts.id(),
                "ZIP_FIELD": ZIP_FIELD,
                "SEGMENT_FIELD": "Segment",
                "OWNER_FIELD": "Account Owner",
                "CALL_PLAN": CALL_PLAN.split(","),
                "ZIP_AREAS": areas.id(),
                "UNIT_ZIP_FIELD": "zip",
                "TERRITORIES": 12,
                "REP_BASES": reps.id(),
                "REP_NAME_FIELD": "rep_name",
            },
        ),
    ]


def draw_bases_in_project_crs(bases: QgsVectorLayer) -> None:
    """Swap the rep bases for a copy in the project's CRS: on this headless QGIS 3.40 the WGS84
    points, transformed on the fly to the zip areas' Albers, were not drawn."""
    import processing

    project = QgsProject.instance()
    if bases.crs() == project.crs():
        return
    copy = processing.run(
        "native:reprojectlayer", {"INPUT": bases, "TARGET_CRS": project.crs(), "OUTPUT": "memory:rep_bases"}
    )["OUTPUT"]
    copy.setName(bases.name())
    copy.setRenderer(bases.renderer().clone())
    project.addMapLayer(copy, False)
    project.layerTreeRoot().insertLayer(0, copy)
    project.layerTreeRoot().findLayer(bases.id()).setItemVisibilityChecked(False)


def show_map(layers: dict) -> None:
    project = QgsProject.instance()
    for name in ("accounts", "zip_areas", "scorecard"):
        project.layerTreeRoot().findLayer(layers[name].id()).setItemVisibilityChecked(False)
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() in ("Browser", "Browser2", "ProcessingToolbox"):
            dock.hide()  # room for the map
    draw_bases_in_project_crs(layers["rep_bases"])
    canvas = iface.mapCanvas()
    iface.setActiveLayer(layers["zip_territories"])
    iface.zoomToActiveLayer()  # in the project's CRS, whatever it is
    canvas.refreshAllLayers()
    settle(500)
    canvas.waitWhileRendering()


@shot("toolbox")
def toolbox_shot(layers: dict) -> None:
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    if toolbox is None:
        raise RuntimeError("no Processing Toolbox dock")
    toolbox.show()
    search = toolbox.findChild(QLineEdit)
    if search is not None:
        search.setText("territory")
    toolbox.resize(520, 560)
    save(toolbox, "toolbox")


@shot("map_and_dock")
def dock_shot(layers: dict) -> None:
    plugin = qgis.utils.plugins.get("territory_plugin")
    if plugin is None or plugin.dock is None:
        raise RuntimeError("the plugin's dock is not there: is the plugin started?")
    show_map(layers)
    plugin.dock.show()
    plugin.dock.raise_()
    settle(1500)
    iface.mapCanvas().waitWhileRendering()
    iface.messageBar().clearWidgets()
    save(iface.mainWindow(), "map_and_dock")
    save(plugin.dock, "dock")


@shot("report")
def report_shot(layers: dict) -> None:
    from qgis.PyQt.QtWebKitWidgets import QWebView

    if not layers["report"]:
        raise RuntimeError("no report to show: the model run failed")
    view = QWebView()
    view.resize(1200, 900)
    loop = QEventLoop()
    view.loadFinished.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    view.load(QUrl.fromLocalFile(layers["report"]))
    loop.exec()
    view.show()
    save(view, "report")
    view.close()


def dismiss_unexpected_prompts() -> None:
    """Close a modal prompt nobody asked for (a datum transformation choice, a question from the dock).

    A timer keeps firing inside a modal dialog's own event loop, so this runs even when a
    prompt blocks the screenshot in progress; the prompt is listed in the result.
    """
    prompt = QApplication.activeModalWidget()
    if prompt is not None and not getattr(prompt, "_territory_expected", False):
        closed_prompts.append(f"{type(prompt).__name__}: {prompt.windowTitle()}")
        prompt.close()


def finish() -> None:
    os.makedirs(os.path.dirname(RESULT), exist_ok=True)
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump({"taken": taken, "failed": failed, "closed_prompts": closed_prompts}, handle, indent=2)
    for name, error in failed.items():
        print(f"screenshot {name} failed:\n{error}")
    os._exit(1 if failed or not taken else 0)  # noqa: SLF001 - QGIS has no clean exit from --code


def main() -> None:
    try:
        os.makedirs(IMAGES, exist_ok=True)
        window = iface.mainWindow()
        window.showNormal()
        window.resize(WINDOW)
        if "territory_plugin" not in qgis.utils.active_plugins:
            qgis.utils.loadPlugin("territory_plugin")
            qgis.utils.startPlugin("territory_plugin")
        iface.messageBar().clearWidgets()
        layers = prepare()
        for take in [*dialog_shots(layers), toolbox_shot, dock_shot, report_shot]:
            take(layers)
    except Exception:  # noqa: BLE001 - whatever happens, say it and exit
        failed["setup"] = traceback.format_exc()
    finish()


def watchdog() -> None:
    """Outside Qt's event loop, so a hang of any kind still ends the run with a result."""
    time.sleep(WATCHDOG_S)
    failed["watchdog"] = f"no end after {WATCHDOG_S} s"
    finish()


threading.Thread(target=watchdog, daemon=True).start()
prompt_timer = QTimer()
prompt_timer.timeout.connect(dismiss_unexpected_prompts)
prompt_timer.start(1000)
QTimer.singleShot(2000, main)
