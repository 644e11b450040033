"""Reconcile the targets of two drafts: which goal became which, what moved, and whether the baselines agree.

The baseline of a goal is a fact about the world, so two drafts of the same goal must imply overlapping
baselines ("150 flere = 18 pct." and "165 flere = ca. 20 pct." both fit 811..846). :func:`compare` pairs the
targets of an old and a new :class:`~sudgoals.model.Paper` by their indicator text, tolerant of OCR damage,
and reports per pair both figure pairs, both implied baselines and their overlap; :func:`drift_findings` turns
pairs whose baselines do not overlap into ``baseline-drift`` findings.

Matching: indicators are normalized (lower case, Danish letters and their OCR stand-ins folded alike, no
punctuation) and scored with rapidfuzz's ``token_sort_ratio`` (0..100). Pairs are taken greedily, best score
first; equal scores are decided by the closeness of their goal numbers (or list positions). A pair scoring
below ``threshold`` is not a match: the old target *vanished* and the new one *appeared*.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Final

from sudgoals.model import (
    Comparison,
    Figure,
    Finding,
    ImpliedBaseline,
    Match,
    Paper,
    Severity,
    Target,
    Unit,
    format_exact,
)

__all__ = [
    "BASELINE_DRIFT_CODE",
    "BASELINE_DRIFT_NAME",
    "DEFAULT_THRESHOLD",
    "KIND_CHANGED_CODE",
    "KIND_CHANGED_NAME",
    "compare",
    "compare_chain",
    "drift_findings",
    "measure",
    "normalize_indicator",
    "similarity",
]

BASELINE_DRIFT_NAME: Final = "baseline-drift"
BASELINE_DRIFT_CODE: Final = "SG901"  # used when the rules registry does not define baseline-drift
KIND_CHANGED_NAME: Final = "goal-kind-changed"
KIND_CHANGED_CODE: Final = "SG902"  # used when the rules registry does not define goal-kind-changed
DEFAULT_THRESHOLD: Final = 65

_MEASURES: Final[dict[Unit, str]] = {
    Unit.COUNT: "count",
    Unit.PERCENT: "share",
    Unit.PERCENTAGE_POINT: "share",
    Unit.KR: "money",
}

_BASE: Final[dict[str, str]] = {"æ": "e", "ø": "o", "å": "a"}


@cache
def _fold_tables() -> tuple[tuple[tuple[str, str], ...], dict[int, str]]:
    """Multi-letter stand-ins (longest first) and a translate table for single-character ones."""
    from sudgoals.lang import load

    ocr = load("da").ocr
    multi: dict[str, str] = {}
    single: dict[int, str] = {}
    for letter, base in _BASE.items():
        single.setdefault(ord(letter), base)
        single.setdefault(ord(letter.upper()), base)
        for stand_in in ocr.get(letter, ()):
            s = stand_in.lower()
            if len(s) > 1:
                multi.setdefault(s, base)
            elif not (s.isascii() and s.isalnum()):
                # an ASCII letter or digit is also itself: folding it would damage every other word
                single.setdefault(ord(s), base)
    ordered = tuple(sorted(multi.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return ordered, single


@lru_cache(maxsize=4096)
def normalize_indicator(text: str) -> str:
    """The indicator text as the matcher sees it: lower case, æ/ø/å and their OCR stand-ins folded to one
    letter each, punctuation removed, whitespace collapsed.

    >>> normalize_indicator("udsatte københavnere får anvist en bolig")
    'udsatte kobenhavnere far anvist en bolig'
    >>> normalize_indicator("feerre udsættelser, på årsplan")
    'ferre udsettelser pa arsplan'
    """
    multi, single = _fold_tables()
    folded = text.lower().translate(single)
    for stand_in, base in multi:
        folded = folded.replace(stand_in, base)
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded)
    return " ".join(cleaned.split())


def similarity(a: str, b: str) -> float:
    """The match score 0..100 of two indicator texts after :func:`normalize_indicator`.

    >>> similarity("udsatte københavnere får en bolig", "udsatte kgbenhavnere far en bolig") > 90
    True
    """
    from rapidfuzz import fuzz

    na, nb = normalize_indicator(a), normalize_indicator(b)
    if not na or not nb:
        return 0.0
    return float(fuzz.token_sort_ratio(na, nb))


def _figure_signature(fig: Figure | None) -> tuple[object, ...] | None:
    if fig is None:
        return None
    return (
        fig.unit,
        fig.value,
        fig.low,
        fig.high,
        fig.low_closed,
        fig.high_closed,
        fig.hedge_kind,
        fig.placeholder,
    )


def _signature(target: Target) -> tuple[object, ...]:
    """What must stay equal for a target to count as unchanged: its figures, direction, kind and year."""
    return (
        target.kind,
        target.direction,
        _figure_signature(target.absolute),
        _figure_signature(target.relative),
        _figure_signature(target.baseline),
        _figure_signature(target.level),
        target.year,
    )


def measure(target: Target) -> str | None:
    """What the target's indicator counts, as its figures say: "count" (people, cases, things), "share" (a
    percentage of a whole: "andelen ... fra 40 pct. til 45 pct."), "money"; ``None`` when the figures do not
    say (a relative change alone: "et fald på 10 pct." fits any of them).

    A stated level or baseline is in the indicator's own unit; so is an absolute change ("150 flere": a
    count; "5 procentpoint": a share). A relative change in per cent says nothing about the indicator.
    """
    for fig in (target.level, target.baseline):
        if fig is not None and fig.unit in _MEASURES:
            return _MEASURES[fig.unit]
    absolute = target.absolute
    if absolute is not None and absolute.unit in _MEASURES and absolute.unit is not Unit.PERCENT:
        return _MEASURES[absolute.unit]
    relative = target.relative
    if relative is not None and relative.unit is Unit.PERCENTAGE_POINT:
        return "share"
    return None


def _same_measure(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _overlap(a: ImpliedBaseline, b: ImpliedBaseline) -> ImpliedBaseline | None:
    from sudgoals.algebra import overlap

    return overlap(a, b)


def _pair(old: Target, new: Target, score: float) -> Match:
    from sudgoals.report._format import figures_pair

    overlap: ImpliedBaseline | None = None
    drift = False
    old_measure, new_measure = measure(old), measure(new)
    kind_changed = not _same_measure(old_measure, new_measure)
    if old.implied_baseline is not None and new.implied_baseline is not None and not kind_changed:
        overlap = _overlap(old.implied_baseline, new.implied_baseline)
        drift = overlap is None
    return Match(
        old=old.id,
        new=new.id,
        indicator=new.indicator or old.indicator,
        score=round(score),
        status="unchanged" if _signature(old) == _signature(new) else "changed",
        old_figures=figures_pair(old),
        new_figures=figures_pair(new),
        old_baseline=old.implied_baseline,
        new_baseline=new.implied_baseline,
        overlap=overlap,
        drift=drift,
        old_span=old.span,
        new_span=new.span,
        old_measure=old_measure,
        new_measure=new_measure,
        kind_changed=kind_changed,
    )


def _lone(target: Target, *, side: str) -> Match:
    from sudgoals.report._format import figures_pair

    if side == "old":
        return Match(
            old=target.id,
            new=None,
            indicator=target.indicator,
            status="vanished",
            old_figures=figures_pair(target),
            old_baseline=target.implied_baseline,
            old_span=target.span,
            old_measure=measure(target),
        )
    return Match(
        old=None,
        new=target.id,
        indicator=target.indicator,
        status="appeared",
        new_figures=figures_pair(target),
        new_baseline=target.implied_baseline,
        new_span=target.span,
        new_measure=measure(target),
    )


def _repeat_of(
    target: Target,
    index: int,
    news: Sequence[Target],
    *,
    paired: dict[int, tuple[int, float]],
    threshold: int,
    scorer: Callable[[str, str], float],
) -> int | None:
    """The index of a paired target of the same (new) paper that ``target`` restates, if any."""
    best: tuple[float, int] | None = None
    for j in paired:
        if j == index:
            continue
        score = scorer(target.indicator, news[j].indicator)
        if score >= max(threshold, 90) and (best is None or score > best[0]):
            best = (score, j)
    return None if best is None else best[1]


def _order(target: Target, index: int) -> int:
    return target.goal_number if target.goal_number is not None else index + 1


def compare(
    old: Paper,
    new: Paper,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    scorer: Callable[[str, str], float] = similarity,
) -> Comparison:
    """Pair the targets of ``old`` and ``new`` and say, per pair, what moved and whether the baselines agree.

    Every target of either paper appears in exactly one :class:`~sudgoals.model.Match`: matched pairs and
    new targets in the new paper's order, then the vanished ones in the old paper's order. ``threshold``
    (0..100) is the lowest indicator score that counts as the same goal. Only targets that count the same
    kind of thing (:func:`measure`) are paired and have their baselines compared; a goal left unpaired whose
    indicator matches one of another kind in the other draft is paired with it as a goal that changed kind
    (``kind_changed``; no baselines compared). Raises ``ValueError`` when ``threshold`` is outside 0..100,
    and ``ModuleNotFoundError`` when rapidfuzz is not installed.
    """
    if not 0 <= threshold <= 100:
        raise ValueError(f"{threshold=} must be between 0 and 100")
    olds, news = old.targets, new.targets
    old_measures = [measure(a) for a in olds]
    new_measures = [measure(b) for b in news]
    candidates: list[tuple[float, int, int, int]] = []
    other_kind: list[tuple[float, int, int, int]] = []
    for i, a in enumerate(olds):
        for j, b in enumerate(news):
            score = scorer(a.indicator, b.indicator)
            if score >= threshold:
                entry = (-score, abs(_order(a, i) - _order(b, j)), i, j)
                if _same_measure(old_measures[i], new_measures[j]):
                    candidates.append(entry)
                else:
                    other_kind.append(entry)
    candidates.sort()
    other_kind.sort()
    old_to_new: dict[int, tuple[int, float]] = {}
    new_taken: set[int] = set()
    # same kind first; then what is left may pair across kinds (a goal that changed what it counts)
    for pool in (candidates, other_kind):
        for neg_score, _distance, i, j in pool:
            if i in old_to_new or j in new_taken:
                continue
            old_to_new[i] = (j, -neg_score)
            new_taken.add(j)
    new_to_old = {j: (i, score) for i, (j, score) in old_to_new.items()}
    matches: list[Match] = []
    for j, b in enumerate(news):
        if j in new_to_old:
            i, score = new_to_old[j]
            matches.append(_pair(olds[i], b, score))
            continue
        twin = _repeat_of(b, j, news, paired=new_to_old, threshold=threshold, scorer=scorer)
        if twin is not None:
            i, score = new_to_old[twin]
            matches.append(
                _lone(b, side="new").model_copy(
                    update={"status": "repeated", "old": olds[i].id, "score": round(score)}
                )
            )
        else:
            matches.append(_lone(b, side="new"))
    matches.extend(_lone(a, side="old") for i, a in enumerate(olds) if i not in old_to_new)
    return Comparison(old=old.path, new=new.path, matches=matches)


def compare_chain(papers: Sequence[Paper], *, threshold: int = DEFAULT_THRESHOLD) -> list[Comparison]:
    """Compare each paper with the next one (drafts in order): ``n`` papers give ``n - 1`` comparisons."""
    return [compare(a, b, threshold=threshold) for a, b in itertools.pairwise(papers)]


def _rule(name: str, code: str, severity: Severity) -> tuple[str, str, Severity]:
    """Code, name and severity of a cross-document rule: from the rules registry when it defines it."""
    try:
        from sudgoals.rules import get_rule

        rule = get_rule(name)
    except (ImportError, KeyError, LookupError, ValueError):
        return code, name, severity
    return str(rule.code), str(rule.name), Severity(str(getattr(rule.severity, "value", rule.severity)))


def _drift_rule() -> tuple[str, str, Severity]:
    """Code, name and severity of baseline-drift: from the rules registry when it defines it."""
    return _rule(BASELINE_DRIFT_NAME, BASELINE_DRIFT_CODE, Severity.ERROR)


def _finding(
    rule: tuple[str, str, Severity],
    comp: Comparison,
    *,
    match: Match,
    messages: dict[str, str],
    data: dict[str, str],
    languages: dict[str, str],
) -> Finding:
    code, name, severity = rule
    span = match.new_span or match.old_span
    path = span.path if span is not None else comp.new
    from sudgoals.i18n import ui_language

    lang = ui_language(languages.get(path, "en"))
    return Finding(
        code=code,
        name=name,
        severity=severity,
        path=path,
        line=span.line if span is not None else 1,
        column=span.column if span is not None else 1,
        message=messages.get(lang, messages["en"]),
        messages=messages,
        target=match.new,
        span=span,
        data=data,
    )


def drift_findings(
    comparison: Comparison | Iterable[Comparison], *, languages: dict[str, str] | None = None
) -> list[Finding]:
    """The cross-document findings of the comparisons, at the target in the new document:

    - one ``baseline-drift`` error per matched goal whose two implied baselines are known and do not
      overlap, naming both figure pairs and both baselines;
    - one ``goal-kind-changed`` warning per goal that counts another kind of thing in the new draft (a
      count became a share), naming both.

    ``languages`` maps a document's path to its language; a finding's ``message`` is written in its
    document's language (English when not given), ``messages`` holds both.
    """
    from sudgoals.i18n import t
    from sudgoals.report._format import baseline

    comparisons = [comparison] if isinstance(comparison, Comparison) else list(comparison)
    drift_rule = _drift_rule()
    kind_rule = _rule(KIND_CHANGED_NAME, KIND_CHANGED_CODE, Severity.WARNING)
    langs = languages or {}
    findings: list[Finding] = []
    for comp in comparisons:
        for match in comp.matches:
            data = {
                "old_path": comp.old,
                "new_path": comp.new,
                "old_target": match.old or "",
                "old_figures": match.old_figures or "",
                "new_figures": match.new_figures or "",
            }
            if match.kind_changed:
                messages = {
                    lang: t(
                        "kind.message",
                        lang,
                        old_figures=match.old_figures or "?",
                        new_figures=match.new_figures or "?",
                        old_kind=t(f"measure.{match.old_measure}", lang),
                        new_kind=t(f"measure.{match.new_measure}", lang),
                    )
                    for lang in ("da", "en")
                }
                data |= {"old_measure": match.old_measure or "", "new_measure": match.new_measure or ""}
                findings.append(
                    _finding(kind_rule, comp, match=match, messages=messages, data=data, languages=langs)
                )
                continue
            if not match.drift or match.old_baseline is None or match.new_baseline is None:
                continue
            messages = {
                lang: t(
                    "drift.message",
                    lang,
                    old_figures=match.old_figures or "?",
                    new_figures=match.new_figures or "?",
                    old_baseline=baseline(match.old_baseline, lang),
                    new_baseline=baseline(match.new_baseline, lang),
                )
                for lang in ("da", "en")
            }
            for side, value in (("old", match.old_baseline), ("new", match.new_baseline)):
                for bound in ("low", "high"):
                    number = getattr(value, bound)
                    if number is not None:
                        data[f"{side}_baseline_{bound}"] = format_exact(number)
            findings.append(
                _finding(drift_rule, comp, match=match, messages=messages, data=data, languages=langs)
            )
    return findings
