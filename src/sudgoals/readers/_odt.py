"""OpenDocument .odt -> text, one paragraph or heading per line, and one table row per line.

Every ``text:p`` and ``text:h`` of the body is read, in document order: paragraphs, headings, list items,
table cells, and paragraphs of footnotes and text frames (right after the paragraph they stand in). Each is
one line, except in a table row of two or more cells with no nested table, frame or footnote: such a row is
one line with its cells between bars, as a Markdown table and as the HTML and Word readers write a row
("| Mål 2026 | 90 pct. |"), so that a KPI row's figures stay with their labels (the paragraphs of one cell
joined by a space).
Within a paragraph: text, ``text:s`` as its count of spaces, tabs as ``\\t``, line breaks as a space.
Not read: comments (``office:annotation``), tracked deletions, image titles and descriptions.

The archive is checked against ``max_bytes`` before odfpy unpacks it; the tree is walked with explicit
stacks, never by recursion.
"""

from __future__ import annotations

from typing import Any

from sudgoals.errors import DocumentError, EncryptedDocumentError, InputTooLargeError
from sudgoals.readers._common import open_zip, quiet, require, row_bars

__all__ = ["MAX_DEPTH", "MAX_VALUE", "ODT_MIMETYPE", "odt_to_text"]

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
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ROW = (_TABLE, "table-row")
_CELLS = frozenset({(_TABLE, "table-cell"), (_TABLE, "covered-table-cell")})
_TAB = (_TEXT, "tab")
_BREAK = (_TEXT, "line-break")
_SPACE = (_TEXT, "s")
_MORE_SPACES = 1_000_000  # the spaces text:s may add beyond the size of content.xml (real papers: a few)


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


def _row_cells(blocks: list[Any]) -> dict[int, tuple[Any, int, int]]:
    """id(block) -> (row, its cell's index, the row's count of cells) for the blocks of every table row read
    as one line: a row of two or more cells whose blocks hold no other block and that holds no nested table
    (a table used for page layout keeps its lines)."""
    rows: dict[int, Any] = {}
    for block in blocks:
        cell = block.parentNode
        row = getattr(cell, "parentNode", None)
        if getattr(cell, "qname", None) in _CELLS and getattr(row, "qname", None) == _ROW:
            rows[id(row)] = row
    out: dict[int, tuple[Any, int, int]] = {}
    for row in rows.values():
        cells = [cell for cell in row.childNodes if getattr(cell, "qname", None) in _CELLS]
        if len(cells) < 2:
            continue
        found: dict[int, tuple[Any, int, int]] = {}
        plain = True
        for index, cell in enumerate(cells):
            stack = [(child, False) for child in reversed(cell.childNodes)]
            while stack and plain:
                node, inside = stack.pop()
                qname = getattr(node, "qname", None)
                if qname is None or qname in _SKIP:
                    continue
                if qname == (_TABLE, "table") or (inside and qname in _BLOCKS):
                    plain = False
                elif qname in _BLOCKS:
                    found[id(node)] = (row, index, len(cells))
                stack.extend((child, inside or qname in _BLOCKS) for child in reversed(node.childNodes))
        if plain:
            out.update(found)
    return out


class _Spaces:
    """How many more spaces the ``text:s`` elements of a document may stand for: ``<text:s text:c="9999"/>``
    is 22 bytes that stand for 9,999 spaces, so a small file could ask for gigabytes of them."""

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


class _TooManySpaces(Exception):
    pass


def _laid_out(blocks: list[Any], spaces: _Spaces) -> str:
    """The text of ``blocks``: one per line, the blocks of a row read as one line between bars."""
    rows = _row_cells(blocks)
    parts: list[str] = []
    before: tuple[Any, int, int] | None = None
    for k, block in enumerate(blocks):
        place = rows.get(id(block))
        closing, opening = row_bars(before, place)
        same_row = before is not None and place is not None and place[0] is before[0]
        parts.append(closing + (opening if same_row else ("\n" if k else "") + opening))
        parts.append(_paragraph_text(block, spaces))
        before = place
    parts.append(row_bars(before, None)[0])
    return "".join(parts)


def _paragraph_text(paragraph: Any, spaces: _Spaces) -> str:
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
            wide = int(count) if str(count).isdigit() and int(count) < 10_000 else 1
            spaces.left -= wide
            if spaces.left < 0:
                raise _TooManySpaces
            out.append(" " * wide)
        elif qname == _TAB:
            out.append("\t")
        elif qname == _BREAK:
            out.append(" ")
        elif qname not in _BLOCKS and qname not in _SKIP:
            stack.extend(reversed(node.childNodes))
    return "".join(out)


MAX_DEPTH = 256
"""Elements nested deeper than this in content.xml are refused (as libxml2 refuses them in a .docx)."""
MAX_VALUE = 10_000_000
"""An attribute value longer than this is refused (as libxml2 refuses it in a .docx)."""


def _check_shape(content: bytes, path: str) -> None:
    """Refuse content.xml nested deeper than :data:`MAX_DEPTH` or with an attribute value longer than
    :data:`MAX_VALUE`, in one pass of expat (C) before odfpy builds its tree: odfpy took 2 s for 100,000
    nested spans and 7 s for one attribute of 20 MB. Malformed XML is left for odfpy to report."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise DocumentError(path, f"content.xml nests elements more than {MAX_DEPTH} deep: not a paper")
        for value in attributes.values():
            if len(value) > MAX_VALUE:
                raise DocumentError(
                    path, f"content.xml has an attribute of {len(value):,} characters (a .odt has short ones)"
                )

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(content, True)
    except expat.ExpatError:
        return


def odt_to_text(data: bytes, path: str, *, max_bytes: int) -> str:
    """The paragraphs and headings of an .odt, one per line (a table row one line, its cells between bars).

    Raises :class:`DocumentError` for a file that is not a readable .odt (no ``content.xml``, damaged XML),
    :class:`EncryptedDocumentError` for one saved with a password, :class:`InputTooLargeError` for an
    archive that unpacks to more than ``max_bytes`` or whose ``text:s`` elements ask for more spaces than
    it has bytes (and a million more), :class:`MissingExtraError` without odfpy.
    """
    with open_zip(data, path, max_bytes=max_bytes, kind=".odt") as archive:
        names = set(archive.namelist())
        if "content.xml" not in names:
            raise DocumentError(path, "not a readable .odt file: it has no content.xml, where the text is")
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        if b"encryption-data" in manifest:
            raise EncryptedDocumentError(path, "encrypted .odt file: it needs a password to be read")
        content = archive.read("content.xml")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(
            path, "content.xml is UTF-16, which the .odt reader (odfpy) cannot read: save it again as .odt"
        )
    _check_shape(content, path)
    content_size = len(content)
    require("odf.opendocument", "OpenDocument (.odt) files", "odt")
    import io

    from odf.opendocument import load

    try:
        with quiet("odf"):
            document = load(io.BytesIO(data))
            return _laid_out(_blocks(document.text), _Spaces(_MORE_SPACES + content_size))
    except _TooManySpaces:
        raise InputTooLargeError(
            path,
            f"the text:s elements of this .odt stand for more than {_MORE_SPACES + content_size:,} spaces, "
            f"more than its content.xml has bytes and {_MORE_SPACES:,} more: a space bomb, not a paper",
        ) from None
    except MemoryError:
        raise
    except Exception as exc:
        raise DocumentError(
            path, f"damaged or not an OpenDocument .odt file ({type(exc).__name__}: {exc})"
        ) from exc
