"""`sudgoals annotate`: Word review comments in a copy of the draft, read back from the written document.

The example draft is built afresh by ``examples/make_docx.py``. Each test reads the copy back: its comments,
their authors, the text each is anchored on, and their text (the finding, its numbers, the suggestion).
LibreOffice (``soffice``) opens and re-saves the copy where it is installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

docx = pytest.importorskip("docx")

from sudgoals import readers  # noqa: E402
from sudgoals.annotate import (  # noqa: E402
    AUTHOR,
    NotAWordDraftError,
    annotate_docx,
    default_output,
    read_comments,
)
from sudgoals.errors import DocumentError, MissingExtraError  # noqa: E402
from sudgoals.model import Report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIGURES = ("absolute", "relative", "baseline", "level")


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_docx", EXAMPLES / "make_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = _maker().build(tmp_path_factory.mktemp("draft") / "udkast.docx")
    return path


@pytest.fixture(scope="module")
def annotated(draft: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report, str]:
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    out = tmp_path_factory.mktemp("out") / "udkast.sudgoals.docx"
    result = annotate_docx(draft, out)
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before  # the original is never changed
    assert result.output == out and out.is_file()
    return out, result.report, readers.read(draft).text


def _figure_text(report: Report, text: str, target_id: str) -> str:
    (target,) = [t for t in report.documents[0].targets if t.id == target_id]
    spans = [getattr(target, n).span for n in FIGURES if getattr(target, n) is not None]
    return text[min(s.start for s in spans) : max(s.end for s in spans)]


def test_one_comment_per_finding_anchored_on_its_figures(annotated: tuple[Path, Report, str]) -> None:
    out, report, text = annotated
    comments = read_comments(out)
    assert len(comments) == len(report.findings) == 7
    by_code = {c.text.split()[0]: c for c in comments}
    assert set(by_code) == {"SG101", "SG102", "SG103", "SG104", "SG201", "SG402", "SG701"}
    for finding in report.findings:
        comment = by_code[finding.code]
        assert comment.author == AUTHOR and comment.initials == "SG"
        if finding.target is None:  # a goal without a figure: the comment stands on the finding's place
            assert finding.span is not None and comment.anchor == finding.span.quote
        else:
            assert comment.anchor == _figure_text(report, text, finding.target)
    assert by_code["SG103"].anchor == "2.400 til 2.700. Det svarer til en stigning på 15 pct."
    assert by_code["SG102"].anchor == "1.500 til 1.150, et fald på ca. 25 pct."  # across two runs
    assert by_code["SG201"].anchor == "X"


def test_comment_text_has_finding_numbers_and_suggestions(annotated: tuple[Path, Report, str]) -> None:
    out, report, _ = annotated
    comments = {c.text.split()[0]: c.text.splitlines() for c in read_comments(out)}
    sg103 = comments["SG103"]
    assert sg103[0] == "SG103 baseline-mismatch (fejl)"  # the paper is Danish: so is the comment
    assert "2.338–2.358" in sg103[1] and "2.400" in sg103[1]
    assert sg103[2] == "Implicit udgangspunkt: 2.338–2.358; vurdering: inkonsistent"
    assert [line.split(":")[0] for line in sg103[3:]] == ["Forslag"] * 3
    assert "12,5 pct." in sg103[4] and "2.760" in sg103[5]
    assert "Forslag" not in comments["SG701"][-1]
    for finding in report.findings:
        lines = comments[finding.code]
        for suggestion in finding.suggestions:
            assert f"Forslag: {suggestion.messages['da']}" in lines
    assert any("12,2 pct." in line for line in comments["SG104"])
    assert any("6 procentpoint" in line for line in comments["SG402"])


def test_the_copy_reads_as_the_same_text_with_its_formatting(
    draft: Path, annotated: tuple[Path, Report, str]
) -> None:
    out, report, text = annotated
    assert readers.read(out).text == text
    original = docx.Document(str(draft))
    copy = docx.Document(str(out))
    assert [p.text for p in copy.paragraphs] == [p.text for p in original.paragraphs]
    bold = [(r.text, r.bold) for p in copy.paragraphs for r in p.runs if r.bold]
    assert ("2.400", True) in bold and ("2.700", True) in bold
    goal4 = next(p for p in copy.paragraphs if p.text.startswith("4."))
    runs = [r.text for r in goal4.runs if r.text]
    assert "1.500 til 1.150, et fald på ca. 2" in runs  # split where the figures start
    coloured = [r for r in goal4.runs if r.font.color.rgb is not None]
    assert [r.text for r in coloured] == ["5 pct."]
    again = annotate_docx(out, out.with_name("twice.docx"))
    assert [f.code for f in again.report.findings] == [f.code for f in report.findings]


def test_all_comments_every_checked_target(draft: Path, tmp_path: Path) -> None:
    result = annotate_docx(draft, tmp_path / "all.docx", all_targets=True)
    comments = read_comments(result.output)
    targets = result.report.documents[0].targets
    with_finding = {f.target for f in result.report.findings}
    assert len(comments) == len(result.report.findings) + len(
        [t for t in targets if t.id not in with_finding]
    )
    extra = [c for c in comments if c.text.startswith("sudgoals:")]
    anchors = {c.anchor for c in extra}
    assert (
        "120 flere unge med særlige behov får en ungdomsuddannelse. Det svarer til en stigning på 15 pct."
        in anchors
    )
    assert "60.\nDet svarer til et fald på 20 pct." in anchors  # one comment over two paragraphs
    assert any("775–827" in c.text for c in extra)


def test_default_output_and_refusals(draft: Path, tmp_path: Path) -> None:
    assert default_output(draft) == draft.with_name("udkast.sudgoals.docx")
    with pytest.raises(DocumentError, match="overwrite"):
        annotate_docx(draft, draft)
    text = tmp_path / "udkast.txt"
    text.write_text("5 flere børn. Det svarer til en stigning på 12,3 pct.", encoding="utf-8")
    with pytest.raises(NotAWordDraftError, match="HTML report") as caught:
        annotate_docx(text)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(DocumentError, match="no such file"):
        annotate_docx(tmp_path / "missing.docx")


def test_old_python_docx_gives_the_extra_message(
    draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docx.document import Document

    monkeypatch.delattr(Document, "add_comment")
    with pytest.raises(MissingExtraError, match=r"sudgoals\[docx\]"):
        annotate_docx(draft, tmp_path / "x.docx")


def test_english_draft_gets_english_comments(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The number of foster families must rise from 1,000 to 1,206. ")
    paragraph.add_run("That is an increase of about 20%.")
    draft = tmp_path / "draft.docx"
    document.save(str(draft))
    result = annotate_docx(draft)
    (comment,) = read_comments(result.output)
    lines = comment.text.splitlines()
    assert lines[0] == "SG102 pair-needs-hedge (warning)"
    assert lines[2].startswith("Implied baseline:")
    assert any(line.startswith("Suggestion: ") and "about 20.6%" in line for line in lines)
    assert comment.anchor == "1,000 to 1,206. That is an increase of about 20%"
    danish = annotate_docx(draft, tmp_path / "da.docx", language="da")
    (comment,) = read_comments(danish.output)
    assert comment.text.startswith("SG102 pair-needs-hedge (advarsel)") and "Forslag: " in comment.text


def test_figures_inside_a_hyperlink_and_split_over_runs(tmp_path: Path) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("Antallet af boliger skal stige fra ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), "bilag")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1.200"
    run.append(t)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(" til 1.350. Det svarer til en stigning på 1")
    paragraph.add_run("8 pct.").bold = True
    paragraph.add_run(" Resten\tstår her.")
    draft = tmp_path / "link.docx"
    document.save(str(draft))
    result = annotate_docx(draft)
    (comment,) = read_comments(result.output)
    assert comment.text.startswith("SG103")
    assert comment.anchor == "1.200 til 1.350. Det svarer til en stigning på 18 pct."
    assert readers.read(result.output).text == readers.read(draft).text
    body = docx.Document(str(result.output)).element.body
    starts = body.findall(".//" + qn("w:commentRangeStart"))
    assert len(starts) == 1 and starts[0].getparent().tag == qn("w:hyperlink")


# --------------------------------------------------------------------------------------------- command line


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-m", "sudgoals", *args],
        cwd=cwd,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_annotate_writes_the_copy_and_exits_1_on_errors(draft: Path, tmp_path: Path) -> None:
    local = tmp_path / "udkast.docx"
    shutil.copy(draft, local)
    done = _run("annotate", "udkast.docx", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert (tmp_path / "udkast.sudgoals.docx").is_file()
    assert "udkast.sudgoals.docx" in done.stderr and "7" in done.stderr
    never = _run("annotate", "udkast.docx", "-o", "b.docx", "--fail-on", "never", "--all", cwd=tmp_path)
    assert never.returncode == 0, never.stderr
    assert len(read_comments(tmp_path / "b.docx")) > 7


def test_cli_annotate_other_formats_point_to_the_html_report(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "udkast-med-fejl.txt", tmp_path / "udkast.txt")
    done = _run("annotate", "udkast.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "udkast.txt" in line and "HTML" in line and ".html" in line
    assert not list(tmp_path.glob("*.docx"))


# --------------------------------------------------------------------------------------------- LibreOffice


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_copy_and_keeps_the_comments(
    annotated: tuple[Path, Report, str], tmp_path: Path
) -> None:
    out, report, _ = annotated
    profile = tmp_path / "profile"  # a profile of its own: other soffice processes may be running
    converted = tmp_path / "converted"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(converted),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    again = converted / out.name
    assert again.is_file(), done.stdout + done.stderr
    before = read_comments(out)
    after = read_comments(again)
    assert len(after) == len(before) == len(report.findings)
    assert {c.author for c in after} == {AUTHOR}
    assert sorted((c.anchor, c.text) for c in after) == sorted((c.anchor, c.text) for c in before)


def test_doctests_of_the_annotate_module() -> None:
    import doctest

    from sudgoals import annotate

    result = doctest.testmod(annotate)
    assert result.failed == 0 and result.attempted > 0


def test_the_committed_example_is_the_one_the_script_builds(draft: Path) -> None:
    committed = EXAMPLES / "udkast-2024-med-fejl.docx"
    assert readers.read(committed).text == readers.read(draft).text


def test_a_draft_with_word_list_numbering_is_annotated_on_its_figures(tmp_path: Path) -> None:
    """Word draws "1." of a "List Number" paragraph from the numbering definitions: the reader writes the
    mark into its text, and the comments must still land on the figures (not fail to map the text)."""
    draft = tmp_path / "liste.docx"
    document = docx.Document()
    document.add_paragraph("Mål for beskæftigelse")
    document.add_paragraph(
        "150 flere borgere skal i job. Det svarer til et fald på 18 pct.", style="List Number"
    )
    document.add_paragraph("60 færre unge er uden uddannelse.", style="List Number")
    document.save(str(draft))
    assert readers.read(draft).text.splitlines()[1].startswith("1. 150 flere")
    result = annotate_docx(draft, tmp_path / "ud.docx")
    (comment,) = [c for c in read_comments(result.output) if c.text.startswith("SG301")]
    assert comment.anchor.startswith("150") and comment.anchor.endswith("18 pct.")


def test_a_draft_with_a_kpi_table_gets_its_comments_on_the_cells(tmp_path: Path) -> None:
    """A table row is one line of the reader's text, its cells between bars: the comments still land on the
    runs of the figures in their cells, and an anchor over two cells reads back with the bar between."""
    draft = tmp_path / "tabel.docx"
    document = docx.Document()
    document.add_paragraph("Nøgletal for boligområdet")
    table = document.add_table(rows=3, cols=3)
    rows = (
        ("Indikator", "Udgangspunkt 2023", "Mål 2027"),
        ("Antal hjemløse", "400", "300"),
        ("Boliger", "150 flere boliger. Det svarer til en stigning på 30 pct.", ""),
    )
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Planen følges op hvert år.")
    document.save(str(draft))
    lines = readers.read(draft).text.splitlines()
    assert lines[2] == "| Antal hjemløse | 400 | 300 |"
    result = annotate_docx(draft, tmp_path / "ud.docx", all_targets=True)
    anchors = {c.anchor for c in read_comments(result.output)}
    assert "400 | 300" in anchors  # the row's target: from its baseline cell to its target cell
    assert "150 flere boliger. Det svarer til en stigning på 30 pct." in anchors
    assert readers.read(result.output).text == readers.read(draft).text  # the copy reads the same
