"""Reviewed figure tables next to the extractor's current reading (analysis.brief.figure_review)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis.brief.figure_review import format_review, review_differences
from analysis.cli import main
from analysis.data.figure_tables import load_figures
from analysis.data.sources import load_source
from analysis.extract.extractor import extract_figures

SEED_ID = "nato-bydgoszcz-2024-02"
GOLD_FIELDS = ["text", "start", "end", "value", "unit", "approximate", "kind"]


def _rewrite(path: Path, row: int, column: str, value: str) -> None:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 1][column] = value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_bundled_tables_agree_with_the_extractor():
    undeclared = [d.describe() for d in review_differences() if not d.declared]
    assert undeclared == []


def test_review_kept_the_extracted_fields():
    seed = load_figures().query("source_id == @SEED_ID").reset_index(drop=True)
    source = load_source(SEED_ID)
    extracted = extract_figures(source.text, source.published)
    pd.testing.assert_frame_equal(seed[GOLD_FIELDS], extracted[GOLD_FIELDS])


def test_sentences_are_read_from_the_source_like_the_extractor():
    seed = load_figures().query("source_id == @SEED_ID").reset_index(drop=True)
    source = load_source(SEED_ID)
    extracted = extract_figures(source.text, source.published)
    assert list(seed["sentence"]) == list(extracted["sentence"])


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (1, "value", "4.0", "row 1 (line 2) 'three': value reviewed 4.0, extractor reads 3.0"),
        (2, "unit", "percent", "row 2 (line 3) 'two percent': unit reviewed 'percent', "
                               "extractor reads 'percent_gdp'"),
        (6, "approximate", "false", "row 6 (line 7) 'about 380 billion dollars': approximate "
                                    "reviewed False, extractor reads True"),
        (10, "kind", "other", "row 10 (line 11) '31 allies': kind reviewed 'other', extractor "
                              "reads 'count'"),
        (9, "low", "80000", "row 9 (line 10) 'roughly 90,000 troops': low reviewed 80000.0, "
                            "extractor reads None"),
    ],
)
def test_a_changed_cell_is_listed(data_root: Path, row, column, value, message):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, row, column, value)
    differences = review_differences()
    assert [d.describe() for d in differences] == [f"{SEED_ID}.csv {message}"]
    assert not differences[0].declared


def test_a_change_the_note_declares_is_listed_as_declared(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, 1, "value", "4.0")
    _rewrite(table, 1, "note", "Changed: four reasons once the fourth paragraph is counted")
    differences = review_differences()
    assert len(differences) == 1 and differences[0].declared
    report = format_review(differences, tables=1)
    assert "0 undeclared difference(s), 1 declared change(s)" in report


def test_a_row_the_extractor_does_not_find(data_root: Path):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    text = load_source(SEED_ID).text
    start = text.index("Sweden")
    with open(table, "a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(["Sweden", start, start + 6, "1.0", "count", "false",
                                     "count", "", "", "", "", "2024", "", "", "one ally"])
    (difference,) = review_differences()
    assert difference.describe() == (f"{SEED_ID}.csv row 11 (line 12) 'Sweden': the extractor "
                                     "finds no figure at these offsets")


def test_data_check_with_extractor_reports_and_does_not_fail(data_root: Path, capsys):
    table = data_root / "data" / "figures" / f"{SEED_ID}.csv"
    _rewrite(table, 1, "value", "4.0")
    assert main(["data", "check", "--extractor"]) == 0
    out = capsys.readouterr().out
    assert "1 undeclared difference(s)" in out
    assert "row 1 (line 2) 'three': value reviewed 4.0, extractor reads 3.0" in out
    assert main(["data", "check"]) == 0
    assert "against the extractor" not in capsys.readouterr().out
