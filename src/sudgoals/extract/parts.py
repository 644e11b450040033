"""The extractor's items (tokens, blocks, figures, roles, drafts) and the patterns and helpers its stages
share (see :mod:`sudgoals.extract.engine`)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache

from sudgoals import _regex
from sudgoals._frozen import Record
from sudgoals.errors import FigureSyntaxError
from sudgoals.model import Direction, Figure, TargetKind, Unit
from sudgoals.numbers import Policy

_BULLET_CHARS = frozenset("•‣◦▪▫■□●○◆◇►▶➢➤✓✔-–—*·+>»oe¢%®§")
_CLAUSE_END = frozenset(',;:()[]{}*"“”«»!?')
_INDICATOR_END = _CLAUSE_END | {".", "—", "–"}  # where the words naming an indicator stop


_YEAR_TOKEN = _regex.compile(r"(?:19|20)\d\d")  # a token that may be a year, not a figure of a clause
_MAX_SCAN = 40  # how far (tokens) any search for a subject, a verb or a year may reach from a figure


_MONEY = frozenset({"kr", "NOK", "SEK", "EUR", "GBP", "USD"})  # "spare 4,2 mio. kr.", "save £4.2m": a change


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


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text[start:end]``, its line break left out."""
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        line_end = end if nl == -1 else nl
        yield at, line_end
        at = line_end + 1


@lru_cache(maxsize=8192)
def _read(canonical: str, language: str, policy: Policy, unit: Unit | None) -> Figure | None:
    """``read_figure`` on the canonical form of a figure; memoised, since a paper repeats its figures and the
    reading is a pure function of these arguments (the Figure is frozen; callers copy in text and span)."""
    from sudgoals.numbers import read_figure

    try:
        return read_figure(canonical, language=language, policy=policy, unit=unit)
    except FigureSyntaxError:
        return None


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _measured(unit: Unit) -> bool:
    """Whether ``unit`` is one of the units of measure (tons, m³, days, euros, rates), not a count, a share,
    points, a factor or Danish kroner (which the extractor read before units of measure were added)."""
    return unit.measure and unit is not Unit.COUNT and unit is not Unit.KR


def _is_year(tok: Tok) -> bool:
    return tok.kind == "num" and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100
