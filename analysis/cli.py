"""The ``nato-report`` command.

Start-up stays light: each subcommand imports its module only when it runs. Every
``AnalysisError`` becomes one line on stderr and its exit code (see :mod:`analysis.errors`: 1 the
build could not write its results, 2 a bad parameter, data file or configuration, 3 the reports
folder is locked by another build); Ctrl-C exits 130 and SIGTERM 143. No traceback reaches the
user.
Logging is configured here and only here: library modules just call ``logging.getLogger``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis import paths
from analysis.errors import AnalysisError, ParameterError, Terminated, shorten

# 128 + the signal's number, as shells report a process the signal ended.
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT)
EXIT_TERMINATED = 143  # SIGTERM
MESSAGE_LIMIT = 2000  # characters of an error line

# Loggers of libraries that would repeat or drown what the command prints.
QUIET_LOGGERS = {
    # papermill logs a failed cell with its traceback; the build reports it once, as one line.
    "papermill": logging.CRITICAL,
    # WeasyPrint warns about every CSS property of nbconvert's markup it does not support.
    "weasyprint": logging.ERROR,
    "fontTools": logging.ERROR,
    # nbconvert's exporters log through traitlets (e.g. images without alt text, which the
    # charts' own tests check); before the command configured logging nothing showed them.
    "traitlets": logging.ERROR,
    # Dask's scheduler, nannies and workers log every start and stop (build/extract --dask).
    "distributed": logging.ERROR,
}


def configure_logging() -> None:
    """Warnings of the package and its libraries on stderr, prefixed like the command's errors.

    basicConfig does nothing when the root logger has handlers already (an embedding program,
    pytest's log capture), so calling main() from Python leaves their logging alone.
    """
    logging.basicConfig(level=logging.WARNING, format="nato-report: %(name)s: %(message)s")
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)


def _cmd_data_check(args: argparse.Namespace) -> int:
    from analysis.data import validate  # late: start-up time of the other commands
    summary = validate.check_all()
    print(validate.format_summary(summary))
    if args.extractor:
        # The brief layer runs the extractor; only this option pays for importing it.
        from analysis.brief import figure_review
        print(figure_review.review_report())
    return 0


def _cmd_data_add(args: argparse.Namespace) -> int:
    from analysis.data import intake  # late: start-up time of the other commands
    summary, target = intake.add_workbook(
        args.path,
        release_date=intake.parse_date_option(args.release_date, "--release-date"),
        cutoff=intake.parse_date_option(args.cut_off, "--cut-off"),
    )
    print(intake.format_summary(summary, target))
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.out:
        refuse_output_over_inputs(args.out, args.paths)
    if args.dask or args.scheduler:
        # late: dask takes a second to import. Importing distributed sets its loggers to INFO;
        # quiet them again (the scheduler of --dask runs in this process).
        from analysis.extract import corpus_dask  # noqa: F401
        configure_logging()
    from analysis.extract import corpus_cli  # late: start-up time
    return corpus_cli.run_cli(args.paths, fmt=args.format, out=args.out, jobs=args.jobs,
                              dask=args.dask, scheduler=args.scheduler)


def refuse_output_over_inputs(out: str, inputs: Sequence[str]) -> None:
    """ParameterError when ``--out`` is one of the input files or lies under ``data/raw/``.

    The raw sources are the evidence every figure is traced to; an extract must never overwrite
    them (a typo in ``--out`` used to do so silently). Symbolic links and hard links count.
    """
    target = Path(out).resolve()
    raw = paths.raw_dir().resolve()
    if target == raw or raw in target.parents:
        raise ParameterError(
            f"--out {shorten(out)}: refusing to write under {raw} (raw sources are never "
            "overwritten); write the figures elsewhere"
        )
    for item in inputs:
        source = Path(item)
        same = source.resolve() == target
        if not same and source.exists() and target.exists():
            try:
                same = target.samefile(source)
            except OSError:
                same = False
        if same:
            raise ParameterError(
                f"--out {shorten(out)}: is the input file {shorten(item)}; write the figures "
                "elsewhere"
            )


def _cmd_build(args: argparse.Namespace) -> int:
    if args.list:
        from analysis.pipeline import listing  # late: only --list needs it
        print(listing.describe_reports(args.reports), end="")
        return 0
    # late: the no-op check imports neither pandas nor papermill, so it answers in a blink
    from analysis.pipeline import quick
    command = {"reports": args.reports, "params": args.param, "format": args.format,
               "all": args.all or args.default, "show_code": args.show_code}
    fingerprint = ""
    if not args.force:
        code, fingerprint = quick.try_noop(command)
        if code is not None:
            return code
    from analysis.pipeline import build  # late: papermill and nbconvert take seconds to import
    return build.run_cli(
        reports=args.reports,
        params=args.param,
        formats=args.format,
        build_all=args.all,
        default_set=args.default,
        show_code=args.show_code,
        jobs=args.jobs,
        force=args.force,
        dask=args.dask,
        scheduler=args.scheduler,
        worker_setup=configure_logging,
        command=command if fingerprint else None,
        fingerprint=fingerprint,
    )


def positive_int(text: str) -> int:
    """argparse type of ``--jobs``: a whole number above 0."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {shorten(text)!r}")
    return value


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nato-report",
        description="Traceable NATO readiness reports from official tables and defence news.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    data = sub.add_parser("data", help="validate and summarise the bundled data")
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    check = data_sub.add_parser("check", help="validate every data file and print a summary")
    check.add_argument("--extractor", action="store_true",
                       help="also list reviewed figures the extractor now reads differently "
                            "(a report: never fails the check)")
    check.set_defaults(func=_cmd_data_check)
    add = data_sub.add_parser("add", help="take in a new NATO TABLES workbook (.xlsx) with its "
                                          "provenance sidecar")
    add.add_argument("path", metavar="PATH.xlsx", help="the workbook NATO published")
    add.add_argument("--release-date", metavar="YYYY-MM-DD", default=None,
                     help="the day NATO published it (also names the release, YYYY-MM)")
    add.add_argument("--cut-off", metavar="YYYY-MM-DD", default=None,
                     help="NATO's data cut-off date stated in the release")
    add.set_defaults(func=_cmd_data_add)

    ext = sub.add_parser("extract", help="extract figures from source documents")
    ext.add_argument("paths", nargs="+", metavar="DIR_OR_FILE",
                     help="source text, markdown or html files, or folders holding them")
    ext.add_argument("--format", choices=["table", "csv", "json"], default=None,
                     help="what stdout gets (default: a table); with --out its suffix decides")
    ext.add_argument("--out", metavar="FILE", default=None,
                     help="write FILE.parquet, FILE.csv or FILE.json instead of stdout")
    ext.add_argument("--jobs", type=int, default=1, metavar="N",
                     help="processes reading documents (default 1; with --dask, the workers)")
    ext.add_argument("--dask", action="store_true",
                     help="run on a local Dask cluster (a bag over the documents)")
    ext.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="run on the Dask cluster at ADDRESS (tcp://host:8786); its workers "
                          "must see the documents at the same paths")
    ext.set_defaults(func=_cmd_extract)

    bld = sub.add_parser("build", help="execute report notebooks and render HTML and PDF")
    bld.add_argument("reports", nargs="*", metavar="REPORT", help="report names (see --list)")
    bld.add_argument(
        "-p", "--param", action="append", default=[], metavar="NAME=VALUE",
        help="a report parameter; repeat for several",
    )
    bld.add_argument("--format", default="html,pdf", help="html,pdf (default both)")
    bld.add_argument("--all", action="store_true", help="build the whole default report set")
    bld.add_argument("--default", action="store_true", help="same as --all (used by make report)")
    bld.add_argument("--show-code", action="store_true", help="show code cells in the HTML")
    bld.add_argument("--force", action="store_true",
                     help="rebuild every report, even those whose inputs did not change")
    bld.add_argument("-j", "--jobs", type=positive_int, default=None, metavar="N",
                     help="reports made at once (default: the number of cores)")
    bld.add_argument("--dask", action="store_true",
                     help="make the reports on a local Dask cluster (LocalCluster)")
    bld.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="make the reports on the Dask cluster of this scheduler "
                          "(tcp://host:8786); its workers need the package and the data")
    bld.add_argument(
        "--list", action="store_true",
        help="list the reports (or the REPORTs named) with their parameters, build nothing",
    )
    bld.set_defaults(func=_cmd_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    configure_logging()
    try:
        return int(args.func(args) or 0)
    except AnalysisError as error:
        # Messages cut the values they quote (errors.shorten); this bound is the safety net.
        print(f"nato-report: error: {shorten(str(error), MESSAGE_LIMIT)}", file=sys.stderr)
        return error.exit_code
    except Terminated:
        print("nato-report: terminated (SIGTERM); the running build was filed in _failed",
              file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("nato-report: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
