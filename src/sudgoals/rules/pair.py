"""SG1xx: do a target's figures hold together?

"150 flere … en stigning på 18 pct." is a claim about a baseline: 811–857 people. The rules here report a
target whose figures admit no baseline (``pair-inconsistent``), admit one only when a hedge ("ca.") is read
widely (``pair-needs-hedge``), whose stated baseline is not one of them (``baseline-mismatch``), or whose
rounding no *whole* number of people reproduces (``whole-count-infeasible``, the GRIM test). The arithmetic is
in :mod:`sudgoals.rules._pairs`; a target with a placeholder is left to SG2xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sudgoals.model import Paper, Severity, Suggestion, Target, Verdict

from ._base import Hit, Rule, RuleContext, RuleText
from ._pairs import Analysis, analyse, figure_interval, widened
from ._suggest import suggest, suggestion_data
from ._text import exact, figure_label, range_text
from .points import points_called_percent

__all__ = [
    "BASELINE_MISMATCH",
    "PAIR_INCONSISTENT",
    "PAIR_NEEDS_HEDGE",
    "WHOLE_COUNT_INFEASIBLE",
    "__register__",
    "analysis_of",
]


def analysis_of(target: Target, ctx: RuleContext) -> Analysis:
    """:func:`~sudgoals.rules._pairs.analyse` of ``target``, computed once per context."""
    key = ("pairs", id(target))
    found = ctx.memo.get(key)
    if isinstance(found, Analysis):
        return found
    result = analyse(target, ctx.policy)
    ctx.memo[key] = result
    return result


def _candidates(paper: Paper, ctx: RuleContext) -> Iterator[tuple[Target, Analysis]]:
    """The targets SG1xx judge, with their analyses: worked out once per paper, shared by the four rules."""
    key = ("pair-candidates", id(paper))
    found = ctx.memo.get(key)
    if not isinstance(found, list):
        found = [
            (target, analysis_of(target, ctx))
            for target in paper.targets
            if points_called_percent(target) is None  # else SG402 says what is wrong with it
        ]
        ctx.memo[key] = found
    yield from found


def _then(first: str, second: str) -> str:
    """``first`` and then ``second`` (which opens with "; "), without a dangling "; " when ``first`` is empty
    (an SG103 that only the direction causes has no relation to describe)."""
    return first + second if first else second.removeprefix("; ")


def _stated(analysis: Analysis, lang: str) -> str:
    if analysis.stated is None:
        return ""
    label = figure_label(analysis.stated, lang)
    return (
        f"; det oplyste udgangspunkt {label} passer ikke"
        if lang == "da"
        else f"; the stated baseline {label} does not fit"
    )


def _pair_inconsistent(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target, analysis in _candidates(paper, ctx):
        if analysis.outcome == "inconsistent":
            together = analysis.each_relation_fits()
            yield Hit(
                span=target.span,
                target=target.id,
                da=analysis.describe("da")
                + ("; intet udgangspunkt passer til alle tallene" if together else ""),
                en=analysis.describe("en") + ("; no baseline fits all the figures" if together else ""),
                data=analysis.data() | suggestion_data(fixes := suggest(target, analysis, policy=ctx.policy)),
                suggestions=fixes,
            )
        elif analysis.outcome in ("ok", "unverifiable") and target.verdict is Verdict.INCONSISTENT:
            yield _from_verdict(target, "inconsistent", suggest(target, analysis, policy=ctx.policy))


def _pair_needs_hedge(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target, analysis in _candidates(paper, ctx):
        if analysis.outcome == "needs-hedge":
            hedged = [
                fig
                for fig in (target.absolute, target.relative, target.level, target.baseline)
                if fig is not None and widened(fig)  # a vague hedge, or a bound beyond its own value
            ]
            wide = {
                lang: ", ".join(
                    f"{figure_label(fig, lang)} = {range_text(figure_interval(fig, hedged=True), lang)}"
                    for fig in hedged
                )
                for lang in ("da", "en")
            }
            hedged_range = {lang: analysis.range(analysis.hedged, lang) for lang in ("da", "en")}
            yield Hit(
                span=target.span,
                target=target.id,
                da=(
                    f"{analysis.describe('da')}{_stated(analysis, 'da')}; det passer kun, når forbeholdet "
                    f"læses bredt ({wide['da']}): så er udgangspunktet {hedged_range['da']}"
                ),
                en=(
                    f"{analysis.describe('en')}{_stated(analysis, 'en')}; it fits only when the hedge is "
                    f"read widely ({wide['en']}): then the baseline is {hedged_range['en']}"
                ),
                data=analysis.data() | suggestion_data(fixes := suggest(target, analysis, policy=ctx.policy)),
                suggestions=fixes,
            )
        elif analysis.outcome in ("ok", "unverifiable") and target.verdict is Verdict.CONSISTENT_WITH_HEDGE:
            yield _from_verdict(target, "needs-hedge", suggest(target, analysis, policy=ctx.policy))


def _baseline_mismatch(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target, analysis in _candidates(paper, ctx):
        if analysis.outcome == "baseline-mismatch":
            yield Hit(
                span=target.span,
                target=target.id,
                da=_then(analysis.describe("da"), _stated(analysis, "da")),
                en=_then(analysis.describe("en"), _stated(analysis, "en")),
                data=analysis.data() | suggestion_data(fixes := suggest(target, analysis, policy=ctx.policy)),
                suggestions=fixes,
            )


def _whole_count_infeasible(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target, analysis in _candidates(paper, ctx):
        if analysis.outcome != "whole-infeasible":
            continue
        rel = target.relative
        rounded = {lang: figure_label(rel, lang) if rel is not None else "" for lang in ("da", "en")}
        ranges = {lang: analysis.range(analysis.hedged, lang, whole=False) for lang in ("da", "en")}
        labels = {
            lang: "; ".join(r.da if lang == "da" else r.en for r in analysis.relations)
            for lang in ("da", "en")
        }
        yield Hit(
            span=target.span,
            target=target.id,
            da=(
                f"{labels['da']} kræver et udgangspunkt på {ranges['da']}, men intet helt antal i det "
                f"interval "
                f"giver {rounded['da']} efter afrunding"
            ),
            en=(
                f"{labels['en']} need a baseline of {ranges['en']}, but no whole number in that range gives "
                f"{rounded['en']} when rounded"
            ),
            data=analysis.data() | suggestion_data(fixes := suggest(target, analysis, policy=ctx.policy)),
            suggestions=fixes,
        )


def _from_verdict(target: Target, outcome: str, fixes: tuple[Suggestion, ...] = ()) -> Hit:
    """A hit for a verdict the algebra gave that the figures alone do not explain (kept, never dropped)."""
    data = {"outcome": outcome, "source": "verdict"}
    implied = target.implied_baseline
    if implied is not None:
        if implied.low is not None:
            data["baseline_low"] = exact(implied.low)
        if implied.high is not None:
            data["baseline_high"] = exact(implied.high)
    if outcome == "inconsistent":
        da, en = (
            "målets tal passer ikke sammen: intet udgangspunkt passer",
            "the target's figures do not fit together",
        )
    else:
        da = "målets tal passer kun sammen, når forbeholdet (fx »ca.«) læses bredt"
        en = 'the target\'s figures fit only when the hedge ("about") is read widely'
    data |= suggestion_data(fixes)
    return Hit(span=target.span, target=target.id, da=da, en=en, data=data, suggestions=fixes)


PAIR_INCONSISTENT: Final = Rule(
    code="SG101",
    name="pair-inconsistent",
    severity=Severity.ERROR,
    detect=_pair_inconsistent,
    da=RuleText(
        title="Intet udgangspunkt passer til målets tal",
        what=(
            "Om der findes et udgangspunkt, som alle målets tal passer til: den absolutte ændring og den "
            "procentvise (150 flere = 18 pct. kræver 811–857), niveauet og ændringen (1.000 i alt og 150 "
            "flere "
            "kræver 850), og at et fald ikke er større end det, der falder (et fald på 100 kræver mindst "
            "100). "
            "Hvert tal læses som det interval, dets afrunding tillader."
        ),
        why=(
            "Når intet udgangspunkt passer, er mindst ét af tallene forkert: en tastefejl, en regnefejl "
            "eller "
            "et tal fra et ældre udkast. Et mål, der modsiger sig selv, kan ikke vedtages eller følges op."
        ),
        fire_example="100 færre unge begår alvorlig kriminalitet. Det svarer til et fald på 240 pct.",
        pass_example="100 færre unge begår alvorlig kriminalitet. Det svarer til et fald på 24 pct.",
        fix=(
            "Regn tallene efter fra det faktiske udgangspunkt (antal i basisåret) og ret det tal, der er "
            "forkert. Skriv gerne udgangspunktet i målet, så læseren kan regne med."
        ),
    ),
    en=RuleText(
        title="No baseline fits the target's figures",
        what=(
            "Whether some baseline fits all of a target's figures: the absolute change and the relative one "
            "(150 more = 18% needs 811–857), the level and the change (1,000 in all and 150 more needs 850), "
            "and that a fall is not larger than what falls (a fall of 100 needs at least 100). Every figure "
            "is read as the interval its rounding allows."
        ),
        why=(
            "When no baseline fits, at least one figure is wrong: a typo, a slip in the arithmetic or a "
            "number "
            "left from an older draft. A target that contradicts itself cannot be adopted or followed up."
        ),
        fire_example="100 fewer young people commit serious crime. That is a fall of 240%.",
        pass_example="100 fewer young people commit serious crime. That is a fall of 24%.",
        fix=(
            "Recompute the figures from the actual baseline (the number in the base year) and correct the "
            "wrong one. Consider stating the baseline in the target so that readers can check it."
        ),
    ),
)

PAIR_NEEDS_HEDGE: Final = Rule(
    code="SG102",
    name="pair-needs-hedge",
    severity=Severity.WARNING,
    detect=_pair_needs_hedge,
    da=RuleText(
        title="Målets tal passer kun sammen, når »ca.« læses bredt",
        what=(
            "Et mål, hvis tal ikke passer sammen med den afrunding, de er skrevet med, men som passer, når "
            "et "
            "forbehold (»ca.«, »knap«, »godt«, »omkring«) får lov at udvide tallet efter "
            "forbeholdspolitikken."
        ),
        why=(
            "»ca. 20 pct.« dækker over, at tallet er regnet groft. Det er i orden, men læseren bør vide det: "
            "med det præcise tal ville målet være et andet, og et nyt udkast kan flytte sig uden at nogen "
            "ser "
            "det."
        ),
        fire_example=(
            "Antallet af plejefamilier skal stige fra 1.000 til 1.206. Det svarer til en stigning på ca. "
            "20 pct."
        ),
        pass_example=(
            "Antallet af plejefamilier skal stige fra 1.000 til 1.200. Det svarer til en stigning på ca. "
            "20 pct."
        ),
        fix=(
            "Skriv det tal, der følger af beregningen (her 20,6 pct. eller knap 21 pct.), eller ret niveauet."
        ),
    ),
    en=RuleText(
        title='The target\'s figures fit together only when "about" is read widely',
        what=(
            "A target whose figures do not fit together at the rounding they are written with, but do when a "
            'hedge ("about", "nearly", "just over", "around") widens the figure under the hedge policy.'
        ),
        why=(
            '"About 20%" says the figure was worked out roughly. That is fine, but readers should know: with '
            "the exact figure the target would be another, and a new draft can move without anyone noticing."
        ),
        fire_example=(
            "The number of foster families must rise from 1,000 to 1,206. That is an increase of about 20%."
        ),
        pass_example=(
            "The number of foster families must rise from 1,000 to 1,200. That is an increase of about 20%."
        ),
        fix="Write the figure the arithmetic gives (here 20.6%, or nearly 21%), or correct the level.",
    ),
)

BASELINE_MISMATCH: Final = Rule(
    code="SG103",
    name="baseline-mismatch",
    severity=Severity.ERROR,
    detect=_baseline_mismatch,
    da=RuleText(
        title="Det oplyste udgangspunkt passer ikke til målets tal",
        what=(
            "Et mål, der oplyser sit udgangspunkt (»fra 1.200«, »i forhold til 2013: 862«), hvor de øvrige "
            "tal "
            "kræver et andet udgangspunkt: 1.350 og en stigning på 18 pct. kræver 1.140–1.148, ikke 1.200."
        ),
        why=(
            "Udgangspunktet er et faktum om verden; passer det ikke til ændringen, er enten udgangspunktet "
            "forældet eller ændringen regnet fra et andet tal. Målet vil blive fulgt op mod det forkerte tal."
        ),
        fire_example=(
            "Antallet af udsatte københavnere, der får anvist en bolig, skal stige fra 1.200 til 1.350. "
            "Det svarer til en stigning på 18 pct."
        ),
        pass_example=(
            "Antallet af udsatte københavnere, der får anvist en bolig, skal stige fra 1.200 til 1.416. "
            "Det svarer til en stigning på 18 pct."
        ),
        fix="Slå det aktuelle udgangspunkt op og regn ændringen og procenten om fra det.",
    ),
    en=RuleText(
        title="The stated baseline does not fit the target's figures",
        what=(
            'A target that states its baseline ("from 1,200", "compared with 2013: 862") where its other '
            "figures need another one: 1,350 and an increase of 18% need 1,140–1,148, not 1,200."
        ),
        why=(
            "The baseline is a fact about the world; if it does not fit the change, either the baseline is "
            "out "
            "of date or the change was computed from another number. The target would be followed up against "
            "the wrong figure."
        ),
        fire_example=(
            "The number of vulnerable residents offered a home must rise from 1,200 to 1,350. "
            "That is an increase of 18%."
        ),
        pass_example=(
            "The number of vulnerable residents offered a home must rise from 1,200 to 1,416. "
            "That is an increase of 18%."
        ),
        fix="Look up the current baseline and recompute the change and the percentage from it.",
    ),
)

WHOLE_COUNT_INFEASIBLE: Final = Rule(
    code="SG104",
    name="whole-count-infeasible",
    severity=Severity.ERROR,
    detect=_whole_count_infeasible,
    da=RuleText(
        title="Intet helt antal personer giver den afrundede procent",
        what=(
            "Et mål, der tæller personer eller sager, hvor et brøkdels udgangspunkt ville passe, men intet "
            "helt "
            "tal gør: 5 flere og 12,3 pct. kræver 40,4–40,9, og 5 ud af 40 er 12,5 pct., 5 ud af 41 er 12,2 "
            "pct. (GRIM-testen)."
        ),
        why=(
            "Man kan ikke hjælpe en brøkdel af en borger. Når intet helt antal giver procenten, er procenten "
            "eller antallet skrevet forkert af, eller regnet fra et andet tal end det oplyste."
        ),
        fire_example="5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct.",
        pass_example="5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,5 pct.",
        fix="Regn procenten ud fra det hele antal i udgangspunktet, og skriv den med den afrunding, den har.",
    ),
    en=RuleText(
        title="No whole number of people gives the rounded percentage",
        what=(
            "A target that counts people or cases where a fractional baseline would fit but no whole one "
            "does: "
            "5 more and 12.3% need 40.4–40.9, and 5 of 40 is 12.5%, 5 of 41 is 12.2% (the GRIM test)."
        ),
        why=(
            "Nobody helps a fraction of a resident. When no whole number gives the percentage, the "
            "percentage "
            "or the count was copied wrongly, or computed from another number than the one stated."
        ),
        fire_example="5 more children are placed with a foster family. That is an increase of 12.3%.",
        pass_example="5 more children are placed with a foster family. That is an increase of 12.5%.",
        fix="Compute the percentage from the whole number in the baseline and write it at its real rounding.",
    ),
)

__register__: Final = (PAIR_INCONSISTENT, PAIR_NEEDS_HEDGE, BASELINE_MISMATCH, WHOLE_COUNT_INFEASIBLE)
