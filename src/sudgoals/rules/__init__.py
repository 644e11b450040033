"""The rule registry: every check sudgoals runs on a goal paper, by code and name.

Each family is one small module exporting immutable :class:`Rule` specs and a ``__register__`` tuple; the
modules are listed here explicitly (:data:`MODULES`). Codes are ``SG`` + three digits, the first digit being
the family:

=====  ===========================================  ====================================================
SG1xx  pair consistency (:mod:`.pair`)               pair-inconsistent, pair-needs-hedge, baseline-mismatch,
                                                     whole-count-infeasible
       equivalences across units (:mod:`.equivalence`)  equivalence-mismatch (SG150)
SG2xx  placeholders (:mod:`.placeholders`)           placeholder-unresolved, baseline-unknown
SG3xx  direction (:mod:`.direction`)                 direction-conflict, direction-missing
SG4xx  percent vs points (:mod:`.points`)            percent-or-points, points-called-percent
SG5xx  counts (:mod:`.counts`)                       goal-count-mismatch, list-numbering
SG6xx  time (:mod:`.period`)                         period-mismatch
SG7xx  unquantified goals (:mod:`.unquantified`)     goal-unquantified
SG8xx  readability (:mod:`.readability`)             figure-unlinked
SG9xx  across documents (:mod:`.crossdoc`)           baseline-drift (raised by :mod:`sudgoals.reconcile`)
=====  ===========================================  ====================================================

>>> get_rule("SG101").name, get_rule("pair-inconsistent").code
('pair-inconsistent', 'SG101')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Final

from sudgoals._frozen import replace
from sudgoals.model import Finding, Paper

from . import (
    counts,
    crossdoc,
    direction,
    equivalence,
    pair,
    period,
    placeholders,
    points,
    readability,
    unquantified,
)
from ._base import CODE_PATTERN, HEADINGS, NAME_PATTERN, Hit, Rule, RuleContext, RuleText, UnknownRuleError

if TYPE_CHECKING:
    from sudgoals.config import Config

__all__ = [
    "CODE_PATTERN",
    "HEADINGS",
    "MODULES",
    "NAME_PATTERN",
    "Hit",
    "Rule",
    "RuleContext",
    "RuleText",
    "UnknownRuleError",
    "all_rules",
    "get_rule",
    "replace",
    "run_rules",
]

MODULES: Final[tuple[ModuleType, ...]] = (
    pair,
    equivalence,
    placeholders,
    direction,
    points,
    counts,
    period,
    unquantified,
    readability,
    crossdoc,
)
"""The rule modules, one per family, in code order."""


def _validate(rule: Rule, module: ModuleType) -> None:
    if not isinstance(rule, Rule):
        raise TypeError(f"{module.__name__}: __register__ must hold Rule objects, got {type(rule).__name__}")
    where = f"{module.__name__}: {rule.code or '?'} {rule.name or '?'}"
    if not CODE_PATTERN.fullmatch(rule.code):
        raise ValueError(f"{where}: code must match {CODE_PATTERN.pattern}")
    if not NAME_PATTERN.fullmatch(rule.name):
        raise ValueError(f"{where}: name must be kebab-case ({NAME_PATTERN.pattern})")
    for lang in ("da", "en"):
        text = rule.text(lang)
        empty = [h for h, body in zip(HEADINGS[lang], text.sections(), strict=True) if not body.strip()]
        if not text.title.strip() or empty:
            raise ValueError(f"{where}: the {lang} text lacks {', '.join(empty) or 'a title'}")


def _register(modules: Iterable[ModuleType]) -> tuple[Mapping[str, Rule], Mapping[str, Rule]]:
    """Validate every rule of ``modules`` and index them by code and by name.

    Raises ``ValueError`` for a code that does not match :data:`CODE_PATTERN`, a name that is not kebab-case,
    a missing title or explanation section, rules of two families in one module, or a code or name used
    twice; ``TypeError`` for something in ``__register__`` that is not a :class:`Rule`.
    """
    by_code: dict[str, Rule] = {}
    by_name: dict[str, Rule] = {}
    for module in modules:
        rules: tuple[Rule, ...] = module.__register__
        families = set()
        for rule in rules:
            _validate(rule, module)
            families.add(rule.family)
            if rule.code in by_code:
                raise ValueError(f"{module.__name__}: code {rule.code} is used twice")
            if rule.name in by_name:
                raise ValueError(f"{module.__name__}: name {rule.name} is used twice")
            by_code[rule.code] = rule
            by_name[rule.name] = rule
        if len(families) > 1:
            raise ValueError(f"{module.__name__}: one module holds one family, got {sorted(families)}")
    ordered = dict(sorted(by_code.items()))
    return MappingProxyType(ordered), MappingProxyType(by_name)


_BY_CODE, _BY_NAME = _register(MODULES)


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in code order."""
    return tuple(_BY_CODE.values())


def get_rule(code_or_name: str) -> Rule:
    """The rule with this code ("SG101", any case) or name ("pair-inconsistent").

    Raises :class:`UnknownRuleError` (a ``KeyError``) when no rule has it.
    """
    key = code_or_name.strip()
    rule = _BY_CODE.get(key.upper()) or _BY_NAME.get(key.lower())
    if rule is None:
        raise UnknownRuleError(code_or_name)
    return rule


def run_rules(paper: Paper, config: Config | None = None) -> list[Finding]:
    """The findings of every selected rule on ``paper``, sorted by line, column and code.

    ``config`` selects and ignores rules, overrides severities and picks the message language (default:
    :class:`~sudgoals.config.Config` defaults: every rule, default severities, messages in the paper's
    language). Cross-document rules (``scope="documents"``) find nothing here.
    """
    from sudgoals._gc import collector_paused
    from sudgoals.config import Config

    cfg = config if config is not None else Config.defaults()
    ctx = RuleContext.for_paper(
        paper, language=cfg.language, policy=cfg.policy(), max_unlinked=cfg.max_unlinked
    )
    findings: list[Finding] = []
    with collector_paused():
        for rule in all_rules():
            if rule.scope != "document" or not cfg.is_enabled(rule):
                continue
            severity = cfg.severity_of(rule)
            for hit in rule.detect(paper, ctx):
                findings.append(rule.finding(hit, language=ctx.language, path=paper.path, severity=severity))
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings
