"""Making one report in a folder: execute the notebook, store its title block, render, run the hook.

This is the part of a build that can run anywhere - in the build's own process, in a worker process
of ``--jobs N`` or on a Dask worker - because a :class:`Job` carries everything it needs (the
title block is decided by the builder, which also publishes). It never touches a slot: the folder
it fills is a staging folder (or a temporary one on a Dask worker, shipped back as bytes).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from analysis.errors import AnalysisError, BuildError
from analysis.pipeline import execute, reads, render
from analysis.pipeline.artifacts import load_artifacts_hook, run_artifacts_hook
from analysis.pipeline.cache import inputs_record
from analysis.pipeline.chart_files import write_chart_files
from analysis.pipeline.kernels import Kernel, KernelPool
from analysis.pipeline.plan import BuildRequest
from analysis.pipeline.progress import Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One report to make into ``folder``; picklable, so it can be sent to another process."""

    request: BuildRequest
    folder: Path
    metadata: dict[str, Any]  # the title block stored in the executed notebook
    formats: tuple[str, ...]
    show_code: bool
    data_root: Path
    warm_next: bool = True  # start the kernel of a next report while this one runs


@dataclass
class Outcome:
    """What making a report gave: an error line (empty on success), timings and the inputs read."""

    error: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    inputs: dict[str, Any] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # shipped back by a remote worker


def produce(job: Job, pool: KernelPool | None, progress: Progress | None = None) -> Outcome:
    """Execute, annotate, render and run the artifacts hook into ``job.folder``.

    Raises what the steps raise (AnalysisError for a report's own failure); the returned outcome
    has the timings and the data files the notebook and the hook read.
    """
    spec, folder = job.request.spec, job.folder
    outcome = Outcome()
    if not spec.notebook.exists():
        raise BuildError(
            f"report {spec.name}: notebook {execute.display_path(spec.notebook)} not found"
        )
    hook = load_artifacts_hook(spec)  # before the kernel: a missing module costs nothing
    executed = folder / f"{spec.name}.ipynb"
    kernel = None
    if pool is not None:
        try:
            kernel = pool.take(spec.kernel, spec.notebook.parent, job.warm_next)
        except (OSError, RuntimeError, TimeoutError, ValueError) as error:
            message = " ".join(str(error).split())[:240]
            raise BuildError(f"report {spec.name}: could not start the kernel {spec.kernel}: "
                             f"{type(error).__name__}: {message}") from None
    try:
        with timed(outcome.timings, "execute"):
            execute.execute_notebook(spec, job.request.params, executed, progress, kernel=kernel)
    finally:
        read_files, read_folders = note_reads(kernel)
    nb = annotate(executed, job.metadata)
    with timed(outcome.timings, "chart data"):
        write_chart_files(nb, folder)
    if job.formats:
        render_pages(job, nb, outcome.timings, progress)
    if hook is not None:
        with timed(outcome.timings, "artifacts"), reads.recording(job.data_root) as recorder:
            run_artifacts_hook(spec, hook, job.request.params, folder)
        read_files |= recorder.files
        read_folders |= recorder.folders
    outcome.inputs = inputs_record(job.data_root, read_files, read_folders)
    return outcome


def note_reads(kernel: Kernel | None) -> tuple[set[str], set[str]]:
    """The reads a kernel logged; the kernel is shut down (it served its one report)."""
    if kernel is None:
        return set(), set()
    kernel.shutdown()
    found = reads.read_log(kernel.reads_log)
    kernel.reads_log.unlink(missing_ok=True)
    return found


def annotate(executed: Path, metadata: Mapping[str, Any]) -> nbformat.NotebookNode:
    """Store the title block in the executed notebook so that it renders the same later."""
    nb = nbformat.read(executed, as_version=4)
    nb.metadata[render.METADATA_KEY] = dict(metadata)
    nbformat.write(nb, executed)
    return nb


def render_pages(job: Job, nb: nbformat.NotebookNode, timings: dict[str, float],
                 progress: Progress | None) -> None:
    spec, folder = job.request.spec, job.folder
    if progress is not None:
        progress.stage("rendering HTML")
    limit = spec.render_timeout
    with timed(timings, "html"), render.time_limit(limit, f"report {spec.name}: HTML"):
        page = render.notebook_to_html(
            nb, show_code=job.show_code, resource_dir=spec.notebook.parent, name=spec.name
        )
    if "html" in job.formats:
        (folder / f"{spec.name}.html").write_text(page, encoding="utf-8")
    if "pdf" in job.formats:
        if progress is not None:
            progress.stage("rendering PDF")
        with timed(timings, "pdf"), render.time_limit(limit, f"report {spec.name}: PDF"):
            pdf = render.html_to_pdf(page, base_url=spec.notebook.parent)
        (folder / f"{spec.name}.pdf").write_bytes(pdf)


def failure_line(report: str, failure: BaseException) -> str:
    """One line for a report's failure, as the build prints it."""
    if isinstance(failure, AnalysisError):
        return str(failure)
    if isinstance(failure, OSError):
        where = f" {execute.display_path(Path(failure.filename))}" if failure.filename else ""
        return f"report {report}: cannot write{where} ({failure.strerror or failure})"
    message = " ".join(str(failure).split())[:240]
    return f"report {report}: unexpected {type(failure).__name__}: {message}"


def produce_safely(job: Job, pool: KernelPool | None) -> Outcome:
    """:func:`produce`, its failure told as the outcome's error line (nothing raised but
    KeyboardInterrupt): what a worker process returns."""
    try:
        return produce(job, pool)
    except Exception as failure:  # noqa: BLE001 - one broken report must not stop the set
        return Outcome(error=failure_line(job.request.spec.name, failure))


@contextmanager
def timed(timings: dict[str, float], key: str) -> Iterator[None]:
    clock = time.monotonic()
    try:
        yield
    finally:
        timings[key] = time.monotonic() - clock
