"""Sales potential of each zip from its attributes: the pure part of territory:estimatepotential.

* **Model**: ridge regression of log(sales) (or of sales) on the chosen fields, fitted on
  the zips that have sales (> 0) and a value in every field. Fields that are never
  negative and skewed (skewness above 1, e.g. population, income) enter as log(1 + x).
  Fields are standardised on the fitted zips; the penalty ``alpha`` applies to the
  standardised coefficients, never to the intercept.
* **Estimate** of a zip: the model's expected sales. On the log scale, exp(prediction)
  is the median, so it is multiplied by Duan's smearing factor (the mean of exp(residual)
  over the fitted zips): the estimates of the fitted zips then add up to about their sales.
* **Interval**: the prediction interval at ``level`` (e.g. 80%): prediction +- t x s x
  sqrt(1 + 1/n + x' V x) on the model scale (s the residual standard deviation with the
  ridge's effective degrees of freedom, V the coefficients' covariance / s^2), then
  back-transformed. On the sales scale (no log) it is cut at 0.
* **Cross-validation**: k folds of a fixed shuffle; each fold's zips are predicted by a
  model fitted on the others. R^2 of those out-of-fold predictions is reported on the
  sales scale (what a manager reads) and on the model scale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

__all__ = [
    "MIN_ZIPS",
    "MIN_ZIPS_PER_FIELD",
    "SKEW_LIMIT",
    "PotentialError",
    "PotentialModel",
    "fit_potential",
    "predict_potential",
]

MIN_ZIPS = 10  # fewer zips with sales cannot support any model worth reporting
MIN_ZIPS_PER_FIELD = 5  # and each field needs about this many more
SKEW_LIMIT = 1.0  # skewness above which a non-negative field enters as log(1 + x)


class PotentialError(ValueError):
    """Bad input that the user must fix; ``kind`` and ``details`` let the shell word it."""

    def __init__(self, kind: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


@dataclass
class _Ridge:
    """A ridge fit on standardised fields: what prediction and its interval need."""

    centre: np.ndarray
    scale: np.ndarray
    intercept: float
    coef: np.ndarray  # per standard deviation of each (transformed) field
    covariance: np.ndarray  # of ``coef``, divided by the residual variance
    n: int
    df_model: float  # effective degrees of freedom, intercept included
    residuals: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.intercept + ((x - self.centre) / self.scale) @ self.coef


def _ridge(x: np.ndarray, y: np.ndarray, alpha: float) -> _Ridge:
    centre = x.mean(axis=0)
    scale = x.std(axis=0)
    z = (x - centre) / scale
    gram = z.T @ z
    inverse = np.linalg.inv(gram + alpha * np.eye(len(gram)))
    coef = inverse @ (z.T @ (y - y.mean()))
    fitted = y.mean() + z @ coef
    return _Ridge(
        centre=centre,
        scale=scale,
        intercept=float(y.mean()),
        coef=coef,
        covariance=inverse @ gram @ inverse,
        n=len(y),
        df_model=1.0 + float(np.trace(inverse @ gram)),
        residuals=y - fitted,
    )


def _r2(actual: np.ndarray, predicted: np.ndarray) -> float:
    total = float(((actual - actual.mean()) ** 2).sum())
    return 1.0 - float(((actual - predicted) ** 2).sum()) / total if total > 0 else float("nan")


@dataclass
class PotentialModel:
    """A fitted potential model (see the module docstring)."""

    fields: list[str]
    logged: list[bool]  # fields entered as log(1 + x)
    log_target: bool
    alpha: float
    ridge: _Ridge
    sigma: float  # residual standard deviation on the model scale
    df_resid: float
    smearing: float  # Duan's factor (1 without log)
    fitted: np.ndarray  # (n,) rows the model was fitted on
    r2: float  # in-sample, model scale
    cv_r2: float  # out-of-fold, sales scale
    cv_r2_model: float  # out-of-fold, model scale
    folds: int

    @property
    def n_fit(self) -> int:
        return int(self.fitted.sum())

    @property
    def coefficients(self) -> np.ndarray:
        """Change of the model's target per unit of each (transformed) field."""
        return self.ridge.coef / self.ridge.scale

    @property
    def standardised(self) -> np.ndarray:
        """Change of the model's target per standard deviation of each (transformed) field."""
        return self.ridge.coef


def _transform(x: np.ndarray, logged: Sequence[bool]) -> np.ndarray:
    out = np.array(x, dtype=np.float64, copy=True)
    for j, use in enumerate(logged):
        if use:
            with np.errstate(invalid="ignore", divide="ignore"):
                out[:, j] = np.log1p(out[:, j])
    out[~np.isfinite(out)] = np.nan
    return out


def _target(sales: np.ndarray, log_target: bool) -> np.ndarray:
    return np.log(sales) if log_target else sales


def _sales(prediction: np.ndarray, log_target: bool, smearing: float) -> np.ndarray:
    return np.exp(prediction) * smearing if log_target else prediction


def fit_potential(
    features: np.ndarray,
    sales: np.ndarray,
    fields: Sequence[str],
    *,
    log_target: bool = True,
    log_skewed: bool = True,
    alpha: float = 1.0,
    folds: int = 5,
    seed: int = 0,
    is_canceled: Callable[[], bool] | None = None,
) -> PotentialModel | None:
    """Fit the model on the rows with sales > 0 and every field known (``None`` when canceled).

    ``features`` (n, p) with NaN for missing values; ``sales`` (n,) with NaN where unknown.
    Raises ``PotentialError``: ``no_fields``, ``too_few`` (details ``count``, ``needed``),
    ``constant`` (``field``), ``alpha``.
    """
    x = np.asarray(features, dtype=np.float64).reshape(len(sales), -1)
    sales = np.asarray(sales, dtype=np.float64)
    p = x.shape[1]
    if p == 0:
        raise PotentialError("no_fields", "choose at least one field to estimate from")
    if not np.isfinite(alpha) or alpha < 0:
        raise PotentialError("alpha", "the ridge penalty must be 0 or more", alpha=alpha)
    known = np.isfinite(x)
    logged = [
        bool(log_skewed and (x[known[:, j], j] >= 0).all() and _skewness(x[known[:, j], j]) > SKEW_LIMIT)
        for j in range(p)
    ]
    xt = _transform(x, logged)
    fitted = np.isfinite(sales) & (sales > 0) & np.isfinite(xt).all(axis=1)
    needed = max(MIN_ZIPS, MIN_ZIPS_PER_FIELD * p)
    n = int(fitted.sum())
    if n < needed:
        raise PotentialError(
            "too_few", f"{n} zips have sales and every field; {needed} are needed", count=n, needed=needed
        )
    xf, yf = xt[fitted], _target(sales[fitted], log_target)
    for j in range(p):
        if np.ptp(xf[:, j]) == 0:
            raise PotentialError("constant", f"field {fields[j]!r} has one value on every zip", field=fields[j])

    ridge = _ridge(xf, yf, alpha)
    df_resid = n - ridge.df_model
    sigma = float(np.sqrt((ridge.residuals**2).sum() / df_resid)) if df_resid > 0 else float("nan")
    smearing = float(np.exp(ridge.residuals).mean()) if log_target else 1.0

    k = int(min(max(folds, 2), n))
    order = np.random.default_rng(seed).permutation(n)
    oof_model = np.empty(n)
    oof_sales = np.empty(n)
    for fold in np.array_split(order, k):
        if is_canceled is not None and is_canceled():
            return None
        train = np.ones(n, dtype=bool)
        train[fold] = False
        part = _ridge(xf[train], yf[train], alpha)
        oof_model[fold] = part.predict(xf[fold])
        fold_smearing = float(np.exp(part.residuals).mean()) if log_target else 1.0
        oof_sales[fold] = _sales(oof_model[fold], log_target, fold_smearing)
    return PotentialModel(
        fields=list(fields),
        logged=logged,
        log_target=log_target,
        alpha=float(alpha),
        ridge=ridge,
        sigma=sigma,
        df_resid=float(df_resid),
        smearing=smearing,
        fitted=fitted,
        r2=_r2(yf, yf - ridge.residuals),
        cv_r2=_r2(sales[fitted], oof_sales),
        cv_r2_model=_r2(yf, oof_model),
        folds=k,
    )


def _skewness(values: np.ndarray) -> float:
    if len(values) < 3 or np.ptp(values) == 0:
        return 0.0
    return float(stats.skew(values))


def predict_potential(
    model: PotentialModel, features: np.ndarray, level: float = 0.8
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Estimate, low and high bound of the ``level`` prediction interval for every row.

    NaN where a field is missing (or outside its transform, e.g. below -1 for a logged one).
    """
    if not 0 < level < 1:
        raise PotentialError("level", "the interval level must be between 0 and 1 (e.g. 0.8)", level=level)
    xt = _transform(np.asarray(features, dtype=np.float64).reshape(-1, len(model.fields)), model.logged)
    ok = np.isfinite(xt).all(axis=1)
    estimate, low, high = (np.full(len(xt), np.nan) for _ in range(3))
    if not ok.any():
        return estimate, low, high
    ridge = model.ridge
    prediction = ridge.predict(xt[ok])
    z = (xt[ok] - ridge.centre) / ridge.scale
    spread = model.sigma * np.sqrt(1.0 + 1.0 / ridge.n + np.einsum("ij,jk,ik->i", z, ridge.covariance, z))
    q = float(stats.t.ppf(0.5 + level / 2.0, model.df_resid)) if model.df_resid > 0 else float("nan")
    estimate[ok] = _sales(prediction, model.log_target, model.smearing)
    if model.log_target:
        low[ok], high[ok] = np.exp(prediction - q * spread), np.exp(prediction + q * spread)
    else:
        estimate[ok] = np.maximum(estimate[ok], 0.0)
        low[ok], high[ok] = np.maximum(prediction - q * spread, 0.0), np.maximum(prediction + q * spread, 0.0)
    return estimate, low, high
