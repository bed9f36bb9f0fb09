"""Progress of a build: one line per report, plus a live bar when stderr is a terminal.

Result lines go to stdout so that a scheduled run's log holds one timestamped line per report; the
bar (redrawn in place with ``\\r``) goes to stderr only when stderr is a terminal, so logs never
hold carriage-return noise.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import TextIO

_BAR_WIDTH = 24


class Progress:
    def __init__(
        self, total: int, out: TextIO | None = None, err: TextIO | None = None,
        interactive: bool | None = None,
    ) -> None:
        self.total = total
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr
        self.interactive = _isatty(self.err) if interactive is None else interactive
        self.done = 0
        self.label = ""
        self.started = 0.0

    def start(self, label: str) -> None:
        self.label = label
        self.started = time.monotonic()
        self._draw("starting kernel")

    def cell(self, index: int, count: int) -> None:
        """Called as each cell starts; only redraws the bar."""
        self._draw(f"cell {index + 1}/{count}")

    def stage(self, what: str) -> None:
        self._draw(what)

    def finish(self, label: str, seconds: float, status: str, detail: str = "") -> None:
        self.done += 1
        self._clear()
        width = len(str(self.total))
        line = f"[{self.done:>{width}}/{self.total}] {status:<6} {seconds:6.1f}s  {label}"
        if detail:
            line += f"  ({detail})"
        if not self.interactive:
            line = f"{dt.datetime.now(dt.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')} {line}"
        print(line, file=self.out, flush=True)

    def close(self) -> None:
        self._clear()

    def _draw(self, what: str) -> None:
        if not self.interactive:
            return
        filled = int(_BAR_WIDTH * self.done / max(self.total, 1))
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        elapsed = time.monotonic() - self.started
        text = f"[{bar}] {self.done}/{self.total} {self.label}: {what} {elapsed:4.0f}s"
        self.err.write("\r\033[K" + text[:160])
        self.err.flush()

    def _clear(self) -> None:
        if self.interactive:
            self.err.write("\r\033[K")
            self.err.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
