"""How numbers, intervals and figures are written in reports: Danish style (decimal comma, thousands dot)
for ``lang="da"``, English style otherwise.

Display only: nothing here decides a verdict. Values that have no short decimal form are rounded
*outward* (a lower bound down, an upper bound up), so a printed interval always contains the exact one.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from sudgoals._digits import Mode, fixed, round_places, terminating_places
from sudgoals.model import Figure, ImpliedBaseline, Target

__all__ = [
    "baseline",
    "figure",
    "figure_interval",
    "figure_text",
    "figures_pair",
    "interval",
    "number",
    "where",
]

_Round = Literal["nearest", "down", "up"]


def number(value: Fraction, lang: str, *, places: int = 2, mode: _Round = "nearest") -> str:
    """``value`` written for a reader: "1.234,5" (da) or "1,234.5" (en).

    A value with at most ``places`` decimals is written exactly; any other is rounded by ``mode``
    ("nearest", or "down"/"up" for interval bounds) and marked with "≈" when rounded to nearest.

    >>> number(Fraction(7, 5), "da"), number(Fraction(1200), "da"), number(Fraction(1200), "en")
    ('1,4', '1.200', '1,200')
    >>> number(Fraction(1, 3), "en"), number(Fraction(1, 3), "en", mode="up")
    ('≈0.33', '0.34')
    """
    decimal_sep, group_sep = (",", ".") if lang == "da" else (".", ",")
    exact_places = terminating_places(value)
    prefix = ""
    if exact_places is None or exact_places > places:
        if mode == "nearest":
            prefix = "≈"
        rounding: Mode = "floor" if mode == "down" else "ceiling" if mode == "up" else "nearest"
        value = round_places(value, places, rounding)
        exact_places = terminating_places(value) or 0
    return prefix + fixed(value, exact_places, point=decimal_sep, group=group_sep, strip_zeros=True)


def interval(
    low: Fraction | None,
    high: Fraction | None,
    lang: str,
    *,
    low_closed: bool = True,
    high_closed: bool = True,
) -> str:
    """An interval as "[17,5; 18,5)" (da) or "[17.5, 18.5)" (en); ``None`` bounds are unbounded (∞).

    >>> interval(Fraction(35, 2), Fraction(37, 2), "da", high_closed=False)
    '[17,5; 18,5)'
    """
    sep = "; " if lang == "da" else ", "
    left = "-∞" if low is None else number(low, lang, mode="down")
    right = "∞" if high is None else number(high, lang, mode="up")
    opening = "[" if low is not None and low_closed else "("
    closing = "]" if high is not None and high_closed else ")"
    return f"{opening}{left}{sep}{right}{closing}"


def baseline(value: ImpliedBaseline | None, lang: str) -> str:
    """An implied baseline: "811–857" for whole numbers, else an interval; "–" when there is none.

    >>> baseline(ImpliedBaseline(low=811, high=857, whole=True), "da")
    '811–857'
    """
    if value is None:
        return "–"
    if value.whole:
        if value.low is not None and value.high is not None:
            if value.low == value.high:
                return number(value.low, lang)
            return f"{number(value.low, lang)}–{number(value.high, lang)}"
        if value.low is not None:
            return f"≥ {number(value.low, lang)}"
        if value.high is not None:
            return f"≤ {number(value.high, lang)}"
        return "–"
    return interval(value.low, value.high, lang, low_closed=value.low_closed, high_closed=value.high_closed)


def figure_text(fig: Figure | None) -> str:
    """The figure as written, its hedge in front unless the text already has it: "ca. 20 pct."."""
    if fig is None:
        return ""
    text = fig.text.strip()
    if fig.hedge and not text.lower().startswith(fig.hedge.lower()):
        text = f"{fig.hedge} {text}"
    return text


def figure_interval(fig: Figure, lang: str) -> str:
    """The interval a figure was read as, and the hedged one when the policy widened it; "" when none."""
    parts: list[str] = []
    if (fig.low is not None or fig.high is not None) and not (
        fig.value is not None and fig.low == fig.value and fig.high == fig.value
    ):
        parts.append(
            interval(fig.low, fig.high, lang, low_closed=fig.low_closed, high_closed=fig.high_closed)
        )
    if fig.hedged_low is not None or fig.hedged_high is not None:
        hedged = interval(
            fig.hedged_low,
            fig.hedged_high,
            lang,
            low_closed=fig.hedged_low_closed,
            high_closed=fig.hedged_high_closed,
        )
        parts.append(f"{fig.hedge or '~'}: {hedged}")
    return " ".join(parts)


def figure(fig: Figure | None, lang: str, *, sep: str = " ") -> str:
    """A figure with its interval: "18 pct. [17,5; 18,5)"; "" for ``None``."""
    if fig is None:
        return ""
    text = figure_text(fig)
    extra = figure_interval(fig, lang)
    return f"{text}{sep}{extra}" if extra else text


def figures_pair(target: Target) -> str | None:
    """The stated figures of a target as written, joined: "150 / 18 pct."; ``None`` when it has none."""
    parts = [figure_text(f) for f in (target.absolute, target.relative, target.baseline, target.level) if f]
    return " / ".join(parts) if parts else None


def where(line: int, column: int, page: int | None = None, lang: str = "en") -> str:
    """A position as "53:3", or "s. 2, 53:3" (da) / "p. 2, 53:3" (en) with a page."""
    if page is None:
        return f"{line}:{column}"
    return f"{'s.' if lang == 'da' else 'p.'} {page}, {line}:{column}"
