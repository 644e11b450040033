"""Write ``examples/udkast-2024-med-fejl.docx``: a Word draft of a municipal goal paper with mistakes in it.

The draft is written for this project (no real municipality; the errors are made on purpose) and built
the way Word drafts are: figures in bold or italics in runs of their own, a figure split over two runs,
goals in a table, a target whose two halves stand in two paragraphs. ``sudgoals annotate`` on it gives a
copy with a comment on each finding; the tests build it afresh from this script.

Run: ``python examples/make_docx.py [OUTPUT]`` (needs python-docx: ``pip install 'sudgoals[docx]'``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.shared import RGBColor

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "udkast-2024-med-fejl.docx"

# Each paragraph is a list of runs: (text, formatting), formatting one of "", "b" (bold), "i" (italics),
# "c" (coloured). The numbers below hold these mistakes:
#   2. 2.400 -> 2.700 is 12.5 pct., not 15 (the stated baseline does not fit: SG103)
#   3. 6 more cannot be 12,3 pct. of any whole number of families (SG104)
#   4. 1.500 -> 1.150 is a fall of 23.3 pct.: "ca. 25 pct." fits only when read widely (SG102)
#   5. falling by 150 to 600 and by 25 pct. cannot both hold (SG101)
#   6. 40 pct. -> 46 pct. is 6 points, a rise of 15 pct. (SG402)
#   7. a placeholder left in (SG201)
# and, after the table, a goal with a direction and no figure (SG701)
PARAGRAPHS: list[list[tuple[str, str]]] = [
    [("Byrådet har vedtaget syv mål for perioden. Tallene er regnet fra opgørelsen i 2023.", "")],
    [
        ("1. ", ""),
        ("120", "b"),
        (" flere unge med særlige behov får en ungdomsuddannelse. Det svarer til en stigning på ", ""),
        ("15 pct.", "b"),
    ],
    [
        ("2. Antallet af borgere i fleksjob skal stige fra ", ""),
        ("2.400", "b"),
        (" til ", ""),
        ("2.700", "b"),
        (". Det svarer til en stigning på ", ""),
        ("15 pct.", "i"),
    ],
    [("3. 6 flere plejefamilier skal godkendes hvert år, svarende til en stigning på 12,3 pct.", "")],
    [
        ("4. Antallet af ledige i aktivering skal falde fra 1.500 til 1.150, et fald på ca. 2", ""),
        ("5 pct.", "c"),
    ],
    [("5. Antallet af hjemløse skal falde med 150 til 600 i 2027. Det svarer til et fald på 25 pct.", "")],
    [
        ("6. Andelen af ældre, der er fysisk aktive hver uge, skal stige fra 40 pct. til 46 pct.", ""),
        (" Det svarer til en stigning på 6 pct.", ""),
    ],
    [("7. X flere borgere med handicap får job på ordinære vilkår.", "")],
]
TABLE = [
    ("Indikator", "Mål"),
    ("Unge i kriminalitet", "90 færre unge begår alvorlig kriminalitet. Det svarer til et fald på 30 pct."),
]
SPLIT = [
    "Antallet af borgere, der venter på en bolig, skal falde med 60.",
    "Det svarer til et fald på 20 pct.",
    "Udvalget har desuden fokus på:",
    "- Færre borgere skal vente på en afklaring af deres sag.",
]


def build(output: Path = DEFAULT) -> Path:
    """Write the draft to ``output`` and return the path."""
    document = Document()
    properties = document.core_properties
    properties.author = "Østerå Kommune, Social- og Sundhedsforvaltningen"
    properties.title = "Udkast til mål for socialområdet 2024–2027"
    properties.created = properties.modified = dt.datetime(2024, 1, 15, 9, 0, tzinfo=dt.UTC)
    properties.revision = 1
    document.add_heading("Østerå Kommune – Udkast til mål for socialområdet 2024–2027", level=1)
    for runs in PARAGRAPHS:
        paragraph = document.add_paragraph()
        for text, style in runs:
            run = paragraph.add_run(text)
            run.bold = style == "b" or None
            run.italic = style == "i" or None
            if style == "c":
                run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    table = document.add_table(rows=len(TABLE), cols=2)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for text in SPLIT:
        document.add_paragraph(text)
    contact = document.add_paragraph("Kontakt:\tSocialforvaltningen")
    contact.add_run().add_break()
    contact.add_run("Sagsnr. 24/0117")
    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(output))
    return output


if __name__ == "__main__":
    written = build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
    sys.stdout.write(f"wrote {written}\n")
