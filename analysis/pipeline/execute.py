"""Running one report notebook with papermill, and saying in one line where it failed.

A failure names the cell as the analyst sees it in JupyterLab - its number in the source notebook,
its ``In [n]`` and the line that failed (read from IPython's traceback, not the cell's first line):
``cell 7 of x.ipynb (In [5]) `frame = load_figures()` raised FigureTableError: ...``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import nbformat
import papermill
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from papermill.exceptions import PapermillExecutionError

from analysis.errors import BuildError
from analysis.paths import display_path
from analysis.pipeline.kernels import QUIET, SAME_SVG, START_TIMEOUT, VECTOR_FIGURES
from analysis.pipeline.params import ReportSpec
from analysis.pipeline.progress import Progress

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# IPython >= 8 heads each frame of a cell with "Cell In[5], line 3"; the first is the cell itself.
_CELL_FRAME = re.compile(r"Cell In\[\d*\], line (\d+)")
# Every IPython version marks the failing line of a frame with an arrow: "----> 3 foo()".
_ARROW = re.compile(r"^\s*-+>\s*(\d+)\s?(.*)$", re.MULTILINE)


def execute_notebook(
    spec: ReportSpec, params: Mapping[str, Any], output: Path, progress: Progress | None = None,
    kernel: Any = None,
) -> None:
    """Run ``spec.notebook`` with papermill into ``output``; BuildError naming the failed cell.

    The kernel starts in the notebook's folder, as JupyterLab would; ``kernel`` is one started
    ahead (:class:`~analysis.pipeline.kernels.Kernel`, already in that folder), else papermill
    starts one. With a kernel started ahead papermill is not asked to change the working folder,
    which it would do for the whole process (a race between parallel builds). Each cell may take
    ``spec.cell_timeout`` seconds and the whole notebook ``spec.timeout``: nbclient asks
    ``timeout_func`` for each cell's limit, which is the smaller of the two budgets left.
    """
    source = nbformat.read(spec.notebook, as_version=4)
    if not any("parameters" in cell.metadata.get("tags", []) for cell in source.cells):
        raise BuildError(f"{display_path(spec.notebook)}: no cell tagged 'parameters'",
                         notebook=spec.notebook.name)
    budget = _CellBudget(spec, source, progress)
    if kernel is not None:
        kernel_options: dict[str, Any] = {"km": kernel.manager}
    else:
        kernel_options = {"cwd": str(spec.notebook.parent),
                          "extra_arguments": [QUIET, VECTOR_FIGURES, SAME_SVG]}
    try:
        papermill.execute_notebook(
            str(spec.notebook), str(output), parameters=dict(params), kernel_name=spec.kernel,
            progress_bar=False, log_output=False, start_timeout=START_TIMEOUT,
            execution_timeout=int(spec.cell_timeout), timeout_func=budget.limit, **kernel_options,
        )
    except PapermillExecutionError as error:
        raise cell_error(spec, source, output, error) from None
    except CellTimeoutError:
        raise timeout_error(spec, source, output, budget.last_limit) from None
    except DeadKernelError:
        index = running_cell(output)
        where, position = cell_place(source, output, index, None, spec.notebook.name)
        raise BuildError(f"report {spec.name}: the kernel died in {where}",
                         notebook=spec.notebook.name, cell_index=position) from None
    except (OSError, RuntimeError, ValueError) as error:
        # Kernel start failures, a missing kernelspec, unreadable notebooks.
        message = " ".join(str(error).split())[:240]
        raise BuildError(
            f"report {spec.name}: could not execute {display_path(spec.notebook)}: "
            f"{type(error).__name__}: {message}", notebook=spec.notebook.name,
            ename=type(error).__name__, evalue=message,
        ) from None


class _CellBudget:
    """nbclient's ``timeout_func``: each cell's limit, and the progress bar told of each cell."""

    def __init__(self, spec: ReportSpec, source: Any, progress: Progress | None) -> None:
        self.spec = spec
        self.progress = progress
        self.code_cells = sum(cell.cell_type == "code" for cell in source.cells) + 1  # + injected
        self.deadline = time.monotonic() + spec.timeout
        self.seen: set[str] = set()
        self.last_limit = spec.cell_timeout

    def limit(self, cell: Any) -> int:
        key = str(cell.get("id") or id(cell))
        if key not in self.seen:
            self.seen.add(key)
            if self.progress is not None:
                self.progress.cell(len(self.seen) - 1, self.code_cells)
        limit = max(1, int(min(self.spec.cell_timeout, self.deadline - time.monotonic())))
        self.last_limit = limit
        return limit


def cell_error(spec: ReportSpec, source: Any, output: Path, error: Any) -> BuildError:
    """The BuildError of a cell that raised (papermill's PapermillExecutionError)."""
    where, position = cell_place(source, output, error.cell_index, error.exec_count,
                                 spec.notebook.name, traceback=error.traceback)
    evalue = " ".join(str(error.evalue).split())
    if len(evalue) > 240:
        evalue = evalue[:237] + "..."
    return BuildError(
        f"report {spec.name}: {where} raised {error.ename}: {evalue}",
        notebook=spec.notebook.name, cell_index=position, ename=str(error.ename), evalue=evalue,
    )


def timeout_error(spec: ReportSpec, source: Any, output: Path, last_limit: float) -> BuildError:
    """The BuildError of a cell stopped by the per-cell or the whole-run time limit."""
    where, position = cell_place(source, output, running_cell(output), None, spec.notebook.name)
    if last_limit < spec.cell_timeout:
        message = (f"report {spec.name}: {where} still running when the whole-run limit of "
                   f"{spec.timeout:.0f}s was reached")
    else:
        message = (f"report {spec.name}: {where} timed out after {spec.cell_timeout:.0f}s "
                   "(per-cell limit)")
    return BuildError(message, notebook=spec.notebook.name, cell_index=position,
                      ename="CellTimeoutError")


def running_cell(output: Path) -> int | None:
    """Index of the last cell papermill started in the saved output notebook.

    A timeout or a dead kernel is not a cell error, so papermill marks no cell as failed; the
    last cell with a start time is the one that was running.
    """
    try:
        nb = nbformat.read(output, as_version=4)
    except (OSError, ValueError):
        return None
    started = [index for index, cell in enumerate(nb.cells)
               if (cell.metadata.get("papermill") or {}).get("start_time")]
    return started[-1] if started else None


def cell_place(
    source: Any, output: Path, index: int | None, exec_count: int | None, name: str,
    traceback: Sequence[str] = (),
) -> tuple[str, int | None]:
    """('cell 7 of x.ipynb (In [5]) `the failing line`', 6), numbered as in the source notebook.

    ``index`` counts the executed cells without papermill's error banners; the executed notebook
    also holds papermill's injected-parameters cell, so the position comes from the cell id. The
    line quoted is the one IPython's ``traceback`` of a cell error marks, else the cell's first
    line: a timeout has no traceback of its own (the KeyboardInterrupt of the kernel's shutdown
    may or may not reach the saved notebook, so it is not read). The second item is the cell's
    0-based index in the source notebook (None when unknown).
    """
    if index is None:
        return f"a cell of {name}", None
    position, quoted = index, ""
    try:
        executed = nbformat.read(output, as_version=4)
        cells = [c for c in executed.cells
                 if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
        cell = cells[index]
        ids = {c.get("id"): i for i, c in enumerate(source.cells)}
        if cell.get("id") in ids:
            position = ids[cell.get("id")]
        quoted = failing_line(traceback, cell.source) or next(
            (ln.strip() for ln in cell.source.splitlines() if ln.strip()), ""
        )
    except (OSError, ValueError, IndexError):
        pass
    where = f"cell {position + 1} of {name}"
    if exec_count is not None:
        where += f" (In [{exec_count}])"
    if quoted:
        where += f" `{quoted[:60]}`"
    return where, position


def failing_line(traceback: Sequence[str], cell_source: str) -> str:
    """The line of ``cell_source`` where the error arose, per IPython's ``traceback``; or "".

    The first frame is the cell's own, so an error raised deep inside a library quotes the cell's
    line that called it. Its line number is looked up in the source (the traceback shows the line
    highlighted and shortened); the arrow-marked text is the fallback for other formats.
    """
    text = _ANSI.sub("", "\n".join(str(line) for line in traceback))
    frame = _CELL_FRAME.search(text)
    if frame:
        number = int(frame.group(1))
        lines = cell_source.splitlines()
        if 1 <= number <= len(lines) and lines[number - 1].strip():
            return lines[number - 1].strip()
    arrow = _ARROW.search(text)
    return arrow.group(2).strip() if arrow else ""
