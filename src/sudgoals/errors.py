"""Typed errors.

Every error sudgoals raises derives from :class:`SudgoalsError` and also from the builtin that fits
(``ValueError``, ``OSError``, ...), so callers may catch either. Errors keep their structured fields
(``path``, ``line``, ``key``) and format them only in ``__str__``: the CLI prints ``str(error)`` as one line.
"""

from __future__ import annotations

import errno
from pathlib import Path

from sudgoals import _regex

__all__ = [
    "DocumentError",
    "DocumentNotFoundError",
    "DocumentPermissionError",
    "EncryptedDocumentError",
    "FigureSyntaxError",
    "InputTooLargeError",
    "MissingExtraError",
    "NeedsOCRError",
    "PolicyError",
    "SpecError",
    "SudgoalsError",
    "TooManyFiguresError",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
    "shown_path",
]


_ADDRESS = _regex.compile(r" at 0x[0-9a-fA-F]+")
_OBJECT_ID = _regex.compile(r"(\(\d+, \d+), \d{9,}\)")


class SudgoalsError(Exception):
    """Base class of every error sudgoals raises on purpose."""


def shown_path(path: str | Path) -> str:
    """``path`` as an error message shows it: a control character in it (a newline in a file name) written
    as its escape, so that the message stays one line and names the file unambiguously.

    >>> shown_path("to\nlinjer.txt")
    'to\\nlinjer.txt'
    """
    text = str(path)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _where(path: str | Path | None, line: int | None = None, column: int | None = None) -> str:
    if path is None:
        return ""
    out = shown_path(path)
    if line is not None:
        out += f":{line}"
        if column is not None:
            out += f":{column}"
    return out + ": "


class FigureSyntaxError(SudgoalsError, ValueError):
    """Raised when a string given as a stated figure ("18 pct.", "1.000") cannot be read."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text, reason)
        self.text = text
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot read figure {self.text!r}: {self.reason}"


class PolicyError(SudgoalsError, ValueError):
    """Raised for an unknown rounding or hedge policy name, or a bad configuration value."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        return _where(self.path, self.line) + self.message


class DocumentError(SudgoalsError, ValueError):
    """Raised when a file cannot be read as a goal paper (damaged, binary, empty of text...)."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None) -> None:
        super().__init__(str(path), message)
        self.path = str(path)
        # one line always (wrapped library messages may carry newlines), and the same for the same input:
        # pypdf and others print object addresses ("IndirectObject(13, 0, 140717068974352)", "at 0x7f..")
        text = " ".join(message.split())
        text = _ADDRESS.sub("", text)
        self.message = _OBJECT_ID.sub(r"\1)", text)
        self.line = line

    def __str__(self) -> str:
        return _where(self.path, self.line) + self.message


class DocumentNotFoundError(DocumentError, FileNotFoundError):
    """Raised for a path that does not exist (also a ``FileNotFoundError``, with ``errno``, ``strerror`` and
    ``filename`` set as the builtin sets them)."""

    def __init__(self, path: str | Path, message: str = "no such file or folder") -> None:
        super().__init__(path, message)
        self.errno = errno.ENOENT
        self.strerror = self.message
        self.filename = self.path

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # OSError pickles its errno fields as arguments; ours are rebuilt from the path and message
        return (type(self), (self.path, self.message))


class DocumentPermissionError(DocumentError, PermissionError):
    """Raised for a file or folder the user may not read (also a ``PermissionError``)."""

    def __init__(self, path: str | Path, message: str = "permission denied") -> None:
        super().__init__(path, message)
        self.errno = errno.EACCES
        self.strerror = self.message
        self.filename = self.path

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # OSError pickles its errno fields as arguments; ours are rebuilt from the path and message
        return (type(self), (self.path, self.message))


class UnsupportedFormatError(DocumentError):
    """Raised for a file whose type sudgoals has no reader for."""


class EncryptedDocumentError(DocumentError):
    """Raised for an encrypted PDF (or other protected document) that cannot be opened without a password."""


class UnsafeDocumentError(DocumentError):
    """Raised for a document built against its reader rather than written by an editor: an XML part that
    declares a DTD or entities (billion laughs, external entities that would read other files)."""


class NeedsOCRError(DocumentError):
    """Raised for a PDF with pages but no text layer: it must be run through OCR first."""


class InputTooLargeError(DocumentError):
    """Raised when a file exceeds the configured size limit (``max_bytes``); the limit can be raised."""


class TooManyFiguresError(InputTooLargeError):
    """Raised, before anything is extracted, for a document with more places a figure can stand than the
    configured limit (``max_figures``); the limit can be raised. Raised too, as soon as the limit is passed,
    for a document with more goals stated without a figure than that (``what`` names them): each becomes a
    finding, as each figure does."""

    def __init__(self, path: str | Path, limit: int, what: str = "places where a figure can stand") -> None:
        super().__init__(
            path,
            f"more than {limit:,} {what}, the limit per document; "
            f"raise the limit with max-figures = ... in sudgoals.toml ([tool.sudgoals] in pyproject.toml) "
            f"or max_figures=... in Config if the document is genuine",
        )
        self.limit = limit

    @classmethod
    def of_goals(cls, path: str | Path, limit: int) -> TooManyFiguresError:
        """The error for a document with more goals stated without a figure than ``limit``."""
        return cls(path, limit, "goals stated without a figure")


class MissingExtraError(SudgoalsError, ImportError):
    """Raised when an optional reader library is not installed; names the extra that installs it."""

    def __init__(self, feature: str, extra: str, module: str) -> None:
        super().__init__(feature, extra, module)
        self.feature = feature
        self.extra = extra
        self.module = module

    def __str__(self) -> str:
        return (
            f"reading {self.feature} needs the optional package {self.module!r}: "
            f"pip install 'sudgoals[{self.extra}]'"
        )


class SpecError(SudgoalsError, ValueError):
    """Raised when a spec or configuration file is invalid; names file, line and the offending key."""

    def __init__(
        self, path: str | Path, message: str, *, line: int | None = None, key: str | None = None
    ) -> None:
        super().__init__(str(path), message)
        self.path = str(path)
        self.message = message
        self.line = line
        self.key = key

    def __str__(self) -> str:
        key = f"{self.key}: " if self.key else ""
        return _where(self.path, self.line) + key + self.message
