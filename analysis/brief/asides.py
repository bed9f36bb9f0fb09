"""Allies an aside names only to compare ("Italy, like Spain, spent 1.49%", "Canada, alongside
Belgium and Spain, ...", "Sweden, Finland's neighbour, ...", "L'Italie, comme l'Espagne, ...",
"Włochy, podobnie jak Hiszpania, ..."): the figure after the aside is the subject's before it,
never the compared ally's (used by :mod:`analysis.brief.owner`)."""

from __future__ import annotations

import re

# The words opening such an aside, English first: "like", "unlike", "as did", "alongside",
# "along with"; German "wie", "anders als", "im Gegensatz zu"; French "comme", "contrairement
# à", "à l'instar de"; Spanish "como", "al igual que", "a diferencia de"; Italian "come", "a
# differenza di"; Polish "podobnie jak", "w przeciwieństwie do"; Portuguese "tal como", "ao
# contrário de"; Dutch "net als", "zoals", "in tegenstelling tot".
COMPARING_WORDS = (
    r"like|unlike|as\s+(?:did|does|do|has|have|had|with)|alongside|along\s+with|together\s+with|"
    r"ahead\s+of|behind|trailing(?:\s+only)?|second\s+(?:only\s+)?to|"
    r"similar\s+to|wie|ebenso\s+wie|anders\s+als|im\s+Gegensatz\s+zu\w*|comme|contrairement\s+à|"
    r"à\s+l['’]instar\s+d\w*|como|al\s+igual\s+que|a\s+diferencia\s+de\w*|come|così\s+come|"
    r"a\s+differenza\s+d\w*|podobnie\s+jak|w\s+przeciwieństwie\s+do|tal\s+como|ao\s+contrário\s+d\w*|"
    r"net\s+als|zoals|in\s+tegenstelling\s+tot")
COMPARED_ASIDE = re.compile(
    r"(?<=,)\s*(?:(?:" + COMPARING_WORDS + r")\s+[^,;:\d]{1,40}?"
    # "Sweden, Finland's neighbour, ...": another ally's neighbour or rival
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?['’]s?\s+(?:(?:\w+\s+)?neighbou?r|rival|ally|"
    r"partner)"
    # "Türkiye, with the second largest army after the United States, ...": ranked after another
    r"|[^,;:\d]{0,40}?\b(?:largest|biggest|highest|greatest|most)\b[^,;:\d]{0,40}?"
    r"\b(?:after|behind)\s+[^,;:\d]{1,40}?)(?=,)",
    re.I)


# "Greece, long a big spender because of tensions with Turkey, spent 3.08%": an aside that
# describes the ally just named (opening on a small letter, no figure in it) is about that ally.
DESCRIBING_ASIDE = re.compile(r"(?<=,)\s*(?=[a-z])(?!(?:and|or|respectively|with|at)\b)"
                              r"[^,;:()\d]{1,70}?(?=,)")
NAME_BEFORE_COMMA = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s*,$")


# "Italy spent 1.5%, like Spain, at 1.28%": an aside right after a figure names that figure's
# match, which :mod:`analysis.brief.owner` reads ("1.81%, like Croatia").
# (a year is no figure: "Poland topped the list in 2024, ahead of Estonia, with 4.12%")
FIGURE_BEFORE_COMMA = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\s*,$)\d[\d.,]*\s*(?:%|\S+)?"
                                 r"(?:\s+of\s+(?:its\s+)?GDP)?\s*,$", re.I)


def without_compared_asides(sentence: str, at: int, find_ally) -> str:
    """``sentence`` with each comparing aside that ends before the figure at ``at``, and does
    not follow a figure, blanked (the same length, so offsets hold), and each aside describing
    the ally named right before it (``find_ally``: :func:`analysis.brief.ally_names.find_ally`)."""
    sentence = COMPARED_ASIDE.sub(
        lambda m: " " * len(m.group()) if m.end() < at and not FIGURE_BEFORE_COMMA.search(
            sentence, 0, m.start()) else m.group(), sentence)

    def after_an_ally(m: re.Match) -> bool:
        named = NAME_BEFORE_COMMA.search(sentence, 0, m.start())
        return m.end() < at and named is not None and find_ally(named.group(1)) is not None \
            and find_ally(m.group()) is not None

    return DESCRIBING_ASIDE.sub(
        lambda m: " " * len(m.group()) if after_an_ally(m) else m.group(), sentence)


# "destinando el 1,24% del PIB, superando solo a Bélgica y Luxemburgo", "1.24% of GDP, ahead of
# only Belgium and Luxembourg": allies a comparison names after the figure are the ones it beats
# or trails, never its owner.
COMPARED_AFTER = re.compile(
    r"\b(?:ahead\s+of|behind|above|below|surpassing|outpacing|trailing|superando|por\s+delante\s+de|"
    r"por\s+detr[aá]s\s+de|devant|derrière|dépassant|davanti\s+a|dietro\s+a|à\s+frente\s+de|"
    r"atrás\s+de|vor|hinter)\s+(?:only\s+|just\s+|solo\s+|sólo\s+|seulement\s+|nur\s+|apenas\s+)?"
    r"(?:a\s+|the\s+)?[A-ZÀ-Ý][\w.’'-]*(?:(?:\s*,\s*|\s+(?:and|y|e|et|und)\s+)(?:the\s+)?"
    r"[A-ZÀ-Ý][\w.’'-]*)*")


def without_comparisons_after(rest: str) -> str:
    """``rest`` (the sentence from a figure on) with each comparison naming allies blanked, the
    same length."""
    return COMPARED_AFTER.sub(lambda m: " " * len(m.group()), rest)
