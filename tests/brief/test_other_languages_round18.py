"""The brief on news in other languages (round 18): money in Cyrillic ("1,5 триллиона долларов",
"957 миллиардов", "380 млрд. долара", "$1,5 трильйона"), a comma before three digits as a decimal
one before a scale word of a continental language ("2,325 милиарда"), Russian, Ukrainian,
Bulgarian and Greek hedges ("превысят", "майже", "около", "περίπου") and defence words
("военные расходы", "оборонний бюджет"). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for


def _only(text: str) -> dict[str, object]:
    figures = extract_figures(text)
    money = figures[figures["unit"] == "USD"]
    assert len(money) == 1, figures["text"].tolist()
    return money.iloc[0].to_dict()


@pytest.mark.parametrize(("text", "value"), [
    ("Военные расходы альянса составят 1,4 триллиона долларов.", 1.4e12),
    ("На США приходится 890 миллиардов долларов военных расходов.", 890e9),
    ("Военният бюджет на Европа е 310 млрд. долара.", 310e9),
    ("Оборонні витрати сягнуть $1,2 трильйона.", 1.2e12),
    ("България ще похарчи 1,7 милиарда долара за отбрана.", 1.7e9),
    ("Расходы составят 2,4 трлн долл. в этом году.", 2.4e12),
])
def test_money_written_in_cyrillic(text: str, value: float) -> None:
    assert _only(text)["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [
    ("България ще похарчи 3,415 милиарда долара за отбрана.", 3.415e9),
    ("Polsko vydá 3,415 miliardy dolarů na obranu.", 3.415e9),
])
def test_a_comma_before_three_digits_is_decimal_before_a_continental_scale(
        text: str, value: float) -> None:
    assert _only(text)["value"] == pytest.approx(value)


def test_an_english_scale_word_keeps_the_comma_as_thousands() -> None:
    assert _only("The allies spent $1,250 billion in all.")["value"] == pytest.approx(1.25e12)


@pytest.mark.parametrize(("text", "hedge"), [
    ("Расходы превысят 1,4 триллиона долларов.", "превысят"),
    ("Бюджет становитиме майже $1,4 трильйона.", "майже"),
    ("В учението участват около 40 000 военнослужещи.", "около"),
    ("Στην άσκηση συμμετέχουν περίπου 10.000 στρατιώτες.", "περίπου"),
])
def test_hedges_before_a_number_in_cyrillic_and_greek(text: str, hedge: str) -> None:
    figures = extract_figures(text)
    assert figures.iloc[0]["qualifier"] == hedge


def test_russian_defence_words_let_the_total_be_compared() -> None:
    text = "По данным НАТО, в 2024 году военные расходы стран альянса составят около 1,47 " \
           "триллиона долларов."
    rows = check_figures(extract_figures(text), date(2024, 6, 20), text=text)
    row = row_for(rows, "около 1,47 триллиона долларов")
    assert row["metric"] == "nato_total_defence_spending"
    assert row["status"] == "consistent"
