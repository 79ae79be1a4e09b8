"""Outputs are written completely or not at all, never over an input (issue 11), in real runs."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[2]
PLAN = ["A", "24", "45", "B", "12", "30"]


def grid_layer(n: int = 4) -> QgsVectorLayer:
    """n x n unit squares in EPSG:3857 metres (100 m), a zip code and a workload each."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=zip:string&field=workload:double", "grid", "memory")
    for row in range(n):
        for col in range(n):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([f"{10000 + row * n + col:05d}", 1.0 + (row + col) % 3])
            x, y = col * 100, row * 100
            feature.setGeometry(
                QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}))")
            )
            layer.dataProvider().addFeature(feature)
    return layer


def two_layer_geopackage(path: Path) -> Path:
    """A GeoPackage holding the units and an unrelated layer, as a GIS team keeps them."""
    layer = grid_layer()
    for name, action in (("units", QgsVectorFileWriter.CreateOrOverwriteFile), ("roads", None)):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if action is None:
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
        assert error[0] == QgsVectorFileWriter.NoError, error
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".territory-")]


def accounts_csv(path: Path, rows: int = 40) -> str:
    lines = ["id,zip,Segment"] + [f"{i},{10000 + i % 16:05d},{'AB'[i % 2]}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_output_into_the_input_geopackage_is_refused_and_nothing_is_deleted(run, tmp_path):
    gpkg = two_layer_geopackage(tmp_path / "data.gpkg")
    before = digest(gpkg)
    units = f"{gpkg}|layername=units"
    with pytest.raises(QgsProcessingException, match="which 'Zip code areas \\(polygons\\)' reads"):
        run(
            "aggregatezipcodes",
            {
                "ACCOUNTS": accounts_csv(tmp_path / "a.csv"),
                "ZIP_FIELD": "zip",
                "UNITS": units,
                "UNIT_ZIP_FIELD": "zip",
                "OUTPUT": str(gpkg),
            },
        )
    with pytest.raises(QgsProcessingException, match="Choose another file"):
        run(
            "designterritories",
            {
                "INPUT": units,
                "BALANCE_FIELDS": ["workload"],
                "TERRITORIES": 2,
                "TOLERANCE": 50,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "TERRITORIES_OUTPUT": f"ogr:dbname='{gpkg}' table=\"territories\" (geom)",
            },
        )
    assert digest(gpkg) == before
    for name in ("units", "roads"):
        assert QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr").featureCount() == 16


def test_csv_output_over_the_csv_input_is_refused(run, tmp_path):
    accounts = accounts_csv(tmp_path / "a.csv")
    before = digest(Path(accounts))
    grid = grid_layer()
    with pytest.raises(QgsProcessingException, match="would be written to"):
        run(
            "scoreworkload",
            {
                "ACCOUNTS": accounts,
                "SEGMENT_FIELD": "Segment",
                "CALL_PLAN": PLAN,
                "ZIP_FIELD": "zip",
                "UNITS": grid,
                "UNIT_ZIP_FIELD": "zip",
                "UNIT_TERRITORY_FIELD": "zip",
                "ACCOUNTS_OUTPUT": accounts,
                "SCORECARD": str(tmp_path / "card.csv"),
            },
        )
    assert digest(Path(accounts)) == before
    assert not (tmp_path / "card.csv").exists()


class CancelAt(QgsProcessingFeedback):
    """Presses Cancel once the progress bar reaches ``percent``."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent

    def setProgress(self, progress: float) -> None:  # noqa: N802 - QGIS API
        super().setProgress(progress)
        if progress >= self.percent:
            self.cancel()


@pytest.mark.parametrize("output", ["scored.gpkg", "scored.csv"])
def test_cancel_while_writing_the_accounts_leaves_no_file_and_keeps_the_old_one(run, tmp_path, output):
    out = tmp_path / "out"
    out.mkdir()
    (out / output).write_text("an earlier result\n")
    result = run(
        "scoreworkload",
        {
            "ACCOUNTS": accounts_csv(tmp_path / "a.csv", 2000),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "ZIP_FIELD": "zip",
            "UNITS": grid_layer(),
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "zip",
            "ACCOUNTS_OUTPUT": str(out / output),
            "SCORECARD": str(out / "card.csv"),
        },
        feedback=CancelAt(60),  # the accounts are written from 60%
    )
    assert result == {}
    assert sorted(os.listdir(out)) == [output]
    assert (out / output).read_text() == "an earlier result\n"


def test_a_finished_run_replaces_the_old_file_and_names_the_final_paths(run, tmp_path):
    (tmp_path / "card.csv").write_text("old\n")
    definition = QgsProcessingOutputLayerDefinition(str(tmp_path / "scored.gpkg"))
    result = run(
        "scoreworkload",
        {
            "ACCOUNTS": accounts_csv(tmp_path / "a.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "ZIP_FIELD": "zip",
            "UNITS": grid_layer(),
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "zip",
            "ACCOUNTS_OUTPUT": definition,
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )
    assert result["SCORECARD"] == str(tmp_path / "card.csv")
    assert result["ACCOUNTS_OUTPUT"].startswith(str(tmp_path / "scored.gpkg"))
    assert QgsVectorLayer(result["ACCOUNTS_OUTPUT"], "scored", "ogr").featureCount() == 40
    assert (tmp_path / "card.csv").read_text().startswith("territory,")
    assert leftovers(tmp_path) == []


def test_report_into_a_missing_folder_says_which_folder(run, tmp_path):
    units = grid_layer()
    card = run(
        "scoreworkload",
        {
            "ACCOUNTS": accounts_csv(tmp_path / "a.csv"),
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "ZIP_FIELD": "zip",
            "UNITS": units,
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "zip",
            "SCORECARD": str(tmp_path / "card.csv"),
        },
    )["SCORECARD"]
    missing = tmp_path / "no" / "such"
    with pytest.raises(QgsProcessingException, match=f"does not exist: {missing}"):
        run("report", {"INPUT": units, "TERRITORY_FIELD": "zip", "SCORECARD": card, "OUTPUT": str(missing / "r.html")})
    assert not (tmp_path / "no").exists()


def test_an_error_after_writing_started_leaves_nothing(run, tmp_path):
    # TERRITORIES_OUTPUT cannot be made (its folder is a file) after OUTPUT was staged: nothing of either stays
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    units = str(two_layer_geopackage(tmp_path / "data.gpkg")) + "|layername=units"
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run(
            "designterritories",
            {
                "INPUT": units,
                "BALANCE_FIELDS": ["workload"],
                "TERRITORIES": 2,
                "TOLERANCE": 50,
                "OUTPUT": str(tmp_path / "units.gpkg"),
                "TERRITORIES_OUTPUT": str(blocker / "territories.gpkg"),
            },
        )
    assert sorted(os.listdir(tmp_path)) == ["data.gpkg", "file.txt"]


@pytest.mark.slow
def test_headless_output_over_the_input_fails_and_keeps_every_layer(tmp_path):
    staged = ROOT / "build"
    if not (staged / "territory_plugin" / "metadata.txt").exists():
        pytest.fail("the staged plugin is missing: run the tests with `make test`, which builds it")
    gpkg = two_layer_geopackage(tmp_path / "data.gpkg")
    before = digest(gpkg)
    env = dict(os.environ, HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(staged))
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    binary = shutil.which("qgis_process.bin") or "qgis_process"
    subprocess.run([binary, "plugins", "enable", "territory_plugin"], env=env, capture_output=True, timeout=300)
    done = subprocess.run(
        [binary, "run", "territory:designterritories", "--json", "--", f"INPUT={gpkg}|layername=units"]
        + ["BALANCE_FIELDS=workload", "TERRITORIES=2", "TOLERANCE=50", f"OUTPUT={gpkg}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "Choose another file" in done.stdout + done.stderr
    assert digest(gpkg) == before
    assert not leftovers(tmp_path)


def test_a_folder_that_cannot_be_written_to_is_named(run, tmp_path):
    # /proc refuses new files even to root (the tests may run as root, which ignores read-only modes)
    with pytest.raises(QgsProcessingException, match="cannot be written in /proc.*Choose a folder you can write to"):
        run(
            "scoreworkload",
            {
                "ACCOUNTS": accounts_csv(tmp_path / "a.csv"),
                "SEGMENT_FIELD": "Segment",
                "CALL_PLAN": PLAN,
                "ZIP_FIELD": "zip",
                "UNITS": grid_layer(),
                "UNIT_ZIP_FIELD": "zip",
                "UNIT_TERRITORY_FIELD": "zip",
                "SCORECARD": "/proc/card.csv",
            },
        )


@pytest.mark.parametrize("percent", [30, 60])  # 60: Cancel pressed while the areas are written
def test_cancel_during_the_aggregation_leaves_no_output(run, tmp_path, percent):
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        "aggregatezipcodes",
        {
            "ACCOUNTS": accounts_csv(tmp_path / "a.csv", 2000),
            "ZIP_FIELD": "zip",
            "UNITS": grid_layer(),
            "UNIT_ZIP_FIELD": "zip",
            "OUTPUT": str(out / "totals.gpkg"),
            "UNMATCHED": str(out / "unmatched.csv"),
        },
        feedback=CancelAt(percent),
    )
    assert result == {}
    assert os.listdir(out) == []
