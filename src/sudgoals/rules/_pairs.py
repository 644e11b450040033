"""The arithmetic behind the pair-consistency rules (SG1xx): which baselines a target's figures allow.

The relations come from :func:`sudgoals.algebra.baseline_constraints`, the same ones
:func:`~sudgoals.algebra.evaluate` decides the verdict with, so a rule and the verdict never disagree on the
numbers. Each relation between two figures gives the baselines it allows:

- ``absolute/relative``: ``baseline = absolute × 100 / relative`` (a fall is at most 100 %);
- ``level/relative``: ``baseline = level / (1 ± relative/100)``;
- ``level/absolute``: ``baseline = level ∓ absolute``;
- ``level/baseline``: a rise starts below its level, a fall above it.

The baselines the target allows are their intersection, and when the target counts people or cases, only
the whole numbers in it; a stated baseline must lie in it. This module says *which* rule that is and writes
the numbers for its message. Everything is exact; nothing loops over candidate baselines.
"""

from __future__ import annotations

from typing import Literal

from sudgoals._frozen import Frozen
from sudgoals.algebra import baseline_constraints
from sudgoals.interval import Bound, Interval, inf
from sudgoals.model import Direction, Figure, Target, Unit, Verdict
from sudgoals.numbers import BOUND_HEDGES, DEFAULT_POLICY, Policy, hedged_interval, strict_interval

from ._text import exact, figure_label, range_text

__all__ = ["Analysis", "Relation", "analyse", "figure_interval", "usable"]

Outcome = Literal[
    "ok", "needs-hedge", "inconsistent", "whole-infeasible", "baseline-mismatch", "unverifiable"
]

_NON_NEGATIVE = Interval(Bound.CLOSED, 0, inf, Bound.OPEN)


def usable(fig: Figure | None) -> bool:
    """True for a figure with a known value or interval (not a placeholder, not empty)."""
    if fig is None or fig.placeholder:
        return False
    return fig.value is not None or fig.low is not None or fig.high is not None


def figure_interval(fig: Figure, *, hedged: bool = False) -> Interval:
    """The interval of ``fig``: its rounding interval, or with ``hedged`` the one its hedge policy allows."""
    return hedged_interval(fig) if hedged else strict_interval(fig)


def widened(fig: Figure) -> bool:
    """Whether the hedge pass gives ``fig`` more than its rounding: a vague hedge the policy widens, or a
    floor or ceiling (taken at its own value by the rounding pass, on its side by the hedge pass)."""
    return fig.hedged_low is not None or fig.hedged_high is not None or fig.hedge_kind in BOUND_HEDGES


_set = object.__setattr__  # how the immutable classes below set their fields


class Relation(Frozen):
    """One relation between two of a target's figures, and the baselines it allows."""

    __slots__ = ("name", "strict", "hedged", "da", "en", "note_da", "note_en")  # noqa: RUF023
    name: str  # "absolute/relative", "level/relative", "level/absolute", "level/baseline"
    strict: Interval
    hedged: Interval
    da: str  # "150 flere og 18 pct."
    en: str
    note_da: str  # why it allows nothing, when it does not
    note_en: str

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        name: str,
        strict: Interval,
        hedged: Interval,
        da: str,
        en: str,
        note_da: str = "",
        note_en: str = "",
    ) -> None:
        _set(self, "name", name)
        _set(self, "strict", strict)
        _set(self, "hedged", hedged)
        _set(self, "da", da)
        _set(self, "en", en)
        _set(self, "note_da", note_da)
        _set(self, "note_en", note_en)


class Analysis(Frozen):
    """What a target's figures say about its baseline, and which SG1xx outcome that is."""

    __slots__ = ("outcome", "relations", "strict", "hedged", "whole", "stated")  # noqa: RUF023
    outcome: Outcome
    relations: tuple[Relation, ...]
    strict: Interval
    hedged: Interval
    whole: bool
    stated: Figure | None

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        outcome: Outcome,
        relations: tuple[Relation, ...],
        strict: Interval,
        hedged: Interval,
        whole: bool,
        stated: Figure | None,
    ) -> None:
        _set(self, "outcome", outcome)
        _set(self, "relations", relations)
        _set(self, "strict", strict)
        _set(self, "hedged", hedged)
        _set(self, "whole", whole)
        _set(self, "stated", stated)

    def range(self, interval: Interval, lang: str, *, whole: bool | None = None) -> str:
        """``interval`` as a message shows it (whole numbers when the baseline counts people)."""
        use_whole = self.whole if whole is None else whole
        return range_text(interval, lang, whole=use_whole and interval.bounded)

    def data(self) -> dict[str, str]:
        """The exact numbers behind the outcome, for ``Finding.data``.

        ``baseline_low``/``baseline_high`` is what all figures allow together (whole numbers when the
        target counts people); ``<relation>_low``/``_high`` per relation, with ``/`` written ``_``
        (``absolute_relative_low``); ``exact_`` keys hold the fractional ends of a whole-number range.
        """
        out: dict[str, str] = {"outcome": self.outcome, "whole": "true" if self.whole else "false"}
        for relation in self.relations:
            key = relation.name.replace("/", "_")
            _put(out, key, relation.strict, self.whole)
            if relation.hedged != relation.strict:
                _put(out, f"{key}_hedged", relation.hedged, self.whole)
        _put(out, "baseline", self.strict, self.whole)
        if self.hedged != self.strict:
            _put(out, "hedged_baseline", self.hedged, self.whole)
        if self.stated is not None and self.stated.value is not None:
            out["stated_baseline"] = exact(self.stated.value)
        return out

    def describe(self, lang: str, *, hedged: bool = False, whole: bool | None = None) -> str:
        """ "150 flere og 18 pct. kræver et udgangspunkt på 811–857; ..." for every relation."""
        needs = "kræver et udgangspunkt på" if lang == "da" else "need a baseline of"
        parts = []
        for relation in self.relations:
            interval = relation.hedged if hedged else relation.strict
            label = relation.da if lang == "da" else relation.en
            note = relation.note_da if lang == "da" else relation.note_en
            if interval.empty:
                cannot = "kan ikke begge gælde" if lang == "da" else "cannot both hold"
                parts.append(f"{label} {cannot} ({note})")
            elif relation.name != "level/baseline":  # only worth saying when it is what fails
                parts.append(f"{label} {needs} {self.range(interval, lang, whole=whole)}")
        return "; ".join(parts)

    def each_relation_fits(self) -> bool:
        """True when every relation allows some baseline on its own (only their combination fails)."""
        return all(not relation.hedged.empty for relation in self.relations)


def _put(out: dict[str, str], key: str, interval: Interval, whole: bool) -> None:
    if interval.empty:
        out[f"{key}_empty"] = "true"
        return
    low, high = interval.finite_lower(), interval.finite_upper()
    if whole and interval.bounded:
        ints = interval.integers()
        if ints is not None:
            out[f"{key}_low"], out[f"{key}_high"] = str(ints[0]), str(ints[1])
        else:
            out[f"{key}_whole_empty"] = "true"
        if low is not None and high is not None:
            out[f"{key}_exact_low"], out[f"{key}_exact_high"] = exact(low), exact(high)
        return
    if low is not None:
        out[f"{key}_low"] = exact(low)
    if high is not None:
        out[f"{key}_high"] = exact(high)


def _is_whole(target: Target) -> bool:
    """Whole baselines when the target counts things: the same test :func:`sudgoals.algebra.evaluate` uses."""
    if target.counts is not None:
        return True
    return any(
        fig is not None and fig.unit is Unit.COUNT for fig in (target.absolute, target.level, target.baseline)
    )


def _join(a: str, b: str, lang: str) -> str:
    return f"{a} {'og' if lang == 'da' else 'and'} {b}"


def _labels(target: Target, name: str) -> tuple[str, str]:
    d = target.direction
    figs: dict[str, Figure | None] = {
        "absolute": target.absolute,
        "relative": target.relative,
        "level": target.level,
        "baseline": target.baseline,
    }
    first, second = name.split("/")
    out = []
    for lang in ("da", "en"):
        words = []
        for part in (first, second):
            fig = figs[part]
            if fig is None:
                continue
            words.append(figure_label(fig, lang, d if part == "absolute" else None))
        if name == "level/baseline" and len(words) == 2:
            out.append(f"{words[1]} → {words[0]}")
        else:
            out.append(_join(words[0], words[1], lang) if len(words) == 2 else " ".join(words))
    return out[0], out[1]


def _note(target: Target, name: str) -> tuple[str, str]:
    rel = target.relative
    if (
        name in ("absolute/relative", "level/relative")
        and target.direction is Direction.DOWN
        and rel is not None
        and rel.unit is Unit.PERCENT
        and rel.value is not None
        and rel.value > 100
    ):
        return (
            "et fald kan højst være 100 pct. af udgangspunktet",
            "a fall can be at most 100% of the baseline",
        )
    if name == "level/baseline":
        return (
            "retningen passer ikke til, at niveauet ligger på den side af udgangspunktet",
            "the direction does not fit the level lying on that side of the baseline",
        )
    return ("ingen udgangspunkt passer til begge tal", "no baseline fits both figures")


def analyse(target: Target, policy: object | None = None) -> Analysis:
    """The baselines ``target``'s figures allow, and the SG1xx outcome.

    Outcomes: "ok" (the rounding admits a baseline, whole when the target counts people, and the stated
    baseline fits), "needs-hedge" (only the hedge policy's widening does), "inconsistent" (the figures admit
    no baseline at all), "whole-infeasible" (they admit baselines, but no whole one), "baseline-mismatch"
    (they admit baselines, the stated one is not among them), "unverifiable" (fewer than two related
    figures, or a placeholder among them: placeholders are never solved against each other). A target whose
    verdict is already ``consistent`` (from :func:`~sudgoals.algebra.evaluate`, which uses the same relations)
    is "ok" without recomputing.
    """
    figures = (target.absolute, target.relative, target.level, target.baseline)
    whole = _is_whole(target)
    stated = target.baseline if usable(target.baseline) else None
    if any(fig is not None and fig.placeholder for fig in figures):
        return Analysis("unverifiable", (), _NON_NEGATIVE, _NON_NEGATIVE, whole, stated)
    if target.verdict is Verdict.CONSISTENT:
        # evaluate() decided this from the same relations: nothing to report, nothing to recompute
        return Analysis("ok", (), _NON_NEGATIVE, _NON_NEGATIVE, whole, stated)
    if target.verdict is Verdict.UNVERIFIABLE:
        # likewise: evaluate() found fewer than two related figures, so no relation can be checked
        return Analysis("unverifiable", (), _NON_NEGATIVE, _NON_NEGATIVE, whole, stated)
    use = policy if isinstance(policy, Policy) else DEFAULT_POLICY
    strict_c = baseline_constraints(target, policy=use)
    hedged_c = baseline_constraints(target, hedged=True, policy=use)
    if not strict_c.verifiable:
        return Analysis("unverifiable", (), _NON_NEGATIVE, _NON_NEGATIVE, whole, stated)
    relations = []
    for name, interval in strict_c.relations.items():
        da, en = _labels(target, name)
        note_da, note_en = _note(target, name)
        loose = hedged_c.relations.get(name, interval)
        relations.append(
            Relation(name, interval & _NON_NEGATIVE, loose & _NON_NEGATIVE, da, en, note_da, note_en)
        )
    strict = strict_c.relations_only
    hedged = hedged_c.relations_only

    def fits(allowed: Interval, given: Interval | None) -> bool:
        region = allowed if given is None else allowed & given
        if region.empty:
            return False
        if whole and region.bounded:
            return region.integers() is not None
        return True

    widened_any = any(widened(fig) for fig in figures if fig is not None)
    if fits(strict, strict_c.stated):
        outcome: Outcome = "ok"
    elif widened_any and fits(hedged, hedged_c.stated):
        outcome = "needs-hedge"
    elif hedged.empty:
        outcome = "inconsistent"
    elif whole and hedged.bounded and hedged.integers() is None:
        outcome = "whole-infeasible"
    elif stated is not None:
        outcome = "baseline-mismatch"
    else:
        outcome = "inconsistent"
    return Analysis(outcome, tuple(relations), strict, hedged, whole, stated)
