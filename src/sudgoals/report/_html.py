"""One self-contained HTML file: inline CSS, inline SVG, no script and no network. Rendered from the Jinja2
template ``templates/report.html.j2`` (package data) with autoescaping on; this module only builds the view
model: rows of text and the geometry of the baseline chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from sudgoals.i18n import label, t
from sudgoals.model import ImpliedBaseline, Report, Unit
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

__all__ = ["ChartBar", "ChartMarker", "ChartRow", "ChartTick", "chart_rows", "render_html"]

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


def _view(report: Report, explicit: str | None) -> dict[str, Any]:
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
    for doc in report.documents:
        words = doc_language(doc, explicit)
        documents.append(
            {
                "label": document_label(doc),
                "lang": words,
                "t": words_of(words),
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
        "chart_width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
    }


def render_html(report: Report, *, lang: str | None = None) -> str:
    """The report as one self-contained HTML page (no scripts, no external resources).

    ``lang`` None writes each document's section in its paper's own language."""
    return _template().render(**_view(report, lang))
