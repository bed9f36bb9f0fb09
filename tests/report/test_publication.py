"""The parts every report shares as a publication: key findings, citation, reuse terms and the
changelog of the releases, and the comparable scales and clear labels of the charts."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis.data import indicators, load
from analysis.report import frames, profile_charts, publication, spending_charts
from analysis.report.guideline_lines import share_guidelines


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load.load_nato()


@pytest.fixture(scope="module")
def history() -> pd.DataFrame:
    return load.all_releases("share_gdp_pct")


@pytest.fixture(scope="module")
def changelog() -> pd.DataFrame:
    return publication.bundled_changelog(2.0)


def test_key_findings_name_release_and_dates_and_want_three_to_five():
    info = load.release_info("2024-06")
    text = publication.key_findings(["one **1**", "two", "three"], info,
                                    built=dt.date(2026, 1, 2))
    assert "NATO release 2024-06" in text and info.release_date.isoformat() in text
    assert info.data_cutoff.isoformat() in text and "2026-01-02" in text
    assert text.count("\n- ") == 3
    for wrong in (["a", "b"], ["a"] * 6, ["a", " ", "c"]):
        with pytest.raises(ValueError, match="3-5"):
            publication.key_findings(wrong, info)


def test_a_secondary_release_says_so_in_the_findings_and_the_citation_names_it():
    info = load.release_info("2025-08")
    assert info.secondary
    assert "third-party extract" in publication.key_findings(["a", "b", "c"], info)
    cite = publication.citation("Ally profile: Germany", info, built=dt.date(2026, 1, 2),
                                parameters="Germany")
    assert "*Ally profile: Germany* (Germany), built 2026-01-02" in cite
    assert "release 2025-08" in cite and info.release_date.isoformat() in cite


def test_changelog_counts_each_release_as_the_indicators_do(changelog, history, nato):
    assert list(changelog["release"]) == sorted(history["vintage"].unique(),
                                                key=load.release_sort_key)
    newest = changelog.iloc[-1]
    counts = indicators.threshold_count(nato, 2.0, vintage=newest["release"]).set_index("year")
    for year in [c for c in changelog.columns if c.isdigit()]:
        row = counts.loc[int(year)]
        assert newest[year].startswith(f"{row['count']} of {row['reporting']}")
    # A full edition is compared with the last full edition, not with a short statement.
    full = [v for v in load.available_releases() if v != newest["release"]]
    assert newest["changes"].startswith(f"against {full[-1]}:")
    before = indicators.threshold_count(nato, 2.0, vintage=full[-1]).set_index("year")
    overlap = int(before.index.max())
    if before.loc[overlap, "count"] != counts.loc[overlap, "count"]:
        assert (f"{overlap}: {before.loc[overlap, 'count']} → {counts.loc[overlap, 'count']}"
                in newest["changes"])


def test_appendix_holds_citation_terms_and_changelog(changelog):
    info = load.release_info()
    text = publication.appendix("Defence spending trends", info, 2.0, changelog=changelog)
    for heading in ("### How to cite", "### NATO's terms for reuse", "### The releases compared"):
        assert heading in text
    assert publication.REUSE_POLICY_URL in text
    assert text.count("\n| ") == len(changelog) + 1  # one table row per release, below a header
    for row in changelog.itertuples():  # and one line each on what changed
        assert f"- **{row.release}**: " in text

    assert "### How the data was loaded and checked" not in text


def test_appendix_ends_with_how_the_data_was_loaded_and_checked(changelog):
    info = load.release_info()
    text = publication.appendix("Force numbers", info, 2.0, loaded="Read **A**.",
                                checked="Checked B.")
    assert text.endswith("### How the data was loaded and checked\n\nRead **A**.\n\nChecked B.")
    # By default the changelog is that of every bundled release at the threshold given.
    assert text.startswith(publication.appendix("Force numbers", info, 2.0, changelog=changelog))


def test_shared_range_is_the_highest_value_of_any_ally(nato):
    vintage = load.latest_release("share_gdp_pct")
    low, high = frames.shared_range(nato, "share_gdp_pct", vintage, also=[3.5], headroom=1.0)
    allies = indicators.select(nato, "share_gdp_pct", vintage)
    allies = allies[~allies["is_aggregate"]]
    assert low == 0.0 and high == max(allies["value"].max(), 3.5)


def test_ally_profiles_share_the_share_of_gdp_axis_and_start_at_zero(nato):
    vintage = load.latest_release("share_gdp_pct")
    value_range = frames.shared_range(nato, "share_gdp_pct", vintage)
    limits = {}
    for ally in ("Germany", "Luxembourg"):
        share = frames.series(nato, "share_gdp_pct", vintage, allies=[ally])
        people = frames.series(nato, "personnel_thousands", vintage, allies=[ally])
        fig = profile_charts.ally_profile_panels(ally, [
            profile_charts.ProfileSeries("Share of GDP", "% of GDP", share, guideline=2.0,
                                         guideline_label="2%", value_range=value_range),
            profile_charts.ProfileSeries("Personnel", "thousands", people),
        ], source="Source: test.")
        share_axis, people_axis = fig.axes[0], fig.axes[1]
        limits[ally] = share_axis.get_ylim()
        assert people_axis.get_ylim()[0] == 0.0  # a change reads at its true size
        # No marker clipped: every value lies inside the axis, below its top.
        assert people_axis.get_ylim()[1] > np.nanmax(people["value"])
        assert share_axis.get_ylim()[1] > np.nanmax(share["value"])
    assert limits["Germany"] == limits["Luxembourg"]


def test_value_labels_never_sit_on_a_guideline_or_the_median(nato):
    vintage = load.latest_release("share_gdp_pct")
    lines = list(share_guidelines(load.load_guidelines()))
    year = max(load.years(vintage))
    rows = frames.one_year(nato, "share_gdp_pct", year, vintage, load.allies(vintage))
    median = float(rows["value"].median())
    fig = spending_charts.share_of_gdp_ranked(rows, year=year, source="Source: test.",
                                              guidelines=lines, median=median)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_gid() == "value-label"]
    assert len(labels) == rows["value"].notna().sum()
    for value in [line.value for line in lines] + [median]:
        x = ax.transData.transform((value, 0))[0]
        struck = [t.get_text() for t in labels
                  if t.get_window_extent(renderer).x0 < x < t.get_window_extent(renderer).x1]
        assert struck == [], f"line at {value} runs through {struck}"


def test_trend_chart_names_its_highlighted_lines_apart(nato):
    vintage = load.latest_release("share_gdp_pct")
    data = frames.series(nato, "share_gdp_pct", vintage, allies=load.allies(vintage))
    median = indicators.alliance_median(nato, "share_gdp_pct", vintage).set_index("year")["median"]
    fig = spending_charts.share_of_gdp_trends(
        data, source="Source: test.", guidelines=list(share_guidelines(load.load_guidelines())),
        highlight=["Poland", "Germany", "France"], median=median)
    ax = fig.axes[0]
    names = [t for t in ax.texts if t.get_gid() == "line-end-label"]
    assert sorted(t.get_text() for t in names) == ["France", "Germany", "Poland", "median"]
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in names]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    right = ax.transData.transform((ax.get_xlim()[1], 0))[0]
    assert all(box.x1 <= right + 1 for box in boxes)  # inside the axes, not cut
