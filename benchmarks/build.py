"""Build speed, in one run: ``nato-report build`` cold at --jobs 1 and --jobs N, a no-op rebuild, a
rebuild after one data file changed, and the naive CLI loop a user would script (papermill CLI,
``jupyter nbconvert --to html``, the WeasyPrint CLI) on the same reports; then the ratios.

Each run prints wall seconds and CPU seconds (user + sys of the command and the workers and
kernels it waited for): on a machine busy with other work the CPU figures are the ones to compare.

Everything runs in a temporary copy of the project's notebooks and data (the changed data file is
changed there, never in data/raw), each build into its own reports folder, through the installed
command in a subprocess, as a user runs it.

    .venv/bin/python benchmarks/build.py              # the default set (about 34 reports; long)
    .venv/bin/python benchmarks/build.py --subset 4   # its first 4 reports
    .venv/bin/python benchmarks/build.py --jobs 4     # N for the parallel build (default: cores)
    .venv/bin/python benchmarks/build.py --fanout 6   # only the fan-out scale case, its first 6
    .venv/bin/python benchmarks/build.py --fanout --dask  # all of it, locally and on a LocalCluster

The fan-out scale case is the compare report for one ally at a time, over every ally x release x
three start years (31 x 2 x 3 = 186 reports with the bundled data), each in its own slot: it is
added to the copy's reports.yml as three reports (``fanout_2014`` ...) and made the default set.
It prints reports per second, built at --jobs N and, with ``--dask``, on a local Dask cluster.

``--subset N`` cuts the default set's plan to its first N reports inside the benchmark's driver
(the command line has no such option); the rest of the command runs unchanged.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# Read by source_brief only (its reviewed figure table): the rebuild touches its readers alone.
CHANGED_FILE = Path("data/figures/nato-bydgoszcz-2024-02.csv")
# The command, with the default set's plan cut to its first BENCH_SUBSET reports when set. The
# no-op run is not cut (its plan is never made: the command finds its record first), so that it
# imports exactly what the command imports.
DRIVER = """
import os, sys
subset = int(os.environ.get("BENCH_SUBSET") or 0)
if subset:
    from analysis.pipeline import build
    whole = build.plan
    build.plan = lambda *args, **kwargs: whole(*args, **kwargs)[:subset]
from analysis import cli
sys.exit(cli.main(sys.argv[1:]))
"""


def make_project(base: Path) -> Path:
    root = base / "project"
    shutil.copytree(REPO / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    shutil.copytree(REPO / "data", root / "data")
    return root


def environment(root: Path, out: Path, subset: int) -> dict[str, str]:
    env = dict(os.environ)
    # Each reports folder has its own parse cache, empty at its first (cold) build, as on a new
    # machine; its later builds (no-op, one file changed) find it as a user's would.
    env.update(NATO_REPORTS_ROOT=str(root), NATO_REPORTS_OUT=str(out),
               NATO_REPORTS_CACHE=str(out.parent / f"parse-cache-{out.name}"),
               BENCH_SUBSET=str(subset or ""))
    return env


def children_cpu() -> float:
    """CPU seconds (user + sys) of the finished child processes so far, with the descendants
    they waited for (workers, kernels): the figure that holds on a machine busy with other work."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(root: Path, out: Path, subset: int,
                *options: str) -> tuple[float, float, str]:
    """Wall seconds and CPU seconds of one ``nato-report build --all``, and its summary line."""
    cpu = children_cpu()
    clock = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "build", "--all", *options], capture_output=True,
        text=True, env=environment(root, out, subset), cwd=root,
    )
    seconds = time.perf_counter() - clock
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0:
        sys.exit(f"build failed ({done.returncode}): {done.stderr.strip()[-600:]}")
    return seconds, children_cpu() - cpu, lines[-1] if lines else ""


def planned_requests(root: Path, subset: int) -> list[tuple[str, dict]]:
    """(notebook file, parameters) of the reports the builds make, from the project copy."""
    code = (
        "import json, os\n"
        "from analysis.pipeline.config import load_config\n"
        "from analysis.pipeline.params import DataUniverse\n"
        "from analysis.pipeline.plan import plan\n"
        "config = load_config()\n"
        "requests = plan(config, [], {}, True, DataUniverse())\n"
        "n = int(os.environ.get('BENCH_SUBSET') or 0) or len(requests)\n"
        "print(json.dumps([[r.spec.notebook.name, r.params] for r in requests[:n]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environment(root, root / "unused", subset), check=True)
    return [(name, params) for name, params in json.loads(done.stdout)]


def naive_loop(root: Path, out: Path, requests: list[tuple[str, dict]]) -> tuple[float, float]:
    """papermill CLI, ``jupyter nbconvert --to html``, WeasyPrint CLI: one report at a time."""
    out.mkdir(parents=True)
    env = environment(root, out, 0)
    notebooks = root / "notebooks"
    cpu = children_cpu()
    clock = time.perf_counter()
    for number, (name, params) in enumerate(requests):
        executed = out / f"{number:03d}-{name}"
        subprocess.run(
            [str(BIN / "papermill"), str(notebooks / name), str(executed), "-y",
             yaml.safe_dump(params), "--cwd", str(notebooks), "-k", "python3",
             "--no-progress-bar", "--log-level", "ERROR"],
            check=True, env=env, capture_output=True,
        )
        subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)],
                       check=True, env=env, capture_output=True)
        html = executed.with_suffix(".html")
        subprocess.run([str(BIN / "weasyprint"), str(html), str(html.with_suffix(".pdf"))],
                       check=True, env=env, capture_output=True)
    return time.perf_counter() - clock, children_cpu() - cpu


FANOUT_START_YEARS = (2014, 2017, 2020)


def make_fanout_set(root: Path) -> None:
    """The copy's default set becomes compare x ally x release x start year, one slot each."""
    config_file = root / "notebooks" / "reports.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    compare = config["reports"]["compare"]
    config["default_set"] = []
    for year in FANOUT_START_YEARS:
        name = f"fanout_{year}"
        parameters = {**compare["parameters"],
                      "start_year": {**compare["parameters"]["start_year"], "default": year}}
        config["reports"][name] = {**compare, "title": f"Fan-out: compare from {year}",
                                   "slot": ["allies", "release"], "parameters": parameters}
        config["default_set"].append({"report": name,
                                      "for_each": {"allies": "allies", "release": "releases"}})
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


def fanout(base: Path, root: Path, count: int, jobs: int, dask: bool) -> None:
    make_fanout_set(root)
    planned = len(planned_requests(root, count))
    print(f"fan-out: {planned} reports (compare x ally x release x start year), "
          f"{len(os.sched_getaffinity(0))} cores", flush=True)
    runs = [(f"--jobs {jobs}", "fanout-local", ("--jobs", str(jobs)))]
    if dask:
        runs.append(("--dask (LocalCluster)", "fanout-dask", ("--dask",)))
    for label, out, options in runs:
        seconds, cpu, line = timed_build(root, base / out, count, *options)
        print(f"fan-out {label:<24} {seconds:8.1f} s wall {cpu:8.1f} s CPU  "
              f"{planned / seconds:6.2f} reports/s   {line}", flush=True)


def change_one_file(root: Path) -> None:
    target = root / CHANGED_FILE
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subset", type=int, default=0, metavar="N",
                        help="only the first N reports of the default set")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), metavar="N",
                        help="jobs of the parallel build (default: the cores)")
    parser.add_argument("--skip-naive", action="store_true", help="leave out the naive loop")
    parser.add_argument("--fanout", type=int, nargs="?", const=0, default=None, metavar="N",
                        help="run only the fan-out scale case (its first N reports; all when "
                             "N is left out)")
    parser.add_argument("--dask", action="store_true",
                        help="with --fanout: also on a local Dask cluster")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nato-bench-") as temp:
        base = Path(temp)
        root = make_project(base)
        if args.fanout is not None:
            fanout(base, root, args.fanout, args.jobs, args.dask)
            return 0
        requests = planned_requests(root, args.subset)
        print(f"{len(requests)} reports, {args.jobs} jobs, "
              f"{len(os.sched_getaffinity(0))} cores", flush=True)
        wall: dict[str, float] = {}
        cpu: dict[str, float] = {}

        def show(label: str, line: str = "") -> None:
            print(f"{label:<40} {wall[label]:8.2f} s wall {cpu[label]:8.2f} s CPU   {line}",
                  flush=True)

        serial, parallel = "cold --jobs 1", f"cold --jobs {args.jobs}"
        for label, out, jobs in ((serial, "serial", 1), (parallel, "parallel", args.jobs)):
            wall[label], cpu[label], line = timed_build(root, base / out, args.subset,
                                                        "--jobs", str(jobs))
            show(label, line)
        wall["no-op rebuild"], cpu["no-op rebuild"], line = timed_build(root, base / "parallel", 0)
        show("no-op rebuild", line)
        change_one_file(root)
        changed = f"rebuild, {CHANGED_FILE.name} changed"
        wall[changed], cpu[changed], line = timed_build(root, base / "parallel", args.subset)
        show(changed, line)
        pairs = [(serial, parallel), (parallel, "no-op rebuild"), (parallel, changed)]
        if not args.skip_naive:
            wall["naive CLI loop"], cpu["naive CLI loop"] = naive_loop(root, base / "naive",
                                                                       requests)
            show("naive CLI loop")
            pairs = [("naive CLI loop", serial), ("naive CLI loop", parallel), *pairs]
        print()
        for slower, faster in pairs:
            print(f"{slower} / {faster}:  {wall[slower] / wall[faster]:6.2f}x wall  "
                  f"{cpu[slower] / cpu[faster]:6.2f}x CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
