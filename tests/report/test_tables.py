"""Tables and selections of the report notebooks (analysis.report.tables), on the bundled data."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.data import indicators, load
from analysis.errors import DataError
from analysis.report import (
    coverage,
    frames,
    source_figures,
    sources_notes,
    summary_tables,
)


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    # One release (the June 2024 workbook, with every table), as a report's frames are.
    data = load.load_nato()
    return data[data["vintage"] == "2024-06"]


@pytest.fixture(scope="module")
def vintage() -> str:
    # The newest release with every table (dollars too): these tests use them all.
    return load.latest_release("usd_million_constant_2015")


def test_coverage_with_dollars_checks_both_releases_and_adds_their_values(nato, vintage):
    allies = ["Spain", "Poland"]
    shares, dollars, total = coverage.check_coverage_with_dollars(
        nato, vintage=vintage, indicators_needed=["share_gdp_pct"], allies=allies,
        years=range(2014, 2025), dollar_vintage=vintage, dollar_years=range(2020, 2025))
    assert list(dollars["indicator"]) == [coverage.CONSTANT_DOLLARS]
    assert shares.loc[0, "values"] == 2 * 11 and dollars.loc[0, "values"] == 2 * 5
    assert total == 2 * 11 + 2 * 5
    damaged = nato.copy()
    damaged.loc[(damaged["indicator"] == coverage.CONSTANT_DOLLARS)
                & (damaged["ally"] == "Spain") & (damaged["year"] == 2021), "value"] = None
    with pytest.raises(DataError, match="has no value for Spain 2021"):
        coverage.check_coverage_with_dollars(
            damaged, vintage=vintage, indicators_needed=["share_gdp_pct"], allies=allies,
            years=range(2014, 2025), dollar_vintage=vintage, dollar_years=range(2020, 2025))


def test_standard_notes_name_the_ally_left_out_and_a_copy_of_the_release():
    own = sources_notes.standard_notes(load.release_info("2024-06"))
    assert own == ["Iceland has no armed forces and is not in NATO's expenditure tables."]
    copy = load.release_info("2025-08")
    assert copy.secondary
    assert sources_notes.standard_notes(copy) == [copy.provenance_note, own[0]]


def test_check_coverage_names_the_missing_value(nato, vintage):
    allies = load.allies(vintage)
    summary = coverage.check_coverage(nato, vintage=vintage, indicators_needed=["share_gdp_pct"],
                                    allies=allies, years=range(2014, 2025))
    assert summary.loc[0, "values"] == len(allies) * 11
    damaged = nato.copy()
    hole = (damaged["indicator"] == "share_gdp_pct") & (damaged["ally"] == "Spain") & (
        damaged["year"] == 2020)
    damaged.loc[hole, "value"] = float("nan")
    with pytest.raises(DataError, match="share_gdp_pct has no value for Spain 2020"):
        coverage.check_coverage(damaged, vintage=vintage, indicators_needed=["share_gdp_pct"],
                              allies=allies, years=range(2014, 2025))


def test_check_range_catches_an_implausible_value(nato, vintage):
    coverage.check_range(nato, "share_gdp_pct", 0, 15, vintage)
    damaged = nato.copy()
    row = (damaged["indicator"] == "share_gdp_pct") & (damaged["ally"] == "Italy") & (
        damaged["year"] == 2016)
    damaged.loc[row, "value"] = 150.0
    with pytest.raises(DataError, match="Italy 2016 is 150"):
        coverage.check_range(damaged, "share_gdp_pct", 0, 15, vintage)


def test_guideline_counts_within_a_selection(nato, vintage):
    everyone = frames.guideline_counts(nato, 2.0, vintage, range(2014, 2025), load.allies(vintage))
    reference = indicators.threshold_count(nato, 2.0)
    assert everyone["count"].tolist() == reference["count"].tolist()
    few = frames.guideline_counts(nato, 2.0, vintage, [2024], ["Poland", "Spain"])
    shares = indicators.select(nato, "share_gdp_pct")
    expected = int((shares[(shares["year"] == 2024) & shares["ally"].isin(["Poland", "Spain"])]
                    ["value"] >= 2.0).sum())
    assert few["count"].tolist() == [expected] and few["allies"].tolist() == [2]


def test_change_between_matches_the_two_years(nato, vintage):
    change = frames.change_between(nato, "share_gdp_pct", 2014, 2024, vintage)
    shares = indicators.select(nato, "share_gdp_pct").set_index(["ally", "year"])["value"]
    row = change[change["ally"] == "Latvia"].iloc[0]
    assert row["change"] == pytest.approx(shares["Latvia", 2024] - shares["Latvia", 2014])
    assert bool(row["estimate"]) is True  # 2024 is an estimate in this release
    assert change["change"].is_monotonic_decreasing


def test_spending_table_is_narrow_and_ranked(nato, vintage):
    table = summary_tables.spending_table(nato, vintage, 2014, 2024, load.allies(vintage), 2.0)
    assert table.shape == (31, 7)
    assert table["rank"].tolist() == sorted(table["rank"].tolist())
    assert table.columns[3] == "% GDP 2024e"
    assert (table["≥ 2%"] == "yes").sum() == indicators.threshold_count(nato).iloc[-1]["count"]


def test_narrow_refuses_wide_tables():
    with pytest.raises(ValueError, match="at most 7"):
        summary_tables.narrow(pd.DataFrame({str(i): [1.0] for i in range(8)}))
    assert summary_tables.narrow(pd.DataFrame({"x": [1.23456]}), 1)["x"].iloc[0] == 1.2


def test_styled_escapes_and_hides_the_index():
    html = summary_tables.styled(pd.DataFrame({"a": [">5"], "b": [1.5]}), caption="C").to_html()
    assert "&gt;5" in html and "1.50" in html and "C" in html
    assert "row_heading" not in html


def test_exercise_figures_prefer_the_final_count():
    figures = source_figures.exercise_figures(load.load_headlines())
    one = figures.set_index(["exercise", "measure"])
    # Trident Juncture 18: 50,000 (no status), 51,161 (final), 40,000 (plan): final wins.
    assert one.loc[("Trident Juncture 18", "personnel"), "value"] == 51161
    assert one.loc[("Steadfast Defender 24", "personnel"), "qualifier"] == "more than"
    assert not figures.duplicated(["exercise", "measure"]).any()
    assert figures["year"].is_monotonic_decreasing
    table = source_figures.exercise_table(figures)
    sd = table[table["exercise"] == "Steadfast Defender 24"].iloc[0]
    assert (sd["personnel"], sd["ships"], sd["vehicles"]) == (">90,000", ">50", ">1,100")
    quotes = source_figures.exercise_quotes(figures)
    assert not quotes.duplicated(["exercise", "quote"]).any()
    assert len(quotes) < len(figures)  # one quote serves several measures


def test_force_figures_keep_troops_and_drop_money():
    figures = pd.DataFrame({
        "source_id": ["s", "s", "s"],
        "text": ["90,000 troops", "380 billion dollars", "50 ships"],
        "value": [90000, 3.8e11, 50],
        "unit": ["troops", "USD", "ships"],
        "sentence": ["a", "b", "c"],
    })
    force = source_figures.force_figures(figures)
    assert force["text"].tolist() == ["90,000 troops", "50 ships"]
    assert force["quote"].tolist() == ["a", "c"]


def test_ally_facts_agree_with_the_indicators(nato, vintage):
    facts = summary_tables.ally_facts(nato, "Estonia", vintage, 2024, 2014, guideline_pct=2.0,
                                      equipment_pct=20.0).set_index("measure")
    ranks = indicators.rank(nato, 2024)
    estonia = ranks[ranks["ally"] == "Estonia"].iloc[0]
    assert facts.loc["Rank by share of GDP 2024e", "value"] == f"{estonia['rank']} of 31"
    assert facts.loc["Defence spending, share of GDP 2024e", "value"] == \
        f"{estonia['value']:.2f}%"
    assert facts.loc["National 2% commitment", "value"] == "yes"  # 'Estonia*' in the workbook


def test_release_history_and_table():
    releases = load.all_releases("share_gdp_pct")
    history = summary_tables.release_history(releases, "Poland", max_years=3)
    assert history["year"].nunique() == 3
    assert history["year"].max() == 2024  # the newest revised year is always kept
    assert (history.groupby("year")["vintage"].nunique() >= 2).all()
    table = summary_tables.release_table(history)
    assert table.columns[0] == "release" and table.shape[1] <= summary_tables.MAX_COLUMNS
    poland_2024 = load.compare_releases("Poland", 2024)
    row = table[table["release"] == "2024-06"].iloc[0]
    assert row["2024"] == f"{poland_2024.iloc[0]['value']:.2f}e"


def test_short_source_names_the_sites():
    text = ("https://www.nato.int/cps/en/x.htm (NATO) | https://dailysabah.com/a (news) | "
            "github:someone/repo/file.xlsx@abc (workbook)")
    assert (source_figures.short_source(text)
            == "nato.int, dailysabah.com, NATO workbook (GitHub copy)")


def test_data_files_hash_sidecarred_and_plain_files(tmp_path):
    info = load.release_info("2024-06")
    plain = tmp_path / "doc.txt"
    plain.write_text("hello", encoding="utf-8")
    files = sources_notes.data_files([info.file, plain])
    assert files[0].sha256 == info.sha256
    assert files[1].sha256 == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    markdown = sources_notes.sources_markdown(info, files, ["a note"])
    assert info.sha256 in markdown and "a note" in markdown and "2024-06-12" in markdown


def test_sentence_around_cuts_the_sentence_of_a_figure():
    text = "NATO met today. The exercise has 90,000 troops!\nIt ends in May."
    start = text.index("90,000")
    sentence = source_figures.sentence_around(text, start, start + 6)
    assert sentence == "The exercise has 90,000 troops!"
    assert source_figures.sentence_around(text, 0, 4) == "NATO met today."
    with pytest.raises(DataError, match="outside a text"):
        source_figures.sentence_around(text, 5, 500)


def test_reviewed_figures_get_their_quotes_from_the_source_text():
    figures, reviewed = source_figures.source_figures()
    assert "sentence" in figures.columns
    force = source_figures.force_figures(figures)
    troops = force[force["text"].str.contains("troops")].iloc[0]
    assert troops["text"] in troops["quote"]  # the quote holds the figure it supports
    files = source_figures.figure_files(figures, reviewed)
    assert files and all(path.exists() for path in files)


def test_exercise_quotes_and_source_notes_cite_natos_own_pages():
    from analysis.report.sources_notes import citation_notes

    figures = source_figures.exercise_figures(load.load_headlines())
    quotes = source_figures.exercise_quotes(figures)
    air = quotes[quotes["exercise"] == "Air Defender 23"]
    assert set(air["sites"]) == {"nato.int"}
    notes = citation_notes(load.load_headlines(), load.load_citations())
    assert any("<https://www.nato.int/cps/en/natohq/opinions_222594.htm>" in n and
               "securengin.fifthestate.nz" in n for n in notes)
    secondary = [n for n in notes if n.startswith("Secondary:")]
    assert len(secondary) == 1 and "tass.com" in secondary[0]
    assert "news reports" in secondary[0] and "third-party copies" in secondary[0]
    assert any(n.startswith("No NATO page found") and "nordot.app" in n for n in notes)
    # Only the citations a report's statements use are named.
    only_tass = load.load_headlines()
    only_tass = only_tass[only_tass["source"].str.startswith("https://tass.com")]
    assert [n[:10] for n in citation_notes(only_tass, load.load_citations())] == ["Secondary:"]


@pytest.mark.parametrize("release", ["2024-06", "2025-08"])
def test_allies_without_value_make_the_counts_add_up(release):
    # "N of M at or above" + "K of M below" + the allies with no value = M, in every release.
    data = load.load_nato()
    year = max(load.years(release))
    allies = load.allies(release)
    counts = frames.guideline_counts(data, 2.0, release, [year], allies).iloc[0]
    missing = frames.allies_without_value(data, release, year, allies)
    rows = indicators.select(data, "share_gdp_pct", release)
    values = rows[(rows["year"] == year) & rows["value"].notna()
                  & rows["ally"].isin(indicators.members_in_year(year))]["value"]
    below = int((values < 2.0).sum())
    assert counts["count"] + below + len(missing) == counts["allies"]
    assert "Iceland" in missing  # in NATO, with no armed forces and so no figures
    chosen = frames.allies_without_value(data, release, year, ["Poland", *missing[:1]])
    assert chosen == missing[:1] and "Poland" not in chosen
