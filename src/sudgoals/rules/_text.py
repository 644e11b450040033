"""Helpers the rule modules share for writing messages: numbers in Danish and English, ranges, word lookup.

Numbers in messages are for people: Danish uses a decimal comma and a thousands dot ("1.200", "12,5"),
English the reverse. The exact values always go into ``Finding.data`` as well (:func:`exact`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction
from functools import cache

from sudgoals import _regex
from sudgoals._digits import Mode, fixed
from sudgoals.extract.statements import ITEM_OPENER
from sudgoals.interval import Bound, Interval
from sudgoals.model import Direction, Figure, Unit, format_exact

__all__ = [
    "exact",
    "figure_label",
    "in_list_item",
    "number",
    "range_text",
    "sentence_around",
    "word_pattern",
    "years_in",
]

# where a sentence ends: a stop (and closing marks) before blanks and anything but a lower-case letter
# ("3 pct. færre" goes on), or a blank line
_SENTENCE_CUT = _regex.compile(r"[.!?][\"'”’»)]*(?=\s+[^\sa-zæøåäöüéèàáíóúýœß]|\s*\Z)|\n[ \t]*\n")
_REACH = 400  # how far a sentence is looked for on each side of a figure
_YEAR = _regex.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")


def number(value: Fraction | int, lang: str, *, places: int = 1, rounding: str = "nearest") -> str:
    """``value`` for a message in ``lang``: grouped thousands and at most ``places`` decimals.

    ``rounding`` is "nearest" (half away from zero), "floor" or "ceiling" (used to print a range outward).

    >>> number(Fraction(1200), "da"), number(Fraction(25, 2), "da"), number(Fraction(1200), "en")
    ('1.200', '12,5', '1,200')
    >>> number(Fraction(6000, 7), "da", rounding="ceiling")
    '857,2'
    """
    thousands, decimal = (".", ",") if lang == "da" else (",", ".")
    mode: Mode = "floor" if rounding == "floor" else "ceiling" if rounding == "ceiling" else "nearest"
    return fixed(Fraction(value), places, mode, point=decimal, group=thousands, strip_zeros=True)


def range_text(interval: Interval, lang: str, *, whole: bool = False) -> str:
    """An interval as people read it: "811–857", "810,8–857,2", "mindst 90", "højst 12"; "ingen" when empty.

    With ``whole`` the interval is shown by the whole numbers inside it (or as empty when there are none).
    Fractional ends are rounded outward so that the printed range still contains the exact one.

    >>> from sudgoals.interval import closed
    >>> range_text(closed(Fraction(30000, 37), Fraction(6000, 7)), "da", whole=True)
    '811–857'
    >>> range_text(closed(Fraction(30000, 37), Fraction(6000, 7)), "en")
    '810.8–857.2'
    """
    none = "ingen" if lang == "da" else "none"
    if interval.empty:
        return none
    lo, hi = interval.finite_lower(), interval.finite_upper()
    if whole and lo is not None and hi is not None:
        ints = interval.integers()
        if ints is None:
            return none
        a, b = ints
        return number(a, lang) if a == b else f"{number(a, lang)}–{number(b, lang)}"
    if lo is not None and hi is not None:
        if lo == hi:
            return number(lo, lang, places=2)
        return f"{number(lo, lang, rounding='floor')}–{number(hi, lang, rounding='ceiling')}"
    if lo is not None:
        word = ("mindst" if interval.left is Bound.CLOSED else "over") if lang == "da" else "at least"
        if lang == "en" and interval.left is Bound.OPEN:
            word = "more than"
        return f"{word} {number(lo, lang, rounding='floor')}"
    if hi is not None:
        word = ("højst" if interval.right is Bound.CLOSED else "under") if lang == "da" else "at most"
        if lang == "en" and interval.right is Bound.OPEN:
            word = "less than"
        return f"{word} {number(hi, lang, rounding='ceiling')}"
    return "alle" if lang == "da" else "any"


def exact(value: Fraction | int) -> str:
    """The exact string of ``value`` for ``Finding.data`` ("811", "1.4", "2500/3")."""
    return format_exact(value if isinstance(value, Fraction) else Fraction(value))


_DIRECTION_WORDS = {
    ("da", Direction.UP): "flere",
    ("da", Direction.DOWN): "færre",
    ("en", Direction.UP): "more",
    ("en", Direction.DOWN): "fewer",
}


def figure_label(fig: Figure, lang: str, direction: Direction | None = None) -> str:
    """A figure as a message names it: its text as written, with "flere"/"færre" after a count change.

    >>> from sudgoals.model import Unit
    >>> f = Figure(text="150", value=Fraction(150), low=Fraction(150), high=Fraction(150), unit=Unit.COUNT)
    >>> figure_label(f, "da", Direction.UP), figure_label(f, "en", Direction.DOWN), figure_label(f, "da")
    ('150 flere', '150 fewer', '150')
    """
    text = " ".join(fig.text.split())
    if fig.hedge and not text.lower().startswith(fig.hedge.lower()):
        text = f"{fig.hedge} {text}"
    if direction is not None and fig.unit is Unit.COUNT:
        return f"{text} {_DIRECTION_WORDS[(lang, direction)]}"
    return text


@cache
def _compiled(words: tuple[str, ...], ocr: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    classes = dict(ocr)
    alternatives = []
    for word in sorted({w.casefold() for w in words if w.strip()}, key=len, reverse=True):
        parts = []
        for char in word:
            stand_ins = classes.get(char)
            if stand_ins:
                options = sorted({char, *(s.casefold() for s in stand_ins)}, key=len, reverse=True)
                parts.append("(?:" + "|".join(re.escape(o) for o in options) + ")")
            elif char == " ":
                parts.append(r"\s+")
            else:
                parts.append(re.escape(char))
        alternatives.append("".join(parts))
    if not alternatives:
        return _regex.compile(r"(?!x)x")
    return _regex.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def word_pattern(words: Iterable[str], ocr: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` as whole words in case-folded text, OCR stand-ins included.

    Each letter with a confusion class (æ, ø, å) matches any of its stand-ins, so "fravær" also matches
    "fraveer". The pattern has no nested quantifiers: matching is linear in the text. Cached per word list.

    >>> p = word_pattern(["ledigheden", "fravær"], {"æ": ("ae", "ee")})
    >>> bool(p.search("sygt fraveer")), bool(p.search("ledighedens"))
    (True, False)
    """
    return _compiled(tuple(words), tuple(sorted((k, tuple(v)) for k, v in ocr.items())))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds ``[start, end)``: from just after the stop (or blank line) before
    it to just past the stop after it, looked for at most a few hundred characters either way.

    >>> text = "Målet er klart. Andelen faldt fra 11,3 pct. i 2015 til 10 pct. Det er godt."
    >>> a, b = sentence_around(text, 34, 43)
    >>> text[a:b]
    'Andelen faldt fra 11,3 pct. i 2015 til 10 pct.'
    """
    a = max(0, start - _REACH)
    for cut in _SENTENCE_CUT.finditer(text, a, start):
        a = cut.end()
    stop = _SENTENCE_CUT.search(text, end, min(len(text), end + _REACH))
    if stop is None:
        b = min(len(text), end + _REACH)
    else:
        b = stop.end() if text[stop.start()] != "\n" else stop.start()
    while a < b and text[a].isspace():
        a += 1
    return a, b


def in_list_item(text: str, start: int) -> bool:
    """Whether the line that holds ``start`` opens with a bullet or a list number ("- ", "• ", "3. ")."""
    return ITEM_OPENER.match(text, text.rfind("\n", 0, start) + 1) is not None


def years_in(text: str) -> list[tuple[int, int]]:
    """The years (1900-2099, written as four digits on their own) in ``text``, with where each starts.

    >>> years_in("fra 2008-2018, 12.000 og 2.019 personer")
    [(2008, 4), (2018, 9)]
    """
    return [(int(m.group()), m.start()) for m in _YEAR.finditer(text)]
