"""``nato-report build``: execute report notebooks with papermill, render, and publish atomically.

Layout of ``reports/`` (``NATO_REPORTS_OUT`` moves it):

- ``<report>/<slot>/``  the latest good build of a report for one set of parameters: the executed
  ``<report>.ipynb``, ``<report>.html``, ``<report>.pdf``, the CSVs behind its charts
  (:mod:`~analysis.pipeline.chart_files`), extra artifacts and ``manifest.json``.
  The slot is stable - ``default`` for the declared defaults, the ally for ``ally_profile``
  (``ally_profile/poland/``), the source id for ``source_brief``, else the parameters that differ
  from the defaults (``spending_trends/start_year-2020/``) - so links to it keep working and
  "the previous report" is what sits in the slot.
- ``<report>/_history/<run-id>/``  the builds a newer good build replaced (last few per slot).
- ``<report>/_failed/<run-id>/``  failed builds with the executed notebook, for inspection.
- ``<report>/.staging/<run-id>/``  a build in progress; renamed into the slot only on success, so
  a failed run never touches the slot.
- ``<report>/.replaced/<slot>/``  the previous report for the moment the new one moves in; a build
  interrupted there is finished or undone by the next one, so a slot is never lost.
- ``index.html``  every build above, with links.

A run id is ``<UTC start, 20261125T081500Z>-<slot>``. Parameters, configuration and the data the
notebooks read are all checked before any kernel starts (exit 2, one line).

This module runs the builds one after the other; the parts are named after what they do:
:mod:`~analysis.pipeline.plan` (requests and slots), :mod:`~analysis.pipeline.execute` (papermill),
:mod:`~analysis.pipeline.render` (HTML, PDF), :mod:`~analysis.pipeline.artifacts`,
:mod:`~analysis.pipeline.manifest`, :mod:`~analysis.pipeline.publish` (staging, swap, lock) and
:mod:`~analysis.pipeline.index_page`.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from analysis import paths
from analysis.data import validate
from analysis.errors import AnalysisError, BuildError, OutputError, Terminated
from analysis.pipeline import publish, render
from analysis.pipeline.artifacts import load_artifacts_hook, run_artifacts_hook
from analysis.pipeline.chart_files import write_chart_files
from analysis.pipeline.config import load_config
from analysis.pipeline.execute import display_path, execute_notebook
from analysis.pipeline.index_page import write_index
from analysis.pipeline.manifest import BuildRun, Environment, release_info, write_manifest
from analysis.pipeline.params import DataUniverse, parse_assignments
from analysis.pipeline.plan import FORMATS, BuildRequest, parse_formats, plan
from analysis.pipeline.preflight import check_reports
from analysis.pipeline.progress import Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    request: BuildRequest
    status: str  # "ok" or "failed"
    run_id: str
    directory: Path | None  # the slot on success, _failed/<run-id> on failure, None if not kept
    seconds: float
    error: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class Builder:
    """Builds requests into ``out_root`` one after the other and keeps ``index.html`` current."""

    def __init__(
        self, out_root: Path, formats: Sequence[str] = FORMATS, show_code: bool = False,
        progress: Progress | None = None, report_order: Sequence[str] = (),
    ) -> None:
        self.out_root = Path(out_root).resolve()
        self.formats = tuple(formats)
        self.show_code = show_code
        self.progress = progress
        self.report_order = tuple(report_order)
        self.environment = Environment()
        self.problems: list[str] = []  # recovery and index writes that failed, one line each

    def build_all(self, requests: Sequence[BuildRequest]) -> list[BuildResult]:
        """Build each request; the index is written after each and, whatever stops the loop
        (Ctrl-C, SIGTERM, a crash), once more at the end, after every report's ``.replaced/``
        was put back, so that it lists what is on disk.

        A recovery or index write that fails (full disk, read-only folder) is kept in
        :attr:`problems` (one line each) rather than raised, so that the reports' own results
        are still told.
        """
        publish.make_reports_folder(self.out_root)
        results: list[BuildResult] = []
        with publish.build_lock(self.out_root):
            try:
                publish.recover_all({self.report_dir(r) for r in requests})
                for request in requests:
                    results.append(self.build(request))
                    self.try_write_index()
            finally:
                if self.progress is not None:  # the bar off the terminal before any last line
                    self.progress.close()
                self.settle()
        return results

    def settle(self) -> None:
        """Recover ``.replaced/`` of every report, then write the index; never raises."""
        self.problems = []  # what the loop's index writes met is superseded by this attempt
        try:
            publish.recover_all(publish.report_folders(self.out_root))
        except BuildError as error:
            self.problems.append(str(error))
        self.try_write_index()
        if sys.exc_info()[0] is not None:  # interrupted: the command prints only the interruption
            for problem in self.problems:
                log.warning(problem)

    def try_write_index(self) -> None:
        try:
            self.write_index()
        except OutputError as error:
            if str(error) not in self.problems:
                self.problems.append(str(error))

    def write_index(self) -> None:
        try:
            write_index(self.out_root, self.report_order)
        except OSError as error:
            raise OutputError(
                f"{display_path(self.out_root / 'index.html')}: cannot write the index "
                f"({error.strerror or error})"
            ) from None

    def build(self, request: BuildRequest) -> BuildResult:
        """Build one request into its slot; a failure is kept in _failed and reported, not raised.

        KeyboardInterrupt (and SIGTERM, :class:`Terminated`) files the run in _failed and
        propagates. Filing a failed run cannot fail in turn: when _failed cannot be written (full
        disk, read-only folder) the run is deleted and the error says so.
        """
        run = self.start_run(request)
        error, directory = "", run.staging
        try:
            run.staging.mkdir(parents=True)
            self.build_into(run)
            write_manifest(run, self.environment, self.settings, "ok")
            directory = publish.promote(self.report_dir(request), request.slot, run.staging)
        except AnalysisError as failure:
            error = str(failure)
        except OSError as failure:
            error = write_error(request.spec.name, failure)
        except Exception as failure:  # noqa: BLE001 - one broken report must not stop the set
            message = " ".join(str(failure).split())[:240]
            error = f"report {request.spec.name}: unexpected {type(failure).__name__}: {message}"
        except KeyboardInterrupt as interruption:
            if run.staging.exists():  # else it is already the report in the slot
                reason = "terminated" if isinstance(interruption, Terminated) else "interrupted"
                self.file_failed(run, reason)
            raise
        kept: Path | None = directory
        if error:
            kept, error = self.file_failed(run, error)
            notebook = kept / f"{request.spec.name}.ipynb" if kept is not None else None
            if notebook is not None and notebook.exists():
                error = f"{error}; executed notebook kept in {display_path(notebook)}"
        status, seconds = ("failed" if error else "ok"), run.seconds
        if self.progress is not None:
            self.progress.finish(request.label, seconds, status, error)
        return BuildResult(request, status, run.run_id, kept, seconds, error, run.timings)

    def start_run(self, request: BuildRequest) -> BuildRun:
        started = dt.datetime.now(dt.UTC)
        report_dir = self.report_dir(request)
        run_id = publish.unique_run_id(report_dir, started, request.slot)
        if self.progress is not None:
            self.progress.start(request.label)
        return BuildRun(request, run_id, started, report_dir / publish.STAGING / run_id)

    def report_dir(self, request: BuildRequest) -> Path:
        return self.out_root / request.spec.name

    @property
    def settings(self) -> dict[str, Any]:
        return {"formats": list(self.formats), "show_code": self.show_code}

    def build_into(self, run: BuildRun) -> None:
        """Execute, render and run the artifacts hook into the run's staging folder."""
        spec, staging = run.request.spec, run.staging
        if not spec.notebook.exists():
            raise BuildError(
                f"report {spec.name}: notebook {display_path(spec.notebook)} not found"
            )
        hook = load_artifacts_hook(spec)  # before the kernel: a missing module costs nothing
        executed = staging / f"{spec.name}.ipynb"
        with timed(run.timings, "execute"):
            execute_notebook(spec, run.request.params, executed, self.progress)
        nb = self.annotate(run, executed)
        with timed(run.timings, "chart data"):
            write_chart_files(nb, staging)
        if self.formats:
            self.render(run, nb)
        if hook is not None:
            with timed(run.timings, "artifacts"):
                run_artifacts_hook(spec, hook, run.request.params, staging)

    def render(self, run: BuildRun, nb: nbformat.NotebookNode) -> None:
        spec, staging = run.request.spec, run.staging
        self.stage("rendering HTML")
        limit = spec.render_timeout
        with timed(run.timings, "html"), render.time_limit(limit, f"report {spec.name}: HTML"):
            page = render.notebook_to_html(
                nb, show_code=self.show_code, resource_dir=spec.notebook.parent, name=spec.name
            )
        if "html" in self.formats:
            (staging / f"{spec.name}.html").write_text(page, encoding="utf-8")
        if "pdf" in self.formats:
            self.stage("rendering PDF")
            with timed(run.timings, "pdf"), render.time_limit(limit, f"report {spec.name}: PDF"):
                pdf = render.html_to_pdf(page, base_url=spec.notebook.parent)
            (staging / f"{spec.name}.pdf").write_bytes(pdf)

    def stage(self, what: str) -> None:
        if self.progress is not None:
            self.progress.stage(what)

    def annotate(self, run: BuildRun, executed: Path) -> nbformat.NotebookNode:
        """Store the title block in the executed notebook so that it renders the same later."""
        spec, params = run.request.spec, run.request.params
        nb = nbformat.read(executed, as_version=4)
        release = release_info(params, self.environment.root)
        release_long, release_short = render.describe_release(release)
        nb.metadata[render.METADATA_KEY] = {
            "report": spec.name,
            "run_id": run.run_id,
            "title": spec.title,
            "subtitle": ", ".join(render.format_value(params[k]) for k in spec.slot),
            "description": spec.description,
            "parameters": params,
            "release": release_long,
            "release_short": release_short,
            "built": run.started.strftime("%Y-%m-%d %H:%M UTC"),
            "commit": self.environment.commit[:10],
        }
        nbformat.write(nb, executed)
        return nb

    def file_failed(self, run: BuildRun, error: str) -> tuple[Path | None, str]:
        """File the run's folder under _failed with its manifest; the slot is not touched.

        Returns the folder (None when it could not be kept) and ``error``, extended with why the
        run could not be kept. Never raises OSError: a run that cannot be filed is deleted, so no
        ``.staging`` folder outlives the build.
        """
        name = run.request.spec.name
        if not run.staging.is_dir():
            return None, error
        try:
            publish.drop_pages(run.staging, name)
            write_manifest(run, self.environment, self.settings, "failed", error)
            return publish.file_failed(
                self.report_dir(run.request), run.request.slot, run.staging, run.run_id
            ), error
        except OSError as failure:
            discard(run.staging)
            return None, (f"{error}; the failed run could not be kept in "
                          f"{display_path(self.report_dir(run.request) / publish.FAILED)} "
                          f"({failure.strerror or failure}) and was deleted")


def write_error(report: str, error: OSError) -> str:
    """'report r: cannot write <file> (No space left on device)' for an OSError of a build."""
    where = f" {display_path(Path(error.filename))}" if error.filename else ""
    return f"report {report}: cannot write{where} ({error.strerror or error})"


def discard(staging: Path) -> None:
    """Delete a run's staging folder (and ``.staging`` when it is empty)."""
    shutil.rmtree(staging, ignore_errors=True)
    publish.remove_empty(staging.parent)


@contextmanager
def timed(timings: dict[str, float], key: str) -> Iterator[None]:
    clock = time.monotonic()
    try:
        yield
    finally:
        timings[key] = time.monotonic() - clock


def run_cli(
    reports: Sequence[str], params: Sequence[str], formats: str, build_all: bool = False,
    default_set: bool = False, show_code: bool = False,
) -> int:
    """``nato-report build``: 0 when every report built, 1 when any failed (named on stderr) or
    the index could not be written.

    Parameter, data and config mistakes raise an AnalysisError before any kernel starts (exit 2):
    ``validate.check_all`` (``nato-report data check``, about half a second) makes a broken figure
    table one line naming file and row, not a traceback deep inside a notebook; each report's
    notebook, kernel and artifacts hook are checked by :mod:`~analysis.pipeline.preflight`.
    A held lock is exit 3 (BuildLockedError); SIGTERM stops the build as Ctrl-C does.
    """
    config = load_config()
    chosen = parse_formats(formats)
    raw = parse_assignments(params)
    validate.check_all()
    requests = plan(config, list(reports), raw, build_all or default_set, DataUniverse())
    check_reports(request.spec for request in requests)
    out_root = paths.reports_dir()
    clock = time.monotonic()
    builder = Builder(out_root, chosen, show_code, Progress(len(requests)), list(config.reports))
    with sigterm_as_interrupt():
        results = builder.build_all(requests)
    failed = [result for result in results if not result.ok]
    print(
        f"built {len(results) - len(failed)} of {len(results)} reports in "
        f"{time.monotonic() - clock:.0f}s into {display_path(out_root)}; "
        f"index: {display_path(out_root / 'index.html')}",
        flush=True,
    )
    if failed:
        names = ", ".join(result.request.label for result in failed)
        print(f"nato-report: {len(failed)} report(s) failed: {names}", file=sys.stderr)
        for result in failed:
            print(f"nato-report: {result.error}", file=sys.stderr)
    for problem in builder.problems:
        print(f"nato-report: error: {problem}", file=sys.stderr)
    return 1 if failed or builder.problems else 0


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` (a KeyboardInterrupt) in the main thread meanwhile.

    A scheduler stopping a build (``timeout``, systemd, ``kill``) then gets what Ctrl-C gets: the
    running build filed in _failed, ``.staging`` emptied, the index rewritten, one line on stderr.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated("terminated")

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
