"""The building blocks of a rule: its texts in each language, what a check reports, the context it runs in.

A rule module holds immutable :class:`Rule` specs. A rule's ``detect`` function looks at a
:class:`~sudgoals.model.Paper` and yields :class:`Hit` records (where, which target, the message in both
languages, the exact numbers); :meth:`Rule.check` turns them into :class:`~sudgoals.model.Finding` records
that carry the rule's code, name and severity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Final, Literal

from sudgoals import _regex
from sudgoals._frozen import Frozen
from sudgoals.errors import SudgoalsError
from sudgoals.model import Finding, Language, Paper, Severity, Span, Suggestion, replace, trusted

if TYPE_CHECKING:
    from sudgoals.lang import LanguageData

__all__ = [
    "CODE_PATTERN",
    "HEADINGS",
    "NAME_PATTERN",
    "Hit",
    "Rule",
    "RuleContext",
    "RuleText",
    "UnknownRuleError",
    "with_suggestions",
]

CODE_PATTERN: Final = _regex.compile(r"SG[1-9][0-9]{2}")
"""Every rule code: ``SG`` and three digits; the first digit is the family (SG1xx pair consistency ...)."""

NAME_PATTERN: Final = _regex.compile(r"[a-z]+(?:-[a-z]+)*")
"""Every rule name: kebab-case words that say what the rule flags."""

HEADINGS: Final[Mapping[str, tuple[str, str, str, str, str]]] = {
    "en": ("What it checks", "Why it matters", "Example that fires", "Example that passes", "How to fix"),
    "da": (
        "Hvad den tjekker",
        "Hvorfor det er vigtigt",
        "Eksempel der udløser",
        "Eksempel der består",
        "Sådan retter du",
    ),
}
"""The five headings of every explanation, in the same order in each language."""


class UnknownRuleError(SudgoalsError, KeyError):
    """Raised by :func:`sudgoals.rules.get_rule` for a code or name that no rule has."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule

    def __str__(self) -> str:
        return f"unknown rule {self.rule!r}: see `sudgoals rules` for the list"


_set = object.__setattr__  # how the immutable classes below set their fields


class RuleText(Frozen):
    """A rule's title and explanation in one language; the examples are goal-paper text in that language."""

    __slots__ = ("title", "what", "why", "fire_example", "pass_example", "fix")  # noqa: RUF023
    title: str
    what: str
    why: str
    fire_example: str
    pass_example: str
    fix: str

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self, title: str, what: str, why: str, fire_example: str, pass_example: str, fix: str
    ) -> None:
        _set(self, "title", title)
        _set(self, "what", what)
        _set(self, "why", why)
        _set(self, "fire_example", fire_example)
        _set(self, "pass_example", pass_example)
        _set(self, "fix", fix)

    def sections(self) -> tuple[str, str, str, str, str]:
        """The five sections, in heading order."""
        return (self.what, self.why, self.fire_example, self.pass_example, self.fix)


class Hit(Frozen):
    """What a rule found at one place, before it becomes a :class:`~sudgoals.model.Finding`.

    ``da``/``en`` are the message in each language, with the numbers; ``data`` holds the same numbers as
    exact strings ("811", "1.4", "7/5") that ``fractions.Fraction`` reads back. ``suggestions`` say what
    would make the figures hold (their ``messages`` in both languages); the finding's message ends with them.
    """

    __slots__ = ("span", "da", "en", "target", "data", "suggestions")  # noqa: RUF023
    span: Span | None
    da: str
    en: str
    target: str | None
    data: Mapping[str, str]
    suggestions: tuple[Suggestion, ...]

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        span: Span | None,
        da: str,
        en: str,
        target: str | None = None,
        data: Mapping[str, str] | None = None,
        suggestions: tuple[Suggestion, ...] = (),
    ) -> None:
        _set(self, "span", span)
        _set(self, "da", da)
        _set(self, "en", en)
        _set(self, "target", target)
        _set(self, "data", {} if data is None else data)
        _set(self, "suggestions", suggestions)


class RuleContext(Frozen):
    """What a rule may consult besides the paper: the language data and the message language.

    ``language`` is the language messages are written in (``Finding.message``); ``data`` is the word list of
    the paper's own language (rate words, weak direction words ...). ``memo`` lets rules of one family share
    work done on the same paper (a context serves one paper).
    """

    __slots__ = ("language", "data", "policy", "memo", "max_unlinked")  # noqa: RUF023
    language: Language
    data: LanguageData
    policy: object | None
    memo: dict[object, object]
    # above this many unlinked figures SG801 reports them once, with a count (None: one finding each)
    max_unlinked: int | None

    def __init__(
        self,
        language: Language,
        data: LanguageData,
        policy: object | None = None,
        memo: dict[object, object] | None = None,
        max_unlinked: int | None = None,
    ) -> None:
        _set(self, "language", language)
        _set(self, "data", data)
        _set(self, "policy", policy)
        _set(self, "memo", {} if memo is None else memo)
        _set(self, "max_unlinked", max_unlinked)

    @classmethod
    def for_paper(
        cls,
        paper: Paper,
        *,
        language: str = "auto",
        policy: object | None = None,
        max_unlinked: int | None = None,
    ) -> RuleContext:
        """The context for ``paper``: messages in ``language``, or in the paper's language when "auto" (a
        Norwegian or Swedish paper, or ``language``, gets the message language its data file names).

        Raises ``ValueError`` for a language other than "auto" and those of ``sudgoals.lang.LANGUAGES``.
        """
        from sudgoals.lang import LANGUAGES, load

        if language != "auto" and language not in LANGUAGES:
            raise ValueError(f"{language=} must be 'auto' or one of {', '.join(LANGUAGES)}")
        from sudgoals.i18n import ui_language

        lang: Language = ui_language(paper.language) if language == "auto" else ui_language(language)
        return cls(language=lang, data=load(paper.language), policy=policy, max_unlinked=max_unlinked)


Detect = Callable[[Paper, RuleContext], Iterable[Hit]]

_SUGGESTION_WORDS: Final = {"da": ("Forslag", "eller"), "en": ("Suggestion", "or")}


def with_suggestions(message: str, suggestions: Iterable[Suggestion], lang: str) -> str:
    """``message`` followed by the suggestions' texts in ``lang``, as alternatives.

    >>> s = Suggestion(figure="relative", value=15, text="", messages={"en": "1,000 gives 15%"})
    >>> with_suggestions("150 more and 18% need 811–857", [s], "en")
    '150 more and 18% need 811–857. Suggestion: 1,000 gives 15%'
    """
    head, alternative = _SUGGESTION_WORDS["da" if lang == "da" else "en"]
    texts = [s.messages.get(lang, s.text) for s in suggestions]
    if not texts:
        return message
    return f"{message}. {head}: " + f"; {alternative} ".join(texts)


def _nothing(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    return iter(())


class Rule(Frozen):
    """One named check: a stable code, a kebab-case name, a default severity, and texts in Danish and English.

    ``scope`` is "document" for rules that look at one paper, "documents" for rules raised across papers
    (``baseline-drift``, reported by :mod:`sudgoals.reconcile`); the latter find nothing in :meth:`check`.
    """

    __slots__ = ("code", "name", "severity", "da", "en", "detect", "scope")  # noqa: RUF023
    code: str
    name: str
    severity: Severity
    da: RuleText
    en: RuleText
    detect: Detect
    scope: Literal["document", "documents"]

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        code: str,
        name: str,
        severity: Severity,
        da: RuleText,
        en: RuleText,
        detect: Detect = _nothing,
        scope: Literal["document", "documents"] = "document",
    ) -> None:
        _set(self, "code", code)
        _set(self, "name", name)
        _set(self, "severity", severity)
        _set(self, "da", da)
        _set(self, "en", en)
        _set(self, "detect", detect)
        _set(self, "scope", scope)

    @property
    def family(self) -> int:
        """The family digit of the code: 1 for SG1xx, ..."""
        return int(self.code[2])

    def text(self, lang: str = "en") -> RuleText:
        """The texts in ``lang`` ("da" or "en"); raises ``ValueError`` for another language."""
        if lang == "da":
            return self.da
        if lang == "en":
            return self.en
        raise ValueError(f"{lang=} must be 'da' or 'en'")

    def title(self, lang: str = "en") -> str:
        """The one-line title in ``lang``; raises ``ValueError`` for a language other than "da" and "en"."""
        return self.text(lang).title

    def explanation(self, lang: str = "en") -> str:
        """The explanation in ``lang`` under the five headings of :data:`HEADINGS` (Markdown).

        The examples are indented by four spaces, so they read as quoted text and can be cut out again
        (the tests run them). Raises ``ValueError`` for a language other than "da" and "en".
        """
        text = self.text(lang)
        parts = [f"# {self.code} {self.name}: {text.title}"]
        for index, (heading, body) in enumerate(zip(HEADINGS[lang], text.sections(), strict=True)):
            parts.append(f"## {heading}")
            if index in (2, 3):
                parts.append("\n".join(("    " + line) if line else "" for line in body.splitlines()))
            else:
                parts.append(body)
        return "\n\n".join(parts) + "\n"

    def examples(self, lang: str = "da") -> tuple[str, str]:
        """``(fires, passes)``: the example texts in ``lang``."""
        text = self.text(lang)
        return text.fire_example, text.pass_example

    @property
    def fire_example(self) -> str:
        """The Danish example text this rule fires on (see :meth:`examples` for English)."""
        return self.da.fire_example

    @property
    def pass_example(self) -> str:
        """The Danish example text this rule stays silent on (see :meth:`examples` for English)."""
        return self.da.pass_example

    def finding(
        self, hit: Hit, *, language: str = "en", path: str = "<text>", severity: Severity | None = None
    ) -> Finding:
        """The :class:`~sudgoals.model.Finding` of ``hit``: message in ``language``, both in ``messages``.

        ``path`` is used when the hit has no span; ``severity`` overrides the rule's default.
        """
        span = hit.span
        messages = {"da": hit.da, "en": hit.en}
        lang = "da" if language == "da" else "en"
        suggestions = [replace(s, text=s.messages.get(lang, s.text)) for s in hit.suggestions]
        if hit.suggestions:
            messages = {
                code: with_suggestions(text, hit.suggestions, code) for code, text in messages.items()
            }
        # built from the rule's own typed values without validation (tests validate every finding)
        return trusted(
            Finding,
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            path=span.path if span is not None else path,
            line=span.line if span is not None else 1,
            column=span.column if span is not None else 1,
            message=messages[lang],
            target=hit.target,
            span=span,
            messages=messages,
            data=dict(hit.data),
            suggestions=suggestions,
        )

    def check(self, paper: Paper, ctx: RuleContext) -> Iterator[Finding]:
        """The findings of this rule on ``paper``, at the rule's default severity."""
        for hit in self.detect(paper, ctx):
            yield self.finding(hit, language=ctx.language, path=paper.path)
