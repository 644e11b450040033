"""SG4xx: percent or percentage points.

A change in a share or a rate ("ledigheden", "andelen") stated in "pct." is ambiguous: ten per cent of the
level, or ten percentage points? And "fra 40 pct. til 45 pct." is five points, a rise of 12.5 per cent, never
"en stigning på 5 pct.".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import cache
from typing import Final

from sudgoals import _regex
from sudgoals.interval import Bound, Interval, inf
from sudgoals.model import Paper, Severity, Target, Unit

from ._base import Hit, Rule, RuleContext, RuleText
from ._pairs import analyse, figure_interval, usable
from ._suggest import points_suggestions
from ._text import exact, figure_label, number, sentence_around, word_pattern

__all__ = ["PERCENT_OR_POINTS", "POINTS_CALLED_PERCENT", "__register__", "points_called_percent"]

_POSITIVE = Interval(Bound.OPEN, 0, inf, Bound.OPEN)


def points_called_percent(target: Target) -> dict[str, Fraction] | None:
    """The numbers when ``target`` goes from one share to another and calls the difference in points "pct.".

    Returns ``{"from", "to", "points", "percent_change"}`` (exact) when the relative figure (as hedged) admits
    the difference in points and not the relative change; ``None`` otherwise.
    """
    start, end, rel = target.baseline, target.level, target.relative
    if not (usable(start) and usable(end) and usable(rel)):
        return None
    assert start is not None
    assert end is not None
    assert rel is not None
    if not (start.unit is Unit.PERCENT and end.unit is Unit.PERCENT and rel.unit is Unit.PERCENT):
        return None
    if start.value is None or end.value is None or start.value == end.value:
        return None
    s, e = figure_interval(start), figure_interval(end)
    difference = (e - s) if end.value > start.value else (s - e)
    change = difference * 100 / (s & _POSITIVE)
    stated = figure_interval(rel, hedged=True)
    if (stated & difference).empty or not (stated & change).empty:
        return None
    points = abs(end.value - start.value)
    return {
        "from": start.value,
        "to": end.value,
        "points": points,
        "percent_change": points * 100 / start.value if start.value else Fraction(0),
    }


def _rate_word(target: Target, ctx: RuleContext) -> str | None:
    pattern = word_pattern(ctx.data.rate_words, ctx.data.ocr)
    # the change's own "pct. af" ("reduceres med 40 pct. af udledningen") is a part of the level, no rate
    own = target.relative.span if target.relative is not None else None
    for text, offset in ((target.indicator, None), (target.span.quote, target.span.start)):
        for match in pattern.finditer(text.casefold()):
            if own is not None and offset is not None and own.start <= offset + match.start() < own.end:
                continue
            return text[match.start() : match.end()]
    return None


@cache
def _of_the_level(code: str) -> re.Pattern[str]:
    """A change stated against "the level" ("i forhold til nivået i 2001", "relative to the 2019 level",
    "jämfört med nivån"): a marker of reference, at most two words, and a word of level."""
    from sudgoals.lang import load

    data = load(code)
    markers = sorted({m.casefold() for m in data.reference_markers}, key=len, reverse=True)
    nouns = sorted({n.casefold() for n in data.level_nouns}, key=len, reverse=True)
    if not markers or not nouns:
        return _regex.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in markers)
    levels = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return _regex.compile(r"(?<!\w)(?:" + alternatives + r")\s+(?:\w+\s+){0,2}(?:" + levels + r")(?!\w)")


def _settled(target: Target, text: str | None) -> bool:
    """Whether the paper itself says the change is a percent of the level: it names the share reached or
    started from ("... med mindst 25 procent. Det svarer til en andel på højst ni procent": the judge reads
    the change against that level), or it measures the change against "the level" ("med 20 prosent i forhold
    til nivået i 2001", read in the rest of the change's sentence, ``text`` being the paper's)."""
    for part in (target.level, target.baseline):
        if part is not None and usable(part) and part.unit is Unit.PERCENT:
            return True
    rel = target.relative
    if rel is None or rel.span is None:
        return False
    if text is not None and text[rel.span.start : rel.span.end] == rel.span.quote:
        after = text[rel.span.end : sentence_around(text, rel.span.start, rel.span.end)[1]]
    else:  # a paper from a spec file: its quote is all there is
        after = target.span.quote[max(0, rel.span.end - target.span.start) :]
    return _of_the_level(target.language).search(after.casefold()) is not None


def _percent_or_points(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target in paper.targets:
        rel = target.relative
        if rel is None or not usable(rel) or rel.unit is not Unit.PERCENT or rel.value is None:
            continue
        if not any(ch.isdigit() for ch in rel.text):
            continue  # "halveres", "by a quarter": a share of the level itself, never points
        start, end = target.baseline, target.level
        both_shares = (
            usable(start)
            and usable(end)
            and start is not None
            and end is not None
            and start.unit is Unit.PERCENT
            and end.unit is Unit.PERCENT
        )
        if both_shares:
            continue  # both shares are stated: points-called-percent decides
        word = _rate_word(target, ctx)
        if word is None or _settled(target, paper.text):
            continue
        value_da, value_en = number(rel.value, "da", places=2), number(rel.value, "en", places=2)
        yield Hit(
            span=target.span,
            target=target.id,
            da=(
                f"»{word}« er en andel eller en rate: {figure_label(rel, 'da')} kan betyde {value_da} pct. "
                f"af niveauet eller {value_da} procentpoint"
            ),
            en=(
                f"“{word}” is a share or a rate: {figure_label(rel, 'en')} may mean {value_en} per cent of "
                f"the level or {value_en} percentage points"
            ),
            data={"relative": exact(rel.value), "rate_word": word},
        )


def _say(found: dict[str, Fraction], lang: str) -> tuple[str, str, str, str]:
    return (
        number(found["from"], lang, places=2),
        number(found["to"], lang, places=2),
        number(found["points"], lang, places=2),
        number(found["percent_change"], lang, places=1),
    )


def _points_called_percent(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target in paper.targets:
        found = points_called_percent(target)
        if found is None or target.relative is None:
            continue
        rel = target.relative
        fixes = points_suggestions(target, found["points"], analyse(target, ctx.policy), policy=ctx.policy)
        _, _, p, c = _say(found, "da")
        _, _, ep, ec = _say(found, "en")
        # the paper's own figures are quoted as written, in either language; only our numbers are localised
        start = figure_label(target.baseline, "da") if target.baseline is not None else ""
        end = figure_label(target.level, "da") if target.level is not None else ""
        way_da = "en stigning" if found["to"] > found["from"] else "et fald"
        way_en = "a rise" if found["to"] > found["from"] else "a fall"
        yield Hit(
            span=target.span,
            target=target.id,
            da=(
                f"{start} → {end} er {p} procentpoint, {way_da} på {c} pct.; "
                f"{figure_label(rel, 'da')} skulle være {p} procentpoint"
            ),
            en=(
                f"{start} → {end} is {ep} percentage points, {way_en} of {ec} per cent; "
                f"{figure_label(rel, 'en')} should be {ep} percentage points"
            ),
            data={key: exact(value) for key, value in found.items()} | {"relative": exact(rel.value or 0)},
            suggestions=fixes,
        )


PERCENT_OR_POINTS: Final = Rule(
    code="SG401",
    name="percent-or-points",
    severity=Severity.WARNING,
    detect=_percent_or_points,
    da=RuleText(
        title="En ændring i en andel eller rate er angivet i procent, hvor procentpoint kan være ment",
        what=(
            "Et mål, hvor det, der skal ændres, er en andel eller en rate (ledigheden, andelen, fraværet, "
            "tilfredsheden ...), og ændringen er angivet i »pct.« eller »procent«. Ordene for andele og "
            "rater "
            "står i sprogfilen (`rate_words`). Reglen tier, når papiret selv afgør det: det nævner den "
            "andel, der skal nås (»… med 25 pct. Det svarer til en andel på højst 9 pct.«), eller måler mod "
            "»niveauet« (»med 20 pct. i forhold til niveauet i 2019«)."
        ),
        why=(
            "Når ledigheden er 12 pct., betyder »faldet med 10 pct.« enten en ledighed på 10,8 pct. (ti "
            "procent af niveauet) eller på 2 pct. (ti procentpoint). Læseren kan ikke vide, hvilket mål "
            "udvalget har vedtaget, og målet kan ikke følges op."
        ),
        fire_example="Ledigheden blandt unge under 30 år skal være faldet med 10 pct. i 2015.",
        pass_example="Ledigheden blandt unge under 30 år skal være faldet med 1 procentpoint i 2015.",
        fix=(
            "Skriv »procentpoint«, når forskellen mellem to andele er ment, eller skriv begge niveauer "
            "(»fra 12 pct. til 10,8 pct.«), så ændringen kan regnes efter."
        ),
    ),
    en=RuleText(
        title="A change in a share or rate is stated in per cent where percentage points may be meant",
        what=(
            "A target whose indicator is a share or a rate (unemployment, the share, absence, satisfaction "
            '...) and whose change is stated in "per cent" or "%". The share and rate words are in the '
            "language file (`rate_words`). The rule is silent where the paper settles it: it names the share "
            'to reach ("by 25%, to no more than 9%") or measures against "the level" ("by 20% relative to '
            'the 2019 level").'
        ),
        why=(
            'With unemployment at 12%, "fall by 10%" means either 10.8% (ten per cent of the level) or 2% '
            "(ten percentage points). Nobody can tell which target was adopted, and it cannot be followed up."
        ),
        fire_example="Unemployment among young people under 30 must fall by 10% by 2015.",
        pass_example="Unemployment among young people under 30 must fall by 1 percentage point by 2015.",
        fix=(
            'Write "percentage points" when the difference of two shares is meant, or state both levels '
            '("from 12% to 10.8%") so that the change can be checked.'
        ),
    ),
)

POINTS_CALLED_PERCENT: Final = Rule(
    code="SG402",
    name="points-called-percent",
    severity=Severity.ERROR,
    detect=_points_called_percent,
    da=RuleText(
        title="Forskellen mellem to andele i procentpoint kaldes en stigning i procent",
        what=(
            "Et mål, der går fra én andel til en anden (»fra 40 pct. til 45 pct.«), og som kalder "
            "forskellen i "
            "procentpoint for en ændring i procent (»en stigning på 5 pct.«), når den relative ændring er en "
            "anden (her 12,5 pct.)."
        ),
        why=(
            "Fra 40 til 45 pct. er 5 procentpoint, men en stigning på 12,5 pct. Med »5 pct.« står der et "
            "andet "
            "mål end det, tallene viser, og en senere opfølgning vil måle mod det forkerte tal."
        ),
        fire_example=(
            "Andelen af unge, der gennemfører en ungdomsuddannelse, skal stige fra 40 pct. til 45 pct. "
            "Det svarer til en stigning på 5 pct."
        ),
        pass_example=(
            "Andelen af unge, der gennemfører en ungdomsuddannelse, skal stige fra 40 pct. til 45 pct. "
            "Det svarer til en stigning på 5 procentpoint."
        ),
        fix=(
            "Skriv »procentpoint« om forskellen mellem to andele, eller angiv den relative ændring (12,5 "
            "pct.)."
        ),
    ),
    en=RuleText(
        title="The difference of two shares in points is called a change in per cent",
        what=(
            'A target that goes from one share to another ("from 40% to 45%") and calls the difference in '
            'percentage points a change in per cent ("an increase of 5%") when the relative change is '
            "another number (here 12.5%)."
        ),
        why=(
            'From 40% to 45% is 5 percentage points but an increase of 12.5%. Writing "5%" states a '
            "different target from the one the figures show, and follow-up will measure against the wrong "
            "number."
        ),
        fire_example=(
            "The share of young people who complete upper secondary education must rise from 40% to 45%. "
            "That is an increase of 5%."
        ),
        pass_example=(
            "The share of young people who complete upper secondary education must rise from 40% to 45%. "
            "That is an increase of 5 percentage points."
        ),
        fix=(
            'Write "percentage points" for the difference of two shares, or state the relative change '
            "(12.5%)."
        ),
    ),
)

__register__: Final = (PERCENT_OR_POINTS, POINTS_CALLED_PERCENT)
