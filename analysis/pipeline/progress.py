"""Progress of a build: one result line per report, plus a tqdm bar when stderr is a terminal.

Result lines go to stdout so that a scheduled run's log (cron, CI) holds one timestamped line per
report; the bar, redrawn in place, goes to stderr only when stderr is a terminal, so logs never
hold carriage-return noise.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from analysis.paths import display_path

# tqdm puts ", " before the postfix: "3/40 |###   | ally_profile ally=Poland, cell 4/12 00:07"
BAR_FORMAT = "{n_fmt}/{total_fmt} |{bar:24}| {desc}{postfix} {elapsed}"


class Progress:
    def __init__(
        self, total: int, out: TextIO | None = None, err: TextIO | None = None,
        interactive: bool | None = None,
    ) -> None:
        self.total = total
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr
        self.interactive = is_terminal(self.err) if interactive is None else interactive
        self.done = 0
        self.bar: tqdm | None = None
        if self.interactive:
            self.bar = tqdm(total=total, file=self.err, bar_format=BAR_FORMAT, leave=False,
                            dynamic_ncols=True)

    def start(self, label: str) -> None:
        if self.bar is not None:
            self.bar.set_description_str(label[:60], refresh=False)
            self.bar.set_postfix_str("", refresh=False)
            self.bar.reset(total=self.total)  # the elapsed time counts this report only
            self.bar.update(self.done)
        self.stage("starting kernel")

    def cell(self, index: int, count: int) -> None:
        """Called as each cell starts; only redraws the bar."""
        self.stage(f"cell {index + 1}/{count}")

    def stage(self, what: str) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(what, refresh=True)

    def finish(self, label: str, seconds: float, status: str, detail: str = "") -> None:
        self.done += 1
        width = len(str(self.total))
        line = f"[{self.done:>{width}}/{self.total}] {status:<6} {seconds:6.1f}s  {label}"
        if detail:
            line += f"  ({detail})"
        if self.bar is None:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            print(f"{stamp} {line}", file=self.out, flush=True)
            return
        self.bar.update(1)
        # tqdm.write clears the bar, prints the line and redraws the bar below it.
        tqdm.write(line, file=self.out)
        self.out.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def print_summary(results: Sequence[Any], problems: Sequence[str], out_root: Path,
                  seconds: float) -> None:
    """The command's last lines: how many reports were built, then what failed, on stderr."""
    failed = [result for result in results if result.status == "failed"]
    skipped = sum(result.status == "skipped" for result in results)
    built = len(results) - len(failed) - skipped
    print(
        f"built {built} of {len(results)} reports"
        f"{f' ({skipped} skipped, up to date)' if skipped else ''} in {seconds:.0f}s "
        f"into {display_path(out_root)}; index: {display_path(out_root / 'index.html')}",
        flush=True,
    )
    if failed:
        names = ", ".join(result.request.label for result in failed)
        print(f"nato-report: {len(failed)} report(s) failed: {names}", file=sys.stderr)
        for result in failed:
            print(f"nato-report: {result.error}", file=sys.stderr)
    for problem in problems:
        print(f"nato-report: error: {problem}", file=sys.stderr)
