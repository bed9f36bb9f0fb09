"""The rules for shares of GDP that span a list or a sentence, after the unit rules.

Owns two tables (see :mod:`analysis.extract.rules` for the engine), applied in this order:

1. :data:`GDP_BACKWARDS` (read backwards): shares listed before a share of GDP are of GDP too.
2. :data:`GDP_IMPLICIT` (text order, remembering whether a share of GDP was given): a share
   written of another whole ("4.5% of total public spending", never of GDP), the guideline
   written without "of GDP", allies' shares listed after a share of GDP anywhere
   earlier in the text or in a sentence about shares of the economy (it replaces the rule for
   the next sentence only), and shares too large to be defence spending.
"""

from __future__ import annotations

import re

from analysis.extract import patterns as P
from analysis.extract.figure import Figure, replace
from analysis.extract.guideline_reading import MAX_SHARE_GDP, implicit_share_of_gdp
from analysis.extract.other_languages_more import (
    RANKING_WORDS_MORE,
    SHARE_REFERRED_BACK_BEFORE,
    YEAR_WRITTEN,
)
from analysis.extract.rules import Scene, Table
from analysis.extract.unit_conditions import is_share, is_share_not_points, unit_is
from analysis.extract.unit_rules import rule_with_example
from analysis.foreign_words import FOREIGN_DEFENCE_STEMS
from analysis.vocabulary import NATO_NAMED


# --- shares of GDP across a list or a sentence ---------------------------------------------------
def listed_before_share_of_gdp(scene: Scene) -> bool:
    """"Poland (4.48%), Lithuania (4.00%) ... exceed the 3.5% benchmark"."""
    figure, following, text = scene.figure, scene.next, scene.text
    if following is None or following.unit != "percent_gdp" or \
            following.sentence_index != figure.sentence_index:
        return False
    gap = text[figure.end:following.start]
    return len(gap) <= 80 and not P.OTHER_SHARE_GAP.search(gap) and \
        not text.startswith(" of ", figure.end)


def ranked_share(figure: Figure) -> bool:
    return ranked_share_value(figure) and figure.entity not in (None, "NATO")


def ranked_share_value(figure: Figure) -> bool:
    """A share the size of an ally's share of GDP, owner named or not."""
    return figure.unit == "percent" and 0.5 <= figure.value <= 10 and "point" not in figure.text


def guideline_implied(scene: Scene) -> bool:
    """The guideline written without "of GDP" (rules in :func:`implicit_share_of_gdp`)."""
    figure, text = scene.figure, scene.text
    return implicit_share_of_gdp(
        figure.value, scene.state["cues"][figure.sentence_index],
        text[max(0, figure.start - 40):figure.start], figure.near,
        text[figure.end:figure.end + 24], scene.state["gdp_given"])


def listed_ally_share(scene: Scene) -> bool:
    """"Poland leads at 4.48%, followed by Lithuania at 4%": an ally's share listed after a
    share of GDP earlier in the text, or in a sentence about shares of the economy."""
    figure, text = scene.figure, scene.text
    if text.startswith(" of ", figure.end) or P.LISTED_SHARE_OTHER.search(figure.near):
        return False
    return scene.state.get("gdp_given", False) or bool(
        P.SHARE_OF_ECONOMY.search(figure.sentence)) or ranked_after_shares_named(figure) or \
        ranked_by_spending(figure)


# "Belgium was the alliance's lowest spender on defence in 2023, at 1.13%", "Norway ranks last
# in military spending, at 1.4%": an ally placed among the others by its defence spending, the
# share after "at" is the share NATO ranks them by, of GDP.
PLACED_BY_SPENDING = re.compile(
    r"\b(?:last|lowest|highest|biggest|largest|top|bottom|first|least|most)\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:spenders?\b|in\s+(?:defen[cs]e|military)\s+spending\b)", re.I)
AT_BEFORE = re.compile(r",\s+at\s+$")


def ranked_by_spending(figure: Figure) -> bool:
    before = figure.sentence[:figure.offset]
    return bool(AT_BEFORE.search(before)) and bool(PLACED_BY_SPENDING.search(before))


# "NATO published its estimates of defence spending as a share of GDP. Poland leads with 4.12%,
# followed by Estonia (3.43%)": a ranking of allies (or "Canada, at 1.37%,", "At 4.48%, Poland
# spends the most") right after a sentence about defence spending relative to the economy ranks
# them by that share.
RANKING = re.compile(r"\b(?:leads?|led|leading|tops?|topped|followed\s+by|ahead\s+of|trails?|"
                     r"trailed|ranks?|ranked" + RANKING_WORDS_MORE + r")\b"
                     r"|(?:^|,\s+)(?:at|with)\s+\d", re.I)
# Defence named in English, or in the other languages by their stems ("Savunma harcamalarının").
DEFENCE_NAMED = re.compile(r"\b(?:defen[cs]e\b|military\b|"
                           + "|".join(FOREIGN_DEFENCE_STEMS) + ")", re.I)


def ranked_after_shares_named(figure: Figure) -> bool:
    previous = figure.previous_sentence
    return bool(RANKING.search(figure.sentence)) and not P.LISTED_SHARE_OTHER.search(
        figure.sentence) and bool(P.SHARE_OF_ECONOMY.search(previous)) and bool(
        DEFENCE_NAMED.search(previous))


# "Its defense expenditure as a share of its GDP was 2.33%": the whole is named right before the
# figure and a linking verb gives the level (not "rose by", a change of the share).
# So is "the share of defense expenditures in GDP, which was around 1.4% in 2014".
SHARE_OF_GDP_STATED_BEFORE = re.compile(
    r"(?:\b(?:as\s+an?|an?)\s+(?:share|percentage|proportion)\s+of\s+"
    r"|\bshare\s+of\s+(?:defen[cs]e|military)\s+(?:spending|expenditures?|outlays?)\s+"
    r"(?:in|of)\s+)(?:its\s+|their\s+|the\s+(?:country|nation)['’]s\s+)?"
    r"(?:GDP|gross\s+domestic\s+product|econom(?:y|ies))(?:\s+in\s+(?:19|20)\d\d)?,?\s+"
    r"(?:which\s+)?(?:was|is|were|are|stood\s+at|stands\s+at|came\s+to|comes\s+to|level(?:l?ing|l?ed)\s+at)"
    r"\s+$", re.I)


# "Greece's defence share, which was 3.9 percent in 2021": the defence share, said of a
# country with no other whole, is its share of GDP (a share of a budget says "of"; a share of
# the vote is no defence share).
DEFENCE_SHARE_STATED_BEFORE = re.compile(
    r"\b(?:defen[cs]e|military)\s+share,?\s+(?:which\s+)?(?:was|is|stood\s+at|stands\s+at)"
    r"\s+$", re.I)


def share_of_gdp_stated_before(scene: Scene) -> bool:
    """"The country's defense expenditure as a share of its GDP was 2.37%": a share of GDP by
    its own sentence, whoever owns it (the brief reads the owner, or leaves it unnamed)."""
    figure = scene.figure
    before = scene.text[max(0, figure.start - figure.offset, figure.start - 120):figure.start]
    return bool(SHARE_OF_GDP_STATED_BEFORE.search(before)
                or DEFENCE_SHARE_STATED_BEFORE.search(before))


# "Latvia's defence share climbed to 3.2%", "its share of GDP has fallen to 1.1 percent": a
# named share's level after a change verb and "to" is the share in the year said, not a rate of
# growth ("rose by 1.8%", "spending rose 4.1%" stay growth). A share of GDP only an owner's
# ("its", "Latvia's"), in a sentence that names defence before the figure: sectors have shares
# of GDP too ("as defence grew, farming's share of GDP fell to 2.9%"); and "the defence share of
# the budget" is of another whole.
SHARE_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:(?:defen[cs]e|military)\s+share|(?:its|their|(?-i:[A-Z])[\w-]*['’]s)\s+"
    r"share\s+of\s+(?:its\s+|their\s+|the\s+"
    r"(?:country|nation)['’]s\s+)?(?:GDP|gross\s+domestic\s+product)),?\s+"
    rf"(?:(?!of\b|in\b)[\w’']+\s+){{0,2}}?(?:{P.CHANGE_VERBS})\s+to\s+$", re.I)


def share_changed_to(scene: Scene) -> bool:
    figure = scene.figure
    before = figure.sentence[:figure.offset]
    return bool(SHARE_CHANGED_TO_BEFORE.search(before)) and bool(DEFENCE_NAMED.search(before))


def share_referred_back(scene: Scene) -> bool:
    """"Türkiye spent 2.33% of its GDP. In 2024 this ratio was 2.13%": a share whose noun
    refers back (other_languages_more.SHARE_REFERRED_BACK_BEFORE) to the share of GDP the text
    gave before is of GDP too."""
    figure, text = scene.figure, scene.text
    # Only with a year written before it in its sentence ("2024 yılında bu oran"): "esta
    # proporción disminuya al 1,38% el próximo año" dates the share by words the extractor
    # may not read. Not after NATO in its sentence ("NATO’nun tahminiyle 2024’te bu oran"):
    # the brief would read NATO as the share's owner, not only as the source.
    before = figure.sentence[:figure.offset]
    return bool(scene.state.get("gdp_owner")) and not P.LISTED_SHARE_OTHER.search(
        figure.near) and bool(SHARE_REFERRED_BACK_BEFORE.search(
            text[max(0, figure.start - 50):figure.start])) and bool(
        YEAR_WRITTEN.search(before)) and not NATO_NAMED.search(before)


def of_the_share_referred_back(figure: Figure, scene: Scene, _found) -> Figure:
    """Of GDP, and of the owner of the share referred back (not "NATO" of "by NATO's
    estimate")."""
    return replace(figure, unit="percent_gdp", entity=scene.state["gdp_owner"])


def listed_in_parentheses(scene: Scene) -> bool:
    """"the U.K. (2.3 percent), Romania (2.2 percent), North Macedonia (2.1 percent)": allies
    ranked by one share each, in parentheses (three or more), with no word of another measure in
    the sentence, are ranked by their share of GDP, as NATO's tables rank them."""
    figure, text = scene.figure, scene.text
    opened = text[max(0, figure.start - 3):figure.start].rstrip().endswith("(")
    closed = text[figure.end:figure.end + 3].lstrip().startswith(")")
    return opened and closed and not P.LISTED_SHARE_OTHER.search(figure.sentence) and len(
        P.PARENTHESISED_SHARE.findall(figure.sentence)) >= 3


def too_large_for_share_of_gdp(figure: Figure) -> bool:
    # Too large for defence spending ("up from 48%" of respondents, "debt at 60% of GDP"), the
    # only share of GDP the labelling calls percent_gdp.
    return figure.unit == "percent_gdp" and figure.value > MAX_SHARE_GDP


def is_share_of_any_whole(figure: Figure) -> bool:
    return figure.unit in ("percent", "percent_gdp") and figure.kind == "share"


def of_other_spending(scene: Scene) -> bool:
    """"or 4.5% of total public spending": a share written of another whole than the economy,
    whatever the spending verb or the share of GDP before it suggested."""
    return bool(P.OF_OTHER_SPENDING.match(scene.text, scene.figure.end))


def anything(_scene: Scene) -> bool:
    return True


def remember_share_of_gdp_given(scene: Scene) -> None:
    scene.state["gdp_given"] = scene.state.get("gdp_given", False) or \
        scene.figure.unit == "percent_gdp"
    if scene.figure.unit == "percent_gdp":
        # whose share a later "this ratio" refers back to (none when the share was no ally's)
        scene.state["gdp_owner"] = scene.figure.entity if scene.figure.entity not in (
            None, "NATO") else None


_rule = rule_with_example
GDP_BACKWARDS = Table("gdp_backwards", (
    _rule("listed_before_share_of_gdp", is_share_not_points, listed_before_share_of_gdp,
          unit_is("percent_gdp"),
          "Poland (4.48%) and Lithuania (4.00%) exceed the 3.5% benchmark.",
          "4.48%", 4.48, "percent_gdp", "share"),
), backwards=True)
GDP_IMPLICIT = Table("gdp_implicit", (
    _rule("share_of_other_spending", is_share_of_any_whole, of_other_spending,
          unit_is("percent"),
          "Germany spends 2.1% of GDP on defence, or 4.5% of total public spending.",
          "4.5%", 4.5, "percent", "share", units=("percent", "percent_gdp")),
    _rule("guideline_implied", is_share, guideline_implied, unit_is("percent_gdp"),
          "Nato members agreed that 2 per cent should be a floor.",
          "2 per cent", 2.0, "percent_gdp", "share"),
    _rule("listed_ally_share", ranked_share, listed_ally_share, unit_is("percent_gdp"),
          "Poland is the NATO member spending the most on defence as a share of its economy, "
          "at 4.48%, followed by Lithuania at 4%.", "4%", 4.0, "percent_gdp", "share",
          units=("percent",)),
    _rule("share_of_gdp_stated_before", ranked_share_value, share_of_gdp_stated_before,
          unit_is("percent_gdp"), "Ninth is Norway. Its defence spending as a share of its GDP "
          "was 2.2%.", "2.2%", 2.2, "percent_gdp", "share", units=("percent",)),
    _rule("share_changed_to", ranked_share_value, share_changed_to, unit_is("percent_gdp"),
          "Latvia's defence share climbed to 3.2% last year.", "3.2%", 3.2, "percent_gdp",
          "share", units=("percent",)),
    _rule("share_referred_back", ranked_share_value, share_referred_back,
          of_the_share_referred_back, "Türkiye spent 2.33% of its GDP on defence in 2025. In 2024 "
          "this ratio was 2.13%.", "2.13%", 2.13, "percent_gdp", "share", units=("percent",)),
    _rule("listed_in_parentheses", ranked_share, listed_in_parentheses, unit_is("percent_gdp"),
          "Those were the U.K. (2.3 percent), Romania (2.2 percent), North Macedonia "
          "(2.1 percent) and Luxembourg (2.1 percent).", "2.2 percent", 2.2, "percent_gdp",
          "share", units=("percent",)),
    _rule("too_large_for_share_of_gdp", too_large_for_share_of_gdp, anything, unit_is("percent"),
          "Support rose to 61% for spending 2% of GDP, up from 48%.",
          "48%", 48.0, "percent", "share", units=("percent_gdp",)),
), observe=remember_share_of_gdp_given)
