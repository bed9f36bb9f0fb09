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
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import validate
from analysis.errors import BuildError, OutputError, Terminated
from analysis.pipeline import publish, quick, render
from analysis.pipeline.cache import SKIPPED, CacheCheck, cache_key
from analysis.pipeline.config import load_config
from analysis.pipeline.execute import display_path
from analysis.pipeline.index_page import read_manifest, write_index
from analysis.pipeline.kernels import KernelPool
from analysis.pipeline.manifest import BuildRun, Environment, release_info, write_manifest
from analysis.pipeline.params import DataUniverse, parse_assignments
from analysis.pipeline.plan import FORMATS, BuildRequest, parse_formats, plan
from analysis.pipeline.preflight import check_reports
from analysis.pipeline.produce import Job, Outcome, failure_line, produce
from analysis.pipeline.progress import Progress, print_summary

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
    """Builds requests into ``out_root`` and keeps ``index.html`` current.

    ``jobs`` above 1 makes the reports in worker processes (:mod:`~analysis.pipeline.parallel`);
    ``backend`` sends them elsewhere (a Dask cluster, :mod:`~analysis.pipeline.distributed`).
    Either way this process publishes each report, in the order asked. A report whose slot is up
    to date (:mod:`~analysis.pipeline.cache`) is skipped unless ``force``.
    """

    def __init__(
        self, out_root: Path, formats: Sequence[str] = FORMATS, show_code: bool = False,
        progress: Progress | None = None, report_order: Sequence[str] = (), jobs: int = 1,
        force: bool = False, backend: Any = None, worker_setup: Callable[[], None] | None = None,
    ) -> None:
        self.out_root = Path(out_root).resolve()
        self.formats = tuple(formats)
        self.show_code = show_code
        self.progress = progress
        self.report_order = tuple(report_order)
        self.jobs = max(1, int(jobs))
        self.force = force
        self.backend = backend
        self.worker_setup = worker_setup  # run first in each worker process (the logging)
        self.environment = Environment()
        self.problems: list[str] = []  # recovery and index writes that failed, one line each
        self.skipped: set[Path] = set()  # slots found up to date by this build
        self.kernels: KernelPool | None = None
        self.more_to_build = True  # another report follows: warm its kernel meanwhile

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
                publish.clear_stale_staging(publish.report_folders(self.out_root))
                fresh = self.up_to_date(requests)
                todo = [r for r in requests if r not in fresh]
                if self.backend is None and (self.jobs == 1 or len(todo) <= 1):
                    self.jobs = 1  # one report to make: no worker processes to start for it
                    for request in requests:
                        self.more_to_build = bool(todo) and request is not todo[-1]
                        results.append(self.skip(request) if request in fresh
                                       else self.build(request))
                        self.try_write_index()
                else:
                    # Late: the worker processes and Dask are only needed for these builds.
                    from analysis.pipeline import parallel
                    parallel.build_in_parallel(self, requests, fresh, results)
            finally:
                if self.progress is not None:  # the bar off the terminal before any last line
                    self.progress.close()
                if self.kernels is not None:
                    self.kernels.close()
                self.settle()
        return results

    def up_to_date(self, requests: Sequence[BuildRequest]) -> list[BuildRequest]:
        """The requests whose slot holds a good build of the same inputs (none with ``force``)."""
        if self.force:
            return []
        check = CacheCheck(paths.data_dir(), self.settings)
        return [r for r in requests
                if check.up_to_date(r, self.report_dir(r) / r.slot)]

    def skip(self, request: BuildRequest) -> BuildResult:
        slot = self.report_dir(request) / request.slot
        self.skipped.add(slot)
        if self.progress is not None:
            self.progress.finish(request.label, 0.0, "skipped", "up to date")
        run_id = str(read_manifest(slot).get("run_id") or "")
        return BuildResult(request, "skipped", run_id, slot, 0.0)

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
        statuses = {slot.relative_to(self.out_root).as_posix(): SKIPPED for slot in self.skipped}
        try:
            write_index(self.out_root, self.report_order, statuses)
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
        outcome = Outcome()
        try:
            run.staging.mkdir(parents=True)
            outcome = self.build_into(run) or outcome
        except Exception as failure:  # noqa: BLE001 - one broken report must not stop the set
            outcome.error = failure_line(request.spec.name, failure)
        except KeyboardInterrupt as interruption:
            self.interrupted(run, interruption)
            raise
        return self.conclude(run, outcome)

    def conclude(self, run: BuildRun, outcome: Outcome) -> BuildResult:
        """Publish a made report (or file it in _failed), print its line, return its result."""
        request = run.request
        run.timings.update(outcome.timings)
        error, directory = outcome.error, run.staging
        if not error:
            try:
                for name, data in outcome.files.items():
                    (run.staging / name).write_bytes(data)
                cached = {"cache_key": cache_key(request, self.settings), "inputs": outcome.inputs}
                write_manifest(run, self.environment, self.settings, "ok", extra=cached)
                directory = publish.promote(self.report_dir(request), request.slot, run.staging)
            except Exception as failure:  # noqa: BLE001 - as in build()
                error = failure_line(request.spec.name, failure)
            except KeyboardInterrupt as interruption:
                self.interrupted(run, interruption)
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

    def interrupted(self, run: BuildRun, interruption: BaseException) -> None:
        if run.staging.exists():  # else it is already the report in the slot
            reason = "terminated" if isinstance(interruption, Terminated) else "interrupted"
            self.file_failed(run, reason)

    def start_run(self, request: BuildRequest) -> BuildRun:
        started = dt.datetime.now(dt.UTC)
        report_dir = self.report_dir(request)
        run_id = publish.unique_run_id(report_dir, started, request.slot)
        if self.progress is not None and self.jobs == 1 and self.backend is None:
            self.progress.start(request.label)
        return BuildRun(request, run_id, started, report_dir / publish.STAGING / run_id)

    def report_dir(self, request: BuildRequest) -> Path:
        return self.out_root / request.spec.name

    @property
    def settings(self) -> dict[str, Any]:
        return {"formats": list(self.formats), "show_code": self.show_code}

    def job(self, run: BuildRun, folder: Path | None = None, warm_next: bool = True) -> Job:
        """What a worker needs to make the run's report into ``folder`` (its staging folder)."""
        return Job(run.request, folder or run.staging, self.title_block(run), self.formats,
                   self.show_code, paths.data_dir(), warm_next)

    def build_into(self, run: BuildRun) -> Outcome:
        """Execute, render and run the artifacts hook into the run's staging folder."""
        if self.kernels is None:
            self.kernels = KernelPool(paths.data_dir())
        return produce(self.job(run, warm_next=self.more_to_build), self.kernels, self.progress)

    def title_block(self, run: BuildRun) -> dict[str, Any]:
        """The title block stored in the executed notebook, so that it renders the same later."""
        spec, params = run.request.spec, run.request.params
        release = release_info(params, self.environment.root)
        release_long, release_short = render.describe_release(release)
        return {
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


def discard(staging: Path) -> None:
    """Delete a run's staging folder (and ``.staging`` when it is empty)."""
    shutil.rmtree(staging, ignore_errors=True)
    publish.remove_empty(staging.parent)


def run_cli(
    reports: Sequence[str], params: Sequence[str], formats: str, build_all: bool = False,
    default_set: bool = False, show_code: bool = False, jobs: int | None = None,
    force: bool = False, dask: bool = False, scheduler: str | None = None,
    worker_setup: Callable[[], None] | None = None, command: dict[str, Any] | None = None,
    fingerprint: str = "",
) -> int:
    """``nato-report build``: 0 when every report built or was up to date, 1 when any failed
    (named on stderr) or the index could not be written.

    Parameter, data and config mistakes raise an AnalysisError before any kernel starts (exit 2):
    ``validate.check_all`` (``nato-report data check``, about half a second) makes a broken figure
    table one line naming file and row, not a traceback deep inside a notebook; each report's
    notebook, kernel and artifacts hook are checked by :mod:`~analysis.pipeline.preflight`.
    A held lock is exit 3 (BuildLockedError); SIGTERM stops the build as Ctrl-C does.
    ``jobs`` (default: the number of cores) reports are made at once; ``dask`` or ``scheduler``
    make them on a Dask cluster instead. ``command`` and ``fingerprint`` (from
    :mod:`~analysis.pipeline.quick`) are recorded after a complete build, so that the same
    command with nothing changed answers without planning.
    """
    config = load_config()
    chosen = parse_formats(formats)
    raw = parse_assignments(params)
    validate.check_all()
    requests = plan(config, list(reports), raw, build_all or default_set, DataUniverse())
    check_reports(request.spec for request in requests)
    out_root = paths.reports_dir()
    clock = time.monotonic()
    backend = None
    if dask or scheduler:
        from analysis.pipeline import distributed  # late: Dask only for --dask / --scheduler
        backend = distributed.DaskBackend(scheduler, jobs, setup=worker_setup)
    builder = Builder(out_root, chosen, show_code, Progress(len(requests)), list(config.reports),
                      jobs=jobs or default_jobs(), force=force, backend=backend,
                      worker_setup=worker_setup)
    try:
        with sigterm_as_interrupt():
            results = builder.build_all(requests)
    finally:
        if backend is not None:
            backend.close()
    print_summary(results, builder.problems, out_root, time.monotonic() - clock)
    failed = [result for result in results if result.status == "failed"]
    if command is not None:  # what the same command, run again, needs to see it has nothing to do
        if failed or builder.problems:
            quick.forget(out_root, command)
        else:
            quick.record(out_root, command, fingerprint, results, list(config.reports))
    return 1 if failed or builder.problems else 0


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


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
