"""``reports/index.html`` and ``reports/build-log.html`` from the manifests, through their
Jinja2 templates."""

from __future__ import annotations

import csv
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


def _profile_with_chart(out: Path, ally: str, slot: str, values, *, started: str,
                        release: str = "2025-08") -> None:
    """An ally profile with the chart CSV the build writes beside it (share of GDP panel, the
    alliance median and another panel too, as the real CSV has)."""
    name = "01-defence-effort-at-a-glance.csv"
    _report(out, "ally_profile", slot, started=started, outputs=(name,), title="Ally profile",
            subtitle=ally, parameters={"ally": ally}, release={"vintage": release})
    rows = [["panel", "ally", "year", "value", "estimate", "is_aggregate", "indicator", "unit",
             "release", "source"]]
    for year, value, estimate in values:
        rows += [["Share of GDP", ally, year, value, estimate, False, "share_gdp_pct", "% of GDP",
                  release, "Source: NATO"],
                 ["Share of GDP", "alliance median", year, 9.5, estimate, False, "share_gdp_pct",
                  "% of GDP", release, "x"],
                 ["Military personnel", ally, year, 150, estimate, False, "personnel_thousands",
                  "thousands", release, "x"]]
    with (out / "ally_profile" / slot / name).open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


class _Sparks(HTMLParser):
    """The sparklines of a landing page: per <li>, the tags and attributes inside its <svg>."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, list]] = []
        self.in_svg = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li":
            self.items.append({"svg": [], "names": []})
        elif tag == "svg":
            self.in_svg = True
        if self.items and self.in_svg:
            self.items[-1]["svg"].append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False

    def handle_data(self, data):
        if self.items and not self.in_svg and data.strip():
            self.items[-1]["names"].append(data.strip())


def test_ally_profiles_get_one_sparkline_each_on_one_scale(tmp_path):
    _profile_with_chart(tmp_path, "Poland", "poland", [(2014, 1.8, False), (2024, 4.1, True),
                                                       (2025, 4.5, True)],
                        started="2026-11-25T08:00:00+00:00")
    # Spain's last year left blank, as 2025-08 leaves Germany's 2025e: the year is skipped.
    _profile_with_chart(tmp_path, "Spain", "spain", [(2014, 0.9, False), (2023, 1.2, False),
                                                     (2024, 1.3, True), (2025, "", True)],
                        started="2026-11-25T08:01:00+00:00")
    # A profile built before its charts had CSVs: named, no sparkline, no error.
    _report(tmp_path, "ally_profile", "norway", started="2026-11-25T08:02:00+00:00",
            title="Ally profile", subtitle="Norway", parameters={"ally": "Norway"})
    page = write_index(tmp_path, ["ally_profile"]).read_text(encoding="utf-8")
    sparks = _Sparks()
    sparks.feed(page)
    items = {item["names"][0]: item["svg"] for item in sparks.items}
    assert set(items) == {"Poland", "Spain", "Norway"}
    assert items["Norway"] == [] and "no chart data beside this report" in page
    poland, spain = dict(items["Poland"][0:1])["svg"], dict(items["Spain"][0:1])["svg"]
    assert poland["viewbox"] == spain["viewbox"]  # one size for all
    assert "Poland: share of GDP on defence, 1.80% in 2014 to 4.50% in 2025e" in page
    # One scale: 0 to 5% (Poland's 4.5% rounded up), the 2% line at the same height for both.
    guides = [[a for t, a in items[n] if t == "line"] for n in ("Poland", "Spain")]
    assert guides[0] == guides[1] and len(guides[0]) == 1
    height = float(poland["height"])
    expected = height - 3 - (height - 6) * 2 / 5  # y of 2% on a 0-5% scale, 3 px padding
    assert abs(float(guides[0][0]["y1"]) - expected) < 0.11
    dots = {n: [a for t, a in items[n] if t == "circle"][0] for n in ("Poland", "Spain")}
    assert "met" in dots["Poland"]["class"] and "met" not in dots["Spain"]["class"]
    assert float(dots["Poland"]["cy"]) < float(dots["Spain"]["cy"])  # higher share, higher dot
    # Estimates are drawn dashed from the last published year.
    lines = {n: [a for t, a in items[n] if t == "polyline"] for n in ("Poland", "Spain")}
    assert len(lines["Poland"]) == 2 and lines["Poland"][1]["class"] == "spark-est"
    assert len(lines["Spain"][0]["points"].split()) == 2  # 2014 and 2023, published
    assert "Spain: share of GDP on defence, 0.90% in 2014 to 1.30% in 2024e" in page
    assert "(0 to 5%)" in page  # the median rows (9.5) and other panels are not drawn


def test_sparkline_names_are_escaped_and_the_page_fetches_nothing(tmp_path):
    hostile = '<img src=x onerror="alert(1)"> & "quotes"'
    _profile_with_chart(tmp_path, hostile, "x", [(2014, 1.0, False), (2015, 2.5, False)],
                        started="2026-11-25T08:00:00+00:00")
    page = write_index(tmp_path).read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert "img" not in parsed.tags and "svg" in parsed.tags and "script" not in parsed.tags
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; &amp; &#34;quotes&#34;" in page
    # Offline and self-contained: no address outside the reports folder, no external resource.
    for link in parsed.links:
        assert "://" not in link and not link.startswith("//")
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page and "src=" not in page.replace("src=x", "")


def test_landing_page_imports_no_heavy_library():
    import subprocess
    import sys

    code = ("import sys, analysis.pipeline.index_page, analysis.pipeline.landing; "
            "print([m for m in ('pandas', 'matplotlib', 'nbformat') if m in sys.modules])")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert shown == "[]"
