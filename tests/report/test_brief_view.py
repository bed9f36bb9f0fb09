"""The source brief shows each quoted sentence once and each source once, as a full link."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.brief.source_check import check_source
from analysis.report import brief_view, publication

SEED = "nato-bydgoszcz-2024-02"
HOSTILE = '<img src=x onerror="alert(1)">'


@pytest.fixture(scope="module")
def seed_checks() -> pd.DataFrame:
    return check_source(SEED).checks


def test_each_quoted_sentence_is_shown_once_with_all_its_figures(seed_checks) -> None:
    quotes = brief_view.quotes_table(seed_checks)
    sentences = [q for q in seed_checks["quote"].dropna() if q]
    assert len(set(sentences)) < len(sentences)  # the seed repeats sentences: a real test
    assert sorted(quotes["Quote"]) == sorted(set(sentences))
    for sentence, figures in zip(quotes["Quote"], quotes["Figures"], strict=True):
        for figure in seed_checks.loc[seed_checks["quote"] == sentence, "figure"]:
            assert f"<b>{figure}</b>" in figures


def test_checks_table_refers_to_quotes_and_sources_by_id_and_keeps_why(seed_checks) -> None:
    sources = brief_view.source_ids(seed_checks["reference_source"])
    table = brief_view.checks_view(seed_checks, sources)
    ids = set(brief_view.quotes_table(seed_checks)["Id"])
    assert set(table["Quote"]) <= ids and len(set(table["Quote"])) == len(ids)
    assert list(table["Why"]) == list(seed_checks["reason"].fillna(""))
    for sentence in seed_checks["quote"].dropna():
        assert not table.astype(str).apply(lambda col, s=sentence: col.str.contains(
            s, regex=False)).any().any()
    cited = seed_checks["reference_source"].notna()
    assert (table.loc[cited, "Source"] != "").all() and (table.loc[~cited, "Source"] == "").all()


def test_sources_are_listed_once_as_full_links(seed_checks) -> None:
    sources = brief_view.source_ids(seed_checks["reference_source"])
    listed = brief_view.sources_html(sources)
    address = "https://www.nato.int/cps/en/natohq/opinions_222605.htm"
    assert listed.count(f'<a href="{address}">{address}</a>') == 1
    assert len(sources) == len({p for f in seed_checks["reference_source"]
                                for p in brief_view.source_parts(f)})


def test_joined_sources_get_one_id_each_and_ids_continue() -> None:
    sources = brief_view.source_ids(["https://a.org/x (news) | https://b.org/y", None,
                                     "https://a.org/x (news)"], start=3)
    assert sources == {"https://a.org/x (news)": "S3", "https://b.org/y": "S4"}


def test_hostile_quotes_and_sources_are_escaped() -> None:
    checks = pd.DataFrame({
        "figure": [f"12 {HOSTILE}"], "quote": [f"Quote {HOSTILE}"], "metric": ["count"],
        "year": [2024], "status": ["unmatched"], "reference_value": [None],
        "reference_unit": [None], "reference_qualifier": [None], "reference_release": [None],
        "reference_date": [None], "gap": [None], "gap_pct": [None], "reason": ["r"],
        "reference_source": [f'javascript:alert(1) | https://e.org/"><script>x</script> {HOSTILE}'],
    })
    figures = brief_view.quotes_table(checks)["Figures"].iloc[0]
    listed = brief_view.sources_html(brief_view.source_ids(checks["reference_source"]))
    for text in (figures, listed):
        assert "<img" not in text and "<script" not in text
    assert 'href="javascript' not in listed and "&lt;img" in listed
    assert listed.count("<a href=") == 1 and "&quot;&gt;&lt;script&gt;" in listed


def test_brief_summary_names_the_source_date_release_and_keeps_the_paragraph() -> None:
    class Info:
        vintage, release_date, data_cutoff = "2025-08", "2025-08-28", "2025-06-03"

    text = publication.brief_summary("Paragraph 3 consistent.", Info(), published="2024-02-15")
    assert "published by 2024-02-15" in text and "NATO release 2025-08" in text
    assert text.endswith("Paragraph 3 consistent.")
