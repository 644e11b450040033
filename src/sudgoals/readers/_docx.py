"""Word .docx -> text, one paragraph per line, so the line number is the paragraph number.

Every ``w:p`` of the main document body is one line, in document order: body paragraphs, list items, each
paragraph of each table cell (nested tables included), and paragraphs in text boxes (right after the
paragraph that anchors the box). Within a paragraph: ``w:t`` text, tabs as ``\\t``, line and carriage
breaks as a space (so that a line stays a paragraph), non-breaking hyphens as ``-``. Not read: deleted
revisions (``w:del``), field codes (the field's shown result is read), the fallback copy of alternate content
(its primary copy is read), headers, footers, footnotes and comments.

The archive is checked against ``max_bytes`` before python-docx unpacks it, and the XML tree is walked with
explicit stacks, never by recursion.
"""

from __future__ import annotations

from typing import Any

from sudgoals.errors import DocumentError
from sudgoals.readers._common import open_zip, quiet, require

__all__ = ["docx_to_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P = _W + "p"
_T = _W + "t"
_FALLBACK = _MC + "Fallback"
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}
_NOT_TEXT = frozenset({_P, _FALLBACK, _W + "del", _W + "moveFrom", _W + "txbxContent"})


def _paragraph_text(paragraph: Any) -> str:
    out: list[str] = []
    stack = list(reversed(paragraph))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):
            continue  # comment or processing instruction
        if tag == _T:
            out.append(element.text or "")
        elif tag in _CHARACTERS:
            out.append(_CHARACTERS[tag])
        elif tag not in _NOT_TEXT:
            stack.extend(reversed(element))
    return "".join(out)


def docx_to_text(data: bytes, path: str, *, max_bytes: int) -> str:
    """The paragraphs of a .docx, one per line.

    Raises :class:`DocumentError` for a file that is not a readable .docx, :class:`InputTooLargeError` for
    an archive that unpacks to more than ``max_bytes``, :class:`MissingExtraError` without python-docx.
    """
    open_zip(data, path, max_bytes=max_bytes, kind=".docx").close()
    docx = require("docx", "Word (.docx) files", "docx")
    import io

    try:
        with quiet("docx"):
            body = docx.Document(io.BytesIO(data)).element.body
            skipped: set[Any] = set()
            for fallback in body.iter(_FALLBACK):
                skipped.update(fallback.iter(_P))
            return "\n".join(
                _paragraph_text(paragraph) for paragraph in body.iter(_P) if paragraph not in skipped
            )
    except MemoryError:
        raise
    except Exception as exc:
        raise DocumentError(path, f"damaged or not a Word .docx file ({type(exc).__name__}: {exc})") from exc
