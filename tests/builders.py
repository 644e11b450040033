"""Build real .docx, .odt, .pdf and .html files in the test run, from lines of text.

The libraries are the ones the readers use (python-docx, odfpy) or the PDF writer fpdf2 (dev extra); a test
that needs a missing one is skipped through :func:`pytest.importorskip`. The example text is our own, written
in the forms goal papers use; it stays within Latin-1 so that even PDF's builtin fonts can show it.
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

EXAMPLE_TITLE = "Mål for det sociale område 2014-2017"
EXAMPLE_PARAGRAPHS = (
    "Vi har vedtaget syv delmål frem mod 2017, som hver især øger den sociale mobilitet:",
    "150 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på 18 pct.",
    "90 færre udsættelser på årsplan. Det svarer til et fald på 17 pct.",
    "Minimum 95 pct. af en ungdomsårgang skal gennemføre en ungdomsuddannelse i 2015.",
)
EXAMPLE_ITEMS = (
    "300 flere borgere med særlige behov kommer i beskæftigelse. Det svarer til en stigning på 1,4 pct.",
    "730 færre københavnere lever i langtidsfattigdom. Det svarer til et fald på 5 pct.",
)
EXAMPLE_TABLE = (
    ("Delmål", "Antal", "Procent"),
    ("Bolig", "150", "18 pct."),
    ("Udsættelser", "90", "17 pct."),
)


def example_lines() -> list[str]:
    """The example paper as lines, in reading order: title, paragraphs, list items, table cells."""
    cells = [cell for row in EXAMPLE_TABLE for cell in row]
    return [EXAMPLE_TITLE, *EXAMPLE_PARAGRAPHS, *EXAMPLE_ITEMS, *cells]


def normalised_lines(text: str) -> list[str]:
    """Non-empty lines with runs of whitespace made one space: for comparing readers' output."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def build_docx(path: Path, *, paragraphs: Sequence[str] | None = None) -> Path:
    """A .docx with the example (heading, paragraphs, bulleted list, table), or just ``paragraphs``."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    if paragraphs is not None:
        # python-docx's add_paragraph is slow for tens of thousands: save an empty document, then put in a
        # body written directly.
        document.save(str(path))
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(
                f'<w:p><w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>'
                for text in paragraphs
            )
            + "</w:body></w:document>"
        )
        _replace_member(path, "word/document.xml", xml.encode("utf-8"))
        return path
    document.add_heading(EXAMPLE_TITLE, level=1)
    for text in EXAMPLE_PARAGRAPHS:
        document.add_paragraph(text)
    for text in EXAMPLE_ITEMS:
        document.add_paragraph(text, style="List Bullet")
    table = document.add_table(rows=len(EXAMPLE_TABLE), cols=len(EXAMPLE_TABLE[0]))
    for row, values in zip(table.rows, EXAMPLE_TABLE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))
    return path


def build_odt(path: Path) -> Path:
    """An .odt with the example: heading, paragraphs, list, table."""
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=EXAMPLE_TITLE))
    for text in EXAMPLE_PARAGRAPHS:
        document.text.addElement(P(text=text))
    items = List()
    for text in EXAMPLE_ITEMS:
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    document.text.addElement(items)
    table = Table(name="Delmaal")
    table.addElement(TableColumn(numbercolumnsrepeated=len(EXAMPLE_TABLE[0])))
    for values in EXAMPLE_TABLE:
        row = TableRow()
        for value in values:
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    document.save(str(path))
    return path


def build_html(path: Path) -> Path:
    """An .html page with the example, plus navigation, a script and a footer that must not be read."""
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in EXAMPLE_TABLE
    )
    body = (
        "<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Mål</title>"
        "<style>p { color: red }</style></head><body>"
        "<header><a href='/'>Forside</a></header><nav><ul><li>Menu 2 4</li></ul></nav>"
        f"<main><h1>{html.escape(EXAMPLE_TITLE)}</h1>"
        + "".join(f"<p>{html.escape(text)}</p>" for text in EXAMPLE_PARAGRAPHS)
        + "<ul>"
        + "".join(f"<li>{html.escape(text)}</li>" for text in EXAMPLE_ITEMS)
        + f"</ul><table>{rows}</table></main>"
        "<script>var x = '<p>150 flere</p>';</script><footer>Side 2 af 4</footer></body></html>"
    )
    path.write_text(body, encoding="utf-8")
    return path


@cache
def _unicode_font() -> str | None:
    candidates = [
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        *sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")),
    ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    if shutil.which("fc-list"):
        listing = subprocess.run(
            ["fc-list", ":fontformat=TrueType", "file"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        ).stdout
        for line in listing.splitlines():
            name = line.split(":")[0].strip()
            if name.lower().endswith(".ttf"):
                return name
    return None


def build_pdf(
    path: Path,
    pages: Sequence[Sequence[str]] | None = None,
    *,
    header: str | tuple[str, str] | None = None,
    footer: str | tuple[str, str] | None = None,
    plain_first: bool = False,
    wrap: bool = False,
    columns: int = 1,
    size: float = 8,
) -> Path:
    """A PDF with one line of text per ``cell``; by default the example split over two pages.

    ``header``/``footer``: a line printed at the top/foot of every page by fpdf2's ``header()`` and
    ``footer()`` (not the first with ``plain_first``), ``{page}`` in it the page number and ``{nb}`` the
    number of pages; a pair is one line for odd pages and one for even pages. ``wrap``: each line is a paragraph, wrapped to the page's width (``multi_cell``,
    justified) with a gap after it, and a page too full for it breaks on its own. ``columns``: each page's
    lines flow in that many columns (fpdf2's ``text_columns``, which writes one column after the other)."""
    fpdf = pytest.importorskip("fpdf")
    if pages is None:
        example = example_lines()
        pages = [example[:5], example[5:]]
    font = _unicode_font()
    family = "Body" if font is not None else "Helvetica"  # builtin core font: Latin-1 only

    class _Paper(fpdf.FPDF):  # type: ignore[misc]
        def _running(self, template: str | tuple[str, str] | None) -> None:
            if isinstance(template, tuple):
                template = template[1 - self.page_no() % 2]
            if template is not None and not (plain_first and self.page_no() == 1):
                self.set_font(family, size=7)
                self.cell(0, 5, template.replace("{page}", str(self.page_no())), align="C")

        def header(self) -> None:
            self._running(header)
            self.set_y(20)

        def footer(self) -> None:
            self.set_y(-15)
            self._running(footer)

    pdf = _Paper()
    if font is not None:
        pdf.add_font("Body", fname=font)
    for lines in pages:
        pdf.add_page()
        pdf.set_font(family, size=size)
        if columns > 1:
            with pdf.text_columns(ncols=columns, text_align="LEFT") as flow:
                for line in lines:
                    flow.write(line + "\n")
            continue
        for line in lines:
            if wrap:
                pdf.multi_cell(0, size * 0.6, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(size * 0.4)
            else:
                pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def build_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF with pages that carry drawings but no text layer (as a scan does)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.rect(20, 20, 100, 40, style="F")
    pdf.output(str(path))
    return path


def build_encrypted_pdf(path: Path, source: Path) -> Path:
    """``source`` encrypted with a user password (RC4, which pypdf reads without extra packages)."""
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt(user_password="hemmelig", owner_password="ejer", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def build_zip_bomb_docx(path: Path, unpacked: int = 120_000_000) -> Path:
    """A .docx-shaped zip whose ``word/document.xml`` unpacks to ``unpacked`` bytes (about 0.5 MB packed)."""
    chunk = b" " * 1_000_000
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(unpacked // len(chunk)):
                member.write(chunk)
    return path


def _replace_member(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = data
    path.write_bytes(zip_bytes(members))


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A zip archive of ``members`` as bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
