"""The allies' names in the languages whose tables are kept apart from
:data:`analysis.data.allies.FOREIGN_NAMES`: the South Slavic languages, Catalan, Lithuanian,
Ukrainian, Russian, Bulgarian, Polish accusatives, Azerbaijani, Estonian, Finnish and
Indonesian, each in the forms the news writes a figure with. :mod:`analysis.data.allies` joins
them into its aliases (split from it by language, so that each module stays readable). Imports
nothing of the package.
"""

from __future__ import annotations

# Slovenian, Croatian and Serbian (Latin script), one table for the three languages, in the
# nominative ("Poljska (4,12%)", "Slovenija je", "ZDA"), and Slovenia's own name in the cases
# the news puts it in ("od Slovenije", "v Sloveniji", "za Slovenijo"). (Not "Island", Croatian
# for Iceland: running English text; nor "Finska", "Danska", "Francuska": Swedish "finska",
# "danska" and Polish "francuska" are adjectives, Finnish, Danish and French.)
SOUTH_SLAVIC_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("albanija",), "Belgium": ("belgija",), "Bulgaria": ("bolgarija", "bugarska"),
    "Croatia": ("hrvaška", "hrvatska"), "Czechia": ("češka",), "Estonia": ("estonija",),
    "Germany": ("nemčija", "njemačka", "nemačka"), "Greece": ("grčija", "grčka"),
    "Hungary": ("madžarska", "mađarska"), "Iceland": ("islandija",), "Italy": ("italija",),
    "Lithuania": ("litvanija",), "Montenegro": ("črna gora", "crna gora"),
    "Netherlands": ("nizozemska", "holandija"),
    "North Macedonia": ("severna makedonija", "sjeverna makedonija"),
    "Norway": ("norveška",), "Poland": ("poljska",), "Portugal": ("portugalska", "portugalija"),
    "Romania": ("romunija", "rumunjska", "rumunija"), "Slovak Republic": ("slovaška", "slovačka"),
    "Slovenia": ("slovenija", "slovenije", "sloveniji", "slovenijo"),
    "Spain": ("španija", "španjolska"), "Sweden": ("švedska",), "Türkiye": ("turčija", "turska"),
    "United Kingdom": ("velika britanija", "združeno kraljestvo", "ujedinjeno kraljevstvo"),
    "United States": ("zda", "sad"),
}
# Catalan, where it differs from the other tables ("Bèlgica (1,29%), Luxemburg (1,3%) i
# Eslovènia (1,37%)"); not "Romania", "Portugal", "Noruega", "Dinamarca", "Montenegro", "Turquia",
# already read.
CATALAN_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("albània",), "Belgium": ("bèlgica",), "Bulgaria": ("bulgària",),
    "Canada": ("canadà",), "Croatia": ("croàcia",), "Czechia": ("txèquia",),
    "Estonia": ("estònia",), "Finland": ("finlàndia",), "Germany": ("alemanya",),
    "Greece": ("grècia",), "Hungary": ("hongria",), "Iceland": ("islàndia",), "Italy": ("itàlia",),
    "Latvia": ("letònia",), "Lithuania": ("lituània",), "Netherlands": ("països baixos",),
    "North Macedonia": ("macedònia del nord",), "Poland": ("polònia",),
    "Slovak Republic": ("eslovàquia",), "Slovenia": ("eslovènia",), "Spain": ("espanya",),
    "Sweden": ("suècia",), "United Kingdom": ("regne unit",), "United States": ("estats units",),
}
# Lithuanian, in the nominative and where it differs from the other tables ("Estija (2,12
# proc.), Graikija (3,54 proc.) ... ir JAV (3,46 proc.)").
LITHUANIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Bulgaria": ("bulgarija",), "Croatia": ("kroatija",), "Czechia": ("čekija",),
    "Denmark": ("danija",), "Estonia": ("estija",), "Finland": ("suomija",),
    "France": ("prancūzija",), "Germany": ("vokietija",), "Greece": ("graikija",),
    "Hungary": ("vengrija",), "Luxembourg": ("liuksemburgas",), "Montenegro": ("juodkalnija",),
    "Netherlands": ("nyderlandai",), "North Macedonia": ("šiaurės makedonija",),
    "Norway": ("norvegija",), "Poland": ("lenkija",), "Slovak Republic": ("slovakija",),
    "Slovenia": ("slovėnija",), "Spain": ("ispanija",), "Sweden": ("švedija",),
    "Türkiye": ("turkija",), "United Kingdom": ("didžioji britanija", "jungtinė karalystė"),
    "United States": ("jav",),
}
# Ukrainian, one table for the language (Cyrillic, in the nominative, as lists and headlines
# write them: "Польща: 3,9%", "США: 3,49%"; the abbreviation "США" is written upper case).
UKRAINIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("албанія",), "Belgium": ("бельгія",), "Bulgaria": ("болгарія",),
    "Canada": ("канада",), "Croatia": ("хорватія",), "Czechia": ("чехія",),
    "Denmark": ("данія",), "Estonia": ("естонія",), "Finland": ("фінляндія",),
    "France": ("франція",), "Germany": ("німеччина",), "Greece": ("греція",),
    "Hungary": ("угорщина",), "Iceland": ("ісландія",), "Italy": ("італія",),
    "Latvia": ("латвія",), "Lithuania": ("литва",), "Luxembourg": ("люксембург",),
    "Montenegro": ("чорногорія",), "Netherlands": ("нідерланди",),
    "North Macedonia": ("північна македонія",), "Norway": ("норвегія",), "Poland": ("польща",),
    "Portugal": ("португалія",), "Romania": ("румунія",), "Slovak Republic": ("словаччина",),
    "Slovenia": ("словенія",), "Spain": ("іспанія",), "Sweden": ("швеція",),
    "Türkiye": ("туреччина",), "United Kingdom": ("великобританія", "британія"),
    "United States": ("сша", "сполучені штати"),
}


# The case endings that replace a name's final "я" or "а" (Ukrainian "від Польщі (4,12%)", "у
# Литві", "Естонії"; Russian "в Польше", "Эстонии", "Литву"), by language.
UKRAINIAN_ENDINGS = {"ія": ("ї", "ю", "єю"), "а": ("и", "і", "у", "ою", "ею")}
RUSSIAN_ENDINGS = {"ия": ("и", "ю", "ей"), "а": ("ы", "и", "е", "у", "ой")}


def cyrillic_case_forms(spelling: str, endings: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The other cases of a Cyrillic name of one word in -ія/-ия or -а, with a language's
    ``endings``: a figure after one is that ally's, never the ally named before."""
    if " " in spelling or len(spelling) <= 3:
        return ()
    for final, replacing in endings.items():
        if spelling.endswith(final):
            return tuple(spelling[:-1] + ending for ending in replacing)
    return ()


def with_case_forms(names: dict[str, tuple[str, ...]],
                    endings: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {name: spellings + tuple(form for spelling in spellings
                                    for form in cyrillic_case_forms(spelling, endings))
            for name, spellings in names.items()}


UKRAINIAN_NAMES = with_case_forms(UKRAINIAN_NAMES, UKRAINIAN_ENDINGS)
# Russian, the same way ("США (4,4%), Великобритания (2,4%), Греция (2,3%)").
RUSSIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("албания",), "Belgium": ("бельгия",), "Bulgaria": ("болгария",),
    "Canada": ("канада",), "Croatia": ("хорватия",), "Czechia": ("чехия",),
    "Denmark": ("дания",), "Estonia": ("эстония",), "Finland": ("финляндия",),
    "France": ("франция",), "Germany": ("германия",), "Greece": ("греция",),
    "Hungary": ("венгрия",), "Iceland": ("исландия",), "Italy": ("италия",),
    "Latvia": ("латвия",), "Lithuania": ("литва",), "Luxembourg": ("люксембург",),
    "Montenegro": ("черногория",), "Netherlands": ("нидерланды",),
    "North Macedonia": ("северная македония",), "Norway": ("норвегия",), "Poland": ("польша",),
    "Portugal": ("португалия",), "Romania": ("румыния",), "Slovak Republic": ("словакия",),
    "Slovenia": ("словения",), "Spain": ("испания",), "Sweden": ("швеция",),
    "Türkiye": ("турция",), "United Kingdom": ("великобритания", "британия"),
    "United States": ("сша", "соединенные штаты", "соединённые штаты"),
}


RUSSIAN_NAMES = with_case_forms(RUSSIAN_NAMES, RUSSIAN_ENDINGS)
# Bulgarian, whose names keep one form ("България ще вложи 2,18 на сто от БВП").
BULGARIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("албания",), "Belgium": ("белгия",), "Bulgaria": ("българия",),
    "Croatia": ("хърватия",), "Estonia": ("естония",), "Finland": ("финландия",),
    "Greece": ("гърция",), "Hungary": ("унгария",), "Montenegro": ("черна гора",),
    "Netherlands": ("нидерландия", "холандия"), "North Macedonia": ("северна македония",),
    "Poland": ("полша",), "Romania": ("румъния",), "Slovak Republic": ("словакия",),
    "Spain": ("испания",), "United Kingdom": ("обединеното кралство",),
}
# Azerbaijani, where it differs from the Turkish of FOREIGN_NAMES ("Polşa", "Türkiyə", "ABŞ";
# "İspaniya" written both with the dotted capital's lower case and without).
AZERBAIJANI_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("albaniya",), "Belgium": ("belçika",), "Bulgaria": ("bolqarıstan",),
    "Croatia": ("xorvatiya",), "Czechia": ("çexiya",), "Estonia": ("estoniya",),
    "Germany": ("almaniya",), "Greece": ("yunanıstan",), "Iceland": ("islandiya", "i̇slandiya"),
    "Italy": ("italiya", "i̇taliya"), "Latvia": ("latviya",), "Luxembourg": ("lüksemburq",),
    "Montenegro": ("monteneqro",), "Netherlands": ("niderland",),
    "North Macedonia": ("şimali makedoniya",), "Poland": ("polşa",),
    "Portugal": ("portuqaliya",), "Romania": ("rumıniya",), "Slovak Republic": ("slovakiya",),
    "Slovenia": ("sloveniya",), "Spain": ("ispaniya", "i̇spaniya"), "Türkiye": ("türkiyə",),
    "United Kingdom": ("böyük britaniya",), "United States": ("abş",),
}
# Polish accusatives of the names in -a and -ia, after a verb or a preposition that ranks
# ("wyprzedzając Litwę (4 proc.) i Estonię (3,38 proc.)", overtaking Lithuania and Estonia).
POLISH_ACCUSATIVES: dict[str, tuple[str, ...]] = {
    "Albania": ("albanię",), "Belgium": ("belgię",), "Bulgaria": ("bułgarię",),
    "Canada": ("kanadę",), "Croatia": ("chorwację",), "Denmark": ("danię",),
    "Estonia": ("estonię",), "Finland": ("finlandię",), "France": ("francję",),
    "Greece": ("grecję",), "Iceland": ("islandię",), "Latvia": ("łotwę",),
    "Lithuania": ("litwę",), "Norway": ("norwegię",), "Portugal": ("portugalię",),
    "Romania": ("rumunię",), "Slovak Republic": ("słowację",), "Slovenia": ("słowenię",),
    "Spain": ("hiszpanię",), "Sweden": ("szwecję",), "Türkiye": ("turcję",),
    "United Kingdom": ("wielką brytanię",),
}
# Estonian, where it differs from the other tables, in the nominative, which is also the genitive
# of these names ("Poola 4,1 protsenti", "Eesti kaitsekulud"). (Not "Island": running English
# text; nor "Norra", Swedish for northern; nor "Holland", an English surname.)
ESTONIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Albania": ("albaania",), "Bulgaria": ("bulgaaria",), "Croatia": ("horvaatia",),
    "Czechia": ("tšehhi", "tšehhia"), "Denmark": ("taani",), "Estonia": ("eesti",),
    "Finland": ("soome",), "France": ("prantsusmaa",), "Germany": ("saksamaa",),
    "Greece": ("kreeka",), "Hungary": ("ungari",), "Italy": ("itaalia",), "Latvia": ("läti",),
    "Lithuania": ("leedu",), "Netherlands": ("madalmaad",),
    "North Macedonia": ("põhja-makedoonia",), "Poland": ("poola",), "Romania": ("rumeenia",),
    "Slovak Republic": ("slovakkia",), "Slovenia": ("sloveenia",), "Spain": ("hispaania",),
    "Sweden": ("rootsi",), "Türkiye": ("türgi",),
    "United Kingdom": ("suurbritannia", "ühendkuningriik"),
    "United States": ("ameerika ühendriigid",),
}
# Finnish, where it differs from the other tables, in the nominative and the genitive ("Puola
# 4,12 prosentilla", "Puolan puolustusmenot"). (Not the genitives that are English adjectives:
# "Belgian", "Italian", "Latvian", "Romanian", "Slovakian", "Slovenian", "Bulgarian".)
FINNISH_NAMES: dict[str, tuple[str, ...]] = {
    "Canada": ("kanadan",), "Croatia": ("kroatian",), "Czechia": ("tšekki", "tšekin"),
    "Denmark": ("tanska", "tanskan"), "Estonia": ("viro", "viron"), "Finland": ("suomi", "suomen"),
    "France": ("ranska", "ranskan"), "Germany": ("saksa", "saksan"),
    "Greece": ("kreikka", "kreikan"), "Hungary": ("unkari", "unkarin"),
    "Iceland": ("islanti", "islannin"), "Lithuania": ("liettua", "liettuan"),
    "Luxembourg": ("luxemburgin",),
    "Netherlands": ("alankomaat", "alankomaiden", "hollanti", "hollannin"),
    "North Macedonia": ("pohjois-makedonia", "pohjois-makedonian"),
    "Norway": ("norja", "norjan"), "Poland": ("puola", "puolan"),
    "Portugal": ("portugali", "portugalin"), "Spain": ("espanja", "espanjan"),
    "Sweden": ("ruotsi", "ruotsin"), "Türkiye": ("turkki", "turkin"),
    "United Kingdom": ("iso-britannia", "iso-britannian", "yhdistynyt kuningaskunta"),
    "United States": ("yhdysvallat", "yhdysvaltojen", "yhdysvaltain"),
}
# Indonesian, where it differs from the other tables ("Polandia 3,9%", "Amerika Serikat 3,5%").
# (Not "AS", its abbreviation of the United States: the Nordic companies' "AS" too.)
INDONESIAN_NAMES: dict[str, tuple[str, ...]] = {
    "Croatia": ("kroasia",), "Czechia": ("ceko", "republik ceko"), "France": ("prancis",),
    "Germany": ("jerman",), "Greece": ("yunani",), "Hungary": ("hongaria",),
    "Netherlands": ("belanda",), "North Macedonia": ("makedonia utara",),
    "Poland": ("polandia",), "Slovak Republic": ("slowakia",), "Spain": ("spanyol",),
    "Sweden": ("swedia",), "Türkiye": ("turki",), "United Kingdom": ("inggris", "britania raya"),
    "United States": ("amerika serikat",),
}
