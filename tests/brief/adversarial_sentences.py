"""Invented news sentences that tempt a checker to cry wolf (test data, issue 9).

Each probe is one sentence as a defence journalist would write it, with a publication date
spread over 2023-03 .. 2026-07 so that different NATO releases are current. ``wrong`` names the
figures a careful labeller (/work/shared/eval/LABELLING.md) would mark ``differs``: a wrong number
for a quantity the bundled releases cover. Every other figure of the sentence is one a labeller
would NOT accept as ``differs`` (a part of a whole, aid, a national plan or budget, the guideline
restated, a membership count, another source, another exercise, a cumulative sum, growth of
another base, a range or threshold, another price basis, a group of allies, a per-capita figure,
a share of a budget, or a figure that agrees).

The guard test (test_review_round21.py) runs every probe once through extract + check.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Probe(NamedTuple):
    published: date
    text: str
    wrong: tuple[str, ...] = ()  # the figures whose right status is ``differs``
    # figures a labeller accepts as ``differs`` or ``superseded``: an older release quoted
    either: tuple[str, ...] = ()


def _p(day: str, text: str, *wrong: str) -> Probe:
    return Probe(date.fromisoformat(day), text, tuple(wrong))


def _older(day: str, text: str, *either: str) -> Probe:
    return Probe(date.fromisoformat(day), text, (), tuple(either))


# (public names for the sibling modules of later rounds)
probe, older_release = _p, _older


ENGLISH = [
    # a part against the whole
    _p("2024-03-10", "The Pentagon awarded Lockheed Martin a $7.8 billion contract for 126 more "
                     "F-35 jets."),
    _p("2024-09-05", "Germany has so far deployed 4,800 troops to Lithuania for its new "
                     "armoured brigade."),
    _p("2024-02-20", "Steadfast Defender 24 involves around 90,000 troops, of which the British "
                     "army contributes 20,000."),
    _p("2024-02-20", "Poland will send 16,000 soldiers to the Dragon-24 drills, a part of "
                     "Steadfast Defender."),
    _p("2024-06-05", "BALTOPS 2024 brought together more than 50 ships and 45 aircraft from 20 "
                     "countries."),
    _p("2024-06-05", "Around 9,000 troops from 14 allies are taking part in Saber Strike."),
    _p("2025-05-12", "The Italian navy contributes two frigates and 600 sailors to the "
                     "exercise."),
    _p("2024-01-25", "Britain is sending 20,000 personnel, 24 ships and 16 fighter jets to the "
                     "alliance's largest exercise in decades."),
    # aid to Ukraine in the same unit as spending
    _p("2024-07-15", "Germany has pledged €7.5 billion in military aid to Ukraine this year, "
                     "making it Europe's largest donor."),
    _p("2025-09-10", "The Netherlands will give Ukraine €3.5 billion in military support in "
                     "2026."),
    _p("2023-11-20", "Denmark's aid to Ukraine amounts to 1.8% of GDP, the highest of any ally."),
    _p("2024-12-02", "Since the full-scale invasion, Washington has provided about $64 billion "
                     "in security assistance to Kyiv."),
    # national budgets and plans
    _p("2025-10-01", "Germany plans to raise defence spending to 3.5% of GDP by 2029."),
    _p("2024-11-12", "The British government aims to spend 2.5% of GDP on defence by 2030."),
    _p("2025-01-15", "Poland's defence budget for 2025 is 186.6 billion zloty, or 4.7% of GDP."),
    _p("2025-04-23", "Spain will spend an extra €10.5 billion on defence this year to reach 2% "
                     "of GDP."),
    _p("2026-02-10", "Italy's budget for 2026 sets aside €31 billion for defence."),
    _p("2025-04-01", "Canada will reach the 2% target this fiscal year, the prime minister "
                     "said."),
    _p("2024-12-01", "Defence will take up 4.1% of GDP next year, the defence minister said, "
                     "citing the draft budget."),
    _p("2025-11-20", "Denmark's new acceleration fund is worth 50 billion kroner over ten "
                     "years."),
    _p("2025-09-03", "Lithuania plans to spend between 5% and 6% of GDP on defence from 2026."),
    _p("2024-09-20", "The army wants to recruit 20,000 more soldiers over the next five years."),
    _p("2025-08-15", "Warsaw wants to expand its armed forces to 300,000 soldiers by 2035."),
    # the guideline restated
    _p("2024-06-20", "Back in 2014 the allies gave themselves ten years to bring defence "
                     "budgets to 2% of GDP."),
    _p("2025-07-01", "At The Hague summit, allies committed to spending 5% of GDP on defence and "
                     "related items by 2035, including 3.5% on core defence."),
    _p("2025-07-01", "Of the new goal, 3.5% goes to core military needs while 1.5% is "
                     "reserved for resilience and infrastructure."),
    _p("2023-07-12", "The Vilnius summit turned 2% of GDP into a minimum instead of a goal to "
                     "aim for."),
    _p("2024-01-10", "Allies are also expected to devote 20% of their defence budgets to major "
                     "equipment."),
    _p("2025-02-01", "Rutte said allies would need to spend considerably more than 3% of GDP."),
    # membership counts
    _p("2024-04-04", "NATO, which turns 75 this year, now has 32 members after Sweden joined in "
                     "March."),
    _p("2023-04-05", "Finland became the alliance's 31st member on Tuesday."),
    _p("2024-06-20", "Among the 32 allies, only Spain, Belgium and Luxembourg spend less than "
                     "1.3% of GDP on defence."),
    _p("2025-06-26", "All 32 allies except Spain endorsed the new target."),
    _p("2023-07-11", "Leaders of the 31 member states gathered in Vilnius on Tuesday."),
    # other sources
    _p("2024-04-22", "According to SIPRI, world military spending rose 6.8% in 2023 to $2.44 "
                     "trillion."),
    _p("2025-04-28", "SIPRI estimates that Germany spent 1.9% of GDP on its military in 2024."),
    _p("2024-02-13", "The IISS Military Balance says European defence spending grew 16% in real "
                     "terms in 2023."),
    _p("2025-03-19", "Eurostat figures show EU countries spent 1.3% of GDP on defence in 2023."),
    _p("2024-10-01", "The Ministry of Defence says it spent £54.2 billion on defence in "
                     "2023/24."),
    _p("2025-05-06", "According to the European Defence Agency, EU member states spent €326 "
                     "billion on defence in 2024, or 1.9% of GDP."),
    _p("2024-11-05", "Statistics Poland said military outlays reached 3.1% of GDP last year."),
    _p("2025-04-28", "The United States spent $997 billion on its military in 2024, according "
                     "to SIPRI."),
    # other exercises than the bundled ones
    _p("2025-03-10", "Some 10,000 troops from 15 nations are taking part in Nordic Response "
                     "2025."),
    _p("2024-05-20", "Defender Europe 24 involves about 17,000 US troops."),
    _p("2023-06-12", "Air Defender 2023, the largest air deployment exercise in NATO history, "
                     "involves 250 aircraft and 10,000 personnel from 25 nations."),
    _p("2023-09-18", "Exercise Northern Coasts gathered 3,200 sailors and 30 ships from 14 "
                     "nations."),
    # cumulative sums
    _p("2024-02-26", "Since 2022, Germany has delivered weapons worth €28 billion to Ukraine."),
    _p("2025-02-01", "Over the past decade, Poland has spent a combined $120 billion on its "
                     "armed forces."),
    # growth of another base or period
    _p("2024-06-18", "Defence spending in Europe has grown by 50% since Russia's annexation of "
                     "Crimea."),
    _p("2025-08-30", "Germany's defence budget grew 23% compared with 2023."),
    _p("2024-02-15", "Polish defence spending rose 75% in real terms between 2022 and 2023."),
    _p("2025-09-02", "Spending by European allies and Canada rose by nearly 20% in 2024."),
    _p("2025-09-01", "Spain's defence spending will rise 40% in nominal terms between 2024 and "
                     "2025."),
    _p("2024-06-20", "Spending by the alliance's European members has risen by about a third "
                     "since 2021."),
    # ranges, thresholds, hedges
    _p("2024-06-20", "Eight allies still spend less than 1.5% of GDP on defence."),
    _p("2024-06-20", "More than 20 allies will spend over 2% of GDP this year."),
    _p("2025-09-01", "Nearly all allies now spend at least 2% of GDP on defence."),
    _p("2024-07-01", "Italy spends around 1.5% of its GDP on defence."),
    _p("2023-08-01", "Spain spends roughly 1.2% of GDP on defence, among the lowest in the "
                     "alliance."),
    _p("2024-06-20", "Germany's spending will be between 2% and 2.1% of GDP this year."),
    _p("2024-06-20", "Greece, long among the top spenders, devotes over 3% of its economy to "
                     "defence."),
    _p("2024-06-20", "Just over two-thirds of allies now meet the target."),
    # past, future and fiscal years
    _p("2024-06-20", "In 2014 only three allies met the 2% target."),
    _p("2025-09-01", "By 2030 the alliance hopes all members will spend 3.5%."),
    _p("2024-03-10", "In the 2023-24 fiscal year, Canada spent C$33.8 billion on defence."),
    _p("2025-01-20", "In fiscal 2025, the US defence budget stands at $850 billion."),
    _p("2025-09-01", "Canada says it reached 2% of GDP in the fiscal year ending in March "
                     "2026."),
    # other price bases
    _p("2024-06-18", "In constant 2015 prices, European allies' spending reached $406 billion "
                     "in 2024."),
    _p("2025-09-01", "Adjusted for inflation, Germany's spending rose 10% in 2024."),
    # groups of allies
    _p("2024-06-20", "The Baltic states each spend more than 2.5% of GDP on defence."),
    _p("2025-09-05", "The Nordic allies together spent 2.6% of GDP on defence in 2025."),
    _p("2024-06-20", "European allies spend on average 2% of GDP on defence."),
    _p("2025-06-01", "EU members spent an average of 1.9% of GDP on defence in 2024."),
    _p("2025-09-01", "The Baltic states spent on average 3.5% of GDP on defence in 2025."),
    # per-capita figures
    _p("2024-07-01", "Norway spends $1,800 per capita on defence, the second-highest in NATO."),
    _p("2025-09-01", "The US spends about $2,500 per person on its military."),
    # shares of a budget, not of GDP
    _p("2024-06-20", "Poland devotes 51% of its defence budget to equipment."),
    _p("2024-11-01", "Personnel costs account for 60% of Italy's defence budget."),
    _p("2025-03-01", "Defence accounts for 6% of total government spending in France."),
    # figures quoted from before the release
    _p("2025-09-01", "In 2023, NATO estimated that Germany would spend 1.57% of GDP that year."),
    _p("2024-07-01", "Last year NATO said 11 allies would meet the target in 2023."),
    _p("2025-09-01", "Last June, NATO expected Germany to spend 2.12% of GDP in 2024."),
    _p("2024-06-20", "Before the release, the government had forecast 2.1% for 2024."),
    _p("2025-09-01", "That compares with a 1.6% estimate Spain gave NATO in spring."),
    # figures that agree
    _p("2025-08-29", "NATO's European members and Canada spent $559 billion on defence in 2025, "
                     "an increase of almost 16%."),
    _p("2026-07-10", "Britain will spend 2.56% of GDP on defence in 2026, NATO estimates show."),
    _p("2026-03-30", "Poland spent 4.3% of GDP on defence last year, NATO's annual report "
                     "shows."),
    _p("2023-07-08", "NATO estimates 11 allies will meet the 2% target this year."),
    _p("2023-07-08", "Only seven allies met the guideline in 2022, up from three in 2014."),
    _p("2025-04-25", "The United States accounted for 64% of allied defence spending in 2024."),
    _p("2024-06-20", "NATO's total defence spending will reach $1.47 trillion in 2024."),
    _p("2024-06-20", "Defence spending across European allies and Canada rose 18% in 2024."),
    _p("2024-01-18", "Around 90,000 troops from all 31 allies and Sweden will take part in "
                     "Steadfast Defender 24."),
    _p("2023-04-20", "About 30,000 troops took part in Cold Response last year."),
    _p("2024-06-20", "France spends 2.06% this year while Britain, at 2.33%, stays among the "
                     "top ten."),
    _p("2025-09-01", "Belgium, which spent just 1.29% in 2024, promises 2% this year."),
    _p("2024-06-20", "Germany's 2% figure includes €19.8 billion from the special fund."),
    # wrong numbers for covered quantities: the right answer IS differs
    _p("2025-09-10", "NATO figures show Germany spent 1.6% of GDP on defence in 2024.", "1.6%"),
    _p("2025-09-10", "According to NATO estimates, Poland spent 2.9% of GDP on defence in "
                     "2024.", "2.9%"),
    _p("2024-06-25", "NATO's latest figures show 15 allies will meet the 2% target this year.",
       "15 allies"),
    _p("2024-03-01", "Steadfast Defender 2024, the alliance's biggest exercise since the Cold "
                     "War, involves 60,000 troops.", "60,000 troops"),
    _p("2025-09-10", "NATO data show the United States spent 4.5% of GDP on defence in 2025.",
       "4.5%"),
    _p("2024-06-20", "Italy, according to NATO, will spend 1.1% of GDP on defence this year.",
       "1.1%"),
    _p("2026-07-10", "NATO estimates Britain's defence spending at 2.9% of GDP in 2026.", "2.9%"),
]

OTHER_LANGUAGES = [
    # French
    _p("2024-06-20", "Parmi les 32 alliés, huit consacrent encore moins de 1,5 % de leur PIB à "
                     "la défense."),
    _p("2024-03-05", "La France a commandé 42 Rafale supplémentaires pour 5 milliards "
                     "d'euros."),
    _p("2025-02-10", "La loi de programmation militaire prévoit 413 milliards d'euros pour "
                     "2024-2030."),
    _p("2025-10-15", "Le budget des armées pour 2026 atteindra 57,1 milliards d'euros."),
    _p("2024-06-20", "Selon le SIPRI, la France a consacré 2,1 % de son PIB à ses armées en "
                     "2023."),
    _p("2024-06-20", "L'Otan estime que la France consacrera 2,06 % de son PIB à la défense en "
                     "2024."),
    _p("2023-05-10", "Quelque 2 500 soldats français participent à l'exercice Orion."),
    _p("2024-04-12", "L'aide militaire française à l'Ukraine s'élèvera à 3 milliards d'euros en "
                     "2024."),
    _p("2023-07-12", "Le sommet de Vilnius a réuni les dirigeants des 31 pays membres."),
    _p("2025-06-26", "Les alliés se sont engagés à porter leurs dépenses à 5 % du PIB d'ici "
                     "2035, dont 3,5 % pour la défense au sens strict."),
    _p("2024-06-20", "La Belgique, avec 1,3 % du PIB, reste parmi les mauvais élèves."),
    _p("2024-06-20", "Environ deux tiers des alliés atteignent désormais l'objectif."),
    _p("2025-09-01", "D'après l'Otan, la France a consacré 1,5 % de son PIB à la défense en "
                     "2024.", "1,5 %"),
    # German
    _p("2024-06-20", "Die Bundeswehr stellt rund 4.800 Soldaten für die Brigade in Litauen."),
    _p("2025-06-27", "Deutschland will bis 2029 3,5 Prozent des BIP für Verteidigung "
                     "ausgeben."),
    _p("2024-11-01", "Der Verteidigungsetat für 2025 beträgt 53 Milliarden Euro."),
    _p("2024-02-15", "Das Sondervermögen von 100 Milliarden Euro soll das Zwei-Prozent-Ziel "
                     "sichern."),
    _p("2024-06-20", "Laut Nato-Schätzung erreicht Deutschland 2024 erstmals 2,12 Prozent des "
                     "BIP."),
    _p("2025-04-30", "Nach Angaben des Sipri gab Deutschland 2024 rund 88 Milliarden Dollar für "
                     "das Militär aus."),
    _p("2024-05-01", "An der Übung Quadriga nehmen 12.000 Soldaten teil."),
    _p("2024-09-01", "Die Ukraine-Hilfe Deutschlands beläuft sich 2024 auf 7,5 Milliarden "
                     "Euro."),
    _p("2025-06-26", "Nur Spanien will sich dem neuen Fünf-Prozent-Ziel nicht beugen."),
    _p("2024-06-20", "Von den 32 Mitgliedstaaten erreichen 23 das Zwei-Prozent-Ziel."),
    _p("2024-10-01", "Der Wehretat steigt 2025 um 1,3 Milliarden Euro."),
    _p("2025-09-01", "Laut Nato gab Deutschland 2024 nur 1,6 Prozent des BIP für Verteidigung "
                     "aus.", "1,6 Prozent"),
    # Spanish
    _p("2025-06-26", "España se comprometió a gastar el 2,1% del PIB en defensa, lejos del 5% "
                     "acordado por los aliados."),
    _p("2024-06-20", "Según la OTAN, España dedicará el 1,28% de su PIB a defensa en 2024."),
    _p("2024-10-01", "El presupuesto de Defensa para 2025 asciende a 13.000 millones de "
                     "euros."),
    _p("2025-04-28", "Según el SIPRI, el gasto militar español creció un 10% en 2024."),
    _p("2024-03-01", "Unos 300 militares españoles participan en las maniobras en Noruega."),
    _p("2025-05-01", "El Ejecutivo dio luz verde a un paquete de 9.800 millones de euros para "
                     "llegar este año al 2%."),
    _p("2024-06-20", "De los 32 aliados, 23 alcanzarán este año el objetivo del 2%."),
    _p("2025-06-30", "Bélgica, Canadá y Portugal prevén llegar al 2% este mismo año."),
    _p("2025-09-01", "Según la OTAN, España gastó el 1,9% del PIB en defensa en 2024.", "1,9%"),
    # Italian
    _p("2024-06-20", "Secondo la Nato, l'Italia spenderà l'1,49% del Pil per la difesa nel "
                     "2024."),
    _p("2025-11-01", "La manovra prevede 12 miliardi in più per la difesa nei prossimi tre "
                     "anni."),
    _p("2024-02-01", "L'Italia ha inviato 1.500 militari in Lettonia e Bulgaria."),
    _p("2025-06-27", "Roma punta a raggiungere il 3,5% del Pil entro il 2035."),
    _p("2024-04-25", "Secondo il Sipri, la spesa militare italiana è stata di 35,5 miliardi di "
                     "dollari nel 2023."),
    _p("2024-06-20", "Dei 32 alleati, 23 raggiungeranno quest'anno l'obiettivo del 2%."),
    _p("2025-03-10", "L'Italia conta di arrivare al 2% del Pil già nel 2025, secondo il "
                     "ministro."),
    _p("2025-09-01", "Secondo la Nato, nel 2024 l'Italia ha speso il 2,2% del Pil in difesa.",
       "2,2%"),
    # Polish
    _p("2025-01-10", "Budżet MON na 2025 rok wynosi 186,6 mld zł, czyli 4,7 proc. PKB."),
    _p("2024-06-20", "Według NATO Polska przeznaczy w tym roku na obronność 4,12 proc. PKB."),
    _p("2024-03-01", "W ćwiczeniach Dragon-24 bierze udział około 20 tys. żołnierzy."),
    _p("2025-08-15", "Polska planuje zwiększyć liczebność armii do 300 tys. żołnierzy."),
    _p("2024-11-11", "Pomoc wojskowa Polski dla Ukrainy wyniosła 3 mld euro."),
    _p("2024-06-20", "Spośród 32 sojuszników 23 osiągną w tym roku cel 2 proc. PKB."),
    _p("2025-06-26", "Według rządu Polska wyda w 2025 r. na obronność 4,7 proc. PKB, najwięcej "
                     "w NATO."),
    _p("2025-09-01", "Według NATO Polska wydała w 2024 roku na obronność 3,1 proc. PKB.",
       "3,1 proc."),
    # Dutch
    _p("2024-06-20", "Volgens de NAVO besteedt Nederland dit jaar 2,05 procent van het bbp aan "
                     "defensie."),
    _p("2025-09-20", "Het kabinet trekt 3,5 miljard euro extra uit voor Oekraïne in 2026."),
    _p("2025-06-25", "Nederland wil in 2035 3,5 procent van het bbp aan defensie uitgeven."),
    _p("2024-05-01", "Ongeveer 1.500 Nederlandse militairen nemen deel aan de oefening in "
                     "Litouwen."),
    _p("2024-06-20", "Van de 32 bondgenoten halen er dit jaar 23 de tweeprocentnorm."),
    _p("2025-10-01", "De defensiebegroting voor 2026 bedraagt 26 miljard euro."),
    _p("2025-09-01", "Volgens de NAVO gaf Nederland in 2024 1,6 procent van het bbp uit aan "
                     "defensie.", "1,6 procent"),
    # Portuguese
    _p("2024-06-20", "Segundo a NATO, Portugal vai gastar 1,55% do PIB em defesa este ano."),
    _p("2025-04-20", "O Governo pretende antecipar para 2025 a meta dos 2% do PIB."),
    _p("2024-10-15", "O Orçamento do Estado para 2025 prevê 2,8 mil milhões de euros para a "
                     "Defesa."),
    _p("2023-10-01", "Cerca de 200 militares portugueses participam no exercício na Roménia."),
    _p("2024-06-20", "Dos 32 aliados, 23 vão cumprir este ano a meta dos 2%."),
    _p("2025-06-26", "Portugal comprometeu-se a investir 5% do PIB até 2035."),
    _p("2025-09-01", "Segundo a NATO, Portugal gastou 1,9% do PIB em defesa em 2024.", "1,9%"),
    # Romanian
    _p("2024-06-20", "Potrivit NATO, România va aloca în acest an 2,25% din PIB pentru "
                     "apărare."),
    _p("2025-01-15", "Guvernul își propune să aloce 2,5% din PIB pentru apărare în 2025."),
    _p("2025-03-01", "Bugetul apărării pentru 2025 este de 2,5% din PIB, potrivit "
                     "ministrului."),
    _p("2024-04-01", "Peste 1.000 de militari americani participă la exercițiu în Dobrogea."),
    _p("2025-06-20", "România intenţionează să ajungă la 3,5% din PIB până în 2030."),
    _p("2024-06-20", "Dintre cei 32 de aliați, 23 vor atinge anul acesta ținta de 2%."),
    _p("2025-09-01", "Statele baltice cheltuiesc peste 3% din PIB pentru apărare."),
    _p("2025-07-01", "Ministerul Apărării estimează că bugetul va ajunge la 2,3% din PIB anul "
                     "acesta."),
    _p("2025-09-01", "Potrivit NATO, România a cheltuit 1,7% din PIB pentru apărare în 2024.",
       "1,7%"),
    # Turkish
    _p("2024-06-20", "NATO'ya göre Türkiye bu yıl savunmaya GSYH'nin yüzde 2,09'unu "
                     "ayıracak."),
    _p("2025-10-20", "2026 bütçesinde savunmaya 1,6 trilyon lira ayrıldı."),
    _p("2024-05-01", "Tatbikata 32 müttefikten yaklaşık 3 bin asker katılıyor."),
    _p("2025-06-26", "Türkiye, 2035'e kadar yüzde 5 hedefine ulaşmayı planlıyor."),
    _p("2024-06-20", "32 müttefikten 23'ü bu yıl yüzde 2 hedefini tutturacak."),
    _p("2025-04-28", "SIPRI'ye göre Türkiye'nin askeri harcamaları 2024'te 25 milyar dolara "
                     "ulaştı."),
    _p("2025-09-01", "NATO verilerine göre Türkiye 2024'te GSYH'nin yüzde 1,7'sini savunmaya "
                     "harcadı.", "yüzde 1,7"),
]

# Harder forms: a capital named for its government, another edition of a bundled exercise, two
# sources in one sentence, a span of years of another clause, plan verbs and ranks.
ENGLISH_HARDER = [
    _p("2026-04-10", "Berlin says it spent 2.6% of GDP on defence in 2025."),
    _p("2025-09-05", "Madrid insists it spent 1.3% of GDP on defence in 2024."),
    _p("2025-09-05", "Warsaw says it will spend 4.7% of GDP on defence this year."),
    _p("2024-01-22", "Steadfast Defender 2021 involved some 9,000 troops."),
    _p("2024-03-04", "Cold Response 2024 brings together 20,000 troops from 13 nations."),
    _p("2025-02-03", "Steadfast Dart 2025 involves 10,000 troops from nine allies."),
    _p("2024-04-08", "Some 4,000 German troops took part in Steadfast Defender."),
    _p("2025-04-28", "European allies and Canada accounted for 36% of the total in 2024."),
    _p("2025-04-28", "Europe's defence spending rose 18% in 2024, according to NATO, while SIPRI "
                     "puts the rise at 17%."),
    _p("2024-06-20", "NATO puts Spain at 1.28% this year; Madrid's own figure is 1.4%."),
    _p("2025-09-02", "Germany's defence spending rose 28% in 2024."),
    _p("2024-06-20", "Allies increased spending by 10.9% in real terms in 2024."),
    _p("2025-09-01", "Of the 32 allies, 31 now meet the 2% guideline."),
    _older("2024-07-02", "Between 2014 and 2023, European allies raised spending by a third; "
                         "Poland spent 3.9% of GDP in 2023.", "3.9%"),
    _p("2024-06-20", "Poland's share went from 2.2% in 2022 to 4.1% in 2024."),
    _p("2024-06-20", "From 2014 to 2024, spending in Europe rose by half, and Germany reached 2.1% "
                     "of GDP this year."),
    _p("2024-06-20", "Canada will spend 1.37% of GDP this year, NATO says, short of the 2% "
                     "target."),
    _p("2024-06-20", "Canada's spending will rise to 1.76% of GDP by 2029-30, Ottawa projects."),
    _p("2024-06-20", "The 2% guideline was first set in 2006 and reaffirmed at the 2014 Wales "
                     "summit."),
    _p("2024-02-28", "That is equivalent to 0.25% of GDP in military aid to Ukraine each year."),
    _p("2024-07-10", "Next year the allies will again give Kyiv no less than €40 billion in "
                     "military assistance."),
    _p("2025-09-01", "Half of NATO's members now spend more than 2.5% of GDP."),
    _p("2025-09-01", "Three allies, Poland, Lithuania and Latvia, spend more than 3.5% of GDP."),
    _p("2025-09-01", "Poland spends 4.48% of GDP this year, the highest in the alliance, and "
                     "plans 4.7% next year."),
    _p("2026-03-30", "Estonia, at 3.4%, and Latvia, at 3.7%, follow Poland."),
    _p("2023-07-10", "Luxembourg spends just 0.7% of GDP on defence, the lowest in NATO."),
    _p("2024-06-20", "Luxembourg, Belgium and Spain all spend less than 1.3% of GDP."),
    _p("2024-02-20", "The alliance's European members will spend $380 billion in 2024."),
    _p("2025-06-24", "Trump has demanded that allies spend 5% of GDP, a level the US itself does "
                     "not reach."),
    _p("2025-06-27", "Spain won an exemption and will spend only 2.1% of GDP."),
    _p("2025-04-10", "Canada plans to hit 2% this year, five years ahead of schedule, and 5% by "
                     "2035."),
    _p("2024-03-12", "The Pentagon's FY2025 budget request totals $849.8 billion."),
    _p("2025-09-01", "Russia will spend 6.3% of GDP on its military this year, and Ukraine more "
                     "than 26%."),
    _p("2024-06-20", "Sweden, which joined in March, spends 2.1% of GDP on defence."),
    _p("2024-11-15", "The number of allies meeting the target has risen from three in 2014 to 23 "
                     "this year."),
    _p("2025-09-01", "Defence spending by European allies has risen 50% in real terms over the "
                     "past decade."),
    _p("2024-06-20", "Around 28 allies meet the guideline of spending 20% on major equipment."),
    _p("2025-09-08", "According to the IISS, 15 allies met the target in 2024."),
    _p("2023-05-08", "According to SIPRI, seven allies met the guideline in 2022."),
    _p("2025-09-08", "SIPRI puts the US share of allied military spending at 66% in 2024."),
    _p("2025-09-08", "According to SIPRI, spending by European allies and Canada rose 16% in "
                     "2024."),
    _p("2024-06-20", "NATO estimates show France will spend 1.7% of GDP in 2024.", "1.7%"),
    _p("2025-09-01", "According to NATO, 25 allies met the target in 2025.", "25 allies"),
]

OTHER_LANGUAGES_HARDER = [
    # French
    _p("2024-06-20", "Sur les 32 États membres de l'Alliance, 23 atteignent l'objectif."),
    _p("2024-06-20", "Au sein des 32 membres de l'Otan, seuls huit n'atteignent pas les 2 %."),
    _p("2023-07-10", "Parmi les 31 membres de l'Alliance, la France se classe au 15e rang."),
    _p("2026-04-10", "Paris affirme avoir consacré 2,3 % de son PIB à la défense en 2025."),
    _p("2024-04-22", "Les dépenses militaires mondiales ont atteint 2 443 milliards de dollars "
                     "en 2023, selon le Sipri."),
    _p("2024-06-20", "La Pologne consacre près de 4 % de son PIB à la défense, soit deux fois "
                     "l'objectif de l'Otan."),
    _p("2025-09-05", "Le gouvernement polonais estime que la Pologne consacrera 4,7 % de son "
                     "PIB à la défense en 2025."),
    _p("2025-09-05", "Das Finanzministerium rechnet damit, dass Polen 2025 4,7 Prozent des BIP "
                     "ausgibt."),
    _p("2025-09-05", "Il governo polacco stima che la Polonia abbia speso il 4,7% del Pil nel "
                     "2025."),
    _p("2025-09-01", "Selon l'Otan, 25 alliés atteignent l'objectif de 2 % en 2025.",
       "25 alliés"),
    # German
    _p("2024-06-20", "Von den 32 Nato-Staaten verfehlen neun das Zwei-Prozent-Ziel."),
    _p("2024-06-20", "Unter den 32 Mitgliedern liegt Deutschland mit 2,1 Prozent im "
                     "Mittelfeld."),
    _p("2026-04-10", "Berlin beziffert die eigenen Ausgaben für 2025 auf 2,6 Prozent des BIP."),
    _p("2025-06-25", "Bis 2029 sollen die Verteidigungsausgaben auf 152 Milliarden Euro "
                     "steigen."),
    _p("2025-04-28", "Laut dem Friedensforschungsinstitut Sipri gab Deutschland 2024 1,9 Prozent "
                     "des BIP für das Militär aus."),
    # Spanish
    _p("2024-06-20", "España, que destinará el 1,28% del PIB en 2024, es el que menos gasta de "
                     "los 32 aliados."),
    _p("2025-07-01", "La Moncloa asegura que España alcanzará el 2,1% en 2025."),
    _p("2024-09-10", "España aportará 3.000 militares a la misión de la OTAN en Eslovaquia."),
    _p("2025-05-06", "El gasto en defensa de la UE alcanzó los 326.000 millones de euros en "
                     "2024, según la Agencia Europea de Defensa."),
    # Italian
    _p("2024-06-20", "Tra i 32 membri dell'Alleanza, l'Italia è al 25° posto."),
    _p("2025-03-10", "Crosetto punta al 2% entro il 2028."),
    _p("2024-12-20", "Il bilancio della Difesa per il 2025 ammonta a 31,3 miliardi."),
    _p("2025-09-01", "Secondo i dati Istat, l'Italia ha speso l'1,7% del Pil nel 2024."),
    # Polish
    _p("2024-06-20", "Wśród 32 członków NATO Polska wydaje najwięcej w relacji do PKB."),
    _p("2024-11-05", "Według GUS wydatki na obronę wyniosły 2,8 proc. PKB w 2023 r."),
    _p("2025-09-01", "Rząd zakłada, że w 2026 r. wydatki wyniosą 4,8 proc. PKB."),
    _p("2024-08-13", "MON kupi 96 śmigłowców Apache za 10 mld dolarów."),
    # Dutch
    _p("2024-06-20", "Onder de 32 lidstaten staat Nederland op de vijftiende plaats."),
    _p("2024-06-20", "Volgens het CBS gaf Nederland in 2023 1,4 procent van het bbp uit aan "
                     "defensie."),
    _p("2024-11-01", "Het kabinet wil de uitgaven in 2025 verhogen tot 2,2 procent van het "
                     "bbp."),
    # Portuguese
    _p("2024-06-20", "Entre os 32 membros da Aliança, Portugal está entre os que menos gastam."),
    _p("2024-06-20", "Segundo o INE, Portugal gastou 1,2% do PIB em defesa em 2023."),
    _p("2025-04-20", "O ministro da Defesa garante que Portugal vai atingir os 2% já este ano."),
    # Romanian
    _p("2025-01-15", "România preconizează să aloce 2,5% din PIB pentru apărare în 2025."),
    _p("2025-01-15", "Guvernul vizează un buget al apărării de 2,5% din PIB în 2025."),
    _p("2025-01-15", "România urmează să aloce 2,5% din PIB pentru apărare anul acesta."),
    _p("2025-01-15", "România plănuieşte să ajungă la 3% din PIB în 2027."),
    _p("2025-09-01", "Ministerul Apărării Naţionale estimează că România a cheltuit 2,6% din PIB "
                     "în 2024."),
    _p("2024-06-20", "Conform datelor INS, cheltuielile militare au reprezentat 1,9% din PIB în "
                     "2023."),
    _p("2024-06-20", "Dintre cele 32 de state membre, doar opt nu ating pragul de 2%."),
    # Turkish
    _p("2024-06-20", "NATO'nun 32 üyesi arasında Türkiye savunma harcamalarında 13. sırada."),
    _p("2025-10-01", "Hükümet 2026'da savunmaya GSYH'nin yüzde 2,5'ini ayırmayı planlıyor."),
    _p("2025-09-01", "TÜİK verilerine göre savunma harcamaları 2024'te GSYH'nin yüzde 1,8'i "
                     "oldu."),
    _p("2024-05-20", "Türkiye, Steadfast Defender 2024'e 2 bin askerle katıldı."),
]

# Forms of round 21's third pass: "sur les 32", Romanian plans written with and without their
# diacritics, spans of years of another clause, ranks, rounded quotes and armies.
ENGLISH_MORE = [
    _p("2024-06-20", "Between 2020 and 2024, Italy's spending hovered around 1.5% of GDP."),
    _p("2024-06-20", "In the decade to 2024, Spain never spent more than 1.3% of GDP on defence."),
    _p("2025-09-01", "From 2025 to 2027, Belgium will spend 2% of GDP a year on defence."),
    _p("2025-09-01", "Between 2014 and 2024, Europe's defence spending rose 50%, and in 2025 it "
                     "will grow a further 16%."),
    _p("2024-06-20", "Germany spends 2.1% of GDP, compared with France's 2.06%."),
    _p("2025-01-20", "Poland to spend 4.7% of GDP on defence in 2025"),
    _p("2024-06-20", "Poland ranks first with 4.12%, Estonia second with 3.43% and the US third "
                     "with 3.38%."),
    _p("2024-06-20", "'We spend 2% of GDP,' Pistorius said."),
    _p("2024-06-20", "Germany's share rose by 0.4 percentage points to 2.1% of GDP."),
    _p("2025-09-01", "The share will fall to 1.9% of GDP next year, the finance ministry expects."),
    _p("2024-06-20", "The Bundeswehr has 181,000 soldiers, well short of its goal of 203,000."),
    _p("2024-06-20", "The British army numbers 73,000 regular soldiers."),
    _p("2024-06-20", "Poland's armed forces, which number 216,000, are the third-largest in NATO."),
    _p("2024-06-20", "Poland's army, now 190,000 strong, should grow to 300,000."),
    _p("2025-09-01", "Germany will have to spend roughly €150 billion a year to hit 3.5%."),
    _p("2025-09-01", "Every 0.1% of GDP costs Germany about €4.3 billion."),
    _p("2024-06-20", "The US spends more on defence than the next nine countries combined, some "
                     "$916 billion."),
    _older("2024-06-20", "European allies will invest $380 billion in defence this year, nearly a "
                         "fifth more than last year.", "$380 billion"),
    _p("2024-06-20", "That is 2% of the combined GDP of European allies."),
    _p("2024-06-20", "Turkey has NATO's second-largest army, with 355,000 active personnel."),
    _p("2025-09-01", "The 18 allies that met the target in 2024 are now joined by 13 more."),
    _p("2025-09-01", "Just 2.00% for Slovenia, the bare minimum."),
    _p("2025-09-01", "Lithuania's defence budget, at 4% of GDP this year, is set to rise to 5.5% "
                     "in 2026."),
    _p("2024-02-15", "Eighteen allies are expected to hit 2% this year, Stoltenberg said, up from "
                     "11 last year."),
    _p("2024-06-20", "Eighteen allies were expected in February to hit 2% this year; now 23 are."),
    _p("2024-06-20", "Of the nine allies that miss the target, Spain spends the least."),
    _p("2024-06-20", "France will spend €47.2 billion on its armed forces in 2024, or 2.06% of "
                     "GDP."),
    _p("2024-06-20", "Italy's 1.49% is the fourth-lowest in the alliance."),
    _p("2026-07-10", "Sweden will spend 3.22% of GDP on defence this year, Finland 2.6% and "
                     "Denmark 3.5%."),
    _p("2026-07-10", "Britain's spending has hovered between 2% and 2.3% of GDP since 2014."),
    _p("2026-07-10", "Lithuania aims to spend 5% to 6% of GDP; NATO puts this year's figure at "
                     "5.3%."),
    _p("2023-03-20", "Only seven of NATO's 30 members met the 2% target last year."),
    _p("2023-03-20", "NATO's 30 members, soon 31 with Finland, meet in Vilnius in July."),
    _p("2023-07-11", "Finland, the 31st member, spends 2.45% of GDP on defence."),
    _p("2024-06-20", "Norway's spending will top 2% for the first time this year, at 2.2%."),
    _p("2024-06-20", "Canada says it will reach 1.76% by 2029, still short of 2%."),
    _p("2024-06-20", "Defence spending rose 11% in real terms across the alliance and 18% among "
                     "European allies and Canada."),
    _p("2024-06-20", "Allies' spending has risen for ten years in a row."),
    _older("2024-06-20", "Eleven allies met the guideline last year, the secretary general "
                         "said.", "Eleven allies"),
]

OTHER_LANGUAGES_MORE = [
    _p("2024-06-20", "Parmi les 32 membres de l'Alliance, 23 dépensent au moins 2 % de leur PIB "
                     "pour leurs armées."),
    _p("2024-06-20", "Des 32 alliés, seuls neuf restent sous la barre des 2 %."),
    _p("2024-06-20", "Parmi les 32 pays membres, la Pologne arrive en tête avec 4,12 % du PIB."),
    _p("2025-09-01", "Au sein de l'Alliance, qui compte 32 membres, 31 atteignent désormais les 2 "
                     "%."),
    _p("2025-01-15", "România intentioneaza sa aloce 2,5% din PIB pentru aparare in 2025."),
    _p("2025-01-15", "Guvernul îşi propune ca bugetul apărării să ajungă la 2,5% din PIB în 2025."),
    _p("2025-01-15", "Executivul isi propune sa aloce 2,5% din PIB pentru aparare anul acesta."),
    _p("2025-01-15", "România vrea să aloce 2,5% din PIB pentru apărare în 2025."),
    _p("2025-01-15", "Bucureștiul are în plan să aloce 2,5% din PIB pentru apărare în 2025."),
    _p("2025-01-15", "România va ajunge la 2,5% din PIB pentru apărare în 2025, a anunţat "
                     "premierul."),
    _p("2024-06-20", "Die Nato-Staaten geben 2024 zusammen rund 1,47 Billionen Dollar für "
                     "Verteidigung aus."),
    _p("2024-06-20", "Laut Bundesregierung liegt die Quote 2024 bei 2,1 Prozent, die Nato kommt "
                     "auf 2,12 Prozent."),
    _p("2024-06-20", "In den Jahren 2014 bis 2024 hat Deutschland seine Ausgaben fast verdoppelt, "
                     "auf zuletzt 2,1 Prozent."),
    _p("2025-09-01", "Spanien kam 2024 auf 1,43 Prozent und will 2025 die 2 Prozent erreichen."),
    _p("2024-06-20", "Entre 2014 y 2024 el gasto español apenas pasó del 0,9% al 1,28% del PIB."),
    _p("2024-06-20", "España, con un 1,28%, es el aliado que menos invierte, según la OTAN, frente"
                     " al 4,12% de Polonia."),
    _p("2025-09-01", "Italia ha raggiunto il 2% del Pil nel 2025 grazie a nuovi criteri di "
                     "calcolo, secondo il governo."),
    _p("2024-06-20", "Tra il 2014 e il 2024 la spesa italiana è passata dall'1,14% all'1,49% del "
                     "Pil."),
    _p("2024-06-20", "Polska wyda w tym roku 4,12 proc. PKB, najwięcej w NATO; USA 3,38 proc."),
    _p("2024-06-20", "W latach 2014–2024 wydatki Polski wzrosły z 1,85 do 4,12 proc. PKB."),
    _p("2024-06-20", "Voor het eerst sinds 1990 voldoet Nederland dit jaar aan de "
                     "2-procentnorm: 2,05 procent."),
    _p("2024-06-20", "Portugal, com 1,55%, está entre os oito aliados abaixo da meta."),
    _p("2024-06-20", "32 NATO üyesinden 23'ü hedefi tutturuyor; Türkiye yüzde 2,09 ile bunlar "
                     "arasında."),
    _p("2024-06-20", "Potrivit Alianței, România alocă 2,25% din PIB, peste ținta de 2%."),
]

PROBES = (ENGLISH + ENGLISH_HARDER + ENGLISH_MORE + OTHER_LANGUAGES + OTHER_LANGUAGES_HARDER
          + OTHER_LANGUAGES_MORE)
