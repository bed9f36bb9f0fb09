"""``nato-report build --jobs N``: reports made by N worker processes, published here in order.

Each worker process keeps a kernel warming (:class:`~analysis.pipeline.kernels.KernelPool`) and
makes one report at a time: execute, render HTML and PDF, run the artifacts hook, into the run's
staging folder. So while one worker renders, the others execute, and no report waits for a kernel
to start. Rendering runs in the worker's main thread, so its time limit (SIGALRM) holds.

This process keeps at most N reports in the making and publishes each when it and every report
before it are done - one progress line per report, in the order asked, as the serial build prints
them. A report that fails is filed in ``_failed``; the others go on. On Ctrl-C or SIGTERM the
workers are stopped and every unfinished run is filed in ``_failed``: the slots keep their
previous report (a run is only ever moved into its slot by this process, with the same atomic swap
as the serial build).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import util
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import Terminated
from analysis.pipeline.forkserver import set_parent_death_signal
from analysis.pipeline.kernels import KernelPool
from analysis.pipeline.manifest import BuildRun
from analysis.pipeline.plan import BuildRequest
from analysis.pipeline.produce import Job, Outcome, failure_line, produce_safely

_worker_pool: KernelPool | None = None


def start_worker(setup: Callable[[], None] | None, data_root: Path,
                 kernels: list[tuple[str, Path]]) -> None:
    """Initializer of a worker process: the command's logging (``setup``), SIGTERM, a kernel."""
    global _worker_pool
    if setup is not None:
        setup()
    parent = multiprocessing.parent_process()

    def terminate(signum: int, frame: object) -> None:
        if parent is not None and os.getppid() != parent.pid:
            # The build died (SIGKILL): nobody will take this report. Our waiting kernels are
            # shut down; the one running a report notices its parent gone within a second
            # (ipykernel's parent poller). Exit now: the executor's queues would wait forever.
            if _worker_pool is not None:
                _worker_pool.close()
            os._exit(1)
        raise Terminated("terminated")

    signal.signal(signal.SIGTERM, terminate)
    die_with_parent(parent)
    _worker_pool = KernelPool(data_root)
    util.Finalize(_worker_pool, _worker_pool.close, exitpriority=10)  # kernels die with us
    for name, cwd in kernels:
        _worker_pool.warm(name, cwd)


def die_with_parent(parent: Any) -> None:
    """SIGTERM this worker when the build process dies, even by SIGKILL (Linux's
    PR_SET_PDEATHSIG), instead of an orphan running a report nobody will publish."""
    if not set_parent_death_signal(signal.SIGTERM):  # not Linux: they end with the build's queues
        return
    if parent is not None and os.getppid() != parent.pid:  # it died before prctl was set
        os.kill(os.getpid(), signal.SIGTERM)


def make_in_worker(job: Job) -> Outcome:
    return produce_safely(job, _worker_pool)


class ProcessBackend:
    """``jobs`` worker processes (spawned: a fresh interpreter, no copied threads or sockets)."""

    def __init__(self, jobs: int, data_root: Path, kernels: list[tuple[str, Path]],
                 setup: Callable[[], None] | None = None) -> None:
        self.width = jobs
        self.executor = ProcessPoolExecutor(
            jobs, mp_context=multiprocessing.get_context("spawn"), initializer=start_worker,
            initargs=(setup, data_root, kernels),
        )

    def submit(self, job: Job) -> Future[Outcome]:
        return self.executor.submit(make_in_worker, job)

    def close(self, interrupted: bool = False) -> None:
        if interrupted:  # the workers get SIGTERM: each shuts its kernels down and exits
            for process in list(getattr(self.executor, "_processes", {}).values()):
                process.terminate()
        self.executor.shutdown(wait=True, cancel_futures=True)


@dataclass
class Entry:
    request: BuildRequest
    run: BuildRun | None = None  # None: skipped, up to date
    future: Future[Outcome] | None = None

    @property
    def running(self) -> bool:
        return self.future is not None and not self.future.done()

    @property
    def ready(self) -> bool:
        return self.future is None or self.future.done()


def build_in_parallel(builder: Any, requests: Sequence[BuildRequest],
                      fresh: Sequence[BuildRequest], results: list[Any]) -> None:
    """Make the requests not in ``fresh`` on the builder's backend (else worker processes) and
    publish every request in order into ``results``."""
    todo = [r for r in requests if r not in fresh]
    backend = builder.backend
    if backend is None:
        kernels = list(dict.fromkeys((r.spec.kernel, r.spec.notebook.parent) for r in todo))
        backend = ProcessBackend(min(builder.jobs, len(todo)), paths.data_dir(), kernels,
                                 builder.worker_setup)
    entries: list[Entry] = []
    try:
        while len(results) < len(requests):
            while len(entries) < len(requests) and sum(e.running for e in entries) < backend.width:
                request = requests[len(entries)]
                entries.append(Entry(request) if request in fresh
                               else submit(builder, backend, request, todo))
            concluded = False
            while len(results) < len(entries) and entries[len(results)].ready:
                results.append(conclude(builder, entries[len(results)]))
                builder.try_write_index()
                concluded = True
            if not concluded:
                wait([e.future for e in entries if e.running], return_when=FIRST_COMPLETED)
    except BaseException as interruption:
        backend.close(interrupted=True)
        for entry in entries[len(results):]:
            if entry.run is not None:
                builder.interrupted(entry.run, interruption)
        raise
    finally:
        if builder.backend is None:
            backend.close()


def submit(builder: Any, backend: Any, request: BuildRequest,
           todo: list[BuildRequest]) -> Entry:
    run = builder.start_run(request)
    future: Future[Outcome]
    try:
        run.staging.mkdir(parents=True)
        # Each worker starts with a warm kernel and warms one more with each report it takes;
        # after the last `width` reports no report is left for it: it would start for nothing.
        last = todo[-backend.width:]
        job = builder.job(run, warm_next=all(request is not other for other in last))
        future = backend.submit(job)
    except Exception as failure:  # noqa: BLE001 - as a failed report: the others go on
        future = Future()
        future.set_result(Outcome(error=failure_line(request.spec.name, failure)))

    def finished(done: Future[Outcome]) -> None:
        run.ended = time.monotonic()

    future.add_done_callback(finished)
    return Entry(request, run, future)


def conclude(builder: Any, entry: Entry) -> Any:
    if entry.run is None:
        return builder.skip(entry.request)
    assert entry.future is not None
    try:
        outcome = entry.future.result()
    except Exception as failure:  # noqa: BLE001 - a worker that died fails its report only
        outcome = Outcome(error=failure_line(entry.request.spec.name, failure))
    return builder.conclude(entry.run, outcome)
