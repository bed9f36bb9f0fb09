"""The brief on news in other languages (issue 9, round 23): Czech, Slovak and Finnish counts of
allies at the 2% guideline ("23 ze 32 členských zemí", "22 členských štátov", "Naton 32
jäsenmaasta 23"), their cardinals as words ("Osemnásť", "Třiadvacet", "traja"), the genitive
two ("dvoch percent", "kahden prosentin"), and the Czech words opening with "ne" that negate
nothing ("nebo", or). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JULY_2024 = date(2024, 7, 1)
COUNT = "allies_meeting_2pct_guideline"


def _rows(text: str, published: date = JULY_2024):
    return check_figures(extract_figures(text), published, text=text)


@pytest.mark.parametrize(("text", "figure"), [
    # Czech "ze" (of) before the membership
    ("Podle NATO letos dosáhne dvou procent HDP 23 ze 32 členských států.", "23"),
    # Czech "členů" (members), the target before the count
    ("Dvě procenta HDP na obranu letos vynaloží 23 členů NATO.", "23 členů"),
    # Slovak "členských štátov" and the genitive "dvoch percent"
    ("Hranicu dvoch percent HDP tento rok podľa NATO prekročí 23 členských štátov.",
     "23 členských štátov"),
    # Finnish: the membership in the elative ("32 jäsenmaasta"), then the bare count
    ("Naton 32 jäsenmaasta 23 ylittää tänä vuonna kahden prosentin tavoitteen.", "23"),
])
def test_counts_at_the_target_in_czech_slovak_and_finnish(text: str, figure: str) -> None:
    row = row_for(_rows(text), figure)
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


def test_the_finnish_membership_is_no_count_at_the_target() -> None:
    """ "Naton 32 jäsenmaasta" (of NATO's 32 members) is what the count after it is out of."""
    row = row_for(_rows("Naton 32 jäsenmaasta 23 ylittää tänä vuonna kahden prosentin "
                        "tavoitteen."), "32")
    assert row["metric"] != COUNT
    assert row["status"] not in ("consistent", "superseded", "differs")


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("Osemnásť spojencov podľa NATO tento rok splní cieľ dvoch percent HDP.",
     "Osemnásť spojencov", 18),
    ("Třiadvacet spojeneckých zemí NATO letos vynaloží dvě procenta HDP.",
     "Třiadvacet spojeneckých zemí", 23),
])
def test_czech_and_slovak_cardinals_as_words(text: str, figure: str, value: int) -> None:
    figures = extract_figures(text)
    assert value in set(figures["value"])
    row = row_for(_rows(text, date(2024, 3, 1)), figure)
    assert row["metric"] == COUNT and row["year"] == 2024


def test_slovak_three_allies_of_a_past_year() -> None:
    """ "keď tento cieľ splnili len traja spojenci" (when only three allies met this goal): the
    Slovak male "traja" and "cieľ" (the goal) before the count."""
    text = ("Ešte v roku 2014, keď tento cieľ splnili iba traja spojenci, boli výdavky "
            "aliancie nízke.")
    row = row_for(_rows(text, date(2024, 3, 1)), "traja spojenci")
    assert row["metric"] == COUNT and row["year"] == 2014
    assert row["status"] == "consistent" and row["reference_value"] == 3.0


def test_czech_or_negates_nothing() -> None:
    """ "dvě procenta HDP nebo více" (2% of GDP or more): "nebo" is "or", no negated verb."""
    text = "V roce 2021 dávalo dvě procenta HDP nebo více jen šest členských zemí NATO."
    row = row_for(_rows(text), "šest členských zemí")
    assert row["metric"] == COUNT and row["year"] == 2021
    assert row["status"] == "consistent"


def test_a_czech_negated_verb_still_counts_the_others() -> None:
    """ "nevynaloží" (will not spend): the count is of the allies below the target."""
    text = "Dvě procenta HDP na obranu letos nevynaloží devět členských zemí NATO."
    row = row_for(_rows(text), "devět členských zemí")
    assert row["metric"] != COUNT


@pytest.mark.parametrize(("text", "value"), [
    ("Spojenci navýšili výdavky o viac ako 600 miliárd dolárov.", 6e11),
    ("Členské štáty NATO vydali na obranu približne 1,3 bilióna dolárov.", 1.3e12),
    ("Členské státy NATO vydaly na obranu zhruba 1,3 bilionu dolarů.", 1.3e12),
])
def test_slovak_and_czech_billions_and_trillions_of_dollars(text: str, value: float) -> None:
    """Slovak "miliárd" (billions), "bilióna" and Czech "bilionu" (trillions: the long scale),
    Slovak "dolárov" (dollars)."""
    figures = extract_figures(text)
    money = figures[figures["unit"] == "USD"]
    assert list(money["value"]) == [value]


def test_the_allies_trillion_in_slovak() -> None:
    text = "Členské štáty NATO minuli vlani na obranu približne 1,3 bilióna dolárov."
    row = row_for(_rows(text, date(2025, 5, 1)), "1,3 bilióna dolárov")
    assert row["metric"] == "nato_total_defence_spending" and row["year"] == 2024
    assert row["status"] == "consistent"


@pytest.mark.parametrize("text", [
    "Praegu ületab kahe protsendi piiri juba 23 NATO liikmesriiki.",
    "NATO 32 liikmesriigist 23 kulutab tänavu kaitsele vähemalt kaks protsenti.",
])
def test_estonian_counts_at_the_target(text: str) -> None:
    """Estonian writes as Finnish: the genitive two ("kahe protsendi"), the members in the
    partitive ("23 NATO liikmesriiki") or, out of which, in the elative ("32 liikmesriigist")."""
    rows = _rows(text)
    row = row_for(rows, "23")
    assert row["metric"] == COUNT and row["reference_value"] == 23.0
    assert not (rows["figure"].str.startswith("32") & (rows["metric"] == COUNT)).any()


def test_a_serbian_count_above_a_floor_this_year() -> None:
    """ "ove godine više od 20 članica" (this year more than 20 members): "ove godine" is this
    year, "više od" (more than) a floor of the count, not "od" (from) before the membership."""
    text = ("Generalni sekretar NATO rekao je da je ove godine više od 20 članica alijanse "
            "dostiglo cilj od dva odsto BDP-a.")
    row = row_for(_rows(text), "više od 20 članica")
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["status"] == "superseded" and row["reference_value"] == 23.0


def test_serbian_last_year() -> None:
    figures = extract_figures("Prošle godine je taj cilj ostvarilo 11 članica NATO.",
                              date(2024, 6, 20))
    assert set(figures["year"].dropna()) == {2023}


def test_an_exercises_forces_in_serbian() -> None:
    """ "oko 90.000 snaga" (about 90,000 forces) are the exercise's people, as "Kräfte"."""
    text = ("Na vežbi Steadfast Defender 2024 učestvovaće oko 90.000 snaga iz svih "
            "savezničkih država.")
    rows = _rows(text, date(2024, 1, 20))
    row = rows[rows["value"] == 90000.0].iloc[0]
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_allied_countries_name_the_alliance() -> None:
    """ "spojeneckých zemí" (allied countries) is the alliance, NATO unnamed in the sentence."""
    text = "Třiadvacet spojeneckých zemí dává letos na armádu dvě procenta HDP, uvedl ministr."
    row = row_for(_rows(text), "Třiadvacet spojeneckých zemí")
    assert row["metric"] == COUNT and row["reference_value"] == 23.0
