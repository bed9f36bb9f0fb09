"""Guidelines from data with their sources, counts of "N of M" allies of each year, the gap and
the straight path to The Hague's 3.5%, constant membership and the years before accession."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest

from analysis import paths
from analysis.data import indicators, load
from analysis.report import (
    chart_parts,
    frames,
    guideline_lines,
    profile_charts,
    spending_charts,
    style,
    summary_tables,
    target_charts,
)
from analysis.vocabulary import membership_size

VINTAGE = "2024-06"  # the release with NATO's GDP tables


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load.load_nato()


@pytest.fixture(scope="module")
def lines() -> tuple[guideline_lines.GuidelineLine, guideline_lines.GuidelineLine]:
    return guideline_lines.share_guidelines(load.load_guidelines())


@pytest.fixture(scope="module")
def source() -> str:
    return style.source_line(load.release_info(VINTAGE))


def _legend_texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes if ax.get_legend()
            for t in ax.get_legend().get_texts()] + [
        t.get_text() for legend in fig.legends for t in legend.get_texts()]


def test_guideline_lines_come_from_the_data_with_their_summit(lines) -> None:
    data = load.load_guidelines().set_index("guideline")
    wales, hague = lines
    assert wales.value == data.loc["share_gdp", "value"]
    assert hague.value == data.loc["core_defence_share_gdp", "value"]
    assert hague.target_year == data.loc["core_defence_share_gdp", "target_year"]
    summit = data.loc["core_defence_share_gdp", "summit"]
    assert hague.label == f"{hague.value:g}% core defence ({summit})"
    assert data.loc["share_gdp", "summit"] in wales.label
    override, _ = guideline_lines.share_guidelines(load.load_guidelines(), override_pct=2.5)
    assert override.value == 2.5 and "guideline_pct" in override.label
    same, _ = guideline_lines.share_guidelines(load.load_guidelines(), override_pct=wales.value)
    assert same == wales


def test_counts_read_n_of_the_allies_of_each_year(nato) -> None:
    levels = [2.0, 3.5]
    counts = frames.counts_at_guidelines(nato, levels, VINTAGE, range(2014, 2025),
                                         load.allies(VINTAGE)).set_index("year")
    for year in (2014, 2020, 2023, 2024):
        assert counts.loc[year, "allies"] == membership_size(dt.date(year, 12, 31))
    assert counts.loc[2014, "allies"] == 28
    shares = indicators.select(nato, "share_gdp_pct", VINTAGE)
    before = shares[(shares["year"] == 2014) & ~shares["ally"].isin(
        ["Finland", "Sweden", "Montenegro", "North Macedonia"])]
    assert counts.loc[2014, "count_0"] == int((before["value"] >= 2.0).sum())
    assert counts.loc[2014, "count_1"] == int((before["value"] >= 3.5).sum())


def test_count_chart_labels_n_of_m_for_both_guidelines(nato, lines, source) -> None:
    counts = frames.counts_at_guidelines(nato, [line.value for line in lines], VINTAGE,
                                         range(2014, 2025), load.allies(VINTAGE))
    fig = target_charts.allies_at_guidelines(counts, source=source, guidelines=lines)
    texts = style.figure_texts(fig)
    first = counts.iloc[0]
    assert f"{first['count_0']} of {first['allies']}" in texts
    assert f"{first['count_1']} of {first['allies']}" in texts
    legend = " ".join(_legend_texts(fig))
    assert lines[0].label in legend and lines[1].label in legend


def test_ranked_chart_draws_both_lines_labelled_with_their_source(nato, lines, source) -> None:
    ranked = frames.one_year(nato, "share_gdp_pct", 2024, VINTAGE, include_aggregates=True)
    fig = spending_charts.share_of_gdp_ranked(ranked, year=2024, source=source, guidelines=lines,
                                              members=32)
    assert chart_parts.guideline_values(fig) == [lines[0].value, lines[1].value]
    allies = ranked[~ranked["is_aggregate"]]["value"]
    title = style.chart_title(fig)
    assert f"{int((allies >= lines[0].value).sum())} of 32 allies" in title
    assert f"{int((allies >= lines[1].value).sum())} at or above {lines[1].value:g}%" in title
    assert {lines[0].label, lines[1].label} <= set(_legend_texts(fig))
    ax = fig.axes[0]
    fig.canvas.draw()
    legend_box = ax.get_legend().get_window_extent()
    values = [t.get_window_extent() for t in ax.texts]
    assert not any(legend_box.overlaps(box) for box in values)  # no label under the key


def test_gap_in_points_and_dollars(nato, lines) -> None:
    hague = lines[1]
    gaps = summary_tables.target_gaps(nato, VINTAGE, 2024, ["Spain", "Poland"], hague)
    gdp = indicators.select(nato, "gdp_usd_million_current", VINTAGE)
    share = indicators.select(nato, "share_gdp_pct", VINTAGE)
    for _, row in gaps.iterrows():
        value = share[(share["ally"] == row["ally"]) & (share["year"] == 2024)]["value"].item()
        money = gdp[(gdp["ally"] == row["ally"]) & (gdp["year"] == 2024)]["value"].item()
        assert row["gap_pp"] == pytest.approx(hague.value - value)
        assert row["gap_usd_million"] == pytest.approx((hague.value - value) / 100 * money)
        assert row["step_pp"] == pytest.approx((hague.value - value) / (hague.target_year - 2024))
    assert gaps["ally"].tolist() == ["Spain", "Poland"]  # largest gap first
    table = summary_tables.target_gap_table(nato, VINTAGE, 2024, ["Spain"], hague)
    assert table.shape[1] <= summary_tables.MAX_COLUMNS
    assert table.iloc[0, 3] == pytest.approx(round(gaps.iloc[0]["gap_usd_million"] / 1000, 2))


def test_path_chart_runs_from_the_latest_value_to_the_target(nato, lines, source) -> None:
    wales, hague = lines
    history = frames.target_history(nato, VINTAGE, 2014, 2024, ["Spain"])
    fig = target_charts.path_to_target(history, source=source, target=hague,
                                       guidelines=lines)
    paths_drawn = [ln for ln in fig.axes[0].get_lines() if ln.get_gid() == "path"]
    assert len(paths_drawn) == 2  # the median and Spain
    spain = history[(history["ally"] == "Spain") & (history["year"] == 2024)]["value"].item()
    ends = {(float(ln.get_xdata()[0]), float(ln.get_ydata()[0]),
             float(ln.get_xdata()[-1]), float(ln.get_ydata()[-1])) for ln in paths_drawn}
    assert (2024.0, spain, float(hague.target_year), hague.value) in ends
    median = indicators.alliance_median(nato, vintage=VINTAGE).set_index("year")["median"]
    assert (2024.0, median[2024], float(hague.target_year), hague.value) in ends
    assert sorted(chart_parts.guideline_values(fig)) == [wales.value, hague.value]


def test_profile_shades_the_years_before_accession(nato, lines, source) -> None:
    def panel(ally: str) -> profile_charts.ProfileSeries:
        rows = frames.series(nato, "share_gdp_pct", VINTAGE, allies=[ally])
        return profile_charts.ProfileSeries(
            "Share of GDP", "% of GDP", rows, guideline=lines[0].value,
            guideline_label=lines[0].label,
            more_guidelines=((lines[1].value, lines[1].label),))

    fig = profile_charts.ally_profile_panels("Finland", [panel("Finland")], source=source,
                                             member_from=2023)
    spans = [p for p in fig.axes[0].patches if p.get_gid() == "not-yet-an-ally"]
    assert len(spans) == 1
    x0, x1 = spans[0].get_x(), spans[0].get_x() + spans[0].get_width()
    assert (x0, x1) == (2013.5, 2022.5)
    assert "not yet an ally (joined 2023)" in _legend_texts(fig)
    assert sorted(chart_parts.guideline_values(fig)) == [lines[0].value, lines[1].value]
    poland = profile_charts.ally_profile_panels("Poland", [panel("Poland")], source=source,
                                                member_from=1999)
    assert not [p for p in poland.axes[0].patches if p.get_gid() == "not-yet-an-ally"]


def test_europe_chart_shows_constant_membership_beside_nato_aggregate(nato, source) -> None:
    rows = frames.europe_and_us(nato, VINTAGE, 2014, 2024)
    constant = indicators.constant_membership_total(nato, 2014, 2024, vintage=VINTAGE)
    fig = spending_charts.europe_canada_vs_us(rows, source=source, constant=constant)
    same = constant.set_index("year")["value"]
    aggregate = rows[rows["ally"] == frames.EUROPE_CANADA].set_index("year")["value"]
    legend = " ".join(_legend_texts(fig))
    assert f"the same {len(constant.attrs['countries'])} countries: " \
           f"{(same[2024] / same[2014] - 1) * 100:+.0f}%" in legend
    assert f"NATO's aggregate, allies from accession): " \
           f"{(aggregate[2024] / aggregate[2014] - 1) * 100:+.0f}%" in legend


def test_ally_facts_give_the_gap_to_the_hague(nato, lines) -> None:
    facts = summary_tables.ally_facts(nato, "Spain", VINTAGE, 2024, 2014,
                                      guideline_pct=lines[0].value, equipment_pct=20.0,
                                      target=lines[1])
    row = facts[facts["measure"] == f"Gap to {lines[1].label}"].iloc[0]
    gap = summary_tables.target_gaps(nato, VINTAGE, 2024, ["Spain"], lines[1]).iloc[0]
    assert row["value"] == f"{gap['gap_pp']:+.2f} pp"
    assert "billion USD" in row["note"] and "a year to" in row["note"]


@pytest.mark.parametrize("name", ["spending_trends", "ally_profile"])
def test_notebooks_take_guideline_values_from_data(name: str) -> None:
    notebook = json.loads((paths.notebooks_dir() / f"{name}.ipynb").read_text())
    code = ["".join(c["source"]) for c in notebook["cells"]
            if c["cell_type"] == "code" and "parameters" not in c["metadata"].get("tags", [])]
    literal = re.compile(r"(?<![\w.])(2\.0|20\.0|3\.5|5\.0|2035)(?![\w.])")
    found = [m.group(0) for text in code for m in literal.finditer(text)]
    assert found == []
    assert any("load_guidelines()" in text for text in code)
