"""The allies' capitals, the seats of their governments, as the news of the languages the brief
reads writes them (English, French, German, Spanish, Italian, Portuguese, Dutch and Polish with
its genitive): "according to Warsaw", "selon Varsovie", "laut Warschau", "według Warszawy".

A capital named as the one who says a figure is the ally's government as its source (read by
:mod:`analysis.brief.national_sources`). Left out: Brussels (NATO's and the EU's seat as much as
Belgium's) and Luxembourg (the ally's own name).
"""

from __future__ import annotations

ALLY_CAPITALS: dict[str, tuple[str, ...]] = {
    "Albania": ("Tirana", "Tiranë"),
    "Bulgaria": ("Sofia", "Sofía", "Sofii"),
    "Canada": ("Ottawa", "Ottawy"),
    "Croatia": ("Zagreb", "Zagrzeb", "Zagrzebia"),
    "Czechia": ("Prague", "Prag", "Praga", "Praha", "Pragi"),
    "Denmark": ("Copenhagen", "Copenhague", "Kopenhagen", "Copenaghen", "Copenhaga",
                "Kopenhaga", "Kopenhagi", "København"),
    "Estonia": ("Tallinn", "Tallina"),
    "Finland": ("Helsinki", "Helsinek"),
    "France": ("Paris", "París", "Parigi", "Paryż", "Paryża", "Parijs"),
    "Germany": ("Berlin", "Berlín", "Berlino", "Berlim", "Berlina", "Berlijn"),
    "Greece": ("Athens", "Athènes", "Athen", "Atenas", "Atene", "Ateny", "Aten", "Athene"),
    "Hungary": ("Budapest", "Budapeszt", "Budapesztu"),
    "Iceland": ("Reykjavik", "Reykjavík"),
    "Italy": ("Rome", "Rom", "Roma", "Rzym", "Rzymu"),
    "Latvia": ("Riga", "Ryga", "Rygi"),
    "Lithuania": ("Vilnius", "Wilno", "Wilna"),
    "Montenegro": ("Podgorica", "Podgoricy"),
    "Netherlands": ("The Hague", "Den Haag", "La Haye", "La Haya", "Haga", "Hagi"),
    "North Macedonia": ("Skopje", "Skopie"),
    "Norway": ("Oslo",),
    "Poland": ("Warsaw", "Varsovie", "Warschau", "Varsovia", "Varsavia", "Varsóvia", "Warszawa",
               "Warszawy"),
    "Portugal": ("Lisbon", "Lisbonne", "Lissabon", "Lisboa", "Lizbona", "Lizbony"),
    "Romania": ("Bucharest", "Bucarest", "Bukarest", "Bucareste", "Bukareszt", "Bukaresztu",
                "București", "Bucureşti"),
    "Slovak Republic": ("Bratislava", "Bratysława", "Bratysławy"),
    "Slovenia": ("Ljubljana", "Lubiana", "Liubliana", "Lublana", "Lublany"),
    "Spain": ("Madrid", "Madryt", "Madrytu"),
    "Sweden": ("Stockholm", "Estocolmo", "Stoccolma", "Sztokholm", "Sztokholmu"),
    "Türkiye": ("Ankara",),
    "United Kingdom": ("London", "Londres", "Londra", "Londyn", "Londynu", "Londen"),
    "United States": ("Washington", "Waszyngton", "Waszyngtonu"),
}
CAPITAL_NAMES: tuple[str, ...] = tuple(name for names in ALLY_CAPITALS.values() for name in names)
