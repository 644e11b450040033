"""Tables, key-figure lines, labelled rows and target headings: the rows of a paper read as sentences.

A stage of the extractor; :class:`sudgoals.extract.engine._Extractor` is the last class of the chain."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from sudgoals import _regex
from sudgoals.extract.lexicon import TOKEN_RE
from sudgoals.extract.parts import _YEAR_TOKEN, Block, Draft, Fig, Role_, Tok, _lines, _measured
from sudgoals.extract.sentences import SentenceReader
from sudgoals.model import TargetKind, Unit

# lines that are no table row: no bar, or fewer than two tabs
_FEW_BARS = _regex.compile(r"^[^|\n]*$", re.MULTILINE)
_FEW_TABS = _regex.compile(r"^[^\t\n]*(?:\t[^\t\n]*)?$", re.MULTILINE)
_DIGIT = _regex.compile(r"\d")
# a line with something but bars, rules and blanks on it (its first such character)
_CONTENT_LINE = _regex.compile(r"^[|\-:+= \t\r\f\v]*+[^|\-:+=\s]", re.MULTILINE)
# the first token of a line: the first character that is no blank and no "_" (TOKEN_RE takes every other)
_LINE_FIRST_TOKEN = _regex.compile(r"^(?:[^\S\n]|_)*+([^\s_])", re.MULTILINE)
_NO_BREAK_BLANKS_CHARS = "\u00a0\u202f\u2007\u2009"  # no-break, narrow no-break, figure and thin spaces
_BLANKS_AND_BREAKS = " \t\r\n" + _NO_BREAK_BLANKS_CHARS


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
_ROW_LABEL = _regex.compile(r"[ \t*_#>-]*(?:[^\W\d][^:\t|\n]{2,150}?[ \t]*[:\t|;\s])?[ \t|;]*")


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


def _column_of(f: Fig, toks: list[Tok], starts: list[int]) -> int:
    """The table column figure ``f`` stands in, the columns starting at ``starts`` (offsets in the text)."""
    return bisect.bisect_right(starts, toks[f.i0].start) - 1


class TableReader(SentenceReader):
    """Tables, key-figure lines, labelled rows and target headings: the rows of a paper read as sentences."""

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
