"""Horizontal bar charts as inline SVG, with the tolerance band around the mean."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

import numpy as np

ROW = 26  # pixels per territory
LEFT = 170  # room for the territory names
RIGHT = 70  # room for the value labels
TOP = 34
BOTTOM = 34


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 x 10^n) that cuts ``span`` into about ``ticks`` parts."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def bar_chart(
    names: Sequence[str],
    stacks: Sequence[tuple[str, str, np.ndarray]],
    band: tuple[float, float] | None = None,
    lines: Sequence[tuple[float, str, str]] = (),
    value_format: str = "{:,.0f}",
    width: int = 760,
    title: str = "",
    band_label: str = "",
) -> str:
    """SVG of one horizontal bar per territory, its parts stacked.

    ``stacks``: (legend label, colour, values) per part. ``band``: (low, high) shaded
    behind the bars. ``lines``: (x, colour, label) vertical reference lines.
    """
    k = len(names)
    totals = np.sum([np.asarray(v, dtype=float) for _, _, v in stacks], axis=0) if stacks else np.zeros(k)
    top_value = max([float(totals.max()) if k else 0.0, *(x for x, _, _ in lines), band[1] if band else 0.0, 1e-9])
    step = nice_step(top_value)
    axis_max = step * math.ceil(top_value / step)
    plot = width - LEFT - RIGHT
    height = TOP + ROW * k + BOTTOM

    def x(value: float) -> float:
        return LEFT + plot * max(value, 0.0) / axis_max

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" font-family="sans-serif" font-size="12">'
    ]
    if band:
        low, high = band
        parts.append(
            f'<rect x="{x(low):.1f}" y="{TOP - 4}" width="{max(x(high) - x(low), 0.5):.1f}" height="{ROW * k + 8}" '
            f'fill="#59a14f" fill-opacity="0.16"><title>{escape(band_label)}</title></rect>'
        )
    tick = 0.0
    while tick <= axis_max + step / 2:
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{TOP - 4}" y2="{TOP + ROW * k}" stroke="#ddd"/>'
            f'<text x="{x(tick):.1f}" y="{TOP + ROW * k + 16}" text-anchor="middle" fill="#555">'
            f"{escape(value_format.format(tick))}</text>"
        )
        tick += step
    for row, name in enumerate(names):
        y = TOP + row * ROW
        parts.append(f'<text x="{LEFT - 8}" y="{y + ROW / 2 + 4:.1f}" text-anchor="end">{escape(str(name))}</text>')
        start = 0.0
        for label, colour, values in stacks:
            value = float(values[row])
            if value > 0:
                parts.append(
                    f'<rect x="{x(start):.1f}" y="{y + 4}" width="{x(start + value) - x(start):.1f}" '
                    f'height="{ROW - 8}" fill="{colour}"><title>{escape(str(name))}: {escape(label)} '
                    f"{escape(value_format.format(value))}</title></rect>"
                )
            start += value
        parts.append(
            f'<text x="{x(start) + 4:.1f}" y="{y + ROW / 2 + 4:.1f}" fill="#333">'
            f"{escape(value_format.format(float(totals[row])))}</text>"
        )
    for value, colour, label in lines:
        parts.append(
            f'<line x1="{x(value):.1f}" x2="{x(value):.1f}" y1="{TOP - 8}" y2="{TOP + ROW * k + 4}" '
            f'stroke="{colour}" stroke-width="1.5" stroke-dasharray="5,3"><title>{escape(label)}</title></line>'
        )
    # legend along the top
    legend_x = LEFT
    entries = [(label, colour, "rect") for label, colour, _ in stacks if len(stacks) > 1]
    if band:
        entries.append((band_label, "#59a14f", "band"))
    entries += [(label, colour, "line") for _, colour, label in lines]
    for label, colour, kind in entries:
        if kind == "line":
            parts.append(
                f'<line x1="{legend_x}" x2="{legend_x + 14}" y1="14" y2="14" stroke="{colour}" stroke-width="1.5" '
                f'stroke-dasharray="5,3"/>'
            )
        else:
            opacity = ' fill-opacity="0.3"' if kind == "band" else ""
            parts.append(f'<rect x="{legend_x}" y="8" width="14" height="12" fill="{colour}"{opacity}/>')
        parts.append(f'<text x="{legend_x + 18}" y="18">{escape(label)}</text>')
        legend_x += 40 + 7.5 * len(label)
    parts.append("</svg>")
    return "".join(parts)
