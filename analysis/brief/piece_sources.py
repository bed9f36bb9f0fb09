"""The source a figure's own piece of a sentence names when another piece names NATO (issue 9):
"NATO estimates Germany spent 2% in 2024; SIPRI's figure is 1.9%", "NATO puts Spain's share at
1.43%, the government at 1.3%", "2% by NATO's count and 1.6% by the Kiel Institute's". Each figure
is the source's its own piece names, not NATO's because NATO is named beside it. Read by
:mod:`analysis.brief.subject`."""

from __future__ import annotations

import re

from analysis.brief.national_sources import FOREIGN_OTHER_SOURCE_WORDS
from analysis.brief.scope import whole_words
from analysis.brief.share_scope import GOVERNMENT_COUNT
from analysis.vocabulary import NATIONAL_SOURCE_WORDS, NATO_OR_ALLIANCE_NAMED, OTHER_SOURCE_WORDS

# A piece opens after a semicolon, a comma or a conjunction, and closes before a semicolon, a
# conjunction or a comparison ("Spain's 1.3%, by the government's count, compares with NATO's").
PIECE_START = re.compile(r"[;,]|\b(?:and|while|whereas|but)\b", re.I)
PIECE_END = re.compile(r";|\b(?:and|while|whereas|but|compared|compares|against|versus)\b",
                       re.I)
# (not "budget": "the current defence budget projection stands at 1.49%" names the spending)
NATIONAL_IN_PIECE = re.compile(
    r"\b(?:" + "|".join(NATIONAL_SOURCE_WORDS) + r")\b|"
    r"\bown\s+(?:figures?|count|data|estimates?|calculations?|reckoning)\b", re.I)
OTHER_IN_PIECE = whole_words(OTHER_SOURCE_WORDS + FOREIGN_OTHER_SOURCE_WORDS)


# After the figure, its piece runs to a comma, and on through an attribution the comma opens
# (", by the government's count,"), never into the next figure's words (", below the 1.66%
# predicted by the previous Government").
ATTRIBUTION_AFTER_COMMA = re.compile(r",\s*(?:by|according\s+to)\b[^,;]*", re.I)


def figures_piece(sentence: str, at: int, surface: str) -> str:
    """The words of the figure's own piece of the sentence, the figure left out."""
    starts = list(PIECE_START.finditer(sentence, 0, at))
    before = sentence[starts[-1].end() if starts else 0:at]
    after = sentence[at + len(surface):]
    end = PIECE_END.search(after)
    after = after[:end.start()] if end else after
    own = after.split(",", 1)[0]
    attribution = ATTRIBUTION_AFTER_COMMA.match(after, len(own))
    return before + " " + own + (attribution.group() if attribution else "")


# "According to NATO's report, the government spent 1.3%": NATO named by the sentence's opening
# attribution is the source of the piece right after it.
NATO_OPENING = re.compile(r"^\W*(?:according\s+to|citing|as\s+per)\b[^,;]*?\b(?:NATO|Nato|OTAN|"
                          r"[Aa]lliance)\b[^,;]*,", re.I)


def source_beside_nato(sentence: str, at: int, surface: str) -> tuple[str, str]:
    """("national" or "other", the words naming it) when the sentence names NATO, but the
    figure's own piece names a government or another source instead; else ("", "")."""
    if at < 0 or not NATO_OR_ALLIANCE_NAMED.search(sentence):
        return "", ""
    opening = NATO_OPENING.match(sentence)
    if opening and opening.end() <= at and not PIECE_START.search(sentence, opening.end(), at):
        return "", ""
    piece = figures_piece(sentence, at, surface)
    if NATO_OR_ALLIANCE_NAMED.search(piece):
        return "", ""
    other = OTHER_IN_PIECE.search(piece)
    if other:
        return "other", other.group()
    # "2.1% by Berlin's count and 2.0% by NATO's": a capital's count is its government's
    national = NATIONAL_IN_PIECE.search(piece) or GOVERNMENT_COUNT.search(piece)
    return ("national", national.group()) if national else ("", "")
