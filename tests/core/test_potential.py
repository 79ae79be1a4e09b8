"""Potential estimation on synthetic zips whose true model is known."""

from __future__ import annotations

import numpy as np
import pytest

from territory_plugin.core import potential as P

FIELDS = ["population", "income", "median_age"]
TRUE = {"intercept": -4.0, "population": 0.8, "income": 0.6, "median_age": 0.01}


def synthetic(n: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Zips with skewed population and income, a symmetric age, and log-normal sales from the true model."""
    rng = np.random.default_rng(seed)
    population = rng.lognormal(8.0, 1.0, n)
    income = rng.lognormal(10.8, 0.7, n)
    age = rng.normal(40.0, 6.0, n)
    log_sales = (
        TRUE["intercept"]
        + TRUE["population"] * np.log1p(population)
        + TRUE["income"] * np.log1p(income)
        + TRUE["median_age"] * age
        + rng.normal(0.0, noise, n)
    )
    return np.column_stack([population, income, age]), np.exp(log_sales)


def test_recovers_the_true_coefficients():
    x, sales = synthetic(4000, 0.3, seed=1)
    model = P.fit_potential(x, sales, FIELDS)
    assert model.logged == [True, True, False]  # skewed fields logged, age left as it is
    assert model.coefficients == pytest.approx([0.8, 0.6, 0.01], abs=0.02)
    intercept = model.ridge.intercept - (model.ridge.coef / model.ridge.scale) @ model.ridge.centre
    assert intercept == pytest.approx(TRUE["intercept"], abs=0.4)
    assert model.sigma == pytest.approx(0.3, rel=0.05)
    # the model explains what the noise leaves: R^2 = 1 - noise variance / variance of log sales
    expected_r2 = 1 - 0.3**2 / np.var(np.log(sales))
    assert model.cv_r2_model == pytest.approx(expected_r2, abs=0.02)
    assert model.r2 >= model.cv_r2_model - 1e-3
    assert 0 < model.cv_r2 <= 1 and model.folds == 5 and model.n_fit == 4000


@pytest.mark.parametrize(("level", "noise"), [(0.8, 0.4), (0.9, 0.4), (0.8, 1.0)])
def test_intervals_cover_unseen_zips_as_often_as_they_say(level, noise):
    x, sales = synthetic(6000, noise, seed=2)
    known = np.zeros(len(sales), dtype=bool)
    known[:3000] = True
    model = P.fit_potential(x, np.where(known, sales, np.nan), FIELDS)
    assert model.n_fit == 3000
    estimate, low, high = P.predict_potential(model, x, level)
    hidden = ~known
    covered = (low[hidden] <= sales[hidden]) & (sales[hidden] <= high[hidden])
    assert covered.mean() == pytest.approx(level, abs=0.025)
    assert (low <= estimate).all() and (estimate <= high).all()
    # the expected sales (smearing): unseen zips' estimates add up to their true sales
    assert estimate[hidden].sum() == pytest.approx(sales[hidden].sum(), rel=0.05)


def test_missing_values_and_zips_without_sales():
    x, sales = synthetic(300, 0.3, seed=3)
    x[5, 1] = np.nan
    sales[:50] = np.nan
    sales[50:60] = 0.0
    model = P.fit_potential(x, sales, FIELDS)
    assert model.n_fit == 240 and not model.fitted[:60].any() and not model.fitted[5]
    estimate, low, high = P.predict_potential(model, x)
    assert np.isnan([estimate[5], low[5], high[5]]).all()  # a field unknown: no estimate
    assert np.isfinite(np.delete(estimate, 5)).all()  # zips without sales are estimated


def test_sales_scale_model_and_ridge_shrinkage():
    rng = np.random.default_rng(4)
    x = rng.normal(0.0, 1.0, (500, 2))
    sales = 100 + 30 * x[:, 0] - 10 * x[:, 1] + rng.normal(0, 5, 500)
    plain = P.fit_potential(x, sales, ["a", "b"], log_target=False, alpha=0.0)
    assert plain.logged == [False, False] and plain.smearing == 1.0
    assert plain.coefficients == pytest.approx([30, -10], abs=0.6)
    shrunk = P.fit_potential(x, sales, ["a", "b"], log_target=False, alpha=5000.0)
    assert np.abs(shrunk.coefficients).sum() < 0.5 * np.abs(plain.coefficients).sum()
    estimate, low, high = P.predict_potential(plain, np.array([[0.0, 0.0], [-10.0, 0.0]]))
    assert estimate[0] == pytest.approx(100, abs=1.5) and high[0] - estimate[0] == pytest.approx(estimate[0] - low[0])
    assert estimate[1] == 0.0 and low[1] == 0.0  # sales cannot go below 0


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (lambda x, s: (x[:12], s[:12]), "too_few"),  # 12 zips for 3 fields: 15 needed
        (lambda x, s: (np.column_stack([x[:, :2], np.full(len(s), 7.0)]), s), "constant"),
        (lambda x, s: (x[:, :0], s), "no_fields"),
    ],
)
def test_bad_input_is_named(change, kind):
    x, sales = synthetic(200, 0.3, seed=5)
    x, sales = change(x, sales)
    with pytest.raises(P.PotentialError) as error:
        P.fit_potential(x, sales, FIELDS[: x.shape[1]])
    assert error.value.kind == kind
    if kind == "constant":
        assert error.value.details["field"] == "median_age"


def test_cancel_and_bad_level():
    x, sales = synthetic(100, 0.3, seed=6)
    assert P.fit_potential(x, sales, FIELDS, is_canceled=lambda: True) is None
    with pytest.raises(P.PotentialError):
        P.predict_potential(P.fit_potential(x, sales, FIELDS), x, level=1.0)
