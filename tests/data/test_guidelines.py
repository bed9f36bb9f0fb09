"""NATO's spending guidelines as data (data/raw/reference/guidelines.csv)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.data import load
from analysis.data.guidelines import read_guidelines
from analysis.data.provenance import sha256_of, sidecar_path
from analysis.errors import DataError, ProvenanceError

RAW = Path(__file__).resolve().parents[2] / "data" / "raw" / "reference" / "guidelines.csv"


def test_bundled_guidelines_with_their_sources():
    guidelines = load.load_guidelines().set_index("guideline")
    wales, hague = guidelines.loc["share_gdp"], guidelines.loc["core_defence_share_gdp"]
    assert (wales["value"], wales["unit"], wales["agreed"]) == (2.0, "percent_gdp",
                                                               dt.date(2014, 9, 5))
    assert "Wales" in wales["source"] and "2%" in wales["quote"]
    assert guidelines.loc["equipment_share", ["value", "unit"]].tolist() == [20.0, "percent"]
    # The Hague: 3.5% core + 1.5% related = 5% of GDP by 2035.
    parts = guidelines.loc[["core_defence_share_gdp", "related_spending_share_gdp"], "value"]
    assert parts.sum() == guidelines.loc["defence_and_related_share_gdp", "value"]
    assert hague["target_year"] == 2035 and hague["qualifier"] == "at least"
    assert "3.5%" in hague["quote"] and hague["url"].startswith("https://www.nato.int/")


def _write(tmp_path: Path, row: str) -> Path:
    header = RAW.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "guidelines.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    return path


GOOD = "share_gdp,2.0,percent_gdp,,2014-09-05,2024,Wales 2014,Wales declaration,,the 2% guideline"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("2.0,", "two,", r"row 2, column 'value': 'two' is not a number"),
    ("2.0,", "nan,", r"row 2, column 'value': 'nan' is not a positive number"),
    ("percent_gdp", "% of GDP", r"row 2, column 'unit': '% of GDP' is not one of"),
    ("2014-09-05", "2014-02-30", r"row 2, column 'agreed': '2014-02-30' is not a date"),
    (",2024,", ",2010,", r"row 2, column 'target_year': '2010' is not a year from 2014 on"),
    (",,2014", ",maybe,2014", r"row 2, column 'qualifier': 'maybe' is not a known hedge"),
    ("Wales declaration", "", r"row 2, column 'source': is blank"),
])
def test_bad_cell_names_file_row_and_column(tmp_path: Path, old: str, new: str, message: str):
    path = _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(DataError, match=message) as caught:
        read_guidelines(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_repeated_guideline_is_an_error(tmp_path: Path):
    path = _write(tmp_path, f"{GOOD}\n{GOOD}")
    with pytest.raises(DataError, match=r"row 3: guideline 'share_gdp' repeats row 2"):
        read_guidelines(path)


def test_edited_guidelines_fail_their_sha256(data_root: Path):
    path = data_root / "data" / "raw" / "reference" / "guidelines.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",2.0,", ",2.5,"),
                    encoding="utf-8")
    with pytest.raises(ProvenanceError, match="guidelines.csv: sha256"):
        load.load_guidelines()


def test_a_new_value_with_its_sidecar_is_read(data_root: Path):
    path = data_root / "data" / "raw" / "reference" / "guidelines.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",2.0,", ",2.5,"),
                    encoding="utf-8")
    side = sidecar_path(path)
    text = side.read_text(encoding="utf-8")
    old = text.split("sha256: ")[1].strip()
    side.write_text(text.replace(old, sha256_of(path)), encoding="utf-8")
    guidelines = load.load_guidelines().set_index("guideline")
    assert guidelines.loc["share_gdp", "value"] == 2.5
