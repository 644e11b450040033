"""The judge: verdicts and implied baselines, set in one place, once per target, under the policy.

Extraction (:mod:`sudgoals.extract`) and spec loading (:mod:`sudgoals.specs`) make *unjudged* targets: their
figures are read (under the policy, which sets their intervals), their ``verdict`` is the model's neutral
value ``unverifiable`` (:data:`UNJUDGED`) and their ``implied_baseline`` is ``None``. :func:`judge_paper`
sets both on every target of a paper with :func:`sudgoals.algebra.evaluate`; nothing else in the library
does. The pipeline judges each paper once, after extraction or after spec loading; the public functions that
promise judged targets (:func:`sudgoals.extract.extract_document`, :func:`sudgoals.specs.load_spec`, ...)
call it once at their end, while the pipeline calls their unjudged cores and judges itself.

A verdict depends on a few parts of a target only (:func:`verdict_key`): its kind, direction, what it counts,
its language and each figure's unit, exact interval, hedge and placeholder flag. A paper states the same
target many times (a paragraph repeated in a summary, a table row per year), and a batch of papers states the
same figures again, so the verdicts are remembered per policy on that key and each distinct target is
evaluated once. Only ``implied_baseline`` and ``verdict`` are set: a target keeps its own figures as read, its
text and its place in the paper.

>>> from sudgoals.extract import extract_unjudged
>>> from sudgoals.model import Document
>>> text = "150 flere udsatte borgere får en bolig. Det svarer til en stigning på 18 pct."
>>> paper = extract_unjudged(Document("<text>", text))
>>> [(t.verdict.value, t.implied_baseline) for t in paper.targets]
[('unverifiable', None)]
>>> judged = judge_paper(paper)
>>> [(t.verdict.value, str(t.implied_baseline.low), str(t.implied_baseline.high)) for t in judged.targets]
[('consistent', '811', '857')]
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from sudgoals.model import Figure, ImpliedBaseline, Paper, Target, Verdict, replace
from sudgoals.numbers import DEFAULT_POLICY, Policy

__all__ = [
    "UNJUDGED",
    "ValueKey",
    "VerdictKey",
    "judge",
    "judge_paper",
    "judge_targets",
    "value_key",
    "verdict_key",
]

UNJUDGED = Verdict.UNVERIFIABLE
"""The verdict an unjudged target carries (the model requires one; "unverifiable" says nothing is checked)."""

ValueKey = tuple[object, ...] | None
"""What decides a figure's part in a verdict (:func:`value_key`); ``None`` for a missing figure."""

VerdictKey = tuple[object, ...]
"""What decides a target's verdict and implied baseline (:func:`verdict_key`)."""

_Judged = tuple[ImpliedBaseline | None, Verdict]
_Memo = dict[VerdictKey, _Judged]
_MEMO: dict[Policy, _Memo] = {}
_MAX_POLICIES = 16  # policies remembered at once (a process rarely uses more than one or two)
_MAX_VERDICTS = 8192  # verdicts remembered per policy before the memo starts afresh


def _ratio(value: Fraction | None) -> tuple[int, int] | None:
    return None if value is None else (value.numerator, value.denominator)


def value_key(figure: Figure | None) -> ValueKey:
    """What decides a figure's part in a verdict: its unit, interval and hedge, with exact numbers as pairs of
    integers (hashed in C; a Fraction's hash is Python code and these keys are hashed per target). The text
    as written and the place are left out: "150" on line 3 and "150" on line 90 weigh the same.

    >>> from sudgoals.numbers import read_figure
    >>> value_key(read_figure("18 pct.")) == value_key(read_figure("18 procent"))
    True
    >>> value_key(read_figure("18 pct.")) == value_key(read_figure("ca. 18 pct."))
    False
    """
    if figure is None:
        return None
    return (
        figure.unit,
        _ratio(figure.value),
        _ratio(figure.low),
        _ratio(figure.high),
        figure.low_closed,
        figure.high_closed,
        _ratio(figure.hedged_low),
        _ratio(figure.hedged_high),
        figure.hedged_low_closed,
        figure.hedged_high_closed,
        figure.placeholder,
        figure.hedge_kind,
    )


def verdict_key(target: Target) -> VerdictKey:
    """The parts of ``target`` its verdict and implied baseline are computed from: two targets with equal
    keys are judged alike under one policy (id, indicator, text, place, years and rule ids do not count)."""
    return (
        target.kind,
        target.direction,
        target.counts,
        target.language,
        value_key(target.absolute),
        value_key(target.relative),
        value_key(target.baseline),
        value_key(target.level),
    )


def _memo_under(policy: Policy) -> _Memo:
    """The verdicts remembered under ``policy`` (looked up once per paper: a policy's hash is not cheap)."""
    found = _MEMO.get(policy)
    if found is None:
        if len(_MEMO) >= _MAX_POLICIES:
            _MEMO.clear()
        found = _MEMO[policy] = {}
    return found


def _judged(target: Target, policy: Policy, memo: _Memo) -> Target:
    from sudgoals import algebra

    key = verdict_key(target)
    found = memo.get(key)
    if found is None:
        done = algebra.evaluate(target, policy)
        found = (done.implied_baseline, done.verdict)
        if len(memo) >= _MAX_VERDICTS:
            memo.clear()
        memo[key] = found
    implied, verdict = found
    if verdict is target.verdict and implied is target.implied_baseline:
        return target  # judged as it stands (an unverifiable target, or one judged before): no copy
    return replace(target, implied_baseline=implied, verdict=verdict)


def judge(target: Target, policy: Policy = DEFAULT_POLICY) -> Target:
    """``target`` with its implied baseline and verdict under ``policy`` (what each verdict means:
    :func:`sudgoals.algebra.evaluate`); its figures, text and place are kept as they are."""
    return _judged(target, policy, _memo_under(policy))


def judge_targets(targets: Iterable[Target], policy: Policy = DEFAULT_POLICY) -> list[Target]:
    """Each of ``targets`` judged under ``policy`` (:func:`judge`), in order; targets with equal
    :func:`verdict_key` are evaluated once."""
    memo = _memo_under(policy)
    return [_judged(target, policy, memo) for target in targets]


def judge_paper(paper: Paper, policy: Policy = DEFAULT_POLICY) -> Paper:
    """``paper`` with every target judged under ``policy`` (:func:`judge_targets`); all else is unchanged.

    Judging a judged paper again gives the same verdicts (each is computed from the figures alone), so a
    paper loaded under one policy can be judged under another.
    """
    if not paper.targets:
        return paper
    return replace(paper, targets=judge_targets(paper.targets, policy))
