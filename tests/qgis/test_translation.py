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


def test_snapping_sentences_are_catalogued_under_the_context_they_are_looked_up_in(qgis_app, tmp_path):
    """pylupdate5 catalogues layers.py as `make transup` does; a catalogue translating each of its strings
    must translate every sentence describe_snapping writes (the log lines about gaps and overlaps)."""
    import subprocess
    import xml.etree.ElementTree as ET

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from territory_plugin.core.snapping import Snapping
    from territory_plugin.layers import describe_snapping

    source = Path(territory_plugin.__file__).parent / "layers.py"
    ts, qm = tmp_path / "check.ts", tmp_path / "check.qm"
    subprocess.run(["pylupdate5", str(source), "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = "<<" + message.find("source").text + ">>"
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        cases = [
            Snapping(25.0, None, 25.0, 10.0, 20.0, 1.0, 500.0, overlapping_pairs=3, contained_units=2),
            Snapping(1.0, 1.0, 25.0, 0.0, 20.0, 1.0, 500.0),  # a given tolerance too small
            Snapping(5.0, 5.0, 1.0, 0.0, 0.0, 0.0, 500.0),  # a given tolerance, clean units
        ]
        lines = [text for case in cases for text, _warning in describe_snapping(case)]
        assert len(lines) == 5
        for text in lines:
            assert text.startswith("<<") and text.endswith(">>"), text
    finally:
        QCoreApplication.removeTranslator(translator)


def test_pylupdate5_catalogues_every_lookup_under_its_runtime_context(tmp_path):
    """`make transup` (pylupdate5) files each string where the code looks it up: the static checker's list of
    lookups and pylupdate5's catalogue of the whole plugin are the same (context, text) pairs."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import check_translations

    ts = tmp_path / "all.ts"
    files = [str(path) for path in check_translations._files()]
    subprocess.run(["pylupdate5", "-noobsolete", *files, "-ts", str(ts)], check=True, capture_output=True)
    catalogued = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
    }
    looked_up = {(lookup.context, lookup.source) for lookup in check_translations.scan().lookups}
    assert len(looked_up) > 600
    assert looked_up - catalogued == set(), "looked up but not catalogued by pylupdate5"
    assert catalogued - looked_up == set(), "catalogued where the code does not look"
