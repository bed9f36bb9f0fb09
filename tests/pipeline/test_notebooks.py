"""The report notebooks: their parameters cells are what reports.yml declares, they are committed
clean, and spending_trends, force_numbers and ally_profile run with papermill on small parameters
into tmp_path, showing charts and the numbers of the data."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

from analysis.data import indicators, load
from analysis.pipeline.config import load_config

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
CONFIG = load_config(NOTEBOOKS / "reports.yml")
# Each notebook with the report that declares its parameters (source_brief's has no runs here).
SPECS = {spec.notebook.stem: spec for spec in CONFIG.reports.values()}
RUN_HERE = ("spending_trends", "force_numbers", "ally_profile")
# Each report opens with its key findings; how to cite it, NATO's terms for reuse, the releases
# compared and how the data was loaded and checked are its appendix.
FINDINGS_FIRST = ("## Key findings", "## Charts and tables", "## Sources and notes",
                  "## Appendix")


def _run(name: str, tmp_path: Path, **parameters) -> nbformat.NotebookNode:
    papermill = pytest.importorskip("papermill")
    out = tmp_path / f"{name}.out.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(out),
                               parameters=parameters, cwd=str(NOTEBOOKS), progress_bar=False,
                               kernel_name="python3")
    return nbformat.read(out, as_version=4)


def _outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    return [o for cell in notebook.cells for o in cell.get("outputs", [])]


def _text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for output in _outputs(notebook):
        data = output.get("data", {})
        parts += [data.get("text/markdown", ""), data.get("text/html", "")]
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
    return "\n".join(parts)


def _charts(notebook: nbformat.NotebookNode) -> list[dict]:
    return [o for o in _outputs(notebook) if "<svg" in o.get("data", {}).get("text/html", "")]


def _assert_clean_run(notebook: nbformat.NotebookNode, charts: int) -> None:
    errors = [o for o in _outputs(notebook) if o.get("output_type") == "error"]
    assert errors == [], errors[:1]
    assert not [o for o in _outputs(notebook) if "image/png" in o.get("data", {})]
    shown = _charts(notebook)
    assert len(shown) == charts
    for output in shown:
        data = output["data"]
        # Inline SVG named for screen readers, nothing fetched, and the CSV of its numbers.
        assert '<svg role="img" aria-label="' in data["text/html"]
        assert "<image" not in data["text/html"] and "src=" not in data["text/html"]
        name = output["metadata"]["nato_chart_data"]["file"]
        assert f'href="{name}"' in data["text/html"]
        header = data["text/csv"].splitlines()[0]
        assert header.endswith("unit,release,source")
    text = _text(notebook)
    info = load.release_info()
    assert info.data_cutoff.isoformat() in text and info.vintage in text
    assert info.sha256 in text  # the workbook's hash is in the sources and notes


def _parameters_cell(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    return tagged[0]


def _assignments(source: str) -> dict[str, object]:
    """``name = literal`` lines of a parameters cell; anything else fails the test."""
    values = {}
    for statement in ast.parse(source).body:
        assert isinstance(statement, ast.Assign), ast.unparse(statement)
        assert [type(t) for t in statement.targets] == [ast.Name], ast.unparse(statement)
        values[statement.targets[0].id] = ast.literal_eval(statement.value)
    return values


def test_every_notebook_is_declared_in_reports_yml() -> None:
    assert {path.stem for path in NOTEBOOKS.glob("*.ipynb")} == set(SPECS)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_parameters_cell_defines_what_reports_yml_declares(name: str) -> None:
    """reports.yml is the one declaration: same names, same defaults, in the cell."""
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    defined = _assignments(_parameters_cell(notebook).source)
    assert defined == SPECS[name].defaults()
    assert list(defined) == list(SPECS[name].parameter_names)  # same order, reads the same


@pytest.mark.parametrize("name", sorted(SPECS))
def test_notebook_asserts_nothing_about_its_parameters(name: str) -> None:
    """Parameter values are checked by reports.yml (types, allowed values, rules) before any
    kernel starts; a notebook's own assert on them would be a second, drifting copy."""
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    parameters = set(SPECS[name].parameter_names)
    for cell in notebook.cells:
        if cell.cell_type != "code" or "parameters" in cell.metadata.get("tags", []):
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Assert):
                used = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
                assert not used & parameters, f"{name}: {ast.unparse(node)}"


@pytest.mark.parametrize("name", RUN_HERE)
def test_committed_notebook_is_clean(name: str) -> None:
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    assert notebook.cells[0].cell_type == "markdown"
    assert notebook.cells[0].source.startswith("# ")
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            assert len(cell.source.splitlines()) <= 25  # logic lives in analysis/, not here
    headings = [line for c in notebook.cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("## ")]
    assert headings == list(FINDINGS_FIRST)


def test_spending_trends_on_three_allies(tmp_path: Path) -> None:
    allies = ["Germany", "Poland", "Spain"]
    notebook = _run("spending_trends", tmp_path, allies=allies, start_year=2018,
                    end_year=2023, guideline_pct=2.0, highlight=["Poland"])
    _assert_clean_run(notebook, charts=7)
    nato = load.load_nato()
    shown = load.latest_release("share_gdp_pct")
    share = indicators.select(nato, "share_gdp_pct", shown)
    end = share[(share["year"] == 2023) & share["ally"].isin(allies)]
    meeting = int((end["value"] >= 2.0).sum())
    text = _text(notebook)
    assert f"**{meeting} of 3**" in text
    median = indicators.alliance_median(nato, vintage=shown).set_index("year")["median"][2023]
    assert f"{median:.2f}%" in text
    poland = end.loc[end["ally"] == "Poland", "value"].iloc[0]
    assert f"{poland:.2f}" in text  # in the table of the numbers charted
    # Only the three allies are ranked: the table has no other ally.
    assert "Estonia" not in text.split("The numbers charted")[-1]
    titles = [output["data"]["text/plain"] for output in _charts(notebook)]
    assert any("2023" in t and "3 allies" in t for t in titles)


def test_spending_trends_with_another_guideline(tmp_path: Path) -> None:
    notebook = _run("spending_trends", tmp_path, allies="all", start_year=2014, end_year=2024,
                    guideline_pct=3.0)
    _assert_clean_run(notebook, charts=7)
    counts = indicators.threshold_count(load.load_nato(), 3.0,
                                        vintage=load.latest_release("share_gdp_pct"))
    counts = counts[counts["year"] <= 2024]
    first, last = counts.iloc[0], counts.iloc[-1]
    assert (f"from **{first['count']} of {first['members']}** allies in 2014 to "
            f"**{last['count']} of {last['members']}** in 2024e.") in _text(notebook)


def test_spending_trends_rejects_an_unknown_ally(tmp_path: Path) -> None:
    papermill = pytest.importorskip("papermill")
    with pytest.raises(papermill.PapermillExecutionError, match="unknown ally 'Atlantis'"):
        _run("spending_trends", tmp_path, allies=["Atlantis"])


def test_force_numbers_on_two_allies(tmp_path: Path) -> None:
    allies = ["Estonia", "Poland"]
    notebook = _run("force_numbers", tmp_path, allies=allies, year=2022)
    _assert_clean_run(notebook, charts=3)
    personnel = indicators.select(load.load_nato(), "personnel_thousands",
                                  load.latest_release("personnel_thousands"))
    rows = personnel[(personnel["year"] == 2022) & personnel["ally"].isin(allies)]
    text = _text(notebook)
    assert f"**{rows['value'].sum():,.0f} thousand**" in text
    # Exercises from the headline data, qualifiers kept; the seed source's troop figure quoted.
    assert "Steadfast Defender 24" in text and "&gt;90,000" in text
    assert "Trident Juncture 18" in text and "51,161" in text
    assert "roughly 90,000 troops" in text and "nato-bydgoszcz-2024-02" in text


def test_ally_profile_of_a_small_ally(tmp_path: Path) -> None:
    notebook = _run("ally_profile", tmp_path, ally="Luxembourg")
    _assert_clean_run(notebook, charts=3)
    nato = load.load_nato()
    # Key numbers hold dollars: they come from the newest release with the dollar tables.
    facts_release = load.release_for("usd_million_constant_2015").vintage
    ranks = indicators.rank(nato, 2024, vintage=facts_release)
    rank = ranks[ranks["ally"] == "Luxembourg"].iloc[0]
    text = _text(notebook)
    assert f"{int(rank['rank'])} of {int(rank['of'])}" in text
    assert f"{rank['value']:.2f}%" in text
    starred = nato.loc[(nato["ally"] == "Luxembourg") & (nato["vintage"] == facts_release),
                      "national_2pct_commitment"].any()
    assert f">{'yes' if starred else 'no'}<" in text
    history = load.compare_releases("Luxembourg", 2023)
    assert len(history) >= 2  # the bundled other releases know Luxembourg 2023
    assert all(f"{v:.2f}" in text for v in history["value"])


def test_spending_trends_pages_keep_headings_with_their_charts(tmp_path: Path) -> None:
    """Laid out on A4, page 1 opens with the key findings, each section heading shares its page
    with the section's chart, and the appendix closes the report. Run on its defaults, the
    report ends in the last year of the newest release (end_year "latest")."""
    weasyprint = pytest.importorskip("weasyprint")
    from analysis.pipeline import render
    notebook = _run("spending_trends", tmp_path)
    html = render.mark_long_tables(render.notebook_to_html(notebook, name="spending_trends"))
    document = weasyprint.HTML(string=html).render()

    def boxes(box):
        yield box
        for child in getattr(box, "children", None) or []:
            yield from boxes(child)

    placed = []  # (page number, tag, text) in reading order, one entry per element
    seen = set()
    for number, page in enumerate(document.pages, 1):
        for box in boxes(page._page_box):
            tag = str(getattr(box, "element_tag", None)).rsplit("}", 1)[-1]  # svg: namespaced
            if tag not in ("svg", "h2", "h3") or box.element is None or id(box.element) in seen:
                continue  # a heading's line and text boxes carry its tag too
            seen.add(id(box.element))
            text = (box.element.get("aria-label", "") if tag == "svg"
                    else "".join(box.element.itertext()))
            placed.append((number, tag, text))
    with_chart = [(here, after) for here, after in zip(placed, placed[1:], strict=False)
                  if here[1] == "h3" and after[1] == "svg"]
    assert len(with_chart) >= 6
    for (page, _, heading), (chart_page, _, _) in with_chart:
        assert chart_page == page, f"heading {heading!r} ends page {page}, its chart is on the next"
    sections = [(page, text.strip()) for page, tag, text in placed if tag == "h2"]
    assert sections[0][0] == 1 and sections[0][1].startswith("Key findings")
    assert sections[-1][1].startswith("Appendix")
    text = _text(notebook)
    vintage = load.latest_release("share_gdp_pct")
    last = max(load.years(vintage))
    label = f"{last}e" if last in load.release_info(vintage).estimate_years else str(last)
    assert f"Defence expenditure as a share of GDP, {label}" in " ".join(
        output["data"]["text/plain"] for output in _charts(notebook))
    assert "### How to cite" in text and "### The releases compared" in text


def test_ally_profile_when_the_latest_year_is_blank(tmp_path: Path) -> None:
    """Germany's 2025e share is blank in release 2025-08: the gap to 3.5% uses its last
    published year instead of failing."""
    nato = load.load_nato()
    vintage = load.latest_release("share_gdp_pct")
    shares = indicators.select(nato, "share_gdp_pct", vintage)
    germany = shares[shares["ally"] == "Germany"].dropna(subset=["value"])
    last = int(germany["year"].max())
    notebook = _run("ally_profile", tmp_path, ally="Germany")
    _assert_clean_run(notebook, charts=3)
    assert f"In {last}" in _text(notebook)


COMPARE_SECTIONS = ("## Summary", "## Side by side", "## Charts", "## Sources and notes",
                    "## Appendix: how the data was loaded and checked")


def test_compare_notebook_is_committed_clean_with_its_findings_first() -> None:
    notebook = nbformat.read(NOTEBOOKS / "compare.ipynb", as_version=4)
    assert notebook.cells[0].source.startswith("# Allies compared")
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            assert len(cell.source.splitlines()) <= 25  # logic lives in analysis/, not here
    headings = [line for c in notebook.cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("## ")]
    assert headings == list(COMPARE_SECTIONS)
    assert "compare" in [entry.report for entry in CONFIG.default_set]


def test_compare_puts_the_nordic_baltic_allies_side_by_side(tmp_path: Path) -> None:
    notebook = _run("compare", tmp_path)
    _assert_clean_run(notebook, charts=5)
    nato = load.load_nato()
    vintage = load.latest_release("share_gdp_pct")
    nordic = SPECS["compare"].defaults()["allies"]
    assert len(nordic) == 7 and "Iceland" not in nordic  # no expenditure tables for Iceland
    share = indicators.select(nato, "share_gdp_pct", vintage)
    share = share[share["ally"].isin(nordic)].dropna(subset=["value"])
    last = share.sort_values("year").groupby("ally").tail(1).sort_values("value")
    text = _text(notebook)
    top = last.iloc[-1]
    assert f"**{top['ally']}** spends the largest share" in text
    assert f"**{top['value']:.2f}%**" in text
    # Per head (Table 6) and national currency (Table 1) come from the June 2024 workbook.
    per_head = indicators.select(nato, "defence_per_capita_usd_constant_2015", "2024-06")
    norway = per_head[(per_head["ally"] == "Norway") & (per_head["year"] == 2024)]["value"]
    assert f"{norway.iloc[0]:,.0f}" in text
    assert "Kroner" in text and "release 2024-06" in text
    files = [o["metadata"]["nato_chart_data"]["file"] for o in _charts(notebook)]
    assert files[-1] == "05-defence-spending-by-category.csv"
