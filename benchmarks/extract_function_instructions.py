"""Corpus extraction's instructions per function (callgrind): where the count of
``benchmarks/extract_instructions.py`` goes, exactly, to pick what to make faster.

Run: ``.venv/bin/python benchmarks/extract_function_instructions.py [--corpus real|dense|styled]
[--mb 0.2]``. Needs valgrind (with ``valgrind/callgrind.h``) and a C compiler.

callgrind sees CPython's C functions, not the Python functions of the package. So the script
runs ``extract_corpus`` once with the functions below wrapped to record their arguments, then,
under callgrind, replays each function's recorded calls with the collection on around them
only, and prints their instructions beside those of the whole ``extract_corpus`` call. A
function's count includes the functions it calls (``read_figure`` holds ``_read_unit``); the
functions are pure, so a replay does what the run did. The shares are of the whole run.
"""

from __future__ import annotations

import ctypes
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from callgrind import NAMED_DUMPS_SHIM, arguments, corpus_articles, measured  # noqa: E402

# (module, function): pure functions of the extraction, looked up by their callers as module
# attributes (so that wrapping the attribute records every call).
FUNCTIONS = [
    ("analysis.extract.corpus", "figure_rows"), ("analysis.extract.corpus", "corpus_frame"),
    *(("analysis.extract.extractor", name) for name in (
        "read_figures", "NumberFinder", "read_figure", "_merge_between", "_add_context",
        "sentence_starts", "sentence_cues", "entity_candidates", "clauses_of", "year_for",
        "time_role", "pick_entity", "_window", "classify_metric", "as_row")),
    *(("analysis.extract.read", name) for name in (
        "core_of", "_date_proportion_or_age", "_scale", "_read_unit", "_percent_unit",
        "_count_or_other", "_finish", "allies_or_countries")),
    ("analysis.extract.number_rules", "before_of"),
]


def _record(corpus: str, megabytes: float):
    from analysis.extract import extract_corpus

    articles = corpus_articles(corpus, megabytes)
    extract_corpus(articles[:20])  # warm up (regex caches, imports inside the package)
    calls: dict[tuple[str, str], tuple] = {}
    for module_name, name in FUNCTIONS:
        module = importlib.import_module(module_name)
        function, recorded = getattr(module, name), []

        def wrapper(*args, _function=function, _recorded=recorded, **kwargs):
            _recorded.append((args, kwargs))
            return _function(*args, **kwargs)
        setattr(module, name, wrapper)
        calls[(module_name, name)] = (function, recorded)
    extract_corpus(articles)
    for (module_name, name), (function, _recorded) in calls.items():
        setattr(importlib.import_module(module_name), name, function)
    return extract_corpus, articles, calls


def child(corpus: str, megabytes: float, shim: str) -> None:
    """Under callgrind: one dump for the whole call, then one per function's replayed calls."""
    extract_corpus, articles, calls = _record(corpus, megabytes)
    collector = ctypes.CDLL(shim)
    collector.instrument()
    collector.collect_start()
    extract_corpus(articles)
    collector.collect_stop(b"extract_corpus")
    for (_module, name), (function, recorded) in calls.items():
        collector.collect_start()
        for args, kwargs in recorded:
            function(*args, **kwargs)
        collector.collect_stop(f"{name} {len(recorded)}".encode())


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    result = measured(args, child, NAMED_DUMPS_SHIM, __file__)
    if isinstance(result, int):
        return result
    run, counts = result
    whole = counts.pop("extract_corpus", None)
    if not whole:
        print(f"callgrind run failed: {run.stderr.strip()[-500:]}", file=sys.stderr)
        return 1
    print(f"{args.corpus}, {args.mb} MB: extract_corpus {whole / 1e6:.1f}M instructions")
    for label, count in sorted(counts.items(), key=lambda item: -item[1]):
        name, calls = label.rsplit(" ", 1)
        print(f"  {100 * count / whole:5.1f}%  {count / 1e6:7.1f}M  {name:26s} {calls:>6s} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
