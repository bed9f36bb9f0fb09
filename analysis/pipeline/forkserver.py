"""Kernels forked from one process that has already imported what the reports use.

A new kernel costs about 2.5 s of CPU before it runs a cell: a fresh interpreter imports
ipykernel, pandas, matplotlib and this package. On a two-core machine that is a quarter of a
report's CPU time, so starting kernels ahead in the background does not make it free. A
:class:`KernelForker` starts one process (the template) that imports all of it once; each kernel
is then a ``fork()`` of it: a new process with its own, fresh namespace (the notebook's globals
are made after the fork), started in milliseconds.

The template only forks; it never runs a cell. Its kernels look to jupyter_client like any other
(:class:`ForkProvisioner` hands it a process object that polls and signals the forked pid), so
papermill, interrupts, timeouts and shutdown work unchanged. Lifetimes: the template exits when
the process that started it closes its pipe or dies (even by SIGKILL: the pipe closes with it),
and each kernel dies with the template (Linux's parent-death signal). Forking is used on Linux
only (elsewhere ``fork()`` after these imports is unsafe), and ``NATO_REPORTS_FORK_KERNELS=0``
turns it off.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from jupyter_client.provisioning import LocalProvisioner

LAUNCHER = ("-m", "ipykernel_launcher")
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
READY = "ready"
PR_SET_PDEATHSIG = 1  # prctl option, <linux/prctl.h>
# The template's own program: serve() of this module, imported before anything else.
TEMPLATE_PROGRAM = "import sys; from analysis.pipeline.forkserver import serve; serve(sys.argv[1:])"


def forking_supported() -> bool:
    """Fork kernels here? Linux only, unless turned off by NATO_REPORTS_FORK_KERNELS=0."""
    return sys.platform == "linux" and os.environ.get("NATO_REPORTS_FORK_KERNELS", "1") != "0"


def set_parent_death_signal(signum: int) -> bool:
    """Ask Linux to send ``signum`` to this process when its parent dies (False elsewhere)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signum) == 0
    except (OSError, AttributeError):
        return False


class ForkedKernelProcess:
    """What jupyter_client's provisioner expects of a ``Popen``, for a kernel forked elsewhere.

    The template waits for its children as they exit, so a pid that no longer exists is a kernel
    that has exited; its exit status is not known here and reads as 0.
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = 0
            except PermissionError:  # the pid was reused by someone else's process
                self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout or 0)
            time.sleep(0.02)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class KernelForker:
    """One template process, started at once; :meth:`fork` waits for its imports the first time."""

    def __init__(self, preimports: tuple[str, ...], cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", TEMPLATE_PROGRAM, *preimports],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=str(cwd),
        )
        self.lock = threading.Lock()
        self.ready = False

    def serves(self, cmd: list[str]) -> bool:
        """Is ``cmd`` this interpreter's plain ipykernel, the only kernel the template makes?"""
        return len(cmd) >= 3 and cmd[0] == sys.executable and tuple(cmd[1:3]) == LAUNCHER

    def fork(self, cmd: list[str], cwd: str | None,
             env: dict[str, str] | None) -> ForkedKernelProcess:
        """A kernel as ``cmd`` would start it, in ``cwd`` with ``env``: forked by the template."""
        request = {"argv": list(cmd[3:]), "cwd": os.path.abspath(cwd or os.getcwd()),
                   "env": dict(env or os.environ)}
        with self.lock:
            if not self.ready:
                self.expect_line(READY)
                self.ready = True
            assert self.process.stdin is not None
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
            return ForkedKernelProcess(int(self.expect_line(None)))

    def expect_line(self, expected: str | None) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode().strip()
        if not line or (expected is not None and line != expected):
            raise RuntimeError(f"the kernel template process ended (exit {self.process.poll()})")
        return line

    def close(self) -> None:
        """End the template: the kernels it forked and nobody shut down end with it."""
        if self.process.stdin is not None:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


class ForkProvisioner(LocalProvisioner):  # type: ignore[misc]
    """jupyter_client's local provisioner, with the kernel forked from the template."""

    forker: KernelForker | None = None

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
        if self.forker is None or not self.forker.serves(cmd):
            return await super().launch_kernel(cmd, **kwargs)
        self.process = self.forker.fork(cmd, kwargs.get("cwd"), kwargs.get("env"))
        self.pid = self.pgid = self.process.pid  # the kernel leads its own process group
        self.cwd = kwargs.get("cwd", Path.cwd())
        return self.connection_info


def serve(preimports: list[str]) -> None:
    """The template's main loop: import, say ready, then fork one kernel per request line."""
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything printed goes to stderr, never into the replies
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]  # as ipykernel_launcher does: the cwd never shadows a module
    os.environ.setdefault("MPLBACKEND", INLINE_BACKEND)  # read by matplotlib at import
    importlib.import_module("ipykernel.kernelapp")
    for name in preimports:
        importlib.import_module(name)
    kernels: set[int] = set()
    # Exited kernels are waited for at once, so that their CPU time counts in ours (and in the
    # build's, which waits for us): a benchmark reading the build's CPU time sees every kernel.
    signal.signal(signal.SIGCHLD, lambda signum, frame: reap(kernels, block=False))
    template = os.getpid()
    protocol.write(READY + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            os._exit(run_kernel(request, template, protocol.fileno()))
        kernels.add(pid)
        protocol.write(f"{pid}\n")
    for pid in list(kernels):  # our user is gone: so are the kernels nobody shut down
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    reap(kernels, block=True)
    os._exit(0)  # no interpreter teardown of everything imported: seconds for nothing


def reap(kernels: set[int], block: bool) -> None:
    """Wait for the children that have exited (for all of them when ``block``)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, 0 if block else os.WNOHANG)
        except ChildProcessError:  # none left
            kernels.clear()
            return
        if pid == 0:  # some still running
            return
        kernels.discard(pid)


def run_kernel(request: dict[str, Any], template: int, protocol_fd: int) -> int:
    """In the forked child: become a kernel as ``python -m ipykernel_launcher ARGV`` would."""
    try:
        os.close(protocol_fd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        set_parent_death_signal(signal.SIGKILL)
        if os.getppid() != template:  # the template died before the signal was set
            return 1
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the template's reaper is not ours
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        reseed_random_generators()
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        # Imported by the template before the fork (free here); never by the build process.
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        return 0
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 0
    except BaseException:  # noqa: BLE001 - the child must never return into the template loop
        traceback.print_exc()
        return 1


def reseed_random_generators() -> None:
    """A forked child shares its parent's random state; a fresh kernel would not."""
    random.seed()
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed()
