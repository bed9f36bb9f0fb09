"""When a figure that differs from NATO's latest value is no disagreement (issue 9).

:func:`settle_differs` takes the verdict of :func:`analysis.brief.judge.judge` on the chosen basis
and turns a ``differs`` into ``superseded`` (an older release quoted, revised a little or on a
date the article did not state) or ``unmatched`` (a subject read only to agree, an estimate
NATO's next release confirmed, a year the article did not state, a price basis NATO's data lacks,
a figure cut rather than rounded, a figure too far from NATO's value to misreport it).
Every other verdict is returned as it is. Imports only :mod:`analysis.brief` leaf modules.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from analysis.brief import match
from analysis.brief.basis import BASES, PRICE_BASIS_KEYS
from analysis.brief.earlier_statements import EARLIER_STATEMENT
from analysis.brief.figure_year import TABLE_YEAR_BEFORE
from analysis.brief.plausible_gap import ratio_of, too_far_to_misreport
from analysis.brief.present import format_value
from analysis.brief.reason import reason_text
from analysis.brief.scope import AGREE_ONLY
from analysis.brief.share_scope import OTHER_SOURCE
from analysis.brief.threshold_bounds import threshold_passed

# A gap smaller than this (in % of NATO's value) is a figure cut rather than rounded ("$506
# billion" for 506.69), never a disagreement: 1.4% for Norway's 1.46 (4% away) still differs.
TRUNCATED_REL_PCT = 0.5
# A gap smaller than this (in % of NATO's value) is NATO's value with its last written digit
# rounded otherwise ("$506 billion 693 million" for 506,692.48 million, a million off in half a
# trillion): it agrees. Only a figure written to about six digits comes this close; "2.09%" for
# 2.096 (0.3% away) stays a cut figure, not compared.
LAST_DIGIT_REL_PCT = 0.001


def settle_differs(result: dict[str, Any], row: dict[str, Any], subject: Any, year: int | None,
                   value: float, unit: object, missing: list[str], stated: str,
                   judged_label: str) -> dict[str, Any]:
    """The row for a figure whose chosen verdict is ``result`` (``row``: its columns without a
    verdict; ``missing``: the price bases NATO's data lacks; ``judged_label``: the basis judged)."""
    if result["status"] == "superseded" and OTHER_SOURCE in subject.how:
        return agreed_at_the_date(result)
    if result["status"] != "differs":
        return result
    # A table's year read from the sentence before may be another year's ("In 2014, only three
    # met it. The leaders are Poland (4.12%)"): differing is not compared; a value NATO
    # published only later still reads as a revision (judge.first_bundled_verdict).
    # "In 2024, 23 allies met it. ... followed by Estonia (3.43%)": a table's figure that agrees
    # with NATO's earlier estimate of the year read, a small revision away from the latest, is of
    # that year (the revision below), not of another year's table.
    revised_table = TABLE_YEAR_BEFORE in subject.how and not subject.only_to_agree and \
        result.get("older_release_agrees") and match.small_revision(
            value, result["reference_value"], unit)
    if result["status"] == "differs" and not revised_table and (
            subject.only_to_agree or TABLE_YEAR_BEFORE in subject.how):
        note = (f"{subject.notes}; NATO's "
                f"value is {format_value(result['reference_value'], result['reference_unit'])} "
                f"({result['reference_release']}), which differs; not compared")
        return {**row, "status": "unmatched", "note": note, "reason": note}
    if result["status"] == "differs" and result.get("older_release_agrees") and (
            year is None or EARLIER_STATEMENT in subject.how
            or match.small_revision(value, result["reference_value"], unit)):
        # "allocating to it 2.07 percent" (Feb 2024): NATO's July 2023 estimate for the year,
        # revised the day before the article; a revision, not a disagreement. The same for a
        # list "from the latest annual report" (Feb 2024) quoted after June's revision moved
        # the US from 3.24 to 3.23; "18 allies" after June's 23 still differs, unless the
        # source dates it before its day ("Earlier this year, Stoltenberg said 18 allies").
        latest = format_value(result["reference_value"], result["reference_unit"])
        return {**result, "status": "superseded", "gap": None, "gap_pct": None,
                "note": f"{result['note']}; NATO's latest for "
                        f"{result['year']} is {latest} ({result['reference_release']})"}
    if result["status"] == "differs" and result.get("later_release_agrees") and not \
            result.get("older_release_agrees"):
        # "a nearly 20% increase" (Rutte, Feb 2025): NATO's next release agreed; the article
        # quotes an estimate given before it, which the bundled data does not hold.
        then = format_value(result["reference_value"], result["reference_unit"])
        note = (f"agrees only with a later release ({result['note']}); NATO's value at the "
                f"source's date was {then} ({result['reference_release']}); an estimate given "
                "between releases, not compared")
        return {**row, "status": "unmatched", "note": note, "reason": note}
    if result["status"] == "differs" and year is None and result["year"] is not None:
        # The year was assumed (NATO's latest): the article may speak of another year.
        note = (f"no year stated; NATO's latest year {result['year']} has "
                f"{format_value(result['reference_value'], result['reference_unit'])} "
                f"({result['reference_release']}), which differs; not compared without a year")
        return {**row, "status": "unmatched", "note": note, "reason": note}
    if result["status"] == "differs" and missing and not stated and subject.key in BASES:
        # Only one price basis to compare with and the article names none: the figure may be
        # on the other one ("$27 billion" at constant prices); not a false alarm.
        note = (f"basis not stated and NATO's data has no value at {missing[0]}; at "
                f"{judged_label} NATO published "
                f"{format_value(result['reference_value'], result['reference_unit'])} "
                f"({result['reference_release']})")
        return {**row, "status": "unmatched", "note": note, "reason": note}
    if result.get("gap_pct") is not None and abs(result["gap_pct"]) < LAST_DIGIT_REL_PCT:
        settled = {**result, "status": "consistent", "gap": None, "gap_pct": None,
                   "note": "; ".join(x for x in (result["note"], "the last written digit "
                                                 "rounded otherwise") if x)}
        return {**settled, "reason": f"{reason_text(settled)}; within "
                                     f"{LAST_DIGIT_REL_PCT}% of NATO's value"}
    if result.get("gap_pct") is not None and abs(result["gap_pct"]) < TRUNCATED_REL_PCT:
        # "$506 billion" for NATO's 506.69 billion: cut, not rounded; no disagreement to flag
        value = format_value(result["reference_value"], result["reference_unit"])
        note = (f"NATO's value is {value} ({result['reference_release']}), "
                f"{abs(result['gap_pct']):.2f}% away: the "
                "figure looks cut rather than rounded; not compared")
        return {**row, "status": "unmatched", "note": note, "reason": note}
    return threshold_passed(result, row, value) or beyond_a_misreport(result, row, value)


def beyond_a_misreport(result: dict[str, Any], row: dict[str, Any],
                       value: float) -> dict[str, Any]:
    """A ``differs`` too far from NATO's value to misreport it (``plausible_gap``) is taken for
    another quantity and not compared: "now 32 with Sweden's entry" is no misreport of the 11
    allies at 2%. Any other verdict is returned as it is."""
    rule = too_far_to_misreport(value, result.get("reference_value"),
                                result.get("reference_unit"))
    if result["status"] != "differs" or rule is None:
        return result
    reference = float(result["reference_value"])
    if result.get("older_release_agrees"):
        # Romania's 2.44% for 2023 (July 2023) that February 2024 revised to 1.60: NATO's own
        # large revision of what the article quoted, not another quantity.
        return {**result, "status": "superseded", "gap": None, "gap_pct": None,
                "note": f"{result['note']}; NATO's latest is "
                        f"{format_value(reference, result['reference_unit'])} "
                        f"({result['reference_release']}), a large revision"}
    note = (f"{ratio_of(value, reference):.1f} times away from NATO's "
            f"{format_value(reference, result['reference_unit'])} "
            f"({result['reference_release']}); {rule.quantity} misreported stay within "
            f"{rule.max_ratio:g} times, so this is likely another quantity; not compared")
    return {**row, "status": "unmatched", "note": note, "reason": note}


def agreed_at_the_date(result: dict[str, Any]) -> dict[str, Any]:
    """Another source's figure that agrees with NATO's release at the source's date, which a
    later release revised: ``consistent``, never ``superseded``. "2.1% according to military
    spending databases" (December 2024) agrees with June 2024's 2.05 for Hungary's 2023; the
    source never quoted NATO, so NATO's revision since is no revision of what it said; the later
    values stay in the note."""
    note = ("another source's figure, agreeing with NATO's value at the source's date; NATO's "
            "later revisions are no revision of what the source said")
    settled = {**result, "status": "consistent",
               "note": "; ".join(x for x in (result["note"], note) if x)}
    return {**settled, "reason": f"{reason_text(settled)}; {note}"}


def on_unbundled_basis(result: dict[str, Any], unbundled: list, value: float,
                       unit: object, how: str, judged_label: str) -> dict[str, Any]:
    """A money figure with no price basis stated that differs on the basis bundled at the
    source's date, read on the other basis, which only a later release bundles (``unbundled``:
    pairs of basis and :func:`analysis.brief.judge.judge`'s verdict against that first release).

    "European allies are projected to invest a total of $470 billion" (March 2024) differs from
    February's 380 bn at constant 2015 prices, but is the current-price estimate June's 476.2 bn
    revised: agreeing within rounding is ``consistent``; within rounding and a small revision
    (:data:`analysis.brief.match.SMALL_REVISION_REL` of NATO's value, the hedge not widened
    again) ``superseded``; further off ("about 450 billion dollars", 5.5% below) it keeps its
    ``differs``. A figure read only to agree keeps it too (settled as ``unmatched``)."""
    if result["status"] != "differs" or AGREE_ONLY in how or str(unit).startswith("percent"):
        return result
    written = match.allowed_interval(value, None, unit)
    for basis, later in unbundled:
        if basis.key not in PRICE_BASIS_KEYS or not isinstance(later["reference_date"], date):
            continue
        reference = float(later["reference_value"])
        spread = match.SMALL_REVISION_REL * abs(reference)
        revised = match.consistent(written, match.Interval(reference - spread,
                                                            reference + spread))
        if later["status"] == "differs" and not revised:
            continue
        status = "consistent" if later["status"] != "differs" else "superseded"
        stated = format_value(result["reference_value"], result["reference_unit"])
        first = format_value(reference, later["reference_unit"])
        when = later["reference_date"]
        note = (f"basis not stated; at {judged_label} "
                f"NATO's value at the source's date was {stated} ({result['reference_release']})"
                f", which differs; at {basis.label} not yet in a bundled release at the "
                f"source's date; first bundled in "
                f"{when:%B %Y} ({later['reference_release']}): {first} - "
                + ("agrees" if status == "consistent" else
                   "agrees within a small revision, a value NATO revised since"))
        settled = {**later, "status": status, "gap": None, "gap_pct": None,
                   "first_bundled": note, "note": note}
        return {**settled, "reason": reason_text(settled, basis.label)}
    return result
