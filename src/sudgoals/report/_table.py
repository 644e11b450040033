"""The terminal report: one rich table per document, its findings below, coloured by severity."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from sudgoals.i18n import label, t
from sudgoals.model import Comparison, Finding, ImpliedBaseline, Report, Severity, Target, Verdict
from sudgoals.report import _format as fmt
from sudgoals.report._common import (
    counts,
    doc_language,
    document_findings,
    document_label,
    document_languages,
    kind_change_text,
    message,
    policy_text,
    summary_text,
    ui_language,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table
    from rich.text import Text

__all__ = ["render_compare_table", "render_table"]

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
VERDICT_STYLE = {
    Verdict.CONSISTENT: "green",
    Verdict.CONSISTENT_WITH_HEDGE: "yellow",
    Verdict.INCONSISTENT: "bold red",
    Verdict.UNVERIFIABLE: "dim",
    Verdict.UNRESOLVED: "magenta",
}
STATUS_STYLE = {
    "unchanged": "green",
    "changed": "yellow",
    "appeared": "cyan",
    "vanished": "magenta",
    "repeated": "dim",
}


def _console(width: int | None, color: bool) -> tuple[Console, io.StringIO]:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or 100,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    return console, buffer


def _two_lines(header: str) -> str:
    """A long two-word column header on two lines, so it does not widen its column."""
    for sep in (" ", "/"):
        if sep in header:
            head, _, tail = header.partition(sep)
            return f"{head}{sep if sep == '/' else ''}\n{tail}"
    return header


def _figure_cell(target_figure: object, lang: str) -> Text:
    from rich.text import Text

    from sudgoals.model import Figure

    if not isinstance(target_figure, Figure):
        return Text("")
    cell = Text(fmt.figure_text(target_figure))
    extra = fmt.figure_interval(target_figure, lang)
    if extra:
        cell.append("\n" + extra, style="dim")
    return cell


def _target_table(targets: list[Target], lang: str, title: str) -> Table:
    from rich.table import Table
    from rich.text import Text

    stated = any(tg.baseline is not None or tg.level is not None for tg in targets)
    table = Table(title=Text(title, style="bold"), title_justify="left", show_lines=False, expand=False)
    table.add_column(t("col.where", lang), no_wrap=True)
    table.add_column(t("col.indicator", lang), overflow="fold")
    table.add_column(t("col.absolute", lang))
    table.add_column(t("col.relative", lang))
    if stated:
        table.add_column(_two_lines(t("col.stated", lang)))
    table.add_column(_two_lines(t("col.implied", lang)), no_wrap=True)
    table.add_column(t("col.verdict", lang))
    for tg in targets:
        row: list[RenderableType] = [
            fmt.where(tg.span.line, tg.span.column, tg.span.page, lang),
            Text(tg.indicator),
            _figure_cell(tg.absolute, lang),
            _figure_cell(tg.relative, lang),
        ]
        if stated:
            parts = [f for f in (tg.baseline, tg.level) if f is not None]
            cell = Text("")
            for k, part in enumerate(parts):
                if k:
                    cell.append("\n")
                cell.append_text(_figure_cell(part, lang))
            row.append(cell)
        row.append(Text(fmt.baseline(tg.implied_baseline, lang)))
        row.append(Text(label("verdict", tg.verdict, lang), style=VERDICT_STYLE.get(tg.verdict, "")))
        table.add_row(*row)
    return table


def _finding_line(finding: Finding, lang: str, *, with_path: bool, explicit: str | None = None) -> Text:
    """One finding: severity and words in ``lang``, the message in ``explicit`` (the ``--lang`` asked for) or
    else in the language it was written in (its paper's)."""
    from rich.text import Text

    style = SEVERITY_STYLE.get(finding.severity, "")
    line = Text()
    if with_path:
        line.append(f"{finding.path}:")
    line.append(f"{finding.line}:{finding.column}  ")
    line.append(f"{label('severity', finding.severity, lang)}", style=style)
    line.append(f"  {finding.code} ", style=style)
    line.append(f"{finding.name}", style="dim")
    line.append(f"  {message(finding, explicit, lang)}")
    return line


def _side(figures: str | None, value: ImpliedBaseline | None, present: bool, lang: str) -> Text:
    from rich.text import Text

    if not present:
        return Text("")
    cell = Text(figures or "")
    cell.append("\n" + fmt.baseline(value, lang), style="dim")
    return cell


def _comparison_table(comparison: Comparison, lang: str) -> Table:
    """Per matched goal: old and new figures, each with its implied baseline below; overlap; status."""
    from rich.table import Table
    from rich.text import Text

    title = t("report.comparison", lang, old=comparison.old, new=comparison.new)
    table = Table(title=Text(title, style="bold"), title_justify="left")
    # only the score and status never wrap: at 80 columns the figures fold onto two lines rather than
    # pushing the status off the edge
    table.add_column(t("col.indicator", lang), ratio=3, overflow="fold", min_width=12)
    table.add_column(t("col.score", lang), justify="right", no_wrap=True)
    table.add_column(t("col.old", lang), ratio=2, min_width=9)
    table.add_column(t("col.new", lang), ratio=2, min_width=9)
    table.add_column(t("col.overlap", lang), min_width=9)
    table.add_column(t("col.status", lang), no_wrap=True)
    for match in comparison.matches:
        if match.drift:
            overlap = Text(t("overlap.drift", lang), style="bold red")
        elif match.kind_changed:
            overlap = Text(kind_change_text(match, lang), style="yellow")
        elif match.overlap is not None:
            overlap = Text(fmt.baseline(match.overlap, lang), style="green")
        else:
            overlap = Text("–")
        table.add_row(
            Text(match.indicator),
            "" if match.score is None else str(match.score),
            _side(match.old_figures, match.old_baseline, match.old is not None, lang),
            _side(match.new_figures, match.new_baseline, match.new is not None, lang),
            overlap,
            Text(label("status", match.status, lang), style=STATUS_STYLE.get(match.status, "")),
        )
    return table


def _summary(report: Report, lang: str) -> Text:
    from rich.text import Text

    c = counts(report)
    style = "bold red" if c.errors else ("yellow" if c.warnings else "green")
    return Text(summary_text(report, lang), style=style)


def render_table(
    report: Report, *, lang: str | None = None, width: int | None = None, color: bool = False
) -> str:
    """The report as rich tables: per document its targets, then its findings; then comparisons, if any.

    ``lang`` None writes each document in its own language (and the rest in the language they share, else
    English). ``width`` is the console width (default 100); ``color`` adds ANSI colours (for a terminal).
    """
    from rich.text import Text

    explicit = lang
    lang = ui_language(report, explicit)
    console, buffer = _console(width, color)
    per_doc, others = document_findings(report)
    policy = policy_text(report, lang)
    console.print(Text(policy, style="dim"))
    if not report.documents and not report.comparisons:
        console.print(t("report.no_documents", lang))
    for doc in report.documents:
        console.print()
        title = document_label(doc)
        words = doc_language(doc, explicit)
        if doc.targets:
            console.print(_target_table(doc.targets, words, title))
        else:
            console.print(Text(title, style="bold"))
            console.print(Text(t("report.no_targets", words), style="dim"))
        for finding in per_doc[doc.path]:
            console.print(_finding_line(finding, words, with_path=False, explicit=explicit))
    if others:
        console.print()
        console.print(Text(t("report.other_findings", lang), style="bold"))
        for finding in others:
            console.print(_finding_line(finding, lang, with_path=True, explicit=explicit))
    for comparison in report.comparisons or []:
        console.print()
        console.print(_comparison_table(comparison, lang))
    console.print()
    console.print(_summary(report, lang))
    return buffer.getvalue()


def render_compare_table(
    report: Report, *, lang: str | None = None, width: int | None = None, color: bool = False
) -> str:
    """The comparison view: one table per comparison, then every finding of the drafts (as ``check`` reports
    them, and baseline drift) with paths, then the same summary line as ``check``."""
    from rich.text import Text

    explicit = lang
    lang = ui_language(report, explicit)
    languages = document_languages(report)
    console, buffer = _console(width, color)
    for comparison in report.comparisons or []:
        console.print(_comparison_table(comparison, lang))
        console.print()
    findings = sorted(report.findings, key=lambda f: (f.path, f.line, f.column, f.code))
    if findings:
        console.print(Text(t("report.findings", lang), style="bold"))
        for finding in findings:
            words = explicit or languages.get(finding.path, lang)
            console.print(_finding_line(finding, words, with_path=True, explicit=explicit))
    else:
        console.print(Text(t("report.no_findings", lang), style="green"))
    console.print()
    console.print(_summary(report, lang))
    return buffer.getvalue()
