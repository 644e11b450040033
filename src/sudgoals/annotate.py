"""Findings written back into the writer's own Word draft, as review comments.

:func:`annotate_docx` checks a .docx draft and saves a copy with one Word comment per finding, authored
"sudgoals" and written in the paper's language (the finding, the numbers behind it, the suggested
correction), anchored on the figures the finding concerns. With ``all_targets`` every checked target with no
finding gets a comment too, with its implied baseline. The original file is never written to.

Positions: the .docx reader (:mod:`sudgoals.readers._docx`) makes every ``w:p`` of the body one line of text.
This module walks the same paragraphs the same way and keeps, for every piece of text, the XML element it
came from, so that a span of the extracted text maps back to the runs holding it. A comment must start and
end on a run boundary, so a run is split where a figure starts or ends inside it (its formatting copied to
both halves); the text of the document is unchanged (a test reads the copy back and compares).

Needs python-docx 1.2 or newer (the ``docx`` extra), which writes comments.
"""

from __future__ import annotations

import bisect
import copy
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sudgoals.errors import DocumentError, MissingExtraError, UnsupportedFormatError
from sudgoals.readers._common import joined_figures, unjoined_offset
from sudgoals.readers._docx import _CHARACTERS, _FALLBACK  # the reader's own: the text must be the same

if TYPE_CHECKING:
    from sudgoals.config import Config
    from sudgoals.model import Finding, Paper, Report, Target

__all__ = [
    "AUTHOR",
    "AnnotateResult",
    "NotAWordDraftError",
    "WordComment",
    "annotate_docx",
    "comment_text",
    "default_output",
    "read_comments",
]

AUTHOR: Final = "sudgoals"
INITIALS: Final = "SG"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_P, _R, _T, _RPR = _W + "p", _W + "r", _W + "t", _W + "rPr"
_SKIPPED = frozenset({_FALLBACK, _W + "del", _W + "moveFrom"})
_RANGE_START, _RANGE_END = _W + "commentRangeStart", _W + "commentRangeEnd"
_FIGURES: Final = ("absolute", "relative", "baseline", "level")


class NotAWordDraftError(UnsupportedFormatError):
    """Raised by :func:`annotate_docx` for a paper that is not a Word .docx file: comments can only be
    written into Word drafts; the message points to the HTML report, which shows any paper with its
    findings."""

    def __init__(self, path: str | Path, found: str) -> None:
        super().__init__(
            path,
            f"annotate writes Word review comments into .docx drafts, and this is a {found} file; for the "
            f"paper with its findings beside the text, write the HTML report: "
            f"sudgoals check {path} -o {Path(path).stem}.html",
        )
        self.found = found


@dataclass(frozen=True, slots=True)
class AnnotateResult:
    """What :func:`annotate_docx` did: the copy it wrote, how many comments, and the report it checked."""

    output: Path
    comments: int
    report: Report


@dataclass(frozen=True, slots=True)
class WordComment:
    """A comment read back from a .docx: its id, author, text (paragraphs joined by newlines) and the text
    it is anchored on (paragraph breaks as newlines)."""

    id: int
    author: str
    initials: str
    text: str
    anchor: str


@dataclass(slots=True)
class _Piece:
    """One piece of a paragraph's text: a ``w:t`` (its text) or a one-character element (tab, break)."""

    element: Any
    start: int  # offset in the document text, as the reader makes it
    end: int


def default_output(path: str | Path) -> Path:
    """Where the annotated copy goes by default: ``draft.docx`` → ``draft.sudgoals.docx``, same folder.

    >>> str(default_output("papers/draft.docx"))
    'papers/draft.sudgoals.docx'
    """
    p = Path(path)
    return p.with_name(f"{p.stem}.sudgoals.docx")


# --------------------------------------------------------------------------------------------- text map


def _pieces(paragraph: Any, offset: int) -> tuple[list[_Piece], int]:
    """The text pieces of ``paragraph`` from ``offset`` on (the reader's own walk,
    :func:`sudgoals.readers._docx.text_elements`), and the offset just past its text."""
    from sudgoals.readers._docx import text_elements

    out: list[_Piece] = []
    for element, text in text_elements(paragraph):
        if text:
            out.append(_Piece(element, offset, offset + len(text)))
            offset += len(text)
    return out, offset


class _TextMap:
    """The document's text exactly as the reader makes it, and every piece of it with its XML element, per
    paragraph. Splitting runs never changes the text, so paragraph offsets stay; only the pieces of a
    paragraph whose runs were split are walked again (:meth:`refresh`)."""

    def __init__(self, document: Any) -> None:
        from sudgoals.readers._docx import laid_out_paragraphs

        laid_out = laid_out_paragraphs(document)
        self.paragraphs = [p for p, _, _, _ in laid_out]
        self.starts: list[int] = []  # where each paragraph's text starts (after its list mark)
        self.pieces: list[list[_Piece]] = []
        parts: list[str] = []
        offset = 0
        for paragraph, between, mark, after in laid_out:
            # the line break, a table row's bars and the list mark Word draws: in the reader's text, in no run
            parts.append(between + mark)
            offset += len(between) + len(mark)
            self.starts.append(offset)
            found, offset = _pieces(paragraph, offset)
            parts.extend(_piece_text(piece) for piece in found)
            self.pieces.append(found)
            parts.append(after)
            offset += len(after)
        self.text = "".join(parts)

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def refresh(self, index: int) -> None:
        self.pieces[index] = _pieces(self.paragraphs[index], self.starts[index])[0]

    def piece(self, test: Callable[[_Piece], bool], offset: int) -> _Piece | None:
        """The first piece of the paragraph holding ``offset`` that passes ``test``."""
        if not self.paragraphs:
            return None
        return next((p for p in self.pieces[self.paragraph_of(offset)] if test(p)), None)


def _piece_text(piece: _Piece) -> str:
    if piece.element.tag == _T:
        return str(piece.element.text or "")
    return _CHARACTERS[piece.element.tag]


# --------------------------------------------------------------------------------------------- run splits


def _split_text(t: Any, at: int) -> Any:
    """Split the ``w:t`` ``t`` after ``at`` characters; returns the new ``w:t`` holding the rest."""
    text = t.text or ""
    rest = copy.deepcopy(t)
    t.text, rest.text = text[:at], text[at:]
    for element in (t, rest):
        element.set(_XML_SPACE, "preserve")
    t.addnext(rest)
    return rest


def _split_run_before(child: Any) -> None:
    """Make ``child`` the first content of its run: what stands before it stays in a run of its own, with
    the same formatting (``w:rPr`` copied)."""
    run = child.getparent()
    if run is None or run.tag != _R:
        return
    content = [c for c in run if c.tag != _RPR]
    if not content or content[0] is child:
        return
    before = copy.deepcopy(run)
    for c in list(before):
        if c.tag != _RPR:
            before.remove(c)
    for c in content:
        if c is child:
            break
        before.append(c)  # moves it out of ``run``
    run.addprevious(before)


def _split_run_after(child: Any) -> None:
    """Make ``child`` the last content of its run (what follows it moves to a run of its own)."""
    run = child.getparent()
    if run is None or run.tag != _R:
        return
    following = child.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is not None:
        _split_run_before(following)


def _run_of(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != _R:
        parent = parent.getparent()
    return parent


def _anchor(text_map: _TextMap, start: int, end: int) -> tuple[Any, Any] | None:
    """The first and last run of ``text[start:end]``, splitting runs so that they hold exactly it."""
    if end <= start:
        return None
    last = text_map.piece(lambda p: p.start < end <= p.end, end - 1)
    if last is None:
        return None
    if last.element.tag == _T and end < last.end:
        _split_text(last.element, end - last.start)
    _split_run_after(last.element)
    text_map.refresh(text_map.paragraph_of(end - 1))
    first = text_map.piece(lambda p: p.start <= start < p.end, start)
    if first is None:
        return None
    element = first.element
    if element.tag == _T and start > first.start:
        element = _split_text(element, start - first.start)
    _split_run_before(element)
    text_map.refresh(text_map.paragraph_of(start))
    first_piece = text_map.piece(lambda p: p.start == start, start)
    last_piece = text_map.piece(lambda p: p.end == end, end - 1)
    if first_piece is None or last_piece is None:
        return None
    first_run, last_run = _run_of(first_piece.element), _run_of(last_piece.element)
    if first_run is None or last_run is None:
        return None
    return first_run, last_run


# --------------------------------------------------------------------------------------------- comments


def _figure_range(target: Target) -> tuple[int, int] | None:
    spans = [
        fig.span
        for name in _FIGURES
        if (fig := getattr(target, name)) is not None
        and fig.span is not None
        and fig.span.end > fig.span.start
    ]
    if not spans:
        return None
    return min(s.start for s in spans), max(s.end for s in spans)


def _finding_range(finding: Finding, targets: dict[str, Target]) -> tuple[int, int] | None:
    target = targets.get(finding.target) if finding.target else None
    if target is not None:
        found = _figure_range(target)
        if found is not None:
            return found
        if target.span.end > target.span.start:
            return target.span.start, target.span.end
    span = finding.span
    if span is not None and span.end > span.start:
        return span.start, span.end
    return None


def comment_text(finding: Finding, lang: str, target: Target | None = None) -> list[str]:
    """The paragraphs of the comment for ``finding`` in ``lang``: the rule and its severity, the message
    (with its numbers), the target's implied baseline and verdict, then each suggestion.

    >>> from sudgoals import check_text
    >>> report = check_text("5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct.")
    >>> lines = comment_text(report.findings[0], "da", report.documents[0].targets[0])
    >>> lines[0]
    'SG104 whole-count-infeasible (fejl)'
    >>> lines[-1]
    'Forslag: med udgangspunktet 41 er 5 flere en stigning på 12,2 pct.'
    """
    from sudgoals.i18n import label
    from sudgoals.rules._base import with_suggestions

    message = finding.messages.get(lang) or finding.message
    tail = with_suggestions("", finding.suggestions, lang)
    if finding.suggestions and message.endswith(tail):
        message = message[: len(message) - len(tail)]
    lines = [f"{finding.code} {finding.name} ({label('severity', finding.severity, lang)})", message]
    if target is not None:
        lines.append(_target_line(target, lang))
    head = "Forslag" if lang == "da" else "Suggestion"
    lines.extend(f"{head}: {s.messages.get(lang) or s.text}" for s in finding.suggestions)
    return lines


def _target_line(target: Target, lang: str) -> str:
    from sudgoals.algebra import format_baseline
    from sudgoals.i18n import label, t

    baseline = format_baseline(target.implied_baseline, decimal_comma=lang == "da")
    return f"{t('col.implied', lang)}: {baseline}; {t('col.verdict', lang).lower()}: " + label(
        "verdict", target.verdict, lang
    )


def _docx() -> Any:
    try:
        import docx
        from docx.document import Document
    except ImportError as exc:
        raise MissingExtraError("writing Word comments", "docx", "docx") from exc
    if not hasattr(Document, "add_comment"):
        raise MissingExtraError("writing Word comments (python-docx 1.2 or newer)", "docx", "docx")
    return docx


def annotate_docx(
    path: str | Path,
    output: str | Path | None = None,
    *,
    config: Config | None = None,
    all_targets: bool = False,
    language: str | None = None,
) -> AnnotateResult:
    """Check the Word draft ``path`` and write a copy with a review comment on each finding.

    ``output`` defaults to :func:`default_output` (``draft.sudgoals.docx``). Comments are authored
    :data:`AUTHOR`, written in the paper's language, and anchored on the figures of the finding's target (on
    the finding's own place when it has no target). With ``all_targets``, every target without a finding
    gets a comment with its implied baseline and verdict. ``language`` ("da" or "en") writes the comments
    in that language instead of the paper's.

    Raises :class:`NotAWordDraftError` for a paper in another format, :class:`DocumentError` for an output
    path that is the input itself or a .docx that cannot be read, :class:`MissingExtraError` without
    python-docx 1.2 or newer; an ``OSError`` when the copy cannot be written.
    """
    from sudgoals import pipeline, readers
    from sudgoals.config import Config

    cfg = config if config is not None else Config.defaults()
    source = Path(path)
    target_path = Path(output) if output is not None else default_output(source)
    if not source.is_file():
        raise DocumentError(path, "no such file" if not source.exists() else "not a file")
    raw = source.read_bytes()
    if len(raw) > cfg.max_bytes:
        readers.read(source, max_bytes=cfg.max_bytes)  # raises the usual size error
    found = "spec (.toml)" if source.suffix.lower() == ".toml" else readers.detect_format(raw, str(path))
    if found != "docx":
        raise NotAWordDraftError(path, found)
    if target_path.resolve() == source.resolve():
        raise DocumentError(path, "the annotated copy must not overwrite the draft itself; choose another -o")
    docx = _docx()
    data = readers.read_bytes(raw, str(path), format="docx", max_bytes=cfg.max_bytes)
    paper = pipeline.check_document(data, cfg)
    findings = pipeline.check_paper(paper, cfg)
    report = pipeline.build_report([paper], findings, cfg)
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:
        raise DocumentError(path, f"damaged or not a Word .docx file ({type(exc).__name__}: {exc})") from exc
    text_map = _TextMap(document)
    # the reader and this map must agree, or anchors would be wrong (but for the invisible characters the
    # reader takes out of figures, which unjoined_offset counts back in)
    if joined_figures(text_map.text) != data.text:
        raise DocumentError(path, "the text of this .docx could not be mapped back to its runs")
    from sudgoals.i18n import ui_language

    lang = ui_language(language if language in ("da", "en") else paper.language)
    count = _write_comments(
        document,
        text_map,
        paper,
        report.findings,
        all_targets=all_targets,
        lang=lang,
        original=unjoined_offset(text_map.text),
    )
    document.save(str(target_path))
    return AnnotateResult(target_path, count, report)


def _write_comments(
    document: Any,
    text_map: _TextMap,
    paper: Paper,
    findings: Sequence[Finding],
    *,
    all_targets: bool,
    lang: str,
    original: Callable[[int], int],
) -> int:
    from docx.text.run import Run

    targets = {t.id: t for t in paper.targets}
    notes: list[tuple[tuple[int, int], list[str]]] = []
    commented: set[str] = set()
    for finding in findings:
        where = _finding_range(finding, targets)
        if where is None:
            continue
        target = targets.get(finding.target) if finding.target else None
        notes.append((where, comment_text(finding, lang, target)))
        if finding.target:
            commented.add(finding.target)
    if all_targets:
        for target in paper.targets:
            where = _figure_range(target)
            if target.id in commented or where is None:
                continue
            notes.append((where, [f"sudgoals: {target.indicator}", _target_line(target, lang)]))
    # from the end of the document backwards: a split never moves text that is still to be anchored
    notes.sort(key=lambda note: note[0], reverse=True)
    count = 0
    for (start, end), lines in notes:
        runs = _anchor(text_map, original(start), original(end))
        if runs is None:
            continue
        first, last = Run(runs[0], document), Run(runs[1], document)
        comment = document.add_comment([first, last], text=lines[0], author=AUTHOR, initials=INITIALS)
        for line in lines[1:]:
            comment.add_paragraph(line)
        count += 1
    return count


# --------------------------------------------------------------------------------------------- reading back


def read_comments(path: str | Path) -> list[WordComment]:
    """The comments of a .docx with the text each is anchored on, in the order of their ids.

    The anchored text is read the way the reader reads the body (``w:t``, tabs, breaks; paragraph breaks
    as newlines, the cells of a table row read as one line between bars; list marks are in no run and not
    in an anchor). Raises :class:`MissingExtraError` without python-docx 1.2 or newer.
    """
    docx = _docx()
    document = docx.Document(str(path))
    anchors: dict[int, list[str]] = {}
    open_ids: list[int] = []
    for element, between in _walk(document):
        if element is None:
            for cid in open_ids:
                anchors[cid].append(between)
            continue
        tag = element.tag
        if tag == _RANGE_START:
            cid = int(element.get(_W + "id"))
            open_ids.append(cid)
            anchors.setdefault(cid, [])
        elif tag == _RANGE_END:
            cid = int(element.get(_W + "id"))
            if cid in open_ids:
                open_ids.remove(cid)
        elif tag == _T or tag in _CHARACTERS:
            piece = (element.text or "") if tag == _T else _CHARACTERS[tag]
            for cid in open_ids:
                anchors[cid].append(piece)
    out = []
    for comment in document.comments:
        text = "\n".join(p.text for p in comment.paragraphs)
        out.append(
            WordComment(
                id=comment.comment_id,
                author=comment.author,
                initials=comment.initials or "",
                text=text,
                anchor="".join(anchors.get(comment.comment_id, [])),
            )
        )
    return sorted(out, key=lambda c: c.id)


def _walk(document: Any) -> Iterator[tuple[Any, str]]:
    """Every element of the document's body in document order as ``(element, "")``, and ``(None, text)``
    where a paragraph the reader reads begins (after the first): ``text`` is what the reader writes between
    it and the paragraph before (a line break, a table row's bars); text the reader skips (deleted, the
    fallback copy) is left out. A range marker may stand anywhere, also between paragraphs."""
    from sudgoals.readers._docx import laid_out_paragraphs

    body = document.element.body
    between: dict[Any, str] = {}
    after = ""
    for paragraph, parted, _, closing in laid_out_paragraphs(document):
        between[paragraph] = after + parted
        after = closing
    for element in body.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag == _P:
            text = between.get(element)
            if text:
                yield None, text
            continue
        if (tag == _T or tag in _CHARACTERS) and any(a.tag in _SKIPPED for a in element.iterancestors()):
            continue
        yield element, ""
