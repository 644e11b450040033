"""Extraction: goal-paper text -> :class:`~sudgoals.model.Paper` (targets, goal lists, statements).

:func:`extract_document` runs the extractor (:mod:`sudgoals.extract.engine`), then adds the goals stated in
prose with a direction and no figure (:mod:`sudgoals.extract.statements`).
"""

from __future__ import annotations

from sudgoals.extract import engine as _engine
from sudgoals.extract.engine import detect_language
from sudgoals.model import Document, Paper

__all__ = ["detect_language", "extract_document", "extract_text"]


def extract_document(
    document: Document, *, language: str | None = None, policy: object = None, max_figures: int | None = None
) -> Paper:
    """Every quantitative target in ``document``, with goal lists, numbered lists, unquantified goals (in
    list items and in prose) and unlinked figures: a :class:`~sudgoals.model.Paper` whose targets are
    already evaluated under ``policy`` (default: :data:`sudgoals.numbers.DEFAULT_POLICY`). ``language`` is
    detected when not given. Above ``max_figures`` places for a figure (no limit when ``None``), a
    :class:`~sudgoals.errors.TooManyFiguresError` at once."""
    from sudgoals.extract.statements import add_goal_statements

    paper = _engine.extract_document(document, language=language, policy=policy, max_figures=max_figures)
    return add_goal_statements(document, paper)


def extract_text(
    text: str, *, path: str = "<text>", language: str | None = None, policy: object = None
) -> Paper:
    """:func:`extract_document` on a string.

    >>> paper = extract_text("150 flere udsatte borgere får en bolig. Det svarer til en stigning på 18 pct.")
    >>> t = paper.targets[0]
    >>> t.absolute.value, t.relative.value, t.direction.value
    (Fraction(150, 1), Fraction(18, 1), 'up')
    >>> t.implied_baseline.low, t.implied_baseline.high
    (Fraction(811, 1), Fraction(857, 1))
    >>> [s.text for s in extract_text("Loneliness among older residents will fall.").unquantified]
    ['Loneliness among older residents will fall']
    """
    return extract_document(Document(path, text), language=language, policy=policy)
