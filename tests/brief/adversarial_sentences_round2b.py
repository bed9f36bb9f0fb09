"""Invented news sentences of round two, second part (issue 9): see
:mod:`tests.brief.adversarial_sentences_round2` for their form and meaning.

``ENGLISH_ROUND2B``: two NATO releases or two years in one sentence or two, a release quoted
before its revision, other bodies' and governments' figures beside NATO's, counterfactuals ("if
every ally spent", "without the special fund"), budgets against NATO-defined expenditure,
per-capita figures, counts at other thresholds than 2%, personnel against reservists and
conscripts, parts of an exercise, and lists written one item a line, numbered or dashed.
``OTHER_LANGUAGES_ROUND2B``: the same kinds in French, German, Spanish, Italian, Polish, Dutch,
Portuguese, Romanian, Swedish, Danish, Norwegian, Turkish, Greek, Hungarian and Czech.
"""

from __future__ import annotations

from tests.brief.adversarial_sentences import older_release as _older
from tests.brief.adversarial_sentences import probe as _p

ENGLISH_ROUND2B = [
    _older("2025-09-04", "In June 2024 NATO estimated Germany would reach 2.12% that year; its "
                         "August figure is 2.0%.", "2.12%"),
    _p("2025-09-04", "Germany's spending came to 2.1% of GDP in 2024 by Berlin's count and 2.0% "
                     "by NATO's."),
    _p("2025-09-04", "Lithuania spends 4% of GDP this year, or about €1,200 per inhabitant."),
    _p("2024-06-21", "Defence spending 2024 (US$, current prices)\nUnited States – $968bn\n"
                     "Germany – $98bn\nUnited Kingdom – $82bn\nFrance – $64bn"),
    _p("2025-09-04", "All but one of the 32 allies now meet the 2% guideline."),
    _p("2025-09-04", "Three allies spend more than 3.5%: Poland, Lithuania and Latvia."),
    _p("2025-09-04", "Eight allies now spend more than 3% of GDP on defence."),
    _p("2025-09-04", "Five allies spend at least 2.5% of GDP, the rest less."),
    _p("2024-06-21", "Sixteen allies spend at least 20% of their budgets on equipment."),
    _p("2025-09-04", "Finland's wartime strength is 280,000 troops, with 870,000 reservists."),
    _p("2025-09-04", "Sweden trains about 8,000 conscripts a year."),
    _p("2024-02-15", "The naval phase of Steadfast Defender involves 20 ships in the North Sea."),
    _p("2024-02-15", "More than 40 aircraft from the Luftwaffe take part in Steadfast Defender."),
    _p("2024-02-15", "The Dutch send 1,500 troops and 300 vehicles to Steadfast Defender."),
    _p("2025-09-04", "The IMF expects Polish GDP to grow 3.2% this year, while defence takes "
                     "4.48%."),
    _p("2025-09-04", "Had Spain spent 2% since 2014, it would have invested €80 billion more."),
    _p("2024-06-21", "If Italy counted its coast guard, its share would rise to 1.6% of GDP."),
    _p("2024-06-21", "Without the special fund, Germany would spend only 1.5% of GDP in 2024."),
    _p("2024-06-21", "Excluding pensions, Italy's spending would be 1.3% of GDP."),
    _p("2024-06-21", "In real terms, spending across the alliance will rise 10.9% this year."),
    _p("2024-06-21", "European allies and Canada will spend €470 billion this year."),
    _p("2024-06-21", "Germany will spend €90 billion on defence this year."),
    _p("2024-06-21", "In 2015 prices, Germany spends about $70 billion."),
    _p("2024-06-21", "Poland's defence spending per capita is now over $900."),
    _p("2025-07-01", "Allies agreed to 3.5% for core defence by 2035; Poland already spends "
                     "4.48% of GDP."),
    _p("2025-07-01", "Poland wants its border shield counted among the 1.5% for resilience."),
    _p("2025-06-25", "The summit brought together 32 allies and four Indo-Pacific partners."),
    _p("2025-04-25", "Of the 32 allies, 22 met the target in 2024, according to the annual "
                     "report."),
    _p("2024-06-21", "Of the allies at 2%, eight are former Warsaw Pact members."),
    _p("2024-06-21", "Twenty-three allies will meet 2% this year, up from just six in 2021."),
    _p("2025-09-04", "Germany is one of 18 allies that were above 2% in 2024, NATO data show."),
    _p("2025-09-04", "Belgium plans €4 billion more a year to reach 2%, which NATO now puts at "
                     "2.0%."),
    _p("2026-07-09", "Denmark now spends 3.5% of GDP, Norway 3.2% and Finland 2.6%."),
    _p("2026-07-09", "Denmark's defence spending reached $17.6 billion this year."),
    _p("2026-07-09", "Norway will spend about 200 billion kroner on defence this year."),
    _p("2023-07-08", "Only 11 of the 31 allies will meet the target this year, NATO says."),
    _p("2023-07-08", "The US spends 3.49% of GDP, Britain 2.07% and France 1.9%."),
    _p("2023-07-08", "Poland leads with 3.9%, ahead of the US at 3.49% and Greece at 3.01%."),
    _p("2024-02-15", "Eighteen allies will spend 2% this year, Stoltenberg said, compared with "
                     "three a decade ago."),
    _p("2024-02-15", "European allies will invest $380 billion this year, 2% of their combined "
                     "GDP."),
    _p("2024-06-21", "NATO allies will spend $1.47 trillion this year, 2.71% of their combined "
                     "GDP."),
    _p("2025-09-04", "Combined, the allies now spend 2.76% of their GDP on defence."),
    _p("2025-09-04", "Europe and Canada spend 2.27% of their combined GDP this year."),
    _p("2024-06-21", "Of Germany's €90.6 billion, €19.8 billion comes from the special fund."),
    _p("2024-06-21", "Germany has 181,500 active soldiers and 185,641 personnel in NATO's "
                     "count."),
    _p("2025-09-04", "Türkiye, with 494,000 personnel, has NATO's second-largest armed forces."),
    _p("2025-09-04", "Estonia will spend 5.4% of GDP next year, the government said."),
    _p("2025-09-04", "Latvia: 3.73% this year, and 5% planned for 2026."),
    _p("2025-09-04", "Poland (4.48%), Lithuania (4%), Latvia (3.73%) and Estonia (3.38%) lead; "
                     "Spain (2%) trails."),
    _p("2025-09-04", "Poland to hit 5% next year"),
    _p("2025-09-04", "NATO: 31 allies now at 2%"),
    _p("2025-09-04", "Spain's share rose 0.57 points to 2% this year."),
    _p("2025-09-04", "Lithuania spends between 3.5% and 4% of GDP."),
    _p("2025-09-04", "Almost 4% of Lithuania's GDP now goes to defence."),
    _p("2025-09-04", "Nineteen allies, not 18, met the target in 2024, NATO later said."),
    _older("2025-09-04", "The 23 allies once expected to meet the target in 2024 turned out to "
                         "be 18.", "23 allies"),
    _older("2024-06-21", "The number of allies at 2% rose to 23 from 11 a year earlier.", "11"),
    _p("2024-02-15", "Steadfast Defender will see 90,000 troops from 32 nations, some 1,100 "
                     "combat vehicles, including 133 tanks, and more than 50 ships."),
    _p("2023-10-01", "Trident Juncture 2018 gathered 50,000 troops from 31 countries."),
    _p("2024-06-21", "Britain will spend £64.6 billion on defence in 2024-25, or 2.3% of GDP."),
    _p("2024-06-21", "The US spends 3.38% of GDP, roughly $968 billion, on defence."),
    _p("2024-06-21", "NATO's 32 allies spend a combined $1.47 trillion, more than half of the "
                     "world's total."),
    _p("2024-06-21", "The United States accounts for about two-thirds of allied spending."),
    _p("2025-09-04", "In dollar terms, Germany is Europe's largest spender, ahead of Britain and "
                     "France."),
    _p("2025-09-04", "Europe's spending will double to $1 trillion by 2035 if the 5% target is "
                     "met."),
    _p("2025-09-04", "At 5% of GDP, the US would spend $1.5 trillion a year."),
    _p("2025-09-04", "The 3.5% core target alone means an extra $300 billion a year for "
                     "European allies."),
    _p("2025-09-04", "Germany's core defence spending is set to reach 3.5% by 2029, five years "
                     "ahead of the deadline."),
    _p("2025-09-04", "Poland counts 216,000 troops today and aims for 500,000 including "
                     "reservists."),
    _p("2025-09-04", "Lithuania's 19,500 personnel include 4,000 conscripts."),
    _p("2025-09-04", "Some 8,000 German soldiers are stationed abroad, 1,000 of them in "
                     "Lithuania."),
    _p("2025-09-04", "Romania's 69,000 personnel are to grow by 10,000 by 2030."),
    _p("2024-06-21", "Of NATO's roughly 3.4 million active personnel, 1.3 million are "
                     "American."),
    _p("2024-06-21", "Estonia spends about $1,400 per person on defence, Latvia $760."),
    _p("2024-06-21", "Defence accounts for 10% of Poland's state budget this year."),
    _p("2024-06-21", "Defence and security spending, including police, reaches 3% of GDP in "
                     "Greece."),
    _p("2024-06-21", "Germany's defence budget is €52 billion, but its NATO-reported spending "
                     "is €90.6 billion."),
    _p("2025-09-04", "Belgium's defence budget doubles to €8.4 billion, about 2% of GDP."),
    _p("2024-06-21", "In 2014, Poland spent 1.88% and Lithuania 0.88% of GDP."),
    _p("2024-06-21", "A decade ago, only the US, Britain and Greece met the target."),
    _p("2024-06-21", "European allies' spending was 1.47% of GDP in 2014 and reaches 2% this "
                     "year."),
    _p("2025-09-04", "Canada, at 2.01%, reaches the target for the first time since 1989."),
    _p("2025-09-04", "The alliance average is 2.76% of GDP, but only 2.27% without the US."),
    _p("2025-09-04", "Median spending among allies is around 2.3% of GDP."),
    _p("2025-09-04", "Estonia, at 3.38%, now trails Latvia at 3.73%."),
    _p("2024-06-21", "Poland - 4.12%\nEstonia - 3.43%\nUS - 3.38%\nLatvia - 3.15%\n"
                     "Greece - 3.08%"),
    _p("2024-06-21", "1. Poland: 4.12%\n2. Estonia: 3.43%\n3. United States: 3.38%"),
    _p("2024-06-21", "Poland 4.1, Estonia 3.4, US 3.4, Latvia 3.2, Greece 3.1 (% of GDP)"),
    _p("2024-06-21", "Greece (3.08%) and Finland (2.41%) are also above the line."),
    _p("2024-06-21", "Among laggards: Spain 1.28%, Belgium 1.30%, Luxembourg 1.29%, Slovenia "
                     "1.29%."),
    _p("2025-09-04", "NATO published its new estimates on Thursday. Spain says it will spend "
                     "2.1% next year."),
    _p("2025-09-04", "NATO's figures put Germany at 2.0% in 2024. Berlin expects 2.4% this year "
                     "and 3.5% by 2029."),
    _p("2025-09-04", "NATO says Poland spends 4.48% this year. The government's own budget "
                     "shows 4.7%."),
    _p("2025-09-04", "According to NATO, Lithuania will spend 4% this year. Vilnius plans 5.4% "
                     "in 2026."),
    _p("2026-01-20", "Germany spent 2.4% of GDP last year, the finance ministry estimates."),
    _p("2026-01-20", "NATO's latest estimate for Poland, 4.48% in 2025, may be revised."),
    _p("2026-04-02", "NATO's annual report puts Poland's 2025 spending at 4.3%, below the 4.48% "
                     "estimated last August."),
    _p("2026-04-02", "The annual report says 31 allies met the guideline in 2025."),
    _p("2026-07-09", "Denmark will spend 3.5% this year; last year it spent 3.3%."),
    _p("2026-07-09", "The UK will spend 2.56% of GDP this year, up from 2.32% last year."),
    _p("2026-07-09", "Sweden: 3.22% in 2026, from 2.5% in 2025."),
    _p("2026-07-09", "Norway, Sweden and Denmark together spend around $61 billion this year."),
    _p("2026-07-09", "US defence spending will exceed $1 trillion this year, NATO estimates."),
    _p("2025-09-04", "Spending rose 15.9% in Europe and Canada this year, after 19.4% last "
                     "year, by NATO's reckoning."),
    _p("2025-04-25", "The annual report says European allies and Canada increased spending by "
                     "19.4% in 2024, to $485 billion."),
    _p("2025-04-25", "The US accounted for 64% of allied spending in 2024, down from 72% a "
                     "decade ago."),
    _p("2025-09-04", "The US share of allied spending fell to 60% this year."),
    _p("2025-09-04", "Defence spending in the US, $845 billion this year, dwarfs Europe's."),
    _p("2025-09-04", "Washington spends about $845 billion, NATO estimates, while the Pentagon "
                     "budget request is $850 billion."),
    _p("2024-06-21", "Germany will reach 2.12% this year, the first time since 1992 that it "
                     "meets the target."),
    _p("2024-06-21", "Britain, which spent 2.5% of GDP in 2010, now spends 2.33%."),
    _p("2024-06-21", "France spent 1.82% of GDP in 2014, a figure that has risen to 2.06%."),
    _p("2024-06-21", "Compared with 2023, when it spent 1.64%, Germany's share rose to 2.12%."),
    _p("2024-06-21", "Its share has more than doubled since 2014, to 2.85%, Lithuania said."),
    _p("2024-06-21", "Spain remains last at 1.28%, a long way from the 2% that 23 allies reach."),
    _p("2024-06-21", "At 1.28%, Spain spends less than half of Poland's 4.12%."),
    _p("2024-06-21", "Poland spends nearly four times as much as Spain as a share of GDP."),
    _p("2024-06-21", "Poland's 4.12% is triple Belgium's 1.3%."),
    _p("2025-09-04", "Eleven allies now spend at least 2.5% of GDP, and 3 more than 3.5%."),
]

OTHER_LANGUAGES_ROUND2B = [
    _p("2025-09-04", "Sur les 31 alliés au-dessus de 2 %, huit dépassent les 3 %."),
    _p("2025-09-04", "Huit alliés consacrent désormais plus de 3 % de leur PIB à la défense."),
    _p("2025-06-26", "Si la France devait consacrer 3,5 % de son PIB à sa défense, il faudrait "
                     "30 milliards de plus."),
    _p("2025-09-04", "Hors pensions, l'effort de défense français serait de 1,7 % du PIB."),
    _p("2024-06-21", "Ohne Sondervermögen läge die Quote 2024 bei nur 1,5 Prozent."),
    _p("2025-09-04", "Acht Verbündete geben inzwischen mehr als 3 Prozent des BIP aus."),
    _p("2025-09-04", "Finnland kann im Kriegsfall 280.000 Soldaten mobilisieren."),
    _p("2025-09-04", "Sin contar las pensiones, España gastaría el 1,1% del PIB."),
    _p("2025-09-04", "Ocho aliados superan ya el 3% del PIB en defensa."),
    _p("2025-09-04", "Senza le pensioni dei carabinieri, la spesa italiana sarebbe all'1,5% del "
                     "Pil."),
    _p("2025-09-04", "Otto alleati spendono ormai più del 3% del Pil per la difesa."),
    _p("2025-09-04", "Osiem państw sojuszu wydaje już ponad 3 proc. PKB na obronność."),
    _p("2025-09-04", "Polska armia liczy dziś ok. 200 tys. żołnierzy, a z WOT 240 tys."),
    _p("2025-09-04", "Acht bondgenoten geven inmiddels meer dan 3 procent van het bbp uit."),
    _p("2025-09-04", "Oito aliados já gastam mais de 3% do PIB em defesa."),
    _p("2025-09-04", "Opt aliați cheltuiesc deja peste 3% din PIB pentru apărare."),
    _p("2025-09-04", "Sekiz müttefik artık GSYH'nin yüzde 3'ünden fazlasını savunmaya "
                     "harcıyor."),
    _p("2025-09-04", "Οκτώ σύμμαχοι δαπανούν πλέον πάνω από το 3% του ΑΕΠ για την άμυνα."),
    _p("2025-09-04", "Nyolc szövetséges már a GDP 3 százalékánál többet költ védelemre."),
    _p("2025-09-04", "Osm spojenců už vydává na obranu více než 3 procenta HDP."),
    _p("2025-09-04", "Åtta allierade lägger nu mer än 3 procent av BNP på försvar."),
    _p("2025-09-04", "Otte allierede bruger nu over 3 procent af BNP på forsvar."),
    _p("2025-09-04", "Forsvarsutgifter i prosent av BNP i år:\nNorge: 3,35\nDanmark: 3,22\n"
                     "Sverige: 2,51"),
    _p("2025-09-04", "La Pologne dépense 38 milliards d'euros, soit 4,48 % de son PIB."),
    _p("2024-06-21", "In Preisen von 2015 gab Deutschland 2024 rund 75 Milliarden Dollar aus."),
    _p("2025-09-04", "En euros constantes, el gasto español creció un 8% en 2024."),
    _p("2025-09-04", "Pro Einwohner gibt Norwegen rund 3.000 Euro für Verteidigung aus."),
    _p("2025-09-04", "Polska wydaje na obronność 4,48 proc. PKB, a Niemcy 2,4 proc. według "
                     "rządu w Berlinie."),
    _p("2025-06-26", "Gli alleati si impegnano al 5% entro il 2035: 3,5% per la difesa in senso "
                     "stretto e 1,5% per la sicurezza."),
    _p("2025-06-26", "Die Verbündeten sagen 5 Prozent bis 2035 zu, davon 3,5 Prozent für die "
                     "Kernverteidigung."),
    _p("2025-06-26", "Los aliados se comprometen al 5% en 2035, con un 3,5% para defensa pura "
                     "y un 1,5% para seguridad."),
    _p("2025-06-26", "Sojusznicy zobowiązali się do 5 proc. PKB do 2035 r., w tym 3,5 proc. na "
                     "obronę."),
    _p("2024-06-21", "Von 2014 bis 2024 stieg die Zahl der Staaten über 2 Prozent von drei auf "
                     "23."),
    _p("2024-06-21", "En 2014, seuls trois alliés atteignaient 2 %; ils sont 23 cette année."),
    _p("2024-06-21", "W 2014 r. cel osiągały tylko trzy państwa, w tym roku 23."),
    _p("2025-09-04", "Η Ελλάδα από 2,74% το 2024 ανεβαίνει στο 2,85% φέτος."),
    _p("2025-09-04", "Magyarország tavaly 2,13, idén 2,06 százalékot költött."),
    _p("2025-09-04", "Česko loni vydalo 2,08 procenta HDP, letos 2 procenta."),
    _p("2025-09-04", "Türkiye geçen yıl yüzde 2,13, bu yıl yüzde 2,33 harcadı."),
    _p("2025-09-04", "Portugal gastou 1,58% no ano passado e 2% este ano."),
    _p("2025-09-04", "România a cheltuit anul trecut 2,17% din PIB, iar anul acesta 2,28%."),
    _p("2025-09-04", "Nederland besteedde vorig jaar 2,0 procent en dit jaar 2,49 procent."),
    _p("2025-09-04", "L'Italia ha speso l'anno scorso l'1,5% e quest'anno il 2,01% del Pil."),
    _p("2025-09-04", "España gastó el año pasado el 1,43% y este año el 2% del PIB."),
    _p("2025-09-04", "Deutschland gab im vergangenen Jahr 2,0 Prozent aus, dieses Jahr sollen es "
                     "2,4 Prozent sein."),
    _p("2025-09-04", "La France a dépensé 2,03 % l'an dernier et 2,05 % cette année."),
    _p("2024-06-21", "Pologne : 4,12 %\nEstonie : 3,43 %\nÉtats-Unis : 3,38 %"),
    _p("2024-06-21", "1. Polen – 4,12 %\n2. Estland – 3,43 %\n3. USA – 3,38 %"),
    _p("2024-06-21", "Spanien (1,28 %), Belgien (1,30 %) und Luxemburg (1,29 %) sind "
                     "Schlusslichter."),
    _p("2024-06-21", "Polonia, 4,12%; Estonia, 3,43%; Estados Unidos, 3,38%."),
    _p("2024-06-21", "Polonia 4,12%, Estonia 3,43%, Stati Uniti 3,38%: è la classifica Nato."),
    _p("2024-06-21", "Polska – 4,12 proc., Estonia – 3,43 proc., USA – 3,38 proc."),
    _p("2024-06-21", "Polen 4,12 procent, Estland 3,43 procent, VS 3,38 procent."),
    _p("2024-06-21", "Polónia (4,12%), Estónia (3,43%) e EUA (3,38%) lideram."),
    _p("2024-06-21", "Polonia (4,12%), Estonia (3,43%) și SUA (3,38%) conduc clasamentul."),
    _p("2024-06-21", "Polonya yüzde 4,12, Estonya yüzde 3,43, ABD yüzde 3,38 ile ilk üçte."),
    _p("2024-06-21", "Πολωνία 4,12%, Εσθονία 3,43%, ΗΠΑ 3,38%."),
    _p("2024-06-21", "Lengyelország 4,12, Észtország 3,43, az USA 3,38 százalékkal vezet."),
    _p("2024-06-21", "Polsko 4,12 %, Estonsko 3,43 %, USA 3,38 %."),
    _p("2024-06-21", "Polen 4,12 procent, Estland 3,43 procent och USA 3,38 procent."),
    _p("2025-09-04", "Le budget des armées (50,5 milliards d'euros) ne couvre pas tout l'effort "
                     "de défense au sens de l'Otan."),
    _p("2025-09-04", "Der Einzelplan 14 umfasst 62 Milliarden Euro, die Nato-Quote liegt höher."),
    _p("2025-09-04", "El presupuesto del Ministerio de Defensa es de 14.000 millones, pero el "
                     "gasto total en defensa llega a 33.000 millones."),
    _p("2025-09-04", "Il bilancio della Difesa vale 31 miliardi, ma la spesa Nato sfiora i 45."),
    _p("2025-09-04", "Budżet MON to 160 mld zł, a całe wydatki obronne 186 mld zł."),
    _p("2025-09-04", "La Grèce consacre 2,85 % de son PIB à la défense et à la sécurité, police "
                     "comprise."),
    _p("2025-09-04", "Pro Kopf liegt Estland mit rund 1.100 Euro weit vor Deutschland."),
    _p("2025-09-04", "Si todos los aliados europeos gastaran el 3,5%, sumarían 800.000 millones "
                     "al año."),
    _p("2025-09-04", "Se tutti gli alleati spendessero il 2%, la Nato avrebbe 40 miliardi in più."),
    _p("2025-09-04", "Als alle bondgenoten 2 procent zouden uitgeven, kwam er 40 miljard bij."),
    _p("2025-09-04", "Dacă toate statele ar cheltui 3,5%, bugetul NATO ar crește cu o treime."),
    _p("2025-09-04", "Tüm müttefikler yüzde 3,5 harcasaydı, bütçe 300 milyar dolar artardı."),
    _p("2025-09-04", "Jeśli wszyscy sojusznicy wydadzą 3,5 proc., Europa zyska 300 mld euro."),
    _p("2025-09-04", "Kdyby všichni spojenci dávali 3,5 procenta, Evropa by získala 300 miliard "
                     "eur."),
    _p("2025-09-04", "Ha minden szövetséges 3,5 százalékot költene, Európa 300 milliárdot "
                     "nyerne."),
    _p("2025-09-04", "Αν όλοι οι σύμμαχοι δαπανούσαν 3,5%, η Ευρώπη θα είχε 300 δισ. περισσότερα."),
    _p("2025-09-04", "Om alla allierade lade 3,5 procent skulle Europa få 300 miljarder mer."),
    _p("2025-09-04", "Hvis alle allierede brugte 3,5 procent, ville Europa få 300 milliarder "
                     "mere."),
    _p("2025-09-04", "Se todos os aliados gastassem 3,5%, a Europa teria mais 300 mil milhões."),
    _p("2025-09-04", "L'Otan a publié ses chiffres jeudi. L'Espagne dit qu'elle dépensera 2,1 % "
                     "l'an prochain."),
    _p("2025-09-04", "Selon l'Otan, l'Allemagne était à 2 % en 2024. Berlin prévoit 2,4 % "
                     "cette année."),
    _p("2025-09-04", "Laut Nato liegt Polen bei 4,48 Prozent. Der eigene Haushalt weist 4,7 "
                     "Prozent aus."),
    _p("2025-09-04", "Según la OTAN, Lituania gastará el 4%. Vilna prevé el 5,4% en 2026."),
    _p("2026-04-02", "Selon le rapport annuel, la Pologne a consacré 4,3 % de son PIB en 2025, "
                     "contre 4,48 % estimés en août."),
    _p("2026-07-09", "Danmark bruger 3,5 procent i år mod 3,3 procent sidste år."),
    _p("2026-07-09", "Storbritannien bruger 2,56 procent i år."),
    _p("2026-07-09", "Sverige lägger 3,22 procent av BNP på försvar i år, mot 2,5 procent i "
                     "fjol."),
    _p("2026-07-09", "Norge bruker 3,2 prosent av BNP på forsvar i år."),
    _p("2024-06-21", "Rispetto al 2023, quando spendeva l'1,64%, la Germania sale al 2,12%."),
    _p("2024-06-21", "Im Vergleich zu 2023, als es 1,64 Prozent waren, steigt die Quote auf 2,12 "
                     "Prozent."),
    _p("2024-06-21", "Con l'1,28%, la Spagna spende meno della metà del 4,12% polacco."),
    _p("2024-06-21", "Met 1,28 procent geeft Spanje minder dan de helft uit van Polen."),
    _p("2024-06-21", "Hiszpania z 1,28 proc. wydaje mniej niż jedna trzecia Polski."),
    _p("2024-06-21", "Espanha, com 1,28%, gasta menos de um terço da Polónia."),
    _p("2024-06-21", "Spania, cu 1,28%, cheltuie mai puțin de o treime din cât alocă Polonia."),
    _p("2024-06-21", "İspanya yüzde 1,28 ile Polonya'nın üçte birinden az harcıyor."),
]

PROBES_ROUND2B = ENGLISH_ROUND2B + OTHER_LANGUAGES_ROUND2B
