"""User-interface strings of the command line and the reports, in Danish and English.

Findings carry their own messages (``Finding.messages``); this module holds only the words around them:
column headings, verdict and status labels, and the one-line error messages of the CLI. Every key exists in
both languages (a test checks it). Importing this module costs nothing: it holds plain dictionaries.
"""

from __future__ import annotations

import os
from typing import Final, Literal

__all__ = ["LANGS", "UILanguage", "count", "environment_language", "label", "t", "ui_language"]

UILanguage = Literal["da", "en"]
LANGS: Final[tuple[UILanguage, ...]] = ("da", "en")


def ui_language(code: str) -> UILanguage:
    """The language messages are written in for a paper in language ``code``: Danish or English; a
    Norwegian or Swedish paper gets the one its data file names (``messages``, Danish)."""
    if code in LANGS:
        return "en" if code == "en" else "da"
    from sudgoals.lang import load

    return load(code).messages


_STRINGS: Final[dict[str, dict[str, str]]] = {
    # report headings
    "report.title": {"da": "sudgoals-rapport", "en": "sudgoals report"},
    "report.policy": {
        "da": "Politik: afrunding {rounding}, forbehold {hedges}",
        "en": "Policy: rounding {rounding}, hedges {hedges}",
    },
    # policy names in Danish, for the table's policy line (the JSON keeps the English descriptions)
    "rounding.nearest": {"da": "til nærmeste (lige langt: begge veje)", "en": "nearest (ties either way)"},
    "rounding.half-up": {"da": "halvt op", "en": "half up"},
    "rounding.half-down": {"da": "halvt ned", "en": "half down"},
    "rounding.half-even": {"da": "halvt til lige", "en": "half to even"},
    "rounding.truncate": {"da": "afskæring", "en": "truncation"},
    "rounding.ceiling": {"da": "op (loft)", "en": "ceiling"},
    "rounding.floor": {"da": "ned (gulv)", "en": "floor"},
    "rounding.exact": {"da": "ingen (eksakt)", "en": "exact (no rounding)"},
    "policy.counts": {"da": "; antal: {counts}", "en": "; counts: {counts}"},
    "hedges.none": {
        "da": "none: »ca.« og lign. udvider ikke tallet",
        "en": "none: hedges do not widen figures",
    },
    "hedges.standard": {
        "da": "standard: ca. ±10 % ud over afrundingen, knap/godt 10 % under/over tallet",
        "en": "standard: ca. ±10 % beyond the rounding, knap/godt 10 % below/above the value",
    },
    "hedges.wide": {
        "da": "wide: ca. ±25 % ud over afrundingen, knap/godt 25 % under/over tallet",
        "en": "wide: ca. ±25 % beyond the rounding, knap/godt 25 % below/above the value",
    },
    "report.no_targets": {"da": "Ingen mål med tal fundet.", "en": "No quantified targets found."},
    "report.no_findings": {"da": "Ingen fund.", "en": "No findings."},
    "report.no_documents": {"da": "Ingen dokumenter.", "en": "No documents."},
    "report.findings": {"da": "Fund", "en": "Findings"},
    "report.other_findings": {"da": "Fund på tværs af dokumenter", "en": "Findings across documents"},
    "report.targets": {"da": "Mål", "en": "Targets"},
    "report.reconciliation": {"da": "Afstemning mellem udkast", "en": "Reconciliation across drafts"},
    "report.chart": {"da": "Implicit udgangspunkt pr. mål", "en": "Implied baseline per target"},
    "report.chart_note": {
        "da": "Hver bjælke er de udgangspunkter, som målets tal tillader, på en skala under bjælkerne; det "
        "mørke bånd er overlappet mellem udkast, og den stiplede linje er det udgangspunkt, målet selv "
        "oplyser.",
        "en": "Each bar is the range of baselines the target's figures allow, on the scale below the bars; "
        "the dark band is the overlap between drafts, and the dashed line is the baseline the target "
        "states.",
    },
    "chart.stated": {
        "da": "{document}: oplyst udgangspunkt {value}",
        "en": "{document}: stated baseline {value}",
    },
    "chart.stated_off": {
        "da": "ligger uden for det, tallene tillader",
        "en": "outside what the figures allow",
    },
    "report.summary": {
        "da": "{documents}, {targets}, {errors}, {warnings}, {infos}",
        "en": "{documents}, {targets}, {errors}, {warnings}, {infos}",
    },
    # countable nouns: "one|many" (see ``count``)
    "noun.document": {"da": "dokument|dokumenter", "en": "document|documents"},
    "noun.target": {"da": "mål|mål", "en": "target|targets"},
    "noun.error": {"da": "fejl|fejl", "en": "error|errors"},
    "noun.warning": {"da": "advarsel|advarsler", "en": "warning|warnings"},
    "noun.info": {"da": "note|noter", "en": "note|notes"},
    "report.comparison": {"da": "{old} → {new}", "en": "{old} → {new}"},
    # the paper itself in the HTML report
    "report.paper": {"da": "Papiret, som det blev læst", "en": "The paper as read"},
    "report.paper_note": {
        "da": "Hvert mål står i sin vurderings farve (tallene med fed), og hvert fund står ud for sin linje. "
        "Et klik på et mål fører til dets række i tabellen; et klik på stedet i tabellen fører hertil.",
        "en": "Each target is shown in its verdict's colour (its figures in bold), each finding beside its "
        "line. Click a target to go to its row in the table; click the place in the table to come back here.",
    },
    "report.paper_too_long": {
        "da": "Papiret er for langt til at blive vist her; tabellen ovenfor har alle mål.",
        "en": "The paper is too long to show here; the table above has every target.",
    },
    "report.to_row": {"da": "tabellen", "en": "table"},
    "report.to_text": {"da": "Vis stedet i teksten", "en": "Show the place in the text"},
    "report.suggestion": {"da": "Forslag", "en": "Suggestion"},
    "report.generated_by": {"da": "Lavet med sudgoals {version}", "en": "Made with sudgoals {version}"},
    # columns
    "col.where": {"da": "Sted", "en": "Where"},
    "col.path": {"da": "Fil", "en": "File"},
    "col.id": {"da": "Id", "en": "Id"},
    "col.line": {"da": "Linje", "en": "Line"},
    "col.column": {"da": "Kolonne", "en": "Column"},
    "col.page": {"da": "Side", "en": "Page"},
    "col.indicator": {"da": "Indikator", "en": "Indicator"},
    "col.kind": {"da": "Type", "en": "Kind"},
    "col.direction": {"da": "Retning", "en": "Direction"},
    "col.absolute": {"da": "Absolut", "en": "Absolute"},
    "col.relative": {"da": "Relativ", "en": "Relative"},
    "col.relative_low": {"da": "Relativ fra", "en": "Relative low"},
    "col.relative_high": {"da": "Relativ til", "en": "Relative high"},
    "col.baseline": {"da": "Udgangspunkt", "en": "Baseline"},
    "col.level": {"da": "Niveau", "en": "Level"},
    "col.stated": {"da": "Udgangspunkt/niveau", "en": "Baseline/level"},
    "col.implied": {"da": "Implicit udgangspunkt", "en": "Implied baseline"},
    "col.implied_low": {"da": "Implicit fra", "en": "Implied low"},
    "col.implied_high": {"da": "Implicit til", "en": "Implied high"},
    "col.verdict": {"da": "Vurdering", "en": "Verdict"},
    "col.quote": {"da": "Citat", "en": "Quote"},
    "col.findings": {"da": "Fund", "en": "Findings"},
    "col.severity": {"da": "Alvor", "en": "Severity"},
    "col.code": {"da": "Kode", "en": "Code"},
    "col.name": {"da": "Navn", "en": "Name"},
    "col.title": {"da": "Titel", "en": "Title"},
    "col.message": {"da": "Besked", "en": "Message"},
    "col.old": {"da": "Før", "en": "Before"},
    "col.new": {"da": "Efter", "en": "After"},
    "col.old_baseline": {"da": "Udgangspunkt før", "en": "Baseline before"},
    "col.new_baseline": {"da": "Udgangspunkt efter", "en": "Baseline after"},
    "col.overlap": {"da": "Overlap", "en": "Overlap"},
    "col.score": {"da": "Match", "en": "Match"},
    "col.status": {"da": "Status", "en": "Status"},
    "col.document": {"da": "Dokument", "en": "Document"},
    # values
    "verdict.consistent": {"da": "konsistent", "en": "consistent"},
    "verdict.consistent_with_hedge": {"da": "konsistent med forbehold", "en": "consistent with hedge"},
    "verdict.inconsistent": {"da": "inkonsistent", "en": "inconsistent"},
    "verdict.unverifiable": {"da": "kan ikke efterprøves", "en": "unverifiable"},
    "verdict.unresolved": {"da": "uafklaret", "en": "unresolved"},
    "severity.error": {"da": "fejl", "en": "error"},
    "severity.warning": {"da": "advarsel", "en": "warning"},
    "severity.info": {"da": "note", "en": "info"},
    "status.unchanged": {"da": "uændret", "en": "unchanged"},
    "status.changed": {"da": "ændret", "en": "changed"},
    "status.appeared": {"da": "ny", "en": "appeared"},
    "status.vanished": {"da": "forsvundet", "en": "vanished"},
    "status.repeated": {"da": "gentaget", "en": "repeated"},
    "direction.up": {"da": "op", "en": "up"},
    "direction.down": {"da": "ned", "en": "down"},
    "kind.change": {"da": "ændring", "en": "change"},
    "kind.level": {"da": "niveau", "en": "level"},
    "overlap.drift": {"da": "intet overlap (drift)", "en": "no overlap (drift)"},
    "overlap.unknown": {"da": "–", "en": "–"},
    # findings made here
    "drift.message": {
        "da": "Udgangspunktet er flyttet mellem udkastene: {old_figures} kræver {old_baseline}, "
        "{new_figures} kræver {new_baseline}; de overlapper ikke",
        "en": "The baseline moved between drafts: {old_figures} needs {old_baseline}, "
        "{new_figures} needs {new_baseline}; they do not overlap",
    },
    "kind.message": {
        "da": "Målet tæller noget andet end i det forrige udkast: {old_figures} er {old_kind}, {new_figures} "
        "er {new_kind}; udgangspunkterne kan ikke sammenlignes",
        "en": "The goal counts another kind of thing than in the earlier draft: {old_figures} is {old_kind}, "
        "{new_figures} is {new_kind}; their baselines cannot be compared",
    },
    "measure.count": {"da": "et antal", "en": "a count"},
    "measure.share": {"da": "en andel", "en": "a share"},
    "measure.money": {"da": "et beløb", "en": "an amount of money"},
    "measure.None": {"da": "uklart", "en": "unclear"},
    "overlap.kind": {"da": "anden slags: {old} → {new}", "en": "other kind: {old} → {new}"},
    # CLI
    "cli.error": {"da": "fejl", "en": "error"},
    "cli.no_such_path": {"da": "{path}: findes ikke", "en": "{path}: no such file or folder"},
    "cli.no_papers": {"da": "{path}: ingen dokumenter fundet", "en": "{path}: no papers found"},
    "cli.no_match": {"da": "{path}: intet matcher mønsteret", "en": "{path}: nothing matches the pattern"},
    "cli.os_error": {"da": "{path}: {reason}", "en": "{path}: {reason}"},
    "cli.internal": {
        "da": "intern fejl: {reason} (kør med --debug for detaljer)",
        "en": "internal error: {reason} (run with --debug for details)",
    },
    "cli.interrupted": {"da": "afbrudt", "en": "interrupted"},
    "cli.unknown_rule": {"da": "ukendt regel: {rule}", "en": "unknown rule: {rule}"},
    "cli.exists": {
        "da": "{path}: findes allerede (brug --force for at overskrive)",
        "en": "{path}: already exists (use --force to overwrite)",
    },
    "cli.bad_format": {
        "da": "formatet {format!r} kan ikke bruges med {command}; vælg et af: {choices}",
        "en": "format {format!r} is not available for {command}; choose one of: {choices}",
    },
    "cli.bad_suffix": {
        "da": "{path}: endelsen {suffix} svarer ikke til noget format; brug en af {suffixes} "
        "eller vælg formatet med --format ({formats})",
        "en": "{path}: the suffix {suffix} names no report format; use one of {suffixes} "
        "or choose the format with --format ({formats})",
    },
    "cli.wrote": {"da": "skrev {path}", "en": "wrote {path}"},
    "cli.annotated": {
        "da": "skrev {path} med {comments} kommentar(er)",
        "en": "wrote {path} with {comments} comment(s)",
    },
    "cli.progress": {"da": "Tjekker", "en": "Checking"},
}


def t(key: str, lang: str, /, **values: object) -> str:
    """The string ``key`` in ``lang`` ("da" or "en"), with ``values`` filled in.

    An unknown language falls back to English. Raises ``KeyError`` for an unknown key (a programming error).

    >>> t("status.changed", "da"), t("cli.no_such_path", "en", path="x.txt")
    ('ændret', 'x.txt: no such file or folder')
    """
    entry = _STRINGS[key]
    text = entry.get(lang, entry["en"])
    return text.format(**values) if values else text


def count(number: int, noun: str, lang: str) -> str:
    """``number`` with ``noun`` in the right form: singular for exactly one, plural otherwise.

    >>> count(1, "warning", "en"), count(2, "warning", "en")
    ('1 warning', '2 warnings')
    >>> count(1, "warning", "da"), count(0, "warning", "da")
    ('1 advarsel', '0 advarsler')
    """
    one, _, many = t(f"noun.{noun}", lang).partition("|")
    return f"{number} {one if number == 1 else many}"


def label(group: str, value: object, lang: str) -> str:
    """The label of an enum value: ``label("verdict", Verdict.CONSISTENT, "da")``; unknown values as given."""
    raw = str(getattr(value, "value", value))
    key = f"{group}.{raw}"
    return t(key, lang) if key in _STRINGS else raw


def environment_language(environ: dict[str, str] | None = None) -> UILanguage:
    """The UI language the environment asks for: "da" when LC_ALL, LC_MESSAGES or LANG start with "da"."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def _keys() -> dict[str, dict[str, str]]:
    """All strings (for tests)."""
    return _STRINGS
