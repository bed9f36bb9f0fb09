"""Where corpus extraction spends its time: per stage, per module and per rule (cProfile).

Run: ``.venv/bin/python benchmarks/extract_profile.py [--corpus real|dense|styled] [--mb 0.3]
[--top 15]``

The corpora are those of ``benchmarks/extract.py`` (separate 1-5 KB articles). cProfile adds a
cost to every Python call, so the shares below lean towards code with many small calls; they
say where to look, the MB/s of ``benchmarks/extract.py`` say how fast it is. Printed:

- the stages of ``figure_rows`` (reading numbers, placing them in sentences, the rule tables,
  the metric) and building the frame, as shares of the run (cumulative time);
- the own time of each module of ``analysis/extract`` (regex calls are counted in the module
  that makes them), which says whose code the time is in;
- every rule of every table whose ``pattern`` took time (cumulative), with its calls.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import dense_articles, real_articles, styled_articles  # noqa: E402

from analysis.extract import extract_corpus  # noqa: E402
from analysis.extract.extractor import TABLES  # noqa: E402
from analysis.extract.number_rules import NUMBER_RULES  # noqa: E402
from analysis.extract.plain_rules import PLAIN_RULES  # noqa: E402

CORPORA = {"real": real_articles, "dense": dense_articles, "styled": styled_articles}
# (file name, function name) of each stage of figure_rows and of the frame.
STAGES = (
    ("extractor.py", "read_figures", "read the numbers (scan, number rules, units)"),
    ("scan.py", "__init__", "  find where numbers may start"),
    ("scan.py", "next_match", "  scan for the next number"),
    ("read.py", "read_figure", "  read one figure"),
    ("before.py", "before_of", "    words before the number"),
    ("extractor.py", "_add_context", "place in sentences (year, entity, cues)"),
    ("context.py", "sentence_cues", "  cues of a sentence"),
    ("years.py", "clauses_of", "  clauses of a sentence"),
    ("entity.py", "entity_candidates", "  entities of a sentence"),
    ("rules.py", "apply_table", "rule tables (units, GDP)"),
    ("metric.py", "classify_metric", "metric of each figure"),
    ("corpus.py", "corpus_frame", "build the frame"),
)


def function_key(function) -> tuple[str, int, str] | None:
    code = getattr(function, "__code__", None)
    return (code.co_filename, code.co_firstlineno, code.co_name) if code else None


def rule_times(stats: dict) -> list[tuple[str, str, int, float]]:
    """(table, rule, calls, cumulative seconds) of every rule's pattern that ran."""
    tables = [("number", NUMBER_RULES), ("plain", PLAIN_RULES),
              *((table.name, table.rules) for table in TABLES)]
    found = []
    for table, rules in tables:
        for rule in rules:
            entry = stats.get(function_key(rule.pattern))
            if entry is not None:
                found.append((table, rule.name, entry[1], entry[3]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="real")
    parser.add_argument("--mb", type=float, default=0.3, help="size of the corpus")
    parser.add_argument("--top", type=int, default=15, help="rules and modules shown")
    args = parser.parse_args(argv)
    articles = CORPORA[args.corpus](args.mb)
    extract_corpus(articles[:10])  # warm up
    profile = cProfile.Profile()
    profile.runcall(extract_corpus, articles)
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (cc, calls, tottime, cumtime, _)
    total = sum(entry[2] for entry in stats.values())
    print(f"{args.corpus}: {len(articles)} articles, {args.mb} MB, {total:.2f} s under cProfile")
    print("Stages (cumulative share of the run)")
    for file_name, function, label in STAGES:
        cumulative = sum(entry[3] for key, entry in stats.items()
                         if key[0].endswith("/" + file_name) and key[2] == function)
        print(f"  {100 * cumulative / total:5.1f}%  {label}")
    print("Own time by module (regex calls counted in their caller's module)")
    by_module: Counter[str] = Counter()
    for key, entry in stats.items():
        if key[0] == "~":  # a built-in: charge it to its callers
            for caller, caller_entry in entry[4].items():
                by_module[Path(caller[0]).name] += caller_entry[2]
        else:
            by_module[Path(key[0]).name] += entry[2]
    for module, seconds in by_module.most_common(args.top):
        print(f"  {100 * seconds / total:5.1f}%  {module}")
    print("Rules (cumulative time of the rule's pattern)")
    for table, rule, calls, seconds in sorted(rule_times(stats), key=lambda row: -row[3])[
            :args.top]:
        print(f"  {100 * seconds / total:5.1f}%  {table:14s} {rule:38s} {calls:6d} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
