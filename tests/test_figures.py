"""Reviewed figure tables in data/figures, checked against their source texts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import FigureTableError
from analysis.extract import extract_figures
from analysis.figures import load_figures
from analysis.sources import load_source

SEED_ID = "nato-bydgoszcz-2024-02"
GOLD_PATH = Path(__file__).parent / "fixtures" / "eval" / "seed.gold.json"
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
