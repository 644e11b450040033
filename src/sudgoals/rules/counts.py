"""SG5xx: counting the goals.

"Derudover har vi vedtaget syv delmål" must be followed by seven goals, and a numbered list of goals must not
skip or repeat a number: both are the marks of a goal added or removed in one place and not the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import Final

from sudgoals.model import ListNumber, Paper, Severity

from ._base import Hit, Rule, RuleContext, RuleText

__all__ = ["GOAL_COUNT_MISMATCH", "LIST_NUMBERING", "__register__"]


def _goal_count_mismatch(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for goal_list in paper.goal_lists:
        listed = len(goal_list.items)
        if not listed or listed == goal_list.stated:
            continue  # no list found after the phrase: nothing to compare
        quote = " ".join(goal_list.span.quote.split())
        yield Hit(
            span=goal_list.span,
            da=f"»{quote}« siger {goal_list.stated}, men der er listet {listed} punkter",
            en=f"“{quote}” says {goal_list.stated}, but {listed} items are listed",
            data={"stated": str(goal_list.stated), "listed": str(listed)},
        )


def _list_numbering(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    lists = paper.numbered_lists
    # A lone list mark elsewhere is an item the layout moved (a PDF or scan read out of order).
    lone = {items[0].number for items in lists if len(items) == 1}
    for items in lists:
        if len(items) < 2 or items[0].number >= 10:
            continue  # numbers from 10 on with no 1 before: questions or paragraphs of a larger document
        numbers = [item.number for item in items]
        repeated = sorted(n for n, k in Counter(numbers).items() if k > 1)
        present = set(numbers)
        skipped = [n for n in range(min(numbers), max(numbers) + 1) if n not in present]
        if not repeated and (not skipped or all(n in lone for n in skipped)):
            continue  # complete, perhaps out of order as read: nothing skipped or repeated
        at = _first_break(items)
        shown = ", ".join(str(n) for n in numbers)
        parts_da, parts_en = [], []
        if skipped:
            parts_da.append("springer " + ", ".join(map(str, skipped)) + " over")
            parts_en.append("skips " + ", ".join(map(str, skipped)))
        if repeated:
            parts_da.append("gentager " + ", ".join(map(str, repeated)))
            parts_en.append("repeats " + ", ".join(map(str, repeated)))
        yield Hit(
            span=at.span,
            da=f"nummereringen {' og '.join(parts_da)} ({shown})",
            en=f"the numbering {' and '.join(parts_en)} ({shown})",
            data={
                "numbers": ",".join(map(str, numbers)),
                "skipped": ",".join(map(str, skipped)),
                "repeated": ",".join(map(str, repeated)),
            },
        )


def _first_break(items: list[ListNumber]) -> ListNumber:
    for previous, item in pairwise(items):
        if item.number != previous.number + 1:
            return item
    return items[0]


GOAL_COUNT_MISMATCH: Final = Rule(
    code="SG501",
    name="goal-count-mismatch",
    severity=Severity.WARNING,
    detect=_goal_count_mismatch,
    da=RuleText(
        title="Det oplyste antal mål passer ikke med de mål, der er listet",
        what=(
            "Et sted, hvor papiret siger, hvor mange mål der er (»syv delmål«, »følgende 10 mål«), og hvor "
            "listen, der følger, har et andet antal punkter."
        ),
        why=(
            "Et mål er lagt til eller taget ud uden at tallet er rettet, eller omvendt. Læseren ved ikke, om "
            "der mangler et mål, eller om et er kommet med ved en fejl."
        ),
        fire_example=(
            "Derudover har vi vedtaget seks delmål:\n"
            "- Flere udsatte københavnere får anvist en bolig.\n"
            "- Færre udsættelser på årsplan.\n"
            "- Færre unge begår alvorlig kriminalitet.\n"
            "- Flere borgere med særlige behov kommer i beskæftigelse.\n"
            "- Færre københavnere lever i langtidsfattigdom.\n"
            "- Flere københavnere klarer sig bedre.\n"
            "- Flere brugere er tilfredse med de leverede ydelser."
        ),
        pass_example=(
            "Derudover har vi vedtaget syv delmål:\n"
            "- Flere udsatte københavnere får anvist en bolig.\n"
            "- Færre udsættelser på årsplan.\n"
            "- Færre unge begår alvorlig kriminalitet.\n"
            "- Flere borgere med særlige behov kommer i beskæftigelse.\n"
            "- Færre københavnere lever i langtidsfattigdom.\n"
            "- Flere københavnere klarer sig bedre.\n"
            "- Flere brugere er tilfredse med de leverede ydelser."
        ),
        fix="Ret antallet i teksten, eller find det mål, der mangler eller er for meget.",
    ),
    en=RuleText(
        title="The stated number of goals differs from the goals listed",
        what=(
            'A place where the paper says how many goals there are ("seven sub-goals", "the following 10 '
            'goals") and the list that follows has another number of items.'
        ),
        why=(
            "A goal was added or removed without correcting the number, or the other way round. Readers "
            "cannot "
            "tell whether a goal is missing or one was included by mistake."
        ),
        fire_example=(
            "We have also adopted six sub-goals:\n"
            "- More vulnerable residents are offered a home.\n"
            "- Fewer evictions each year.\n"
            "- Fewer young people commit serious crime.\n"
            "- More citizens with special needs find work.\n"
            "- Fewer residents live in long-term poverty.\n"
            "- More residents manage better.\n"
            "- More users are satisfied with the services."
        ),
        pass_example=(
            "We have also adopted seven sub-goals:\n"
            "- More vulnerable residents are offered a home.\n"
            "- Fewer evictions each year.\n"
            "- Fewer young people commit serious crime.\n"
            "- More citizens with special needs find work.\n"
            "- Fewer residents live in long-term poverty.\n"
            "- More residents manage better.\n"
            "- More users are satisfied with the services."
        ),
        fix="Correct the number in the text, or find the goal that is missing or one too many.",
    ),
)

LIST_NUMBERING: Final = Rule(
    code="SG502",
    name="list-numbering",
    severity=Severity.WARNING,
    detect=_list_numbering,
    da=RuleText(
        title="En nummereret liste springer et nummer over eller gentager et",
        what=(
            "En nummereret liste (»1.«, »2.«, …), hvor et nummer mangler eller står to gange. En liste, der "
            "blot er læst i en anden rækkefølge (som fra en PDF-side), tæller ikke."
        ),
        why=(
            "Henvisninger som »mål 4« rammer forkert, og et manglende nummer er ofte et mål, der er slettet "
            "uden at resten er rettet til."
        ),
        fire_example=(
            "1. Flere udsatte københavnere får anvist en bolig.\n"
            "2. Færre udsættes fra deres bolig på årsplan.\n"
            "4. Færre unge begår alvorlig kriminalitet."
        ),
        pass_example=(
            "1. Flere udsatte københavnere får anvist en bolig.\n"
            "2. Færre udsættes fra deres bolig på årsplan.\n"
            "3. Færre unge begår alvorlig kriminalitet."
        ),
        fix="Nummerér listen igen, og ret henvisninger til målene.",
    ),
    en=RuleText(
        title="A numbered list skips or repeats a number",
        what=(
            'A numbered list ("1.", "2.", …) where a number is missing or appears twice. A list that was '
            "merely read in another order (as from a PDF page) does not count."
        ),
        why=(
            'References such as "goal 4" point to the wrong goal, and a missing number is often a goal that '
            "was deleted without renumbering the rest."
        ),
        fire_example=(
            "1. More vulnerable residents are offered a home.\n"
            "2. Fewer residents are evicted each year.\n"
            "4. Fewer young people commit serious crime."
        ),
        pass_example=(
            "1. More vulnerable residents are offered a home.\n"
            "2. Fewer residents are evicted each year.\n"
            "3. Fewer young people commit serious crime."
        ),
        fix="Renumber the list and correct references to the goals.",
    ),
)

__register__: Final = (GOAL_COUNT_MISMATCH, LIST_NUMBERING)
