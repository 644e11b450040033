"""HTML -> visible text, one block (heading, paragraph, list item, table row) per line.

Parsing is lexbor's (through selectolax); the tree is then walked with parent/child/next pointers, never by
recursion, so any depth is safe to walk. Lexbor's tree builder itself is quadratic in the nesting depth of
block elements (every ``<div>`` looks down the whole stack of open elements for a ``<p>`` to close): 100,000
nested ``<div>`` take over a minute. So before parsing, one linear scan measures the nesting depth, and when
it exceeds :data:`MAX_DEPTH`, the tags beyond that depth are taken out (a block tag becomes ``<br>``, an
inline tag disappears) while every piece of text stays where it was.

Dropped as not part of the paper: ``head``, ``script``, ``style``, ``noscript``, ``template``, ``nav``,
elements with the ``hidden`` attribute, and ``header``/``footer`` of the page (a ``header`` or ``footer``
inside ``article``, ``main`` or ``section`` belongs to the text and is kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sudgoals.errors import InputTooLargeError
from sudgoals.readers._common import require
from sudgoals.readers._text import decode_text

__all__ = ["MAX_DEPTH", "MAX_TAGS", "html_to_text"]

MAX_DEPTH = 256
"""Tags nested deeper than this are flattened before parsing (see the module docstring)."""

MAX_TAGS = 1_000_000
"""More opening tags than this are refused before parsing: the parser keeps about 130 bytes for each element
and as much for each piece of text, so two million ``<p>1`` (8 MB) took 650 MB and 11 s."""

# (a ``title`` is the page's name in the tab, never shown in the page, also when it stands in the body)
_SKIP = frozenset(
    {"head", "title", "script", "style", "noscript", "template", "nav", "iframe", "object", "select"}
)
_PAGE_CHROME = frozenset({"header", "footer"})
_CONTENT_ROOTS = frozenset({"article", "main", "section"})
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "ol",
        "p",
        "plaintext",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "xmp",
    }
)
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_PRESERVE = frozenset({"pre", "textarea", "listing", "plaintext"})
_CELLS = frozenset({"td", "th"})

_TOKEN = re.compile(r"<!--|<[!?]|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>\"']*(>?)")
_TAG_END = re.compile(r"[>\"']")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def _tag_end(html: str, cursor: int) -> int:
    """End of a tag whose attributes hold quotes, walked quote by quote from ``cursor``; -1 if unclosed."""
    while True:
        found = _TAG_END.search(html, cursor)
        if found is None:
            return -1
        if found.group() == ">":
            return found.end()
        close = html.find(found.group(), found.end())
        if close < 0:
            return -1
        cursor = close + 1


def _deep_tags(html: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, is_block)`` of every tag nested deeper than :data:`MAX_DEPTH`, in one linear pass,
    yielded as found (a list of them took 200 MB for 10 MB of nested ``<div>``).

    One ``finditer`` sweep proposes every tag-like token; tokens inside comments, doctypes, quoted
    attribute values and the raw text of ``script``/``style``/... are stepped over by moving ``skip``
    forward. The token pattern cannot run past the next ``<``, ``>`` or quote, and a tag with quoted
    attributes is walked quote by quote, so the whole scan is linear in the input.
    """
    depth = 0
    skip = 0
    length = len(html)
    for match in _TOKEN.finditer(html):
        start = match.start()
        if start < skip:
            continue
        name = match.group(2)
        if name is None:  # "<!--", "<!doctype ...>", "<?...>"
            if match.group() == "<!--":
                close = html.find("-->", start + 4)
                skip = length if close < 0 else close + 3
            else:
                close = html.find(">", start + 2)
                skip = length if close < 0 else close + 1
            continue
        if match.group(3):
            end = match.end()
        else:
            follows = html[match.end() : match.end() + 1]
            if follows not in ("'", '"'):
                continue  # "<" inside a tag, or at the end: not a tag
            end = _tag_end(html, match.end())
            if end < 0:
                break  # an unclosed tag runs to the end of the input and holds no text
            skip = end
        name = name.lower()
        if html[end - 2] == "/" or name in _VOID:
            continue
        if match.group(1):
            if depth > MAX_DEPTH:
                yield (start, end, name in _BLOCK)
            if depth:
                depth -= 1
            continue
        depth += 1
        if depth > MAX_DEPTH:
            yield (start, end, name in _BLOCK)
        if name in _RAW_TEXT:
            closing = re.compile(r"</" + re.escape(name) + r"[\s/>]", re.IGNORECASE).search(html, end)
            skip = length if closing is None else closing.start()


# a tag with more than 20,000 characters of attributes: none of them can matter to the text, and the parser
# compares each attribute with every other (20,000 attributes took it 7 s, 200,000 would take minutes)
_HUGE_TAG = re.compile(r"<([A-Za-z][^\s<>/]*)([^<>]{20000,})>")
_HIDDEN = re.compile(r"(?:^|\s)hidden(?=[\s=/]|$)", re.IGNORECASE)


def _short_tags(html: str) -> str:
    """``html`` with the attributes of each huge tag taken out (its ``hidden``, which hides its text, kept).

    >>> _short_tags("<p " + "a=1 " * 6000 + "hidden>x</p>")
    '<p hidden>x</p>'
    """
    if len(html) < 20000:
        return html

    def short(m: re.Match[str]) -> str:
        return f"<{m.group(1)}{' hidden' if _HIDDEN.search(m.group(2)) else ''}>"

    return _HUGE_TAG.sub(short, html)


def _flatten(html: str) -> str:
    """Take out the tags nested deeper than :data:`MAX_DEPTH`, keeping all text; unchanged when shallow.

    A run of adjacent deep tags becomes one ``<br>`` when any of them is a block, else nothing.
    """
    if html.count("<") <= MAX_DEPTH:
        return html
    pieces: list[str] = []
    copied = 0
    block = False
    for start, end, is_block in _deep_tags(html):
        if start != copied:
            if block:
                pieces.append("<br>")
            pieces.append(html[copied:start])
            block = False
        block = block or is_block
        copied = end
    if not copied:
        return html  # nothing nested that deep
    if block:
        pieces.append("<br>")
    pieces.append(html[copied:])
    return "".join(pieces)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, 4096)
    if match is None:
        return None
    import codecs

    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_html(data: bytes, path: str) -> tuple[str, str]:
    """Decode HTML bytes: byte-order mark, then valid UTF-8, then a ``<meta charset>``, then detection."""
    if data.startswith(b"\xef\xbb\xbf") or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None and declared not in {"utf-8", "utf-16", "utf-16-le", "utf-16-be"}:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    return decode_text(data, path)


def _inside_content(node: Any) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in _CONTENT_ROOTS:
            return True
        parent = parent.parent
    return False


def _skipped(node: Any) -> bool:
    tag = node.tag or "-unknown"  # processing instructions and some comments have no tag
    if tag in _SKIP:
        return True
    if tag in _PAGE_CHROME and not _inside_content(node):
        return True
    attributes = node.attributes
    return "hidden" in attributes


def html_to_text(html: str, path: str = "<html>") -> str:
    """Visible text of ``html``: one block per line, inline whitespace collapsed, ``<pre>`` lines kept; a
    table row is one line with its cells between bars, as a Markdown table ("| Mål 2026 | 90 % |"), so the
    columns of a KPI table stay in their row.

    Raises :class:`~sudgoals.errors.MissingExtraError` when selectolax is not installed, and
    :class:`~sudgoals.errors.InputTooLargeError` naming ``path`` for more than :data:`MAX_TAGS` tags.

    >>> html_to_text("<h1>Mål</h1><ul><li>150 <b>flere</b></li><li>90 færre</li></ul><script>x</script>")
    'Mål\\n150 flere\\n90 færre'
    """
    lexbor = require("selectolax.lexbor", "HTML files", "html")
    tags = html.count("<") - html.count("</")
    if tags > MAX_TAGS:
        raise InputTooLargeError(
            path,
            f"HTML with {tags:,} tags (or '<' signs), more than the {MAX_TAGS:,} the reader takes (a real "
            f"paper has far fewer): split the page, or save it as text",
        )
    tree = lexbor.LexborHTMLParser(_flatten(_short_tags(html)))
    root = tree.root
    lines: list[str] = []
    current: list[str] = []
    preserve = 0
    cells = 0  # how deep inside table cells: a row is one line, "| Mål 2026 | 90 % |", its cells between bars

    def flush() -> None:
        if current:
            line = " ".join("".join(current).split())
            current.clear()
            if line.strip("| "):
                lines.append(line)

    node = root
    while node is not None:
        tag = node.tag or "-unknown"  # processing instructions and some comments have no tag
        descend = False
        if tag == "-text":
            text = node.text_content or ""
            if preserve:
                parts = text.split("\n")
                for index, part in enumerate(parts):
                    if index:
                        flush()
                    current.append(part)
            else:
                current.append(text)
        elif tag.startswith(("-", "_", "!")):
            pass
        elif not _skipped(node):
            if tag == "tr":
                flush()
                current.append("| ")
            elif tag in _CELLS:
                cells += 1
            elif tag in _BLOCK:
                if cells:
                    current.append(" ")  # a paragraph or break inside a cell keeps the row on its line
                else:
                    flush()
            if tag in _PRESERVE:
                preserve += 1
            descend = True
        if descend and node.child is not None:
            node = node.child
            continue
        # leave this node (and its finished ancestors)
        while node is not None:
            if descend:
                if node.tag in _CELLS:
                    cells -= 1
                    current.append(" | ")
                elif node.tag == "tr" or (node.tag in _BLOCK and not cells):
                    flush()
                elif node.tag in _BLOCK:
                    current.append(" ")
                if node.tag in _PRESERVE:
                    preserve -= 1
            if node is root or node.mem_id == root.mem_id:
                node = None
                break
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            node = node.parent
            descend = True  # every ancestor was entered and descended into
    flush()
    return "\n".join(lines)
