"""NATO's own pages for statements the headline figures cite from mirrors: the table's rules,
and which headline rows end up cited from nato.int and which stay secondary."""

from __future__ import annotations

import pytest

from analysis.data import load
from analysis.data.citations import CITATION_COLUMNS, read_citations, with_nato_sources
from analysis.errors import DataError

MIRROR = ("https://securengin.fifthestate.nz/2024/02/14/pre-ministerial-press-conference-by-nato-"
          "secretary-general-jens-stoltenberg-ahead-of-the-meetings-of-nato-ministers-of-defence-"
          "in-brussels")


def test_every_quote_cited_from_the_mirror_gets_natos_transcript():
    headlines = with_nato_sources(load.load_headlines(), load.load_citations())
    from_mirror = headlines[headlines["source"].str.contains(MIRROR, regex=False)]
    assert len(from_mirror) >= 6
    assert set(from_mirror["nato_source"]) == {
        "https://www.nato.int/cps/en/natohq/opinions_222594.htm"}
    assert not from_mirror["secondary"].any()
    # The words checked are in each row's quote as collected: same statement, same words.
    checked = load.load_citations().set_index("cited_as").loc[MIRROR, "checked_quote"]
    assert checked in set(from_mirror["quote"])


def test_news_only_rows_stay_secondary_and_nato_pages_stay_as_cited():
    headlines = with_nato_sources(load.load_headlines(), load.load_citations())
    tass = headlines[headlines["source"].str.startswith("https://tass.com")]
    assert len(tass) > 0 and tass["secondary"].all() and (tass["nato_source"] == "").all()
    own = headlines[headlines["source"].str.startswith("https://www.nato.int/")]
    assert (own["nato_source"] == own["source"].str.split().str[0]).all()


def _write(tmp_path, *rows):
    path = tmp_path / "nato_citations.csv"
    lines = [",".join(CITATION_COLUMNS), *rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("row", "message"), [
    ("https://a.org/x,https://b.org/y,T,2024-01-01,q,nato,n",
     "status nato needs a nato.int address"),
    ("https://a.org/x,,,2024-01-01,q,maybe,n", "status 'maybe' is not one of nato, secondary"),
    ("a mirror,https://www.nato.int/x,T,2024-01-01,q,nato,n", "cited_as must be one address"),
])
def test_a_broken_citation_is_one_line_naming_file_and_line(tmp_path, row, message):
    with pytest.raises(DataError, match=rf"nato_citations.csv line 2: {message}"):
        read_citations(_write(tmp_path, row))
