"""What corpus extraction does per number: how many numbers, what each becomes and by which
rule, the regex and function calls per number, and figures per sentence. The counts that say
which structural change can pay before one is tried (issue 11's 5 MB/s).

Run: ``.venv/bin/python benchmarks/extract_census.py [--corpus real|dense|styled] [--mb 0.2]``

Printed, for the corpus of ``benchmarks/extract.py`` (separate 1-5 KB articles):

- the numbers the master regex finds and ``read_figure`` reads, per KB;
- what they become (kind/unit, or rejected), with the number rule or plain rule that decided
  (none: the general reading), the count per KB and the median CPU time of ``read_figure`` for
  each (microseconds on this machine, to compare kinds with each other, not runs);
- the sentences that hold figures and the figures per such sentence (what reading a sentence's
  context once shares);
- the regex calls per number by call site and the Python and built-in calls per number
  (cProfile's call counts of a second, unwrapped run).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import dense_articles, real_articles, styled_articles  # noqa: E402

import analysis.extract.extractor as extractor  # noqa: E402
import analysis.extract.number_rules as number_rules  # noqa: E402
import analysis.extract.read as read  # noqa: E402
from analysis.extract import extract_corpus  # noqa: E402
from analysis.extract.figure import COLUMNS  # noqa: E402

CORPORA = {"real": real_articles, "dense": dense_articles, "styled": styled_articles}
REGEX_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


def _first_rule(rules, subject, scene) -> str:
    """The rule that decided (its pattern is pure, so trying it again finds the same)."""
    return next(rule.name for rule in rules if rule.condition(subject) and rule.pattern(scene))


def outcomes(articles) -> tuple[Counter, dict[tuple[str, str], list[int]]]:
    """What each number read becomes, and the nanoseconds its reading took, by outcome."""
    found: Counter = Counter()
    times: dict[tuple[str, str], list[int]] = defaultdict(list)
    decided_by: list[str] = []
    read_figure, index_decide, plain_decide = (
        extractor.read_figure, number_rules.NUMBER_INDEX.decide, read.decide)
    index = number_rules.NUMBER_INDEX

    def by_number_rule(core, scene):
        outcome = index_decide(core, scene)
        if outcome is not None:
            decided_by.append("number rule " + _first_rule(index.rules, core, scene))
        return outcome

    def by_plain_rule(rules, subject, scene):
        outcome = plain_decide(rules, subject, scene)
        if outcome is not None:
            decided_by.append("plain rule " + _first_rule(rules, subject, scene))
        return outcome

    def timed_read(text, match):
        decided_by.clear()
        start = time.perf_counter_ns()
        figure, end = read_figure(text, match)
        elapsed = time.perf_counter_ns() - start
        rule = decided_by[0] if decided_by else "general reading"
        name = f"{figure.kind}/{figure.unit}" if figure is not None else "rejected"
        found[(name, rule)] += 1
        times[(name, rule)].append(elapsed)
        return figure, end

    index.decide, read.decide, extractor.read_figure = by_number_rule, by_plain_rule, timed_read
    try:
        extract_corpus(articles)
    finally:
        index.decide, read.decide, extractor.read_figure = index_decide, plain_decide, read_figure
    return found, times


def call_counts(articles) -> tuple[int, Counter, int, int]:
    """Figures; regex calls by (file, function, method); Python and built-in calls."""
    profile = cProfile.Profile()
    profile.enable()
    figures = len(extract_corpus(articles))
    profile.disable()
    sites: Counter = Counter()
    python_calls = builtin_calls = 0
    for (filename, _line, function), (_cc, calls, _tt, _ct, callers) in \
            pstats.Stats(profile).stats.items():
        if filename == "~":
            builtin_calls += calls
            method = function.split("'")[1] if "'" in function else ""
            if "re.Pattern" in function and method in REGEX_METHODS:
                for (caller_file, _caller_line, caller), counts in callers.items():
                    sites[(Path(caller_file).name, caller, method)] += counts[1]
        else:
            python_calls += calls
    return figures, sites, python_calls, builtin_calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="real")
    parser.add_argument("--mb", type=float, default=0.2)
    args = parser.parse_args(argv)
    articles = CORPORA[args.corpus](args.mb)
    kilobytes = sum(len(text.encode("utf-8")) for _id, text, _published in articles) / 1000
    extract_corpus(articles[:20])  # warm up
    found, times = outcomes(articles)
    numbers = sum(found.values())
    print(f"{args.corpus}: {len(articles)} articles, {kilobytes:.0f} KB, "
          f"{numbers} numbers read ({numbers / kilobytes:.2f} per KB)")
    print("  count  per KB  becomes            decided by                      median read_figure")
    for (name, rule), count in found.most_common():
        spent = sorted(times[(name, rule)])
        print(f"  {count:5d}  {count / kilobytes:6.2f}  {name:18s} {rule:32s} "
              f"{spent[len(spent) // 2] / 1000:6.1f} us")
    sentence_column = COLUMNS.index("sentence")
    # (distinct sentence texts of each article: a sentence written twice in one article counts once)
    held = sum(len({row[sentence_column] for row in extractor.figure_rows(text, published)})
               for _id, text, published in articles)
    figures, sites, python_calls, builtin_calls = call_counts(articles)
    print(f"sentences holding figures: {held} ({held / kilobytes:.2f} per KB), "
          f"{figures / max(held, 1):.2f} figures each")
    regex_calls = sum(sites.values())
    print(f"calls per number: {regex_calls / numbers:.1f} regex, {python_calls / numbers:.1f} "
          f"Python functions, {builtin_calls / numbers:.1f} built-in (regex included)")
    print("regex calls per number by call site:")
    for (filename, function, method), count in sites.most_common(25):
        print(f"  {count / numbers:5.2f}  {filename}:{function} .{method}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
