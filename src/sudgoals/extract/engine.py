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

Nothing is dropped silently: a percent figure that no rule of step 5 claims goes to ``Paper.unlinked``.
The quoted text is always the original; OCR damage is matched, never rewritten.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import operator
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from fractions import Fraction
from functools import cache, lru_cache
from pathlib import PurePath
from typing import NoReturn

from sudgoals import _regex
from sudgoals._frozen import Record
from sudgoals.errors import FigureSyntaxError, TooManyFiguresError
from sudgoals.extract._scan import MaterialScan, is_share_phrase
from sudgoals.extract.cascade import LooseCount, financial_year
from sudgoals.extract.lexicon import TOKEN_RE, Lexicon, PhraseHit, Role, lexicon, tokenize_phrase
from sudgoals.judge import UNJUDGED
from sudgoals.lang import LANGUAGES
from sudgoals.model import (
    Direction,
    Document,
    Equivalence,
    Figure,
    GoalList,
    HedgeKind,
    ListNumber,
    Paper,
    Span,
    Statement,
    Target,
    TargetKind,
    Unit,
    replace,
    trusted,
)
from sudgoals.numbers import DEFAULT_POLICY, Policy

__all__ = ["detect_language", "extract_document"]

_BULLET_CHARS = frozenset("•‣◦▪▫■□●○◆◇►▶➢➤✓✔-–—*·+>»oe¢%®§")
_OPEN = frozenset("([{")
_CLOSE = frozenset(")]}")
_DASHES = frozenset("-–—")
_STOPS = frozenset(".!?")
# words after a factor verb that show it has no object after it ("skal halveres fra 40 pct.", "inden 2020")
_OCR_DIGITS = str.maketrans("oOlI", "0011")
_CLAUSE_END = frozenset(',;:()[]{}*"“”«»!?')
_INDICATOR_END = _CLAUSE_END | {".", "—", "–"}  # where the words naming an indicator stop
_PERIOD_RE = _regex.compile(r"(?<!\d)((?:19|20)\d\d)\s{0,3}[-–—]\s{0,3}((?:19|20)\d\d|\d\d)(?![\d/])")
_ITEM_FIRST_WORD = _regex.compile(r"\s*([^\W\d_]+)")  # the first word of a list item
_COORDINATED_GAP = 6  # at most this many words (and years) between a change and "og" before a second
# the readers in code that build a target from a sentence's words (a measured status when it states no aim)
_SENTENCE_READERS = frozenset(("engine.sentence", "engine.coordinated-change"))
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
# lines that are no table row: no bar, or fewer than two tabs
_FEW_BARS = _regex.compile(r"^[^|\n]*$", re.MULTILINE)
_FEW_TABS = _regex.compile(r"^[^\t\n]*(?:\t[^\t\n]*)?$", re.MULTILINE)
_DIGIT = _regex.compile(r"\d")
# a line with something but bars, rules and blanks on it (its first such character)
_CONTENT_LINE = _regex.compile(r"^[|\-:+= \t\r\f\v]*+[^|\-:+=\s]", re.MULTILINE)
# the first token of a line: the first character that is no blank and no "_" (TOKEN_RE takes every other)
_LINE_FIRST_TOKEN = _regex.compile(r"^(?:[^\S\n]|_)*+([^\s_])", re.MULTILINE)
# table rows after a line (whole lines, no form feed in them)
_BAR_LINES = _regex.compile(r"(?:\n[^\S\n\f]*\|[^\n\f]*(?=\n|\Z))*+")


_MATCH_START = re.Match.start  # unbound, so that map calls it from C
_BLOCKS_AT_ONCE = 256  # how many complete blocks the splitter gathers before the extractor reads them


def _run_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern`` (a run that may be empty, so it always matches) ends when matched at ``pos``."""
    m = pattern.match(text, pos)
    return pos if m is None else m.end()


_YEAR_TOKEN = _regex.compile(r"(?:19|20)\d\d")  # a token that may be a year, not a figure of a clause
_LIST_MARK_RE = _regex.compile(r"(\d{1,2})[.)][ \t\u00a0]+(?=\*{0,2}[^\W\d_])")
_MAX_INDICATOR_TOKENS = 24
_OCR_DAMAGED = 5  # keywords matched through confusion classes before a paper counts as an OCR scan
_MAX_SCAN = 40  # how far (tokens) any search for a subject, a verb or a year may reach from a figure


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


_MONEY = frozenset({"kr", "NOK", "SEK", "EUR", "GBP", "USD"})  # "spare 4,2 mio. kr.", "save £4.2m": a change
# amounts a verb of change takes as its object with no preposition: money, and mass and energy ("skal kutte
# 110 000 tonn CO2", "spare 500 MWh")
_DIRECT_CHANGE = _MONEY | frozenset({"t", "kg", "kWh", "MWh", "GWh", "kW", "MW", "GW"})
_LINK_BACK = 14  # how far back (tokens) a direction verb may stand before "med"/"by"
_NOT_BEFORE_LIST_ITEM = frozenset({Role.MONTH, Role.UNIT_PERCENT, Role.UNIT_POINTS})  # "4. juni", "18. pct."
_SPELLED_UNITS = frozenset({Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.KR})  # (see _Extractor._spelled)
# what a count per time is per ("40 om året", "40 a year"): said once, after the from of a from-to
_TIME_PERS = frozenset({"year", "month", "week", "day", "hour"})
# what a verb of making makes: things counted, or lengths ("build 50 km of new cycle lanes")
_MADE_UNITS = frozenset({Unit.COUNT, Unit("m"), Unit("km")})
_OTHER_THINGS = frozenset({Role.NOT_TARGET_UNIT, Role.MONTH})  # "8.000 medarbejdere", "24 juni"
_NO_BREAK_BLANKS_CHARS = "\u00a0\u202f\u2007\u2009"  # no-break, narrow no-break, figure and thin spaces
_RUNNING_LINE = 40  # a line longer than this (characters) that ends in a word is running text, no lead-in
_UNIT_ROLES = frozenset({Role.UNIT_PERCENT, Role.UNIT_POINTS, Role.UNIT_KR, Role.UNIT_MEASURE})
_BLANKS_AND_BREAKS = " \t\r\n" + _NO_BREAK_BLANKS_CHARS


class Tok(Record):
    kind: str  # "num" | "word" | "pct" | "sym"
    text: str
    start: int
    end: int
    canon: str
    nl_before: bool

    __slots__ = ("kind", "text", "start", "end", "canon", "nl_before")  # noqa: RUF023

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        kind: str,
        text: str,
        start: int,
        end: int,
        canon: str,
        nl_before: bool = False,
    ) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.canon = canon
        self.nl_before = nl_before


class Block(Record):
    start: int
    end: int
    content: int  # offset after the list mark or bullet
    kind: str  # "para" | "item" | "numbered" | "empty items" (a run of them, one a line: see split_blocks)
    number: int | None

    __slots__ = ("start", "end", "content", "kind", "number")  # noqa: RUF023

    def __init__(
        self,
        start: int,
        end: int,
        content: int,
        kind: str,
        number: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.content = content
        self.kind = kind
        self.number = number


class Fig(Record):
    i0: int  # first token (hedge included)
    core0: int
    core1: int
    i1: int  # one past the last token (unit included)
    unit: Unit
    canonical: str  # the figure in a form read_figure reads: "ca. 20 pct."
    placeholder: bool
    factor: Fraction | None
    claimed: bool
    share: bool  # a share of what follows it: "hver tredje ung", "2 ud af 3 borgere"
    hedge_after: int  # the tokens of a bound written after it, its last ones: "3 pct. eller derunder"

    __slots__ = (  # noqa: RUF023
        "i0",
        "core0",
        "core1",
        "i1",
        "unit",
        "canonical",
        "placeholder",
        "factor",
        "claimed",
        "share",
        "hedge_after",
    )

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        i0: int,
        core0: int,
        core1: int,
        i1: int,
        unit: Unit,
        canonical: str,
        placeholder: bool = False,
        factor: Fraction | None = None,
        claimed: bool = False,
        share: bool = False,
        hedge_after: int = 0,
    ) -> None:
        self.i0 = i0
        self.core0 = core0
        self.core1 = core1
        self.i1 = i1
        self.unit = unit
        self.canonical = canonical
        self.placeholder = placeholder
        self.factor = factor
        self.claimed = claimed
        self.share = share
        self.hedge_after = hedge_after


class Role_(Record):
    """A figure's part in a target, found from the words around it."""

    fig: Fig
    what: str  # "abs" | "rel" | "level" | "count"
    direction: Direction | None
    dir_tok: int | None  # index of the direction word
    ind: tuple[int, int] | None  # token range of the indicator

    __slots__ = ("fig", "what", "direction", "dir_tok", "ind")  # noqa: RUF023

    def __init__(
        self,
        fig: Fig,
        what: str,
        direction: Direction | None = None,
        dir_tok: int | None = None,
        ind: tuple[int, int] | None = None,
    ) -> None:
        self.fig = fig
        self.what = what
        self.direction = direction
        self.dir_tok = dir_tok
        self.ind = ind


class Draft(Record):
    """A target being assembled before its figures are read."""

    absolute: Role_ | None
    relative: Role_ | None
    level: Role_ | None
    baseline: Role_ | None
    sentences: list[tuple[int, int]]
    ind: tuple[int, int] | None
    directions: list[tuple[Direction, int]]
    kind: TargetKind
    years: tuple[int | None, int | None] | None  # (target year, reference year) when labels say so
    rule: str  # the reader in code that built it (the report's ``rules``)

    __slots__ = (  # noqa: RUF023
        "absolute",
        "relative",
        "level",
        "baseline",
        "sentences",
        "ind",
        "directions",
        "kind",
        "years",
        "rule",
    )

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        absolute: Role_ | None = None,
        relative: Role_ | None = None,
        level: Role_ | None = None,
        baseline: Role_ | None = None,
        sentences: list[tuple[int, int]] | None = None,
        ind: tuple[int, int] | None = None,
        directions: list[tuple[Direction, int]] | None = None,
        kind: TargetKind = TargetKind.CHANGE,
        years: tuple[int | None, int | None] | None = None,
        rule: str = "engine.sentence",
    ) -> None:
        self.absolute = absolute
        self.relative = relative
        self.level = level
        self.baseline = baseline
        self.sentences = [] if sentences is None else sentences
        self.ind = ind
        self.directions = [] if directions is None else directions
        self.kind = kind
        self.years = years
        self.rule = rule


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


class _Extractor:
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

    # ---------------------------------------------------------------- figures
    def _phrase_before(self, toks: list[Tok], canons: list[str], i: int, role: Role) -> PhraseHit | None:
        """The longest phrase of ``role`` that ends just before token ``i``."""
        if i == 0 or canons[i - 1] not in self.lex.ends[role]:
            return None  # no phrase of the role ends with this word (the usual case, decided in one lookup)
        best: PhraseHit | None = None
        first_words = self.lex.starts[role]
        for length in range(1, 6):
            s = i - length
            if s < 0:
                break
            if canons[s] not in first_words:
                continue
            hit = self.lex.match(canons, s, role)
            if hit is not None and hit.length == length and (best is None or hit.length > best.length):
                best = hit
        return best

    def _made_after(self, canons: list[str], i: int, b: int) -> bool:
        """Whether at most four words after token ``i`` (what a count counts) come a word of intent, "be" or
        not, and a verb of making ("homes will be built", "bostäder ska byggas")."""
        passives = self.words.making_passives
        if not passives:
            return False
        for k in range(i, min(i + 5, b - 1)):
            if canons[k] in self.words.intent:
                m = k + 1 if canons[k + 1] not in self.words.bound_verbs else k + 2
                return m < b and canons[m] in passives
            if not canons[k].isalpha():
                return False
        return False

    def _from_at(self, toks: list[Tok], canons: list[str], i: int, a: int) -> int | None:
        """The index of the "fra"/"from" that stands just before token ``i``, alone, opening a baseline mark
        ("fra et udgangspunkt på 40 til 120", "fra dagens 40 til 120", "fra et niveau på 40 til 120") or
        before at most three filler words ("från i snitt 120 dagar", "from an average of 11 days")."""
        if i - 1 < a:
            return None
        if canons[i - 1] in self.fw_from:
            return i - 1
        mark = self._phrase_before(toks, canons, i, Role.BASELINE_MARK)
        if mark is not None and i - mark.length >= a and canons[i - mark.length] in self.fw_from:
            return i - mark.length
        return self._from_over_fillers(canons, i - 1, a, most=3)  # "from an average of 11 days"

    def _from_over_fillers(self, canons: list[str], k: int, a: int, *, most: int | None) -> int | None:
        """The index of the "fra"/"from" reached from token ``k`` back over filler words ("från i snitt",
        "from an average of"; at most ``most`` of them, any number for ``None``); ``None`` when the words
        before the fillers are no "from"."""
        low = a if most is None else max(a, k - most)
        fillers = self.words.fillers
        while k > low and canons[k] in fillers:
            k -= 1
        return k if k >= a and canons[k] in self.fw_from else None

    @staticmethod
    def _reaches_gap(toks: list[Tok], end: int, lp: int) -> bool:
        """Whether the tokens from ``end`` (just after a change) to the level preposition at ``lp`` may stand
        between a change and the level it reaches: at most six, words and years ("steget med 13 procent på
        to år til 6.431"), and a comma only right before the preposition ("reduceres med 10 pct., til ca.
        450", "grown by 14 per cent. since 1995, to 6,810")."""
        return 0 <= lp - end <= 6 and all(
            toks[k].kind == "word" or _is_year(toks[k]) or (k == lp - 1 and toks[k].text == ",")
            for k in range(end, lp)
        )

    def _time_span(self, canons: list[str], i: int, j: int, a: int, figs: list[Fig] | None = None) -> bool:
        """Whether the number at ``i`` and the unit at ``j`` after it are the span of years a change took,
        after a span preposition and a word of change or the figure of a change ("halveret på ti år", "steget
        på 5 år", "faldet med 30 pct. på 10 år", "minskat med 3 000 ton på 10 år"): a period, not a
        figure."""
        unit = self._unit_at(canons, j)
        if (
            unit is None
            or unit[0].base != "year"
            or i - 2 < a
            or canons[i - 1] not in self.words.span_prepositions
        ):
            return False
        if self._change_verb(canons[i - 2]) is not None:
            return True
        # the figure of a change ends right before the preposition ("med 30 pct. på 10 år")
        last = figs[-1] if figs else None
        return (
            last is not None
            and last.i1 == i - 1
            and any(self._change_verb(c) is not None for c in canons[max(a, last.i0 - 6) : last.i0])
        )

    def _time_now(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether the number at ``i`` is a time (days, weeks, months, hours; no years) after a copula, in a
        sentence that opens with when it speaks of ("I dag er ventetiden 84 dage", "I 2024 var den 84
        dage", "Today the waiting time is 84 days") or whose clause closes with the year it speaks of
        ("Sickness absence averaged 10.2 days in 2023"): where an indicator stands, a figure the cascade may
        read as the baseline of a level in the same unit stated before or after."""
        unit = self._unit_at(canons, i + 1)
        if unit is None or unit[0].base == "year" or not _measured(unit[0]):
            return False
        back = self._before_hedge(toks, canons, i)
        mark = self._phrase_before(toks, canons, back + 1, Role.BASELINE_MARK)
        if mark is not None and back - mark.length >= a and toks[back - mark.length].text == "(":
            return True  # "to 28 days (currently 41 days)", "till 28 dagar (i dag 41 dagar)"
        if back < a or back - a > 12:
            return False
        copula = next((k for k in range(a, back + 1) if canons[k] in self.words.copulas), None)
        if copula is None:  # "I dag er ventetiden 84 dage", "Today the waiting time is 84 days"
            # "I dag venter borgerne i gennemsnit 58 dage": a sentence that opens with "today" and states no
            # aim, in a paragraph that does
            return (
                self._opens_now(toks, canons, a, back)
                and self._names_a_time(canons, a, i)
                and self._status_beside_aim(toks, canons, a, b, i)
            )
        if mark is not None and back - mark.length >= copula:
            return True  # "Ventetiden er i dag 3 uker", "is currently 41 days": "now" after the copula
        k = i + 1 + unit[1]
        if k < len(toks) and _is_year(toks[k]) and not (k + 1 < len(toks) and toks[k + 1].kind == "word"):
            return True  # "Väntetiden var i genomsnitt 9 veckor 2024": the year it stood in, right after
        if (
            back - 1 >= copula
            and canons[back] in self.words.copulas
            and canons[back - 1] in self.words.copulas
        ):
            return True  # "Sagsbehandlingstiden er nu 38 dage": a copula and "now" right before it
        if self._compared_time(toks, canons, i, copula, unit[0]):
            return True  # "... er nu 38 dage mod 45 dage sidste år": the time compared with
        preps = self.words.year_prepositions
        for j in range(a, min(a + 4, copula)):
            if self.lex.match(canons, j, Role.BASELINE_MARK) is not None:
                return True
            # "I 2024", "I december 2024", "Ved udgangen af 2024": a year preposition (of one word or
            # opening the sentence with several), a month between or not, and a year
            y = j + 2 if j + 2 < copula and canons[j + 1] in self._months else j + 1
            opened = canons[j] in preps or " ".join(canons[a : j + 1]) in preps
            if opened and y < copula and _is_year(toks[y]):
                return True
        # "Sickness absence averaged 10.2 days per employee in 2023": the year it stood in closes the clause
        for j in range(i + 2, min(i + 8, len(toks) - 1)):
            if toks[j].text in ".;:,":
                break
            # (a month between, the copula right before the time: "was 21.1 weeks in October 2024")
            month = j + 2 < len(toks) and canons[j + 1] in self._months and canons[back] in self.words.copulas
            if canons[j] in self.words.year_prepositions and _is_year(toks[j + 2 if month else j + 1]):
                return True
        # "The average time to process a claim was 24 days. Our target is 18 days": the copula right before
        # it (over fillers: "var i gennemsnit"), no aim in its sentence, an aim beside it in the paragraph
        k = back
        while k > copula and canons[k] in self.words.fillers:
            k -= 1
        if k - 1 > copula and _is_year(toks[k]) and canons[k - 1] in self.words.year_prepositions:
            # "Ventetiden var i 2024 i gennemsnit 19 dage": the year it stood in between (prec15)
            k -= 2
            while k > copula and canons[k] in self.words.fillers:
                k -= 1
        return (
            k == copula
            and self._names_a_time(canons, a, copula)
            and self._status_beside_aim(toks, canons, a, b, i)
        )

    def _names_a_time(self, canons: list[str], a: int, end: int) -> bool:
        """Whether a word from ``a`` to ``end`` names a measure of time (``time_measures``, or a compound
        ending in one: "sagsbehandlingstiden"): "Ventetiden var 58 dage", not "Kurset var 10 uger"."""
        measures = self.words.time_measures
        return any(c in measures or c.endswith(self._time_measure_ends) for c in canons[a:end])

    def _count_now(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether the number at ``i`` counts people as they stand (a word of ``status_counts`` after it, a
        word of ``status_verbs`` right before it, a hedge between allowed) beside an aim or a change in the
        paragraph ("I dag bor 52 300 personer i kommunen.", "I 2024 fikk 1 240 personer sosialhjelp. Målet er
        ..."): where the count stands. An event ("30 personer deltog") or a status alone is no figure."""
        if i + 1 >= b or canons[i + 1] not in self.words.status_counts:
            return False
        back = self._before_hedge(toks, canons, i)
        return (
            back >= a
            and canons[back] in self.words.status_verbs
            and self._status_beside_aim(toks, canons, a, b, i)
        )

    def _opens_now(self, toks: list[Tok], canons: list[str], a: int, back: int) -> bool:
        """Whether a phrase of now ("I dag", "Today", "Currently") opens the sentence that starts at ``a``
        and ends before ``back``."""
        hit = (
            self.lex.match(canons, a, Role.BASELINE_MARK)
            if canons[a] in self.lex.starts[Role.BASELINE_MARK]
            else None
        )
        return hit is not None and a + hit.length <= back and toks[a + hit.length - 1].kind == "word"

    def _status_beside_aim(self, toks: list[Tok], canons: list[str], a: int, b: int, i: int) -> bool:
        """Whether the figure at ``i`` in the sentence that starts at ``a`` states where something stands
        (no word of intent before it in its sentence) in a paragraph whose other sentences state an aim or a
        change (a word of intent, a target noun, a word of direction): the level the aim starts from. A
        status alone ("I dag bor 52 300 personer i kommunen.") is a fact, no figure."""
        intent = self.words.intent
        if any(canons[k] in intent for k in range(a, i)):
            return False
        if self._aims_of is not toks:
            self._aims_of = toks
            self._aims_at = [
                k
                for k, tok in enumerate(toks)
                if tok.kind == "word"
                and (
                    canons[k] in intent
                    or canons[k] in self.words.target_nouns
                    or self._dir_of_any(canons[k]) is not None
                )
            ]
        return any(not a <= k < b for k in self._aims_at)

    def _compared_time(self, toks: list[Tok], canons: list[str], i: int, copula: int, unit: Unit) -> bool:
        """Whether the number at ``i`` follows a comparison word of the language ("mod", "mot", "sammenlignet
        med") that follows a time in the same unit after ``copula`` ("er nu 38 dage mod 45 dage")."""
        for phrase in self._compared_words:
            start = i - len(phrase)
            if start - 2 > copula and canons[start:i] == phrase and toks[start - 2].kind == "num":
                before = self._unit_at(canons, start - 1)
                return before is not None and before[0] is unit
        return False

    def _time_aimed_at(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether the number at ``i`` is a time (no years) right after a target noun, with a copula or "of"
        or nothing between ("The target is 8 days", "Målet är 8 dagar", "(target 30 days)"): the level aimed
        at; or a time a target noun and a time follow at once, as on a KPI line ("42 days (target 30 days)",
        "10.2 days | Target 8.0 days"): where the indicator stands."""
        unit = self._unit_at(canons, i + 1)
        if unit is None or unit[0].base == "year" or not _measured(unit[0]):
            return False
        back = self._before_hedge(toks, canons, i)
        if back >= a and canons[back] in self.words.target_nouns:
            return True
        if back >= a and self._target_label(toks, canons, back, a) is not None:
            return True  # "Target 2026: 8 days", "The target for 2026 is 8 days"
        if (
            back - 1 >= a
            and (canons[back] in self.is_words or canons[back] in self.fw_target_of)
            and canons[back - 1] in self.words.target_nouns
        ):
            return True
        k = i + 1 + unit[1]  # past the unit: "42 days (target 30 days)"
        if back == i - 1 and self._modal_be_before(canons, back, a) and self._year_after(toks, canons, k):
            return True  # "Sagsbehandlingstiden skal være 8 uger i 2027", "should be 40 MW by 2030"
        while k < len(toks) and toks[k].kind != "word" and toks[k].kind != "num" and k < i + 4 + unit[1]:
            k += 1
        return (
            k + 1 < len(toks)
            and canons[k] in self.words.target_nouns
            and toks[k + 1 + (toks[k + 1].text == ":")].kind == "num"
        )

    def _modal_be_before(self, canons: list[str], back: int, a: int) -> bool:
        """Whether the words that end at ``back`` are a modal of intent and a bound verb, "på" between or not
        ("skal være", "skal være på", "should be", "ska vara", "skal ligge på"): a level aimed at follows."""
        if back >= a and canons[back] in self.words.level_prepositions and canons[back] not in self.fw_to:
            back -= 1  # "skal være på 40 MW" (not "til": "skal ned til" ends a change)
        return (
            back - 1 >= a
            and canons[back] in self.words.bound_verbs
            and canons[back - 1] in self.words.intent
            and canons[back - 1] not in self.words.target_nouns
        )

    def _year_after(self, toks: list[Tok], canons: list[str], k: int) -> bool:
        """Whether the year a level is aimed at follows at ``k``, right after the figure and its unit: a year,
        or a preposition of time and a year ("i 2027", "by 2030", "år 2030", "innen 2028")."""
        if k < len(toks) and _is_year(toks[k]):
            return True
        return k + 1 < len(toks) and canons[k] in self.words.year_prepositions and _is_year(toks[k + 1])

    def _time_limit(
        self,
        toks: list[Tok],
        canons: list[str],
        i: int,
        a: int,
        b: int,
        *,
        unit_at: int | None = None,
        beside: Sequence[Fig] = (),
    ) -> bool:
        """Whether the number at ``i`` is a time (no years) right after a time-limit phrase of the language
        ("inden for 4 uger", "innen 14 dager"), in a statement of intent with no other number but years
        ("Borgerne skal have svar inden for 4 uger"): a standard to keep, the level aimed at. Beside another
        figure the time is part of what that figure counts ("95 pct. ... inden for fire timer"), a share in
        number words among the figures ``beside`` it included ("Fire ud af fem ... inden for 30 dage").
        The unit stands at ``unit_at`` (after a run of number words: "inden for fem hverdage"), else right
        after."""
        unit = self._unit_at(canons, i + 1 if unit_at is None else unit_at)
        if unit is None or unit[0].base == "year" or unit[0].base not in _TIME_UNITS:
            return False
        if not any(
            i - len(words) >= a and canons[i - len(words) : i] == words for words in self._time_limit_words
        ):
            return False
        if not any(
            canons[k] in self.words.intent and canons[k] not in self.words.target_nouns for k in range(a, i)
        ):
            return False
        if any(g.share and a <= g.i0 < b and not g.i0 <= i < g.i1 for g in beside):
            return False
        return all(k == i or toks[k].kind != "num" or _is_year(toks[k]) for k in range(a, b))

    def _target_label(self, toks: list[Tok], canons: list[str], before: int, a: int) -> int | None:
        """Where the target noun stands when the tokens up to ``before`` label the figure after them as the
        level aimed at: the noun, the year it is set for (a financial year, in brackets, after a word of
        ``target_year``), and a colon or a copula ("Target 2030:", "Target (2030):", "The target for 2026/27
        is", "Målet för 2026 är", "Mål:"); ``None`` otherwise. A number that is no year ("Target 2:", a
        numbered target) makes no label, nor a colon that opens a list ("tre mål: 1 Reduksjon ...": a number
        with a capital word after it)."""
        if before - 1 < a or not (toks[before].text == ":" or canons[before] in self.is_words):
            return None
        after = before + 2
        if (
            toks[before].text == ":"
            and after < len(toks)
            and toks[after].kind == "word"
            and toks[after].text[:1].isupper()
        ):
            return None
        k = before - 1
        if toks[k].text == ")" and k - 2 >= a and toks[k - 2].text == "(":
            k -= 1  # "Target (2030):"
        if toks[k].kind == "num":
            if k - 2 >= a and toks[k - 1].text in "/-–" and toks[k - 1].kind == "sym":
                k -= 2  # "2026/27", "2025-26"
            if not _is_year(toks[k]):
                return None
            k -= 1
            if k >= a and toks[k].text == "(":
                k -= 1
            if k >= a and canons[k] in self.fw_target_year:
                k -= 1
        elif k == before - 1 and toks[before].text != ":":
            return None  # "The target is": the plain copula is read where it stands
        return k if k >= a and canons[k] in self.words.target_nouns else None

    def _dummy_subject_before(self, canons: list[str], i: int, a: int) -> bool:
        """Whether a dummy subject ("der", "det", "there") stands among the four tokens before token ``i``
        (none before ``a``): "Der skal være 300 ...", "så der højst er 300 ...", "There should be at least
        120"."""
        return not self.words.existential.isdisjoint(canons[max(a, i - 4) : i])

    def _no_one_at(self, canons: list[str], i: int, b: int) -> int:
        """How many tokens the words of no one take at token ``i`` ("ingen": 1, "no one": 2), 0 where they do
        not stand."""
        for words in self._no_one:
            if i + len(words) <= b and tuple(canons[i : i + len(words)]) == words:
                return len(words)
        return 0

    def _no_one_aims(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether "ingen" at ``i`` opens its sentence or clause (after a colon, a dash or "at") and a modal
        of aim follows within seven tokens and before any punctuation ("Ingen børn skal ...", "Nulvision:
        Ingen må ...", "Ingen unge under 25 år skal ..."): a level of zero aimed at, named by what follows."""
        if (
            i > a
            and not (toks[i - 1].kind == "sym" and toks[i - 1].text in ":–-,")
            and canons[i - 1] not in self.fw_that
        ):
            return False  # "Ingen ...", "Vision: Ingen ...", "Vi vil, at ingen ...", "By 2026, no one ..."
        for k in range(i + 1, min(i + 8, b)):  # "Ingen unge under 25 år skal ...": up to seven tokens on
            if toks[k].kind == "sym":
                return False  # "Ingen kan være i tvivl om, at vi skal ...": not past a comma or a stop
            if canons[k] in self.words.intent and canons[k] not in self.words.target_nouns:
                return True
        return False

    def _no_one_cap(self, toks: list[Tok], canons: list[str], i: int, b: int) -> int | None:
        """Where a bound of "more than" ("mere end", "mer enn", the language's ``above`` hedges) starts,
        before a number, in the clause "ingen" at ``i`` opens ("Ingen borger skal vente mere end 8 uger"):
        no one above N is N at most, not a level of zero; ``None`` when there is none."""
        starts = self.lex.starts[Role.HEDGE]
        for k in range(i + 1, min(i + 16, b)):
            if toks[k].kind == "sym":
                return None
            if canons[k] in starts and (hit := self.lex.match(canons, k, Role.HEDGE)) is not None:
                after = k + hit.length
                if (
                    hit.extra == "above"
                    and after < b
                    and (toks[after].kind == "num" or canons[after] in self.lex.starts[Role.ANY_FIGURE_WORD])
                ):
                    return k
        return None

    def _before_hedge(self, toks: list[Tok], canons: list[str], i: int) -> int:
        """The index of the token before token ``i`` and before a hedge that ends just before it ("med ca.
        300", "med næsten en fjerdedel": the index of "med"); -1 at the start."""
        hedge = self._phrase_before(toks, canons, i, Role.HEDGE)
        return i - 1 - (hedge.length if hedge is not None else 0)

    def _unit_at(self, canons: list[str], j: int) -> tuple[Unit, int, str] | None:
        if j >= len(canons) or canons[j] not in self.unit_starts:
            return None
        if canons is self.canons:  # asked several times per figure: remembered per token list
            units = self._units
            if j not in units:
                units[j] = self._find_unit(canons, j)
            return units[j]
        return self._find_unit(canons, j)

    def _find_unit(self, canons: list[str], j: int) -> tuple[Unit, int, str] | None:
        # points first: "procentpoint" and "percentage points" must not be read as percent
        for role, unit in (
            (Role.UNIT_POINTS, Unit.PERCENTAGE_POINT),
            (Role.UNIT_PERCENT, Unit.PERCENT),
            (Role.UNIT_KR, Unit.KR),
        ):
            hit = self.lex.match(canons, j, role)
            if hit is not None:
                return self._rate(canons, j, unit, hit.length, hit.canonical)
        hit = self.lex.match(canons, j, Role.UNIT_MEASURE)
        if hit is not None:  # "12.300 tons", "40 m³", "11,3 dage", "2 mio. euro"
            after = j + hit.length
            if (
                Unit(hit.extra).base == "year"
                and after < len(canons)
                and len(canons[after]) == 4
                and canons[after].isdigit()
                and canons[after][:2] in ("19", "20")
            ):
                return None  # "till 1 100 år 2027": the year it is, not a number of years
            return self._rate(canons, j, Unit(hit.extra), hit.length, hit.canonical)
        return None

    def _rate(self, canons: list[str], j: int, unit: Unit, length: int, text: str) -> tuple[Unit, int, str]:
        """A unit of measure with the rate phrases after it ("liter pr. person pr. døgn": l/person/day); a
        percent or points unit as it is."""
        if not unit.measure:
            return unit, length, text
        per: list[str] = []
        words = [text]
        k = j + length
        starts = self.lex.starts[Role.UNIT_PER]
        while k < len(canons) and canons[k] in starts:
            hit = self.lex.match(canons, k, Role.UNIT_PER)
            if hit is None or hit.extra in per:
                break
            per.append(hit.extra)
            words.append(hit.canonical)
            k += hit.length
        if not per:
            return unit, length, text
        return Unit("/".join((unit.value, *per))), k - j, " ".join(words)

    def _dir_of(self, canon: str) -> Direction | None:
        roles = self.lex.roles(canon)
        if not roles or Role.WEAK in roles:
            return None
        if Role.UP in roles:
            return Direction.UP
        if Role.DOWN in roles:
            return Direction.DOWN
        return None

    def figures(self, toks: list[Tok], a: int, b: int) -> list[Fig]:
        canons = self.canons
        starts = self.lex.starts
        figs: list[Fig] = []
        lex = self.lex
        find_figure = self.fig_at.find
        scaled: dict[int, str] = {}  # figure index -> its scale and unit as written ("mio. kr.")
        # where a bound "mere end" after "Ingen ... skal" starts (read by _measure_hedge too)
        no_one_caps: set[int] = self._no_one_caps if canons is self.canons else set()
        i = a
        while i < b:
            i = find_figure(1, i, b)  # the next token that can start a figure
            if i < 0:
                break
            t = toks[i]
            core1 = -1
            placeholder = False
            share = False
            number_text = ""
            factor: Fraction | None = None
            signed = False  # a minus sign stands before the number
            band_end = 0  # where a band written "5–7" ends (the token after its second number)
            if t.kind == "num":
                if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit():
                    i += 1  # "02", "00", "007": a grade or a code, not an amount
                    continue
                prev = toks[i - 1] if i > 0 else None
                nxt = toks[i + 1] if i + 1 < b else None
                if prev is not None and prev.kind == "word" and prev.end == t.start:
                    i += 1  # footnote mark glued to a word: "borgere2"
                    continue
                if (
                    i - 2 >= a
                    and canons[i - 1] in self.words.numbered_periods
                    and canons[i - 2] in self.words.year_prepositions
                    and t.text.isdigit()
                    and int(t.text) <= 53
                    and self._unit_at(canons, i + 1) is None
                ):
                    i += 1  # "Audits in quarter 4 found 89%", "i uke 12": a part of the year, no figure
                    continue
                if i > a and (
                    canons[i - 1] in self.fw_per
                    or (i - 1 > a and prev is not None and prev.text == "." and canons[i - 2] in self.fw_per)
                ):
                    i += 1  # the denominator of a rate: "41 per 100,000 adults", "2 pr. 1.000 indbyggere"
                    continue
                if (
                    nxt is not None
                    and nxt.kind == "word"
                    and nxt.start == t.end
                    and not self._glued_scale(toks, i)
                    and not self._glued_unit(toks, canons, i)
                ):
                    damaged = self._ocr_digits(toks, canons, i, b)
                    if damaged is None:
                        i += 1  # "1gsningen", "2nd"
                        continue
                    number_text = damaged  # "1O pct.": OCR read a 0 as the letter O
                if self.is_list_mark(toks, i):
                    self.list_marks.append(
                        trusted(ListNumber, number=int(t.text), span=self.doc.span(t.start, toks[i + 1].end))
                    )
                    i += 2
                    continue
                if (
                    nxt is not None
                    and nxt.kind == "sym"
                    and nxt.text in "-–/"
                    and i + 2 < b
                    and toks[i + 2].kind == "num"
                ):
                    glued = nxt.start == t.end and toks[i + 2].start == nxt.end
                    if (
                        not glued
                        and nxt.text in "-–"
                        and prev is not None
                        and prev.kind == "word"
                        and prev.text[:1].isupper()
                        and (i - 1 == a or prev.nl_before)
                        and self._unit_at(canons, i + 3) is not None
                    ):
                        i += 2  # "Pejlemærke 3 – 90 pct. af eleverne": a heading's number, then its figure
                        continue
                    if nxt.text in "-–" and self._dash_band(toks, canons, i, a, b):
                        band_end = i + 3  # "med 5-7 pct.", "40–50 procent": a band, its ends joined by a dash
                    elif glued or nxt.text == "–" or (nxt.text == "-" and toks[i + 2].nl_before):
                        i += 3  # a range "10-15", a period "2014-2017", a financial year "2016/17"
                        continue
                if (
                    prev is not None
                    and prev.kind == "sym"
                    and prev.text in "/"
                    and i >= 2
                    and toks[i - 2].kind == "num"
                ):
                    i += 1
                    continue
                if nxt is not None and nxt.kind == "sym" and nxt.text == "." and i + 2 < b:
                    after = toks[i + 2]
                    if (
                        after.kind == "word"
                        and not after.text[:1].isupper()
                        and self._unit_at(canons, i + 2) is None
                        and after.canon not in self.adjective_dirs  # "1. flere": a stray dot, not an ordinal
                    ):
                        i += 2  # an ordinal or a date: "9. klasse", "24. juni", "4. kvartal"
                        continue
                    if after.kind == "word" and Role.MONTH in lex.roles(after.canon):
                        i += 2
                        continue
                if (
                    nxt is not None
                    and nxt.kind == "word"
                    and Role.MONTH in lex.roles(nxt.canon)
                    and t.text.isdigit()
                    and 1 <= int(t.text) <= 31
                    and not self._unit_at(canons, i + 1)
                ):
                    i += 2  # a date, whatever stands before it: "extended to 14 March", "fra 1 januar"
                    continue
                if (
                    nxt is not None
                    and nxt.text == "-"
                    and nxt.start == t.end
                    and i + 2 < b
                    and toks[i + 2].kind == "word"
                    and toks[i + 2].start == nxt.end
                    and Role.NOT_TARGET_UNIT in lex.roles(toks[i + 2].canon)
                ):
                    i += 3  # "15-åringer", "25-årige": an age glued to whom it names, not a figure
                    continue
                counts_something_else = (
                    nxt is not None
                    and nxt.kind == "word"
                    and not _OTHER_THINGS.isdisjoint(lex.roles(nxt.canon))
                    # "7 400 år 2025", "till totalt 5 000 år 2030": "år" before a year says when, not what
                    and not (
                        nxt.canon in self.words.year_prepositions and i + 2 < b and _is_year(toks[i + 2])
                    )
                )
                # "faldt med 1.200 personer", "svarende til ca. 300 personer": after "med"/"by"/"til" (a hedge
                # may stand between) a count of people is the change itself
                back = self._before_hedge(toks, canons, i) if counts_something_else else i - 1
                if counts_something_else and back > a and canons[back] in self.words.fillers:
                    # "från i snitt 120 dagar", "from an average of 42 days": back to "från"/"from"
                    found_from = self._from_over_fillers(canons, back, a, most=None)
                    back = back if found_from is None else found_from
                after_change = back >= 0 and (
                    canons[back] in lex.data.change_prepositions
                    or canons[back] in self.fw_from_to
                    # "tilsvarende 60 ansatte", "motsvarande 60 anställda": the change again, after a link
                    or (canons[back] not in self.fw_or and self._link_before(toks, canons, back + 1))
                    # "med 10 procent, eller 1 200 personer", "by 10%, or 24 people": the change in people
                    or (
                        canons[back] in self.fw_or
                        and bool(figs)
                        and figs[-1].unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                        and back - 2 <= figs[-1].i1 <= back
                    )
                    # "med 15 pct. (ca. 450 personer)": the change again, in people
                    or (
                        toks[back].text == "("
                        and bool(figs)
                        and figs[-1].i1 == back
                        and figs[-1].unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    )
                )
                if after_change and self._time_span(canons, i, i + 1, a, figs):
                    after_change = False  # "halveret på 10 år": the span the change took, no figure
                if (
                    counts_something_else
                    and not after_change
                    and not (self._kpi_times and self._unit_at(canons, i + 1) is not None)
                    and not self._band_closes(toks, canons, i, a)  # "mellem 4 og 6 uger"
                    and not (  # "højst 2 måneder", "at most 10 days": a time stated as a bound or a hedge
                        (unit_after := self._unit_at(canons, i + 1)) is not None
                        # "unge under 30 år": an age, not a figure; but "Ventetiden må højst være 2 år": years
                        # bounding what names a measure of time
                        and (
                            unit_after[0].base != "year"
                            or (
                                self._names_a_time(canons, a, i)
                                and not self.words.intent.isdisjoint(canons[a:i])
                            )
                        )
                        and self._measure_hedge(toks, canons, i, a) is not None
                    )
                    and not (  # "skal højst være 300 personer", "mindst 200 ansatte": a bound on a count of
                        # people (not a time, not a date) is a level aimed at, whatever the word counts
                        nxt is not None
                        and Role.MONTH not in lex.roles(nxt.canon)
                        and self._unit_at(canons, i + 1) is None
                        and self._measure_hedge(toks, canons, i, a) is not None
                    )
                    and not (  # "37 hours a week, or about 160 hours a month": the same time again
                        self._unit_at(canons, i + 1) is not None
                        and bool(figs)
                        and _measured(figs[-1].unit)
                        and self._link_before(toks, canons, self._before_hedge(toks, canons, i) + 1)
                    )
                    and not self._time_now(toks, canons, i, a, b)
                    and not self._count_now(toks, canons, i, a, b)
                    and not self._time_aimed_at(toks, canons, i, a)
                    and not self._time_limit(toks, canons, i, a, b, beside=figs)
                ):
                    i += 2  # "8.000 medarbejdere", "ca. 30 personer", "24 juni"
                    continue
                if len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100:
                    follows = canons[i + 1] if i + 1 < b else ""
                    unit_next = self._unit_at(canons, i + 1)
                    if (self._dir_of(follows) is None or follows not in self.adjective_dirs) and (
                        unit_next is None
                        or unit_next[0].base == "year"  # "fra 2019 års niveau": a year, not 2019 years
                    ):
                        i += 1
                        continue
                if band_end:
                    core1 = band_end
                    number_text = f"{t.text}–{toks[i + 2].text}"
                elif number_text:
                    core1 = i + 2  # the digits and the letters OCR put in place of some of them
                else:
                    core1 = i + 1
                    number_text = t.text
                    after_dot = toks[i + 2] if i + 2 < b else None
                    if (
                        lex.data.decimal_comma
                        and nxt is not None
                        and nxt.text == "."
                        and after_dot is not None
                        and after_dot.kind == "num"
                        and len(after_dot.text) == 3
                        and after_dot.text.isdigit()
                        and t.text.isdigit()
                        and len(t.text) <= 3
                        and nxt.start > t.end
                        and after_dot.start > nxt.end
                    ):
                        core1 = i + 3  # "1 . 250": OCR put a space on each side of the thousands dot
                        number_text = f"{t.text}.{after_dot.text}"
                    elif self._minus_before(toks, canons, i, a):
                        number_text = "-" + t.text  # "uppgår till – 4,9procent": a level below zero
                        signed = True
                ratio = self._ratio_at(toks, canons, i + 1, b) if core1 == i + 1 else None
                if (
                    ratio is not None
                    and t.text.isdigit()
                    and 0 < int(t.text) <= int(toks[ratio - 1].text)
                    and not self._ranked(canons, i, a)
                ):
                    core1 = ratio  # "2 ud af 3", "1 in 5": a share, read as the exact percent
                    number_text = " ".join(canons[i:ratio])
                    share = True
            elif (
                t.kind == "word"
                and t.text in self.placeholders
                and t.text not in ("N", "…")
                and (
                    self._placeholder_in_use(canons, i + 1, b)
                    # "skal øges med X, svarende til X pct.": the size of a change
                    or (
                        i - 2 >= a
                        and canons[i - 1] in lex.data.change_prepositions
                        and self._dir_of_any(canons[i - 2]) is not None
                    )
                )
            ):
                core1 = i + 1
                placeholder = True
                number_text = "X"
            elif (
                t.kind == "sym"
                and t.text in "[("
                and i + 2 < b
                and toks[i + 1].text in self.placeholders
                and toks[i + 2].text in "])"
            ):
                core1 = i + 3
                placeholder = True
                number_text = "X"
            elif t.kind == "sym" and t.text == "?" and i + 1 < b and self._unit_at(canons, i + 1) is not None:
                core1 = i + 1
                placeholder = True
                number_text = "X"
            elif t.kind == "word" and (no_one := self._no_one_at(canons, i, b)):
                if not self._no_one_aims(toks, canons, i, a, b):
                    i += 1
                    continue
                cap = self._no_one_cap(toks, canons, i, b)
                if cap is not None:
                    no_one_caps.add(cap)  # "Ingen skal vente mere end 8 uger": 8 weeks at most, no zero
                    i += 1
                    continue
                core1 = i + no_one  # "Ingen børn skal vokse op i fattigdom": a level of zero
                number_text = "0"
            elif t.kind == "word" and t.canon in starts[Role.ANY_FIGURE_WORD]:
                hit_frac = lex.match(canons, i, Role.FRACTION) if t.canon in starts[Role.FRACTION] else None
                hit_fact = lex.match(canons, i, Role.FACTOR) if t.canon in starts[Role.FACTOR] else None
                roles = lex.roles(t.canon)
                if hit_fact is not None and hit_fact.canonical in self.words.factor_after_object:
                    verb = self._verb_before_factor(toks, canons, i, i + hit_fact.length, a=a, b=b)
                    if verb is None or self._not_a_factor_after(canons, verb, hit_fact.canonical):
                        hit_fact = None  # "in half an hour", "delt i to til det halve": no change is halved
                if hit_fact is not None:
                    core1 = i + hit_fact.length
                    number_text = hit_fact.canonical
                    factor = lex.data.factor_words[hit_fact.canonical]
                elif hit_frac is not None:
                    end = i + hit_frac.length
                    share = is_share_phrase(hit_frac.canonical, lex.data)
                    share_of = (
                        end + 1 < b
                        and canons[end] in self.fw_of
                        and toks[end + 1].kind == "word"
                        and not (i > 0 and Role.NOT_SHARE_BEFORE in lex.roles(canons[i - 1]))
                        and (" " in hit_frac.canonical or hit_frac.canonical.endswith(self._share_endings))
                    )
                    prep = self._before_hedge(
                        toks, canons, i
                    )  # "med en fjerdedel", "med næsten en fjerdedel"
                    if (
                        share
                        or self._unit_at(canons, end) is not None
                        or share_of
                        or (prep >= 0 and canons[prep] in lex.data.change_prepositions)
                        or self._link_before(toks, canons, prep + 1)  # "svarende til en tredjedel"
                        # "fra en tredjedel til halvparten": both ends of a from-to
                        or self._fraction_from_to(canons, prep, end, a, b)
                    ):
                        core1 = end
                        number_text = hit_frac.canonical
                        if self._unit_at(canons, end) is not None:
                            # "et halvt procentpoint" is 0,5 points, not 50: the fraction is of the unit
                            number_text = _decimal(
                                lex.data.fraction_words[hit_frac.canonical], lex.data.decimal_comma
                            )
                elif Role.NUMBER_WORD in roles:
                    j = i + 1
                    while j < b and (
                        Role.NUMBER_WORD in lex.roles(canons[j])
                        or (
                            Role.JOINER in lex.roles(canons[j])
                            and j + 1 < b
                            and Role.NUMBER_WORD in lex.roles(canons[j + 1])
                        )
                    ):
                        j += 1
                    single_ambiguous = j == i + 1 and Role.AMBIGUOUS_NUMBER in roles
                    nxt_canon = canons[j] if j < b else ""
                    unit_after = self._unit_at(canons, j)
                    # "på to år", "i tre måneder": a period, not a figure; "et fald på tre dage", "fem tons":
                    # a figure (a time only as the size of a change, and never after one ambiguous word);
                    # "højst to måneder", "skal være under fire uker": a bound that makes it a standard
                    followed_by_unit = unit_after is not None and (
                        not _measured(unit_after[0])
                        or (
                            not (j == i + 1 and Role.AMBIGUOUS_NUMBER in roles)
                            and (
                                unit_after[0].base not in _TIME_UNITS
                                or (
                                    i - 2 >= a
                                    and canons[i - 1] in lex.data.change_prepositions
                                    and self._change_verb(canons[i - 2]) is not None
                                )
                            )
                        )
                        or (
                            unit_after[0].base in _TIME_UNITS
                            and self._measure_hedge(toks, canons, i, a) is not None
                        )
                        # "The target is two weeks", "Målet är två veckor": a time aimed at, in words
                        or (j == i + 1 and self._time_aimed_at(toks, canons, i, a))
                        # "forkortes med to uger", "minska med sex veckor": after a change, even "to" (not
                        # the article: "forlænget med en time" is as likely a meeting as a target)
                        or (
                            t.canon not in self.words.article_words
                            and i - 2 >= a
                            and canons[i - 1] in lex.data.change_prepositions
                            and self._change_verb(canons[i - 2]) is not None
                        )
                        # "reduseres til seks uker", "cut to six weeks", "lower waiting times to under six
                        # weeks": the level a change leads to (not a period in years: "forlenget til to år" is
                        # as often a term as a target)
                        or (unit_after[0].base != "year" and self._change_to_before(toks, canons, i, a))
                        # "skal visitere inden for fem hverdage": a time limit to keep
                        or (not single_ambiguous and self._time_limit(toks, canons, i, a, b, unit_at=j))
                    )
                    if followed_by_unit and self._time_span(canons, i, j, a, figs):
                        followed_by_unit = False  # "halveret på ti år": the span the change took, no figure
                    followed_by_dir = nxt_canon in self.adjective_dirs
                    # "mellem fem og seks uger": both ends of a band in one run of number words, then a unit
                    # (not an age: "mellem atten og femogtyve år"); _bands puts the band word before it
                    band_run = (
                        unit_after is not None
                        and unit_after[0].base != "year"
                        and i > a
                        and canons[i - 1] in self.words.band_open
                        and any(canons[k] in self.words.band_and for k in range(i + 1, j))
                    )
                    # "skal være nul i 2026": zero after a bound verb, in a statement of aim
                    zero_aimed = (
                        j == i + 1
                        and t.canon in self.words.zero_words
                        and i - 1 >= a
                        and (
                            (
                                not self.words.intent.isdisjoint(canons[a : i - 1])
                                and (
                                    canons[i - 1] in self.words.bound_verbs
                                    # "will reduce the number waiting more than 52 weeks to zero", "ska
                                    # minska till noll": zero after "to", a verb of change before it
                                    or (
                                        canons[i - 1] in self.fw_to
                                        and any(
                                            self._change_verb(canons[k]) is not None for k in range(a, i - 1)
                                        )
                                    )
                                )
                            )
                            # "Målet er nul ulykker", "Målet er null skader": zero right after a target
                            # noun and "is", the count aimed at
                            or (
                                i - 2 >= a
                                and canons[i - 1] in self.is_words
                                and canons[i - 2] in self.words.target_nouns
                            )
                        )
                    )
                    # "Hver skole skal ha minst én helsesykepleier", "Der skal være mindst to sygeplejersker":
                    # a bound on a count of things in a statement of aim, the level aimed at (not a frequency,
                    # "mindst to gange om ugen", nor a part, "minst én av foreldrene")
                    bound_count = (
                        unit_after is None
                        and not (j == i + 1 and t.canon in self.words.article_words)  # "mindst et universitet
                        # i top ti": the article is as often a rank or a kind as a count ("én" is a count)
                        and j + 1 < b
                        and toks[j].kind == "word"
                        and canons[j] not in self.fw_of
                        and canons[j] not in self.words.frequency_nouns
                        and Role.NUMBER_WORD not in lex.roles(canons[j])
                        and self._measure_hedge(toks, canons, i, a) is not None
                        and not self.words.intent.isdisjoint(canons[a:i])
                    )
                    if (
                        followed_by_unit
                        or band_run
                        or zero_aimed
                        or bound_count
                        or (followed_by_dir and not single_ambiguous)
                        or self._word_from_to(canons, i, j, a, b)
                    ):
                        core1 = j
                        number_text = " ".join(canons[i:j])
                    elif self._goal_noun_after(canons, j, b) is not None and not (
                        single_ambiguous and t.canon in self.words.goal_articles
                    ):
                        self._goal_phrase(toks, canons, i, j, b)
                        i = j
                        continue
            if (
                t.kind == "num"
                and core1 > 0
                and self._goal_noun_after(canons, core1, b) is not None
                and t.text.isdigit()
            ):
                self._goal_phrase(toks, canons, i, core1, b)
            if core1 < 0:
                i += 1
                continue
            # the unit after the number (a stray dot "18. pct." and a scale "mio." allowed before it)
            j = core1
            unit = Unit.COUNT
            unit_text = ""
            scale_text = ""
            if (
                j < b
                and toks[j].text == "."
                and j + 1 < b
                and self._unit_at(canons, j + 1) is not None
                and not placeholder
            ):
                j += 1
            scale = lex.match(canons, j, Role.SCALE) if j < b else None
            if scale is not None and (self._unit_at(canons, j) or (Unit.COUNT, 0, ""))[1] >= scale.length:
                scale = None  # "40 m3", "5 t": the unit, not the scale word it starts with
            if scale is not None and t.kind == "num":
                scale_text = scale.canonical
                j += scale.length
                if j < b and toks[j].text == "." and len(scale.canonical) <= 3:
                    j += 1  # "2 mio. kr.": the abbreviation's dot; not the full stop of "1.6 million."
            found = self._unit_at(canons, j) if j < b else None
            if found is not None:
                unit, length, unit_text = found
                j += length
                again = self._unit_at(canons, j) if j < b else None
                if again is not None and again[0] is unit:
                    j += again[1]  # a doubled unit: "45% procent"
            elif factor is not None:
                unit = Unit.FACTOR
            elif share or (
                number_text
                and t.kind == "word"
                and not placeholder
                and lex.match(canons, i, Role.FRACTION) is not None
            ):
                unit = Unit.PERCENT
            # a currency mark before the number ("€2m", "£9.548 million"), then the hedge before both
            i0 = core0 = i - 1 if signed else i
            mark_text = rate_text = ""
            if (
                t.kind == "num"
                and i > a
                and unit is Unit.COUNT
                and Role.UNIT_PREFIX in lex.roles(canons[i - 1])
            ):
                mark = lex.match(canons, i - 1, Role.UNIT_PREFIX)
                if mark is not None and mark.length == 1:
                    i0 = core0 = i - 1
                    mark_text = mark.canonical
                    unit, length, rate_text = self._rate(canons, j, Unit(mark.extra), 0, "")
                    j += length  # "£24m a year": the rate after the number
            hedge = self._phrase_before(toks, canons, core0, Role.HEDGE)
            hedge_text = ""
            if hedge is not None:
                i0 = core0 - hedge.length
                hedge_text = hedge.canonical
                if i0 in no_one_caps and hedge.extra == "above":
                    hedge_text = lex.data.hedges["at_most"][0]  # "Ingen ... mere end 8 uger": at most 8
            elif (_measured(unit) or (unit is Unit.COUNT and t.kind == "num") or unit.base in _MONEY) and (
                found_hedge := self._measure_hedge(toks, canons, core0, a)
            ) is not None:
                # "må højst være 2 måneder", "må i 2026 højst udgøre 287,4 mia. kr.": the bound stands before
                # the verb
                hedge, i0 = found_hedge
                hedge_text = hedge.canonical
            elif (
                unit is Unit.PERCENT
                and (found_hedge := self._measure_hedge(toks, canons, core0, a)) is not None
                and found_hedge[0].extra in ("at_least", "at_most")
            ):
                # "at frafaldet højst er 15 pct.": a floor or a ceiling before the verb, the figure's hedge
                # (the figure still starts at its number: the rules read the verb just before it)
                hedge_text = found_hedge[0].canonical
            hedge_after = 0
            if not hedge_text and j < b and canons[j] in starts[Role.HEDGE_AFTER]:
                bound = lex.match(canons, j, Role.HEDGE_AFTER)
                if bound is not None:  # "3 pct. eller derunder" is read as "højst 3 pct."
                    hedge_text, hedge_after = lex.data.hedges[bound.extra][0], bound.length
                    j += bound.length
            if (
                unit is Unit.PERCENT
                and j < b
                and canons[j] in self.fw_of
                and self._of_the_target(toks, canons, j, b)
            ):
                i = max(j, i + 1)  # "halvdelen af målet", "19 per cent of the year's target": progress
                continue
            parts = (hedge_text, mark_text, number_text, scale_text, unit_text, rate_text)
            canonical = " ".join([x for x in [x.strip() for x in parts if x] if x])
            figs.append(Fig(i0, core0, core1, j, unit, canonical, placeholder, factor, share=share))
            figs[-1].hedge_after = hedge_after
            if scale_text or (unit_text and unit is Unit.KR):  # "mio. kr.", "mnkr", "MNOK"
                scaled[len(figs) - 1] = " ".join(
                    x.strip() for x in (scale_text, unit_text, rate_text) if x.strip()
                )
            i = max(j, i + 1)
        self._share_scale(figs, scaled, canons)
        self._percent_noun(figs, toks, canons, a)
        if self.words.band_open and figs:
            figs = self._bands(figs, toks, canons, a, b)
        return figs

    def _dash_band(self, toks: list[Tok], canons: list[str], i: int, a: int, b: int) -> bool:
        """Whether the numbers at ``i`` and ``i + 2``, a dash between them, are the ends of a band ("5-7
        pct.", "4–5%", "40–50 procent"): two plain numbers, no year, the first below the second, and a
        percent, points or a unit of measure after the second (a time only after a word that states a level or
        a change: "på 4-6 uger"), in a sentence with a word of aim ("skal", "målet", "should"): a range
        elsewhere is an estimate ("havde vi set en stigning på 2-3 pct."). Not a date ("5-7 maj"), a score
        ("1-5"), an age ("18-24 år") nor a page range."""
        first, second = toks[i], toks[i + 2]
        if (
            _is_year(first)
            or _is_year(second)
            or (i > a and toks[i - 1].kind == "sym" and toks[i - 1].text in "-–/")
        ):
            return False
        found = self._unit_at(canons, i + 3)
        made = (  # "Der skal bygges 150-200 boliger": a band of things to make or to have, no unit
            found is None
            and i > a
            and (canons[i - 1] in self.words.making_verbs or canons[i - 1] in self.words.having_verbs)
            and i + 3 < b
            and toks[i + 3].kind == "word"
        )
        if not made and (
            found is None
            or found[0].base == "year"
            or (
                found[0] is not Unit.PERCENT
                and found[0] is not Unit.PERCENTAGE_POINT
                and not _measured(found[0])
            )
        ):
            return False
        if (
            found is not None
            and found[0].base in _TIME_UNITS
            and not (
                i > a
                and (
                    canons[i - 1] in self.words.level_prepositions
                    or canons[i - 1] in self.words.change_prepositions
                    or canons[i - 1] in self.words.copulas
                )
            )
        ):
            return False
        if self.words.intent.isdisjoint(canons[a:b]):
            return False
        low, high = (
            _read(first.text, self.language, self.policy, None),
            _read(second.text, self.language, self.policy, None),
        )
        return (
            low is not None
            and high is not None
            and low.value is not None
            and high.value is not None
            and low.value < high.value
        )

    def _band_closes(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether the number at token ``i`` closes a band in a unit of measure ("mellem 4 og 6 uger": the
        band word, a number and the joining word before it); not an age ("mellem 18 og 25 år")."""
        unit = self._unit_at(canons, i + 1)
        return (
            unit is not None
            and unit[0].base != "year"
            and i - 3 >= a
            and canons[i - 1] in self.words.band_and
            and toks[i - 2].kind == "num"
            and canons[i - 3] in self.words.band_open
        )

    def _bands(self, figs: list[Fig], toks: list[Tok], canons: list[str], a: int, b: int) -> list[Fig]:
        """Two figures that are the ends of a band, one figure: "mellem 5 og 6 pct.", "between 5% and 6%"
        (the band word, a number, the joining word, a number with its unit; no hedge, placeholder, factor or
        share, and the first in the unit of the second or a bare number). Years and ages never reach here:
        they are no figures ("mellem 2024 og 2027", "mellem 18 og 25 år")."""
        out: list[Fig] = []
        k = 0
        while k < len(figs):
            first = figs[k]
            second = figs[k + 1] if k + 1 < len(figs) else None
            if (  # "mellem fem og seks uger": one run of number words holds both ends
                first.i0 == first.core0
                and first.i0 - 1 >= a
                and canons[first.i0 - 1] in self.words.band_open
                and toks[first.core0].kind == "word"
                and any(canons[m] in self.words.band_and for m in range(first.core0 + 1, first.core1))
            ):
                canonical = f"{canons[first.i0 - 1]} {first.canonical}"
                out.append(Fig(first.i0 - 1, first.core0, first.core1, first.i1, first.unit, canonical))
                k += 1
                continue
            if (
                second is not None
                and first.i0 - 1 >= a
                and canons[first.i0 - 1] in self.words.band_open
                and self._two_ends(first, second, canons, b, self.words.band_and)
            ):
                canonical = f"{canons[first.i0 - 1]} {first.canonical} {canons[first.i1]} {second.canonical}"
                out.append(Fig(first.i0 - 1, first.core0, second.core1, second.i1, second.unit, canonical))
                k += 2
                continue
            if second is not None and (band := self._change_band(first, second, canons, a, b)) is not None:
                out.append(band)  # "by 40 to 45 per cent": a change of the band, not a count and a level
                k += 2
                continue
            if second is not None and (guess := self._guesses(first, second, canons, b)) is not None:
                out.append(guess)  # "£8m or £9m less": one figure stated as two guesses, the first as written
                k += 2
                continue
            out.append(first)
            k += 1
        return out

    def _two_ends(
        self, first: Fig, second: Fig, canons: list[str], b: int, joiners: AbstractSet[str]
    ) -> bool:
        """Whether ``first`` and ``second`` are two plain figures (no placeholder, factor or share, no word
        of their own before them) with one of ``joiners`` alone between them, in one unit (a bare first
        number takes the second's), and no years: the two ends of a band or two guesses."""
        return (
            first.i1 < b
            and canons[first.i1] in joiners
            and second.i0 == first.i1 + 1
            and all(
                f.i0 == f.core0 and not f.placeholder and f.factor is None and not f.share
                for f in (first, second)
            )
            and first.unit in (Unit.COUNT, second.unit)
            and second.unit.base != "year"
        )

    def _change_band(self, first: Fig, second: Fig, canons: list[str], a: int, b: int) -> Fig | None:
        """The two figures as one band, when a word of change's preposition stands before a bare number, the
        word "to" of the language alone between it and a percent or points, the first below the second ("fall
        by 40 to 45 per cent", "minska med 40 till 45 procent", "fell by 40 to 45 per cent"): a change stated
        as a band (as "by between 40 and 45 per cent" is), not a change of 40 and a level of 45; a
        from-to ("from 40 to 45 per cent") has no such preposition before it. Else ``None``."""
        fw = self.lex.data.function_words
        if (
            first.i0 - 1 < a
            or canons[first.i0 - 1] not in self.words.change_prepositions
            or first.unit is not Unit.COUNT
            or second.unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
            or not self._two_ends(first, second, canons, b, fw["to"])
        ):
            return None
        low = _read(first.canonical, self.language, self.policy, None)
        high = _read(second.canonical, self.language, self.policy, None)
        if low is None or high is None or low.value is None or high.value is None or low.value >= high.value:
            return None
        opener, joiner = min(self.words.band_open), min(self.words.band_and)
        canonical = f"{opener} {first.canonical} {joiner} {second.canonical}"
        if _read(canonical, self.language, self.policy, None) is None:
            return None
        return Fig(first.i0, first.core0, second.core1, second.i1, second.unit, canonical)

    def _guesses(self, first: Fig, second: Fig, canons: list[str], b: int) -> Fig | None:
        """The two figures as one, when an "or" word (the language's ``band_or``) alone stands between them
        and they read as two guesses at one amount ("£8m or £9m", "8 eller 9 mnkr"; see
        :func:`sudgoals.numbers.read_figure`); else ``None``."""
        if not self._two_ends(first, second, canons, b, self.words.band_or):
            return None
        canonical = f"{first.canonical} {canons[first.i1]} {second.canonical}"
        if _read(canonical, self.language, self.policy, None) is None:
            return None
        return Fig(first.i0, first.core0, second.core1, second.i1, second.unit, canonical)

    def _of_the_target(self, toks: list[Tok], canons: list[str], j: int, b: int) -> bool:
        """Whether the percent or fraction ending before ``j`` (an "of" word) is a share of the target
        itself ("lidt over halvdelen af målet", "19 per cent of the year's target", "drygt hälften av
        målet"): how far a goal has come, not a figure of a target. The target noun must end the phrase
        ("af målgruppen", "of the target population" are shares of a group)."""
        nouns = self.words.target_nouns
        for k in range(j + 1, min(j + 6, b)):
            if canons[k] in nouns:
                after = toks[k + 1] if k + 1 < b else None
                return (
                    after is None
                    or after.kind != "word"
                    or canons[k + 1] in self._after_target
                    or (k + 2 < b and toks[k + 2].kind == "num")  # "af målet for 2027"
                )
            if toks[k].kind != "word" and toks[k].text not in "'’":
                return False
        return False

    def _share_scale(self, figs: list[Fig], scaled: dict[int, str], canons: list[str]) -> None:
        """The start of a from-to written as a bare number takes the scale and unit of its end: "fra 250
        til 237,5 mill. kroner" is 250 million kroner, not 250 kroner (nor "from 1.2 to 1.5 bn")."""
        for k, tail in scaled.items():
            if k == 0 or k - 1 in scaled:
                continue
            a, b = figs[k - 1], figs[k]
            if (
                a.unit is Unit.COUNT
                and a.i1 == a.core1
                and not a.placeholder
                and a.factor is None
                and not a.share
                and b.i0 == a.i1 + 1
                and canons[a.i1] in self.fw_to
                and a.i0 > 0
                and canons[a.i0 - 1] in self.fw_from
            ):
                a.canonical = f"{a.canonical} {tail}"
                a.unit = b.unit

    def _percent_noun(self, figs: list[Fig], toks: list[Tok], canons: list[str], a: int) -> None:
        """A bare number right after a level preposition after a compound ending in the language's percent
        word is a share: "en genanvendelsesprocent på 55" is 55 percent, not 55 things."""
        for f in figs:
            if (
                f.unit is Unit.COUNT
                and f.i0 == f.core0
                and f.i1 == f.core1
                and not f.placeholder
                and f.factor is None
                and not f.share
                and f.i0 - 2 >= a
                and toks[f.core0].kind == "num"
                and canons[f.i0 - 1] in self.lex.data.level_prepositions
                and (
                    any(
                        canons[f.i0 - 2].endswith(word) and len(canons[f.i0 - 2]) > len(word)
                        for word in self._percent_words
                    )
                    or self._share_subject(toks, canons, a, f.core0)
                )
            ):
                f.unit = Unit.PERCENT
                f.canonical = f"{f.canonical} {self._percent_words[0]}"

    def _share_subject(self, toks: list[Tok], canons: list[str], a: int, i: int) -> bool:
        """Whether the sentence opens with a share noun in the definite form ("Beskæftigelsesprocenten",
        "Andelen"; the language's ``share_subjects``) a few words before the bare number at ``i``, with no
        other number between them, and the number can be a share (at most 100): "Beskæftigelsesprocenten skal
        op på 78 i 2030" is 78 percent."""
        whole = toks[i].text.split(",")[0]
        return (
            i - a <= 6
            and canons[a].endswith(self.lex.data.share_subjects)
            and whole.isdigit()
            and int(whole) <= 100
            and not any(toks[k].kind == "num" for k in range(a + 1, i))
        )

    def _word_from_to(self, canons: list[str], i: int, j: int, a: int, b: int) -> bool:
        """Whether the number words ``canons[i:j]`` are an end of a from-to after a direction word, with a
        unit after its second end: "reduseres fra ni til seks uker", "cut from nine to six weeks" (a duration
        "fra to til tre uker" with no direction word before it is no figure)."""
        lex = self.lex

        def words_end(k: int) -> int:
            while k < b and Role.NUMBER_WORD in lex.roles(canons[k]):
                k += 1
            return k

        if i - 2 >= a and canons[i - 1] in self.fw_from and self._dir_of_any(canons[i - 2]) is not None:
            unit = self._unit_at(canons, j)  # "fra ni uker til seks uker": the unit may stand at both ends
            to = j + unit[1] if unit is not None else j
            if to < b and canons[to] in self.fw_to:
                k = words_end(to + 1)
                return k > to + 1 and self._unit_at(canons, k) is not None
            return False
        if i - 2 > a and canons[i - 1] in self.fw_to and self._unit_at(canons, j) is not None:
            k = i - 2
            if (
                k > a
                and Role.NUMBER_WORD not in lex.roles(canons[k])
                and self._unit_at(canons, k) is not None
            ):
                k -= 1  # "fra ni uker til seks uker"
            top = k
            while k > a and Role.NUMBER_WORD in lex.roles(canons[k]):
                k -= 1
            return k < top and canons[k] in self.fw_from and self._dir_of_any(canons[k - 1]) is not None
        return False

    def _measure_hedge(
        self, toks: list[Tok], canons: list[str], i: int, a: int
    ) -> tuple[PhraseHit, int] | None:
        """The bound before a figure in a unit of measure that makes it a standard, and where it starts:
        "højst 2 måneder", "at least 10 days", "(skal) være under 4 uger", "be under 4 weeks", "må højst være
        2 måneder" (the verbs are the language's ``bound_verbs``). ``None`` for a threshold that names a
        group ("waiting over 12 months", "unge under 30 år") and for vague hedges ("i ca. 2 år")."""
        hedge = self._phrase_before(toks, canons, i, Role.HEDGE)
        if hedge is not None:
            start = i - hedge.length
            if hedge.extra in ("at_least", "at_most"):
                return hedge, start
            verb = start - 1 >= a and (  # "skal ned under 4 uger": the particle of a verb of change too
                canons[start - 1] in self.words.bound_verbs
                or canons[start - 1] in self.words.up_down
                # "Ventetiden skal under 50 dager": a modal of aim with no verb after it, and a ceiling
                or (
                    hedge.extra == "below"
                    and canons[start - 1] in self.words.intent
                    and canons[start - 1] not in self.words.target_nouns
                )
            )
            capped = (
                canons is self.canons and start in self._no_one_caps
            )  # "Ingen skal vente mere end 8 uger"
            if hedge.extra in ("above", "below") and (verb or capped):
                return hedge, start
            return None
        if i - 1 > a and canons[i - 1] in self.words.bound_verbs:
            hedge = self._phrase_before(toks, canons, i - 1, Role.HEDGE)
            if hedge is not None and hedge.extra in ("at_least", "at_most", "above", "below"):
                return hedge, i - 1 - hedge.length
            # "højst må være 30 dage": the bound, then the modal and the verb
            if i - 2 > a and canons[i - 2] in self.words.intent:
                hedge = self._phrase_before(toks, canons, i - 2, Role.HEDGE)
                if hedge is not None and hedge.extra in ("at_least", "at_most"):
                    return hedge, i - 2 - hedge.length
        return None

    def _verb_before_factor(
        self, toks: list[Tok], canons: list[str], i: int, end: int, *, a: int, b: int
    ) -> int | None:
        """Where the verb of change stands that a factor phrase after its object completes ("cut the number
        of households ... in half", "Madspildet skal skæres ned til det halve"): the nearest in the clause, at
        most twelve words back; ``None`` when there is none, or when a unit, or "of" and a word of time,
        follows ("in half an hour", "frem til halvdelen af perioden": a time, not a factor)."""
        if any(self._unit_at(canons, k) is not None for k in range(end, min(end + 2, b))):
            return None
        if end + 1 < b and canons[end] in self.fw_of and canons[end + 1] in self.words.time_words:
            return None  # "reduceres frem til halvdelen af perioden": a part of a time, not a factor
        for k in range(i - 1, max(a, i - 12) - 1, -1):
            if toks[k].kind != "word":
                return None
            if self._change_verb(canons[k]) is not None:
                return k
        return None

    def _fraction_at(self, canons: list[str], k: int) -> int | None:
        """Where the fraction phrase that opens at token ``k`` ends ("en tredjedel", "halvparten"), if any."""
        if k >= len(canons) or canons[k] not in self.lex.starts[Role.FRACTION]:
            return None
        hit = self.lex.match(canons, k, Role.FRACTION)
        return None if hit is None else k + hit.length

    def _fraction_from_to(self, canons: list[str], prep: int, end: int, a: int, b: int) -> bool:
        """Whether the fraction phrase that ends at ``end``, right after the word at ``prep``, is an end of a
        from-to whose other end is a fraction phrase too ("skal økes fra en tredjedel til halvparten"): a
        share each, not a factor or a part of something."""
        if prep < a:
            return False
        if canons[prep] in self.fw_from:
            return end < b and canons[end] in self.fw_to and self._fraction_at(canons, end + 1) is not None
        if canons[prep] not in self.fw_to:
            return False
        return any(
            canons[k] in self.fw_from and self._fraction_at(canons, k + 1) == prep
            for k in range(max(a, prep - 5), prep)
        )

    def _not_a_factor_after(self, canons: list[str], verb: int, phrase: str) -> bool:
        """Whether a factor phrase after its object ("til halvparten"), whose verb of change stands at
        ``verb``, is the share a level reaches instead: the verb goes the other way than the factor ("Andelen
        skal økes (fra en tredjedel) til halvparten": up to one half, no halving)."""
        factor = self.lex.data.factor_words.get(phrase)
        way = self._change_verb(canons[verb])
        return factor is not None and way is not None and (way is Direction.UP) != (factor > 1)

    def _change_to_before(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether "til"/"to" stands before token ``i`` (a hedge may stand between: "til under seks uker")
        with a verb of change before it, right before ("reduseres til seks uker") or with a few words of its
        object between ("lower waiting times to under six weeks", "redusere ventetiden til seks uker")."""
        to = self._before_hedge(toks, canons, i)
        if to - 1 < a or canons[to] not in self.fw_to:
            return False
        for k in range(to - 1, max(a, to - 5) - 1, -1):
            if self._change_verb(canons[k]) is not None:
                return True
            if toks[k].kind != "word" or canons[k] in self.fw_to:
                return False
        return False

    def _link_before(self, toks: list[Tok], canons: list[str], i: int) -> bool:
        """Whether a link ("svarende til", "or") ends just before token ``i``."""
        return self._phrase_before(toks, canons, i, Role.LINK) is not None

    def _glued_scale(self, toks: list[Tok], i: int) -> bool:
        """Whether the number at ``i`` has a scale glued to it after a currency mark ("€2m", "£1.5bn")."""
        nxt = toks[i + 1]
        return (
            i > 0
            and Role.UNIT_PREFIX in self.lex.roles(toks[i - 1].canon)
            and Role.SCALE in self.lex.roles(nxt.canon)
        )

    def _glued_unit(self, toks: list[Tok], canons: list[str], i: int) -> bool:
        """Whether the word glued to the number at ``i`` is a unit ("4,9procent", "12pct"): a percent,
        points or money unit, or a unit of measure of three letters or more ("20tons"), or a scale with a unit
        after it ("1.2m tonnes"); not "2nd", "1gsningen" or a single letter ("5t" may be a footnote)."""
        found = self._unit_at(canons, i + 1)
        if found is None:  # a scale glued on, then a unit: "1.2m tonnes", "3bn litres", "2,5mio. kr."
            k = i + 2 if i + 2 < len(toks) and toks[i + 2].text != "." else i + 3
            return Role.SCALE in self.lex.roles(canons[i + 1]) and self._unit_at(canons, k) is not None
        return found[0] in (Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.KR) or len(toks[i + 1].text) >= 3

    def _minus_before(self, toks: list[Tok], canons: list[str], i: int, a: int) -> bool:
        """Whether a minus or a dash just before the number at ``i`` (one space at most between) is the sign
        of a level: after a word that states a level or the ends of a from-to ("uppgår till – 4,9procent",
        "was -2.3%", "fra -3,2 pct. til 0 pct."), or glued to the number after a colon ("Resultat: -2,1").
        A dash after a hedge or a change ("med cirka -11 procent": the direction said twice), between two
        figures ("10 - 15") or after a heading's word ("Ledighed – 3,1 pct.") is no sign."""
        if i - 2 < a:
            return False
        dash, word = toks[i - 1], toks[i - 2]
        if dash.kind != "sym" or dash.text not in ("-", "\u2212", "\u2013") or toks[i].start - dash.end > 1:
            return False
        canon = canons[i - 2]
        if canon in (":", "="):
            return toks[i].start == dash.end
        words = self.words
        if dash.start == word.end or not (
            canon in words.copulas
            or canon in words.level_prepositions
            or canon in self.fw_from_to
            or (
                toks[i].start == dash.end and self._link_before(toks, canons, i - 1)
            )  # "tilsvarer -0,9 prosent"
            # "I 2024 var det -0,9 prosent": a copula and its subject, then a minus glued to the number
            or (
                toks[i].start == dash.end
                and i - 3 >= a
                and word.kind == "word"
                and canons[i - 3] in words.copulas
            )
        ):
            return False
        # "et fald på -3 pct.", "decreased by -2%": the direction said twice, not a level below zero
        return not (
            canon in words.change_prepositions and i - 3 >= a and self._dir_of_any(canons[i - 3]) is not None
        )

    def _ocr_digits(self, toks: list[Tok], canons: list[str], i: int, b: int) -> str | None:
        """A number whose last digits OCR read as letters ("1O pct.", "2l %"), as digits ("10", "21"), when a
        unit follows; ``None`` otherwise ("1gsningen", "2nd" are no figures)."""
        tail = toks[i + 1].text
        if len(tail) > 3 or tail.strip("oOlI"):
            return None
        j = i + 2
        if j < b and toks[j].text == "." and j + 1 < b:
            j += 1
        if self._unit_at(canons, j) is None:
            return None
        return toks[i].text + tail.translate(_OCR_DIGITS)

    def _bound_hedge(self, toks: list[Tok], canons: list[str], f: Fig) -> bool:
        """Whether a hedge that bounds ("mindst", "højst", "at least", "up to") stands before figure ``f``."""
        if f.unit is Unit.COUNT:  # "skal være under 120", "må højst være 120": a bound by a bound verb
            return self._measure_hedge(toks, canons, f.core0, 0) is not None
        if f.i0 == f.core0:
            return False
        if _measured(f.unit) or f.unit.base in _MONEY:  # "må i 2026 højst udgøre 287,4 mia. kr."
            return self._measure_hedge(toks, canons, f.core0, 0) is not None
        hit = self._phrase_before(toks, canons, f.core0, Role.HEDGE)
        return hit is not None and hit.extra in ("at_least", "at_most")

    def _ranked(self, canons: list[str], i: int, a: int) -> bool:
        """Whether a word of a place in a ranking stands before the number at ``i`` ("nummer 3 ud af 27",
        "plats nr. 4 av 27"): the two numbers are a place among so many, not a share."""
        k = i - 1
        if k > a and canons[k] == ".":
            k -= 1  # "nr. 3"
        return k >= a and canons[k] in self.lex.data.rank_words

    def _ratio_at(self, toks: list[Tok], canons: list[str], j: int, b: int) -> int | None:
        """The end of "ud af 3" / "out of 3" / "in 5" at ``j`` (the words of a share between two whole
        numbers; the second not a year), or ``None``."""
        for phrase in self._ratio_phrases:
            k = j + len(phrase)
            if (
                k < b
                and tuple(canons[j:k]) == phrase
                and toks[k].kind == "num"
                and toks[k].text.isdigit()
                and not _is_year(toks[k])
                and not (k + 1 < b and toks[k + 1].text in "-–/" and toks[k + 1].start == toks[k].end)
            ):
                return k + 1
        return None

    def _placeholder_in_use(self, canons: list[str], j: int, b: int) -> bool:
        """Whether an "X" stands for a figure: a unit or a count word follows it ("X pct.", "X flere")."""
        if j < b and canons[j] == "." and j + 1 < b:
            j += 1
        return j < b and (canons[j] in self.adjective_dirs or self._unit_at(canons, j) is not None)

    def _goal_noun_after(self, canons: list[str], j: int, b: int) -> int | None:
        """End of a goal noun standing right after ``j``, with at most two lower-case adjectives between."""
        goal_starts = self.lex.starts[Role.GOAL_NOUN]
        for k in range(j, min(j + 3, b)):
            hit = self.lex.match(canons, k, Role.GOAL_NOUN) if canons[k] in goal_starts else None
            if hit is not None:
                return k + hit.length
            if not canons[k].isalpha() or canons[k] != canons[k].lower() or self.toks[k].text[:1].isupper():
                return None
        return None

    def _stated_count(self, toks: list[Tok], canons: list[str], i: int, j: int) -> int | None:
        """The count of goals ``toks[i:j]`` state ("syv", "10"), when it is a whole number from 1 to 200."""
        from sudgoals.numbers import word_number

        if toks[i].kind == "num":
            try:
                stated = int(toks[i].text)
            except ValueError:
                return None
        else:
            value = word_number(" ".join(canons[i:j]), self.language)
            if value is None or value.denominator != 1:
                return None
            stated = int(value)
        return stated if 1 <= stated <= 200 else None

    def _goal_phrase(self, toks: list[Tok], canons: list[str], i: int, j: int, b: int) -> None:

        end = self._goal_noun_after(canons, j, b)
        if end is None:
            return
        # the colon closes the same statement, within reach (bounded: a text without full stops stays linear)
        colon = next((k for k in range(end, min(b, end + _MAX_SCAN)) if toks[k].text == ":"), None)
        if colon is None:
            # "Byrådet har fire pejlemærker for ældreområdet." above "Pejlemærke 1 – ..." headings
            stated_count = self._stated_count(toks, canons, i, j)
            if stated_count is not None:
                span = self.doc.span(toks[i].start, toks[end - 1].end)
                self.heading_goal_phrases.append((span, stated_count, canons[end - 1], toks[end - 1].end))
            return
        # only the last clause before the colon: "syv delmål frem mod 2017, der ...:" is fine
        if colon + 1 < b and not (toks[colon + 1].kind == "num" and self.is_list_mark(toks, colon + 1)):
            return
        stated = self._stated_count(toks, canons, i, j)
        if stated is None:
            return
        span = self.doc.span(toks[i].start, toks[end - 1].end)
        self.goal_phrases.append((span, stated, toks[colon].end, len(self.blocks_seen)))

    # ---------------------------------------------------------------- roles
    def roles(self, toks: list[Tok], a: int, b: int, figs: list[Fig]) -> list[Role_]:
        canons = self.canons
        out: list[Role_] = []
        by_start = {f.i0: f for f in figs}
        lex = self.lex
        carried: dict[int, tuple[Direction, int]] = {}  # a change's direction, past the amount it changes
        for f in figs:
            if f.claimed:
                continue
            after = f.i1
            before = f.i0 - 1
            if f.core1 > f.core0 and f.core1 - f.core0 == self._no_one_at(canons, f.core0, b):
                # "Ingen (nye) børn skal ...": a level of zero of what the sentence goes on to say
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, f.i1, b)))
                continue
            # "fra A til B", "from 1,200 in 2015 to 1,500", "from 84 people in autumn 2022 to 61";
            # "fra" alone, opening a baseline mark ("fra dagens 1.200") or before fillers ("from an average")
            to, noun = self._to_of_from_to(toks, canons, f, b)
            if to < b and self._from_at(toks, canons, f.i0, a) is not None:
                second = by_start.get(to + 1)
                if second is not None and noun and second.unit is not Unit.COUNT:
                    second = None  # "fra 3 skoler til 20 pct.": a count, then a unit
                if second is not None and _measured(f.unit) and second.unit.base != f.unit.base:
                    second = None  # "fra 20 dage til 3 måneder": two units, no from-to of one indicator
                if second is not None:
                    second.claimed = True
                    f.claimed = True
                    out.append(Role_(f, "from"))
                    out.append(Role_(second, "to"))
                    continue
            # "Net migration hit 745,000, up from 606,000": a count and where it came from are a level and its
            # start by the rules roles.count-up-from and roles.count-down-from, not here
            last_figure = next((r for r in reversed(out) if r.what != "count"), None)
            if (
                before >= a
                and (
                    canons[before] in self.fw_from
                    # "to 18 days, from an average of 24 days": "from" before the words that fill
                    or (
                        canons[before] in self.words.fillers
                        and self._from_over_fillers(canons, before, a, most=4)
                    )
                    or self._phrase_before(toks, canons, f.i0, Role.BASELINE_MARK) is not None
                    or self._stated_earlier(toks, canons, f, a)
                )
                and last_figure is not None
                and last_figure.what in ("level", "rel", "abs")
            ):
                # "rose to 48 per cent, up from 43 per cent": the starting level of the figure before
                out.append(Role_(f, "since"))
                continue
            noun_at = before - 1
            target_is = (
                canons[before] in self.fw_target_is and noun_at - 1 >= a and canons[noun_at] in self.is_words
            )
            if target_is:
                noun_at -= 1  # "The target is for 3 million visitors": the noun, a copula and "for"
            # (a share is the rules' level.target-is and roles.labelled-level)
            label = self._target_label(toks, canons, before, a) if f.unit is not Unit.PERCENT else None
            if label is not None:
                # "Target 2030: 560", "The target for 2026/27 is 1,250", "Mål: 450 bostäder": the noun, the
                # year it is set for, and a colon or a copula
                noun_at = label
            closing = (  # "91.2% of trains arrived on time (target 92.5%)", "..., mål 76 procent"
                before - 1 >= a
                and canons[before] in self.words.target_nouns
                and toks[before - 1].text in "(,"
                and any(r.what == "level" and r.fig.unit is f.unit for r in out)
            )
            if closing:
                noun_at, label = before, before
            if (
                before - 1 >= a
                and (
                    canons[before] in self.fw_target_of
                    or target_is
                    or label is not None
                    # "Målet er 100.000 træer": a count (a share there is the rules' level.target-is); "The
                    # target is 8 days": a measure
                    or (canons[before] in self.is_words and (f.unit is Unit.COUNT or _measured(f.unit)))
                )
                and canons[noun_at] in self.words.target_nouns
                and f.factor is None
                and not (after < b and canons[after] in self.adjective_dirs)  # "et mål om 500 flere boliger"
                # "målet om 20 prosent reduksjon": the size of a change aimed at, not a level
                and not (
                    after < b
                    and f.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    and canons[after] in lex.data.change_nouns
                )
            ):
                # "against a target of 95%", "med et mål på 80 pct.", "Målet er 100.000 træer i 2030"
                out.append(Role_(f, "aim"))
                continue
            if f.factor is not None:
                factor_direction = Direction.UP if f.factor > 1 else Direction.DOWN
                if after < b and canons[after] in self.fw_of:
                    after += 1  # "en tredobling af antallet": the object follows "af"
                # "halvere antallet af ...": the object follows; "Frafaldet skal halveres fra 40 til 20 pct."
                # (a passive verb, then where it starts or when): the subject stands before
                passive = (
                    after >= b or canons[after] in self.words.not_an_object or toks[after].kind != "word"
                )
                ind = None if passive else self._indicator_after(toks, canons, after, b)
                if " ".join(canons[f.core0 : f.core1]) in self.words.factor_after_object:
                    # "cut the number of households in temporary accommodation in half": the object between
                    verb = self._verb_before_factor(toks, canons, f.core0, f.core1, a=a, b=b)
                    if verb is not None and verb + 1 < f.core0:
                        ind = self._object_between(toks, canons, verb + 1, f.core0) or ind
                    elif verb is not None:  # "Waiting times will be cut in half": the subject of the passive
                        ind = self._subject_before(toks, canons, verb, a)
                if ind is None and passive:
                    ind = self._subject_before(toks, canons, f.i0, a)
                out.append(Role_(f, "rel", factor_direction, f.core0, ind))
                continue
            # a direction word right after: "150 flere ...", "5 pct. færre ...", "a 35% fall in ...", also
            # after a percent in brackets ("2,000 (40%) more"; the percent is the same change by the rule
            # roles.change-then-its-percent-in-brackets, not here)
            k = after
            if k < b and toks[k].text in _OPEN | _DASHES:
                close = next(
                    (m for m in range(k + 1, min(k + 10, b)) if toks[m].text in _CLOSE | _DASHES), None
                )
                inner = (by_start.get(m) for m in range(k + 1, close if close is not None else k + 1))
                if close is not None and any(
                    g is not None and g.i1 <= close and g.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    for g in inner
                ):
                    k = close + 1
            if k + 1 < b and toks[k].text == "." and canons[k + 1] in self.adjective_dirs:
                k += 1  # "1. flere": OCR's stray dot between the count and its direction word
            direction = self._dir_of(canons[k]) if k < b else None
            if f.share and k < b and canons[k] in self.adjective_dirs:
                # "to ud af tre nye boliger", "two in three new homes": a share of them, not a change
                direction = None
            elif direction is None and k < b and canons[k] in self.adjective_dirs:
                direction = Direction.UP if canons[k] in self.adjective_up else Direction.DOWN
            if direction is not None and f.unit.base in _MONEY and canons[k] in self.words.new_after_measure:
                # "800 mill. kroner nye plasser": the money pays for new things, it is no change
                direction = None
            new_measure = k < b and _measured(f.unit) and canons[k] in self.words.new_after_measure
            if direction is None and new_measure:
                direction = Direction.UP  # "20 km ny cykelsti": that much more, as "20 km nye cykelstier"
            is_rel = f.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
            comparative = (
                is_rel
                and k < b
                and canons[k] in lex.data.comparatives
                # "28 prosent høyere utdanning": a name ("higher education"), not 28 per cent higher
                and not (k + 1 < b and canons[k + 1] in self.words.named_comparatives)
            )
            if direction is None and comparative:
                direction = self._dir_of_any(canons[k])  # "2,3 pct. mere end i 2018", "5% less than"
            if (
                direction is not None
                and toks[k].text[:1].isupper()
                and not toks[k].text.isupper()
                and not is_rel
            ):
                direction = None  # "3 Flere udsatte ...": a page number before a heading, not "3 flere"
            if direction is not None and (
                canons[k] in self.adjective_dirs
                or new_measure
                or comparative
                or (is_rel and self.language == "en")
                or (is_rel and canons[k] in lex.data.change_nouns)  # "20 pct. reduktion i madspildet"
            ):
                ind_start = k + 1
                if ind_start < b and canons[ind_start] in self.fw_in_of:
                    ind_start += 1
                role = Role_(
                    f,
                    "rel" if is_rel else "abs",
                    direction,
                    k,
                    self._indicator_after(toks, canons, ind_start, b),
                )
                out.append(role)
                continue
            further = out[-1] if out and out[-1].what in ("abs", "rel") else None
            if (
                further is not None
                and further.direction is not None
                and further.dir_tok is not None
                and further.fig.unit is f.unit
                and before > a
                and canons[before] in self._up_before_count
                and canons[before - 1] in self.words.conjunctions
            ):
                # "spare 25 mio. kr. i 2026 og yderligere 15 mio. kr. i 2027": a further change of the kind
                # before it, in its direction, not more of something
                own = self._indicator_after(toks, canons, after, b) if f.unit is Unit.COUNT else None
                out.append(Role_(f, further.what, further.direction, further.dir_tok, own or further.ind))
                continue
            if (
                further is not None
                and further.direction is not None
                and further.dir_tok is not None
                and further.fig.unit is f.unit
                and f.unit.base in _MONEY
                and before > a
                and canons[before] in self.words.conjunctions
                and any(_is_year(toks[k]) for k in range(further.fig.i1, before))
                and any(_is_year(toks[k]) for k in range(f.i1, min(f.i1 + 2, b)))
            ):
                # "reduceres med 12 mill. kr i 2026 og 20 mill. kr fra 2027": each amount with a year of its
                # own, a change of the kind before it, in its direction
                out.append(Role_(f, further.what, further.direction, further.dir_tok, further.ind))
                continue
            if not is_rel and before >= a and canons[before] in self._up_before_count:
                preps = lex.data.change_prepositions
                prep = next((j for j in (before - 1, before - 2) if j >= a and canons[j] in preps), None)
                if prep is None and f.unit is Unit.COUNT:  # "an extra 40,000 appointments", "yderligere 500
                    # pladser": more, before the count (not money: "A further £2m will be made available")
                    ind = self._indicator_after(toks, canons, after, b)
                    out.append(Role_(f, "abs", Direction.UP, before, ind))
                    continue
                before = (
                    before if prep is None else prep
                )  # "øges med yderligere 200", "rise by a further 2,000": a change, read below
            linked = self._phrase_before(toks, canons, f.i0, Role.LINK) is not None  # "svarende til 12 pct."
            # "rose by 14% to a record 117,450", "öka till en nivå på 55 procent": back to "to" over fillers
            # (a level preposition among them only after another: "nivå på")
            lp, fillers = before, self.words.fillers
            while (
                lp > max(a, before - 3)
                and canons[lp] in fillers
                and (canons[lp] not in lex.data.level_prepositions or canons[lp - 1] in fillers)
            ):
                lp -= 1
            change = (
                out[-1] if out and out[-1].what in ("abs", "rel") and out[-1].direction is not None else None
            )
            if (
                not linked
                and lp > a
                and canons[lp] in lex.data.level_prepositions
                and change is not None
                and self._reaches_gap(toks, change.fig.i1, lp)
            ):
                # "faldt med 1.200 personer til 98.300", "fell by 13% to 2,440", "rose by 14% to a record
                # 117,450": the figure has no direction of its own; it is the level that change reaches by the
                # rules reaches.change-then-level and reaches.change-comma-level, not here
                out.append(Role_(f, "rel" if is_rel else "count"))
                continue
            # "skal ned på 4,5 pct.", "stige til 1.500", "increase the employment rate to 80%": a level
            if not linked and lp > a and canons[lp] in lex.data.level_prepositions:
                found_any = self._direction_back(toks, canons, lp, a, weak=True)
                if found_any is not None and (
                    canons[lp] not in lex.data.weak_level_prepositions
                    or Role.WEAK in lex.roles(canons[found_any[1]])
                ):
                    direction, dk = found_any
                    ind = self._subject_before(toks, canons, dk, a)
                    if dk < lp - 1:
                        between = self._object_between(toks, canons, dk + 1, lp)
                        if between is not None and between[1] - between[0] >= 2:
                            ind = between
                    out.append(Role_(f, "level", direction, dk, ind))
                    continue
            # "en stigning på 18 pct.", "faldet med 10 pct.", "reduce the number of ... by 2,000"
            if (
                _measured(f.unit)
                and before - 1 > a
                and toks[before].kind == "word"
                and self._dir_of_any(canons[before]) is None
                and toks[before].text.islower()
                and canons[before - 1] in lex.data.change_prepositions
                and self._dir_of(canons[before - 2]) is not None
            ):
                before -= 1  # "faldet med hele 122 tons": a word that stresses the amount between
            if (
                before >= a
                and canons[before] in lex.data.change_prepositions
                and f.unit.measure
                and f.unit is not Unit.COUNT
                and after + 1 < b
                and canons[after] in lex.data.change_prepositions
                and canons[after] != canons[before]
                and (amount := by_start.get(after + 1)) is not None
                and amount.unit is f.unit
                and before - 1 >= a
                and self._dir_of_any(canons[before - 1]) is None
                and (way := self._direction_back(toks, canons, before, a)) is not None
            ):
                # "redusere driftsbudsjettet på 82,6 mrd. kroner med 300 mill. kroner": the first amount is
                # what the noun before it measures (where the change starts: the rule
                # baselines.amount-named-then-its-change), the one after the other preposition the change
                out.append(Role_(f, "count"))
                carried[amount.i0] = way
                continue
            if before >= a and canons[before] in lex.data.change_prepositions:
                found = carried.get(f.i0) or self._direction_back(toks, canons, before, a)
                if (
                    found is None
                    and not is_rel
                    and before - 1 >= a
                    and canons[before - 1] in self.words.up_down
                ):
                    # "skal ned med 10 mio. kr.", "must come down by £10m": the particle is the direction
                    # (a share after it is left to the rules: "ned med 10 pct.", change-after-preposition)
                    particle = self._dir_of_any(canons[before - 1])
                    found = None if particle is None else (particle, before - 1)
                if found is not None:
                    direction, dk = found
                    role = Role_(f, "rel" if is_rel else "abs", direction, dk)
                    role.ind = self._indicator_in(toks, canons, f.i1, b) if dk == before - 1 else None
                    if role.ind is None and dk < before - 1:
                        between = self._object_between(toks, canons, dk + 1, before)
                        if between is not None:
                            role.ind = between  # "hæve tallet med 25 pct.": the object is what changes
                    if role.ind is None:
                        role.ind = self._subject_before(toks, canons, dk, a)
                    out.append(role)
                    continue
            # "skal ned under 3 pct.", "ned under 4 uger": a particle and a bound say where it should end
            if (
                before >= a
                and f.i0 < f.core0
                and canons[before] in self.words.up_down
                and (side := self._phrase_before(toks, canons, f.core0, Role.HEDGE)) is not None
                and side.extra in ("above", "below")
            ):
                side_dir = self._dir_of_any(canons[before])
                out.append(Role_(f, "level", side_dir, before, self._subject_before(toks, canons, before, a)))
                continue
            # "faldet et halvt procentpoint", "fell 35%": a direction verb right before the figure
            if before >= a and toks[before].kind == "word" and canons[before] not in self.adjective_dirs:
                d_before = self._dir_of(canons[before])
                # "2.5 million people ..., up 400,000 since 2019": a count after a comma and "up"/"down"
                comma_up = (
                    canons[before] in self.words.up_down and before - 1 >= a and toks[before - 1].text == ","
                )
                if (
                    d_before is None
                    and (is_rel or comma_up)
                    and canons[before] in self.words.up_down
                    # "make up 11% of the population": a verb's particle, no direction
                    and not (before - 1 >= a and canons[before - 1] in self.words.particle_verbs)
                ):
                    d_before = self._dir_of_any(canons[before])  # "Crime is down 7 per cent", "op 5 pct."
                if d_before is not None and (is_rel or f.unit.base in _DIRECT_CHANGE or comma_up):
                    role = Role_(
                        f,
                        "rel" if is_rel else "abs",
                        d_before,
                        before,
                        self._indicator_in(toks, canons, f.i1, b),
                    )
                    if role.ind is None:
                        role.ind = self._subject_before(toks, canons, before, a)
                    out.append(role)
                    continue
            # "reduceres med 10 mio. kr., svarende til 5 pct. af budgettet": the change again, as a share of
            # what it is taken from
            if (
                is_rel
                and linked
                and after < b
                and canons[after] in self.fw_of
                and out
                and out[-1].what == "abs"
                and not f.share
            ):
                out.append(Role_(f, "rel"))
                continue
            # "95 pct. af en ungdomsårgang", "X pct. af brugerne", "30% of pupils", "hver tredje ung"
            if is_rel and after < b and (canons[after] in self.fw_of or f.share):
                subject = after + 1 if canons[after] in self.fw_of else after
                down_later = self._verb_later(toks, canons, subject, b)
                ind = self._indicator_after(toks, canons, subject, b)
                if down_later is not None and ind is not None and ind[1] > down_later[1]:
                    ind = self._trim((ind[0], down_later[1]), toks, canons)
                if down_later is not None:
                    out.append(Role_(f, "rel", down_later[0], down_later[1], ind))
                else:
                    out.append(Role_(f, "level", None, None, ind))
                continue
            if (
                not is_rel
                and self._bound_hedge(toks, canons, f)
                and (
                    (
                        (f.unit is Unit.COUNT or f.unit.base in _MONEY)  # "skal være mindst 200 mio. kr."
                        and (self._in_item or not self.words.intent.isdisjoint(canons[a:b]))
                    )
                    or _measured(f.unit)  # "Ventetiden må højst være 2 måneder": a standard to keep
                )
            ):
                # "At least 3,000 residents supported into employment" (a list item), "Mindst 500 borgere skal
                # i job": a bound on a count is a level to reach; "at least 200 people attended" is not. After
                # "should be", "skal være" the subject names it ("Response times should be at most 10 days")
                copula = f.i0 - 1 >= a and Role.AUX in lex.roles(canons[f.i0 - 1])
                ind = (
                    self._subject_before(toks, canons, f.i0, a)
                    if copula
                    else self._indicator_after(toks, canons, after, b)
                )
                if ind is None and _measured(f.unit):
                    ind = self._subject_before(toks, canons, f.i0, a)  # "Ventetiden må højst være 2 måneder"
                out.append(Role_(f, "level", None, None, ind))
                continue
            if not is_rel and f.core0 > a and self._time_limit(toks, canons, f.core0, a, b, beside=figs):
                # "Borgerne skal have svar inden for 4 uger", "Søkerne skal få svar innen 14 dager": a time
                # limit to keep is a level at most, named by what the sentence says before its phrase
                if f.i0 == f.core0:  # no hedge of its own: the limit is an upper bound
                    f.canonical = f"{lex.data.hedges['at_most'][0]} {f.canonical}"
                limit = next(
                    len(w) for w in self._time_limit_words if canons[f.core0 - len(w) : f.core0] == w
                )
                out.append(
                    Role_(f, "level", None, None, self._subject_before(toks, canons, f.core0 - limit, a))
                )
                continue
            if (
                not is_rel
                and _measured(f.unit)
                and f.factor is None
                and f.i0 == f.core0
                and self._modal_be_before(canons, before, a)
                and self._year_after(toks, canons, f.i1)
            ):
                # "Sagsbehandlingstiden skal være 8 uger i 2027", "Solar capacity should be 40 MW by 2030":
                # a measure after a modal and a bound verb, with the year it is due, is a level aimed at,
                # named by the subject; with no year ("Uddannelsen skal være 3 år") a length, not a target
                out.append(Role_(f, "level", None, None, self._subject_before(toks, canons, before, a)))
                continue
            if (
                not is_rel
                and (f.unit in _MADE_UNITS or _capacity(f.unit))  # "etablere 40 MW solceller inden 2030"
                and f.factor is None
                and before >= a
                and canons[before] in self.words.making_verbs
                and not self.words.intent.isdisjoint(canons[a:b])
            ):
                # "We will plant 100,000 trees by 2030", "Det ska byggas 400 bostäder per år": a count right
                # after a verb of making, in a statement of intent, is a level to reach (what follows names
                # it); "We planted 3,000 trees last year" states no intent and stays a count
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.unit in _MADE_UNITS
                and f.factor is None
                and (
                    before < a or toks[before].text in ",:"
                )  # "By 2030, 1,000 homes ...", "Retrofit: 2,000 ..."
                and self._made_after(canons, f.i1, b)
            ):
                # "1,000 homes will be built by 2030", "1 000 bostäder ska byggas till 2030": a count that
                # opens its clause, then what it counts, a modal and a verb of making, is a level to reach
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.factor is None
                and f.i0 == f.core0
                and before > a
                and (
                    (
                        canons[before] in self.words.having_verbs
                        # the first figure of its sentence, but for a year or a label's number ("Tiltak 4:"):
                        # "Mindst 80 pct. af eleverne skal have 7 ..." is a grade inside what the share counts
                        and not any(
                            toks[k].kind == "num" and not _is_year(toks[k]) and toks[k + 1].text != ":"
                            for k in range(a, f.i0)
                        )
                    )
                    or (  # "skal ha 12 MW vindkraft og 40 MW solkraft": a second of the same, after "og"
                        canons[before] in self.words.conjunctions
                        and bool(out)
                        and out[-1].what == "level"
                        and out[-1].fig.i0 - 1 >= a
                        and canons[out[-1].fig.i0 - 1] in self.words.having_verbs
                    )
                )
                and not f.hedge_after  # no threshold: "skal have 7 eller derover i dansk"
                # "skal have 300 ton mindre affald i 2030": that much less, a change, no level (rest14)
                and not (f.i1 < b and canons[f.i1] in self.lex.data.comparatives)
                and (f.unit in _MADE_UNITS or _capacity(f.unit))
                and not self.words.intent.isdisjoint(canons[a:before])
                and f.i1 < b
                and toks[f.i1].kind == "word"
                and any(_is_year(toks[k]) for k in (*range(a, before), *range(f.i1, b)))
            ):
                # "Kommunen skal ha 40 MW solkraft innen 2030", "skal have 400 plejeboliger i 2030": a count
                # or a measure that the subject is to have by a year, after a modal and a verb of having, is a
                # level aimed at (what follows names it); with no year ("Styret skal ha 5 medlemmer") a
                # rule of how things are, no target
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.unit is Unit.COUNT
                and f.factor is None
                and f.i0 == f.core0
                and before > a
                and canons[before] in self.words.bound_verbs
                and self._dummy_subject_before(canons, before, a)
                and not self.words.intent.isdisjoint(canons[a:before])
                and f.i1 < b
                and toks[f.i1].kind == "word"
            ):
                # "Der skal være 300 lærlinge i 2027", "I 2027 skal det være 300 lærlinger": a count that is
                # to exist, after the dummy subject, a modal and a bound verb, is a level aimed at (what
                # follows names it)
                out.append(Role_(f, "level", None, None, self._indicator_after(toks, canons, after, b)))
                continue
            if (
                not is_rel
                and f.unit is Unit.COUNT
                and f.core1 == f.core0 + 1
                and canons[f.core0] in self.words.zero_words
                and before > a
                and canons[before] in self.words.bound_verbs
                and not self.words.intent.isdisjoint(canons[a:before])
            ):
                # "Antallet af korridorpatienter skal være nul i 2026": a level of zero, named by the subject
                out.append(Role_(f, "level", None, None, self._subject_before(toks, canons, before, a)))
                continue
            if (
                not is_rel
                and f.unit is Unit.COUNT
                and f.factor is None
                and before > a
                and canons[before] in self.words.reaching_verbs
                and not self.words.intent.isdisjoint(canons[a:before])
            ):
                # "The number of residents will reach 17,000 by 2030", "Indbyggertallet skal nå 17.000": a
                # count to reach, named by the subject before the verb
                out.append(Role_(f, "level", None, None, self._subject_before(toks, canons, before, a)))
                continue
            out.append(Role_(f, "rel" if is_rel else "count"))
        return out

    def _to_of_from_to(self, toks: list[Tok], canons: list[str], f: Fig, b: int) -> tuple[int, str]:
        """Where the "til"/"to" of a from-to opening with ``f`` stands, and the noun after ``f`` ("" for
        none), or ``(b, "")``. Between ``f`` and "to" may stand one noun of a count ("from 84 people to
        61"), then when the start was measured: a year, with a preposition, a month or a time of year before
        it ("i 2022", "in autumn 2022", "hösten 2022", "i marts 2023"), or a baseline mark ("fra 45 prosent
        i dag til 90 prosent")."""
        k = f.i1
        noun = ""
        per = self._time_per(canons, f, k, b)
        if per:
            k += per  # "fra 40 om året til 120", "from 40 a year to 120": how often, said once (prec15)
        elif (
            k + 1 < b
            and f.unit is Unit.COUNT
            and toks[k].kind == "word"
            and canons[k] not in self.fw_to
            and canons[k] not in self.fw_in
            and canons[k] not in self._when_words
        ):
            noun, k = canons[k], k + 1  # "from 45 days to 30 days", "fra 1.250 borgere i 2022 til 1.190"
            k += self._time_per(canons, f, k, b)  # "fra 40 boliger om året til 120"
        when = k + 1 if k < b and canons[k] in self.fw_in else k
        if when < b and canons[when] in self._times_of_year:
            when += 1
        if when < b and _is_year(toks[when]) and (when > k or toks[when].start > toks[k - 1].end):
            k = when + 1  # "i 2022", "in autumn 2022", "hösten 2022", "2022" with no preposition
            if (
                k + 1 < b
                and toks[k].kind == "sym"
                and toks[k].text in "/-–"
                and toks[k + 1].kind == "num"
                and toks[k].start == toks[k - 1].end
                and toks[k + 1].start == toks[k].end
            ):
                k += 2  # a financial or school year: "from 1,430 in 2022/23 to 1,105", "i 2023/24"
        elif (
            k + 2 < b
            and canons[k] in self.fw_in
            and Role.MONTH in self.lex.roles(canons[k + 1])
            and canons[k + 2] in self.fw_to
            # a figure, not a day of the month ("fra 14 i januar til 21 i juni")
            and (f.unit is not Unit.COUNT or not toks[f.i0].text.isdigit() or int(toks[f.i0].text) > 31)
        ):
            k += 2  # "fra 84 dage i januar til 61 dage i juni", "from 2,310 days in April to 1,480"
        elif k + 1 < b and (now := self.lex.match(canons, k, Role.BASELINE_MARK)) is not None:
            k += now.length
        if k < b and canons[k] in self.fw_to:
            return k, noun
        return b, ""

    def _time_per(self, canons: list[str], f: Fig, k: int, b: int) -> int:
        """How many tokens the time a count ``f`` is per takes at ``k`` ("om året", "pr. år", "a year"), or 0:
        in a from-to it is said once, after the from ("fra 40 om året til 120")."""
        if k + 1 >= b or f.unit is not Unit.COUNT:
            return 0
        hit = self.lex.match(canons, k, Role.UNIT_PER)
        return hit.length if hit is not None and hit.extra in _TIME_PERS and k + hit.length < b else 0

    def _object_between(self, toks: list[Tok], canons: list[str], s: int, e: int) -> tuple[int, int] | None:
        """The words between a direction verb and its preposition as the object that changes ("hæve tallet
        med 25 pct."); ``None`` when they only say when ("faldt i oktober med 1.100", "steg sidste år")."""
        roles = self.lex.roles
        if any(_is_year(toks[k]) or Role.MONTH in roles(canons[k]) for k in range(s, e)):
            return None
        if e - s <= 3 and canons[e - 1] in self.words.time_words:
            return None
        return self._trim((s, e), toks, canons)

    def _stated_earlier(self, toks: list[Tok], canons: list[str], f: Fig, a: int) -> bool:
        """Whether ``f`` is where an indicator stood at an earlier time, given after the figure it is compared
        with: "(2024: 74 procent)", "compared with 52% today", "sammenlignet med 74 pct. i 2022"."""
        i = f.i0
        if i - 3 >= a and toks[i - 1].text == ":" and _is_year(toks[i - 2]) and toks[i - 3].text in "([":
            return True
        ref = self._phrase_before(toks, canons, i, Role.REFERENCE)
        # "compared with", "sammenlignet med", "i forhold til"; not "end i" / "than in" (a year follows those)
        return ref is not None and ref.length > 1 and ref.canonical.split(" ", 1)[0] not in self.words.than

    def _indicator_in(self, toks: list[Tok], canons: list[str], after: int, b: int) -> tuple[int, int] | None:
        """The noun phrase after "i"/"in"/"af"/"of" after a figure: "et fald på 9 pct. i antallet af ..."."""
        if after + 1 >= b or canons[after] not in self.fw_in_of_among:
            return None
        if _is_year(toks[after + 1]) or Role.MONTH in self.lex.roles(canons[after + 1]):
            return None  # "med 70 pct. i 2030", "by 4.99% in April": when, not what
        reference = self.lex.match(canons, after, Role.REFERENCE)
        if reference is not None and reference.length > 1:
            return None  # "i forhold til ..." is a comparison, not what is counted
        found = self._indicator_after(toks, canons, after + 1, b)
        if found is None or all(toks[k].kind == "num" for k in range(*found)):
            return None
        if canons[found[1] - 1] in self.words.time_words:
            return None  # "by almost a quarter in ten years", "på de seneste fem år": when, not what
        return found

    def _direction_back(
        self, toks: list[Tok], canons: list[str], prep: int, a: int, *, weak: bool = False
    ) -> tuple[Direction, int] | None:
        """The nearest direction word before ``prep`` in its clause (``weak`` admits "ned", "op", "up"); not
        one of a threshold that names a group ("reduce the number waiting more than 52 weeks to zero")."""
        for k in range(prep - 1, max(a, prep - _LINK_BACK) - 1, -1):
            if toks[k].text in ",;:" or (toks[k].text == "." and k < prep - 1):
                return None
            if k + 2 < prep and canons[k + 1] in self.words.than and toks[k + 2].kind == "num":
                continue  # "waiting more than 52 weeks", "väntat mer än 90 dagar": a threshold
            d = self._dir_of_any(canons[k]) if weak else self._dir_of(canons[k])
            if (
                d is not None
                and k > a
                and canons[k] in self.words.up_down
                and canons[k - 1] in self.words.particle_verbs
            ):
                continue  # "Lånet tas upp med en ränta på 3 procent": a verb's particle, no direction
            if d is None and k == prep - 1:
                d = self._glued_direction(canons[k])
            if d is not None:
                return d, k
        return None

    def _change_verb(self, canon: str) -> Direction | None:
        """The direction of the word right before a change preposition ("forlenges med", "minska med"),
        also when a lost space glued it to the word before ("65 årforlenges med tre måneder")."""
        return self._dir_of_any(canon) or self._glued_direction(canon)

    def _glued_direction(self, canon: str) -> Direction | None:
        """A direction verb of seven letters or more at the end of a word no lexicon knows: the word before
        it glued on by a lost space ("årforlenges"). Asked only of the word right before a change
        preposition."""
        if len(canon) < 9 or not canon.isalpha() or self.lex.roles(canon):
            return None
        for cut in range(1, len(canon) - 6):
            d = self._dir_of(canon[cut:])
            if d is not None:
                return d
        return None

    def _dir_of_any(self, canon: str) -> Direction | None:
        roles = self.lex.roles(canon)
        if Role.UP in roles:
            return Direction.UP
        if Role.DOWN in roles:
            return Direction.DOWN
        return None

    def _verb_later(
        self, toks: list[Tok], canons: list[str], start: int, b: int
    ) -> tuple[Direction, int] | None:
        for k in range(start, min(b, start + _MAX_SCAN)):
            if toks[k].text in ".;":
                break
            d = self._dir_of(canons[k])
            if d is not None and canons[k] not in self.adjective_dirs:
                if (
                    k + 1 < b
                    and canons[k + 1] in self.fw_from
                    and not any(
                        toks[j].kind == "num" and not _is_year(toks[j]) for j in range(k + 2, min(b, k + 4))
                    )
                ):
                    continue  # "hver tiende skal falle fra", "falde fra": to drop out, no fall from a figure
                return d, k
        return None

    def _trim(self, rng: tuple[int, int], toks: list[Tok], canons: list[str]) -> tuple[int, int] | None:
        s, e = rng
        roles = self.lex.roles
        aux = self.lex.starts[Role.AUX]  # a single word has the role only if it starts one of its phrases

        def stop(k: int) -> bool:
            return toks[k].kind == "sym" or (canons[k] in aux and Role.AUX in roles(canons[k]))

        def glued(k: int) -> bool:  # the first part of a hyphenated compound: "on-time", "CO2-udledning"
            return k + 1 < e and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end

        while s < e and (
            (stop(s) and not glued(s)) or (toks[s].kind == "num" and self.is_list_mark(toks, s))
        ):
            s += 2 if toks[s].kind == "num" else 1
        # "I 2023 var udledningen", "In 2023 emissions": the year a sentence opens with says when, the verb
        # after it is no part of the name
        k = s + 1 if s + 1 < e and Role.YEAR_PREP in roles(canons[s]) else s
        if k + 1 < e and _is_year(toks[k]) and not glued(k):
            s = k + 1
            if (
                s + 2 < e
                and toks[s].text in "/-–"
                and toks[s + 1].kind == "num"
                and len(toks[s + 1].text) == 2
            ):
                s += 2  # "In 2019/20, apprenticeship starts": a school or financial year
            while s + 1 < e and (canons[s] in self._copulas or stop(s)):
                s += 1
        while e > s:
            if stop(e - 1):
                e -= 1
            elif e - 2 >= s and _is_year(toks[e - 1]) and Role.YEAR_PREP in roles(canons[e - 2]):
                e -= 2  # "... i 2015"
            elif (
                e - 3 >= s
                and toks[e - 1].kind == "num"
                and toks[e - 2].text in "-–/"
                and _is_year(toks[e - 3])
            ):
                e -= 3  # a period "2024-2030", a school year "2022/23"
            elif (
                e - 2 >= s
                and canons[e - 1] in self.words.time_words
                and Role.YEAR_PREP in roles(canons[e - 2])
            ):
                e -= 2  # "... i perioden", "... in the period" (its years taken off above)
            elif (
                e - 3 >= s
                and _is_year(toks[e - 1])
                and self._phrase_before(toks, canons, e - 1, Role.YEAR_PREP)
            ):
                hit = self._phrase_before(toks, canons, e - 1, Role.YEAR_PREP)
                e -= 1 + (hit.length if hit else 0)
            else:
                break
        if e > s and all(toks[k].kind == "num" for k in range(s, e)):
            return None  # "inden 2020" leaves only the year: that names no indicator
        return (s, e) if e > s else None

    def _indicator_after(
        self, toks: list[Tok], canons: list[str], start: int, b: int
    ) -> tuple[int, int] | None:
        link_starts = self.lex.starts[Role.LINK]
        current = toks is self.toks  # else tokens of an earlier chunk: no year map, check the token itself

        def year(k: int) -> bool:
            return bool(self.year_at[k]) if current else _is_year(toks[k])

        if (
            0 < start < b
            and canons[start - 1] in self.words.year_prepositions
            and any(canons[start].endswith(w) for w in self._period_words)
            and (start + 1 >= b or toks[start + 1].kind == "sym")
        ):
            return None  # "reduceres med 50 i aftaleperioden": the period says when, it names nothing
        e = start
        limit = min(b, start + _MAX_INDICATOR_TOKENS)
        # the tokens where none of the tests below can stop the words are skipped through a byte map
        find_stop = self.ind_stop_at.find if current else None
        while e < limit:
            if find_stop is not None:
                e = find_stop(1, e, limit)
                if e < 0:
                    e = limit
                    break
            t = toks[e]
            if t.kind == "num" and self.is_list_mark(toks, e):
                break
            if t.kind == "num" and e > start + 1 and canons[e - 1] in self.fw_from:
                e -= 1  # "en fordobling af ladestanderne fra 40 til 80": the from-to is no part of the name
                break
            if (
                e > start
                and e + 1 < b
                and (
                    year(e + 1) or (e + 2 < b and year(e + 2) and Role.MONTH in self.lex.roles(canons[e + 1]))
                )
                and Role.YEAR_PREP in self.lex.roles(canons[e])
            ):
                break  # "... victims of burglary in 2019 than in 2018", "by March 2026": when, not what
            if canons[e] in self.words.than and toks[e].kind == "word":
                break  # "2.100 færre end året før", "fewer than last year": a comparison, not what is counted
            if t.kind == "sym" and t.text in _INDICATOR_END:
                if t.text == "." and e > start and toks[e - 1].kind == "num":
                    e += 1  # "9. klasse"
                    continue
                break
            if t.kind == "sym" and t.text == "-" and t.start > toks[e - 1].end:
                break
            if (
                canons[e] in link_starts
                and self.lex.match(canons, e, Role.LINK) is not None
                and e > start + 1
                and canons[e] not in self.fw_or
            ):
                hit = self.lex.match(canons, e, Role.LINK)
                if hit is not None and hit.length >= 2:
                    break
            e += 1
        return self._trim((start, e), toks, canons)

    def _subject_before(
        self, toks: list[Tok], canons: list[str], verb: int, a: int
    ) -> tuple[int, int] | None:
        s = verb
        floor = max(a, verb - _MAX_SCAN)  # bounded, so a sentence that never ends stays linear
        while (
            s > floor
            and toks[s - 1].text not in ":;"
            and not (
                toks[s - 1].text == "."
                and s - 1 > a
                and toks[s - 2].kind != "num"
                # "med over 10 pct. fravær": the stop of a unit's abbreviation right after its number, the
                # sentence going on in lower case
                and not (
                    toks[s].kind == "word"
                    and toks[s].text[:1].islower()
                    and s - 3 >= a
                    and toks[s - 3].kind == "num"
                    and self._unit_at(canons, s - 2) is not None
                )
            )
        ):
            if (
                canons[s - 1] in self.fw_that
                and s - 2 >= a
                and (toks[s - 2].text == "," or canons[s - 2] in self.is_words)
            ):
                break  # "Målet er, at fraværet skal falde ...": the subject starts after "at"
            if canons[s - 1] in self.words.clause_openers and s - 2 >= a and toks[s - 2].text == ",":
                break  # "..., while knife crime rose 4%": a new clause, with its own subject
            if (
                canons[s - 1] in self.words.conjunctions
                and toks[s].kind == "word"
                and (
                    (s - 2 >= a and toks[s - 2].text == ",")
                    or not self.words.anaphora.isdisjoint(canons[s : min(s + 3, verb)])
                )
                and any(
                    toks[k].kind == "num" and not _YEAR_TOKEN.fullmatch(toks[k].text)
                    for k in range(floor, s - 1)
                )
            ):
                # "rise by 40 and the employment rate will increase by 3%", "öka med 40, och andelen ...":
                # a clause after one with a figure of its own (not a year) has its own subject
                break
            s -= 1
        return self._trim((self._after_source(canons, s, verb), verb), toks, canons)

    def _after_source(self, canons: list[str], s: int, verb: int) -> int:
        """Where the subject starts when the words from ``s`` open with who says it or by what means and a
        modal after it ("Ifølge borgmesteren skal ventelisten", "Med budgetaftalen skal antallet"): after the
        modal; else ``s``."""
        openers = self.words.source_openers
        if not any(" ".join(canons[s : s + n]) in openers for n in (1, 2, 3)):
            return s
        modal = next((k for k in range(s + 1, verb) if canons[k] in self.words.intent), None)
        return modal + 1 if modal is not None and modal + 1 < verb else s

    # ---------------------------------------------------------------- sentences -> targets
    def run(self) -> Paper:
        self.blocks_seen: list[Block] = []
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

    def _key_figure_lines(self, block: Block) -> bool:
        """Read a paragraph of several lines in which some lines are key-figure lines of their own
        ("Sagsbehandlingstid: 18,2 dage (mål 20 dage)", "Ventetid\t2023: 42 dage\tMål 2026: 28 dage"), as a
        Word, OpenDocument or HTML reader writes one paragraph per line and a crawled page runs paragraphs
        together: each such line as a key-figure line, the lines between as a paragraph. ``False`` (nothing
        read) when no line is one."""
        text, low = self.text, self.low
        if text.find("\n", block.content, block.end) == -1:
            return False  # one line: the readers of the whole block have tried it
        words = (*self.lex.data.label_target, *_ARROWS)
        if not any(low.find(w, block.content, block.end) != -1 for w in words):
            return False  # every key-figure line names its target (or is an arrow row)
        lines: list[Block] = []
        for at, line_end in _lines(text, block.content, block.end):
            end = at + len(text[at:line_end].rstrip(" \t\r"))  # trailing blanks off
            if end > at:
                lines.append(Block(at, end, at, "para"))
        read = [line for line in lines if self._kpi_line(line) or self._year_row(line)]
        if not read:
            return False
        rest = block.content  # the lines between key-figure lines: a paragraph each run
        for line in [*read, Block(block.end, block.end, block.end, "para")]:
            if line.start < block.end:
                self.sentence_starts.append(line.start)  # a key-figure line is a sentence of its own
            if rest < line.start:
                part = Block(rest, line.start, rest, "para")
                for start, end in self._chunks(part):
                    self.chunk(part, start, end)
            rest = line.end
        return True

    def _chunks(self, block: Block) -> list[tuple[int, int]]:
        """The parts of a paragraph worth tokenising: runs of (roughly split) sentences that hold figure
        material, cut where a sentence surely ends, so each part holds whole sentences. Both scans are
        single C-level regex passes, so prose costs almost nothing; the exact split happens on the tokens."""
        hits = self.scan.spans(block.content, block.end)
        if not hits:
            return []
        cuts = [block.content]
        rough = self.line_patterns.rough_break
        cuts.extend(m.end() for m in rough.finditer(self.text, block.content, block.end))
        cuts.append(block.end)
        pieces = [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1) if cuts[k] < cuts[k + 1]]
        if len(pieces) <= 3:
            return [(block.content, block.end)]
        import bisect

        starts = [a for a, _ in pieces]
        keep = [False] * len(pieces)
        last = len(pieces) - 1
        for hit_start, hit_end in hits:  # every piece a hit covers
            k = bisect.bisect_right(starts, hit_start) - 1
            k_end = bisect.bisect_left(starts, hit_end) - 1
            for j in range(max(k, 0), min(max(k_end, k), last) + 1):
                keep[j] = True
        out: list[tuple[int, int]] = []
        for k, (a, b) in enumerate(pieces):
            if not keep[k]:
                continue
            if out and out[-1][1] == a:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def _pipe_table(self, block: Block) -> bool:
        """Read a table row by row ("| Ledighed | 4,8 pct. | 4,0 pct. |"); ``False`` if it is not one. A
        table whose cells are separated by tabs, or aligned with runs of three or more blanks, is read the
        same way when its first line names a goal ("Indikator<TAB>2023<TAB>Mål 2026", "Indicator   Baseline
        Target"): a tab or a wide gap alone does not say that a column is aimed at.

        A row with a label and two or more figures of one unit states where the indicator starts and where
        it should end: a from-to target. Which figure is which comes from the column heads when the first
        line names them (:meth:`_column_roles`): the level is the figure in the target column ("Mål 2026",
        "Target 2025/26"), the baseline the one in the first baseline column ("Udgangspunkt", "Baseline"),
        else in an outcome column before the target ("Utfall 2023"), else the first figure before the
        target; an outcome column after the target ("Resultat 2025", "Actual") is how far it has come, not
        the level aimed at. With no target column the first figure is the baseline and the last the level.
        Percent figures not used are kept as unlinked, so nothing is dropped. Other rows are read as
        ordinary text.
        """
        text = self.text
        bar = "|"
        if text.count("|", block.start, block.end) < 4:
            if text.count("\t", block.start, block.end) >= 4 and self._goal_header(block):
                bar = "\t"
            elif text.count("   ", block.start, block.end) >= 4 and self._goal_header(block):
                bar = "   "  # columns aligned with blanks
            elif text.count("  ", block.start, block.end) >= 4 and self._goal_header(block):
                bar = "  "  # two blanks apart, as a PDF flattens a row ("Indikator  Utfall 2023  Mål 2026")
            else:
                return False  # two rows of two bars at least; one C-level count spares the line split
        head = self._table_head(block, bar)
        if head is None:
            return False
        roles = self._column_roles(*head, bar)  # the head: the first row (a title line may stand above)
        # the year a column's head names ("Baseline (2022/23)", "Target 2027/28"): a row's years
        head_years = [_year_in(text[ca:cb]) for ca, cb in self._cells(*head, bar)]
        # every target column, in order: "Target 2025/26 | Target 2027/28" are two stages of one indicator
        target_cols = [k for k, role in enumerate(roles) if role == "target" and k > 0]
        if bar in _BLANK_BARS and not target_cols:
            return False  # wide gaps (justified or OCR'd text) make a table only under a target column
        self._in_item = False
        done = block.start  # where the lines not yet read start
        rows = self._rows_to_read(block)
        if self.max_figures is not None:
            self.places += sum(1 for a, b in rows if _DIGIT.search(text, a, b) and not self.scan.any(a, b))
            if self.places > self.max_figures:
                self._too_many()
        for a, b in rows:
            if done < a:  # rules and bars only: a sentence each, where it starts, and nothing to read
                self._line_starts(done, a - 1)
            done = b + 1
            toks = self.tokens(a, b)
            if not toks:
                continue
            figs = self.figures(toks, 0, len(toks))
            cells = self._cells(a, b, bar)
            label_cell = 1 if bar == "|" and cells and not text[cells[0][0] : cells[0][1]].strip() else 0
            first_cell = cells[label_cell + 1][0] if len(cells) > label_cell + 1 else b
            label_end = next((k for k, t in enumerate(toks) if t.start >= first_cell), len(toks))
            if bar == "|" and label_end < len(toks) and label_end > 0 and toks[label_end - 1].text == "|":
                label_end -= 1
            label = self._trim((0, _before_unit_brackets(toks, label_end)), toks, self.canons)
            columns: list[int | None] = [*target_cols] if target_cols else [None]
            found = (
                self._row_pair(
                    figs, toks=toks, cells=cells, roles=roles, target_col=col, first_cell=first_cell
                )
                for col in columns
            )
            pairs = [pair for pair in found if pair is not None]
            if pairs and label is not None:
                used: set[int] = set()
                starts = [ca for ca, _ in cells]  # (the column a figure stands in)
                for base, level in pairs:
                    d = self._table_draft(base, level, toks, "engine.pipe-table")
                    d.ind = label
                    if len(pairs) == 1 and "change" in roles and len(roles) == len(cells):
                        self._row_changes(d, figs, toks, roles=roles, starts=starts, first=first_cell)
                    if len(head_years) == len(cells):
                        years = [head_years[_column_of(f, toks, starts)] for f in (level, base)]
                        if years[0] is not None or years[1] is not None:
                            d.years = (years[0], years[1])
                    self._emit(d, toks, self.canons, False)
                    parts = (d.baseline, d.level, d.absolute, d.relative)
                    used.update(id(r.fig) for r in parts if r is not None)
                for other in figs:
                    if (
                        id(other) not in used
                        and toks[other.i0].start >= first_cell
                        and other.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
                    ):
                        self._unlinked(other, toks)
            else:
                self.sentence(toks, 0, len(toks), figs)
        if done <= block.end:
            self._line_starts(done, block.end)
        return True

    def _table_head(self, block: Block, bar: str) -> tuple[int, int] | None:
        """The first row of the table ``block`` (its head), or ``None`` when the block is no table: a table
        has two rows at least, and at most one line of it is no row (a title above the head). A row has a
        bar ("| a | b"), two tabs, or two wide gaps. Lines are counted, not listed: a table may run to
        millions of rows, and those with no figure are never read one by one."""
        text = self.text
        nl = text.find("\n", block.start, block.end)
        if nl == -1:
            return None
        lines = text.count("\n", block.start, block.end) + 1
        if bar in _BLANK_BARS:
            rows = [(a, b) for a, b in self._lines(block) if len(self._cells(a, b, bar)) >= 3]
            return rows[0] if len(rows) >= 2 and len(rows) >= lines - 1 else None
        first = (block.start, nl)
        least = 1 if bar == "|" else 2
        first_is_row = text.count(bar, *first) >= least
        others = 1 - first_is_row
        for _ in (_FEW_BARS if bar == "|" else _FEW_TABS).finditer(text, nl + 1, block.end):
            others += 1
            if others > 1:
                return None
        if lines - others < 2:
            return None
        if first_is_row:
            return first
        nxt = text.find("\n", nl + 1, block.end)
        return (nl + 1, block.end if nxt == -1 else nxt)

    def _lines(self, block: Block) -> list[tuple[int, int]]:
        """The lines of ``block`` as spans, the first from the block's start (after its indent)."""
        text = self.text
        out: list[tuple[int, int]] = []
        pos = block.start
        while pos <= block.end:
            nl = text.find("\n", pos, block.end)
            end = block.end if nl == -1 else nl
            out.append((pos, end))
            if nl == -1:
                break
            pos = nl + 1
        return out

    def _rows_to_read(self, block: Block) -> list[tuple[int, int]]:
        """The lines of ``block`` with something to read, in order (the first from the block's start, as
        :meth:`_lines` cuts them): all but the lines of nothing but bars, rules ("|---|:--|") and blanks,
        found by one regex pass, so a table of a million empty rows is not visited row by row. (Not the
        material scan's places: a row's bare numbers, "| 95 | 1.250 |", are figures only in a table.)"""
        text = self.text
        out: list[tuple[int, int]] = []
        for m in _CONTENT_LINE.finditer(text, text.rfind("\n", 0, block.start) + 1, block.end):
            nl = text.find("\n", m.start(), block.end)
            out.append((max(m.start(), block.start), block.end if nl == -1 else nl))
        return out

    def _line_starts(self, start: int, end: int) -> None:
        """Where the first token of each line of ``text[start:end]`` stands, as sentence starts (lines with
        no token have none); ``start`` opens a line or a block."""
        line_start = self.text.rfind("\n", 0, start) + 1
        firsts = _LINE_FIRST_TOKEN.finditer(self.text, line_start, end)
        self.sentence_starts.extend(m.start(1) for m in firsts)

    def _row_changes(
        self,
        d: Draft,
        figs: list[Fig],
        toks: list[Tok],
        *,
        roles: list[str | None],
        starts: list[int],
        first: int,
    ) -> None:
        """The figures of a table row's change columns ("Ændring", "Change (%)") as the change of its draft
        ``d``: one of the level's unit (a count, a measure) is the absolute change, a percent of a level
        that is no percent, or points, the relative one ("Antal ledige | 1.200 | 1.000 | -200 (-17 pct.)")."""
        assert d.level is not None
        unit = d.level.fig.unit
        column = [roles[_column_of(f, toks, starts)] for f in figs]
        pairs = zip(figs, column, strict=True)
        ends = [f for f, role in pairs if role != "change" and toks[f.i0].start >= first]
        if len(ends) != 2:
            return  # more figures than the two ends ("2022 | 2023 | Mål 2026 | Ændring"): a change of which?
        for f, role in zip(figs, column, strict=True):
            if role != "change" or f.placeholder:
                continue
            if f.unit is unit and unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINT):
                d.absolute = d.absolute or Role_(f, "abs")
            elif f.unit is Unit.PERCENTAGE_POINT or (f.unit is Unit.PERCENT and f.factor is None):
                d.relative = d.relative or Role_(f, "rel")

    def _table_draft(self, base: Fig, level: Fig, toks: list[Tok], rule: str) -> Draft:
        """The from-to draft of a table row, a labelled block or a KPI line: where the indicator stands and
        the level aimed at, over the whole line's tokens, built by ``rule``."""
        return Draft(
            baseline=Role_(base, "from"), level=Role_(level, "to"), sentences=[(0, len(toks))], rule=rule
        )

    def _cells(self, a: int, b: int, bar: str) -> list[tuple[int, int]]:
        """The cells of the table line ``text[a:b]``: the spans between its bars, tabs or wide gaps."""
        if bar in _BLANK_BARS:
            out: list[tuple[int, int]] = []
            pos = a
            for m in (_WIDE_GAP if bar == "   " else _GAP).finditer(self.text, a, b):
                out.append((pos, m.start()))
                pos = m.end()
            out.append((pos, b))
            return out
        out = []
        pos = a
        cut = self.text.find(bar, pos, b)
        while cut != -1:
            out.append((pos, cut))
            pos = cut + len(bar)
            cut = self.text.find(bar, pos, b)
        out.append((pos, b))
        return out

    def _column_roles(self, a: int, b: int, bar: str) -> list[str | None]:
        """What each column of a table is, from its head in the first line ``text[a:b]``: "target" (a
        target noun, or a word ending in one: "Mål 2026", "Målvärde", "Target 2025/26"), "baseline"
        ("Udgangspunkt", "Baseline 2023"), "result" (an outcome: "Resultat 2025", "Actual", "Utfall") or
        ``None``."""
        data = self.lex.data
        low = self.low
        out: list[str | None] = []
        for ca, cb in self._cells(a, b, bar):
            head = " ".join(m.group() for m in TOKEN_RE.finditer(low, ca, cb) if m.lastgroup == "word")
            if self._names_goal(head):
                out.append("target")
            # an outcome word before a baseline word: "Resultat 2024" is an outcome even where "resultat"
            # may label a baseline
            elif any(_has_phrase(head, phrase) for phrase in data.label_change):
                out.append("change")  # "Ændring", "Change (%)": the change between the others
            elif any(_has_phrase(head, phrase) for phrase in data.label_result):
                out.append("result")
            elif any(_has_phrase(head, phrase) for phrase in data.label_baseline):
                out.append("baseline")
            else:
                out.append(None)
        return out

    def _row_pair(
        self,
        figs: list[Fig],
        *,
        toks: list[Tok],
        cells: list[tuple[int, int]],
        roles: list[str | None],
        target_col: int | None,
        first_cell: int,
    ) -> tuple[Fig, Fig] | None:
        """The baseline and the level of a table row (see :meth:`_pipe_table`), or ``None``."""
        figs = [f for f in figs if toks[f.i0].start >= first_cell]
        if len(figs) < 2 or figs[0].placeholder:
            return None
        if target_col is None or len(roles) != len(cells):
            return (figs[0], figs[-1]) if figs[0].unit == figs[-1].unit else None
        starts = [ca for ca, _ in cells]

        def column(f: Fig) -> int:
            return _column_of(f, toks, starts)

        level = next((f for f in figs if column(f) == target_col), None)
        if level is None or level.placeholder:
            return None
        same = [f for f in figs if f is not level and f.unit == level.unit]
        base = next((f for f in same if roles[column(f)] == "baseline"), None)  # wherever it stands
        if base is None:  # else an outcome before the target, else the first figure before it
            before = [f for f in same if column(f) < target_col]
            base = next((f for f in before if roles[column(f)] == "result"), before[0] if before else None)
        if (
            base is None
        ):  # "Indicator | Target 2025/26 | Actual": with nothing before, the outcome is where it stands
            base = next((f for f in same if roles[column(f)] == "result"), None)
        return None if base is None else (base, level)

    def _goal_header(self, block: Block) -> bool:
        """Whether the first line of ``block`` names a goal: a target noun, or a word ending in one
        ("Mål 2026", "Target", "Måltal", "Sygefraværsmål")."""
        nl = self.text.find("\n", block.start, block.end)
        return self._names_goal(self.low[block.start : block.end if nl == -1 else nl])

    def _names_goal(self, head: str) -> bool:
        """Whether the lower-case text ``head`` has a target noun or a word ending in one."""
        nouns = self.words.target_nouns
        return any(
            word in nouns or any(word.endswith(n) for n in nouns if len(n) >= 3)
            for word in (m.group() for m in TOKEN_RE.finditer(head) if m.lastgroup == "word")
        )

    def _labelled(self, block: Block) -> bool:
        """Read a labelled indicator block ("Indikator: Andel af elever, der trives" / "Baseline (2022):
        82 pct." / "Mål (2026): 88 pct."): the figure after the baseline label is the baseline, the one after
        the target label the level aimed at, the years in the labels the reference and target years, and the
        indicator the text after the indicator label (else what stands before the baseline label). ``False``
        when the block is not one; its other sentences are read as usual."""
        if self.text.find(":", block.content, block.end) == -1:
            return False
        low = self.low
        if not any(low.find(word, block.content, block.end) != -1 for word in self.lex.data.label_baseline):
            return False  # no baseline label at all: the usual case, decided with a few C-level searches
        text = self.blanked
        labels = _label_pattern(self.lex.data.code)
        found: dict[str, re.Match[str]] = {}
        for m in labels.finditer(text, block.content, block.end):
            kind = m.lastgroup
            if (
                kind is not None
                and kind not in found
                and (kind == "indicator" or m.group("fig" + kind[0]) is not None)
            ):
                found[kind] = m
        base, aim = found.get("baseline"), found.get("target")
        if base is None or aim is None or aim.start() < base.end():
            return False
        toks = self.tokens(block.content, block.end)
        self._kpi_times = True  # "Baseline (2023): 42 dage": a time after a label's colon is a figure
        try:
            figures = [(a, b, self.figures(toks, a, b)) for a, b in self.sentences(toks)]
        finally:
            self._kpi_times = False
        every = [f for _a, _b, figs in figures for f in figs]
        first = next((f for f in every if toks[f.i0].start >= base.end() - 1), None)
        second = next((f for f in every if toks[f.i0].start >= aim.end() - 1), None)
        if first is None or second is None or toks[first.i0].start >= aim.start():
            for a, b, figs in figures:  # labels without their figures: an ordinary paragraph
                self.sentence(toks, a, b, figs)
            return True
        first.claimed = second.claimed = True
        d = self._table_draft(first, second, toks, "engine.labelled-block")
        d.ind = self._label_indicator(toks, found.get("indicator"), base)
        d.years = (_year_in(aim.group(0)), _year_in(base.group(0)))
        self._emit(d, toks, self.canons, False)
        for a, b, figs in figures:
            self.sentence(toks, a, b, figs)
        return True

    @property
    def blanked(self) -> str:
        """The text with no-break and thin spaces as plain blanks, offset for offset: what the patterns of
        table rows and labelled lines read ("18,2\u00a0dage (mål 20\u00a0dage)", as word processors and web
        pages write a figure and its unit); the tokens and quotes come from the text itself. Made when a
        block first passes those readers' cheap tests (a copy of the paper costs its size again)."""
        if self._blanked is None:
            blanked = self.text
            for blank in _NO_BREAK_BLANKS_CHARS:
                if blank in blanked:  # (str.replace, in C: a translate table is ten times slower here)
                    blanked = blanked.replace(blank, " ")
            self._blanked = blanked
        return self._blanked

    def _one_row(self, block: Block) -> bool:
        """Whether ``block`` may be a key-figure line: one line, or one broken once, its first line
        unfinished (see :meth:`_row_text`)."""
        nl = self.text.find("\n", block.content, block.end)
        if nl == -1:
            return True
        if self.text.find("\n", nl + 1, block.end) != -1:
            return False
        return self.text[block.content : nl].rstrip()[-1:] not in (".", "!", "?", ";", "")

    def _row_text(self, block: Block) -> str:
        """The text a key-figure line's patterns read ``block`` in (a block that passed :meth:`_one_row`),
        offset for offset: with no-break blanks as plain ones, and a line break as a blank when the block is
        one line broken once ("Average days to re-let a home: 42 days (target\n30 days)", a PDF's table cell
        wrapped)."""
        if self.text.find("\n", block.content, block.end) == -1:
            return self.blanked
        if self._joined is None:  # made once per paper, when the first such row is read
            self._joined = self.blanked.replace("\r", " ").replace("\n", " ")
        return self._joined

    def _figure_after(self, word: str, pos: int, block: Block) -> bool:
        """Whether ``word`` (lower case, found in ``block`` first at ``pos``) stands there with a number right
        after it, as a KPI line's target does: blanks, a colon and blanks may come between ("mål: 28", "target
        20"; in "mål 2026: 28" the year is that number)."""
        low, end = self.low, block.end
        while pos != -1:
            k = pos + len(word)
            while k < end and low[k] in _BLANKS_AND_BREAKS:
                k += 1
            if k < end and low[k] == ":":
                k += 1
                while k < end and low[k] in _BLANKS_AND_BREAKS:
                    k += 1
            if k < end and low[k].isdigit():
                return True
            pos = low.find(word, pos + 1, end)
        return False

    def _kpi_line(self, block: Block) -> bool:
        """Read a KPI line whose outcome is a number with no unit or a unit of measure, the target in brackets
        after it ("Average days to process a new benefit claim: 18.2 (target 20)", "Sagsbehandlingstid i dage:
        18,2 (mål 20)"): where the indicator stands and the level aimed at, the label the indicator. A plain
        number is material here only because the bracket names it a target; shares are left to the rules
        (``*.claims.outcome-then-target-close``). ``False`` when the block is not such a line."""
        if not self._one_row(block):
            return False  # a KPI line is one line, or one broken once: no need to build the patterns
        low = self.low
        found = [(w, low.find(w, block.content, block.end)) for w in self.lex.data.label_target]
        if not any(self._figure_after(w, pos, block) for w, pos in found if pos != -1):
            return False  # every form has its aim right after a target word: build the patterns when needed
        text = self._row_text(block)
        bracket, plain = _kpi_pattern(self.lex.data.code)
        m = bracket.fullmatch(text, block.content, block.end)
        m = m or plain.fullmatch(text, block.content, block.end)
        if m is None:
            return False
        second = m.group("now") is None  # the form with no colon and no brackets
        at_now, at_aim = m.start("now2" if second else "now"), m.start("aim2" if second else "aim")
        toks = self.tokens(block.content, block.end)
        self._kpi_times = True  # "Ventetid: 42 dage i 2024, mål 2026: 28 dage": times are figures here
        try:
            figs = self.figures(toks, 0, len(toks))
        finally:
            self._kpi_times = False
        now = next((f for f in figs if toks[f.i0].start >= at_now), None)
        aim = next((f for f in figs if toks[f.i0].start >= at_aim), None)
        if (
            now is not None
            and aim is not None
            and now.unit.per
            and not aim.unit.per
            and aim.unit.value == now.unit.base
        ):
            aim.unit = now.unit  # "10.2 days per FTE (target: 8 days)": the target in the outcome's rate
        if (
            now is None
            or aim is None
            or toks[now.i0].start >= at_aim
            or now.unit is not aim.unit
            or not (now.unit is Unit.COUNT or _measured(now.unit))
        ):
            return False
        label_end = next(k for k, t in enumerate(toks) if t.start >= m.end("label2" if second else "label"))
        now.claimed = aim.claimed = True
        d = self._table_draft(now, aim, toks, "engine.kpi-line")
        d.ind = self._trim((0, label_end), toks, self.canons)
        self._emit(d, toks, self.canons, False)
        return True

    def _target_heading(self, block: Block) -> bool:
        """Read KPI lines under a heading that names them targets and the year they are set for ("Måltall
        2027" above "Andel elever som trives på skolen: 90 prosent" and "Andel elever som opplever mobbing:
        høyst 4 prosent"): each line a level aimed at in that year, its label the indicator. The heading is a
        target noun of the language, an optional "for" and one year; every other line of the block is a label,
        a colon and one figure. ``False`` when the block is not such a list."""
        text = self.text
        first = text.find("\n", block.content, block.end)
        if first == -1:
            return False
        heading = text[block.content : first].strip().rstrip(":").lower().split()
        year = heading[-1] if heading else ""
        if not (
            2 <= len(heading) <= 3
            and heading[0] in self.words.target_nouns
            and (len(heading) == 2 or heading[1] in self.fw_target_year)
            and _YEAR_TOKEN.fullmatch(year)
        ):
            return False
        lines: list[tuple[int, int, int]] = []  # (start, colon, end) of each KPI line
        for start, end in _lines(text, first + 1, block.end):
            colon = text.find(":", start, end)
            if colon == -1 or any(c.isdigit() for c in text[start:colon]) or not text[start:colon].strip():
                return False
            lines.append((start, colon, end))
        drafts: list[tuple[Draft, list[Tok]]] = []
        for line_start, colon, end in lines:
            toks = self.tokens(line_start, end)
            self._kpi_times = True  # "Ventetid: 28 dager": a time after the label's colon is a figure
            try:
                figs = self.figures(toks, 0, len(toks))
            finally:
                self._kpi_times = False
            label = [k for k, t in enumerate(toks) if t.end <= colon]
            if len(figs) != 1 or not label or figs[0].i0 != label[-1] + 2:  # the figure right after the colon
                return False
            fig = figs[0]
            if not (fig.unit in (Unit.COUNT, Unit.PERCENT) or _measured(fig.unit)):
                return False
            d = Draft(
                level=Role_(fig, "level"),
                sentences=[(0, len(toks))],
                kind=TargetKind.LEVEL,
                years=(int(year), None),
                rule="engine.target-heading",
            )
            d.ind = self._trim((0, label[-1] + 1), toks, self.canons)
            drafts.append((d, toks))
        for d, toks in drafts:
            assert d.level is not None
            d.level.fig.claimed = True
            self._emit(d, toks, self.canons, False)
        return True

    def _year_row(self, block: Block) -> bool:
        """Read a key-figure row whose cells each name the year they speak of: a label, then cells
        such as "2023: 42 dage", "Resultat 2024: 6,8 pct." and one target cell "Mål 2026: 28 dage", apart by
        tabs, bars or semicolons ("Ventetid genoptræning\t2023: 42 dage\t2024: 38 dage\tMål 2026: 28 dage",
        "Mål 2026: 6,0 pct. | Resultat 2024: 6,8 pct."); or a label, a colon and two figures, each with its
        year in brackets, joined by an arrow ("CO2-udledning: 310.000 tons (2019) → 93.000 tons (2030)").
        Where the indicator stands is the last earlier result before the target cell, else the earlier one
        after it; the label is the indicator. The words of the cells are language data (``[labels]``).
        ``False`` when the block is not such a row."""
        newline = self.text.find("\n", block.content, block.end)
        if newline != -1:
            # "Nøgletal for ældreområdet" on the line above, no blank line between: a heading with no figure,
            # then the row (only the row is read)
            heading = self.text[block.content : newline]
            if (
                self.text.find("\n", newline + 1, block.end) == -1
                and not any(c.isdigit() for c in heading)
                and not heading.rstrip().endswith((".", ":", ";", ","))
            ):
                row = newline + 1
                return self._year_row(Block(row, block.end, row, block.kind, block.number))
        if not self._one_row(block):  # one line, or one broken once ("... Mål\n2025: 1.000")
            return False
        low = self.low
        if not any(low.find(arrow, block.content, block.end) != -1 for arrow in _ARROWS) and (
            low.count(":", block.content, block.end) < 2
        ):
            return False  # neither two year cells (each has its colon) nor an arrow: decided without a regex
        text = self._row_text(block)
        cells_re, arrow_re = _year_row_patterns(self.lex.data.code)
        found = self._year_cells(block, cells_re, text) or self._arrow_cells(block, arrow_re, text)
        if found is None:
            return False
        label_end, (now_at, now_year), aims_at = found
        toks = self.tokens(block.content, block.end)
        self._kpi_times = True  # "2023: 42 dage": times are figures here, as on a KPI line
        try:
            figs = self.figures(toks, 0, len(toks))
        finally:
            self._kpi_times = False
        starts = {toks[f.i0].start: f for f in figs}
        now = starts.get(now_at)
        aims = [(starts.get(at), year) for at, year in aims_at]
        if now is None or any(aim is None or aim.unit is not now.unit for aim, _ in aims):
            return False
        label = [k for k, t in enumerate(toks) if t.end <= label_end]
        named = self._unit_in_brackets(toks, label) if now.unit is Unit.COUNT else None
        if named is not None:  # "Sygefravær (pct.)\t2023: 6,8 ...": the figures are in the label's unit
            unit, unit_text, opens = named
            for f in (now, *(aim for aim, _ in aims if aim is not None)):
                f.unit, f.canonical = unit, f"{f.canonical} {unit_text}"
            label = [k for k in label if k < opens]
        if not (now.unit in (Unit.COUNT, Unit.PERCENT) or _measured(now.unit)):
            return False
        now.claimed = True
        for aim, aim_year in aims:
            assert aim is not None
            aim.claimed = True
            d = self._table_draft(now, aim, toks, "engine.year-row")
            d.ind = self._trim((0, label[-1] + 1), toks, self.canons) if label else None
            d.years = (aim_year, now_year)
            self._emit(d, toks, self.canons, False)
        return True

    def _unit_in_brackets(self, toks: list[Tok], label: list[int]) -> tuple[Unit, str, int] | None:
        """The unit a row's label names in brackets ("Sygefravær (pct.)", "CO2-udledning (tons)", "Ventetid
        (dage)"), its text and the index of the opening bracket; ``None`` for no such unit."""
        for k in label:
            if toks[k].text == "(" and k + 1 < len(toks):
                found = self._unit_at(self.canons, k + 1)
                if found is not None and found[0] is not Unit.COUNT:
                    return found[0], found[2], k
        return None

    def _year_cells(
        self, block: Block, cells_re: re.Pattern[str], text: str
    ) -> tuple[int, tuple[int, int], list[tuple[int, int]]] | None:
        """The label's end, the start and year of the baseline's figure and those of each target cell's
        figure ("Mål 2026: 28\tMål 2030: 20": two targets from one baseline), on a row of year cells; ``None``
        when the row has fewer than two cells, no target cell, a gap between cells that is more than a unit
        and a separator, or no earlier result. ``text`` is the row as :meth:`_row_text` gives it."""
        low = self.low
        targets = self.lex.data.label_target
        cells: list[tuple[bool, int, int]] = []  # (target cell, figure start, year)
        label_end = -1
        pos = block.content
        for m in cells_re.finditer(text, block.content, block.end):
            if cells:
                if not _CELL_GAP.fullmatch(text, pos, m.start()):
                    return None
            else:
                label_end = m.start()
                if not _ROW_LABEL.fullmatch(text, block.content, m.start()):
                    return None
            word = " ".join(low[m.start("word") : m.end("word")].split()) if m.group("word") else ""
            cells.append((word in targets, m.start("fig"), int(m.group("year"))))
            pos = m.end()
        if len(cells) < 2 or not _CELL_GAP.fullmatch(text, pos, block.end):
            return None
        aims = [k for k, c in enumerate(cells) if c[0]]
        if not aims:
            return None
        aim_year = cells[aims[0]][2]
        earlier = [c for c in cells[: aims[0]] if c[2] < aim_year]
        later = [c for c in cells[aims[0] + 1 :] if not c[0] and c[2] < aim_year]
        chosen = earlier[-1] if earlier else (later[0] if later else None)
        if chosen is None:
            return None
        return label_end, (chosen[1], chosen[2]), [(cells[k][1], cells[k][2]) for k in aims]

    def _arrow_cells(
        self, block: Block, arrow_re: re.Pattern[str], text: str
    ) -> tuple[int, tuple[int, int], list[tuple[int, int]]] | None:
        """The label's end and the start and year of each figure on an arrow row ("...: 310.000 tons (2019) →
        93.000 tons (2030)"), the later year the one aimed at; ``None`` when the block is not one."""
        m = arrow_re.fullmatch(text, block.content, block.end)
        if m is None or int(m.group("y2")) <= int(m.group("y1")):
            return None
        return m.end("label"), (m.start("now"), int(m.group("y1"))), [(m.start("aim"), int(m.group("y2")))]

    def _label_indicator(
        self, toks: list[Tok], label: re.Match[str] | None, base: re.Match[str]
    ) -> tuple[int, int] | None:
        """The tokens naming a labelled indicator: after "Indikator:" to the end of its line, else the line or
        sentence before the baseline label."""
        if label is not None:
            start = label.end()
            line_end = self.text.find("\n", start)
            end = len(self.text) if line_end == -1 else line_end
        else:  # the line or sentence that ends where the baseline label starts
            end = base.start()
            while end > 0 and (self.text[end - 1].isspace() or self.text[end - 1] in ".:"):
                end -= 1
            start = self.text.rfind("\n", 0, end) + 1
            for cut in self.line_patterns.rough_break.finditer(self.text, start, end):  # not "9. klasse"
                start = cut.end()
        inside = [k for k, t in enumerate(toks) if t.start >= start and t.end <= end]
        if not inside:
            return None
        return self._trim((inside[0], inside[-1] + 1), toks, self.canons)

    def chunk(self, block: Block, start: int, end: int) -> None:
        self._in_item = block.kind != "para"
        toks = self.tokens(start, end)
        if not toks:
            return
        sentences = self.sentences(toks)
        produced_before = len(self.targets)
        first_sentence_figs = 0
        for index, (a, b) in enumerate(sentences):
            figs = self.figures(toks, a, b)
            if index == 0:
                first_sentence_figs = len(figs)
            self.sentence(toks, a, b, figs)
        if (
            block.kind != "para"
            and first_sentence_figs == 0
            and len(self.targets) == produced_before
            and sentences
            and not self._rank_after(sentences[1:])
        ):
            a, b = sentences[0]
            self._statement(block, toks, a, b)

    def _rank_after(self, sentences: list[tuple[int, int]]) -> bool:
        """Whether one of ``sentences`` (the item's after its first) states a place in a ranking, the figure
        of the item's goal ("Vi skal være blandt de 50 bedste i 2027")."""
        from sudgoals.extract.statements import states_rank

        canons = self.canons
        return any(states_rank(canons[a:b], self.words) for a, b in sentences)

    def _opens_with_count_adjective(self, block: Block) -> bool:
        """Whether the item opens with a count adjective that the scan for words of direction leaves out as
        weak ("More people in work"): such an item states a goal without a figure (see :meth:`_statement`)."""
        first = _ITEM_FIRST_WORD.match(self.text, block.content, block.end)
        return first is not None and first.group(1).lower() in self.adjective_dirs

    def _statement(self, block: Block, toks: list[Tok], a: int, b: int) -> None:
        canons = self.canons
        for k in range(a, b):
            d = self._dir_of(canons[k])
            if d is None and k == a and canons[k] in self.adjective_dirs:
                # an item that opens with a count adjective too weak elsewhere ("More people in work"): as
                # the goal sentences of a paragraph are read (statements.py), its opener gives the way
                d = Direction.UP if canons[k] in self.adjective_up else Direction.DOWN
            if d is None or toks[k].kind != "word":
                continue
            if canons[k] in self.adjective_dirs:
                ind = self._indicator_after(toks, canons, k + 1, b)
            else:
                ind = self._trim((a, k), toks, canons)
            if self.max_figures is not None and len(self.statements) >= self.max_figures:
                # each becomes a finding, as each figure does: bounded by the same limit
                raise TooManyFiguresError.of_goals(self.doc.path, self.max_figures)
            end = toks[b - 1].end
            span = self.doc.span(toks[a].start, end)
            indicator = self._text(toks, ind) if ind else ""
            self.statements.append(
                (
                    trusted(Statement, span=span, text=_clean(span.quote), direction=d, indicator=indicator),
                    block.number,
                )
            )
            return

    def sentence(self, toks: list[Tok], a: int, b: int, figs: list[Fig]) -> None:
        canons = self.canons
        if a < b:
            self.sentence_starts.append(toks[a].start)
        if len(figs) >= 2:
            self._equivalences(toks, canons, figs)
        roles = self.roles(toks, a, b, figs)
        first_words = self.lex.starts[Role.BASELINE_UNKNOWN]
        baseline_unknown = not first_words.isdisjoint(canons[a:b]) and any(
            canons[k] in first_words and self.lex.match(canons, k, Role.BASELINE_UNKNOWN) is not None
            for k in range(a, b)
        )
        drafts: list[Draft] = []
        counts: list[Role_] = []
        bare: list[Role_] = []  # percents with no direction and no partner: unlinked, after the others
        i = 0
        while i < len(roles):
            r = roles[i]
            if r.what == "from":
                nxt = roles[i + 1]
                d = Draft(baseline=r, level=nxt, sentences=[(a, b)])
                from_at = self._from_at(
                    toks, canons, r.fig.i0, a
                )  # also of "fra dagens 40", "from an average of"
                before = r.fig.i0 - 1 if from_at is None else from_at
                # "Ventetiden skal ned fra 12 til 8 uger": "ned", "op", "down" count here as well
                found = self._direction_back(toks, canons, before, a, weak=True) if before > a else None
                if found is not None:
                    if canons[found[1]] not in self.words.evaluative:  # "improve from 11 days to 7": down
                        d.directions.append(found)
                    # "Reducing the proportion of smokers from 14% to 10%": the object names what changes
                    d.ind = self._trim((found[1] + 1, before), toks, canons) or self._subject_before(
                        toks, canons, found[1], a
                    )
                else:
                    d.ind = self._subject_before(toks, canons, before, a)
                drafts.append(d)
                # a from-to is a claim of its own: the change right before it and the change after it
                # are linked by claims rules (change-then-close-from-to, change-years-then-from-to,
                # from-to-then-its-change, from-to-then-its-share), not here
                i += 2
                continue
            if r.what == "abs":
                d = Draft(absolute=r, sentences=[(a, b)], ind=r.ind)
                if r.direction is not None and r.dir_tok is not None:
                    d.directions.append((r.direction, r.dir_tok))
                drafts.append(d)
            elif r.what == "rel":
                # a change in people and the same change in percent later in the sentence are one target
                # by the rules pairs.change-then-its-percent and pairs.change-then-its-share, not here
                if r.direction is not None or r.fig.placeholder:
                    d = Draft(relative=r, sentences=[(a, b)], ind=r.ind)
                    if r.direction is not None and r.dir_tok is not None:
                        d.directions.append((r.direction, r.dir_tok))
                    if d.ind is None:
                        d.ind = self._subject_before(toks, canons, r.fig.i0, a)
                    drafts.append(d)
                elif (carried := self._coordinated(drafts, r, toks, canons)) is not None:
                    drafts.append(carried)
                else:
                    bare.append(r)
            elif r.what == "level":
                d = Draft(level=r, sentences=[(a, b)], ind=r.ind, kind=TargetKind.LEVEL)
                if r.direction is not None and r.dir_tok is not None:
                    d.directions.append((r.direction, r.dir_tok))
                if r.fig.unit is Unit.COUNT and r.fig.i1 < b and toks[r.fig.i1].kind == "word":
                    # "Der skal højst være 300 langtidsledige", "There should be at least 120 places", "The
                    # aim is that no more than 300 people are ...": no subject but "der"/"there", so the
                    # count names what it counts
                    subject = d.ind or self._subject_before(toks, canons, r.fig.i0, a)
                    if subject is None or self._dummy_subject_before(canons, r.fig.i0, a):
                        d.ind = self._indicator_after(toks, canons, r.fig.i1, b) or d.ind
                # "Andelen ... er 25 pct. og skal ned til 15 pct.": where the indicator stands is the start of
                # the change by the rules roles.stands-at-then-level, not here
                drafts.append(d)
            elif r.what == "since":
                # "rose to 48 per cent, up from 43 per cent": where the claim before started, by the rule
                # roles.claim-then-where-it-started; "var 2,3 pct. i oktober, ned fra 2,8 pct.": where the
                # bare percent before started, by the rules roles.level-up-from and roles.level-down-from
                self._unlinked(r.fig, toks)
            elif r.what == "aim":
                # "Only 45% of patients were seen ..., against a target of 95%": the level stated before is
                # where the indicator stands, by the rule roles.level-against-target (not here)
                d = Draft(level=Role_(r.fig, "level"), sentences=[(a, b)], kind=TargetKind.LEVEL)
                # "a target of 95% for on-time planning decisions": what follows "for" is what it counts
                d.ind = (
                    self._indicator_after(toks, canons, r.fig.i1 + 1, b)
                    if r.fig.i1 + 1 < b and canons[r.fig.i1] in self.lex.data.function_words["target_for"]
                    else None
                ) or self._subject_before(toks, canons, r.fig.i0, a)
                if (  # "Målet er 100.000 træer": the subject is the target noun, the count names the things
                    r.fig.unit is Unit.COUNT
                    and r.fig.i1 < b
                    and toks[r.fig.i1].kind == "word"
                    and (
                        d.ind is None
                        or all(
                            canons[k] in self.words.target_nouns or canons[k] in self.words.aux
                            for k in range(*d.ind)
                        )
                    )
                ):
                    d.ind = self._indicator_after(toks, canons, r.fig.i1, b) or d.ind
                drafts.append(d)
            elif r.what == "count":
                counts.append(r)
            i += 1
        for r in bare:
            self._unlinked(r.fig, toks)
        for c in counts:  # a count left over: the cascade's rules may still link it, with what it names
            figure = self._figure(c.fig, toks)
            if figure is not None:
                after = self._indicator_after(toks, canons, c.fig.i1, b)
                if after is not None and self._only_when(toks, canons, *after):
                    after = None  # "var 1 240 i december 2024": when it was counted names nothing counted
                named_after = self._text(toks, after)
                named_before = self._text(toks, self._subject_before(toks, canons, c.fig.i0, a))
                self.loose_counts.append(LooseCount(figure, named_after, named_before))
        for d in drafts:
            self._emit(d, toks, canons, baseline_unknown)

    def _coordinated(self, drafts: list[Draft], r: Role_, toks: list[Tok], canons: list[str]) -> Draft | None:
        """A percent with no word of direction right after "og"/"and" that follows a change in the same unit
        ("faldet med 9 pct. i industrien og 4 pct. i landbruget", "reduceres med 20 pct. i 2025 og 50 pct. i
        2030"): a change the same way, of the same indicator; ``None`` when it is not one. Only words and
        years may stand between the change and "og", and no more than a few."""
        if not drafts:
            return None
        last = drafts[-1]
        before = last.relative
        if (
            before is None
            or last.absolute is not None
            or last.level is not None
            or last.baseline is not None
            or not last.directions
            or before.fig.unit is not r.fig.unit
            or r.fig.i0 < 1
            or canons[r.fig.i0 - 1] not in self.words.coordinators
        ):
            return None
        between = range(before.fig.i1, r.fig.i0 - 1)
        if len(between) > _COORDINATED_GAP or any(
            not (toks[k].kind == "word" or (toks[k].kind == "num" and _YEAR_TOKEN.fullmatch(toks[k].text)))
            or self._dir_of_any(canons[k]) is not None
            for k in between
        ):
            return None
        return Draft(
            relative=r,
            sentences=list(last.sentences),
            ind=last.ind,
            directions=[last.directions[0]],
            rule="engine.coordinated-change",
        )

    def _equivalences(self, toks: list[Tok], canons: list[str], figs: list[Fig]) -> None:
        """Two amounts of measure the text says are the same, one right after the other with a link between
        ("110 liter pr. person pr. døgn, svarende til ca. 40 m³ om året", "24 mio. kr. om året, eller 2 mio.
        kr. om måneden", "1,2 mia. kr. (1.200 mio. kr.)"): kept for the equivalence rule, which converts one
        into the other's unit. Only the words of a link, a comma and a parenthesis may stand between."""
        for first, second in itertools.pairwise(figs):
            amounts = all(f.unit is Unit.KR or _measured(f.unit) for f in (first, second))
            if not amounts or first.placeholder or second.placeholder:
                continue
            k = first.i1
            while k < second.i0 and toks[k].text in ",(":
                k += 1
            link = self.lex.match(canons, k, Role.LINK) if k < second.i0 else None
            if link is not None:
                if any(self._dir_of_any(c) is not None for c in canons[k : k + link.length]):
                    continue  # "11,3 dage, et fald på halvanden dag": a change, not the same amount again
                if link.canonical in self.fw_or and first.unit is second.unit:
                    continue  # "£8m or £9m": two guesses; "2 mio. kr. om året, eller ... om måneden": one
                k += link.length
            if k != second.i0 or (link is None and toks[second.i0 - 1].text != "("):
                continue
            after = canons[second.i1] if second.i1 < len(canons) else ""
            if (
                self._dir_of_any(after) is not None
                or after in self.lex.data.comparatives
                or after in self.words.evaluative
                or after in self.words.weak_direction
            ):
                continue  # "48,2 mnkr, vilket är 12,4 mnkr bättre än budget": a difference, not the amount
            if after in self.fw_per:
                continue  # "200 kr., svarende til 20 kr. pr. tur": a rate per a thing no unit names
            one, other = self._figure(first, toks), self._figure(second, toks)
            if one is None or other is None:
                continue
            span = self.doc.span(toks[first.i0].start, toks[second.i1 - 1].end)
            self.equivalences.append(trusted(Equivalence, first=one, second=other, span=span))

    def _unlinked(self, fig: Fig, toks: list[Tok]) -> None:
        figure = self._figure(fig, toks)
        if figure is not None:
            self.unlinked.append(figure)

    def _figure(self, fig: Fig, toks: list[Tok]) -> Figure | None:
        """The figure as read: it depends only on the figure's canonical form (language and policy are fixed
        per document), so each distinct form is read once, then placed where it stands."""
        unit = fig.unit if fig.unit is Unit.COUNT else None
        key = (fig.canonical, unit)
        if key in self._read_memo:
            figure = self._read_memo[key]
        else:
            figure = self._read_memo[key] = _read(fig.canonical, self.language, self.policy, unit)
        if figure is None:
            return None
        start, end = toks[fig.i0].start, toks[fig.i1 - 1].end
        span = self.doc.span(start, end)
        if figure.hedge is not None and fig.i0 < fig.core0:
            hedge = self.text[toks[fig.i0].start : toks[fig.core0 - 1].end]  # as written: "Minimum"
            return replace(figure, text=span.quote, span=span, hedge=hedge)
        if figure.hedge is not None and fig.hedge_after:
            hedge = self.text[toks[fig.i1 - fig.hedge_after].start : toks[fig.i1 - 1].end]  # "eller derunder"
            return replace(figure, text=span.quote, span=span, hedge=hedge)
        return replace(figure, text=span.quote, span=span)

    def _only_when(self, toks: list[Tok], canons: list[str], s: int, e: int) -> bool:
        """Whether ``toks[s:e]`` only say when: prepositions of time, months, times of year and years ("i
        december 2024", "in autumn 2023", "år 2024")."""
        return all(
            canons[k] in self._when_words or canons[k] in self._times_of_year or _is_year(toks[k])
            for k in range(s, e)
        )

    def _text(self, toks: list[Tok], rng: tuple[int, int] | None) -> str:
        if rng is None:
            return ""
        s, e = rng
        return _clean(self.text[toks[s].start : toks[e - 1].end])

    def _emit(
        self,
        d: Draft,
        toks: list[Tok],
        canons: list[str],
        baseline_unknown: bool,
    ) -> None:
        parts = [p for p in (d.absolute, d.relative, d.level, d.baseline) if p is not None]
        if not parts:
            return
        figure = self._figure
        figures: dict[str, Figure | None] = {
            "absolute": None if d.absolute is None else figure(d.absolute.fig, toks),
            "relative": None if d.relative is None else figure(d.relative.fig, toks),
            "level": None if d.level is None else figure(d.level.fig, toks),
            "baseline": None if d.baseline is None else figure(d.baseline.fig, toks),
        }
        if all(v is None for v in figures.values()):
            return
        rel = figures["relative"]
        if rel is not None and rel.unit is Unit.FACTOR and rel.value is not None:
            figures["relative"] = self._factor_as_percent(rel)
        start_tok = parts[0].fig.i0
        end_tok = parts[0].fig.i1 - 1
        for p in parts[1:]:
            start_tok = min(start_tok, p.fig.i0)
            end_tok = max(end_tok, p.fig.i1 - 1)
        if d.ind is not None:
            start_tok = min(start_tok, d.ind[0])
            end_tok = max(end_tok, d.ind[1] - 1)
        start = toks[start_tok].start
        end = toks[end_tok].end
        span = self.doc.span(start, end)
        if not d.directions:
            directions: tuple[Direction, ...] = ()
            words: tuple[str, ...] = ()
        else:
            ordered = d.directions if len(d.directions) < 2 else sorted(d.directions, key=lambda x: x[1])
            directions = tuple(x[0] for x in ordered)
            words = tuple(toks[x[1]].text for x in ordered)
        direction: Direction | None = None
        if d.absolute is not None and d.absolute.direction is not None:
            direction = d.absolute.direction
        elif directions:
            direction = directions[0]
        elif d.baseline is not None and d.level is not None:
            b_fig, l_fig = figures["baseline"], figures["level"]
            if (
                b_fig is not None
                and l_fig is not None
                and b_fig.value is not None
                and l_fig.value is not None
                and b_fig.value != l_fig.value
            ):
                direction = Direction.UP if l_fig.value > b_fig.value else Direction.DOWN
        if d.baseline is not None and figures["baseline"] is not None and figures["level"] is not None:
            base, level = figures["baseline"], figures["level"]
            if base.unit is Unit.COUNT and level.unit is not Unit.COUNT:
                figures["baseline"] = self._with_unit(base, level.unit)
        year, reference = d.years if d.years is not None else self._years(toks, canons, d)
        kind = d.kind
        if (
            kind is TargetKind.CHANGE
            and d.absolute is None
            and d.relative is None
            and d.level is not None
            and d.baseline is None
        ):
            kind = TargetKind.LEVEL
        # built from values this module made and typed itself (figures come validated from read_figure),
        # so the model's validation is skipped on this hot path; tests compare it with a validated copy.
        # Unjudged: the verdict is the neutral one and no baseline is implied until sudgoals.judge runs
        target = trusted(
            Target,
            id=f"{self._id_stem}-{len(self.targets) + 1}",
            span=span,
            indicator=self._text(toks, d.ind),
            kind=kind,
            direction=direction,
            absolute=figures["absolute"],
            relative=figures["relative"],
            baseline=figures["baseline"],
            level=figures["level"],
            verdict=UNJUDGED,
            year=year,
            reference_year=reference,
            direction_words=words,
            directions=directions,
            baseline_unknown=baseline_unknown,
            language=self.lex.data.code,
            rules=(d.rule,),
            # no word of aim in its sentences, no list item, and read from running text, not from a table
            # row or labelled block (a goal list states aims without one, and a label names its target):
            # a measured status
            status=d.rule in _SENTENCE_READERS
            and not self._in_item
            and all(self.words.intent.isdisjoint(canons[a:b]) for a, b in d.sentences),
        )
        self.targets.append(target)

    def _with_unit(self, figure: Figure, unit: Unit) -> Figure:
        from sudgoals.numbers import read_figure

        if _measured(unit):  # "fra 12,8 til 11,3 dage": the first figure is in days as well
            try:
                again = read_figure(
                    _clean(figure.text), language=self.language, policy=self.policy, unit=unit
                )
            except FigureSyntaxError:
                return figure
            if again.unit is not unit:
                return figure
            return replace(again, text=figure.text, span=figure.span)

        suffix = self._spelled(unit.value) if unit in _SPELLED_UNITS else ""
        try:
            again = read_figure(_clean(figure.text) + suffix, language=self.language, policy=self.policy)
        except FigureSyntaxError:
            return figure
        return again.model_copy(update={"text": figure.text, "span": figure.span})

    def _spelled(self, unit: str) -> str:
        """How the language writes ``unit`` ("percent", "percentage_point" or "kr") after a number: the first
        word its lexicon gives, after a blank unless a sign (" pct.", " prosentpoeng", " procentenheter",
        "%"): a figure read again in a unit is read in its own language's words (prec15)."""
        word = self.lex.data.units[unit][0]
        return word if not word[0].isalpha() else " " + word

    def _factor_as_percent(self, figure: Figure) -> Figure:
        from sudgoals.numbers import read_figure

        assert figure.value is not None
        change = abs(figure.value - 1) * 100
        hedge = f"{figure.hedge} " if figure.hedge else ""
        number = (
            str(change.numerator) if change.denominator == 1 else f"{float(change):.6g}".replace(".", ",")
        )
        unit = self._spelled(Unit.PERCENT.value)
        try:
            again = read_figure(f"{hedge}{number}{unit}", language=self.language, policy=self.policy)
        except FigureSyntaxError:
            return figure
        exact = again.model_copy(
            update={"value": change, "low": change, "high": change, "text": figure.text, "span": figure.span}
        )
        return exact

    def _years(self, toks: list[Tok], canons: list[str], d: Draft) -> tuple[int | None, int | None]:
        year: int | None = None
        reference: int | None = None
        if len(d.sentences) == 1:
            lo, hi = d.sentences[0]
        else:
            lo = min(s for s, _ in d.sentences)
            hi = max(e for _, e in d.sentences)
        parts = [p.fig for p in (d.absolute, d.relative, d.level, d.baseline) if p is not None]
        # a window around the figures: years further away belong to other statements (and a bounded window
        # keeps a sentence that never ends linear)
        opening, closing = parts[0].i0, parts[0].i1
        for f in parts[1:]:
            opening, closing = min(opening, f.i0), max(closing, f.i1)
        lo = max(lo, opening - _MAX_SCAN)
        hi = min(hi, closing + _MAX_SCAN)
        # "ökade med 240 personer till 16 512 och målet om 17 000 invånare år 2030 ligger fast": a clause
        # after a conjunction with a figure of its own (not a year) states its own year; one that opens with
        # its figure shares the verb and the year ("et fald på 27 pct. i industrien og 30 pct. ... 2008-2018")
        conjunctions = self.words.conjunctions
        for j in range(closing, hi - 1):
            if canons[j] in conjunctions and (
                (
                    toks[j + 1].kind != "num"
                    and any(toks[m].kind == "num" and not _is_year(toks[m]) for m in range(j + 1, hi))
                )
                # "down 9% on 2022/23 and 41% below the 2019/20 baseline": a figure set against another
                # year of its own
                or (
                    toks[j + 1].kind == "num"
                    and not _is_year(toks[j + 1])
                    and any(canons[m] in self.set_against for m in range(j + 2, min(j + 5, hi)))
                )
                # "op på 30 pct. i 2026 og 60 pct. i 2030": each figure with a year of its own (after its
                # scale and unit: "og 9 mio. kr. fra 2027")
                or (
                    toks[j + 1].kind == "num"
                    and not _is_year(toks[j + 1])
                    and any(_is_year(toks[m]) for m in range(closing, j))
                    and any(_is_year(toks[m]) for m in range(j + 2, min(j + 9, hi)))
                )
                # "halved by 2025 and ended by 2027", "med 70 pct. i 2030 ... og være klimaneutral senest i
                # 2050": the figure's clause has its year, and a clause of a verb after the conjunction, with
                # no figure but a year, states an aim of its own and its own year
                or (
                    toks[j + 1].kind == "word"
                    and any(_is_year(toks[m]) for m in range(closing, j))
                    and any(_is_year(toks[m]) for m in range(j + 2, min(j + 9, hi)))
                    # "halveres i 2026 og være nul i 2030": zero after a bound verb joins the change
                    and not any(
                        canons[m] in self.words.zero_words and canons[m - 1] in self.words.bound_verbs
                        for m in range(j + 2, hi)
                    )
                )
            ):
                hi = j
                break
        if d.level is not None and d.baseline is None:
            # "skal ikke overstige 3 måneder i 2026, mot 5 måneder i 2024": the figure it is compared with
            # states the year it stood in, not the year aimed at
            for j in range(closing, hi - 1):
                words = next((w for w in self._compared_words if canons[j : j + len(w)] == w), None)
                after = j + len(words) if words is not None else hi
                if after < hi and toks[after].kind == "num" and not _is_year(toks[after]):
                    hi = j
                    break
        candidates: list[tuple[int, int]] = []
        if toks is self.toks:
            find_year = self.year_at.find
            k = find_year(1, lo, hi)
            while k >= 0:
                candidates.append((k, int(toks[k].text)))
                k = find_year(1, k + 1, hi)
        else:  # a target that waited for the next sentence, tokenised with an earlier chunk
            candidates = [(k, int(toks[k].text)) for k in range(lo, hi) if _is_year(toks[k])]
        fiscal = self.words.financial_year
        if fiscal:  # "by FY27": a financial year, the year it ends in
            for k in range(max(lo, 1), hi):
                if (
                    toks[k].kind == "num"
                    and len(toks[k].text) == 2
                    and canons[k - 1] in fiscal
                    and toks[k].start == toks[k - 1].end
                    and (ended := financial_year(toks[k].text)) is not None
                ):
                    candidates.append((k, ended))
            candidates.sort()
        # "fra 4,2 pct. i 2023", "up from 68 percent in 2024": the starting figure's year is the reference
        start = d.baseline.fig.i1 if d.baseline is not None else -1
        first = d.baseline.fig.i0 if d.baseline is not None else -1
        change_end = d.relative.fig.i1 if d.relative is not None else -2
        referred = -1  # where the last year measured from stands
        for k, value in candidates:
            ref = self._phrase_before(toks, canons, k, Role.REFERENCE)
            if (
                (ref is not None and ref.canonical not in self.fw_from)
                # "compared with 2015–2019", "jämfört med 2017–2019": the end of a period measured from
                or (referred >= 0 and k == referred + 2 and toks[k - 1].text in "-–")
                or (ref is not None and k == change_end + 1)  # "et fald på 18 pct. fra 2009": since when
                or (ref is not None and k + 1 < len(toks) and canons[k + 1] in self.fw_to)
                or k == start
                or (k == start + 1 and canons[start] in self.fw_in)
                or (  # "down from 7.6 million in September 2024": a month between
                    k == start + 2 and canons[start] in self.fw_in and canons[start + 1] in self._months
                )
                or (  # "var 7,9 pct. i skoleåret 2022/23 og skal ned på 6 pct."
                    start <= k <= start + 3
                    and canons[start] in self.fw_in
                    and d.level is not None
                    and k < d.level.fig.i0
                    and all(toks[j].kind == "word" for j in range(start, k))
                )
                or (  # "fra 84 personer i efteråret 2022 til 61": between a from-to's start and its "til"
                    d.level is not None
                    and start <= k < d.level.fig.i0 - 1 <= start + 5
                    and canons[d.level.fig.i0 - 1] in self.fw_to
                    and all(toks[j].kind == "word" for j in range(start, d.level.fig.i0 - 1) if j != k)
                )
                or (
                    k + 1 < len(toks) and canons[k + 1] in self.words.baseline_nouns
                )  # "a 2019 baseline of 250"
                or (  # "against a 2018/19 baseline": a financial year before the noun
                    k + 3 < len(toks)
                    and toks[k + 1].text in "/-–"
                    and toks[k + 2].kind == "num"
                    and canons[k + 3] in self.words.baseline_nouns
                )
                or (k + 2 == first and canons[k + 1] == ":")  # "(2024: 74 procent)"
                # "cut by 60% by 2030 from 2019 levels", "fra 2006-niveauet", "i forhold til niveauet i
                # 2006": a year of a level named after the change's figures (one before them may name the
                # level of another statement of a long sentence)
                or (k > closing and self._year_of_level(canons, k))
                or self._year_of_whole(toks, canons, k, lo)
                or (  # "minska med 25 procent mellan 2020 och 2030": the first year of the two is where from
                    change_end > 0
                    and change_end < k <= change_end + 4  # right after the change, not in a clause further on
                    and canons[k - 1] in self.words.band_open
                    and k + 2 < len(toks)
                    and canons[k + 1] in self.words.band_and
                    and _is_year(toks[k + 2])
                )
            ):
                if reference is None:
                    reference = value
                referred = k
                continue
            year = value
        return year, reference

    def _year_of_whole(self, toks: list[Tok], canons: list[str], k: int, a: int) -> bool:
        """Whether the year at ``k`` is that of the whole a linked share is taken of: a link, a percent, "af"/
        "of", at most two words and "i"/"in" before it ("svarende til 25 pct. af udledningen i 2022",
        "equivalent to 25% of emissions in 2022"); a share aimed at ("25 pct. af eleverne i 2030") has no
        link before it."""
        if k < a + 4 or canons[k - 1] not in self.fw_in:
            return False
        j = next((j for j in (k - 3, k - 2) if canons[j] in self.fw_of), None)
        if j is None or any(toks[m].kind != "word" for m in range(j, k)):
            return False
        for u in range(max(a, j - 3), j):
            found = self._unit_at(canons, u)
            if found is not None:
                number = u - 1
                return (
                    found[0] is Unit.PERCENT
                    and number > a
                    and toks[number].kind == "num"
                    and self._phrase_before(toks, canons, number, Role.LINK) is not None
                )
        return False

    def _year_of_level(self, canons: list[str], k: int) -> bool:
        """Whether the year at ``k`` names a level: a word of level right after it, alone or as the second of
        two ("2019 levels", "2006-niveau", "2006 års nivå"), or before it with "i"/"in" between ("niveauet i
        2006") or right after "from" and it ("från genomsnittet 2015–2019"); the first year of a range names
        the level the range names ("the 2015–2019 average")."""
        nouns = self.words.level_nouns
        if not nouns:
            return False
        j = k + 2 if k + 2 < len(canons) and canons[k + 1] in ("-", "–") else k + 1  # "2006-niveau"
        if j == k + 2 and _YEAR_TOKEN.fullmatch(canons[j]):
            j += 1  # "from the 2015–2019 average": the range's first year
        after = canons[j] if j < len(canons) else ""
        return (
            after in nouns
            or (j + 1 < len(canons) and f"{after} {canons[j + 1]}" in nouns)
            or (k >= 2 and canons[k - 1] in self.fw_in and canons[k - 2] in nouns)
            # "från genomsnittet 2015–2019": the level named, after the word of where it is measured from
            or (k >= 2 and canons[k - 1] in nouns and canons[k - 2] in self.fw_from)
        )

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
        import bisect

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
        import bisect

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
        import bisect

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


_HEADING_TOKENS = 8  # the most tokens a heading line may have (see Extractor._after_headings)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text[start:end]``, its line break left out."""
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        line_end = end if nl == -1 else nl
        yield at, line_end
        at = line_end + 1


def _start_of(tok: Tok) -> int:
    return tok.start


_WIDE_GAP = _regex.compile(r"[ \t]{3,}|\t")  # a gap between the columns of a table aligned with blanks
_GAP = _regex.compile(r"[ \t]{2,}|\t")  # a gap of two blanks or more: a row a PDF flattened
_BLANK_BARS = ("   ", "  ")  # the bars of tables aligned with blanks: wide gaps, or gaps of two blanks


def _has_phrase(head: str, phrase: str) -> bool:
    """Whether the words ``head`` (lower case, one blank between words) hold ``phrase`` as whole words."""
    at = head.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if (at == 0 or head[at - 1] == " ") and (end == len(head) or head[end] == " "):
            return True
        at = head.find(phrase, at + 1)
    return False


@lru_cache(maxsize=8192)
def _read(canonical: str, language: str, policy: Policy, unit: Unit | None) -> Figure | None:
    """``read_figure`` on the canonical form of a figure; memoised, since a paper repeats its figures and the
    reading is a pure function of these arguments (the Figure is frozen; callers copy in text and span)."""
    from sudgoals.numbers import read_figure

    try:
        return read_figure(canonical, language=language, policy=policy, unit=unit)
    except FigureSyntaxError:
        return None


def _decimal(value: Fraction, comma: bool) -> str:
    """A fraction as digits when it has a short exact decimal form ("1/2" -> "0,5"), else "p/q"."""
    for places in range(0, 4):
        scaled = value * 10**places
        if scaled.denominator == 1:
            digits = str(scaled.numerator).rjust(places + 1, "0")
            text = digits if places == 0 else f"{digits[:-places]}.{digits[-places:]}"
            return text.replace(".", ",") if comma else text
    return f"{value.numerator}/{value.denominator}"


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


@lru_cache(maxsize=4)
def _label_pattern(code: str) -> re.Pattern[str]:
    """The labels of an indicator block, each at the start of a line or sentence and ending in a colon, with
    what may stand between ("Baseline (2022):", "Mål 2026:"); for the baseline and target labels, whether a
    figure follows the colon (group ``figb``/``figt``)."""
    from sudgoals.lang import load

    data = load(code)

    def words(items: tuple[str, ...]) -> str:
        ordered = sorted(items, key=lambda w: (-len(w), w))
        return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered) or "(?!)"

    # the figure after the colon, on its line or (a line broken after the colon) the next
    figure = r"[ \t]*(?:\r?\n[ \t]*)?(?:ca\.?\s*|cirka\s+|about\s+)?(?=[\dXx?])"
    head = r"(?:^|(?<=[.!?]\s))[ \t*_#>-]*"
    between = r"\b[^:\n]{0,30}:"
    return _regex.compile(
        rf"{head}(?:(?P<indicator>(?:{words(data.label_indicator)}){between})"
        rf"|(?P<baseline>(?:{words(data.label_baseline)}){between}(?P<figb>{figure})?)"
        rf"|(?P<target>(?:{words(data.label_target)}){between}(?P<figt>{figure})?))",
        re.IGNORECASE | re.MULTILINE,
    )


def _before_unit_brackets(toks: list[Tok], end: int) -> int:
    """Where a table row's label ``toks[:end]`` ends without the unit in brackets after its name ("Andel i
    job (pct.)", "Ventetid (dage)", "Emissions (tonnes CO2e)"): a bracket of at most six tokens and no
    number of its own closing the label ("Ledige (16-24 år)" keeps its ages). The name is what the indicator
    is; the unit is the column's."""
    k = end - 1
    if k > 0 and toks[k].text == ")":
        k -= 1
    for j in range(k, max(0, end - 8), -1):
        if toks[j].text == "(":
            numbers = [
                i  # a number of its own, not a digit inside a word ("CO2e")
                for i in range(j + 1, end)
                if toks[i].kind == "num"
                and not (toks[i - 1].kind == "word" and toks[i - 1].end == toks[i].start)
            ]
            if j > 0 and not numbers:
                return j
            break
    return end


@cache
def _kpi_pattern(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A KPI line: a label, a colon, a number and at most a short unit, then the target in brackets
    ("...: 18.2 (target 20)", "...: 18,2 dage (mål: 20 dage)", "...: 255.000 tons CO2 (mål 2030: 93.000 tons
    CO2)"); or a label with no colon, a number and a unit of up to three words, then the target after a bar or
    a comma ("Sickness absence (days per FTE) 10.2 days | Target 8.0 days", "Affordable homes delivered 312 |
    Target 400", "... 24 days, target 18 days"); and (the second pattern) a label, a colon and each figure
    with the year it speaks of, the target after a target word and a colon ("Ventetid: 42 dage i 2024, mål
    2026: 28 dage", "Udledning: 120.000 tons CO2 (2019) – mål 2030: 60.000 tons CO2")."""
    from sudgoals.lang import load

    targets = sorted(load(code).label_target, key=lambda w: (-len(w), w))
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in targets) or "(?!)"
    number = r"\d[\d.,]*"
    unit = r"(?:[^\W\d]{1,12}(?:[ \t]+[^\W\d]{1,12}){0,2})?"
    spaced = r"\d[\d.,]*(?:[ \u00a0\u2009\u202f]\d{3})*"  # "18,2", "93.000", "60 000"
    words_unit = r"(?:[^\W\d][\w.₂²³]{0,14}[ \t]*){0,3}"  # "dage", "tons CO2", "mio. kr."
    year = r"(?:19|20)\d\d"
    when = rf"(?:\({year}\)|[^\W\d]{{1,6}}[ \t]+{year})?[ \t]*"  # "(2019)", "i 2024", "in 2024"
    bracket = _regex.compile(
        rf"[ \t*_#>-]*(?:(?P<label>[^:\n()]{{3,150}}?):[ \t]*(?P<now>{spaced})[ \t]*{words_unit}"
        rf"(?:{year}(?:[/-]\d\d)?[ \t]*)?"  # "812 in 2023/24 (target 1,000)": the year it speaks of
        rf"\((?:{words})[ \t]*(?:{year})?[ \t]*:?[ \t]*(?P<aim>{spaced})[ \t]*{words_unit}\)"
        rf"|(?P<label2>[^:\n|]{{3,150}}?)[ \t:]+(?P<now2>{number})[ \t]*{unit}[ \t]*(?:\||,)[ \t]*"
        rf"(?:{words})[ \t]*:?[ \t]*(?P<aim2>{number})[ \t]*{unit})[ \t]*\.?[ \t]*",
        re.IGNORECASE,
    )
    plain = _regex.compile(
        rf"[ \t*_#>-]*(?P<label>[^:\n()]{{3,150}}?):[ \t]*(?P<now>{spaced})[ \t]*{words_unit}{when}"
        rf"[,;|–→.-]?[ \t]*(?:{words})[ \t]*(?:{year})?[ \t]*:[ \t]*(?P<aim>{spaced})[ \t]*{words_unit}{when}"
        r"\.?[ \t]*",
        re.IGNORECASE,
    )
    return bracket, plain


_ARROWS = ("→", "->", "⇒", "⟶")
_CELL_GAP = _regex.compile(
    r"[ \t]*(?:%[ \t]*(?:(?:[\t|;→–]|\s{2,})[ \t|;→–]*)?"
    r"|(?:[^\W\d][\w.₂²³]{0,14}[ \t]*){0,3}(?:[\t|;→–]|\s{2,})?[ \t|;→–]*\.?[ \t]*)"
)
"""What may stand between two year cells of a key-figure row: the first cell's unit of up to three words and a
separator (a tab, a bar, a semicolon, an arrow or a dash, or a gap of blanks); or a "%" sign and a separator
or the row's end, with no full stop ("2019: 14 %\t2024: 16 %", not "Actual 2024: 74%. Target 2026: 80%.")."""
_ROW_LABEL = _regex.compile(r"[ \t*_#>-]*(?:[^\W\d][^:\t|\n]{2,150}?[ \t]*[:\t|;\s])?[ \t|;]*")
"""The label of a key-figure row before its first year cell, ending in a colon, a tab, a bar or a blank (or no
label at all: "Mål 2026: 6,0 pct. | Resultat 2024: 6,8 pct.")."""


@cache
def _year_row_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A year cell of a key-figure row ("2023: 42", "Resultat 2024: 6,8", "Mål 2026: 28": an optional label
    word of the language, the year, a colon and the figure, group ``fig``); and an arrow row ("CO2-udledning:
    310.000 tons (2019) → 93.000 tons (2030)"), a label, a colon and two figures each with its year in
    brackets (groups ``now``, ``y1``, ``aim``, ``y2``)."""
    from sudgoals.lang import load

    data = load(code)
    heads = sorted({*data.label_target, *data.label_baseline, *data.label_result}, key=lambda w: (-len(w), w))
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in heads) or "(?!)"
    spaced = r"\d[\d.,]*(?:[ \u00a0\u2009\u202f]\d{3})*"
    words_unit = r"(?:[^\W\d][\w.₂²³]{0,14}[ \t]*){0,3}"
    year = r"(?:19|20)\d\d"
    arrows = "|".join(re.escape(a) for a in _ARROWS)
    cell = _regex.compile(
        rf"(?<![\w.,])(?:(?P<word>{words})[ \t]+)?(?P<year>{year})[ \t]*:[ \t]*(?P<fig>{spaced})(?![\d])",
        re.IGNORECASE,
    )
    arrow = _regex.compile(
        rf"[ \t*_#>-]*(?P<label>[^:\n()]{{3,150}}?):[ \t]*(?P<now>{spaced})[ \t]*{words_unit}"
        rf"\([ \t]*(?P<y1>{year})[ \t]*\)[ \t]*(?:{arrows})[ \t]*(?P<aim>{spaced})[ \t]*{words_unit}"
        rf"\([ \t]*(?P<y2>{year})[ \t]*\)[ \t]*\.?[ \t]*",
        re.IGNORECASE,
    )
    return cell, arrow


def _year_in(label: str) -> int | None:
    """The year written in a label ("Baseline (2022):" -> 2022)."""
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", label)
    return int(m.group(1)) if m else None


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


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _measured(unit: Unit) -> bool:
    """Whether ``unit`` is one of the units of measure (tons, m³, days, euros, rates), not a count, a share,
    points, a factor or Danish kroner (which the extractor read before units of measure were added)."""
    return unit.measure and unit is not Unit.COUNT and unit is not Unit.KR


def _capacity(unit: Unit) -> bool:
    """Whether ``unit`` is a unit of measure of something built or held (MW, GWh, tons, hectares), not a
    time, money or a rate: "etablere 40 MW solceller", "skal ha 40 MW solkraft innen 2030"."""
    return _measured(unit) and not unit.per and unit.base not in _TIME_UNITS and unit.base not in _MONEY


def _is_year(tok: Tok) -> bool:
    return tok.kind == "num" and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100


_HYPHEN_BREAK = _regex.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=[^\W\d_])")
_COMPOUND_BREAK = _regex.compile(r"(?<=\d)-[ \t]*\r?\n\s*(?=[^\W\d_])")
_EMPHASIS = _regex.compile(r"\*\*|__|`")


def _column_of(f: Fig, toks: list[Tok], starts: list[int]) -> int:
    """The table column figure ``f`` stands in, the columns starting at ``starts`` (offsets in the text)."""
    return bisect.bisect_right(starts, toks[f.i0].start) - 1


def _clean(text: str) -> str:
    if "\n" in text and "-" in text:
        text = _HYPHEN_BREAK.sub("", text)
        text = _COMPOUND_BREAK.sub("-", text)  # "CO2-\nudledningen": a compound's own hyphen stays
    if "**" in text or "__" in text or "`" in text:
        text = _EMPHASIS.sub("", text)  # Markdown emphasis and code marks are not words
    text = " ".join(text.split())
    return text.strip(" *_\"“”'’‘-–—,.;:")


@lru_cache(maxsize=64)
def _stem(path: str) -> str:
    stem = PurePath(path).stem or "text"
    return stem[:40]


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
    HedgeKind.AT_MOST: Direction.DOWN,
    HedgeKind.BELOW: Direction.DOWN,
    HedgeKind.AT_LEAST: Direction.UP,
    HedgeKind.ABOVE: Direction.UP,
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
