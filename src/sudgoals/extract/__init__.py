"""Extraction: goal-paper text -> :class:`~sudgoals.model.Paper` (targets, goal lists, statements).

:func:`extract_unjudged` runs the extractor (:mod:`sudgoals.extract.engine`, then the pattern rules of
:mod:`sudgoals.extract.cascade`), then adds the goals stated in prose with a direction and no figure
(:mod:`sudgoals.extract.statements`). Its targets are unjudged: verdicts and implied baselines are set in
one place, :mod:`sudgoals.judge`. :func:`extract_document` and :func:`extract_text` judge them once at the
end; the pipeline extracts unjudged and judges itself, so no target is judged twice.
"""

from __future__ import annotations

from sudgoals.extract import engine as _engine
from sudgoals.extract.engine import detect_language
from sudgoals.model import Document, Paper

__all__ = ["detect_language", "extract_document", "extract_text", "extract_unjudged"]


def extract_unjudged(
    document: Document, *, language: str | None = None, policy: object = None, max_figures: int | None = None
) -> Paper:
    """Every quantitative target in ``document``, with goal lists, numbered lists, unquantified goals (in
    list items and in prose) and unlinked figures, figures read under ``policy`` (default:
    :data:`sudgoals.numbers.DEFAULT_POLICY`); the targets are *unjudged*: verdict
    :data:`sudgoals.judge.UNJUDGED`, no implied baseline (:func:`sudgoals.judge.judge_paper` sets both).
    ``language`` is detected when not given. Above ``max_figures`` places for a figure (no limit when
    ``None``), a :class:`~sudgoals.errors.TooManyFiguresError` at once; above as many goals stated without a
    figure, the same error as soon as they are found.

    >>> paper = extract_unjudged(Document("<text>", "150 flere får en bolig, en stigning på 18 pct."))
    >>> [(t.verdict.value, t.implied_baseline) for t in paper.targets]
    [('unverifiable', None)]
    """
    from sudgoals.extract.statements import add_goal_statements

    lowered = document.text.lower()  # both passes read the lower-cased text: it is made once
    paper = _engine.extract_document(
        document, language=language, policy=policy, max_figures=max_figures, lowered=lowered
    )
    return add_goal_statements(document, paper, lowered=lowered, limit=max_figures)


def extract_document(
    document: Document, *, language: str | None = None, policy: object = None, max_figures: int | None = None
) -> Paper:
    """Every quantitative target in ``document``, with goal lists, numbered lists, unquantified goals (in
    list items and in prose) and unlinked figures: a :class:`~sudgoals.model.Paper` whose targets are
    already evaluated under ``policy`` (default: :data:`sudgoals.numbers.DEFAULT_POLICY`). ``language`` is
    detected when not given. Above ``max_figures`` places for a figure (no limit when ``None``), a
    :class:`~sudgoals.errors.TooManyFiguresError` at once.

    This is :func:`extract_unjudged` followed by :func:`sudgoals.judge.judge_paper`, once."""
    from sudgoals.judge import judge_paper
    from sudgoals.numbers import DEFAULT_POLICY, Policy

    paper = extract_unjudged(document, language=language, policy=policy, max_figures=max_figures)
    return judge_paper(paper, policy if isinstance(policy, Policy) else DEFAULT_POLICY)


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
