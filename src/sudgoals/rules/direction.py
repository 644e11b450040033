"""SG3xx: which way is the target going?

The direction of a target comes from its words: flere/færre, stigning/fald, øge/reducere, more/fewer. A target
whose words point both ways ("150 flere … Det svarer til et fald på 18 pct.") contradicts itself; a relative
change with no direction word at all ("Det svarer til 18 pct.") leaves the reader to guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sudgoals.model import Direction, Paper, Severity, Target, Unit

from ._base import Hit, Rule, RuleContext, RuleText
from ._text import exact, figure_label

__all__ = ["DIRECTION_CONFLICT", "DIRECTION_MISSING", "__register__", "strong_directions"]

# the ending of the ids of the extraction rules that read a gap stated as better or worse than another figure
# ("1,4 pct., hvilket er 0,6 procentpoint bedre end målet"): the words give the way, though not up or down
_BETTER_OR_WORSE: Final = "-gap-none"


def strong_directions(target: Target, ctx: RuleContext) -> list[tuple[str, Direction]]:
    """The direction words the extractor linked to ``target``, with their direction.

    The extractor leaves out words too weak to give a target a direction ("mindre behov for hjælp"), so
    every word here counts.
    """
    return list(zip(target.direction_words, target.directions, strict=False))


def _quoted(words: list[str], lang: str) -> str:
    joiner = " og " if lang == "da" else " and "
    return joiner.join((f"»{w}«" if lang == "da" else f"“{w}”") for w in words)


def _direction_conflict(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target in paper.targets:
        words = strong_directions(target, ctx)
        up = [w for w, d in words if d is Direction.UP]
        down = [w for w, d in words if d is Direction.DOWN]
        if not up or not down:
            continue
        yield Hit(
            span=target.span,
            target=target.id,
            da=f"{_quoted(up, 'da')} peger op, men {_quoted(down, 'da')} peger ned",
            en=f"{_quoted(up, 'en')} points up, but {_quoted(down, 'en')} points down",
            data={"up_words": ",".join(up), "down_words": ",".join(down)},
        )


def _direction_missing(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target in paper.targets:
        rel = target.relative
        if rel is None or rel.unit is Unit.FACTOR or target.direction is not None:
            continue
        if strong_directions(target, ctx):
            continue  # words that disagree: direction-conflict says so
        if any(rule.endswith(_BETTER_OR_WORSE) for rule in target.rules):
            continue  # "0,7 procentenheter bättre än målvärdet": the paper says which way, better or worse
        yield Hit(
            span=target.span,
            target=target.id,
            da=f"{figure_label(rel, 'da')} står uden et ord, der siger, om det er en stigning eller et fald",
            en=f"{figure_label(rel, 'en')} stands without a word that says whether it is a rise or a fall",
            data={"text": rel.text} | ({"relative": exact(rel.value)} if rel.value is not None else {}),
        )


DIRECTION_CONFLICT: Final = Rule(
    code="SG301",
    name="direction-conflict",
    severity=Severity.ERROR,
    detect=_direction_conflict,
    da=RuleText(
        title="Målets ord peger i hver sin retning",
        what=(
            "Et mål, hvor retningsordene er uenige: »flere« eller »stigning« om den ene del og »færre« eller "
            "»fald« om den anden. Svage ord som »mindre« i »mindre behov for hjælp« tæller ikke med."
        ),
        why=(
            "»150 flere … et fald på 18 pct.« kan ikke begge være rigtigt. Typisk er en sætning kopieret "
            "fra et "
            "andet mål og ikke rettet til, og så er også tallet måske forkert."
        ),
        fire_example=(
            "150 flere udsatte københavnere får anvist en bolig. Det svarer til et fald på 18 pct."
        ),
        pass_example=(
            "150 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på 18 pct."
        ),
        fix="Ret det ord, der er forkert, og kontrollér, at tallet hører til det rigtige mål.",
    ),
    en=RuleText(
        title="The target's words point in opposite directions",
        what=(
            'A target whose direction words disagree: "more" or "increase" in one part and "fewer" or '
            '"fall" in the other. Weak words such as "need less help" do not count.'
        ),
        why=(
            '"150 more … a fall of 18%" cannot both be right. Usually a sentence was copied from another '
            "target and not adapted, and then the figure may be wrong too."
        ),
        fire_example="150 more vulnerable residents are offered a home. That is a fall of 18%.",
        pass_example="150 more vulnerable residents are offered a home. That is an increase of 18%.",
        fix="Correct the wrong word and check that the figure belongs to the right target.",
    ),
)

DIRECTION_MISSING: Final = Rule(
    code="SG302",
    name="direction-missing",
    severity=Severity.WARNING,
    detect=_direction_missing,
    da=RuleText(
        title="En procentvis ændring står uden retningsord",
        what=(
            "Et mål med en procentvis ændring, hvor intet ord siger, om det er en stigning eller et fald "
            "(flere/færre, stigning/fald, øge/reducere)."
        ),
        why=(
            "»svarende til 18 pct.« kan være 18 pct. flere eller 18 pct. færre. Læseren må gætte, og "
            "sammenligningen med næste udkast kan gå galt."
        ),
        fire_example="150 udsatte københavnere får anvist en bolig, svarende til 18 pct.",
        pass_example=(
            "150 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på 18 pct."
        ),
        fix="Skriv retningen: »flere«/»færre« ved antallet og »en stigning på«/»et fald på« ved procenten.",
    ),
    en=RuleText(
        title="A relative change has no direction word",
        what=(
            "A target with a relative change where no word says whether it is a rise or a fall "
            "(more/fewer, increase/decrease, rise/fall)."
        ),
        why=(
            '"corresponding to 18%" may be 18% more or 18% fewer. Readers have to guess, and comparing it '
            "with the next draft may go wrong."
        ),
        fire_example="150 vulnerable residents are offered a home, corresponding to 18%.",
        pass_example="150 more vulnerable residents are offered a home. That is an increase of 18%.",
        fix=(
            'State the direction: "more"/"fewer" with the count and "an increase of"/"a fall of" with the '
            "percentage."
        ),
    ),
)

__register__: Final = (DIRECTION_CONFLICT, DIRECTION_MISSING)
