"""Turn the engine's structured reasons into translated sentences that name units and territories."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from qgis.PyQt.QtCore import QCoreApplication

from territory_plugin.core.reasons import Reason, ReasonKind

MAX_PER_KIND = 5  # a hundred heavy units would bury the message


class Diagnostics:
    """The translation context of the sentences below (see CONTRIBUTING.md, Translations)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Diagnostics", text)


def describe_reason(
    reason: Reason, unit_labels: Sequence[str], names: Sequence[str], measures: Sequence[str], moved: str = ""
) -> str:
    """One sentence for a reason; ``moved`` names the field disruption is counted in."""
    d = reason.data

    def unit(key: str = "unit") -> str:
        return unit_labels[d[key]]

    def territory(key: str = "territory") -> str:
        return names[d[key]] if 0 <= d[key] < len(names) else str(d[key])

    def measure() -> str:
        return measures[d["measure"]] if d.get("measure", 0) < len(measures) else str(d.get("measure"))

    kind = reason.kind
    if kind == ReasonKind.UNIT_TOO_HEAVY:
        return Diagnostics.tr(
            "{unit} alone has {weight:,.6g} of '{measure}', {excess:.1f}% above the most one territory may hold "
            "({cap:,.6g} = mean x (1 + tolerance)). Raise the tolerance, use fewer territories, or split that unit."
        ).format(unit=unit(), weight=d["weight"], measure=measure(), excess=d["excess_pct"], cap=d["cap"])
    if kind == ReasonKind.LOCKED_OVERLOAD:
        return Diagnostics.tr(
            "The locked units of territory {territory} total {total:,.6g} of '{measure}', {excess:.1f}% above the "
            "most one territory may hold ({cap:,.6g}). Unlock some of them or raise the tolerance."
        ).format(
            territory=territory(), total=d["locked_total"], measure=measure(), excess=d["excess_pct"], cap=d["cap"]
        )
    if kind == ReasonKind.SEED_CONFLICT:
        if d["conflict"] == "duplicate":
            return Diagnostics.tr("The seeds of {a} and {b} lie in the same unit {unit}; move one of them.").format(
                a=names[d["other"]], b=territory(), unit=unit()
            )
        if d["conflict"] == "locked_elsewhere":
            return Diagnostics.tr(
                "The seed of {territory} lies in {unit}, which is locked to territory {other}."
            ).format(territory=territory(), unit=unit(), other=names[d["other"]])
        return Diagnostics.tr("The seed of {territory} lies outside the units.").format(territory=territory())
    if kind == ReasonKind.TOO_MANY_TERRITORIES:
        if "filled" in d:
            return Diagnostics.tr(
                "{k} territories were asked for from {n} units, but only {filled} of them could get a unit: units "
                "tied together (locked, seeded or joined to their piece of the map) move together. Ask for fewer "
                "territories."
            ).format(k=d["k"], n=d["n"], filled=d["filled"])
        return Diagnostics.tr("{k} territories were asked for, but there are only {n} units.").format(
            k=d["k"], n=d["n"]
        )
    if kind == ReasonKind.DISCONNECTED_COMPONENT:
        return Diagnostics.tr(
            "A separate piece of the map of {units} units (including {unit}) cannot hold a whole number of "
            "balanced territories. Join it to the rest with a bridge or raise the tolerance."
        ).format(units=d["units"], unit=unit("example_unit"))
    if kind == ReasonKind.TERRITORY_COUNT:
        return Diagnostics.tr(
            "The separate pieces of the map need between {low} and {high} territories in all; {k} were asked for."
        ).format(low=d["min_territories"], high=d["max_territories"], k=d["k"])
    if kind == ReasonKind.LOCKED_DISCONNECTED:
        return Diagnostics.tr(
            "The locked units of territory {territory} cannot be joined into one contiguous piece."
        ).format(territory=territory())
    if kind == ReasonKind.BALANCE_NOT_REACHED:
        return Diagnostics.tr(
            "The best plan found is {dev:.2f}% off the mean on '{measure}' (territory {territory}); the tolerance "
            "is {tol:.2f}%."
        ).format(dev=100 * d["max_deviation"], measure=measure(), territory=territory(), tol=100 * d["tolerance"])
    if kind == ReasonKind.UNIT_UNBALANCEABLE:
        return Diagnostics.tr(
            "{unit} weighs {share:.1f}% of a mean territory, and every contiguous territory that contains it ends "
            "{below:+.1f}% or {above:+.1f}% from the mean: outside the tolerance. Raise the tolerance or split that "
            "unit."
        ).format(unit=unit(), share=100 * d["weight"] / d["mean"], below=d["best_below_pct"], above=d["best_above_pct"])
    if kind == ReasonKind.REGION_UNBALANCEABLE:
        return Diagnostics.tr(
            "No contiguous plan is within the tolerance of {tol:.2f}% around {units}, where {count} "
            "neighbouring units each weigh {share:.0f}% of a mean territory or more: every plan is at least "
            "{floor:.2f}% off the mean there (proven over every way to cut that area). Raise the tolerance to at "
            "least that, use another number of territories, or split those units."
        ).format(
            units=", ".join(unit_labels[u] for u in d["units"]),
            count=d["region_units"],
            share=100 * d["share"],
            tol=100 * d["tolerance"],
            floor=100 * d["floor"],
        )
    if kind == ReasonKind.SEED_ENCLOSED:
        return Diagnostics.tr(
            "The seed of {territory} lies in {unit}, walled in by other seeds: no balanced territory can grow "
            "around it, so that unit goes to {holder} and {territory} grows beside it."
        ).format(territory=territory(), unit=unit(), holder=names[d["holder"]])
    if kind == ReasonKind.DISRUPTION_OVER_BUDGET:
        field = moved or (measures[0] if measures else "")
        if d["needed"] is not None:
            need = Diagnostics.tr(
                "Balancing within {tol:.2f}% moves {needed:.2f}% of '{field}' (moving units only between "
                "touching territories, at least {bound:.2f}%), more than the budget of {budget:.2f}%: a budget "
                "of {needed:.2f}% works."
            )
        else:
            need = Diagnostics.tr(
                "Balancing within {tol:.2f}% was not reached (moving units only between touching territories needs "
                "at least {bound:.2f}% of '{field}'); the budget is {budget:.2f}%."
            )
        text = need.format(
            tol=100 * d["tolerance"],
            needed=100 * (d["needed"] or 0.0),
            field=field,
            bound=100 * d["lower_bound"],
            budget=100 * d["budget"],
        )
        if d["best_tolerance"] is not None:
            text += " " + Diagnostics.tr("Within the budget, the best plan found is {best:.2f}% off the mean.").format(
                best=100 * d["best_tolerance"]
            )
        elif d.get("least") is not None:
            # nothing within the budget: say what any plan must move, and why
            text += " " + Diagnostics.tr(
                "No plan within the budget was found: even keeping today's balance moves {least:.2f}% of '{field}'."
            ).format(least=100 * d["least"], field=field)
            if d.get("split_territories"):
                text += " " + Diagnostics.tr(
                    "{n} of today's territories are in several pieces, and every plan joins them up."
                ).format(n=d["split_territories"])
            if d.get("unassigned_units"):
                text += " " + Diagnostics.tr(
                    "{n} units have no territory today, and every plan gives them one."
                ).format(n=d["unassigned_units"])
        return text
    if kind == ReasonKind.NOT_CONTIGUOUS:
        return Diagnostics.tr("Territory {territory} is in {pieces} pieces.").format(
            territory=territory(), pieces=d["pieces"]
        )
    return reason.message


def describe_reasons(
    reasons: Sequence[Reason],
    unit_labels: Sequence[str],
    names: Sequence[str],
    measures: Sequence[str],
    moved: str = "",
) -> str:
    """One line per reason, at most MAX_PER_KIND of each kind."""
    lines, shown = [], Counter()
    totals = Counter(reason.kind for reason in reasons)
    for reason in reasons:
        shown[reason.kind] += 1
        if shown[reason.kind] <= MAX_PER_KIND:
            lines.append("- " + describe_reason(reason, unit_labels, names, measures, moved))
        elif shown[reason.kind] == totals[reason.kind]:
            lines.append(
                "- "
                + Diagnostics.tr("... and {count} more like this.").format(count=totals[reason.kind] - MAX_PER_KIND)
            )
    return "\n".join(lines)
