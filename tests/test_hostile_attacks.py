"""Attacks on the readers, each built in the test from code: every hostile file gives a typed error naming
the file, or the right reading, in bounded time and memory (the set of issue 7, widened in session 16).

Zip containers (.docx, .odt), the XML inside them, PDF, HTML, plain text, paths, and the CLI over many files.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from builders import build_docx, build_odt, zip_bytes
from sudgoals import check_text
from sudgoals.errors import (
    DocumentError,
    EncryptedDocumentError,
    InputTooLargeError,
    NeedsOCRError,
    SudgoalsError,
    UnsafeDocumentError,
)
from sudgoals.model import Document
from sudgoals.readers import read, read_bytes
from sudgoals.readers._common import MAX_ZIP_MEMBERS

SECONDS = 20.0  # generous, as in test_hostile: the machine is shared; each test here takes under 2 s

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_LAUGHS = (
    '<!DOCTYPE d [<!ENTITY a "hahahahahahahahahaha">'
    + "".join(f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(9))
    + "]>"
)
_XXE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def outcome(data: bytes, name: str, **options: object) -> tuple[Document | SudgoalsError, float]:
    started = time.perf_counter()
    try:
        result: Document | SudgoalsError = read_bytes(data, name, **options)  # type: ignore[arg-type]
    except SudgoalsError as exc:
        result = exc
    return result, time.perf_counter() - started


def refused(data: bytes, name: str, kind: type[SudgoalsError], **options: object) -> SudgoalsError:
    result, seconds = outcome(data, name, **options)
    assert isinstance(result, kind), result
    assert result.path == name  # type: ignore[attr-defined]
    assert str(result).startswith(f"{name}: ")
    assert seconds < SECONDS
    return result


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.fixture(scope="module")
def docx_parts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return members(build_docx(tmp_path_factory.mktemp("docx") / "x.docx").read_bytes())


@pytest.fixture(scope="module")
def odt_parts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return members(build_odt(tmp_path_factory.mktemp("odt") / "x.odt").read_bytes())


def docx_with(parts: dict[str, bytes], body: str, prolog: str = "") -> bytes:
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {_W}><w:body>{body}</w:body></w:document>'
    )
    return zip_bytes({**parts, "word/document.xml": xml.encode()})


def odt_with(parts: dict[str, bytes], body: str, prolog: str = "") -> bytes:
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {_ODF}><office:body>'
        f"<office:text>{body}</office:text></office:body></office:document-content>"
    )
    return zip_bytes({**parts, "content.xml": xml.encode()})


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


# --------------------------------------------------------------------------------------------- zip


def _set_sizes(data: bytes, name: str, size: int) -> bytes:
    """``data`` with the uncompressed size that the local and central headers of ``name`` declare set."""
    raw = bytearray(data)
    encoded = name.encode()
    for magic, name_length, size_at, name_at in ((b"PK\x01\x02", 28, 24, 46), (b"PK\x03\x04", 26, 22, 30)):
        at = raw.find(magic)
        while at >= 0:
            length = int.from_bytes(raw[at + name_length : at + name_length + 2], "little")
            if raw[at + name_at : at + name_at + length] == encoded:
                raw[at + size_at : at + size_at + 4] = size.to_bytes(4, "little")
            at = raw.find(magic, at + 4)
    return bytes(raw)


def test_a_size_header_that_claims_gigabytes_is_refused_before_inflating(
    docx_parts: dict[str, bytes],
) -> None:
    data = _set_sizes(docx_with(docx_parts, paragraph("150 flere")), "word/document.xml", 0xFFFF_FFF0)
    refused(data, "lie.docx", InputTooLargeError)


def test_a_size_header_that_hides_a_bomb_is_read_no_further_than_it_says(
    docx_parts: dict[str, bytes],
) -> None:
    # document.xml inflates to 20 MB but declares 2,000 bytes: the reader stops at the declared size
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, part in docx_parts.items():
            if name != "word/document.xml":
                archive.writestr(name, part)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f"<w:document {_W}><w:body>{paragraph('150 flere')}".encode())
            for _ in range(2):
                member.write(b" " * 10_000_000)
    refused(_set_sizes(buffer.getvalue(), "word/document.xml", 2000), "lie.docx", DocumentError)


def test_thousands_of_zip_members_are_refused(docx_parts: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # stored, not deflated: 20,000 members built in a second
        for name, part in docx_parts.items():
            archive.writestr(name, part)
        for k in range(MAX_ZIP_MEMBERS):
            archive.writestr(f"x/{k}", b"")
    error = refused(buffer.getvalue(), "many.docx", DocumentError)
    assert "zip members" in str(error)


def test_a_few_thousand_members_are_read(docx_parts: dict[str, bytes]) -> None:
    document, seconds = outcome(zip_bytes({**docx_parts, **{f"x/{k}": b"" for k in range(3000)}}), "a.docx")
    assert isinstance(document, Document) and "150 flere" in document.text
    assert seconds < SECONDS


def test_a_nested_zip_is_not_opened(docx_parts: dict[str, bytes]) -> None:
    inner = docx_with(docx_parts, paragraph("999 færre"))
    document = read_bytes(
        docx_with({**docx_parts, "word/embeddings/x.docx": inner}, paragraph("150 flere")), "a.docx"
    )
    assert document.text == "150 flere"


def test_an_entry_name_with_dot_dot_is_read_and_never_written(
    docx_parts: dict[str, bytes], tmp_path: Path
) -> None:
    before = set(tmp_path.parent.iterdir())
    data = docx_with({**docx_parts, "../../evil.xml": b"<x/>", "/abs.xml": b"<x/>"}, paragraph("150 flere"))
    path = tmp_path / "a.docx"
    path.write_bytes(data)
    assert read(path).text == "150 flere"
    assert set(tmp_path.parent.iterdir()) == before


def test_a_duplicate_document_xml_is_refused(docx_parts: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    second = f"<w:document {_W}><w:body>{paragraph('999')}</w:body></w:document>"
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, part in docx_parts.items():
            archive.writestr(name, part)
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("word/document.xml", second)
    error = refused(buffer.getvalue(), "dup.docx", DocumentError)
    assert "word/document.xml" in str(error)


def test_a_docx_without_document_xml_and_an_odt_without_content_xml(
    docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]
) -> None:
    refused(
        zip_bytes({k: v for k, v in docx_parts.items() if k != "word/document.xml"}), "a.docx", DocumentError
    )
    error = refused(
        zip_bytes({k: v for k, v in odt_parts.items() if k != "content.xml"}), "a.odt", DocumentError
    )
    assert "content.xml" in str(error)


def _encrypted_flag(data: bytes) -> bytes:
    raw = bytearray(data)
    for magic, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.find(magic)
        while at >= 0:
            raw[at + flags_at] |= 1
            at = raw.find(magic, at + 4)
    return bytes(raw)


def test_encrypted_zips_are_encrypted_documents(
    docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]
) -> None:
    refused(_encrypted_flag(zip_bytes(docx_parts)), "a.docx", EncryptedDocumentError)
    refused(_encrypted_flag(zip_bytes(odt_parts)), "a.odt", EncryptedDocumentError)


def test_a_password_protected_docx_and_odt_are_encrypted_documents(odt_parts: dict[str, bytes]) -> None:
    # Word keeps an encrypted .docx in an OLE compound file with an EncryptedPackage stream
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500)
    )
    refused(ole, "secret.docx", EncryptedDocumentError)
    # an encrypted .odt says so in its manifest
    manifest = odt_parts["META-INF/manifest.xml"].replace(
        b"</manifest:manifest>", b"<manifest:encryption-data/></manifest:manifest>"
    )
    refused(zip_bytes({**odt_parts, "META-INF/manifest.xml": manifest}), "secret.odt", EncryptedDocumentError)


# --------------------------------------------------------------------------------------------- XML


@pytest.mark.parametrize("prolog", [_LAUGHS, _XXE, '<!DOCTYPE d SYSTEM "http://127.0.0.1:9/d.dtd">'])
def test_a_dtd_is_refused_and_no_entity_is_read(
    prolog: str, docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]
) -> None:
    body = "150 flere &xxe;" if "xxe" in prolog else "&j;" if "ENTITY a" in prolog else "150 flere"
    for data, name in (
        (docx_with(docx_parts, paragraph(body), prolog), "a.docx"),
        (odt_with(odt_parts, f"<text:p>{body}</text:p>", prolog), "a.odt"),
    ):
        error = refused(data, name, UnsafeDocumentError)
        assert "root:" not in str(error)


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_100000_deep_nesting(kind: str, docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]) -> None:
    depth = 100_000
    if kind == "docx":
        data = docx_with(
            docx_parts,
            "<w:p><w:r>" + "<w:smartTag>" * depth + "<w:t>1</w:t>" + "</w:smartTag>" * depth + "</w:r></w:p>",
        )
    else:
        data = odt_with(
            odt_parts, "<text:p>" + "<text:span>" * depth + "1" + "</text:span>" * depth + "</text:p>"
        )
    refused(data, f"deep.{kind}", DocumentError)


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_a_huge_attribute(kind: str, docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]) -> None:
    value = "a" * 12_000_000
    if kind == "docx":
        data = docx_with(docx_parts, f'<w:p w:x="{value}"><w:r><w:t>150 flere</w:t></w:r></w:p>')
    else:
        data = odt_with(odt_parts, f'<text:p text:x="{value}">150 flere</text:p>')
    refused(data, f"attr.{kind}", DocumentError)


def test_invalid_utf8_inside_the_xml(docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]) -> None:
    docx = members(docx_with(docx_parts, paragraph("150 flQQere")))["word/document.xml"]
    odt = members(odt_with(odt_parts, "<text:p>150 flQQere</text:p>"))["content.xml"]
    broken = b"\xff\xfe"
    refused(
        zip_bytes({**docx_parts, "word/document.xml": docx.replace(b"QQ", broken)}), "a.docx", DocumentError
    )
    refused(zip_bytes({**odt_parts, "content.xml": odt.replace(b"QQ", broken)}), "a.odt", DocumentError)


def test_utf16_xml(docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]) -> None:
    xml = f'<?xml version="1.0" encoding="UTF-16"?><w:document {_W}><w:body>{paragraph("150 flere")}</w:body></w:document>'
    assert (
        read_bytes(zip_bytes({**docx_parts, "word/document.xml": xml.encode("utf-16")}), "a.docx").text
        == "150 flere"
    )
    content = members(odt_with(odt_parts, "<text:p>150 flere</text:p>"))["content.xml"].decode()
    content = content.replace("UTF-8", "UTF-16").encode("utf-16")
    error = refused(zip_bytes({**odt_parts, "content.xml": content}), "a.odt", DocumentError)
    assert "UTF-16" in str(error)


def test_a_flood_of_elements_is_refused_before_the_tree_is_built(
    docx_parts: dict[str, bytes], odt_parts: dict[str, bytes]
) -> None:
    # 3 MB of <w:p/> packed in a few kilobytes took python-docx 1 GB and 25 s (odfpy: 55 s)
    refused(docx_with(docx_parts, "<w:p/>" * 600_000), "flood.docx", InputTooLargeError)
    refused(odt_with(odt_parts, "<text:p/>" * 600_000), "flood.odt", InputTooLargeError)


def test_space_elements_cannot_ask_for_gigabytes(odt_parts: dict[str, bytes]) -> None:
    # 22 bytes each, 9,999 spaces each: a 2 KB file asked for 100 MB of spaces
    data = odt_with(odt_parts, "<text:p>" + '<text:s text:c="9999"/>' * 10_000 + "</text:p>")
    refused(data, "spaces.odt", InputTooLargeError)
    few = read_bytes(odt_with(odt_parts, '<text:p>150<text:s text:c="3"/>flere</text:p>'), "a.odt")
    assert few.text == "150   flere"


# --------------------------------------------------------------------------------------------- PDF


def _pdf(objects: dict[int, bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    size = max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


_TEXT = b"BT /F1 12 Tf 72 700 Td (150 flere udsatte. Det svarer til 18 pct.) Tj ET"


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _page_pdf(pages: bytes, contents: bytes = _stream(_TEXT)) -> bytes:
    return _pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: pages,
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            4: contents,
            5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        }
    )


def test_a_page_tree_that_loops() -> None:
    refused(_page_pdf(b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"), "loop.pdf", DocumentError)


def test_a_million_pages_declared_and_one_there() -> None:
    document, seconds = outcome(_page_pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>"), "a.pdf")
    assert isinstance(document, Document)
    assert document.text == "150 flere udsatte. Det svarer til 18 pct."
    assert seconds < SECONDS


def test_a_stream_that_inflates_far_past_the_limit_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    # 100 MB is as good as gigabytes here: the reader stops at 32 MB either way (pypdf's own 75 MB took
    # 146 MB of memory to refuse a 1 MB file)
    packer = zlib.compressobj(1)
    chunk = b" " * 10_000_000
    packed = packer.compress(_TEXT + b"\n") + b"".join(packer.compress(chunk) for _ in range(10))
    packed += packer.flush()
    bomb = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_page_pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", bomb))
    # in a fresh process, so that its peak memory is the reading's
    probe = (
        "import resource, sys, pypdf\n"
        "from sudgoals.readers import read\n"
        "from sudgoals.errors import InputTooLargeError\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n    read(sys.argv[1])\nexcept InputTooLargeError as exc:\n    print(type(exc).__name__)\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    kind, grown = done.stdout.split()
    assert kind == "InputTooLargeError"
    assert int(grown) < 10 * path.stat().st_size / 1e6 + 100  # MB: ten times the file, and 100 more


def test_text_drawn_one_glyph_at_a_time() -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    x = 20.0
    sentence = "150 flere udsatte får en bolig. Det svarer til 18 pct."
    for char in sentence:
        pdf.text(x, 40, char)
        x += pdf.get_string_width(char)
    document = read_bytes(bytes(pdf.output()), "glyphs.pdf")
    assert document.text == sentence


def test_a_scan_says_it_needs_ocr() -> None:
    error = refused(
        _page_pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _stream(b"0 0 m 9 9 l S")),
        "scan.pdf",
        NeedsOCRError,
    )
    assert "OCR" in str(error)


# --------------------------------------------------------------------------------------------- HTML


def test_html_unclosed_everything() -> None:
    data = b"<html><body><div><p><b><i><ul><li>150 flere<li>Det svarer til 18 pct.<p><table><tr><td>90"
    assert read_bytes(data, "a.html").text.split("\n") == ["150 flere", "Det svarer til 18 pct.", "| 90 |"]


def test_figures_in_script_style_and_title_are_not_read() -> None:
    data = (
        "<html><body><p>Indledning.</p><script>var s = '150 flere. Det svarer til 18 pct.';</script>"
        "<style>/* 90 færre, 17 pct. */</style><title>300 flere, 1,4 pct.</title>"
        "<noscript>730 færre, 5 pct.</noscript><p>Slut.</p><script>var t = '40 flere, 10 pct.';"
    ).encode()
    document = read_bytes(data, "a.html")
    assert document.text == "Indledning.\nSlut."


def test_html_entities_inside_figures() -> None:
    document = read_bytes(b"<p>&#x31;50 flere udsatte. Det svarer til 1&#56; pct.</p>", "a.html")
    (target,) = check_text(document.text, path="a.html").documents[0].targets
    assert target.absolute is not None and target.relative is not None
    assert (target.absolute.value, target.relative.value, target.verdict.value) == (150, 18, "consistent")


def test_a_large_table_is_read_in_linear_time() -> None:
    row = b"<tr><td>Bolig</td><td>150</td><td>18 pct.</td></tr>"
    times = []
    for rows in (5_000, 20_000):
        data = b"<html><body><table>" + row * rows + b"</table></body></html>"
        started = time.process_time()  # CPU time: the machine is shared
        lines = read_bytes(data, "table.html").text.split("\n")
        times.append(time.process_time() - started)
        assert len(lines) == rows and lines[-1] == "| Bolig | 150 | 18 pct. |"
    assert times[1] < SECONDS
    assert times[1] < 8 * times[0] + 0.1  # four times the rows: about four times the time


def test_more_tags_than_the_reader_takes_are_refused_before_parsing() -> None:
    error = refused(b"<p>1" * 1_000_001, "tags.html", InputTooLargeError)
    assert "tags" in str(error)


@pytest.mark.parametrize("declared", ["utf-8", "iso-2022-jp", "utf-16", "koi8-r"])
def test_a_meta_charset_that_lies(declared: str) -> None:
    page = f'<html><head><meta charset="{declared}"></head><body><p>90 færre udsættelser.</p></body></html>'
    document = read_bytes(page.encode("cp1252"), "a.html")
    if declared == "koi8-r":  # a declaration that decodes the bytes is taken at its word
        assert document.encoding == "koi8-r"
    else:
        assert document.text == "90 færre udsættelser."


# --------------------------------------------------------------------------------------------- text

_SENTENCE = "150 flere udsatte får en bolig. Det svarer til 18 pct.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_every_bom(encoding: str) -> None:
    bom = {
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff",
    }
    data = bom.get(encoding, b"") + _SENTENCE.encode(encoding)
    assert read_bytes(data, "a.txt").text == _SENTENCE


def test_utf8_and_cp1252_mixed_in_one_file() -> None:
    data = ("90 færre udsættelser på årsplan.\n" * 5).encode("cp1252") + "730 færre københavnere.\n".encode()
    document = read_bytes(data, "mixed.txt")
    assert document.text == "90 færre udsættelser på årsplan.\n" * 5 + "730 færre københavnere.\n"
    assert document.encoding == "utf-8+cp1252"


def test_a_nul_in_the_middle() -> None:
    refused(_SENTENCE.encode() * 20 + b"\x00" + _SENTENCE.encode() * 20, "nul.txt", DocumentError)


def test_lone_surrogates() -> None:
    document = read_bytes(_SENTENCE.encode() + b"x \xed\xa0\x80 y\n", "surrogate.txt")
    assert document.text == _SENTENCE + "x \ufffd y\n"
    lone = b"\xff\xfe" + (_SENTENCE * 2).encode("utf-16-le") + b"\x00\xd8" + "y\n".encode("utf-16-le")
    document = read_bytes(lone, "u16.txt")
    assert (document.text, document.encoding) == (_SENTENCE * 2 + "\ufffdy\n", "utf-16-le+replace")
    refused(b"\xff\xfe" + b"\x00\xd8a\x00" * 50, "u16.txt", DocumentError)  # as many broken as whole


@pytest.mark.parametrize(
    "text",
    [
        "1\u200b50 flere udsatte får en bolig. Det svarer til 1\u200d8 pct.\n",
        "1\u00ad50 flere udsatte får en bolig. Det svarer til 18 pct.\n",
        "\ufeff150 flere udsatte får en bolig. Det svarer til 1\u20608 pct.\n",
        "150 flere udsatte får en bolig. Det svarer til \u202a18 pct.\u202c\n",
    ],
    ids=["zero-width", "soft-hyphen", "word-joiner", "bidi-embedding"],
)
def test_invisible_characters_inside_figures(text: str) -> None:
    document = read_bytes(text.encode(), "invisible.txt")
    (target,) = check_text(document.text, path="invisible.txt").documents[0].targets
    assert target.absolute is not None and target.relative is not None
    assert (target.absolute.value, target.relative.value, target.verdict.value) == (150, 18, "consistent")


def test_a_megabyte_without_whitespace() -> None:
    for data in (b"a" * 1_000_000, b"1" * 1_000_000, "æ".encode() * 500_000):
        started = time.perf_counter()
        document = read_bytes(data, "long.txt")
        report = check_text(document.text, path="long.txt")
        assert report.documents[0].targets == []
        assert time.perf_counter() - started < SECONDS


def test_paths_that_are_no_paper(tmp_path: Path) -> None:
    for path in (tmp_path, Path("/dev/zero"), tmp_path / "missing.txt"):
        with pytest.raises(DocumentError) as caught:
            read(path)
        assert caught.value.path == str(path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.txt"
        os.mkfifo(fifo)
        with pytest.raises(DocumentError, match="not a regular file"):
            read(fifo)  # refused from its mode, never opened: opening a FIFO would wait for a writer


def test_a_path_with_a_newline(tmp_path: Path) -> None:
    path = tmp_path / "to\nlinjer.txt"
    path.write_text(_SENTENCE, encoding="utf-8")
    assert read(path).text == _SENTENCE
    done = _cli("check", str(path.with_name("ikke\nher.txt")), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "ikke\\nher.txt: no such file" in done.stderr


def test_an_extension_that_lies(tmp_path: Path, docx_parts: dict[str, bytes]) -> None:
    refused(b"<html><body><p>150 flere</p></body></html>", "lie.pdf", DocumentError)
    refused(b"%PDF-1.7 150 flere", "lie.pdf", DocumentError)
    # the content decides where it can: a .txt that is a .docx is read as the .docx it is
    assert read_bytes(docx_with(docx_parts, paragraph("150 flere")), "lie.txt").format == "docx"


# --------------------------------------------------------------------------------------------- CLI


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "sudgoals", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        check=False,
        timeout=60,
    )


def test_one_hostile_file_among_good_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sudgoals import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(_SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "90 færre udsættelser. Det svarer til et fald på 17 pct.\n", encoding="utf-8"
    )
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 junk")
    (tmp_path / "empty").mkdir()

    def run(*paths: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as done:
            cli.main(["check", *paths, "--format", "json"])
        out, err = capsys.readouterr()
        return int(done.value.code or 0), out, err

    code, alone, _ = run("a.txt", "b.txt")
    assert code == 0
    code, out, err = run("a.txt", "bad.pdf", "missing.txt", "empty", "/dev/zero", "b.txt")
    assert code == 2
    assert "Traceback" not in err
    errors = err.splitlines()
    assert len(errors) == 4
    for name in ("bad.pdf", "missing.txt", "empty", "/dev/zero"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert json.loads(out)["documents"] == json.loads(alone)["documents"]


def test_annotate_anchors_on_a_figure_with_an_invisible_character(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from sudgoals.annotate import annotate_docx, read_comments

    document = docx.Document()
    document.add_paragraph("Intro.")
    paragraph = document.add_paragraph(
        "The number of foster families must rise from 1,0\u200b00 to 1,2\u200b06. "
    )
    paragraph.add_run("That is an increase of about 20%.")
    draft = tmp_path / "draft.docx"
    document.save(str(draft))
    (comment,) = read_comments(annotate_docx(draft).output)
    assert comment.text.startswith("SG102")
    assert comment.anchor == "1,0\u200b00 to 1,2\u200b06. That is an increase of about 20%"
