"""Read a goal paper from a file into a :class:`~sudgoals.model.Document`.

Formats: plain text and Markdown (``txt``, ``md``), ``html``, ``docx``, ``odt`` and ``pdf``. The format
comes from the content first (the ``%PDF`` mark, a zip archive holding ``word/document.xml`` or the
OpenDocument text mimetype, an opening ``<html`` or ``<!doctype``) and from the suffix otherwise; the
``format=`` argument overrides both. The libraries for HTML, DOCX, ODT and PDF are optional and imported
only when such a file is read; a missing one raises :class:`~sudgoals.errors.MissingExtraError` naming the
extra that installs it.

What a reader gives:

- ``txt``/``md``: the text exactly as in the file (but see invisible characters below), line endings kept
  (``\\r\\n`` and ``\\r`` are kept, so offsets point into the original); the encoding is detected
  (see :mod:`sudgoals.readers._text`).
- ``html``: the visible text, one heading, paragraph, list item or table cell per line.
- ``docx``/``odt``: one paragraph (list item, table-cell paragraph, heading) per line, so the line number is
  the paragraph number.
- ``pdf``: the text of each page without its running headers, footers and page numbers, a blank line
  between its paragraphs; pages joined with a line break and ``\\f``, ``page_starts`` set.

In every format an invisible character between two digits (a zero-width space, a soft hyphen ...) is taken
out, so that "1\\u200b50" is read as the 150 it shows (see :func:`~sudgoals.readers._common.joined_figures`).

An empty file gives a :class:`~sudgoals.model.Document` with empty text: there is nothing in it to lose, and
a checker then reports no targets. A file that has text the reader cannot get at raises instead (a PDF
without a text layer raises :class:`~sudgoals.errors.NeedsOCRError`).

Every failure is a :class:`~sudgoals.errors.SudgoalsError` naming the file: a missing path, a folder, an
unreadable file or a damaged document is a :class:`~sudgoals.errors.DocumentError`; a file, or the unpacked
content of a .docx/.odt, above ``max_bytes`` is an :class:`~sudgoals.errors.InputTooLargeError`.
"""

from __future__ import annotations

import glob
import io
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from sudgoals.errors import (
    DocumentError,
    DocumentNotFoundError,
    DocumentPermissionError,
    EncryptedDocumentError,
    UnsupportedFormatError,
)
from sudgoals.model import Document
from sudgoals.readers._common import joined_figures, too_large

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "SUPPORTED_SUFFIXES",
    "detect_format",
    "iter_paths",
    "read",
    "read_bytes",
]

DEFAULT_MAX_BYTES = 50_000_000
"""The default size limit: of a file, and of the unpacked content of a .docx or .odt."""

FORMATS = ("txt", "md", "html", "docx", "odt", "pdf")
"""The format names a :class:`~sudgoals.model.Document` can carry and ``format=`` accepts."""

_SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_SUFFIX_FORMATS)
"""File suffixes (lower case) that :func:`iter_paths` picks up in folders."""

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream an encrypted OOXML file keeps
_GLOB_CHARACTERS = frozenset("*?[")


def _sniff_zip(data: bytes, path: str, suffix_format: str | None) -> str:
    import zipfile

    from sudgoals.readers._odt import ODT_MIMETYPE

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names or (
                "[Content_Types].xml" in names and any(name.startswith("word/") for name in names)
            ):
                return "docx"
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if (
                    info.file_size <= 200
                    and not info.flag_bits & 0x1  # encrypted: the .odt reader says so
                    and archive.read(info).strip() == ODT_MIMETYPE.encode()
                ):
                    return "odt"
            if "content.xml" in names and suffix_format == "odt":
                return "odt"
    except Exception as exc:
        if suffix_format in ("docx", "odt"):
            raise DocumentError(
                path, f"damaged .{suffix_format} file: the zip archive cannot be read"
            ) from exc
        raise UnsupportedFormatError(path, "a damaged zip archive, not a goal paper") from exc
    if suffix_format in ("docx", "odt"):
        raise DocumentError(path, f"not a .{suffix_format} file: the zip archive lacks its main part")
    raise UnsupportedFormatError(path, "a zip archive that is neither a .docx nor an .odt document")


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = data[:2048].decode("utf-16").lstrip("\ufeff").lstrip().lower().encode("utf-8", "replace")
        except UnicodeDecodeError:
            return False
    return head.startswith((b"<!doctype html", b"<html", b"<!doctype"))


def detect_format(data: bytes, path: str, format: str | None = None) -> str:
    """The format of a file's content: one of :data:`FORMATS`.

    Raises :class:`UnsupportedFormatError` for an unknown ``format`` name or a zip archive of another kind,
    and :class:`DocumentError` when the suffix promises .docx/.odt/.pdf but the content is not one.

    >>> detect_format(b"%PDF-1.7 ...", "paper.txt"), detect_format(b"<!DOCTYPE html><p>x", "paper")
    ('pdf', 'html')
    """
    if format is not None:
        if format not in FORMATS:
            raise UnsupportedFormatError(
                path, f"unknown format {format!r}; choose one of {', '.join(FORMATS)}"
            )
        return format
    suffix_format = _SUFFIX_FORMATS.get(Path(path).suffix.lower())
    if data.find(b"%PDF-", 0, 1024) != -1:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return _sniff_zip(data, path, suffix_format)
    if data.startswith(_OLE_MAGIC):
        # an OLE compound file: a password-protected .docx/.xlsx/.pptx is one (its package encrypted inside),
        # and so are the old binary .doc, .xls and .ppt
        if _ENCRYPTED_PACKAGE in data:
            raise EncryptedDocumentError(
                path, "encrypted Office document: it needs a password to be opened (save it without one)"
            )
        if suffix_format in ("docx", "odt"):
            raise DocumentError(path, f"not a .{suffix_format} file: an old binary Office (.doc) file")
        raise UnsupportedFormatError(path, "an old binary Office file (.doc, .xls, .ppt), not a goal paper")
    if suffix_format in ("docx", "odt"):
        raise DocumentError(path, f"not a .{suffix_format} file: it is not a zip archive")
    if suffix_format == "pdf":
        raise DocumentError(path, "not a PDF file: the %PDF header is missing")
    if suffix_format == "html" or _looks_like_html(data):
        return "html"
    return suffix_format or "txt"


def read_bytes(
    data: bytes, path: str, *, format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a goal paper from its bytes; ``path`` names it in the Document and in errors.

    Raises :class:`~sudgoals.errors.InputTooLargeError` when ``data`` (or a .docx/.odt's unpacked content)
    is above ``max_bytes``; :class:`~sudgoals.errors.DocumentError` (and its subclasses
    :class:`~sudgoals.errors.EncryptedDocumentError`, :class:`~sudgoals.errors.NeedsOCRError`,
    :class:`~sudgoals.errors.UnsupportedFormatError`) when the content is binary, damaged, encrypted or
    has no text layer; :class:`~sudgoals.errors.MissingExtraError` when the format's optional library is
    not installed. Nothing else: any other failure inside a parsing library becomes a DocumentError.

    >>> read_bytes("150 flere\\r\\nDet svarer til 18 pct.".encode(), "a.txt").position(12)
    (2, 2)
    """
    path = str(path)
    if len(data) > max_bytes:
        raise too_large(path, "the file", len(data), max_bytes)
    document = _read_bytes(data, path, format=format, max_bytes=max_bytes)
    text = joined_figures(document.text)
    if text is document.text:
        return document
    return Document(document.path, text, document.format, document.page_starts, document.encoding)


def _read_bytes(data: bytes, path: str, *, format: str | None, max_bytes: int) -> Document:
    kind = detect_format(data, path, format)
    if kind in ("txt", "md"):
        from sudgoals.readers._text import decode_text

        text, encoding = decode_text(data, path)
        return Document(path=path, text=text, format=kind, encoding=encoding)
    if kind == "html":
        from sudgoals.readers._html import decode_html, html_to_text

        html, encoding = decode_html(data, path)
        return Document(path=path, text=html_to_text(html, path), format="html", encoding=encoding)
    if kind == "docx":
        from sudgoals.readers._docx import docx_to_text

        return Document(path=path, text=docx_to_text(data, path, max_bytes=max_bytes), format="docx")
    if kind == "odt":
        from sudgoals.readers._odt import odt_to_text

        return Document(path=path, text=odt_to_text(data, path, max_bytes=max_bytes), format="odt")
    from sudgoals.readers._pdf import pdf_to_text

    text, page_starts = pdf_to_text(data, path)
    return Document(path=path, text=text, format="pdf", page_starts=page_starts)


def _regular_file(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise DocumentNotFoundError(path) from exc
    except PermissionError as exc:
        raise DocumentPermissionError(path, "permission denied: cannot look at this path") from exc
    except OSError as exc:
        raise DocumentError(path, f"cannot look at this path: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(path, "is a folder, not a file (expand folders with sudgoals.readers.iter_paths)")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(path, "not a regular file (a device, pipe or socket)")
    return info


def read(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, format: str | None = None
) -> Document:
    """Read the goal paper at ``path``.

    Raises :class:`~sudgoals.errors.DocumentError` when the path does not exist, is a folder or another
    non-regular file, or cannot be read (permissions); :class:`~sudgoals.errors.InputTooLargeError` above
    ``max_bytes``; and everything :func:`read_bytes` raises.
    """
    where = Path(path)
    info = _regular_file(where)
    if info.st_size > max_bytes:
        raise too_large(str(where), "the file", info.st_size, max_bytes)
    try:
        with where.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise DocumentPermissionError(where, "permission denied: cannot read this file") from exc
    except OSError as exc:
        raise DocumentError(where, f"cannot read this file: {exc.strerror or exc}") from exc
    return read_bytes(data, str(where), format=format, max_bytes=max_bytes)


def _papers_in(folder: Path, suffixes: frozenset[str]) -> list[Path]:
    found: list[Path] = []
    for root, folders, files in os.walk(folder, onerror=None, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            if name.startswith((".", "~$")):
                continue
            if Path(name).suffix.lower() in suffixes:
                found.append(Path(root) / name)
    return sorted(found)


def iter_paths(
    paths: Iterable[str | os.PathLike[str]], *, suffixes: Iterable[str] = SUPPORTED_SUFFIXES
) -> list[Path]:
    """Expand files, folders and glob patterns into a list of files, without duplicates, in order.

    A file is kept whatever its suffix. A folder gives the files below it (recursively, sorted; hidden
    files and folders and Word lock files ``~$...`` left out) whose suffix is in ``suffixes``. A pattern
    with ``*``, ``?`` or ``[`` that is not itself an existing path is expanded with :mod:`glob` (``**``
    reaches into subfolders) and gives the files it matches, hidden files and Word lock files left out.

    Raises :class:`~sudgoals.errors.DocumentError` for a path that does not exist, a pattern that matches no
    file, and a folder without any paper in it.
    """
    wanted = frozenset(suffix.lower() for suffix in suffixes)
    out: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path not in seen:
            seen.add(path)
            out.append(path)

    for item in paths:
        text = os.fspath(item)
        path = Path(text)
        if path.is_dir():
            papers = _papers_in(path, wanted)
            if not papers:
                raise DocumentError(
                    path, f"folder has no papers (looked for files ending in {', '.join(sorted(wanted))})"
                )
            for paper in papers:
                add(paper)
        elif path.exists():
            add(path)
        elif _GLOB_CHARACTERS & set(text):
            matches = sorted(
                Path(match)
                for match in glob.glob(text, recursive=True)
                if Path(match).is_file() and not Path(match).name.startswith("~$")
            )
            if not matches:
                raise DocumentNotFoundError(path, "no file matches this pattern")
            for match in matches:
                add(match)
        else:
            raise DocumentNotFoundError(path)
    return out
