"""The two records :mod:`analysis.brief.subject` and :mod:`analysis.brief.inferred` share: the
:class:`Subject` a figure is checked under and the :class:`Clues` read about it once."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.brief import scope
from analysis.brief.guidelines import Guidelines


@dataclass(frozen=True)
class Subject:
    """What a figure measures, in the reference's terms."""

    key: str
    entity: str = ""
    how: str = ""  # 'extractor' when the extractor's label was used, else 'inferred'
    why: str = ""  # why the figure is not compared (another quantity than ``key``), else ''

    def noted(self, note: str) -> Subject:
        """The same subject with ``note`` added to how it was read."""
        return replace(self, how=f"{self.how}, {note}")

    @property
    def only_to_agree(self) -> bool:
        """Whether a reading marked the figure as compared only to agree (never differs)."""
        return scope.AGREE_ONLY in self.how

    @property
    def notes(self) -> str:
        """The readings noted after the first part of ``how`` ('extractor', 'inferred'), without
        a closing "compared only to agree": why a figure that differs is not compared."""
        return self.how.split(", ", 1)[-1].removesuffix(f", {scope.AGREE_ONLY}")


@dataclass(frozen=True)
class Clues:
    """What classify reads about one figure, computed once."""

    metric_name: str
    unit: object
    value: float
    sentence: str
    surface: str
    at: int  # where the figure's text starts in its sentence, -1 when not found
    context: str  # entity and sentence
    ally: str | None
    exercise: str  # the exercise named, else the document's
    is_exercise: bool
    previous_sentence: str
    guidelines: Guidelines
    previous_in_paragraph: str = ""  # the sentence before, when in the same paragraph
    listed: bool = False  # ``ally`` owns the figure as a list item (analysis.brief.list_items)

    def own_clause(self) -> str:
        """The figure's clause before it and its words after it up to a comma."""
        if self.at < 0:
            return self.context
        return (scope.clause_before(self.sentence, self.at, 90) + self.surface
                + re.split(r"[,;:]", self.after(60))[0])

    def after(self, width: int | None = None) -> str:
        """The sentence after the figure (``width`` characters of it)."""
        rest = self.sentence[self.at + len(self.surface):] if self.at >= 0 else ""
        return rest if width is None else rest[:width]
