"""Helpers every renderer shares: which findings belong to which document, messages in a language, counts."""

from __future__ import annotations

from collections.abc import Iterator

from sudgoals._frozen import Frozen
from sudgoals.model import DocumentReport, Finding, Match, Report, Severity

__all__ = [
    "Counts",
    "counts",
    "doc_language",
    "document_findings",
    "document_languages",
    "kind_change_text",
    "message",
    "policy_text",
    "sorted_findings",
    "split_documents",
    "summary_text",
    "ui_language",
]


def message(finding: Finding, lang: str | None, own: str | None = None) -> str:
    """The finding's message in ``lang`` when it carries one; with ``lang`` None, in ``own`` (the language
    of the finding's paper) when it carries that; else its default message."""
    wanted = lang or own
    if wanted is None:
        return finding.message
    return finding.messages.get(wanted) or finding.message


def document_languages(report: Report) -> dict[str, str]:
    """The language each document of the report is reported in, by path: its paper's own, or Danish for a
    Norwegian or Swedish paper (:func:`sudgoals.i18n.ui_language`)."""
    from sudgoals.i18n import ui_language as words_for

    return {doc.path: words_for(doc.language) for doc in report.documents}


def ui_language(report: Report, lang: str | None) -> str:
    """The language of the words around the documents (headings, policy, summary): ``lang`` when given, else
    the language the report's documents share, else English (papers in several languages)."""
    from sudgoals.i18n import ui_language as words_for

    if lang:
        return words_for(lang)
    languages = {words_for(doc.language) for doc in report.documents}
    return languages.pop() if len(languages) == 1 else "en"


def doc_language(doc: DocumentReport, lang: str | None) -> str:
    """The language a document's own section is written in: ``lang`` when given, else the paper's own (Danish
    for a Norwegian or Swedish paper)."""
    from sudgoals.i18n import ui_language as words_for

    return words_for(lang or doc.language)


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order: by path, line, column, then most severe first, then code."""
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, -f.severity.rank, f.code))


def document_findings(report: Report) -> tuple[dict[str, list[Finding]], list[Finding]]:
    """The findings of each document (by path, in reading order) and those that belong to no document."""
    paths = {doc.path for doc in report.documents}
    per_doc: dict[str, list[Finding]] = {doc.path: [] for doc in report.documents}
    others: list[Finding] = []
    for finding in sorted_findings(report.findings):
        if finding.path in paths:
            per_doc[finding.path].append(finding)
        else:
            others.append(finding)
    return per_doc, others


def split_documents(report: Report) -> Iterator[Report]:
    """One report per document, with that document's findings; a last one for findings of no document.

    Each piece is itself a valid report (the JSON Lines format writes one per line).
    """
    per_doc, others = document_findings(report)
    for doc in report.documents:
        yield Report(tool=report.tool, policy=report.policy, documents=[doc], findings=per_doc[doc.path])
    if others or report.comparisons:
        yield Report(
            tool=report.tool,
            policy=report.policy,
            documents=[],
            findings=others,
            comparisons=report.comparisons,
        )


_set = object.__setattr__  # how the immutable classes below set their fields


class Counts(Frozen):
    __slots__ = ("documents", "targets", "errors", "warnings", "infos")  # noqa: RUF023
    documents: int
    targets: int
    errors: int
    warnings: int
    infos: int

    def __init__(
        self,
        documents: int,
        targets: int,
        errors: int,
        warnings: int,
        infos: int,
    ) -> None:
        _set(self, "documents", documents)
        _set(self, "targets", targets)
        _set(self, "errors", errors)
        _set(self, "warnings", warnings)
        _set(self, "infos", infos)


def counts(report: Report) -> Counts:
    """How many documents, targets and findings of each severity the report holds."""
    by = dict.fromkeys(Severity, 0)
    for finding in report.findings:
        by[finding.severity] += 1
    return Counts(
        documents=len(report.documents),
        targets=sum(len(d.targets) for d in report.documents),
        errors=by[Severity.ERROR],
        warnings=by[Severity.WARNING],
        infos=by[Severity.INFO],
    )


def kind_change_text(match: Match, lang: str) -> str:
    """The overlap cell of a goal that changed kind: "anden slags: et antal → en andel"."""
    from sudgoals.i18n import t

    return t(
        "overlap.kind",
        lang,
        old=t(f"measure.{match.old_measure}", lang),
        new=t(f"measure.{match.new_measure}", lang),
    )


def document_label(doc: DocumentReport) -> str:
    """The document's path, with its title when it has one."""
    return f"{doc.path} — {doc.title}" if doc.title else doc.path


def summary_text(report: Report, lang: str) -> str:
    """The closing line: "1 document, 12 targets, 5 errors, 8 warnings, 2 notes"."""
    from sudgoals.i18n import count, t

    c = counts(report)
    return t(
        "report.summary",
        lang,
        documents=count(c.documents, "document", lang),
        targets=count(c.targets, "target", lang),
        errors=count(c.errors, "error", lang),
        warnings=count(c.warnings, "warning", lang),
        infos=count(c.infos, "info", lang),
    )


def policy_text(report: Report, lang: str) -> str:
    """The policies the intervals were built with, in ``lang`` when the policy names are known."""
    from sudgoals.i18n import t

    policy = report.policy
    names = policy.names
    if names.get("rounding") and names.get("hedges"):
        try:
            rounding = t(f"rounding.{names['rounding']}", lang)
            if names.get("count_rounding"):
                rounding += t("policy.counts", lang, counts=t(f"rounding.{names['count_rounding']}", lang))
            return t("report.policy", lang, rounding=rounding, hedges=t(f"hedges.{names['hedges']}", lang))
        except KeyError:
            pass  # a policy with no words here keeps the report's own (English) description
    return t("report.policy", lang, rounding=policy.rounding, hedges=policy.hedges)
