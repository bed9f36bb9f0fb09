"""Reviewed figure tables in data/figures, checked against their source texts (no extractor)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.data.figure_tables import load_figures
from analysis.data.sources import load_source
from analysis.errors import FigureTableError

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


def test_unreadable_table_names_the_line(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    with open(table, "a", encoding="utf-8") as handle:
        handle.write("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q\n")
    with pytest.raises(FigureTableError) as caught:
        load_figures()
    message = str(caught.value)
    assert message.startswith(f"{table}: not a readable CSV (ParserError: ")
    assert "line 12" in message and "\n" not in message


def test_review_kept_the_gold_fields():
    seed = load_figures().query("source_id == @SEED_ID").reset_index(drop=True)
    gold = pd.DataFrame(json.loads(GOLD_PATH.read_text(encoding="utf-8")))[GOLD_FIELDS]
    assert seed[GOLD_FIELDS].to_dict("records") == gold.to_dict("records")


def test_loading_the_tables_does_not_run_the_extractor():
    # Reviewed tables are data: the data layer loads them without the extractor's layer.
    code = ("import sys; from analysis.data.figure_tables import load_figures; "
            "assert len(load_figures()) > 0; "
            "print(sorted(m for m in sys.modules if m.startswith('analysis.extract')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_a_value_the_extractor_would_read_differently_still_loads(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, 1, "value", "4.0")
    assert load_figures().loc[0, "value"] == 4.0


def test_duplicate_row_names_both_rows(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join([*lines, lines[3]]), encoding="utf-8")
    with pytest.raises(FigureTableError, match=r"row 11 \(line 12\): offsets 1821-1837 "
                                               r"\('18 member states'\) repeat row 3"):
        load_figures()


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_value_must_be_finite(data_root: Path, value: str):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, 2, "value", value)
    with pytest.raises(FigureTableError, match=rf"row 2 \(line 3\): column value is '{value}', "
                                               "expected a finite number"):
        load_figures()
