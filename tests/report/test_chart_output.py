"""Charts leave the notebook as inline SVG with their text as text, and with the tidy table of the
numbers they were drawn from (unit, release, source), linked under them."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from analysis.data import indicators
from analysis.data.load import load_guidelines, load_nato, release_info
from analysis.report import charts, tables
from analysis.report.chart_data import release_of, tidy_chart_data
from analysis.report.chart_output import (
    CHART_DATA_KEY,
    CSV_MIME,
    chart_bundle,
    data_file_name,
    inline_svg,
)

VINTAGE = "2024-06"  # the June 2024 workbook: every table, dollars too


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load_nato()


@pytest.fixture(scope="module")
def source() -> str:
    return charts.source_line(release_info(VINTAGE))


def _every_chart(nato: pd.DataFrame, source: str) -> list:
    """One of each chart the report notebooks draw, from the bundled data."""
    wales, hague = charts.share_guidelines(load_guidelines())
    ranked = tables.one_year(nato, "share_gdp_pct", 2024, VINTAGE, include_aggregates=True)
    trend = tables.series(nato, "share_gdp_pct", VINTAGE, start_year=2014)
    median = indicators.alliance_median(nato, "share_gdp_pct", VINTAGE).set_index("year")["median"]
    counts = tables.counts_at_guidelines(nato, [wales.value, hague.value], VINTAGE,
                                         range(2014, 2025), tables.resolve_allies(
                                             "all", sorted(set(trend["ally"])), release=VINTAGE))
    change = tables.change_between(nato, "share_gdp_pct", 2014, 2024, VINTAGE)
    europe = tables.europe_and_us(nato, VINTAGE, 2014, 2024)
    picture = tables.share_and_equipment(nato, 2024, VINTAGE)
    people = tables.one_year(nato, "personnel_thousands", 2024, VINTAGE)
    history = tables.target_history(nato, VINTAGE, 2014, 2024, ["Poland"])
    panel = charts.ProfileSeries("Share of GDP", "% of GDP",
                                 tables.series(nato, "share_gdp_pct", VINTAGE, allies=["Poland"]),
                                 comparison=median, comparison_label="alliance median")
    return [
        charts.share_of_gdp_ranked(ranked, year=2024, source=source, guidelines=[wales, hague]),
        charts.share_of_gdp_trends(trend, source=source, guidelines=[wales, hague], median=median,
                                   highlight=["Poland"]),
        charts.allies_at_guidelines(counts, source=source, guidelines=[wales, hague]),
        charts.change_by_ally(change, start_year=2014, end_year=2024, source=source),
        charts.europe_canada_vs_us(europe, source=source),
        charts.equipment_vs_share(picture, year=2024, source=source, gdp_guideline_pct=wales.value,
                                  equipment_guideline_pct=charts.guideline_line(
                                      load_guidelines(), "equipment_share").value),
        charts.personnel_ranked(people, year=2024, source=source),
        charts.path_to_target(history, source=source, target=hague),
        charts.ally_profile_panels("Poland", [panel], source=source),
    ]


def test_every_chart_keeps_a_tidy_table_with_unit_release_and_source(nato, source):
    taken: list[str] = []
    for fig in _every_chart(nato, source):
        bundle, metadata = chart_bundle(fig, None, taken)
        table = pd.read_csv(io.StringIO(bundle[CSV_MIME]))
        title = charts.chart_title(fig)
        assert list(table.columns[-3:]) == ["unit", "release", "source"], title
        numbers = table.select_dtypes("number").drop(columns=["year"], errors="ignore")
        assert len(table) > 0 and numbers.notna().any().any(), title
        assert table["unit"].notna().all() and (table["unit"] != "").all(), title
        assert set(table["release"]) == {VINTAGE}, title
        assert set(table["source"]) == {charts.source_line(release_info(VINTAGE))}, title
        assert metadata[CHART_DATA_KEY]["file"] == taken[-1]
    assert len(set(taken)) == len(taken) == 9
    assert taken[0].startswith("01-defence-expenditure-as-a-share-of-gdp-2024e")


def test_the_table_holds_the_values_drawn(nato, source):
    ranked = tables.one_year(nato, "share_gdp_pct", 2024, VINTAGE)
    fig = charts.share_of_gdp_ranked(ranked, year=2024, source=source,
                                     guidelines=charts.share_guidelines(load_guidelines()))
    bundle, _ = chart_bundle(fig, None, [])
    table = pd.read_csv(io.StringIO(bundle[CSV_MIME])).set_index("ally")
    poland = ranked.set_index("ally").loc["Poland", "value"]
    assert table.loc["Poland", "value"] == pytest.approx(poland)
    assert table.loc["Poland", "unit"] == "% of GDP" and table.loc["Poland", "year"] == 2024


def test_scaled_values_carry_the_unit_they_are_in(nato, source):
    """Europe and the US are charted in billions: the table must not say million."""
    europe = tables.europe_and_us(nato, VINTAGE, 2014, 2024)
    fig = charts.europe_canada_vs_us(europe, source=source)
    table = pd.read_csv(io.StringIO(chart_bundle(fig, None, [])[0][CSV_MIME]))
    assert table["unit"].str.startswith("billion").all()
    us = europe[(europe["ally"] == "United States") & (europe["year"] == 2024)]["value"].iloc[0]
    shown = table[(table["ally"] == "United States") & (table["year"] == 2024)]["value"].iloc[0]
    assert shown == pytest.approx(us / 1000)


class _Svg(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text.append(data)


def test_chart_html_is_inline_svg_with_text_as_text_and_a_relative_link(nato, source):
    ranked = tables.one_year(nato, "share_gdp_pct", 2024, VINTAGE)
    fig = charts.share_of_gdp_ranked(ranked, year=2024, source=source,
                                     guidelines=charts.share_guidelines(load_guidelines()))
    bundle, metadata = chart_bundle(fig, None, [])
    page = _Svg()
    page.feed(bundle["text/html"])
    assert "svg" in page.tags and "img" not in page.tags and "image" not in page.tags
    assert "script" not in page.tags
    words = " ".join(page.text)
    assert "Poland" in words and "Defence expenditure as a share of GDP" in words
    assert page.links == [metadata[CHART_DATA_KEY]["file"]]
    assert not re.search(r"(https?:)?//(?!www\.w3\.org)", bundle["text/html"])  # no fetches


def test_inline_svg_drops_the_prolog_and_names_the_chart():
    element = inline_svg('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg width="1pt"></svg>',
                         'A "quoted" <title>')
    assert element.startswith('<svg role="img" aria-label="A &quot;quoted&quot; &lt;title&gt;"')
    with pytest.raises(ValueError, match="not an SVG"):
        inline_svg("<html></html>", "x")


def test_data_file_names_are_plain_numbered_and_short():
    taken = ["01-x.csv"]
    name = data_file_name("Defence expenditure as a share of GDP, 2024e: 18 of 31 allies", taken)
    assert name == "02-defence-expenditure-as-a-share-of-gdp-2024e.csv"
    assert data_file_name("Poland: defence effort at a glance", []) == \
        "01-poland-defence-effort-at-a-glance.csv"
    assert data_file_name("../../etc/passwd", []) == "01-etc-passwd.csv"
    assert len(data_file_name("word " * 40, [])) <= 56


def test_tidy_table_takes_the_release_from_the_source_line_and_flattens_lists():
    frame = pd.DataFrame({"year": [2024], "count": [3], "names": [["Poland", "Estonia"]]})
    table = tidy_chart_data(frame, source="Source: NATO, T, release SGAR 2025-04, released x.",
                            unit="allies")
    assert table.loc[0, "names"] == "Poland; Estonia"
    assert table.loc[0, "release"] == "SGAR 2025-04" and table.loc[0, "unit"] == "allies"
    assert release_of("Source: NATO statements") == ""


def test_the_lead_chart_shares_page_one_with_the_findings_in_the_pdf():
    """With nato.css, a tall opening chart marked ``lead`` fits under ~120 mm of cover and
    findings; unmarked, the same chart moves to page 2 and leaves page 1 half empty."""
    from pypdf import PdfReader

    from analysis.pipeline import render
    from analysis.report.chart_output import LEAD_CLASS, chart_html

    css = (render.TEMPLATES_DIR / "nato" / "nato.css").read_text(encoding="utf-8")
    height_pt = 431  # spending_trends' ranked chart of 32 allies and two aggregates
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="504pt" height="{height_pt}pt" '
           f'viewBox="0 0 504 {height_pt}"><rect width="504" height="{height_pt}" '
           'fill="#ccc"/><text x="10" y="20">Ranked</text></svg>')
    findings = '<p style="height: 120mm; margin: 0">cover and key findings</p>'

    def pages(lead: bool) -> int:
        page = (f'<html><head><style>{css}</style></head><body class="nato-report">{findings}'
                f'{chart_html(svg, "Ranked", None, lead=lead)}</body></html>')
        return len(PdfReader(io.BytesIO(render.html_to_pdf(page))).pages)

    assert f'class="nato-figure {LEAD_CLASS}"' in chart_html(svg, "Ranked", None, lead=True)
    assert pages(lead=True) == 1
    assert pages(lead=False) == 2
