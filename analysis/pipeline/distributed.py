"""``nato-report build --dask`` / ``--scheduler ADDRESS``: reports made on Dask workers.

A worker makes a report as a worker process of ``--jobs`` does (:func:`produce` with a kernel
started ahead), in a temporary folder of its own, and ships the result back: every file as bytes,
the timings and the data files it read with their sha256. The client writes the files into the
run's staging folder and publishes them with the same atomic swap as a local build, in the order
asked; a worker never writes into the reports folder.

Workers need the package installed and the project (notebooks and ``data/``): at the client's
path, or under their own ``NATO_REPORTS_ROOT``. ``--dask`` starts a :class:`LocalCluster` of
``--jobs`` single-threaded worker processes.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import BuildError
from analysis.pipeline.kernels import KernelPool
from analysis.pipeline.produce import Job, Outcome, failure_line, produce_safely

_pool: KernelPool | None = None
_pool_lock = threading.Lock()


def worker_pool() -> KernelPool:
    """The kernel pool of this worker process, started at its first report."""
    global _pool
    with _pool_lock:
        if _pool is None:
            # Not forked: in Dask's task threads a forked kernel's client met an asyncio loop
            # already running (jupyter_core's run_sync; tests/pipeline/test_parallel.py), so
            # here every kernel starts as a new interpreter.
            _pool = KernelPool(paths.data_dir(), fork=False)
        return _pool


def close_worker_pool() -> None:
    """Shut down the kernels this worker started ahead (run on every worker at the end)."""
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.close()
            _pool = None


def on_this_worker(job: Job, client_root: str) -> Job:
    """``job`` with the notebook and data found on this worker: the client's paths when they
    exist here, else the same paths under this worker's project root."""
    spec = job.request.spec
    if spec.notebook.exists():
        return job
    try:
        relative = spec.notebook.relative_to(client_root)
    except ValueError:
        return job
    moved = dataclasses.replace(spec, notebook=paths.project_root() / relative)
    request = dataclasses.replace(job.request, spec=moved)
    return dataclasses.replace(job, request=request, data_root=paths.data_dir())


def make_remotely(job: Job, client_root: str) -> Outcome:
    """On a worker: make the report in a temporary folder and return its files as bytes."""
    folder = Path(tempfile.mkdtemp(prefix="nato-report-"))
    try:
        local = dataclasses.replace(on_this_worker(job, client_root), folder=folder)
        outcome = produce_safely(local, worker_pool())
        outcome.files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
        return outcome
    except Exception as failure:  # noqa: BLE001 - told as the report's failure
        return Outcome(error=failure_line(job.request.spec.name, failure))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class DaskBackend:
    """Submits jobs to a Dask cluster: the one at ``scheduler``, else a LocalCluster."""

    def __init__(self, scheduler: str | None, jobs: int | None = None,
                 processes: bool = True, setup: Callable[[], None] | None = None) -> None:
        # Late: Dask takes a second to import and only these builds need it.
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=30)
            else:
                self.cluster = LocalCluster(
                    n_workers=jobs or 2, threads_per_worker=1, processes=processes,
                    dashboard_address=None,
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as error:
            raise BuildError(f"Dask scheduler {scheduler or 'LocalCluster'}: cannot connect "
                             f"({error})") from None
        if setup is not None:  # the command's logging on every worker
            self.client.run(setup)
        self.width = max(1, sum(self.client.nthreads().values()))
        self.closed = False
        self.root = str(paths.project_root())

    def submit(self, job: Job) -> Future[Outcome]:
        """A concurrent Future of the job's outcome (the parallel build waits on those)."""
        bridge: Future[Outcome] = Future()
        remote = self.client.submit(make_remotely, job, self.root, pure=False)

        def settle(done: Any) -> None:
            try:
                bridge.set_result(done.result())
            except BaseException as error:  # noqa: BLE001 - the build tells it as a failure
                bridge.set_exception(error)

        remote.add_done_callback(settle)
        bridge.dask_future = remote  # type: ignore[attr-defined]
        return bridge

    def close(self, interrupted: bool = False) -> None:
        if self.closed:
            return
        self.closed = True
        if not interrupted:
            try:
                self.client.run(close_worker_pool)
            except Exception:  # noqa: BLE001 - a worker gone took its kernels with it
                pass
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
