"""SG8xx: figures the reader (and the extractor) cannot tie to a goal.

Every figure with a percent sign or word ends up either in a target or in a finding: nothing is dropped in
silence. A percent that belongs to no goal is hard for people to read as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sudgoals.model import Paper, Severity

from ._base import Hit, Rule, RuleContext, RuleText
from ._text import exact

__all__ = ["FIGURE_UNLINKED", "__register__"]


def _da(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _figure_unlinked(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    count, limit = len(paper.unlinked), ctx.max_unlinked
    if limit is not None and count > limit:
        # a flood of figures (a table dump, a list of numbers): one finding with the count, not one each
        first = paper.unlinked[0]
        yield Hit(
            span=first.span,
            da=(
                f"{_da(count)} tal hører ikke til noget mål, der kan læses ud af teksten (flere end "
                f"grænsen på {_da(limit)}, så de nævnes ikke enkeltvis; hæv den med max-unlinked = ...)"
            ),
            en=(
                f"{count:,} figures belong to no target that can be read from the text (more than the "
                f"limit of {limit:,}, so they are not listed one by one; raise it with max-unlinked = ...)"
            ),
            data={"count": str(count), "limit": str(limit)},
        )
        return
    for fig in paper.unlinked:
        text = " ".join(fig.text.split())
        data = {"text": text, "unit": fig.unit.value}
        if fig.value is not None:
            data["value"] = exact(fig.value)
        yield Hit(
            span=fig.span,
            da=f"»{text}« hører ikke til noget mål, der kan læses ud af teksten",
            en=f"“{text}” belongs to no target that can be read from the text",
            data=data,
        )


FIGURE_UNLINKED: Final = Rule(
    code="SG801",
    name="figure-unlinked",
    severity=Severity.WARNING,
    detect=_figure_unlinked,
    da=RuleText(
        title="En procentsats hører ikke til noget mål",
        what=(
            "En procentsats, som ikke kan knyttes til et mål: der står ikke, hvad den er en procent af, "
            "eller "
            "hvilket antal den svarer til."
        ),
        why=(
            "En procent uden sammenhæng kan ikke kontrolleres, og læseren må gætte, hvad den handler om. "
            "Reglen sikrer også, at intet tal forsvinder stille: står der en procent, kommer den med i "
            "rapporten."
        ),
        fire_example="Udvalget drøftede tallene på mødet (35 pct.).",
        pass_example="Minimum 95 pct. af en ungdomsårgang skal gennemføre en ungdomsuddannelse i 2015.",
        fix="Skriv, hvad procenten er en andel af, eller knyt den til målet med »det svarer til«.",
    ),
    en=RuleText(
        title="A percentage belongs to no target",
        what=(
            "A percentage that cannot be tied to a target: the text does not say what it is a percentage "
            "of, or "
            "which count it corresponds to."
        ),
        why=(
            "A percentage without context cannot be checked, and readers have to guess what it is about. The "
            "rule also makes sure no figure vanishes silently: every percentage appears in the report."
        ),
        fire_example="The committee discussed the figures at the meeting (35%).",
        pass_example="At least 95% of young people must complete upper secondary education in 2015.",
        fix='Say what the percentage is a share of, or tie it to the target with "that is".',
    ),
)

__register__: Final = (FIGURE_UNLINKED,)
