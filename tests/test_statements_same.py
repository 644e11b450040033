"""The prose-goal pass (SG701, :func:`sudgoals.extract.statements.goal_statements`) finds the same goal
sentences as the plain per-candidate loop it replaced: on every seed, example and corpus text found, and on
generated texts of goal words, figures, stops, bullets and line breaks. :func:`_reference` is that loop,
kept here as the reference (it uses the module's own sentence helpers, which the faster loop also uses)."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from same_results import inputs
from sudgoals.extract import engine
from sudgoals.extract import statements as S
from sudgoals.model import Document, Paper, Statement, trusted
from sudgoals.readers import read_bytes

# the reference's own paragraph breaks and line breaks, one match per pair and per line break, as the loop had
_BLANK_LINE = re.compile(r"\n[ \t\f\v\r]*\n")
_NEWLINE = re.compile(r"\n")


def _line_opens_item(text: str, start: int, newlines: list[int]) -> bool:
    k = bisect.bisect_left(newlines, start)
    return S._LIST_OPENER.match(text, newlines[k - 1] + 1 if k else 0) is not None


def _reference(document: Document, paper: Paper) -> list[Statement]:
    text = document.text
    words = S._words(paper.language)
    taken = sorted(
        [(t.span.start, t.span.end) for t in paper.targets]
        + [(f.span.start, f.span.end) for f in paper.unlinked if f.span is not None]
        + [(s.span.start, s.span.end) for s in paper.unquantified]
    )
    starts = [a for a, _ in taken]
    ends = [b for _, b in taken]

    def overlaps(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b)
        return k > 0 and max(ends[max(0, k - 8) : k]) > a

    breaks = [m.end() for m in _BLANK_LINE.finditer(text)]
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    found: list[Statement] = []
    looked_at: set[int] = set()
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    seen_until = -1
    for m in words.candidates.finditer(lowered):
        at = m.start()
        if at < seen_until or overlaps(at, m.end()):
            continue
        k = bisect.bisect_right(breaks, at)
        para_start = breaks[k - 1] if k else 0
        para_end = breaks[k] - 1 if k < len(breaks) else len(text)
        end = S._sentence_end(text, at, para_end)
        here = S._trimmed(text, S._sentence_start(text, at, para_start), end)
        if here is None or here[0] in looked_at:
            continue
        a, b = here
        looked_at.add(a)
        seen_until = b
        if text[b - 1] not in ".!?" or _line_opens_item(text, a, newlines) or S._has_figure(text[a:b]):
            continue
        if overlaps(a, b):
            continue
        after = S._sentence_after(text, end, para_end)
        if after is not None and overlaps(*after):
            continue
        raw = S._WORD.findall(text[a:b])
        tokens = [words.canonical(w) for w in raw]
        direction = S._direction(tokens, words)
        if direction is None:
            continue
        span = document.span(a, b - 1)
        indicator = " ".join(w for w, t in zip(raw, tokens, strict=True) if t not in words.skip)
        found.append(
            trusted(
                Statement,
                span=span,
                text=" ".join(span.quote.split()),
                direction=direction,
                indicator=indicator,
            )
        )
    return found


def _both(document: Document, language: str | None = None) -> tuple[list[Statement], list[Statement]]:
    paper = engine.extract_document(document, language=language)
    return S.goal_statements(document, paper), _reference(document, paper)


FOUND = inputs()


@pytest.mark.parametrize("name", sorted(FOUND))
def test_the_same_goal_sentences_as_the_reference_on_real_texts(name: str) -> None:
    document = read_bytes(FOUND[name].read_bytes(), name)
    new, old = _both(document)
    assert new == old


def test_the_comparison_is_not_vacuous() -> None:
    # a goal sentence followed by a target is not a goal without a figure; one followed by prose is
    text = "Indledning\n\nLedigheden skal falde. Der bor 25 % flere i byen.\n\nLedigheden skal falde. Den er høj.\n"
    new, old = _both(Document("<text>", text), "da")
    assert [(s.text, s.span.line) for s in old] == [("Ledigheden skal falde", 5)]
    assert new == old


_PIECES = [
    "Færre borgere skal være ensomme",
    "Flere unge skal i uddannelse",
    "Ledigheden skal falde",
    "Vi vil reducere udledningen",
    "målet er 40 pct.",
    "med 25 % i 2030",
    "feerre",
    "f@rre",
    "skal",
    "vil",
    "mål",
    "stige",
    "og",
    "i 2030",
    "• ",
    "- ",
    "1. ",
    "# ",
    ". ",
    ".",
    "! ",
    "? ",
    "\n",
    "\n\n",
    " \n  \n",
    "\n  ",
    "” ",
    "More young people will work",
    "Emissions will fall",
    "by 30 % by 2030",
    "m&l",
    "m@let",
    "7",
    "19",
    "år 2030",
    ")",
    "» ",
    "(",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["da", "en"]))
def test_the_same_goal_sentences_as_the_reference_on_generated_texts(
    pieces: list[str], language: str
) -> None:
    document = Document("<generated>", " ".join(pieces))
    new, old = _both(document, language)
    assert new == old


_SPELT = [
    "skal",
    "vil",
    "mål",
    "må",
    "m@l",
    "m&let",
    "feerre",
    "f@rre",
    "færre",
    "flere",
    "fewer",
    "more",
    "will",
]
_SPELT += [
    "ska",
    "fler",
    "færre",
    "ønsker",
    "x",
    "ø",
    "é",
    "_",
    "1",
    "-",
    " ",
    ".",
    "\n",
    "@",
    "&",
    "€",
    "ab",
]


@given(st.lists(st.sampled_from(_SPELT), max_size=30), st.sampled_from(["da", "en", "nb", "sv"]))
def test_candidate_words_found_where_rescanning_every_offset_finds_them(
    pieces: list[str], language: str
) -> None:
    # RE2 finds where a candidate word is spelt; the Python pattern, tried only there, finds what its own
    # finditer finds: words glued to letters, digits and stand-ins, inside other words and next to each other
    words = S._words(language)
    text = "".join(pieces)
    found = [m.span() for m in S._finditer(words.candidates, words.candidate_words, text)]
    assert found == [m.span() for m in words.candidates.finditer(text)]
