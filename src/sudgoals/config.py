"""Configuration: which rules run, how severe they are, which rounding and hedge policy, which language.

Read from ``[tool.sudgoals]`` in ``pyproject.toml`` or from the top level of a ``sudgoals.toml``, whichever is
nearest above the paper (in one folder, ``sudgoals.toml`` wins)::

    [tool.sudgoals]
    select = ["ALL"]                  # rule codes, code prefixes ("SG1") or names; "ALL" for every rule
    ignore = ["goal-unquantified"]
    severity = { SG202 = "warning", "figure-unlinked" = "info" }
    rounding = "nearest"              # see sudgoals.numbers.Rounding
    hedges = "standard"               # "none", "standard", "wide"
    count-rounding = "exact"          # how a whole count such as "150 flere" is read
    language = "auto"                 # the paper's: "auto" (detected), "da", "en", "nb" or "sv"
    fail-on = "error"                 # "error", "warning", "info" or "never"

Keys may be written with ``-`` or ``_``. An unknown key, a value of the wrong type or an unknown rule,
rounding or hedge name raises :class:`~sudgoals.errors.SpecError` naming the file, the line and the key.
When both a ``select`` and an ``ignore`` entry match a rule, the more specific one wins (a name beats
``SG101`` beats ``SG1`` beats ``ALL``); on a tie, ``ignore`` wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, Self

from sudgoals import _regex
from sudgoals import _toml as tomllib
from sudgoals.errors import PolicyError, SpecError
from sudgoals.model import Finding, Severity

if TYPE_CHECKING:
    from sudgoals.numbers import Policy
    from sudgoals.rules import Rule

__all__ = ["CONFIG_FILES", "Config", "FailOn", "LanguageChoice"]

LanguageChoice = Literal["auto", "da", "en", "nb", "sv"]
FailOn = Literal["error", "warning", "info", "never"]

CONFIG_FILES: Final = ("sudgoals.toml", "pyproject.toml")
"""The files :meth:`Config.load` looks for in each folder, in order of precedence."""

_KEYS: Final = (
    "select",
    "ignore",
    "severity",
    "rounding",
    "hedges",
    "count_rounding",
    "language",
    "fail_on",
    "max_bytes",
    "max_figures",
    "max_unlinked",
)
DEFAULT_MAX_BYTES: Final = 50_000_000  # a larger file is refused with a message saying how to raise this
# the most places a figure can stand in one document before it is refused (the largest real paper we have
# holds 57; a document of nothing but figures costs a target or a finding each, so memory grows with them)
DEFAULT_MAX_FIGURES: Final = 10_000
# above this many figures tied to no target, SG801 reports them once, with a count, instead of one each
DEFAULT_MAX_UNLINKED: Final = 1_000
# "auto" and every language with a folder in sudgoals/lang (a test holds them to sudgoals.lang.LANGUAGES)
_LANGUAGES: Final = ("auto", "da", "en", "nb", "sv")
_FAIL_ON: Final = ("error", "warning", "info", "never")
_SEVERITIES: Final = tuple(s.value for s in Severity)
_PREFIX: Final = _regex.compile(r"SG[0-9]{0,3}")


class _Problem(Exception):
    """A bad value found while validating (key, nested key, message); turned into SpecError or PolicyError."""

    def __init__(self, key: str, message: str, subkey: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.subkey = subkey
        self.message = message


def _selector_specificity(entry: str, rule: Rule) -> int | None:
    """How specifically ``entry`` names ``rule``: ALL 0, a code prefix its length, the name 10; None: not."""
    text = entry.strip()
    if text.upper() == "ALL":
        return 0
    if text.lower() == rule.name:
        return 10
    upper = text.upper()
    if _PREFIX.fullmatch(upper) and rule.code.startswith(upper):
        return len(upper)
    return None


def _check_selector(key: str, entry: object, subkey: str | None = None) -> str:
    from sudgoals.rules import all_rules

    if not isinstance(entry, str) or not entry.strip():
        raise _Problem(key, f"expected a rule code, code prefix or name, got {entry!r}", subkey)
    if not any(_selector_specificity(entry, rule) is not None for rule in all_rules()):
        raise _Problem(key, f"no rule matches {entry!r} (see `sudgoals rules`)", subkey or entry)
    return entry.strip()


def _check_choice(key: str, value: object, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _Problem(key, f"expected one of {', '.join(repr(c) for c in choices)}, got {value!r}")
    return value


def _normalise(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validated configuration values from a raw mapping (keys with ``-`` or ``_``).

    Raises :class:`_Problem` for the first unknown key or bad value.
    """
    out: dict[str, Any] = {}
    for given, value in raw.items():
        key = given.replace("-", "_")
        if key not in _KEYS:
            raise _Problem(
                given, f"unknown key; expected one of {', '.join(k.replace('_', '-') for k in _KEYS)}"
            )
        if key in ("select", "ignore"):
            entries = [value] if isinstance(value, str) else value
            if not isinstance(entries, list | tuple):
                raise _Problem(given, f"expected a list of rule codes or names, got {value!r}")
            out[key] = tuple(_check_selector(given, entry) for entry in entries)
        elif key == "severity":
            if not isinstance(value, Mapping):
                raise _Problem(given, f"expected a table of rule = severity, got {value!r}")
            table: dict[str, Severity] = {}
            for rule, level in value.items():
                _check_selector(given, rule, subkey=str(rule))
                if not isinstance(level, str) or level not in _SEVERITIES:
                    raise _Problem(
                        given,
                        f"severity of {rule!r} must be one of {', '.join(_SEVERITIES)}, got {level!r}",
                        str(rule),
                    )
                table[str(rule).strip()] = Severity(level)
            out[key] = table
        elif key == "language":
            out[key] = _check_choice(given, value, _LANGUAGES)
        elif key == "fail_on":
            out[key] = _check_choice(given, value, _FAIL_ON)
        elif key in ("max_bytes", "max_figures", "max_unlinked"):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                what = "bytes" if key == "max_bytes" else "figures"
                raise _Problem(given, f"expected a positive whole number of {what}, got {value!r}")
            out[key] = value
        else:
            if not isinstance(value, str):
                raise _Problem(given, f"expected a policy name, got {value!r}")
            out[key] = value
    names = {k: out[k] for k in ("rounding", "hedges", "count_rounding") if k in out}
    if names:
        from sudgoals.numbers import Policy

        for key, value in names.items():
            try:
                Policy.from_names(**{key: value})
            except PolicyError as exc:
                raise _Problem(_given_key(raw, key), exc.message) from None
    return out


def _given_key(raw: Mapping[str, Any], key: str) -> str:
    for given in raw:
        if given.replace("-", "_") == key:
            return given
    return key


_DEFAULTS: Final[dict[str, Any]] = {
    "select": ("ALL",),
    "ignore": (),
    "severity": {},  # copied for each Config
    "rounding": "nearest",
    "hedges": "standard",
    "count_rounding": "exact",
    "language": "auto",
    "fail_on": "error",
    "max_bytes": DEFAULT_MAX_BYTES,  # the largest file read; raise it with max-bytes = ... in sudgoals.toml
    "max_figures": DEFAULT_MAX_FIGURES,  # the most figure places in one document; max-figures = ...
    "max_unlinked": DEFAULT_MAX_UNLINKED,  # SG801 one by one up to this many, then once with a count
    "source": None,  # the file this configuration was read from, if any
}
_set = object.__setattr__


class Config:
    """How sudgoals checks: selected and ignored rules, severity overrides, policies, language, fail level.

    Immutable. Build it with :meth:`load` (nearest configuration file), :meth:`from_file`, or directly;
    :meth:`merged` applies command-line options on top. Direct construction validates like a file does and
    raises ``pydantic.ValidationError`` for a bad value.

    A plain class with ``__slots__``: the defaults (a check without a configuration file or options) are
    built without pydantic, which is imported only to validate given values (``sudgoals._validated``).
    """

    __slots__ = tuple(_DEFAULTS)
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: dict[str, Severity]
    rounding: str
    hedges: str
    count_rounding: str
    language: LanguageChoice
    fail_on: FailOn
    max_bytes: int
    max_figures: int
    max_unlinked: int
    source: str | None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            select: Sequence[str] = ("ALL",),
            ignore: Sequence[str] = (),
            severity: Mapping[str, Severity | str] | None = None,
            rounding: str = "nearest",
            hedges: str = "standard",
            count_rounding: str = "exact",
            language: LanguageChoice = "auto",
            fail_on: FailOn = "error",
            max_bytes: int = DEFAULT_MAX_BYTES,
            max_figures: int = DEFAULT_MAX_FIGURES,
            max_unlinked: int = DEFAULT_MAX_UNLINKED,
            source: str | None = None,
        ) -> None: ...

    else:

        def __init__(self, **values: Any) -> None:
            if values:
                from sudgoals._validated import ConfigModel

                values = ConfigModel.model_validate(values).__dict__
            self._fill(values)

    def _fill(self, values: Mapping[str, Any]) -> None:
        for name, default in _DEFAULTS.items():
            value = values.get(name, default)
            _set(self, name, dict(value) if name == "severity" and value is default else value)

    @classmethod
    def _checked(cls, values: Mapping[str, Any]) -> Self:
        """A Config of values that are already valid (not validated again)."""
        made = cls.__new__(cls)
        made._fill(values)
        return made

    def __setattr__(self, name: str, value: object) -> None:
        from sudgoals.model import frozen_error

        raise frozen_error("Config", name, value)

    def __delattr__(self, name: str) -> None:
        from sudgoals.model import frozen_error

        raise frozen_error("Config", name, None)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # the severity overrides are a dict

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Config({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Config._checked, ({name: getattr(self, name) for name in self.__slots__},))

    def model_copy(self, *, update: Mapping[str, Any] | None = None) -> Config:
        """A copy with ``update`` applied, not validated (as pydantic's ``model_copy``)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(update or {})
        return Config._checked(values)

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """The configuration as a dict, by pydantic's ``model_dump`` (same options)."""
        from sudgoals._validated import ConfigModel

        values = {name: getattr(self, name) for name in self.__slots__}
        dumped: dict[str, Any] = ConfigModel.model_construct(**values).model_dump(**options)
        return dumped

    @classmethod
    def model_validate(cls, obj: Any) -> Config:
        """Validate a mapping of values (keys as the field names) as a configuration file is validated;
        raises ``pydantic.ValidationError`` for a bad value."""
        from sudgoals._validated import ConfigModel

        return Config._checked(ConfigModel.model_validate(obj).__dict__)

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, start: Path | str) -> Config:
        """The configuration nearest above ``start`` (a file or folder), or the defaults when there is none.

        In each folder from ``start`` up to the root, a ``sudgoals.toml`` is used; else a ``pyproject.toml``
        that has a ``[tool.sudgoals]`` table. Raises :class:`~sudgoals.errors.SpecError` for a file that is
        found but invalid (see :meth:`from_file`).
        """
        path = Path(start).resolve()
        folder = path if path.is_dir() else path.parent
        for candidate in (folder, *folder.parents):
            own = candidate / "sudgoals.toml"
            if own.is_file():
                return cls.from_file(own)
            project = candidate / "pyproject.toml"
            if project.is_file() and _has_table(project):
                return cls.from_file(project)
        return cls.defaults()

    @classmethod
    def defaults(cls) -> Config:
        """The default configuration (the same as ``Config()``), built without pydantic."""
        return cls()

    @classmethod
    def from_file(cls, path: Path | str) -> Config:
        """The configuration in ``path``: ``[tool.sudgoals]`` of a ``pyproject.toml``, else the top level.

        Raises :class:`~sudgoals.errors.SpecError` with the file, line and key for a file that cannot be
        read, is not valid TOML, has an unknown key, a value of the wrong type, or names an unknown rule,
        severity, rounding or hedge policy, language or fail level.
        """
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(file, f"cannot read the configuration: {exc}") from None
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"line (\d+)", str(exc))
            raise SpecError(
                file, f"not valid TOML: {exc}", line=int(found.group(1)) if found else None
            ) from None
        table_path: tuple[str, ...] = ()
        table: Any = document
        if file.name == "pyproject.toml":
            table_path = ("tool", "sudgoals")
            table = (
                document.get("tool", {}).get("sudgoals") if isinstance(document.get("tool"), dict) else None
            )
            if table is None:
                return cls(source=str(file))
        if not isinstance(table, dict):
            raise SpecError(
                file, "[tool.sudgoals] must be a table", line=_line_of(text, table_path[:-1], "sudgoals")
            )
        try:
            values = _normalise(table)
        except _Problem as problem:
            line = _line_of(text, table_path, problem.key, problem.subkey)
            key = f"{problem.key}.{problem.subkey}" if problem.subkey else problem.key
            raise SpecError(file, problem.message, line=line, key=key) from None
        return cls._checked({**values, "source": str(file)})  # _normalise validated every value

    # ------------------------------------------------------------------ using

    def merged(self, **overrides: object) -> Config:
        """A copy with command-line ``overrides`` applied; ``None`` values are left out.

        Keys are the field names (``select``, ``ignore``, ``severity``, ``rounding``, ``hedges``,
        ``count_rounding``, ``language``, ``fail_on``); ``select``/``ignore`` accept a list or a
        comma-separated string and replace the configured ones; ``severity`` entries are added to the
        configured ones. Raises ``TypeError`` for an unknown key and :class:`~sudgoals.errors.PolicyError`
        for a bad value.
        """
        unknown = sorted(set(overrides) - set(_KEYS))
        if unknown:
            raise TypeError(f"unknown configuration option(s): {', '.join(unknown)}")
        given: dict[str, Any] = {}
        for key, value in overrides.items():
            if value is None:
                continue
            if key in ("select", "ignore") and isinstance(value, str):
                given[key] = [part for part in (p.strip() for p in value.split(",")) if part]
            else:
                given[key] = value
        try:
            values = _normalise(given)
        except _Problem as problem:
            where = f"{problem.key} {problem.subkey!r}" if problem.subkey else problem.key
            raise PolicyError(f"{where}: {problem.message}") from None
        if not values:
            return self  # nothing to change (and nothing to validate)
        if "severity" in values:
            values["severity"] = {**self.severity, **values["severity"]}
        current = {name: getattr(self, name) for name in self.__slots__}
        current.update(values)
        return Config._checked(current)  # the current values are valid, and _normalise validated the new

    def policy(self) -> Policy:
        """The :class:`~sudgoals.numbers.Policy` named by ``rounding``, ``hedges`` and ``count_rounding``.

        Raises :class:`~sudgoals.errors.PolicyError` for an unknown name (validation makes that unlikely).
        """
        from sudgoals.numbers import Policy

        return Policy.from_names(self.rounding, self.hedges, self.count_rounding)

    def is_enabled(self, rule: Rule) -> bool:
        """True when ``rule`` is selected and not ignored (the more specific entry wins; a tie ignores)."""
        chosen = max(
            (s for e in self.select if (s := _selector_specificity(e, rule)) is not None), default=-1
        )
        dropped = max(
            (s for e in self.ignore if (s := _selector_specificity(e, rule)) is not None), default=-1
        )
        return chosen >= 0 and chosen > dropped

    def severity_of(self, rule: Rule) -> Severity:
        """The severity of ``rule``: the most specific override, else the rule's default."""
        best: tuple[int, Severity] | None = None
        for entry, level in self.severity.items():
            specificity = _selector_specificity(entry, rule)
            if specificity is not None and (best is None or specificity >= best[0]):
                best = (specificity, level)
        return best[1] if best is not None else rule.severity

    def selected_rules(self) -> tuple[Rule, ...]:
        """Every enabled rule, in code order."""
        from sudgoals.rules import all_rules

        return tuple(rule for rule in all_rules() if self.is_enabled(rule))

    def fails(self, findings: Iterable[Finding]) -> bool:
        """True when a finding is at or above ``fail_on`` (never with ``fail_on="never"``)."""
        if self.fail_on == "never":
            return False
        threshold = Severity(self.fail_on).rank
        return any(f.severity.rank >= threshold for f in findings)


# ---------------------------------------------------------------------------------------------- file lines


def _has_table(pyproject: Path) -> bool:
    """Whether ``pyproject`` has a ``[tool.sudgoals]`` table (``True`` for a file that cannot be read, so that
    :meth:`Config.from_file` reports what is wrong with it).

    A file in which no line can open or set the table (see :func:`_may_have_table`) is passed over without
    being parsed: most projects' ``pyproject.toml`` has none, and parsing it imported the TOML parser on every
    cold check. Only a file that may have the table is parsed (and reported when it is not valid TOML).
    """
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True
    if not _may_have_table(text):
        return False
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return True  # let from_file report what is wrong with it
    tool = document.get("tool")
    return isinstance(tool, dict) and "sudgoals" in tool


def _may_have_table(text: str) -> bool:
    """Whether a line of ``text`` may open or set ``[tool.sudgoals]``: a table header under it (``[[...]]``
    too), a key whose full dotted name starts with ``tool.sudgoals``, or an inline ``tool = {...}``. Keys
    may be quoted and spaced; a false "may" only costs a parse."""
    if "sudgoals" not in text:
        return False
    current: tuple[str, ...] = ()
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            current = _dotted(stripped.strip("[").split("]", 1)[0])
            if current[:2] == ("tool", "sudgoals"):
                return True
            continue
        parts = _line_key(line)
        if parts is None:
            continue
        full = current + parts
        if full[:2] == ("tool", "sudgoals") or full == ("tool",):
            return True
    return False


_HEADER = _regex.compile(r"\s*\[(?!\[)([^\]]*)\]\s*(?:#.*)?$")
_KEY_PART = _regex.compile(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)")


def _dotted(text: str) -> tuple[str, ...]:
    return tuple(a or b or c for a, b, c in _KEY_PART.findall(text))


def _line_key(line: str) -> tuple[str, ...] | None:
    """The (dotted) key a ``key = value`` line sets, or ``None``."""
    stripped = line.strip()
    if not stripped or stripped.startswith(("#", "[")):
        return None
    head, sep, _ = stripped.partition("=")
    if not sep:
        return None
    return _dotted(head)


def _line_of(text: str, table: tuple[str, ...], key: str, subkey: str | None = None) -> int | None:
    """The 1-based line where ``key`` (and within it ``subkey``) is set in table ``table``, if found.

    Understands ``[table]`` headers, dotted keys (``severity.SG101 = ...``), sub-tables
    (``[tool.sudgoals.severity]``) and inline tables (``severity = { SG101 = ... }``). Falls back to the
    line of the key, then of the table header.
    """
    current: tuple[str, ...] = ()
    key_line: int | None = None
    header_line: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = _dotted(header.group(1))
            if current == table and header_line is None:
                header_line = number
            if subkey is None and current == (*table, key) and key_line is None:
                key_line = number
            continue
        parts = _line_key(line)
        if parts is None:
            continue
        full = current + parts
        if full[: len(table) + 1] != (*table, key):
            continue
        rest = full[len(table) + 1 :]
        if subkey is None:
            return number
        if rest == (subkey,):
            return number
        if not rest and re.search(r"(?<![\w-])[\"']?" + re.escape(subkey) + r"[\"']?\s*=", line):
            return number
        if key_line is None:
            key_line = number
    return key_line if key_line is not None else header_line
