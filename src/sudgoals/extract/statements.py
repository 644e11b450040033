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
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, cast

from sudgoals import _regex
from sudgoals.extract._scan import spelt_in, spelt_spans
from sudgoals.model import Direction, Document, Paper, Statement, trusted

__all__ = ["add_goal_statements", "goal_statements", "states_rank"]

if TYPE_CHECKING:
    from sudgoals.lang import LanguageData

# "blandt de fem", "among the top 10": the words between a rank opener and its number are this short at most
_RANK_BETWEEN = 4

# a paragraph break: a line break, blanks and a line break (a run of them is read as one, see goal_statements)
_BLANK_LINE = _regex.compile(r"\n[ \t\f\v\r]*\n")
_SENTENCE_END = _regex.compile(r"(?<=[.!?])[\"'”’»)]*\s+")
_LINE_BREAK = _regex.compile(r"\n")
_WORD = _regex.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a figure: a per cent sign, or a run of digits that is not a year (a year is a whole run of four digits that
# opens with 19 or 20); one search, where blanking the years out first built a copy of every sentence
_FIGURE = _regex.compile(r"%|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")
_DIGIT_OR_PERCENT = _regex.compile(r"[\d%]")  # where a figure may start (a one-class search is 6x faster)
_RANK_WORD = _regex.compile(r"[^\W_]+")  # words and numbers, for :func:`states_rank`
# a list item's mark at a line's start: a bullet and a blank (or the line's end), or a list number
_ITEM_MARK = r"[ \t]*(?:[•‣◦▪▫■□●○◆◇►▶➢➤✓✔\-–—*·+>»](?:[ \t]|$)|\d{1,2}[.)][ \t]"
ITEM_OPENER = _regex.compile(_ITEM_MARK + ")")  # a line that opens a list item
_LIST_OPENER = _regex.compile(_ITEM_MARK + "|#)")  # ... or a heading


def _is_number(word: str, data: LanguageData) -> bool:
    return word.isdigit() or word in data.number_words or word in data.number_values


def states_rank(words: list[str], data: LanguageData) -> bool:
    """Whether ``words`` (lower case) state a place in a ranking: a rank opener ("blandt", "among", "top"),
    at most two short words ("de", "the", "top"), and a number in digits or words ("blandt de fem bedste",
    "among the top 10", "i top 3"); "blandt andet" is no rank (a longer word stands between).

    >>> from sudgoals.lang import load
    >>> states_rank("danmark skal være blandt de tre bedste".split(), load("da"))
    True
    >>> states_rank("vi skal blandt andet reducere madspild".split(), load("da"))
    False
    """
    openers = data.rank_openers
    if openers.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if word not in openers:
            continue
        for j in range(k + 1, min(k + 4, len(words))):
            if _is_number(words[j], data):
                return True
            if len(words[j]) > _RANK_BETWEEN:
                break
    return False


class _Words:
    """The word lists of one language that this pass needs, each as a set of lower-case words."""

    __slots__ = (
        "aux",
        "candidate_words",
        "candidates",
        "data",
        "direction_words",
        "down",
        "intent",
        "known",
        "memo",
        "ocr",
        "opener_down",
        "opener_up",
        "openers",
        "skip",
        "up",
    )

    def __init__(self, code: str) -> None:
        from sudgoals.lang import load

        data = load(code)
        self.data = data
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
        self.known = self.up | self.down | self.opener_up | self.opener_down | self.intent
        self.skip = self.known | self.aux  # words that are not part of what a goal is about
        self.memo: dict[str, str] = {}
        openers = tuple(sorted(self.intent | self.opener_up | self.opener_down))
        self.candidates = _pattern(openers, tuple(sorted(self.ocr.items())))
        self.candidate_words = _alternatives(openers, tuple(sorted(self.ocr.items())))  # without boundaries
        # every spelling of a word of direction, inside other words too: where none is, no word of the
        # sentence reads as one (see :meth:`canonical`)
        self.direction_words = _alternatives(
            tuple(sorted(self.up | self.down)), tuple(sorted(self.ocr.items()))
        )
        self.openers = self.opener_up | self.opener_down

    def canonical(self, word: str) -> str:
        """``word`` in lower case with OCR stand-ins of letters with a confusion class read as the letter
        when that makes it one of the words known here ("feerre" -> "færre")."""
        found = self.memo.get(word)
        if found is not None:
            return found
        lower = word.lower()
        found = lower
        if lower not in self.known:
            for letter, stand_ins in self.ocr.items():
                for stand_in in stand_ins:
                    if stand_in and stand_in in lower:
                        fixed = lower.replace(stand_in, letter)
                        if fixed in self.known:
                            found = fixed
        if len(self.memo) < 100_000:
            self.memo[word] = found
        return found


@cache
def _words(code: str) -> _Words:
    return _Words(code)


@cache
def _pattern(words: tuple[str, ...], ocr: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """Any of ``words`` (lower case) as a whole word between ``\\b`` boundaries, letters with an OCR class
    matching their stand-ins."""
    body = _alternatives(words, ocr)
    # matched on lower-cased text (when lower-casing keeps every offset): a third faster than IGNORECASE
    return _regex.compile(r"\b(?:" + body + r")\b")


def _alternatives(words: tuple[str, ...], ocr: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """``words`` (lower case), longest first, as one alternation whose letters with an OCR class match their
    stand-ins; literals and groups only, so that Python's ``re`` and RE2 read it alike."""
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
    return "|".join(alternatives)


def _finditer(pattern: re.Pattern[str], body: str, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, where ``pattern`` is ``\\b(?:body)\\b``, tried only where RE2 finds
    ``body`` spelt (:func:`~sudgoals.extract._scan.spelt_spans`) instead of at every offset: Python's ``re``
    has no literal to skip to in an alternation of many words (measured on the seed papers: 46 ms a MB,
    against 13 ms for RE2's pass).

    The same matches: one can start only where ``body`` is spelt, and every such place lies in a span RE2
    reports (RE2 goes on from each span's end to the leftmost place spelt after it), so the places tried,
    in order and from where the last match ended, are all those ``finditer`` would find one at. Inside a
    span of letters only the first place can open a match: between two letters is no word boundary."""
    spans = spelt_spans(body, text)
    if spans is None:
        yield from pattern.finditer(text)
        return
    match = pattern.match  # (a boundary at ``pos`` is read against the character before it, as search does)
    done = 0  # where the last match ended
    for start, end in spans:
        if end <= done:
            continue
        if text[start:end].isalpha():
            if start >= done and (m := match(text, start)) is not None:
                yield m
                done = m.end()
            continue
        at = max(start, done)
        while at < end:
            m = match(text, at)
            if m is None:
                at += 1
                continue
            yield m
            done = at = m.end()


def _paragraph_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each paragraph after a run of breaks opens, and where the paragraph before the run ends (at the
    run's second line break), one entry per run of blank lines however long it is."""
    opens: list[int] = []
    closes: list[int] = []
    last = -1
    for br in _BLANK_LINE.finditer(text):
        if br.start() == last:  # the run goes on
            opens[-1] = last = br.end()
        else:
            last = br.end()
            opens.append(last)
            closes.append(last - 1)
    return opens, closes


def _in_list_item(text: str, line_start: int) -> bool:
    """Whether the sentence on the line that opens at ``line_start`` is (in) a list item or a heading line:
    its line opens with a bullet, a list number or "#"."""
    return _LIST_OPENER.match(text, line_start) is not None


def _has_figure(sentence: str) -> bool:
    first = _DIGIT_OR_PERCENT.search(sentence)  # most sentences have no digit at all
    return first is not None and _FIGURE.search(sentence, first.start()) is not None


def _direction(tokens: list[str], words: _Words) -> Direction | None:
    """The direction of a goal sentence, or None when it is not one."""
    if not tokens:
        return None
    if tokens[0] in words.opener_up:
        return Direction.UP
    if tokens[0] in words.opener_down:
        return Direction.DOWN
    if words.intent.isdisjoint(tokens):
        return None
    for t in tokens:
        if t in words.up:
            return Direction.UP
        if t in words.down:
            return Direction.DOWN
    return None


def goal_statements(
    document: Document, paper: Paper, *, lowered: str | None = None, limit: int | None = None
) -> list[Statement]:
    """The goal sentences of ``document``'s paragraphs that have a direction and no figure, in text order,
    leaving out those ``paper`` already holds (as targets, unlinked figures or statements). ``lowered``, when
    given, is ``document.text.lower()`` (the extractor made it already).

    Raises :class:`~sudgoals.errors.TooManyFiguresError` as soon as these and the paper's goals without a
    figure are more than ``limit`` (no limit when ``None``): each becomes a finding, so time and memory grow
    with them (a file of 263,000 one-line goals took 26 s and 570 MiB)."""
    text = document.text
    words = _words(paper.language)
    taken = sorted(
        [(t.span.start, t.span.end) for t in paper.targets]
        + [(f.span.start, f.span.end) for f in paper.unlinked if f.span is not None]
        + [(s.span.start, s.span.end) for s in paper.unquantified]
    )
    starts = [a for a, _ in taken]
    ends = [b for _, b in taken]
    # reach[k]: the furthest end among the 8 taken spans before the k-th (built once, not per candidate)
    reach = [0] + [max(ends[max(0, k - 8) : k]) for k in range(1, len(ends) + 1)]
    bisect_left = bisect.bisect_left

    def overlaps(a: int, b: int) -> bool:
        k = bisect_left(starts, b)
        return k > 0 and reach[k] > a  # the 8 taken spans that start before b

    # paragraphs: one opens where a run of breaks ends (``opens``) and ends at the second line break of the
    # run after it (``closes``); a candidate word is never inside a run. Made when the first candidate gets
    # that far (a paper with no candidate word never needs them), one entry per run of breaks, so a file of
    # empty lines holds one
    opens: list[int] | None = None
    closes: list[int] = []
    # where the line of the last sentence looked at opens, and that sentence's start: the next sentence's line
    # start is searched back only to there (sentences come in order), not to the paragraph's start each time
    line_at, line_start = -1, 0
    found: list[Statement] = []
    looked_at: set[int] = set()
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): keep the offsets exact
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    seen_until = -1  # the end of the last sentence looked at: its other words need no second look
    memo = words.memo
    for m in _finditer(words.candidates, words.candidate_words, lowered):
        at = m.start()
        if at < seen_until:
            continue
        if overlaps(at, m.end()):
            continue  # a word of a target (or of a goal already found): its sentence is not unquantified
        if opens is None:
            opens, closes = _paragraph_breaks(text)
        k = bisect.bisect_right(opens, at)
        para_start = opens[k - 1] if k else 0
        para_end = closes[k] if k < len(closes) else len(text)
        end = _sentence_end(text, at, para_end)
        if not text[at].isspace():
            # the sentence's end is known before its start: a sentence that does not end with a stop, or
            # that holds a figure from the candidate on, is dropped without looking back for its start.
            # ``b`` is where the whole sentence ends (trailing blanks off), as below; a digit at ``at``
            # opens its run (``at`` is at a word boundary), so a figure from ``at`` is one of the sentence
            b = end
            while b > at and text[b - 1].isspace():
                b -= 1
            if text[b - 1] not in ".!?" or _has_figure(text[at:b]):
                seen_until = b  # as below: the later candidates of this sentence need no look
                continue
        here = _trimmed(text, _sentence_start(text, at, para_start), end)
        if here is None or here[0] in looked_at:
            continue
        a, b = here
        looked_at.add(a)
        seen_until = b
        # the cheap tests first; the sentence after is found only for a sentence that passes them
        if text[b - 1] in ".!?":
            back = max(para_start, line_at) if a >= line_at else para_start
            nl = text.rfind("\n", back, a)
            if nl != -1:
                line_start = nl + 1
            elif back == para_start:
                line_start = para_start
            line_at = a
        if text[b - 1] not in ".!?" or _in_list_item(text, line_start) or _has_figure(text[a:b]):
            continue
        if overlaps(a, b):
            continue
        after = _sentence_after(text, end, para_end)
        if after is not None and (
            overlaps(*after) or states_rank(_RANK_WORD.findall(lowered[after[0] : after[1]]), words.data)
        ):
            continue  # the sentence after holds the goal's figure: a target, or a place in a ranking
        sentence = text[a:b]
        if spelt_in(words.direction_words, lowered[a:b]) is False:
            # no word of direction in any spelling (RE2, in C): a goal only if it opens with a count
            # adjective, so only its first word is read (most candidates state an intent, no direction)
            first = _WORD.search(sentence)
            if first is None or words.canonical(first.group()) not in words.openers:
                continue
        # the words themselves, not a search for words of direction first: that pattern (every OCR spelling,
        # between look-arounds) costs more per sentence than reading its words, and finds only words whose
        # canonical spelling is one (so it decided nothing :func:`_direction` does not)
        raw = _WORD.findall(sentence)
        known: list[str | None] = list(map(memo.get, raw))  # the memo at C speed: most words repeat
        tokens = (
            [t or words.canonical(w) for w, t in zip(raw, known, strict=True)]
            if None in known
            else cast("list[str]", known)
        )
        direction = _direction(tokens, words)
        if direction is None:
            continue
        if limit is not None and len(found) + len(paper.unquantified) >= limit:
            from sudgoals.errors import TooManyFiguresError

            raise TooManyFiguresError.of_goals(document.path, limit)
        span = document.span(a, b - 1)  # without the full stop, as the extractor quotes list goals
        indicator = " ".join(w for w, t in zip(raw, tokens, strict=True) if t not in words.skip)
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


# a stop that ends a sentence: blanks and no lower-case letter after it ("3 pct. færre end ..." goes on)
_PUNCT_CUT = _regex.compile(r"[.!?][\"'”’»)]*(?=\s*\Z|\s+[^\sa-zæøåäöüéèàáíóúýœß])")
# the last match of _PUNCT_CUT in a window: matches cannot overlap (a match is a stop and its closing marks,
# and a stop is no closing mark), so the one that starts last is the one that ends last
_LAST_PUNCT_CUT = _regex.compile(r"(?s:.*)" + _PUNCT_CUT.pattern)
_BACK_WINDOW = 400
_STOP_OR_BREAK = _regex.compile(r"[.!?\n]")


def _opens_sentence(text: str, newline: int, end: int) -> bool:
    """Whether the line after the line break at ``newline`` starts a new sentence: it opens with anything
    but a lower-case letter (a capital, a digit, a bullet), not with a wrapped sentence's next word."""
    k = newline + 1
    while k < end and text[k] in " \t":
        k += 1
    return k < end and not text[k].islower()


def _sentence_end(text: str, pos: int, end: int) -> int:
    """Where the sentence that holds ``pos`` ends (just past its full stop), at most ``end``: at the first
    stop that ends a sentence or line break that opens one, whichever comes first. Read forward from ``pos``
    one stop or line break at a time, so a paragraph of many one-line sentences with no full stop ("Flere"
    under "Flere" from an HTML page of paragraphs) is read once, not once for each of its lines."""
    for m in _STOP_OR_BREAK.finditer(text, pos, end):
        at = m.start()
        if text[at] == "\n":
            if _opens_sentence(text, at, end):
                return at
        else:
            stop = _PUNCT_CUT.match(text, at, end)
            if stop is not None:
                return stop.end()
    return end


def _sentence_start(text: str, pos: int, start: int) -> int:
    """Where the sentence that holds ``pos`` starts, at least ``start``."""
    cut = start
    low = max(start, pos - _BACK_WINDOW)
    while True:
        # the last full stop of the window (the greedy prefix backs off from ``pos``: one C-level call)
        last = _LAST_PUNCT_CUT.match(text, low, min(pos + 1, len(text)))  # the word at pos seen after a stop
        if last is not None:
            cut = max(cut, last.end())
        if cut > start or low == start:
            break
        low = start  # no full stop in the window: look back to the paragraph's start
    newline = text.rfind("\n", cut, pos)
    while newline != -1:
        if _opens_sentence(text, newline, pos + 1):
            cut = max(cut, newline + 1)
            break
        newline = text.rfind("\n", cut, newline)
    return cut


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _sentence_after(text: str, end: int, para_end: int) -> tuple[int, int] | None:
    """The sentence that follows the one ending at ``end`` in its paragraph (which ends at ``para_end``)."""
    nxt = end
    while nxt < para_end and text[nxt].isspace():
        nxt += 1
    if nxt < para_end:
        return _trimmed(text, nxt, _sentence_end(text, nxt + 1, para_end))
    return None


def add_goal_statements(
    document: Document, paper: Paper, *, lowered: str | None = None, limit: int | None = None
) -> Paper:
    """``paper`` with :func:`goal_statements` added to its unquantified goals, all in text order (at most
    ``limit`` in all, see :func:`goal_statements`)."""
    from sudgoals.model import replace

    extra = goal_statements(document, paper, lowered=lowered, limit=limit)
    if not extra:
        return paper
    merged = sorted([*paper.unquantified, *extra], key=lambda s: s.span.start)
    return replace(paper, unquantified=merged)
