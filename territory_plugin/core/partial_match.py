"""When too few accounts found their zip code area: the numbers and likely causes of a partial match.

"Aggregate accounts by zip code" and "Score workload" match accounts to areas by code; none
matched is an error (``TerritoryAlgorithm.require_matches``). A few matched is worse: the run
succeeds with totals that look plausible but leave most accounts out. This decides when a
match is partial and gathers what the warning shows; the Processing shell words it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np
import pandas as pd

from territory_plugin.core.aggregate import UnmatchedReason
from territory_plugin.core.fieldguess import FieldKind, guess_field

# Warn below 80% of the accounts, or of a weight they carry (call hours, potential). With the right
# fields a CRM export matches 90-99% (the shipped sample, messy on purpose with blanks, junk and PO
# boxes, matches 95.8%); the mistakes this is for land far lower: a revenue field taken for the zip
# code matches 0.7% of the sample, the areas of one New England state 6-41%. Below 80% more than one
# account in five is missing from every total, more than any balance tolerance (2-5%) can absorb.
PARTIAL_MATCH_SHARE = 0.8
# An unmatched reason behind at least this share of the unmatched accounts is named as a cause.
CAUSE_SHARE = 0.25


class Cause(IntEnum):
    """Why most accounts matched no area, in the order the warning names them."""

    OTHER_ACCOUNT_FIELD = 0  # another field of the accounts looks like their postal code
    OTHER_AREA_FIELD = 1  # another field of the areas looks like their postal code
    NOT_CODES = 2  # many values are no postal code in the chosen format (another field, another country)
    BLANK = 3  # the field is empty for many accounts
    NO_AREA = 4  # valid codes that no area has: areas of another region, or codes of another country


_CAUSE_OF_REASON = {
    UnmatchedReason.INVALID: Cause.NOT_CODES,
    UnmatchedReason.BLANK: Cause.BLANK,
    UnmatchedReason.NO_UNIT: Cause.NO_AREA,
}


@dataclass(frozen=True)
class PartialMatch:
    """A match worth a warning: how many matched, which weights were lost, what the rest hold."""

    total: int
    matched: int
    unmatched_by_reason: Mapping[UnmatchedReason, int]
    weight_shares: Mapping[str, float]  # name -> matched share of its total, for weights with a total
    frequent_unmatched: Sequence[tuple[str, int]]  # the most frequent non-blank unmatched values, with counts
    causes: Sequence[Cause]
    likely_account_field: str | None = None
    likely_area_field: str | None = None
    weights_below: Sequence[str] = field(default_factory=tuple)  # the weights below the threshold

    @property
    def share(self) -> float:
        return self.matched / self.total


def partial_match(
    unit_of_account: np.ndarray,
    reason: np.ndarray,
    values: Sequence,
    weights: Mapping[str, np.ndarray] | None = None,
    account_fields: Sequence[str] = (),
    account_field: str = "",
    area_fields: Sequence[str] = (),
    area_field: str = "",
    threshold: float = PARTIAL_MATCH_SHARE,
    samples: int = 5,
) -> PartialMatch | None:
    """The partial match to warn about, or None: enough matched (or none, which is an error elsewhere).

    ``unit_of_account`` is each account's area (-1: none, after any placing by location), ``reason``
    the ``UnmatchedReason`` of its code, ``values`` the codes as the accounts hold them. ``weights``
    are per-account amounts (call hours, potential) whose matched share must also reach ``threshold``.
    The field names let a likely other field be named as the first cause.
    """
    matched_rows = np.asarray(unit_of_account) >= 0
    total, matched = len(matched_rows), int(matched_rows.sum())
    if total == 0 or matched == 0:
        return None
    weight_shares = {}
    for name, amounts in (weights or {}).items():
        amounts = np.nan_to_num(np.asarray(amounts, dtype=np.float64))
        whole = float(amounts.sum())
        if whole > 0:
            weight_shares[name] = float(amounts[matched_rows].sum()) / whole
    below = tuple(name for name, share in weight_shares.items() if share < threshold)
    if matched / total >= threshold and not below:
        return None

    unmatched = ~matched_rows
    reasons = np.asarray(reason)[unmatched]
    by_reason = {r: int((reasons == r).sum()) for r in _CAUSE_OF_REASON if (reasons == r).any()}
    text = pd.Series(np.asarray(values, dtype=object)[unmatched], dtype=object)
    text = text[text.notna()].map(str).str.strip()
    text = text[(text != "") & ~text.str.lower().isin(["nan", "null"])]
    frequent = [(str(value), int(count)) for value, count in text.value_counts().head(samples).items()]

    likely_account = guess_field(list(account_fields), FieldKind.ZIP)
    likely_area = guess_field(list(area_fields), FieldKind.ZIP)
    likely_account = likely_account if likely_account and likely_account != account_field else None
    likely_area = likely_area if likely_area and likely_area != area_field else None
    causes = [Cause.OTHER_ACCOUNT_FIELD] if likely_account else []
    causes += [Cause.OTHER_AREA_FIELD] if likely_area else []
    if not causes:  # a wrong field explains any mix of reasons: naming them too would only mislead
        unmatched_count = total - matched
        for r, count in sorted(by_reason.items(), key=lambda item: -item[1]):
            if count >= CAUSE_SHARE * unmatched_count:
                causes.append(_CAUSE_OF_REASON[r])
    return PartialMatch(
        total=total,
        matched=matched,
        unmatched_by_reason=by_reason,
        weight_shares=weight_shares,
        frequent_unmatched=frequent,
        causes=causes,
        likely_account_field=likely_account,
        likely_area_field=likely_area,
        weights_below=below,
    )
