"""Invented news sentences of round two (issue 9): the places the first batch did not go.

Same form and meaning as :mod:`tests.brief.adversarial_sentences`: one invented sentence as a
defence journalist of 2023-2026 would write it, its publication date, and ``wrong`` for the
figures a careful labeller would mark ``differs``. This batch aims at lists and tables written
as text, sentences that mix two years or two releases, other bodies' estimates given beside
NATO's, plans and hypotheticals, currencies and price bases, per-capita figures, budgets against
expenditure, counts of allies at other thresholds, and the same kinds in other languages.
"""

from __future__ import annotations

from tests.brief.adversarial_sentences import probe as _p

LISTS_AND_TWO_YEARS = [
    _p("2025-09-02", "Defence spending as a share of GDP, 2025 (NATO estimates): Poland 4.48%; "
                     "Lithuania 4.0%; Latvia 3.73%; Estonia 3.38%."),
    _p("2025-09-02", "Top spenders this year - Poland: 4.48%, Lithuania: 4%, Latvia: 3.7%."),
    _p("2024-06-21", "Biggest budgets in 2024: United States - $968 billion; Germany - $98 "
                     "billion; Britain - $82 billion; France - $64 billion."),
    _p("2025-09-02", "Poland's spending climbed from 3.79% of GDP in 2024 to 4.48% this year."),
    _p("2025-09-02", "Spain, up from 1.43% in 2024 to 2% this year, is no longer last."),
    _p("2024-06-21", "Germany went from 1.64% in 2023 to 2.12% this year, NATO says."),
    _p("2025-09-02", "Italy's share rose from 1.5% last year to 2.01% in 2025, helped by "
                     "accounting changes."),
    _p("2025-09-02", "The Netherlands: 2.0% in 2024, 2.49% in 2025."),
    _p("2024-06-21", "Romania: 1.6% (2023), 2.25% (2024); Bulgaria: 1.96% (2023), 2.18% (2024)."),
    _p("2025-09-02", "Last year NATO put Poland at 4.12% for 2024; the new figure is 3.79%."),
    _p("2025-09-02", "Greece was first estimated at 3.08% for 2024, now revised to 2.74%."),
    _p("2024-06-21", "- Poland, 4.12%\n- Estonia, 3.43%\n- United States, 3.38%"),
    _p("2025-09-02", "• Canada: 2.01% of GDP (2025) • Belgium: 2.0% • Luxembourg: 2.0%"),
    _p("2024-06-21", "Country / 2014 / 2024: Poland 1.85% / 4.12%; France 1.82% / 2.06%."),
    _p("2025-09-02", "Of the eastern flank, Lithuania spends 4%, Latvia 3.73% and Estonia "
                     "3.38%; of the west, Belgium and Luxembourg both 2%."),
    _p("2026-07-09", "Sweden rises to 3.22% this year from 2.51% in 2025."),
    _p("2024-02-15", "Eleven allies met the target in 2023; 18 are expected to do so in 2024."),
    _p("2025-09-02", "From 10 allies in 2023 to 18 in 2024 and 31 this year, the count has "
                     "soared."),
    _p("2025-09-02", "European allies and Canada spent around $559 billion this year, up "
                     "15.9% on 2024, after an 18.6% rise a year earlier."),
]

OTHER_BODIES = [
    _p("2025-04-29", "SIPRI puts Poland's military burden at 4.2% of GDP in 2024, close to "
                     "NATO's 4.12% estimate from June."),
    _p("2025-02-13", "The IISS estimates Germany spent $86 billion on defence in 2024."),
    _p("2025-09-03", "The IMF projects Italy's debt at 138% of GDP this year, limiting room for "
                     "defence."),
    _p("2025-03-20", "The European Commission says EU states spent €343 billion on defence in "
                     "2024, 1.9% of GDP."),
    _p("2024-11-04", "Eurostat puts Greece's defence outlays at 2.8% of GDP in 2023."),
    _p("2025-10-15", "According to the national statistics office, Spain's defence spending "
                     "reached 1.3% of GDP in 2024."),
    _p("2025-06-30", "Kiel Institute data show Denmark has given Ukraine aid worth 2% of its "
                     "GDP."),
    _p("2024-04-23", "SIPRI says Poland's military spending grew 75% in 2023, the largest rise "
                     "in Europe."),
    _p("2025-04-29", "SIPRI ranks Germany fourth in the world with $88.5 billion, ahead of "
                     "Britain's $81.8 billion."),
    _p("2026-02-11", "The Military Balance counts 1.3 million active troops in the US armed "
                     "forces."),
    _p("2025-06-10", "The Bank of Lithuania expects defence to absorb 4.3% of GDP in 2025."),
]

PLANS_AND_HYPOTHETICALS = [
    _p("2024-06-21", "If every ally spent 2% of GDP, the alliance would have an extra $50 "
                     "billion a year."),
    _p("2025-06-20", "Reaching 3.5% would cost Germany around €140 billion a year."),
    _p("2025-06-26", "The deal splits the 5% into 3.5% for core defence and 1.5% for "
                     "defence-related investment."),
    _p("2025-06-26", "Allies must reach 3.5% of GDP on core defence by 2035, with a review in "
                     "2029."),
    _p("2025-07-02", "Belgium says it will reach 2.5% of GDP by 2034 and 3.5% only in 2035."),
    _p("2025-09-02", "Were Spain to hit 3.5%, its defence budget would nearly double to €60 "
                     "billion."),
    _p("2025-06-24", "Should allies fall short of 3.5% by 2035, Washington may reconsider its "
                     "commitments."),
    _p("2025-09-02", "Core defence spending of 3.5% would mean Italy spending 2.01% more than "
                     "today's total by about 1.5 points."),
    _p("2024-11-20", "Trump has floated 3% as a new minimum, and some aides talk of 4%."),
    _p("2025-06-26", "Total defence and security spending will reach 5% of GDP by 2035, of "
                     "which core defence 3.5%."),
    _p("2025-09-02", "Lithuania pledges at least 5% of GDP from 2026, up from 4% this year."),
    _p("2024-06-21", "Under the pledge, 20% of budgets should go on equipment; Poland devotes "
                     "more than half."),
    _p("2025-09-02", "Canada targets 2% this fiscal year and 3.5% by 2035, Ottawa said."),
    _p("2025-01-10", "Estonia's government promises to raise spending to 3.7% of GDP in 2026."),
]

CURRENCIES_AND_BASES = [
    _p("2024-06-21", "Germany will spend €90.6 billion on defence this year, or about $97.7 "
                     "billion."),
    _p("2024-06-21", "In constant 2015 prices, Europe's spending reached $406 billion this "
                     "year."),
    _p("2024-06-21", "In today's money, Britain spends about £64 billion a year on defence."),
    _p("2024-06-21", "Poland's defence spending is $35 billion this year, or about $930 per "
                     "inhabitant."),
    _p("2025-09-02", "Norway spends the most per head among European allies, roughly $3,100 "
                     "per citizen."),
    _p("2025-10-01", "France's defence budget for 2026 is €57.1 billion, while its total "
                     "defence expenditure in NATO terms is higher."),
    _p("2025-09-02", "Including pensions and the coast guard, Italy's defence and security "
                     "spending comes to 2.01% of GDP."),
    _p("2025-09-02", "Without military pensions, Italy's core defence spending would be "
                     "closer to 1.6% of GDP."),
    _p("2024-06-21", "The Netherlands will spend €22 billion in 2024, 2.05% of GDP, by NATO's "
                     "definition."),
    _p("2024-06-21", "At current prices, NATO Europe will spend $476 billion this year."),
    _p("2024-06-21", "Measured in 2015 dollars, the US spends $761 billion."),
    _p("2025-09-02", "Spain's €33 billion for defence this year equals 2% of GDP, the "
                     "government says."),
    _p("2024-10-15", "The budget allocates 186.6 billion zlotys to defence, about €43 "
                     "billion."),
]

COUNTS = [
    _p("2025-09-02", "Of the 31 allies now at 2%, only three spend more than 3.5%."),
    _p("2024-06-21", "Of the 23 allies at or above 2%, eight spend more than 3%."),
    _p("2025-09-02", "All 32 allies now meet 2%, save one: Spain argues it needs only 2.1%."),
    _p("2024-06-21", "NATO has 32 members and some 40 partner countries."),
    _p("2025-09-02", "Only Poland, Lithuania and Latvia clear 3.5%, NATO data show."),
    _p("2025-09-02", "Seven allies sit at exactly 2.0% of GDP this year."),
    _p("2024-06-21", "Nine allies are still below 2%, down from 21 in 2021."),
    _p("2025-09-02", "Poland has 216,000 personnel under NATO's definition, plus 40,000 in "
                     "the territorial defence force."),
    _p("2024-06-21", "Türkiye's armed forces count 481,000 personnel, NATO's second-largest, "
                     "plus 380,000 reservists."),
    _p("2024-06-21", "Germany's 181,000 soldiers are backed by about 34,000 reservists."),
    _p("2024-02-15", "Of the 90,000 troops in Steadfast Defender, about 20,000 come from "
                     "Britain and 12,000 from Germany."),
    _p("2024-02-15", "The drills involve more than 50 ships, from aircraft carriers to "
                     "destroyers, and more than 80 aircraft."),
    _p("2024-03-05", "Nordic Response, part of Steadfast Defender, brings 20,000 troops from "
                     "13 nations to Norway, Sweden and Finland."),
    _p("2024-03-05", "Sweden, the alliance's 32nd member, sends 4,500 soldiers."),
    _p("2024-06-21", "Twenty-three of 32 allies meet the target, up from three of 28 in "
                     "2014."),
    _p("2025-06-25", "The 32 allies agreed; 31 committed to 5%, one did not."),
    _p("2023-07-10", "Twenty allies will still miss 2% this year, a diplomat said."),
]

OTHER_LANGUAGES_ROUND2 = [
    # French
    _p("2025-09-02", "Dépenses de défense en 2025 (% du PIB) : Pologne 4,48 ; Lituanie 4,0 ; "
                     "Lettonie 3,73."),
    _p("2025-09-02", "La France est passée de 2,03 % en 2024 à 2,05 % cette année."),
    _p("2025-04-29", "Selon le Sipri, la France a dépensé 64,7 milliards de dollars en 2024, "
                     "soit 2,1 % de son PIB."),
    _p("2025-06-26", "Si chaque allié consacrait 3,5 % de son PIB, l'effort européen "
                     "doublerait."),
    _p("2024-06-21", "Exprimées en euros constants, les dépenses françaises ont crû de 3 % "
                     "par an."),
    _p("2025-09-02", "Sur les 31 alliés au-dessus de 2 %, trois dépassent 3,5 %."),
    # German
    _p("2025-09-02", "Verteidigungsausgaben 2025 in Prozent des BIP: Polen 4,48; Litauen 4,0; "
                     "Lettland 3,73."),
    _p("2025-09-02", "Deutschland kam 2024 auf 2,0 Prozent, nach 1,61 Prozent im Jahr davor."),
    _p("2025-06-26", "Würde Deutschland 5 Prozent ausgeben, wären das rund 225 Milliarden Euro "
                     "im Jahr."),
    _p("2025-04-29", "Sipri schätzt die deutschen Militärausgaben 2024 auf 88,5 Milliarden "
                     "Dollar."),
    _p("2024-06-21", "Pro Kopf gibt Deutschland rund 1.150 Euro im Jahr für Verteidigung aus."),
    _p("2024-06-21", "Die Bundeswehr zählt 181.000 Soldaten und 60.000 Reservisten."),
    # Spanish
    _p("2025-09-02", "Gasto en defensa en 2025, en % del PIB: Polonia 4,48; Lituania 4; "
                     "Letonia 3,73; España 2."),
    _p("2025-09-02", "España pasó del 1,43% en 2024 al 2% este año, según la OTAN."),
    _p("2025-06-26", "Si España gastara el 3,5%, el presupuesto de defensa superaría los "
                     "55.000 millones."),
    _p("2025-04-29", "El SIPRI calcula que España gastó 22.700 millones de dólares en 2024."),
    _p("2024-06-21", "El gasto por habitante en defensa de España es de unos 400 euros."),
    # Italian
    _p("2025-09-02", "Spesa per la difesa 2025 in % del Pil: Polonia 4,48; Lituania 4; "
                     "Italia 2,01."),
    _p("2025-09-02", "L'Italia passa dall'1,5% del 2024 al 2,01% del 2025, grazie alle "
                     "pensioni."),
    _p("2025-06-26", "Se l'Italia spendesse il 3,5%, servirebbero 30 miliardi in più."),
    _p("2025-04-29", "Secondo il Sipri, l'Italia ha speso 38 miliardi di dollari nel 2024."),
    # Polish
    _p("2025-09-02", "Wydatki na obronność w 2025 r. (proc. PKB): Polska 4,48; Litwa 4,0; "
                     "Łotwa 3,73."),
    _p("2025-09-02", "Polska zwiększyła wydatki z 3,79 proc. PKB w 2024 r. do 4,48 proc. w "
                     "tym roku."),
    _p("2025-04-29", "Według SIPRI Polska wydała w 2024 r. 38 mld dolarów, czyli 4,2 proc. "
                     "PKB."),
    _p("2025-06-26", "Gdyby każdy sojusznik wydawał 5 proc. PKB, NATO miałoby bilion dolarów "
                     "więcej."),
    # Dutch
    _p("2025-09-02", "Nederland ging van 2,0 procent in 2024 naar 2,49 procent dit jaar."),
    _p("2025-06-26", "Als Nederland 3,5 procent zou uitgeven, kost dat 16 miljard euro extra."),
    # Portuguese
    _p("2025-09-02", "Portugal passou de 1,58% em 2024 para 2% este ano, segundo a NATO."),
    _p("2025-04-29", "Segundo o SIPRI, Portugal gastou 4,9 mil milhões de dólares em 2024."),
    # Romanian
    _p("2025-09-02", "România a trecut de la 2,17% în 2024 la 2,28% din PIB în acest an."),
    _p("2025-04-29", "Potrivit SIPRI, România a cheltuit 2,3% din PIB pentru apărare în 2024."),
    # Nordic
    _p("2025-09-02", "Norge bruker 3,35 prosent av BNP på forsvar i år, mot 2,27 prosent i "
                     "fjor."),
    _p("2025-09-02", "Sverige lägger 2,51 procent av BNP på försvaret i år."),
    _p("2025-09-02", "Danmark bruger 3,22 procent af BNP på forsvar i år."),
    # Turkish
    _p("2025-09-02", "Türkiye'nin savunma harcaması 2024'te yüzde 2,13 iken bu yıl yüzde "
                     "2,33'e çıktı."),
    # Greek
    _p("2025-09-02", "Η Ελλάδα δαπανά φέτος το 2,85% του ΑΕΠ για την άμυνα."),
    # Hungarian
    _p("2025-09-02", "Magyarország idén a GDP 2,06 százalékát költi védelemre."),
    # Czech
    _p("2025-09-02", "Česko letos vydá na obranu 2 procenta HDP, uvádí NATO."),
]

GROUPS = ["LISTS_AND_TWO_YEARS", "OTHER_BODIES", "PLANS_AND_HYPOTHETICALS",
          "CURRENCIES_AND_BASES", "COUNTS", "OTHER_LANGUAGES_ROUND2"]

PROBES_ROUND2 = (LISTS_AND_TWO_YEARS + OTHER_BODIES + PLANS_AND_HYPOTHETICALS
                 + CURRENCIES_AND_BASES + COUNTS + OTHER_LANGUAGES_ROUND2)
