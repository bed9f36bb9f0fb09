"""Other releases and headline statements: loaders on the real files, normalisation, errors."""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.data import indicators, load, validate
from analysis.data.reference import (
    HEADLINE_UNITS,
    NO_RELEASE_LABELS,
    normalise_vintage,
    parse_unit,
    read_headlines,
    read_other_releases,
)
from analysis.errors import DataError


@pytest.fixture(scope="module")
def others() -> pd.DataFrame:
    return load.load_other_releases()


@pytest.fixture(scope="module")
def headlines() -> pd.DataFrame:
    return load.load_headlines()


def test_vintage_labels_one_form() -> None:
    assert normalise_vintage("NATO 2024-02") == "2024-02"
    assert normalise_vintage("NATO SGAR 2025-04") == "SGAR 2025-04"
    assert normalise_vintage("2024-06") == "2024-06"
    assert normalise_vintage("n/a (exercise)") is None
    assert normalise_vintage("news, vintage not stated") is None


def test_other_releases_long_form(others: pd.DataFrame) -> None:
    for column in ("ally", "year", "indicator", "value", "estimate", "vintage", "source"):
        assert column in others.columns
    assert set(others["indicator"]) == {"share_gdp_pct", "equipment_share_pct"}
    assert set(others["vintage"]) == {"2023-07", "2024-02", "SGAR 2025-04", "2025-08"}
    assert set(others["vintage_label"]) >= {"NATO 2023-07", "NATO SGAR 2025-04"}
    raw = pd.read_csv(load.reference_raw_dir() / "share_gdp_other_releases.csv")
    share = others[others["indicator"] == "share_gdp_pct"]
    assert len(share) == len(raw)
    # Values as written in the file, per row.
    assert share["value"].tolist() == raw["share_gdp_pct"].tolist()
    assert others["source"].str.len().min() > 0


def test_blank_estimate_stays_unknown(others: pd.DataFrame) -> None:
    uk_2022 = others[(others["indicator"] == "equipment_share_pct")
                     & (others["ally"] == "United Kingdom") & (others["year"] == 2022)]
    assert uk_2022["estimate"].isna().all()
    uk_2023 = others[(others["indicator"] == "equipment_share_pct")
                     & (others["ally"] == "United Kingdom") & (others["year"] == 2023)]
    assert bool(uk_2023["estimate"].item()) is True


def test_compare_releases_keeps_vintages_apart() -> None:
    table = load.compare_releases("Poland", 2024, "share_gdp_pct")
    assert table["vintage"].tolist() == ["2024-06", "SGAR 2025-04", "2025-08"]
    assert round(table["value"].iloc[0], 2) == 4.12
    assert table["value"].iloc[1] == 4.07
    # 2025-08 is the extract release: its unrounded value, 3.79 as NATO prints it.
    assert round(table["value"].iloc[2], 2) == 3.79
    assert table["source"].iloc[2].startswith("nato_2025-08_share_gdp.csv")
    assert math.isnan(table["change_from_previous"].iloc[0])
    assert table["change_from_previous"].iloc[2] == pytest.approx(-0.28, abs=0.01)


def test_compare_releases_unknown_ally() -> None:
    with pytest.raises(DataError, match="unknown ally 'Narnia'"):
        load.compare_releases("Narnia", 2024)


@pytest.mark.parametrize("text, unit, scale, qualifier, status", [
    ("billion USD (more than)", "USD", "billion", "more than", None),
    ("trillion USD (around)", "USD", "trillion", "about", None),
    ("trillion USD (exceeds)", "USD", "trillion", "more than", None),
    ("allies (projected)", "allies", "", None, "projection"),
    ("allies (estimate)", "allies", "", None, "estimate"),
    ("forces (approx., planned)", "forces", "", "about", "plan"),
    ("vehicles (up to)", "vehicles", "", "up to", None),
    ("% of GDP", "% of GDP", "", None, None),
])
def test_parse_unit(text: str, unit: str, scale: str, qualifier: str | None,
                    status: str | None) -> None:
    parsed = parse_unit(text)
    assert (parsed.unit, parsed.scale, parsed.qualifier, parsed.status) == (
        unit, scale, qualifier, status)


def test_parse_unit_notes_and_basis() -> None:
    assert parse_unit("billion USD (2015 prices)").basis == "2015 prices"
    assert parse_unit("% (real, Table 3)").basis == "real"
    assert parse_unit("% (real, Table 3)").note == "Table 3"
    assert parse_unit("allies (of 31 with armed forces)").note == "of 31 with armed forces"
    combined = parse_unit("% of combined GDP")
    assert (combined.unit, combined.note) == ("% of GDP", "combined")
    assert parse_unit("billion USD").multiplier == 1e9


def test_headlines_normalised(headlines: pd.DataFrame) -> None:
    raw = pd.read_csv(load.reference_raw_dir() / "headline_figures.csv", dtype=str)
    assert len(headlines) == len(raw)
    assert headlines["value"].tolist() == [float(v) for v in raw["value"]]
    added = headlines[headlines["metric"]
                      == "europe_canada_cumulative_additional_spending_since_2014"].iloc[0]
    assert (added["value"], added["unit"], added["scale"], added["qualifier"]) == (
        600.0, "USD", "billion", "more than")
    assert added["value_in_units"] == 600e9
    assert (added["year_start"], added["year"]) == (2014, 2024)
    assert added["vintage"] == "2024-02"
    june = headlines[(headlines["metric"] == "allies_meeting_2pct_guideline")
                     & (headlines["vintage"] == "2024-06") & (headlines["year"] == 2024)]
    assert june["value"].item() == 23
    assert june["status"].item() == "estimate"
    assert "23" in june["quote"].item()


def test_headline_exercises_have_an_event(headlines: pd.DataFrame) -> None:
    exercises = headlines[headlines["metric"].str.startswith("exercise_")]
    assert exercises["event"].notna().all()
    assert exercises["vintage"].isna().all()
    assert exercises["vintage_label"].eq("n/a (exercise)").all()
    sd24 = exercises[(exercises["event"] == "Steadfast Defender 24")
                     & (exercises["metric"] == "exercise_ships")]
    assert sd24["value"].item() == 50
    assert sd24["qualifier"].item() == "more than"
    assert sd24["status"].item() == "final"
    assert "Steadfast Defender 24" in set(exercises["entity"])


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_other_releases_unknown_ally(tmp_path: Path) -> None:
    path = _write(tmp_path / "share_gdp_other_releases.csv",
                  "ally,year,share_gdp_pct,estimate,vintage,source\n"
                  "Albania,2014,1.35,false,NATO 2023-07,x\n"
                  "Narnia,2014,1.5,false,NATO 2023-07,x\n")
    with pytest.raises(DataError) as caught:
        read_other_releases(path)
    assert str(caught.value) == (f"{path}: row 3, column 'ally': unknown ally name 'Narnia' "
                                 "(expected NATO spelling)")


def test_other_releases_text_in_number(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "ally,year,share_gdp_pct,estimate,vintage,source\n"
                  "Albania,2014,high,false,NATO 2023-07,x\n")
    with pytest.raises(DataError, match=r"row 2, column 'share_gdp_pct': 'high' is not a number"):
        read_other_releases(path)


def test_other_releases_duplicate(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "ally,year,share_gdp_pct,estimate,vintage,source\n"
                  "Albania,2014,1.35,false,NATO 2023-07,x\n"
                  "Albania,2014,1.36,false,NATO 2023-07,x\n")
    with pytest.raises(DataError, match="row 3: duplicate ally and year: Albania 2014"):
        read_other_releases(path)


def test_other_releases_disagreeing_sources_kept(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "ally,year,share_gdp_pct,estimate,vintage,source\n"
                  "Albania,2014,1.35,false,NATO 2023-07,a\n"
                  "Albania,2014,1.36,false,NATO 2023-07,b\n")
    assert read_other_releases(path)["value"].tolist() == [1.35, 1.36]


def test_other_releases_bad_vintage_and_missing_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "ally,year,share_gdp_pct,estimate,vintage,source\n"
                  "Albania,2014,1.35,false,last year,a\n")
    with pytest.raises(DataError, match="row 2, column 'vintage'"):
        read_other_releases(path)
    path = _write(tmp_path / "y.csv", "ally,year,share_gdp_pct,vintage,source\n")
    with pytest.raises(DataError, match="missing column 'estimate'"):
        read_other_releases(path)


def test_headlines_bad_year_and_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "h.csv", "metric,value,unit,year,vintage,source,quote\n"
                  "m,3,allies,last year,NATO 2024-02,s,q\n")
    with pytest.raises(DataError, match="row 2, column 'year': 'last year' is not a year"):
        read_headlines(path)
    empty = _write(tmp_path / "e.csv", "")
    with pytest.raises(DataError, match="empty"):
        read_headlines(empty)


def _headline_copy(tmp_path: Path, line: int, column: str, value: str) -> Path:
    """The real headline file with one cell changed (``line`` as in the file, header = 1)."""
    frame = pd.read_csv(load.reference_raw_dir() / "headline_figures.csv", dtype=str,
                        keep_default_na=False)
    assert frame.loc[line - 2, column] != value
    frame.loc[line - 2, column] = value
    path = tmp_path / "headline_figures.csv"
    frame.to_csv(path, index=False)
    return path


def test_real_headline_labels_and_units_are_all_known() -> None:
    raw = pd.read_csv(load.reference_raw_dir() / "headline_figures.csv", dtype=str)
    no_release = {label for label in raw["vintage"] if normalise_vintage(label) is None}
    assert no_release == set(NO_RELEASE_LABELS)
    assert {parse_unit(text).unit for text in raw["unit"]} == HEADLINE_UNITS


@pytest.mark.parametrize(
    ("line", "column", "value", "message"),
    [
        (5, "unit", "zorkmids", "row 5, column 'unit': 'zorkmids' has unknown unit 'zorkmids'"),
        (20, "unit", "billion zorkmids (about)",
         "row 20, column 'unit': 'billion zorkmids (about)' has unknown unit 'zorkmids'"),
        (3, "vintage", "NATO Feb 2024",
         "row 3, column 'vintage': 'NATO Feb 2024' is neither a release label"),
        (60, "vintage", "n/a (exercice)",
         "row 60, column 'vintage': 'n/a (exercice)' is neither a release label"),
    ],
)
def test_headline_unknown_unit_or_release_label(tmp_path: Path, line: int, column: str,
                                                value: str, message: str) -> None:
    path = _headline_copy(tmp_path, line, column, value)
    with pytest.raises(DataError, match=re.escape(message)) as caught:
        read_headlines(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_unreadable_csv_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "h.csv", "metric,value,unit,year,vintage,source,quote\n"
                  "m,3,allies,2024,NATO 2024-02,s,q\n"
                  "m,3,allies,2024,NATO 2024-02,s,q,extra,cells\n")
    with pytest.raises(DataError) as caught:
        read_headlines(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: not a readable CSV file (ParserError: ")
    assert "line 3" in message and "\n" not in message


# --------------------------------------------------------------------------------------------
# analysis.data.load: releases, allies, years, caching


def test_releases_and_release_info() -> None:
    assert load.available_releases() == ["2024-06", "2025-08"]
    assert load.latest_release() == "2025-08"
    assert load.latest_release("usd_million_constant_2015") == "2024-06"
    info = load.release_info("2024-06")
    assert info.title.startswith("Defence Expenditure of NATO Countries (2014-2024)")
    assert info.release_date.isoformat() == "2024-06-17"
    assert info.data_cutoff.isoformat() == "2024-06-12"
    assert info.estimate_years == (2023, 2024)
    assert info.file.name == "240617-def-exp-2024-TABLES-en.xlsx"
    assert info.sha256.startswith("1897e2ead4be")
    line = info.source_line()
    assert "released 2024-06-17" in line and "2023-2024 estimates" in line
    with pytest.raises(AttributeError):
        info.vintage = "x"  # frozen


def test_release_info_of_other_releases() -> None:
    info = load.release_info("2023-07")
    assert info.file.name == "share_gdp_other_releases.csv"
    assert 2023 in info.estimate_years and info.secondary
    with pytest.raises(DataError, match="unknown release '1999-01'"):
        load.release_info("1999-01")


def test_allies_and_years() -> None:
    allies = load.allies()
    assert len(allies) == 31
    assert allies[0] == "Albania" and allies[-1] == "United States"
    assert "Iceland" not in allies and "NATO Total" not in allies
    assert {"Türkiye", "Slovak Republic", "Czechia", "North Macedonia"} <= set(allies)
    assert load.years() == list(range(2014, 2026))
    assert load.years("2024-06") == list(range(2014, 2025))
    assert load.estimate_years("2024-06") == [2023, 2024]
    with pytest.raises(DataError, match="no NATO release '2030-01'"):
        load.allies("2030-01")


def test_load_indicator() -> None:
    share = load.load_indicator("share_gdp_pct", "2024-06", include_aggregates=False)
    assert len(share) == 31 * 11
    assert set(share["table"]) == {"TABLE3"}
    with pytest.raises(DataError, match="indicator 'gdp' not in NATO release 2024-06"):
        load.load_indicator("gdp", "2024-06")


def test_cached_loads_are_independent_copies() -> None:
    first = load.load_nato()
    first.loc[:, "value"] = 0.0
    second = load.load_nato()
    assert second["value"].ne(0.0).any()
    headlines = load.load_headlines()
    headlines.loc[:, "value"] = -1.0
    assert load.load_headlines()["value"].ge(0).all()


def test_all_releases_one_row_per_vintage() -> None:
    data = load.all_releases("share_gdp_pct")
    assert not data.duplicated(["ally", "year", "vintage"]).any()
    poland = data[(data["ally"] == "Poland") & (data["year"] == 2024)]
    assert sorted(poland["vintage"], key=load.release_sort_key) == [
        "2024-06", "SGAR 2025-04", "2025-08"]
    assert poland.loc[poland["vintage"] == "2024-06", "source"].item().endswith("TABLE3!N32")


# --------------------------------------------------------------------------------------------
# Normalised copies in data/reference/


def test_bundled_normalised_tables_are_current() -> None:
    from analysis.data.normalised import check_normalised

    checked = {p.name: p for p in check_normalised()}
    assert sorted(checked) == ["headline_figures.csv", "other_releases.csv"]
    headlines = pd.read_csv(checked["headline_figures.csv"])
    assert headlines["value"].tolist() == load.load_headlines()["value"].tolist()
    others = pd.read_csv(checked["other_releases.csv"])
    assert others["value"].tolist() == load.load_other_releases()["value"].tolist()


def test_stale_normalised_table_detected(data_root: Path) -> None:
    from analysis.data.normalised import check_normalised, write_normalised

    target = data_root / "data/reference/headline_figures.csv"
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = lines[4].replace("allies", "ally", 1)
    target.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match=r"headline_figures.csv: row 5 differs .* rebuild with"):
        check_normalised()
    write_normalised()
    assert len(check_normalised()) == 2


def test_second_workbook_is_a_second_vintage(data_root: Path) -> None:
    folder = data_root / "data/raw/nato"
    old = folder / "240617-def-exp-2024-TABLES-en.xlsx"
    new = folder / "250828-def-exp-2025-TABLES-en.xlsx"
    shutil.copyfile(old, new)
    fields = yaml.safe_load((folder / f"{old.name}.source.yml").read_text(encoding="utf-8"))
    fields.update(vintage="2025-08", release_date="2025-08-28", file=new.name)
    (folder / f"{new.name}.source.yml").write_text(yaml.safe_dump(fields), encoding="utf-8")

    nato = load.load_nato()
    assert set(nato["vintage"]) == {"2024-06", "2025-08"}
    assert len(nato) == 2 * len(nato[nato["vintage"] == "2024-06"])
    assert load.available_releases() == ["2024-06", "2025-08"]
    assert load.latest_release() == "2025-08"
    assert load.release_info().file == new
    with pytest.raises(DataError, match="several releases"):
        indicators.threshold_count(nato)
    # The workbook replaces the CSV rows of its release: one value per ally, year and vintage.
    data = load.all_releases("share_gdp_pct")
    assert not data.duplicated(["ally", "year", "vintage"]).any()
    assert set(data.loc[data["vintage"] == "2025-08", "source"].str[:6]) == {"250828"}
    summary = validate.check_all()
    assert [r.vintage for r in summary.releases] == ["2024-06", "2025-08"]
    assert any("also bundled as a NATO workbook" in w for w in summary.warnings)
