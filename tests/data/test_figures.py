"""Reviewed figure tables in data/figures, checked against their source texts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.data.figure_tables import load_figures
from analysis.data.sources import load_source
from analysis.errors import FigureTableError
from analysis.extract.extractor import extract_figures

SEED_ID = "nato-bydgoszcz-2024-02"
GOLD_PATH = Path(__file__).parent.parent / "fixtures" / "eval" / "seed.gold.json"
GOLD_FIELDS = ["text", "start", "end", "value", "unit", "approximate", "kind"]


def test_seed_table_is_loaded_with_its_source_id():
    figures = load_figures()
    seed = figures[figures["source_id"] == SEED_ID]
    assert len(seed) == 10
    assert list(figures.columns[:2]) == ["source_id", "text"]
    text = load_source(SEED_ID).text
    assert all(text[r.start:r.end] == r.text for r in seed.itertuples())
    assert seed["note"].notna().all()


def test_review_kept_the_extracted_fields():
    seed = load_figures().query("source_id == @SEED_ID").reset_index(drop=True)
    source = load_source(SEED_ID)
    extracted = extract_figures(source.text, source.published)
    pd.testing.assert_frame_equal(seed[GOLD_FIELDS], extracted[GOLD_FIELDS])
    gold = pd.DataFrame(json.loads(GOLD_PATH.read_text(encoding="utf-8")))[GOLD_FIELDS]
    assert seed[GOLD_FIELDS].to_dict("records") == gold.to_dict("records")


def test_reviewed_labels():
    seed = load_figures().query("source_id == @SEED_ID").set_index("text")
    assert seed.loc["18 member states", ["metric", "year", "entity"]].tolist() == [
        "allies_meeting_2pct_guideline", 2024, "NATO"]
    assert seed.loc["about 380 billion dollars", ["metric", "entity"]].tolist() == [
        "defence_spending", "European allies"]
    assert seed.loc["roughly 90,000 troops", ["metric", "entity", "year"]].tolist() == [
        "exercise_personnel", "Steadfast Defender 24", 2024]
    assert pd.isna(seed.loc["about ten billion dollars", "year"])
    assert seed.loc["about ten billion dollars", "metric"] == "contracts_value"


def _rewrite(path: Path, row: int, column: str, value: str) -> None:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 1][column] = value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (3, "start", "1822", r"row 3 \(line 4\): offsets 1822-1837 hold '8 member states'"),
        (6, "text", "about 390 billion dollars", r"row 6 \(line 7\): .*not the quote"),
        (2, "end", "99999", r"row 2 \(line 3\): offsets 1792-99999 are outside the source"),
        (4, "start", "x", r"row 4 \(line 5\): column start is 'x', expected a whole number"),
        (5, "unit", "dollars", r"row 5 \(line 6\): column unit is 'dollars'"),
        (7, "kind", "percent", r"row 7 \(line 8\): column kind is 'percent'"),
        (8, "approximate", "maybe", r"row 8 \(line 9\): column approximate is 'maybe'"),
        (9, "value", "lots", r"row 9 \(line 10\): column value is 'lots'"),
    ],
)
def test_corrupted_copy_names_the_file_and_row(data_root: Path, row, column, value, message):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, row, column, value)
    with pytest.raises(FigureTableError, match=message) as caught:
        load_figures()
    assert str(table) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_table_without_a_source_is_an_error(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    orphan = table.with_name("no-such-source.csv")
    orphan.write_bytes(table.read_bytes())
    with pytest.raises(FigureTableError, match=r"no-such-source.csv: its source cannot be read"):
        load_figures()


def test_missing_column_is_an_error(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    frame = pd.read_csv(table, dtype=str, keep_default_na=False).drop(columns=["note"])
    frame.to_csv(table, index=False)
    with pytest.raises(FigureTableError, match=r"missing column\(s\) note"):
        load_figures()


def test_no_tables_gives_an_empty_frame(data_root: Path):
    for table in (data_root / "data" / "figures").glob("*.csv"):
        table.unlink()
    figures = load_figures()
    assert figures.empty and "source_id" in figures.columns


def test_sentences_are_read_from_the_source_like_the_extractor():
    seed = load_figures().query("source_id == @SEED_ID").reset_index(drop=True)
    source = load_source(SEED_ID)
    extracted = extract_figures(source.text, source.published)
    assert list(seed["sentence"]) == list(extracted["sentence"])
    assert list(seed.columns[:9]) == [
        "source_id", "text", "start", "end", "value", "unit", "approximate", "kind", "sentence"]


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (1, "value", "4.0", "row 1 (line 2): column value is 4.0 but the extractor reads 3.0 "
                            "from 'three'"),
        (2, "unit", "percent", "row 2 (line 3): column unit is 'percent' but the extractor "
                               "reads 'percent_gdp' from 'two percent'"),
        (6, "approximate", "false", "row 6 (line 7): column approximate is False but the "
                                    "extractor reads True"),
        (10, "kind", "other", "row 10 (line 11): column kind is 'other' but the extractor "
                              "reads 'count' from '31 allies'"),
        (9, "low", "80000", "row 9 (line 10): column low is 80000.0 but the extractor reads "
                            "None"),
    ],
)
def test_value_that_does_not_match_its_text(data_root: Path, row, column, value, message):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, row, column, value)
    with pytest.raises(FigureTableError) as caught:
        load_figures()
    assert str(caught.value).startswith(f"{table}: ")
    assert message in str(caught.value)
    assert "'changed:'" in str(caught.value)


def test_a_change_the_note_declares_is_kept(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, 1, "value", "4.0")
    _rewrite(table, 1, "note", "Changed: four reasons once the fourth paragraph is counted")
    figures = load_figures()
    assert figures.loc[0, "value"] == 4.0


def test_a_row_the_extractor_does_not_find(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    text = load_source(SEED_ID).text
    start = text.index("Sweden")
    with open(table, "a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(["Sweden", start, start + 6, "1.0", "count", "false",
                                     "count", "", "", "", "", "2024", "", "", "one ally"])
    with pytest.raises(FigureTableError, match=r"row 11 \(line 12\): the extractor finds no "
                                               rf"figure at offsets {start}-{start + 6}"):
        load_figures()
    _rewrite(table, 11, "note", "changed: added by the reviewer, Sweden counted as 1")
    assert len(load_figures()) == 11


def test_unreadable_table_names_the_line(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    with open(table, "a", encoding="utf-8") as handle:
        handle.write("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q\n")
    with pytest.raises(FigureTableError) as caught:
        load_figures()
    message = str(caught.value)
    assert message.startswith(f"{table}: not a readable CSV (ParserError: ")
    assert "line 12" in message and "\n" not in message
