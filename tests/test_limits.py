"""Limits that keep time and memory bounded on hostile input (issue 17): a flood of figures is refused at
once with a typed error that names the limit and the key that raises it; a flood of unlinked figures is
reported once, with a count."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sudgoals import pipeline
from sudgoals.config import DEFAULT_MAX_FIGURES, Config
from sudgoals.errors import InputTooLargeError, TooManyFiguresError
from sudgoals.extract import extract_document
from sudgoals.model import Document


def flood(count: int) -> str:
    return "150 flere " * count


def test_more_figures_than_the_limit_are_refused_before_reading() -> None:
    with pytest.raises(TooManyFiguresError) as caught:
        extract_document(Document("flood.txt", flood(101)), max_figures=100)
    error = caught.value
    assert isinstance(error, InputTooLargeError)
    assert error.limit == 100
    assert "more than 100 places" in str(error)
    assert "max-figures" in str(error)
    assert str(error).startswith("flood.txt: ")


def test_at_the_limit_and_without_one_the_document_is_read() -> None:
    text = flood(100)
    at_limit = extract_document(Document("flood.txt", text), max_figures=100)
    unlimited = extract_document(Document("flood.txt", text))
    assert len(at_limit.targets) == len(unlimited.targets) == 100


def test_table_rows_of_bare_numbers_count_against_the_limit() -> None:
    # "| a | 1 |" holds no figure material for the scan, but a table row is read as a sentence all the same
    rows = "| Indikator | 2023 | Mål |\n" + "".join(f"| Del {k} | {k} | {k + 1} |\n" for k in range(1, 60))
    with pytest.raises(TooManyFiguresError):
        extract_document(Document("table.md", rows), max_figures=50)
    read = extract_document(Document("table.md", rows), max_figures=60)
    assert len(read.targets) == len(extract_document(Document("table.md", rows)).targets) == 59
    # rows of words are no figures: a long table of names is read, not refused
    names = "| Navn | Afdeling |\n" + "| Hansen | Skole |\n" * 200
    assert extract_document(Document("names.md", names), max_figures=50).targets == []


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("Færre skal i job.\n", "prose"),
        ("- Flere i job\n", "list items"),
        ("Fewer people will be lonely.\n", "prose"),
    ],
)
def test_more_goals_without_a_figure_than_the_limit_are_refused(line: str, where: str) -> None:
    # each goal stated without a figure becomes an SG701 finding, as each figure becomes a target or one:
    # a file of 263,000 one-line goals took 26 s and 570 MiB, so they count against the same limit
    with pytest.raises(TooManyFiguresError) as caught:
        extract_document(Document("goals.txt", line * 51), max_figures=50)
    assert "more than 50 goals stated without a figure" in str(caught.value), where
    assert "max-figures" in str(caught.value)
    at_limit = extract_document(Document("goals.txt", line * 50), max_figures=50)
    unlimited = extract_document(Document("goals.txt", line * 50))
    assert len(at_limit.unquantified) == len(unlimited.unquantified) == 50
    assert at_limit.unquantified == unlimited.unquantified


def test_the_default_configuration_holds_the_default_limit() -> None:
    document = Document("flood.txt", flood(DEFAULT_MAX_FIGURES + 1))
    with pytest.raises(TooManyFiguresError):
        pipeline.check_document(document, Config.defaults())
    raised = pipeline.check_document(Document("small.txt", flood(3)), Config(max_figures=3))
    assert len(raised.targets) == 3


@pytest.mark.parametrize("value", [0, -1, True, "many"])
def test_a_limit_must_be_a_positive_whole_number(value: object) -> None:
    with pytest.raises(ValueError, match="max_figures"):
        Config(max_figures=value)  # type: ignore[arg-type]


def test_the_limit_is_read_from_a_configuration_file(tmp_path: Path) -> None:
    (tmp_path / "sudgoals.toml").write_text("max-figures = 5\nmax-unlinked = 7\n", encoding="utf-8")
    config = Config.load(tmp_path)
    assert (config.max_figures, config.max_unlinked) == (5, 7)


def test_the_cli_refuses_with_exit_2_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "sudgoals.toml").write_text("max-figures = 50\n", encoding="utf-8")
    paper = tmp_path / "flood.txt"
    paper.write_text(flood(51), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sudgoals", "check", str(paper)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "more than 50 places" in done.stderr
    assert "max-figures" in done.stderr


def unlinked_paper(count: int) -> object:
    from sudgoals.extract import extract_text

    # a percentage that is a share of nothing named: one unlinked figure per sentence
    text = "".join(f"Udvalget drøftede tallene på mødet ({n % 90 + 1} pct.).\n\n" for n in range(count))
    return extract_text(text, path="tal.txt", language="da")


def test_a_flood_of_unlinked_figures_is_reported_once_with_a_count() -> None:
    from sudgoals.model import Paper

    paper = unlinked_paper(12)
    assert isinstance(paper, Paper)
    assert len(paper.unlinked) == 12
    one_each = [f for f in pipeline.check_paper(paper, Config(max_unlinked=12)) if f.code == "SG801"]
    assert len(one_each) == 12
    summed = [f for f in pipeline.check_paper(paper, Config(max_unlinked=11)) if f.code == "SG801"]
    assert len(summed) == 1
    assert summed[0].data == {"count": "12", "limit": "11"}
    assert summed[0].span == paper.unlinked[0].span
    assert "max-unlinked" in summed[0].messages["en"]
    assert summed[0].messages["da"].startswith("12 tal hører ikke")
