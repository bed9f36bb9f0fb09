"""A round threshold a hedge bounds, which NATO's value passes (task V4): "Poland spends more
than 3% of GDP" (NATO: 4.12), "Spain still spends less than 2%" (1.28). The writer names the
line the ally is past, not its share; a share further past the line than the hedge's usual
spread (:mod:`analysis.brief.match`) is no misreport, and the brief does not compare it."""

from __future__ import annotations

import re
from typing import Any

from analysis.brief.present import format_value
from analysis.vocabulary import LOWER, UPPER, hedge_class

# Round lines: whole numbers and halves (2%, 2.5%, 3.5%, 5%; 20 allies).
ROUND_STEP = 0.5
# A verb of passing right before the figure, in the languages whose extractor reads no hedge in
# it: "dépasse 3 %", "supera el 3%", "übertrifft 3 Prozent", "ultrapassa 3%", "overschrijdt 3
# procent", "przekracza 3 proc." (a lower bound, as English "exceeds").
PASSING_BEFORE = re.compile(
    r"\b(?:dépass\w*|surpass\w*|super[aóo]\w*|übertr\w*|überst\w*|überschr\w*|ultrapass\w*|"
    r"overschrijd\w*|overtr\w*|przekrac\w*|przekrocz\w*)\s+(?:(?:el|la|le|les|il|lo|l['’]|o|a|"
    r"die|der|das|de|het)\s*)?(?:[\w-]+\s+){0,3}?$", re.I)


def is_round(value: float) -> bool:
    return abs(value / ROUND_STEP - round(value / ROUND_STEP)) < 1e-9


def threshold_passed(result: dict[str, Any], row: dict[str, Any],
                     value: float) -> dict[str, Any] | None:
    """The ``unmatched`` row of a ``differs`` whose figure is a round line its hedge says NATO's
    value is past ("more than 3%" for 4.12, "less than 2%" for 1.28), else None."""
    reference = result.get("reference_value")
    if not isinstance(reference, (int, float)) or not is_round(value):
        return None
    kind = hedge_class(row.get("qualifier"))
    quote, figure = str(row.get("quote") or ""), str(row.get("figure") or "")
    at = quote.find(figure) if figure else -1
    if kind not in (LOWER, UPPER) and at > 0 and PASSING_BEFORE.search(quote[max(0, at - 50):at]):
        kind = LOWER
    passed = (kind == LOWER and reference > value) or (kind == UPPER and reference < value)
    if not passed:
        return None
    note = (f"a round line the hedge says the value is past; NATO's value is "
            f"{format_value(reference, result['reference_unit'])} "
            f"({result['reference_release']}), past it; true, not compared")
    return {**row, "status": "unmatched", "note": note, "reason": note}
