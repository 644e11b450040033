"""Goals stated in prose with a direction and no figure ("Loneliness among older residents will fall.").

The extractor finds such goals in list items (the first sentence of an item without a figure). A goal is
just as often a sentence of its own in a paragraph, after a heading or after other prose; this pass finds
those, so that ``goal-unquantified`` (SG701) fires on a goal sentence whatever precedes it and whether or
not it has a bullet. A sentence is a goal without a figure when

- it is a whole sentence (it ends with ".", "!" or "?": a heading is not), and it stands in a paragraph,
  not in a list item (list items are the extractor's);
- it opens with a count adjective ("Færre borgere …", "More young people …"), or it states an intent
  ("skal", "will", …) and has a word of direction ("falde", "fall", "reduce" …; weak words such as "more"
  or "up" alone do not count);
- it holds no figure (no digits other than a year, no per cent sign) and no target, and the sentence after
  it in the same paragraph holds no target either (that sentence is the goal's figure).

All words come from the language files (direction words, count adjectives, intent words, OCR confusion
classes); the code names no language. One regular-expression pass finds candidate words; only the
paragraphs around them are looked at, so text without such words costs one scan.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from sudgoals.model import Direction, Document, Paper, Statement, trusted

__all__ = ["add_goal_statements", "goal_statements"]

_BLANK_LINE = re.compile(r"\n[ \t\f\v\r]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’»)]*\s+")
_LINE_BREAK = re.compile(r"\n")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FIGURE = re.compile(r"\d+|%")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LIST_OPENER = re.compile(r"[ \t]*(?:[•‣◦▪▫■□●○◆◇►▶➢➤✓✔\-–—*·+>»](?:[ \t]|$)|\d{1,2}[.)][ \t]|#)")


class _Words:
    """The word lists of one language that this pass needs, each as a set of lower-case words."""

    __slots__ = ("aux", "candidates", "down", "intent", "ocr", "opener_down", "opener_up", "up")

    def __init__(self, code: str) -> None:
        from sudgoals.lang import load

        data = load(code)
        weak = {w.lower() for w in data.weak_direction}
        self.up = {w.lower() for w in data.up} - weak
        self.down = {w.lower() for w in data.down} - weak
        self.opener_up = {w.lower() for w in data.count_adjectives_up}
        self.opener_down = {w.lower() for w in data.count_adjectives_down}
        self.intent = {w.lower() for w in data.intent}
        self.aux = {w.lower() for w in data.aux}
        # a stand-in that is a single ASCII letter is also that letter in every other word ("have" is not
        # "hæve"): only longer or non-letter stand-ins are read back ("feerre", "f@rre")
        self.ocr = {
            letter: tuple(s.lower() for s in stand_ins if len(s) > 1 or not (s.isascii() and s.isalnum()))
            for letter, stand_ins in data.ocr.items()
        }
        self.candidates = _pattern(
            tuple(sorted(self.intent | self.opener_up | self.opener_down)),
            tuple(sorted(self.ocr.items())),
        )

    def canonical(self, word: str) -> str:
        """``word`` in lower case with OCR stand-ins of letters with a confusion class read as the letter
        when that makes it one of the words known here ("feerre" -> "færre")."""
        lower = word.lower()
        known = self.up | self.down | self.opener_up | self.opener_down | self.intent
        if lower in known:
            return lower
        for letter, stand_ins in self.ocr.items():
            for stand_in in stand_ins:
                if stand_in and stand_in in lower:
                    fixed = lower.replace(stand_in, letter)
                    if fixed in known:
                        return fixed
        return lower


@cache
def _words(code: str) -> _Words:
    return _Words(code)


@cache
def _pattern(words: tuple[str, ...], ocr: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, any case, letters with an OCR class matching their stand-ins."""
    classes = dict(ocr)
    alternatives = []
    for word in sorted(set(words), key=len, reverse=True):
        parts = []
        for char in word:
            options = sorted({char, *classes.get(char, ())}, key=len, reverse=True)
            parts.append(
                "(?:" + "|".join(re.escape(o) for o in options) + ")" if len(options) > 1 else re.escape(char)
            )
        alternatives.append("".join(parts))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (one paragraph) as offsets, surrounding blanks left out: cut
    after ".", "!" or "?" and at a line break before a line that opens with a capital, a digit or a bullet
    (a heading, a list item, a new sentence), never inside a wrapped sentence."""
    cuts = [start]
    for m in _SENTENCE_END.finditer(text, start, end):
        cuts.append(m.end())
    for m in _LINE_BREAK.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt] in " \t":
            nxt += 1
        if nxt < end and not text[nxt].islower():
            cuts.append(m.end())
    cuts.append(end)
    out: list[tuple[int, int]] = []
    ordered = sorted(set(cuts))
    for left, right in itertools.pairwise(ordered):
        a, b = left, right
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _in_list_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is (in) a list item or a heading line: its line opens with a bullet,
    a list number or "#"."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LIST_OPENER.match(text, line_start) is not None


def _has_figure(sentence: str) -> bool:
    return _FIGURE.search(_YEAR.sub(" ", sentence)) is not None


def _direction(tokens: list[str], words: _Words) -> Direction | None:
    """The direction of a goal sentence, or None when it is not one."""
    if not tokens:
        return None
    if tokens[0] in words.opener_up:
        return Direction.UP
    if tokens[0] in words.opener_down:
        return Direction.DOWN
    if not any(t in words.intent for t in tokens):
        return None
    for t in tokens:
        if t in words.up:
            return Direction.UP
        if t in words.down:
            return Direction.DOWN
    return None


def goal_statements(document: Document, paper: Paper) -> list[Statement]:
    """The goal sentences of ``document``'s paragraphs that have a direction and no figure, in text order,
    leaving out those ``paper`` already holds (as targets, unlinked figures or statements)."""
    text = document.text
    words = _words(paper.language)
    taken = sorted(
        [(t.span.start, t.span.end) for t in paper.targets]
        + [(f.span.start, f.span.end) for f in paper.unlinked if f.span is not None]
        + [(s.span.start, s.span.end) for s in paper.unquantified]
    )
    starts = [a for a, _ in taken]

    def overlaps(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b)
        return any(taken[j][1] > a for j in range(max(0, k - 8), k))

    breaks = [m.end() for m in _BLANK_LINE.finditer(text)]
    found: list[Statement] = []
    seen_paragraphs: set[int] = set()
    for m in words.candidates.finditer(text):
        k = bisect.bisect_right(breaks, m.start())
        para_start = breaks[k - 1] if k else 0
        if para_start in seen_paragraphs:
            continue
        seen_paragraphs.add(para_start)
        para_end = breaks[k] - 1 if k < len(breaks) else len(text)
        sentences = _sentences(text, para_start, para_end)
        for index, (a, b) in enumerate(sentences):
            sentence = text[a:b]
            if sentence[-1] not in ".!?" or _has_figure(sentence) or _in_list_item(text, a):
                continue
            if overlaps(a, b) or (index + 1 < len(sentences) and overlaps(*sentences[index + 1])):
                continue
            tokens = [words.canonical(w) for w in _WORD.findall(sentence)]
            direction = _direction(tokens, words)
            if direction is None:
                continue
            end = b - 1
            span = document.span(a, end)
            skip = words.intent | words.up | words.down | words.aux | words.opener_up | words.opener_down
            raw = _WORD.findall(sentence)
            indicator = " ".join(w for w, t in zip(raw, tokens, strict=True) if t not in skip)
            found.append(
                trusted(
                    Statement,
                    span=span,
                    text=" ".join(span.quote.split()),
                    direction=direction,
                    indicator=indicator,
                )
            )
    return found


def add_goal_statements(document: Document, paper: Paper) -> Paper:
    """``paper`` with :func:`goal_statements` added to its unquantified goals, all in text order."""
    from sudgoals.model import replace

    extra = goal_statements(document, paper)
    if not extra:
        return paper
    merged = sorted([*paper.unquantified, *extra], key=lambda s: s.span.start)
    return replace(paper, unquantified=merged)
