"""Running a benchmark script under callgrind, shared by ``extract_instructions.py``,
``extract_function_instructions.py`` and ``extract_regex_instructions.py``.

Each script runs itself as a child (``--child <shim>``) under callgrind with instrumentation
off; a tiny C shim compiled into a temporary folder switches the collection on and off around
what is measured and names each dump. Needs valgrind (with ``valgrind/callgrind.h``) and a C
compiler.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# Collection switched on and off around each measured piece, one dump named by the caller
# per piece.
NAMED_DUMPS_SHIM = """
#include <valgrind/callgrind.h>
void instrument(void) { CALLGRIND_START_INSTRUMENTATION; }
void collect_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_TOGGLE_COLLECT; }
void collect_stop(const char* name) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_DUMP_STATS_AT(name); }
"""


def arguments(description: str) -> argparse.ArgumentParser:
    """The options of every callgrind benchmark: the corpus, its size and the child's shim."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", choices=("real", "dense", "styled"), default="real")
    parser.add_argument("--mb", type=float, default=0.2, help="size of the corpus")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser


def corpus_articles(corpus: str, megabytes: float) -> list:
    """The articles of ``benchmarks/extract.py``'s corpus ``corpus`` (real, dense, styled)."""
    from extract import dense_articles, real_articles, styled_articles

    return {"real": real_articles, "dense": dense_articles,
            "styled": styled_articles}[corpus](megabytes)


def callgrind_run(shim_source: str, script: str, corpus: str, megabytes: float,
                  folder: str) -> subprocess.CompletedProcess | str:
    """``script --child`` run under callgrind with the shim built from ``shim_source`` in
    ``folder`` (dumps go to ``folder/callgrind.<pid>``), or why it could not run."""
    if shutil.which("valgrind") is None or shutil.which("cc") is None:
        return "needs valgrind and a C compiler (cc)"
    source, shim = Path(folder, "shim.c"), Path(folder, "shim.so")
    source.write_text(shim_source)
    built = subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(shim), str(source)],
                           capture_output=True, text=True)
    if built.returncode:
        return f"cannot build the callgrind shim: {built.stderr.strip()}"
    return subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
         f"--callgrind-out-file={Path(folder, 'callgrind.%p')}", sys.executable, script,
         "--corpus", corpus, "--mb", str(megabytes), "--child", str(shim)],
        capture_output=True, text=True)


def measured(args: argparse.Namespace, child: Callable[[str, float, str], None],
             shim_source: str, script: str) -> tuple[subprocess.CompletedProcess, dict] | int:
    """As the child (``--child``): ``child(corpus, megabytes, shim)``, then 0. Else the child's
    run under callgrind and the instructions of each dump by the name the shim gave it, or the
    exit code once it has said why there are none (2: cannot run, 1: the run failed)."""
    if args.child:
        child(args.corpus, args.mb, args.child)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        run = callgrind_run(shim_source, script, args.corpus, args.mb, folder)
        if isinstance(run, str):
            print(run, file=sys.stderr)
            return 2
        counts = {}
        for dump in Path(folder).glob("callgrind.*"):
            text = dump.read_text(errors="replace")
            trigger = re.search(r"^desc: Trigger: Client Request: (.+)$", text, re.M)
            total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            if trigger and total:
                counts[trigger.group(1)] = int(total.group(1))
    if run.returncode or not counts:
        print(f"callgrind run failed: {run.stderr.strip()[-500:]}", file=sys.stderr)
        return 1
    return run, counts
