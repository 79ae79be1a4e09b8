"""The sections of the territory report, as HTML: headline numbers, charts, tables, what changed.

Pure Python (no qgis import). Balance numbers come from :mod:`territory_plugin.core.metrics`,
so the report says what the scorecard and the design say. Labels go through ``tr``, which
the Processing algorithm binds to QGIS's translator (context ``ReportSections``); without
one the report is in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from html import escape

import numpy as np
import pandas as pd

from territory_plugin.core.alignment import ordered_names
from territory_plugin.core.metrics import coefficient_of_variation, deviations, disruption, max_abs_deviation
from territory_plugin.report.charts import bar_chart
from territory_plugin.report.html import cards_html, table_html

# A BCP 47 language tag as a translator would write it (fr, de, pt-BR): anything else is not one.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
COLOURS = {"call": "#4e79a7", "travel": "#f28e2b", "admin": "#bab0ac", "util": "#76b7b2", "over": "#e15759"}


class ReportSections:
    """Builds each section from the scorecard (numbers, one row per territory) and the other tables."""

    def __init__(
        self, translate: Callable[[str, str], str] | None = None, colours: Mapping[str, str] | None = None
    ) -> None:
        self._translate = translate or (lambda context, text: text)
        self.colours = dict(colours or {})  # each territory's map colour, shown beside its name in the tables

    def tr(self, text: str) -> str:
        return self._translate("ReportSections", text)

    def language(self) -> str:
        """The language the labels are in, for the page's lang attribute.

        Each catalogue translates this code into its own language's, so the page says the language its
        strings are in: English where a catalogue has no translation yet (or there is none)."""
        code = self.tr("en").strip()
        return code if LANGUAGE_TAG.fullmatch(code) else "en"

    def summary(self, card: pd.DataFrame, tolerance: float) -> str:
        """Headline cards: territories, accounts, hours, balance of total hours, utilisation."""
        total = card["total_hours"].to_numpy(dtype=float)
        k = len(total)
        dev = deviations(total) if k else np.zeros(0)
        largest = float(max_abs_deviation(dev))
        within = int((np.abs(dev) <= tolerance + 1e-12).sum())
        cv = float(coefficient_of_variation(total)) if k else 0.0
        accounts = float(card["accounts"].sum()) if "accounts" in card.columns else float("nan")
        util = card["utilisation_pct"].to_numpy(dtype=float)
        over = int((util > 100.0 + 1e-9).sum())
        cards = [
            (f"{k}", self.tr("territories"), ""),
            (f"{accounts:,.0f}", self.tr("accounts"), ""),
            (f"{total.sum():,.0f}", self.tr("hours a year in all"), ""),
            (
                f"{largest * 100:.1f}%",
                self.tr("largest deviation of total hours"),
                "ok" if largest <= tolerance else "warn",
            ),
            (f"{cv:.3f}", self.tr("coefficient of variation"), ""),
            (
                self.tr("{within} of {k}").format(within=within, k=k),
                self.tr("territories within ±{tol:g}% of the mean").format(tol=tolerance * 100),
                "ok" if within == k else "warn",
            ),
            (f"{util.mean() if k else 0:.0f}%", self.tr("mean utilisation"), ""),
            (f"{over}", self.tr("reps over capacity"), "warn" if over else "ok"),
        ]
        return cards_html(cards)

    def workload_chart(self, card: pd.DataFrame, tolerance: float) -> str:
        total = card["total_hours"].to_numpy(dtype=float)
        mean = float(total.mean()) if len(total) else 0.0
        stacks = [
            (self.tr("call hours"), COLOURS["call"], card["call_hours"].to_numpy(dtype=float)),
            (self.tr("travel hours"), COLOURS["travel"], card["travel_hours"].to_numpy(dtype=float)),
        ]
        if "admin_hours" in card.columns and card["admin_hours"].sum() > 0:
            stacks.append((self.tr("admin hours"), COLOURS["admin"], card["admin_hours"].to_numpy(dtype=float)))
        return bar_chart(
            card["territory"].tolist(),
            stacks,
            band=(mean * (1 - tolerance), mean * (1 + tolerance)),
            lines=[(mean, "#333333", self.tr("mean {value:,.0f} h").format(value=mean))],
            title=self.tr("Workload per territory"),
            band_label=self.tr("mean ±{tol:g}%").format(tol=tolerance * 100),
        )

    def utilisation_chart(self, card: pd.DataFrame, tolerance: float) -> str:
        util = card["utilisation_pct"].to_numpy(dtype=float)
        mean = float(util.mean()) if len(util) else 0.0
        over = util > 100.0
        return bar_chart(
            card["territory"].tolist(),
            [
                (self.tr("within capacity"), COLOURS["util"], np.where(over, 0.0, util)),
                (self.tr("over capacity"), COLOURS["over"], np.where(over, util, 0.0)),
            ],
            band=(mean * (1 - tolerance), mean * (1 + tolerance)),
            lines=[(100.0, "#c62828", self.tr("capacity (100%)"))],
            value_format="{:,.0f}%",
            title=self.tr("Utilisation per territory"),
            band_label=self.tr("mean ±{tol:g}%").format(tol=tolerance * 100),
        )

    def scorecard_table(self, card: pd.DataFrame, tolerance: float) -> str:
        headers = {
            "territory": self.tr("Territory"),
            "accounts": self.tr("Accounts"),
            "call_hours": self.tr("Call h"),
            "travel_hours": self.tr("Travel h"),
            "admin_hours": self.tr("Admin h"),
            "total_hours": self.tr("Total h"),
            "calls": self.tr("Calls"),
            "field_days": self.tr("Field days"),
            "calls_per_day": self.tr("Calls a day"),
            "utilisation_pct": self.tr("Utilisation"),
            "index": self.tr("Index"),
            "deviation_pct": self.tr("Deviation"),
            "flag": self.tr("Flag"),
        }
        kinds = {c: "float1" for c in card.columns if c != "territory"}
        kinds.update(
            {
                "accounts": "int",
                "calls": "int",
                "field_days": "int",
                "utilisation_pct": "percent",
                "index": "float2",
                "deviation_pct": "pct_value",
                "flag": "text",
            }
        )
        for column in card.columns:
            if column.startswith("sum_"):
                headers[column] = column[4:]
                kinds[column] = "int"
        outside = (card["deviation_pct"].abs() > tolerance * 100 + 1e-9).tolist() if "deviation_pct" in card else None
        note = self.tr("Click a column to sort. Rows outside the tolerance band are shaded.")
        return f'<p class="note">{escape(note)}</p>' + table_html(
            card, headers, kinds, "scorecard", outside, self.colours
        )

    def quota_table(self, quotas: pd.DataFrame) -> str:
        headers = {
            "territory": self.tr("Territory"),
            "potential": self.tr("Potential"),
            "sales": self.tr("Last year's sales"),
            "potential_share": self.tr("Potential share"),
            "sales_share": self.tr("Sales share"),
            "quota": self.tr("Quota"),
            "quota_share": self.tr("Quota share"),
            "quota_to_potential": self.tr("Quota / potential"),
            "fairness_index": self.tr("Fairness index"),
            "growth_pct": self.tr("Growth vs sales"),
            "flag": self.tr("Flag"),
        }
        kinds = {c: "float2" for c in quotas.columns if c not in ("territory", "flag")}
        kinds.update(
            {
                "potential": "int",
                "sales": "int",
                "quota": "int",
                "potential_share": "pct",
                "sales_share": "pct",
                "quota_share": "pct",
                "quota_to_potential": "float2",
                "growth_pct": "pct_value",
                "flag": "text",
            }
        )
        flagged = [str(f).strip() != "" for f in quotas.get("flag", [""] * len(quotas))]
        note = self.tr(
            "Fairness index = (quota / potential) / (goal / total potential): 1 is average; shaded rows are flagged."
        )
        return f'<p class="note">{escape(note)}</p>' + table_html(
            quotas, headers, kinds, "quotas", flagged, self.colours
        )

    def changes(
        self,
        new: Sequence[str | None],
        old: Sequence[str | None],
        measures: Mapping[str, np.ndarray],
        design: Mapping[str, object] | None = None,
    ) -> str:
        """Units (and the share of each measure) whose territory differs from the existing one, and the flows.

        ``design``: the settings the design recorded; from a realignment they hold its disruption
        budget, what it moved and the lower bound (see processing/realignment.py), shown first.
        """
        names = ordered_names([*new, *old])
        index = {name: i for i, name in enumerate(names)}
        labels = np.array([index.get(t, -1) if t is not None else -1 for t in new], dtype=np.int64)
        existing = np.array([index.get(t, -1) if t is not None else -1 for t in old], dtype=np.int64)
        fields = list(measures)
        weights = np.column_stack([measures[f] for f in fields]) if fields else None
        moved = disruption(labels, existing, weights)
        changed = moved["changed"]
        cards = [
            (f"{int(changed.sum()):,}", self.tr("units changed territory"), ""),
            (f"{moved['units'] * 100:.1f}%", self.tr("of the units with an existing territory"), ""),
        ]
        for f, share in zip(fields, moved.get("weights", [])):
            cards.append((f"{share * 100:.1f}%", self.tr("of {field} moved").format(field=f), ""))
        cards = self._realignment_cards(design or {}) + cards
        if not changed.any():
            return cards_html(cards) + "<p>" + escape(self.tr("No unit changed territory.")) + "</p>"
        frame = pd.DataFrame({"from": np.array(old, dtype=object)[changed], "to": np.array(new, dtype=object)[changed]})
        frame["units"] = 1
        for f in fields:
            frame[f] = measures[f][changed]
        flows = frame.groupby(["from", "to"], as_index=False).sum().sort_values("units", ascending=False)
        headers = {"from": self.tr("From"), "to": self.tr("To"), "units": self.tr("Units")}
        kinds = {"units": "int", **{f: "float1" for f in fields}}
        return cards_html(cards) + table_html(flows, headers, kinds, "changes")

    def _realignment_cards(self, design: Mapping[str, object]) -> list[tuple[str, str, str]]:
        """The realignment's budget, what it moved and the lower bound (moves between touching territories)."""
        if design.get("disruption_pct") is None:
            return []
        field = str(design.get("disruption_field") or "")
        budget, bound = design.get("max_disruption_pct"), design.get("disruption_lower_bound_pct")
        cards = [
            (
                self.tr("none") if budget is None else f"{float(budget):.2f}%",
                self.tr("disruption budget ({field})").format(field=field),
                "",
            ),
            (
                f"{float(design['disruption_pct']):.2f}%",
                self.tr("of {field} moved by the plan").format(field=field),
                "",
            ),
        ]
        if bound is not None:
            cards.append(
                (
                    f"{float(bound):.2f}%",
                    self.tr("the least a plan moving units between touching territories had to move"),
                    "",
                )
            )
        return cards

    def definitions(self) -> str:
        items = [
            self.tr("Call hours of an account = calls per year x minutes per call / 60."),
            self.tr(
                "Travel hours, as day tours of c calls a day: calls per year x (2 x distance(account, base) / c + "
                "hop) x circuity / speed, where hop = 0.7124 x square root(area / called accounts) of the "
                "territory; the base is the rep's home, else the territory's workload-weighted centre; distances "
                "and areas on the WGS84 ellipsoid."
            ),
            self.tr(
                "Total hours = call + travel + admin hours. Utilisation = total hours / rep capacity. Field days = "
                "calls / calls per day."
            ),
            self.tr(
                "Index = total hours / mean of all territories. Deviation = (total - mean) / mean. Coefficient of "
                "variation = standard deviation / mean of total hours."
            ),
        ]
        return '<ul class="note">' + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
