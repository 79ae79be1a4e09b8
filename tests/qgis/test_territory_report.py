"""territory:report through real Processing runs: the file a sales leader opens."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from territory_plugin.compat import FieldType

PLAN = ["A", "24", "45", "B", "12", "30", "C", "4", "20"]
# A row of 1 km squares in EPSG:3857: North = 0, 1; South = 2, 3; West = 4. Existing: unit 1 was South, 4 was North.
UNITS = [("z0", "North", "North"), ("z1", "North", "South"), ("z2", "South", "South"), ("z3", "South", "South"),
         ("z4", "West", "North")]  # fmt: skip
SIDE = 1000.0


def units_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:3857&field=zip:string&field=territory:string&field=previous:string&field=accounts:integer",
        "units",
        "memory",
    )
    for i, (code, territory, previous) in enumerate(UNITS):
        x = i * SIDE
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, territory, previous, 10 * (i + 1)])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + SIDE} 0,{x + SIDE} {SIDE},{x} {SIDE},{x} 0))"))
        layer.dataProvider().addFeature(feature)
    return layer


def accounts_csv(path) -> str:
    rows = ["id,zip,Segment,Potential", "1,z0,A,100", "2,z1,B,50", "3,z2,C,10", "4,z3,A,70", "5,z3,B,5", "6,z4,C,1"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def small(run, tmp_path):
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
            "ACCOUNTS_OUTPUT": None,
            "SCORECARD": str(tmp_path / "scorecard.csv"),
        },
    )["SCORECARD"]
    return units, card


def report(run, units, card, tmp_path, **extra) -> tuple[dict, str]:
    parameters = {
        "INPUT": units,
        "TERRITORY_FIELD": "territory",
        "SCORECARD": card,
        "TOLERANCE": 10,
        "OUTPUT": str(tmp_path / "report.html"),
    }
    parameters.update(extra)
    result = run("report", parameters)
    with open(result["OUTPUT"], encoding="utf-8") as handle:
        return result, handle.read()


def map_image(html: str) -> QImage:
    images = re.findall(r'<img[^>]+src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 1
    image = QImage()
    assert image.loadFromData(base64.b64decode(images[0]), "PNG")
    return image


class Tables(HTMLParser):
    """Rows of every <table>, by id: what a reader of the report sees."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._table = dict(attrs).get("id")
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[self._table][-1].append(self._cell)
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def tables_of(html: str) -> dict[str, pd.DataFrame]:
    parser = Tables()
    parser.feed(html)
    return {key: pd.DataFrame(rows[1:], columns=rows[0]) for key, rows in parser.tables.items()}


def test_report_is_one_self_contained_html_output(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById("territory:report")
    assert algorithm.outputDefinition("OUTPUT").type() == "outputHtml"  # shown in the Results Viewer


def test_report_has_map_table_charts_and_every_territory(run, small, tmp_path):
    units, card = small
    result, html = report(run, units, card, tmp_path)
    assert result["OUTPUT"].endswith("report.html")
    assert (
        "<script src" not in html
        and "<link" not in html
        and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    scorecard = tables_of(html)["scorecard"].set_index("Territory")
    assert list(scorecard.index) == ["North", "South", "West"]
    expected = pd.read_csv(card).set_index("territory")
    for name in expected.index:
        shown = float(scorecard.loc[name, "Total h"].replace(",", ""))
        assert shown == pytest.approx(expected.loc[name, "total_hours"], abs=0.05)
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 2  # workload and utilisation
    for svg in svgs:
        assert all(f">{name}<" in svg for name in ("North", "South", "West"))
        assert "mean ±10%" in svg  # the tolerance band
    total = expected["total_hours"]
    largest = ((total - total.mean()).abs().max() / total.mean()) * 100
    assert f"{largest:.1f}%" in html  # balance summary: largest deviation
    assert f"{total.std(ddof=0) / total.mean():.3f}" in html  # and CV


def test_map_shows_each_territory_in_its_own_colour(run, small, tmp_path):
    units, card = small
    _, html = report(run, units, card, tmp_path)
    image = map_image(html)
    assert image.width() == 1400
    # The map spans the units' extent grown by 4%: 5 km x 1 km.
    width, height = 5 * SIDE * 1.04, SIDE * 1.04

    def colour_at(x, y) -> QColor:
        px = (x - (2.5 * SIDE - width / 2)) / width * image.width()
        py = ((SIDE / 2 + height / 2) - y) / height * image.height()
        return QColor(image.pixel(int(px), int(py)))

    # sample off-centre, away from the territory labels
    colours = [colour_at(i * SIDE + SIDE * 0.2, SIDE * 0.2).name() for i in range(len(UNITS))]
    assert "#ffffff" not in colours
    assert colours[0] == colours[1] and colours[2] == colours[3]  # one colour per territory
    assert len({colours[0], colours[2], colours[4]}) == 3  # neighbours differ


def test_what_changed_against_the_existing_alignment(run, small, tmp_path):
    units, card = small
    _, html = report(run, units, card, tmp_path, EXISTING_FIELD="previous", CHANGE_FIELDS=["accounts"])
    flows = tables_of(html)["changes"]
    moved = {(row["From"], row["To"]): int(row["Units"]) for _, row in flows.iterrows()}
    assert moved == {("South", "North"): 1, ("North", "West"): 1}
    # units 1 and 4 moved: 2 of 5 units, accounts 20 + 50 of 150
    assert "40.0%" in html and f"{70 / 150 * 100:.1f}%" in html


def test_quotas_appear_with_their_fairness(run, small, tmp_path):
    units, card = small
    quotas = run(
        "allocatequotas",
        {
            "INPUT": card,
            "TERRITORY_FIELD": "territory",
            "POTENTIAL_FIELD": "sum_Potential",
            "GOAL": 1000,
            "WEIGHT": 100,
            "OUTPUT": str(tmp_path / "quotas.csv"),
        },
    )["OUTPUT"]
    _, html = report(run, units, card, tmp_path, QUOTAS=quotas)
    table = tables_of(html)["quotas"].set_index("Territory")
    assert set(table.index) == {"North", "South", "West"}
    assert sum(float(v.replace(",", "")) for v in table["Quota"]) == pytest.approx(1000, abs=2)


def test_a_table_that_is_not_a_scorecard_is_refused(run, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("territory,hours\nNorth,1\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="total_hours"):
        report(run, units_layer(), str(path), tmp_path)


def test_sample_report_from_a_designed_alignment(run, sample_dir, tmp_path):
    """Sample zip areas with a territory per state, the current owners' alignment for comparison."""
    zips = QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "zips", "ogr").materialize(QgsFeatureRequest())
    zips.startEditing()
    zips.addAttribute(QgsField("territory", FieldType.STRING))
    index = zips.fields().lookupField("territory")
    for feature in zips.getFeatures():
        zips.changeAttributeValue(feature.id(), index, f"Rep {feature['state']}")
    zips.commitChanges()
    card = run(
        "scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": [*PLAN, "D", "0", "0"],  # the sample's prospects are not called
            "ZIP_FIELD": "Billing Zip/Postal Code",
            "UNITS": zips,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "ACCOUNTS_OUTPUT": None,
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )["SCORECARD"]
    result, html = report(run, zips, card, tmp_path, BASES=str(sample_dir / "rep_bases.gpkg"), TOLERANCE=5)
    image = map_image(html)
    assert image.height() > image.width()  # New England is tall
    states = {f"Rep {s}" for s in ("CT", "MA", "ME", "NH", "RI", "VT")}
    assert set(tables_of(html)["scorecard"]["Territory"]) == states


def test_clicking_a_column_header_sorts_the_scorecard(run, small, tmp_path):
    """The inline script, run by a real browser engine (QtWebKit, when installed)."""
    webkit = pytest.importorskip("qgis.PyQt.QtWebKitWidgets")
    from qgis.PyQt.QtCore import QEventLoop, QUrl

    units, card = small
    result, _ = report(run, units, card, tmp_path)
    page = webkit.QWebPage()
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(lambda ok: loop.quit())
    page.mainFrame().load(QUrl.fromLocalFile(result["OUTPUT"]))
    loop.exec_()
    frame = page.mainFrame()
    script = (
        "var t = document.getElementById('scorecard'), e = document.createEvent('MouseEvents');"
        "e.initEvent('click', true, true); t.tHead.rows[0].cells[{col}].dispatchEvent(e);"
        "Array.prototype.map.call(t.tBodies[0].rows, function(r){{return r.cells[0].textContent;}}).join('|')"
    )
    headers = frame.evaluateJavaScript(
        "Array.prototype.map.call(document.getElementById('scorecard').tHead.rows[0].cells,"
        " function(c){return c.textContent;}).join('|')"
    ).split("|")
    total = headers.index("Total h")
    expected = pd.read_csv(card).sort_values("total_hours")["territory"].tolist()
    assert frame.evaluateJavaScript(script.format(col=total)).split("|") == expected
    assert frame.evaluateJavaScript(script.format(col=total)).split("|") == expected[::-1]  # again: descending


# --- the plan on the sample: headline, build-up, balance of the design -----------------------------

SAMPLE_PLAN = ["A", "24", "75", "B", "12", "60", "C", "6", "40", "D", "0", "0"]  # the demo's plan (scripts/demo.sh)
ZIP = "Billing Zip/Postal Code"


@pytest.fixture(scope="module")
def sample_plan_report(plugin, sample_dir, tmp_path_factory):
    """The demo's pipeline on the sample: design on two measures, score with the build-up, quotas, report."""
    import processing

    from tests.qgis.conftest import Log

    out = tmp_path_factory.mktemp("plan_report")
    zips = processing.run(
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "ZIP_FIELD": ZIP,
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["Potential"],
            "OUTPUT": str(out / "zips.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    design_log = Log()
    design = processing.run(
        "territory:designterritories",
        {
            "INPUT": zips,
            "BALANCE_FIELDS": ["account_count", "sum_Potential"],
            "TOLERANCE": 5,
            "TERRITORIES": 12,
            "SEEDS": str(sample_dir / "rep_bases.gpkg"),
            "SEED_ID_FIELD": "rep_name",
            "RANDOM_SEED": 7,
            "OUTPUT": str(out / "units.gpkg"),
            "TERRITORIES_OUTPUT": str(out / "territories.gpkg"),
        },
        feedback=design_log,
    )
    score = processing.run(
        "territory:scoreworkload",
        {
            "ACCOUNTS": str(sample_dir / "accounts.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": SAMPLE_PLAN,
            "ZIP_FIELD": ZIP,
            "UNITS": design["OUTPUT"],
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "BASES": str(sample_dir / "rep_bases.gpkg"),
            "BASE_TERRITORY_FIELD": "rep_name",
            "SUM_FIELDS": ["Potential", "Sales last year"],
            "ACCOUNTS_OUTPUT": None,
            "SCORECARD": str(out / "scorecard.csv"),
            "BUILD_UP": str(out / "build_up.csv"),
        },
    )
    quotas = processing.run(
        "territory:allocatequotas",
        {
            "INPUT": score["SCORECARD"],
            "TERRITORY_FIELD": "territory",
            "POTENTIAL_FIELD": "sum_Potential",
            "SALES_FIELD": "sum_Sales last year",
            "GOAL": 86_000_000,
            "WEIGHT": 70,
            "OUTPUT": str(out / "quotas.csv"),
        },
    )
    report = processing.run(
        "territory:report",
        {
            "INPUT": design["OUTPUT"],
            "TERRITORY_FIELD": "territory",
            "SCORECARD": score["SCORECARD"],
            "QUOTAS": quotas["OUTPUT"],
            "BUILD_UP": score["BUILD_UP"],
            "OUTPUT": str(out / "report.html"),
        },
    )
    html = open(report["OUTPUT"], encoding="utf-8").read()
    return {"design": design, "design_log": design_log.text, "score": score, "quotas": quotas, "html": html}


def test_headline_says_what_the_scorecard_and_the_sizing_say(sample_plan_report):
    html, score = sample_plan_report["html"], sample_plan_report["score"]
    card = pd.read_csv(score["SCORECARD"])
    build_up = pd.read_csv(score["BUILD_UP"])
    quotas = pd.read_csv(sample_plan_report["quotas"]["OUTPUT"])
    headline = re.search(r'<p class="headline">(.*?)</p>', html, re.S).group(1)
    total = build_up.loc[build_up["line"] == "total", "hours"].iloc[0]
    assert f"The plan needs {int(score['REPS_NEEDED'])} reps at 90% of 1,600 h; you have 12 ({total:,.0f} h" in headline
    util = card["utilisation_pct"]
    assert f"Utilisation {util.min():.0f}% to {util.max():.0f}%" in headline
    travel = card["travel_hours"] / card["total_hours"] * 100
    assert f"travel {travel.min():.0f}% to {travel.max():.0f}%" in headline
    assert f"within {card['deviation_pct'].abs().max():.1f}% of the mean" in headline
    assert f"{quotas['growth_pct'].min():+.1f}% to {quotas['growth_pct'].max():+.1f}%" in headline
    shown = tables_of(html)["build_up"]
    assert shown["Segment"].tolist() == ["A", "B", "C", "D", "Travel", "Total"]
    assert shown["Hours a year"].iloc[-1] == f"{total:,.0f}"


def test_balance_shows_every_measure_the_design_used_as_its_log_says(sample_plan_report):
    html, log = sample_plan_report["html"], sample_plan_report["design_log"]
    balance = tables_of(html)["balance"].set_index("Measure")
    assert list(balance.index) == ["account_count", "sum_Potential", "workload (total hours)"]
    largest = re.search(r"Largest deviation (\d+\.\d\d)%", log).group(1)
    measures = balance.loc[["account_count", "sum_Potential"]]
    assert max(float(v.rstrip("%")) for v in measures["Largest deviation"]) == float(largest)
    assert (measures["Largest deviation"] == measures["Design log"]).all()  # recomputed from the units = recorded
    card = pd.read_csv(sample_plan_report["score"]["SCORECARD"])
    workload = float(balance.loc["workload (total hours)", "Largest deviation"].rstrip("%"))
    assert workload == pytest.approx(card["deviation_pct"].abs().max(), abs=0.02)
    assert balance.loc["workload (total hours)", "Design log"] == ""  # not a measure the design balanced


def test_what_changed_shows_the_realignment_budget_its_disruption_and_the_bound(run, small, tmp_path):
    from territory_plugin.layers import record_design_settings

    units, card = small
    record_design_settings(
        units,
        {
            "disruption_field": "accounts",
            "max_disruption_pct": 50.0,
            "disruption_pct": 46.67,
            "disruption_lower_bound_pct": 33.33,
        },
    )
    _, html = report(run, units, card, tmp_path, EXISTING_FIELD="previous", CHANGE_FIELDS=["accounts"])
    changed = html[html.index("What changed") :]
    for text in ("50.00%", "disruption budget (accounts)", "46.67%", "of accounts moved by the plan", "33.33%"):
        assert text in changed, text
