"""Corpus extraction measured in CPU instructions (callgrind): a figure that a loaded machine
does not change, to compare two versions of the extraction engine.

Run: ``.venv/bin/python benchmarks/extract_instructions.py [--corpus real|dense|styled]
[--mb 0.2]``. Needs valgrind (with its headers, ``valgrind/callgrind.h``) and a C compiler.

The corpora are those of ``benchmarks/extract.py`` (separate 1-5 KB articles, seed 0). The
script runs itself under callgrind with instrumentation off, builds the corpus and warms the
extractor up, then counts the instructions of one ``extract_corpus`` call only: a tiny C shim,
compiled into a temporary folder, switches callgrind's collection on and off around it. Time
under callgrind is about 50 times the normal run. MB/s scale inversely with the count (within
a few percent: instructions are not cycles); ``benchmarks/extract.py`` gives the MB/s.
"""

from __future__ import annotations

import ctypes
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from callgrind import arguments, corpus_articles, measured  # noqa: E402

SHIM = """
#include <valgrind/callgrind.h>
void collect_start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS;
                           CALLGRIND_TOGGLE_COLLECT; }
void collect_stop(void) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_DUMP_STATS_AT("extract_corpus"); }
"""


def child(corpus: str, megabytes: float, shim: str) -> None:
    """Under callgrind: the instructions of one ``extract_corpus`` call on the corpus."""
    from analysis.extract import extract_corpus

    articles = corpus_articles(corpus, megabytes)
    # Warm up on the whole corpus: what is done once per process (patterns compiled on first
    # use, rule indexes, caches of number words) fell inside the measured call otherwise, and
    # moved the count by millions of instructions from one run or version to the next.
    extract_corpus(articles)
    collector = ctypes.CDLL(shim)
    collector.collect_start()
    extract_corpus(articles)
    collector.collect_stop()
    size = sum(len(text.encode("utf-8")) for _id, text, _published in articles)
    print(f"SIZE {size} {len(articles)}")


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args(argv)
    result = measured(args, child, SHIM, __file__)
    if isinstance(result, int):
        return result
    run, counts = result
    size = re.search(r"SIZE (\d+) (\d+)", run.stdout)
    if size is None or "extract_corpus" not in counts:
        print(f"callgrind run failed: {run.stderr.strip()[-500:]}", file=sys.stderr)
        return 1
    instructions, kilobytes = counts["extract_corpus"], int(size.group(1)) / 1000
    print(f"{args.corpus}: {int(size.group(2))} articles, {kilobytes:.0f} KB: "
          f"{instructions / 1e6:.1f}M instructions in extract_corpus, "
          f"{instructions / kilobytes / 1e3:.0f}k per KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
