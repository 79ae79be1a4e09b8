"""The report's tables as a person reads them: numbers without trailing zeros, a colour per territory."""

from __future__ import annotations

import pandas as pd

from territory_plugin.report.html import fmt, page, table_html
from territory_plugin.report.sections import ReportSections


def test_numbers_without_a_declared_kind_read_like_numbers():
    assert fmt(5.0, "text") == "5"
    assert fmt(1234.5, "text") == "1,234.5"
    assert fmt(0.123456789, "text") == "0.12"
    assert fmt("North", "text") == "North"


def test_each_territory_row_starts_with_its_map_colour():
    frame = pd.DataFrame({"territory": ["North", "South"], "quota": [1.0, 2.0]})
    html = table_html(frame, {}, {"quota": "int"}, "t", swatches={"North": "#1f77b4"})
    assert '<i class="swatch" style="background:#1f77b4"></i>North<' in html
    assert "></i>South" not in html  # no colour known, no swatch


def test_the_page_says_the_language_its_strings_are_in():
    def french(context, text):
        return {"en": "fr", "territories": "secteurs"}.get(text, text)

    def careless(context, text):
        return "Français" if text == "en" else text  # not a language code: the page stays valid

    assert ReportSections().language() == "en"  # no translator: English strings
    assert ReportSections(french).language() == "fr"
    assert ReportSections(careless).language() == "en"
    assert page("Report", "", [], language=ReportSections(french).language()).startswith(
        '<!DOCTYPE html><html lang="fr">'
    )
