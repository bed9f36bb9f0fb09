"""The ``nato-report`` command.

Start-up stays light: each subcommand imports its module only when it runs. Every
``AnalysisError`` becomes one line on stderr and exit code 2; no traceback reaches the user.
Logging is configured here and only here: library modules just call ``logging.getLogger``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from analysis.errors import AnalysisError

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
    from analysis.extract import extractor as extract  # late: start-up time
    return extract.run_cli(args.paths, fmt=args.format, out=args.out)


def _cmd_build(args: argparse.Namespace) -> int:
    from analysis.pipeline import build  # late: papermill and nbconvert take seconds to import
    return build.run_cli(
        reports=args.reports,
        params=args.param,
        formats=args.format,
        build_all=args.all,
        default_set=args.default,
        show_code=args.show_code,
    )


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
    ext.add_argument("paths", nargs="+", metavar="PATH", help="source text, markdown or html files")
    ext.add_argument("--format", choices=["table", "csv", "json"], default="table")
    ext.add_argument("--out", metavar="FILE", default=None, help="write here instead of stdout")
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
    bld.set_defaults(func=_cmd_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    configure_logging()
    try:
        return int(args.func(args) or 0)
    except AnalysisError as error:
        print(f"nato-report: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("nato-report: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
