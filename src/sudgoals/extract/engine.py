"""The target extractor: one pass over a goal paper, from text to a :class:`~sudgoals.model.Paper`.

The pass is layered, and every layer is linear in its input:

1. **Blocks.** Lines are grouped into blocks: a paragraph (hard-wrapped OCR lines join), or a list item
   that starts with a bullet (including OCR's stand-ins "e ", "o ", "¢ ", "% "), a list number ("4. Flere
   ...") or a figure with a direction word ("90 færre ..."). Blank lines end blocks, and so does a
   form feed after words on its line; a form feed that opens a line (a page break as the PDF reader writes
   it, see ``_Extractor._runs_on``) does not: a sentence runs on over it.
2. **Tokens.** Each block is tokenised once with :data:`~sudgoals.extract.lexicon.TOKEN_RE`; every word is
   looked up in the OCR-tolerant lexicon (one dict access).
3. **Sentences.** A full stop ends a sentence only where the next token starts one (a capital, a list
   number), so "ca. 20", "18. pct." and "9. klasse" stay inside theirs.
4. **Figures.** Numbers, number words, fractions, factor verbs and placeholders, with the hedge before and
   the unit after. Years, dates, ordinals ("4. kvartal"), ranges ("10-15"), footnote marks ("borgere2"),
   list numbers and counts of other things ("8.000 medarbejdere") are set aside here.
5. **Roles and targets.** A count followed by "flere"/"færre" is an absolute change; a percent after "en
   stigning på" or "faldet med", or before "færre", is a relative change; a percent before "af" is a level;
   "fra A til B" is a baseline and a level. An absolute and a relative in one sentence, or in the next one
   when it opens with "Det svarer til", are one target.

The layers are a chain of classes, one module each, every one building on the one before:
:mod:`~sudgoals.extract.blocks` (1-3), :mod:`~sudgoals.extract.context` (the words around a figure),
:mod:`~sudgoals.extract.figures` (4), :mod:`~sudgoals.extract.roles` and :mod:`~sudgoals.extract.sentences`
(5), :mod:`~sudgoals.extract.tables` (rows read as sentences), and :class:`_Extractor` here, which runs them
over the blocks and makes the paper; the items they share are in :mod:`~sudgoals.extract.parts`.

Nothing is dropped silently: a percent figure that no rule of step 5 claims goes to ``Paper.unlinked``.
The quoted text is always the original; OCR damage is matched, never rewritten.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from sudgoals import _regex
from sudgoals.extract.parts import _BULLET_CHARS, Block, _lines
from sudgoals.extract.tables import TableReader
from sudgoals.lang import LANGUAGES
from sudgoals.model import (
    Direction,
    Document,
    GoalList,
    ListNumber,
    Paper,
    Span,
    Statement,
    Target,
    TargetKind,
    replace,
    trusted,
)
from sudgoals.numbers import CEILING_HEDGES, FLOOR_HEDGES

__all__ = ["detect_language", "extract_document"]
_PERIOD_RE = _regex.compile(r"(?<!\d)((?:19|20)\d\d)\s{0,3}[-–—]\s{0,3}((?:19|20)\d\d|\d\d)(?![\d/])")
_OCR_DAMAGED = 5  # keywords matched through confusion classes before a paper counts as an OCR scan


def detect_language(text: str) -> str:
    """The language of ``text`` (a code of :data:`~sudgoals.lang.LANGUAGES`): the one whose common short
    words and letters (``[detect]`` in its data file) occur most often in the first 20,000 characters, a word
    or letter that only one language lists counting three times; the first language on a tie. The letters
    decide a line too short for any common word ("Mål: 450 bostäder" is Swedish by its "ä").

    >>> detect_language("Det svarer til en stigning på 18 pct. og det er godt")
    'da'
    >>> detect_language("This is the aim")
    'en'
    >>> detect_language("Fraværet i etaten skal ned med 15 prosent sammenlignet med nivået i 2022")
    'nb'
    >>> detect_language("Regionen ska ha minst 4 000 nya bostäder och väntetiden ska minska")
    'sv'
    >>> detect_language("Mål 2030: 560 bostäder")
    'sv'
    """
    counts = _detect_counts(text[:20_000].lower())
    best = max(counts.values())
    return next(code for code, count in counts.items() if count == best)


def _detect_counts(sample: str) -> dict[str, int]:
    from sudgoals.lang import LANGUAGES, detect_endings, detect_letters, detect_shared, detect_words

    words = re.findall(r"[^\W\d_]+", sample)
    tally: dict[str, int] = {}
    for word in words:
        tally[word] = tally.get(word, 0) + 1
    letters = {c: sample.count(c) for code in LANGUAGES for c in detect_letters(code)}
    return {
        code: sum(tally.get(w, 0) for w in detect_words(code))
        + 2 * sum(tally.get(w, 0) for w in _distinct_detect_words(code))
        + sum(tally.get(w, 0) for w in detect_shared(code))
        + sum(n for w, n in tally.items() if w.endswith(detect_endings(code)))
        + sum(letters[c] for c in detect_letters(code))
        + 2 * sum(letters[c] for c in _distinct_detect_letters(code))
        for code in LANGUAGES
    }


@cache
def _distinct_detect_words(code: str) -> frozenset[str]:
    """The detection words of ``code`` that no other language lists: "og" tells Danish from English, not
    from Norwegian, so it counts for neither."""
    from sudgoals.lang import LANGUAGES, detect_words

    others: set[str] = set()
    for other in LANGUAGES:
        if other != code:
            others |= detect_words(other)
    return detect_words(code) - others


@cache
def _distinct_detect_letters(code: str) -> frozenset[str]:
    """The detection letters of ``code`` that no other language lists: a letter two languages write would
    count once for each and tell neither from the other."""
    from sudgoals.lang import LANGUAGES, detect_letters

    others: set[str] = set()
    for other in LANGUAGES:
        if other != code:
            others |= detect_letters(other)
    return detect_letters(code) - others


class _Extractor(TableReader):
    """The whole pass over one document: the stages of the chain, and the paper they make."""

    def run(self) -> Paper:
        self.blocks_seen.clear()
        for some in self._split():
            for block in some:
                self.blocks_seen.append(block)
                self.block(block)
        return self.paper()

    def block(self, block: Block) -> None:
        if block.kind == "numbered" and block.number is not None:
            dot = self.text.find(".", block.start, block.content)
            end = dot + 1 if dot != -1 else block.content
            mark = trusted(ListNumber, number=block.number, span=self.doc.span(block.start, end))
            self.list_marks.append(mark)
        if block.kind == "para" and not self.scan.any(block.content, block.end):
            # no figure material (see ``_scan``): no figure in the paragraph but a table's bare numbers
            # ("| Del 1 | 12 | 15 |"), which are figures only because the table is one
            self._pipe_table(block)
            return
        if block.kind == "para" and (
            self._pipe_table(block)
            or self._labelled(block)
            or self._kpi_line(block)
            or self._year_row(block)
            or self._target_heading(block)
            or self._key_figure_lines(block)
        ):
            return
        if block.kind != "para":
            # a list item is read whole when it may hold a figure or a goal stated without one (an empty one,
            # a bullet and nothing after it, holds neither)
            if block.content < block.end and (
                self.scan.any(block.content, block.end)
                or self.scan.direction(block.content, block.end)
                or self._opens_with_count_adjective(block)
            ):
                self.chunk(block, block.content, block.end)
            return
        for start, end in self._chunks(block):
            self.chunk(block, start, end)
            if end < block.end:  # the sentences skipped after a chunk are no "next sentence" to it
                self.sentence_starts.append(end)

    # ---------------------------------------------------------------- the paper
    def paper(self) -> Paper:
        text = self.text
        period: tuple[int, int] | None = None
        period_span: Span | None = None
        m = _PERIOD_RE.search(text, 0, min(len(text), 3000))
        if m:
            first = int(m.group(1))
            second_raw = m.group(2)
            second = int(second_raw) if len(second_raw) == 4 else (first // 100) * 100 + int(second_raw)
            if first <= second <= first + 20:
                period = (first, second)
                period_span = self.doc.span(m.start(), m.end())
        title = next((line.strip(" \t#*_") for line in _first_lines(text, 20) if line.strip(" \t#*_")), None)
        targets = self._goal_numbers()
        numbers_in_targets = {t.goal_number for t in targets if t.goal_number is not None}
        statements = [
            s for s, number in self.statements if number is None or number not in numbers_in_targets
        ]
        if self.ocr_hits >= _OCR_DAMAGED:
            targets, statements = self._repaired(targets, statements)
        return trusted(
            Paper,
            path=self.doc.path,
            language=self.lex.data.code,
            format=self.doc.format,
            title=title[:200] if title else None,
            period=period,
            period_span=period_span,
            targets=targets,
            goal_lists=self._goal_lists(),
            numbered_lists=self._numbered_lists(),
            unquantified=statements,
            unlinked=self.unlinked,
            equivalences=self.equivalences,
            text=self.text,
        )

    def _repaired(
        self, targets: list[Target], statements: list[Statement]
    ) -> tuple[list[Target], list[Statement]]:
        """Indicators with OCR damage undone (quotes stay original); see :mod:`sudgoals.extract.repair`."""
        from sudgoals.extract.repair import available, repair_phrase

        if not available():
            return targets, statements
        code = self.lex.data.code
        # each indicator repaired once per paper (a paper names its indicators again and again), and a
        # target or statement copied only when its indicator changes
        repaired: dict[str, str] = {}

        def repair(text: str) -> str:
            found = repaired.get(text)
            if found is None:
                found = repaired[text] = repair_phrase(text, code)
            return found

        return (
            [
                t if (new := repair(t.indicator)) == t.indicator else replace(t, indicator=new)
                for t in targets
            ],
            [
                s if (new := repair(s.indicator)) == s.indicator else replace(s, indicator=new)
                for s in statements
            ],
        )

    def _goal_numbers(self) -> list[Target]:
        marks = sorted(self.list_marks, key=lambda m: m.span.start)
        out: list[Target] = []

        starts = [m.span.start for m in marks]
        for t in self.targets:
            k = bisect.bisect_right(starts, t.span.start) - 1
            if k >= 0 and t.span.start - marks[k].span.start <= 600:
                out.append(replace(t, goal_number=marks[k].number))
            else:
                out.append(t)
        return out

    def _numbered_lists(self) -> list[list[ListNumber]]:
        marks = sorted({m.span.start: m for m in self.list_marks}.values(), key=lambda m: m.span.start)
        lists: list[list[ListNumber]] = []
        for mark in marks:
            if mark.number == 1 or not lists:
                lists.append([mark])
            else:
                lists[-1].append(mark)
        return lists

    def _heading_lists(self) -> list[GoalList]:
        """Goals listed as headings after a stated count with no colon: "Byrådet har fire pejlemærker for
        ældreområdet." above lines that open with the goal noun and the numbers 1, 2, 3, ... ("Pejlemærke 1 –
        Tryghed"). The run of such lines after the phrase (up to the next stated count) is the list."""
        out: list[GoalList] = []
        phrases = sorted(self.heading_goal_phrases, key=lambda p: p[3])
        if not phrases:
            return out
        # the lines that may be such a heading, found once: each heading starts a line (a match never holds
        # a line break), and a line break is searched for in C, where _NUMBERED_HEADING tries every offset
        text = self.text
        first = phrases[0][3]
        lines = [m.start() + 1 for m in _HEADING_LINE.finditer(text, max(first - 1, 0))]
        if first == 0:
            lines.insert(0, 0)

        for k, (span, stated, noun, after) in enumerate(phrases):
            stop = phrases[k + 1][3] if k + 1 < len(phrases) else len(text)
            items: list[Span] = []
            # each heading line in [after, stop), read as a search that ends at ``stop`` reads it
            found = (
                _NUMBERED_HEADING.match(text, line, stop)
                for line in lines[bisect.bisect_left(lines, after) : bisect.bisect_left(lines, stop)]
            )
            for m in found:
                if m is None:
                    continue
                if not _same_noun(m.group("noun").lower(), noun):
                    continue
                if int(m.group("number")) != len(items) + 1:
                    break
                items.append(self.doc.span(m.start("noun"), m.end("line")))
            if len(items) >= 2:
                out.append(trusted(GoalList, span=span, stated=stated, items=items))
        return out

    def _items_of(self, block: Block) -> Iterator[tuple[int, int, int]]:
        """The list items of an item block: where each opens, where its content starts and where it ends;
        a block of empty items (see :meth:`split_blocks`) is one of them per line, as if each had its own
        block."""
        if block.kind != "empty items":
            yield block.start, block.content, block.end
            return
        for at, line_end in _lines(self.text, block.start, block.end):
            line = self.text[at:line_end]
            lead = len(line) - len(line.lstrip())
            mark = self._line_mark(line, lead)
            assert mark is not None  # a bullet and a blank: an item
            yield at + lead, at + mark[1], line_end

    def _goal_lists(self) -> list[GoalList]:
        out: list[GoalList] = self._heading_lists()
        marks = sorted({m.span.start: m for m in self.list_marks}.values(), key=lambda m: m.span.start)

        mark_starts = [m.span.start for m in marks]
        for span, stated, colon, block_index in self.goal_phrases:
            after = marks[bisect.bisect_left(mark_starts, colon) :]
            if after and after[0].span.start - colon <= 40:
                run = [after[0]]
                for m in after[1:]:
                    if m.number == run[-1].number + 1:
                        run.append(m)
                    else:
                        break
                out.append(trusted(GoalList, span=span, stated=stated, items=[m.span for m in run]))
                continue
            items: list[Span] = []
            first_mark: list[Span] = []  # the items under the first item's bullet
            first_bullet = ""
            for block in self.blocks[block_index:]:
                if block.start < colon:
                    continue
                if block.kind == "para":
                    break
                for at, content, end in self._items_of(block):
                    item = self.doc.span(content, end)
                    items.append(item)
                    bullet = self.text[at] if block.kind != "numbered" else ""
                    first_bullet = first_bullet or bullet
                    if bullet == first_bullet:
                        first_mark.append(item)
            if stated == len(first_mark) < len(items) and first_bullet in _BULLET_CHARS:
                # "* a goal" / "- its status" in turn: the items of the first list mark are the goals counted
                items = first_mark
            if items:
                out.append(trusted(GoalList, span=span, stated=stated, items=items))
        return out


_NUMBERED_HEADING = _regex.compile(
    r"^[ \t\f#*]*(?P<noun>[^\W\d_]{3,})[ \t]+(?P<number>\d{1,3})\b(?P<line>[^\n]*)", re.MULTILINE
)
# a line break before a line that may open as _NUMBERED_HEADING does (a word of three letters, a number; a
# form feed before it opens a PDF page)
_HEADING_LINE = _regex.compile(r"\n(?=[ \t\f#*]*[^\W\d_]{3,}[ \t]+\d)")


def _same_noun(word: str, noun: str) -> bool:
    """Whether a heading's first word is the goal noun of a stated count, in the singular or the plural
    ("pejlemærke" / "pejlemærker", "goal" / "goals", "målsætning" / "målsætninger")."""
    if word == noun or word.startswith(noun) or noun.startswith(word):
        return min(len(word), len(noun)) >= 3
    stem = min(len(word), len(noun)) - 2
    return stem >= 3 and word[:stem] == noun[:stem] and abs(len(word) - len(noun)) <= 2


"""What may stand between two year cells of a key-figure row: the first cell's unit of up to three words and a
separator (a tab, a bar, a semicolon, an arrow or a dash, or a gap of blanks); or a "%" sign and a separator
or the row's end, with no full stop ("2019: 14 %\t2024: 16 %", not "Actual 2024: 74%. Target 2026: 80%.")."""
"""The label of a key-figure row before its first year cell, ending in a colon, a tab, a bar or a blank (or no
label at all: "Mål 2026: 6,0 pct. | Resultat 2024: 6,8 pct.")."""


def _first_lines(text: str, count: int) -> list[str]:
    """``text.splitlines()[:count]`` without splitting all of a long text: a prefix that holds more than
    ``count`` lines holds the first ``count`` whole."""
    size = 4096
    while size < len(text):
        lines = text[:size].splitlines()
        if len(lines) > count:
            return lines[:count]
        size *= 4
    return text.splitlines()[:count]


def extract_document(
    document: Document,
    *,
    language: str | None = None,
    policy: object = None,
    max_figures: int | None = None,
    lowered: str | None = None,
) -> Paper:
    """Every quantitative target in ``document``, with goal lists, numbered lists, unquantified goals and
    unlinked figures: a :class:`~sudgoals.model.Paper` whose targets are *unjudged* (figures read under
    ``policy``, default :data:`sudgoals.numbers.DEFAULT_POLICY`; verdict :data:`sudgoals.judge.UNJUDGED`, no
    implied baseline): :func:`sudgoals.judge.judge_paper` sets those. ``language`` is detected when not given.

    Raises :class:`~sudgoals.errors.TooManyFiguresError` before reading a sentence when the document has
    more places a figure can stand than ``max_figures`` (no limit when ``None``): each figure becomes a
    target or a finding, so time and memory grow with them, and a limit refuses a flood of figures at
    once instead of after minutes and gigabytes. ``lowered``, when given, is ``document.text.lower()``
    (made once by a caller that needs it too)."""
    from sudgoals._gc import collector_paused
    from sudgoals.extract.cascade import apply_rules

    lang = language if language in LANGUAGES else detect_language(document.text)
    with collector_paused():
        extractor = _Extractor(document, lang, policy, max_figures, lowered=lowered)
        paper = extractor.run()
        blocks = [(b.start, b.end) for b in extractor.blocks_seen]
        paper = apply_rules(
            paper,
            document,
            blocks,
            policy,
            counts=extractor.loose_counts,
            sentences=extractor.sentence_starts,
        )
        # the reader (its tokens, memos and working objects) goes before the collector runs again: its
        # first pass after the pause reads every object made meanwhile that is still alive (on the seeds
        # x10 about 58,000 with the reader, 6,000 without; 15 ms of the check)
        del extractor, blocks
    return _bound_directions(paper)


# the way a bound on a level aimed at points: "skal ligge under 12 dage", "must not exceed 6 %" keep it down,
# "mindst 90 pct.", "at least 1,000 homes" bring or keep it up
_BOUND_DIRECTIONS = {
    **dict.fromkeys(CEILING_HEDGES, Direction.DOWN),
    **dict.fromkeys(FLOOR_HEDGES, Direction.UP),
}


def _bound_directions(paper: Paper) -> Paper:
    """``paper`` with a direction for each level aimed at that has none and is stated with a bound: a
    ceiling ("Sygefraværet skal ligge under 12 dage", "Waiting times must be no more than 18 weeks") aims
    down, a floor ("Andelen skal være mindst 90 pct.") up; the bound is the word of direction. Only a
    level alone and aimed at: a measured status ("Over 90 pct. af borgerne er tilfredse") has no aim, and a
    level with a baseline or a change takes its direction from those."""
    changed = False
    targets = list(paper.targets)
    for k, t in enumerate(targets):
        level = t.level
        if (
            t.direction is None
            and t.kind is TargetKind.LEVEL
            and not t.status
            and level is not None
            and level.hedge is not None
            and t.absolute is None
            and t.relative is None
            and t.baseline is None
        ):
            way = _BOUND_DIRECTIONS.get(level.hedge_kind) if level.hedge_kind is not None else None
            if way is not None:
                targets[k] = replace(
                    t,
                    direction=way,
                    direction_words=(*t.direction_words, level.hedge),
                    directions=(*t.directions, way),
                    rules=(*t.rules, "engine.bound-direction"),
                )
                changed = True
    return replace(paper, targets=targets) if changed else paper
