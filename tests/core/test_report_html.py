"""The report's tables as a person reads them: numbers without trailing zeros, a colour per territory."""

from __future__ import annotations

import pandas as pd

from territory_plugin.report.html import fmt, table_html


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
