"""The source_brief notebook: committed clean, runs with its defaults, shows what the checks say."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from analysis.brief.present import STATUS_COLOURS
from analysis.brief.source_check import check_source

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "source_brief.ipynb"
WRONG = ROOT / "tests" / "fixtures" / "sources" / "wrong-numbers-2024-02.txt"
SEED = "nato-bydgoszcz-2024-02"


def _outputs(notebook: nbformat.NotebookNode, mime: str) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if mime in data:
                parts.append(data[mime])
            if output.get("output_type") == "error":
                raise AssertionError(f"cell failed: {output.get('ename')}: {output.get('evalue')}")
    return "\n".join(parts)


def _run(tmp_path: Path, **parameters: str) -> nbformat.NotebookNode:
    papermill = pytest.importorskip("papermill")
    out = tmp_path / "source_brief.out.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out), parameters=parameters,
                               cwd=str(NOTEBOOK.parent), progress_bar=False, kernel_name="python3")
    return nbformat.read(out, as_version=4)


def test_committed_notebook_is_clean_with_one_parameters_cell() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert f'source = "{SEED}"' in tagged[0].source
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    headings = [c.source.splitlines()[0] for c in notebook.cells if c.cell_type == "markdown"]
    for heading in ("# Source brief", "## Summary", "## Sources and notes", "## Appendix",
                    "### Load", "### Check"):
        assert heading in headings


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> nbformat.NotebookNode:
    return _run(tmp_path_factory.mktemp("brief"))


def test_default_run_shows_coloured_statuses_and_the_summary(seed_run) -> None:
    html = _outputs(seed_run, "text/html")
    markdown = _outputs(seed_run, "text/markdown")
    result = check_source(SEED)
    for status in set(result.checks["status"]):
        assert STATUS_COLOURS[status] in html  # the status cells are coloured
    for status in STATUS_COLOURS:
        assert status in html  # the legend names every status
    assert result.summary in markdown
    for figure in result.checks["figure"]:
        assert figure in html
    assert "made vague" in html and "opinions_222605" in html


def test_default_run_renders_to_html_without_code(seed_run, tmp_path: Path) -> None:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter()
    exporter.exclude_input = True
    body, _ = exporter.from_notebook_node(seed_run)
    assert "Checks against NATO" in body and "superseded" in body
    assert "check_source(" not in body


def test_wrong_numbers_article_shows_differs(tmp_path: Path) -> None:
    notebook = _run(tmp_path, source=str(WRONG))
    html = _outputs(notebook, "text/html")
    assert STATUS_COLOURS["differs"] in html
    assert "gap +30,000 troops" in html and "21 member states" in html
