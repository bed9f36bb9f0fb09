"""The package's vocabularies, one copy each: what the extractor reads and the brief judges by.

- **Units and kinds** of a figure, as in the labelling guide (LABELLING.md).
- **Hedges**: each hedge word with its class (``approximate``, ``lower``, ``upper``,
  ``just_under``). The extractor reports the hedge it read; the brief turns the class into the
  interval the wording allows.
- **Membership by date**: the allies' accessions, so "31 allies" in February 2024 is the
  alliance as it was then, not a revision of 32.
- **NATO's name** in the languages read, alone or with "the alliance".
- **Months**: the English month names and their abbreviations, with their numbers.
- **Exercise names** the extractor recognises and the brief matches against NATO's statements.

Guideline values (2%, 20%, the Hague targets) are data with their sources, not vocabulary: see
``data/raw/reference``.
This module imports nothing from the package: every layer may read it.
"""

from __future__ import annotations

import datetime as dt
import re

# --- units and kinds -------------------------------------------------------------------------
MONEY_UNITS = ("USD", "EUR", "GBP")
COUNT_UNITS = ("allies", "countries", "troops", "people", "count")
UNITS = (*MONEY_UNITS, "percent", "percent_gdp", "troops", "allies", "countries", "people",
         "year", "count", "other")
UNITS = tuple(dict.fromkeys(UNITS))
KINDS = ("amount", "share", "count", "year", "date", "other")
CLAIM_KINDS = ("amount", "share", "count")  # kinds a source states as a claim worth checking
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}  # English scale words

# --- hedges ----------------------------------------------------------------------------------
APPROXIMATE, LOWER, UPPER, JUST_UNDER, EXACT = (
    "approximate", "lower", "upper", "just_under", "exact")
# "More than" in other languages, a hedge before any number ("über 90.000", "ponad 3 proc.",
# "meer dan twintig", "více než 20", "более 20", "превысят" (will exceed), "над", "πάνω από").
FOREIGN_LOWER_HEDGES = ("über", "mehr als", "más de", "plus de", "oltre", "ponad", "meer dan",
                        "mais de", "mer än", "mer enn", "více než", "viac ako", "több mint",
                        "более", "свыше", "превысят", "понад", "над", "повече от", "πάνω από",
                        # Serbian, Croatian and Bosnian "više od 20 članica", "preko 20"
                        "više od", "preko")
# Every hedge before a number, lower case, with its class: "more than 90,000" is a floor.
HEDGES: dict[str, str] = {
    # approximate: the number is a round stand-in for the value (also "rund 90.000", "около")
    "about": APPROXIMATE, "around": APPROXIMATE, "roughly": APPROXIMATE, "or so": APPROXIMATE,
    "approximately": APPROXIMATE, "approx": APPROXIMATE, "approx.": APPROXIMATE,
    "some": APPROXIMATE, "roughly some": APPROXIMATE, "circa": APPROXIMATE, "c.": APPROXIMATE,
    "ca.": APPROXIMATE, "an estimated": APPROXIMATE, "estimated": APPROXIMATE, "near": APPROXIMATE,
    "nearly about": APPROXIMATE, "roughly about": APPROXIMATE, "~": APPROXIMATE,
    "rund": APPROXIMATE, "etwa": APPROXIMATE, "ok.": APPROXIMATE, "około": APPROXIMATE,
    "yaklaşık": APPROXIMATE, "environ": APPROXIMATE, "unos": APPROXIMATE, "около": APPROXIMATE,
    "примерно": APPROXIMATE, "приблизно": APPROXIMATE, "περίπου": APPROXIMATE,
    # lower: the value is at or above the number
    "more than": LOWER, "over": LOWER, "above": LOWER, "at least": LOWER, "exceeds": LOWER,
    "exceeding": LOWER, "upwards of": LOWER, "upward of": LOWER, "just over": LOWER,
    "just above": LOWER, "in excess of": LOWER, "well over": LOWER, "well above": LOWER,
    "no less than": LOWER, "slightly more than": LOWER, "a little over": LOWER, "-dən çox": LOWER,
    "a little more than": LOWER, "+": LOWER, "or more": LOWER, "as few as": LOWER,
    **dict.fromkeys(FOREIGN_LOWER_HEDGES, LOWER),
    # just under: the value is a little below the number
    "nearly": JUST_UNDER, "almost": JUST_UNDER, "close to": JUST_UNDER, "just under": JUST_UNDER,
    "just below": JUST_UNDER, "just shy of": JUST_UNDER, "shy of": JUST_UNDER, "nigh": JUST_UNDER,
    "почти": JUST_UNDER, "майже": JUST_UNDER, "практически": JUST_UNDER, "σχεδόν": JUST_UNDER,
    # upper: the value is at or below the number
    "up to": UPPER, "under": UPPER, "below": UPPER, "less than": UPPER, "at most": UPPER,
    "fewer than": UPPER, "no more than": UPPER, "well below": UPPER, "as many as": UPPER,
    "as much as": UPPER,
}
# Hedges written after the number ("50+", "90,000 or more", "a dozen or so").
POST_HEDGES = ("+", "or more", "or so", "-dən çox")  # (Azerbaijani "3 %-dən çox", over 3%)


def hedge_class(qualifier: object) -> str:
    """The class of a hedge as the extractor reports it; ``exact`` for none or an unknown word.

    A hedge that extends a known one ("just over", "well under") takes the class of the longest
    known hedge it starts or ends with.
    """
    if not isinstance(qualifier, str):
        return EXACT
    text = " ".join(qualifier.lower().split())
    if not text:
        return EXACT
    if text in HEDGES:
        return HEDGES[text]
    for hedge in sorted(HEDGES, key=len, reverse=True):
        if text.startswith(hedge + " ") or text.endswith(" " + hedge):
            return HEDGES[hedge]
    return EXACT


# --- months ----------------------------------------------------------------------------------
# English month names, January first: a month's number is its place plus one.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, 1)}
# Their first three letters, as "Jan", "Feb" abbreviate them (and "May" writes itself).
MONTH_ABBREVIATIONS = {name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)}
# German months: a full stop after the day ("bis zum 23. Juni") ends no sentence.
GERMAN_MONTHS = (r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                 r"|Dezember")


# --- NATO's name -----------------------------------------------------------------------------
# NATO as the news of every language read writes it: English, French/Spanish/Portuguese "OTAN",
# Dutch "NAVO", Cyrillic "НАТО". Case-sensitive: the capitals tell the name from a word.
NATO_ENGLISH_NAMES = ("NATO", "Nato")
NATO_NAMES = (*NATO_ENGLISH_NAMES, "OTAN", "Otan", "NAVO", "Navo", "НАТО")
# The English names as alternatives to join other words in one group: "(?:NATO|Nato|alliance)".
NATO_IN_ENGLISH = "|".join(NATO_ENGLISH_NAMES)
NATO_NAME = "(?:" + "|".join(NATO_NAMES) + ")"
NATO_NAMED = re.compile(rf"\b{NATO_NAME}\b")
# NATO or "the alliance" named: English news often calls NATO "the alliance" after naming it once.
NATO_OR_ALLIANCE_NAMED = re.compile(rf"\b(?:{NATO_NAME}|[Aa]lliance)\b")
# NATO or its members as English news names them ("the allies", "member states"), regex pieces.
NATO_OR_MEMBERS_IN_ENGLISH = (*NATO_ENGLISH_NAMES, "[Aa]llies", "[Aa]lliance", "[Aa]llied",
                              r"member\s+states", "members", r"member\s+countries")

# --- membership by date ----------------------------------------------------------------------
# (date of accession, allies joining). Sources: NATO, "Enlargement and Article 10".
ACCESSIONS: tuple[tuple[dt.date, tuple[str, ...]], ...] = (
    (dt.date(1949, 8, 24), ("Belgium", "Canada", "Denmark", "France", "Iceland", "Italy",
                            "Luxembourg", "Netherlands", "Norway", "Portugal", "United Kingdom",
                            "United States")),
    (dt.date(1952, 2, 18), ("Greece", "Türkiye")),
    (dt.date(1955, 5, 6), ("Germany",)),
    (dt.date(1982, 5, 30), ("Spain",)),
    (dt.date(1999, 3, 12), ("Czechia", "Hungary", "Poland")),
    (dt.date(2004, 3, 29), ("Bulgaria", "Estonia", "Latvia", "Lithuania", "Romania",
                            "Slovak Republic", "Slovenia")),
    (dt.date(2009, 4, 1), ("Albania", "Croatia")),
    (dt.date(2017, 6, 5), ("Montenegro",)),
    (dt.date(2020, 3, 27), ("North Macedonia",)),
    (dt.date(2023, 4, 4), ("Finland",)),
    (dt.date(2024, 3, 7), ("Sweden",)),
)
# Every size the alliance has had: 12, 14, 15, 16, 19, 26, 28, 29, 30, 31, 32.
MEMBERSHIP_SIZES = tuple(
    sum(len(joined) for _, joined in ACCESSIONS[:index + 1]) for index in range(len(ACCESSIONS)))


def membership_sizes_since(year: int) -> tuple[int, ...]:
    """The sizes the alliance has had from the accessions of ``year`` on (2004: 26 ... 32)."""
    return tuple(size for (joined_on, _), size in zip(ACCESSIONS, MEMBERSHIP_SIZES, strict=True)
                 if joined_on.year >= year)


def members_on(day: dt.date) -> tuple[str, ...]:
    """The allies on ``day`` (empty before the Treaty entered into force)."""
    return tuple(ally for joined_on, joined in ACCESSIONS if joined_on <= day for ally in joined)


# Allies NATO's expenditure tables leave out: Iceland has no armed forces.
ALLIES_WITHOUT_ARMED_FORCES = ("Iceland",)


def membership_size(day: dt.date) -> int:
    """How many allies NATO had on ``day``: 31 on 2024-02-15, 32 from 2024-03-07."""
    return len(members_on(day))


def accession_year(ally: str) -> int | None:
    """The year ``ally`` joined (NATO spelling), None for a country that is not an ally."""
    for joined_on, joined in ACCESSIONS:
        if ally in joined:
            return joined_on.year
    return None


# --- exercises -------------------------------------------------------------------------------
EXERCISE_NAMES = (
    "Steadfast Defender", "Trident Juncture", "Cold Response", "Air Defender", "Strong Resolve",
    "BALTOPS", "Defender Europe", "Defender-Europe", "Dynamic Mongoose", "Dynamic Manta",
    "Saber Strike", "Anakonda", "Brilliant Jump", "Iron Wolf", "Ramstein Flag", "Nordic Response",
    "Steadfast Noon", "Neptune Strike", "Swift Response", "Saber Guardian", "Zapad",
    "Arctic Challenge", "Dragon", "Crystal Arrow", "Spring Storm", "Hedgehog", "Locked Shields",
    "Steadfast Jupiter",
)

# English, German, Polish, Italian, French, Spanish, Turkish, Norwegian, Portuguese, Dutch,
# Romanian, Czech, Slovak, Hungarian ("hadgyakorlat": a bare "gyakorlat" is also "practice"),
# Finnish, Albanian, Swedish ("Natoövningen"), Bulgarian "учението", Serbian "вежбе", Greek
# "γυμνάσια", "άσκηση", Lithuanian "pratybos", Latin Serbian "vežbe", Bosnian "vježbe", Slovenian
# "vaja" ("vaji", "vajo"), Danish compounds ("militærøvelse"), Ukrainian "навчання", Azerbaijani
# "təlim" ("Təlimlərdə", in the exercises; "təlimin", of the exercise).
EXERCISE_WORDS = re.compile(r"\b(exercises?|drills?|manoeuvres?|maneuvers?|war\s+games?|"
                            r"(?:militär|groß|luftwaffen|marine|heeres)?übung(?:en)?|\w*manövers?|"
                            r"ćwicze\w*|esercitazion[ei]|exercices?|ejercicios?|tatbikat\w*|\w*øvelse\w*|vaj[aeio]|"
                            r"maniobras?|simulacros?|exercícios?|manobras?|manovre|manewr\w*"
                            r"|oefening(?:en)?|exerci[țţ]i\w*|man[eé]vr\w*|cvičen[íie]\w*"
                            r"|hadgyakorlat\w*|\w*harjoitu\w*|stërvitj\w*|ushtrim\w*"
                            r"|\w*övning\w*|учени[еяю]\w*|навчан\w*|вежб\w*|γυμνάσι\w*|άσκησ\w*|ασκήσ\w*|pratyb\w*|vj?ežb\w*"
                            r"|təlim\w*)\b", re.IGNORECASE)

# "More than 50 ships ... will take part" after a sentence about the drills: their participants.
# "It will involve units from all 31 NATO member countries" after it too: who sends forces.
# German "teilnehmen", "beteiligt", Spanish "participarán", French "ont pris part", Italian
# "parteciperanno", Portuguese "participar", Polish "wezmą udział", Dutch "deelnemen(de)",
# Romanian "participa", Czech "zúčastní", Hungarian "részt vesz", Lithuanian "dalyvauja", Greek
# "συμμετείχαν", Bulgarian "участват", Serbian "učestvovati", Slovenian "sodelovalo", Danish
# "deltager"; sent: "mobilizados", "schierati"; involved: "will also be involved", "seront
# impliqués", "estarán involucrados", "saranno coinvolti", "serão envolvidos" (not "involved in"
# something else, not "were not involved").
TAKING_PART = re.compile(r"\b(?:take|takes|taking|took)\s+part\b|\b(?:participat|mobiliza[dt])\w*\b"
                         r"|\binvolv\w*\s+(?:\w+\s+){0,2}?from\b"
                         r"|\b(?:be|are|were|is|was|been|being)\s+(?:(?!not\b|never\b)\w+\s+)?"
                         r"involved\b(?!\s+in\b)"
                         r"|\b(?:impliqu[ée]e?s|involucrad[oa]s|implicad[oa]s|coinvolt[ie]"
                         r"|envolvid[oa]s)\b|\b(?:\w*teilnehm\w*|teilnahme"
                         r"|\w*teilgenommen|beteilig(?:t|en)|participar\w*|participer\w*|participent"
                         r"|participa|participă|partecip\w*|uczestnicz\w*|(?:we[zź]m|bior|wzię)\w*\s+"
                         r"(?:w\s+\w+\s+)?udział|deel(?:nemen|genomen|neemt)|meedoen|doen\s+(?:\w+\s+)?mee"
                         r"|dalyv\w*|sodelova\w*|delta(?:r|ger|ge)|deelnemend\w*|συμμετ\w*|участ\w*|u[čc]estv\w*|учеств\w*|schierat[ioe]"
                         r"|zúčastn\w*|részt\s+vesz\w*|(?:pris|prend\w*)\s+part)\b", re.I)


def talks_of_exercise(sentence: str, previous_sentence: str = "") -> bool:
    """The sentence is about an exercise, or is an item of a list an exercise sentence introduced
    ("Cavoli mentioned that the exercises will involve:" then "Over 50 ships;"), or says who takes
    part right after a sentence about or naming an exercise ("Steadfast Defender is under way")."""
    return bool(EXERCISE_WORDS.search(sentence)) or (
        (previous_sentence.rstrip().endswith(":") or bool(TAKING_PART.search(sentence)))
        and bool(EXERCISE_WORDS.search(previous_sentence) or find_exercise(previous_sentence)))


def find_exercise(text: object, names: tuple[str, ...] | list[str] = EXERCISE_NAMES) -> str | None:
    """The first exercise of ``names`` named in ``text`` (case-insensitive), else None."""
    if not isinstance(text, str):
        return None
    lowered = text.lower()
    hits = [(lowered.find(name.lower()), name) for name in names if name.lower() in lowered]
    return min(hits)[1] if hits else None


# --- like with like: what the source brief compares (analysis.brief.subject, .basis) ----------
# Each list names words of a figure's clause that make it another quantity than NATO's numbers,
# so that the brief leaves it unmatched instead of raising a false alarm (issue 9).
# Money that goes to Ukraine or another partner, or that is a fund or a need, not an ally's
# defence spending.
AID_WORDS = (
    "aid", "assistance", "package", "packages", "donat", "loan", "loans", "grant", "grants",
    "tranche", "tranches", "purl", "fund", "funds", "funding", "financing", "reconstruction",
    "need", "needs", "needed", "shortfall", "gap", "frozen", "assets", "sanctions", "weapons for",
    "military support", "support for", "support to", "supplied", "supply",
)
# Countries that are not allies: money or shares "for Ukraine", "Russia's budget", and a share
# a non-member owns ("Serbia ... accounted for 2% of its GDP", analysis.brief.non_member).
NON_ALLY_COUNTRIES = (
    "Ukraine", "Ukrainian", "Kyiv", "Kiev", "Russia", "Russian", "Moscow", "Kremlin", "China",
    "Chinese", "Beijing", "Israel", "Taiwan", "Japan", "Australia", "Iran", "North Korea",
    "South Korea", "India", "Serbia", "Bosnia and Herzegovina", "Bosnia", "Kosovo", "Moldova",
    "Georgia", "Belarus", "Armenia", "Azerbaijan", "Austria", "Switzerland", "Ireland", "Malta",
    "Cyprus", "New Zealand", "Saudi Arabia",
)
# A plan or a goal, not a measured value: "aims to reach 3%", "pledged 2.5% by 2027".
PLAN_WORDS = (
    "plan", "plans", "planned", "planning", "aim", "aims", "aiming", "want", "wants", "wanted",
    "pledge", "pledges", "pledged", "pledging", "promise", "promised", "promises", "propose",
    "proposed", "proposes", "proposal", "initiative", "intend", "intends", "intention", "ambition",
    "aspiration", "will meet", "will reach", "new guideline", "vowed", "vows", "commit",
    "commits", "committed", "commitment", "commitments", "target", "targets",
    "goal", "goals", "would", "could", "should", "must", "call", "calls", "called", "demand",
    "demanded", "demands", "urge", "urged", "consider", "considers", "considering", "push",
    "pushed", "insist", "insisted", "path", "seeks to", "hopes to", "is due to", "is to spend",
    "trajectory", "roadmap", "forecast", "reach", "reaching", "raise", "raising", "hike",
    "increase to", "rise to", "boost to", "lift", "envisaged", "envisioned", "foreseen",
    "budgeted", "expects to", "requires", "required", "require", "looking to", "on course to",
    "earmarks", "advocate", "advocates", "advocated", "advocating",
    # "increasing budgets beyond 2 percent, potentially to 3 percent": a level only hoped for
    "potentially to", "possibly to", "perhaps to", "eventually to", "ultimately to")
# Plan words that, capitalised inside a sentence, end the name of an organisation ("the Three
# Seas Initiative", "the European Sky Shield Initiative"): a plan only in lower case.
PLAN_WORDS_ENDING_NAMES = ("initiative",)
# Nouns that name a guideline or target ("the 2 percent obligation", "kept their promise",
# "the 2% norm", "the 3.5% ambition"), the surest first. A reading far from a level (a count
# "meeting the goal", a guideline "agreed in 2014") takes only the first groups, the nouns no
# other sense of the sentence shares; beside a level ("the 2% X") every noun names a guideline.
# The first three name no other level than NATO's ("goal" and "threshold" may be anyone's): near a
# count of countries they say the countries are allies ("12 countries meet the benchmark").
NATO_TARGET_NOUNS = ("guideline", "target", "benchmark")
SURE_GUIDELINE_NOUNS = (*NATO_TARGET_NOUNS, "goal", "threshold")
PLEDGE_NOUNS = ("pledge", "commitment")  # the promise to reach it
FLOOR_NOUNS = ("minimum", "floor")  # "a minimum of 2%", "the 2% floor"
GUIDELINE_NOUNS = (
    *SURE_GUIDELINE_NOUNS, *PLEDGE_NOUNS, *FLOOR_NOUNS, "quota", "obligation", "requirement",
    "objective", "norm", "criterion", "criteria", "promise", "standard", "bar", "mark", "rule",
    "ambition", "baseline", "aspiration",
)
# A share of GDP a government reports of itself ("Romania's Defence Ministry spent some 2.26%"),
# not NATO's estimate: who speaks in the figure's clause.
# The verbs of a speaker's own claim of its figure: "Germany says it spends 2.3%", "Paris
# claimed 2%".
OWN_CLAIM_VERBS = ("says", "said", "claims", "claimed", "insists", "insisted")
# A government named by its seat: "the White House puts it at 3.1%", "the Pentagon says".
GOVERNMENT_SEATS = ("White House", "Pentagon", "Downing Street", "Elysée", "Élysée")
NATIONAL_SOURCE_WORDS = ("ministry", "minister", "government", "cabinet", "treasury",
                         *GOVERNMENT_SEATS)
# Sources that are not NATO named for a figure ("According to the Stockholm International Peace
# Research Institute (SIPRI), Norway spent ... 1.6% of GDP", "According to the recent article
# published Balkan Defense Monitor 2024, Serbia ..."): their figures are compared only to agree.
OTHER_SOURCE_WORDS = (
    "SIPRI", "Stockholm International Peace Research Institute", "IISS", "institute", "IMF",
    "International Institute for Strategic Studies", "think tank", "think-tank", "Eurostat",
    "statistics office", "statistical office", "statistics agency", "statistical agency",
    "statistics bureau", "statistical bureau", "national statistics", "World Bank", "monitor",
    # national statistics offices named "Statistics <country>" in English
    "Statistics Norway", "Statistics Canada", "Statistics Sweden", "Statistics Finland",
    "Statistics Denmark", "Statistics Poland", "Statistics Netherlands", "Statistics Estonia",
    "Statistics Lithuania", "Statistics Iceland", "Statistics Portugal", "Statistics Belgium",
    "Statistics Slovenia", "Statistics Latvia", "Statistics Austria",
    "study", "article", "survey", "analysis", "research", "researchers", "analysts", "database",
    "index", "Kiel", "European Defence Agency", "European Defense Agency", "EDA",
    "fiscal council", "central bank", "European Commission", "OECD", "opposition", "parliament",
    # the plurals: "according to military spending databases, Hungary spent 2.1%"
    "institutes", "think tanks", "think-tanks", "monitors", "studies", "articles", "surveys",
    "analyses", "databases", "indices", "indexes", "RAND", "CSIS", "Janes", "Global Firepower",
    # parliaments' and auditors' own services: "the Congressional Research Service puts ...",
    # "Canada's Parliamentary Budget Officer estimated", "the Supreme Audit Office said"
    "research service", "budget officer", "budget office", "Office for Budget Responsibility",
    "audit office", "court of audit", "court of auditors", "Commons Library",
    # the US Congressional Budget Office and Canada's Parliamentary Budget Officer
    "CBO", "PBO",
)
# A price basis the text states for a money figure; without one, both bases are compared.
CONSTANT_PRICE_WORDS = ("2015 prices", "constant prices", "constant 2015", "constant dollars",
                        "in real terms", "inflation-adjusted", "adjusted for inflation",
                        # Russian, Spanish, Portuguese, Italian, French, German: "in real prices",
                        # "taking inflation into account", "in real terms"
                        "в реальных ценах", "с учетом инфляции", "с учётом инфляции",
                        "en términos reales", "em termos reais", "in termini reali",
                        "en termes réels", "inflationsbereinigt")
CURRENT_PRICE_WORDS = ("current prices", "current dollars", "nominal terms", "in nominal")
# Counted things that are a part of an exercise's total of combat vehicles, ships or aircraft.
PART_OF_VEHICLES = ("tank", "tanks", "infantry fighting", "fighting vehicles", "armoured",
                    "armored", "personnel carriers", "howitzers", "artillery", "trucks",
                    "launchers", "leopard", "abrams", "bradley", "cv90")
# Standing forces, not an exercise's participants: "NATO's high-readiness forces have been
# increased to 500.000 personnel, and the Steadfast Defender 2024 exercise involved ...".
STANDING_FORCE_WORDS = ("high-readiness", "high readiness", "readiness forces", "response force",
                        "force model", "on standby", "at readiness")
# The allies' English adjectives, with the ally each names (NATO spelling): "the Polish
# military" is Poland's.
ALLY_ADJECTIVES = {
    "American": "United States", "British": "United Kingdom", "German": "Germany",
    "French": "France", "Polish": "Poland", "Italian": "Italy", "Spanish": "Spain",
    "Dutch": "Netherlands", "Norwegian": "Norway", "Swedish": "Sweden", "Finnish": "Finland",
    "Danish": "Denmark", "Canadian": "Canada", "Turkish": "Türkiye", "Romanian": "Romania",
    "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Belgian": "Belgium",
    "Czech": "Czechia", "Slovak": "Slovak Republic", "Hungarian": "Hungary", "Greek": "Greece",
    "Portuguese": "Portugal", "Bulgarian": "Bulgaria", "Croatian": "Croatia",
    "Albanian": "Albania", "Slovenian": "Slovenia", "Montenegrin": "Montenegro",
    "Icelandic": "Iceland", "Luxembourgish": "Luxembourg", "Macedonian": "North Macedonia",
}


# Words that leave something out of a figure, in both readings of it: an ally left out of an
# aggregate (EXCLUDING_AN_ALLY) and a part of spending left out of a share of GDP
# (brief.share_basis.EXCLUDING_A_PART). Each: (word, example); the idioms that are no exclusion
# are kept out ("ohne Zweifel", "sin embargo", "senza dubbio", "bez wątpienia", "zonder twijfel").
LEAVING_OUT_WORDS = (
    ("excluding", "excluding the US"), ("ohne(?!\\s+Zweifel)", "ohne die USA"),
    ("hors", "hors États-Unis"), ("sin(?!\\s+embargo|\\s+duda)", "sin Estados Unidos"),
    ("senza(?!\\s+dubbio)", "senza gli Stati Uniti"), ("bez(?!\\s+wątpienia)", "bez USA"),
    ("zonder(?!\\s+(?:twijfel|moeite))", "zonder de VS"),
)
# "Excluding the US, allies spend 1.8%": the ally after one of these words is left out of the
# figure, never its owner. Each: (word, example), English, German, French, Spanish and
# Portuguese, Italian, Polish, Latvian, Dutch, Romanian, Czech. Only before an ally, so words
# too common to read alone ("without", "sans") may stand here.
EXCLUDING_WORDS = (
    *LEAVING_OUT_WORDS, ("except(?:\\s+for)?", "except the United States"),
    ("without", "without the US"), ("apart\\s+from", "apart from America"),
    ("au[ßs]er", "außer den USA"), ("sans", "sans les États-Unis"), ("sem", "sem os EUA"),
    ("excepto", "excepto Estados Unidos"), ("escluso|esclusi", "esclusi gli Usa"),
    ("neskaitot", "neskaitot ASV"), ("exclusiv", "exclusiv SUA"), ("kromě", "kromě USA"),
)
EXCLUDING_AN_ALLY = re.compile(r"\b(?:" + "|".join(word for word, _ in EXCLUDING_WORDS) + r")\s+"
                               r"(?:(?:the|die|den|les|los|las|os|gli|de|le|la|el)\s+)?", re.I)
