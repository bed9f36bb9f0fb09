"""The shared chart style, checked on the bundled NATO workbook without rendering to a screen."""

from __future__ import annotations

import matplotlib
import matplotlib.text
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from analysis.data.allies import ALLIES
from analysis.data.load import load_guidelines, load_nato, release_info
from analysis.report import (
    chart_parts,
    force_charts,
    generic_charts,
    profile_charts,
    spending_charts,
    style,
    target_charts,
)
from analysis.report.guideline_lines import GuidelineLine, share_guidelines

# The Wales guidelines the 2%/20% chart draws, from the guideline data.
GUIDELINES = {"gdp_guideline_pct": share_guidelines(load_guidelines())[0].value,
              "equipment_guideline_pct": float(load_guidelines().set_index("guideline")
                                               .loc["equipment_share", "value"])}


def _share_line(value: float) -> list[GuidelineLine]:
    """One share-of-GDP guideline at ``value``, as the guideline data would give it."""
    return [GuidelineLine(guideline="share_gdp", value=value, target_year=2014,
                          summit="Wales 2014", source="test")]


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    # One release (the June 2024 workbook, with every table), as a report's frames are.
    data = load_nato()
    return data[data["vintage"] == "2024-06"]


@pytest.fixture(scope="module")
def source() -> str:
    return style.source_line(release_info("2024-06"))


def _indicator(nato: pd.DataFrame, name: str) -> pd.DataFrame:
    return nato[nato["indicator"] == name]


def _bars(fig) -> list[Rectangle]:
    return [p for ax in fig.axes for p in ax.patches
            if isinstance(p, Rectangle) and p.get_gid() in ("bar", "bar-estimate")]


def _all_text(fig) -> str:
    return "\n".join(style.figure_texts(fig))


def test_source_line_names_release_and_cutoff(source):
    info = release_info("2024-06")
    assert f"release {info.vintage}" in source
    assert info.release_date.isoformat() in source
    assert info.data_cutoff.isoformat() in source
    assert "Defence Expenditure of NATO Countries" in source
    assert " - tables" not in source  # the file's suffix is noise on a chart


def test_source_line_rejects_a_release_without_cutoff():
    with pytest.raises(ValueError, match="data_cutoff"):
        style.source_line({"publisher": "NATO", "title": "t", "release_date": "2024-06-17"})


def test_ranked_share_bars_one_per_ally_with_guideline_and_estimates(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    rows = share[(share["year"] == 2024) & ~share["is_aggregate"]]
    fig = spending_charts.share_of_gdp_ranked(rows, year=2024, source=source,
                                              guidelines=_share_line(2.0))
    bars = _bars(fig)
    assert len(bars) == rows["ally"].nunique() == 31
    assert chart_parts.guideline_values(fig) == [2.0]
    # 2024 is an estimate in the 2024-06 release: every bar hatched, and the legend says so.
    assert all(b.get_hatch() == style.ESTIMATE_HATCH for b in bars)
    text = _all_text(fig)
    assert style.ESTIMATE_NOTE in text
    assert "2024e" in text
    assert source.split(",")[0] in text and "2024-06-12" in text
    # The title states the count it shows, computed from the same values.
    at_or_above = int((rows["value"] >= 2.0).sum())
    assert f"{at_or_above} of 31 allies" in fig.texts[0].get_text().replace("\n", " ")
    # Ranked: bar lengths rise from the bottom bar to the top bar.
    widths = [b.get_width() for b in sorted(bars, key=lambda b: b.get_y())]
    assert widths == sorted(widths)


def test_ranked_bars_follow_a_different_guideline(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    rows = share[(share["year"] == 2022) & ~share["is_aggregate"]]
    fig = spending_charts.share_of_gdp_ranked(rows, year=2022, source=source,
                                              guidelines=_share_line(2.5))
    assert chart_parts.guideline_values(fig) == [2.5]
    # 2022 was reported, not estimated: no hatching and no estimate note.
    assert not any(b.get_hatch() for b in _bars(fig))
    assert style.ESTIMATE_NOTE not in _all_text(fig)
    assert "2.5% of GDP on defence (Wales 2014)" in _all_text(fig)


def test_highlight_and_aggregates_get_their_own_colours(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    rows = share[share["year"] == 2021]
    fig = spending_charts.share_of_gdp_ranked(rows, year=2021, source=source, highlight=["Poland"],
                                              guidelines=_share_line(2.0))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    bars = sorted(_bars(fig), key=lambda b: b.get_y())
    colour = {name: to_hex(bar.get_facecolor()) for name, bar in zip(labels, bars, strict=True)}
    assert colour["Poland"] == style.HIGHLIGHT_COLOUR.lower()
    assert colour["NATO Total"] == style.AGGREGATE_COLOUR.lower()
    assert colour["Spain"] == style.BASE_COLOUR.lower()


def test_trend_lines_mark_estimates_and_guideline(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    allies = share[~share["is_aggregate"]]
    median = allies.groupby("year")["value"].median()
    fig = spending_charts.share_of_gdp_trends(allies, source=source, guidelines=_share_line(2.0),
                                              highlight=["Poland", "Germany"], median=median)
    ax = fig.axes[0]
    gids = [line.get_gid() for line in ax.get_lines()]
    assert gids.count("context") == 29  # every ally but the two highlighted
    assert gids.count("estimate-segment") == 2
    assert "median" in gids
    dashed = [ln for ln in ax.get_lines() if ln.get_gid() == "estimate-segment"][0]
    assert dashed.get_linestyle() == "--"
    assert chart_parts.guideline_values(fig) == [2.0]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks[-1] == "2024e" and "2014" in ticks
    text = _all_text(fig)
    assert "Poland" in text and style.ESTIMATE_NOTE in text and "2024-06-17" in text


def test_allies_at_guideline_counts(source):
    counts = pd.DataFrame({"year": [2014, 2022, 2023, 2024], "count_0": [3, 7, 10, 23],
                           "allies": [28, 30, 31, 32], "estimate": [False, False, True, True]})
    fig = target_charts.allies_at_guidelines(counts, source=source, guidelines=_share_line(2.0))
    bars = _bars(fig)  # years run down the chart, the newest first
    assert [b.get_width() for b in bars] == [23, 10, 7, 3]
    assert [bool(b.get_hatch()) for b in bars] == [True, True, False, False]
    text = _all_text(fig)
    assert "23 of 32" in text and "3 of 28" in text and "2% of GDP" in text


def test_europe_vs_us_in_billions(nato, source):
    rows = _indicator(nato, "usd_million_constant_2015")
    rows = rows[rows["ally"].isin(["NATO Europe and Canada", "United States"])]
    fig = spending_charts.europe_canada_vs_us(rows, source=source)
    text = _all_text(fig)
    us_2024 = rows[(rows["ally"] == "United States") & (rows["year"] == 2024)]["value"].iloc[0]
    assert f"{us_2024 / 1000:,.0f}" in text  # the end value is labelled, in billions
    assert "2015 prices" in text and style.ESTIMATE_NOTE in text


def test_change_by_ally_diverges_around_zero(source):
    data = pd.DataFrame({"ally": ["A", "B", "C"], "change": [0.5, -0.2, 1.1],
                         "estimate": [True, True, True]})
    fig = spending_charts.change_by_ally(data, start_year=2014, end_year=2024, source=source)
    bars = _bars(fig)
    assert len(bars) == 3
    assert sorted(b.get_width() for b in bars) == pytest.approx([-0.2, 0.5, 1.1])
    assert "+1.10" in _all_text(fig) and "-0.20" in _all_text(fig)
    assert "2014 to 2024e" in _all_text(fig)


def test_equipment_scatter_has_quadrants_and_labels(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    equipment = _indicator(nato, "equipment_share_pct")
    year = 2024
    s = share[(share["year"] == year) & ~share["is_aggregate"]]
    e = equipment[(equipment["year"] == year) & ~equipment["is_aggregate"]]
    data = s[["ally", "value", "estimate"]].rename(columns={"value": "share_gdp_pct"}).merge(
        e[["ally", "value"]].rename(columns={"value": "equipment_share_pct"}), on="ally")
    fig = spending_charts.equipment_vs_share(data, year=year, source=source, **GUIDELINES)
    ax = fig.axes[0]
    assert sorted(chart_parts.guideline_values(fig)) == [2.0, 20.0]
    labels = [t for t in ax.texts if t.get_gid() == "point-label"]
    assert len(labels) == len(data)
    quadrants = [int(t.get_text().split()[0]) for t in ax.texts if t.get_gid() == "quadrant"]
    assert sum(quadrants) == len(data)
    both = int(((data["share_gdp_pct"] >= 2) & (data["equipment_share_pct"] >= 20)).sum())
    assert f"{both} allies meet both" in _all_text(fig)


def test_scatter_labels_do_not_overlap(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    equipment = _indicator(nato, "equipment_share_pct")
    s = share[(share["year"] == 2024) & ~share["is_aggregate"]]
    e = equipment[(equipment["year"] == 2024) & ~equipment["is_aggregate"]]
    data = s[["ally", "value", "estimate"]].rename(columns={"value": "share_gdp_pct"}).merge(
        e[["ally", "value"]].rename(columns={"value": "equipment_share_pct"}), on="ally")
    fig = spending_charts.equipment_vs_share(data, year=2024, source=source, **GUIDELINES)
    fig.canvas.draw()  # annotations take their offset positions when drawn
    renderer = fig.canvas.get_renderer()
    # Text's own extent: an Annotation's would include its leader line.
    boxes = [matplotlib.text.Text.get_window_extent(t, renderer) for t in fig.axes[0].texts
             if t.get_gid() == "point-label"]
    overlapping = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
                   if boxes[i].overlaps(boxes[j])]
    assert overlapping == []


def test_personnel_ranked_uses_log_axis_and_counts_allies(nato, source):
    rows = _indicator(nato, "personnel_thousands")
    rows = rows[(rows["year"] == 2024) & ~rows["is_aggregate"]]
    fig = force_charts.personnel_ranked(rows, year=2024, source=source)
    assert len(_bars(fig)) == len(rows)
    assert fig.axes[0].get_xscale() == "log"
    assert "1,300.2" in _all_text(fig) or f"{rows['value'].max():,.1f}" in _all_text(fig)


def test_exercises_compared_keeps_qualifiers():
    data = pd.DataFrame({
        "exercise": ["Steadfast Defender 24", "Steadfast Defender 24", "Trident Juncture 18"],
        "measure": ["personnel", "ships", "personnel"],
        "value": [90000, 50, 51161],
        "qualifier": ["more than", "more than", None],
        "year": [2024, 2024, 2018],
    })
    fig = force_charts.exercises_compared(data, source="Source: test headlines.")
    text = _all_text(fig)
    assert ">90,000" in text and ">50" in text and "51,161" in text
    assert "not reported" in text  # Trident Juncture has no ship count here
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 2  # only the measures that have data
    assert "Source: test headlines." in text


def test_ally_profile_panels(nato, source):
    poland = nato[nato["ally"] == "Poland"]
    share = _indicator(nato, "share_gdp_pct")
    median = share[~share["is_aggregate"]].groupby("year")["value"].median()

    def series(name: str) -> pd.DataFrame:
        return poland[poland["indicator"] == name][["year", "value", "estimate"]]

    panels = [
        profile_charts.ProfileSeries("Share of GDP", "% of GDP", series("share_gdp_pct"),
                             comparison=median, comparison_label="alliance median",
                             guideline=2.0, guideline_label="2% guideline"),
        profile_charts.ProfileSeries("Spending", "million USD", series("usd_million_constant_2015"),
                             bars=True),
        profile_charts.ProfileSeries("Equipment share", "%", series("equipment_share_pct"),
                             guideline=20.0),
    ]
    fig = profile_charts.ally_profile_panels("Poland", panels, source=source)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 3
    assert sorted(chart_parts.guideline_values(fig)) == [2.0, 20.0]
    assert "Poland" in fig.texts[0].get_text() or "Poland" in _all_text(fig)
    assert style.ESTIMATE_NOTE in _all_text(fig)
    hatched = [b for b in _bars(fig) if b.get_hatch()]
    assert len(hatched) == 2  # 2023e and 2024e
    with pytest.raises(ValueError, match="at most 4"):
        profile_charts.ally_profile_panels("Poland", panels * 2, source=source)


def test_release_movements_one_marker_per_release_and_year(source):
    data = pd.DataFrame({"year": [2023, 2023, 2024, 2024], "vintage": ["2023-07", "2024-06",
                         "2024-06", "2025-08"], "value": [3.9, 3.26, 4.12, 4.2],
                         "estimate": [True, True, True, False]})
    fig = profile_charts.release_movements(data, ally="Poland", source=source)
    ax = fig.axes[0]
    assert len(ax.collections) == 4
    text = _all_text(fig)
    assert "3.26" in text and "2025-08" in text and style.ESTIMATE_NOTE in text


@pytest.mark.parametrize("year", [2014, 2024])
def test_scatter_labels_are_unambiguous(nato, source, year):
    """Each label sits right beside its own marker, nearer to it than to any other, or is tied
    to it by a leader line; no guideline strikes through a label."""
    share = _indicator(nato, "share_gdp_pct")
    equipment = _indicator(nato, "equipment_share_pct")
    s = share[(share["year"] == year) & ~share["is_aggregate"]]
    e = equipment[(equipment["year"] == year) & ~equipment["is_aggregate"]]
    data = s[["ally", "value", "estimate"]].rename(columns={"value": "share_gdp_pct"}).merge(
        e[["ally", "value"]].rename(columns={"value": "equipment_share_pct"}), on="ally")
    fig = spending_charts.equipment_vs_share(data, year=year, source=source, **GUIDELINES)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    labels = [t for t in ax.texts if t.get_gid() == "point-label"]
    markers = np.array([ax.transData.transform(t.xy) for t in labels])
    guide_x = ax.transData.transform((2.0, 0))[0]
    guide_y = ax.transData.transform((0, 20.0))[1]
    px = fig.dpi / 72  # display pixels per point
    led = 0
    for i, label in enumerate(labels):
        box = matplotlib.text.Text.get_window_extent(label, renderer)
        assert not box.x0 < guide_x < box.x1 and not box.y0 < guide_y < box.y1, label
        nearest = np.column_stack([np.clip(markers[:, 0], box.x0, box.x1),
                                   np.clip(markers[:, 1], box.y0, box.y1)])
        gaps = np.hypot(*(markers - nearest).T) / px
        if label.arrow_patch is not None:
            led += 1
            # The line runs from the label to the rim of its own marker.
            path = label.arrow_patch.get_path().vertices
            start, end = label.arrow_patch.get_transform().transform(path)[[0, -1]]
            assert np.hypot(*(end - markers[i])) / px < 6, label
            assert box.x0 - 4 * px <= start[0] <= box.x1 + 4 * px, label
            assert box.y0 - 4 * px <= start[1] <= box.y1 + 4 * px, label
        else:
            assert gaps[i] <= 10, (label, gaps[i])
            assert np.argmin(gaps) == i and np.sort(gaps)[1] > gaps[i] + 2, label
    assert 0 < led < len(labels)  # the crowd near 2% needs some, most labels sit beside


def test_figures_fit_a4_and_fonts_are_readable(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    rows = share[share["year"] == 2024]
    fig = spending_charts.share_of_gdp_ranked(rows, year=2024, source=source,
                                              guidelines=_share_line(2.0))
    width, height = fig.get_size_inches()
    assert width == pytest.approx(style.FIGURE_WIDTH_IN)
    assert height < 11.0  # under an A4 page's height
    fig.canvas.draw()
    sizes = [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text)
             if t.get_text() and t.get_visible()]
    assert min(sizes) >= 9


def test_title_and_source_do_not_overlap_axes(nato, source):
    share = _indicator(nato, "share_gdp_pct")
    fig = spending_charts.share_of_gdp_trends(share[~share["is_aggregate"]], source=source,
                                              guidelines=_share_line(2.0))
    renderer = fig.canvas.get_renderer()
    title, src = (next(t for t in fig.texts if t.get_gid() == gid)
                  for gid in ("chart-title", "chart-source"))
    axes_box = fig.axes[0].get_tightbbox(renderer)
    assert title.get_window_extent(renderer).y0 >= axes_box.y1 - 1
    assert src.get_window_extent(renderer).y1 <= axes_box.y0 + 1
    assert src.get_window_extent(renderer).x1 <= fig.bbox.x1  # the source line is not clipped


def test_missing_columns_are_reported():
    with pytest.raises(ValueError, match="estimate"):
        generic_charts.ranked_bars(pd.DataFrame({"ally": ["A"], "value": [1.0]}), title="t",
                                   unit="u", source="s")


def test_okabe_ito_palette_is_used():
    assert style.BASE_COLOUR in style.OKABE_ITO.values()
    assert style.HIGHLIGHT_COLOUR in style.OKABE_ITO.values()
    assert all(c in style.OKABE_ITO.values() for c in style.SERIES_COLOURS)
    assert np.allclose(style.lighten("#000000", 0.5), (0.5, 0.5, 0.5))


def test_charts_stay_off_pyplot(nato, source):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    share = _indicator(nato, "share_gdp_pct")
    fig = spending_charts.share_of_gdp_ranked(share[share["year"] == 2024], year=2024,
                                              source=source, guidelines=_share_line(2.0))
    assert plt.get_fignums() == before  # no figure left in pyplot's list, none shown twice
    png = style.to_png(fig)
    assert png.startswith(b"\x89PNG") and len(png) > 20_000


def test_every_ally_has_a_chart_code():
    assert set(ALLIES) <= set(style.ALLY_CODES)
