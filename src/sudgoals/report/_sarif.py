"""SARIF 2.1.0 for code-scanning dashboards: one run, the rules registry as the driver's rules, one result
per finding with its physical location, and ``fixes`` for each suggestion that is an exact edit of the
file (a figure's digits replaced where they stand, in a text or Markdown paper)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any, Protocol
from urllib.parse import quote

from sudgoals.model import Finding, Report, Severity

__all__ = ["SARIF_SCHEMA", "RuleLike", "render_sarif", "sarif_dict"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class RuleLike(Protocol):
    """What SARIF needs of a rule (``sudgoals.rules`` objects satisfy it)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> Any: ...
    def title(self, lang: str) -> str: ...
    def explanation(self, lang: str) -> str: ...


def _registry() -> list[RuleLike]:
    try:
        from sudgoals.rules import all_rules
    except ImportError:
        return []
    return list(all_rules())


def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: ``file:`` URI when absolute, else a percent-encoded relative one."""
    pure: PurePath = PureWindowsPath(path) if "\\" in path and "/" not in path else PurePosixPath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def _rule_descriptor(rule: RuleLike, lang: str) -> dict[str, Any]:
    severity = Severity(str(getattr(rule.severity, "value", rule.severity)))
    explanation = rule.explanation(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.title(lang)},
        "fullDescription": {"text": explanation},
        "help": {"text": explanation, "markdown": explanation},
        "defaultConfiguration": {"level": _LEVEL[severity]},
    }


_EDITABLE = frozenset({"txt", "md"})  # formats whose lines and columns are the file's own


def _fixes(finding: Finding, lang: str) -> list[dict[str, Any]]:
    """SARIF ``fix`` objects for the suggestions that replace a figure's text exactly where it stands."""
    out: list[dict[str, Any]] = []
    for suggestion in finding.suggestions:
        span = suggestion.span
        if suggestion.replacement is None or span is None:
            continue
        out.append(
            {
                "description": {"text": suggestion.messages.get(lang) or suggestion.text},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(span.path)},
                        "replacements": [
                            {
                                # Span.end_column already points just past the figure, as SARIF's does
                                "deletedRegion": {
                                    "startLine": span.line,
                                    "startColumn": span.column,
                                    "endLine": span.end_line,
                                    "endColumn": span.end_column,
                                },
                                "insertedContent": {"text": suggestion.replacement},
                            }
                        ],
                    }
                ],
            }
        )
    return out


def sarif_dict(
    report: Report, *, lang: str | None = None, rules: Iterable[RuleLike] | None = None
) -> dict[str, Any]:
    """The SARIF log as a dictionary. ``rules`` defaults to the rules registry; a finding whose code the
    rules do not list gets a minimal descriptor of its own. ``lang`` None: rule texts in the language the
    documents share (else English), each message in its paper's language."""
    from sudgoals.report._common import document_languages, message, sorted_findings, ui_language

    explicit = lang
    lang = ui_language(report, explicit)
    languages = document_languages(report)

    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in _registry() if rules is None else rules:
        if rule.code not in index:
            index[rule.code] = len(descriptors)
            descriptors.append(_rule_descriptor(rule, lang))
    results: list[dict[str, Any]] = []
    editable = {doc.path for doc in report.documents if doc.format in _EDITABLE}
    for f in sorted_findings(report.findings):
        if f.code not in index:
            index[f.code] = len(descriptors)
            descriptors.append(
                {
                    "id": f.code,
                    "name": f.name,
                    "shortDescription": {"text": f.name},
                    "defaultConfiguration": {"level": _LEVEL[f.severity]},
                }
            )
        region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column}
        if f.span is not None:
            region["endLine"] = f.span.end_line
            region["endColumn"] = f.span.end_column  # exclusive in both: just past the last character
            region["snippet"] = {"text": f.span.quote}
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": message(f, explicit, languages.get(f.path))},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}
            ],
        }
        fixes = _fixes(f, lang) if f.path in editable else []
        if fixes:
            result["fixes"] = fixes
        properties: dict[str, Any] = {"name": f.name}
        if f.target is not None:
            properties["target"] = f.target
        if f.data:
            properties["data"] = dict(f.data)
        result["properties"] = properties
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "sudgoals",
                        "version": report.tool.version,
                        "semanticVersion": report.tool.version,
                        "informationUri": "https://pypi.org/project/sudgoals/",
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "policy": {"rounding": report.policy.rounding, "hedges": report.policy.hedges}
                },
            }
        ],
    }


def render_sarif(report: Report, *, lang: str | None = None, rules: Sequence[RuleLike] | None = None) -> str:
    """The report as SARIF 2.1.0 JSON text."""
    return json.dumps(sarif_dict(report, lang=lang, rules=rules), ensure_ascii=False, indent=2) + "\n"
