"""How news in other languages than English counts the allies at the guideline (issue 9).

English counts are read by :mod:`analysis.brief.counts`, through English verbs ("met the
target"). Other languages are read here, without a verb list per language: a count of allies
(its noun after it, "18 aliaţi", "23 vende", "tre shtete", "trois pays"; or a number out of the
membership, "18 der 31 Mitgliedstaaten", "Achttien van de 31 NAVO-landen"; or a bare number
whose allies stand before it, "spośród 30 państw Sojuszu tylko siedem") counts those at the
guideline when its own clause, after it, names the guideline ("osiągnęło cel ... 2 proc.",
"das Zwei-Prozent-Ziel ... erreichen", "riusciranno a spendere almeno il 2% del Pil") and no
negation or "below" word stands between (those count the others: "nu au atins obiectivul").
:func:`counts_at_target` says so; :mod:`analysis.brief.subject` then reads the count as allies.
Counts at another level (exactly 2%, a newer target) are read in :mod:`foreign_level_counts`.
"""

from __future__ import annotations

import re

from analysis.extract.other_language_numbers import NUMBER_WORD_VALUES
from analysis.extract.other_languages import (
    ALLY_NOUNS,
    GDP_ABBREVIATIONS,
    IN_ALL_WORDS,
    NATION_NOUNS,
    NUMBER_WORDS,
    OBLIGATION_WORDS,
    OUT_OF_ARTICLE_WORDS,
    OUT_OF_WORDS,
)
from analysis.extract.other_languages_central import FINNISH_MEMBER_NOUNS, FINNISH_OUT_OF
from analysis.extract.other_languages_more import (
    DEFINITE_NUMBER_SUFFIX,
    TURKIC_CASE_ENDINGS,
    TURKIC_OUT_OF,
)
from analysis.foreign_words import (
    FOREIGN_ALLIANCE_WORDS,
    FOREIGN_DEFENCE_STEMS,
    FOREIGN_PLEDGE_STEMS,
    FOREIGN_RELATIVE_PRONOUNS,
    FOREIGN_TARGET_WORDS,
)
from analysis.vocabulary import FOREIGN_LOWER_HEDGES, membership_sizes_since

KEY = "allies_meeting_2pct_guideline"
# (Romanian "Trei state" besides the extractor's nouns: "state" alone is English too)
# (Danish "11 Nato-lande", which the extractor leaves a bare number; the Finnish members,
# "Naton 32 jäsenmaasta 23", which it does not read)
COUNT_NOUNS = (rf"(?:{ALLY_NOUNS[1:]}{NATION_NOUNS}|\w+-(?:landen|länder|staaten|lande)|state"
          rf"{FINNISH_MEMBER_NOUNS})")
# "18 of the (in all) 31 members" in the other languages (other_languages.OUT_OF_WORDS)
OUT_OF, OUT_OF_ARTICLES, IN_ALL = OUT_OF_WORDS, OUT_OF_ARTICLE_WORDS, IN_ALL_WORDS
# What opens a verb phrase right after a count's membership left without its noun ("19 dei 31
# hanno raggiunto", "11 de los 31 han alcanzado", "19 des 31 ont atteint", "19 der 31 haben
# erreicht", "19 van de 31 hebben", "déjà", "già", "ya", "bereits", "już" (already)).
VERB_OPENS = (r"hanno|han|ont|haben|hebben|har|sono|son|sont|sind|zijn|già|ya|déjà|bereits"
              r"|już|inmiddels")
# The membership written in words, a size the alliance has had (30 to 32; a smaller group, "tres
# de los cinco países nórdicos", is no membership), its unit joined by "and" as Spanish,
# Portuguese, Italian and French write them: "treinta y un países", "trentuno", "trente et un".
MEMBERSHIP_IN_WORDS = ("(?:" + "|".join(sorted(
    (re.escape(word) for word, value in NUMBER_WORD_VALUES.items() if 30 <= value <= 32),
    key=len, reverse=True)) + r")(?:\s+(?:y|e|et)\s+(?:un|uno|um|une|dos|dois|deux|due))?(?!\w)")
# Each rule: how a count of allies stands in another language, with an example.
COUNT_RULES = (
    # the noun right after the count (the extractor's "allies" or "countries")
    (rf"^\s*(?:[\w-]+\s+)?{COUNT_NOUNS}\b", "18 aliaţi, 23 vende anëtare, tre shtete, trois pays"),
    # a number out of the membership, its noun written or (a size the alliance has had, 26 to
    # 32, then the verb's auxiliary or "already") left out: "solo 19 dei 31 hanno raggiunto
    # questo traguardo"
    (rf"^\s+(?:{OUT_OF})\s+(?:(?:{OUT_OF_ARTICLES})\s+)?(?:(?:{IN_ALL})\s+)?"
     rf"(?:(?:\d{{2}}{DEFINITE_NUMBER_SUFFIX}|{MEMBERSHIP_IN_WORDS})\s+(?:de\s+)?"
     rf"(?:[\w-]+\s+)?{COUNT_NOUNS}\b"
     rf"|(?:2[6-9]|3[0-2])\s+(?:{VERB_OPENS})\b)",
     "18 der 31 Mitgliedstaaten, 23 der insgesamt 32 Bündnisstaaten, Achttien van de 31 "
     "NAVO-landen, 18 din cele 31 de ţări, 19 dei 31 hanno, dieciocho de los treinta y un "
     "países"),
)
# The membership a count is out of ("23 der insgesamt 32 Bündnisstaaten", "Επτά από τις τριάντα
# χώρες": the 32, the thirty), never a count at the target itself.
MEMBERSHIP_BEFORE = re.compile(rf"(?:\d+|\b(?:{NUMBER_WORDS.lstrip('|')}))\s+(?:{OUT_OF})\s+"
                               rf"(?:(?:{OUT_OF_ARTICLES})\s+)?(?:(?:{IN_ALL})\s+)?$", re.I)
NOUN_AFTER, OUT_OF_THE_MEMBERS = (re.compile(pattern, re.I) for pattern, _ in COUNT_RULES)
# A count out of a membership the alliance has had since 2017 (29 to 32, or 30 to 32 in words),
# its noun before or after "of": "samo 7 od 30 saveznika", "18 стран из 32", "Επτά από τα
# τριάντα κράτη". No other body of about 30 members
# counts its members at a target of defence spending (the EU has had 27 or 28), so the count is
# of the allies although the sentence does not name NATO, when it speaks of defence or GDP.
OUT_OF_RECENT_MEMBERSHIP = re.compile(
    rf"^\s*(?:[\w-]+\s+)?(?:{OUT_OF})\s+(?:(?:{OUT_OF_ARTICLES})\s+)?(?:(?:{IN_ALL})\s+)?"
    rf"(?:(?:{'|'.join(map(str, membership_sizes_since(2017)))})(?!\d|[.,]\d)"
    rf"|{MEMBERSHIP_IN_WORDS})", re.I)
# A bare number out of such a membership, its noun left out, a stop right after ("soltanto 11 su
# 31.", "(23 из 32)"); not a word, maybe another noun ("17 dei 30 giorni", days).
MEMBERSHIP_ALONE = re.compile(OUT_OF_RECENT_MEMBERSHIP.pattern + r"\s*(?:[.,;:)]|$)", re.I)
# Without NATO named, the sentence (or the one before) must be about defence, a share of GDP or
# the 2% threshold: "17 de los 30 países de la UE y el EEE alcanzaron el objetivo de vacunación"
# counts no allies.
DEFENCE_OR_GDP = re.compile(r"\bGDP\b|" + GDP_ABBREVIATIONS + r"|БВП|ВВП|ΑΕΠ|(?<![\d.,])2\s?%|"
                            r"\b(?i:defen[cs]e|"
                            r"military)\b|(?i:" + "|".join(FOREIGN_DEFENCE_STEMS) + ")")
# The membership a later count is taken from, right after "from" or "out of":
# Slovenian "Od 32 držav zavezništva je cilj doseglo 23 držav", Croatian "Od 32 članice",
# "Između 32 države", Polish "Spośród 32 państw", "Z 32 krajów NATO": the 32 is the alliance.
# (not "više od", "manje od": more, less than, a hedge of the count itself)
FROM_WORDS = r"od|iz|izmed|među|između|spośród|spomiędzy|z|ze"
FROM_THE_MEMBERS = re.compile(rf"(?<!više\s)(?<!vise\s)(?<!manje\s)\b(?:{FROM_WORDS})\s+$", re.I)
# A bare number whose allies the clause named before it: "spośród 30 państw Sojuszu tylko
# siedem", "30 tagállama közül tavaly összesen heten".
NOUN_BEFORE = re.compile(rf"\b\d{{2}}\s+(?:[\w-]+\s+)?{COUNT_NOUNS}\b[^.;:]{{0,60}}$", re.I)
BARE = re.compile(r"(?:\d{1,2}|[^\W\d_]+)")
# The guideline after the count, in its clause: a target word of another language, or 2% (as
# the languages write it: "2 proc.", "2 për qind", "2 százalék", "Zwei-Prozent-Ziel",
# "tweeprocentsnorm").
TARGET = re.compile(
    r"\b(?:" + "|".join(map(re.escape, FOREIGN_TARGET_WORDS)) + r")\b"
    r"|(?<![\d,.])2\s*(?:%|proc\b|procent|prozent|per\s*cent|por\s*ciento|pour\s*cent"
    r"|për\s+qind|százalék|prosent|odst\w+|faiz\w*)|zwei-prozent|tweeprocent|dwuprocent"
    # two as a word: Slovak "dve percentá HDP", Czech "dvě procenta", German "zwei Prozent",
    # Slovenian "dva odstotka", "dveh odstotkov", Serbian "dva odsto"; the genitive, Slovak
    # "dvoch percent", Czech "dvou procent", Finnish "kahden prosentin", Estonian "kahe
    # protsendi", "kaks protsenti"
    r"|\b(?:dve|dvě|dva|dveh|dwa|zwei|deux|dos|due|doi|két|twee|to|dvoch|dvou|kahden|kahe|kaks)"
    r"\s+(?:percent\w*|procent\w*"
    r"|prozent|százalék\w*|pour\s*cent|por\s*ciento|per\s*cento|la\s+sută|prosent|odst\w+"
    r"|protsen\w+)",
    re.I)
# Another level than 2% in the clause ("trois membres ... 3,5 %"), or a new target ("noua
# țintă de 5%"): a count at another level, which :mod:`analysis.brief.counts` reads in English.
# A level's per-cent word as the languages write it ("3,5 %", "3,5 proc.", "3,5 procent").
PERCENT_WORDS = (r"(?:%|proc|pro[cz]ent|per\s*cent|por\s*ciento|pour\s*cent|për\s+qind|százalék"
                 r"|prosent|odst\w+|protsen)")
OTHER_LEVEL = re.compile(r"(?<![\d,.])(?!2\s*%)(?!2\s+p)\d+(?:[.,]\d+)?\s*" + PERCENT_WORDS +
                         r"|\b(?:nou[aă]?|neue[nrs]?|nuov[oa]|nouve(?:au|lle)|nuev[oa]|now[yae]\w*"
                         r"|nieuwe?|yeni|új)\b", re.I)
ALLIANCE = re.compile(r"\b(?:NATO|Nato|NAVO|OTAN|" + "|".join(
    map(re.escape, FOREIGN_ALLIANCE_WORDS)) + r")", re.I)
# Negations and "below" in the languages read (a count of the others, not of those at it).
# (the words no English word is: counts.BELOW_WORDS reads them with the English ones)
# "without" and "far from" too: "siguen sin cumplir con el compromiso", "loin de l'objectif"
# Romanian "nu" (not), never the Danish, Swedish and Dutch "nu" (now) before a verb of meeting:
# "11 allierede nu når eller overgår to procent-målet", "nu uppfyller", "nu voldoen".
NOW_MEETING = r"(?!\s+(?:når|naar|opfylder|oppfyller|uppfyller|overgår|lever|voldoe\w*|halen)\b)"
BELOW_WORDS_ABROAD = (r"nie|nicht|kein\w*|nu" + NOW_MEETING + r"|nuk|niet|nem|ikke|değil|unter\w*|"
                      r"sotto|sous|"
                      r"debajo|poniżej|onder|sub|alatt|nën|weniger|meno|moins|menos|geen|"
                      r"sin|sem|senza|sans|ohne|bez|fără|lejos|loin|lontan\w*|daleko|"
                      # "no alcanzaron", "não atingiram", "non hanno raggiunto": not reaching;
                      # Turkish "tutturamadı", "ulaşamadı", "erişemedi" (could not reach)
                      r"no\s+(?:han\s+|ha\s+)?(?:alcanz|cumpl|lleg|logr)\w*|"
                      r"não\s+(?:atingi|cumpr|cheg)\w*|"
                      r"non\s+(?:hanno\s+|ha\s+|sono\s+)?(?:raggiun|rispett|centr|arriv)\w*|"
                      r"\w+(?:ama|eme)d[ıi]\w*")
# (Slovenian "ni doseglo", "niso dosegle", Croatian and Serbian "nije", "nisu": did not reach)
NOT_AT_WORDS = BELOW_WORDS_ABROAD + r"|non|ne|n['’]|no|ei|mai\s+pu[țţ]in|ni|niso|nije|nisu"
NOT_AT = re.compile(rf"\b(?:{NOT_AT_WORDS})\b", re.I)
# "at least" with the word for "less" in it: Spanish "al menos", "por lo menos", Portuguese
# "pelo menos", "ao menos", French "au moins", "du moins" (a floor, not a negation).
AT_LEAST = re.compile(r"\b(?:al|por\s+lo|pelo|ao)\s+menos\b|\b(?:au|du)\s+moins\b", re.I)


def negated(before_target: str) -> bool:
    """A negation or "below" word before the target, "at least" aside."""
    return bool(NOT_AT.search(AT_LEAST.sub(" ", before_target)))
# A part of a count named before ("toți aliații ..., dintre care șapte țări", "dont trois
# pays", "davon sieben"), or further allies beside some named ("Kolejne 18 państw"): some
# allies, not all those at a level.
SUBSET_BEFORE = re.compile(r"\b(?:dintre\s+care|dont|davon|darunter|di\s+cui|tra\s+cui|"
                           r"de\s+l[oa]s\s+cuales|entre\s+ell[oa]s|parmi\s+eux|z\s+czego|"
                           r"z\s+nich|waarvan|dos\s+quais|közülük"
                           # further allies beside those named ("Kolejne 18 państw ma przekroczyć
                           # próg 2 proc." after the allies above 3%): "weitere", "altri", ...
                           r"|kolejn\w+|weitere\w*|altr[ie]|otr[oa]s|autres|outr[oa]s|andere"
                           r"|další|további|al[țţ]i|alte)\s+(?:\w+\s+)?$", re.I)
PARENTHESES = re.compile(r"\([^()]*\)")
CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|,\s")
# "must" before the target: the obligation all the allies have, not a count of those at it
MUST = re.compile(rf"\b(?:{OBLIGATION_WORDS})\b", re.I)
# "K cíli dvou procent HDP se v roce 2014 zavázalo všech 28 spojenců", "2014 haben sich 28
# Verbündete zum Zwei-Prozent-Ziel verpflichtet": the allies that pledged the target, not those
# at it
PLEDGED = re.compile(r"\b(?:" + "|".join(FOREIGN_PLEDGE_STEMS) + r")\w*", re.I)


# A Turkish or Azerbaijani case ending glued to a bare count, "22 of them" of a group named before
# it: "Müttəfiqlərdən 22-si 2 faizlik hədəfi yerinə yetirib" (of the allies, 22 met the 2% target).
OF_THEM_GLUED = re.compile(rf"^[-'’](?:{TURKIC_CASE_ENDINGS})(?!\w)")


def is_a_count(unit: object, sentence: str, at: int, surface: str) -> bool:
    if TURKIC_OUT_OF.search(surface):  # "32 NATO ölkəsindən": the 32 the count is out of
        return False
    if FINNISH_OUT_OF.match(sentence, at + len(surface)):  # "32 jäsenmaasta": out of the 32
        return False
    words = surface.split(maxsplit=1)
    if unit in ("countries", "allies") and len(words) == 2 and NOUN_AFTER.match(" " + words[1]):
        return True
    bare = BARE.fullmatch(surface.strip())
    after = sentence[at + len(surface):]
    return bool(OUT_OF_THE_MEMBERS.match(after)) or bool(
        bare and (NOUN_BEFORE.search(sentence[:at]) or OF_THEM_GLUED.match(after)
                  or NOUN_AFTER.match(after) or MEMBERSHIP_ALONE.match(after)))


def out_of_the_members(sentence: str, at: int, surface: str) -> bool:
    """A count out of the membership in another language ("Tento cíl dnes plní 23 z 32
    členských zemí"): :func:`counts_at_target` reads it, not the English counts (which would
    keep it a count of allies at no level)."""
    return at >= 0 and bool(OUT_OF_THE_MEMBERS.match(sentence[at + len(surface):]))


# A hedge of another language the figure's text opens with ("více než 20 zemí", "više od 20
# članica", more than 20): the count is the number after it (the hedge keeps its floor).
HEDGE_OPENING = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(
    FOREIGN_LOWER_HEDGES, key=len, reverse=True))) + r")\s+(?=\d)", re.I)


def counts_at_target(unit: object, sentence: str, at: int, surface: str,
                     previous_sentence: str = "") -> bool:
    """Whether a count in another language counts the allies at the 2% guideline its clause
    names after it (see the module's rules)."""
    hedge = HEDGE_OPENING.match(surface)
    if hedge and at >= 0:
        at, surface = at + hedge.end(), surface[hedge.end():]
    if at < 0 or unit not in ("count", "countries", "allies") or not surface or \
            SUBSET_BEFORE.search(sentence[max(0, at - 30):at]) or \
            MEMBERSHIP_BEFORE.search(sentence[max(0, at - 40):at]) or \
            FROM_THE_MEMBERS.search(sentence[max(0, at - 20):at]):
        return False
    if not is_a_count(unit, sentence, at, surface) or not (
            ALLIANCE.search(f"{previous_sentence} {sentence}")
            or OUT_OF_RECENT_MEMBERSHIP.match(sentence[at + len(surface):])
            and DEFENCE_OR_GDP.search(f"{previous_sentence} {sentence}")):
        return False
    # (an aside in parentheses is not its clause: "20 de los 31 miembros (Islandia no tiene un
    # ejército) gastarán el 2%" negates nothing of the count)
    after = PARENTHESES.sub("", sentence[at + len(surface):])
    # "18 no 31 NATO dalībvalstīm": the membership is the count's, not a negation of its clause
    out_of = OUT_OF_THE_MEMBERS.match(after)
    after = after[out_of.end():] if out_of else after
    clause = _clause_of_the_count(after)
    target = TARGET.search(clause)
    if target is None:
        return not TARGET.search(after[:160]) and _counted_after_its_target(sentence, at) and \
            not OTHER_LEVEL.search(clause)
    return not negated(clause[:target.start()]) and \
        not MUST.search(clause[:target.start()]) and not OTHER_LEVEL.search(clause) and \
        not PLEDGED.search(clause)


# What goes on with a count's clause past its comma: a relative clause of the count ("11 z 31
# členských krajín, ktoré vlani splnili cieľ": which met the target last year), unless a verb
# in it is negated ("ktoré nesplnili"), or an aside naming the membership it is out of ("22
# kraje, spośród 32 zrzeszonych, przekroczyły próg").
RELATIVE_AFTER_COMMA = re.compile(
    r"^,\s+(?:" + "|".join(FOREIGN_RELATIVE_PRONOUNS) + r")\s", re.I)
MEMBERSHIP_ASIDE = re.compile(
    rf"^,\s+(?:{FROM_WORDS}|{OUT_OF})\s+\d{{2}}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=,\s)", re.I)


def _clause_of_the_count(after: str) -> str:
    """The count's clause after it (at most 160 characters), on past a relative clause of the
    count or an aside of its membership."""
    stop = CLAUSE_END.search(after)
    if stop and stop.group().startswith(","):
        rest = after[stop.start():]
        aside = MEMBERSHIP_ASIDE.match(rest)
        if aside or RELATIVE_AFTER_COMMA.match(rest):
            skip = stop.start() + (aside.end() + 1 if aside else 1)
            more = CLAUSE_END.search(after, skip)
            extended = after[skip:more.start() if more else skip + 160]
            if aside or not NEGATED_VERB.search(extended):
                return (after[:stop.start()] + " " + extended)[:160]
    return after[:stop.start() if stop else 160][:160]


def _counted_after_its_target(sentence: str, at: int) -> bool:
    """The count last in its clause, after the target it counts the allies at (Slovak, Czech,
    Hungarian word order): "splnilo záväzok vynaložiť na obranu aspoň dve percentá HDP 11 z
    31 členov", "by malo vynaložiť dve percentá HDP na obranu 18 spojencov"."""
    ends = list(CLAUSE_END.finditer(sentence, 0, at))
    clause = sentence[ends[-1].end() if ends else 0:at][-160:]
    target = TARGET.search(clause)
    return target is not None and not NOT_AT.search(clause) and not MUST.search(clause) and \
        not OTHER_LEVEL.search(clause) and not NEGATED_VERB.search(clause) and \
        not PLEDGED.search(clause)


# Slovak, Czech and Polish write "not" as a prefix of the verb ("nevynaloží", "nesplnilo",
# "nie"): any word opening with "ne" or "ani" (not even) keeps the count unread (also "Nemecko",
# Germany: a recall cost, never a false reading); but for the Czech words that open with "ne"
# and negate nothing: "nebo" (or: "dvě procenta HDP nebo více"), "než" (than), and the
# superlatives "nejméně", "nejvíce" (at least, the most).
NEGATED_VERB = re.compile(r"\b(?:ne(?!bo\b|ž\b|jméně\b|jvíce\b)\w+|ani|nie)\b", re.I)
