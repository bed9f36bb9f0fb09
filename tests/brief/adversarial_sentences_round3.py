"""Invented news sentences of round three (issue 9): see
:mod:`tests.brief.adversarial_sentences` for their form and meaning.

``ENGLISH_ROUND3``: reported speech that mixes the speaker's country with another ally's figure,
rankings ("second only to", "third-highest"), ratios and differences ("twice as much", "0.4
points below", "a gap of $X bn"), headlines, captions, bullets and tables with several years a
row, footnotes ("* estimate"), ranges, fractions, per-capita and per-soldier figures, the EU's,
the EDA's, SIPRI's, the IISS's, the IMF's and national statistics offices' figures beside NATO's,
budget laws against expenditure, fiscal against calendar years, and several exercises in one text
(an edition of a series, participants against troops, vehicles, ships and aircraft).
``OTHER_LANGUAGES_ROUND3``: the same kinds in Lithuanian, Latvian, Estonian, Finnish, Slovak,
Slovenian, Croatian, Bulgarian, Albanian, Icelandic, Ukrainian and Russian, and in French,
German, Spanish, Italian and Polish.
"""

from __future__ import annotations

from tests.brief.adversarial_sentences import probe as _p

ENGLISH_ROUND3 = [
    _p("2024-06-24", "Poland, the Polish minister said, now spends more than double Germany's "
                     "2.12%."),
    _p("2025-09-05", "Latvia, its prime minister told reporters, will overtake Estonia's 3.38% "
                     "next year."),
    _p("2025-09-05", '"We spend 4% while France spends barely 2%," the Lithuanian minister '
                     "said."),
    _p("2024-06-24", "The Finnish minister said his country's 2.41% put it ahead of Sweden and "
                     "Denmark."),
    _p("2025-09-05", "Speaking in Vilnius, the Canadian minister said Ottawa had finally "
                     "reached 2%, a year after Lithuania hit 3%."),
    _p("2024-06-24", "Asked about Italy's 1.49%, the Spanish minister said Madrid's own 1.28% "
                     "was rising fast."),
    _p("2024-06-24", "At 3.43% of GDP, Estonia ranks second only to Poland this year."),
    _p("2025-09-05", "Latvia has the third-highest share in the alliance, 3.73% of GDP."),
    _p("2025-09-05", "Lithuania, at 4% of GDP, is the alliance's second-biggest spender "
                     "relative to its economy."),
    _p("2024-06-24", "Germany now has the second-largest defence budget in NATO, behind only "
                     "the United States."),
    _p("2025-09-05", "Spain remains in last place with 2% of GDP, tied with Belgium."),
    _p("2025-09-05", "Finland's 2.77% puts it 11th among the 32 allies."),
    _p("2024-06-24", "Poland spends twice as much of its GDP on defence as France, 4.12% "
                     "against 2.06%."),
    _p("2024-06-24", "Canada's 1.37% is 0.63 points below the guideline."),
    _p("2025-09-05", "Italy's share is 0.4 points below Norway's 2.4% target."),
    _p("2024-06-24", "The gap between US and European spending is some $460 billion a year."),
    _p("2025-09-05", "Estonia spends three times as much per head as Spain."),
    _p("2024-06-24", "Greece's 3.08% is 1.8 points above Italy's."),
    _p("2025-09-05", "The difference between Poland and Spain is now 2.48 points of GDP."),
    _p("2024-06-24", "Germany's spending rose by half a percentage point to 2.12% of GDP."),
    _p("2024-06-24", "Poland hits 4% as NATO's east outspends the west"),
    _p("2025-09-05", "Photo: Lithuanian soldiers at a drill near Pabrade. Lithuania spends 4% "
                     "of GDP on defence this year."),
    _p("2025-09-05", "Caption: A Latvian howitzer fires during Namejs 2025, which involved "
                     "some 10,000 troops."),
    _p("2024-06-24", "BREAKING: Eleven more allies cross 2% as NATO tally hits 23"),
    _p("2025-09-05", "Finland: 2.12% (2023) | 2.40% (2024) | 2.77% (2025*)\n* estimate"),
    _p("2025-09-05", "Country 2023 2024 2025e\nLatvia 2.97 3.36 3.73\nEstonia 3.00 3.37 3.38"),
    _p("2024-06-24", "• Bulgaria — 2.18%*\n• Albania — 2.03%*\n* NATO estimates for 2024"),
    _p("2025-09-05", "Slovakia 1.96 → 2.04; Slovenia 1.37 → 2.02; Croatia 1.87 → 2.03 (2024 → "
                     "2025, % of GDP)"),
    _p("2024-06-24", "Share of GDP, 2014 vs 2024: Lithuania 0.88% vs 2.85%; Latvia 0.93% vs "
                     "3.15%."),
    _p("2025-09-05", "Notes: figures for 2025 are estimates; 2024 figures are final.\nPoland "
                     "4.48%\nLithuania 4.00%"),
    _p("2025-09-05", "Most Nordic allies now spend between 2.4% and 3.4% of GDP."),
    _p("2024-06-24", "Southern allies sit in a band of 1.3% to 1.5%."),
    _p("2025-09-05", "A fifth of Poland's defence budget goes to personnel."),
    _p("2024-06-24", "Almost a third of Latvia's spending buys new equipment."),
    _p("2025-09-05", "Around a quarter of allies spend more than 3% of GDP."),
    _p("2024-06-24", "Roughly two-thirds of NATO's spending comes from the United States."),
    _p("2024-06-24", "Norway spends about $2,000 per citizen on defence, the most in Europe."),
    _p("2025-09-05", "Estonia spends roughly €1,300 per inhabitant, against €500 in Spain."),
    _p("2024-06-24", "The US spends some $600,000 per active-duty soldier a year."),
    _p("2025-09-05", "Per soldier, Britain outspends France by about 40%."),
    _p("2024-04-22", "SIPRI puts Poland's military spending at 3.8% of GDP in 2023."),
    _p("2025-04-28", "According to SIPRI, Germany's military expenditure rose 28% to $88.5 "
                     "billion in 2024."),
    _p("2025-02-12", "The IISS estimates European defence spending grew 11.7% in real terms "
                     "last year."),
    _p("2024-12-03", "The European Defence Agency says EU states spent €326 billion on defence "
                     "in 2024, or 1.9% of GDP."),
    _p("2025-03-20", "Eurostat's COFOG data show general government defence spending of 1.3% "
                     "of EU GDP in 2023."),
    _p("2024-10-22", "The IMF expects Poland's GDP to grow 3% this year, keeping its defence "
                     "share near 4%."),
    _p("2025-05-14", "Statistics Lithuania reports defence outlays of €2.3 billion for 2024."),
    _p("2025-09-05", "By the EDA's count, Finland spent 2.3% of GDP in 2024, NATO's 2.40% "
                     "notwithstanding."),
    _p("2024-06-24", "NATO says 2.12%; the Kiel Institute says Germany's real effort is lower, "
                     "around 1.6%."),
    _p("2024-06-24", "Germany's 2024 defence budget is €51.9 billion, but its NATO-reported "
                     "spending is €90.6 billion."),
    _p("2025-09-05", "The defence budget law adopted in December sets Latvia's defence budget "
                     "at 3.45% of GDP."),
    _p("2024-03-05", "Canada's defence spending for fiscal 2023-24 is C$33.8 billion."),
    _p("2024-04-02", "The UK will spend £54.2 billion on defence in 2024-25, the MoD says."),
    _p("2024-03-12", "The Pentagon's FY2025 budget request is $849.8 billion."),
    _p("2025-09-05", "Canada's 2025-26 defence spending will reach 2% of GDP, Ottawa says."),
    _p("2024-06-24", "The British defence budget rose to 2.3% of GDP in 2023/24."),
    _p("2024-06-05", "BALTOPS 24 follows Steadfast Defender 24, which drew 90,000 troops; "
                     "BALTOPS itself involves 9,000 personnel and 50 ships."),
    _p("2024-03-08", "Nordic Response, part of Steadfast Defender, gathered more than 20,000 "
                     "soldiers from 13 nations."),
    _p("2025-06-10", "The 2025 edition of BALTOPS brings together more than 30 ships, 25 "
                     "aircraft and about 3,000 personnel."),
    _p("2024-04-15", "The 2024 edition of Swift Response involves 2,500 paratroopers from "
                     "eight allies."),
    _p("2024-02-20", "Steadfast Defender 24 will include 50 ships, more than 80 aircraft and "
                     "1,100 combat vehicles, with 1,100 from the US alone."),
    _p("2024-02-20", "In all, 31 allies and Sweden will take part, with 2,000 Swedish troops."),
    _p("2023-06-12", "Air Defender 23 saw 250 aircraft from 25 nations, the largest air "
                     "deployment exercise in NATO's history."),
    _p("2024-03-04", "Exercise Dynamic Front 24 involves 2,500 artillery troops, a fraction of "
                     "Steadfast Defender's 90,000."),
    _p("2024-10-14", "The 2024 edition of Steadfast Noon involves 60 aircraft from 13 allies."),
    _p("2025-05-12", "Some 1,800 vehicles, 30 helicopters and 12,000 soldiers will move "
                     "through Poland."),
    _p("2025-09-05", "Poland, said the Polish minister, spends more than Germany, which is "
                     "still at 2.4%."),
    _p("2025-09-05", "Latvia is now third, the minister said, behind Lithuania's 4% and "
                     "Poland, at 4.48%."),
    _p("2025-09-05", "Only Poland spends more than Lithuania, whose 4% is second-highest."),
    _p("2025-09-05", "Canada's minister said Ottawa spends less than Italy, which spends 1.6%."),
    _p("2025-09-05", "Latvia's armed forces number about 8,000 active troops plus 10,000 "
                     "National Guard members."),
    _p("2025-09-05", "Finland can mobilise 280,000 wartime troops from a reserve of 870,000."),
    _p("2024-06-24", "Germany aims to grow the Bundeswehr to 203,000 soldiers by 2031."),
    _p("2025-09-05", "Canada's regular force stands at 63,000, short of its 71,500 target."),
    _p("2025-09-05", "Lithuania spends 35% of its defence budget on weapons purchases."),
    _p("2025-09-05", "Poland spends 51% of its defence budget on equipment, under its own "
                     "accounting."),
    _p("2025-09-05", "Estonia devotes 12% of its state budget to defence."),
    _p("2025-09-05", "Latvia's economy will grow 1.5% this year, the IMF says, and defence "
                     "3.73% of it."),
    _p("2025-09-05", "Finland's unemployment rate is 9.5%, the highest in the Nordics."),
    _p("2025-09-05", "Estonia's GDP shrank 0.3% last year, pushing its defence share up to "
                     "3.37%."),
    _p("2025-09-05", "The gap between Poland's 4.48% and Spain's 2% is 2.48 points."),
    _p("2025-09-05", "Germany spends 1.6 times as much as Italy in cash terms."),
    _p("2025-09-05", "Europe's allies together spend 2.3% of GDP, against the US's 3.2%."),
    _p("2025-09-05", "Canada plans to spend 1.76% of GDP by 2029-30, the budget office says."),
    _p("2024-06-24", "The UK's defence spending was 2.3% of GDP in 2022-23, the MoD says."),
    _p("2025-09-05", "In the 2024 edition of BALTOPS, 50 ships took part; this year's has 30."),
    _p("2025-09-05", "Last year's Steadfast Defender drew 90,000 troops; this year's Steadfast "
                     "Dart, 10,000."),
    _p("2024-06-24", "Steadfast Defender 2024 was the largest since Reforger 1988, which drew "
                     "125,000 troops."),
    _p("2024-02-20", "Trident Juncture 2018 involved 50,000 troops; Steadfast Defender will "
                     "nearly double that."),
    _p("2024-02-20", "Steadfast Defender 24 involves 90,000 participants, including 20,000 "
                     "from the UK, 16,000 from Poland and 10,000 from Germany."),
    _p("2025-09-05", "Poland spends 4.48% of GDP, double the 2.24% it spent in 2022.", "2.24%"),
    _p("2025-09-05", "Spain's 2% is up from 1.43%, a rise of 0.57 points."),
    _p("2025-09-05", "Lithuania spent 3.1%, 3.2% and 4.0% of GDP in 2023, 2024 and 2025 "
                     "respectively.", "3.1%", "3.2%"),
    _p("2025-09-05", "Germany spends 2.4% of GDP by NATO's definition but only 1.8% by its own "
                     "budget count."),
    _p("2025-09-05", "Sweden's budget says 2.4%, NATO says 2.8%, the gap due to pensions."),
    _p("2025-09-05", "Canada's 2% this fiscal year compares with 1.47% in calendar 2024."),
    _p("2025-09-05", "Nearly half of allies now spend 2.5% or more."),
    _p("2025-09-05", "Poland accounts for a tenth of European allies' spending."),
    _p("2025-09-05", "WATCH: Finland spends 2.77% as border tensions rise"),
    _p("2025-09-05", "Estonia ranks behind Poland, which spends 4.48%."),
    _p("2025-09-05", "Unlike Spain, which spends 2%, Lithuania spends 4%."),
    _p("2025-09-05", "Unlike Lithuania, which spends 4%, Spain spends only 2%."),
    _p("2025-09-05", "Compared with Poland's 4.48%, Spain's effort looks small."),
    _p("2025-09-05", "Poland spends 4.48%. Its neighbour Lithuania is not far behind, at 4%."),
    _p("2025-09-05", "Germany's neighbour Poland spends 4.48% of GDP."),
    _p("2025-09-05", "Poland's neighbour Germany spends 2.4% of GDP, Berlin says."),
    _p("2025-09-05", "Berlin's ally Warsaw spends 4.48%."),
    _p("2025-09-05", "VILNIUS — Latvia's defence spending will reach 3.73% of GDP this year, "
                     "NATO says."),
    _p("2025-09-05", "TALLINN, Estonia — Finland spends 2.77% of GDP this year, NATO says."),
    _p("2025-09-05", "Speaking in Warsaw, the German minister said Germany spends 2.4% this "
                     "year."),
    _p("2025-09-05", "At a press conference in Madrid, NATO's chief said Lithuania spends 4%."),
    _p("2025-09-05", "Three years after the 2022 invasion, Poland spends 4.48%."),
    _p("2024-06-24", "Germany hit 2.12% this year for the first time since 1992."),
    _p("2024-06-24", "Germany hit 2.12% this year, its highest since the early 1990s."),
    _p("2025-09-05", "In the year before the invasion, Poland spent 2.19%."),
    _p("2025-09-05", "Latvia spends 3.73%, a share Estonia, at 3.38%, has yet to match."),
    _p("2025-09-05", "Lithuania's 4% is more than the 3.5% the Hague summit set for 2035."),
    _p("2024-06-24", "Cold Response 2022 involved 30,000 troops; this year's edition has "
                     "20,000."),
    _p("2024-03-08", "This year's Cold Response, with 20,000 troops, is smaller than 2022's "
                     "30,000."),
    _p("2024-03-08", "Cold Response, held every two years, brings together 20,000 troops this "
                     "time."),
    _p("2024-02-20", "Trident Juncture 2018 drew 50,000 troops, 250 aircraft and 65 ships; "
                     "Steadfast Defender will draw 90,000."),
    _p("2024-02-20", "Not since Trident Juncture in 2018, with its 50,000 troops, has NATO "
                     "staged such a drill; this one has 90,000."),
    _p("2025-03-01", "Steadfast Defender 2025 will be smaller, with some 10,000 troops."),
    _p("2025-03-01", "Last year Steadfast Defender involved 90,000 troops; this year only "
                     "10,000 will take part."),
    _p("2024-02-20", "Steadfast Defender, with 90,000 troops, dwarfs Air Defender's 10,000 "
                     "last year."),
    _p("2023-06-12", "Air Defender 23 involves 10,000 personnel and 250 aircraft, of which the "
                     "US sends 100."),
    _p("2023-06-12", "Germany hosts Air Defender 23, contributing 64 aircraft and 2,000 troops."),
    _p("2024-02-20", "Germany will send 12,000 troops and 3,000 vehicles to Steadfast Defender."),
    _p("2024-02-20", "Of Steadfast Defender's 50 ships, 20 come from the UK."),
    _p("2024-02-20", "Steadfast Defender 24 will see 22,000 troops in its first phase."),
    _p("2024-05-31", "Steadfast Defender ended with 20,000 troops crossing into Poland."),
    _p("2024-02-20", "The UK navy sends eight ships to Steadfast Defender; the air force 16 "
                     "jets."),
    _p("2024-02-20", "Steadfast Defender 24 will involve 90,000 troops from all 31 allies and "
                     "Sweden, while 400 aircraft will fly in a parallel drill."),
    _p("2018-10-25", "Trident Juncture: 50,000 troops, 10,000 vehicles, 65 ships."),
    _p("2024-06-05", "BALTOPS 24, with 50 ships and 45 aircraft, is a separate exercise from "
                     "Steadfast Defender."),
    _p("2025-09-05", "Poland and the Baltic states all spend more than 3.3%, NATO says."),
    _p("2025-09-05", "Spain and Belgium, both at 2%, bring up the rear."),
    _p("2025-09-05", "Spain, at 2%, and Belgium bring up the rear with Canada, at 2.01%."),
    _p("2025-09-05", "Germany, France and the UK together spend about $300 billion."),
    _p("2025-09-05", "The Nordic allies spend an average of 2.8% of GDP."),
    _p("2025-09-05", "Non-EU allies Norway and Turkey spend 3.35% and 2.33%."),
    _p("2025-06-10", "Air Defender returns this year with 40 aircraft and 2,000 personnel."),
    _p("2025-02-10", "Steadfast Defender 25 gathers some 10,000 troops in Romania and Poland."),
    _p("2025-02-10", "This year's Steadfast Defender involves some 10,000 troops."),
    _p("2026-02-10", "Trident Juncture is back, with 15,000 troops in Norway."),
    _p("2026-02-10", "Cold Response 26 brings 25,000 troops to northern Norway and Finland."),
    _p("2025-09-05", "Latvia, third behind Poland (4.48%) and Lithuania (4%), spends 3.73%."),
    _p("2025-09-05", "Only Poland, at 4.48%, spends more than Lithuania."),
    _p("2025-09-05", "Lithuania now spends nearly as much as Poland's 4.48%."),
    _p("2025-09-05", "Spain is the laggard at 2%, half of Lithuania's share."),
    _p("2025-09-05", "Lithuania spends twice what it did in 2022, when it was at 2.44%."),
    _p("2025-09-05", "Italy sits at the bottom with Spain, Canada, Belgium and Portugal, all "
                     "near 2%."),
    _p("2025-09-05", "Latvia 3.73%¹\n¹ NATO estimate; the government's own figure is 3.45%."),
    _p("2025-09-05", "UK defence spending, 2024-25: £60.2bn, or 2.3% of GDP, by the "
                     "government's measure."),
    _p("2025-09-05", "Fiscal year 2024 US national defense outlays were 3.0% of GDP, the CBO "
                     "says."),
    _p("2025-09-05", "Britain spent 2.33% last year on NATO's definition, and 2.1% on the "
                     "Treasury's."),
    _p("2025-09-05", "Germany's defence budget for 2025 is €62.4 billion, plus €24 billion "
                     "from the special fund."),
    _p("2025-09-05", "Germany's defence budget will reach 2.4% of GDP in 2025, counting the "
                     "special fund."),
    _p("2025-09-05", "Including the special fund, Germany will spend 2.4% this year, the "
                     "government says."),
    _p("2025-09-05", "The Netherlands spends 2.49%, the cabinet's spring memorandum puts it at "
                     "2.2%."),
    _p("2025-09-05", "Lithuania's per capita defence spending is about €1,250, the highest in "
                     "the Baltics."),
    _p("2025-09-05", "Per head of population, Norway spends $2,450 and Poland $1,000."),
    _p("2025-09-05", "Poland fields 233,000 troops, some 4.5 per 1,000 inhabitants."),
    _p("2025-09-05", "Lithuania has around 19,500 military personnel, NATO says."),
    _p("2025-09-05", "Latvia will raise its army to 14,000 soldiers by 2028 from 9,000 today."),
    _p("2025-09-05", "Germany's Bundeswehr has about 182,000 soldiers, short of the 203,000 "
                     "goal."),
    _p("2025-09-05", "Poland is raising its spending to 4.7% of GDP in 2026, up from 4.48% "
                     "this year."),
    _p("2025-09-05", "Lithuania spends 46% of its budget on equipment, above NATO's 20% "
                     "benchmark."),
    _p("2025-09-05", "Estonia spends 26% on equipment and 20% on personnel."),
    _p("2025-09-05", "Estonia spends 3.38%. Its goal for 2026: 5.4%."),
    _p("2025-09-05", "Chart: Poland leads with 4.48%, Greece follows at 2.85%."),
    _p("2025-09-05", "The gap between Poland and Germany has widened to 2.1 points, from 1.8 "
                     "last year."),
    _p("2025-09-05", "Germany is 1.1 points short of the 3.5% core target."),
    _p("2025-09-05", "Latvia is 0.23 points short of Lithuania."),
    _p("2025-09-05", "Estonia must find another 2% of GDP to reach its 5.4% goal."),
    _p("2025-09-05", "Lithuania plans to add 1.5 points of GDP by 2026."),
    _p("2025-09-05", "Germany's 2.4% share is up 0.4 points."),
    _p("2025-09-05", "EU members of NATO spent 2.3% of GDP on average this year."),
    _p("2025-09-05", "Under the EU's escape clause, Germany may spend up to 1.5% of GDP more "
                     "on defence."),
    _p("2025-09-05", "EU countries' defence spending reached €343 billion in 2024, the EDA "
                     "says, or 1.9% of GDP."),
    _p("2025-09-05", "In EDA data, Estonia spent 3.2% of GDP in 2024."),
    _p("2025-09-05", "Destatis: Germany spent 2.1% of GDP on defence last year."),
    _p("2024-02-20", "Steadfast Defender 24 begins this week. Separately, Nordic Response "
                     "brings 20,000 troops to Norway."),
    _p("2024-02-20", "Steadfast Defender 24 begins this week. A smaller drill in Norway, "
                     "Nordic Response, has 20,000 troops and 50 ships."),
    _p("2024-02-20", "Steadfast Defender involves 90,000 troops. Its Polish part, Dragon-24, "
                     "has 20,000 soldiers and 3,500 vehicles."),
    _p("2024-02-20", "Steadfast Defender involves 90,000 troops. The exercise in Poland alone "
                     "involves 3,500 pieces of equipment."),
    _p("2024-02-20", "NATO's Steadfast Defender will run until May. About 40,000 of its troops "
                     "will be in Germany."),
    _p("2024-03-04", "Steadfast Defender continues. The Saber Strike phase involves 9,000 "
                     "troops and 1,200 vehicles."),
    _p("2024-05-20", "The exercise, which involves 7,000 troops, is part of Steadfast Defender."),
    _p("2024-05-20", "The drill, one of several under the Steadfast Defender umbrella, brings "
                     "15,000 troops."),
    _p("2024-02-20", "Steadfast Defender: over 90,000 troops. Trident Juncture 2018: 50,000. "
                     "Reforger 1988: 125,000."),
    _p("2023-06-12", "Air Defender 23 begins with 250 aircraft. The German air force "
                     "contributes 64 aircraft and the US 100."),
    _p("2023-06-12", "Air Defender 23 involves 250 aircraft, 10,000 people and 25 nations; "
                     "Arctic Challenge, held last month, had 150 aircraft."),
    _p("2024-06-10", "A year after Air Defender's 250 aircraft, Germany hosts Pitch Black with "
                     "140 aircraft."),
    _p("2018-10-25", "Trident Juncture involves 50,000 troops; its air component alone has 250 "
                     "aircraft, of which 70 are fighters."),
    _p("2024-02-20", "Fifty ships, 80 aircraft, 1,100 vehicles: Steadfast Defender in numbers. "
                     "Germany alone sends 12,000 troops."),
    _p("2024-02-20", "Steadfast Defender's 90,000 troops come from 32 nations, including "
                     "Sweden; 20,000 from Britain."),
    _p("2024-02-20", "Steadfast Defender brings together troops from all 31 allies and Sweden, "
                     "32 nations in all."),
    _p("2024-02-20", "Steadfast Defender, with more than 90,000 participants, involves 1,100 "
                     "combat vehicles, 133 of them tanks."),
    _p("2024-02-20", "NATO says Steadfast Defender involves 90,000 troops, while Russia claims "
                     "100,000."),
    _p("2024-02-20", "Moscow's own Zapad exercise in 2021 involved 200,000 troops, twice "
                     "Steadfast Defender's 90,000."),
    _p("2024-02-20", "Steadfast Defender's 90,000 troops are fewer than the 200,000 Russia "
                     "claimed for Zapad."),
    _p("2025-09-12", "Zapad 2025 involves 30,000 troops, Belarus says; NATO's Steadfast "
                     "Defender last year had 90,000."),
    _p("2025-09-05", "Poland spends 4.48% of GDP. Its southern neighbour spends 2.04%."),
    _p("2025-09-05", "Poland spends 4.48% of GDP. Its western neighbour, by contrast, is at "
                     "2.4%."),
    _p("2025-09-05", "Poland spends 4.48% of GDP. Next door, the figure is 2.4%."),
    _p("2025-09-05", "Poland spends 4.48% of GDP. Across the Oder, the figure is 2.4%."),
    _p("2025-09-05", "Lithuania spends 4% of GDP. Its northern neighbour spends 3.73%."),
    _p("2025-09-05", "Finland spends 2.77%. Its Nordic neighbour to the west spends 2.8%."),
    _p("2025-09-05", "Latvia spends 3.73%. Its two Baltic neighbours spend 4% and 3.38%."),
    _p("2025-09-05", "Lithuania spends 4%. The other two Baltic states spend less."),
    _p("2025-09-05", "Spain spends 2%. Its Iberian neighbour spends 1.6%."),
    _p("2025-09-05", "Spain spends 2%. The country's neighbour Portugal is at 1.6%."),
    _p("2025-09-05", "Germany reached 2.4%. France, the EU's other big power, is at 2.05%."),
    _p("2025-09-05", "Germany reached 2.4%. The EU's second-largest economy spends 2.05%."),
    _p("2025-09-05", "Germany spends 2.4%. Its biggest eastern ally spends almost twice as "
                     "much, 4.48%."),
    _p("2025-09-05", "Germany spends 2.4%. Its biggest eastern ally spends 4.48%."),
    _p("2025-09-05", "Estonia spends 3.38%. The smallest Baltic state's neighbour to the south "
                     "spends 3.73%."),
    _p("2025-09-05", "Canada spends 2.01%. Its southern neighbour spends 3.22%."),
    _p("2025-09-05", "Canada spends 2.01% of GDP. South of the border, the figure is 3.22%."),
    _p("2025-09-05", "The United States spends 3.22%. Its northern neighbour spends 2.01%."),
    _p("2025-09-05", "Norway spends 3.35% this year. Its eastern neighbour Finland spends "
                     "2.77%."),
    _p("2025-09-05", "Norway spends 3.35% this year. Its eastern neighbour spends 2.77%."),
    _p("2025-09-05", "Britain spends 2.4% this year. Across the Channel, France spends 2.05%."),
    _p("2025-09-05", "Britain spends 2.4% this year. Across the Channel, the figure is 2.05%."),
    _p("2025-09-05", "Greece spends 2.85%. Its eastern neighbour and rival spends 2.33%."),
    _p("2025-09-05", "Greece spends 2.85%. Its rival across the Aegean spends 2.33%."),
    _p("2025-09-05", "Hungary spends 2.2%. Its neighbour to the north spends 2.04%."),
    _p("2025-09-05", "Germany spent 1.9% of GDP on defence in 2024 (SIPRI)."),
    _p("2025-09-05", "Germany spent 1.9% of GDP on defence in 2024 (source: SIPRI)."),
    _p("2025-09-05", "Germany spent 1.9% of GDP on defence in 2024, per SIPRI."),
    _p("2025-09-05", "Germany spent 1.9% of GDP on defence in 2024, SIPRI data show."),
    _p("2025-09-05", "Germany spent 1.9% of GDP on defence in 2024 — SIPRI"),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, according to figures compiled by the "
                     "Stockholm institute."),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, the Stockholm-based institute said."),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, Stockholm researchers say."),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, as measured by SIPRI."),
    _p("2025-09-05", "In its annual report, SIPRI puts Germany at 1.9% in 2024."),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, according to a report released Monday "
                     "by SIPRI."),
    _p("2025-09-05", "Germany spent 1.9% in 2024, the think tank's figures show."),
    _p("2025-09-05", "Germany spent 1.9% in 2024, the Kiel Institute for the World Economy "
                     "calculates."),
    _p("2025-09-05", "Germany's 2024 spending came to 1.9% of GDP, calculations by the Kiel "
                     "Institute show."),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, a Reuters analysis found."),
    _p("2025-09-05", "Germany spent 1.9% of GDP in 2024, the Bundestag's research service "
                     "estimated."),
    _p("2025-09-05", "Germany spent 1.9% in 2024, Germany's Ifo institute estimated."),
    _p("2025-09-05", "Germany spent 1.9% in 2024, Janes Defence Budgets estimates."),
    _p("2025-09-05", "Germany spent 1.9% in 2024, the Global Firepower index says."),
    _p("2026-07-10", "Lithuania will spend 5.3% this year, NATO says; the government's own "
                     "figure is 5.5%."),
    _p("2026-07-10", "NATO puts Finland at 2.6% this year, while Helsinki says 2.5%."),
    _p("2026-07-10", "Britain's 2.56% this year compares with 2.4% in last year's NATO report."),
    _p("2026-07-10", "Last August NATO put Britain's 2025 share at 2.4%; it now says 2.32%."),
    _p("2026-07-10", "In the year to March 2026 the UK spent 2.4% of GDP on defence, the MoD "
                     "says."),
    _p("2026-07-10", "UK defence spending in 2025/26 was £65bn, or 2.4% of GDP, the Treasury "
                     "says."),
    _p("2026-07-10", "Britain spends 2.56% of GDP on NATO's definition, including intelligence "
                     "spending."),
    _p("2026-07-10", "Including the intelligence services, Britain reaches 2.56%; without "
                     "them, 2.4%."),
    _p("2026-07-10", "Without the intelligence budget, Britain would be at 2.4% this year."),
    _p("2026-07-10", "Norway counts aid to Ukraine in its 3.2%; without it, the figure is 2.1%."),
    _p("2025-09-05", "Without its aid to Ukraine, Norway's 3.35% would be about 2.2%."),
    _p("2025-09-05", "Denmark spends 3.2% of GDP, or 2.4% excluding Ukraine aid."),
    _p("2025-09-05", "Italy reaches 2.01% only by counting the Carabinieri; otherwise it is "
                     "1.5%."),
    _p("2025-09-05", "If Germany's special fund were excluded, its share would drop to 1.6%."),
    _p("2025-09-05", "Germany's regular defence budget covers 1.4% of GDP; the special fund "
                     "adds 0.6%."),
    _p("2025-09-05", "Canada spent 1.4% of GDP on defence in the year ending March 31, 2025."),
    _p("2025-09-05", "For 2024-25, Canada's defence spending was 1.4% of GDP, DND says."),
    _p("2025-09-05", "Canada's defence spending hit 1.4% of GDP in 2024-25, the PBO estimates."),
    _p("2025-09-05", "The US spent 3.0% of GDP on defense in FY24, per the CBO."),
    _p("2025-09-05", "Japan spent 1.6% of GDP in fiscal 2024, short of its 2% goal."),
    _p("2025-09-05", "Britain spent 2.3% of GDP in 2024-25, the MoD's annual report says."),
    _p("2025-09-05", "The MoD says Britain spent 2.3% in 2024."),
    _p("2025-09-05", "Britain spent 2.2% in 2024, the MoD says."),
    _p("2025-09-05", "Britain spent 2.2% in 2024, according to the MoD."),
    _p("2025-09-05", "Canada spent 1.3% in 2024, according to DND."),
    _p("2025-09-05", "The US spent 3.0% in 2024, according to the DoD."),
]

OTHER_LANGUAGES_ROUND3 = [
    _p("2025-09-05", "Lietuva šiemet gynybai skiria 4 proc. BVP, o Latvija – 3,73 proc."),
    _p("2025-09-05", "Pasak SIPRI, Lietuvos karinės išlaidos 2024 m. siekė 3,1 proc. BVP."),
    _p("2025-09-05", "Gynybos biudžetas 2025 metams – 2,3 mlrd. eurų."),
    _p("2024-06-24", "Estija gynybai skiria 3,43 proc. BVP, tai antra vieta po Lenkijos."),
    _p("2025-09-05", "Latvija šogad aizsardzībai tērē 3,73% no IKP, Igaunija – 3,38%."),
    _p("2025-09-05", "Aizsardzības budžets 2026. gadam būs 1,6 miljardi eiro."),
    _p("2024-06-24", "Mācībās Namejs piedalās aptuveni 12 000 karavīru."),
    _p("2025-09-05", "Eesti kulutab tänavu kaitsele 3,38% SKP-st, Läti 3,73%."),
    _p("2025-09-05", "Kaitse-eelarve on järgmisel aastal 5,4% SKP-st, ütles minister."),
    _p("2024-06-24", "NATO hinnangul kulutab Eesti sel aastal 3,43% SKP-st."),
    _p("2025-09-05", "Suomi käyttää puolustukseen tänä vuonna 2,77 prosenttia BKT:sta."),
    _p("2025-09-05", "Naton mukaan Suomen puolustusmenot olivat viime vuonna 2,4 prosenttia."),
    _p("2025-09-05", "Puolustusbudjetti on ensi vuonna 6,6 miljardia euroa."),
    _p("2024-06-24", "Ruotsi käyttää 2,14 prosenttia, Suomi 2,41 prosenttia."),
    _p("2025-09-05", "Slovensko tento rok vynaloží na obranu 2,04 % HDP."),
    _p("2025-09-05", "Rozpočet ministerstva obrany na rok 2026 je 3,3 miliardy eur."),
    _p("2024-06-24", "Podľa NATO Slovensko vydáva 2 % HDP, Česko 2,1 %."),
    _p("2025-09-05", "Slovenija letos za obrambo namenja 2,02 odstotka BDP."),
    _p("2024-06-24", "Slovenija je lani za obrambo namenila 1,34 odstotka BDP, letos 1,29."),
    _p("2025-09-05", "Obrambni proračun bo prihodnje leto znašal 1,5 milijarde evrov."),
    _p("2025-09-05", "Hrvatska ove godine za obranu izdvaja 2,03 posto BDP-a."),
    _p("2025-09-05", "Prema SIPRI-ju, Hrvatska je 2024. potrošila 1,8 posto BDP-a."),
    _p("2024-06-24", "Hrvatska vojska ima oko 15.000 pripadnika."),
    _p("2025-09-05", "България тази година отделя 2,06% от БВП за отбрана."),
    _p("2024-06-24", "Според НАТО България ще похарчи 2,18% от БВП през 2024 г."),
    _p("2025-09-05", "Бюджетът на отбраната за 2026 г. е 4,3 млрд. лева."),
    _p("2025-09-05", "Shqipëria këtë vit shpenzon 2,01 për qind të PBB-së për mbrojtjen."),
    _p("2024-06-24", "Sipas NATO-s, Shqipëria do të shpenzojë 2,03% të PBB-së këtë vit."),
    _p("2025-09-05", "Ísland hefur engan her en leggur til um 0,1% af VLF til varnarmála."),
    _p("2025-09-05", "Україна витрачає на оборону понад 26% ВВП, Польща – 4,48%."),
    _p("2025-09-05", "За даними НАТО, Литва цього року витрачає 4% ВВП на оборону."),
    _p("2025-09-05", "Россия тратит на оборону около 6,3% ВВП, а Польша – 4,48%."),
    _p("2024-06-24", "По данным НАТО, Германия в этом году потратит 2,12% ВВП."),
    _p("2025-09-05", "В учениях Zapad-2025 участвуют около 100 000 военнослужащих."),
    _p("2024-06-24", "La Pologne, a dit le ministre polonais, dépense plus du double des 2,12 "
                     "% allemands."),
    _p("2025-09-05", "La Lettonie occupe la troisième place avec 3,73 % du PIB."),
    _p("2025-09-05", "Selon le SIPRI, la France a consacré 2,1 % de son PIB à la défense en "
                     "2024."),
    _p("2024-06-24", "Le budget des armées s'élève à 47,2 milliards d'euros en 2024, selon la "
                     "loi de finances."),
    _p("2024-06-24", "Die Bundeswehr gibt pro Soldat rund 400.000 Euro aus."),
    _p("2025-09-05", "Litauen liegt mit 4,0 Prozent auf Platz zwei hinter Polen."),
    _p("2024-06-24", "Deutschland gibt mit 2,12 Prozent fast doppelt so viel aus wie Spanien."),
    _p("2025-09-05", "Laut EDA gaben die EU-Staaten 2024 rund 343 Milliarden Euro aus."),
    _p("2024-06-24", "El Gobierno dice que España gasta el 1,28%, la mitad que Estonia."),
    _p("2025-09-05", "España gasta entre el 1,9% y el 2,1% según la fuente."),
    _p("2024-06-24", "L'Italia spende l'1,49% del Pil, 0,6 punti sotto l'obiettivo."),
    _p("2025-09-05", "Secondo il SIPRI, l'Italia ha speso nel 2024 l'1,6% del Pil."),
    _p("2025-09-05", "Polska wydaje w tym roku 4,48 proc. PKB, najwięcej w NATO."),
    _p("2025-09-05", "Budżet MON na 2026 r. wyniesie 200 mld zł, czyli 4,8 proc. PKB."),
    _p("2025-09-05", "Poland, which now outspends Germany's 2.0%, is at 4.48%."),
    _p("2025-09-05", "Poland (4.48%) is followed by Lithuania (4%) and Latvia (3.73%)."),
    _p("2025-09-05", "Ranked by share of GDP, Poland comes first, Lithuania second at 4%, "
                     "Latvia third."),
    _p("2025-09-05", "The Lithuanian army has 15,000 professional soldiers and 5,000 "
                     "conscripts."),
    _p("2025-09-05", "Estonia's defence forces have 4,000 regular soldiers and call up 3,800 "
                     "conscripts a year."),
    _p("2025-09-05", "Poland's army now counts 200,000 soldiers, including 40,000 territorials."),
    _p("2025-09-05", "Personnel costs take 40% of Latvia's defence spending."),
    _p("2025-09-05", "Germany's equipment spending rose 20% this year."),
    _p("2025-09-05", "Inflation in Lithuania was 3.6% in August, while defence took 4% of GDP."),
    _p("2025-09-05", "Lithuania will spend €3.1 billion on defence this year."),
    _p("2025-09-05", "Poland will spend 187 billion zlotys, or about $48 billion, on defence "
                     "this year."),
    _p("2025-09-05", "Latvia's defence spending will reach €1.6 billion in 2026."),
    _p("2025-09-05", "Poland's spending per soldier is $150,000, a third of Britain's."),
    _p("2024-03-05", "Canada's defence spending will reach 1.76% of GDP in fiscal 2029-30."),
    _p("2025-06-10", "BALTOPS 2024 had 50 ships and 45 aircraft; BALTOPS 2025 has 30 ships and "
                     "25 aircraft."),
    _p("2024-02-20", "Steadfast Defender 24: 90,000 personnel, 50 ships, 80 aircraft (NATO "
                     "figures)."),
    _p("2024-02-20", "About 1,100 vehicles, including 133 tanks and 533 infantry fighting "
                     "vehicles, take part."),
    _p("2024-02-20", "Some 40 naval vessels and more than 50 helicopters join Steadfast "
                     "Defender.", "Some 40 naval vessels"),
    _p("2025-09-05", "Poland's share has doubled to 4.48% from 2.2% three years ago."),
    _p("2025-09-05", "Germany's share has risen by a quarter to 2.4% since 2024."),
    _p("2025-09-05", "Latvia's spending rose from 2.25% in 2022 to 3.73% this year, per NATO."),
    _p("2025-09-05", "Estonia: 2022 – 2.14%; 2023 – 3.0%; 2024 – 3.37%; 2025 – 3.38%."),
    _p("2025-09-05", "Finland's 2.4% in 2024 (up from 2.12% a year earlier) became 2.77% in "
                     "2025."),
    _p("2025-09-05", "* 2025 figures are NATO estimates. Poland 4.48*, Lithuania 4.00*, Latvia "
                     "3.73*"),
    _p("2025-09-05", "Source: NATO (2025e), SIPRI (2024). Poland: 4.48 / 4.2; Lithuania: 4.00 "
                     "/ 3.1"),
    _p("2025-09-05", "Table: NATO vs SIPRI estimates, % of GDP, 2024 — Poland 3.79 vs 4.2, "
                     "Germany 2.0 vs 1.9."),
    _p("2025-09-05", "For 2025-26 Canada budgets C$62.7 billion, which NATO counts as 2.01% of "
                     "GDP."),
    _p("2025-09-05", "Between 1.9% and 2.1% of GDP: that is where Spain, Belgium and Canada "
                     "now sit."),
    _p("2025-09-05", "Lithuania's spending is set to hit 5-6% of GDP from 2026."),
    _p("2025-09-05", "One in four euros of Lithuania's defence budget goes to ammunition."),
    _p("2025-09-05", "Headline: Lithuania's 4% defence push — and what it costs each citizen"),
    _p("2025-09-05", "Latvia 3.73%, Estonia 3.38%: Baltic spending in numbers"),
    _p("2025-09-05", '"We are at 4%," Lithuania\'s president said, speaking in Riga.'),
    _p("2025-09-05", "RIGA, Sept 5 (Reuters) - Lithuania will spend 4% of GDP on defence this "
                     "year."),
    _p("2025-09-05", "Since Russia's 2014 annexation of Crimea, Latvia has gone from 0.93% to "
                     "3.73%."),
    _p("2025-09-05", "By 2030, Poland's spending will be 5%; today it is 4.48%."),
    _p("2025-09-05", "Poland's 4.48% this year follows 3.79% in 2024 and 3.27% in 2023."),
    _p("2025-09-05", "The 3.5% core target, set at The Hague in June, is already met by Poland "
                     "(4.48%)."),
    _p("2024-02-20", "The US contributes 20 ships to Steadfast Defender 24."),
    _p("2024-03-08", "Nordic Response brings 20,000 soldiers and 50 ships from 13 countries to "
                     "Norway."),
    _p("2025-09-05", "Poland, Lithuania and Latvia each spend more than 3.5%."),
    _p("2025-09-05", "The three Baltic states spend an average of 3.7% of GDP."),
    _p("2025-09-05", "Italy and Canada both reported 2.01%, Spain 2%."),
    _p("2024-03-08", "Cold Response -harjoitukseen osallistuu tänä vuonna 20 000 sotilasta."),
    _p("2024-03-08", "An der diesjährigen Übung Cold Response nehmen 20.000 Soldaten teil."),
    _p("2024-03-08", "L'exercice Cold Response réunit cette année 20 000 militaires."),
    _p("2025-06-10", "Air Defender findet dieses Jahr mit 2.000 Soldaten statt."),
    _p("2026-03-02", "Ćwiczenia Cold Response z udziałem 25 tys. żołnierzy rozpoczęły się w "
                     "Norwegii."),
    _p("2026-03-02", "W ćwiczeniach Steadfast Defender bierze udział 12 tys. żołnierzy."),
    _p("2025-09-05", "Lenkija, pasak ministro, išleidžia daugiau nei Vokietija, kuri skiria "
                     "2,4 proc."),
    _p("2025-09-05", "Lietuva pagal išlaidas gynybai yra antra po Lenkijos, kuri skiria 4,48 "
                     "proc. BVP."),
    _p("2025-09-05", "Latvija ieņem trešo vietu aiz Polijas un Lietuvas, kas tērē 4%."),
    _p("2025-09-05", "Eesti on Läti ja Leedu järel kolmas, kulutades 3,38%."),
    _p("2025-09-05", "Soome kulutab 2,77%, mis on pool Poola 4,48% tasemest."),
    _p("2025-09-05", "Eesti kaitsekulud elaniku kohta on umbes 1300 eurot."),
    _p("2025-09-05", "Kaitseväes teenib 4000 tegevväelast ja 3800 ajateenijat."),
    _p("2025-09-05", "Lietuvos kariuomenėje tarnauja 23 000 karių."),
    _p("2025-09-05", "Suomi on kahdestoista, kun taas Puola käyttää 4,48 prosenttia."),
    _p("2025-09-05", "Ruotsin 2,8 prosenttia on enemmän kuin Suomen 2,4 prosenttia viime "
                     "vuonna."),
    _p("2025-09-05", "Puolustusvoimissa palvelee noin 12 000 ammattisotilasta ja 21 000 "
                     "varusmiestä."),
    _p("2025-09-05", "SIPRI:n mukaan Suomen sotilasmenot kasvoivat 2024 noin 30 prosenttia."),
    _p("2025-09-05", "Slovensko je podľa ministra pred Maďarskom, ktoré dáva 2,2 % HDP."),
    _p("2025-09-05", "Česko, ktoré dáva 2 %, je podľa NATO za Slovenskom."),
    _p("2025-09-05", "Ozbrojené sily majú 13 000 profesionálnych vojakov."),
    _p("2025-09-05", "Slovenija za Hrvaško zaostaja za 0,01 odstotne točke."),
    _p("2025-09-05", "Slovenska vojska šteje okoli 6000 pripadnikov."),
    _p("2025-09-05", "Hrvatska je, rekao je ministar, ispred Slovenije koja izdvaja 1,3 posto."),
    _p("2025-09-05", "Hrvatska je od 2,03 posto BDP-a 2025. dosegla više nego Slovenija s 2,02 "
                     "posto."),
    _p("2025-09-05", "Румъния, каза министърът, харчи повече от България, която дава 1,95%."),
    _p("2025-09-05", "Българската армия има около 37 000 военнослужещи."),
    _p("2025-09-05", "Shqipëria, tha ministri, shpenzon më shumë se Maqedonia e Veriut me 1,3%."),
    _p("2025-09-05", "Forcat e Armatosura kanë rreth 7 000 ushtarakë."),
    _p("2025-09-05", "Польща, за словами міністра, витрачає більше, ніж Німеччина з її 2,4% "
                     "ВВП."),
    _p("2025-09-05", "Литва посідає друге місце після Польщі, яка витрачає 4,48%."),
    _p("2025-09-05", "Німеччина виділяє на оборону вдвічі менше від Польщі — 2,4%."),
    _p("2025-09-05", "Польша, по словам министра, тратит больше Германии с ее 2,4%."),
    _p("2025-09-05", "Эстония тратит 3,38%, уступая Латвии и Литве."),
    _p("2025-09-05", "По оценке SIPRI, Польша в 2024 году потратила 4,2% ВВП."),
    _p("2025-09-05", "Pólland ver 4,48% af vergri landsframleiðslu til varnarmála, meira en "
                     "nokkurt annað ríki."),
    _p("2025-09-05", "Framlag Íslands er um 0,1% af VLF."),
    _p("2025-09-05", "La Pologne, a affirmé le ministre polonais, dépense plus que "
                     "l'Allemagne, qui consacre 2,4 %."),
    _p("2025-09-05", "Deuxième derrière la Pologne, la Lituanie consacre 4 % de son PIB."),
    _p("2025-09-05", "La France est à 2,05 %, soit 0,35 point de moins que l'Allemagne."),
    _p("2025-09-05", "L'écart entre la Pologne et l'Espagne atteint 2,48 points de PIB."),
    _p("2025-09-05", "Selon l'Insee, le PIB français a progressé de 1,1 % en 2024."),
    _p("2025-09-05", "Der Abstand zu Polen beträgt 2,08 Prozentpunkte."),
    _p("2025-09-05", "Polen liegt mit 4,48 Prozent vorn, Deutschland folgt weit abgeschlagen "
                     "mit 2,4."),
    _p("2025-09-05", "Nach Angaben des Statistischen Bundesamts stiegen die "
                     "Verteidigungsausgaben 2024 um 23 Prozent."),
    _p("2025-09-05", "Pro Kopf gibt Deutschland rund 1.050 Euro für Verteidigung aus, Polen "
                     "1.200."),
    _p("2025-09-05", "España, dijo el ministro español, gasta ya más que Bélgica, que sigue en "
                     "el 1,9%."),
    _p("2025-09-05", "Italia ocupa el puesto 25 con el 2,01%, por delante de España."),
    _p("2025-09-05", "La brecha con Polonia es de 2,48 puntos del PIB."),
    _p("2025-09-05", "Il divario con la Polonia è di quasi 2,5 punti di Pil."),
    _p("2025-09-05", "L'Italia, ha detto il ministro, spende più della Spagna, ferma al 2%."),
    _p("2025-09-05", "Polska, jak podkreślił minister, wydaje więcej niż Niemcy, które "
                     "przeznaczają 2,4 proc."),
    _p("2025-09-05", "Litwa jest druga po Polsce z 4 proc. PKB."),
    _p("2025-09-05", "Według GUS PKB Polski wzrósł w 2024 r. o 2,9 proc."),
    _p("2025-09-05", "Na jednego żołnierza Polska wydaje ok. 200 tys. zł rocznie."),
    _p("2025-09-05", "По данным SIPRI, Польша в 2024 году потратила 4,2% ВВП."),
    _p("2025-09-05", "Согласно SIPRI, Польша в 2024 году потратила 4,2% ВВП."),
    _p("2025-09-05", "За даними SIPRI, Польща у 2024 році витратила 4,2% ВВП."),
    _p("2025-09-05", "За оцінкою SIPRI, Польща у 2024 році витратила 4,2% ВВП."),
    _p("2025-09-05", "Згідно з даними SIPRI, Польща у 2024 році витратила 4,2% ВВП."),
    _p("2025-09-05", "Pasak SIPRI, Lenkija 2024 m. gynybai išleido 4,2 proc. BVP."),
    _p("2025-09-05", "SIPRI duomenimis, Lenkija 2024 m. gynybai išleido 4,2 proc. BVP."),
    _p("2025-09-05", "Saskaņā ar SIPRI datiem Polija 2024. gadā aizsardzībai tērēja 4,2% no "
                     "IKP."),
    _p("2025-09-05", "SIPRI andmetel kulutas Poola 2024. aastal kaitsele 4,2% SKP-st."),
    _p("2025-09-05", "SIPRI:n mukaan Puola käytti vuonna 2024 puolustukseen 4,2 prosenttia "
                     "BKT:sta."),
    _p("2025-09-05", "Podľa SIPRI Poľsko v roku 2024 vynaložilo na obranu 4,2 % HDP."),
    _p("2025-09-05", "Po podatkih SIPRI je Poljska leta 2024 za obrambo namenila 4,2 odstotka "
                     "BDP."),
    _p("2025-09-05", "Prema podacima SIPRI-ja, Poljska je 2024. potrošila 4,2 posto BDP-a."),
    _p("2025-09-05", "Според SIPRI Полша е похарчила 4,2% от БВП през 2024 г."),
    _p("2025-09-05", "Sipas SIPRI, Polonia shpenzoi 4,2% të PBB-së në vitin 2024."),
    _p("2025-09-05", "Samkvæmt SIPRI varði Pólland 4,2% af VLF til varnarmála árið 2024."),
    _p("2025-09-05", "D'après le SIPRI, la Pologne a dépensé 4,2 % de son PIB en 2024."),
    _p("2025-09-05", "Laut SIPRI gab Polen 2024 4,2 Prozent seines BIP aus."),
    _p("2025-09-05", "Según el SIPRI, Polonia gastó el 4,2% de su PIB en 2024."),
    _p("2025-09-05", "Secondo lo SIPRI, la Polonia ha speso il 4,2% del Pil nel 2024."),
    _p("2025-09-05", "Według SIPRI Polska wydała w 2024 r. 4,2 proc. PKB."),
    _p("2025-09-05", "Dane SIPRI pokazują, że Polska wydała w 2024 r. 4,2 proc. PKB."),
    _p("2025-09-05", "Szacunki SIPRI mówią o 4,2 proc. PKB w 2024 r."),
    _p("2025-09-05", "Институт SIPRI оценивает расходы Польши в 2024 году в 4,2% ВВП."),
    _p("2025-09-05", "Стокгольмский институт SIPRI: Польша потратила 4,2% ВВП в 2024 году."),
    _p("2025-09-05", "По данным Евростата, Польша в 2024 году потратила 4,2% ВВП."),
    _p("2025-09-05", "По данным Минобороны, Польша в 2024 году потратила 4,2% ВВП."),
    _p("2025-09-05", "За даними уряду, Польща у 2024 році витратила 4,2% ВВП."),
    _p("2025-09-05", "Pasak ministerijos, Lietuva 2024 m. gynybai skyrė 3,2 proc. BVP."),
    _p("2025-09-05", "Ministeeriumi andmetel kulutas Eesti 2024. aastal 3,5% SKP-st."),
    _p("2025-09-05", "Ministeriön mukaan Suomi käytti vuonna 2024 2,5 prosenttia BKT:sta."),
    _p("2025-09-05", "Prema ministarstvu, Hrvatska je 2024. potrošila 1,9 posto BDP-a."),
    _p("2025-09-05", "Според министерството България е похарчила 2,1% от БВП през 2024 г."),
    _p("2025-09-05", "Estonia is second only to Poland, at 4.48%."),
    _p("2025-09-05", "Lithuania trails only Poland, which is at 4.48%, and leads Latvia "
                     "(3.73%)."),
    _p("2025-09-05", "Lithuania's 4% is within half a point of Poland."),
    _p("2025-09-05", "Estonia's share is a full point below Poland's 4.48%, at 3.38%."),
    _p("2025-09-05", "Spain's 2% is less than half of Poland's."),
    _p("2025-09-05", "Latvia's share is 1.5 times what it was in 2022."),
    _p("2025-09-05", "Canada (2.01%*) and Italy (2.01%*) tie.\n* includes pensions and coast "
                     "guard"),
    _p("2025-09-05", "Estonia 3.38% (NATO) / 3.3% (national budget)"),
    _p("2025-09-05", "Canada: 2.01% of GDP in 2025 (NATO), C$62.7bn in FY2025-26 (DND)."),
    _p("2025-09-05", "The US fiscal 2025 defense budget of $850 billion equals about 2.9% of "
                     "GDP."),
    _p("2025-09-05", "Each Lithuanian pays about €1,100 a year for defence."),
    _p("2025-09-05", "Poland's armed forces have 233,000 personnel, including 40,000 "
                     "territorial volunteers."),
    _p("2025-09-05", "Lithuania's military, at 23,000 strong including reservists on duty, is "
                     "growing."),
    _p("2025-09-05", "Finland's peacetime force of 13,000 swells to 280,000 in war."),
    _p("2025-09-05", "Estonia: 7,800 personnel; Latvia: 9,000; Lithuania: 19,500."),
    _p("2025-09-05", "The Bundeswehr counts 182,000 active soldiers, against NATO's figure of "
                     "186,000 personnel."),
    _p("2025-09-05", "Canada's armed forces number 68,000 regulars and 25,000 reservists."),
    _p("2025-09-05", "Poland's 2026 budget earmarks 4.8% of GDP for defence."),
    _p("2025-09-05", "Equipment now takes 54% of Poland's spending, a fifth more than in 2024."),
    _p("2025-09-05", "Equipment purchases make up 46% of Finland's defence spending, against "
                     "41% last year."),
    _p("2025-09-05", "Canada's equipment share rose to 22.5% this year from 18.3%."),
    _p("2025-09-05", "Half of Poland's defence budget goes to new equipment."),
    _p("2025-09-05", "About 30% of Germany's budget goes to personnel, 21% to equipment."),
    _p("2025-09-05", "Polska zwiększyła wydatki do 4,48 proc. PKB w tym roku z 3,79 proc."),
    _p("2025-09-05", "Lituania ha portato la spesa al 4% quest'anno dal 3,1%."),
    _p("2025-09-05", "Lituania elevó su gasto al 4% este año desde el 3,09%."),
    _p("2025-09-05", "Litauen steigerte seine Ausgaben dieses Jahr auf 4 Prozent von 3,09 "
                     "Prozent."),
    _p("2025-09-05", "Lietuva šiemet padidino išlaidas iki 4 proc. nuo 3,09 proc."),
    _p("2025-09-05", "Latvija šogad palielināja izdevumus līdz 3,73% no 3,36%."),
    _p("2025-09-05", "Eesti tõstis kulud tänavu 3,38%-ni 3,37%-lt."),
    _p("2025-09-05", "Suomi nosti menonsa tänä vuonna 2,77 prosenttiin 2,4 prosentista."),
    _p("2025-09-05", "Slovensko tento rok zvýšilo výdavky na 2,04 % z 1,96 %."),
    _p("2025-09-05", "Литва в этом году увеличила расходы до 4% с 3,09%."),
    _p("2025-09-05", "Литва цього року збільшила витрати до 4% з 3,09%."),
    _p("2025-09-05", "България тази година увеличи разходите до 2,06% от 1,95%."),
    _p("2025-09-05", "Hrvatska je ove godine povećala izdatke na 2,03 posto s 1,87 posto."),
    _p("2025-09-05", "Slovenija je letos povečala izdatke na 2,02 odstotka z 1,37 odstotka."),
    _p("2025-09-05", "Shqipëria i rriti shpenzimet këtë vit në 2,01% nga 1,7%."),
    _p("2025-09-05", "Lithuania to hit 5.5% next year after 4% in 2025"),
    _p("2025-09-05", "Poland: 4.48%. Germany: 2.4%. Spain: 2%. Who pays for Europe's defence?"),
    _p("2025-09-05", "Latvia's defence spending to top 4% in 2026 — from 3.73% now"),
    _p("2025-09-05", "INFOGRAPHIC | Spending as % of GDP, 2025: PL 4.48 | LT 4.00 | LV 3.73 | "
                     "EE 3.38"),
    _p("2025-09-05", "Top five: 1. Poland 4.48% 2. Lithuania 4.00% 3. Latvia 3.73% 4. Estonia "
                     "3.38% 5. Norway 3.35%"),
    _p("2025-09-05", "1) Poland – 4.48%; 2) Lithuania – 4.0%; 3) Latvia – 3.73%."),
    _p("2025-09-05", "Bottom three (% of GDP, 2025e): Belgium 2.0 · Spain 2.0 · Canada 2.01"),
    _p("2025-09-05", "Germany | 2023: 1.61% | 2024: 2.0% | 2025: 2.4%"),
    _p("2025-09-05", "Year  Share\n2023  1.61\n2024  2.00\n2025  2.4 (Germany)"),
    _p("2025-09-05", "Spain would need another 1.5% of GDP to reach 3.5%."),
    _p("2025-09-05", "A 0.6-point rise took Germany to 2.4%."),
    _p("2025-09-05", "Italy will add 0.5% of GDP over three years to reach 2.5%."),
    _p("2025-09-05", "The EU's ReArm Europe plan could free up 1.5% of GDP for defence."),
    _p("2025-09-05", "The EDA puts Lithuania at 3.2% for 2024; NATO at 3.09%."),
    _p("2025-09-05", "Eurostat figures put Latvia's defence spending at 2.5% of GDP in 2023."),
    _p("2025-09-05", "IMF data show Lithuania's GDP at €77 billion, so 4% is about €3.1 "
                     "billion."),
    _p("2025-09-05", "The Bank of Lithuania estimates defence will take 4.2% of GDP next year."),
    _p("2025-09-05", "Finland's statistics office reports defence spending at 1.7% of GDP in "
                     "2024."),
    _p("2025-09-05", "Statistics Finland: general government defence spending was 1.7% of GDP "
                     "in 2024."),
    _p("2025-09-05", "Latvia's Central Statistical Bureau put 2024 defence outlays at 3.1% of "
                     "GDP."),
    _p("2024-05-20", "As Steadfast Defender draws to a close, Swift Response's 2,500 "
                     "paratroopers jumped into Estonia."),
    _p("2023-06-12", "Air Defender 23: 10,000 personnel from 25 nations. Germany alone "
                     "provides 2,000."),
    _p("2023-06-12", "Air Defender follows Arctic Challenge, which involved 150 aircraft and "
                     "3,000 personnel."),
    _p("2024-02-20", "More than 20 nations will send ships to Steadfast Defender."),
    _p("2024-02-20", "Around 30 nations will send aircraft to Steadfast Defender."),
    _p("2024-02-20", "Die Übung Steadfast Defender umfasst 90.000 Soldaten; an Quadriga nehmen "
                     "12.000 Bundeswehrsoldaten teil."),
    _p("2024-02-20", "Ćwiczenia Steadfast Defender obejmują 90 tys. żołnierzy, a Dragon-24 – "
                     "20 tys."),
    _p("2024-02-20", "L'exercice Steadfast Defender mobilise 90 000 soldats ; la France engage "
                     "2 500 hommes."),
    _p("2024-02-20", "Steadfast Defender reúne a 90.000 militares; España aporta 3.000."),
    _p("2024-02-20", "Steadfast Defender coinvolge 90.000 militari; l'Italia partecipa con "
                     "1.000 uomini."),
    _p("2024-02-20", "Pratybose Steadfast Defender dalyvauja 90 000 karių, iš jų Lietuvoje – 3 "
                     "000."),
    _p("2024-02-20", "Harjoitukseen Steadfast Defender osallistuu 90 000 sotilasta, Suomesta 1 "
                     "000."),
    _p("2024-02-20", "В учениях Steadfast Defender участвуют 90 000 военных, из них 20 000 "
                     "британцев."),
    _p("2024-02-20", "У навчаннях Steadfast Defender беруть участь 90 тисяч військових та 50 "
                     "кораблів."),
    _p("2024-02-20", "Учението Steadfast Defender включва 90 000 военни и над 50 кораба."),
    _p("2025-09-05", "Pologne, Lituanie, Lettonie : les trois dépassent 3,5 % du PIB, selon "
                     "l'Otan."),
    _p("2025-09-05", "L'Allemagne consacre 2,4 % de son PIB, soit deux fois moins que la "
                     "Pologne."),
    _p("2025-09-05", "La Lituanie, deuxième derrière la Pologne (4,48 %), consacre 4 %."),
    _p("2025-09-05", "Un cinquième du budget polonais de la défense va au personnel."),
    _p("2025-09-05", "La Finlande consacre 46 % de ses dépenses militaires à l'équipement, "
                     "contre 41 % en 2024."),
    _p("2025-09-05", "Par habitant, la Norvège dépense environ 2 000 euros pour sa défense."),
    _p("2025-09-05", "Le budget des armées pour 2026 atteint 57,1 milliards d'euros, hors "
                     "pensions."),
    _p("2025-09-05", "Selon la loi de programmation militaire, la France atteindra 2 % du PIB "
                     "en 2025."),
    _p("2025-09-05", "En 2024, le Canada a dépensé 1,47 % de son PIB ; pour l'exercice "
                     "2025-2026, Ottawa vise 2 %."),
    _p("2025-09-05", "Das Verteidigungsbudget liegt 2025 bei 62,4 Milliarden Euro, die "
                     "NATO-Quote bei 2,4 Prozent."),
    _p("2025-09-05", "Ein Fünftel der polnischen Verteidigungsausgaben fließt in Personal."),
    _p("2025-09-05", "Pro Soldat gibt Polen rund 150.000 Dollar aus."),
    _p("2025-09-05", "Litauen gibt mit 4 Prozent doppelt so viel aus wie Belgien."),
    _p("2025-09-05", "Die Lücke zwischen Polen und Deutschland beträgt gut zwei Prozentpunkte."),
    _p("2025-09-05", "Nach Berechnungen des IW Köln liegt Deutschland 2024 nur bei 1,7 Prozent."),
    _p("2025-09-05", "Laut Eurostat gab Deutschland 2023 nur 1,2 Prozent seines BIP für "
                     "Verteidigung aus."),
    _p("2025-09-05", "Der Bundeshaushalt 2025 sieht 62,4 Milliarden Euro für Verteidigung vor."),
    _p("2025-09-05", "Polonia gasta el doble que Alemania en proporción a su PIB."),
    _p("2025-09-05", "Un quinto del gasto de Defensa español se va en personal."),
    _p("2025-09-05", "Según el Instituto Elcano, España gastó el 1,3% del PIB en 2024."),
    _p("2025-09-05", "Los Presupuestos de 2023 prorrogados asignan a Defensa 13.000 millones."),
    _p("2025-09-05", "Por habitante, España gasta unos 400 euros en defensa."),
    _p("2025-09-05", "Con el 2%, España está a 2,48 puntos de Polonia."),
    _p("2025-09-05", "Secondo l'Osservatorio Milex, l'Italia spende l'1,6% del Pil."),
    _p("2025-09-05", "Un quinto della spesa militare italiana va in armamenti."),
    _p("2025-09-05", "Il bilancio della Difesa per il 2025 è di 31,3 miliardi di euro."),
    _p("2025-09-05", "L'Italia è al 2,01%, ma senza le pensioni sarebbe all'1,6%."),
    _p("2025-09-05", "Polska wydaje dwa razy więcej niż Niemcy w relacji do PKB."),
    _p("2025-09-05", "Jedna piąta budżetu MON idzie na wynagrodzenia."),
    _p("2025-09-05", "Według SIPRI Polska wydała w ubiegłym roku 4,2 proc. PKB."),
    _p("2025-09-05", "Budżet MON na 2025 r. to 4,7 proc. PKB, NATO liczy 4,48 proc."),
    _p("2025-09-05", "Na jednego mieszkańca Polska wydaje ok. 4 tys. zł na obronę."),
    _p("2025-09-05", "Polska ma 216 tys. żołnierzy, wliczając WOT."),
    _p("2025-09-05", "Wojsko Polskie liczy dziś ok. 200 tys. żołnierzy zawodowych i 40 tys. "
                     "terytorialsów."),
    _p("2025-09-05", "Armia niemiecka ma 182 tys. żołnierzy."),
    _p("2025-09-05", "Lietuvos kariuomenė turi apie 17 000 profesionalių karių ir 4 000 "
                     "šauktinių."),
    _p("2025-09-05", "Latvijas armijā dien 9000 karavīru, plus Zemessardzē 10 000."),
    _p("2025-09-05", "Eesti kaitseväes on 4000 elukutselist kaitseväelast."),
    _p("2025-09-05", "Suomen puolustusvoimien sodan ajan vahvuus on 280 000 sotilasta."),
    _p("2025-09-05", "Slovenská armáda má 13 000 vojakov."),
    _p("2025-09-05", "Bundeswehr ima okoli 182.000 vojakov."),
    _p("2025-09-05", "Hrvatska vojska broji 15.000 djelatnih vojnika."),
    _p("2025-09-05", "Българската армия наброява 37 000 души."),
    _p("2025-09-05", "ВСУ насчитывают около 900 000 военнослужащих."),
    _p("2025-09-05", "Збройні сили Польщі налічують 216 тисяч військових."),
    _p("2025-09-05", "Ushtria shqiptare ka rreth 7 500 ushtarë."),
    _p("2025-09-05", "Die Niederlande geben 2,49 Prozent aus. Der südliche Nachbar liegt bei "
                     "2,0 Prozent."),
    _p("2025-09-05", "L'Espagne consacre 2 %. Son voisin portugais est à 1,6 %."),
    _p("2025-09-05", "L'Espagne consacre 2 %. Son voisin du nord dépense 2,05 %."),
    _p("2025-09-05", "Polska wydaje 4,48 proc. PKB. Nasz zachodni sąsiad – 2,4 proc."),
    _p("2025-09-05", "Lietuva skiria 4 proc. BVP. Šiaurės kaimynė Latvija – 3,73 proc."),
    _p("2025-09-05", "Lietuva skiria 4 proc. BVP. Šiaurės kaimynė – 3,73 proc."),
    _p("2025-09-05", "Suomi käyttää 2,77 prosenttia. Länsinaapuri käyttää 2,8 prosenttia."),
    _p("2025-09-05", "Eesti kulutab 3,38%. Lõunanaaber kulutab 3,73%."),
    _p("2025-09-05", "Польша тратит 4,48% ВВП. Ее западный сосед – 2,4%."),
    _p("2025-09-05", "Slovensko dáva 2,04 %. Jeho južný sused 2,2 %."),
    _p("2025-09-05", "Military spending as % of GDP, 2024: Germany 1.9, France 2.1, Poland "
                     "4.2\nSource: SIPRI"),
    _p("2025-09-05", "Germany: 1.9% (2024)\nSource: SIPRI Military Expenditure Database"),
    _p("2025-09-05", "SIPRI's Germany figure for 2024 is 1.9% of GDP."),
    _p("2025-09-05", "The Stockholm International Peace Research Institute's data put Germany "
                     "at 1.9% in 2024."),
    _p("2025-09-05", "A new SIPRI report puts Germany at 1.9% in 2024."),
    _p("2025-09-05", "Germany's military spending was 1.9% of GDP in 2024, SIPRI's annual "
                     "report found."),
    _p("2025-09-05", "The IW economic institute puts Germany at 1.9% in 2024."),
    _p("2025-09-05", "Germany spent 1.9% in 2024, said Christian Mölling of the DGAP think "
                     "tank."),
    _p("2026-07-10", "Norway: 3.2% (NATO, 2026e); 3.35% (2025)."),
    _p("2026-07-10", "The UK is at 2.56% this year, per NATO, up from 2.32%."),
    _p("2026-07-10", "Britain will spend 2.6% of GDP from April 2027, up from 2.3% today."),
    _p("2026-07-10", "Were it not for pensions, Italy would spend only 1.6%."),
    _p("2026-07-10", "Excluding Ukraine aid, Denmark's share would be 2.4%."),
    _p("2025-09-05", "Stripping out pensions, Italy's 2.01% falls to 1.6%."),
    _p("2025-09-05", "Had Spain not reclassified spending, it would be at 1.5%, not 2%."),
    _p("2025-09-05", "Germany's core budget alone equals 1.4% of GDP."),
    _p("2025-09-05", "US national defense outlays were 3% of GDP in fiscal 2024."),
    _p("2025-09-05", "Australia's defence budget is 2.0% of GDP in 2025-26."),
    _p("2025-09-05", "In 2024/25, British defence spending was £60bn."),
    _p("2025-09-05", "Britain's defence budget for 2025-26 is £62.2 billion, or 2.3% of GDP."),
]

PROBES_ROUND3 = ENGLISH_ROUND3 + OTHER_LANGUAGES_ROUND3
