"""Word's automatic list numbering: the numbers and bullets Word draws are not in the paragraph text, so the
.docx reader works them out from the numbering definitions; a paper counts the same as .docx and as .txt."""

from __future__ import annotations

import io
from typing import Any

import pytest

from sudgoals.pipeline import check_document, check_paper, check_text
from sudgoals.readers import read_bytes

docx = pytest.importorskip("docx")

from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402


def _bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(document: Any) -> list[str]:
    return read_bytes(_bytes(document), "paper.docx").text.split("\n")


def _numbering(document: Any) -> Any:
    return document.part.numbering_part.element


def _add_abstract(document: Any, abstract_id: int, levels: list[tuple[str, str]]) -> None:
    """A multi-level list definition: one (format, text) per level, e.g. ("decimal", "%1."), ("lowerLetter",
    "%2)")."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for k, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    numbering = _numbering(document)
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)  # abstract definitions come before the instances


def _add_num(document: Any, num_id: int, abstract_id: int, *, restart: int | None = None) -> None:
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart}"/></w:lvlOverride>' if restart else ""
    )
    _numbering(document).append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )


def _numbered(document: Any, text: str, num_id: int, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_list_number_style_gives_the_numbers_word_shows() -> None:
    document = docx.Document()
    document.add_paragraph("Vi har vedtaget syv delmål:")
    for k in range(8):
        document.add_paragraph(f"Flere borgere får hjælp {k}.", style="List Number")
    lines = _text(document)
    assert lines[1:] == [f"{k + 1}. Flere borgere får hjælp {k}." for k in range(8)]


def test_list_bullet_style_gives_bullets_and_deeper_styles_are_indented() -> None:
    document = docx.Document()
    document.add_paragraph("Five priorities:")
    document.add_paragraph("Housing", style="List Bullet")
    document.add_paragraph("Social housing", style="List Bullet 2")
    document.add_paragraph("Jobs", style="List Bullet")
    document.add_paragraph("Plain prose after the list.")
    assert _text(document) == [
        "Five priorities:",
        "• Housing",
        "   • Social housing",
        "• Jobs",
        "Plain prose after the list.",
    ]


def test_multi_level_list_numbers_each_level_and_restarts_deeper_ones() -> None:
    document = docx.Document()
    _add_abstract(document, 40, [("decimal", "%1."), ("lowerLetter", "%2)"), ("decimal", "%1.%2.%3.")])
    _add_num(document, 40, 40)
    _numbered(document, "Bolig", 40)
    _numbered(document, "Flere boliger", 40, 1)
    _numbered(document, "Billigere boliger", 40, 1)
    _numbered(document, "Detalje", 40, 2)
    _numbered(document, "Job", 40)
    _numbered(document, "Flere job", 40, 1)
    assert _text(document) == [
        "1. Bolig",
        "   a) Flere boliger",
        "   b) Billigere boliger",
        "      1.b.1. Detalje",
        "2. Job",
        "   a) Flere job",
    ]


def test_restarted_list_starts_again_and_a_second_instance_continues() -> None:
    document = docx.Document()
    _add_abstract(document, 41, [("decimal", "%1.")])
    _add_num(document, 41, 41)
    _add_num(document, 42, 41, restart=1)  # Word's "Restart at 1"
    _add_num(document, 43, 41)  # another instance of the same list, no restart: continues
    _numbered(document, "Første", 41)
    _numbered(document, "Anden", 41)
    document.add_paragraph("Næste liste:")
    _numbered(document, "Igen første", 42)
    _numbered(document, "Igen anden", 42)
    _numbered(document, "Fortsat", 43)
    _numbered(document, "Uden nummer", 0)  # numId 0 switches numbering off
    assert _text(document) == [
        "1. Første",
        "2. Anden",
        "Næste liste:",
        "1. Igen første",
        "2. Igen anden",
        "3. Fortsat",
        "Uden nummer",
    ]


def test_roman_and_letter_formats() -> None:
    document = docx.Document()
    _add_abstract(document, 44, [("upperRoman", "%1."), ("upperLetter", "%2.")])
    _add_num(document, 44, 44)
    for _ in range(4):
        _numbered(document, "Mål", 44)
    _numbered(document, "Del", 44, 1)
    assert [line.split(" ")[0] for line in _text(document)] == ["I.", "II.", "III.", "IV.", ""]
    assert _text(document)[-1] == "   A. Del"


PAPER_LINES = [
    "Socialudvalgets mål 2018-2021",
    "Vi har vedtaget syv delmål frem mod 2021:",
    *[f"Flere borgere i gruppe {k} får en tidlig indsats." for k in range(1, 9)],
    "Udvalget følger op hvert år.",
]


def test_goal_count_of_a_word_list_is_the_count_of_the_same_paper_as_text() -> None:
    document = docx.Document()
    document.add_paragraph(PAPER_LINES[0])
    document.add_paragraph(PAPER_LINES[1])
    for line in PAPER_LINES[2:-1]:
        document.add_paragraph(line, style="List Number")
    document.add_paragraph(PAPER_LINES[-1])
    paper = check_document(read_bytes(_bytes(document), "mål.docx"))
    as_docx = [
        (f.code, f.data.get("stated"), f.data.get("listed")) for f in check_paper(paper) if f.code == "SG501"
    ]
    numbered_text = "\n".join(
        [*PAPER_LINES[:2], *[f"{k}. {line}" for k, line in enumerate(PAPER_LINES[2:-1], 1)], PAPER_LINES[-1]]
    )
    as_text = [
        (f.code, f.data.get("stated"), f.data.get("listed"))
        for f in check_text(numbered_text).findings
        if f.code == "SG501"
    ]
    assert as_docx == as_text == [("SG501", "7", "8")]
    assert not [f for f in check_paper(paper) if f.code == "SG502"]  # 1..8 without a gap


def test_five_priorities_above_six_bullets_counts_six() -> None:
    document = docx.Document()
    document.add_paragraph("Housing strategy 2020-2024")
    document.add_paragraph("The council has five priorities:")
    for k in range(1, 7):
        document.add_paragraph(f"More residents in area {k} get help early.", style="List Bullet")
    document.add_paragraph("The council reviews them every year.")
    paper = check_document(read_bytes(_bytes(document), "strategy.docx"))
    found = [(f.data.get("stated"), f.data.get("listed")) for f in check_paper(paper) if f.code == "SG501"]
    assert found == [("5", "6")]
