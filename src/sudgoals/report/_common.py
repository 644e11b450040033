"""Helpers every renderer shares: which findings belong to which document, messages in a language, counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sudgoals.model import DocumentReport, Finding, Report, Severity

__all__ = ["Counts", "counts", "document_findings", "message", "sorted_findings", "split_documents"]


def message(finding: Finding, lang: str) -> str:
    """The finding's message in ``lang`` when it carries one, else its default message."""
    return finding.messages.get(lang) or finding.message


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


@dataclass(frozen=True, slots=True)
class Counts:
    documents: int
    targets: int
    errors: int
    warnings: int
    infos: int


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


def document_label(doc: DocumentReport) -> str:
    """The document's path, with its title when it has one."""
    return f"{doc.path} — {doc.title}" if doc.title else doc.path
