"""Kernels started ahead, each used for one report: start-up and imports off the critical path.

A kernel takes about three seconds to start and import pandas and matplotlib. A
:class:`KernelPool` keeps kernels warming in the background while other reports run; each report
takes one and the kernel is shut down after it, so every report still runs in a fresh process
with a fresh namespace. On Linux the pool forks its kernels from a template process that did the
imports once (:mod:`~analysis.pipeline.forkserver`), so warming costs little CPU either. The
pre-imports use ``__import__`` and bind no name, so the notebook's namespace is the one a fresh
kernel has; imported modules only sit in ``sys.modules``.

Every kernel, warm or not, starts by installing the read tracker of
:mod:`~analysis.pipeline.reads`, logging to a file of its own, so the build cache learns which
data files the report read.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import threading
import uuid
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

from analysis.pipeline.forkserver import ForkProvisioner, KernelForker, forking_supported

START_TIMEOUT = 60  # seconds for a kernel to start and answer
START_ATTEMPTS = 2
# Imported by every warm kernel before it is handed out: what the report notebooks import.
# None of them reads a data file at import (the read tracker would charge it to the report).
PREIMPORTS = ("pandas", "matplotlib.pyplot", "IPython.display", "analysis.data.load",
              "analysis.data.indicators", "analysis.data.sources", "analysis.markup",
              "analysis.vocabulary", "analysis.report.charts", "analysis.report.tables",
              "analysis.report.publication", "analysis.report.sources_notes",
              "analysis.brief.check", "analysis.brief.present")
# ipykernel warns on stderr about unencrypted local TCP at every start: log noise.
QUIET = "--IPKernelApp.log_level=CRITICAL"
# Charts drawn with plain pyplot come out as SVG too: vector in the PDF, text selectable.
VECTOR_FIGURES = "--InlineBackend.figure_formats=svg"
# The same notebook makes the same SVG: matplotlib otherwise stamps the time and draws random
# clip-path ids, so a rebuild (or a Dask worker) would never reproduce a report byte for byte.
SAME_SVG = ("--IPKernelApp.exec_lines=import os, matplotlib; "
            "os.environ.setdefault('SOURCE_DATE_EPOCH', '0'); "
            "matplotlib.rcParams['svg.hashsalt'] = 'nato-readiness-reports'")


def kernel_arguments(data_root: Path, log: Path, preimports: tuple[str, ...]) -> list[str]:
    """ipykernel command-line options: quiet, track reads into ``log``, then the imports."""
    lines = [f"__import__('analysis.pipeline.reads', fromlist=['track']).track("
             f"{str(data_root)!r}, {str(log)!r})"]
    lines += [f"__import__({name!r})" for name in preimports]
    return [QUIET, VECTOR_FIGURES, SAME_SVG,
            *(f"--IPKernelApp.exec_lines={line}" for line in lines)]


@dataclass
class Kernel:
    """A started kernel and the file its read tracker writes to."""

    manager: Any  # AsyncKernelManager
    reads_log: Path

    def shutdown(self) -> None:
        if self.manager is None:  # a stand-in of the tests
            return
        try:
            run_sync(self.manager.shutdown_kernel)(now=True)
        except Exception:  # noqa: BLE001 - a kernel already gone is what we wanted
            pass


def start_kernel(name: str, cwd: Path, data_root: Path, log: Path,
                 preimports: tuple[str, ...] = PREIMPORTS,
                 forker: KernelForker | None = None) -> Kernel:
    """Start a kernel in ``cwd`` and wait until it answers (its pre-imports are done by then).

    jupyter_client picks free TCP ports before the kernel binds them, so another process starting
    a kernel at the same moment (a parallel worker, another build) can take one in between; that
    kernel then never answers ("Address already in use" on its stderr). One more start, with
    fresh ports, is tried before the report fails.
    """
    for attempt in range(START_ATTEMPTS):
        try:
            return start_kernel_once(name, cwd, data_root, log, preimports, forker)
        except (RuntimeError, TimeoutError):
            if attempt == START_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def start_kernel_once(name: str, cwd: Path, data_root: Path, log: Path,
                      preimports: tuple[str, ...], forker: KernelForker | None = None) -> Kernel:
    manager = AsyncKernelManager(kernel_name=name)
    if forker is not None:  # jupyter_client keeps a provisioner it finds already set
        manager.kernel_id = str(uuid.uuid4())
        manager.provisioner = ForkProvisioner(kernel_id=manager.kernel_id,
                                              kernel_spec=manager.kernel_spec, parent=manager)
        manager.provisioner.forker = forker
    log.unlink(missing_ok=True)
    run_sync(manager.start_kernel)(
        cwd=str(cwd), extra_arguments=kernel_arguments(data_root, log, preimports)
    )
    kernel = Kernel(manager, log)
    try:
        client = manager.client()
        client.start_channels()
        try:
            run_sync(client.wait_for_ready)(timeout=START_TIMEOUT)
        finally:
            client.stop_channels()
    except BaseException:
        kernel.shutdown()
        raise
    return kernel


class KernelPool:
    """Up to ``ahead`` kernels per (kernel name, folder) started ahead of the reports using them.

    :meth:`take` hands out a started kernel (waiting for one when none is ready yet) and starts a
    replacement in the background; :meth:`close` shuts down the ones nobody took.
    """

    def __init__(self, data_root: Path, ahead: int = 1, fork: bool = True) -> None:
        self.log_dir = Path(tempfile.mkdtemp(prefix="nato-kernels-"))
        self.data_root = Path(data_root)
        self.ahead = max(1, ahead)
        self.starter = ThreadPoolExecutor(max_workers=self.ahead, thread_name_prefix="kernel")
        self.waiting: dict[tuple[str, str], deque[Future[Kernel]]] = {}
        self.numbers = itertools.count(1)
        self.lock = threading.Lock()
        self.closed = False
        self.fork_kernels = fork and forking_supported()
        self.forker: KernelForker | None = None

    def start(self, name: str, cwd: Path, log: Path) -> Kernel:
        """One kernel, forked from the pool's template process (started at the first call)."""
        with self.lock:
            if self.fork_kernels and self.forker is None and not self.closed:
                self.forker = KernelForker(PREIMPORTS, self.log_dir)
        return start_kernel(name, cwd, self.data_root, log, forker=self.forker)

    def warm(self, name: str, cwd: Path) -> None:
        """Start kernels for (name, cwd) until ``ahead`` are starting or ready."""
        with self.lock:
            queue = self.waiting.setdefault((name, str(cwd)), deque())
            while not self.closed and len(queue) < self.ahead:
                log = self.log_dir / f"kernel-{next(self.numbers)}.reads"
                queue.append(self.starter.submit(self.start, name, cwd, log))

    def take(self, name: str, cwd: Path, warm_next: bool = True) -> Kernel:
        """A started kernel for one report; the caller shuts it down when the report is done.

        ``warm_next`` starts its replacement now (False for the last report: no kernel started
        for nothing).
        """
        with self.lock:
            queue = self.waiting.setdefault((name, str(cwd)), deque())
            future = queue.popleft() if queue else None
        if future is None:
            log = self.log_dir / f"kernel-{next(self.numbers)}.reads"
            future = self.starter.submit(self.start, name, cwd, log)
        if warm_next:
            self.warm(name, cwd)
        return future.result()

    def close(self) -> None:
        with self.lock:
            self.closed = True
            pending = [f for queue in self.waiting.values() for f in queue]
            self.waiting.clear()
        for future in pending:
            future.cancel()
        self.starter.shutdown(wait=True)
        for future in pending:
            if not future.cancelled() and future.exception() is None:
                future.result().shutdown()
        if self.forker is not None:
            self.forker.close()
        shutil.rmtree(self.log_dir, ignore_errors=True)
