"""One row per target, for a spreadsheet: UTF-8 with a byte-order mark (so Excel shows æ, ø, å), ``;`` as
separator and decimal commas for Danish (what a Danish Excel expects), ``,`` and decimal points for
English."""

from __future__ import annotations

import csv
import io
from fractions import Fraction

from sudgoals.i18n import label, t
from sudgoals.model import Report
from sudgoals.report import _format as fmt

__all__ = ["COLUMNS", "render_csv"]

COLUMNS = (
    "path",
    "id",
    "line",
    "column",
    "page",
    "indicator",
    "kind",
    "direction",
    "absolute",
    "relative",
    "relative_low",
    "relative_high",
    "baseline",
    "level",
    "implied_low",
    "implied_high",
    "verdict",
    "findings",
    "quote",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """User text made inert for spreadsheets: a leading formula character is prefixed with ``'``."""
    flat = " ".join(value.split())
    return "'" + flat if flat.startswith(_FORMULA_START) else flat


def _num(value: Fraction | None, lang: str) -> str:
    if value is None:
        return ""
    text = fmt.number(value, lang, places=6).lstrip("≈")
    # no thousands separators in a cell: the spreadsheet groups digits itself
    if lang == "da":
        return text.replace(".", "")
    return text.replace(",", "")


def render_csv(report: Report, *, lang: str | None = None) -> str:
    """The targets as CSV text that starts with a BOM; headers in ``lang`` (None: the language the documents
    share, else English), one language for the whole sheet. Findings are listed by code."""
    from sudgoals.report._common import ui_language

    lang = ui_language(report, lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "da" else ",", lineterminator="\r\n")
    writer.writerow([t(f"col.{name}", lang) for name in COLUMNS])
    codes: dict[tuple[str, str], list[str]] = {}
    for finding in report.findings:
        if finding.target is not None:
            codes.setdefault((finding.path, finding.target), []).append(finding.code)
    for doc in report.documents:
        for tg in doc.targets:
            rel = tg.relative
            ib = tg.implied_baseline
            writer.writerow(
                [
                    _text(doc.path),
                    _text(tg.id),
                    tg.span.line,
                    tg.span.column,
                    "" if tg.span.page is None else tg.span.page,
                    _text(tg.indicator),
                    label("kind", tg.kind, lang),
                    "" if tg.direction is None else label("direction", tg.direction, lang),
                    _text(fmt.figure_text(tg.absolute)),
                    _text(fmt.figure_text(rel)),
                    _num(rel.low if rel else None, lang),
                    _num(rel.high if rel else None, lang),
                    _text(fmt.figure_text(tg.baseline)),
                    _text(fmt.figure_text(tg.level)),
                    _num(ib.low if ib else None, lang),
                    _num(ib.high if ib else None, lang),
                    label("verdict", tg.verdict, lang),
                    " ".join(sorted(set(codes.get((doc.path, tg.id), [])))),
                    _text(tg.span.quote),
                ]
            )
    return "\ufeff" + buffer.getvalue()
