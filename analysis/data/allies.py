"""NATO's allies by name: NATO's spelling and the other spellings that mean the same ally.

The one list every module reads names from (the workbook parser, the reference loaders, the
extractor, the source checks). Imports only the standard library and
:mod:`analysis.vocabulary` so that ``import analysis.extract`` stays light.
"""

from __future__ import annotations

import unicodedata

from analysis.data.ally_names_by_language import (
    AZERBAIJANI_NAMES,
    BULGARIAN_NAMES,
    CATALAN_NAMES,
    ESTONIAN_NAMES,
    FINNISH_NAMES,
    INDONESIAN_NAMES,
    LITHUANIAN_NAMES,
    POLISH_ACCUSATIVES,
    RUSSIAN_NAMES,
    SOUTH_SLAVIC_NAMES,
    UKRAINIAN_NAMES,
)
from analysis.vocabulary import ACCESSIONS

# Every ally, alphabetically, from the accessions (the one place an ally's joining is written).
ALLIES: tuple[str, ...] = tuple(sorted(ally for _, joined in ACCESSIONS for ally in joined))

# Other spellings (lower case) of an ally, mapped to NATO's current spelling. Abbreviations
# (see is_abbreviation) are written upper case in running text.
ALIASES: dict[str, str] = {
    "czech republic": "Czechia",
    "slovakia": "Slovak Republic",
    "turkey": "Türkiye",
    "turkiye": "Türkiye",
    "the netherlands": "Netherlands",
    "macedonia": "North Macedonia",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "united states of america": "United States",
    "usa": "United States",
    "us": "United States",
    "u.s.": "United States",
}

# The allies' names in the languages of the news the brief reads (Italian, Romanian, Portuguese,
# Spanish, German, Turkish, French, Polish with its common case endings, Norwegian, Dutch, Czech,
# Hungarian, Latvian and Slovak (where it differs from Czech), in the nominative: "Česko",
# "Magyarország", "Kanāda", "Poľsko"; German genitives
# "Polens", "Deutschlands"), where they
# differ from NATO's spelling (a Turkish name that starts with "İ" also as "İ" lower-cases, to
# "i" and a combining dot). Only names that are no English word ("Island", German and
# Norwegian for Iceland, is left out: "island" is running English text; so is Polish "Czech").
FOREIGN_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("albânia", "albanien", "arnavutluk", "albanie", "albanië", "albánie", "albánia",
                "albānija", "albaniens", "albánsko"),
    "Belgium": ("belgio", "belgia", "bélgica", "belgien", "belçika", "belgique", "belgië",
                "belgie", "belģija", "belgiens", "belgicko"),
    "Bulgaria": ("bulgária", "bulgarien", "bulgaristan", "bulgarie", "bułgaria", "bułgarii",
                 "bulgarije", "bulharsko", "bulgārija", "bulgariens"),
    "Canada": ("canadá", "kanada", "kanady", "kanāda", "kanadas"),
    "Croatia": ("croazia", "croația", "croaţia", "croácia", "croacia", "kroatien", "hırvatistan",
                "croatie", "chorwacja", "chorwacji", "kroatia", "kroatië", "chorvatsko",
                "horvátország", "horvātija", "kroatiens", "chorvátsko"),
    "Czechia": ("repubblica ceca", "cehia", "republica cehă", "chéquia", "república checa",
                "tschechien", "çekya", "tchéquie", "république tchèque", "czechy", "tsjekkia",
                "tsjechië", "česko", "česku", "česka", "csehország", "čehija", "tschechiens",
                # the Czechs' long name, as the press declines it: "včetně České republiky"
                "česká republika", "české republiky", "české republice", "českou republiku",
                "českou republikou"),
    "Denmark": ("danimarca", "danemarca", "dinamarca", "dänemark", "danimarka", "danemark",
                "dania", "danii", "danmark", "denemarken", "dánsko", "dánia", "dānija",
                "dänemarks"),
    "Estonia": ("estónia", "estônia", "estland", "estonya", "estonie", "estonii", "estonią",
                "estonsko", "észtország", "igaunija", "estlands", "estónsko"),
    "Finland": ("finlandia", "finlanda", "finlândia", "finnland", "finlandiya", "finlande",
                "finlandii", "finsko", "finnország", "somija", "finnlands", "fínsko"),
    "France": ("francia", "franța", "franţa", "franta", "frança", "frankreich", "fransa",
               "francja", "francji", "frankrike", "frankrijk", "francie", "franciaország",
               "francija", "frankreichs", "francúzsko"),
    "Germany": ("germania", "alemanha", "alemania", "deutschland", "almanya", "allemagne",
                "niemcy", "niemiec", "tyskland", "duitsland", "německo", "německa", "németország",
                "vācija", "deutschlands", "nemecko"),
    "Greece": ("grecia", "grécia", "griechenland", "yunanistan", "grèce", "grecja", "grecji",
               "hellas", "grekland", "griekenland", "řecko", "görögország", "grieķija",
               "griechenlands", "grécko"),
    "Hungary": ("ungheria", "ungaria", "hungria", "hungría", "ungarn", "macaristan", "hongrie",
                "węgry", "węgier", "hongarije", "maďarsko", "magyarország", "ungārija", "ungarns"),
    "Iceland": ("islanda", "islândia", "islandia", "izlanda", "i̇zlanda", "islande", "ijsland",
                "izland"),
    "Italy": ("italia", "itália", "italien", "italya", "i̇talya", "italie", "włochy", "włoch",
              "italië", "itálie", "olaszország", "itālija", "italiens", "taliansko"),
    "Latvia": ("lettonia", "letonia", "letónia", "letônia", "lettland", "letonya", "lettonie",
               "łotwa", "łotwy", "łotwą", "letland", "lotyšsko", "lettország", "latvija",
               "lettlands"),
    "Lithuania": ("lituania", "lituânia", "litauen", "litvanya", "lituanie", "litwa", "litwy",
                  "litwą", "litouwen", "litva", "litvánia", "lietuva", "litauens"),
    "Luxembourg": ("lussemburgo", "luxemburg", "luxemburgo", "lüksemburg", "luksemburg",
                   "lucembursko", "luksemburga", "luxembursko"),
    "Montenegro": ("muntenegru", "karadağ", "monténégro", "czarnogóra", "montenegró",
                   "melnkalne", "čierna hora"),
    "Netherlands": ("paesi bassi", "olanda", "țările de jos", "ţările de jos", "países baixos",
                    "holanda", "países bajos", "niederlande", "hollanda", "pays-bas", "holandia",
                    "holandii", "nederland", "nizozemsko", "hollandia", "nīderlande", "hollands",
                    "holandsko"),
    "North Macedonia": ("macedonia del nord", "macedonia de nord", "macedónia do norte",
                        "macedonia del norte", "nordmazedonien", "kuzey makedonya",
                        "macédoine du nord", "macedonia północna", "noord-macedonië",
                        "észak-macedónia", "ziemeļmaķedonija", "severné macedónsko"),
    "Norway": ("norvegia", "noruega", "norwegen", "norveç", "norvège", "norwegia", "norwegii",
               "norge", "noorwegen", "norsko", "norvégia", "norvēģija", "norwegens", "nórsko"),
    "Poland": ("polonia", "polónia", "polônia", "polen", "polonya", "pologne", "polska", "polski",
               "polsce", "polskę", "polską", "polsko", "lengyelország", "polija", "polens",
               "poľsko"),
    "Portugal": ("portogallo", "portugalia", "portekiz", "portugalii", "portugalsko", "portugália",
                 "portugāle", "portugals"),
    "Romania": ("românia", "roménia", "romênia", "rumania", "rumänien", "romanya", "roumanie",
                "rumunia", "rumunii", "roemenië", "rumunsko", "románia", "rumānija", "rumäniens"),
    "Slovak Republic": ("slovacchia", "slovacia", "eslováquia", "eslovaquia", "slowakei",
                        "slovakya", "slovaquie", "słowacja", "słowacji", "slowakije", "slovensko",
                        "szlovákia", "slovākija", "slovakien"),
    "Slovenia": ("eslovénia", "eslovênia", "eslovenia", "slowenien", "slovenya", "slovénie",
                 "słowenia", "słowenii", "slovenië", "slovinsko", "szlovénia", "slovēnija",
                 "sloweniens"),
    "Spain": ("spagna", "spania", "espanha", "españa", "spanien", "ispanya", "i̇spanya", "espagne",
              "hiszpania", "hiszpanii", "spanje", "španělsko", "spanyolország", "spānija",
              "spaniens", "španielsko"),
    "Sweden": ("svezia", "suedia", "suécia", "suecia", "schweden", "isveç", "i̇sveç", "suède",
               "szwecja", "szwecji", "sverige", "zweden", "švédsko", "svédország", "zviedrija",
               "schwedens"),
    "Türkiye": ("turchia", "turcia", "turquia", "turquía", "türkei", "turquie", "turcja", "turcji",
                "tyrkia", "turkije", "turecko", "törökország", "turcija"),
    "United Kingdom": ("regno unito", "regatul unit", "marea britanie", "reino unido",
                       "vereinigtes königreich", "vereinigte königreich", "vereinigten königreich",
                       "birleşik krallık", "ingiltere", "i̇ngiltere",
                       "royaume-uni", "wielka brytania", "wielkiej brytanii", "storbritannia",
                       "storbritannien",
                       "verenigd koninkrijk", "velká británie", "egyesült királyság",
                       "nagy-britannia", "lielbritānija", "veľká británia"),
    "United States": ("stati uniti", "statele unite", "sua", "estados unidos", "eua",
                      "vereinigte staaten", "amerika birleşik devletleri", "abd", "états-unis",
                      "stany zjednoczone", "stanów zjednoczonych", "verenigde staten",
                      "egyesült államok", "asv", "spojené štáty", "spojených štátov"),
}
# Hungarian names in -a (and "Kanada", "Hollandia") other than those in -ország, whose case
# forms :func:`hungarian_case_forms` adds.
HUNGARIAN_NAMES_IN_A = ("albánia", "bulgária", "dánia", "litvánia", "norvégia", "portugália",
                        "románia", "szlovákia", "szlovénia", "hollandia", "kanada",
                        "észak-macedónia")


def hungarian_case_forms(spelling: str) -> tuple[str, ...]:
    """The case forms of a Hungarian name the news puts a figure with: possessive "-é" ("A
    második hely Litvániáé 4 százalékkal", second place is Lithuania's), "-ban" (in), "-nak"
    (for: "Lengyelországnak 4,1 százalék"); a final "a" lengthens to "á" before them
    ("Litvániában"), "-ország" takes the back vowels ("Lengyelországban"). (Each form is
    tried in every text: the rarer cases are left out.)"""
    if spelling.endswith("ország"):
        return tuple(spelling + ending for ending in ("é", "ban", "nak"))
    if spelling in HUNGARIAN_NAMES_IN_A:
        return tuple(spelling[:-1] + "á" + ending for ending in ("é", "ban", "nak"))
    return ()


FOREIGN_NAMES = {name: spellings + tuple(form for spelling in spellings
                                         for form in hungarian_case_forms(spelling))
                 for name, spellings in FOREIGN_NAMES.items()}
# NATO's workbooks write names in English: "Belgia" there is a damaged cell, not Belgium.
ENGLISH_ALIASES = dict(ALIASES)
ALIASES |= {spelling: name for table in (FOREIGN_NAMES, UKRAINIAN_NAMES,
                                                       SOUTH_SLAVIC_NAMES, CATALAN_NAMES,
                                                       LITHUANIAN_NAMES, RUSSIAN_NAMES,
                                                       BULGARIAN_NAMES, POLISH_ACCUSATIVES,
                                                       AZERBAIJANI_NAMES, ESTONIAN_NAMES,
                                                       FINNISH_NAMES, INDONESIAN_NAMES)
            for name, spellings in table.items() for spelling in spellings}


def _decomposed_spellings(aliases: dict[str, str]) -> dict[str, str]:
    """Each name and alias with an accent, written decomposed (NFD: 'u' + combining diaeresis), as
    a Mac file name or a pasted text may hold it. Running text cannot be normalised before it is
    searched (the figure offsets refer to the text as written), so the decomposed forms are
    spellings of their own; :func:`ally_named` normalises instead."""
    spellings = {name.lower(): name for name in ALLIES} | aliases
    return {unicodedata.normalize("NFD", spelling): name for spelling, name in spellings.items()
            if unicodedata.normalize("NFD", spelling) != spelling}


ALIASES |= _decomposed_spellings(ALIASES)
ENGLISH_ALIASES |= _decomposed_spellings(ENGLISH_ALIASES)


def normalised(text: str) -> str:
    """``text`` as names are compared: NFC (composed accents), single spaces, no-break spaces as
    spaces, case folded."""
    text = unicodedata.normalize("NFC", str(text)).replace("\xa0", " ")
    return " ".join(text.split()).casefold()


_BY_NORMALISED = {normalised(name): name for name in ALLIES} | {
    normalised(alias): name for alias, name in ALIASES.items()}


def ally_named(text: str) -> str | None:
    """NATO's spelling of the ally ``text`` names ('turkey', 'Türkiye' composed or decomposed,
    'UK'), or None for a name that is no ally."""
    return _BY_NORMALISED.get(normalised(text))


def is_abbreviation(alias: str) -> bool:
    """'uk', 'us', 'u.s.', 'usa': written upper case, and never matched in lower case ("us")."""
    return "." in alias or len(alias) <= 3


# Words a name writes in lower case inside it ("Macedonia del Nord", "Țările de Jos",
# "Macédoine du Nord").
LOWER_CASE_WORDS = frozenset({"of", "del", "de", "do", "du"})


def _title_cased(alias: str) -> str:
    """Every word and every part after a hyphen capitalised ("États-Unis", "Royaume-Uni",
    "Noord-Macedonië", "Nagy-Britannia"), but LOWER_CASE_WORDS."""
    return " ".join(word if word in LOWER_CASE_WORDS else "-".join(
        part.capitalize() for part in word.split("-")) for word in alias.split())


def written_forms() -> dict[str, str]:
    """Each ally and alias as running text writes it ('Czech Republic', 'UK', 'U.S.'), mapped to
    NATO's spelling; longest first, so that a pattern built from them prefers 'Great Britain' to
    'Britain'. A name of several words is also written with its first word capitalised only, as
    French, Czech and Slovak write them ("République tchèque", "Česká republika", "Spojené
    štáty")."""
    forms = {name: name for name in ALLIES}
    for alias, name in ALIASES.items():
        if is_abbreviation(alias):
            forms[alias.upper()] = name
            continue
        forms[_title_cased(alias)] = name
        forms[alias[:1].upper() + alias[1:]] = name
    return dict(sorted(forms.items(), key=lambda item: -len(item[0])))
