"""Helpers the format readers share: optional imports, the zip-bomb guard, and quiet third-party parsing."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any

from sudgoals.errors import DocumentError, InputTooLargeError, MissingExtraError

if TYPE_CHECKING:
    import zipfile

# zipfile (with shutil, bz2, lzma) and logging are imported where a .docx/.odt/.pdf is read: a check of a
# text file, the usual cold start, needs neither

__all__ = ["MAX_ZIP_MEMBERS", "open_zip", "quiet", "require", "row_bars", "too_large"]

MAX_ZIP_MEMBERS = 20_000
"""More members than this in a .docx/.odt is refused: real documents have tens, a few hundred at most."""


def require(module: str, feature: str, extra: str) -> ModuleType:
    """Import an optional library, or raise :class:`MissingExtraError` naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(feature, extra, module.partition(".")[0]) from exc


def too_large(path: str, what: str, size: int, max_bytes: int) -> InputTooLargeError:
    """The error for input above the limit, saying how to raise it."""
    return InputTooLargeError(
        path,
        f"{what} is {size:,} bytes, above the limit of {max_bytes:,} bytes; "
        f"raise the limit with max-bytes = ... in sudgoals.toml ([tool.sudgoals] in pyproject.toml) or "
        f"max_bytes=... in the API if the file is genuine",
    )


def open_zip(data: bytes, path: str, *, max_bytes: int, kind: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip archive after checking what it would unpack to.

    Raises :class:`DocumentError` when it is not a zip archive or has more than :data:`MAX_ZIP_MEMBERS`
    members, and :class:`InputTooLargeError` when the members' declared sizes add up to more than
    ``max_bytes`` (a zip bomb, or a genuinely huge document). Python's zip reader never returns more than a
    member's declared size, so the check holds even when the archive lies.
    """
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError(
            path, f"not a valid {kind} file: it is not a readable zip archive ({exc})"
        ) from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise DocumentError(
            path, f"{kind} file has {len(infos):,} zip members, more than {MAX_ZIP_MEMBERS:,}"
        )
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max_bytes:
        raise too_large(path, f"the unpacked content of this {kind} file (a zip bomb?)", unpacked, max_bytes)
    return archive


@contextmanager
def quiet(*loggers: str) -> Iterator[None]:
    """Silence the named libraries' logging and all warnings while parsing a damaged file."""
    import logging

    saved = []
    for name in loggers:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.setLevel(logging.CRITICAL + 1)  # child loggers inherit the level
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in saved:
            logger.setLevel(level)


def row_bars(before: tuple[Any, int, int] | None, place: tuple[Any, int, int] | None) -> tuple[str, str]:
    """What a reader writes between two paragraphs in table rows, as ``(closing, opening)``: ``closing`` ends
    the row of the paragraph ``before`` (its empty cells after it, then the closing bar), ``opening`` opens
    the row of the next (its bar and the empty cells before it), or parts two cells of one row. ``before``
    and ``place`` are (row, cell index, count of cells) or None outside such rows; a cell's paragraphs are
    parted by a space, so that each cell keeps its column ("| Mål 2026 |  | 90 pct. |")."""
    if before is not None and place is not None and place[0] is before[0]:
        return "", " " if place[1] == before[1] else " | " * (place[1] - before[1])
    closing = " | " * (before[2] - 1 - before[1]) + " |" if before is not None else ""
    return closing, "| " + " | " * place[1] if place is not None else ""
