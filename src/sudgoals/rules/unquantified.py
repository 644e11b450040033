"""SG7xx: goals that cannot be measured yet.

"Færre borgere med særlige behov er ensomme" has a direction and no figure. It is not wrong, but nobody can
tell whether it was met; reported as information so that staff see what is not yet measurable.

Some sentences the extractor hands over as goals without a figure are none, and the rule leaves them out
(:func:`not_a_goal`, words from the language files): a sentence that describes the paper ("Strategien angiver
en række mål, der skal ..."), a quote or a report ("..., siger borgmesteren", "..., official figures showed"),
a fact of the past ("X er den kommune, der har reduceret udledningen mest") and a goal whose figure is a place
in a ranking ("blandt de tre lande med flest ...": a rank is a figure, not a missing one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Final

from sudgoals import _regex
from sudgoals.extract.statements import states_rank
from sudgoals.model import Direction, Paper, Severity

from ._base import Hit, Rule, RuleContext, RuleText

if TYPE_CHECKING:
    from sudgoals.lang import LanguageData

__all__ = ["GOAL_UNQUANTIFIED", "__register__", "not_a_goal"]

# punctuation read as a blank between words: a word is a run of characters that are neither blanks nor these
# (one ``findall``, twice as fast as a ``translate`` to blanks and a ``split``, which gave the same words)
_WORD = _regex.compile("[^\\s" + re.escape('.,;:!?()[]{}»«"“”‘…') + "]+")
_CLAUSE_WORDS = 4  # a reporting verb opens the clause after the last comma: within its first words
_SUBJECT_WORDS = 6  # a paper described: its noun and the verb that describes it among the first words
_BETWEEN = 4  # a compound ends in a document noun longer than this ("handleplanen"; "plan" is too short)


@cache
def _ways(code: str) -> frozenset[str]:
    """The words of direction of language ``code``, up and down."""
    from sudgoals.lang import load

    data = load(code)
    return frozenset((*data.up, *data.down))


def _words(text: str) -> list[str]:
    """The words of ``text`` in lower case, punctuation between them read as blanks (numbers kept)."""
    return _WORD.findall(text.lower())


def _describes_paper(words: list[str], data: LanguageData) -> bool:
    """A paper (or its part) as the subject of a verb that describes it: "Strategien angiver ...", "This
    report describes ...", "Temaartiklen ... viser ..." (a compound that ends in a document noun counts)."""
    nouns, verbs = data.document_nouns, data.describing_verbs
    for k, word in enumerate(words[:_SUBJECT_WORDS]):
        if word in verbs and any(
            w in nouns or any(len(n) > _BETWEEN and w.endswith(n) for n in nouns) for w in words[:k]
        ):
            return True
    return False


def _reported(text: str, data: LanguageData) -> bool:
    """A reporting clause after the last comma: "..., siger borgmesteren", "..., official figures showed
    today"; not "..., and report to the council" (a clause that opens with "and" goes on with the goal)."""
    comma = text.rfind(",")
    if comma == -1:
        return False
    clause = _words(text[comma + 1 :])
    if not clause or clause[0] in data.conjunctions or not data.intent.isdisjoint(clause):
        return False
    return not data.reporting_verbs.isdisjoint(clause[:_CLAUSE_WORDS])


def _past(words: list[str], data: LanguageData) -> bool:
    """A fact of the past: no word of intent, and right before a word of direction an auxiliary of the past
    tense ("Ventelisterne blev reduceret", "were reduced"), or one of the perfect in a relative clause ("det
    land, der har løftet andelen mest", "the city that has cut emissions"). "Ventetiden er reduceret" alone
    may be a goal stated as the state to reach (a list of signs of success), and is left a goal."""
    if not data.intent.isdisjoint(words):
        return False
    ways = _ways(data.code)
    if ways.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if k == 0 or word not in ways:
            continue
        aux = words[k - 1]
        if aux in data.past_aux or (
            aux in data.perfect_aux and k >= 2 and words[k - 2] in data.relative_pronouns
        ):
            return True
    return False


def not_a_goal(text: str, data: LanguageData) -> str | None:
    """Why the sentence ``text`` is no goal without a figure although it has a word of direction, or ``None``:
    "describes-paper", "reported", "past-fact" or "rank" (see the module's docstring).

    >>> from sudgoals.lang import load
    >>> not_a_goal("Færre ældre skal være ensomme", load("da")) is None
    True
    >>> not_a_goal("The strategy sets out priorities that will reduce congestion", load("en"))
    'describes-paper'
    """
    words = _words(text)
    if states_rank(words, data):
        return "rank"
    if _describes_paper(words, data):
        return "describes-paper"
    if _reported(text, data):
        return "reported"
    if _past(words, data):
        return "past-fact"
    return None


_WAY = {
    ("da", Direction.UP): "en stigning",
    ("da", Direction.DOWN): "et fald",
    ("en", Direction.UP): "a rise",
    ("en", Direction.DOWN): "a fall",
}


def _goal_unquantified(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for statement in paper.unquantified:
        if not_a_goal(statement.text, ctx.data) is not None:
            continue
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
            "livskvalitet«), men ikke hvor meget, og derfor ikke kan måles. En sætning, der beskriver "
            "papiret (»Strategien angiver mål, der skal …«), citerer nogen (»…, siger borgmesteren«), "
            "fortæller om fortiden (»… der har reduceret udledningen mest«) eller sigter mod en placering "
            "i en rangering (»blandt de fem bedste«: en placering er et tal), regnes ikke med."
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
            'good quality of life") but not how far, and so cannot be measured. A sentence that describes '
            'the paper ("The strategy sets out goals that will …"), reports what someone says ("…, '
            'officials said"), states a past fact ("… that has cut emissions the most") or aims at a place '
            'in a ranking ("among the five best": a rank is a figure) does not count.'
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
