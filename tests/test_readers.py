"""The readers: every format gives the same lines from the same example text, positions stay exact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from builders import (
    EXAMPLE_TITLE,
    build_docx,
    build_html,
    build_odt,
    build_pdf,
    example_lines,
    normalised_lines,
    zip_bytes,
)
from sudgoals.errors import DocumentError, InputTooLargeError, MissingExtraError, UnsupportedFormatError
from sudgoals.readers import SUPPORTED_SUFFIXES, detect_format, iter_paths, read, read_bytes

BUILDERS = {"docx": build_docx, "odt": build_odt, "html": build_html, "pdf": build_pdf}


# --------------------------------------------------------------------------------------------- formats


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_every_format_gives_the_example_lines(tmp_path: Path, kind: str) -> None:
    path = BUILDERS[kind](tmp_path / f"eksempel.{kind}")
    document = read(path)
    assert document.format == kind
    assert document.path == str(path)
    expected = example_lines()
    if kind == "docx":  # Word draws the bullets of its "List Bullet" items; the reader writes them as drawn
        from builders import EXAMPLE_ITEMS

        expected = [f"• {line}" if line in EXAMPLE_ITEMS else line for line in expected]
    if kind in ("html", "docx", "odt"):  # a table row is one line, its cells between bars (as in Markdown)
        from builders import EXAMPLE_TABLE

        cells = {cell for row in EXAMPLE_TABLE for cell in row}
        expected = [line for line in expected if line not in cells]
        expected += ["| " + " | ".join(row) + " |" for row in EXAMPLE_TABLE]
    assert normalised_lines(document.text) == normalised_lines("\n".join(expected))


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_every_format_gives_the_same_targets_as_the_txt(tmp_path: Path, kind: str) -> None:
    from sudgoals.extract import extract_document

    txt = tmp_path / "eksempel.txt"
    txt.write_text("\n".join(example_lines()), encoding="utf-8")
    other = BUILDERS[kind](tmp_path / f"eksempel.{kind}")

    def summary(path: Path) -> list[tuple[object, ...]]:
        paper = extract_document(read(path), language="da")
        return [
            (
                t.indicator,
                t.direction,
                None if t.absolute is None else t.absolute.value,
                None if t.relative is None else t.relative.value,
                None if t.level is None else t.level.value,
                t.verdict,
                t.implied_baseline,
            )
            for t in paper.targets
        ]

    expected = summary(txt)
    assert len(expected) == 5  # four pairs and the level target
    assert summary(other) == expected


def test_txt_gives_the_example_lines(tmp_path: Path) -> None:
    path = tmp_path / "eksempel.txt"
    path.write_text("\n".join(example_lines()), encoding="utf-8")
    assert normalised_lines(read(path).text) == example_lines()


def test_pdf_pages_and_page_starts(tmp_path: Path) -> None:
    path = build_pdf(
        tmp_path / "sider.pdf", pages=[["Side et: 150 flere"], ["Side to: 18 pct."], ["Side tre"]]
    )
    document = read(path)
    assert len(document.page_starts) == 3
    assert document.page_starts[0] == 0
    pages = document.text.split("\f")
    assert [" ".join(page.split()) for page in pages] == [
        "Side et: 150 flere",
        "Side to: 18 pct.",
        "Side tre",
    ]
    for number, start in enumerate(document.page_starts, start=1):
        assert document.text[start:].startswith(pages[number - 1])
        assert document.page(start) == number
    offset = document.text.index("18 pct.")
    assert document.span(offset, offset + 7).page == 2


def test_docx_line_is_paragraph_number(tmp_path: Path) -> None:
    paragraphs = ["Første afsnit", "", "Tredje afsnit med 150 flere", "", "", "Sjette afsnit: 18 pct."]
    document = read(build_docx(tmp_path / "afsnit.docx", paragraphs=paragraphs))
    assert document.text.split("\n") == paragraphs
    offset = document.text.index("18 pct.")
    assert document.position(offset)[0] == 6


def test_docx_reading_order_with_tables(tmp_path: Path) -> None:
    lines = read(build_docx(tmp_path / "tabel.docx")).text.split("\n")
    assert lines[0] == EXAMPLE_TITLE
    assert lines[-3:] == [
        "| Delmål | Antal | Procent |",
        "| Bolig | 150 | 18 pct. |",
        "| Udsættelser | 90 | 17 pct. |",
    ]


def test_docx_tabs_breaks_deleted_text_and_text_boxes(tmp_path: Path) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    body = (
        "<w:p><w:r><w:t>150</w:t><w:tab/><w:t>flere</w:t><w:br/><w:t>boliger</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Det svarer til </w:t></w:r><w:del><w:r><w:delText>20</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>18</w:t></w:r></w:ins><w:r><w:t> pct.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Anker</w:t><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r>"
        "<w:t>I boksen: 90 færre</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>"
        "<w:p><w:r><w:t>I boksen: 90 færre</w:t></w:r></w:p></w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w} {mc}><w:body>{body}</w:body></w:document>'
    path = build_docx(tmp_path / "felter.docx", paragraphs=[])
    from builders import _replace_member

    _replace_member(path, "word/document.xml", xml.encode())
    assert read(path).text.split("\n") == [
        "150\tflere boliger",
        "Det svarer til 18 pct.",
        "Anker",
        "I boksen: 90 færre",
    ]


def test_html_structure_and_dropped_parts() -> None:
    html = (
        "<html><head><title>Titel</title><style>.a{}</style></head><body>"
        "<header>Sidehoved</header><nav><a>Menu</a></nav>"
        "<article><header><h1>Mål &amp; delmål</h1></header>"
        "<p>150 flere <b>udsatte</b>\n   københavnere<br>Det svarer til 18&nbsp;pct.</p>"
        "<ul><li>90 færre</li><li>100 færre</li></ul>"
        "<table><tr><th>Mål</th><td>150</td></tr></table>"
        "<pre>linje 1\nlinje 2</pre><div hidden>skjult</div><noscript>uden js</noscript>"
        "<footer>Artiklens fod</footer></article>"
        "<script>document.write('<p>falsk 99 pct.</p>')</script><footer>Side 2 af 4</footer></body></html>"
    )
    assert normalised_lines(read_bytes(html.encode(), "side.html").text) == [
        "Mål & delmål",
        "150 flere udsatte københavnere",
        "Det svarer til 18 pct.",
        "90 færre",
        "100 færre",
        "| Mål | 150 |",
        "linje 1",
        "linje 2",
        "Artiklens fod",
    ]


def test_html_tag_with_thousands_of_attributes_keeps_its_text_and_its_hidden() -> None:
    # the parser compares each attribute with every other; a tag this long loses its attributes first
    many = " ".join(f'data-k{k}="v"' for k in range(5000))
    html = f"<html><body><p {many}>150 flere borgere.</p><div {many} hidden>skjult</div><p>Slut.</p></body></html>"
    assert normalised_lines(read_bytes(html.encode(), "side.html").text) == ["150 flere borgere.", "Slut."]


def test_html_declared_legacy_charset() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Færre udsættelser</p></body></html>'
    document = read_bytes(html.encode("cp1252"), "gammel.htm")
    assert (document.text, document.format) == ("Færre udsættelser", "html")


def test_odt_spaces_tabs_and_notes(tmp_path: Path) -> None:
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentText
    from odf.text import LineBreak, Note, NoteBody, NoteCitation, P, S, Span, Tab

    document = OpenDocumentText()
    first = P(text="150")
    first.addElement(S(c=3))
    first.addElement(Span(text="flere"))
    first.addElement(Tab())
    first.addElement(LineBreak())
    first.addText("boliger")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Kilde: 2013-tal"))
    note.addElement(body)
    first.addElement(note)
    document.text.addElement(first)
    document.text.addElement(P(text="18 pct."))
    path = tmp_path / "noter.odt"
    document.save(str(path))
    assert read(path).text.split("\n") == ["150   flere\t boliger1", "Kilde: 2013-tal", "18 pct."]


# --------------------------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("færre\r\nfald på\r\n".encode(), "færre\r\nfald på\r\n", "utf-8"),
        (b"\xef\xbb\xbf" + "Ø\n".encode(), "Ø\n", "utf-8"),
        ("150 færre\rDet svarer\r".encode("cp1252"), "150 færre\rDet svarer\r", "cp1252"),
        ("Søren Ærø".encode("latin-1"), "Søren Ærø", "cp1252"),
        ("æ".encode("cp1252"), "æ", "cp1252"),
        (
            "18 pct.\n".encode("utf-16"),
            "18 pct.\n",
            "utf-16-le" if sys.byteorder == "little" else "utf-16-be",
        ),
        (b"\xfe\xff" + "år\n".encode("utf-16-be"), "år\n", "utf-16-be"),
        (b"\xff\xfe\x00\x00" + "år".encode("utf-32-le"), "år", "utf-32-le"),
        ("københavnere ".encode() + b"\xff", "københavnere \ufffd", "utf-8+replace"),
    ],
)
def test_text_encodings_and_line_endings(data: bytes, text: str, encoding: str) -> None:
    document = read_bytes(data, "papir.txt")
    assert (document.text, document.encoding) == (text, encoding)


def test_cp1252_danish_text_longer() -> None:
    text = "Det svarer til en stigning på 18 pct. – og 90 færre udsættelser på årsplan.\r\n" * 5
    assert read_bytes(text.encode("cp1252"), "a.txt").text == text


def test_positions_point_into_the_original_crlf_file(tmp_path: Path) -> None:
    original = "Mål\r\n150 flere udsatte\r\nDet svarer til 18 pct.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(original.encode())
    document = read(path)
    offset = document.text.index("18 pct.")
    assert document.position(offset) == (3, 16)
    assert document.span(offset, offset + 7).quote == "18 pct."


def test_markdown_format(tmp_path: Path) -> None:
    path = tmp_path / "mål.md"
    path.write_text("# Mål\n\n- 150 flere\n", encoding="utf-8")
    document = read(path)
    assert (document.format, document.text) == ("md", "# Mål\n\n- 150 flere\n")


def test_valid_utf8_does_not_import_charset_normalizer() -> None:
    code = (
        "import sys; from sudgoals.readers import read_bytes; read_bytes('æøå'.encode(), 'a.txt');"
        "print('charset_normalizer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_importing_the_readers_loads_no_optional_library() -> None:
    heavy = ["docx", "odf", "pypdf", "selectolax", "charset_normalizer", "lxml"]
    code = f"import sys, sudgoals.readers; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n...", "rapport.txt", "pdf"),
        (b"\n\n%PDF-1.4", "rapport", "pdf"),
        (b"<!DOCTYPE html><p>x</p>", "rapport.txt", "html"),
        (b"\xef\xbb\xbf  <HTML><body>x", "rapport", "html"),
        (b"150 flere", "rapport", "txt"),
        (b"150 flere", "rapport.MD", "md"),
        (b"150 flere", "rapport.htm", "html"),
        (zip_bytes({"[Content_Types].xml": b"", "word/document.xml": b""}), "rapport.zip", "docx"),
        (zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}), "rapport", "odt"),
    ],
)
def test_detect_format(data: bytes, name: str, expected: str) -> None:
    assert detect_format(data, name) == expected


def test_explicit_format_overrides_the_suffix() -> None:
    document = read_bytes(b"<p>150 flere</p>", "side.txt", format="txt")
    assert (document.format, document.text) == ("txt", "<p>150 flere</p>")
    with pytest.raises(UnsupportedFormatError):
        read_bytes(b"x", "a.txt", format="rtf")


def test_suffix_promises_a_format_the_content_does_not_keep() -> None:
    with pytest.raises(DocumentError):
        read_bytes(b"just text", "a.pdf")
    with pytest.raises(DocumentError):
        read_bytes(zip_bytes({"content.xml": b""}), "a.docx")


# --------------------------------------------------------------------------------------------- limits


def test_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "stor.txt"
    path.write_bytes(b"150 flere\n" * 100)
    with pytest.raises(InputTooLargeError) as caught:
        read(path, max_bytes=999)
    assert caught.value.path == str(path)
    assert read(path, max_bytes=1000).text.count("\n") == 100
    with pytest.raises(InputTooLargeError):
        read_bytes(b"x" * 11, "b.txt", max_bytes=10)


@pytest.mark.parametrize(
    ("module", "kind", "extra"),
    [
        ("docx", "docx", "docx"),
        ("odf.opendocument", "odt", "odt"),
        ("pypdf", "pdf", "pdf"),
        ("selectolax.lexbor", "html", "html"),
    ],
)
def test_missing_optional_library_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, kind: str, extra: str
) -> None:
    path = BUILDERS[kind](tmp_path / f"eksempel.{kind}")
    monkeypatch.setitem(sys.modules, module, None)  # makes "import module" raise ImportError
    with pytest.raises(MissingExtraError) as caught:
        read(path)
    assert caught.value.extra == extra
    assert caught.value.module == module.split(".", maxsplit=1)[0]


# --------------------------------------------------------------------------------------------- paths


def test_iter_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".skjult").mkdir()
    for name in ["a.txt", "b/c.PDF", "b/d.docx", "e.png", ".skjult/f.txt", "~$g.docx", "b/h.html"]:
        (tmp_path / name).write_bytes(b"x")
    found = iter_paths([tmp_path])
    assert found == [
        tmp_path / "a.txt",
        tmp_path / "b" / "c.PDF",
        tmp_path / "b" / "d.docx",
        tmp_path / "b" / "h.html",
    ]
    # a file is kept whatever its suffix; duplicates are dropped; order is kept
    assert iter_paths([tmp_path / "e.png", tmp_path / "a.txt", tmp_path]) == [tmp_path / "e.png", *found]
    assert iter_paths([str(tmp_path / "**" / "*.docx")]) == [tmp_path / "b" / "d.docx"]
    assert iter_paths([tmp_path], suffixes=[".png"]) == [tmp_path / "e.png"]
    assert ".toml" not in SUPPORTED_SUFFIXES


def test_iter_paths_errors(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        iter_paths([tmp_path / "mangler.txt"])
    with pytest.raises(DocumentError):
        iter_paths([str(tmp_path / "*.pdf")])
    with pytest.raises(DocumentError):
        iter_paths([tmp_path])


# --------------------------------------------------------------------------------------------- table rows


def _word_tables(path: Path) -> Path:
    """A .docx with a KPI table (a cell of two paragraphs), a one-column layout table and a row with a
    table nested in one of its cells."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Nøgletal for beskæftigelse")
    kpi = document.add_table(rows=2, cols=3)
    for cell, text in zip(kpi.rows[0].cells, ("Indikator", "Udgangspunkt 2023", "Mål 2027"), strict=True):
        cell.text = text
    for cell, text in zip(kpi.rows[1].cells, ("Antal hjemløse", "400", "300"), strict=True):
        cell.text = text
    kpi.rows[1].cells[0].add_paragraph("(opgjort i uge 6)")
    layout = document.add_table(rows=1, cols=1)
    layout.cell(0, 0).text = "Første afsnit i rammen."
    layout.cell(0, 0).add_paragraph("Andet afsnit i rammen.")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Ydre celle"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Indre a"
    inner.cell(0, 1).text = "Indre b"
    document.add_paragraph("Efter tabellerne.")
    document.save(str(path))
    return path


def test_docx_table_rows_are_lines_and_layout_tables_keep_their_paragraphs(tmp_path: Path) -> None:
    text = read(_word_tables(tmp_path / "tabeller.docx")).text
    lines = [line for line in text.split("\n") if line]
    assert lines[:3] == [
        "Nøgletal for beskæftigelse",
        "| Indikator | Udgangspunkt 2023 | Mål 2027 |",
        "| Antal hjemløse (opgjort i uge 6) | 400 | 300 |",  # a cell's two paragraphs: one cell
    ]
    assert lines[3:5] == ["Første afsnit i rammen.", "Andet afsnit i rammen."]  # one column: layout
    # a row holding a table: a line per paragraph; the inner row is a plain row
    assert lines[5:] == ["Ydre celle", "| Indre a | Indre b |", "Efter tabellerne."]


def test_a_kpi_table_in_word_is_read_by_its_column_heads(tmp_path: Path) -> None:
    from sudgoals.extract import extract_document

    paper = extract_document(read(_word_tables(tmp_path / "kpi.docx")), language="da")
    (target,) = paper.targets
    assert target.level is not None and target.level.value == 300
    assert target.baseline is not None and target.baseline.value == 400


def test_odt_table_rows_are_lines_and_layout_tables_keep_their_paragraphs(tmp_path: Path) -> None:
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentText()

    def table(rows: list[list[list[str]]]) -> Table:
        made = Table()
        made.addElement(TableColumn(numbercolumnsrepeated=max(len(row) for row in rows)))
        for cells in rows:
            row = TableRow()
            for paragraphs in cells:
                cell = TableCell()
                for text in paragraphs:
                    cell.addElement(P(text=text))
                row.addElement(cell)
            made.addElement(row)
        return made

    document.text.addElement(P(text="Nøgletal"))
    document.text.addElement(table([[["Indikator"], ["Mål 2027"]], [["Antal hjemløse", "(uge 6)"], ["300"]]]))
    document.text.addElement(table([[["Første afsnit."], []], [["Andet afsnit."]]]))
    layout = table([[["Ramme, første afsnit."]], [["Ramme, andet afsnit."]]])
    document.text.addElement(layout)
    outer = table([[["Ydre"], []]])
    inner_cell = outer.getElementsByType(TableCell)[1]
    inner_cell.addElement(table([[["Indre a"], ["Indre b"]]]))
    document.text.addElement(outer)
    document.text.addElement(P(text="Slut."))
    path = tmp_path / "tabeller.odt"
    document.save(str(path))
    assert read(path).text.split("\n") == [
        "Nøgletal",
        "| Indikator | Mål 2027 |",
        "| Antal hjemløse (uge 6) | 300 |",
        "| Første afsnit. |  |",  # an empty cell keeps its place
        "Andet afsnit.",  # a row of one cell
        "Ramme, første afsnit.",
        "Ramme, andet afsnit.",
        "Ydre",  # a row holding a table: a line per paragraph; the inner row is a plain row
        "| Indre a | Indre b |",
        "Slut.",
    ]
