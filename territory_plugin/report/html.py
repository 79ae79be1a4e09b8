"""HTML pieces of the report: one file, inline CSS and JavaScript, nothing fetched from the network."""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping, Sequence
from html import escape

import pandas as pd

CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;
color:#222;padding:0 1em;line-height:1.4}
h1{margin-bottom:.1em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.sub{color:#666;margin-top:0}.cards{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:140px}
.card b{display:block;font-size:1.5em}.card span{color:#666;font-size:.9em}
.ok{color:#2e7d32}.warn{color:#c62828}
table{border-collapse:collapse;width:100%;font-size:.85em}th,td{padding:.3em .45em;border-bottom:1px solid #eee}
th{background:#f5f5f5;text-align:left;vertical-align:bottom;cursor:pointer;user-select:none}
td{white-space:nowrap}i.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border:1px solid #999;
vertical-align:-.05em}
th.sorted-asc:after{content:' \\25B2'}th.sorted-desc:after{content:' \\25BC'}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.out td{background:#fff4f4}
img.map{display:block;margin:auto;max-width:100%;border:1px solid #ddd}
.scroll{overflow-x:auto}.note{color:#555;font-size:.9em}.headline{font-size:1.15em;line-height:1.5}
@media print{th{cursor:auto}}
"""

# Click a header to sort by it; numbers sort by the raw value kept in data-v.
SORT_JS = """
(function(){
  var each = function(list, f){ Array.prototype.forEach.call(list, f); };
  each(document.querySelectorAll('table.sortable'), function(table){
    var heads = table.tHead.rows[0].cells;
    each(heads, function(th, col){
      th.addEventListener('click', function(){
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var asc = th.className !== 'sorted-asc';
        each(heads, function(h){ h.className = ''; });
        th.className = asc ? 'sorted-asc' : 'sorted-desc';
        rows.sort(function(a, b){
          var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : String(x).localeCompare(String(y));
          return asc ? c : -c;
        });
        each(rows, function(r){ body.appendChild(r); });
      });
    });
  });
})();
"""


def fmt(value: object, kind: str) -> str:
    """Display text of a value: ``int``, ``float1``, ``float2``, ``float3``, ``pct`` (a fraction), ``percent``
    (a value in percent), ``percent2`` (the same to 0.01, as the design log prints deviations), ``pct_value``
    (a signed change in percent), ``text``."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if kind == "int":
        return f"{float(value):,.0f}"
    if kind == "float1":
        return f"{float(value):,.1f}"
    if kind == "float2":
        return f"{float(value):,.2f}"
    if kind == "float3":
        return f"{float(value):,.3f}"
    if kind == "pct":
        return f"{float(value) * 100:,.1f}%"
    if kind == "percent":
        return f"{float(value):,.1f}%"
    if kind == "percent2":
        return f"{float(value):,.2f}%"
    if kind == "pct_value":
        return f"{float(value):+,.1f}%"
    if isinstance(value, float):  # a number no column kind was given for: no 5.000000
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def table_html(
    frame: pd.DataFrame,
    headers: Mapping[str, str],
    kinds: Mapping[str, str],
    table_id: str,
    highlight: Sequence[bool] | None = None,
    swatches: Mapping[str, str] | None = None,
) -> str:
    """A sortable table of ``frame``'s columns (named by ``headers``, formatted by ``kinds``).

    ``swatches``: the map colour of each territory, shown before its name in a ``territory`` column.
    """
    head = "".join(f"<th>{escape(headers.get(c, c))}</th>" for c in frame.columns)
    rows = []
    for i, record in enumerate(frame.itertuples(index=False)):
        cells = []
        for column, value in zip(frame.columns, record):
            kind = kinds.get(column, "text")
            raw = "" if value is None or (isinstance(value, float) and not math.isfinite(value)) else value
            css = ' class="num"' if kind != "text" else ""
            swatch = ""
            if swatches and column == "territory" and str(value) in swatches:
                swatch = f'<i class="swatch" style="background:{escape(swatches[str(value)])}"></i>'
            cells.append(f'<td{css} data-v="{escape(str(raw))}">{swatch}{escape(fmt(value, kind))}</td>')
        css = ' class="out"' if highlight is not None and highlight[i] else ""
        rows.append(f"<tr{css}>{''.join(cells)}</tr>")
    return (
        f'<div class="scroll"><table class="sortable" id="{escape(table_id)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def cards_html(cards: Sequence[tuple[str, str, str]]) -> str:
    """Headline numbers: (value, label, css class)."""
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card"><b class="{escape(css)}">{escape(value)}</b><span>{escape(label)}</span></div>'
            for value, label, css in cards
        )
        + "</div>"
    )


def image_html(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img class="map" alt="{escape(alt)}" src="data:image/png;base64,{data}"/>'


def page(title: str, subtitle: str, sections: Sequence[tuple[str, str]], language: str = "en") -> str:
    """The whole document; ``sections`` are (heading, HTML body) pairs, bodies already escaped."""
    body = "".join(
        (f"<h2>{escape(heading)}</h2>" if heading else "") + f"<section>{content}</section>"
        for heading, content in sections
    )
    return (
        f'<!DOCTYPE html><html lang="{escape(language)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f'<h1>{escape(title)}</h1><p class="sub">{escape(subtitle)}</p>{body}'
        f"<script>{SORT_JS}</script></body></html>"
    )
