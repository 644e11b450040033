"""Hostile input for the readers (issue 7): each gives a typed error or a correct result, in bounded time.

Regression files live in ``tests/fixtures/hostile/``; every file there is read by :func:`test_fixture_corpus`,
so a crasher found by fuzzing is kept by dropping it into that folder (and, when its outcome matters, adding
a row to ``EXPECTED``).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builders import (
    build_docx,
    build_encrypted_pdf,
    build_image_only_pdf,
    build_pdf,
    build_zip_bomb_docx,
    zip_bytes,
)
from sudgoals.errors import (
    DocumentError,
    EncryptedDocumentError,
    InputTooLargeError,
    NeedsOCRError,
    SudgoalsError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from sudgoals.model import Document
from sudgoals.readers import iter_paths, read, read_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
SECONDS = 20.0  # generous: the machine is shared; the real times are far below (see the benchmark)


def timed_read(path: Path, **options: object) -> tuple[Document | SudgoalsError, float]:
    started = time.perf_counter()
    try:
        outcome: Document | SudgoalsError = read(path, **options)  # type: ignore[arg-type]
    except SudgoalsError as exc:
        outcome = exc
    return outcome, time.perf_counter() - started


# --------------------------------------------------------------------------------------------- corpus

# file -> (expected error class, or None for a Document) and, for a Document, a text it must contain
EXPECTED: dict[str, tuple[type[SudgoalsError] | None, str | None]] = {
    "utf16-le-no-bom.txt": (None, "150 flere udsatte københavnere får anvist en bolig.\r\nDet svarer"),
    "utf16-be-no-bom.txt": (None, "stigning på 18 pct.\r\n"),
    "cp1252.txt": (None, "90 færre udsættelser på årsplan – et fald på 17 pct."),
    "invalid-utf8.txt": (None, "730 færre københavnere\nlever i \ufffd"),
    "nul-bytes.txt": (DocumentError, None),
    "binary-junk.bin": (DocumentError, None),
    "old-mac-cr.txt": (None, "300 flere borgere\rDet svarer"),
    "empty.txt": (None, ""),
    "not-a-zip.docx": (DocumentError, None),
    "truncated-zip.docx": (DocumentError, None),
    "not-a-pdf.pdf": (DocumentError, None),
    "truncated.pdf": (DocumentError, None),
    "pdf-header-only.pdf": (DocumentError, None),
    "unclosed-quote.html": (None, None),
    "deep-mixed.html": (None, "5 pct. færre"),
    # session 16 (tests/test_hostile_attacks.py builds these and more from code)
    "xxe.docx": (UnsafeDocumentError, None),
    "billion-laughs.odt": (UnsafeDocumentError, None),
    "space-bomb.odt": (InputTooLargeError, None),
    "duplicate-document.docx": (DocumentError, None),
    "no-content.odt": (DocumentError, None),
    "page-tree-loop.pdf": (DocumentError, None),
    "zero-width-figures.txt": (None, "150 flere udsatte får en bolig. Det svarer til 18 pct."),
    "mixed-utf8-cp1252.txt": (None, "90 færre udsættelser på årsplan.\n730 færre københavnere.\n"),
    "lone-surrogate.txt": (None, "x \ufffd y"),
    "figures-in-script.html": (None, "Indledning.\nSlut."),
}


def test_every_expected_fixture_exists() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in FIXTURES.iterdir() if path.is_file())


@pytest.mark.parametrize("path", sorted(FIXTURES.iterdir()), ids=lambda path: path.name)
def test_fixture_corpus(path: Path) -> None:
    outcome, seconds = timed_read(path)
    assert seconds < SECONDS
    expected_error, expected_text = EXPECTED.get(path.name, (None, None))
    if expected_error is None and path.name in EXPECTED:
        assert isinstance(outcome, Document), outcome
        if expected_text is not None:
            assert expected_text in outcome.text if expected_text else outcome.text == ""
    elif expected_error is not None:
        assert isinstance(outcome, expected_error)
        assert outcome.path == str(path)  # type: ignore[attr-defined]
    else:  # a new crasher in the corpus: any typed outcome will do
        assert isinstance(outcome, Document | SudgoalsError)


# --------------------------------------------------------------------------------------------- text


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "tom.txt"
    path.write_bytes(b"")
    document = read(path)
    assert (document.text, document.format) == ("", "txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 100,
        b"\x00\x01\x02\x03\x04\x05\x06\x07" * 64,
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20,  # valid UTF-8 but control characters only
    ],
)
def test_binary_junk_is_refused_as_binary(data: bytes) -> None:
    with pytest.raises(DocumentError) as caught:
        read_bytes(data, "junk.txt")
    assert caught.value.path == "junk.txt"


def test_utf16_without_bom_gives_the_right_text() -> None:
    text = "Minimum 95 pct. af en ungdomsårgang skal gennemføre en ungdomsuddannelse i 2015.\n" * 3
    for encoding in ("utf-16-le", "utf-16-be"):
        document = read_bytes(text.encode(encoding), "u16.txt")
        assert (document.text, document.encoding) == (text, encoding)


def test_a_huge_text_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # a sparse 200 MB file: no disk space, no time
        handle.truncate(200_000_000)
    outcome, seconds = timed_read(path)
    assert isinstance(outcome, InputTooLargeError)
    assert seconds < 1.0


# --------------------------------------------------------------------------------------------- pdf


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = build_pdf(tmp_path / "hel.pdf").read_bytes()
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 40):
        outcome: Document | DocumentError
        try:
            outcome = read_bytes(whole[:cut], "halv.pdf")
        except DocumentError as exc:
            outcome = exc
        if isinstance(outcome, DocumentError):
            assert outcome.path == "halv.pdf"
        else:  # pypdf recovered what was there: it must be text of the example, not junk
            assert "Mål for det sociale område" in outcome.text


def test_encrypted_pdf(tmp_path: Path) -> None:
    source = build_pdf(tmp_path / "aaben.pdf")
    encrypted = build_encrypted_pdf(tmp_path / "laast.pdf", source)
    outcome, seconds = timed_read(encrypted)
    assert isinstance(outcome, EncryptedDocumentError)
    assert outcome.path == str(encrypted)
    assert seconds < SECONDS


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    path = build_image_only_pdf(tmp_path / "scan.pdf", pages=3)
    with pytest.raises(NeedsOCRError) as caught:
        read(path)
    assert caught.value.path == str(path)


# --------------------------------------------------------------------------------------------- docx


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = build_zip_bomb_docx(tmp_path / "bombe.docx")
    assert path.stat().st_size < 2_000_000
    outcome, seconds = timed_read(path)
    assert isinstance(outcome, InputTooLargeError)
    assert seconds < 1.0
    # the same archive read with a limit above its unpacked size is parsed (and found not to be a .docx)
    with pytest.raises(DocumentError) as caught:
        read(path, max_bytes=200_000_000)
    assert not isinstance(caught.value, InputTooLargeError)


def test_zip_bomb_as_odt(tmp_path: Path) -> None:
    members = {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b" " * 2_000_000}
    with pytest.raises(InputTooLargeError):
        read_bytes(zip_bytes(members), "bombe.odt", max_bytes=1_000_000)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"plain text",
        b"PK\x03\x04",
        b"PK\x05\x06" + bytes(18),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
    ],
    ids=["empty", "text", "zip-header-only", "empty-zip", "old-word-binary"],
)
def test_docx_that_is_not_a_zip(data: bytes) -> None:
    with pytest.raises(DocumentError) as caught:
        read_bytes(data, "rapport.docx")
    assert caught.value.path == "rapport.docx"


def test_a_zip_of_another_kind_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError):
        read_bytes(zip_bytes({"xl/workbook.xml": b"<workbook/>"}), "regneark.zip")


def test_docx_with_50000_paragraphs(tmp_path: Path) -> None:
    paragraphs = [f"Afsnit {number}: {number % 900 + 100} flere borgere" for number in range(1, 50_001)]
    path = build_docx(tmp_path / "lang.docx", paragraphs=paragraphs)
    outcome, seconds = timed_read(path)
    assert isinstance(outcome, Document)
    lines = outcome.text.split("\n")
    assert len(lines) == 50_000
    assert lines[0] == paragraphs[0]
    assert lines[49_999] == paragraphs[49_999]
    assert seconds < SECONDS


# --------------------------------------------------------------------------------------------- html


@pytest.mark.parametrize("tag", ["div", "span", "b", "blockquote", "li", "table"])
def test_html_nested_100000_deep(tag: str) -> None:
    depth = 100_000
    html = f"<{tag}>" * depth + "150 flere udsatte" + f"</{tag}>" * depth
    started = time.perf_counter()
    document = read_bytes(html.encode(), "dyb.html")
    assert time.perf_counter() - started < SECONDS
    assert document.text.strip() == "150 flere udsatte"


def test_html_nested_deep_keeps_every_text() -> None:
    depth = 20_000
    html = "".join(f"<div>{n}" for n in range(depth)) + "</div>" * depth
    document = read_bytes(html.encode(), "dyb.html")
    assert [int(word) for word in document.text.split()] == list(range(depth))


def test_html_unclosed_nesting() -> None:
    document = read_bytes(("<div><p>" * 50_000 + "5 pct. færre").encode(), "aaben.html")
    assert document.text.split() == ["5", "pct.", "færre"]


# --------------------------------------------------------------------------------------------- paths


def test_missing_path() -> None:
    with pytest.raises(DocumentError) as caught:
        read("findes/ikke.txt")
    assert caught.value.path == "findes/ikke.txt"


def test_folder_given_to_read(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        read(tmp_path)
    assert caught.value.path == str(tmp_path)


def test_folder_with_no_papers(tmp_path: Path) -> None:
    (tmp_path / "billede.png").write_bytes(b"\x89PNG")
    (tmp_path / "tom").mkdir()
    with pytest.raises(DocumentError) as caught:
        iter_paths([tmp_path])
    assert caught.value.path == str(tmp_path)


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: root can read any file, so a file without read permission cannot be made",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "hemmelig.txt"
    path.write_text("150 flere")
    path.chmod(0)
    try:
        with pytest.raises(DocumentError) as caught:
            read(path)
        assert caught.value.path == str(path)
    finally:
        path.chmod(0o600)


# --------------------------------------------------------------------------------------------- fuzz

_PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"PK\x03\x04",
        b"<!DOCTYPE html>",
        b"<html><div>",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
    ]
)
_NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.odt", "a.pdf", "a", "a.bin"])


@given(prefix=_PREFIXES, data=st.binary(max_size=3000), name=_NAMES)
def test_read_bytes_raises_nothing_but_sudgoals_errors(prefix: bytes, data: bytes, name: str) -> None:
    try:
        document = read_bytes(prefix + data, name)
    except SudgoalsError:
        return
    assert isinstance(document.text, str)


@given(
    base=st.sampled_from(["docx", "pdf"]),
    position=st.integers(min_value=0, max_value=100_000),
    junk=st.binary(min_size=1, max_size=64),
)
def test_damaged_real_documents_raise_nothing_but_sudgoals_errors(
    tmp_path_factory: pytest.TempPathFactory, base: str, position: int, junk: bytes
) -> None:
    original = _real_document(tmp_path_factory, base)
    cut = position % len(original)
    damaged = original[:cut] + junk + original[cut + len(junk) :]
    with contextlib.suppress(SudgoalsError):
        read_bytes(damaged, f"skadet.{base}")


_REAL: dict[str, bytes] = {}


def _real_document(factory: pytest.TempPathFactory, kind: str) -> bytes:
    if kind not in _REAL:
        folder = factory.mktemp("real")
        path = build_docx(folder / "x.docx") if kind == "docx" else build_pdf(folder / "x.pdf")
        _REAL[kind] = path.read_bytes()
    return _REAL[kind]


@pytest.mark.parametrize(
    "figure",
    [
        "7" * 200_000,  # a run of digits far past Python's int-from-text limit (4,300)
        "0," + "0" * 50_000 + "1",  # as many decimals
        "1" * 61,  # one digit more than a number may have
    ],
)
def test_a_number_of_thousands_of_digits_is_no_figure(figure: str) -> None:
    """A run of digits no paper states (a garbled table, a hostile file) is not read as a figure, and the
    paper around it is still read: the pair in the next sentence is found and judged."""
    from sudgoals import check_text
    from sudgoals.errors import FigureSyntaxError
    from sudgoals.numbers import MAX_DIGITS, parse_number

    with pytest.raises(FigureSyntaxError, match=f"at most {MAX_DIGITS}"):
        parse_number(figure)
    text = f"Antallet skal stige med {figure} personer.\n\n150 flere skal i job. Det svarer til 18 pct.\n"
    started = time.perf_counter()
    report = check_text(text, path="digits.txt")
    assert time.perf_counter() - started < SECONDS
    (target,) = report.documents[0].targets
    assert target.absolute is not None and target.relative is not None
    assert (target.absolute.value, target.relative.value, target.verdict.value) == (150, 18, "consistent")


def test_sixty_digits_are_still_a_number() -> None:
    from sudgoals.numbers import MAX_DIGITS, parse_number

    assert parse_number("9" * MAX_DIGITS).value == 10**MAX_DIGITS - 1
