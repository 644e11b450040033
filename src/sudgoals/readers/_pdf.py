"""PDF -> text per page (pypdf), pages joined with a form feed; ``page_starts`` says where each begins.

What is printed on a page but is no text of the paper is left out: running headers and footers (a line
among the first or last three of a page that comes back on two or more pages and on half of them, one (a
title page) allowed for, so that odd and even pages may have their own; its numbers the same on every
page, or going up with the page where a page number stands: "Budget 2025 | Aarhus Kommune   7",
"Kommuneplan 2024-2036") and page numbers ("Side 4 af 12", "Page 4 of 12", "- 4 -", a bare "4" that goes
up with the page or is the page's own). A heading printed at the top of one page stays, and so do lines
alike but for figures inside them. A wider step down between two lines than the page's usual one is a
paragraph's end, written as a blank line as in a .txt (pypdf writes none). Each page's text ends with a
line break and the next opens with the form feed, so a page break is where a line starts: the block
splitter of the extractor reads a sentence that runs on to the next page as one (see
``_Extractor._runs_on``). Line-end hyphens are left as they are ("ud-" / "satte"): the extractor reads a
keyword hyphenated at a line end as one word, and a compound's dash ("CO2-" / "udledningen") stays.

A stream that inflates to more than 32 MB, or more entries in the page tree, an array or a dictionary than
pypdf's limits, raises :class:`InputTooLargeError` (a PDF bomb is refused within about 70 MB of memory).
A PDF encrypted with a user password raises :class:`EncryptedDocumentError` (one encrypted only against
editing, with an empty user password, is read). Pages without any text layer raise :class:`NeedsOCRError`.
pypdf's log messages and warnings about damaged files are silenced while reading: damage that stops the
reading raises :class:`DocumentError`, damage pypdf works around is not reported.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from typing import Any

from sudgoals.errors import DocumentError, EncryptedDocumentError, InputTooLargeError, NeedsOCRError
from sudgoals.readers._common import quiet, require

__all__ = ["pdf_to_text"]

# A stream inflates to at most this many bytes (pypdf's own limit is 75 MB, which took 146 MB to refuse a
# 1 MB file): the text of a page is far less, and images, the big streams, are not inflated for text.
_STREAM_LIMIT = 32_000_000
_LIMITS = dict.fromkeys(
    (
        "zlib_maximum_output_length",
        "lzw_maximum_output_length",
        "run_length_maximum_output_length",
        "brotli_maximum_output_length",
        "array_based_stream_maximum_output_length",
    ),
    _STREAM_LIMIT,
)
_PARAGRAPH_GAP = 1.4  # a step down from line to line this many times the usual one is a paragraph's end
_EDGE_LINES = 3  # how many lines at the top and at the foot of a page may be a running header or footer
_DASHES = r"[\s\-\u2010-\u2015|\u00b7\u2022]*"
_PAGE_WORD = r"(?:side|sida|sidan|page|pg|p|s)\.?"
# a page number alone on its line: "4", "- 4 -", "4/12", "Side 4 af 12", "Page 4 of 12", "Sida 4 av 12",
# "s. 4": the page words of the four languages and "p."/"pg." (group 1 is there when a page word opens it;
# a bare number is a page number when it comes back on the pages as a running line does, or when it is the
# page's own number on its first or last line)
_PAGE_NUMBER = re.compile(
    _DASHES + r"(?:(" + _PAGE_WORD + r")\s*)?(\d{1,4})(?:\s*(?:af|av|of|/|fra)\s*\d{1,4})?" + _DASHES,
    re.IGNORECASE,
)
_ONLY_DASHES = re.compile(_DASHES)
_PAGE_WORD_BEFORE = re.compile(r"\b" + _PAGE_WORD + r"\s*\Z", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")


def _key(line: str) -> str:
    """A line as it repeats from page to page: blanks made one, lower case, every number a ``#``."""
    return _NUMBER.sub("#", " ".join(line.split()).casefold())


def _edges(lines: list[str]) -> dict[int, tuple[str, ...]]:
    """The first and the last :data:`_EDGE_LINES` lines with words on them: their indices, each with where
    it stands ("top0" the first line, "foot0" the last, "top1" the second ...)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    places: dict[int, tuple[str, ...]] = {}
    for k, i in enumerate(filled[:_EDGE_LINES]):
        places[i] = (*places.get(i, ()), f"top{k}")
    for k, i in enumerate(reversed(filled[-_EDGE_LINES:])):
        places[i] = (*places.get(i, ()), f"foot{k}")
    return places


def _at_edge(line: str, number: re.Match[str]) -> bool:
    """Whether ``number`` stands where a page number does on a running line: first or last on the line (but
    for dashes, bars and blanks), or after a page word ("Budget 2025 | Aarhus Kommune   7", "Side 4 |
    Budget"); not inside a sentence ("en stigning på 18 pct.")."""
    return (
        _ONLY_DASHES.fullmatch(line, 0, number.start()) is not None
        or _ONLY_DASHES.fullmatch(line, number.end()) is not None
        or _PAGE_WORD_BEFORE.search(line, 0, number.start()) is not None
    )


def _goes_with_page(found: list[tuple[int, str]]) -> bool:
    """Whether the numbers of a line seen on pages ``(page, line)`` are each the same on every page or, at
    the line's edge, the page number plus one constant: a running header's year and page number, not the
    figures of a sentence or the years of headings ("Mål for 2025", "Mål for 2030")."""
    numbers = [(page, list(_NUMBER.finditer(line)), line) for page, line in found]
    if len({len(matches) for _, matches, _ in numbers}) != 1:
        return False
    for place in range(len(numbers[0][1])):
        values = {int(matches[place].group()) for _, matches, _ in numbers}
        if len(values) > 1 and (
            len({int(matches[place].group()) - page for page, matches, _ in numbers}) != 1
            or not all(_at_edge(line, matches[place]) for _, matches, line in numbers)
            or not all(_paging(line, matches[place], len(matches)) for _, matches, line in numbers)
        ):
            return False
    return True


_LETTERS = re.compile(r"[^\W\d_]+")


_SET_APART = re.compile(r"[|\u00b7\u2022\t]|\s{2}")


def _paging(line: str, number: re.Match[str], numbers: int) -> bool:
    """Whether ``number``, which goes up with the page, can be a page number on ``line``: after a page word,
    alone, beside a title of two words or more or another number ("Aarhus Kommune 7", "Budget 2025 7"), or
    set apart from one word by a bar, a dot, a tab or a gap ("Handleplan | 7"); one word and its number
    next to it is a heading that counts goals or chapters, each opening its page ("Pejlemærke 2", "Mål 3",
    "Chapter 4")."""
    if _PAGE_WORD_BEFORE.search(line, 0, number.start()) is not None or numbers > 1:
        return True
    if len(_LETTERS.findall(line)) != 1:
        return True
    word = _LETTERS.search(line)
    assert word is not None
    between = (
        line[word.end() : number.start()]
        if word.end() <= number.start()
        else line[number.end() : word.start()]
    )
    return _SET_APART.search(between) is not None


def _running_lines(pages: list[list[str]]) -> set[tuple[int, int]]:
    """``(page, line)`` of every running header or footer and page number (see the module docstring). A
    running line comes back at the same place on its pages (the first line, the second from the foot ...),
    so a sentence that opens one page and closes another stays."""
    filled = sum(1 for lines in pages if any(line.strip() for line in lines))
    edges = [_edges(lines) for lines in pages]
    seen: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for page, (lines, places) in enumerate(zip(pages, edges, strict=True)):
        for i, where in places.items():
            for place in where:
                seen.setdefault((place, _key(lines[i])), []).append((page, lines[i]))
    running = {
        key
        for key, found in seen.items()
        if len(found) >= 2 and 2 * (len(found) + 1) >= filled and _goes_with_page(found)
    }
    out: set[tuple[int, int]] = set()
    for page, (lines, places) in enumerate(zip(pages, edges, strict=True)):
        for i, where in places.items():
            key = _key(lines[i])
            m = _PAGE_NUMBER.fullmatch(lines[i])
            worded = m is not None and m.group(1) is not None  # "Side 4 af 12"
            # a bare "4" as the first or last line of page 4
            own = m is not None and ("top0" in where or "foot0" in where) and int(m.group(2)) == page + 1
            if worded or own or any((place, key) in running for place in where):
                out.add((page, i))
    return out


def _without_running_lines(pages: list[str]) -> list[str]:
    """Each page's text without its running headers, footers and page numbers, and without blank lines at
    its top and its foot."""
    split = [page.split("\n") for page in pages]
    running = _running_lines(split)
    out: list[str] = []
    for page, lines in enumerate(split):
        kept = [line for i, line in enumerate(lines) if (page, i) not in running]
        out.append("\n".join(kept).strip("\r\n").rstrip())
    return out


def _page_text(page: Any) -> str:
    """The text of a page as pypdf gives it, with a blank line where a gap between two lines is wider than
    the page's usual step from line to line (see :func:`_with_paragraph_gaps`)."""
    pieces: list[tuple[str, float]] = []
    odd: list[bool] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        try:
            pieces.append((text, float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])))  # the height on the page
        except Exception:  # a matrix that is no matrix: read the page without heights
            odd.append(True)

    text: str = page.extract_text(visitor_text=visit) or ""
    if odd or "".join(piece for piece, _ in pieces) != text:
        return text  # no heights to go by, or pypdf wrote other text than it visited
    return _with_paragraph_gaps(text, pieces)


def _with_paragraph_gaps(text: str, pieces: list[tuple[str, float]]) -> str:
    """``text`` (made of ``pieces``, each with the height it stands at) with a blank line before each line
    that stands lower under the line before than :data:`_PARAGRAPH_GAP` times the page's usual step (its
    lower quartile): the space between two paragraphs, which pypdf does not write. A step up (the next
    column, a text box) is no gap; a page of paragraphs of one line each, with no step between two lines of
    one paragraph to go by, is left as it is."""
    heights: list[float | None] = [None]
    for piece, height in pieces:
        for k, chunk in enumerate(piece.split("\n")):
            if k:
                heights.append(None)
            if heights[-1] is None and chunk.strip():
                heights[-1] = height
    steps = [
        (i, above - below)
        for i, (above, below) in enumerate(itertools.pairwise(heights), start=1)
        if above is not None and below is not None
    ]
    down = sorted(step for _, step in steps if step > 0)
    if len(down) < 3:
        return text
    # a low quantile (on a page of short paragraphs many steps are gaps) of the steps of half the median
    # or more (two lines that pypdf wrote apart but that stand nearly level are no usual step)
    lines_apart = [step for step in down if step >= down[len(down) // 2] / 2]
    usual = lines_apart[len(lines_apart) // 4]
    gaps = {i for i, step in steps if step > _PARAGRAPH_GAP * usual}
    if not gaps or 2 * len(gaps) > len(down) + 1:
        return text  # no gap, or more gaps than steps within paragraphs: no usual step to go by
    lines = text.split("\n")
    return "\n".join(("\n" if i in gaps else "") + line for i, line in enumerate(lines))


def pdf_to_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    """``(text, page_starts)`` of a PDF; page *n* starts at ``page_starts[n-1]``.

    Raises :class:`EncryptedDocumentError` for a password-protected PDF, :class:`NeedsOCRError` when no
    page has a text layer, :class:`DocumentError` for a damaged or truncated file or one without pages,
    :class:`MissingExtraError` without pypdf.
    """
    pypdf = require("pypdf", "PDF files", "pdf")
    import io

    limited = getattr(pypdf, "apply_configuration", None)  # pypdf 6.6 and later
    with quiet("pypdf"), limited(**_LIMITS) if limited is not None else contextlib.nullcontext():
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    raise EncryptedDocumentError(
                        path, f"encrypted PDF that cannot be opened here ({type(exc).__name__}: {exc})"
                    ) from exc
                if opened == pypdf.PasswordType.NOT_DECRYPTED:
                    raise EncryptedDocumentError(path, "encrypted PDF: it needs a password to be read")
            pages = [_page_text(page) for page in reader.pages]
        except (DocumentError, MemoryError):
            raise
        except Exception as exc:
            if type(exc).__name__ == "LimitReachedError":
                raise InputTooLargeError(
                    path,
                    f"PDF holds more than the reader's limits allow ({exc}): a stream that inflates to more "
                    f"than {_STREAM_LIMIT:,} bytes, or a page tree, array or dictionary of 100,000 entries",
                ) from exc
            raise DocumentError(path, f"damaged or truncated PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise DocumentError(path, "PDF without pages")
    if not any(page.strip() for page in pages):
        raise NeedsOCRError(
            path, f"PDF has {len(pages)} page(s) but no text layer: it needs OCR before it can be checked"
        )
    pages = _without_running_lines(pages)
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 2
    return "\n\f".join(pages), tuple(starts)
