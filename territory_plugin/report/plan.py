"""The report's plan sections: the headline a sales VP reads first, the workload build-up, and the balance
of every measure the design used beside the workload.

Pure Python (no qgis import), like :mod:`territory_plugin.report.sections`. Every number is
computed from the tables the report is given (scorecard, build-up, quotas, units), with the
definitions of :mod:`territory_plugin.core.metrics` and :mod:`territory_plugin.core.workload`,
so the report says what the scorecard, the score log and the design log say.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

import numpy as np
import pandas as pd

from territory_plugin.core.metrics import coefficient_of_variation, deviations, max_abs_deviation
from territory_plugin.core.sizing import reps_needed
from territory_plugin.report.html import cards_html, table_html

NO_TOUR_FLAG = "no located account"  # the scorecard flag's words (processing/workload_sizing.py), in English


def capacity_of(card: pd.DataFrame) -> float:
    """The rep capacity the scorecard was scored with: total hours / utilisation (NaN when every territory is empty)."""
    total = card["total_hours"].to_numpy(dtype=float)
    util = card["utilisation_pct"].to_numpy(dtype=float)
    use = (util > 0) & (total > 0)
    return float(np.median(total[use] / util[use] * 100.0)) if use.any() else float("nan")


class PlanSections:
    """Headline, build-up and balance sections; ``translate(context, text)`` as QCoreApplication.translate."""

    def __init__(self, translate: Callable[[str, str], str] | None = None) -> None:
        self._translate = translate or (lambda context, text: text)

    def tr(self, text: str) -> str:
        return self._translate("PlanSections", text)

    def headline(
        self,
        card: pd.DataFrame,
        target_pct: float,
        build_up: pd.DataFrame | None = None,
        quotas: pd.DataFrame | None = None,
    ) -> str:
        """ "The plan needs N reps; you have k (H h)", then utilisation, travel, spread and quota growth."""
        k = len(card)
        total = card["total_hours"].to_numpy(dtype=float)
        hours = float(total.sum())
        # the sizing counts every account to call (in a territory or not): the build-up's total, when given
        sized = hours
        if build_up is not None and "line" in build_up.columns and (build_up["line"] == "total").any():
            sized = float(build_up.loc[build_up["line"] == "total", "hours"].iloc[-1])
        capacity = capacity_of(card)
        lines = []
        if np.isfinite(capacity):
            reps = reps_needed(sized, capacity, target_pct)
            lines.append(
                self.tr(
                    "The plan needs {reps} reps at {target:g}% of {capacity:,.0f} h; you have {k} ({hours:,.0f} h a "
                    "year in all)."
                ).format(reps=reps, target=target_pct, capacity=capacity, k=k, hours=sized)
            )
        util = card["utilisation_pct"].to_numpy(dtype=float)
        travel = card["travel_hours"].to_numpy(dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            travel_pct = np.where(total > 0, travel / total * 100.0, np.nan)
        if k:
            lines.append(
                self.tr(
                    "Utilisation {low:.0f}% to {high:.0f}%; travel {tlow:.0f}% to {thigh:.0f}% of each rep's hours "
                    "({share:.0f}% in all); workload within {spread:.1f}% of the mean."
                ).format(
                    low=util.min(),
                    high=util.max(),
                    tlow=np.nanmin(travel_pct) if np.isfinite(travel_pct).any() else 0.0,
                    thigh=np.nanmax(travel_pct) if np.isfinite(travel_pct).any() else 0.0,
                    share=travel.sum() / hours * 100.0 if hours > 0 else 0.0,
                    spread=float(max_abs_deviation(deviations(total))) * 100.0,
                )
            )
        if quotas is not None and "growth_pct" in quotas.columns and quotas["growth_pct"].notna().any():
            growth = quotas["growth_pct"].to_numpy(dtype=float)
            lines.append(
                self.tr("Quota growth on last year's sales {low:+.1f}% to {high:+.1f}%.").format(
                    low=np.nanmin(growth), high=np.nanmax(growth)
                )
            )
        over = int((util > 100.0 + 1e-9).sum())
        if over:
            lines.append(self.tr("{count} of {k} reps are over capacity.").format(count=over, k=k))
        flags = card["flag"].fillna("").astype(str) if "flag" in card.columns else pd.Series([""] * k)
        untoured = int(flags.str.contains(NO_TOUR_FLAG, regex=False).sum())
        if untoured:
            lines.append(
                self.tr("{count} territories have calls but no located account: their travel is counted as 0.").format(
                    count=untoured
                )
            )
        return '<p class="headline">' + "<br>".join(escape(line) for line in lines) + "</p>"

    def build_up_table(self, build_up: pd.DataFrame) -> str:
        """The build-up as Score workload wrote it: segments, travel, admin and the total."""
        headers = {
            "segment": self.tr("Segment"),
            "accounts": self.tr("Accounts"),
            "calls": self.tr("Calls a year"),
            "hours": self.tr("Hours a year"),
            "share_pct": self.tr("Share of the hours"),
        }
        shown = build_up[[c for c in headers if c in build_up.columns]]
        kinds = {"accounts": "int", "calls": "int", "hours": "int", "share_pct": "percent", "segment": "text"}
        note = self.tr("Call hours by segment, then the travel the territories need: the hours behind the reps needed.")
        return f'<p class="note">{escape(note)}</p>' + table_html(shown, headers, kinds, "build_up")

    def balance(
        self,
        territory: Sequence[str | None],
        measures: Mapping[str, np.ndarray],
        card: pd.DataFrame,
        tolerance: float,
        recorded: Mapping[str, float] | None = None,
        workload_recorded: float | None = None,
    ) -> str:
        """Largest deviation and CV of each measure the design balanced (totals of the units per territory), and of
        the workload (the scorecard's total hours); ``recorded``: the design's own figures, shown beside them;
        ``workload_recorded``: the design's workload deviation, when it was designed on workload."""
        names = sorted({t for t in territory if t is not None})
        index = {name: i for i, name in enumerate(names)}
        where = np.array([index.get(t, -1) if t is not None else -1 for t in territory], dtype=np.int64)
        rows = []
        for field, values in measures.items():
            values = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
            totals = np.bincount(where[where >= 0], weights=values[where >= 0], minlength=len(names))
            rows.append(self._row(field, totals, tolerance, (recorded or {}).get(field)))
        workload = card["total_hours"].to_numpy(dtype=float)
        rows.append(self._row(self.tr("workload (total hours)"), workload, tolerance, workload_recorded))
        frame = pd.DataFrame(rows, columns=["measure", "largest", "cv", "within", "recorded"])
        headers = {
            "measure": self.tr("Measure"),
            "largest": self.tr("Largest deviation"),
            "cv": self.tr("Coefficient of variation"),
            "within": self.tr("Territories within the tolerance"),
            "recorded": self.tr("Design log"),
        }
        kinds = {"measure": "text", "largest": "percent2", "cv": "float3", "within": "text", "recorded": "percent2"}
        outside = (frame["largest"] > tolerance * 100 + 1e-9).tolist()
        note = self.tr(
            "Each measure the design balanced, totalled over each territory's units, and the workload the scorecard "
            "counts (calls and travel). Deviation = (total - mean) / mean; the design log's figure is beside it."
        )
        cards = [
            (f"{frame['largest'].iloc[-1]:.1f}%", self.tr("largest deviation of the workload"), ""),
        ]
        return (
            cards_html(cards)
            + f'<p class="note">{escape(note)}</p>'
            + table_html(frame, headers, kinds, "balance", outside)
        )

    def _row(self, label: str, totals: np.ndarray, tolerance: float, recorded: float | None = None) -> list:
        dev = deviations(totals) if len(totals) else np.zeros(0)
        within = int((np.abs(dev) <= tolerance + 1e-9).sum())
        return [
            label,
            float(max_abs_deviation(dev)) * 100.0,
            float(coefficient_of_variation(totals)) if len(totals) else 0.0,
            self.tr("{within} of {k}").format(within=within, k=len(totals)),
            np.nan if recorded is None else float(recorded),
        ]
