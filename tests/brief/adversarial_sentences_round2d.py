"""Invented news sentences of round two, fourth part (issue 9): see
:mod:`tests.brief.adversarial_sentences_round2` for their form and meaning.

``ENGLISH_ROUND2D``: counts of allies written as "all but nine", "two in three", "31 out of 32",
shares of allies in per cent; NATO's money figures given in euros, pounds or a national currency,
in constant prices or per inhabitant; and a year's share beside what it "has since risen to" or
been "raised to"; releases before their revision ("according to the spring report, revised to"),
a year's count compared with last year's.
``OTHER_LANGUAGES_ROUND2D``: the same kinds in the other languages, with relative clauses ("qui
consacrait 1,82 % en 2014, dépense désormais") and exercise totals against parts in each.
"""

from __future__ import annotations

from tests.brief.adversarial_sentences import probe as _p

ENGLISH_ROUND2D = [
    _p("2024-06-21", "All but nine of the 32 allies now meet the target."),
    _p("2024-06-21", "The remaining nine laggards include Canada, Spain and Belgium."),
    _p("2024-06-21", "Two in three allies now spend at least 2% of GDP."),
    _p("2025-09-04", "Every ally but Spain has signed up to 3.5%, and 31 reach 2% already."),
    _p("2025-09-04", "Thirty-one out of 32 allies meet the 2% floor."),
    _p("2025-09-04", "A majority, 18 of 32, spend less than 2.5%."),
    _p("2024-06-21", "Nine allies, home to a third of NATO Europe's population, miss the goal."),
    _p("2024-06-21", "Among the nine allies that fall short, six are in western Europe."),
    _p("2024-06-21", "Since 2014, the count has risen by 20 to 23 allies."),
    _p("2024-06-21", "That is 12 more allies than last year's 11."),
    _p("2025-09-04", "The number of allies at 2% rose by 13 to 31."),
    _p("2025-09-04", "Just three of the 31 allies spend more than 3.5% today."),
    _p("2025-09-04", "Only a handful, five allies, spend over 3%."),
    _p("2024-06-21", "Thirteen allies will spend at least 2.5%, and 23 at least 2%."),
    _p("2024-06-21", "Half of the 32 allies, 16, sit between 2% and 2.5%."),
    _p("2024-06-21", "Only seven of the 23 allies at 2% are above 3%."),
    _p("2024-06-21", "Nine of 32 allies, or 28%, spend under 2%."),
    _p("2024-06-21", "More than 70% of allies now meet the guideline."),
    _p("2025-09-04", "Some 97% of allies now meet the guideline."),
    _p("2024-06-21", "Of the 2% club's 23 members, Poland spends the most."),
    _p("2024-02-15", "Stoltenberg said 18 of 31 allies would meet 2% this year, with Sweden "
                     "soon the 32nd."),
    _p("2024-06-21", "Twenty allies now spend over 20% of their budgets on equipment, and all "
                     "but four over 15%."),
    _p("2024-06-21", "The 23 allies at 2% account for 95% of NATO spending."),
    _p("2025-09-04", "According to NATO, European allies and Canada will spend €480 billion "
                     "this year."),
    _p("2024-06-21", "NATO estimates that Germany will spend €90.6 billion this year."),
    _p("2024-06-21", "NATO says Britain will spend £64.6 billion on defence this year."),
    _p("2024-06-21", "According to NATO, Poland will spend 159 billion zlotys this year."),
    _p("2024-06-21", "NATO's figures show Norway spending NOK 112 billion this year."),
    _p("2024-06-21", "NATO puts Germany's 2024 spending at $97.7 billion in current prices and "
                     "$72 billion in 2015 prices."),
    _p("2024-06-21", "In 2015 dollars, NATO says, Europe spends $406 billion this year."),
    _p("2024-06-21", "NATO estimates Poland's spending at $35 billion, or $950 per inhabitant."),
    _p("2024-06-21", "According to NATO, defence costs each American about $2,900 a year."),
    _p("2025-09-04", "According to NATO, the US will spend $845 billion, or 60% of the allied "
                     "total."),
    _p("2024-06-21", "NATO says Britain's defence budget is £54 billion, while its NATO "
                     "spending is £64.6 billion."),
    _p("2024-06-21", "NATO expects Canada to spend C$41 billion this year."),
    _p("2026-07-09", "NATO estimates Denmark will spend 120 billion kroner this year."),
    _p("2026-07-09", "According to NATO, Sweden will spend SEK 250 billion this year."),
    _p("2024-06-21", "Germany, which spent just 1.19% in 2014, is now at 2.12%."),
    _p("2024-06-21", "In 2014 France spent 1.82%; this year it spends 2.06%."),
    _p("2024-06-21", "France spent 1.82% in 2014 and has since raised that to 2.06%."),
    _p("2024-06-21", "France spent 1.82% in 2014. It has since climbed to 2.06%."),
    _p("2024-06-21", "Back in 2014, Germany spent 1.19%, but the share has jumped to 2.12%."),
    _p("2024-06-21", "Germany's share, 1.19% in 2014, has increased to 2.12%."),
    _p("2024-06-21", "Spain spent 0.92% in 2014, a share that has grown to 1.28%."),
    _p("2024-06-21", "Italy spent 1.14% in 2014, a level it has since lifted to 1.49%."),
    _p("2024-06-21", "Spain's share stood at 1.16% in 2022, has since reached 1.28%."),
    _p("2024-06-21", "A decade after spending 1.19% in 2014, Germany reaches 2.12%."),
    _p("2024-06-21", "Ten years on from 2014, when it spent 0.92%, Spain spends 1.28%."),
    _p("2024-06-21", "Germany reached 2.12% this year, a decade after the 2014 pledge."),
    _p("2024-06-21", "In the decade since the 2014 pledge, Germany's share rose to 2.12%."),
    _p("2024-06-21", "Poland's share has more than doubled since 2014, to 4.12% this year."),
    _p("2023-03-20", "Only seven allies met the target last year, NATO's annual report says."),
    _p("2023-03-20", "Twenty allies are still below 2%, the report shows."),
    _p("2026-01-15", "Last year, 31 allies reached 2%, NATO estimated in August."),
    _p("2026-01-15", "This year, Poland plans to spend 4.8% of GDP."),
    _p("2026-01-15", "Germany's spending will rise to 2.8% this year and 3.5% by 2029."),
    _p("2026-07-09", "Last year the UK spent 2.32%; this year NATO expects 2.56%."),
    _p("2026-07-09", "Denmark's 3.5% this year compares with 3.3% last year and 2.37% in 2024."),
    _p("2024-02-15", "Eleven allies met 2% last year, and 18 will this year, Stoltenberg said."),
    _p("2024-02-15", "European allies will invest $380 billion this year, the equivalent of 2% "
                     "of their GDP, for the first time."),
    _p("2024-06-21", "NATO's European members spend $476 billion this year, up from $391 "
                     "billion last year."),
    _p("2024-06-21", "The 23 allies at 2% compare with 10 last year and three in 2014."),
    _p("2025-04-25", "Twenty-two allies met the target last year, the annual report shows."),
    _p("2025-04-25", "Poland spent 4.07% of GDP last year, according to the annual report."),
    _p("2025-09-04", "Poland spent 4.07% of GDP last year according to the spring report, "
                     "revised to 3.79% in August."),
]

OTHER_LANGUAGES_ROUND2D = [
    _p("2024-06-21", "Tous les alliés sauf neuf atteignent désormais l'objectif."),
    _p("2024-06-21", "Deux alliés sur trois consacrent au moins 2 % de leur PIB à la défense."),
    _p("2025-09-04", "31 alliés sur 32 atteignent le plancher de 2 %."),
    _p("2024-06-21", "Alle bis auf neun der 32 Verbündeten erreichen das Ziel."),
    _p("2025-09-04", "31 von 32 Verbündeten erreichen die Marke von 2 Prozent."),
    _p("2024-06-21", "Zwei von drei Verbündeten geben mindestens 2 Prozent aus."),
    _p("2024-06-21", "Todos los aliados salvo nueve cumplen ya el objetivo."),
    _p("2025-09-04", "31 de los 32 aliados alcanzan el 2%."),
    _p("2024-06-21", "Tutti gli alleati tranne nove raggiungono l'obiettivo."),
    _p("2025-09-04", "31 alleati su 32 raggiungono il 2%."),
    _p("2024-06-21", "Wszyscy sojusznicy oprócz dziewięciu osiągają cel."),
    _p("2025-09-04", "31 z 32 sojuszników osiąga 2 proc. PKB."),
    _p("2025-09-04", "31 van de 32 bondgenoten halen de 2 procent."),
    _p("2025-09-04", "31 dos 32 aliados atingem os 2%."),
    _p("2025-09-04", "31 din cei 32 de aliați ating pragul de 2%."),
    _p("2025-09-04", "32 müttefikten 31'i yüzde 2'yi tutturuyor."),
    _p("2025-09-04", "31 από τους 32 συμμάχους πιάνουν το 2%."),
    _p("2025-09-04", "A 32 szövetségesből 31 eléri a 2 százalékot."),
    _p("2025-09-04", "31 z 32 spojenců dosahuje 2 procent."),
    _p("2025-09-04", "31 av 32 allierade når 2 procent."),
    _p("2025-09-04", "31 af 32 allierede når 2 procent."),
    _p("2025-09-04", "31 av 32 allierte når 2 prosent."),
    _p("2024-06-21", "Mehr als 70 Prozent der Verbündeten erfüllen nun die Vorgabe."),
    _p("2024-06-21", "Plus de 70 % des alliés respectent désormais la règle."),
    _p("2025-09-04", "Laut Nato geben die europäischen Verbündeten und Kanada 2025 rund 480 "
                     "Milliarden Euro aus."),
    _p("2024-06-21", "Nach Nato-Schätzung gibt Deutschland 2024 90,6 Milliarden Euro aus."),
    _p("2024-06-21", "Selon l'Otan, la France dépensera 59,6 milliards d'euros cette année."),
    _p("2024-06-21", "Según la OTAN, España gastará 19.700 millones de euros este año."),
    _p("2024-06-21", "Secondo la Nato, l'Italia spenderà quest'anno 31,9 miliardi di euro."),
    _p("2024-06-21", "Według NATO Polska wyda w tym roku 159 mld zł na obronność."),
    _p("2024-06-21", "Volgens de NAVO geeft Nederland dit jaar 19,9 miljard euro uit."),
    _p("2024-06-21", "Segundo a NATO, Portugal gasta este ano 4,3 mil milhões de euros."),
    _p("2024-06-21", "Potrivit NATO, România cheltuie anul acesta 39 de miliarde de lei."),
    _p("2024-06-21", "NATO'ya göre Türkiye bu yıl 735 milyar lira harcayacak."),
    _p("2024-06-21", "Σύμφωνα με το ΝΑΤΟ, η Ελλάδα θα δαπανήσει φέτος 7,1 δισ. ευρώ."),
    _p("2024-06-21", "A NATO szerint Magyarország idén 1800 milliárd forintot költ."),
    _p("2024-06-21", "Podle NATO Česko letos vydá 160 miliard korun."),
    _p("2026-07-09", "Ifølge NATO bruger Danmark 120 milliarder kroner i år."),
    _p("2026-07-09", "Enligt Nato lägger Sverige 250 miljarder kronor på försvaret i år."),
    _p("2026-07-09", "Ifølge NATO bruker Norge 200 milliarder kroner på forsvar i år."),
    _p("2024-06-21", "Deutschland, das 2014 nur 1,19 Prozent ausgab, liegt nun bei 2,12 Prozent."),
    _p("2024-06-21", "La France, qui consacrait 1,82 % en 2014, dépense désormais 2,06 %."),
    _p("2024-06-21", "España, que gastaba el 0,92% en 2014, gasta ahora el 1,28%."),
    _p("2024-06-21", "L'Italia, che nel 2014 spendeva l'1,14%, oggi spende l'1,49%."),
    _p("2024-06-21", "Polska, która w 2014 r. wydawała 1,88 proc., dziś wydaje 4,12 proc."),
    _p("2024-06-21", "Nederland, dat in 2014 1,15 procent uitgaf, zit nu op 2,05 procent."),
    _p("2024-06-21", "Portugal, que em 2014 gastava 1,31%, gasta agora 1,55%."),
    _p("2024-06-21", "România, care în 2014 cheltuia 1,35%, alocă acum 2,25%."),
    _p("2024-06-21", "2014'te yüzde 1,45 harcayan Türkiye, şimdi yüzde 2,09 harcıyor."),
    _p("2024-06-21", "La France a dépensé 1,82 % en 2014, un chiffre passé depuis à 2,06 %."),
    _p("2024-06-21", "Deutschland gab 2014 1,19 Prozent aus; inzwischen ist der Anteil auf 2,12 "
                     "Prozent gestiegen."),
    _p("2024-06-21", "En 2014 España gastó el 0,92%, cifra que ha subido hasta el 1,28%."),
    _p("2024-06-21", "Nel 2014 l'Italia spendeva l'1,14%, quota salita oggi all'1,49%."),
    _p("2024-06-21", "W 2014 r. Polska wydawała 1,88 proc., a dziś już 4,12 proc."),
    _p("2024-06-21", "Sverige lade 1,1 procent 2014, och i år 2,14 procent."),
    _p("2024-06-21", "Norge brukte 1,5 prosent i 2014, og bruker i år 2,2 prosent."),
    _p("2024-02-15", "An Steadfast Defender 2024 nehmen 90.000 Soldaten aus 31 Nato-Staaten "
                     "und Schweden teil."),
    _p("2024-02-15", "Plus de 50 navires et 80 avions participent à Steadfast Defender 2024."),
    _p("2024-02-15", "Steadfast Defender 2024 movilizará a unos 90.000 militares de los 31 "
                     "aliados y Suecia."),
    _p("2024-02-15", "A Steadfast Defender 2024 partecipano 90.000 militari, più di 50 navi e "
                     "80 aerei."),
    _p("2024-02-15", "W ćwiczeniach Steadfast Defender 2024 weźmie udział 90 tys. żołnierzy z 32 "
                     "państw."),
    _p("2024-02-15", "Aan Steadfast Defender 2024 doen 90.000 militairen mee, met 1.100 "
                     "voertuigen."),
    _p("2024-02-15", "Steadfast Defender 2024 reúne 90 mil militares de 32 países."),
    _p("2024-02-15", "La Steadfast Defender 2024 participă 90.000 de militari, 50 de nave și "
                     "80 de aeronave."),
    _p("2024-02-15", "Steadfast Defender 2024 tatbikatına 90 bin asker katılıyor."),
    _p("2024-02-15", "Στην άσκηση Steadfast Defender 2024 συμμετέχουν 90.000 στρατιώτες."),
    _p("2024-02-15", "A Steadfast Defender 2024 gyakorlaton 90 ezer katona vesz részt."),
    _p("2024-02-15", "Cvičení Steadfast Defender 2024 se účastní 90 tisíc vojáků."),
    _p("2024-02-15", "I Steadfast Defender 2024 deltar 90 000 soldater från 32 länder."),
    _p("2024-02-15", "Steadfast Defender 2024 samler 90.000 soldater fra 32 lande."),
    _p("2024-02-15", "Deutschland schickt 12.000 Soldaten zu Steadfast Defender 2024."),
    _p("2024-02-15", "La France envoie 2 000 militaires à Steadfast Defender 2024."),
    _p("2024-02-15", "Polska wyśle 16 tys. żołnierzy na ćwiczenia Steadfast Defender 2024."),
    _p("2024-02-15", "Türkiye, Steadfast Defender 2024'e 2 bin asker gönderiyor."),
    _p("2025-04-25", "Według rocznego raportu 22 sojuszników osiągnęło cel w ubiegłym roku."),
    _p("2025-04-25", "Selon le rapport annuel, 22 alliés ont atteint l'objectif l'an dernier."),
    _p("2025-09-04", "Im Frühjahr nannte die Nato für Polen 4,07 Prozent, nun sind es 3,79 "
                     "Prozent für 2024."),
]

PROBES_ROUND2D = ENGLISH_ROUND2D + OTHER_LANGUAGES_ROUND2D
