"""OpenDocument .odt -> text, one paragraph or heading per line.

Every ``text:p`` and ``text:h`` of the body is one line, in document order: paragraphs, headings, list
items, table cells, and paragraphs of footnotes and text frames (right after the paragraph they stand in).
Within a paragraph: text, ``text:s`` as its count of spaces, tabs as ``\\t``, line breaks as a space.
Not read: comments (``office:annotation``), tracked deletions, image titles and descriptions.

The archive is checked against ``max_bytes`` before odfpy unpacks it; the tree is walked with explicit
stacks, never by recursion.
"""

from __future__ import annotations

from typing import Any

from sudgoals.errors import DocumentError
from sudgoals.readers._common import open_zip, quiet, require

__all__ = ["ODT_MIMETYPE", "odt_to_text"]

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_BLOCKS = frozenset({(_TEXT, "p"), (_TEXT, "h")})
_SKIP = frozenset(
    {
        (_OFFICE, "annotation"),
        (_OFFICE, "annotation-end"),
        (_TEXT, "tracked-changes"),
        (_SVG, "title"),
        (_SVG, "desc"),
    }
)
_TAB = (_TEXT, "tab")
_BREAK = (_TEXT, "line-break")
_SPACE = (_TEXT, "s")


def _blocks(root: Any) -> list[Any]:
    """Every paragraph and heading under ``root`` in document order, outside the skipped elements."""
    found: list[Any] = []
    stack = [root]
    while stack:
        node = stack.pop()
        qname = getattr(node, "qname", None)
        if qname is None or qname in _SKIP:
            continue
        if qname in _BLOCKS:
            found.append(node)
        stack.extend(reversed(node.childNodes))
    return found


def _paragraph_text(paragraph: Any) -> str:
    out: list[str] = []
    stack = list(reversed(paragraph.childNodes))
    while stack:
        node = stack.pop()
        qname = getattr(node, "qname", None)
        if qname is None:
            data = getattr(node, "data", None)
            if isinstance(data, str):
                out.append(data)
        elif qname == _SPACE:
            count = node.attributes.get((_TEXT, "c"), "1")
            out.append(" " * (int(count) if str(count).isdigit() and int(count) < 10_000 else 1))
        elif qname == _TAB:
            out.append("\t")
        elif qname == _BREAK:
            out.append(" ")
        elif qname not in _BLOCKS and qname not in _SKIP:
            stack.extend(reversed(node.childNodes))
    return "".join(out)


def odt_to_text(data: bytes, path: str, *, max_bytes: int) -> str:
    """The paragraphs and headings of an .odt, one per line.

    Raises :class:`DocumentError` for a file that is not a readable .odt, :class:`InputTooLargeError` for an
    archive that unpacks to more than ``max_bytes``, :class:`MissingExtraError` without odfpy.
    """
    open_zip(data, path, max_bytes=max_bytes, kind=".odt").close()
    require("odf.opendocument", "OpenDocument (.odt) files", "odt")
    import io

    from odf.opendocument import load

    try:
        with quiet("odf"):
            document = load(io.BytesIO(data))
            return "\n".join(_paragraph_text(block) for block in _blocks(document.text))
    except MemoryError:
        raise
    except Exception as exc:
        raise DocumentError(
            path, f"damaged or not an OpenDocument .odt file ({type(exc).__name__}: {exc})"
        ) from exc
