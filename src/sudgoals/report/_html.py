"""One self-contained HTML file: inline CSS, inline SVG, no script and no network. Rendered from the Jinja2
template ``templates/report.html.j2`` (package data) with autoescaping on; this module only builds the view
model: rows of text, the geometry of the baseline chart, and the paper itself.

The paper itself (when the text of a document is given, see :func:`paper_sources`): the text as read, line by
line, each target highlighted in its verdict's colour (its figures marked more strongly), each finding as a
note beside the line it starts on, and links both ways between a target's row in the table and its place in
the text. It prints: the colours are kept, and each verdict also has its own underline for grey print."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from sudgoals.i18n import label, t
from sudgoals.model import DocumentReport, Finding, ImpliedBaseline, Report, Target, Unit
from sudgoals.report import _format as fmt
from sudgoals.report._common import (
    counts,
    doc_language,
    document_findings,
    document_label,
    kind_change_text,
    message,
    policy_text,
    summary_text,
    ui_language,
)

if TYPE_CHECKING:
    from jinja2 import Template

__all__ = [
    "MAX_PAPER_CHARS",
    "ChartBar",
    "ChartMarker",
    "ChartRow",
    "ChartTick",
    "PaperLine",
    "Segment",
    "chart_rows",
    "paper_lines",
    "paper_sources",
    "render_html",
]

CHART_WIDTH = 640
LABEL_WIDTH = 150
BAR_HEIGHT = 16
BAR_GAP = 6
RIGHT_MARGIN = 100  # room for the range written after each bar


@dataclass(slots=True)
class ChartBar:
    document: str
    text: str
    x: float = 0.0
    width: float = 0.0
    y: float = 0.0
    open_left: bool = False
    open_right: bool = False


@dataclass(slots=True)
class ChartTick:
    """A mark on a row's scale: where it stands and the number written under it."""

    x: float
    text: str


@dataclass(slots=True)
class ChartMarker:
    """A stated baseline ("fra 1.200", "(i dag 45 pct.)") drawn as a line across the row."""

    document: str
    text: str
    x: float = 0.0
    fits: bool = True  # whether the stated baseline lies inside its own target's implied range


@dataclass(slots=True)
class ChartRow:
    indicator: str
    bars: list[ChartBar] = field(default_factory=list)
    intervals: list[tuple[Fraction | None, Fraction | None]] = field(default_factory=list)
    overlap_text: str = ""
    overlap_x: float | None = None
    overlap_width: float = 0.0
    drift: bool = False
    height: float = 0.0
    axis_low: str = ""
    axis_high: str = ""
    ticks: list[ChartTick] = field(default_factory=list)
    markers: list[ChartMarker] = field(default_factory=list)
    axis_y: float = 0.0
    stated: list[tuple[str, Fraction, str, bool]] = field(default_factory=list)


@cache
def _template() -> Template:
    from importlib import resources

    from jinja2 import Environment, StrictUndefined

    source = resources.files("sudgoals.report").joinpath("templates/report.html.j2").read_text("utf-8")
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(source)


def _short(path: str) -> str:
    return PurePath(path).name or path


class _Chains:
    """Union-find over (document path, target id): targets that comparisons matched form one chart row."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.order: list[tuple[str, str]] = []

    def add(self, node: tuple[str, str]) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.order.append(node)

    def find(self, node: tuple[str, str]) -> tuple[str, str]:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def chart_rows(report: Report, lang: str) -> list[ChartRow]:
    """One row per goal across documents (targets joined by the comparisons), each with a bar per document
    showing its implied baseline, on a scale with marked numbers, and a marker for each stated baseline.

    A row is drawn only when it shows something a table does not: two or more bars to compare (drafts), or
    a stated baseline to hold against the implied one. A single bar on a scale of its own carries no
    information (it always fills the row), so such rows, and a chart left without rows, are left out.
    """
    chains = _Chains()
    baselines: dict[tuple[str, str], ImpliedBaseline | None] = {}
    indicators: dict[tuple[str, str], str] = {}
    stated: dict[tuple[str, str], tuple[Fraction, str]] = {}
    doc_order: dict[str, int] = {}
    for k, doc in enumerate(report.documents):
        doc_order.setdefault(doc.path, k)
        for tg in doc.targets:
            node = (doc.path, tg.id)
            chains.add(node)
            baselines[node] = tg.implied_baseline
            indicators[node] = tg.indicator
            fig = tg.baseline
            if (
                fig is not None
                and fig.value is not None
                and not fig.placeholder
                and fig.unit is not Unit.YEAR
            ):
                stated[node] = (fig.value, fmt.figure_text(fig))  # shown as the paper writes it
    for comp in report.comparisons or []:
        doc_order.setdefault(comp.old, len(doc_order))
        doc_order.setdefault(comp.new, len(doc_order))
        for m in comp.matches:
            old = (comp.old, m.old) if m.old is not None else None
            new = (comp.new, m.new) if m.new is not None else None
            for side, value in ((old, m.old_baseline), (new, m.new_baseline)):
                if side is not None:
                    chains.add(side)
                    baselines.setdefault(side, value)
                    indicators.setdefault(side, m.indicator)
            if old is not None and new is not None and not m.kind_changed:
                chains.union(old, new)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for node in chains.order:
        groups.setdefault(chains.find(node), []).append(node)
    rows: list[ChartRow] = []
    for members in groups.values():
        members.sort(key=lambda n: doc_order.get(n[0], 0))
        known = [(n, baselines.get(n)) for n in members]
        drawn = sum(1 for _, b in known if b is not None)
        marks = [n for n in members if n in stated]
        if drawn == 0 or (drawn == 1 and not marks):
            continue
        row = ChartRow(indicator=indicators.get(members[-1], ""))
        for node, value in known:
            row.bars.append(ChartBar(document=_short(node[0]), text=fmt.baseline(value, lang)))
            row.intervals.append((value.low, value.high) if value is not None else (None, None))
        for node in marks:
            said, written = stated[node]
            implied = baselines.get(node)
            row.stated.append((_short(node[0]), said, written, _inside(said, implied)))
        _layout(row, [b for _, b in known], lang)
        rows.append(row)
    return rows


def _inside(value: Fraction, implied: ImpliedBaseline | None) -> bool:
    if implied is None:
        return True
    low_ok = implied.low is None or value > implied.low or (value == implied.low and implied.low_closed)
    high_ok = implied.high is None or value < implied.high or (value == implied.high and implied.high_closed)
    return low_ok and high_ok


def _ticks(low: Fraction, high: Fraction, *, most: int = 6) -> list[Fraction]:
    """Round numbers from ``low`` to ``high`` (inclusive), 1, 2 or 5 times a power of ten apart, at most
    ``most`` of them (exact: the labels are the numbers themselves, never float artefacts).

    >>> [str(v) for v in _ticks(Fraction(805), Fraction(857))]
    ['810', '820', '830', '840', '850']
    """
    span = high - low
    if span <= 0:
        return [low]
    power = Fraction(1)  # a tenth of the largest power of ten not above the span
    while power * 10 <= span:
        power *= 10
    while power > span:
        power /= 10
    power /= 10
    for factor in (1, 2, 5, 10, 20, 50, 100):
        step = power * factor
        first = -((-low) // step) * step  # the first multiple of step at or above low
        count = int((high - first) // step) + 1
        if count <= most:
            return [first + k * step for k in range(count)]
    return [low, high]  # pragma: no cover - the loop always finds a step


def _layout(row: ChartRow, values: list[ImpliedBaseline | None], lang: str) -> None:
    """Place the bars, the stated baselines and the scale of one row (geometry only; floats are fine for
    drawing, the numbers written on the scale are exact)."""
    finite = [v for b in values if b is not None for v in (b.low, b.high) if v is not None]
    finite += [value for _, value, _, _ in row.stated]
    lo, hi = (min(finite), max(finite)) if finite else (Fraction(0), Fraction(1))
    pad = (hi - lo) / 10 if hi > lo else max(abs(lo) / 10, Fraction(1))
    left, right = lo - pad, hi + pad
    if lo >= 0 > left:
        left = Fraction(0)  # a count or a share never goes below zero
    span = float(right - left)
    inner = CHART_WIDTH - LABEL_WIDTH - RIGHT_MARGIN

    def x_of(value: Fraction) -> float:
        return LABEL_WIDTH + float(value - left) / span * inner

    row.axis_low, row.axis_high = fmt.number(lo, lang, places=1), fmt.number(hi, lang, places=1)
    y = 4.0
    common_low: Fraction | None = None
    common_high: Fraction | None = None
    present = [b for b in values if b is not None]
    for bar, value in zip(row.bars, values, strict=True):
        bar.y = y
        y += BAR_HEIGHT + BAR_GAP
        if value is None:
            continue
        start = x_of(value.low) if value.low is not None else float(LABEL_WIDTH)
        end = x_of(value.high) if value.high is not None else float(LABEL_WIDTH + inner)
        bar.open_left, bar.open_right = value.low is None, value.high is None
        bar.x, bar.width = start, max(end - start, 2.0)
    if len(present) >= 2:
        lows = [b.low for b in present if b.low is not None]
        highs = [b.high for b in present if b.high is not None]
        common_low = max(lows) if lows else None
        common_high = min(highs) if highs else None
        if common_low is not None and common_high is not None and common_low > common_high:
            row.drift = True
        else:
            start = x_of(common_low) if common_low is not None else float(LABEL_WIDTH)
            end = x_of(common_high) if common_high is not None else float(LABEL_WIDTH + inner)
            row.overlap_x, row.overlap_width = start, max(end - start, 2.0)
            whole = all(b.whole for b in present)
            row.overlap_text = fmt.baseline(
                ImpliedBaseline(low=common_low, high=common_high, whole=whole), lang
            )
    row.markers = [
        ChartMarker(document=document, text=text, x=x_of(value), fits=fits)
        for document, value, text, fits in row.stated
    ]
    row.axis_y = y + 2
    row.ticks = [
        ChartTick(x=x_of(value), text=fmt.number(value, lang, places=2))
        # a single value gets the padded range around it as its scale
        for value in (_ticks(max(lo, left), min(hi, right)) if hi > lo else _ticks(left, right))
    ]
    row.height = row.axis_y + 18


# --------------------------------------------------------------------------------------------- the paper

MAX_PAPER_CHARS = 2_000_000
"""A paper longer than this (in characters) is not shown in full in the report: the table still is."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# the most telling verdict wins where targets overlap
_VERDICT_RANK = {
    "inconsistent": 4,
    "consistent_with_hedge": 3,
    "unresolved": 2,
    "unverifiable": 1,
    "consistent": 0,
}
_FIGURES = ("absolute", "relative", "baseline", "level")
_VERDICT_ORDER = ("consistent", "consistent_with_hedge", "inconsistent", "unverifiable", "unresolved")


@dataclass(slots=True)
class Segment:
    """A run of a line's text: plain, or part of a target (its verdict class, the row it links to, the
    anchor ids that start here, and whether it is one of the target's figures)."""

    text: str
    verdict: str = ""
    href: str = ""
    ids: list[str] = field(default_factory=list)
    figure: bool = False
    title: str = ""


@dataclass(slots=True)
class PaperLine:
    """One line of the paper as read: its number, its segments and the notes (findings) beside it."""

    number: int
    id: str
    segments: list[Segment] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)


def paper_sources(report: Report, *, max_bytes: int | None = None) -> dict[str, str]:
    """The text of each document of ``report`` as read again from its file, for the paper in the HTML report.

    A document is left out when its file cannot be read, when it is a spec file, or when the text read now
    does not hold the report's targets where their spans say (the file changed since it was checked).
    Never raises for a bad file: the report simply shows no paper for it.
    """
    from sudgoals.errors import SudgoalsError
    from sudgoals.readers import DEFAULT_MAX_BYTES, read

    out: dict[str, str] = {}
    for doc in report.documents:
        if doc.path.lower().endswith(".toml"):
            continue
        try:
            text = read(doc.path, max_bytes=max_bytes or DEFAULT_MAX_BYTES).text
        except (SudgoalsError, OSError, UnicodeError):
            continue
        if all(text[t.span.start : t.span.end] == t.span.quote for t in doc.targets):
            out[doc.path] = text
    return out


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


def paper_lines(
    doc: DocumentReport,
    text: str,
    findings: list[Finding],
    *,
    lang: str,
    anchors: Mapping[str, str],
    prefix: str,
) -> list[PaperLine]:
    """The lines of ``text`` with the targets of ``doc`` as linked segments and ``findings`` as notes.

    ``anchors`` maps a target id to the anchor name of its place (``at-…``) and its row (``row-…``) is the
    same name with that prefix; ``prefix`` makes the line ids unique in the report.
    """
    spans: list[tuple[int, int, Target]] = [
        (t.span.start, t.span.end, t) for t in doc.targets if t.span.end > t.span.start and t.id in anchors
    ]
    figures = [
        (fig.span.start, fig.span.end)
        for _, _, t in spans
        for name in _FIGURES
        if (fig := getattr(t, name)) is not None and fig.span is not None and fig.span.end > fig.span.start
    ]
    starts = _line_starts(text)
    cuts = {0, len(text), *starts}
    for a, b, _ in spans:
        cuts.update((a, b))
    for a, b in figures:
        cuts.update((a, b))
    ordered = sorted(c for c in cuts if 0 <= c <= len(text))
    lines = [PaperLine(number=k + 1, id=f"{prefix}-L{k + 1}") for k in range(len(starts))]
    started: set[str] = set()
    line_index = 0
    for a, b in itertools.pairwise(ordered):
        while line_index + 1 < len(starts) and starts[line_index + 1] <= a:
            line_index += 1
        piece = _LINE_BREAK.sub("", text[a:b]).replace("\f", "")
        if not piece:
            continue
        covering = [t for s, e, t in spans if s <= a < e]
        segment = Segment(piece)
        if covering:
            worst = max(covering, key=lambda t: _VERDICT_RANK.get(t.verdict.value, 0))
            segment.verdict = worst.verdict.value
            segment.href = "row-" + anchors[worst.id]
            segment.title = label("verdict", worst.verdict, lang)
            segment.figure = any(s <= a < e for s, e in figures)
            for t in covering:
                if t.id not in started:
                    started.add(t.id)
                    segment.ids.append("at-" + anchors[t.id])
        lines[line_index].segments.append(segment)
    for f in findings:
        index = min(max(f.line, 1), len(lines)) - 1
        lines[index].notes.append(_note(f, lang, anchors))
    return lines


def _note(f: Finding, lang: str, anchors: Mapping[str, str]) -> dict[str, Any]:
    from sudgoals.rules._base import with_suggestions

    text = message(f, lang)
    tail = with_suggestions("", f.suggestions, lang)
    if f.suggestions and text.endswith(tail):
        text = text[: len(text) - len(tail)]
    return {
        "severity": label("severity", f.severity, lang),
        "severity_class": str(f.severity.value),
        "code": f.code,
        "name": f.name,
        "message": text,
        "suggestions": [s.messages.get(lang) or s.text for s in f.suggestions],
        "href": ("row-" + anchors[f.target]) if f.target is not None and f.target in anchors else "",
        "where": f"{f.line}:{f.column}",
    }


def _view(report: Report, explicit: str | None, sources: Mapping[str, str] | None = None) -> dict[str, Any]:
    lang = ui_language(report, explicit)
    per_doc, others = document_findings(report)
    c = counts(report)

    def finding_row(f: Any, with_path: bool, words: str) -> dict[str, str]:
        return {
            "where": f"{f.path}:{f.line}:{f.column}" if with_path else f"{f.line}:{f.column}",
            "severity": label("severity", f.severity, words),
            "severity_class": str(f.severity.value),
            "code": f.code,
            "name": f.name,
            "message": message(f, explicit, words),
        }

    def words_of(language: str) -> Any:
        return lambda key, **kw: t(key, language, **kw)

    documents = []
    for k, doc in enumerate(report.documents):
        words = doc_language(doc, explicit)
        text = (sources or {}).get(doc.path)
        anchors = {tg.id: f"d{k + 1}-t{n + 1}" for n, tg in enumerate(doc.targets)}
        paper = None
        if text is not None and len(text) <= MAX_PAPER_CHARS:
            paper = paper_lines(doc, text, per_doc[doc.path], lang=words, anchors=anchors, prefix=f"d{k + 1}")
        documents.append(
            {
                "label": document_label(doc),
                "lang": words,
                "t": words_of(words),
                "paper": paper,
                "paper_id": f"paper-d{k + 1}",
                "paper_too_long": text is not None and len(text) > MAX_PAPER_CHARS,
                "has_stated": any(tg.baseline is not None or tg.level is not None for tg in doc.targets),
                "targets": [
                    {
                        "where": fmt.where(tg.span.line, tg.span.column, tg.span.page, words),
                        "indicator": tg.indicator,
                        "quote": tg.span.quote,
                        "absolute": fmt.figure_text(tg.absolute),
                        "absolute_interval": fmt.figure_interval(tg.absolute, words) if tg.absolute else "",
                        "relative": fmt.figure_text(tg.relative),
                        "relative_interval": fmt.figure_interval(tg.relative, words) if tg.relative else "",
                        "stated": " / ".join(
                            fmt.figure(f, words) for f in (tg.baseline, tg.level) if f is not None
                        ),
                        "implied": fmt.baseline(tg.implied_baseline, words),
                        "verdict": label("verdict", tg.verdict, words),
                        "verdict_class": str(tg.verdict.value),
                        "anchor": anchors[tg.id],
                        "in_paper": paper is not None and tg.span.end > tg.span.start,
                    }
                    for tg in doc.targets
                ],
                "findings": [finding_row(f, False, words) for f in per_doc[doc.path]],
            }
        )
    comparisons = []
    for comp in report.comparisons or []:
        rows = []
        for m in comp.matches:
            if m.drift:
                overlap = t("overlap.drift", lang)
            elif m.kind_changed:
                overlap = kind_change_text(m, lang)
            elif m.overlap is not None:
                overlap = fmt.baseline(m.overlap, lang)
            else:
                overlap = "–"
            rows.append(
                {
                    "indicator": m.indicator,
                    "score": "" if m.score is None else str(m.score),
                    "old": m.old_figures or "",
                    "new": m.new_figures or "",
                    "old_baseline": fmt.baseline(m.old_baseline, lang) if m.old is not None else "",
                    "new_baseline": fmt.baseline(m.new_baseline, lang) if m.new is not None else "",
                    "overlap": overlap,
                    "drift": m.drift or m.kind_changed,
                    "status": label("status", m.status, lang),
                    "status_class": m.status,
                }
            )
        comparisons.append({"title": t("report.comparison", lang, old=comp.old, new=comp.new), "rows": rows})
    return {
        "lang": lang,
        "t": words_of(lang),
        "version": report.tool.version,
        "policy": policy_text(report, lang),
        "summary": summary_text(report, lang),
        "summary_class": "error" if c.errors else ("warning" if c.warnings else "ok"),
        "documents": documents,
        "others": [finding_row(f, True, lang) for f in others],
        "comparisons": comparisons,
        "chart": chart_rows(report, lang),
        "verdicts": [(v, label("verdict", v, lang)) for v in _VERDICT_ORDER],
        "chart_width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
    }


def render_html(report: Report, *, lang: str | None = None, sources: Mapping[str, str] | None = None) -> str:
    """The report as one self-contained HTML page (no scripts, no external resources).

    ``lang`` None writes each document's section in its paper's own language. ``sources`` maps a document's
    path to its text as read (:func:`paper_sources` reads them again from the files): each such document is
    shown below its table with its targets highlighted and its findings beside their lines. Without it, the
    report has the tables and the chart only.
    """
    return _template().render(**_view(report, lang, sources))
