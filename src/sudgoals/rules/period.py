"""SG6xx: do the years fit the paper's period?

A goal paper for 2014–2017 whose target is due "i 2019", a target measured against a year that is not before
it, a comparison year after the period, or a period that ends before it begins. A measured status (a target
whose sentence states no aim: "I 2022 faldt udslippet med 4 pct.") is dated by when it was measured: its year
is no year it is due.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sudgoals.model import Paper, Severity, Target

from ._base import Hit, Rule, RuleContext, RuleText

__all__ = ["PERIOD_MISMATCH", "__register__"]


def _problem(target: Target, period: tuple[int, int] | None) -> tuple[str, str, str] | None:
    year, ref = target.year, target.reference_year
    if period is not None and period[0] <= period[1]:
        start, end = period
        # a measured status ("I 2022 faldt udslippet med 4 pct.") is dated by when it was measured, which
        # may lie before the period: only a target aimed at is due in a year
        if year is not None and not start <= year <= end and not target.status:
            return (
                "year-outside-period",
                f"målåret {year} ligger uden for papirets periode {start}–{end}",
                f"the target year {year} is outside the paper's period {start}–{end}",
            )
    if year is not None and ref is not None and ref >= year:
        return (
            "reference-not-before-target",
            f"målet skal nås i {year}, men måles mod {ref}, som ikke ligger før",
            f"the target is due in {year} but measured against {ref}, which is not earlier",
        )
    if period is not None and ref is not None and ref > period[1]:
        return (
            "reference-after-period",
            f"sammenligningsåret {ref} ligger efter papirets periode {period[0]}–{period[1]}",
            f"the comparison year {ref} is after the paper's period {period[0]}–{period[1]}",
        )
    return None


def _period_mismatch(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    period = paper.period
    if period is not None and period[0] > period[1]:
        yield Hit(
            span=paper.period_span,
            da=f"perioden {period[0]}–{period[1]} slutter, før den begynder",
            en=f"the period {period[0]}–{period[1]} ends before it begins",
            data={"reason": "period-reversed", "period_start": str(period[0]), "period_end": str(period[1])},
        )
    for target in paper.targets:
        found = _problem(target, period)
        if found is None:
            continue
        reason, da, en = found
        data = {"reason": reason}
        if target.year is not None:
            data["year"] = str(target.year)
        if target.reference_year is not None:
            data["reference_year"] = str(target.reference_year)
        if period is not None:
            data["period_start"], data["period_end"] = str(period[0]), str(period[1])
        yield Hit(span=target.span, target=target.id, da=da, en=en, data=data)


PERIOD_MISMATCH: Final = Rule(
    code="SG601",
    name="period-mismatch",
    severity=Severity.WARNING,
    detect=_period_mismatch,
    da=RuleText(
        title="Et årstal i målet passer ikke til papirets periode",
        what=(
            "Et mål, hvis målår ligger uden for papirets periode (»2014-2017« og »i 2019«), et mål, der "
            "måles "
            "mod et år, som ikke ligger før målåret, et sammenligningsår efter perioden, og en periode, der "
            "slutter, før den begynder."
        ),
        why=(
            "Årstallene er ofte det, der bliver glemt, når et papir skrives om til en ny periode. Et mål for "
            "et andet år end perioden binder ikke udvalget, og et forkert sammenligningsår giver et andet "
            "udgangspunkt."
        ),
        fire_example=(
            "Grundlagspapir for Socialudvalget 2014-2017\n"
            "\n"
            "Vi har valgt et mål om, at der i 2019 skal være 5 pct. færre socialt udsatte københavnere, "
            "end der var i 2013."
        ),
        pass_example=(
            "Grundlagspapir for Socialudvalget 2014-2017\n"
            "\n"
            "Vi har valgt et mål om, at der i 2017 skal være 5 pct. færre socialt udsatte københavnere, "
            "end der var i 2013."
        ),
        fix="Ret målåret eller sammenligningsåret, så de passer til perioden, eller ret perioden.",
    ),
    en=RuleText(
        title="A year in the target does not fit the paper's period",
        what=(
            'A target due in a year outside the paper\'s period ("2014-2017" and "in 2019"), a target '
            "measured against a year that is not before it, a comparison year after the period, and a period "
            "that ends before it begins."
        ),
        why=(
            "Years are what gets forgotten when a paper is rewritten for a new period. A target for "
            "another year "
            "than the period does not bind the committee, and a wrong comparison year gives another baseline."
        ),
        fire_example=(
            "Goal paper of the Social Committee 2014-2017\n"
            "\n"
            "Our target is that in 2019 there will be 5% fewer socially vulnerable residents than in 2013."
        ),
        pass_example=(
            "Goal paper of the Social Committee 2014-2017\n"
            "\n"
            "Our target is that in 2017 there will be 5% fewer socially vulnerable residents than in 2013."
        ),
        fix="Correct the target year or the comparison year to fit the period, or correct the period.",
    ),
)

__register__: Final = (PERIOD_MISMATCH,)
