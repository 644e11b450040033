"""The figure-material pre-scan: RE2 and Python's ``re`` must agree on what is worth reading.

RE2 runs the patterns as one alternation and reports leftmost, non-overlapping hits; Python's ``re`` runs
them one by one and reports every hit. The extractor keeps every sentence a hit covers, so the RE2 scan is
sound when each position where a Python pattern starts a hit lies inside some RE2 hit. These tests hold it to
that, on generated keyword soup, on the examples and on the seed papers, and compare whole extractions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seeds import SEED_NAMES, seed_path
from sudgoals.extract import _scan, extract_text
from sudgoals.model import Paper

ROOT = Path(__file__).resolve().parent.parent

_PIECES = st.sampled_from(
    [
        "150",
        "2018",
        "1999",
        "20",
        " ",
        "\n",
        "\r\n",
        "flere",
        "feerre",
        "f@rre",
        "færre",
        "pct.",
        "procentpoint",
        "%",
        "[X]",
        "x",
        "xx",
        ".",
        ":",
        ",",
        "fra",
        "til",
        "med",
        "ca.",
        "halvdelen",
        "fordoble",
        "fem",
        "tre",
        "4. Flere",
        "12) Andelen",
        "Æ",
        "ø",
        "١٢",  # decimal digits of another script: \d in Python, \p{Nd} in RE2
        "²",
        "İ",
        "per cent",
        "from",
        "to",
        "fewer",
        "ud af",
        "in",
        "hver tredje",
        "one in five",
        "out of",
        "1O",
        "2l",
    ]
)


@pytest.fixture
def python_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SUDGOALS_SCAN", "re")
    _scan.backend.cache_clear()
    yield
    monkeypatch.delenv("SUDGOALS_SCAN")
    _scan.backend.cache_clear()


def _lowered(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


def _uncovered(text: str, language: str = "da") -> list[tuple[int, str]]:
    low = _lowered(text)
    python = _scan._python_hits(language, text, low)
    fast = _scan._re2_hits(language, text, low)
    assert fast is not None
    return [
        (start, text[start : start + 20])
        for start, _ in python
        if not any(a <= start < b or (a == start == b) for a, b in fast)
    ]


def test_re2_is_the_backend_where_it_installs() -> None:
    assert _scan.backend() == "re2"


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_re2_hits_cover_every_python_hit(text: str) -> None:
    assert _uncovered(text) == []
    assert _uncovered(text, "en") == []


def test_a_year_after_a_preposition_is_not_material_but_what_it_hides_is() -> None:
    low = "målet er at nå det til 2018. frem til 2018 pct. ingenting."
    spans = _scan._re2_hits("da", low, low)
    assert spans is not None
    covered = [low[a:b] for a, b in spans]
    assert not any(s.startswith("til 2018.") for s in covered), covered
    assert any("pct" in s for s in covered), covered  # "2018 pct." hid behind "til 2018"
    assert _uncovered(low) == []


def test_offsets_are_characters_not_bytes() -> None:
    text = "Æøå ÆØÅ æøå. Ledigheden skal falde med 150 flere på 18 pct."
    spans = _scan._re2_hits("da", text, text.lower())
    assert spans is not None and spans
    assert [text[a:b] for a, b in spans] == ["med 150", "på 18"]  # leftmost hits, at character offsets


def test_text_with_lone_surrogates_falls_back_to_python() -> None:
    text = "150 flere \udcff borgere. Det svarer til 18 pct."
    assert _scan._re2_hits("da", text, text.lower()) is None
    scan = _scan.MaterialScan("da", text, text.lower())
    assert scan.any(0, len(text))
    assert len(extract_text(text, language="da").targets) == 1


def _summary(paper: Paper) -> list[tuple[object, ...]]:
    return [(t.span.start, t.span.end, t.kind, t.verdict, t.indicator) for t in paper.targets] + [
        (f.span.start if f.span else None, f.text) for f in paper.unlinked
    ]


def _corpus() -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [(key, seed_path(key).read_text(encoding="utf-8")) for key in sorted(SEED_NAMES)]
    return texts


def test_both_backends_extract_the_same_from_examples_and_seeds(python_backend: None) -> None:
    corpus = _corpus()
    slow = {name: _summary(extract_text(text)) for name, text in corpus}
    _scan.backend.cache_clear()
    import os

    os.environ["SUDGOALS_SCAN"] = "re2"  # RE2 at any length (a short paper is scanned with re by default)
    assert _scan.backend() == "re2"
    for name, text in corpus:
        assert _summary(extract_text(text)) == slow[name], name
        assert _uncovered(text) == [], name
    os.environ["SUDGOALS_SCAN"] = "re"  # the fixture removes it again


def test_a_short_paper_is_scanned_with_re_and_a_long_one_with_re2() -> None:
    """A short paper's scan costs a process no RE2 automaton (its re patterns come from the disk cache);
    the same paper repeated past the length reads the same, per copy, through RE2."""
    text = (
        "150 flere borgere skal i job. Det svarer til 18 pct. Ledigheden skal falde med 2 procentpoint.\n\n"
    )
    short = _scan.MaterialScan("da", text, text.lower())
    assert not short._re2 and short.count > 0
    copies = _scan._SHORT // len(text) + 1
    long_text = text * copies
    assert _scan.MaterialScan("da", long_text, long_text.lower())._re2
    one = extract_text(text, language="da")
    many = extract_text(long_text, language="da")
    assert len(one.targets) == 2
    assert [t.kind for t in many.targets] == [t.kind for t in one.targets] * copies


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_both_backends_extract_the_same_from_keyword_soup(text: str) -> None:
    import os

    os.environ["SUDGOALS_SCAN"] = "re2"  # RE2 at any length (a short paper is scanned with re by default)
    try:
        fast = _summary(extract_text(text, language="da"))
    finally:
        del os.environ["SUDGOALS_SCAN"]
    os.environ["SUDGOALS_SCAN"] = "re"
    _scan.backend.cache_clear()
    try:
        slow = _summary(extract_text(text, language="da"))
    finally:
        del os.environ["SUDGOALS_SCAN"]
        _scan.backend.cache_clear()
    assert fast == slow


def test_direction_words_in_list_items_are_found_by_either_backend() -> None:
    # a list item with a goal but no figure is read for its direction word; with a lone surrogate in the
    # paper RE2 cannot scan it, and the Python search answers instead
    for extra in ("", "\udcff"):
        text = f"Mål{extra}:\n\n- Færre borgere skal vente på en afklaring\n- Vi holder møder\n"
        scan = _scan.MaterialScan("da", text, text.lower())
        item = text.index("Færre")
        assert scan.direction(item, item + 40)
        other = text.index("Vi holder")
        assert not scan.direction(other, other + 16)
        statements = extract_text(text, language="da").unquantified
        assert [s.direction.value for s in statements] == ["down"], statements


_PROSE = st.sampled_from(
    [
        " ",
        "\n",
        ". ",
        ".\n",
        "! ",
        "? ",
        "Det",
        "Målet",
        "Øget",
        "X",
        "XX",
        "ca",
        "ca.",
        "pct.",
        "fx",
        "bl.a.",
        "jf",
        "f",
        "9.",
        "18",
        "2015",
        "borgere",
        "flere",
        "*",
        '"',
        "4. Flere",
    ]
)


@given(st.lists(_PROSE, max_size=40).map("".join))
def test_a_rough_sentence_break_is_always_a_real_one(text: str) -> None:
    """Paragraphs are cut at rough breaks and only the pieces with figure material are read; that is safe
    because every rough break is also a break of the exact token pass, so a piece holds whole sentences."""
    from sudgoals.extract.engine import _Extractor
    from sudgoals.model import Document

    extractor = _Extractor(Document("t.txt", text), "da", None)
    toks = extractor.tokens(0, len(text))
    ends = {toks[b - 1].start for _a, b in extractor.sentences(toks)}
    for m in extractor.line_patterns.rough_break.finditer(text):
        assert m.start() in ends, (text, m.start())


def _content_tokens(text: str) -> tuple[list[tuple[int, str, str | None]], list[tuple[int, str, str | None]]]:
    from sudgoals.extract.lexicon import CONTENT_RE, TOKEN_RE

    kept = [(m.start(), m.group(), m.lastgroup) for m in TOKEN_RE.finditer(text)]
    return (
        [t for t in kept if t[2] in ("word", "num", "pct")],
        [(m.start(), m.group(), m.lastgroup) for m in CONTENT_RE.finditer(text)],
    )


def test_the_content_tokens_are_the_word_number_and_percent_tokens_on_real_texts() -> None:
    from same_results import inputs

    texts = [path.read_text(encoding="utf-8") for path in inputs().values()]
    assert texts
    for text in texts:
        everything, content = _content_tokens(text)
        assert content == everything


@given(st.text(alphabet="ab æø@®&€¢_%1234567890 .,-\u00a0\u202f\r\n\f\t()", max_size=60))
def test_the_content_tokens_are_the_word_number_and_percent_tokens_on_generated_texts(text: str) -> None:
    everything, content = _content_tokens(text)
    assert content == everything


# the word pattern as first written: an optional stand-in before a letter, then runs that may backtrack
_WORD_AS_FIRST_WRITTEN = r"(?P<word>(?:[@®&€¢](?=[^\W\d_]))?[^\W\d_]+(?:[@®&€¢][^\W\d_]+)*)"


@given(st.text(alphabet="ab æø@®&€¢_%1234567890 .,-\u00a0\r\n()", max_size=60))
def test_the_possessive_word_pattern_takes_the_tokens_the_backtracking_one_took(text: str) -> None:
    import re

    from sudgoals.extract.lexicon import TOKEN_RE

    rest = TOKEN_RE.pattern[TOKEN_RE.pattern.index("|(?P<num>") :]
    first = re.compile(_WORD_AS_FIRST_WRITTEN + rest)
    assert [(m.span(), m.lastgroup) for m in TOKEN_RE.finditer(text)] == [
        (m.span(), m.lastgroup) for m in first.finditer(text)
    ]


@pytest.mark.parametrize(
    ("language", "material", "prose"),
    [
        # a factor or fraction phrase by its last two words, not by its last word alone
        ("da", "Der skal være dobbelt så mange lærepladser.", "Mange borgere bor alene."),
        ("da", "Det er en kvart procent mere.", "Rapporten kommer i første kvartal."),
        ("nb", "Det skal bli dobbelt så mange lærlinger.", "Mange innbyggere bor alene."),
        ("sv", "Det ska bli dubbelt så många platser.", "Många invånare bor ensamma."),
        ("en", "Twice as many homes will be built.", "Many residents live alone."),
        ("en", "A quarter of residents will be reached.", "The quarterly report is due."),
        ("en", "One third of the budget goes to housing.", "The third sector helps."),
        # a number word before a count adjective, as whole words
        ("nb", "Målet er at femten nye bedrifter skal etablere seg.", "Det gir en merverdi for alle."),
        ("da", "Der kommer to nye skoler.", "Det er en kriminel løbebane og et handicap."),
        ("en", "We will open twelve new schools.", "Nine newcomers arrived."),
        # a figure after an arrow, as a key-figure row writes the change
        ("nb", "Antall innbyggere: 23 100 (2023) → 23 400 (2024)", "Se kapittel fire → vedlegg."),
        ("en", "Residents: 23,100 (2023) -> 23,400 (2024)", "See chapter four -> annex."),
        # a word hyphenated at a line end, not an empty list item or a dash that ends a line
        ("da", "Vi vil have 90 fær-\nre udsættelser.", "- \n- \n- \nNoter -\nslut"),
        ("sv", "Antalet ska hal-\nveras till 2030.", "-\n-\n"),
    ],
)
def test_material_is_the_phrase_not_a_common_word_inside_it(language: str, material: str, prose: str) -> None:
    for backend in ("re2", "re"):
        for text, want in ((material, True), (prose, False)):
            low = _lowered(text)
            hits = (
                _scan._re2_hits(language, text, low)
                if backend == "re2"
                else _scan._python_hits(language, text, low)
            )
            assert bool(hits) is want, (backend, text, hits)
