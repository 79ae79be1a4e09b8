"""Which field of a layer most likely holds a given thing (a postal code, a territory, potential...).

One home for the names a CRM export or a zip-code layer gives its columns, in English, French,
German and Spanish. The Processing dialogs preselect what this guesses, and errors suggest it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum


class FieldKind(str, Enum):
    ZIP = "zip"
    TERRITORY = "territory"
    POTENTIAL = "potential"
    SALES = "sales"
    SEGMENT = "segment"
    REP_NAME = "rep_name"
    LOCK = "lock"
    SKILL = "skill"
    CALLS = "calls"
    MINUTES = "minutes"
    WORKLOAD = "workload"
    ACCOUNT_ID = "account_id"


@dataclass(frozen=True)
class _Pattern:
    exact: str  # a whole (normalised) name, best
    partial: str  # a part of the name, next best
    numeric: bool = False  # only number fields qualify


# Names are normalised first: accents dropped, lower case, runs of other characters -> "_".
_PATTERNS = {
    FieldKind.ZIP: _Pattern(
        r"zip|zip_?code|zip5|zcta5?(_?ce\d\d)?|post(al)?_?code|postal|postcode|code_?postal|cp|plz|postleitzahl"
        r"|codigo_?postal|cod_?postal|c_?postal",
        r"zip|postal|post_?code|postleitzahl|plz|zcta|code_?post|cod(igo)?_?post",
    ),
    FieldKind.TERRITORY: _Pattern(
        r"territory(_?(id|name|code))?|current_?territory|territoire|secteur|gebiet|vertriebsgebiet|territorio"
        r"|district|owner|account_?owner",
        r"territor|gebiet|secteur|owner|proprietaire|district",
    ),
    FieldKind.POTENTIAL: _Pattern(r"(sum_)?(potential|potentiel|potenzial|potencial)", r"potent|potenc", True),
    FieldKind.SALES: _Pattern(
        r"(sum_)?(sales(_last_year)?|last_year_sales|ventes|umsatz|ventas|revenue|chiffre_d?_?affaires|ca)",
        r"sales|umsatz|vente|venta|revenue|chiffre",
        True,
    ),
    FieldKind.SEGMENT: _Pattern(
        r"segment|tier|class|classe|klasse|clase|category|categorie|kategorie|categoria|abc",
        r"segment|tier|klasse|classe|categor|kategor",
    ),
    FieldKind.REP_NAME: _Pattern(
        r"rep(_?name)?|name|nom|nombre|sales_?rep|vertreter|commercial|vendedor|territory",
        r"rep_?name|name|nom|rep",
    ),
    FieldKind.LOCK: _Pattern(
        r"lock(ed)?|verrou(ille)?|gesperrt|fixed|fixe|fijo|bloqueado", r"lock|verrou|gesperr|bloque"
    ),
    FieldKind.SKILL: _Pattern(r"skills?|competences?|kompetenz|especialidad", r"skill|competen|kompetenz|especial"),
    FieldKind.CALLS: _Pattern(r"calls(_per_year)?|visits|visites|besuche|visitas", r"calls|visit|besuch", True),
    FieldKind.MINUTES: _Pattern(
        r"minutes(_per_call)?|duration|duree|dauer|duracion", r"minute|duration|duree|dauer|duracion", True
    ),
    FieldKind.WORKLOAD: _Pattern(
        r"(sum_)?(workload|call_hours|total_hours|hours|heures|stunden|horas|charge)",
        r"workload|call_hours|hours|heures|stunden|horas",
        True,
    ),
    FieldKind.ACCOUNT_ID: _Pattern(
        r"(account|customer|client)_?(id|number|no|nr)|id_?(client|compte|cliente)|kunden_?(nummer|nr|id)|id",
        r"(account|customer|client|kunden)_?(id|number|nummer|nr)|id_?(client|cliente)",
    ),
}


def normalise_name(name: str) -> str:
    """``"Billing Zip/Postal Code"`` -> ``"billing_zip_postal_code"``; ``"Código"`` -> ``"codigo"``."""
    plain = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


def guess_field(names: Sequence[str], kind: FieldKind | str, numeric: Sequence[bool] | None = None) -> str | None:
    """The name in ``names`` that most likely holds ``kind``, or None when none looks like it.

    A whole-name match beats a partial one; among equals the earlier field wins. ``numeric``
    (parallel to ``names``) rules out text fields for measures such as potential.
    """
    pattern = _PATTERNS[FieldKind(kind)]
    exact, partial = re.compile(rf"(?:{pattern.exact})"), re.compile(pattern.partial)
    best: tuple[int, int] | None = None
    for position, name in enumerate(names):
        if pattern.numeric and numeric is not None and not numeric[position]:
            continue
        key = normalise_name(name)
        if exact.fullmatch(key):
            rank = 0
        elif partial.search(key):
            rank = 1
        else:
            continue
        if best is None or (rank, position) < best:
            best = (rank, position)
    return None if best is None else names[best[1]]


def sample_values(values: Iterable, count: int = 5) -> list[str]:
    """Up to ``count`` distinct non-blank values as text, in the order met: what a user recognises."""
    seen: dict[str, None] = {}
    for value in values:
        if value is None:
            continue
        text = str(value).strip()
        if text and text.lower() not in ("nan", "null") and text not in seen:
            seen[text] = None
            if len(seen) == count:
                break
    return list(seen)
