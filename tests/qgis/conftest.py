"""Loads the real plugin the way QGIS does: classFactory, then initProcessing."""

from __future__ import annotations

import configparser
import gc
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before QGIS starts

import pytest
from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsField, QgsProcessingFeedback, QgsVectorLayer

from territory_plugin.compat import FieldType

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data"


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2])


@pytest.fixture(scope="session")
def iface_with_layer_tree(qgis_iface):
    """pytest-qgis's fake iface lacks layerTreeView(), which Processing calls (3.40+) when it loads results."""
    if not hasattr(qgis_iface, "layerTreeView"):
        from qgis.core import QgsLayerTreeModel, QgsProject
        from qgis.gui import QgsLayerTreeView

        view = QgsLayerTreeView()
        view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
        qgis_iface.layerTreeView = lambda: view
        qgis_iface._territory_layer_tree_view = view  # keep the C++ object alive
    return qgis_iface


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing, iface_with_layer_tree):
    qgis_iface = iface_with_layer_tree
    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt")
    running = _version_tuple(Qgis.QGIS_VERSION.split("-")[0])
    assert _version_tuple(metadata["general"]["qgisMinimumVersion"]) <= running, "QGIS older than metadata.txt allows"
    assert running <= _version_tuple(metadata["general"]["qgisMaximumVersion"])

    import territory_plugin

    instance = territory_plugin.classFactory(qgis_iface)
    instance.initProcessing()
    assert QgsApplication.processingRegistry().providerById("territory") is not None
    yield instance
    instance.unload()
    # Free the tests' layers while QGIS is still up: collected after exitQgis they crash.
    gc.collect()


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    if not (SAMPLE / "zip_areas.gpkg").exists():
        pytest.fail(f"sample data missing in {SAMPLE}; run scripts/make_sample_data.py")
    return SAMPLE


@pytest.fixture
def run(plugin):
    """processing.run for the plugin's algorithms, returning the result dict."""
    import processing

    def _run(algorithm: str, parameters: dict, **kwargs):
        return processing.run(f"territory:{algorithm}", parameters, **kwargs)

    return _run


class Log(QgsProcessingFeedback):
    """What an algorithm says, as the Processing dialog's log shows it; warnings also kept apart."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self.text += info + "\n"

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        self.text += warning + "\n"


@pytest.fixture
def log(qgis_app) -> Log:
    """A feedback for processing.run(..., feedback=log) that keeps the log's text."""
    return Log()


@pytest.fixture(scope="module")
def state_units(plugin, sample_dir):
    """The sample zip areas with a territory per state: an alignment that needs no design run."""
    layer = QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "zips", "ogr").materialize(QgsFeatureRequest())
    layer.startEditing()
    layer.addAttribute(QgsField("territory", FieldType.STRING))
    index = layer.fields().lookupField("territory")
    for feature in layer.getFeatures():
        layer.changeAttributeValue(feature.id(), index, f"Rep {feature['state']}")
    layer.commitChanges()
    return layer
