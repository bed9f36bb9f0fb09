"""Invented news sentences of round four (issue 9): see
:mod:`tests.brief.adversarial_sentences` for their form and meaning.

``ENGLISH_ROUND4``: outlets', banks' and think tanks' own calculations and re-estimates ("by our
count", "Reuters calculated", "according to a Bloomberg analysis of NATO data"), conversions
between currencies in every direction and restatements in today's money or a year's prices,
per-capita figures, pronouns and definite descriptions after a paragraph break ("It", "The
country", "The figure", "That"), parts against wholes in budgets and exercises ("of which",
"including", "excluding pensions", one service, one programme), and year words ("last year" early
in a year, "this fiscal", "the current budget cycle", "by the end of the decade", "over the next
five years", "a year earlier").
``OTHER_LANGUAGES_ROUND4``: the same kinds in Dutch, Portuguese, Spanish, Greek, Turkish,
Romanian, Czech, Hungarian, Norwegian, Danish, Swedish, Icelandic, Italian and Polish, with owners
named by their adjective.
"""

from __future__ import annotations

from tests.brief.adversarial_sentences import older_release as _older
from tests.brief.adversarial_sentences import probe as _p

OWN_CALCULATIONS = [
    _p("2025-01-20", "Germany spent about 2.3% of GDP on defence in 2024, Reuters calculated "
                     "from budget documents."),
    _p("2025-03-10", "By our count, Italy spent 1.6% of its economic output on the armed forces "
                     "last year."),
    _p("2025-02-14", "According to a Bloomberg analysis of NATO data, European allies raised "
                     "spending by 17% in 2024."),
    _p("2025-03-03", "Goldman Sachs estimates that German defence spending will reach 3% of GDP "
                     "by 2027."),
    _p("2025-01-28", "Goldman Sachs economists estimate Germany spent 2.2% of GDP on defence in "
                     "2024."),
    _p("2024-11-18", "The Kiel Institute re-estimates Germany's 2024 outlays at 1.7% of GDP once "
                     "pensions are stripped out."),
    _p("2024-10-02", "Bruegel puts France's 2024 defence effort at 1.9% of GDP."),
    _p("2025-02-02", "An FT analysis found Britain spent 2.1% of GDP on defence in 2024."),
    _p("2025-02-20", "Our own calculation, based on budget documents, puts Spain at 1.4% of GDP "
                     "last year."),
    _p("2024-12-09", "JPMorgan analysts reckon European members spent $470 billion on defence in "
                     "2024."),
    _p("2024-11-25", "The Economist's tally suggests Poland spent 4.2% of GDP in 2024."),
    _p("2025-05-06", "Morgan Stanley expects euro-area defence spending to climb to 2.5% of GDP "
                     "by 2027."),
    _p("2025-01-09", "Calculations by The Telegraph put British spending at 2.05% of GDP in "
                     "2024."),
    _p("2024-12-15", "Le Monde's own reckoning puts France at 2.1% of GDP this year."),
    _p("2025-03-18", "A Politico review of budget papers shows the Netherlands spent 1.9% of GDP "
                     "in 2024."),
    _p("2025-04-11", "Analysts at Deutsche Bank calculate Germany would need €140 billion a year "
                     "to hit 3.5%."),
    _p("2025-06-02", "UBS estimates that Europe must find an extra €250 billion a year."),
    _p("2024-08-30", "Counting only the core budget, Handelsblatt arrives at 1.6% of GDP for "
                     "Germany this year."),
    _p("2025-02-25", "Reuters' tally of government figures shows Norway at 2.1% of GDP in 2024."),
    _p("2025-10-15", "Using NATO's own method, the think tank reckons Spain really spent 1.3% "
                     "of GDP in 2025."),
    _p("2025-09-10", "A CSIS re-estimate puts Canada's 2025 spending at 1.8% of GDP, not 2%."),
    _p("2025-11-04", "The RUSI calculation, which excludes Ukraine aid, leaves Britain at 2.2% of "
                     "GDP this year."),
    _p("2024-09-12", "By Rabobank's reckoning, Dutch defence spending will be 2.2% of GDP in "
                     "2025."),
    _p("2025-06-18", "Capital Economics calculates that NATO Europe spent $500 billion in 2024."),
    _p("2024-12-05", "An analysis by this newspaper shows Poland spent 186 billion zloty in "
                     "2024."),
    _p("2025-03-12", "Sweden spent 2.2% of GDP on defence last year, according to figures "
                     "compiled by Dagens Nyheter."),
]

CONVERSIONS = [
    _p("2024-03-07", "Britain will spend £64.6 billion ($82 billion) on defence in 2024-25."),
    _p("2024-03-07", "Britain's £64.6 billion budget, about $80 billion at today's rates, is "
                     "Europe's largest."),
    _p("2024-10-01", "Poland's defence budget of 159 billion zloty (about €37 billion) is the "
                     "largest in its history."),
    _p("2024-10-01", "Warsaw plans to spend zł187 billion, roughly €43 billion, next year."),
    _p("2024-07-15", "Germany spent €90.6 billion, roughly $98 billion, on defence this year, by "
                     "NATO's definition."),
    _p("2024-10-08", "Norway's defence budget of 90 billion kroner (about $8.4 billion) grows "
                     "by a tenth."),
    _p("2025-09-17", "The Netherlands will spend €22.4 billion (roughly $26 billion) on defence "
                     "in 2026."),
    _p("2024-04-17", "Canada's C$33 billion (US$24 billion) defence budget barely moves."),
    _p("2025-02-04", "Sweden spent 119 billion kronor, or about $11 billion at current exchange "
                     "rates, last year."),
    _p("2024-07-02", "Spain's €19.7 billion in defence spending — about $21 billion — still "
                     "leaves it last."),
    _p("2024-09-20", "Denmark's 50 billion kroner defence budget, worth some €6.7 billion, "
                     "doubles by 2033."),
    _p("2025-03-21", "At €1 to $1.08, Germany's €80 billion plan equals $86 billion."),
    _p("2024-06-20", "Poland spends about $35 billion (€32 billion) on defence this year."),
    _p("2024-06-20", "The US spends $968 billion this year (£760 billion)."),
    _p("2025-01-14", "Romania's defence budget of 2.5% of GDP comes to about 43 billion lei "
                     "(€8.6 billion)."),
    _p("2024-11-28", "In today's money, Britain's 1985 defence budget was worth about £70 "
                     "billion."),
    _p("2025-02-08", "In 2024 prices, US spending at the height of the Reagan build-up was about "
                     "$1.1 trillion."),
    _p("2024-12-12", "Adjusted for inflation, German spending is only now back at its 1990 level "
                     "of €75 billion."),
    _p("2024-06-25", "In constant 2015 prices, NATO Europe spends $380 billion, a fifth more "
                     "than in 2020."),
    _p("2025-04-02", "In real terms, Italy's budget of €32 billion is smaller than in 2008."),
    _p("2024-06-21", "Per capita, Norway spends about $1,950 on defence, second only to the "
                     "United States."),
    _p("2024-06-21", "American defence spending per head is some $2,880 this year."),
    _p("2025-09-05", "That works out at €610 for every Dutch citizen."),
    _p("2025-09-05", "Each Estonian pays roughly €1,000 a year for defence."),
    _p("2024-06-21", "Per soldier, Britain spends more than France: $550,000 against $400,000."),
    _p("2025-08-28", "Spending per inhabitant ranges from $300 in Albania to $2,900 in the US."),
]

PRONOUNS_AND_DESCRIPTIONS = [
    _p("2025-02-05", "Germany's government says it met the target last year.\n\nIt spent 2.1% of "
                     "GDP, by its own count."),
    _p("2024-07-01", "Spain has long lagged the alliance.\n\nThe country spent 1.28% of GDP in "
                     "2024, NATO estimates."),
    _p("2024-07-01", "Spain has long lagged the alliance.\n\nThe country spends 1.6% of GDP in "
                     "2024, NATO estimates.", "1.6%"),
    _p("2024-07-01", "NATO published its latest figures on Monday.\n\nThe figure for Italy is "
                     "1.49% for this year."),
    _p("2024-11-20", "The Kiel Institute published its own estimate for Germany.\n\nThat figure, "
                     "1.6% of GDP this year, is well below NATO's."),
    _p("2024-11-20", "The Kiel Institute published its own estimate for Germany.\n\nIt puts "
                     "2024 spending at 1.6% of GDP."),
    _p("2025-03-04", "The Dutch finance ministry revised its numbers in February.\n\nThe figure "
                     "now stands at 2.1% of GDP for 2024."),
    _p("2024-06-20", "Canada has been under pressure from Washington.\n\nThe country's budget "
                     "plan foresees 1.76% of GDP by 2030."),
    _p("2025-09-05", "Norway's parliament approved the spending rise in June.\n\nThat takes the "
                     "country to 3.2% of GDP next year."),
    _p("2024-07-01", "Türkiye was the subject of a new SIPRI report.\n\nIt estimates Turkish "
                     "military spending at 1.6% of GDP."),
    _p("2025-01-15", "Romania's president spoke on Tuesday.\n\nHe said the country would spend "
                     "2.5% of GDP this year."),
    _p("2024-07-01", "Greece spends more than most.\n\nThe country's 3.08% is among NATO's "
                     "highest."),
    _p("2025-09-05", "Portugal finally crossed the line.\n\nThe country spends 2% this year, "
                     "NATO says."),
    _p("2025-09-05", "Portugal finally crossed the line.\n\nThe country spends 2.3% this year, "
                     "NATO says.", "2.3%"),
    _p("2025-09-05", "The Czech government contests the alliance's estimate.\n\nIt says the "
                     "country spends 2.1%, not 2%."),
    _p("2024-07-01", "Hungary's finance ministry published its accounts.\n\nThese show defence "
                     "at 2.4% of GDP."),
    _p("2025-09-05", "Sweden joined last year.\n\nThis year the kingdom will spend 2.51% of GDP, "
                     "the alliance estimates."),
    _p("2025-09-05", "Denmark's government wants more.\n\nIts budget sets aside 3.5% of GDP "
                     "for next year."),
    _p("2025-09-05", "The alliance's newest report covers 32 allies.\n\nIt shows Spain at "
                     "2.0%, Canada at 2.01% and Italy at 2.01%."),
    _p("2025-03-03", "SIPRI's database was updated in April.\n\nIt shows Britain at 2.3% of "
                     "GDP in 2024."),
    _p("2025-09-05", "Poland's economy keeps growing.\n\nThe government's draft puts defence "
                     "at 4.8% of GDP next year."),
    _p("2024-07-01", "Norway was once a laggard.\n\nThat changed this year: the country is at "
                     "2.2%."),
]

PARTS_AND_WHOLES = [
    _p("2025-01-20", "Poland's procurement budget for 2025 is 60 billion zloty, about a third "
                     "of its defence spending."),
    _p("2024-09-03", "The German army's share of the budget is €25 billion this year."),
    _p("2024-10-14", "The Royal Navy's budget rose to £9 billion this year."),
    _p("2024-12-01", "The F-35 programme will cost $1.7 trillion over its lifetime."),
    _p("2025-01-12", "Britain's defence spending excluding pensions came to 2.0% of GDP last "
                     "year."),
    _p("2024-07-01", "Including pensions and the Carabinieri, Italy spends 1.6% of GDP."),
    _p("2024-07-01", "Without the Carabinieri, Italy spends barely 1.2% of GDP."),
    _p("2024-07-01", "Excluding military pensions, Greek spending falls to 2.4% of GDP."),
    _p("2025-09-05", "Latvia's defence spending, excluding the border fence, reaches 3.2% of "
                     "GDP."),
    _p("2024-07-01", "Equipment spending reached €20 billion, of which 40% went to the air "
                     "force."),
    _p("2024-07-01", "Of the Netherlands' €21 billion, €6 billion buys new equipment."),
    _p("2024-06-20", "The special fund covers €19.8 billion of Germany's spending this year."),
    _p("2025-09-05", "Research and development take 1.2% of Norway's budget."),
    _p("2024-07-01", "Personnel costs account for 60% of Portugal's defence spending."),
    _p("2025-09-05", "Spain's army gets 45% of the defence budget, the navy 25%."),
    _p("2024-03-15", "Of the 20,000 troops in Nordic Response, 4,000 are Finnish."),
    _p("2024-03-15", "The Swedish contingent of 4,500 soldiers includes 1,000 conscripts."),
    _p("2025-06-10", "BALTOPS involves 50 ships, including 9 from Germany."),
    _p("2024-05-20", "The Polish part of the exercise mobilises 19,000 soldiers and 3,500 "
                     "vehicles."),
    _p("2024-07-01", "The air force alone spends 0.4% of GDP in Norway."),
    _p("2025-09-05", "Military aid to Ukraine makes up 0.4% of Denmark's 3.22%."),
    _p("2024-07-01", "Infrastructure, at 0.3% of GDP, is included in the Czech total."),
    _p("2025-01-09", "The ministry's investment line for 2025 is 42 billion kroner."),
    _p("2024-10-21", "Cyber defence receives NOK 3 billion, part of a budget of NOK 90 billion."),
    _p("2024-07-01", "Of Türkiye's defence spending, 30% goes to its domestic industry."),
]

YEAR_WORDS = [
    _p("2025-02-10", "Last year Germany spent 2.12% of GDP on defence, NATO estimated."),
    _p("2025-02-10", "Last year Germany spent 2.5% of GDP on defence, NATO estimated.", "2.5%"),
    _p("2025-01-22", "Last year the Netherlands reached 2.05% of GDP, the alliance says."),
    _p("2026-02-18", "Last year Spain spent 2% of GDP on defence, NATO estimates."),
    _p("2024-04-10", "This fiscal year, Canada will spend 1.37% of GDP, the budget says."),
    _p("2024-04-10", "Canada's spending this fiscal will be C$33 billion."),
    _p("2024-10-25", "The current budget cycle sets aside €52 billion for the Bundeswehr."),
    _p("2025-03-20", "By the end of the decade, Germany's defence budget will reach €150 "
                     "billion."),
    _p("2024-09-02", "Over the next five years, Poland will spend 300 billion zloty on "
                     "equipment."),
    _p("2025-09-05", "Spain spends 2% this year, NATO says. A year earlier it spent 1.43%."),
    _p("2025-09-05", "Spain spends 2% this year, NATO says. A year earlier it spent 1.7%.",
       "1.7%"),
    _p("2025-09-05", "Norway will spend 3.35% of GDP in 2025, against 2.27% a year earlier."),
    _p("2025-02-03", "Sweden's budget for the coming year is 2.4% of GDP."),
    _p("2024-07-01", "Within the decade, Romania wants to reach 2.5% of GDP."),
    _p("2025-06-26", "Allies agreed to reach 5% of GDP within ten years."),
    _p("2024-12-20", "Over the past decade, Hungary's spending has doubled to 2.1% of GDP."),
    _p("2025-03-05", "Last fiscal year Britain spent 2.3% of GDP on defence, its ministry "
                     "says."),
    _p("2025-01-09", "Denmark spent 2.4% of GDP last year, and will spend 3% this year, the "
                     "government says."),
    _p("2026-01-15", "Last year Portugal crossed 2%, the alliance said in August."),
    _p("2024-02-20", "Last year Türkiye spent about 1.5% of GDP on defence."),
    _p("2025-09-05", "The cumulative plan amounts to 5% of GDP over the next five years."),
    _p("2025-09-05", "Canada will double its budget over the next decade to C$80 billion."),
]

ENGLISH_ROUND4 = (OWN_CALCULATIONS + CONVERSIONS + PRONOUNS_AND_DESCRIPTIONS + PARTS_AND_WHOLES
                  + YEAR_WORDS)

DUTCH = [
    _p("2024-07-01", "De Nederlandse defensie-uitgaven komen dit jaar uit op 2,05 procent van "
                     "het bbp, schat de NAVO."),
    _p("2024-07-01", "Volgens onze berekening gaf Nederland vorig jaar 1,7 procent van het bbp "
                     "uit aan defensie."),
    _p("2024-07-01", "Het CPB raamt de defensie-uitgaven voor 2024 op 1,9 procent van het bbp."),
    _p("2025-09-05", "De Nederlandse uitgaven stijgen dit jaar naar 2,49 procent, aldus de NAVO."),
    _p("2025-09-05", "De Nederlandse uitgaven stijgen dit jaar naar 2,9 procent, aldus de NAVO.",
       "2,9 procent"),
    _p("2024-09-17", "Defensie krijgt 21,4 miljard euro, omgerekend zo'n 23 miljard dollar."),
    _p("2024-09-17", "Van het defensiebudget gaat 6 miljard euro naar materieel."),
    _p("2025-09-16", "Het kabinet trekt de komende vijf jaar 15 miljard euro extra uit voor "
                     "defensie."),
    _p("2024-07-01", "Het land haalt nu 2 procent.\n\nDat is voor het eerst sinds 1990."),
    _p("2025-09-05", "Per inwoner geeft Nederland zo'n 1.200 euro per jaar uit aan defensie."),
    _p("2024-06-20", "De Belgische uitgaven blijven steken op 1,3 procent van het bbp, volgens "
                     "de regering."),
    _p("2025-02-11", "Vorig jaar kwam Nederland uit op 2,05 procent, schatte de NAVO."),
]

PORTUGUESE = [
    _p("2025-09-05", "A despesa portuguesa com defesa chega este ano aos 2% do PIB, segundo a "
                     "NATO."),
    _p("2025-09-05", "A despesa portuguesa com defesa chega este ano aos 2,6% do PIB, segundo "
                     "a NATO.", "2,6%"),
    _p("2024-07-01", "Pelas nossas contas, Portugal gastou 1,4% do PIB em defesa no ano "
                     "passado."),
    _p("2024-10-10", "O orçamento da defesa para 2025 é de 2,9 mil milhões de euros, cerca de "
                     "3,1 mil milhões de dólares."),
    _p("2024-07-01", "Excluindo as pensões, a despesa desce para 1,2% do PIB."),
    _p("2025-04-08", "O Governo quer chegar aos 2% ainda este ano, antecipando a meta de 2029."),
    _p("2024-07-01", "O país gasta pouco.\n\nSão 1,55% do PIB, estima a Aliança."),
    _p("2024-07-01", "A Marinha recebe 600 milhões de euros, parte do orçamento total."),
    _p("2025-09-05", "Nos próximos cinco anos, Lisboa vai investir 5 mil milhões de euros em "
                     "equipamento."),
    _p("2025-09-05", "O gasto per capita é de cerca de 300 euros por habitante."),
    _p("2024-06-20", "O Brasil, que não é membro, gasta 1,1% do PIB."),
]

SPANISH = [
    _p("2024-07-01", "El gasto español en defensa alcanzó el 1,28% del PIB en 2024, según la "
                     "OTAN."),
    _p("2024-07-01", "El gasto español en defensa alcanzó el 1,5% del PIB en 2024, según la "
                     "OTAN.", "1,5%"),
    _p("2025-04-23", "Según los cálculos de este periódico, España gastó el 1,4% del PIB el año "
                     "pasado."),
    _p("2025-03-10", "El Centro Delàs estima que el gasto militar real supera el 2% del PIB."),
    _p("2025-02-05", "El año pasado España destinó a defensa 19.700 millones de euros, unos "
                     "21.000 millones de dólares."),
    _p("2024-07-01", "Sin contar las pensiones, el esfuerzo baja al 1,1% del PIB."),
    _p("2025-04-23", "El plan añade 10.471 millones de euros este año para llegar al 2%."),
    _p("2024-07-01", "El país sigue a la cola.\n\nSu gasto es del 1,28%, estima la Alianza."),
    _p("2025-09-05", "El Ejército de Tierra recibe el 40% del presupuesto de defensa."),
    _p("2025-09-05", "En la próxima década, España gastará 2,1% del PIB en promedio, según el "
                     "Gobierno."),
    _p("2025-09-05", "El gasto por habitante ronda los 460 euros."),
    _p("2024-06-20", "El gasto italiano, en cambio, se queda en el 1,49% del PIB."),
    _p("2024-06-20", "El gasto italiano, en cambio, se queda en el 1,9% del PIB, según la "
                     "OTAN.", "1,9%"),
    _p("2026-02-12", "El año pasado el gasto español llegó al 2% del PIB, según la OTAN."),
]

GREEK = [
    _p("2024-07-01", "Οι ελληνικές αμυντικές δαπάνες φθάνουν φέτος το 3,08% του ΑΕΠ, σύμφωνα "
                     "με το ΝΑΤΟ."),
    _p("2024-07-01", "Οι ελληνικές αμυντικές δαπάνες φθάνουν φέτος το 3,6% του ΑΕΠ, σύμφωνα με "
                     "το ΝΑΤΟ.", "3,6%"),
    _p("2024-07-01", "Σύμφωνα με τους υπολογισμούς μας, η Ελλάδα δαπάνησε πέρυσι 2,6% του ΑΕΠ."),
    _p("2024-11-05", "Ο προϋπολογισμός άμυνας για το 2025 ανέρχεται σε 6,1 δισ. ευρώ."),
    _p("2024-07-01", "Χωρίς τις συντάξεις, οι δαπάνες πέφτουν στο 2,4% του ΑΕΠ."),
    _p("2025-04-03", "Το πρόγραμμα εξοπλισμών 12ετίας ανέρχεται σε 25 δισ. ευρώ."),
    _p("2024-07-01", "Η χώρα ξοδεύει πολλά.\n\nΤο ποσοστό της είναι 3,08%."),
    _p("2025-09-05", "Η Τουρκία δαπανά 2,33% του ΑΕΠ φέτος, σύμφωνα με το ΝΑΤΟ."),
]

TURKISH = [
    _p("2024-07-01", "Türkiye'nin savunma harcamaları bu yıl GSYH'nin yüzde 2,09'una ulaştı, "
                     "NATO verilerine göre."),
    _p("2024-07-01", "Türkiye'nin savunma harcamaları bu yıl GSYH'nin yüzde 2,9'una ulaştı, "
                     "NATO verilerine göre.", "yüzde 2,9"),
    _p("2024-07-01", "Hesaplamalarımıza göre Türkiye geçen yıl GSYH'nin yüzde 1,4'ünü savunmaya "
                     "ayırdı."),
    _p("2024-10-17", "2025 savunma bütçesi 1,6 trilyon lira, yaklaşık 47 milyar dolar."),
    _p("2024-07-01", "SİPRİ'ye göre Türk askeri harcamaları yüzde 1,5 seviyesinde."),
    _p("2025-09-05", "Önümüzdeki beş yılda savunma sanayisine 100 milyar dolar yatırım "
                     "yapılacak."),
    _p("2024-07-01", "Yunan savunma harcamaları ise yüzde 3,08 ile zirvede."),
    _p("2024-07-01", "Kara Kuvvetleri bütçenin yüzde 35'ini alıyor."),
]

ROMANIAN = [
    _p("2024-07-01", "Cheltuielile românești pentru apărare ajung anul acesta la 2,25% din PIB, "
                     "potrivit NATO."),
    _p("2024-07-01", "Cheltuielile românești pentru apărare ajung anul acesta la 2,8% din PIB, "
                     "potrivit NATO.", "2,8%"),
    _p("2024-07-01", "După calculele noastre, România a cheltuit anul trecut 1,7% din PIB "
                     "pentru apărare."),
    _p("2025-01-14", "Bugetul apărării pe 2025 este de 43 de miliarde de lei, circa 8,6 "
                     "miliarde de euro."),
    _p("2024-07-01", "Fără pensiile militare, cheltuielile scad la 1,6% din PIB."),
    _p("2025-09-05", "În următorii cinci ani, România va investi 10 miliarde de euro în "
                     "înzestrare."),
    _p("2024-07-01", "Țara a depășit pragul.\n\nCifra este de 2,25% pentru acest an."),
    _p("2024-07-01", "Forțele Navale primesc 12% din bugetul apărării."),
    _p("2025-09-05", "Cheltuielile bulgărești au fost de 2,18% anul trecut, spune guvernul de "
                     "la Sofia."),
]

CZECH = [
    _p("2024-07-01", "České výdaje na obranu letos dosáhnou 2,1 % HDP, odhaduje NATO."),
    _p("2024-07-01", "České výdaje na obranu letos dosáhnou 2,6 % HDP, odhaduje NATO.",
       "2,6 %"),
    _p("2024-07-01", "Podle našich výpočtů dalo Česko loni na obranu 1,5 % HDP."),
    _p("2024-09-30", "Rozpočet ministerstva obrany na příští rok činí 160 miliard korun, asi "
                     "6,4 miliardy eur."),
    _p("2024-07-01", "Bez výdajů na důchody by podíl klesl na 1,8 % HDP."),
    _p("2025-09-05", "Do konce desetiletí chce vláda dosáhnout 3 % HDP."),
    _p("2024-07-01", "Země poprvé splnila závazek.\n\nČíslo za letošek je 2,1 %."),
    _p("2024-07-01", "Z celkových výdajů jde na vyzbrojování 40 miliard korun."),
    _p("2025-09-05", "Slovenské výdaje jsou podle Bratislavy 2,0 % HDP."),
]

HUNGARIAN = [
    _p("2024-07-01", "A magyar védelmi kiadások idén a GDP 2,11 százalékát érik el a NATO "
                     "szerint."),
    _p("2024-07-01", "A magyar védelmi kiadások idén a GDP 2,7 százalékát érik el a NATO "
                     "szerint.", "2,7 százalékát"),
    _p("2024-07-01", "Számításaink szerint Magyarország tavaly a GDP 1,9 százalékát költötte "
                     "védelemre."),
    _p("2024-11-12", "A 2025-ös védelmi költségvetés 1400 milliárd forint, nagyjából 3,5 "
                     "milliárd euró."),
    _p("2024-07-01", "A Zrínyi programra a következő tíz évben 3500 milliárd forint jut."),
    _p("2024-07-01", "Az ország teljesítette a vállalást.\n\nEz a szám 2,11 százalék."),
    _p("2025-09-05", "A szlovák kiadások a pozsonyi kormány szerint 2 százalékot tesznek ki."),
]

NORDIC = [
    # Norwegian
    _p("2024-07-01", "De norske forsvarsutgiftene når i år 2,2 prosent av BNP, anslår NATO."),
    _p("2024-07-01", "De norske forsvarsutgiftene når i år 2,6 prosent av BNP, anslår NATO.",
       "2,6 prosent"),
    _p("2024-07-01", "Etter våre beregninger brukte Norge i fjor 1,6 prosent av BNP på "
                     "forsvar."),
    _p("2024-10-07", "Forsvarsbudsjettet for neste år er på 90 milliarder kroner, om lag 8,4 "
                     "milliarder dollar."),
    _p("2024-04-05", "Langtidsplanen gir forsvaret 600 milliarder kroner over tolv år."),
    _p("2024-07-01", "Landet når målet.\n\nTallet er 2,2 prosent i år."),
    _p("2024-07-01", "Hæren får 12 milliarder kroner av forsvarsbudsjettet."),
    # Danish
    _p("2024-07-01", "De danske forsvarsudgifter når i år 2,37 procent af BNP, vurderer NATO."),
    _p("2024-07-01", "De danske forsvarsudgifter når i år 2,9 procent af BNP, vurderer NATO.",
       "2,9 procent"),
    _p("2024-07-01", "Ifølge vores beregninger brugte Danmark sidste år 1,9 procent af BNP på "
                     "forsvaret."),
    _p("2024-02-20", "Accelerationsfonden er på 25 mia. kr. over de næste to år."),
    _p("2025-01-10", "Sidste år brugte Danmark 2,4 procent, oplyser regeringen."),
    _p("2024-07-01", "Landet har nået målet.\n\nTallet er nu 2,37 procent."),
    # Swedish
    _p("2024-07-01", "De svenska försvarsutgifterna når i år 2,14 procent av BNP, enligt Nato."),
    _p("2024-07-01", "De svenska försvarsutgifterna når i år 2,7 procent av BNP, enligt Nato.",
       "2,7 procent"),
    _p("2024-07-01", "Enligt våra beräkningar lade Sverige förra året 1,5 procent av BNP på "
                     "försvaret."),
    _p("2024-09-19", "Försvarsbudgeten för 2025 är 150 miljarder kronor, ungefär 13 miljarder "
                     "euro."),
    _p("2024-07-01", "Under de kommande fem åren får Försvarsmakten 100 miljarder kronor "
                     "extra."),
    _p("2024-07-01", "Landet har nått målet.\n\nSiffran är 2,14 procent i år."),
    _p("2025-09-05", "De finska utgifterna ligger på 2,45 procent, enligt regeringen i "
                     "Helsingfors."),
    # Icelandic
    _p("2024-07-01", "Ísland hefur engan her en ver um 0,1% af landsframleiðslu til "
                     "varnarmála."),
    _p("2025-09-05", "Samkvæmt okkar útreikningum varði Noregur 3,3% af landsframleiðslu til "
                     "varnarmála."),
]

ITALIAN_AND_POLISH = [
    _p("2024-07-01", "La spesa italiana per la difesa arriva quest'anno all'1,49% del Pil, "
                     "stima la Nato."),
    _p("2024-07-01", "La spesa italiana per la difesa arriva quest'anno all'1,8% del Pil, "
                     "stima la Nato.", "1,8%"),
    _p("2025-03-10", "Secondo i nostri calcoli, l'Italia l'anno scorso ha speso l'1,6% del Pil "
                     "per la difesa."),
    _p("2025-03-10", "L'Osservatorio Mil€x stima la spesa militare 2025 in 32 miliardi di "
                     "euro."),
    _p("2024-07-01", "Senza i Carabinieri, la spesa scende all'1,2% del Pil."),
    _p("2024-07-01", "Il Paese resta indietro.\n\nLa cifra è dell'1,49%."),
    _p("2024-07-01", "Polskie wydatki obronne sięgają w tym roku 4,12 proc. PKB, szacuje NATO."),
    _p("2024-07-01", "Polskie wydatki obronne sięgają w tym roku 4,6 proc. PKB, szacuje NATO.",
       "4,6 proc."),
    _p("2024-07-01", "Według naszych wyliczeń Polska wydała w zeszłym roku 3,9 proc. PKB na "
                     "obronność."),
    _p("2024-09-26", "Budżet MON na 2025 r. to 187 mld zł, czyli ok. 43 mld euro."),
    _p("2024-07-01", "Z tego Fundusz Wsparcia Sił Zbrojnych pokrywa 1,5 proc. PKB."),
    _p("2024-07-01", "Kraj wyprzedził wszystkich.\n\nTo 4,12 proc. PKB."),
]

OUTLETS_IN_OTHER_LANGUAGES = [
    _p("2024-07-01", "Un análisis de El País de los presupuestos sitúa el gasto en el 1,4% del "
                     "PIB en 2024."),
    _p("2024-07-01", "Volgens een analyse van NRC gaf Nederland in 2024 1,9 procent uit."),
    _p("2024-07-01", "Enligt SvD:s genomgång lade Sverige 1,9 procent av BNP på försvaret 2024."),
    _p("2024-07-01", "Ifølge Børsens opgørelse brugte Danmark 2,0 procent af BNP i 2024."),
    _p("2024-07-01", "Podle propočtů Hospodářských novin dalo Česko v roce 2024 na obranu 1,8 % "
                     "HDP."),
    _p("2024-07-01", "A Portfolio számításai szerint Magyarország 2024-ben a GDP 1,8 százalékát "
                     "költötte védelemre."),
    _p("2024-07-01", "Potrivit calculelor Ziarului Financiar, România a cheltuit 1,9% din PIB în "
                     "2024."),
    _p("2024-07-01", "Bloomberg HT'nin hesaplamasına göre Türkiye 2024'te GSYH'nin yüzde 1,7'sini "
                     "harcadı."),
    _p("2024-07-01", "Σύμφωνα με ανάλυση της Καθημερινής, η Ελλάδα δαπάνησε 2,6% του ΑΕΠ το "
                     "2024."),
    _p("2024-07-01", "Ifølge E24s beregninger brukte Norge 1,9 prosent av BNP på forsvar i 2024."),
    _p("2024-07-01", "Secondo un'analisi del Sole 24 Ore, l'Italia ha speso l'1,3% del Pil nel "
                     "2024."),
    _p("2024-07-01", "Według wyliczeń Rzeczpospolitej Polska wydała w 2024 r. 3,7 proc. PKB na "
                     "obronność."),
    _p("2024-07-01", "Segundo cálculos do Expresso, Portugal gastou 1,3% do PIB em 2024."),
    _p("2024-07-01", "Pesquisas da Bloomberg indicam que Portugal gastou 1,7% do PIB em 2024."),
]

OTHER_LANGUAGES_ROUND4 = (DUTCH + PORTUGUESE + SPANISH + GREEK + TURKISH + ROMANIAN + CZECH
                          + HUNGARIAN + NORDIC + ITALIAN_AND_POLISH
                          + OUTLETS_IN_OTHER_LANGUAGES)

# What round four found and could not read generally yet (issue 9's leftovers, kept out of the
# guard, run as expected failures): a think tank or an outlet as the subject of a verb that is
# not one of estimating ("Bruegel puts", "Handelsblatt arrives at", "Pesquisas da Bloomberg
# indicam"); a wrong share after "the
# country" or "a year earlier" that the check leaves unmatched; and an ally's spending named by
# its adjective in Dutch, Portuguese, Spanish, Italian, Greek, Turkish, Romanian, Czech,
# Hungarian, Norwegian, Danish, Swedish and Polish, which leaves a wrong share unmatched (no
# longer NATO's total, which cried wolf on the right ones).
_LEFTOVER_STARTS = (
    "Bruegel puts", "Counting only the core budget", "Portugal finally crossed the line.\n\nThe "
    "country spends 2.3%", "Spain spends 2% this year, NATO says. A year earlier it spent 1.7%",
    "Pesquisas da Bloomberg",
)
# (the adjectives these languages' spending is now read by: round one of
# tests/brief/test_adjective_owners_round1.py; the others still miss a year or a metric)
_ADJECTIVE_OWNERS_READ = (
    "A despesa portuguesa", "Οι ελληνικές", "České výdaje", "De norske", "De danske",
    "De svenska", "La spesa italiana",
)
LEFTOVERS_ROUND4 = [
    p for p in ENGLISH_ROUND4 + OTHER_LANGUAGES_ROUND4
    if p.text.startswith(_LEFTOVER_STARTS) or (
        p.wrong and p in OTHER_LANGUAGES_ROUND4 and not p.text.startswith(_ADJECTIVE_OWNERS_READ))
]
PROBES_ROUND4 = [p for p in ENGLISH_ROUND4 + OTHER_LANGUAGES_ROUND4 if p not in LEFTOVERS_ROUND4]

# (kept for the names of the previous rounds' modules)
_ = _older
