"""Which data files a report read: an audit hook that notes every file opened and folder listed.

The build cache (:mod:`~analysis.pipeline.cache`) skips a report when nothing it read changed, so
it must know what a notebook really read - not what it might have. Python raises an audit event
for every ``open`` and folder listing (``os.listdir``, ``os.scandir``, which ``glob`` and
``Path.iterdir`` use); a hook notes those under the data folder. A listed folder counts too: a
file added to it (a new release) can change what "latest" means.

The hook is light on purpose: a kernel imports this module at start-up (see
:mod:`~analysis.pipeline.kernels`), before the notebook's first cell, and writes each new path to
a log file as one line, ``F <path>`` or ``D <path>``, with ``os.write`` (which raises no audit
event of its own). The builder process uses the same hook for the artifacts hook it runs, noted
per thread.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LISTING_EVENTS = ("os.listdir", "os.scandir")
WRITE_MODES = frozenset("wax+")


class Recorder:
    """The files and folders opened under ``root``; optionally appended to a log file."""

    def __init__(self, root: str | os.PathLike[str], log: str | None = None) -> None:
        self.root = os.path.realpath(root)
        self.prefix = self.root.rstrip(os.sep) + os.sep
        self.files: set[str] = set()
        self.folders: set[str] = set()
        self.log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644) if log else None

    def note(self, event: str, args: tuple) -> None:
        if event == "open":
            path, mode = args[0], args[1]
            if isinstance(mode, str) and WRITE_MODES.intersection(mode):
                return
            self.add(path, self.files, "F")
        elif event in LISTING_EVENTS:
            self.add(args[0] if args and args[0] is not None else ".", self.folders, "D")

    def add(self, path: object, seen: set[str], kind: str) -> None:
        if isinstance(path, int):  # a file descriptor: its file was noted when opened
            return
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str | os.PathLike):
            return
        full = os.path.realpath(path)
        if full in seen or not (full == self.root or full.startswith(self.prefix)):
            return
        seen.add(full)
        if self.log_fd is not None:
            os.write(self.log_fd, f"{kind} {full}\n".encode("utf-8", "surrogateescape"))


_kernel_recorder: Recorder | None = None
_thread_recorders = threading.local()
_hook_installed = False


def _audit(event: str, args: tuple) -> None:
    if event != "open" and event not in LISTING_EVENTS:
        return
    recorder = getattr(_thread_recorders, "current", None) or _kernel_recorder
    if recorder is not None:
        recorder.note(event, args)


def install_hook() -> None:
    """Add the audit hook once per process (audit hooks cannot be removed, only made idle)."""
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True


def track(root: str, log: str) -> None:
    """In a kernel: note every read under ``root`` into ``log`` from now on."""
    global _kernel_recorder
    _kernel_recorder = Recorder(root, log)
    install_hook()


@contextmanager
def recording(root: Path) -> Iterator[Recorder]:
    """Note what this thread reads under ``root`` while the block runs."""
    install_hook()
    recorder = Recorder(root)
    previous = getattr(_thread_recorders, "current", None)
    _thread_recorders.current = recorder
    try:
        yield recorder
    finally:
        _thread_recorders.current = previous


def read_log(log: Path) -> tuple[set[str], set[str]]:
    """(files, folders) a kernel's log lists; empty when the log is missing."""
    files: set[str] = set()
    folders: set[str] = set()
    try:
        text = log.read_bytes().decode("utf-8", "surrogateescape")
    except OSError:
        return files, folders
    for line in text.splitlines():
        kind, _, path = line.partition(" ")
        (files if kind == "F" else folders).add(path)
    return files, folders
