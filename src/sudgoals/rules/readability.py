"""SG8xx: figures the reader (and the extractor) cannot tie to a goal.

Every figure with a percent sign or word ends up either in a target or in a finding: nothing is dropped in
silence. A percent that belongs to no goal is hard for people to read as well. When a target of the paper aims
at the same figure ("The target is 95%. ... below the 95% mark"), the message says so and names the target's
line (``data``: ``restates``, ``restates_line``); when its sentence, in running text, has no word of
aim ("Andelen er faldet fra 11,3 pct. i 2015"), the message says it reads as a fact and names the sentence's
year nearest the figure (``fact``, ``fact_year``). The figure is reported either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import Final

from sudgoals import _regex
from sudgoals.model import Figure, Paper, Severity, Target, Unit

from ._base import Hit, Rule, RuleContext, RuleText
from ._text import exact, in_list_item, sentence_around, years_in

_WORD = _regex.compile(r"[^\W\d_]+")

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
    aims = _aimed_figures(paper)
    for fig in paper.unlinked:
        text = " ".join(fig.text.split())
        data = {"text": text, "unit": fig.unit.value}
        da = f"»{text}« hører ikke til noget mål, der kan læses ud af teksten"
        en = f"“{text}” belongs to no target that can be read from the text"
        target = None
        if fig.value is not None:
            data["value"] = exact(fig.value)
            target = aims.get((fig.value, fig.unit))
            if target is not None and fig.span is not None and fig.span.line == target.span.line:
                target = None
        if target is not None:
            # "below the 95% mark" after "The target is 95%": most often the aim named again (the message says
            # only that the figures are the same)
            data["restates"], data["restates_line"] = target.id, str(target.span.line)
            da += f"; målet i linje {target.span.line} har samme tal"
            en += f"; the target on line {target.span.line} has the same figure"
        elif (fact := _fact(paper.text, fig, ctx)) is not None:
            # "Andelen er faldet fra 11,3 pct. i 2015": no word of aim in the sentence, a statement of fact
            data["fact"] = "true"
            if fact:
                data["fact_year"] = str(fact)
                da += f"; sætningen har intet ord for et mål og nævner {fact}: den læses som et faktum"
                en += f"; its sentence has no word of aim and names {fact}: it reads as a fact"
            else:
                da += "; sætningen har intet ord for et mål: den læses som et faktum"
                en += "; its sentence has no word of aim: it reads as a fact"
        yield Hit(span=fig.span, da=da, en=en, data=data)


def _fact(text: str | None, fig: Figure, ctx: RuleContext) -> int | None:
    """When ``fig`` stands in running text (no list item) in a sentence with no word of aim ("skal", "will",
    "målet", "target" ...): the year that sentence names nearest the figure, or 0 when it names none; ``None``
    when the sentence has a word of aim, the figure is in a list item, or the paper's text is not at hand."""
    span = fig.span
    if text is None or span is None or text[span.start : span.end] != span.quote:
        return None
    if in_list_item(text, span.start):
        return None
    a, b = sentence_around(text, span.start, span.end)
    sentence = text[a:b]
    aims = ctx.data.intent | ctx.data.target_nouns
    if not aims.isdisjoint(w.lower() for w in _WORD.findall(sentence)):
        return None
    at, own = span.start - a, span.end - a
    years = [(abs(where - at), year) for year, where in years_in(sentence) if not at <= where < own]
    return min(years)[1] if years else 0


def _aimed_figures(paper: Paper) -> dict[tuple[Fraction, Unit], Target]:
    """The level or change aimed at of each target that is no measured status, by value and unit: the first
    target that names it."""
    found: dict[tuple[Fraction, Unit], Target] = {}
    for target in paper.targets:
        if target.status:
            continue
        for fig in (target.level, target.relative):
            if fig is not None and fig.value is not None and not fig.placeholder:
                found.setdefault((fig.value, fig.unit), target)
    return found


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
            "hvilket antal den svarer til. Beskeden siger, når et mål i papiret har samme tal, og "
            "når dets sætning ikke har noget ord for et mål (den læses som et faktum)."
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
            "which count it corresponds to. The message says when a target of the paper has the same figure, "
            "and when its sentence has no word of aim (it reads as a fact)."
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
