"""Blocks, tokens and sentences: the first three layers of the pass (:mod:`sudgoals.extract.engine`).

A stage of the extractor; :class:`sudgoals.extract.engine._Extractor` is the last class of the chain."""

from __future__ import annotations

import bisect
import heapq
import itertools
import operator
import re
from array import array
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import PurePath
from typing import NoReturn

from sudgoals import _regex
from sudgoals.errors import TooManyFiguresError
from sudgoals.extract._scan import MaterialScan
from sudgoals.extract.cascade import LooseCount
from sudgoals.extract.lexicon import TOKEN_RE, Lexicon, Role, lexicon, tokenize_phrase
from sudgoals.extract.parts import _BULLET_CHARS, _INDICATOR_END, Block, Tok
from sudgoals.model import Document, Equivalence, Figure, ListNumber, Span, Statement, Target, Unit
from sudgoals.numbers import DEFAULT_POLICY, Policy

_STOPS = frozenset(".!?")
# An empty list item: a bullet, a blank and nothing but blanks and stars after it ("- ", "*  *"), a carriage
# return allowed at its end; the block splitter makes one block of a run of them (see Extractor.split_blocks)
_EMPTY_ITEM = (
    r"[^\S\n\f]*[" + re.escape("".join(sorted(_BULLET_CHARS))) + r"][ \t\u00a0][ \t\u00a0*]*+\r?(?=\n|\Z)"
)
# the empty items after an empty item that are followed by one more: all of a run but its last line, which
# stays a block of its own (ordinary lines after it extend it)
_MORE_EMPTY_ITEMS = _regex.compile(r"(?:\n" + _EMPTY_ITEM + r"(?=\n" + _EMPTY_ITEM + r"))*+")
_EMPTY_ITEM_LINE = _regex.compile(_EMPTY_ITEM)
_FEED_LINE = _regex.compile(r"^(?=[^\n]*\f)(?=[^\n]*\S)", re.MULTILINE)  # a line with a form feed and more
_BLANK_LINES_AFTER = _regex.compile(r"(?:[^\S\n]*\n)*+")  # whole blank lines
# table rows after a line (whole lines, no form feed in them)
_BAR_LINES = _regex.compile(r"(?:\n[^\S\n\f]*\|[^\n\f]*(?=\n|\Z))*+")


_MATCH_START = re.Match.start  # unbound, so that map calls it from C
_BLOCKS_AT_ONCE = 256  # how many complete blocks the splitter gathers before the extractor reads them


def _run_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern`` (a run that may be empty, so it always matches) ends when matched at ``pos``."""
    m = pattern.match(text, pos)
    return pos if m is None else m.end()


_LIST_MARK_RE = _regex.compile(r"(\d{1,2})[.)][ \t\u00a0]+(?=\*{0,2}[^\W\d_])")


class _LinePatterns:
    """The patterns of the block splitter and of the rough sentence split that hold words of a language
    (its ``[list_items]`` hedges and its closed abbreviations), made once per language."""

    __slots__ = (
        "figure_start",
        "first_line",
        "item_openers",
        "lines",
        "list_mark_before_figure",
        "rough_break",
    )

    def __init__(self, hedges: Iterable[str], numbered_hedges: Iterable[str], closed: Iterable[str]) -> None:
        hedges, numbered_hedges = tuple(hedges), tuple(numbered_hedges)
        hedge = rf"|(?:{_regex.alternation(hedges)})\s" if hedges else ""
        # A line that may change a block: a blank line, a table row ("| ..."), or one that opens the way
        # ``_line_mark`` wants (a bullet and a space, a digit, a placeholder, "[", a hedge). Searched after
        # each line break, since a pattern that opens with a literal lets the engine jump from line break to
        # line break; the first line is matched on its own.
        head = (
            r"[^\S\n]*(?:$|["
            + re.escape("".join(sorted(_BULLET_CHARS)))
            + r"][ \t\u00a0]|\d|\||[xX]{1,3}\s|\["
            + hedge
            + ")"
        )
        self.first_line = _regex.compile(head, re.MULTILINE)
        # after a line break: a run of blank lines as one match (its first line is where the loop looks; the
        # loop then jumps over the rest, so a file of empty lines costs one step, not one per line), or a line
        # head (possessive repeats: a greedy one keeps a way back per line it passes, 600 MB over 5 million
        # empty lines). A run of table rows is one match too (the loop reads its first row and passes over the
        # others at once).
        self.lines = _regex.compile(
            r"\n(?:[^\S\n]*(?:\n[^\S\n]*(?=\n|\Z))*+(?=\n|\Z)"
            r"|[^\S\n\f]*\|[^\n\f]*(?:\n[^\S\n\f]*\|[^\n\f]*(?=\n|\Z))*+"
            r"|" + _EMPTY_ITEM + _MORE_EMPTY_ITEMS.pattern + r"|" + head + ")",
            re.MULTILINE,
        )
        # the first characters a line that may open a list item starts with: "X flere", "[X]", "ca. 20"
        self.item_openers = (
            _BULLET_CHARS | frozenset("xX[") | {w[0] for w in hedges} | {w[0].upper() for w in hedges}
        )
        numbered = rf"|(?:{_regex.alternation(numbered_hedges)})\s" if numbered_hedges else ""
        self.list_mark_before_figure = _regex.compile(
            r"(\d{1,2})[.)][ \t\u00a0]+(?=\d|[xX]\b|\[[xX]" + numbered + ")"
        )
        opening = rf"(?:(?:{_regex.alternation(hedges)})\s+)?" if hedges else ""
        self.figure_start = _regex.compile(opening + r"(?:\d[\d.,]*|[Xx]{1,3}|\[[Xx]{1,3}\])\s+(\S+)")
        # Where a sentence surely ends: a full stop, not after a digit ("18. pct.", "4. Flere") or a closed
        # abbreviation ("ca."), before a capitalised word ("Det", not "X"). Every such place is also a break
        # of the exact token pass (which cuts in more places), so each rough piece is made of whole sentences
        # and a piece can be read without neighbours. (The pattern opens with the punctuation, not with the
        # look-behinds: the engine then skips to the next ".", "!" or "?" instead of trying every position;
        # measured 6x faster on the seed papers.)
        not_after = "".join(
            "(?<!" + "".join(f"[{re.escape(c.lower())}{re.escape(c.upper())}]" for c in w) + "[.!?])"
            for w in sorted(closed)
        )
        self.rough_break = _regex.compile(
            r"[.!?](?<=[^\s\d][.!?])" + not_after + r"[ \t\r\n]+(?=[A-ZÆØÅÄÖ][a-zæøåäö])"
        )


@cache
def _line_patterns(language: str) -> _LinePatterns:
    """The :class:`_LinePatterns` of ``language``, made on first use."""
    data = lexicon(language).data
    return _LinePatterns(data.item_hedges, data.numbered_item_hedges, data.closed_abbreviations)


_NOT_BEFORE_LIST_ITEM = frozenset({Role.MONTH, Role.UNIT_PERCENT, Role.UNIT_POINTS})  # "4. juni", "18. pct."
_RUNNING_LINE = 40  # a line longer than this (characters) that ends in a word is running text, no lead-in
_UNIT_ROLES = frozenset({Role.UNIT_PERCENT, Role.UNIT_POINTS, Role.UNIT_KR, Role.UNIT_MEASURE})


_HEADING_TOKENS = 8  # the most tokens a heading line may have (see Extractor._after_headings)


def _start_of(tok: Tok) -> int:
    return tok.start


@lru_cache(maxsize=64)
def _stem(path: str) -> str:
    stem = PurePath(path).stem or "text"
    return stem[:40]


class BlockReader:
    """Blocks, tokens and sentences: the first three layers of the pass (:mod:`sudgoals.extract.engine`)."""

    def __init__(
        self,
        doc: Document,
        language: str,
        policy: object,
        max_figures: int | None = None,
        *,
        lowered: str | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self._id_stem = _stem(doc.path)  # what each target's id opens with (a PurePath per target was 4 us)
        self._blanked: str | None = None  # see :attr:`blanked`, made when first read
        self._joined: str | None = None  # ``blanked`` with line breaks as blanks (see _row_text)
        lowered = doc.text.lower() if lowered is None else lowered  # ``doc.text.lower()``, given or made
        # the lower-cased copy must keep every offset; a few characters ("İ") lower to two
        self.low = (
            lowered if len(lowered) == len(doc.text) else "".join(ch.lower()[:1] or ch for ch in doc.text)
        )
        self.language = language
        self.lex: Lexicon = lexicon(language)
        self.line_patterns = _line_patterns(language)  # the splitters' patterns with words of the language
        self.policy: Policy = policy if isinstance(policy, Policy) else DEFAULT_POLICY
        self.targets: list[Target] = []
        self.unlinked: list[Figure] = []
        self.list_marks: list[ListNumber] = []
        self.statements: list[tuple[Statement, int | None]] = []
        self.goal_phrases: list[tuple[Span, int, int, int]] = []  # span, stated, colon offset, block index
        # a stated count with no colon: span, stated, goal noun, where the phrase ends (see _heading_lists)
        self.heading_goal_phrases: list[tuple[Span, int, str, int]] = []
        self.blocks: list[Block] = []
        self.blocks_seen: list[Block] = []  # the blocks read, in order (see run)
        self._in_item = False  # whether the text being read is a list item
        self._kpi_times = False  # whether a KPI line is read: a time after its colon is a figure ("42 dage")
        self._aims_of: list[Tok] | None = None  # the tokens _aims_at was found in (see _status_beside_aim)
        self._aims_at: list[int] = []  # where words of aim, target nouns and words of direction stand
        # the ends of compounds that name a measure of time ("ventetiden", "handläggningstid"): 3+ letters
        self._time_measure_ends = tuple(w for w in self.lex.data.time_measures if len(w) >= 3)
        self._time_limit_words = [w.split() for w in self.lex.data.time_limits]  # "inden for" as its tokens
        self._compared_words = [w.split() for w in self.lex.data.compared]  # "sammenlignet med" as its tokens
        # "perioden", "periode", "kvartalet": time words a compound naming a period ends in ("aftaleperioden")
        self._period_words = tuple(w for w in self.lex.data.time_words if len(w) >= 6)
        # "procent", "prosent", "percent": the percent words a compound may end in ("genanvendelsesprocent")
        self._percent_words = sorted(
            (w.lower() for w in self.lex.data.units["percent"] if w.isalpha() and len(w) >= 6), key=len
        )
        # counts a sentence left with no part in a claim: the discourse rules of the cascade may link them
        # ("Der blev registreret 3.412 indbrud. Det er et fald på 12 pct.")
        self.loose_counts: list[LooseCount] = []
        # where each sentence read starts (the cascade's sentences); 8 bytes an entry, not a list's 36, as a
        # table of a million rows has a million of them
        self.sentence_starts: array[int] = array("q")
        fw = self.lex.data.function_words  # the few function words the patterns below are built on
        self.fw_from, self.fw_to, self.fw_of, self.fw_in = fw["from"], fw["to"], fw["of"], fw["in"]
        self.fw_that, self.fw_or, self.fw_per = fw["that"], fw["or"], fw["per"]
        self.is_words = fw["is"]  # "Målet er, at ...": the present of "to be" before "that"
        self.fw_from_to = self.fw_from | self.fw_to
        # words that leave a line's clause open, so a figure that opens the next line goes on with it
        # ("Det svarer til\n300 færre elever.", a paper broken into lines): function words, prepositions
        # of change and conjunctions
        self.fw_open_ends = frozenset(
            (
                *self.fw_from_to,
                *self.fw_of,
                *self.fw_in,
                *self.fw_that,
                *self.fw_or,
                *self.fw_per,
                *self.is_words,
                *fw["among"],
                *self.lex.data.change_prepositions,
                *self.lex.data.conjunctions,
                # hedges before a figure ("Det svarer til ca.\n300 færre"), with or without their stop
                *(w.lower().rstrip(".") for ws in self.lex.data.hedges.values() for w in ws if " " not in w),
            )
        )
        self.fw_in_of = self.fw_in | self.fw_of
        self.fw_in_of_among = self.fw_in_of | fw["among"]
        # "a target of 95%", "et mål på 80 pct.": the word between a target noun and its level
        self.fw_target_is = fw["target_is"]
        self.fw_target_year = fw["target_year"]
        self.fw_target_of = (
            self.fw_of | fw["target_of"] | (frozenset(self.lex.data.level_prepositions) - self.fw_to)
        )
        # words that may follow the target noun of "halvdelen af målet" ("af målet i 2027", "of the target
        # by", or a verb: "of the target has been met"), not a noun of a compound ("af målgruppen")
        self._months = frozenset(m.lower() for m in self.lex.data.months)
        self._when_words = self._months | frozenset(self.lex.data.year_prepositions)  # "i oktober", "år"
        self._times_of_year = self._months | frozenset(w.lower() for w in self.lex.data.seasons)
        self._copulas = frozenset(self.lex.data.copulas)
        self._up_before_count = frozenset(self.lex.data.up_before_count)
        self._after_target = (
            self.fw_in
            | self.fw_to
            | frozenset(self.lex.data.year_prepositions)
            | frozenset(self.lex.data.aux)
            | frozenset(self.lex.data.copulas)
        )
        self.placeholders = frozenset(self.lex.data.placeholders)
        self._share_endings = tuple(self.lex.data.share_fraction_endings)  # "halvdelen af", "half of"
        self.words = self.lex.data  # the language's word sets (intent, copulas, conjunctions, ...)
        starts = self.lex.starts
        self.unit_starts = (
            starts[Role.UNIT_PERCENT]
            | starts[Role.UNIT_POINTS]
            | starts[Role.UNIT_KR]
            | starts[Role.UNIT_MEASURE]
        )
        self.equivalences: list[Equivalence] = []  # see _equivalences
        self.ocr_hits = 0
        self.adjective_dirs = self._adjective_directions()
        # words that set a figure against another ("41% below the 2019/20 baseline", "12 pct. lavere end")
        self.set_against = frozenset(
            self.lex.canon(w.split()[0])
            for kind in ("below", "above")
            for w in self.lex.data.hedges.get(kind, ())
        ) | frozenset(self.lex.data.comparatives)
        self.scan = MaterialScan(language, self.text, self.low, max_figures)
        self.max_figures = max_figures
        # places a figure can stand that the scan does not see: table rows with a digit ("| a | 1 |"), each
        # read as a sentence, so they count against ``max_figures`` too
        self.places = self.scan.count
        if self.scan.exceeded and max_figures is not None:
            self._too_many()
        # canonical spellings that may open a figure: number, fraction and factor words, placeholders
        # (lower-cased: "X" is spelt "x"), and the symbols "[", "(", "?"
        self._figure_openers = frozenset(
            (
                *self.lex.starts[Role.ANY_FIGURE_WORD],
                *(p.lower() for p in self.placeholders),
                *(p.split()[0] for p in self.lex.data.no_one),
                "[",
                "(",
                "?",
            )
        )
        # the words of no one ("ingen", "no one"), longest first: the subject of a level of zero aimed at
        self._no_one = tuple(sorted((tuple(p.split()) for p in self.lex.data.no_one), key=len, reverse=True))
        self._read_memo: dict[tuple[str, Unit | None], Figure | None] = {}
        # canonical spellings where the words naming an indicator may stop (see _indicator_after): a year
        # preposition, "than", punctuation that ends a clause, a dash, the first word of a link
        self._indicator_stops = frozenset(
            (
                *self.lex.words_of(Role.YEAR_PREP),
                *self.words.than,
                *_INDICATOR_END,
                "-",
                *self.lex.starts[Role.LINK],
            )
        )
        self._ratio_phrases = sorted(
            {tokenize_phrase(w) for w in self.lex.data.ratio_words}, key=len, reverse=True
        )

    def _too_many(self) -> NoReturn:
        assert self.max_figures is not None
        raise TooManyFiguresError(self.doc.path, self.max_figures)

    # ---------------------------------------------------------------- blocks
    def _adjective_directions(self) -> frozenset[str]:
        data = self.lex.data
        self.adjective_up = frozenset(data.count_adjectives_up)
        return frozenset((*data.count_adjectives_up, *data.count_adjectives_down))

    def split_blocks(self) -> list[Block]:
        """Group lines into blocks (see the module docstring and :meth:`_split`); sets ``self.blocks``."""
        return [block for some in self._split() for block in some]

    def _split(self) -> Iterator[list[Block]]:
        """The blocks of the text, a few hundred at a time once they are complete (the block after each has
        opened, or the text has ended), so that :meth:`run` reads them as they are found: a limit passed in
        the first blocks stops the split there. ``self.blocks`` is the list of them so far.

        Only the lines that can change a block are looked at one by one: blank lines, lines with a form
        feed, table rows, and lines whose first character may open a list item (found with one regex pass,
        read as it goes); the lines between them only extend a block. Rows of a table ("| Mål 2026 | 90 pct.
        |", lines that open with a bar) are a block of their own, apart from the lines before and after
        them, as the Word, OpenDocument and HTML readers write a table between paragraphs with no blank
        line."""
        text = self.text
        n = len(text)
        # where the lines of interest start, in order (a start met twice is passed over below as a line
        # already looked at)
        # (each match opens at the line break before its line: the line starts one after it; in C, by map)
        patterns = self.line_patterns
        breaks = map(_MATCH_START, patterns.lines.finditer(text))
        starts: Iterable[int] = map(operator.add, breaks, itertools.repeat(1))
        if patterns.first_line.match(text):
            starts = itertools.chain((0,), starts)
        if "\f" in text:  # a line with a form feed (a page break) and words: a blank one is a blank line
            starts = heapq.merge(starts, map(_MATCH_START, _FEED_LINE.finditer(text)))
        blocks: list[Block] = []
        self.blocks = blocks
        given = 0  # how many of ``blocks`` were yielded: all but the last are complete
        current: Block | None = None
        in_table = False  # whether ``current`` is a block of table rows
        done = 0  # where the first line not yet looked at starts
        for pos in starts:
            if pos < done:
                continue  # a line of a run of blank lines already passed over
            if len(blocks) - given > _BLOCKS_AT_ONCE:  # all but the last are complete
                yield blocks[given:-1]
                given = len(blocks) - 1
            if done < pos:  # ordinary lines: they extend the block, or open a paragraph after a break
                current = self._ordinary_lines(blocks, None if in_table else current, done, pos - 1)
                in_table = False
            nl = text.find("\n", pos)
            line_end = n if nl == -1 else nl
            line = text[pos:line_end]
            stripped = line.strip()
            if not stripped or ("\f" in line and not self._runs_on(line)):
                current = None
            if stripped:
                lead = len(line) - len(line.lstrip())
                first = line[lead]
                if (first == "|") != in_table:  # a table opens or ends: a new block
                    current = None
                    in_table = first == "|"
                # only a bullet, a digit, a placeholder or a hedge can open a list item
                mark = (
                    self._line_mark(line, lead, pos)
                    if first in patterns.item_openers or first.isdigit()
                    else None
                )
                if mark is not None:
                    kind, content_offset, number = mark
                    current = Block(pos + lead, line_end, pos + content_offset, kind, number)
                    blocks.append(current)
                    if kind == "item" and nl != -1 and _EMPTY_ITEM_LINE.match(text, pos, line_end):
                        # empty items after it, but the last: one block of them all, with nothing to read
                        run_end = _run_end(_MORE_EMPTY_ITEMS, text, line_end)
                        if run_end > line_end:
                            current.kind = "empty items"
                            current.end = current.content = line_end = run_end
                elif current is None:
                    current = Block(pos + lead, line_end, pos + lead, "para")
                    blocks.append(current)
                else:
                    current.end = line_end
                done = line_end + 1
                if in_table and nl != -1:  # the table's next rows only extend it: pass over them at once
                    rows_end = _run_end(_BAR_LINES, text, line_end)
                    if rows_end > line_end:
                        current.end = rows_end
                        done = rows_end + 1
            else:  # a blank line, and the blank lines right after it (a last one too): one break
                done = n + 1 if nl == -1 else _run_end(_BLANK_LINES_AFTER, text, line_end + 1)
                if done < n and text.find("\n", done) == -1 and text[done:].isspace():
                    done = n + 1
        if done < n:
            self._ordinary_lines(blocks, None if in_table else current, done, n)
        yield blocks[given:]

    @staticmethod
    def _runs_on(line: str) -> bool:
        """Whether a line with a form feed goes on the block before it: the form feed opens the line (after
        blanks), as the PDF reader puts a page break, so a sentence or list item that runs on to the next
        page is read whole ("150 flere udsatte" / "borgere"), as the lines of one page are. A form feed
        after words on its line (text joined to the page before with no line break) breaks the block at
        the line's start; a form feed alone on its line is a blank line."""
        return not line[: line.find("\f")].strip()

    def _ordinary_lines(self, blocks: list[Block], current: Block | None, start: int, end: int) -> Block:
        """Lines ``text[start:end]`` that neither break nor open a block: they extend ``current``."""
        if current is not None:
            current.end = end
            return current
        nl = self.text.find("\n", start, end)
        line = self.text[start : end if nl == -1 else nl]
        lead = len(line) - len(line.lstrip())
        block = Block(start + lead, end, start + lead, "para")
        blocks.append(block)
        return block

    def _line_mark(self, line: str, lead: int, pos: int = -1) -> tuple[str, int, int | None] | None:
        """The kind of list mark ``line`` opens with (it starts at ``pos`` in the text, after ``lead``
        blanks), the offset of its content and its number; ``None`` for no list mark."""
        rest = line[lead:]
        if len(rest) >= 2 and rest[0] in _BULLET_CHARS and rest[1] in " \t\u00a0":
            content = lead + 2
            while content < len(line) and line[content] in " \t\u00a0*":
                content += 1
            return "item", content, None
        m = _LIST_MARK_RE.match(rest)
        if m:
            word = rest[m.end() :].lstrip("*").split(" ", 1)[0]
            if word[:1].isupper() and Role.MONTH not in self.lex.roles(self.lex.canon(word.lower())):
                return "numbered", lead + m.end(), int(m.group(1))
        m = self.line_patterns.list_mark_before_figure.match(rest)
        if m and self._opens_with_figure(rest[m.end() :]):
            return "numbered", lead + m.end(), int(m.group(1))  # "4. 500 flere borgere ...", "2) 95 pct. af"
        if self._opens_with_figure(rest, units=False) and not self._goes_on(pos):
            return "item", lead, None  # "150 flere borgere ...": a figure with its direction opens an item
        return None

    def _goes_on(self, pos: int) -> bool:
        """Whether the line before the one that starts at ``pos`` leaves its clause open: it ends in a comma
        or in a word that cannot end one ("til", "med", "og", "by", "and"), or it is a long line of running
        text: "Det svarer til\n300 færre elever." is one sentence broken into lines, not a list item."""
        if pos <= 0:
            return False
        end = pos - 1  # the line break before the line
        while end > 0 and self.text[end - 1] in " \t\r":
            end -= 1
        if end > 0 and self.text[end - 1] == ",":
            return True
        last = end
        if end > 0 and self.text[end - 1] == ".":  # "ca.", "approx."
            end -= 1
        start = end
        while start > 0 and self.text[start - 1].isalpha():
            start -= 1
        if start < end and self.low[start:end] in self.fw_open_ends:
            return True
        if not (start < end == last):
            return False  # the line ends in a stop, a colon, a figure or a mark
        # a long line of running text that ends in a word, with no stop: a sentence broken into lines ("Vi
        # vil have\n150 færre hjemløse i 2028."); a line that is itself an item ("150 flere borgere i job",
        # "• ...") or short (a heading, a lead-in with no colon) is followed by items
        line_start = self.text.rfind("\n", 0, start) + 1
        line = self.text[line_start:last].strip()
        return len(line) > _RUNNING_LINE and not (line[0] in _BULLET_CHARS or line[0].isdigit())

    def _opens_with_figure(self, rest: str, *, units: bool = True) -> bool:
        """Whether ``rest`` opens with a figure followed by a direction adjective ("500 flere") or, with
        ``units``, by a unit ("95 pct. af ...")."""
        m = self.line_patterns.figure_start.match(rest)
        if m is None:
            return False
        follower = self.lex.canon(m.group(1).lower().strip(".,;:"))
        return follower in self.adjective_dirs or (units and follower in self.unit_starts)

    # ---------------------------------------------------------------- tokens
    def tokens(self, start: int, end: int) -> list[Tok]:
        """The tokens of ``text[start:end]`` (line breaks folded into ``nl_before``); the hot loop of the
        extractor, so it uses the lexicon's dict directly and the lower-cased copy of the text.

        Also sets ``self.toks``, ``self.canons`` (each token's canonical spelling) and two byte maps over
        the tokens that the later passes jump through with ``bytearray.find`` (a C-level ``memchr``) instead
        of looking at every token: ``fig_at`` marks where a figure may start (a number, a number or fraction
        word, a placeholder, "[", "(" or "?"), ``stop_at`` where a sentence may end (".", "!", "?") and
        ``year_at`` the years (four digits, 1900-2100)."""
        out: list[Tok] = []
        append = out.append
        canons: list[str] = []
        add_canon = canons.append
        numbers: list[int] = []
        spellings = self.lex._canon
        low = self.low
        nl = False
        for m in TOKEN_RE.finditer(self.text, start, end):
            kind = m.lastgroup
            a, b = m.span()
            if kind == "word":
                lowered = low[a:b]
                if nl and len(out) >= 2 and out[-1].text == "-" and out[-2].kind == "word":
                    joined = self._hyphen_joined(out, lowered, a)
                    if joined is not None:  # "ned-\nbringes": a keyword broken at the end of a line
                        del out[-2:], canons[-2:]
                        append(joined)
                        add_canon(joined.canon)
                        nl = False
                        continue
                canonical = spellings.get(lowered, lowered)
                if canonical is not lowered and canonical != lowered:
                    self.ocr_hits += 1  # a keyword reached only through an OCR confusion class
                append(Tok("word", m.group(), a, b, canonical, nl))
                add_canon(canonical)
            elif kind == "nl":
                nl = True
                continue
            else:
                text = m.group()
                if kind == "num":
                    numbers.append(len(out))
                append(Tok(kind or "sym", text, a, b, text, nl))
                add_canon(text)
            nl = False
        # the byte maps, built in C from the canonical spellings (a superset is harmless: each pass checks
        # the token it lands on), then the numbers marked one by one (a few in a hundred tokens)
        fig_at = bytearray(map(self._figure_openers.__contains__, canons))
        stop_at = bytearray(map(_STOPS.__contains__, canons))
        ind_stop_at = bytearray(map(self._indicator_stops.__contains__, canons))
        year_at = bytearray(len(out))
        last = len(out) - 1
        for k in numbers:
            fig_at[k] = 1
            text = out[k].text
            if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
                year_at[k] = 1
            if k < last and out[k + 1].text in ".)":
                ind_stop_at[k] = 1  # it may be a list mark ("4. Flere")
            elif k and canons[k - 1] in self.fw_from:
                ind_stop_at[k] = 1  # it may open a from-to ("af ladestanderne fra 40 til 80")
        self.toks, self.canons = out, canons
        self.fig_at, self.stop_at, self.year_at = fig_at, stop_at, year_at
        self.ind_stop_at = ind_stop_at
        self._units: dict[int, tuple[Unit, int, str] | None] = {}
        # token indices of a bound "mere end" after "Ingen ... skal": a ceiling, not a level of zero
        self._no_one_caps: set[int] = set()
        return out

    def _hyphen_joined(self, out: list[Tok], lowered: str, start: int) -> Tok | None:
        """The word ``out[-2]`` + ``lowered`` as one token when they are a keyword hyphenated at a line end
        ("ned-" / "bringes", "stig-" / "ning"); ``None`` for an ordinary hyphen ("CO2-" / "udledningen").
        The token keeps the original text, hyphen and line break included."""
        head, hyphen = out[-2], out[-1]
        if hyphen.start != head.end or hyphen.nl_before:
            return None
        whole = self.low[head.start : head.end] + lowered
        canonical = self.lex._canon.get(whole)
        if canonical is None:
            return None
        end = start + len(lowered)
        return Tok("word", self.text[head.start : end], head.start, end, canonical, head.nl_before)

    def sentences(self, toks: list[Tok]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        begin = 0
        n = len(toks)
        find_stop = self.stop_at.find
        i = find_stop(1)
        while 0 <= i < n - 1:
            here, i = i, find_stop(1, i + 1)
            if not self._breaks(toks, here, n):
                continue
            out.append((begin, here + 1))
            begin = here + 1
        if begin < n:
            out.append((begin, n))
        if toks and self.text.find("\n", toks[0].start, toks[-1].start) != -1:  # (no tokens: no sentence)
            out = [part for a, b in out for part in self._after_headings(toks, a, b)]
        return out

    def _after_headings(self, toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
        """The sentence ``toks[a:b]`` cut after each heading line in it: a short line (at most
        :data:`_HEADING_TOKENS` tokens) that opens with a capital or a number and ends in a word or a figure,
        followed by a line that opens with a capital ("Priority 2: Cleaner streets" / "Reported fly-tipping
        fell ..."). A heading has no full stop, so without this its words would open the next sentence and
        be read as part of what it counts. A wrapped line in running text is long, or opens in lower case."""
        text = self.text
        out: list[tuple[int, int]] = []
        line_start = a
        nl = text.find("\n", toks[a].start, toks[b - 1].start)
        while nl != -1:
            k = bisect.bisect_left(toks, nl, a, b, key=_start_of)
            if k >= b:
                break
            first, last, nxt = toks[line_start], toks[k - 1], toks[k]
            if (
                line_start < k <= line_start + _HEADING_TOKENS
                and (first.text[:1].isupper() or first.kind == "num")
                and last.kind in ("word", "num")
                and nxt.kind == "word"
                and nxt.text[:1].isupper()
                and (line_start == a or toks[line_start].nl_before)
                and not self._left_open(toks, k - 1)
            ):
                out.append((a, k))
                a = k
            line_start = k
            nl = text.find("\n", toks[k].start, toks[b - 1].start)
        out.append((a, b))
        return out

    def _left_open(self, toks: list[Tok], i: int) -> bool:
        """Whether a line that ends with token ``i`` leaves its clause open, so it is no heading: it ends in
        a word that cannot end one ("places by" / "September 2026"), in a number whose unit opens the next
        line ("med 1 900" / "MWh, som ..."), or a keyword of more than one word goes on on the next line
        ("480.000 tons" / "CO2e i 2019")."""
        if toks[i].canon in self.fw_open_ends:
            return True
        if (
            toks[i].kind == "num"
            and i + 1 < len(toks)
            and not _UNIT_ROLES.isdisjoint(self.lex.roles(toks[i + 1].canon))
        ):
            return True
        canons = self.canons
        for start in range(max(0, i - 2), i + 1):
            hit = self.lex.match(canons, start)
            if hit is not None and start + hit.length > i + 1:
                return True
        return False

    def _breaks(self, toks: list[Tok], i: int, n: int) -> bool:
        """Whether the full stop, "!" or "?" at ``i`` ends a sentence (the next token starts one)."""
        t = toks[i]
        nxt = toks[i + 1]
        prev = toks[i - 1] if i > 0 else None
        after_abbreviation = (
            t.text == "."
            and prev is not None
            and prev.kind == "word"
            and prev.canon in self.words.abbreviations
        )
        if after_abbreviation and not (
            nxt.kind == "word"
            and nxt.text[:1].isupper()
            and len(nxt.text) > 1
            and prev.canon not in self.words.closed_abbreviations  # type: ignore[union-attr]
        ):
            return False
        if t.text == "." and prev is not None and prev.kind == "num" and self.is_list_mark(toks, i - 1):
            return False
        return (
            (nxt.kind == "word" and nxt.text[:1].isupper() and nxt.text not in self.placeholders)
            or (nxt.kind == "num" and self.is_list_mark(toks, i + 1))
            or (
                nxt.kind == "num"
                and (nxt.nl_before or (i + 2 < n and toks[i + 2].canon in self.adjective_dirs))
            )
            or (nxt.kind == "sym" and nxt.text in '*•"“')
            or (nxt.kind == "pct" and nxt.nl_before)
        )

    def is_list_mark(self, toks: list[Tok], i: int) -> bool:
        t = toks[i]
        if t.kind != "num" or not t.text.isdigit() or len(t.text) > 2:
            return False
        if i + 2 >= len(toks) or toks[i + 1].text not in ".)" or toks[i + 1].start != t.end:
            return False
        nxt = toks[i + 2]
        if nxt.kind == "sym" and nxt.text == "*" and i + 3 < len(toks):
            nxt = toks[i + 3]
        if nxt.kind != "word" or not nxt.text[:1].isupper() or nxt.text in self.placeholders:
            return False
        if not _NOT_BEFORE_LIST_ITEM.isdisjoint(self.lex.roles(nxt.canon)):
            return False
        if i == 0 or t.nl_before:
            return True
        prev = toks[i - 1]
        if (prev.kind == "sym" and prev.text in ".:!?*") or prev.kind in {"num", "pct"}:
            return True
        # a web transcript that lost the full stop: "... livskvalitet 9. Flere af brugerne"
        return bool(self.list_marks) and self.list_marks[-1].number == int(t.text) - 1
