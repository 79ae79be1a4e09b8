"""What a user sees when opening the algorithms' dialogs in QGIS: the likely fields preselected."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer


@pytest.fixture
def open_dialog(plugin, qgis_iface):
    """Opens an algorithm's real Processing dialog (as the Toolbox does) on the given layers."""
    import processing
    from qgis.gui import QgsBrowserGuiModel

    if not hasattr(qgis_iface, "browserModel"):  # pytest-qgis's iface lacks it; the dialog asks for it
        model = QgsBrowserGuiModel()
        qgis_iface._territory_browser_model = model
        qgis_iface.browserModel = lambda: model
    dialogs = []

    def _open(algorithm: str, parameters: dict):
        dialog = processing.createAlgorithmDialog(f"territory:{algorithm}", parameters)
        dialogs.append(dialog)
        return dialog

    yield _open
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()


def value(dialog, name: str):
    return dialog.mainWidget().wrappers[name].parameterValue()


@pytest.fixture
def project_layers(sample_dir):
    added = []

    def _add(layer):
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return layer

    yield _add
    QgsProject.instance().removeMapLayers(added)


def memory_table(fields: str, name: str = "table") -> QgsVectorLayer:
    return QgsVectorLayer(f"None?{fields}", name, "memory")


def test_aggregate_preselects_the_zip_fields_of_both_layers(open_dialog, project_layers, sample_dir):
    accounts = project_layers(QgsVectorLayer(str(sample_dir / "accounts_points.gpkg"), "accounts", "ogr"))
    zips = project_layers(QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "zip areas", "ogr"))
    dialog = open_dialog("aggregatezipcodes", {"ACCOUNTS": accounts.id(), "UNITS": zips.id()})
    assert value(dialog, "ZIP_FIELD") == "Billing Zip/Postal Code"  # not fid, the first field
    assert value(dialog, "UNIT_ZIP_FIELD") == "zip"

    # Choosing another layer guesses again: a French export.
    french = project_layers(
        memory_table("field=id:integer&field=nom:string&field=code_postal:string&field=ville:string", "clients")
    )
    dialog.setParameters({"ACCOUNTS": french.id()})
    assert value(dialog, "ZIP_FIELD") == "code_postal"


def test_a_required_field_with_no_likely_candidate_is_left_for_the_user(open_dialog, project_layers, sample_dir):
    zips = project_layers(QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "zip areas", "ogr"))
    odd = project_layers(memory_table("field=fid:integer&field=customer:string&field=where:string", "odd"))
    dialog = open_dialog("aggregatezipcodes", {"ACCOUNTS": odd.id(), "UNITS": zips.id()})
    assert not value(dialog, "ZIP_FIELD")  # empty, so Run asks for it, rather than fid matching nothing
    from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase

    with pytest.raises(AlgorithmDialogBase.InvalidParameterValue) as missing:  # Run: "missing parameter value"
        dialog.mainWidget().createProcessingParameters()
    assert missing.value.args[0].name() == "ZIP_FIELD"


def test_allocate_quotas_preselects_territory_potential_and_sales(open_dialog, project_layers):
    units = project_layers(
        memory_table(
            "field=fid:integer&field=zip:string&field=account_count:integer&field=sum_Potential:double"
            "&field=sum_Sales last year:double&field=territory:string",
            "units",
        )
    )
    dialog = open_dialog("allocatequotas", {"INPUT": units.id()})
    assert value(dialog, "TERRITORY_FIELD") == "territory"
    assert value(dialog, "POTENTIAL_FIELD") == "sum_Potential"
    assert value(dialog, "SALES_FIELD") == "sum_Sales last year"


def test_assign_reps_preselects_rep_names_and_codes(open_dialog, project_layers, sample_dir):
    reps = project_layers(QgsVectorLayer(str(sample_dir / "rep_bases.gpkg"), "reps", "ogr"))
    zips = project_layers(QgsVectorLayer(str(sample_dir / "zip_areas.gpkg"), "zip areas", "ogr"))
    accounts = project_layers(QgsVectorLayer(str(sample_dir / "accounts_points.gpkg"), "accounts", "ogr"))
    dialog = open_dialog("assignreps", {"REPS": reps.id(), "TERRITORIES": zips.id(), "ACCOUNTS": accounts.id()})
    assert value(dialog, "REP_NAME_FIELD") == "rep_name"
    assert value(dialog, "ZIP_FIELD") == "zip"
    assert value(dialog, "ACCOUNT_ZIP_FIELD") == "Billing Zip/Postal Code"
    assert value(dialog, "SEGMENT_FIELD") == "Segment"
    assert not value(dialog, "REP_TERRITORY_FIELD")  # optional and changes the result: never guessed


# -- finding the workflow: Toolbox groups, search, help, menu -----------------------------------


def algorithms():
    """The provider's algorithms, without the shipped models (whose group and tags their files hold)."""
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    provider = QgsApplication.processingRegistry().providerById("territory")
    return [a for a in provider.algorithms() if not isinstance(a, QgsProcessingModelAlgorithm)]


def test_toolbox_groups_list_the_steps_in_order(plugin):
    groups = {algorithm.name(): (algorithm.groupId(), algorithm.group()) for algorithm in algorithms()}
    assert groups["aggregatezipcodes"] == ("prepare", "1 Prepare")
    assert groups["designterritories"] == ("design", "2 Design")
    assert groups["report"] == ("review", "3 Review")
    assert sorted({name for _, name in groups.values()}) == ["1 Prepare", "2 Design", "3 Review"]


@pytest.mark.parametrize(
    "word", ["sales", "territory", "balance", "districting", "zip", "postal", "crm", "quota", "workload"]
)
def test_toolbox_search_finds_every_algorithm_by_the_words_users_type(plugin, word):
    from qgis.core import QgsApplication
    from qgis.gui import QgsProcessingToolboxModel, QgsProcessingToolboxProxyModel

    toolbox = QgsProcessingToolboxProxyModel(None, QgsApplication.processingRegistry())
    toolbox.setFilterString(word)
    source: QgsProcessingToolboxModel = toolbox.toolboxModel()
    found = set()
    pending = [toolbox.index(row, 0) for row in range(toolbox.rowCount())]
    while pending:
        index = pending.pop()
        algorithm = source.algorithmForIndex(toolbox.mapToSource(index))
        if algorithm is not None:
            found.add(algorithm.id())
        pending.extend(toolbox.index(row, 0, index) for row in range(toolbox.rowCount(index)))
    assert {algorithm.id() for algorithm in algorithms()} <= found


def test_help_points_at_the_guide(plugin):
    import configparser

    from tests.qgis.conftest import ROOT

    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt")
    repository = metadata["general"]["repository"]
    for algorithm in algorithms():
        url = algorithm.helpUrl()
        assert url.startswith(repository + "/blob/main/docs/README.md#") or url.startswith("file://"), url
        assert url.endswith("#" + algorithm.name())


def test_the_menu_lists_the_work_in_order_and_opens_each_dialog(plugin, open_dialog):
    plugin.initGui()
    try:
        shown = [action for action in plugin.menu_actions if not action.isSeparator()]
        assert [action.objectName().replace("TerritoryAlgorithmAction_", "") for action in shown] == [
            "estimatepotential",
            "aggregatezipcodes",
            "designterritories",
            "TerritoryReassignDockAction",
            "assignreps",
            "allocatequotas",
            "scoreworkload",
            "scoreworkloadareas",
            "report",
            "exportassignments",
            "model_crm_to_report",
            "TerritoryGuideAction",
        ]
        assert shown[1].text() == "Aggregate accounts by zip code…"
        assert sum(action.isSeparator() for action in plugin.menu_actions) == 4  # prepare|design|review|models|guide
        aggregate = next(
            a for a in plugin.menu_actions if a.objectName() == "TerritoryAlgorithmAction_aggregatezipcodes"
        )
        aggregate.trigger()
        dialog = plugin.algorithm_dialog
        assert dialog.isVisible() and dialog.algorithm().id() == "territory:aggregatezipcodes"
    finally:
        plugin._unload_gui()
    assert plugin.menu_actions == [] and plugin.algorithm_dialog is None


# -- inputs checked first: nothing matched is an error that says which fields to pick -----------


def test_aggregating_on_the_wrong_fields_says_which_to_pick(run, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    output = tmp_path / "totals.gpkg"
    with pytest.raises(QgsProcessingException) as error:
        run(
            "aggregatezipcodes",
            {
                "ACCOUNTS": str(sample_dir / "accounts.csv"),
                "ZIP_FIELD": "Account Name",  # what a hurried click picks
                "UNITS": str(sample_dir / "zip_areas.gpkg"),
                "UNIT_ZIP_FIELD": "fid",
                "OUTPUT": str(output),
            },
        )
    message = str(error.value)
    assert "None of the 30,000 accounts matched a zip code area" in message
    assert "'Account Name' holds 'Smith Accounting Co.', 'Wilson & Chen Co.'" in message  # what was picked, shown
    assert "'fid' holds '1', '2', '3'" in message
    assert "for the accounts probably 'Billing Zip/Postal Code' ('01854', '03444'" in message  # what to pick instead
    assert "for the areas probably 'zip' (" in message
    assert not output.exists()  # nothing written


def test_scoring_with_codes_that_never_match_says_so(run, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="None of the 30,000 accounts matched a zip code area"):
        run(
            "scoreworkload",
            {
                "ACCOUNTS": str(sample_dir / "accounts.csv"),
                "SEGMENT_FIELD": "Segment",
                "CALL_PLAN": "A,24,75,B,12,60,C,6,40,D,0,0",
                "ZIP_FIELD": "Billing City",
                "UNITS": str(sample_dir / "zip_areas.gpkg"),
                "UNIT_ZIP_FIELD": "zip",
                "UNIT_TERRITORY_FIELD": "state",
                "SCORECARD": str(tmp_path / "scorecard.csv"),
            },
        )


def test_exporting_with_codes_that_never_match_says_so(run, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    output = tmp_path / "assignments.csv"
    with pytest.raises(QgsProcessingException, match="None of the 30,000 accounts matched a zip code area"):
        run(
            "exportassignments",
            {
                "ACCOUNTS": str(sample_dir / "accounts.csv"),
                "ID_FIELD": "Account ID",
                "ZIP_FIELD": "Billing City",
                "UNITS": str(sample_dir / "zip_areas.gpkg"),
                "UNIT_ZIP_FIELD": "zip",
                "UNIT_TERRITORY_FIELD": "state",
                "OUTPUT": str(output),
            },
        )
    assert not output.exists()


def test_the_heartbeat_paces_the_log_of_long_runs(qgis_app):
    from territory_plugin.processing.base import Heartbeat

    now = [100.0]
    beat = Heartbeat(None, interval=3.0, clock=lambda: now[0])
    said = []
    for _ in range(40):  # a check every 0.5 s for 20 s
        now[0] += 0.5
        if beat.due():
            said.append(beat.seconds())
    assert said == [3, 6, 9, 12, 15, 18]


# -- score workload: what is required is marked, the two ways in are two algorithms ------------


def definitions(algorithm: str) -> dict:
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    alg = QgsApplication.processingRegistry().createAlgorithmById(f"territory:{algorithm}")
    optional = QgsProcessingParameterDefinition.Flag.FlagOptional
    return {
        p.name(): not (p.flags() & optional) for p in alg.parameterDefinitions() if not p.isDestination()
    }  # name -> required


def test_score_workload_asks_for_accounts_and_the_areas_variant_for_areas(plugin):
    accounts = definitions("scoreworkload")
    assert accounts["ACCOUNTS"]  # required: the dialog no longer says [optional] for everything
    assert not any(
        name.startswith("UNIT_") and name not in ("UNIT_ZIP_FIELD", "UNIT_TERRITORY_FIELD") for name in accounts
    )
    areas = definitions("scoreworkloadareas")
    assert {name for name, required in areas.items() if required} >= {
        "UNITS",
        "UNIT_TERRITORY_FIELD",
        "UNIT_WORKLOAD_FIELD",
    }
    assert "ACCOUNTS" not in areas and "CALL_PLAN" not in areas


def test_score_workload_opens_with_a_call_plan_and_the_likely_fields(open_dialog, project_layers, sample_dir):
    accounts = project_layers(QgsVectorLayer(str(sample_dir / "accounts_points.gpkg"), "accounts", "ogr"))
    dialog = open_dialog("scoreworkload", {"ACCOUNTS": accounts.id()})
    assert value(dialog, "SEGMENT_FIELD") == "Segment"
    assert value(dialog, "ZIP_FIELD") == "Billing Zip/Postal Code"
    assert not value(dialog, "TERRITORY_FIELD")  # it would override the zip areas' territories: never guessed
    assert [str(v) for v in value(dialog, "CALL_PLAN")] == ["A", "24", "45", "B", "12", "30", "C", "4", "20"]


def test_the_default_call_plan_never_scores_an_unknown_segment_silently(run, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"Segments not in the call plan: D \(accounts: D: \d"):
        run(
            "scoreworkload",
            {
                "ACCOUNTS": str(sample_dir / "accounts.csv"),
                "SEGMENT_FIELD": "Segment",  # the sample's prospects are segment D
                "TERRITORY_FIELD": "Account Owner",
                "SCORECARD": str(tmp_path / "card.csv"),
            },
        )


def test_the_areas_variant_preselects_territory_and_call_hours(open_dialog, project_layers):
    units = project_layers(
        QgsVectorLayer(
            "Polygon?crs=EPSG:5070&field=zip:string&field=account_count:integer&field=sum_calls_per_year:double"
            "&field=sum_call_hours:double&field=territory:string",
            "zip totals",
            "memory",
        )
    )
    dialog = open_dialog("scoreworkloadareas", {"UNITS": units.id()})
    assert value(dialog, "UNIT_TERRITORY_FIELD") == "territory"
    assert value(dialog, "UNIT_WORKLOAD_FIELD") == "sum_call_hours"
    assert value(dialog, "UNIT_CALLS_FIELD") == "sum_calls_per_year"


@pytest.mark.parametrize(
    "accounts, threshold, value, announced",
    [
        # a CSV by its size (the sample's 30,000 accounts, 3.9 MB): counting its rows would read it all
        ("accounts.csv", "LARGE_CSV_BYTES", 3_000_000, "Reading accounts (4 MB)..."),
        # a layer by its row count (the sample's 2,000 account points)
        ("accounts_points.gpkg", "LARGE_TABLE_ROWS", 1_000, "Reading 2,000 rows of accounts_points"),
    ],
)
def test_reading_a_large_table_is_announced(
    run, sample_dir, tmp_path, log, monkeypatch, accounts, threshold, value, announced
):
    from territory_plugin.processing import base

    monkeypatch.setattr(base, threshold, value)
    run(
        "aggregatezipcodes",
        {
            "ACCOUNTS": str(sample_dir / accounts),
            "ZIP_FIELD": "Billing Zip/Postal Code",
            "UNITS": str(sample_dir / "zip_areas.gpkg"),
            "UNIT_ZIP_FIELD": "zip",
            "OUTPUT": str(tmp_path / "totals.gpkg"),
        },
        feedback=log,
    )
    assert announced in log.text
