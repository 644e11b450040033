"""A committee note in Markdown: summary, per document a table of targets and a list of findings, and the
reconciliation table when drafts were compared."""

from __future__ import annotations

from sudgoals.i18n import label, t
from sudgoals.model import Comparison, Finding, Report
from sudgoals.report import _format as fmt
from sudgoals.report._common import (
    doc_language,
    document_findings,
    document_label,
    kind_change_text,
    message,
    policy_text,
    summary_text,
    ui_language,
)

__all__ = ["md_escape", "render_markdown"]

_SPECIAL = set("\\`*_[]<>|#!~")


def md_escape(text: str) -> str:
    """Text that Markdown shows as written, safe inside a table cell: punctuation escaped, lines joined.

    >>> md_escape("a|b *c*")
    'a\\\\|b \\\\*c\\\\*'
    """
    flat = " ".join(text.split())
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in flat)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _findings(
    findings: list[Finding], lang: str, *, with_path: bool, explicit: str | None = None
) -> list[str]:
    lines = []
    for f in findings:
        where = f"{f.path}:{f.line}:{f.column}" if with_path else f"{f.line}:{f.column}"
        sev = label("severity", f.severity, lang)
        text = md_escape(message(f, explicit, lang))
        lines.append(f"- **{sev}** `{f.code}` {md_escape(f.name)} ({md_escape(where)}): {text}")
    return lines


def _comparison(comparison: Comparison, lang: str) -> list[str]:
    out = [f"### {md_escape(t('report.comparison', lang, old=comparison.old, new=comparison.new))}", ""]
    heads = ["indicator", "score", "old", "new", "old_baseline", "new_baseline", "overlap", "status"]
    out.append(_row([t(f"col.{h}", lang) for h in heads]))
    out.append(_row(["---", "---:", "---", "---", "---", "---", "---", "---"]))
    for m in comparison.matches:
        if m.drift:
            overlap = f"**{t('overlap.drift', lang)}**"
        elif m.kind_changed:
            overlap = f"**{md_escape(kind_change_text(m, lang))}**"
        elif m.overlap is not None:
            overlap = fmt.baseline(m.overlap, lang)
        else:
            overlap = "–"
        out.append(
            _row(
                [
                    md_escape(m.indicator),
                    "" if m.score is None else str(m.score),
                    md_escape(m.old_figures or ""),
                    md_escape(m.new_figures or ""),
                    fmt.baseline(m.old_baseline, lang) if m.old is not None else "",
                    fmt.baseline(m.new_baseline, lang) if m.new is not None else "",
                    overlap,
                    label("status", m.status, lang),
                ]
            )
        )
    return out


def render_markdown(report: Report, *, lang: str | None = None) -> str:
    """The report as a Markdown note (GitHub-flavoured tables); user text is escaped.

    ``lang`` None writes each document's section in the paper's own language."""
    explicit = lang
    lang = ui_language(report, explicit)
    out = [f"# {t('report.title', lang)}", ""]
    out.append(summary_text(report, lang))
    out += [
        "",
        "_" + md_escape(policy_text(report, lang)) + "_",
    ]
    per_doc, others = document_findings(report)
    for doc in report.documents:
        out += ["", f"## {md_escape(document_label(doc))}", ""]
        lang = doc_language(doc, explicit)
        if doc.targets:
            heads = ["where", "indicator", "absolute", "relative", "baseline", "level", "implied", "verdict"]
            out.append(_row([t(f"col.{h}", lang) for h in heads]))
            out.append(_row(["---"] * len(heads)))
            for tg in doc.targets:
                out.append(
                    _row(
                        [
                            fmt.where(tg.span.line, tg.span.column, tg.span.page, lang),
                            md_escape(tg.indicator),
                            md_escape(fmt.figure(tg.absolute, lang)),
                            md_escape(fmt.figure(tg.relative, lang)),
                            md_escape(fmt.figure(tg.baseline, lang)),
                            md_escape(fmt.figure(tg.level, lang)),
                            md_escape(fmt.baseline(tg.implied_baseline, lang)),
                            label("verdict", tg.verdict, lang),
                        ]
                    )
                )
        else:
            out.append(t("report.no_targets", lang))
        if per_doc[doc.path]:
            out += ["", f"### {t('report.findings', lang)}", ""]
            out += _findings(per_doc[doc.path], lang, with_path=False, explicit=explicit)
    lang = ui_language(report, explicit)
    if others:
        out += ["", f"## {t('report.other_findings', lang)}", ""]
        out += _findings(others, lang, with_path=True, explicit=explicit)
    if report.comparisons:
        out += ["", f"## {t('report.reconciliation', lang)}"]
        for comparison in report.comparisons:
            out += ["", *_comparison(comparison, lang)]
    return "\n".join(out) + "\n"
