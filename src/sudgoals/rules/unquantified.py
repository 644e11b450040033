"""SG7xx: goals that cannot be measured yet.

"Færre borgere med særlige behov er ensomme" has a direction and no figure. It is not wrong, but nobody can
tell whether it was met; reported as information so that staff see what is not yet measurable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sudgoals.model import Direction, Paper, Severity

from ._base import Hit, Rule, RuleContext, RuleText

__all__ = ["GOAL_UNQUANTIFIED", "__register__"]

_WAY = {
    ("da", Direction.UP): "en stigning",
    ("da", Direction.DOWN): "et fald",
    ("en", Direction.UP): "a rise",
    ("en", Direction.DOWN): "a fall",
}


def _goal_unquantified(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for statement in paper.unquantified:
        quote = " ".join(statement.text.split())
        if len(quote) > 80:
            quote = quote[:77].rstrip() + "…"
        if statement.direction is not None:
            way_da, way_en = _WAY[("da", statement.direction)], _WAY[("en", statement.direction)]
            da = f"»{quote}« lover {way_da}, men uden tal: målet kan ikke måles endnu"
            en = f"“{quote}” promises {way_en} but gives no figure: it cannot be measured yet"
        else:
            da = f"»{quote}« har intet tal: målet kan ikke måles endnu"
            en = f"“{quote}” gives no figure: it cannot be measured yet"
        data = {
            "direction": statement.direction.value if statement.direction else "",
            "indicator": statement.indicator,
        }
        yield Hit(span=statement.span, da=da, en=en, data=data)


GOAL_UNQUANTIFIED: Final = Rule(
    code="SG701",
    name="goal-unquantified",
    severity=Severity.INFO,
    detect=_goal_unquantified,
    da=RuleText(
        title="Et mål har en retning, men intet tal",
        what=(
            "Et mål, der siger, hvilken vej noget skal gå (»Færre borgere … er ensomme«, »Flere … har en god "
            "livskvalitet«), men ikke hvor meget, og derfor ikke kan måles."
        ),
        why=(
            "Mange papirer har bevidst mål uden tal. Det er ikke en fejl, men udvalget bør vide, hvilke "
            "mål der "
            "ikke kan følges op med et tal, og hvor et udgangspunkt og et måltal mangler."
        ),
        fire_example="- Færre borgere med særlige behov er ensomme.",
        pass_example="- 100 færre borgere med særlige behov er ensomme. Det svarer til et fald på 10 pct.",
        fix="Giv målet et tal og et udgangspunkt, når data findes, eller skriv, hvordan det skal følges op.",
    ),
    en=RuleText(
        title="A goal has a direction but no figure",
        what=(
            'A goal that says which way something should go ("Fewer citizens … are lonely", "More … have a '
            'good quality of life") but not how far, and so cannot be measured.'
        ),
        why=(
            "Many papers leave goals without figures on purpose. That is not an error, but the committee "
            "should "
            "know which goals cannot be followed up with a number and where a baseline and a target are "
            "missing."
        ),
        fire_example="- Fewer citizens with special needs are lonely.",
        pass_example="- 100 fewer citizens with special needs are lonely. That is a fall of 10%.",
        fix="Give the goal a figure and a baseline when data exist, or say how it will be followed up.",
    ),
)

__register__: Final = (GOAL_UNQUANTIFIED,)
