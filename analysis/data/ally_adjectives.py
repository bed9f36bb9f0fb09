"""The allies' adjectives in German and French, as the news writes an ally's spending with them
("die deutschen Verteidigungsausgaben", "les dépenses militaires polonaises"). English adjectives
are :data:`analysis.vocabulary.ALLY_ADJECTIVES`. Each stem takes the language's endings (German
-e/-en/-er/-es; French -e/-s/-es). :data:`NATIONALITIES` puts them with the English ones and
the other languages' words for one ally's forces.
"""

from __future__ import annotations

from analysis.vocabulary import ALLY_ADJECTIVES

GERMAN_ADJECTIVE_STEMS: dict[str, str] = {
    "deutsch": "Germany", "polnisch": "Poland", "französisch": "France",
    "britisch": "United Kingdom", "amerikanisch": "United States",
    "us-amerikanisch": "United States",
    "italienisch": "Italy", "spanisch": "Spain", "niederländisch": "Netherlands",
    "norwegisch": "Norway", "schwedisch": "Sweden", "finnisch": "Finland", "dänisch": "Denmark",
    "kanadisch": "Canada", "türkisch": "Türkiye", "rumänisch": "Romania", "estnisch": "Estonia",
    "lettisch": "Latvia", "litauisch": "Lithuania", "belgisch": "Belgium",
    "tschechisch": "Czechia", "slowakisch": "Slovak Republic", "ungarisch": "Hungary",
    "griechisch": "Greece", "portugiesisch": "Portugal", "bulgarisch": "Bulgaria",
    "kroatisch": "Croatia", "albanisch": "Albania", "slowenisch": "Slovenia",
    "montenegrinisch": "Montenegro", "isländisch": "Iceland", "luxemburgisch": "Luxembourg",
    "nordmazedonisch": "North Macedonia",
}
# French masculine singular forms; "français" and "polonais" already end in -s.
FRENCH_ADJECTIVE_STEMS: dict[str, str] = {
    "allemand": "Germany", "polonais": "Poland", "français": "France",
    "britannique": "United Kingdom", "américain": "United States", "italien": "Italy",
    "espagnol": "Spain", "néerlandais": "Netherlands", "norvégien": "Norway", "suédois": "Sweden",
    "finlandais": "Finland", "danois": "Denmark", "canadien": "Canada", "turc": "Türkiye",
    "roumain": "Romania", "estonien": "Estonia", "letton": "Latvia", "lituanien": "Lithuania",
    "belge": "Belgium", "tchèque": "Czechia", "slovaque": "Slovak Republic", "hongrois": "Hungary",
    "grec": "Greece", "portugais": "Portugal", "bulgare": "Bulgaria", "croate": "Croatia",
    "albanais": "Albania", "slovène": "Slovenia", "monténégrin": "Montenegro",
    "islandais": "Iceland", "luxembourgeois": "Luxembourg", "macédonien": "North Macedonia",
    "turque": "Türkiye", "grecque": "Greece",
}

# The allies whose forces the news names by their German or French adjective ("deutsche
# Soldaten", "soldats français"), each by its first stem above.
FORCES_NAMED_BY_ADJECTIVE = ("Germany", "United States", "United Kingdom", "Poland", "France")


def _first_stem(stems: dict[str, str], ally: str) -> str:
    return next(stem for stem, named in stems.items() if named == ally)


# Nationality words: "12,000 German troops" are one ally's part of an exercise.
NATIONALITIES = (
    *ALLY_ADJECTIVES, "U.S.", "US",
    # other languages: one ally's armed forces or soldiers ("12.000 Soldaten der Bundeswehr",
    # "deutsche Soldaten", "soldati italiani", "soldats français", "polskich żołnierzy")
    "Bundeswehr", "Forsvaret", "TSK", "Wojska Polskiego", "Wojsko Polskie",
    *(_first_stem(GERMAN_ADJECTIVE_STEMS, ally) + ending
      for ally in FORCES_NAMED_BY_ADJECTIVE for ending in ("e", "en")),
    "italiani", "tedeschi", "americani", "britannici", "polacchi", "francesi",
    # (the plural: "français" and "polonais" already end in -s)
    *(stem if stem.endswith("s") else stem + "s" for stem in (
        _first_stem(FRENCH_ADJECTIVE_STEMS, ally) for ally in FORCES_NAMED_BY_ADJECTIVE)),
    "españoles", "alemanes", "estadounidenses", "británicos", "polacos", "polskich",
    "amerykańskich", "niemieckich", "brytyjskich", "norske", "amerikanske", "britiske",
)


# The allies' adjectives in more languages, as stems the language's endings follow ("de Deense
# defensie-uitgaven", "el gasto militar español", "os gastos militares portugueses", "la spesa
# militare italiana", "polskie wydatki obronne", "de danske forsvarsudgifter", "české výdaje na
# obranu", "οι ελληνικές αμυντικές δαπάνες", "cheltuielile românești pentru apărare", "a magyar
# védelmi kiadások"). An accented vowel of a stem may lose its accent as an ending follows
# ("alemán", "alemana"), as the reading in analysis.brief.adjective_owners allows.
DUTCH_ADJECTIVE_STEMS: dict[str, str] = {
    "Duits": "Germany", "Pools": "Poland", "Frans": "France", "Brits": "United Kingdom",
    "Amerikaans": "United States", "Italiaans": "Italy", "Spaans": "Spain",
    "Nederlands": "Netherlands", "Hollands": "Netherlands", "Noors": "Norway", "Zweeds": "Sweden",
    "Fins": "Finland", "Deens": "Denmark", "Canades": "Canada", "Turks": "Türkiye",
    "Roemeens": "Romania", "Ests": "Estonia", "Estisch": "Estonia", "Lets": "Latvia",
    "Litouws": "Lithuania", "Belgisch": "Belgium", "Tsjechisch": "Czechia",
    "Slowaaks": "Slovak Republic", "Hongaars": "Hungary", "Grieks": "Greece",
    "Portuges": "Portugal", "Bulgaars": "Bulgaria", "Kroatisch": "Croatia", "Albanes": "Albania",
    "Sloveens": "Slovenia", "Montenegrijns": "Montenegro", "IJslands": "Iceland",
    "Luxemburgs": "Luxembourg", "Noord-Macedonisch": "North Macedonia",
}
SPANISH_ADJECTIVE_STEMS: dict[str, str] = {
    "alemán": "Germany", "polac": "Poland", "francés": "France", "británic": "United Kingdom",
    "estadounidense": "United States", "norteamerican": "United States", "italian": "Italy",
    "español": "Spain", "neerlandés": "Netherlands", "holandés": "Netherlands",
    "norueg": "Norway", "suec": "Sweden", "finlandés": "Finland", "danés": "Denmark",
    "canadiense": "Canada", "turc": "Türkiye", "ruman": "Romania",
    "estoni": "Estonia", "letón": "Latvia", "lituan": "Lithuania", "belga": "Belgium",
    "chec": "Czechia", "eslovac": "Slovak Republic", "húngar": "Hungary", "grieg": "Greece",
    "portugués": "Portugal", "búlgar": "Bulgaria", "croata": "Croatia", "albanés": "Albania",
    "eslovén": "Slovenia", "montenegrin": "Montenegro", "islandés": "Iceland",
    "luxemburgués": "Luxembourg", "macedoni": "North Macedonia",
}
PORTUGUESE_ADJECTIVE_STEMS: dict[str, str] = {
    "alemã": "Germany", "alemão": "Germany", "alemães": "Germany", "polac": "Poland",
    "francês": "France", "britânic": "United Kingdom", "norte-american": "United States",
    "estadunidense": "United States", "american": "United States", "italian": "Italy",
    "espanhol": "Spain", "espanhóis": "Spain", "neerlandês": "Netherlands",
    "holandês": "Netherlands", "norueguês": "Norway", "suec": "Sweden",
    "finlandês": "Finland", "dinamarquês": "Denmark", "canadian": "Canada", "turc": "Türkiye",
    "romen": "Romania", "estonian": "Estonia", "letã": "Latvia", "letão": "Latvia",
    "lituan": "Lithuania", "belga": "Belgium", "chec": "Czechia", "eslovac": "Slovak Republic",
    "húngar": "Hungary", "greg": "Greece", "português": "Portugal", "búlgar": "Bulgaria",
    "croata": "Croatia", "albanês": "Albania", "eslovén": "Slovenia",
    "montenegrin": "Montenegro", "islandês": "Iceland", "luxemburguês": "Luxembourg",
    "macedóni": "North Macedonia",
}
ITALIAN_ADJECTIVE_STEMS: dict[str, str] = {
    "tedesc": "Germany", "polacc": "Poland", "frances": "France", "britannic": "United Kingdom",
    "statunitens": "United States", "american": "United States", "italian": "Italy",
    "spagnol": "Spain", "olandes": "Netherlands",
    "norveges": "Norway", "svedes": "Sweden", "finlandes": "Finland", "danes": "Denmark",
    "canades": "Canada", "turc": "Türkiye", "rumen": "Romania", "eston": "Estonia",
    "letton": "Latvia", "lituan": "Lithuania", "belg": "Belgium", "cec": "Czechia",
    "slovacc": "Slovak Republic", "ungheres": "Hungary", "grec": "Greece",
    "portoghes": "Portugal", "bulgar": "Bulgaria", "croat": "Croatia", "albanes": "Albania",
    "sloven": "Slovenia", "montenegrin": "Montenegro", "islandes": "Iceland",
    "lussemburghes": "Luxembourg", "macedon": "North Macedonia",
}
POLISH_ADJECTIVE_STEMS: dict[str, str] = {
    "niemieck": "Germany", "polsk": "Poland", "francusk": "France", "brytyjsk": "United Kingdom",
    "amerykańsk": "United States", "włosk": "Italy", "hiszpańsk": "Spain",
    "holendersk": "Netherlands", "niderlandzk": "Netherlands", "norwesk": "Norway",
    "szwedzk": "Sweden", "fińsk": "Finland", "duńsk": "Denmark", "kanadyjsk": "Canada",
    "tureck": "Türkiye", "rumuńsk": "Romania", "estońsk": "Estonia", "łotewsk": "Latvia",
    "litewsk": "Lithuania", "belgijsk": "Belgium", "czesk": "Czechia",
    "słowack": "Slovak Republic", "węgiersk": "Hungary", "greck": "Greece",
    "portugalsk": "Portugal", "bułgarsk": "Bulgaria", "chorwack": "Croatia",
    "albańsk": "Albania", "słoweńsk": "Slovenia", "czarnogórsk": "Montenegro",
    "islandzk": "Iceland", "luksembursk": "Luxembourg", "północnomacedońsk": "North Macedonia",
}
# Danish, Norwegian and Swedish, where most stems are one word in all three.
NORDIC_ADJECTIVE_STEMS: dict[str, str] = {
    "tysk": "Germany", "polsk": "Poland", "fransk": "France", "britisk": "United Kingdom",
    "brittisk": "United Kingdom", "amerikansk": "United States", "italiensk": "Italy",
    "spansk": "Spain", "nederlandsk": "Netherlands", "nederländsk": "Netherlands",
    "hollandsk": "Netherlands", "norsk": "Norway", "svensk": "Sweden", "finsk": "Finland",
    "finländsk": "Finland", "dansk": "Denmark", "canadisk": "Canada", "kanadisk": "Canada",
    "kanadensisk": "Canada", "tyrkisk": "Türkiye", "turkisk": "Türkiye", "rumænsk": "Romania",
    "rumensk": "Romania", "rumänsk": "Romania", "estisk": "Estonia", "estnisk": "Estonia",
    "estländsk": "Estonia", "lettisk": "Latvia", "lettländsk": "Latvia",
    "litauisk": "Lithuania", "belgisk": "Belgium", "tjekkisk": "Czechia",
    "tsjekkisk": "Czechia", "tjeckisk": "Czechia", "slovakisk": "Slovak Republic",
    "ungarsk": "Hungary", "ungersk": "Hungary", "græsk": "Greece", "gresk": "Greece",
    "grekisk": "Greece", "portugisisk": "Portugal", "bulgarsk": "Bulgaria",
    "bulgarisk": "Bulgaria", "kroatisk": "Croatia", "albansk": "Albania", "slovensk": "Slovenia",
    "montenegrinsk": "Montenegro", "islandsk": "Iceland", "isländsk": "Iceland",
    "luxembourgsk": "Luxembourg", "luxemburgsk": "Luxembourg",
    "nordmakedonsk": "North Macedonia",
}
CZECH_ADJECTIVE_STEMS: dict[str, str] = {
    "německ": "Germany", "polsk": "Poland", "francouzsk": "France", "britsk": "United Kingdom",
    "americk": "United States", "italsk": "Italy", "španělsk": "Spain",
    "nizozemsk": "Netherlands", "norsk": "Norway", "švédsk": "Sweden", "finsk": "Finland",
    "dánsk": "Denmark", "kanadsk": "Canada", "tureck": "Türkiye", "rumunsk": "Romania",
    "estonsk": "Estonia", "lotyšsk": "Latvia", "litevsk": "Lithuania", "belgick": "Belgium",
    "česk": "Czechia", "slovensk": "Slovak Republic", "maďarsk": "Hungary", "řeck": "Greece",
    "portugalsk": "Portugal", "bulharsk": "Bulgaria", "chorvatsk": "Croatia",
    "albánsk": "Albania", "slovinsk": "Slovenia", "černohorsk": "Montenegro",
    "islandsk": "Iceland", "lucembursk": "Luxembourg", "severomakedonsk": "North Macedonia",
}
GREEK_ADJECTIVE_STEMS: dict[str, str] = {
    "γερμανικ": "Germany", "πολωνικ": "Poland", "γαλλικ": "France", "βρετανικ": "United Kingdom",
    "αμερικανικ": "United States", "ιταλικ": "Italy", "ισπανικ": "Spain",
    "ολλανδικ": "Netherlands", "νορβηγικ": "Norway", "σουηδικ": "Sweden",
    "φινλανδικ": "Finland", "δανικ": "Denmark", "καναδικ": "Canada", "τουρκικ": "Türkiye",
    "ρουμανικ": "Romania", "εσθονικ": "Estonia", "λετονικ": "Latvia", "λιθουανικ": "Lithuania",
    "βελγικ": "Belgium", "τσεχικ": "Czechia", "σλοβακικ": "Slovak Republic",
    "ουγγρικ": "Hungary", "ελληνικ": "Greece", "πορτογαλικ": "Portugal",
    "βουλγαρικ": "Bulgaria", "κροατικ": "Croatia", "αλβανικ": "Albania",
    "σλοβενικ": "Slovenia", "μαυροβουνιακ": "Montenegro", "ισλανδικ": "Iceland",
    "λουξεμβουργιαν": "Luxembourg", "βορειομακεδονικ": "North Macedonia",
}
ROMANIAN_ADJECTIVE_STEMS: dict[str, str] = {
    "german": "Germany", "polon": "Poland", "francez": "France", "britanic": "United Kingdom",
    "american": "United States", "italian": "Italy", "spaniol": "Spain",
    "olandez": "Netherlands", "norvegian": "Norway", "suedez": "Sweden",
    "finlandez": "Finland", "danez": "Denmark", "canadian": "Canada", "turc": "Türkiye",
    "român": "Romania", "romîn": "Romania", "estonian": "Estonia", "leton": "Latvia",
    "lituanian": "Lithuania", "belgian": "Belgium", "ceh": "Czechia", "slovac": "Slovak Republic",
    "maghiar": "Hungary", "ungar": "Hungary", "grec": "Greece", "portughez": "Portugal",
    "bulgar": "Bulgaria", "croat": "Croatia", "albanez": "Albania", "sloven": "Slovenia",
    "muntenegrean": "Montenegro", "islandez": "Iceland", "luxemburghez": "Luxembourg",
    "macedonean": "North Macedonia",
}
# Hungarian adjectives take no ending before a noun ("a német védelmi kiadások").
HUNGARIAN_ADJECTIVES: dict[str, str] = {
    "német": "Germany", "lengyel": "Poland", "francia": "France", "brit": "United Kingdom",
    "amerikai": "United States", "olasz": "Italy", "spanyol": "Spain", "holland": "Netherlands",
    "norvég": "Norway", "svéd": "Sweden", "finn": "Finland", "dán": "Denmark",
    "kanadai": "Canada", "török": "Türkiye", "román": "Romania", "észt": "Estonia",
    "lett": "Latvia", "litván": "Lithuania", "belga": "Belgium", "cseh": "Czechia",
    "szlovák": "Slovak Republic", "magyar": "Hungary", "görög": "Greece",
    "portugál": "Portugal", "bolgár": "Bulgaria", "horvát": "Croatia", "albán": "Albania",
    "szlovén": "Slovenia", "montenegrói": "Montenegro", "izlandi": "Iceland",
    "luxemburgi": "Luxembourg", "észak-macedón": "North Macedonia",
}
