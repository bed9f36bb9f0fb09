"""Words of the other languages the brief reads (Italian, Romanian, Portuguese, Spanish, German,
French, Turkish, Norwegian, Polish, Dutch, Czech, Hungarian, Latvian, ...), one copy each:
guideline and target nouns, the alliance, defence spending stems, "more than" bounds, "and".

English words and the hedges of every language live in ``vocabulary``; this module reads it and
imports nothing else from the package: every layer may read it.
"""

from __future__ import annotations

from analysis.vocabulary import FOREIGN_LOWER_HEDGES

# "committed", "set", "adopted", "undertook" in Czech, Slovak, Polish, Hungarian and German
# ("se zavázalo", "si stanovilo", "vállalta", "verpflichtet"), stems of the verbs only: the
# nouns ("vállalást", "Verpflichtung", "zobowiązanie") name the target a count may meet.
FOREIGN_PLEDGE_STEMS = (
    "zaváz", "zaviaz", "zobowiązał", "stanovil", "přijal", "prijal", "schválil", "vállalta",
    "verpflichtet", "zugesagt", "vereinbart",
)
# "now", "currently", "today" in German, Czech, Slovak, Hungarian, Polish, Ukrainian and more
# ("derzeit", "v současnosti", "jelenleg", "obecnie", "наразі"): the source's own time, as "this
# year" is.
FOREIGN_NOW_WORDS = (
    "derzeit", "aktuell", "heute", "mittlerweile", "nyní", "aktuálně", "v současnosti", "dnes",
    "teraz", "aktuálne", "v súčasnosti", "jelenleg", "obecnie", "зараз", "нині", "наразі",
    "сьогодні",
    # German, French, Spanish, Italian, Portuguese and Dutch ("jetzt", "désormais", "ahora",
    # "attualmente", "agora", "momenteel"; not the Italian "ora" nor the Dutch "nu", other words
    # in Romanian)
    "jetzt", "inzwischen", "désormais", "actuellement", "aujourd'hui", "ahora", "actualmente",
    "hoy", "attualmente", "oggi", "ormai", "agora", "atualmente", "hoje", "momenteel",
    "inmiddels", "thans",
    # Albanian ("tani llogaritet se 18 nga 31 shtetet ... do ta arrijnë")
    "tani",
)
# "now" in English (regular expressions), the source's own time as the words above.
NOW_WORDS_ENGLISH = ("now", "currently", "today", r"at\s+present", "presently", r"these\s+days")
# "now" in English or any other language, as one group.
NOW_ANY_LANGUAGE = "(?:" + "|".join(NOW_WORDS_ENGLISH + FOREIGN_NOW_WORDS) + ")"
# "At the time" (regular expressions): the time a figure was said or measured, not the source's
# ("Stoltenberg said at the time", "damals sagte", "a déclaré à l'époque").
AT_THE_TIME_ENGLISH = (r"at\s+the\s+time", r"back\s+then")
FOREIGN_AT_THE_TIME = (
    "damals", r"à\s+l['’]époque", r"en\s+aquel\s+momento", "entonces", r"all['’]epoca", "wówczas",
    "wtedy", "destijds", r"na\s+(?:altura|época)", "dengang", r"den\s+gangen")
# "At the time" in English or any other language, as one group.
AT_THE_TIME_ANY_LANGUAGE = "(?:" + "|".join(AT_THE_TIME_ENGLISH + FOREIGN_AT_THE_TIME) + ")"
# "compared with" before a year in the other languages: Portuguese "um aumento de 19% face a
# 2023", "em relação a", Spanish "frente a", "respecto a", German "gegenüber", "im Vergleich zu",
# French "par rapport à", Italian "rispetto al", Dutch "vergeleken met", Polish "w porównaniu z"
# (figure_year.COMPARED_YEAR ends with them, after the English "compared with").
FOREIGN_COMPARED_WITH = (r"|face\s+a|em\s+relação\s+a|frente\s+a|respecto\s+a|gegenüber"
                         r"|im\s+Vergleich\s+zu|par\s+rapport\s+à|rispetto\s+al?"
                         r"|vergeleken\s+met|w\s+porównaniu\s+z")
# A share "of" public spending or a budget in German, French, Spanish, Italian and Polish ("4,5
# Prozent der gesamten Staatsausgaben", "4,5 % des dépenses publiques", "el 3% del gasto público",
# "pari al 3% della spesa pubblica", "12 proc. wydatków budżetu"): no share of GDP.
FOREIGN_OF_SPENDING = (
    r"(?:der|des)\s+(?:[\w-]+\s+)?(?:Staatsausgaben|Ausgaben|Haushalts|Bundeshaushalts|Etats)",
    r"(?:des|du)\s+(?:[\w-]+\s+)?(?:dépenses|budget)", r"del\s+(?:gasto|presupuesto)",
    r"(?:della|del)\s+(?:spesa|bilancio)", r"(?:wydatków|budżetu)",
)
# Guideline and alliance words in the other languages of the news the brief reads (Italian,
# Romanian, Portuguese, Spanish, German, French, Turkish, Norwegian, Polish, Dutch, Czech,
# Hungarian, Latvian), lower case:
# "l'obiettivo del 2%", "sub pragul de 2%", "gli alleati dell'Alleanza", "et mål om å nå 2 prosent".
FOREIGN_TARGET_WORDS = (
    "obiettivo", "soglia", "traguardo", "ţinta", "ținta", "tinta", "ţintă", "țintă", "pragul",
    "prag", "obiectivul", "obiectiv", "objetivo", "limiar", "patamar", "umbral", "ziel",
    "zielmarke", "zielvorgabe", "vorgabe", "schwelle", "hedef", "hedefi", "hedefini", "objectif",
    "seuil", "verpflichtung", "obbligo", "impegno", "obligația", "obligaţia", "angajamentul",
    "compromisso", "compromiso", "yükümlülük", "mål", "målet", "meta", "cel", "celu", "próg",
    "progu", "kriter", "kriteri", "kriterini", "kryterium", "engagement",
    # Portuguese, Dutch, Czech (a law that sets the minimum, "zákon"), Hungarian, Latvian:
    # "a fasquia de 5%", "de NAVO-norm", "cíl dvou procent", "a 2%-os küszöb", "slieksni – 2%"
    "fasquia", "navo-norm", "doel", "doelstelling", "ondergrens", "drempel", "cíl", "cíle",
    "cílem", "závazek", "závazku", "záväzok", "záväzku", "hranice", "hranici", "zákon", "cél",
    "célt", "küszöb", "küszöböt", "vállalás", "vállalást", "elvárás", "elvárást", "mērķis",
    "mērķi", "slieksni", "slieksnis",
    # Danish and Norwegian "lever op til målsætningen" (meet the objective)
    "målsætning", "målsætningen", "målsetting", "målsettingen",
    # Slovenian, Croatian and Serbian "cilj dveh odstotkov", "cilja NATO-a od 20 odsto"
    "cilj", "cilja", "ciljem",
    # Albanian "e kanë arritur këtë objektiv" (have reached this objective)
    "objektiv", "objektivin", "objektivi",
    # Greek "το στόχο του 2%" (the target), Spanish "sobrepasaban este listón" (this bar),
    # Catalan "l'objectiu", Russian and Ukrainian "цель", "мета" (the goal), Russian "достигли
    # ориентира в 2%" (the benchmark), "норматив" (the norm)
    "στόχο", "στόχος", "στόχου", "listón", "objectiu", "цель", "цели", "мету", "мети",
    "ориентир", "ориентира", "норматив",
    # the requirement: Ukrainian "виконали вимогу витрачати 2%", Russian "требование"
    "вимогу", "вимоги", "вимога", "требование", "требования",
    # Russian "этого целевого показателя достигли лишь 18 стран" (the target indicator)
    "целевой", "целевого", "целевым", "целевому",
    # Azerbaijani "2 faizlik hədəfi yerinə yetirib" (met the 2% target), "hədəfinə nail olub"
    "hədəf", "hədəfi", "hədəfə", "hədəfinə", "hədəfini",
    # Slovak "tento cieľ splnili len traja spojenci" (only three allies met this goal), "cieľa",
    # "cieľom", "dvojpercentnú hranicu" (the threshold, as the Czech "hranici")
    "cieľ", "cieľa", "cieľom", "hranicu",
    # Finnish "tavoite" (the target) in its cases ("pääsee tavoitteeseen", reaches the target;
    # "tavoitteen", "tavoitetta"); Dutch "de norm", "deze richtlijn" (the norm, this
    # guideline); Ukrainian "цільового показника" (the target indicator), as the Russian
    # "целевого"
    "tavoite", "tavoitteen", "tavoitteeseen", "tavoitetta", "tavoitteet",
    "norm", "richtlijn", "цільовий", "цільового", "цільовому", "цільовим",
    # Bulgarian "целта" (the target: "ще изпълнят целта", will meet the target); Hungarian
    # "követelmény" (the requirement: "teljesítették azt a követelményt, hogy ... 2 százalékát")
    "целта", "követelmény", "követelményt",
    # Spanish "llegaban a ese hito" (reached that milestone)
    "hito",
    # the level named before, with its demonstrative (the noun alone is any indicator or
    # level): Russian "этого показателя достигли 12 стран" (this indicator was reached by),
    # Ukrainian "цей показник перевищили 12 країн", Hungarian "12 ország érte el ezt a szintet"
    # (reached this level)
    "этого показателя", "этот показатель", "цей показник", "цього показника", "ezt a szintet",
)
# Relative pronouns opening a clause that says more of the noun before it, after its comma:
# Slovak "krajín, ktoré splnili cieľ", Czech "které", "kteří", Polish "które", "którzy",
# Russian "которые", Ukrainian "які", Bulgarian "които", Slovenian "ki", Croatian and Serbian
# "koje", "koji", Hungarian "amelyek", "amely", Romanian "care", German and Dutch "die".
FOREIGN_RELATIVE_PRONOUNS = (
    "ktoré", "ktorí", "které", "kteří", "które", "którzy", "которые", "які", "които", "ki",
    "koje", "koji", "amelyek", "amely", "care", "die",
)
FOREIGN_ALLIANCE_WORDS = (
    "alleanza", "alleati", "alleato", "alianța", "alianţa", "alianței", "alianţei", "aliații",
    "aliaţii", "aliați", "aliaţi", "bündnis", "bündnisses", "verbündeten", "allianz", "aliados",
    "aliança", "alianza", "ittifak", "ittifakı", "müttefik", "müttefikler", "alliés",
    "verbündeter", "verbündete", "allierte", "sojusz", "sojuszu", "sojusznicy", "sojuszników",
    "otan", "l'otan", "l’otan", "l'alliance", "l’alliance",
    # Dutch, Czech, Hungarian, Latvian
    "navo", "bondgenoten", "bondgenootschap", "aliance", "spojenci", "spojenců", "szövetség",
    "szövetségesek", "alianse", "alianses", "sabiedrotie",
    # the North Atlantic alliance: Hungarian "az Észak-Atlanti Szerződés Szervezete", Slovak
    # "Severoatlantická aliancia", "členov Severoatlantickej aliancie"; Ukrainian "НАТО"
    "észak-atlanti", "aliancia", "aliancie", "severoatlantick", "нато",
    # Slovenian "zavezništvo" (the alliance, "32 držav zavezništva"), Croatian "Sjevernoatlantski
    # savez" (its stem: "saveza", "savezu")
    "zavezništv", "sjevernoatlantsk",
    # Danish "allierede" (the allies); NATO in Greek letters ("οι χώρες του ΝΑΤΟ")
    "allierede", "νατο",
    # Azerbaijani "müttəfiqlər" (the allies), "alyans" (the alliance)
    "müttəfiq", "alyans",
    # Czech and Slovak "allied" ("Třiadvacet spojeneckých zemí", 23 allied countries)
    "spojeneck",
    # Russian and Ukrainian "альянс" (the alliance: "союзники по Альянсу", "стран альянса")
    "альянс",
)
# Defence and spending in the other languages, as word stems ("Verteidigungsausgaben",
# "dépenses", "spesa", "gasto", "wydatki", "savunma harcaması", "forsvarsutgifter").
FOREIGN_DEFENCE_STEMS = (
    "verteidigung", "militärausgaben", "rüstungsausgaben", "défense", "dépenses", "difesa",
    "spes", "defensa", "gasto", "obronn", "wydatk", "nakład", "savunma", "harcama", "forsvar",
    "cheltuieli", "apărar", "despesa", "defesa",
    # Dutch "defensie-uitgaven", Czech "obranné výdaje", Hungarian "védelmi kiadás", Latvian
    # "aizsardzības izdevumi"
    "defensie", "uitgaven", "obran", "výdaj", "védelm", "kiadás", "aizsardzīb", "izdevum",
    # German "ausgeben" (to spend), "Ausgaben" (expenditure), as English "spend", "expenditure"
    "ausgeb", "ausgab",
    # Russian "военные расходы", "оборонный бюджет", "ассигнования"; Ukrainian "оборонних
    # витрат", "військовий"; Bulgarian "разходи за отбрана"; Serbian "одбрана"; Greek "αμυντικές
    # δαπάνες"
    "военн", "оборон", "расход", "ассигнован", "витрат", "військов", "разход", "отбран",
    "одбран", "αμυντικ", "δαπάν",
    # Azerbaijani "müdafiə xərcləri" (defence spending), Serbian and Bosnian in Latin letters
    # "izdvajanja za odbranu" (as the Cyrillic "одбран")
    "müdafiə", "xərc", "odbran",
    # Slovenian "porabo za obrambo" (spending on defence), Swedish "försvarsutgifter"
    "obramb", "porab", "försvar",
    # Norwegian, Swedish and Danish "utgiftene", "utgifter", "udgifterne" (the expenditure), as
    # the Dutch "uitgaven"
    "utgift", "udgift",
)
# A rise of spending in the other languages (regex alternatives, case-insensitive, each the start
# of a word): Spanish, Portuguese, Italian "aumento", "aumentaron", "incremento", "crecimiento",
# "crescita"; French "hausse", "augmentation"; German "Anstieg", "gestiegen", "erhöht", "Zuwachs";
# Dutch "stijging", "gestegen"; Polish "wzrost", "wzrosły", "zwiększ"; Romanian "creștere";
# Albanian "rritje"; Turkish "arttı", "artış", "yükseldi"; Azerbaijani "artım", "artacaq",
# "artırıb"; Russian "увеличились", "выросли", "возрастут", "рост"; Ukrainian "зросли",
# "збільшення"; Bulgarian "ръст", "увеличение"; Greek "αύξηση"; Czech and Slovak "nárůst",
# "vzrostly", "zvýšení"; Hungarian "növekedés", "emelkedett"; Croatian and Serbian "porast",
# "povećanje". (Not the Turkish "artık", anymore, nor the Slavic "rast" alone: also "growth" of
# anything.)
FOREIGN_RISE_WORDS = (
    r"aument\w*|increment\w*|crec\w*|cresc\w*|hausse|augment\w*|anstieg\w*|gestiegen"
    r"|steiger\w*|erhöh\w*|zuwachs\w*|stijging\w*|gestegen|wzr[oó]s\w*|zwiększ\w*"
    r"|cre[șşs]ter\w*|rritje\w*|rrit[iu]r\w*|art(?:tı|ış|acak|acaq|ım|ır|dı|ıb)\w*|yüksel\w*"
    r"|увелич\w*|выр[ао]с\w*|возрос\w*|возраст\w*|рост\w*|зрос\w*|збільш\w*|ръст\w*"
    r"|αύξησ\w*|αυξήθ\w*|nárůst\w*|vzrost\w*|zvýš\w*|növeked\w*|emelked\w*|porast\w*"
    r"|poveća\w*|alza"
    # German "die um 11 Prozent zunahmen" (which rose), "zunehmen", Norwegian and Danish "en
    # økning på 11 prosent", "stigning", Danish "øgede", Swedish "ökning", "ökade", "ökat",
    # Slovenian "dvignili porabo za 18 odstotkov" (raised spending), Slovak "nárast" (as the Czech
    # "nárůst")
    r"|zunahm\w*|zunehm\w*|zugenommen|økning\w*|økte|øged\w*|øgning\w*|stigning\w*|ökning\w*"
    r"|ökade|ökat"
    r"|dvign\w*|nárast\w*"
)
# "More" right after a percentage, a rise by it: Spanish "invirtieron un 19,4% más en defensa",
# Portuguese "mais", Italian "in più", German "mehr", Polish "więcej", Dutch "meer", Bulgarian
# "повече", Russian "больше", Azerbaijani "19% çox", Turkish "daha fazla".
FOREIGN_MORE_AFTER = r"más|mais|in\s+più|mehr|więcej|meer|повече|больше|çox|daha\s+fazla"
# "At least" in other languages (a floor several allies reach): "mindestens", "au moins". A floor,
# no comparison: "2024 2,1 Prozent, 2025 mindestens 2,5 Prozent" is the ally's own later share.
FOREIGN_AT_LEAST = ("mindestens", "au moins", "al menos el", "almeno il", "almeno l'", "almeno l’",
                    "co najmniej", "minst", "minstens", "ten minste", "pelo menos", "en az")
# "More than" before a level in other languages (lower case): "Powyżej 3 proc.", "superan el".
FOREIGN_LOWER_BOUNDS = FOREIGN_LOWER_HEDGES + (
    "powyżej", "oltre il", "oltre l'", "oltre l’", "superiore al", "sopra il", "supera",
    "por encima del", "acima de", "supera el", "superan el", "superan", "dépasse", "dépassent",
    *FOREIGN_AT_LEAST)
# "Above" and "below" comparing one level with another in the other languages ("bien au-dessus
# des 2 %", "mniej niż 3 proc."), beside the lower bounds above: "more than" as a comparison,
# "above" with its article ("au-dessus des", "acima dos"), and the upper bounds.
FOREIGN_ABOVE_LEVEL = (
    "au-delà de", "au-delà des", "au-delà du", "au-dessus de", "au-dessus des", "au-dessus du",
    "plus que", "więcej niż", "por encima de", "más que", "sopra", "più del", "acima de",
    "acima do", "acima da", "acima dos", "acima das", "mais do que", "boven")
FOREIGN_UPPER_BOUNDS = (
    "en dessous de", "en dessous des", "en dessous du", "moins que", "mniej niż", "poniżej",
    "weniger als", "unter", "por debajo de", "por debajo del", "menos que", "sotto", "meno del",
    "abaixo de", "abaixo do", "abaixo da", "abaixo dos", "abaixo das", "minder dan", "onder",
    "mindre än", "mindre enn")
# "and" joining allies in the other languages: "Łotwa i Grecja", "Lettland und Griechenland",
# "Europa en Canada" (Dutch), "Europa și Canada" (Romanian), "Europa och Kanada" (Swedish).
# (Russian and Bulgarian "и", Ukrainian "і", "та", Azerbaijani "və", Polish "oraz")
FOREIGN_AND_WORDS = ("i", "und", "e", "et", "y", "en", "og", "ve", "és", "un", "și", "şi", "och",
                     "и", "і", "та", "və", "oraz")
# The particle a German separable verb leaves at its clause's end: "gibt 2,4 Prozent aus",
# "hebt die Ausgaben an", "stockt auf", "steuert bei", "setzt ein", "sieht vor", "legt zu".
GERMAN_VERB_PARTICLES = ("aus", "an", "auf", "bei", "ein", "vor", "zu")
# "and" in English or any of them, as one group.
AND_ANY_LANGUAGE = r"(?:and|" + "|".join(FOREIGN_AND_WORDS) + ")"

# "from" before the nations a count gathers, in the other languages (regex alternatives, each
# after "|"): Swedish "10 000 personer från 25 länder", Norwegian and Danish "fra", German "aus 25
# Ländern", Dutch "uit", Polish "z", Italian "da", French and Spanish "de", Romanian "din".
# "or" in the languages read, English first: "three or four", "trois ou quatre", "tres o cuatro".
OR_WORDS = ("or", "ou", "o", "oder", "eller", "lub", "albo", "ili", "или", "або", "ή", "sau",
            "vagy", "nebo", "alebo", "arba", "vai", "või", "veya", "ose")
# Reaching a level, with the article before it: "raggiungono il 2%", "alcanzan el 2%", "atteignent
# les 2 %", "atingem os 2%", "erreichen die 2 Prozent".
FOREIGN_REACH_VERBS = (r"|raggiung\w*\s+il|alcanz\w*\s+el|atteign\w*\s+les|atteint\w*\s+les"
                       r"|ating\w*\s+os|erreich\w*\s+die")
FOREIGN_FROM_WORDS = r"|från|fra|aus|uit|z|da|de|din"

# "according to" before a named source, in English and the other languages (regex alternatives,
# case-insensitive): "Nach Angaben der Bundeswehr", "laut Bundeswehr", "selon l'armée", "según
# el Ministerio", "secondo la Difesa", "według MON", "volgens Defensie", "podle armády",
# "segundo o Governo", "ifølge", "enligt", "potrivit", "aldus". Portuguese "segundo" only before
# an article or a noun of data ("segundo dados do Governo"): alone it is also "second".
ACCORDING_TO = (r"according\s+to|nach\s+angaben|laut|selon|según|segun|secondo|według"
                r"|volgens|podle|conform|segundo\s+(?:o|a|os|as|dados|números|estimativas|cálculos)"
                r"|ifølge|enligt|potrivit|aldus"
                r"|de\s+acordo\s+com|d['’]après"
                # Russian "по данным", "по оценке", "согласно"; Ukrainian "за даними", "за
                # оцінкою", "згідно з"; Bulgarian "според", "по данни на"; Lithuanian "pasak";
                # Latvian "saskaņā ar"; Slovak "podľa"; Slovenian "po podatkih", "po oceni";
                # Croatian "prema"; Albanian "sipas"; Icelandic "samkvæmt"
                r"|по\s+(?:данн\w+|оценк\w+|сведениям|подсч[её]там|информации)(?:\s+на)?"
                r"|согласно(?:\s+данным)?|за\s+(?:даними|оцінк\w+|підрахунками|інформацією)"
                r"|згідно\s+з(?:\s+даними)?|според|pasak|saskaņā\s+ar|podľa"
                r"|po\s+(?:podatkih|oceni|navedbah)|prema|sipas|samkvæmt")
# A source's verb of showing or estimating, in the other languages (regex alternatives): Polish
# "dane SIPRI pokazują", "SIPRI szacuje"; Russian "SIPRI оценивает"; Ukrainian "показують",
# "оцінює"; Bulgarian "показват"; Lithuanian "rodo"; Latvian "liecina"; Estonian "näitavad",
# "hindab"; Finnish "osoittavat", "arvioi"; Slovak "ukazujú", "odhaduje"; Slovenian "kažejo",
# "ocenjuje"; Croatian "pokazuju", "procjenjuje"; Albanian "tregojnë", "vlerëson".
FOREIGN_SOURCE_VERBS = (r"pokazuj\w*|wskazuj\w*|szacuj\w*|показыва\w*|оценива\w*|показу\w*"
                        r"|оціню\w*|показват|оценява\w*|rodo|vertina|liecina|novērtē|näitavad"
                        r"|hindab|osoittavat|arvioi|ukazuj\w*|odhaduj\w*|kažejo|ocenjuje|pokazuju"
                        r"|procjenjuje|tregojnë|vlerëson")
# "according to" written after the source, in Turkish, Finnish, Estonian, Lithuanian and
# Hungarian (regex alternatives): "SIPRI'ye göre", "SIPRI:n mukaan", "SIPRI andmetel", "SIPRI
# hinnangul", "SIPRI duomenimis", "a SIPRI szerint".
ACCORDING_TO_AFTER = r"göre|mukaan|andmetel|hinnangul|järgi|duomenimis|teigimu|vertinimu|szerint"
# What an exercise's counts count, in the other languages (regex alternatives, case-insensitive,
# read as whole words after the number): each row (reference key, nouns, example). Tanks are left
# out: "dont 133 chars" are a part of the vehicles, which only the English words say.
FOREIGN_EXERCISE_NOUNS = (
    ("exercise_ships",
     # French, Spanish, Portuguese, Italian, German, Dutch, Polish, Romanian, Czech, Albanian,
     # Turkish, Swedish
     r"navires?|navíos?|buques?|barcos?|activos\s+navales|navios?|navi|unità\s+navali"
     r"|\w*schiffe?|marineeinheiten|\w*schepen|okręt\w*|nave(?:le)?|lodí|lodě|anije"
     r"|gemi\w*|fartyg"
     # Lithuanian "50 karo laivų", Bulgarian "50 кораба", Serbian and Croatian "brodova"
     r"|laiv\w*|кораб\w*|brodov\w*|plovil\w*",
     "50 navires de guerre, más de 50 activos navales, 50 Kriegsschiffe"),
    ("exercise_aircraft",
     r"avions?|aéronefs?|aviones|aeronaves?|aviões|aerei|velivoli|\w*flugzeug(?:e|en)?|kampfjets"
     r"|\w*vliegtuigen|samolot\w*|avioane|aeronave|letadel|letoun\w*|avionë|uça[kğ]\w*"
     # Azerbaijani "250 təyyarə"
     r"|təyyarə\w*"
     # German "Maschinen" as pilots and air forces say it ("mit über 250 Maschinen")
     r"|flygplan|αεροσκάφη|αεροσκαφών|maschinen"
     # Croatian "250 zrakoplova", Serbian "aviona", Slovenian "letal", Polish "maszyn" (as the
     # German "Maschinen")
     r"|zrakoplov\w*|aviona|letal|maszyn|orlaiv\w*"
     # Serbian "250 vazduhoplova", "250 авиона", Bulgarian "самолета", Lithuanian "80 lėktuvų",
     # Slovak "80 bojových lietadiel", Polish "80 myśliwców" (fighters), Ukrainian "літаках",
     # Lithuanian "220 orlaivių", Ukrainian "винищувачів", Russian "истребителей" (fighters)
     r"|vazduhoplov\w*|авион\w*|самолет\w*|літак\w*|винищувач\w*|истребител\w*|lėktuv\w*|lietad\w*|myśliw\w*"
     # German "Luftfahrzeuge" (air vehicles: aircraft, read before the vehicles' "Fahrzeuge")
     r"|luftfahrzeug\w*",
     "80 avions, más de 80 aeronaves, 80 Flugzeuge, mit 80 Flugzeugen, 80 Maschinen, 80 αεροσκάφη"),
    ("exercise_vehicles",
     r"véhicules?|vehículos?|veículos?|veicoli|\w*fahrzeuge?|\w*voertuigen|pojazd\w*"
     r"|vehicule(?:le)?|vozidel|automjete|ara[çc]\w*|fordon|vozi[dl]\w*"
     # Ukrainian and Russian "бойових машин", "боевых машин" (combat vehicles)
     r"|машин\w*",
     "plus de 1 100 véhicules de combat, 1.100 vehículos de combate, 1.100 Gefechtsfahrzeuge"),
)
# Who takes part, written after a bare number in the other languages: French "90.000 hommes et
# femmes" (an army's men and women), Spanish "efectivos", Portuguese "efetivos"; the people an
# exercise gathers, Swedish, Norwegian and Danish "10 000 personer", German "Personen", French
# "personnes", Spanish "personas", Italian "persone", Portuguese "pessoas", Dutch "personen",
# Polish "osób"; Dutch "10.000 manschappen" (the men of a force, its troops).
FOREIGN_PARTICIPANT_WORDS = (r"hommes(?:\s+et\s+femmes)?\b|efe(?:c)?tivos\b|manschappen\b"
                             r"|(?i:personer|personen|personnes|personas|persone|pessoas|osób)\b"
                             # German "Kräfte" (forces) and "(Übungs)teilnehmer" (participants),
                             # Greek "άτομα" (persons), Filipino "na mga sundalo" (soldiers)
                             r"|(?i:kräfte|\w*teilnehmer(?:innen)?|άτομα|(?:na\s+mga\s+)?sundalo)\b"
                             # Czech "až deset tisíc lidí", "osob", Slovak "ľudí", Croatian and
                             # Serbian "ljudi", Russian "человек", Ukrainian "осіб" (people),
                             # "учасників" (participants)
                             # Azerbaijani "10 min insan"; Serbian, Croatian and
                             # Bosnian "90.000 snaga" (forces, as the German "Kräfte")
                             r"|(?i:lidí|osob|ľudí|ljudi|људи|человек|осіб|учасник\w*|insan"
                             r"|snaga|снага)"
                             r"(?!\w)")

# A source noun opening a headline before a colon (lower case, in English and the other
# languages, written with and without diacritics, as headlines taken from an address lose them):
# "Study: ...", "Instituts: daudzas NATO valstis loti leni palielina ..." (Latvian, Ifo's
# analysis), "Studie: ...", "Rapport : ...". The article's figures are that source's.
HEADLINE_SOURCE_NOUNS = (
    "institute", "study", "report", "analysis", "think tank", "think-tank", "survey", "research",
    "instituts", "pētījums", "petijums", "ziņojums", "zinojums", "analīze", "analize",
    "institut", "studie", "bericht", "analyse", "denkfabrik", "umfrage",
    "étude", "etude", "rapport", "sondage", "istituto", "studio", "rapporto", "analisi",
    "instituto", "estudio", "informe", "análisis", "analisis", "estudo", "relatório", "relatorio",
    "análise", "institutul", "studiu", "raport", "analiză", "analiza", "instytut", "badanie",
    "instituut", "onderzoek", "zpráva", "zprava", "analýza", "intézet", "intezet", "tanulmány",
    "tanulmany", "jelentés", "jelentes", "elemzés", "elemzes", "enstitü", "enstitu",
    "araştırma", "arastirma", "rapor", "analiz", "institutt",
)

# "with" between a figure and its owner, in the languages that name the owner after its figure
# (regex alternatives): Turkish "onu yüzde 4 ile Litvanya takip ediyor" (Lithuania follows it
# with 4 per cent).
WITH_OWNER_AFTER = r"ile"
# Turkish (and Azerbaijani) relative participles between a figure and its owner named after it
# (regex alternatives): "yüzde 1,36 olan Türkiye" (Türkiye, which is at 1.36%), "yüzde 3,9
# oranına ulaşan Polonya" (Poland, reaching the rate of 3.9%).
WHICH_IS_OWNER_AFTER = r"(?:oran\w*\s+)?(?:olan|ulaşan)"

# "since" in English and the other languages (regex alternatives, case-insensitive): French
# "depuis", German "seit", Spanish and Portuguese "desde", Italian "dal", "dai tempi di", Dutch
# "sinds", Swedish "sedan", Norwegian and Danish "siden", Polish and Czech "od", Romanian "din".
SINCE_WORDS = r"since|depuis|seit|desde|dal|dalla|dai|sinds|sedan|siden|od|din"
# "in" before a year, in the same languages: "en 1988", "em 1988", "im Jahr 1988", "nel 1988",
# "in 1988" (Dutch), "i 1988", "w 1988", "v roce 1988", "în 1988".
IN_A_YEAR_WORDS = r"in|en|em|im(?:\s+Jahre?)?|nel|no|na|i|w|v(?:\s+roce)?|în|år"

# NATO's aggregates as the other languages name them before a share in brackets (regex, case-
# insensitive): all allies' total, Portuguese "do total (2,76%)", Spanish "del total", French "du
# total", Italian "del totale"; an average, Portuguese and Spanish "média"/"media", French
# "moyenne", German "Durchschnitt", Danish "gennemsnit", Dutch "gemiddelde", Polish "średnia".
FOREIGN_TOTAL_WORDS = r"\b(?:o|do|el|del|le|du|il|dal|nel)\s+totale?"
FOREIGN_AVERAGE_WORDS = (r"média|media|moyenne|Durchschnitts?|gennemsnit(?:tet)?"
                         r"|gjennomsnitt(?:et)?|gemiddelde|średni\w*")
# The European allies and Canada in any language the brief reads: "European allies and Canada",
# "aliados europeus e Canadá", "alliés européens et le Canada", "europäischen Verbündeten und
# Kanada", "europæiske allierede og Canada", Serbian "evropskim saveznicama i Kanadi", Russian
# "По всей Европе и в Канаде", Azerbaijani "Avropa ölkələri və Kanada".
# The article or preposition "and" may put before Canada: "et le Canada", "e il Canada", Italian
# "alleati europei e del Canada", Portuguese "membros europeus e do Canadá", Spanish "y de
# Canadá", Russian "и в Канаде".
BEFORE_CANADA = ("the", "le", "il", "el", "du", "o", "de", "del", "do", "в", "у")
_EUROPE_STEMS = r"(?i:europ|evrop|европ|європ|avropa)\w*"
_CANADA_NAMES = r"(?:Canad[aáà]|Kanad\w*|Канад\w*)"
# Also Canada first: Norwegian "Canada og de europeiske medlemslandene", "Canada and the
# European allies".
EUROPE_AND_CANADA = (r"(?:\b" + _EUROPE_STEMS + r"\b[^.;()]{0,40}\b" + AND_ANY_LANGUAGE
                     + r"\s+(?:(?:" + "|".join(BEFORE_CANADA) + r")\s+)?" + _CANADA_NAMES
                     + r"\b|\b" + _CANADA_NAMES + r"\s+" + AND_ANY_LANGUAGE
                     + r"\s+(?:\w+\s+)?\b" + _EUROPE_STEMS + r")")
