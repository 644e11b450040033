"""SG2xx: figures not filled in yet.

Drafts hold "X flere unge … en stigning på X pct." and "(baseline endnu ukendt)". Each placeholder is its own
unknown: two X's in one target are never solved against each other. When exactly one figure is missing and
the others determine it, the message says what it must be.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sudgoals.interval import Bound, Interval, inf
from sudgoals.model import Figure, Paper, Severity, Target, Unit

from ._base import Hit, Rule, RuleContext, RuleText
from ._pairs import figure_interval, usable
from ._text import exact, figure_label, range_text

__all__ = ["BASELINE_UNKNOWN", "PLACEHOLDER_UNRESOLVED", "__register__", "solve_single"]

_POSITIVE = Interval(Bound.OPEN, 0, inf, Bound.OPEN)
_PARTS = ("absolute", "relative", "baseline", "level")
_NAMES = {
    "da": {
        "absolute": "ændringen",
        "relative": "procenten",
        "baseline": "udgangspunktet",
        "level": "niveauet",
    },
    "en": {
        "absolute": "the change",
        "relative": "the percentage",
        "baseline": "the baseline",
        "level": "the level",
    },
}


def _figures(target: Target) -> dict[str, Figure]:
    return {part: fig for part in _PARTS if (fig := getattr(target, part)) is not None}


def solve_single(target: Target) -> tuple[str, Interval] | None:
    """``(part, interval)`` for a target with exactly one placeholder that its other figures determine.

    The change from the percentage and the baseline, the percentage from the change and the baseline, or
    the baseline from the change and the percentage (percent units only). ``None`` when there are two or more
    placeholders (never solved against each other) or too few figures.
    """
    figs = _figures(target)
    missing = [part for part, fig in figs.items() if fig.placeholder]
    if len(missing) != 1:
        return None
    part = missing[0]
    a, r, s = figs.get("absolute"), figs.get("relative"), figs.get("baseline")
    rel_ok = r is not None and (r.placeholder or r.unit is Unit.PERCENT)
    if not rel_ok:
        return None
    if part == "relative" and usable(a) and usable(s) and a is not None and s is not None:
        return part, figure_interval(a) * 100 / (figure_interval(s) & _POSITIVE)
    if part == "absolute" and usable(r) and usable(s) and r is not None and s is not None:
        return part, figure_interval(s) * figure_interval(r) / 100
    if part == "baseline" and usable(a) and usable(r) and a is not None and r is not None:
        return part, figure_interval(a) * 100 / (figure_interval(r) & _POSITIVE)
    return None


def _placeholder_unresolved(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target in paper.targets:
        figs = _figures(target)
        missing = [part for part, fig in figs.items() if fig.placeholder]
        if not missing:
            continue
        labels = {
            lang: (" og " if lang == "da" else " and ").join(
                figure_label(figs[p], lang, target.direction if p == "absolute" else None) for p in missing
            )
            for lang in ("da", "en")
        }
        data = {"placeholders": str(len(missing)), "parts": ",".join(missing)}
        if len(missing) > 1:
            n = len(missing)
            da = f"{labels['da']} er ikke udfyldt: {n} ukendte tal, der ikke kan regnes ud af hinanden"
            en = f"{labels['en']} are not filled in: {n} unknowns that cannot be worked out from each other"
        else:
            solved = solve_single(target)
            if solved is None or solved[1].empty or not solved[1].bounded:
                da = f"{labels['da']} er ikke udfyldt; målet kan ikke kontrolleres"
                en = f"{labels['en']} is not filled in; the target cannot be checked"
            else:
                part, interval = solved
                unit = {"da": " pct.", "en": "%"} if part == "relative" else {"da": "", "en": ""}
                da = (
                    f"{labels['da']} er ikke udfyldt; de øvrige tal giver "
                    f"{_NAMES['da'][part]} {range_text(interval, 'da')}{unit['da']}"
                )
                en = (
                    f"{labels['en']} is not filled in; the other figures give "
                    f"{_NAMES['en'][part]} {range_text(interval, 'en')}{unit['en']}"
                )
                low, high = interval.finite_lower(), interval.finite_upper()
                if low is not None and high is not None:
                    data["solved_low"], data["solved_high"] = exact(low), exact(high)
        yield Hit(span=target.span, target=target.id, da=da, en=en, data=data)


def _baseline_unknown(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for target in paper.targets:
        if not target.baseline_unknown:
            continue
        a, r = target.absolute, target.relative
        data: dict[str, str] = {}
        da = "målet siger selv, at udgangspunktet endnu er ukendt: det kan ikke kontrolleres, før det kendes"
        en = "the target itself says its baseline is not known yet: it cannot be checked until it is"
        if usable(a) and usable(r) and a is not None and r is not None and r.unit is Unit.PERCENT:
            implied = figure_interval(a) * 100 / (figure_interval(r) & _POSITIVE)
            if implied.bounded and not implied.empty:
                whole = a.unit is Unit.COUNT
                pair_da = f"{figure_label(a, 'da', target.direction)} og {figure_label(r, 'da')}"
                pair_en = f"{figure_label(a, 'en', target.direction)} and {figure_label(r, 'en')}"
                da += f"; {pair_da} kræver et udgangspunkt på {range_text(implied, 'da', whole=whole)}"
                en += f"; {pair_en} need a baseline of {range_text(implied, 'en', whole=whole)}"
                ints = implied.integers() if whole else None
                low, high = ints if ints is not None else (implied.finite_lower(), implied.finite_upper())
                if low is not None and high is not None:
                    data["baseline_low"], data["baseline_high"] = exact(low), exact(high)
        yield Hit(span=target.span, target=target.id, da=da, en=en, data=data)


PLACEHOLDER_UNRESOLVED: Final = Rule(
    code="SG201",
    name="placeholder-unresolved",
    severity=Severity.WARNING,
    detect=_placeholder_unresolved,
    da=RuleText(
        title="Et tal i målet er ikke udfyldt (X, xx, [X], ?)",
        what=(
            "Et mål, hvor et tal står som pladsholder: X, x, XX, xx, [X], ? og lignende. To pladsholdere "
            "er to "
            "ukendte tal og regnes aldrig ud af hinanden. Mangler kun ét tal, og giver de øvrige det, siger "
            "beskeden, hvad det skal være."
        ),
        why=(
            "Et mål med X kan ikke vedtages som det står, og det kan ikke følges op. Pladsholdere bliver let "
            "stående fra udkast til udkast, og til sidst i det endelige papir."
        ),
        fire_example="X flere unge skal bestå 9. klasse. Det svarer til en stigning på X pct.",
        pass_example="60 flere unge skal bestå 9. klasse. Det svarer til en stigning på 3 pct.",
        fix=(
            "Udfyld tallene, eller tag målet ud, indtil tallene kendes; skriv ellers tydeligt, hvornår de "
            "kommer."
        ),
    ),
    en=RuleText(
        title="A figure in the target is not filled in (X, xx, [X], ?)",
        what=(
            "A target where a figure is a placeholder: X, x, XX, xx, [X], ?, TBC and the like. Two "
            "placeholders are two unknowns and are never worked out from each other. When only one figure is "
            "missing and the others determine it, the message says what it must be."
        ),
        why=(
            "A target with an X cannot be adopted as it stands, nor followed up. Placeholders tend to "
            "survive "
            "from draft to draft and end up in the final paper."
        ),
        fire_example="X more young people must pass year 9. That is an increase of X%.",
        pass_example="60 more young people must pass year 9. That is an increase of 3%.",
        fix=(
            "Fill in the figures, or leave the target out until they are known; otherwise say when they "
            "will be."
        ),
    ),
)

BASELINE_UNKNOWN: Final = Rule(
    code="SG202",
    name="baseline-unknown",
    severity=Severity.INFO,
    detect=_baseline_unknown,
    da=RuleText(
        title="Målet siger selv, at udgangspunktet endnu er ukendt",
        what=(
            "Et mål, der selv skriver, at udgangspunktet ikke kendes endnu (»(baseline endnu ukendt)«, "
            "»udgangspunktet er endnu ukendt«). Giver målets tal et udgangspunkt, står det i beskeden."
        ),
        why=(
            "Uden udgangspunkt kan ingen se, om procent og antal passer sammen, eller om målet er nået. "
            "Det er "
            "ærligt at skrive det, og derfor er det en oplysning, ikke en fejl, men målet bør ikke vedtages, "
            "før tallet findes."
        ),
        fire_example=(
            "480 flere københavnere klarer sig bedre og har derfor mindre behov for hjælp. "
            "Det svarer til en stigning på 12 pct. (baseline endnu ukendt)."
        ),
        pass_example=(
            "480 flere københavnere klarer sig bedre og har derfor mindre behov for hjælp. "
            "Det svarer til en stigning på 12 pct."
        ),
        fix="Find udgangspunktet (antallet i basisåret), skriv det i målet, og regn procenten efter.",
    ),
    en=RuleText(
        title="The target itself says its baseline is not known yet",
        what=(
            'A target that says its baseline is not known yet ("(baseline not yet known)", "baseline to be '
            "confirmed\"). When the target's figures imply a baseline, the message gives it."
        ),
        why=(
            "Without a baseline nobody can see whether the percentage and the count fit together, or whether "
            "the target has been met. Saying so is honest, so this is information rather than an error, "
            "but the "
            "target should not be adopted until the number is found."
        ),
        fire_example=(
            "480 more residents manage better and need less help. "
            "That is an increase of 12% (baseline not yet known)."
        ),
        pass_example="480 more residents manage better and need less help. That is an increase of 12%.",
        fix=(
            "Find the baseline (the number in the base year), state it in the target and check the "
            "percentage."
        ),
    ),
)

__register__: Final = (PLACEHOLDER_UNRESOLVED, BASELINE_UNKNOWN)
