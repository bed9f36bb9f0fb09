"""``reports/index.html`` and ``reports/build-log.html`` from the manifests, through their
Jinja2 templates."""

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
    write_index(tmp_path, ["chart"])
    page = (tmp_path / "build-log.html").read_text(encoding="utf-8")
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
    write_index(tmp_path)
    for name in ("index.html", "build-log.html"):
        _assert_escaped((tmp_path / name).read_text(encoding="utf-8"), name)


def _assert_escaped(page: str, name: str) -> None:
    parsed = _Page()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page or name == "index.html"  # slot params: log only


def test_an_empty_folder_says_how_to_build(tmp_path):
    page = write_index(tmp_path).read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert "No report built yet" in page and "<code>nato-report build --all</code>" in page
    assert parsed.links == ["build-log.html"]
    log = (tmp_path / "build-log.html").read_text(encoding="utf-8")
    assert "No report built yet" in log
    assert log.count("None.") == 2  # no failed and no earlier builds


def _report(out: Path, report: str, slot: str, *, started: str, outputs=(), **manifest) -> None:
    folder = _build(out, f"{report}/{slot}", report=report, slot=slot, status="ok",
                    run_id=f"{started}-{slot}", started=started, **manifest)
    (folder / f"{report}.pdf").write_bytes(b"%PDF")
    for name in outputs:
        (folder / name).write_text("a,b\n", encoding="utf-8")
    manifest_path = folder / "manifest.json"
    data = json.loads(manifest_path.read_text())
    data["outputs"] = [{"file": name} for name in (f"{report}.html", f"{report}.pdf", *outputs)]
    manifest_path.write_text(json.dumps(data), encoding="utf-8")


def _sections(page: str) -> list[str]:
    return [part.split("</h2>")[0] for part in page.split("<h2>")[1:]]


def test_landing_page_groups_reports_by_type_with_release_and_build_date(tmp_path):
    june = {"vintage": "2024-06", "title": "Defence Expenditure (2014-2024)",
            "release_date": "2024-06-17", "data_cutoff": "2024-06-12"}
    august = {**june, "vintage": "2025-08", "release_date": "2025-08-28"}
    for ally in ("Poland", "Norway"):
        _report(tmp_path, "ally_profile", ally.lower(), started="2026-11-25T08:00:00+00:00",
                title="Ally profile", subtitle=ally, release=august, parameters={"ally": ally})
    _report(tmp_path, "source_brief", "nato-x", started="2026-11-25T08:05:00+00:00",
            title="Source brief", subtitle="nato-x", release=june, outputs=("checks.csv",))
    _report(tmp_path, "spending_trends", "default", started="2026-11-25T09:30:00+00:00",
            title="Defence spending trends", release=august, parameters={"allies": "all"},
            outputs=("01-defence-expenditure.csv", "02-trend.csv"))
    _report(tmp_path, "newcomer", "default", started="2026-11-25T08:10:00+00:00",
            title="A report of a new kind", release=june)
    _build(tmp_path, "ally_profile/_failed/x", report="ally_profile", slot="poland",
           status="failed", run_id="x", started="2026-11-26T08:00:00+00:00")
    page = write_index(tmp_path, ["newcomer", "ally_profile", "source_brief",
                                  "spending_trends"]).read_text(encoding="utf-8")
    assert _sections(page) == ["Overview: defence spending", "Source briefs", "Ally profiles",
                               "A report of a new kind"]
    assert "NATO release 2025-08" in page and "released 2025-08-28" in page
    assert "2 releases in these reports" in page
    assert "Last built 2026-11-25 09:30 UTC" in page
    assert "1 failed build in the log" in page
    parsed = _Page()
    parsed.feed(page)
    assert "build-log.html" in parsed.links
    profiles = page.split("<h2>Ally profiles</h2>")[1].split("<h2>")[0]
    assert '<ul class="grid">' in profiles
    assert ">Norway</a>" in profiles and ">Poland</a>" in profiles
    assert "ally_profile/poland/ally_profile.html" in profiles
    # The chart CSVs are counted (each chart links its own); other outputs are linked.
    assert "2 chart tables" in page and "source_brief/nato-x/checks.csv" in parsed.links
    assert not [link for link in parsed.links if link.endswith("02-trend.csv")]
    assert not [link for link in parsed.links if link.endswith("manifest.json")]
    for link in parsed.links:
        assert (tmp_path / link).is_file(), link


def test_any_status_gets_a_class_of_its_own(tmp_path):
    from analysis.pipeline.index_page import status_class

    assert status_class("skipped (up to date)") == "skipped"
    assert status_class("ok") == "ok" and status_class(None) == "none"
    _build(tmp_path, "chart/default", report="chart", slot="default", run_id="b",
           status="skipped (up to date)", started="2026-11-25T08:15:00+00:00")
    write_index(tmp_path)
    log = (tmp_path / "build-log.html").read_text(encoding="utf-8")
    assert 'class="status status-skipped">skipped (up to date)' in log
