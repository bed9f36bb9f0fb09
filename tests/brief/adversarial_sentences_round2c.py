"""Invented news sentences of round two, third part (issue 9): see
:mod:`tests.brief.adversarial_sentences_round2` for their form and meaning.

``ENGLISH_ROUND2C``: counts of allies at other thresholds inside the count at 2%, members
against partners, personnel against reservists, volunteers and civilians, parts of an exercise,
nominal against real growth, national currencies beside dollars, and tables written as text (a
column per year, "2024 | 2025", "(2014: 1.88%)").
``OTHER_LANGUAGES_ROUND2C``: the same kinds in the other languages, and "next year" and "last
year" written in each of them beside this year's figure.
"""

from __future__ import annotations

from tests.brief.adversarial_sentences import probe as _p

ENGLISH_ROUND2C = [
    _p("2024-06-21", "Of the 23 allies at 2%, 8 spend over 3% and 3 over 3.5%."),
    _p("2025-09-04", "Of the 31 allies above 2%, 13 are above 2.5%, NATO data show."),
    _p("2025-09-04", "Twenty-four allies spend less than 3%, and only Poland more than 4%."),
    _p("2025-09-04", "More than 10 allies still spend under 2.5% of GDP."),
    _p("2025-09-04", "Seven allies spend exactly 2.0%, and six land on 2.00% to two decimals."),
    _p("2024-06-21", "Thirty-two allies and 16 partner nations attended the Washington summit."),
    _p("2024-06-21", "Sweden became the 32nd ally in March; Finland the 31st a year earlier."),
    _p("2024-06-21", "NATO's partners include Ukraine, Georgia and about 35 other countries."),
    _p("2025-09-04", "Germany has 186,000 military personnel, 60,000 reservists and 80,000 "
                     "civilian staff."),
    _p("2025-09-04", "The French army alone numbers 118,000 soldiers."),
    _p("2025-09-04", "Poland's Territorial Defence Force has 40,000 volunteers."),
    _p("2025-09-04", "Italy fields 165,000 troops, according to its defence ministry."),
    _p("2025-09-04", "Some 3,000 Spanish troops serve on NATO missions abroad."),
    _p("2024-02-15", "Steadfast Defender 2024 runs until May with 90,000 troops; its land "
                     "component alone counts 40,000."),
    _p("2024-02-15", "Of the 50 ships in Steadfast Defender, 15 are British."),
    _p("2024-02-15", "The exercise will see 80 aircraft, 1,100 vehicles and 50 vessels, NATO "
                     "says."),
    _p("2024-02-15", "Britain will contribute 16 fighter jets to the 80 in the exercise."),
    _p("2024-06-21", "The US is expected to spend $968 billion; its 2025 budget request is $895 "
                     "billion."),
    _p("2025-09-04", "Spending by European allies is up 15.9% in current prices, about 11% in "
                     "real terms."),
    _p("2024-06-21", "Germany's spending grew 23% this year in nominal terms and 17% after "
                     "inflation."),
    _p("2024-06-21", "At 2015 exchange rates, NATO Europe spends $406 billion this year."),
    _p("2025-09-04", "Poland spends 4.48% of GDP, some 186 billion zloty, or €43.6 billion."),
    _p("2025-09-04", "Spain's €33.1 billion this year is 2% of GDP, by Madrid's calculations."),
    _p("2024-06-21", "Canada spends 1.37% of GDP, or C$41 billion, on defence this year."),
    _p("2024-06-21", "Canada will spend $30.5 billion this year, NATO figures show."),
    _p("2024-06-21", "Britain will spend £64.6 billion, or $82 billion, on defence this year."),
    _p("2024-06-21", "Estonia spends 3.43% of GDP, about €1.3 billion, or €1,000 per person."),
    _p("2024-06-21", "The alliance will spend about $1.5 trillion in 2024, over half of global "
                     "military spending."),
    _p("2024-06-21", "Canada is to reach 2% only in 2032, and 1.76% by 2029."),
    _p("2024-06-21", "Italy expects to reach 2% by 2028, from 1.49% this year."),
    _p("2024-06-21", "If Germany kept spending 2.12%, it would need €30 billion more a year "
                     "from 2028."),
    _p("2025-06-26", "A 5% target would mean $1.6 trillion a year for Europe and Canada by "
                     "2035."),
    _p("2025-06-26", "Allies pledged 5% by 2035: at least 3.5% on core defence and up to 1.5% "
                     "on related spending."),
    _p("2025-06-26", "Spain insists 2.1% is enough to meet its capability targets."),
    _p("2025-09-04", "Core defence spending averaged 2.76% across the alliance this year."),
    _p("2025-09-04", "Lithuania's 4% rises to 5.4% with defence-related investment included."),
    _p("2023-07-08", "Eleven allies will spend 2% this year, up from seven in 2022 and three in "
                     "2014."),
    _p("2023-07-08", "The alliance will spend $1.26 trillion this year, Stoltenberg said."),
    _p("2023-07-08", "Poland is set to spend 3.9% of GDP this year, the most in the alliance."),
    _p("2023-07-08", "Germany will spend 1.57% this year, NATO estimates, far from 2%."),
    _p("2023-07-08", "Of the 31 allies, 19 will still fall short of 2% this year."),
    _p("2025-09-04", "Share of GDP, 2024 | 2025\nPoland | 3.79% | 4.48%\nLithuania | 3.09% | "
                     "4.00%\nLatvia | 3.36% | 3.73%"),
    _p("2025-09-04", "Country, 2024, 2025 (% of GDP):\nPoland 3.79 4.48\nLithuania 3.09 4.00"),
    _p("2025-09-04", "Defence spending (% of GDP)\n2024: 2.0\n2025: 2.4 (government estimate)"),
    _p("2024-06-21", "Defence spending, 2024 (US$ bn)\nUnited States - 968\nGermany - 98\n"
                     "United Kingdom - 82"),
    _p("2024-06-21", "Estimated defence expenditure 2024:\n- Germany: $97.7bn (2.12% of GDP)\n"
                     "- France: $64.3bn (2.06%)\n- Italy: $34.5bn (1.49%)"),
    _p("2024-06-21", "How allies compare (2014 -> 2024): Poland 1.85% -> 4.12%; Germany 1.19% -> "
                     "2.12%."),
    _p("2025-09-04", "Poland: 2024 - 3.79%, 2025 - 4.48%."),
    _p("2025-09-04", "Key figures: 31 allies at 2%; 3 above 3.5%; $1.4 trillion in total."),
    _p("2025-09-04", "NATO in numbers: 32 members, 1 trillion-plus dollars, 3.4 million troops."),
    _p("2024-06-21", "The top five: Poland (4.12%), Estonia (3.43%), US (3.38%), Latvia (3.15%), "
                     "Greece (3.08%)."),
    _p("2024-06-21", "Bottom five: Spain 1.28, Belgium 1.30, Luxembourg 1.29, Slovenia 1.29, "
                     "Canada 1.37 (% of GDP)."),
    _p("2024-06-21", "Germany (2.12%, up from 1.64%) and Türkiye (2.09%, up from 1.5%) join "
                     "the 2% club."),
    _p("2024-06-21", "Poland — 4.12% (2023: 3.26%)"),
    _p("2024-06-21", "Poland: 4.12% of GDP (2014: 1.88%)."),
]

OTHER_LANGUAGES_ROUND2C = [
    _p("2024-06-21", "Sur les 23 alliés à 2 %, huit dépassent 3 % et trois 3,5 %."),
    _p("2024-06-21", "Von den 23 Staaten über 2 Prozent liegen acht über 3 Prozent."),
    _p("2024-06-21", "De los 23 aliados que cumplen, ocho superan el 3%."),
    _p("2024-06-21", "Dei 23 alleati sopra il 2%, otto superano il 3%."),
    _p("2024-06-21", "Z 23 sojuszników powyżej 2 proc. ośmiu przekracza 3 proc."),
    _p("2024-06-21", "Van de 23 bondgenoten boven 2 procent zitten er acht boven 3 procent."),
    _p("2024-06-21", "Dos 23 aliados acima de 2%, oito superam 3%."),
    _p("2024-06-21", "Dintre cei 23 de aliați peste 2%, opt depășesc 3%."),
    _p("2024-06-21", "Yüzde 2'yi aşan 23 müttefikten sekizi yüzde 3'ün üzerinde."),
    _p("2024-06-21", "Από τους 23 συμμάχους πάνω από 2%, οκτώ ξεπερνούν το 3%."),
    _p("2024-06-21", "A 2 százalék fölötti 23 szövetségesből nyolc 3 százalék fölött van."),
    _p("2024-06-21", "Z 23 spojenců nad 2 procenty jich osm přesahuje 3 procenta."),
    _p("2024-06-21", "Av de 23 allierade över 2 procent ligger åtta över 3 procent."),
    _p("2024-06-21", "Af de 23 allierede over 2 procent ligger otte over 3 procent."),
    _p("2024-06-21", "Av de 23 allierte over 2 prosent ligger åtte over 3 prosent."),
    _p("2025-09-04", "Die Bundeswehr hat 182.000 Soldaten, 60.000 Reservisten und 81.000 "
                     "zivile Beschäftigte."),
    _p("2025-09-04", "L'armée de Terre compte à elle seule 118 000 soldats."),
    _p("2025-09-04", "El Ejército de Tierra cuenta con 75.000 efectivos."),
    _p("2025-09-04", "L'Esercito conta 95.000 militari, secondo lo Stato maggiore."),
    _p("2025-09-04", "Wojska Obrony Terytorialnej liczą 40 tys. ochotników."),
    _p("2025-09-04", "Türk Silahlı Kuvvetleri'nde 355 bin asker görev yapıyor."),
    _p("2025-09-04", "Η Ελλάδα διαθέτει 110.000 στρατιωτικούς και 200.000 εφέδρους."),
    _p("2025-09-04", "A Magyar Honvédség létszáma 21 600 fő, a tartalékosoké 20 000."),
    _p("2025-09-04", "Armáda ČR má 30 000 vojáků a 4 000 aktivních záloh."),
    _p("2025-09-04", "Försvarsmakten har 24 900 anställda och 30 000 hemvärnssoldater."),
    _p("2025-09-04", "Forsvaret har 24 800 ansatte og 40 000 i Heimevernet."),
    _p("2024-02-15", "Steadfast Defender 2024 zählt 90.000 Soldaten, davon 12.000 aus "
                     "Deutschland."),
    _p("2024-02-15", "Steadfast Defender 2024 réunit 90 000 militaires, dont 2 000 Français."),
    _p("2024-02-15", "Steadfast Defender 2024 moviliza a 90.000 soldados, 700 de ellos "
                     "españoles."),
    _p("2024-02-15", "W Steadfast Defender 2024 bierze udział 90 tys. żołnierzy, w tym 16 tys. "
                     "Polaków."),
    _p("2023-07-08", "Dieses Jahr erreichen elf Staaten die zwei Prozent, 2014 waren es drei."),
    _p("2023-07-08", "Cette année, onze alliés atteignent les 2 %, contre trois en 2014."),
    _p("2023-07-08", "Quest'anno undici alleati raggiungono il 2%, erano tre nel 2014."),
    _p("2023-07-08", "W tym roku 11 sojuszników osiąga 2 proc., w 2014 r. było ich trzech."),
    _p("2023-07-08", "I år når elva allierade tvåprocentsmålet, mot tre 2014."),
    _p("2025-09-04", "Pologne : 3,79 % en 2024, 4,48 % en 2025 ; Lituanie : 3,09 %, puis 4 %."),
    _p("2025-09-04", "Polen: 2024 3,79 Prozent, 2025 4,48 Prozent."),
    _p("2025-09-04", "Polska – 4,48 proc. (2024: 3,79 proc.)"),
    _p("2025-09-04", "Polonia: 4,48% (nel 2024 3,79%)."),
    _p("2025-09-04", "Polen 4,48 procent (vorig jaar 3,79 procent)."),
    _p("2025-09-04", "Polónia: 4,48% (3,79% em 2024)."),
    _p("2025-09-04", "Polonia: 4,48% (2024: 3,79%)."),
    _p("2025-09-04", "Polonya: yüzde 4,48 (2024: yüzde 3,79)."),
    _p("2025-09-04", "Πολωνία: 4,48% (2024: 3,79%)."),
    _p("2025-09-04", "Lengyelország: 4,48 százalék (2024: 3,79)."),
    _p("2025-09-04", "Polsko: 4,48 % (2024: 3,79 %)."),
    _p("2025-09-04", "Polen: 4,48 procent (2024: 3,79 procent)."),
    _p("2025-09-04", "Norge: 3,35 prosent (i fjor: 2,27 prosent)."),
    _p("2025-09-04", "La France consacre 2,05 % de son PIB cette année et 2,2 % l'an prochain."),
    _p("2025-09-04", "Norge bruker 3,35 prosent av BNP i år og 3,5 prosent neste år."),
    _p("2025-09-04", "Danmark bruger 3,22 procent af BNP i år og 3,5 procent næste år."),
    _p("2025-09-04", "Sverige lägger 2,51 procent av BNP i år och 2,8 procent nästa år."),
    _p("2025-09-04", "Deutschland gibt im nächsten Jahr 2,8 Prozent aus, nach 2,4 Prozent in "
                     "diesem Jahr."),
    _p("2025-09-04", "España gastará el 2,1% el año que viene, frente al 2% de este año."),
    _p("2025-09-04", "L'Italia spenderà il 2,2% l'anno prossimo, dopo il 2,01% di quest'anno."),
    _p("2025-09-04", "Polska wyda w przyszłym roku 4,8 proc. PKB, wobec 4,48 proc. w tym roku."),
    _p("2025-09-04", "Nederland geeft volgend jaar 2,7 procent uit, tegen 2,49 procent dit jaar."),
    _p("2025-09-04", "Portugal vai gastar 2,1% no próximo ano e 2% este ano."),
    _p("2025-09-04", "Česko letos vydá 2 procenta HDP a příští rok 2,35 procenta."),
    _p("2025-09-04", "România alocă 2,28% din PIB anul acesta și 2,5% anul viitor."),
    _p("2025-09-04", "Magyarország idén a GDP 2,06 százalékát, jövőre 2,3 százalékát költi "
                     "védelemre."),
    _p("2025-09-04", "Türkiye bu yıl GSYH'nin yüzde 2,33'ünü, gelecek yıl ise yüzde 2,6'sını "
                     "savunmaya ayıracak."),
    _p("2025-09-04", "Sverige lade 2,31 procent av BNP på försvar förra året."),
    _p("2025-09-04", "Danmark brugte 2,27 procent af BNP på forsvar sidste år."),
]

PROBES_ROUND2C = ENGLISH_ROUND2C + OTHER_LANGUAGES_ROUND2C
