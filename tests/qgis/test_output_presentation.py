"""How outputs look once loaded: territory colours shared by the canvas and the report, points kept on top."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsLayerTreeLayer, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from territory_plugin.styling import PALETTE, apply_territory_style, territory_colours
from tests.qgis.test_territory_report import PLAN, SIDE, accounts_csv, map_image, report, units_layer


@pytest.fixture
def scored(run, tmp_path):
    """Three territories in a row of five 1 km squares, and their scorecard."""
    units = units_layer()
    card = run(
        "scoreworkload",
        {
            "ACCOUNTS": accounts_csv(tmp_path / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "ZIP_FIELD": "zip",
            "ZIP_FORMAT": 1,
            "UNITS": units,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "SUM_FIELDS": ["Potential"],
            "SCORECARD": str(tmp_path / "scorecard.csv"),
        },
    )["SCORECARD"]
    return units, card


def test_the_report_draws_each_territory_in_the_colour_the_canvas_shows(run, scored, tmp_path):
    units, card = scored
    canvas = {"North": "#8c564b", "South": "#17becf", "West": "#e377c2"}  # as styled in the project
    apply_territory_style(units, "territory", list(canvas), list(canvas.values()), True)
    _, html = report(run, units, card, tmp_path)

    image = map_image(html)
    width, height = 5 * SIDE * 1.04, SIDE * 1.04

    def colour_at(x, y) -> str:
        px = (x - (2.5 * SIDE - width / 2)) / width * image.width()
        py = ((SIDE / 2 + height / 2) - y) / height * image.height()
        return QColor(image.pixel(int(px), int(py))).name()

    assert [colour_at(i * SIDE + SIDE * 0.2, SIDE * 0.2) for i in (0, 2, 4)] == list(canvas.values())
    # the tables show the same colour beside each territory's name
    swatches = dict(re.findall(r'<i class="swatch" style="background:(#[0-9a-f]{6})"></i>(\w+)<', html))
    assert {name: colour for colour, name in swatches.items()} == canvas


def test_twelve_territories_twelve_colours_and_no_neighbours_alike():
    # 12 territories in a ring of 4 x 3, each touching its grid neighbours
    pairs = [(r * 4 + c, r * 4 + c + 1) for r in range(3) for c in range(3)]
    pairs += [(r * 4 + c, (r + 1) * 4 + c) for r in range(2) for c in range(4)]
    colours = territory_colours(12, pairs)
    assert len(set(colours)) == 12
    hue = {colour: PALETTE.index(colour) % 10 for colour in PALETTE}
    assert all(hue[colours[a]] != hue[colours[b]] for a, b in pairs)  # not even a dark and a light blue


def test_new_polygons_are_loaded_under_the_rep_bases(plugin, sample_dir, tmp_path):
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    bases = QgsVectorLayer(str(sample_dir / "rep_bases.gpkg"), "rep bases", "ogr")
    project.addMapLayer(bases)
    try:
        results = processing.runAndLoadResults(
            "territory:aggregatezipcodes",
            {
                "ACCOUNTS": str(sample_dir / "accounts.csv"),
                "ZIP_FIELD": "Billing Zip/Postal Code",
                "UNITS": str(sample_dir / "zip_areas.gpkg"),
                "UNIT_ZIP_FIELD": "zip",
                "OUTPUT": str(tmp_path / "totals.gpkg"),
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )
        order = [
            node.layer().id()
            for node in project.layerTreeRoot().findLayers()
            if isinstance(node, QgsLayerTreeLayer) and node.layer() is not None
        ]
        totals = next(layer for layer in project.mapLayers().values() if layer.source().startswith(results["OUTPUT"]))
        assert order.index(bases.id()) < order.index(totals.id())  # the bases are drawn over the totals
    finally:
        project.removeMapLayers([layer_id for layer_id in project.mapLayers() if layer_id not in before])


def test_the_report_fits_a_laptop_screen(run, scored, tmp_path):
    """Every table fits the page at 1,366 px (a common laptop width) without scrolling sideways."""
    webkit = pytest.importorskip("qgis.PyQt.QtWebKitWidgets")
    from qgis.PyQt.QtCore import QEventLoop, QSize, QUrl

    units, card = scored
    quotas = run(
        "allocatequotas",
        {
            "INPUT": card,
            "TERRITORY_FIELD": "territory",
            "POTENTIAL_FIELD": "sum_Potential",
            "GOAL": 86_000_000,  # the demo's goal: numbers as wide as real ones
            "WEIGHT": 100,
            "OUTPUT": str(tmp_path / "quotas.csv"),
        },
    )["OUTPUT"]
    result, _ = report(run, units, card, tmp_path, QUOTAS=quotas)
    page = webkit.QWebPage()
    page.setViewportSize(QSize(1366, 768))
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(lambda ok: loop.quit())
    page.mainFrame().load(QUrl.fromLocalFile(result["OUTPUT"]))
    loop.exec_()
    widths = page.mainFrame().evaluateJavaScript(
        "Array.prototype.map.call(document.querySelectorAll('table'), function(t){"
        " return [t.id, t.scrollWidth, t.parentNode.clientWidth].join(':'); }).join('|')"
    )
    for table in widths.split("|"):
        name, needed, room = table.split(":")
        assert int(needed) <= int(room), f"table {name} needs {needed} px, has {room}"
    assert page.mainFrame().contentsSize().width() <= 1366  # and nothing else widens the page
