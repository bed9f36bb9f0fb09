"""Report parameters as a notebook receives them, read into the values its cells use.

The build has already checked every parameter against reports.yml before the kernel starts;
what is left for the notebook is to turn ``"latest"``, ``"all"`` and comma or YAML lists into
concrete releases and allies, and to stop with a clear :class:`ParameterError` when a value typed
in JupyterLab names no bundled release or ally. The words of those errors are the build's own.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import yaml

from analysis.errors import DataError, ParameterError

# The word a release or year parameter takes for "the newest": the newest release, the last year
# of the release a report reads.
LATEST = "latest"


def resolve_release(release: str | None, available: Sequence[str]) -> str:
    """``None`` or ``"latest"`` means the newest release in ``available`` (sorted oldest first)."""
    if not available:
        raise DataError("no NATO release is bundled")
    if release is None or str(release).strip().lower() in ("", LATEST):
        return available[-1]
    if release not in available:
        raise ParameterError(
            f"parameter release={release!r}: not a bundled release ({', '.join(available)})")
    return str(release)


def resolve_year(year: int | str | None, years: Sequence[int], parameter: str = "year") -> int:
    """``None`` or ``"latest"`` means the last of ``years`` (the release's years); a year given
    as text ('2023') becomes a number; a year outside ``years`` is a ParameterError."""
    if not years:
        raise DataError("the release covers no years")
    if year is None or str(year).strip().lower() in ("", LATEST):
        return max(int(y) for y in years)
    try:
        number = int(str(year).strip())
    except ValueError:
        raise ParameterError(f"parameter {parameter}={year!r}: expected a year or "
                             f"'{LATEST}'") from None
    if number not in {int(y) for y in years}:
        raise ParameterError(f"parameter {parameter}={number}: outside the release's years "
                             f"({min(years)}-{max(years)})")
    return number


def as_list(value: str | Iterable[str] | None, parameter: str = "value") -> list[str]:
    """A list parameter as papermill may pass it: a list, '[a, b]' (YAML) or 'a, b'."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text.startswith("["):
            return [item.strip() for item in text.split(",") if item.strip()]
        try:
            parsed = yaml.safe_load(text)
        except yaml.YAMLError:
            parsed = None
        if not isinstance(parsed, list):
            raise ParameterError(f"parameter {parameter}: cannot read {value!r} as a list")
        return [str(item).strip() for item in parsed]
    return [str(item).strip() for item in value]


def resolve_allies(allies: str | Iterable[str], known: Sequence[str],
                   parameter: str = "allies", release: str = "in use") -> list[str]:
    """``"all"``, a list, or a comma-separated string of allies, checked against ``known`` (the
    allies of ``release``) in any case: 'poland' is Poland.

    Returned in ``known``'s order (NATO's table order), so tables read the same whatever order
    the caller typed.
    """
    if isinstance(allies, str) and allies.strip().lower() == "all":
        return list(known)
    names = as_list(allies, parameter)
    if not names:
        raise ParameterError(
            f"parameter {parameter}: empty list; give 'all' or one or more allies")
    wanted = {known_ally(name, known, parameter, release) for name in names}
    return [ally for ally in known if ally in wanted]


def known_ally(name: str, known: Sequence[str], parameter: str = "ally",
               release: str = "in use") -> str:
    """``name`` as ``known`` spells it (any case), else an error suggesting the nearest ally."""
    by_key = {str(ally).casefold(): str(ally) for ally in known}
    if name.casefold() in by_key:
        return by_key[name.casefold()]
    close = difflib.get_close_matches(name, [str(ally) for ally in known], n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(map(str, known))
    raise ParameterError(
        f"parameter {parameter}: unknown ally '{name}' (release {release}); {hint}")
