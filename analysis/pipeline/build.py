"""``nato-report build``: execute report notebooks with papermill, render, and publish atomically.

Layout of ``reports/`` (``NATO_REPORTS_OUT`` moves it):

- ``<report>/<slot>/``  the latest good build of a report for one set of parameters: the executed
  ``<report>.ipynb``, ``<report>.html``, ``<report>.pdf``, extra artifacts and ``manifest.json``.
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
notebooks read are all checked before any kernel starts (exit 2, one line). The notebook runner is
:mod:`analysis.pipeline.execute`, the index :mod:`analysis.pipeline.index_page`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data.provenance import sha256_of
from analysis.errors import AnalysisError, BuildError, ParameterError
from analysis.pipeline.execute import display_path, execute_notebook
from analysis.pipeline.index_page import (
    MANIFEST,
    collect_builds,
    read_manifest,
    short_value,
    write_index,
)
from analysis.pipeline.params import (
    DataUniverse,
    ReportConfig,
    ReportSpec,
    Universe,
    load_config,
    parse_assignments,
    resolve_params,
)
from analysis.pipeline.progress import Progress

__all__ = [  # the runner and the index live in their own modules; their names stay here too
    "FORMATS", "MANIFEST", "BuildRequest", "BuildResult", "Builder", "check_data",
    "collect_builds", "data_files", "execute_notebook", "git_state", "load_artifacts_hook",
    "package_versions", "parse_formats", "plan", "recover_replaced", "run_artifacts_hook",
    "run_cli", "slot_name", "slugify", "write_index",
]

FORMATS = ("html", "pdf")
HISTORY_KEEP = 3  # replaced good builds kept per slot
FAILED_KEEP = 3  # failed builds kept per slot
REPLACED = ".replaced"  # <report>/.replaced/<slot>: the previous report while a new one moves in
_PACKAGES = (
    "nato-readiness-reports", "pandas", "numpy", "matplotlib", "openpyxl", "pyyaml", "papermill",
    "nbclient", "nbconvert", "nbformat", "ipykernel", "jupyter_client", "weasyprint",
)


@dataclass(frozen=True)
class BuildRequest:
    """One report to build with checked parameters."""

    spec: ReportSpec
    params: dict[str, Any]
    slot: str

    @property
    def label(self) -> str:
        shown = ", ".join(f"{k}={short_value(v)}" for k, v in self.params.items())
        return f"{self.spec.name} {shown}".strip()


@dataclass(frozen=True)
class BuildResult:
    request: BuildRequest
    status: str  # "ok" or "failed"
    run_id: str
    directory: Path  # the slot on success, _failed/<run-id> on failure
    seconds: float
    error: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


# -- planning: every parameter checked before any kernel starts ---------------------------------


def parse_formats(formats: str | Sequence[str] | None) -> tuple[str, ...]:
    items = formats.split(",") if isinstance(formats, str) else list(formats or FORMATS)
    chosen = tuple(dict.fromkeys(item.strip().lower() for item in items if item.strip()))
    for item in chosen:
        if item not in FORMATS:
            raise ParameterError(f"--format: unknown format '{item}'; choose from html, pdf")
    return chosen


def plan(
    config: ReportConfig,
    reports: Sequence[str],
    raw_params: Mapping[str, Any],
    build_all: bool = False,
    universe: Universe | None = None,
) -> list[BuildRequest]:
    """The builds asked for, each with resolved parameters; raises ParameterError on any mistake."""
    universe = universe if universe is not None else DataUniverse()
    if build_all and reports:
        raise ParameterError("give report names or --all, not both")
    if build_all:
        if raw_params:
            raise ParameterError(
                "-p cannot be combined with --all; the default set uses the declared defaults"
            )
        wanted: list[tuple[str, dict[str, Any]]] = []
        for entry in config.default_set:
            combos: list[dict[str, Any]] = [{}]
            for param, symbolic in entry.for_each:
                values = _symbolic_values(symbolic, universe)
                combos = [{**combo, param: value} for combo in combos for value in values]
            wanted.extend((entry.report, combo) for combo in combos)
    elif reports:
        wanted = [(name, dict(raw_params)) for name in reports]
    else:
        known = ", ".join(config.reports)
        raise ParameterError(f"name a report ({known}) or use --all")
    requests = []
    for name, raw in wanted:
        spec = config.report(name)
        params = resolve_params(spec, raw, universe)
        defaults = resolve_params(spec, {}, universe)
        requests.append(BuildRequest(spec, params, slot_name(spec, params, defaults)))
    return _unique_requests(requests)


def _symbolic_values(symbolic: str, universe: Universe) -> list[Any]:
    if symbolic == "allies":
        return list(universe.allies(None))
    if symbolic == "years":
        return list(universe.years(None))
    if symbolic == "releases":
        return list(universe.releases())
    return list(universe.sources())


def _unique_requests(requests: list[BuildRequest]) -> list[BuildRequest]:
    seen: dict[tuple[str, str], BuildRequest] = {}
    for request in requests:
        seen.setdefault((request.spec.name, request.slot), request)
    return list(seen.values())


def slugify(value: Any) -> str:
    text = ",".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9._]+", "-", text.lower()).strip("-._")
    return text or "x"


def slot_name(spec: ReportSpec, params: Mapping[str, Any], defaults: Mapping[str, Any]) -> str:
    """Stable folder name for ``spec`` with ``params`` (see the module docstring)."""
    parts = [slugify(params[name]) for name in spec.slot]
    parts += [
        f"{slugify(name)}-{slugify(value)}"
        for name, value in params.items()
        if name not in spec.slot and value != defaults.get(name)
    ]
    slot = "_".join(parts) if parts else "default"
    if len(slot) > 60:
        digest = hashlib.sha1(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()
        slot = f"{slot[:50].rstrip('-._')}-{digest[:8]}"
    return slot


# -- building -----------------------------------------------------------------------------------


class Builder:
    """Builds requests into ``out_root`` one after the other and keeps ``index.html`` current."""

    def __init__(
        self, out_root: Path, formats: Sequence[str] = FORMATS, show_code: bool = False,
        progress: Progress | None = None, universe: Universe | None = None,
        report_order: Sequence[str] = (),
    ) -> None:
        self.out_root = Path(out_root).resolve()
        self.formats = tuple(formats)
        self.show_code = show_code
        self.progress = progress
        self.universe = universe if universe is not None else DataUniverse()
        self.report_order = tuple(report_order)
        self._environment: dict[str, Any] | None = None

    def build_all(self, requests: Sequence[BuildRequest]) -> list[BuildResult]:
        _make_reports_folder(self.out_root)
        results = []
        with _build_lock(self.out_root):
            for report_dir in sorted({self.out_root / r.spec.name for r in requests}):
                try:
                    recover_replaced(report_dir)
                except OSError as error:
                    raise BuildError(
                        f"{report_dir / REPLACED}: cannot restore a report an interrupted build "
                        f"left aside ({error.strerror or error})"
                    ) from None
            for request in requests:
                results.append(self.build(request))
                try:
                    write_index(self.out_root, self.report_order)
                except OSError as error:
                    raise BuildError(
                        f"{display_path(self.out_root / 'index.html')}: cannot write the index "
                        f"({error.strerror or error})"
                    ) from None
        if self.progress is not None:
            self.progress.close()
        return results

    def build(self, request: BuildRequest) -> BuildResult:
        spec = request.spec
        started = dt.datetime.now(dt.UTC)
        clock = time.monotonic()
        run_id = _unique_run_id(self.out_root / spec.name, started, request.slot)
        staging = self.out_root / spec.name / ".staging" / run_id
        timings: dict[str, float] = {}
        if self.progress is not None:
            self.progress.start(request.label)
        error, directory = "", staging
        try:
            staging.mkdir(parents=True)
            self._build_into(request, staging, run_id, started, timings)
            seconds = time.monotonic() - clock
            self._write_manifest(request, staging, run_id, started, seconds, timings, "ok", "")
            directory = self._promote(request, staging)
        except AnalysisError as failure:
            error = str(failure)
        except Exception as failure:  # noqa: BLE001 - one broken report must not stop the set
            message = " ".join(str(failure).split())[:240]
            error = f"report {spec.name}: unexpected {type(failure).__name__}: {message}"
        except KeyboardInterrupt:
            if staging.exists():  # else it is already the report in the slot
                self._publish_failed(
                    request, staging, run_id, started, clock, timings, "interrupted"
                )
            raise
        seconds = time.monotonic() - clock
        status = "failed" if error else "ok"
        if error:
            directory = self._publish_failed(
                request, staging, run_id, started, clock, timings, error
            )
            kept = directory / f"{request.spec.name}.ipynb"
            if kept.exists():
                error = f"{error}; executed notebook kept in {display_path(kept)}"
        if self.progress is not None:
            self.progress.finish(request.label, seconds, status, error)
        return BuildResult(request, status, run_id, directory, seconds, error, timings)

    def _build_into(
        self, request: BuildRequest, staging: Path, run_id: str, started: dt.datetime,
        timings: dict[str, float],
    ) -> None:
        spec = request.spec
        if not spec.notebook.exists():
            raise BuildError(
                f"report {spec.name}: notebook {display_path(spec.notebook)} not found"
            )
        hook = load_artifacts_hook(spec)  # before the kernel: a missing module costs nothing
        executed = staging / f"{spec.name}.ipynb"
        with _timed(timings, "execute"):
            execute_notebook(spec, request.params, executed, self.progress)
        nb = self._annotate(request, executed, run_id, started)
        from analysis.pipeline import render
        page = ""
        if self.formats:
            if self.progress is not None:
                self.progress.stage("rendering HTML")
            with _timed(timings, "html"):
                page = render.notebook_to_html(
                    nb, show_code=self.show_code, resource_dir=spec.notebook.parent, name=spec.name
                )
        if "html" in self.formats:
            (staging / f"{spec.name}.html").write_text(page, encoding="utf-8")
        if "pdf" in self.formats:
            if self.progress is not None:
                self.progress.stage("rendering PDF")
            with _timed(timings, "pdf"):
                pdf = render.html_to_pdf(page, base_url=spec.notebook.parent)
            (staging / f"{spec.name}.pdf").write_bytes(pdf)
        if hook is not None:
            with _timed(timings, "artifacts"):
                run_artifacts_hook(spec, hook, request.params, staging)

    def _annotate(
        self, request: BuildRequest, executed: Path, run_id: str, started: dt.datetime
    ) -> Any:
        """Store the title block in the executed notebook so that it renders the same later."""
        import nbformat

        from analysis.pipeline import render
        spec = request.spec
        nb = nbformat.read(executed, as_version=4)
        release_long, release_short = render.describe_release(self._release_info(request))
        nb.metadata[render.METADATA_KEY] = {
            "report": spec.name,
            "run_id": run_id,
            "title": spec.title,
            "subtitle": ", ".join(render.format_value(request.params[k]) for k in spec.slot),
            "description": spec.description,
            "parameters": request.params,
            "release": release_long,
            "release_short": release_short,
            "built": started.strftime("%Y-%m-%d %H:%M UTC"),
            "commit": (self.environment()["git"].get("commit") or "")[:10],
        }
        nbformat.write(nb, executed)
        return nb

    def _release_info(self, request: BuildRequest) -> dict[str, Any] | None:
        vintage = request.params.get("release")
        try:
            from analysis.data import load
            info = load.release_info(str(vintage) if vintage else None)
        except (ImportError, AnalysisError):
            return None
        if dataclasses.is_dataclass(info) and not isinstance(info, type):
            fields = dataclasses.asdict(info)
        elif isinstance(info, Mapping):
            fields = dict(info)
        else:
            return None
        root = paths.project_root()
        return {k: _relative(v, root) if isinstance(v, Path) else v for k, v in fields.items()}

    # -- publishing -----------------------------------------------------------------------------

    def _promote(self, request: BuildRequest, staging: Path) -> Path:
        """Move the finished build from ``staging`` into its slot; the replaced one to _history.

        Three renames, so that at every moment the slot or ``.replaced/<slot>`` holds a complete
        report: slot -> .replaced/<slot>, staging -> slot, .replaced/<slot> -> _history/<run-id>.
        A failed second rename is undone at once (BuildError: the build is kept in _failed); a
        crash between the renames is finished or undone by the next build (recover_replaced).
        """
        report_dir = self.out_root / request.spec.name
        slot_dir = report_dir / request.slot
        recover_replaced(report_dir)
        aside = report_dir / REPLACED / request.slot
        if slot_dir.exists():
            aside.parent.mkdir(exist_ok=True)
            os.rename(slot_dir, aside)
        try:
            os.rename(staging, slot_dir)
        except BaseException as error:
            if aside.exists():
                os.rename(aside, slot_dir)
                _remove_empty(aside.parent)
            if isinstance(error, OSError):
                raise BuildError(
                    f"report {request.spec.name}: cannot move the new build into "
                    f"{display_path(slot_dir)} ({error.strerror or error}); the previous "
                    "report stays in place"
                ) from None
            raise
        try:
            _retire(aside, report_dir)
        except OSError:
            pass  # the new report is in place; the next build files the old one (recover_replaced)
        _prune(report_dir / "_history", request.slot, HISTORY_KEEP)
        _remove_empty(staging.parent)
        _remove_empty(aside.parent)
        return slot_dir

    def _publish_failed(
        self, request: BuildRequest, staging: Path, run_id: str, started: dt.datetime,
        clock: float, timings: dict[str, float], error: str,
    ) -> Path:
        failed = self.out_root / request.spec.name / "_failed" / run_id
        failed.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir(parents=True, exist_ok=True)
        # A half-written page of a failed run must not look like a report.
        for suffix in (".html", ".pdf"):
            (staging / f"{request.spec.name}{suffix}").unlink(missing_ok=True)
        seconds = time.monotonic() - clock
        self._write_manifest(request, staging, run_id, started, seconds, timings, "failed", error)
        staging.rename(failed)
        _prune(failed.parent, request.slot, FAILED_KEEP)
        _remove_empty(staging.parent)
        return failed

    def _write_manifest(
        self, request: BuildRequest, staging: Path, run_id: str, started: dt.datetime,
        seconds: float, timings: dict[str, float], status: str, error: str,
    ) -> None:
        spec = request.spec
        root = paths.project_root()
        environment = self.environment()
        outputs = [
            {"file": p.name, "bytes": p.stat().st_size, "sha256": sha256_of(p)}
            for p in sorted(staging.iterdir()) if p.is_file() and p.name != MANIFEST
        ]
        manifest = {
            "report": spec.name,
            "title": spec.title,
            "subtitle": ", ".join(short_value(request.params[k], 80) for k in spec.slot),
            "run_id": run_id,
            "slot": request.slot,
            "status": status,
            "error": error or None,
            "parameters": request.params,
            "notebook": {
                "path": _relative(spec.notebook, root),
                "sha256": sha256_of(spec.notebook) if spec.notebook.exists() else None,
            },
            "release": self._release_info(request),
            "data_files": environment["data_files"],
            "packages": environment["packages"],
            "python": environment["python"],
            "git": environment["git"],
            "kernel": spec.kernel,
            "timeouts": {"cell_seconds": spec.cell_timeout, "run_seconds": spec.timeout},
            "formats": list(self.formats),
            "show_code": self.show_code,
            "started": started.isoformat(timespec="seconds"),
            "duration_seconds": round(seconds, 2),
            "timings_seconds": {k: round(v, 2) for k, v in timings.items()},
            "outputs": outputs,
        }
        text = json.dumps(manifest, indent=2, ensure_ascii=False, default=str)
        (staging / MANIFEST).write_text(text + "\n", encoding="utf-8")

    def environment(self) -> dict[str, Any]:
        """What every manifest of this build shares: data files, packages, git commit."""
        if self._environment is None:
            root = paths.project_root()
            self._environment = {
                "data_files": data_files(root),
                "packages": package_versions(),
                "python": sys.version.split()[0],
                "git": git_state(root),
            }
        return self._environment


# -- artifacts hook -----------------------------------------------------------------------------


def load_artifacts_hook(spec: ReportSpec) -> Callable[[dict, Path], Any] | None:
    if not spec.artifacts:
        return None
    target = str(spec.artifacts)
    module_name, sep, function_name = target.partition(":")
    where = f"report {spec.name}: artifacts hook {target}"
    if not sep or not module_name or not function_name:
        raise BuildError(f"{where}: expected 'module:function'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise BuildError(f"{where}: module {module_name} cannot be imported ({error})") from None
    function = getattr(module, function_name, None)
    if not callable(function):
        raise BuildError(f"{where}: {module_name} has no function {function_name}")
    return function


def run_artifacts_hook(
    spec: ReportSpec, hook: Callable[[dict, Path], Any], params: Mapping[str, Any], out_dir: Path
) -> list[Path]:
    where = f"report {spec.name}: artifacts hook {spec.artifacts}"
    try:
        written = hook(dict(params), out_dir)
    except AnalysisError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure of the hook fails this report only
        message = " ".join(str(error).split())[:240]
        raise BuildError(f"{where} raised {type(error).__name__}: {message}") from None
    files = [Path(item) for item in (written or [])]
    for item in files:
        resolved = (out_dir / item).resolve() if not item.is_absolute() else item.resolve()
        if out_dir.resolve() not in resolved.parents or not resolved.is_file():
            raise BuildError(f"{where}: returned {item}, which is not a file it wrote in {out_dir}")
    return files


# -- provenance of a build ----------------------------------------------------------------------


def data_files(root: Path) -> list[dict[str, Any]]:
    """Every file under ``data/`` with its sha256: what the notebooks could have read."""
    base = root / "data"
    if not base.is_dir():
        return []
    return [
        {"path": _relative(p, root), "bytes": p.stat().st_size, "sha256": sha256_of(p)}
        for p in sorted(base.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(base).parts)
    ]


def package_versions() -> dict[str, str | None]:
    from importlib import metadata

    versions: dict[str, str | None] = {}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_state(root: Path) -> dict[str, Any]:
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=no") if commit else None
    return {"commit": commit, "dirty": bool(status) if status is not None else None}


# -- command line -------------------------------------------------------------------------------


def check_data() -> None:
    """Validate the data the notebooks read before any kernel starts: bad data is exit 2.

    ``validate.check_all`` (``nato-report data check``) verifies each raw file against its
    sidecar, parses NATO's workbooks, other releases and headlines, loads every source with its
    metadata and checks every figure table against its source - about half a second, so a broken
    figure table is one line naming file and row, not a traceback deep inside a notebook.
    """
    from analysis.data import validate
    validate.check_all()


def run_cli(
    reports: Sequence[str], params: Sequence[str], formats: str, build_all: bool = False,
    default_set: bool = False, show_code: bool = False,
) -> int:
    """``nato-report build``: 0 when every report built, 1 when any failed (named on stderr).

    Parameter, data and config mistakes raise an AnalysisError before any kernel starts (exit 2).
    """
    config = load_config()
    chosen = parse_formats(formats)
    raw = parse_assignments(params)
    check_data()
    universe = DataUniverse()
    requests = plan(config, list(reports), raw, build_all or default_set, universe)
    out_root = paths.reports_dir()
    progress = Progress(len(requests))
    clock = time.monotonic()
    builder = Builder(out_root, chosen, show_code, progress, universe, list(config.reports))
    results = builder.build_all(requests)
    failed = [result for result in results if not result.ok]
    total = time.monotonic() - clock
    print(
        f"built {len(results) - len(failed)} of {len(results)} reports in {total:.0f}s "
        f"into {display_path(out_root)}; index: {display_path(out_root / 'index.html')}",
        flush=True,
    )
    if failed:
        names = ", ".join(result.request.label for result in failed)
        print(f"nato-report: {len(failed)} report(s) failed: {names}", file=sys.stderr)
        for result in failed:
            print(f"nato-report: {result.error}", file=sys.stderr)
        return 1
    return 0


# -- small helpers ------------------------------------------------------------------------------


@contextmanager
def _timed(timings: dict[str, float], key: str) -> Iterator[None]:
    clock = time.monotonic()
    try:
        yield
    finally:
        timings[key] = time.monotonic() - clock


def recover_replaced(report_dir: Path) -> None:
    """Finish or undo a swap of ``_promote`` that a crash interrupted.

    A folder left in ``.replaced/`` is the previous report of its slot: filed in ``_history``
    when the slot holds the new build, else moved back into the slot.
    """
    aside_root = report_dir / REPLACED
    if not aside_root.is_dir():
        return
    for aside in sorted(p for p in aside_root.iterdir() if p.is_dir()):
        slot_dir = report_dir / aside.name
        if slot_dir.exists():
            _retire(aside, report_dir)
        else:
            os.rename(aside, slot_dir)
    _remove_empty(aside_root)


def _retire(previous: Path, report_dir: Path) -> None:
    """File a replaced build under ``_history/<its run id>``."""
    if not previous.exists():
        return
    run_id = read_manifest(previous).get("run_id") or _stamp(previous)
    history = report_dir / "_history" / str(run_id)
    history.parent.mkdir(exist_ok=True)
    if history.exists():
        shutil.rmtree(history)
    os.rename(previous, history)


def _make_reports_folder(out_root: Path) -> None:
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BuildError(
            f"{out_root}: cannot create the reports folder ({error.strerror or error}); "
            "set NATO_REPORTS_OUT to a folder you can write"
        ) from None


@contextmanager
def _build_lock(out_root: Path) -> Iterator[None]:
    """One build at a time per output folder: overlapping cron runs would race on the slots."""
    lock_path = out_root / ".build.lock"
    try:
        handle = open(lock_path, "w")  # noqa: SIM115 - closed below, after the OSError check
    except OSError as error:
        raise BuildError(
            f"{lock_path}: cannot create the lock file of the reports folder "
            f"({error.strerror or error})"
        ) from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(
                f"{display_path(lock_path)}: another nato-report build is running on this folder"
            ) from None
        except OSError as error:
            raise BuildError(
                f"{lock_path}: cannot lock the reports folder ({error.strerror or error})"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _unique_run_id(report_dir: Path, started: dt.datetime, slot: str) -> str:
    base = f"{started.strftime('%Y%m%dT%H%M%SZ')}-{slot}"
    run_id, n = base, 1
    while any((report_dir / sub / run_id).exists() for sub in (".staging", "_failed", "_history")):
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def _prune(folder: Path, slot: str, keep: int) -> None:
    """Keep the newest ``keep`` run folders of ``slot`` (run ids start with the UTC time)."""
    if not folder.is_dir():
        return
    runs = sorted(p for p in folder.iterdir() if p.is_dir() and _run_slot(p) == slot)
    for old in runs[: max(len(runs) - keep, 0)]:
        shutil.rmtree(old, ignore_errors=True)


def _run_slot(folder: Path) -> str:
    return str(read_manifest(folder).get("slot") or folder.name[17:])


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass





def _stamp(folder: Path) -> str:
    moment = dt.datetime.fromtimestamp(folder.stat().st_mtime, dt.UTC)
    return f"{moment.strftime('%Y%m%dT%H%M%SZ')}-{folder.name}"





def _relative(path: Path, root: Path) -> str:
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        try:
            return Path(candidate).relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)
