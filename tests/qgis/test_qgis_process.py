"""Headless use: the staged plugin and the release zip, run by qgis_process in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from scripts.check_qt6 import check_paths

ROOT = Path(__file__).resolve().parents[2]
STAGED = ROOT / "build"
# Debian's qgis_process wrapper passes --noversioncheck, which QGIS 3.22 rejects.
QGIS_PROCESS = shutil.which("qgis_process.bin") or "qgis_process"

pytestmark = pytest.mark.slow


def qgis_process(home: Path, *args: str, plugin_path: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_PLUGINPATH", None)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # pytest-qgis's profile would hide the one under HOME
    if plugin_path is not None:
        env["QGIS_PLUGINPATH"] = str(plugin_path)
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


def run_json(home: Path, algorithm: str, parameters: dict, plugin_path: Path | None = None) -> dict:
    arguments = [
        f"{key}={value}"
        for key, values in parameters.items()
        for value in (values if isinstance(values, list) else [values])
    ]
    done = qgis_process(home, "run", algorithm, "--json", "--", *arguments, plugin_path=plugin_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return json.loads(done.stdout)["results"]


def aggregate_sample(home: Path, sample_dir: Path, out: Path, plugin_path: Path | None) -> dict:
    return run_json(
        home,
        "territory:aggregatezipcodes",
        {
            "ACCOUNTS": sample_dir / "accounts.csv",
            "ZIP_FIELD": "Billing Zip/Postal Code",
            "UNITS": sample_dir / "zip_areas.gpkg",
            "UNIT_ZIP_FIELD": "zip",
            "SUM_FIELDS": ["Annual Revenue", "Potential"],
            "OUTPUT": out / "totals.gpkg",
            "UNMATCHED": out / "unmatched.csv",
        },
        plugin_path,
    )


@pytest.fixture(scope="module")
def staged() -> Path:
    if not (STAGED / "territory_plugin" / "metadata.txt").exists():
        pytest.fail("the staged plugin is missing: run the tests with `make test`, which builds it")
    return STAGED


def test_plugin_from_plugin_path_runs_headless(staged, sample_dir, tmp_path):
    home = tmp_path / "home"
    enabled = qgis_process(home, "plugins", "enable", "territory_plugin", plugin_path=staged)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listing = qgis_process(home, "list", plugin_path=staged).stdout
    assert "territory:aggregatezipcodes" in listing

    results = aggregate_sample(home, sample_dir, tmp_path, staged)
    summary = json.loads((sample_dir / "expected" / "summary.json").read_text())
    assert results["MATCHED_COUNT"] == summary["matched"]
    assert Path(results["OUTPUT"]).exists() and Path(results["UNMATCHED"]).exists()


def test_bad_input_fails_with_advice(staged, sample_dir, tmp_path):
    home = tmp_path / "home"
    qgis_process(home, "plugins", "enable", "territory_plugin", plugin_path=staged)
    done = qgis_process(
        home,
        "run",
        "territory:aggregatezipcodes",
        "--",
        f"ACCOUNTS={sample_dir / 'accounts.csv'}",
        "ZIP_FIELD=Account Name",
        f"UNITS={sample_dir / 'zip_areas.gpkg'}",
        "UNIT_ZIP_FIELD=zip",
        "SUM_FIELDS=Account Name",
        f"OUTPUT={tmp_path / 'o.gpkg'}",
        plugin_path=staged,
    )
    assert done.returncode != 0
    assert "must hold numbers" in done.stdout + done.stderr
    assert not (tmp_path / "o.gpkg").exists()  # nothing half-written


def test_release_zip_installs_into_a_fresh_profile(sample_dir, tmp_path):
    zips = sorted((ROOT / "dist").glob("territory_plugin-*.zip"))
    if not zips:
        pytest.fail("no release zip in dist/: run the tests with `make test`, which builds it")
    with zipfile.ZipFile(zips[-1]) as archive:
        names = archive.namelist()
        assert {name.split("/")[0] for name in names} == {"territory_plugin"}
        for required in ("metadata.txt", "__init__.py", "icon.svg", "i18n/territory_plugin_fr.qm"):
            assert f"territory_plugin/{required}" in names
        assert not any("__pycache__" in name for name in names)
        home = tmp_path / "home"
        plugins = home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins"
        archive.extractall(plugins)  # what "Install from ZIP" does
    # Everything that ships is Qt6-ready: no PyQt5 import, no unscoped enum.
    assert check_paths([plugins / "territory_plugin"]) == []

    enabled = qgis_process(home, "plugins", "enable", "territory_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    results = aggregate_sample(home, sample_dir, tmp_path, None)
    assert results["MATCHED_COUNT"] > 0


def test_design_territories_headless(staged, sample_dir, tmp_path):
    home = tmp_path / "home"
    qgis_process(home, "plugins", "enable", "territory_plugin", plugin_path=staged)
    totals = aggregate_sample(home, sample_dir, tmp_path, staged)["OUTPUT"]
    results = run_json(
        home,
        "territory:designterritories",
        {
            "INPUT": totals,
            "BALANCE_FIELDS": ["account_count", "sum_Potential"],
            "TOLERANCE": 5,
            "TERRITORIES": 12,
            "SEEDS": sample_dir / "rep_bases.gpkg",
            "SEED_ID_FIELD": "rep_name",
            "OUTPUT": tmp_path / "units.gpkg",
            "TERRITORIES_OUTPUT": tmp_path / "territories.gpkg",
        },
        staged,
    )
    assert results["MAX_DEVIATION"] <= 5.0
    assert Path(results["TERRITORIES_OUTPUT"]).exists()
