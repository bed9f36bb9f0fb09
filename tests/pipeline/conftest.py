"""Fixtures of the hardening tests: a project without git, a fake kernel and fake pages, a disk
that fills up and folders that refuse writes even to root.

The kernel and the renderers are replaced so that a build takes milliseconds; what is tested is
what the pipeline does around them (staging, _failed, the slot, the index, exit codes).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from analysis.pipeline import execute, kernels, render

REPO = Path(__file__).resolve().parents[2]
FIXTURE_NOTEBOOKS = REPO / "tests" / "fixtures" / "notebooks"
HTML_BYTES = 100_000
PDF_BYTES = 300_000


@pytest.fixture
def project(tmp_path, monkeypatch):
    """(root, out): the fixture notebooks and the bundled data, env vars pointing at them."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE_NOTEBOOKS, root / "notebooks",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (root / "data").symlink_to(REPO / "data", target_is_directory=True)
    out = tmp_path / "reports"
    monkeypatch.setenv("NATO_REPORTS_ROOT", str(root))
    monkeypatch.setenv("NATO_REPORTS_OUT", str(out))
    monkeypatch.syspath_prepend(str(root / "notebooks"))
    return root, out


@pytest.fixture
def fake_kernel(monkeypatch):
    """The build's executor copies the notebook; ``calls`` lists the reports run. A test may set
    ``fake_kernel.action`` to a function called with the report name (to raise, to signal)."""

    class FakeKernel:
        def __init__(self) -> None:
            self.calls: list[str] = []
            self.action = None

        def __call__(self, spec, params, output, progress=None, kernel=None) -> None:
            self.calls.append(spec.name)
            nbformat.write(nbformat.read(spec.notebook, as_version=4), output)
            if self.action is not None:
                self.action(spec.name)

    kernel = FakeKernel()
    monkeypatch.setattr(execute, "execute_notebook", kernel)
    # No kernel is started ahead for the fake one either.
    monkeypatch.setattr(kernels, "start_kernel",
                        lambda name, cwd, root, log, **options: kernels.Kernel(None, log))
    monkeypatch.setattr(render, "notebook_to_html", lambda nb, **kw: "h" * HTML_BYTES)
    monkeypatch.setattr(render, "html_to_pdf", lambda page, **kw: b"%PDF" + b"p" * PDF_BYTES)
    return kernel


def index_links(out: Path) -> set[str]:
    """The build folders the build log links to (through their manifest links)."""
    page = (out / "build-log.html").read_text(encoding="utf-8")
    return {href.rsplit("/", 1)[0] for href in re.findall(r'href="([^"]+/manifest\.json)"', page)}


def builds_on_disk(out: Path) -> set[str]:
    """The build folders with a manifest: slots, _history and _failed runs (no hidden ones)."""
    found = set()
    for manifest in out.rglob("manifest.json"):
        rel = manifest.parent.relative_to(out).as_posix()
        if not any(part.startswith(".") for part in rel.split("/")):
            found.add(rel)
    return found


def leftovers(out: Path) -> list[str]:
    """Staging, .replaced and temporary index files left behind."""
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.name in (".staging", ".replaced") or p.name.endswith(".tmp"))


class WriteRefusal:
    """Writes under a folder fail with ``errno``: a full disk (ENOSPC once ``capacity`` bytes are
    used) or a read-only folder (EACCES when an entry is created, renamed or removed in it).

    Patches the calls a build writes through - ``open`` (builtins and io: ``Path.write_text``
    uses the latter), ``os.mkdir`` and ``os.rename`` - so it works as root, where chmod does not
    stop writes.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.folder = folder.resolve()
        self.capacity: int | None = None  # bytes of the tree; None: no quota
        self.read_only: set[Path] = set()
        real_open, real_mkdir, real_rename = builtins.open, os.mkdir, os.rename
        refusal = self

        def fake_open(file, mode="r", *args, **kwargs):
            writing = isinstance(file, str | os.PathLike) and any(c in mode for c in "wax+")
            if writing and not Path(file).exists():
                refusal.check_entry(Path(file))
            handle = real_open(file, mode, *args, **kwargs)
            if writing and refusal.capacity is not None and refusal.inside(Path(file)):
                return QuotaFile(handle, refusal, Path(file))
            return handle

        def fake_mkdir(path, *args, **kwargs):
            refusal.check_entry(Path(path))
            if refusal.capacity is not None and refusal.inside(Path(path)):
                if refusal.used() + 4096 > refusal.capacity:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            return real_mkdir(path, *args, **kwargs)

        def fake_rename(src, dst, *args, **kwargs):
            refusal.check_entry(Path(src))  # an entry removed
            refusal.check_entry(Path(dst))  # an entry created
            return real_rename(src, dst, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", fake_open)
        monkeypatch.setattr(io, "open", fake_open)
        monkeypatch.setattr(os, "mkdir", fake_mkdir)
        monkeypatch.setattr(os, "rename", fake_rename)

    def inside(self, path: Path) -> bool:
        path = Path(os.path.abspath(path))
        return path == self.folder or self.folder in path.parents

    def used(self, skip: Path | None = None) -> int:
        return sum(p.stat().st_size for p in self.folder.rglob("*")
                   if p.is_file() and p != skip)

    def free(self, kilobytes: int) -> None:
        """The disk of the folder has ``kilobytes`` free from now on."""
        self.capacity = self.used() + kilobytes * 1000

    def make_read_only(self, folder: Path) -> None:
        """``folder`` refuses new, renamed and removed entries (really, when chmod works)."""
        folder.chmod(0o555)
        probe = folder / ".probe"
        try:
            probe.write_text("")
        except PermissionError:
            return  # not root: chmod does the job
        probe.unlink()
        folder.chmod(0o755)
        self.read_only.add(Path(os.path.abspath(folder)))

    def check_entry(self, path: Path) -> None:
        """PermissionError when ``path`` is an entry created or removed in a read-only folder."""
        if Path(os.path.abspath(path)).parent in self.read_only:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


class QuotaFile:
    """A file object that refuses a write taking the tree over its capacity (ENOSPC)."""

    def __init__(self, handle, refusal: WriteRefusal, path: Path) -> None:
        self._handle = handle
        self._refusal = refusal
        self._path = Path(os.path.abspath(path))
        self._written = 0

    def write(self, data):
        size = len(data)
        used = self._refusal.used(skip=self._path) + self._written + size
        if used > self._refusal.capacity:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self._path))
        self._written += size
        return self._handle.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()
        return False

    def __getattr__(self, name):
        return getattr(self._handle, name)


@pytest.fixture
def refuse_writes(monkeypatch, project):
    """A :class:`WriteRefusal` on the project's reports folder."""
    root, out = project
    out.mkdir(parents=True, exist_ok=True)
    return WriteRefusal(monkeypatch, out)
