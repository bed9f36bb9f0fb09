"""The numbers behind a chart, as a tidy table an analyst can download beside the report.

Each chart function hands the frame it drew to :func:`analysis.report.style.finish`, which keeps
:func:`tidy_chart_data` of it with the figure (:func:`attach`); :mod:`.chart_output` shows the
chart with a link to the CSV and carries the CSV in the notebook's output, from where the build
writes it beside the report (:mod:`analysis.pipeline.chart_files`).

Every table ends with the same three columns: ``unit``, ``release`` (the NATO release the values
come from, empty for figures that are not from a release) and ``source`` (the chart's source
line).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping

import pandas as pd
from matplotlib.figure import Figure

CONTEXT_COLUMNS = ("unit", "release", "source")
# "release 2024-06" or "release SGAR 2025-04" in a source line (see style.ChartSource.text).
_RELEASE_IN_SOURCE = re.compile(r"\brelease ((?:SGAR )?\d{4}-\d{2})\b")
# Figures alive in this kernel and the table each was drawn from; a figure that is garbage
# collected takes its table with it.
_DRAWN_FROM: weakref.WeakKeyDictionary[Figure, pd.DataFrame] = weakref.WeakKeyDictionary()


def release_of(source: str) -> str:
    """The first release a source line names ('' when it names none)."""
    match = _RELEASE_IN_SOURCE.search(source)
    return match.group(1) if match else ""


def _cell(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(map(str, value))
    return value


def tidy_chart_data(data: pd.DataFrame, *, source: str, unit: str = "") -> pd.DataFrame:
    """``data`` with ``unit``, ``release`` and ``source`` columns last.

    A ``vintage`` column becomes ``release``; a frame without one takes the release its source
    line names. A ``unit`` column of the frame wins over ``unit``. List cells (the allies
    counted in a year) become one text cell, so the CSV stays one value per cell.
    """
    frame = data.reset_index(drop=True).copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(_cell)
    if "vintage" in frame.columns and "release" not in frame.columns:
        frame = frame.rename(columns={"vintage": "release"})
    if "release" not in frame.columns:
        frame["release"] = release_of(source)
    else:
        frame["release"] = frame["release"].fillna(release_of(source))
    if "unit" not in frame.columns:
        frame["unit"] = unit
    else:  # rows added beside the data (the median) take the chart's unit
        frame["unit"] = frame["unit"].fillna(unit)
    frame["source"] = source
    ordered = [c for c in frame.columns if c not in CONTEXT_COLUMNS] + list(CONTEXT_COLUMNS)
    return frame[ordered]


def long_form(data: pd.DataFrame, measures: Mapping[str, str], *, keys: list[str],
              name: str = "indicator") -> pd.DataFrame:
    """A wide frame (one column per measure) as one row per key and measure, with its unit.

    ``measures`` maps each value column to its unit.
    """
    rows = data.melt(id_vars=keys, value_vars=list(measures), var_name=name, value_name="value")
    return rows.assign(unit=rows[name].map(dict(measures)))


def attach(fig: Figure, table: pd.DataFrame) -> None:
    """Keep ``table`` as the data behind ``fig``."""
    _DRAWN_FROM[fig] = table


def attached(fig: Figure) -> pd.DataFrame | None:
    """The table behind ``fig``, or None for a figure drawn without one."""
    return _DRAWN_FROM.get(fig)


def to_csv_text(table: pd.DataFrame) -> str:
    """The CSV of a chart table: UTF-8 text, '.' decimals, no index, empty cells for gaps."""
    return table.to_csv(index=False, lineterminator="\n")


def with_series(data: pd.DataFrame, series: pd.Series | None, name: str) -> pd.DataFrame:
    """``data`` (ally, year, value, ...) and a year -> value series drawn with it (the median),
    as rows named ``name``."""
    if series is None:
        return data
    extra = pd.DataFrame({"ally": name, "year": series.index.astype(int),
                          "value": series.to_numpy(float)})
    return pd.concat([data, extra], ignore_index=True)


def counts_by_guideline(counts: pd.DataFrame, labels: list[str]) -> pd.DataFrame:
    """year, guideline, allies_at_or_above, allies, estimate: a count frame with one
    ``count_<i>`` column per guideline, one row per year and guideline."""
    parts = [counts.assign(guideline=label, allies_at_or_above=counts[f"count_{i}"])
             for i, label in enumerate(labels)]
    rows = pd.concat(parts, ignore_index=True)
    return rows[["year", "guideline", "allies_at_or_above", "allies", "estimate"]]
