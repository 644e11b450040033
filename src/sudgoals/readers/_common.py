"""Helpers the format readers share: optional imports, the zip-bomb guard, and quiet third-party parsing."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any

from sudgoals import _regex
from sudgoals.errors import (
    DocumentError,
    EncryptedDocumentError,
    InputTooLargeError,
    MissingExtraError,
    UnsafeDocumentError,
)

if TYPE_CHECKING:
    import zipfile

# zipfile (with shutil, bz2, lzma) and logging are imported where a .docx/.odt/.pdf is read: a check of a
# text file, the usual cold start, needs neither

__all__ = [
    "BYTES_PER_ELEMENT",
    "MAX_ZIP_MEMBERS",
    "joined_figures",
    "open_zip",
    "quiet",
    "require",
    "row_bars",
    "too_large",
    "unjoined_offset",
]

MAX_ZIP_MEMBERS = 20_000
"""More members than this in a .docx/.odt is refused: real documents have tens, a few hundred at most."""

BYTES_PER_ELEMENT = 100
"""A .docx/.odt may hold one XML element per this many bytes of ``max_bytes`` (500,000 elements under the
default limit; a 400-page report has fewer): the parsers build an object of several hundred bytes for each."""

_XML_SUFFIXES = (".xml", ".rels")
_ENCRYPTED = 0x1  # bit 0 of a zip member's general purpose flags: the member is encrypted


# Characters that show nothing: soft hyphen, Mongolian vowel separator, zero-width space, non-joiner and
# joiner, word joiner, and the byte-order mark used as a zero-width no-break space
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_IN_FIGURE = _regex.compile(f"(?<=[0-9])[{_INVISIBLE}]+(?=[0-9])")


def joined_figures(text: str) -> str:
    """``text`` without the invisible characters that stand between two digits: "1\\u200b50" shows as 150
    and is read as 150, not as 1 and 50 (a figure a reader sees must be the figure sudgoals reads). Nothing
    else is changed, so line numbers stay; a column after such a character on its line is one less.

    >>> joined_figures("1\\u200b50 flere, 1\\u00ad8 pct.")
    '150 flere, 18 pct.'
    """
    if text.isascii() or not any(char in text for char in _INVISIBLE):  # a search in C for each: fast
        return text
    return _INVISIBLE_IN_FIGURE.sub("", text)


def unjoined_offset(text: str) -> Callable[[int], int]:
    """For ``text`` as a reader made it, before :func:`joined_figures`: a function from an offset in the
    joined text to the same place in ``text`` (the invisible characters taken out counted back in).

    >>> [unjoined_offset("a 1\\u200b\\u200b50")(k) for k in (2, 3, 4)]
    [2, 5, 6]
    """
    import bisect

    places: list[int] = []
    counts: list[int] = []
    gone = 0
    for match in _INVISIBLE_IN_FIGURE.finditer(text):
        gone += match.end() - match.start()
        places.append(match.end() - gone)
        counts.append(gone)
    if not places:
        return lambda offset: offset
    totals = [0, *counts]

    def original(offset: int) -> int:
        return offset + totals[bisect.bisect_right(places, offset)]

    return original


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

    Raises :class:`DocumentError` when it is not a zip archive, has more than :data:`MAX_ZIP_MEMBERS`
    members or two members of one name; :class:`EncryptedDocumentError` when a member is encrypted;
    :class:`UnsafeDocumentError` for an XML part with a DTD; and :class:`InputTooLargeError` when the
    members' declared sizes add up to more than ``max_bytes`` (a zip bomb, or a genuinely huge document)
    or its XML parts hold more elements than ``max_bytes // BYTES_PER_ELEMENT``. Python's zip reader never
    returns more than a member's declared size, so the check holds even when the archive lies.
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
    names: set[str] = set()
    for info in infos:
        if info.flag_bits & _ENCRYPTED:
            raise EncryptedDocumentError(
                path, f"{kind} file is an encrypted zip archive (member {info.filename!r} needs a password)"
            )
        if info.filename in names:
            # the zip format lets a name come twice; which copy a reader takes is its own choice (Python's
            # the last, others the first), so what the document says is undefined
            raise DocumentError(
                path,
                f"{kind} file has two zip members named {info.filename!r}: which one is read is undefined",
            )
        names.add(info.filename)
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max_bytes:
        raise too_large(path, f"the unpacked content of this {kind} file (a zip bomb?)", unpacked, max_bytes)
    _check_xml_parts(archive, infos, path, kind=kind, max_elements=max_bytes // BYTES_PER_ELEMENT)
    return archive


def _check_xml_parts(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], path: str, *, kind: str, max_elements: int
) -> None:
    """Refuse XML parts built against their parser before it parses them: a DTD (``<!DOCTYPE``, where
    entities are declared: neither Word nor an OpenDocument writer writes one, and an entity is the way to a
    billion laughs or to ``file:///etc/passwd``) and more elements than ``max_elements`` in all (each costs
    the parser several hundred bytes: 18 MB of ``<w:p/>`` packed in 60 KB took 1 GB and 25 s)."""
    elements = 0
    for info in infos:
        if not info.filename.endswith(_XML_SUFFIXES):
            continue
        try:
            data = archive.read(info)
        except MemoryError:
            raise
        except Exception as exc:  # BadZipFile, zlib.error, EOFError, NotImplementedError (a method) ...
            raise DocumentError(
                path, f"damaged {kind} file: its member {info.filename!r} cannot be unpacked ({exc})"
            ) from exc
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data.count(0, 0, 200) > 20:
            # UTF-16 XML: look at it as UTF-8 (the markup is ASCII, so the counts are the same)
            data = data.decode("utf-16", "replace").encode("utf-8", "replace")
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise UnsafeDocumentError(
                path,
                f"{kind} file declares a DTD in {info.filename!r} (<!DOCTYPE>), which no word processor "
                f"writes: refused, its entities are not read",
            )
        elements += data.count(b"<") - data.count(b"</") - data.count(b"<?") - data.count(b"<!")
        if elements > max_elements:
            raise InputTooLargeError(
                path,
                f"the XML of this {kind} file has more than {max_elements:,} elements (one per "
                f"{BYTES_PER_ELEMENT} bytes of the size limit); raise the limit with max-bytes = ... in "
                f"sudgoals.toml ([tool.sudgoals] in pyproject.toml) or max_bytes=... in the API if the file "
                f"is genuine",
            )


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
