"""How other languages than English write what the extractor reads (issue 9): relative years,
counted nouns, GDP abbreviations and months, as regex pieces that
:mod:`analysis.extract.patterns` joins into its patterns. Numbers, scales and dollars as words
are :mod:`analysis.extract.other_language_numbers`'s.

Every piece is lower case (the patterns run case-insensitive or on lower-cased text) unless it
says otherwise. Imports only the shared vocabulary, so that every module of the extractor may read
it.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages_central as central
from analysis.extract import other_languages_more as more
from analysis.extract.other_language_numbers import NUMBER_WORD_VALUES
from analysis.vocabulary import GERMAN_MONTHS

# "este año", "el año pasado", "dieses Jahr", "letztes Jahr", "cette année", "l'année
# dernière", "l'an dernier", Polish "w ub.r." (ubiegłego roku, last year); the master regex reads
# them with the English "this year", so each one's first letters join its gate.
RELATIVE_YEARS = (
    r"|este\s+año\b|el\s+año\s+pasado\b|dieses\s+jahr\b|letztes\s+jahr\b"
    r"|cette\s+année\b|l['’]ann[ée]e\s+derni[èe]re\b|l['’]an\s+dernier\b|ub\.\s?r\."
    # "im Vorjahr", "im vergangenen Jahr", "l'anno scorso", "lo scorso anno", Polish "w ubiegłym
    # roku", "w zeszłym roku", Norwegian "i fjor" (last year)
    r"|vorjahr(?:es)?\b|vergangenen\s+jahr(?:es)?\b|l['’]anno\s+scorso\b|lo\s+scorso\s+anno\b"
    r"|ubiegłym\s+roku\b|zeszłym\s+roku\b|fjor\b"
    # Norwegian, Danish and Swedish "i år" (this year; "år" alone is "years": "om to år"),
    # Swedish "i fjol" (last year)
    r"|år(?<=\bi\sår)(?!\w)(?!\s+(?:19|20)\d\d\b)|fjol\b"
    # next year: "l'an prochain", "l'année prochaine", "l'anno prossimo", "el año próximo", "el
    # año que viene", "nächstes Jahr", "im nächsten Jahr", Spanish and Portuguese "próximo
    # año/ano", "il prossimo anno", Polish "w przyszłym roku", Dutch "volgend jaar", Norwegian
    # "neste år", Danish "næste år", Swedish "nästa år", Czech "příští rok"; last year: Swedish
    # "förra året", Danish "sidste år"
    r"|l['’]an(?:née)?\s+prochaine?\b|l['’]anno\s+prossimo\b|el\s+año\s+(?:próximo|que\s+viene)\b"
    r"|nächst(?:es|en)\s+jahr(?:es)?\b|próximo\s+a[ñn]o\b|prossimo\s+anno\b|przyszłym\s+roku\b"
    r"|volgend\s+jaar\b|n(?:e|æ|ä)st[ea]\s+år(?!\w)|příští(?:m)?\s+ro(?:k|ce|ku)\b"
    r"|förra\s+året\b|sidste\s+år(?!\w)"
    # "in diesem Jahr", Portuguese "este ano" ("no ano passado" would cost a look-ahead at
    # every word starting "o" or "n": "of", "on", "not"), Italian "quest'anno", Czech
    # "loni" (last year) and "letos" (this year), Dutch "dit jaar", "vorig jaar", Hungarian
    # "tavaly" (last year), Latvian "pagājušajā gadā" (last year), "šogad" (this year)
    r"|diesem\s+jahr\b|d?este\s+ano\b|quest['’]anno\b|loni\b|letos\b"
    r"|dit\s+jaar\b|vorige?\s+jaar\b|tavaly\b|pagājušajā\s+gadā|šogad\b"
    # Slovak "v uplynulom roku", Czech "v uplynulém roce" (in the past year), Slovak "vlani"
    r"|uplynul(?:om|ém)\s+ro(?:ku|ce)\b|vlani\b" + more.RELATIVE_YEARS_MORE
    + central.BALTIC_FINNIC_INDONESIAN_RELATIVE_YEARS
)
# Their gates, by first letter, joined to the English gate's branch of that letter (a branch of
# its own for each costs more: the gate is tried at every word).
# Past the first word, a gate is a look-ahead (see patterns.WORD_GATE_WORDS).
RELATIVE_GATE_E = r"|ste(?=\s+a)|l(?=\s+año\s+[pq])"
RELATIVE_GATE_D = r"|ies(?:es|em)(?=\s+j)|it(?=\s+jaar)|este(?=\s+ano)"
GATE_L = (r"|etztes(?=\s+j)|(?=['’]an)|o(?=\s+scorso)|oni(?![a-z])|etos(?![a-z])"
          + more.SLOVENIAN_LAST_YEAR_GATE_L)
RELATIVE_GATE_C = r"|ette(?=\s+a)"
RELATIVE_GATE_Z, RELATIVE_GATE_F = r"|eszłym(?=\s+r)", r"|jo[rl](?![a-z])|örra(?=\s+året)"
RELATIVE_GATE_T = r"|avaly(?![a-z])" + central.FINNIC_INDONESIAN_GATE_T
RELATIVE_GATE_P = (r"|agājušajā(?=\s+gad)|róximo(?=\s+a[ñn]o)|rossimo(?=\s+anno)"
                   r"|rzyszłym(?=\s+roku)|říští(?:m)?(?=\s+ro)")
RELATIVE_GATE_N, RELATIVE_GATE_S = r"|ächste[ns](?=\s+jahr)|(?:e|æ|ä)st[ea](?=\s+år)", \
    r"|idste(?=\s+år)"
# (the gates of "ub.", "ubiegłym", "vorjahr" and "vergangenen" join GATE_OTHER's branches)
RELATIVE_GATE_OTHER = {"u": r"b(?=\.)|biegłym(?=\s+r)|plynul(?=[oé]\w?\s+ro)",
                       "v": r"orjahr|ergangenen(?=\s+j)|orige?(?=\s+jaar)|lani(?![a-z])"
                            r"|olgend(?=\s+jaar)" + central.FINNISH_GATE_V,
                       "q": r"uest(?=['’]anno)", "š": r"ogad(?![a-z])",
                       "å": r"r(?<=\bi\sår)(?!\w)(?!\s+(?:19|20)\d\d\b)",
                       **more.CYRILLIC_GREEK_RELATIVE_GATES}
# The words that start them, and how they count back ("last year" is the year before).
RELATIVE_YEAR_STARTS = "uqšå" + "".join(more.CYRILLIC_GREEK_RELATIVE_GATES)
LAST_YEAR_STARTS = ("letztes", "l'a", "l’a", "ub.", "vorjahr", "vergangenen", "lo scorso",
                    "ubiegłym", "zeszłym", "fjor", "fjol", "loni", "vorig", "tavaly", "pagāj",
                    "uplynul", "vlani", "lani", "lansk", "förra", "sidste",
                    *more.CYRILLIC_GREEK_LAST_YEAR_STARTS,
                    *central.SOUTH_SLAVIC_LAST_YEAR_STARTS, *central.FINNIC_LAST_YEAR_STARTS)
LAST_YEAR_ENDS = ("pasado", *central.INDONESIAN_LAST_YEAR_ENDS)
# (read before the last year's: "l'an prochain" starts as "l'an dernier" does)
NEXT_YEAR_STARTS = ("nächst", "próximo", "prossimo", "przyszłym", "volgend", "neste", "næste",
                    "nästa", "příští")
NEXT_YEAR_ENDS = ("prochain", "prochaine", "prossimo", "próximo", "que viene")


def counts_a_year_forward(phrase: str) -> bool:
    """Whether a relative year ("next year", "the coming year", "l'an prochain", "nächstes
    Jahr") counts a year forward from the source's date."""
    phrase = phrase.lower()
    return phrase.startswith(("next", "coming", *NEXT_YEAR_STARTS)) or \
        phrase.endswith(NEXT_YEAR_ENDS)


# Counted nouns: "31 Verbündeten", "23 allierte", "31 pays membres" (allies); "tre Paesi",
# "üç ülke" (countries); "90.000 Soldaten", "90 tys. żołnierzy", "495 bin asker" (troops).
ALLY_NOUNS = (
    r"|verbündeten|verbündete|mitgliedsstaaten|mitgliedstaaten|allierte|alleati|alliés|aliados|"
    r"sojuszników|müttefik|pays\s+membres|stati\s+membri|estados\s+miembros|"
    r"państw\s+członkowskich|nato-land"
    # Portuguese "31 membros", "Estados-membros"; Italian "Paesi membri"; Dutch "32 lidstaten",
    # "bondgenoten", "23 van de 32 leden"; Czech "členských zemí/států", "spojenců" (Slovak
    # "spojencov", "členov");
    # Hungarian "tagállam", "szövetséges"; Latvian "32 NATO dalībvalstīm", "sabiedrotie"
    r"|membros|estados-membros|países-membros|paesi\s+membri|lidstaten|bondgenoten|leden"
    r"|členských\s+(?:zemí|států)|členské\s+(?:země|státy)|spojenc(?:[ůi]|ov)|členov"
    r"|tagállam\w*|tagorszag\w*|tagország\w*|szövetséges\w*"
    r"|dalībvalst\w*|sabiedrot\w*"
    # Spanish "31 miembros", French "31 membres", Italian and Romanian "membri", German
    # "Mitglieder", "Bündnisstaaten", Polish "członków", Romanian "18 aliaţi", Albanian "anëtarë"
    r"|miembros|membres|membri|mitglieder|bündnisstaaten|członków|alia[țţ]i|anëtar\w*"
    + more.SLAVIC_MEMBER_NOUNS + more.MORE_MEMBER_NOUNS
)
# "tre Paesi", "Zeven landen", "tří zemí", "9 ország", "trīs valstis", German dative "aus 25
# Ländern"
NATION_NOUNS = (r"|paesi|pays|países|państw|staaten|ländern|länder|landen|zemí|země|státy"
                r"|států|ország\w*|valst(?:is|u|īm)"
                # Romanian "trei țări", Albanian "23 vende", "tre shtete" ("shtetet", the
                # states, "vendet"), Spanish "naciones", Italian "nazioni", Finnish "maata"
                r"|[țţt]ări|vende(?:t)?|shtete(?:t)?|naciones|nazioni|maata"
                # Greek "25 χώρες", "25 χωρών", "επτά κράτη" (states, "κράτη μέλη", member states);
                # German "25 Nationen", Dutch "25 naties", Swedish "25 nationer"
                r"|χώρες|χωρών|κράτη|κρατών|nationen|naties|nationer" + more.SLAVIC_NATION_NOUNS
                + more.TURKIC_NATION_NOUNS)
# "90.000 Soldaten", "118 militares", "militairen", "vojáků", "katona", "karavīri", Polish
# "481 tys. personelu" (of personnel)
TROOP_NOUNS = (
    r"|soldaten|żołnierzy|soldati|soldats|soldados|soldater|asker|militari|militares|personel\w*"
    r"|militairen|vojáků|vojáci|vojákov|katona\w*|karavīr\w*"
    # Spanish "90.000 tropas", German "Soldatinnen und Soldaten", Romanian "soldați", Albanian
    # "ushtarë", Finnish "sotilasta" (not French "militaires": "1.100 véhicules militaires")
    r"|tropas|soldatinnen|solda[țţ]i|ushtar\w*|sotila\w*"
    + more.TROOP_NOUNS_MORE
)

# A list of allies' counts of troops goes on "and France with 205,000": Polish "i Francja z 205
# tys.", German "und Frankreich mit", Italian "e Francia con", French "et la France avec",
# Spanish "y Francia con", Dutch "en Frankrijk met", Norwegian "og Frankrike med", Czech "a
# Francie s", Polish "a następnie Niemcy z" (and then; unit_rules.ALLY_WITH joins them).
LIST_AND_WORDS = r"|i|a|und|e|et|y|en|og|następnie"
LIST_WITH_WORDS = r"|z|mit|con|avec|med|met|s|se"
# "followed by Lithuania at 4% (3.6 billion)": Italian "Lituania al 4%", French "à", German "bei",
# Polish and Czech "na", Spanish "con el" (series.ITEM reads them, after the English "at").
LIST_AT_WORDS = r"|al|à|bei|na|con\s+el|con\s+il|con\s+l['’]|con\s+un"
# A heading announcing allies' shares of GDP: Swedish "i procent av sin BNP", Norwegian "i
# prosent av BNP", Danish "i procent af BNP", Dutch "in procenten van het bbp", German "in
# Prozent des BIP", Italian "in percentuale del PIL", Spanish "en porcentaje del PIB", French "en
# pourcentage du PIB" (listing.SHARE_HEADING reads them, after the English "as a share of GDP").
SHARE_HEADING_WORDS = (r"|(?:procent(?:en)?|prosent|prozent|percentuale|porcentaje|pourcentage)"
                       r"\s+(?:av|af|van|des|del|du|de)\s+(?:\w+\s+){0,2}"
                       r"(?:BNP|bbp|BIP|PIL|PIB)")
# The words of another language between a count of troops and the list's next ally: Polish
# "481 tys. personelu militarnego i Francja" (an adjective after the noun).
NOUN_ADJECTIVE_AFTER = r"(?:[^\W\d_A-Z]+\s+)?"

# "must" in English and the other languages (regex alternatives): a count of allies that must
# reach the target states the obligation they all have, not how many are at it ("A 31
# NATO-országnak 2025-ig teljesítenie kell a kétszázalékos célt", "die 31 Staaten müssen das
# Ziel erreichen", "les 31 pays doivent atteindre l'objectif", "the 31 allies must meet it").
OBLIGATION_WORDS = (r"must|have\s+to|are\s+(?:required|obliged)\s+to|kell|muss|müssen"
                    r"|doi(?:t|vent)|devr(?:a|ont)|deben|deberán|tienen\s+que|dev(?:e|ono)"
                    r"|dovr(?:à|anno)|musz[ąi]|moeten|moet|musí|musia|devem|têm\s+de|trebuie"
                    r"|må|måste|skal")
# "18 of the 31 members" in the other languages: German "der", "von", Romanian "din cele ...
# de", "dintre cei", Dutch "van de", Italian "su", "dei", French "sur les", Spanish "de los",
# Polish "z", Norwegian "av", French "des" ("la majorité des 32 membres"), Portuguese "dos",
# Danish "ud af", Latvian "no" ("18 no 31 NATO dalībvalstīm"), Lithuanian "iš", and "among the"
# ("18 pays parmi les 31 membres", "entre los 31 miembros", "tra i 32 alleati", "unter den 32")
# (:data:`analysis.brief.counts.OF_THE_MEMBERS_AFTER`, foreign_counts and the extractor's
# guideline_reading.TOTAL_BEFORE read them).
# (Catalan "dels": "23 dels 32 països")
OUT_OF_WORDS = (r"der|von|din\s+cele|dintre\s+cei|van\s+de|su|dei|sur|des|dels|de|dos|z|av"
                r"|(?:ud\s+)?af"
                r"|no|iš|parmi|entre\s+(?:l[oa]s|os|as)|(?:tra|fra)\s+(?:i|gli)|unter\s+den"
                + more.OUT_OF_WORDS_MORE)
# (Danish, Norwegian and Swedish "de": "18 ud af de 31 Nato-lande", "åtte av de 30")
OUT_OF_ARTICLE_WORDS = r"den|de|los|las|les|i|gli" + more.GREEK_ARTICLES
# "in all" before the membership: "23 der insgesamt 32 Bündnisstaaten", "23 z łącznie 32 państw"
IN_ALL_WORDS = (r"insgesamt|total|totalt|in\s+totale|en\s+total|au\s+total|in\s+totaal|összesen"
                r"|celkem|celkom|łącznie")
# Spending on equipment, the share NATO publishes besides the share of GDP: Czech "54,4 % svého
# obranného rozpočtu na vybavení", Slovak "vybavenie", Polish "51,1 proc. środków przeznaczy na
# sprzęt", German "Ausrüstung", Italian "equipaggiamenti", French "équipements", Spanish
# "equipamiento", Portuguese "equipamentos", Dutch "materieel", Turkish "teçhizat".
EQUIPMENT_WORDS = (r"|vybaven[íi]\w*|sprzęt\w*|ausrüstung\w*|equipaggiament\w*|équipements?"
                   r"|equipamentos?|equipamiento|materieel|teçhizat\w*" + more.SLAVIC_EQUIPMENT)

# GDP written as an abbreviation in capitals (case-sensitive): PIL, PIB, BIP, PKB, BNP, GSYH.
# Dutch writes "bbp"; Czech HDP, Latvian IKP.
# (Croatian and Slovenian BDP, Finnish BKT, Estonian SKP, Lithuanian BVP and Greek ΑΕΠ are read
# only right after a share, by OF_GDP_WORDS: each word here is tried at every letter of a text.)
GDP_ABBREVIATIONS = r"(?-i:PIL|PIB|BIP|PKB|BNP|HDP|IKP|bbp|BBP|GSYI?H|GSYİH)"
# "of GDP" after a share, past the Romance and Germanic prepositions patterns.OF_GDP reads
# (case-sensitive): Italian "del Pil", "del suo Pil", "del prodotto interno lordo"; Portuguese
# "do seu PIB", "do produto interno bruto"; Dutch "van het bbp", "van hun bruto binnenlands
# product"; Czech "procenta HDP", "hrubého domácího produktu"; Latvian "no IKP", "sava
# iekšzemes kopprodukta"; Hungarian "a GDP".
OF_GDP_WORDS = (
    r"|\s+(?:del|dello|do|da|van)\s+(?:(?:suo|loro|proprio|seu|sua|het|hun|zijn)\s+)?"
    r"(?:PIL|PIB|bbp|BBP|(?i:prodotto\s+interno\s+lordo|produto\s+interno\s+bruto"
    r"|bruto\s+binnenlands\s+product))\b"
    # (a bare Italian "del Pil" only after a possessive: in "la spesa italiana è stata pari
    # all'1,5 per cento del Pil (a fronte di un valore superiore al 2 per cento di Francia e
    # Germania ...)" the owner is an adjective the brief does not read, and the allies named
    # around the share are others'; tried in round 4, it made four false alarms of one article)
    r"|\s+del\s+(?:(?:suo|loro|proprio)\s+)?(?:Pil|pil)\b"
    r"|\s+(?:HDP|IKP)\b|\s+no\s+IKP\b|\s+(?i:hrubého\s+domácího\s+produktu)"
    # "1,8 posto BDP-a", "2,3 prosenttia BKT:sta", "3,4 protsenti SKPst", "2,9 proc. BVP",
    # "3,5% του ΑΕΠ", French "2 % de son PIB", Ukrainian "2% ВВП", Indonesian "2,4% PDB";
    # Finnish written out, "2,3 prosenttia bruttokansantuotteesta(an)"
    r"|\s+(?:BDP|BKT|BVP|ВВП|PDB)\b|\s+(?i:bruttokansantuottee)\w*"
    r"|\s+SKP(?:st|-st)?\b|\s+του\s+ΑΕΠ\b|\s+de\s+son\s+PIB\b"
    # German "Wirtschaftsleistung" (economic output), the press's word for GDP: "zwei Prozent
    # ihrer Wirtschaftsleistung", "3,5 Prozent der jährlichen Wirtschaftsleistung"
    r"|\s+(?:der|ihrer|seiner)\s+(?:jährlichen\s+)?Wirtschaftsleistung\b"
    r"|\s+(?:sava\s+)?(?i:iekšzemes\s+kopprodukt)\w*" + more.OF_GDP_WORDS_MORE
)

# "spend 2%" in French, Italian, Spanish, Polish, Turkish, Norwegian: "qu'ils dépensent 3,22 %",
# "spendono", "gastan", "destina", "wydaje", "harcıyor", "bruker" (the share spent is of GDP).
SPEND_VERBS = (r"|dépens(?:e|ent)|consacr(?:e|ent)|spend(?:e|ono)|gast(?:a|an)|destin(?:a|an)|"
               r"wydaj[eą]|harcıyor|bruker")

# "per cent" past the English, German, Polish and Italian words patterns.PERCENT reads: Slovak
# "4,48 percenta", "percent", "percentá"; Polish and Czech "3,43 proc.", Spanish "1,28 por
# ciento", French "2 pour cent", Romanian "2,5 la sută", Hungarian "1,44 százalék", Finnish "2,3
# prosenttia", "4,1 prosentilla" (at), Estonian "3,4 protsenti", "protsendini" (to), Slovenian
# "1,3 odstotka", Serbian "1,33 odsto", Greek "3,5 τοις εκατό", Bulgarian "2,18 на сто", Russian
# "2 процента", Ukrainian "2 відсотки", Azerbaijani "19,4 faiz", "4,07 faizini". (Not every
# "posto": Italian "al 2 posto" is a rank; nor every word after "prosent": the Norwegian compound
# "2 prosentmålet" is the target.) (one branch per first letter, and the letters checked first:
# each is tried after every number)
# Croatian, Serbian and Bosnian "posto" (per cent) where no rank can be meant: after a number
# written in their words ("dva posto", "tri posto") or after a whole number before GDP's
# abbreviation ("2 posto BDP-a"); a rank is a digit or an ordinal word ("al 2 posto", "al
# secondo posto"). (Not yet after a decimal comma, "1,8 posto": read so, a media outlet's
# figure, "Prema Politicu", was taken for NATO's own, the source not being read.)
SERBO_CROATIAN_PERCENT = (r"(?:(?<=\bdva\s)|(?<=\btri\s))posto"
                          r"|(?:(?<=(?<![\d,.])\d\s)|(?<=(?<![\d,.])\d\d\s))posto(?=\s+BDP\b)")
PERCENT_WORDS = (r"|(?=[plsoτнпвf])(?:" + SERBO_CROATIAN_PERCENT
                 + r"|p(?:ercent[aá]|o(?:r\s+ciento|ur\s+cent)"
                 r"|ro(?:sentt|sentill|tsent|tsendini)\w*)|la\s+sut[aă]|faiz\w*|százalék\w*|odsto\w*|τοις\s+εκατό"
                 r"|на\s+сто|процент\w*|відсот\w*)")
PERCENT_ABBREVIATIONS = r"|\s+(?i:proc)\.(?!\w)"


# German capitalises its nouns: "Im Jahr 2023", "Ende 2024" are years, not names with a number.
# GDP's abbreviations end a share's phrase, never start a name: in Slovak "dve percentá HDP 11 z
# 31 členov" (2% of GDP, 11 of the 31 members) the 11 is a count, not "HDP 11" as "BALTOPS 24".
NOT_NAMES = frozenset(("Jahr", "Jahres", "Ende", "Anfang", "Mitte", "PIL", "PIB", "BIP", "PKB",
                       "BNP", "HDP", "IKP", "BDP", "BKT", "BVP", "SKP", "PDB", "GSYH", "GSYİH"))

# Turkish "asker sayısı" (the number of soldiers), "personel sayısı": the count is of troops.
TROOPS_COUNTED_BEFORE = re.compile(r"\b(?:asker|personel)\s+sayıs\w*")
# "455 bin 900", "90 tys. 500": thousands as a word, then the hundreds.
THOUSANDS_WORD_REST = re.compile(r" (?:bin|tys\.|Tsd\.) (?P<rest>\d{3})(?![\d,.]\d)")
THOUSANDS_WORDS = (" bin ", " tys. ", " Tsd. ")  # what the pattern starts with, as literals
# Turkish and Azerbaijani write the percent before the number: "yüzde 4,48", "yüzdə 2,09".
PERCENT_WORDS_BEFORE = ("yüzde ", "yüzdə ")  # (of one length: language_rules reads them so)
# An ally's defence share in Turkish, "savunma payı yüzde 1,36 olan Türkiye": the share of GDP
# NATO ranks allies by, unless the sentence (from its start) speaks of a budget ("bütçe"), whose
# defence share is another measure; Azerbaijani GDP ("ÜDM") makes a listed share one of GDP.
SHARE_OF_ECONOMY_WORDS = (r"|^(?![^.]*bütçe)[^.]*?\bsavunma\s+pay(?:ı|ını|ının)\b"
                          + more.AZERBAIJANI_GDP + more.TURKISH_GDP)
# Its decimals before a comma that ends the clause: "yüzde 2,13, 2025’te ise yüzde 2,33".
DECIMALS_BEFORE_COMMA = re.compile(r"(,\d{1,2}),(?=\s)")
# A share alone in parentheses after an ally, in the other languages' forms: the percent word
# before the number ("Polonya (yüzde 4,48)") and the decimal comma ("Polen (4,48 %)").
PARENTHESISED_SHARE_FORMS = r"|\(\s*yüzde\s+\d+(?:[.,]\d+)?\s*\)|\(\s*\d+,\d+\s*%\s*\)"


def _trie(words: list[str], ending: str = "") -> str:
    """The words as alternatives that branch letter by letter ("tre", "tres", "trzy" ->
    "tr(?:es?|zy)"-like), each top alternative starting with a letter (the regex engine skips
    an alternative on its first letter at once) and closed by ``ending``."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in firsts.items():
        if not first:
            continue
        inner = _trie(sorted(rests))
        optional = "" in rests
        if optional and inner:
            inner = f"(?:{inner})?"
        elif "|" in inner:
            inner = f"(?:{inner})"
        branches.append(re.escape(first) + inner + ending)
    return "|".join(branches)


# Months after a day: German "bis zum 23. Juni" (vocabulary.GERMAN_MONTHS), French "le 12 juin",
# Spanish "el 12 de junio", Italian "12 giugno", Portuguese "12 de junho", Dutch and Nordic "12
# juni", Polish "12 czerwca", Ukrainian "12 червня" (patterns.MONTH_AFTER reads them right after
# a number only, as written: German capitalised, the others lower case; as a trie, as they are
# tried after every number).
MONTH_WORDS = (
    "januari", "februari", "maart", "mei", "augustus", "janvier", "février", "mars", "avril",
    "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
    "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
    "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
    "outubro", "dezembro", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
    "sierpnia", "września", "października", "listopada", "grudnia", "січня", "лютого",
    "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
    "листопада", "грудня", *GERMAN_MONTHS.split("|"),
)
MONTHS_AFTER_DAY = _trie(sorted(set(MONTH_WORDS)), r"(?!\w)")
# The master regex reads them as whole words (a letter outside ASCII may follow: "treść").
NUMBER_WORDS = "|" + _trie(sorted(NUMBER_WORD_VALUES), r"(?!\w)")
# The letters English number words start with (and "a", the article, which has its own gate).
ENGLISH_GATE_LETTERS = "zotfsenhdlpc"


def _gate_rests(letter: str) -> str:
    """The gate of the words above that start with ``letter``, past that letter: each word is
    whole (no letter follows it), so that "treaty" or "dose" fails the gate."""
    rests = sorted(word[1:] for word in NUMBER_WORD_VALUES if word[0] == letter)
    return "|" + _trie(rests, "(?![a-z])") if rests else ""


GATE_S, GATE_H = RELATIVE_GATE_S + central.ESTONIAN_GATE_S + _gate_rests("s"), _gate_rests("h")
GATE_T = RELATIVE_GATE_T + _gate_rests("t")
GATE_O = central.SOUTH_SLAVIC_GATE_O + _gate_rests("o")
GATE_N = RELATIVE_GATE_N + _gate_rests("n")
GATE_P = RELATIVE_GATE_P + central.SOUTH_SLAVIC_GATE_P + _gate_rests("p")
GATE_Z = RELATIVE_GATE_Z + _gate_rests("z")
GATE_F = RELATIVE_GATE_F + _gate_rests("f")
GATE_E = RELATIVE_GATE_E + central.ESTONIAN_GATE_E + _gate_rests("e")
GATE_D = RELATIVE_GATE_D + _gate_rests("d")
GATE_C = RELATIVE_GATE_C + _gate_rests("c")
NUMBER_WORD_STARTS = "".join(sorted({word[0] for word in NUMBER_WORD_VALUES}
                                    - set(ENGLISH_GATE_LETTERS)))
# What the other languages' words start with, past the English number words' first letters.
OTHER_STARTS = RELATIVE_YEAR_STARTS + NUMBER_WORD_STARTS
# The words whose first letter no English number word starts with: a branch for each such
# letter, tried at every word (about 0.2 M instructions each on the 0.2 MB real corpus, so
# the table above has only three ASCII such letters: "u", "v" and "q" ("quattro", Italian
# "quest'anno"); the letters outside ASCII ("ü", "č", "š", "ö") cost little: the gate's
# ASCII shapes read them all as one "?"). Polish "ub." (last year) shares the "u" branch,
# "vorjahr" the "v" branch.
GATE_OTHER = "".join(
    f"|{letter}(?:{(RELATIVE_GATE_OTHER.get(letter, '') + _gate_rests(letter)).lstrip('|')})"
    for letter in sorted(set(NUMBER_WORD_STARTS) | set(RELATIVE_GATE_OTHER)))
