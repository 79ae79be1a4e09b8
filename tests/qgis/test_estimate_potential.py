"""territory:estimatepotential through real Processing runs on a synthetic GeoPackage of zips."""

from __future__ import annotations

import csv
import re

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from territory_plugin.compat import FieldType

N = 900
TRUE = (0.8, 0.6, 0.01)  # log(sales) per log(1 + population), log(1 + income), median age
NOISE = 0.35


def synthetic_zips(seed: int = 11) -> dict[str, np.ndarray]:
    """Zip attributes and their true sales; 40% of the zips have no sales on record."""
    rng = np.random.default_rng(seed)
    population = rng.lognormal(8.0, 1.0, N)
    income = rng.lognormal(10.8, 0.7, N)
    age = rng.normal(40.0, 6.0, N)
    log_sales = -4 + TRUE[0] * np.log1p(population) + TRUE[1] * np.log1p(income) + TRUE[2] * age
    true_sales = np.exp(log_sales + rng.normal(0.0, NOISE, N))
    recorded = rng.random(N) >= 0.4
    return {"population": population, "income": income, "age": age, "true": true_sales, "recorded": recorded}


def zips_gpkg(path, data, constant=False, income_text=None) -> str:
    """A GeoPackage of 0.05-degree squares with the attributes; sales NULL where not recorded."""
    fields = "field=zip:string&field=population:double&field=income:double&field=median_age:double"
    fields += "&field=sales:double&field=region:double&field=income_text:string"
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&{fields}", "zips", "memory")
    features = []
    for i in range(N):
        x, y = -73 + 0.05 * (i % 30), 41 + 0.05 * (i // 30)
        feature = QgsFeature(layer.fields())
        sales = float(data["true"][i]) if data["recorded"][i] else None
        income = None if np.isnan(data["income"][i]) else float(data["income"][i])
        text = income_text[i] if income_text is not None else str(income)
        feature.setAttributes(
            [
                f"{i:05d}",
                float(data["population"][i]),
                income,
                float(data["age"][i]),
                sales,
                1.0 if constant else i % 7,
                text,
            ]
        )
        feature.setGeometry(
            QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 0.05} {y},{x + 0.05} {y + 0.05},{x} {y + 0.05},{x} {y}))")
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


def estimate(run, source, out, feedback=None, **extra) -> dict:
    parameters = {
        "INPUT": source,
        "SALES_FIELD": "sales",
        "FIELDS": ["population", "income", "median_age"],
        "OUTPUT": str(out),
    }
    parameters.update(extra)
    return run("estimatepotential", parameters, feedback=feedback)


def read(path) -> dict[str, np.ndarray]:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    rows = sorted(layer.getFeatures(), key=lambda f: f["zip"])
    names = layer.fields().names()

    def value(v):
        return np.nan if v is None or (hasattr(v, "isNull") and v.isNull()) else v

    def column(name):
        return np.array([value(f[name]) for f in rows], dtype=float)

    return {name: column(name) for name in names if name not in ("zip", "income_text")} | {"names": names}


def test_estimates_and_intervals_are_written_and_hold_on_zips_without_sales(run, tmp_path, log):
    data = synthetic_zips()
    result = estimate(run, zips_gpkg(tmp_path / "zips.gpkg", data), tmp_path / "out.gpkg", log)
    out = read(result["OUTPUT"])
    recorded = data["recorded"]
    assert out["names"][-4:] == ["potential_est", "potential_low", "potential_high", "potential_fitted"]
    assert result["FITTED_COUNT"] == recorded.sum() == out["potential_fitted"].sum()
    assert (out["potential_fitted"] == recorded).all()
    assert result["ESTIMATED_COUNT"] == N and np.isfinite(out["potential_est"]).all()
    # unseen zips: 80% intervals hold about 80% of their true sales, and the estimates add up
    hidden = ~recorded
    inside = (out["potential_low"] <= data["true"]) & (data["true"] <= out["potential_high"])
    assert inside[hidden].mean() == pytest.approx(0.8, abs=0.06)
    assert out["potential_est"][hidden].sum() == pytest.approx(data["true"][hidden].sum(), rel=0.08)
    assert (out["potential_low"] < out["potential_est"]).all() and (out["potential_est"] < out["potential_high"]).all()
    # the log: R^2 and coefficients near the truth
    assert 0.3 < result["CV_R2"] < 1
    assert f"{result['CV_R2']:.3f} on sales" in log.text
    coefficients = dict(re.findall(r"  (.+?): ([+-][\d.e+-]+) per unit", log.text))
    assert float(coefficients["log(1 + population)"]) == pytest.approx(TRUE[0], abs=0.06)
    assert float(coefficients["log(1 + income)"]) == pytest.approx(TRUE[1], abs=0.06)
    assert float(coefficients["median_age"]) == pytest.approx(TRUE[2], abs=0.01)
    assert log.warnings == []


def test_a_second_run_replaces_its_fields_and_a_wider_level_widens(run, tmp_path):
    first = estimate(run, zips_gpkg(tmp_path / "zips.gpkg", synthetic_zips()), tmp_path / "a.gpkg")
    second = estimate(run, first["OUTPUT"], tmp_path / "b.gpkg", LEVEL=95)
    a, b = read(first["OUTPUT"]), read(second["OUTPUT"])
    assert b["names"] == a["names"]  # replaced, not added twice
    assert np.allclose(a["potential_est"], b["potential_est"])
    assert (b["potential_high"] - b["potential_low"] > a["potential_high"] - a["potential_low"]).all()


def test_missing_values_are_counted_and_get_no_estimate(run, tmp_path, log):
    data = synthetic_zips()
    data["income"][[3, 4, 10]] = np.nan
    result = estimate(run, zips_gpkg(tmp_path / "zips.gpkg", data), tmp_path / "out.gpkg", log)
    out = read(result["OUTPUT"])
    assert result["MISSING_COUNT"] == 3 and result["ESTIMATED_COUNT"] == N - 3
    assert (
        np.isnan(out["potential_est"][[3, 4, 10]]).all()
        and np.isfinite(np.delete(out["potential_est"], [3, 4, 10])).all()
    )
    assert "3 zips have no value in 'income'" in log.text
    assert result["FITTED_COUNT"] == (data["recorded"] & np.isfinite(data["income"])).sum()


def test_too_few_zips_with_sales(run, tmp_path):
    data = synthetic_zips()
    data["recorded"][:] = False
    data["recorded"][:12] = True
    with pytest.raises(QgsProcessingException, match="Only 12 zips have sales in 'sales'.*15 are needed"):
        estimate(run, zips_gpkg(tmp_path / "zips.gpkg", data), tmp_path / "out.gpkg")
    assert not (tmp_path / "out.gpkg").exists()


def test_a_constant_field_and_the_sales_field_among_the_fields(run, tmp_path):
    source = zips_gpkg(tmp_path / "zips.gpkg", synthetic_zips(), constant=True)
    with pytest.raises(QgsProcessingException, match="'region' has the same value on every zip"):
        estimate(run, source, tmp_path / "out.gpkg", FIELDS=["population", "region"])
    with pytest.raises(QgsProcessingException, match="cannot also be a field"):
        estimate(run, source, tmp_path / "out.gpkg", FIELDS=["population", "sales"])


def test_text_that_is_no_number_is_named(run, tmp_path):
    data = synthetic_zips()
    text = [f"{v:.2f}" for v in data["income"]]
    text[7] = "n/a"
    source = zips_gpkg(tmp_path / "zips.gpkg", data, income_text=text)
    with pytest.raises(QgsProcessingException, match="'income_text' must hold numbers.*'n/a'"):
        estimate(run, source, tmp_path / "out.gpkg", FIELDS=["population", "income_text"])


def test_a_csv_table_of_zips_gives_the_same_estimates(run, tmp_path):
    data = synthetic_zips()
    first = estimate(run, zips_gpkg(tmp_path / "zips.gpkg", data), tmp_path / "a.gpkg")
    path = tmp_path / "zips.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["zip", "population", "income", "median_age", "sales"])
        for i in range(N):
            sales = repr(float(data["true"][i])) if data["recorded"][i] else ""
            writer.writerow(
                [f"{i:05d}", *(repr(float(data[key][i])) for key in ("population", "income", "age")), sales]
            )
    second = estimate(run, str(path), tmp_path / "b.csv")
    a = read(first["OUTPUT"])
    with open(second["OUTPUT"], newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["zip"] for row in rows] == [f"{i:05d}" for i in range(N)]  # codes kept as text
    # the memory layer behind the GeoPackage keeps ~8 significant digits of the inputs; the CSV all of them
    assert np.array([float(row["potential_est"]) for row in rows]) == pytest.approx(a["potential_est"], rel=1e-6)
    assert [int(row["potential_fitted"]) for row in rows] == data["recorded"].astype(int).tolist()
    # QGIS opens the CSV's estimates as numbers (its .csvt sidecar) and the zip codes as text
    opened = QgsVectorLayer(second["OUTPUT"], "b", "ogr")
    types = {field.name(): field.type() for field in opened.fields()}
    assert types["zip"] == FieldType.STRING
    assert types["potential_est"] == FieldType.DOUBLE
    assert types["potential_fitted"] in FieldType.INTEGERS
