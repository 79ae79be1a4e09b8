"""User-visible strings go through tr(): a French QGIS shows the plugin in French."""

from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QSettings

import territory_plugin

CATALOGUE = Path(territory_plugin.__file__).parent / "i18n" / "territory_plugin_fr.qm"


@pytest.fixture
def french_plugin(plugin):
    if not CATALOGUE.exists():
        pytest.fail("compiled translations missing: run the tests with `make test` (it runs transcompile)")
    settings = QSettings()
    saved = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    french = territory_plugin.classFactory(None)  # installs the French catalogue
    yield
    french.unload()
    settings.setValue("locale/overrideFlag", saved[0] or False)
    settings.setValue("locale/userLocale", saved[1] or "")


def test_algorithms_speak_french(french_plugin):
    registry = QgsApplication.processingRegistry()
    aggregate = registry.algorithmById("territory:aggregatezipcodes")
    design = registry.algorithmById("territory:designterritories")
    assert aggregate.displayName() == "Agréger les comptes par code postal"
    assert design.displayName() == "Concevoir des secteurs"
    assert registry.providerById("territory").name() == "Territoires"
    # dialogs and runs use fresh instances, whose parameters are built with the catalogue installed
    fresh = registry.createAlgorithmById(design.id())
    labels = {p.name(): p.description() for p in fresh.parameterDefinitions()}
    assert labels["TERRITORIES"] == "Nombre de secteurs"


def test_english_without_the_catalogue(plugin):
    assert QgsApplication.processingRegistry().algorithmById("territory:designterritories").displayName() == (
        "Design territories"
    )
