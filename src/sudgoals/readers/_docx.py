"""Word .docx -> text, one paragraph per line, and one table row per line.

Every ``w:p`` of the main document body is read, in document order: body paragraphs, list items, the
paragraphs of table cells (nested tables included), and paragraphs in text boxes (right after the paragraph
that anchors the box). Each is one line, except in a table row of two or more cells that holds no nested
table and no text box: such a row is one line with its cells between bars, as a Markdown table and as the
HTML reader writes a row ("| Mål 2026 | 90 pct. |"), so that a KPI row's figures stay with their labels
(the paragraphs of one cell are joined by a space). Outside such rows the line number is the paragraph
number. Within a paragraph: ``w:t`` text, tabs as ``\\t``, line and carriage
breaks as a space (so that a line stays a paragraph), non-breaking hyphens as ``-``. Not read: deleted
revisions (``w:del``), field codes (the field's shown result is read), the fallback copy of alternate content
(its primary copy is read), headers, footers, footnotes and comments.

Word's automatic list numbering is not in the text: a paragraph refers to a numbering definition (``w:numPr``
in its own properties or in its style's, such as "List Number" and "List Bullet"), and Word draws "1.", "2."
or a bullet in front of it. Those marks are worked out here from the numbering definitions
(:class:`_Numbering`) and written at the start of the line as Word shows them ("3. ", "b) ", "1.2. ", "• "),
indented by three spaces per list level, so that a numbered list reads as it does in the .txt or PDF form of
the same paper: counters run per list definition across the document, a list whose numbering instance says
``w:startOverride`` starts again, and a deeper level starts again under each new item of a higher one.

The archive is checked against ``max_bytes`` before python-docx unpacks it, and the XML tree is walked with
explicit stacks, never by recursion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sudgoals.errors import DocumentError
from sudgoals.readers._common import open_zip, quiet, require, row_bars

__all__ = ["docx_to_text", "laid_out_paragraphs", "marked_paragraphs", "text_elements"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P = _W + "p"
_T = _W + "t"
_FALLBACK = _MC + "Fallback"
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}
_NOT_TEXT = frozenset({_P, _FALLBACK, _W + "del", _W + "moveFrom", _W + "txbxContent"})


def text_elements(paragraph: Any) -> Iterator[tuple[Any, str]]:
    """Each element of ``paragraph`` that holds text (a ``w:t``, a tab, a break ...), with the text it stands
    for, in reading order; deleted text, fallback copies and text boxes are left out. The reader makes its
    text from these, and ``sudgoals annotate`` maps its comments back onto the same elements."""
    stack = list(reversed(paragraph))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):
            continue  # comment or processing instruction
        if tag == _T:
            yield element, element.text or ""
        elif tag in _CHARACTERS:
            yield element, _CHARACTERS[tag]
        elif tag not in _NOT_TEXT:
            stack.extend(reversed(element))


def _paragraph_text(paragraph: Any) -> str:
    return "".join(text for _, text in text_elements(paragraph))


def marked_paragraphs(document: Any) -> list[tuple[Any, str]]:
    """The paragraphs of a python-docx ``document`` the reader reads, in order, each with the list mark
    Word draws before it from the numbering definitions ("1. ", "• ", "" for none): a paragraph's line in
    the reader's text is its mark, then the text of its :func:`text_elements`."""
    body = document.element.body
    skipped: set[Any] = set()
    for fallback in body.iter(_FALLBACK):
        skipped.update(fallback.iter(_P))
    numbering = _numbering(document)
    return [
        (p, numbering.mark(p) if numbering is not None else "") for p in body.iter(_P) if p not in skipped
    ]


def _row_cells(body: Any) -> dict[Any, tuple[Any, int, int]]:
    """Paragraph -> (row, its cell's index, the row's count of cells) for every paragraph of a table row
    read as one line: a row of two or more cells with no nested table and no text box in it (a table used
    for page layout keeps its lines)."""
    out: dict[Any, tuple[Any, int, int]] = {}
    tbl, tc, txbx = _W + "tbl", _W + "tc", _W + "txbxContent"
    for row in body.iter(_W + "tr"):
        cells = [cell for cell in row if cell.tag == tc]
        if len(cells) < 2 or any(True for _ in row.iter(tbl, txbx)):
            continue
        for index, cell in enumerate(cells):
            for paragraph in cell.iter(_P):
                out[paragraph] = (row, index, len(cells))
    return out


def laid_out_paragraphs(document: Any) -> list[tuple[Any, str, str, str]]:
    """The paragraphs of :func:`marked_paragraphs`, each as ``(paragraph, between, mark, after)``: what
    parts it from the paragraph before (a line break, a table row's opening bar, the bar between two cells,
    a space between two paragraphs of one cell; "" for the first), the list mark Word draws, and what the
    reader writes after its text (a table row's closing bar, or ""). The reader's text is ``between + mark +
    text + after``, paragraph after paragraph."""
    marked = marked_paragraphs(document)
    rows = _row_cells(document.element.body) if marked else {}
    out: list[tuple[Any, str, str, str]] = []
    before: tuple[Any, int, int] | None = None
    for k, (paragraph, mark) in enumerate(marked):
        place = rows.get(paragraph)
        closing, opening = row_bars(before, place)
        if closing:
            out[-1] = (*out[-1][:3], closing)
        same_row = before is not None and place is not None and place[0] is before[0]
        out.append((paragraph, opening if same_row else ("\n" if k else "") + opening, mark, ""))
        before = place
    closing, _ = row_bars(before, None)
    if closing:
        out[-1] = (*out[-1][:3], closing)
    return out


_VAL = _W + "val"
_NUMBERED_STYLE = re.compile(r"list (?:number|bullet|continue) ([2-9])$", re.IGNORECASE)
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _int(element: Any, default: int | None = None) -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(_VAL))
    except (TypeError, ValueError):
        return default


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..zzz."""
    if number < 1:
        return str(number)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _format(number: int, kind: str) -> str:
    if kind == "lowerLetter":
        return _letters(number)
    if kind == "upperLetter":
        return _letters(number).upper()
    if kind == "lowerRoman":
        return _roman(number) if number > 0 else str(number)
    if kind == "upperRoman":
        return _roman(number).upper() if number > 0 else str(number)
    if kind == "decimalZero":
        return f"{number:02d}"
    if kind == "none":
        return ""
    return str(number)  # decimal, and every format not read here


class _Level:
    __slots__ = ("kind", "start", "text")

    def __init__(self, kind: str, text: str, start: int) -> None:
        self.kind, self.text, self.start = kind, text, start


class _Numbering:
    """The list numbers Word draws: the numbering definitions of the document and the styles that use them,
    and counters that run in document order.

    ``w:num`` (a numbering instance, the ``numId`` a paragraph names) points at a ``w:abstractNum`` (the
    levels: format, text such as "%1.", start). Counters belong to the abstract definition, so two instances
    of one definition continue one list, unless an instance overrides a level's start
    (``w:lvlOverride/w:startOverride``): then that level starts again where the instance is first used.
    """

    def __init__(self, numbering: Any, styles: Any) -> None:
        self.abstract: dict[int, dict[int, _Level]] = {}
        for node in numbering.iter(_W + "abstractNum"):
            key = _int_attr(node, _W + "abstractNumId")
            if key is None:
                continue
            levels: dict[int, _Level] = {}
            for lvl in node.iter(_W + "lvl"):
                ilvl = _int_attr(lvl, _W + "ilvl")
                if ilvl is None:
                    continue
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                levels[ilvl] = _Level(
                    fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                    text.get(_VAL, "") if text is not None else f"%{ilvl + 1}.",
                    _int(lvl.find(_W + "start"), 1) or 0,
                )
            self.abstract[key] = levels
        self.instances: dict[int, tuple[int, dict[int, int]]] = {}
        for node in numbering.iter(_W + "num"):
            num_id = _int_attr(node, _W + "numId")
            abstract = _int(node.find(_W + "abstractNumId"))
            if num_id is None or abstract is None:
                continue
            starts: dict[int, int] = {}
            for override in node.iter(_W + "lvlOverride"):
                ilvl = _int_attr(override, _W + "ilvl")
                start = _int(override.find(_W + "startOverride"))
                if ilvl is not None and start is not None:
                    starts[ilvl] = start
            self.instances[num_id] = (abstract, starts)
        self.styles: dict[str, tuple[int | None, int | None, str | None, int]] = {}
        for style in styles.iter(_W + "style"):
            style_id = style.get(_W + "styleId")
            if not style_id:
                continue
            ppr = style.find(_W + "pPr")
            numpr = ppr.find(_W + "numPr") if ppr is not None else None
            based = style.find(_W + "basedOn")
            name = style.find(_W + "name")
            depth = _NUMBERED_STYLE.search(name.get(_VAL, "")) if name is not None else None
            self.styles[style_id] = (
                _int(numpr.find(_W + "numId")) if numpr is not None else None,
                _int(numpr.find(_W + "ilvl")) if numpr is not None else None,
                based.get(_VAL) if based is not None else None,
                int(depth.group(1)) - 1 if depth else 0,
            )
        self.counters: dict[int, dict[int, int]] = {}
        self.used: set[int] = set()

    def _style_numbering(self, style_id: str | None) -> tuple[int | None, int | None, int]:
        """numId, ilvl and list depth a style gives (following ``w:basedOn``, cycles cut)."""
        num_id: int | None = None
        ilvl: int | None = None
        depth = 0
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            s_num, s_lvl, based, s_depth = self.styles[style_id]
            num_id = s_num if num_id is None else num_id
            ilvl = s_lvl if ilvl is None else ilvl
            depth = depth or s_depth
            style_id = based
        return num_id, ilvl, depth

    def mark(self, paragraph: Any) -> str:
        """The mark Word draws before ``paragraph`` ("2. ", "• ", "   a) "); "" for no list item."""
        ppr = paragraph.find(_W + "pPr")
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id, ilvl, depth = self._style_numbering(style.get(_VAL) if style is not None else None)
        if numpr is not None:
            own_num = _int(numpr.find(_W + "numId"))
            own_lvl = _int(numpr.find(_W + "ilvl"))
            num_id = own_num if own_num is not None else num_id
            ilvl = own_lvl if own_lvl is not None else ilvl
        if not num_id or num_id not in self.instances:
            return ""  # numId 0 switches numbering off
        abstract, starts = self.instances[num_id]
        levels = self.abstract.get(abstract)
        level = min(max(ilvl or 0, 0), 8)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for restart, start in starts.items():
                counters[restart] = start - 1
                for deeper in [k for k in counters if k > restart]:
                    del counters[deeper]
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        info = levels[level]
        indent = "   " * (level + depth)
        if info.kind == "bullet":
            return f"{indent}• "
        if info.kind == "none" and not info.text.strip():
            return ""

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            shown = levels.get(k)
            value = counters.get(k, shown.start if shown is not None else 1)
            return _format(value, shown.kind if shown is not None else "decimal")

        text = re.sub(r"%([1-9])", number, info.text).strip()
        return f"{indent}{text} " if text else ""


def _int_attr(element: Any, name: str) -> int | None:
    try:
        return int(element.get(name))
    except (TypeError, ValueError):
        return None


def _numbering(document: Any) -> _Numbering | None:
    """The document's list numbering, or None when it has none (most papers written by hand)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        numbering_part = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)
    except KeyError:
        return None
    return _Numbering(numbering_part.element, document.styles.element)


def docx_to_text(data: bytes, path: str, *, max_bytes: int) -> str:
    """The paragraphs of a .docx, one per line (a table row one line, its cells between bars).

    Raises :class:`DocumentError` for a file that is not a readable .docx, :class:`InputTooLargeError` for
    an archive that unpacks to more than ``max_bytes``, :class:`MissingExtraError` without python-docx.
    """
    open_zip(data, path, max_bytes=max_bytes, kind=".docx").close()
    docx = require("docx", "Word (.docx) files", "docx")
    import io

    try:
        with quiet("docx"):
            document = docx.Document(io.BytesIO(data))
            return "".join(
                between + mark + _paragraph_text(p) + after
                for p, between, mark, after in laid_out_paragraphs(document)
            )
    except MemoryError:
        raise
    except Exception as exc:
        raise DocumentError(path, f"damaged or not a Word .docx file ({type(exc).__name__}: {exc})") from exc
