"""The block splitter looks only at the lines that can change a block; this holds it to the plain reading
of every line, one by one, on generated text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sudgoals.extract.engine import Block, _Extractor
from sudgoals.model import Document


def _line_by_line(extractor: _Extractor) -> list[Block]:
    """Every line read in turn: the definition the fast splitter must agree with."""
    text = extractor.text
    blocks: list[Block] = []
    current: Block | None = None
    in_table = False  # whether ``current`` is a block of table rows (lines that open with a bar)
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl == -1 else nl
        line = text[pos:line_end]
        if not line.strip() or ("\f" in line and not extractor._runs_on(line)):
            current = None
        if line.strip():
            lead = len(line) - len(line.lstrip())
            first = line[lead]
            if (first == "|") != in_table:
                current = None
                in_table = first == "|"
            openers = extractor.line_patterns.item_openers
            mark = extractor._line_mark(line, lead) if first in openers or first.isdigit() else None
            if mark is not None:
                current = Block(pos + lead, line_end, pos + mark[1], mark[0], mark[2])
                blocks.append(current)
            elif current is None:
                current = Block(pos + lead, line_end, pos + lead, "para")
                blocks.append(current)
            else:
                current.end = line_end
        if nl == -1:
            break
        pos = nl + 1
    return blocks


_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "\u00a0",
        "\u2028",
        "\x1c",
        "\f",
        "ord",
        "Flere",
        "4. Flere",
        "12) Andelen",
        "150 flere",
        "x flere",
        "- ",
        "• ",
        "e ",
        "o ",
        "¢ ",
        "% ",
        "* ",
        "2018",
        "²",
        "١",
        "Øget",
        "ca. 20 pct.",
        "[X] pct.",
        ".",
        "| a | 5 |",
        "|",
        "|---|",
        " | ",
        "\n \n",
        "\n\n\n",
        "\f\n",
        "- \n- \n- \n",
        "-  *\n",
        "• \r\n",
    ]
)


def _one_a_line(extractor: _Extractor, blocks: list[Block]) -> list[Block]:
    """``blocks`` with each block of empty items (a run of them, one block) as one item block a line."""
    return [
        Block(at, end, content, "item") if block.kind == "empty items" else block
        for block in blocks
        for at, content, end in extractor._items_of(block)
    ]


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_fast_block_split_agrees_with_reading_every_line(text: str) -> None:
    extractor = _Extractor(Document("t.txt", text), "da", None)
    assert _one_a_line(extractor, extractor.split_blocks()) == _line_by_line(extractor)


def test_blocks_of_a_small_paper() -> None:
    text = (
        "Titel\n\nMålet er klart.\nDet fortsætter her.\n\n• 150 flere borgere\n4. Flere i job\n\fi hele byen\n"
        "\n\fSide 2\n"
    )
    extractor = _Extractor(Document("t.txt", text), "da", None)
    kinds = [(b.kind, text[b.start : b.end]) for b in extractor.split_blocks()]
    assert kinds == [
        ("para", "Titel"),
        ("para", "Målet er klart.\nDet fortsætter her."),
        ("item", "• 150 flere borgere"),
        ("numbered", "4. Flere i job\n\fi hele byen"),  # a page break inside an item: it runs on
        ("para", "Side 2"),  # a blank line, then a page
    ]


@given(st.lists(_PIECES, max_size=200).map("".join), st.integers(1, 30))
def test_first_lines_are_those_of_splitlines(text: str, count: int) -> None:
    from sudgoals.extract.engine import _first_lines

    assert _first_lines(text * 50, count) == (text * 50).splitlines()[:count]


def test_runs_of_blank_lines_and_table_rows_are_passed_over_whole() -> None:
    # a run of empty lines and a run of table rows each make one step of the splitter, not one a line
    text = (
        "Titel\n"
        + "\n" * 200_000
        + "| Indikator | 2023 | Mål |\n"
        + "|---|---|---|\n" * 100_000
        + "| Ledighed | 4,8 | 4,0 |"
    )
    extractor = _Extractor(Document("t.txt", text), "da", None)
    blocks = extractor.split_blocks()
    assert [(b.kind, text[b.start : b.end][:12]) for b in blocks] == [
        ("para", "Titel"),
        ("para", "| Indikator "),
    ]
    assert blocks[1].end == len(text)
    assert extractor.split_blocks() == _line_by_line(extractor)


def test_a_run_of_empty_list_items_is_one_block() -> None:
    # all the empty items of a run but the last are one block (nothing in them is read); the last stays an
    # item of its own, which the line after it extends; every item is still one of a goal list
    text = "Vi har fire mål:\n" + "- \n" * 20_000 + "* \r\n- \nFlere i job\n\nTekst."
    extractor = _Extractor(Document("t.txt", text), "da", None)
    blocks = extractor.split_blocks()
    assert [(b.kind, text[b.start : b.end][-12:]) for b in blocks] == [
        ("para", "ar fire mål:"),
        ("empty items", "- \n- \n- \n* \r"),
        ("item", "\nFlere i job"),
        ("para", "Tekst."),
    ]
    assert _one_a_line(extractor, blocks) == _line_by_line(extractor)
    paper = extractor.run()
    (goals,) = paper.goal_lists
    assert goals.stated == 4
    assert len(goals.items) == 20_002
    assert [text[i.start : i.end] for i in goals.items[-3:]] == ["", "\r", "\nFlere i job"]
