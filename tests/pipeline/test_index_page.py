"""``reports/index.html`` from the manifests, through its Jinja2 template."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from analysis.pipeline.index_page import write_index


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.rows = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        if tag == "tr":
            self.rows += 1


def _build(out: Path, where: str, **manifest) -> Path:
    folder = out / where
    folder.mkdir(parents=True)
    report = manifest["report"]
    (folder / f"{report}.html").write_text("<p>report</p>", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_current_failed_and_earlier_builds_each_in_their_table(tmp_path):
    base = {"report": "chart", "slot": "default", "parameters": {"year": 2024},
            "duration_seconds": 3.5}
    _build(tmp_path, "chart/default", **base, status="ok", run_id="b",
           started="2026-11-25T08:15:00+00:00", release={"vintage": "2024-06"})
    _build(tmp_path, "chart/_history/a", **base, status="ok", run_id="a",
           started="2026-11-24T08:15:00+00:00")
    _build(tmp_path, "chart/_failed/c", **base, status="failed", run_id="c",
           started="2026-11-26T08:15:00+00:00", error="cell 4 raised ValueError")
    page = write_index(tmp_path, ["chart"]).read_text(encoding="utf-8")
    current, failed, earlier = (page.split("<h2>")[i] for i in (1, 2, 3))
    assert "chart/default/chart.html" in current and "2024-06" in current
    assert "2026-11-25 08:15 UTC" in current and "year=2024" in current
    assert "chart/_failed/c/chart.html" in failed and "cell 4 raised ValueError" in failed
    assert "chart/_history/a/manifest.json" in earlier
    assert "1 current reports" in page


def test_what_manifests_say_is_escaped(tmp_path):
    """Titles, parameters and errors come from files; none may add markup to the page."""
    _build(tmp_path, "chart/default", report="chart", slot="default", status="ok", run_id="b",
           title="<script>alert(1)</script>", parameters={"ally": "<b>x</b>"},
           error='"><img src=x onerror=alert(2)>')
    page = write_index(tmp_path).read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_an_empty_folder_says_how_to_build(tmp_path):
    page = write_index(tmp_path).read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert "No report built yet" in page and "<code>nato-report build --all</code>" in page
    assert parsed.links == []
    assert page.count("None.") == 2  # no failed and no earlier builds
