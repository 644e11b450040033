"""The pattern cascade reads the words around its items from the sentence reader's tokens
(:class:`sudgoals.extract.engine.ReadTokens`) instead of tokenising each window again: every window it takes
from there holds the same words, at the same offsets, as its own tokenisation of the window
(:data:`~sudgoals.extract.lexicon.CONTENT_RE`, lower-cased, spelt by the lexicon) would give: on every seed,
example and corpus text found, and on generated texts of words, figures, hyphens, line breaks and letters
that lower-case oddly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from same_results import inputs
from sudgoals.extract import cascade, engine
from sudgoals.extract.lexicon import CONTENT_RE, lexicon
from sudgoals.lang import LANGUAGES
from sudgoals.model import Document
from sudgoals.readers import read_bytes


def _own(matcher: cascade._Matcher, start: int, end: int) -> tuple[list[int], list[str]]:
    """The window's words as the cascade finds them itself."""
    found = list(CONTENT_RE.finditer(matcher.text, start, end))
    lowered = [m.group().lower() for m in found]
    return [m.start() for m in found], [matcher.words.lex.canon(w) for w in lowered]


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, bool]]:
    """Each window the cascade asks for while the test runs: (taken from the reader's tokens, the same
    words as its own tokenisation)."""
    seen: list[tuple[bool, bool]] = []
    content = cascade._Matcher._content

    def checked(matcher: cascade._Matcher, start: int, end: int) -> tuple[list[int], list[str]]:
        got = content(matcher, start, end)
        shared = matcher.read is not None and matcher.read.content(start, end) is not None
        seen.append((shared, (list(got[0]), list(got[1])) == _own(matcher, start, end)))
        return got

    monkeypatch.setattr(cascade._Matcher, "_content", checked)
    return seen


def test_no_lexicon_spells_a_number_or_a_percent_sign_otherwise() -> None:
    # the reader keeps a number's text as its canonical spelling; the cascade looks every token up
    for code in LANGUAGES:
        spellings = lexicon(code)._canon
        for written, canonical in spellings.items():
            m = CONTENT_RE.fullmatch(written)
            if m is not None and m.lastgroup != "word":
                assert canonical == written, (code, written)


FOUND = inputs()


def test_every_window_of_the_real_texts_reads_alike(windows: list[tuple[bool, bool]]) -> None:
    for name in sorted(FOUND):
        engine.extract_document(read_bytes(FOUND[name].read_bytes(), name))
    assert windows, "the cascade asked for no window"
    assert all(same for _, same in windows)
    if len(FOUND) > 5:  # (the seeds and the corpus are there): most windows come from the reader
        assert sum(shared for shared, _ in windows) > len(windows) // 2


def test_windows_that_would_cut_a_token_or_lower_case_apart_are_read_again() -> None:
    text = "Ledigheden skal ned-\nbringes med 25 pct. i 2030 fra 1 000 personer."
    read = engine._Extractor(Document("<t>", text), "da", None)
    read.tokens(0, len(text))
    assert read.read is not None
    assert read.read.content(0, len(text)) is None  # "ned-\nbringes" is one token of the reader
    plain = "Ledigheden skal falde med 25 pct. i 2030 fra 1 000 personer."
    read = engine._Extractor(Document("<t>", plain), "da", None)
    read.tokens(0, len(plain))
    assert read.read is not None
    assert read.read.content(0, len(plain)) == _own_words(plain, 0, len(plain))
    assert read.read.content(3, 20) is None  # the window opens inside "Ledigheden"
    assert read.read.content(0, 48) is None  # ... or ends inside "1 000" ("1 0" alone is two numbers)
    cut = plain.index("personer")
    assert read.read.content(11, cut) == _own_words(plain, 11, cut)
    for odd in ("ΑΣ'Α skal falde med 25 pct.", "İndikator skal falde med 25 pct."):
        assert engine._Extractor(Document("<t>", odd), "da", None).read is None


def _own_words(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    canon = lexicon("da").canon
    found = list(CONTENT_RE.finditer(text, start, end))
    return [m.start() for m in found], [canon(m.group().lower()) for m in found]


_PIECES = [
    "Ledigheden skal falde med",
    "Andelen skal øges",
    "til",
    "fra",
    "25",
    "1 000",
    "3.412",
    "4,5",
    "pct.",
    "%",
    "i 2030",
    "ned-\nbringes",
    "stig-\n ning",
    "CO2-\nudledningen",
    "-",
    ". ",
    ", ",
    " (",
    ") ",
    "\n",
    "\n\n",
    "• ",
    "Målet er",
    "f@rre",
    "feerre",
    "Σ",
    "İ",
    " ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_every_window_of_generated_texts_reads_alike(pieces: list[str]) -> None:
    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        seen: list[tuple[bool, bool]] = []
        content = cascade._Matcher._content

        def checked(matcher: cascade._Matcher, start: int, end: int) -> tuple[list[int], list[str]]:
            got = content(matcher, start, end)
            seen.append((True, (list(got[0]), list(got[1])) == _own(matcher, start, end)))
            return got

        patch.setattr(cascade._Matcher, "_content", checked)
        engine.extract_document(Document("<t>", text), language="da")
    assert all(same for _, same in seen)
