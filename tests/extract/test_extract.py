"""extract_figures on the seed (must equal the gold labels) and its extra columns."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.data.sources import load_source
from analysis.extract.extractor import COLUMNS, KINDS, UNITS, extract_figures

GOLD_PATH = Path(__file__).parents[1] / "fixtures" / "eval" / "seed.gold.json"
GOLD_FIELDS = ["text", "start", "end", "value", "unit", "approximate", "kind"]
FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    source = load_source("nato-bydgoszcz-2024-02")
    return extract_figures(source.text, source.published)


def test_seed_equals_gold_exactly(seed: pd.DataFrame):
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    got = [
        {field: row[field] for field in GOLD_FIELDS} for row in seed.to_dict("records")
    ]
    got = [{**row, "start": int(row["start"]), "end": int(row["end"]),
            "approximate": bool(row["approximate"])} for row in got]
    assert got == [{field: figure[field] for field in GOLD_FIELDS} for figure in gold]


def test_seed_figures_match_their_text(seed: pd.DataFrame):
    text = load_source("nato-bydgoszcz-2024-02").text
    assert list(seed.columns) == COLUMNS
    for row in seed.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.text in row.sentence


def test_seed_context_columns(seed: pd.DataFrame):
    by_text = {text: row for text, row in zip(seed["text"], seed.itertuples(), strict=True)}
    members = by_text["18 member states"]
    assert (members.year, members.metric, members.entity) == (
        2024, "allies_meeting_2pct_guideline", "NATO")
    money = by_text["about 380 billion dollars"]
    assert (money.year, money.metric, money.entity, money.qualifier, money.scale) == (
        2024, "defence_spending", "European allies", "about", "billion")
    contracts = by_text["about ten billion dollars"]
    assert (contracts.metric, contracts.entity) == ("contracts_value", "NATO")
    troops = by_text["roughly 90,000 troops"]
    assert (troops.metric, troops.entity, troops.qualifier) == (
        "exercise_personnel", "Steadfast Defender", "roughly")
    allies = by_text["31 allies"]
    assert allies.metric == "exercise_participating_nations"
    guideline = seed[seed["unit"] == "percent_gdp"]
    assert set(guideline["metric"]) == {"guideline_share_gdp"}
    assert list(guideline["year"]) == [2024, 2024]
    assert list(seed.loc[seed["kind"] == "year", "year"]) == [2014, 2024]


def test_dtypes():
    frame = extract_figures("About 18 allies spent $380bn in 2024.")
    assert frame["start"].dtype == "int64" and frame["value"].dtype == "float64"
    assert frame["approximate"].dtype == bool and str(frame["year"].dtype) == "Int64"


def test_empty_text_gives_empty_frame_with_columns():
    frame = extract_figures("No numbers here at all.")
    assert frame.empty and list(frame.columns) == COLUMNS


@pytest.mark.parametrize(
    ("phrase", "published", "year"),
    [
        ("this year", dt.date(2024, 2, 15), 2024),
        ("last year", dt.date(2024, 2, 15), 2023),
        ("next year", dt.date(2024, 2, 15), 2025),
        ("in 2022", dt.date(2024, 2, 15), 2022),
        ("this year", None, None),
        ("in 2022", None, 2022),
    ],
)
def test_year_the_figure_refers_to(phrase: str, published, year):
    frame = extract_figures(f"Spending rose 11% {phrase}.", published)
    share = frame[frame["unit"] == "percent"].iloc[0]
    assert (None if pd.isna(share["year"]) else int(share["year"])) == year


@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        ("Los aliados destinarán este año el 2,02% de su PIB, por encima del 1,78% de 2023.",
         "2,02%", 2024),
        ("Die Ausgaben stiegen letztes Jahr um 11 Prozent.", "11 Prozent", 2023),
        ("La France a dépensé l'année dernière 2,1 % de son PIB.", "2,1 %", 2023),
        ("Wyniosą 4,12% w 2024 r. wobec 3,26% w ub.r., szacuje NATO.", "3,26%", 2023),
        ("Im Vorjahr gaben sie 2,1 Prozent aus.", "2,1 Prozent", 2023),
        ("L'Italia ha speso l'anno scorso l'1,5% del PIL.", "1,5%", 2023),
        ("Polska wydała w ubiegłym roku 3,9% PKB.", "3,9%", 2023),
        ("Norge brukte i fjor 1,6 prosent av BNP.", "1,6 prosent", 2023),
        ("In diesem Jahr gibt Polen 4,1 Prozent des BIP aus.", "4,1 Prozent", 2024),
        ("Quest'anno l'Italia spende l'1,5% del PIL.", "1,5%", 2024),
        ("Portugal gasta este ano 1,5% do PIB.", "1,5%", 2024),
        ("Česko loni vydalo na obranu 1,37 procenta HDP.", "1,37 procenta", 2023),
        ("Nederland besteedt dit jaar 2,5 procent van het bbp.", "2,5 procent", 2024),
        ("Vorig jaar gaf Polen 4,1 procent van het bbp uit.", "4,1 procent", 2023),
        ("Magyarország tavaly 2,1%-ot költött védelemre.", "2,1%", 2023),
        ("Pagājušajā gadā Kanāda veltījusi 1,37% sava iekšzemes kopprodukta.", "1,37%", 2023),
    ],
)
def test_relative_years_in_other_languages(sentence: str, figure: str, year: int):
    frame = extract_figures(sentence, dt.date(2024, 6, 18))
    assert int(frame[frame["text"] == figure].iloc[0]["year"]) == year


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("Britain spent 2.4pc of GDP on defence, behind Poland on 4.5pc.", "2.4pc", 2.4),
        ("Britain spent 2.4pc of GDP on defence, behind Poland on 4.5pc.", "4.5pc", 4.5),
        ("Latvia spends 3.73 pc of its GDP on defence.", "3.73 pc", 3.73),
    ],
)
def test_british_pc_after_a_number_is_a_percent(sentence: str, figure: str, value: float):
    row = extract_figures(sentence).set_index("text").loc[figure]
    assert (row["value"], row["unit"], row["kind"]) == (value, "percent_gdp", "share")


def test_pcs_and_upper_case_pc_are_no_percent():
    frame = extract_figures("The army bought 200 PCs, 50 pcs of kit and 30 PC units.")
    assert set(frame["unit"]) == {"count"}


def test_percent_written_before_the_number_in_turkish():
    frame = extract_figures("Türkiye GSYH'sinin yüzde 2,33'ünü savunmaya harcadı.")
    row = frame[frame["text"] == "yüzde 2,33"].iloc[0]
    assert (row["value"], row["unit"], row["kind"]) == (2.33, "percent_gdp", "share")


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("Nur elf von 31 Verbündeten erreichten das Ziel.", "elf", 11),
        ("Solo tre Paesi spendono di più.", "tre Paesi", 3),
        ("Et seuls trois pays sont en passe de l'atteindre.", "trois pays", 3),
        ("Bu üç ülke hedefi aştı.", "üç ülke", 3),
        ("Tylko trzy kraje przekroczyły próg.", "trzy kraje", 3),
        ("Polen gibt mehr als vier Prozent aus.", "mehr als vier Prozent", 4),
        ("Zeven landen zullen uitkomen op de ondergrens.", "Zeven landen", 7),
        ("Ze současných 31 se tam dostaly čtyři státy.", "čtyři státy", 4),
        ("Jen tři státy překročily hranici.", "tři státy", 3),
        ("Apenas quatro países cumprem a meta.", "quatro países", 4),
        ("Trīs valstis pārsniedz slieksni.", "Trīs valstis", 3),
        ("Csak három ország érte el.", "három ország", 3),
    ],
)
def test_number_words_in_other_languages(sentence: str, figure: str, value: int):
    frame = extract_figures(sentence)
    assert frame[frame["text"] == figure].iloc[0]["value"] == value


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "entity"),
    [
        ("Podle odhadů Polsko vydalo na obranu 4,1 procenta HDP.", "4,1 procenta",
         "percent_gdp", "Poland"),
        ("Polen geeft 4,5 procent van het bbp uit aan defensie.", "4,5 procent", "percent_gdp",
         "Poland"),
        ("Kanāda veltījusi 1,37% sava iekšzemes kopprodukta.", "1,37%", "percent_gdp", "Canada"),
        ("L'Italia destinerà l'1,49 per cento del suo Pil.", "1,49 per cento", "percent_gdp",
         "Italy"),
        ("Alle 32 lidstaten van de NAVO besteden meer.", "32 lidstaten", "allies", None),
        ("2020-ban még csak 9 ország érte el.", "9 ország", "countries", None),
        ("Dohodlo se 28 členských zemí NATO.", "28 členských zemí", "allies", "NATO"),
    ],
)
def test_shares_and_nouns_in_dutch_czech_hungarian_latvian(sentence, figure, unit, entity):
    row = extract_figures(sentence, dt.date(2024, 6, 18)).set_index("text").loc[figure]
    assert row["unit"] == unit
    assert (None if pd.isna(row["entity"]) else row["entity"]) == entity


@pytest.mark.parametrize(("sentence", "figure", "value"), [
    ("De uitgaven bedragen ruim 1,5 biljoen dollar.", "1,5 biljoen dollar", 1.5e12),
    ("Omgerekend bijna 1300 miljard euro.", "1300 miljard euro", 1.3e12),
    ("Výdaje dosáhly zhruba 101 miliard korun.", "101 miliard korun", 1.01e11),
])
def test_scale_words_in_dutch_and_czech(sentence, figure, value):
    assert extract_figures(sentence).set_index("text").loc[figure, "value"] == value


@pytest.mark.parametrize("sentence", [
    "Die Treue der Verbündeten zählt.", "Traktat i treść umowy.", "The treaty set a dose.",
    "Setzen wir die Sitzung fort.", "Üçüncü tur başladı.", "Het doel is gezet.",
    "Quest'ultimo è rimasto.", "Zevende dag.", "Jedenkrát a dost.",
])
def test_words_that_start_like_number_words_are_no_numbers(sentence: str):
    assert extract_figures(sentence).empty


def test_baseline_year_is_not_the_figures_year():
    frame = extract_figures("Since 2014, allies added 600 billion dollars in 2023.")
    amount = frame[frame["kind"] == "amount"].iloc[0]
    assert amount["year"] == 2023


def test_year_stays_within_the_sentence():
    frame = extract_figures("It was 2019. Allies sent 5 ships.")
    assert pd.isna(frame[frame["kind"] == "count"].iloc[0]["year"])


def test_offsets_hold_when_lower_casing_changes_length():
    text = "İstanbul hosted 300 troops and 2 ships."
    frame = extract_figures(text)
    assert list(frame["text"]) == ["300 troops", "2 ships"]
    assert all(text[r.start:r.end] == r.text for r in frame.itertuples())


def test_negative_sign_but_not_parentheses():
    frame = extract_figures("Spending fell -2.5% while the gap ($43 billion) grew.")
    assert list(frame["value"]) == [-2.5, 43e9]


def test_units_propagate_across_of_from_and_lists():
    frame = extract_figures(
        "23 of 32 allies met the guideline, up from 11 in 2023. "
        "Poland spends 4.1% of GDP, up from 2.2% in 2022, and Estonia 3.4%."
    )
    units = dict(zip(frame["text"], frame["unit"], strict=True))
    assert units["23"] == units["11"] == "allies"
    assert units["2.2%"] == units["3.4%"] == "percent_gdp"


@pytest.mark.parametrize("name", ["wire-spending-2024-06.txt", "exercise-briefing.html"])
def test_fixture_articles_use_the_vocabularies(name: str):
    source = load_source(FIXTURES / name)
    frame = extract_figures(source.text, source.published)
    assert len(frame) >= 5
    assert set(frame["unit"]) <= set(UNITS) and set(frame["kind"]) <= set(KINDS)
    assert all(source.text[r.start:r.end] == r.text for r in frame.itertuples())
    assert frame["start"].is_monotonic_increasing


def test_wire_article_metrics_and_entities():
    source = load_source(FIXTURES / "wire-spending-2024-06.txt")
    frame = extract_figures(source.text, source.published).set_index("text")
    assert frame.loc["23 NATO countries", "metric"] == "allies_meeting_2pct_guideline"
    assert frame.loc["23 NATO countries", "year"] == 2024
    assert frame.loc["some $470 billion", "entity"] == "European allies"  # "the total for"
    assert frame.loc["18 percent", "entity"] == "European allies and Canada"
    assert frame.loc["4.12%", "entity"] == "Poland"
    assert frame.loc["3.43%", "entity"] == "Estonia"
    assert frame.loc["1,100 combat vehicles", "metric"] == "exercise_vehicles"
    assert frame.loc["July 9-11", "kind"] == "date"


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "metric"),
    [
        ("At the summit, allies agreed that 2% should be a floor, not a ceiling.", "2%",
         "percent_gdp", "guideline_share_gdp"),
        ("Canada spends about 1.3% of GDP and will not reach 2% until 2032.", "2%",
         "percent_gdp", "guideline_share_gdp"),
        ("Canada spends about 1.3% of GDP and will not reach 2% until 2032.", "about 1.3%",
         "percent_gdp", "defence_spending_share_gdp"),
        ("NATO defence spending rose 2% last year.", "2%", "percent", "defence_spending_change"),
        ("Inflation in the euro area was 2% in May.", "2%", "percent", None),
        ("Only Poland (4.48%) and Latvia (3.73%) exceed the 3.5% core benchmark.", "4.48%",
         "percent_gdp", "defence_spending_share_gdp"),
    ],
)
def test_share_of_gdp_and_guideline(sentence, figure, unit, metric):
    row = extract_figures(sentence).set_index("text").loc[figure]
    assert row["unit"] == unit
    assert (None if pd.isna(row["metric"]) else row["metric"]) == metric


def test_year_written_right_after_a_figure_wins():
    frame = extract_figures(
        "Allies will spend 2.71 percent of GDP in 2024, up from 2.53 percent in 2023."
    ).set_index("text")
    assert frame.loc["2.71 percent", "year"] == 2024
    assert frame.loc["2.53 percent", "year"] == 2023


def test_entity_is_the_ally_named_before_the_figure():
    frame = extract_figures(
        "Poland leads at 4.12% of GDP, followed by Estonia at 3.43% and the US at 3.38%."
    ).set_index("text")
    assert list(frame["entity"]) == ["Poland", "Estonia", "United States"]
    assert set(frame["unit"]) == {"percent_gdp"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One in five allies fall short.", [("One in five", 0.2, "share")]),
        ("About 1/3 of the allies agreed.", [("About 1/3", 1 / 3, "share")]),
        ("It rose 2 in 5 years.", [("2", 2.0, "count"), ("5 years", 5.0, "other")]),
        ("Talks start at 10:30 and end at 5 p.m. on 9/11.", [("9/11", 9.0, "other")]),
        ("In 2023/24 spending rose.", [("2023/24", 2023.0, "year")]),
    ],
)
def test_proportions_times_and_slashes(sentence, expected):
    frame = extract_figures(sentence)
    assert [(r.text, pytest.approx(r.value), r.kind) for r in frame.itertuples()] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NATO Allies Set For Record Spending As 23 Of 32 Meet Target",
         [("23", "count"), ("32", "count")]),
        ("The alliance is conducting Steadfast Defender 2024 and BALTOPS 24 under Article 5.",
         [("2024", "other"), ("24", "other"), ("5", "other")]),
        ("Germany raised its 2024 budget.", [("2024", "year")]),
        ("In Poland 300 troops were deployed.", [("300 troops", "count")]),
    ],
)
def test_numbers_in_names_but_not_in_title_case_headlines(sentence, expected):
    assert [(r.text, r.kind) for r in extract_figures(sentence).itertuples()] == expected


def test_counts_that_refer_back_or_are_sent():
    frame = extract_figures(
        "The 31 member countries spent $1.3 trillion, and 11 of them met NATO's target of "
        "spending 2% of GDP. Most forces come from Europe, while the United States will send "
        "around 20,000."
    ).set_index("text")
    assert frame.loc["31 member countries", "metric"] == "allies_count"
    assert frame.loc["11", ["unit", "metric"]].tolist() == [
        "allies", "allies_meeting_2pct_guideline"]
    assert frame.loc["around 20,000", ["unit", "entity"]].tolist() == ["troops", "United States"]


def test_article_style_units_across_clauses_and_sentences():
    frame = extract_figures(
        "Twenty-three of NATO's 32 members will meet the 2 percent guideline, a big jump from "
        "just three in 2014. The request is $849.8 billion, roughly 3% of GDP. Poland tops the "
        "list at 4.1%, followed by Estonia (3.4%). Spain spends just 1.28%. The summit runs "
        "July 9 to 11."
    )
    rows = {r.text: r for r in frame.itertuples()}
    assert rows["Twenty-three"].unit == rows["three"].unit == "allies"
    assert rows["4.1%"].unit == rows["3.4%"].unit == rows["1.28%"].unit == "percent_gdp"
    assert rows["3.4%"].entity == "Estonia"
    assert (rows["July 9 to 11"].kind, rows["July 9 to 11"].value) == ("date", 9.0)


def test_growth_in_the_next_sentence_stays_percent():
    frame = extract_figures("Poland spends 4.1% of GDP. Its economy grew 3% last year.")
    assert list(frame["unit"]) == ["percent_gdp", "percent"]


def test_urls_addresses_and_iso_dates_are_not_figures():
    frame = extract_figures(
        "See https://www.nato.int/cps/en/natohq/opinions_222605.htm or mail press@nato.int; "
        "updated 2024-02-15T10:30Z. In 2024, 18 allies met the target."
    )
    assert list(frame["text"]) == ["2024", "18 allies"]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # Continental writing in real articles (Difesa Online, Pravda Italia, RP Online, 2024-2025).
    ("the “Steadfast Defender 2024” exercise involved over 90.000 soldiers", "90.000", 90000),
    ("NATO’s high-readiness forces have been increased to 500.000 personnel", "500.000", 500000),
    ("Tra i leader-la Polonia, che ha speso per la difesa 4,07% del PIL", "4,07", 4.07),
    ("an increase of 19,4% compared to 2023", "19,4", 19.4),
    ("die Niederlande werden voraussichtlich 2,05 Prozent ihres BIP aufwenden", "2,05", 2.05),
    # A list of shares with each ally's change in parentheses (TT, Swedish, 2023).
    ("Grekland: 3,54 (-0,16)", "3,54", 3.54),
    ("Lettland: 2,07 (+-0)", "2,07", 2.07),
    # English grouping and decimals are unchanged.
    ("NATO estimated total spending at $1.052 trillion", "1.052", 1.052e12),
    ("about 90,000 troops from 31 NATO allies", "90,000", 90000),
])
def test_thousands_and_decimal_separators_by_the_three_digit_group(sentence, text, value):
    figures = extract_figures(sentence)
    found = figures[figures["text"].str.contains(text, regex=False)]
    assert len(found) == 1 and found.iloc[0]["value"] == pytest.approx(value)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Destinarán el 2,02% de su PIB, por encima del 1,78% de 2023.", "2,02%"),
    ("Die Quote liegt bei 2,1 Prozent des BIP, gegenüber 1,9 Prozent im Jahr 2023.",
     "2,1 Prozent"),
])
def test_a_comparison_in_another_language_keeps_its_year_to_itself(sentence, figure):
    frame = extract_figures(sentence)
    assert pd.isna(frame[frame["text"] == figure].iloc[0]["year"])


def test_a_turkish_year_governs_the_figure_after_it():
    frame = extract_figures("Türkiye 2022’de 455 bin 900 olan asker sayısını 2023’te 463 bin "
                            "700’e taşıdı.")
    years = dict(zip(frame["text"], frame["year"], strict=True))
    assert (years["455 bin 900"], years["463 bin 700"]) == (2022, 2023)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Les données montrent qu’ils dépensent 3,22 % seulement.", "3,22 %"),
    ("Türkiye savunmaya yüzde 2,33 harcıyor.", None),
    ("Norge bruker 2,2 prosent på forsvar.", "2,2 prosent"),
])
def test_spent_in_other_languages_is_a_share_of_gdp(sentence, figure):
    frame = extract_figures(sentence)
    if figure is None:  # the verb after the share says nothing about it
        assert (frame["unit"] != "percent_gdp").all()
    else:
        assert frame[frame["text"] == figure].iloc[0]["unit"] == "percent_gdp"


@pytest.mark.parametrize("noun", ["norm", "standard", "rule", "obligation"])
def test_every_guideline_noun_after_a_level_names_the_guideline(noun):
    # "the 2% norm" reads as "the 2% target": one list of guideline nouns (vocabulary)
    row = extract_figures(f"Spain is still far from the 2% {noun}.").set_index("text").loc["2%"]
    assert row["unit"] == "percent_gdp"
    assert row["metric"] == "guideline_share_gdp"
