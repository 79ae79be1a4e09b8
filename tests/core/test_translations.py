"""Every string the code translates is in every catalogue, under the context the code looks it up in.

scripts/check_translations.py reads the code (no QGIS): a message filed under another context, or
left out by pylupdate5, would show in English in a translated QGIS although the catalogue has it.
"""

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import check_translations  # noqa: E402

SCAN = check_translations.scan()
LANGUAGES = check_translations.languages()
# Languages whose every message is translated; the others show English where they have none yet.
FINISHED = ["fr", "de", "es"]


def test_every_lookup_has_a_literal_text_and_context():
    assert SCAN.problems == []
    contexts = {lookup.context for lookup in SCAN.lookups}
    # the algorithms, their shared helpers and mixins, the dock, the report
    assert {
        "DesignTerritories",
        "TerritoryAlgorithm",
        "WorkloadParameters",
        "ReassignDock",
        "ReportSections",
    } <= contexts
    assert "@default" not in contexts


def test_the_checker_sees_a_helper_context_and_a_runtime_context(tmp_path, monkeypatch):
    """A module-level tr() helper's context, a mixin's self.tr under its own class, a QObject's under each
    class it runs as; an f-string is a problem."""
    package = tmp_path / "territory_plugin"
    package.mkdir()
    (package / "a.py").write_text(
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate('Helper', text)\n"
        "class Words:\n"
        "    @staticmethod\n"
        "    def tr(text):\n"
        "        return QCoreApplication.translate('Words', text)\n"
        "class Base:\n"
        "    def tr(self, text):\n"
        "        for cls in type(self).__mro__:\n"
        "            pass\n"
        "class Mixin:\n"
        "    def go(self):\n"
        "        return self.tr('from the mixin')\n"
        "class Algorithm(Mixin, Base):\n"
        "    def run(self, n):\n"
        "        return tr('by the helper'), Words.tr('by the class'), self.tr(f'{n} things')\n"
        "class Widget(QWidget):\n"
        "    def label(self):\n"
        "        return self.tr('a label')\n"
        "class WiderWidget(Widget):\n"
        "    pass\n"
    )
    monkeypatch.setattr(check_translations, "PACKAGE", package)
    monkeypatch.setattr(check_translations, "ROOT", tmp_path)
    scan = check_translations.scan()
    found = {(lookup.context, lookup.source) for lookup in scan.lookups}
    assert found == {
        ("Helper", "by the helper"),
        ("Words", "by the class"),
        ("Mixin", "from the mixin"),
        ("Widget", "a label"),
        ("WiderWidget", "a label"),
    }
    assert len(scan.problems) == 1 and "a.py:17" in scan.problems[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_string_is_catalogued(language):
    missing = check_translations.missing(language, SCAN.lookups)
    assert not missing, f"run `make transup`: {len(missing)} not in {language}, e.g. {missing[:3]}"


@pytest.mark.parametrize("language", FINISHED)
def test_every_message_has_a_finished_translation(language):
    left = {(lookup.context, lookup.source) for lookup in check_translations.unfinished(language, SCAN.lookups)}
    assert not left, f"{len(left)} messages of {language} untranslated, e.g. {sorted(left)[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_tags_and_line_breaks(language):
    """A translation drops or renames no {placeholder} (the code's .format() would fail or lose a number),
    no HTML tag, no line break, and keeps the spaces at its ends (it is joined to other text)."""
    wrong = []
    for (context, source), text in check_translations.catalogue(language).items():
        if text is None:
            continue
        for pattern in (r"\{[^{}]*\}", r"</?[a-zA-Z][^>]*>", r"\n"):
            if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, text)):
                wrong.append((context, source, text))
        if (source[:1] == " ") != (text[:1] == " ") or (source[-1:] == " ") != (text[-1:] == " "):
            wrong.append((context, source, text))
    assert wrong == []
