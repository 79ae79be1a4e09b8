"""User-visible strings go through tr(): a French, German or Spanish QGIS shows the plugin in its language."""

from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QSettings

import territory_plugin

CATALOGUES = Path(territory_plugin.__file__).parent / "i18n"
# A QGIS in each language shows the plugin in it.
LANGUAGES = ["fr", "de", "es"]
# The words that are the same in English and in the language (they need no other translation).
SAME_WORDS = {
    "fr": {"Quotas", "Segment", "Total", "Quota", "?", "Total h", "Admin h"},
    "de": {"Scorecard"},
    "es": {"Total", "?"},
}
ZIP = "Billing Zip/Postal Code"


def install(language):
    if not (CATALOGUES / f"territory_plugin_{language}.qm").exists():
        pytest.fail("compiled translations missing: run the tests with `make test` (it runs transcompile)")
    settings = QSettings()
    saved = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", f"{language}_{language.upper()}")
    plugin = territory_plugin.classFactory(None)  # installs the language's catalogue
    assert plugin.translator is not None
    return plugin, saved


def uninstall(plugin, saved):
    plugin.unload()
    settings = QSettings()
    settings.setValue("locale/overrideFlag", saved[0] or False)
    settings.setValue("locale/userLocale", saved[1] or "")


@pytest.fixture
def french_plugin(plugin):
    french, saved = install("fr")
    yield french
    uninstall(french, saved)


@pytest.fixture
def german_plugin(plugin):
    german, saved = install("de")
    yield german
    uninstall(german, saved)


@pytest.fixture
def spanish_plugin(plugin):
    spanish, saved = install("es")
    yield spanish
    uninstall(spanish, saved)


@pytest.fixture(params=LANGUAGES)
def translated(request, plugin):
    """(language, the plugin with its catalogue installed): QGIS as a user of that language runs it."""
    installed, saved = install(request.param)
    yield request.param, installed
    uninstall(installed, saved)


def in_english(installed, produce):
    """What ``produce()`` gives with the plugin's catalogue taken out (QGIS in English)."""
    QCoreApplication.removeTranslator(installed.translator)
    try:
        return produce()
    finally:
        QCoreApplication.installTranslator(installed.translator)


def test_algorithms_speak_french(french_plugin):
    registry = QgsApplication.processingRegistry()
    aggregate = registry.algorithmById("territory:aggregatezipcodes")
    design = registry.algorithmById("territory:designterritories")
    assert aggregate.displayName() == "Agréger les comptes par code postal"
    assert design.displayName() == "Concevoir des secteurs"
    assert design.group() == "2 Découper"
    assert registry.providerById("territory").name() == "Territoires"
    # dialogs and runs use fresh instances, whose parameters are built with the catalogue installed
    fresh = registry.createAlgorithmById(design.id())
    labels = {p.name(): p.description() for p in fresh.parameterDefinitions()}
    assert labels["TERRITORIES"] == "Nombre de secteurs"
    assert labels["WORKLOAD_FIELD"] == "Découpage sur la charge de travail : champ des heures de visite des unités"
    score = registry.createAlgorithmById("territory:scoreworkload")
    assert score.displayName() == "Évaluer la charge de travail"
    labels = {p.name(): p.description() for p in score.parameterDefinitions()}
    assert labels["CAPACITY_HOURS"] == "Capacité d'un commercial (heures de terrain par an)"  # a mixin's label
    assert score.shortHelpString().startswith("Évalue chaque secteur : les heures par an dont son commercial a besoin")


def test_algorithms_speak_german(german_plugin):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("territory").name() == "Vertriebsgebiete"
    names = {a.id(): a.displayName() for a in registry.providerById("territory").algorithms()}
    assert names["territory:aggregatezipcodes"] == "Kunden nach PLZ zusammenfassen"
    assert names["territory:designterritories"] == "Gebiete entwerfen"
    assert names["territory:assignreps"] == "Außendienstmitarbeiter den Gebieten zuweisen"
    assert names["territory:report"] == "Gebietsbericht"
    design = registry.createAlgorithmById("territory:designterritories")
    assert design.group() == "2 Entwerfen"
    labels = {p.name(): p.description() for p in design.parameterDefinitions()}
    assert labels["TERRITORIES"] == "Anzahl der Gebiete"
    assert labels["WORKLOAD_FIELD"] == "Entwurf nach Arbeitslast: Feld Besuchsstunden der Einheiten"
    score = registry.createAlgorithmById("territory:scoreworkload")
    assert score.displayName() == "Arbeitslast bewerten"
    labels = {p.name(): p.description() for p in score.parameterDefinitions()}
    assert labels["CAPACITY_HOURS"] == "Kapazität eines Außendienstmitarbeiters (Außendienststunden pro Jahr)"
    assert score.shortHelpString().startswith(
        "Bewertet jedes Gebiet: die Stunden pro Jahr, die sein Außendienstmitarbeiter"
    )


def test_algorithms_speak_spanish(spanish_plugin):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("territory").name() == "Territorios"
    names = {a.id(): a.displayName() for a in registry.providerById("territory").algorithms()}
    assert names["territory:aggregatezipcodes"] == "Agregar cuentas por código postal"
    assert names["territory:designterritories"] == "Diseñar territorios"
    assert names["territory:assignreps"] == "Asignar comerciales a los territorios"
    design = registry.createAlgorithmById("territory:designterritories")
    assert design.group() == "2 Diseñar"
    labels = {p.name(): p.description() for p in design.parameterDefinitions()}
    assert labels["TERRITORIES"] == "Número de territorios"
    assert labels["WORKLOAD_FIELD"] == "Diseño sobre la carga de trabajo: campo de horas de visita de las unidades"
    score = registry.createAlgorithmById("territory:scoreworkload")
    labels = {p.name(): p.description() for p in score.parameterDefinitions()}
    assert labels["CAPACITY_HOURS"] == "Capacidad de un comercial (horas de campo al año)"
    assert score.shortHelpString().startswith("Evalúa cada territorio: las horas al año que su comercial necesita")


def shown_texts(algorithm) -> list[str]:
    """What the Toolbox and the dialog show of an algorithm: name, group, help, parameter and output labels."""
    return [
        algorithm.displayName(),
        algorithm.group(),
        algorithm.shortHelpString(),
        *(p.description() for p in algorithm.parameterDefinitions()),
        *(o.description() for o in algorithm.outputDefinitions()),
    ]


def test_every_algorithm_name_help_and_label_is_translated(translated):
    language, installed = translated
    registry = QgsApplication.processingRegistry()
    ids = [a.id() for a in registry.providerById("territory").algorithms() if a.provider().id() == "territory"]
    assert len(ids) >= 8
    untranslated = []
    for algorithm_id in ids:
        shown = shown_texts(registry.createAlgorithmById(algorithm_id))
        english = in_english(installed, lambda: shown_texts(registry.createAlgorithmById(algorithm_id)))  # noqa: B023
        assert len(shown) == len(english)
        if algorithm_id.startswith("territory:model_"):
            shown, english = shown[:2], english[:2]  # a shipped model's help and inputs are in its .model3 file
        untranslated += [
            f"{algorithm_id}: {b}" for a, b in zip(shown, english) if a == b and b and b not in SAME_WORDS[language]
        ]
    assert untranslated == []


def test_a_failed_run_says_what_to_fix_in_the_language(translated, run, sample_dir, tmp_path):
    """The zero-match error of a real Processing run, from the base class's check, in the user's language."""
    from qgis.core import QgsProcessingException

    language, _installed = translated
    parameters = {
        "ACCOUNTS": str(sample_dir / "accounts.csv"),
        "ZIP_FIELD": "Account Name",
        "UNITS": str(sample_dir / "zip_areas.gpkg"),
        "UNIT_ZIP_FIELD": "fid",
        "OUTPUT": str(tmp_path / "zips.gpkg"),
    }
    with pytest.raises(QgsProcessingException) as error:
        run("aggregatezipcodes", parameters)
    message = str(error.value)
    assert "None of the" not in message and "Pick the fields" not in message
    assert "'Account Name'" in message and f"'{ZIP}'" in message  # the values it names stay as they are
    if language == "fr":
        assert message.startswith("Aucun des 30,000 comptes ne correspond à une zone de code postal")
        assert f"pour les comptes sans doute '{ZIP}'" in message
        with pytest.raises(QgsProcessingException, match="Nombre de secteurs \\(TERRITORIES\\) doit être au moins 1"):
            run(
                "designterritories",
                {
                    "INPUT": str(sample_dir / "zip_areas.gpkg"),
                    "BALANCE_FIELDS": ["fid"],
                    "TERRITORIES": 0,
                    "OUTPUT": str(tmp_path / "units.gpkg"),
                },
            )
    if language == "de":
        assert message.startswith("Keiner der 30,000 Kunden passt zu einer PLZ-Fläche")
        assert f"für die Kunden vermutlich '{ZIP}'" in message
        parameters = {"INPUT": str(sample_dir / "zip_areas.gpkg"), "BALANCE_FIELDS": ["fid"], "TERRITORIES": 2}
        with pytest.raises(QgsProcessingException) as error:
            run("designterritories", {**parameters, "LOCK_FIELD": "zip", "OUTPUT": str(tmp_path / "units.gpkg")})
        assert str(error.value) == (
            "Fixierte Einheiten behalten ihr bestehendes Gebiet: geben Sie auch das Feld bestehendes Gebiet an."
        )
    if language == "es":
        assert message.startswith("Ninguna de las 30,000 cuentas coincidió con una zona de código postal")
        assert f"para las cuentas probablemente '{ZIP}'" in message
        with pytest.raises(QgsProcessingException, match="Número de territorios \\(TERRITORIES\\) debe ser al menos 1"):
            run(
                "designterritories",
                {
                    "INPUT": str(sample_dir / "zip_areas.gpkg"),
                    "BALANCE_FIELDS": ["fid"],
                    "TERRITORIES": 0,
                    "OUTPUT": str(tmp_path / "units.gpkg"),
                },
            )


def test_a_partial_match_is_warned_about_in_the_language(translated, run, log, sample_dir, tmp_path):
    """A revenue field taken for the zip code: 216 of 30,000 accounts match, and the warning says so."""
    language, _installed = translated
    run(
        "aggregatezipcodes",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "ZIP_FIELD": "Annual Revenue",
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "OUTPUT": str(tmp_path / "zips.gpkg"),
        },
        feedback=log,
    )
    (warning,) = [w for w in log.warnings if "30,000" in w]
    assert "Only" not in warning and "Likely causes" not in warning
    if language == "fr":
        assert warning.startswith("Seuls 216 des 30,000 comptes (0.7%) correspondent à une zone de code postal")
        assert f"Causes probables : les codes postaux des comptes sont sans doute dans '{ZIP}'" in warning
    if language == "de":
        assert warning.startswith("Nur 216 von 30,000 Kunden (0.7%) passen zu einer PLZ-Fläche")
        assert f"Wahrscheinliche Ursachen: die Postleitzahlen der Kunden stehen vermutlich in '{ZIP}'" in warning
    if language == "es":
        assert warning.startswith("Solo 216 de 30,000 cuentas (0.7%) coincidieron con una zona de código postal")
        assert f"Causas probables: los códigos postales de las cuentas probablemente están en '{ZIP}'" in warning


def test_the_dock_speaks_the_language(translated, qgis_iface):
    from qgis.PyQt.QtWidgets import QLabel, QPushButton

    from territory_plugin.gui.dock import ReassignDock

    language, installed = translated
    dock = ReassignDock(qgis_iface)
    english = in_english(installed, lambda: ReassignDock(qgis_iface))
    try:

        def texts(widget):
            return [w.text() for kind in (QLabel, QPushButton) for w in widget.findChildren(kind) if w.text()]

        assert dock.windowTitle() != english.windowTitle()
        same = [a for a, b in zip(texts(dock), texts(english)) if a == b and not a.strip("{}0123456789 ")]
        pairs = list(zip(texts(dock), texts(english)))
        assert len(pairs) >= 15
        assert [b for a, b in pairs if a == b and b not in SAME_WORDS[language]] == [], same
        if language == "fr":
            assert dock.windowTitle() == "Secteurs"
            assert {"Couche des unités", "Champ secteur", "Capacité d'un commercial"} <= set(texts(dock))
            assert {"Affecter les unités sélectionnées", "Enregistrer les modifications"} <= set(texts(dock))
        if language == "de":
            assert dock.windowTitle() == "Gebiete"
            assert {"Layer der Einheiten", "Gebietsfeld", "Kapazität pro Außendienstmitarbeiter"} <= set(texts(dock))
            assert {"Ausgewählte Einheiten zuweisen", "Änderungen speichern"} <= set(texts(dock))
        if language == "es":
            assert dock.windowTitle() == "Territorios"
            assert {"Capa de unidades", "Campo de territorio", "Capacidad del comercial"} <= set(texts(dock))
            assert {"Asignar las unidades seleccionadas", "Guardar cambios"} <= set(texts(dock))
    finally:
        dock.deleteLater()
        english.deleteLater()


def small_report(run, tmp_path) -> str:
    """The HTML of a report on four units in two territories, scored from four accounts."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    units = QgsVectorLayer("Polygon?crs=EPSG:3857&field=zip:string&field=territory:string", "units", "memory")
    for i, (code, territory) in enumerate([("z0", "North"), ("z1", "North"), ("z2", "South"), ("z3", "South")]):
        feature = QgsFeature(units.fields())
        feature.setAttributes([code, territory])
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({i}000 0,{i + 1}000 0,{i + 1}000 1000,{i}000 1000,{i}000 0))")
        )
        units.dataProvider().addFeature(feature)
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("id,zip,Segment\n1,z0,A\n2,z1,B\n3,z2,A\n4,z3,B\n", encoding="utf-8")
    card = run(
        "scoreworkload",
        {
            "ACCOUNTS": str(accounts),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": "A,24,45,B,12,30",
            "ZIP_FIELD": "zip",
            "ZIP_FORMAT": 1,
            "UNITS": units,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )
    report = run(
        "report",
        {
            "INPUT": units,
            "TERRITORY_FIELD": "territory",
            "SCORECARD": card["SCORECARD"],
            "OUTPUT": str(tmp_path / "report.html"),
        },
    )["OUTPUT"]
    return Path(report).read_text(encoding="utf-8")


def test_the_report_speaks_the_language(translated, run, tmp_path):
    language, _installed = translated
    html = small_report(run, tmp_path)
    assert "Workload per territory" not in html and "Utilisation per territory" not in html
    assert f'<html lang="{language}">' in html  # browsers and screen readers read it in that language
    if language == "fr":
        assert "<h2>Charge de travail par secteur</h2>" in html
        assert "<h2>Taux d&#x27;occupation par secteur</h2>" in html or "<h2>Taux d'occupation par secteur</h2>" in html
    if language == "de":
        assert "<h2>Arbeitslast je Gebiet</h2>" in html and "<h2>Auslastung je Gebiet</h2>" in html
    if language == "es":
        assert "<h2>Carga de trabajo por territorio</h2>" in html and "<h2>Utilización por territorio</h2>" in html


def test_a_report_in_english_says_so_whatever_the_locale(plugin, run, tmp_path):
    """The plugin has no Italian catalogue: an Italian QGIS writes the report in English, lang="en"."""
    settings = QSettings()
    saved = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "it_IT")
    italian = territory_plugin.classFactory(None)
    try:
        assert italian.translator is None
        html = small_report(run, tmp_path)
    finally:
        uninstall(italian, saved)
    assert "<h2>Workload per territory</h2>" in html
    assert '<html lang="en">' in html


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
