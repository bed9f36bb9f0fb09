"""The build cache: a report is skipped when nothing it read or depends on changed.

The readers are real kernels running the fixture notebook ``reader`` (it reads the one data file
its parameter names) against a copy of the bundled data, so what is tested is what the kernel's
read tracker really saw - never data/raw in place.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from analysis import cli
from analysis.pipeline import reads
from analysis.pipeline.build import Builder
from analysis.pipeline.cache import SKIPPED
from analysis.pipeline.config import load_config
from analysis.pipeline.plan import plan
from analysis.pipeline.progress import Progress

REPO = Path(__file__).resolve().parents[2]
GUIDELINES = "raw/reference/guidelines.csv"
HEADLINES = "raw/reference/headline_figures.csv"


@pytest.fixture
def own_project(project):
    """The fixture project with its own copy of data/ that a test may change."""
    root, out = project
    (root / "data").unlink()
    shutil.copytree(REPO / "data", root / "data")
    return root, out


def reader_requests():
    config = load_config()
    return [*plan(config, ["reader"], {"file": GUIDELINES}),
            *plan(config, ["reader"], {"file": HEADLINES}),
            *plan(config, ["source"], {})]


def build_set(out: Path, **options) -> tuple[dict[str, str], str]:
    """{report/slot: status} of one build of the reader set, and its progress lines."""
    lines = io.StringIO()
    builder = Builder(out, ("html",), progress=Progress(3, out=lines, interactive=False),
                      **options)
    results = builder.build_all(reader_requests())
    return {f"{r.request.spec.name}/{r.request.slot}": r.status for r in results}, lines.getvalue()


def test_one_changed_data_file_rebuilds_only_its_readers(own_project):
    root, out = own_project
    first, _ = build_set(out)
    assert set(first.values()) == {"ok"}, first
    slot = next(name for name in first if "guidelines" in name)
    manifest = json.loads((out / slot / "manifest.json").read_text())
    read = {item["path"] for item in manifest["inputs"]["files"]}
    assert f"data/{GUIDELINES}" in read and f"data/{HEADLINES}" not in read

    again, lines = build_set(out)
    assert set(again.values()) == {"skipped"}, again
    assert lines.count("skipped") == 3 and "up to date" in lines
    assert (out / "build-log.html").read_text().count(f">{SKIPPED}") == 3

    with open(root / "data" / GUIDELINES, "a", encoding="utf-8") as handle:
        handle.write("\n")
    changed, _ = build_set(out)
    assert changed == {**again, slot: "ok"}

    source_meta = next((root / "data" / "raw" / "sources").glob("*.txt"))
    source_meta.write_text(source_meta.read_text(encoding="utf-8") + " ", encoding="utf-8")
    after_source, _ = build_set(out)
    assert [name for name, status in after_source.items() if status == "ok"] == [
        "source/nato-bydgoszcz-2024-02"]


def test_force_notebook_and_code_changes_rebuild(project, fake_kernel, capsys):
    root, out = project
    assert cli.main(["build", "broken", "--jobs", "1"]) == 0
    assert cli.main(["build", "broken"]) == 0
    assert fake_kernel.calls == ["broken"]
    assert "skipped" in capsys.readouterr().out
    assert cli.main(["build", "broken", "--force"]) == 0
    assert fake_kernel.calls == ["broken", "broken"]
    notebook = root / "notebooks" / "broken.ipynb"
    notebook.write_text(notebook.read_text(encoding="utf-8").replace("\n", "\n ", 1))
    assert cli.main(["build", "broken"]) == 0
    assert fake_kernel.calls == ["broken"] * 3
    assert cli.main(["build", "broken", "--format", "html"]) == 0  # other settings
    assert fake_kernel.calls == ["broken"] * 4


def test_a_slot_missing_an_output_is_rebuilt(project, fake_kernel):
    root, out = project
    assert cli.main(["build", "broken"]) == 0
    (out / "broken" / "default" / "broken.pdf").unlink()
    assert cli.main(["build", "broken"]) == 0
    assert fake_kernel.calls == ["broken", "broken"]


def test_read_tracker_notes_reads_and_listings_under_the_root_only(tmp_path):
    root = tmp_path / "data"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.csv").write_text("x")
    (tmp_path / "outside.txt").write_text("y")
    with reads.recording(root) as recorder:
        (root / "sub" / "a.csv").read_text()
        (tmp_path / "outside.txt").read_text()
        sorted((root / "sub").iterdir())
        (root / "written.txt").write_text("z")  # a write is not an input
    assert recorder.files == {os.path.realpath(root / "sub" / "a.csv")}
    assert recorder.folders == {os.path.realpath(root / "sub")}
    (root / "sub" / "a.csv").read_text()  # after the block: not noted
    assert len(recorder.files) == 1


def test_the_same_command_with_nothing_changed_answers_without_planning(
    project, fake_kernel, capsys, monkeypatch
):
    root, out = project
    assert cli.main(["build", "broken", "chart", "--jobs", "1"]) == 0
    capsys.readouterr()
    from analysis.pipeline import build

    def no_plan(*args, **kwargs):
        raise AssertionError("planned although nothing changed")

    monkeypatch.setattr(build, "run_cli", no_plan)
    assert cli.main(["build", "broken", "chart"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("] skipped") == 2 and "built 0 of 2 reports (2 skipped" in printed
    assert (out / "build-log.html").read_text().count(f">{SKIPPED}") == 2
    (out / "chart" / "default" / "extra.csv").unlink()  # an output gone: the full path
    with pytest.raises(AssertionError, match="planned"):
        cli.main(["build", "broken", "chart"])
