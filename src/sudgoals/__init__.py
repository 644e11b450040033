"""sudgoals: read the quantitative targets in political goal papers and check that their numbers hold.

>>> import sudgoals
>>> report = sudgoals.check_text(
...     "150 flere udsatte borgere får anvist en bolig. Det svarer til en stigning på 18 pct."
... )
>>> target = report.documents[0].targets[0]
>>> target.verdict.value, sudgoals.format_baseline(target.implied_baseline)
('consistent', '811–857')

The public API is listed in ``__all__`` and re-exported here from private modules. The re-exports are lazy
(PEP 562 ``__getattr__``): ``import sudgoals`` loads none of pydantic's models, pint, the readers' optional
libraries or the rules until a name is first used, which keeps ``sudgoals --version`` and a cold ``check``
fast. Type checkers see ordinary imports through ``TYPE_CHECKING``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sudgoals.algebra import evaluate, format_baseline, implied_baseline, overlap, solve, whole_baselines
    from sudgoals.config import Config
    from sudgoals.errors import (
        DocumentError,
        DocumentNotFoundError,
        DocumentPermissionError,
        EncryptedDocumentError,
        FigureSyntaxError,
        InputTooLargeError,
        MissingExtraError,
        NeedsOCRError,
        PolicyError,
        SpecError,
        SudgoalsError,
        TooManyFiguresError,
        UnsafeDocumentError,
        UnsupportedFormatError,
    )
    from sudgoals.extract import detect_language, extract_document, extract_text
    from sudgoals.interval import Bound, Interval
    from sudgoals.model import (
        Comparison,
        Direction,
        Document,
        DocumentReport,
        Figure,
        Finding,
        GoalList,
        HedgeKind,
        ImpliedBaseline,
        Match,
        Paper,
        Report,
        Severity,
        Span,
        Statement,
        Target,
        TargetKind,
        Unit,
        Verdict,
    )
    from sudgoals.numbers import (
        DEFAULT_POLICY,
        HEDGE_POLICIES,
        HedgePolicy,
        Policy,
        Rounding,
        parse_number,
        read_figure,
        word_number,
    )
    from sudgoals.pipeline import (
        FileResult,
        build_report,
        check_bytes,
        check_document,
        check_paper,
        check_paths,
        check_text,
        compare_papers,
        compare_paths,
        iter_check,
        load_paper,
    )
    from sudgoals.readers import read, read_bytes
    from sudgoals.reconcile import compare
    from sudgoals.report import render
    from sudgoals.rules import all_rules, get_rule, run_rules
    from sudgoals.specs import dump_spec, load_spec

_EXPORTS: dict[str, str] = {
    # pipeline: the main entry points
    "check_text": "pipeline",
    "check_paths": "pipeline",
    "check_document": "pipeline",
    "check_paper": "pipeline",
    "check_bytes": "pipeline",
    "iter_check": "pipeline",
    "load_paper": "pipeline",
    "build_report": "pipeline",
    "compare_papers": "pipeline",
    "compare_paths": "pipeline",
    "FileResult": "pipeline",
    # stages
    "read": "readers",
    "read_bytes": "readers",
    "extract_text": "extract",
    "extract_document": "extract",
    "detect_language": "extract",
    "run_rules": "rules",
    "all_rules": "rules",
    "get_rule": "rules",
    "compare": "reconcile",
    "render": "report",
    "load_spec": "specs",
    "dump_spec": "specs",
    "Config": "config",
    # exact figures and the target algebra
    "read_figure": "numbers",
    "parse_number": "numbers",
    "word_number": "numbers",
    "Policy": "numbers",
    "Rounding": "numbers",
    "HedgePolicy": "numbers",
    "HEDGE_POLICIES": "numbers",
    "DEFAULT_POLICY": "numbers",
    "Interval": "interval",
    "Bound": "interval",
    "evaluate": "algebra",
    "implied_baseline": "algebra",
    "whole_baselines": "algebra",
    "solve": "algebra",
    "overlap": "algebra",
    "format_baseline": "algebra",
    # the model
    "Comparison": "model",
    "Direction": "model",
    "Document": "model",
    "DocumentReport": "model",
    "Figure": "model",
    "Finding": "model",
    "GoalList": "model",
    "HedgeKind": "model",
    "ImpliedBaseline": "model",
    "Match": "model",
    "Paper": "model",
    "Report": "model",
    "Severity": "model",
    "Span": "model",
    "Statement": "model",
    "Target": "model",
    "TargetKind": "model",
    "Unit": "model",
    "Verdict": "model",
    # errors
    "SudgoalsError": "errors",
    "DocumentError": "errors",
    "DocumentNotFoundError": "errors",
    "DocumentPermissionError": "errors",
    "EncryptedDocumentError": "errors",
    "FigureSyntaxError": "errors",
    "InputTooLargeError": "errors",
    "TooManyFiguresError": "errors",
    "MissingExtraError": "errors",
    "NeedsOCRError": "errors",
    "PolicyError": "errors",
    "SpecError": "errors",
    "UnsafeDocumentError": "errors",
    "UnsupportedFormatError": "errors",
}

__all__ = [
    "DEFAULT_POLICY",
    "HEDGE_POLICIES",
    "Bound",
    "Comparison",
    "Config",
    "Direction",
    "Document",
    "DocumentError",
    "DocumentNotFoundError",
    "DocumentPermissionError",
    "DocumentReport",
    "EncryptedDocumentError",
    "Figure",
    "FigureSyntaxError",
    "FileResult",
    "Finding",
    "GoalList",
    "HedgeKind",
    "HedgePolicy",
    "ImpliedBaseline",
    "InputTooLargeError",
    "Interval",
    "Match",
    "MissingExtraError",
    "NeedsOCRError",
    "Paper",
    "Policy",
    "PolicyError",
    "Report",
    "Rounding",
    "Severity",
    "Span",
    "SpecError",
    "Statement",
    "SudgoalsError",
    "Target",
    "TargetKind",
    "TooManyFiguresError",
    "Unit",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
    "Verdict",
    "__version__",
    "all_rules",
    "build_report",
    "check_bytes",
    "check_document",
    "check_paper",
    "check_paths",
    "check_text",
    "compare",
    "compare_papers",
    "compare_paths",
    "detect_language",
    "dump_spec",
    "evaluate",
    "extract_document",
    "extract_text",
    "format_baseline",
    "get_rule",
    "implied_baseline",
    "iter_check",
    "load_paper",
    "load_spec",
    "overlap",
    "parse_number",
    "read",
    "read_bytes",
    "read_figure",
    "render",
    "run_rules",
    "solve",
    "whole_baselines",
    "word_number",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sudgoals' has no attribute {name!r}")
    value = getattr(import_module(f"sudgoals.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
