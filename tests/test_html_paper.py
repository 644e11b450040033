"""The paper itself in the HTML report: the text as read, targets highlighted in their verdict's colour,
findings beside their lines, links both ways between table rows and places in the text; one file, no
network, printable. Checked in headless Chromium where it is installed.

``SUDGOALS_UPDATE_SCREENSHOT=1`` makes the Chromium test write the README's screenshot
(``docs/html-report.png``) of the seed-like example.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import sudgoals
from sudgoals import readers
from sudgoals.report import render
from sudgoals.report._html import paper_sources, render_html

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "grundlagspapir-2015-2018-scan.txt"
SCREENSHOT = ROOT / "docs" / "html-report.png"


class _Page(HTMLParser):
    """Ids, local links, the text of each paper line, the notes and anything that could load a resource."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.external: list[str] = []
        self.lines: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (class, href)
        self.notes = 0
        self.rows: list[str] = []
        self._in_tx = 0
        self._tags = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            assert a["id"] not in self.ids, f"duplicate id {a['id']}"
            self.ids.add(a["id"])
        if tag in ("script", "link", "img", "iframe", "object"):
            self.external.append(tag)
        for key in ("src", "srcset"):
            if key in a:
                self.external.append(a[key])
        href = a.get("href")
        if href is not None:
            if href.startswith("#"):
                self.hrefs.append(href[1:])
            else:
                self.external.append(href)
        classes = a.get("class", "").split()
        if tag == "tr" and a.get("id", "").startswith("row-"):
            self.rows.append(a["id"])
        if tag == "span" and "tx" in classes:
            self._in_tx = 1
            self._tags = 0
            self.lines.append("")
        elif self._in_tx:
            self._tags += 1
        if tag == "a" and "tg" in classes and a.get("href"):
            self.marks.append((a["class"], a["href"]))
        if tag == "aside" and "note" in classes:
            self.notes += 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_tx:
            if self._tags == 0 and tag == "span":
                self._in_tx = 0
            else:
                self._tags -= 1

    def handle_data(self, data: str) -> None:
        if self._in_tx:
            self.lines[-1] += data


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def _report_and_html(path: Path = EXAMPLE, lang: str = "da") -> tuple[sudgoals.Report, str, str]:
    report = sudgoals.check_paths([path])
    sources = paper_sources(report)
    return report, render_html(report, lang=lang, sources=sources), sources[str(path)]


def test_the_paper_is_shown_line_by_line_as_read() -> None:
    _, html, text = _report_and_html()
    page = _parse(html)
    expected = [line.replace("\f", "") for line in re.split(r"\r\n|\r|\n", text)]
    assert page.lines == expected


def test_every_target_is_highlighted_and_linked_both_ways() -> None:
    report, html, _ = _report_and_html()
    page = _parse(html)
    targets = report.documents[0].targets
    assert len(page.rows) == len(targets) == 10
    for n, target in enumerate(targets, start=1):
        assert f"at-d1-t{n}" in page.ids  # the place in the text
        assert f"at-d1-t{n}" in page.hrefs  # the row links to it
        assert f"row-d1-t{n}" in page.hrefs  # and the place links back to the row
        classes = [c for c, href in page.marks if href == f"#row-d1-t{n}"]
        assert classes and all(f"v-{target.verdict.value}" in c for c in classes)
    assert any("fig" in c.split() for c, _ in page.marks)  # figures marked more strongly
    assert set(page.hrefs) <= page.ids  # no dangling link


def test_every_finding_is_a_note_beside_its_line() -> None:
    report, html, _ = _report_and_html()
    page = _parse(html)
    assert page.notes == len(report.findings) == 4
    for f in report.findings:
        line = re.search(rf'id="d1-L{f.line}"[^\n]*', html)
        assert line is not None and f"<code>{f.code}</code>" in line.group()


def test_suggestions_stand_in_the_notes(tmp_path: Path) -> None:
    paper = tmp_path / "udkast.txt"
    paper.write_text(
        "Antallet af plejefamilier skal stige fra 1.000 til 1.206.\n"
        "Det svarer til en stigning på ca. 20 pct.\n"
        "5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct.\n",
        encoding="utf-8",
    )
    report, html, _ = _report_and_html(paper)
    page = _parse(html)
    assert page.notes == len(report.findings)
    assert "Forslag: med udgangspunktet 40 er 5 flere en stigning på 12,5 pct." in html
    assert [c.split()[1] for c, _ in page.marks if "v-" in c].count("v-consistent_with_hedge") >= 2
    assert set(page.hrefs) <= page.ids


def test_self_contained_and_printable() -> None:
    _, html, _ = _report_and_html()
    page = _parse(html)
    assert page.external == []
    assert re.findall(r"https?://[^\"' ]+", html) == ["http://www.w3.org/2000/svg"] * html.count("xmlns=")
    assert "@media print" in html and "print-color-adjust: exact" in html


def test_english_labels_and_no_paper_without_sources() -> None:
    report, html, _ = _report_and_html(lang="en")
    assert "The paper as read" in html
    plain = render(report, "html", lang="en")
    assert "The paper as read" not in plain and 'class="paper"' not in plain
    assert 'id="row-d1-t1"' in plain and 'href="#at-' not in plain


def test_paper_sources_leave_out_a_file_that_changed(tmp_path: Path) -> None:
    paper = tmp_path / "p.txt"
    paper.write_text(
        "150 flere borgere får en bolig. Det svarer til en stigning på 18 pct.\n", encoding="utf-8"
    )
    report = sudgoals.check_paths([paper])
    assert paper_sources(report) == {str(paper): readers.read(paper).text}
    paper.write_text("Noget helt andet.\n", encoding="utf-8")
    assert paper_sources(report) == {}
    paper.unlink()
    assert paper_sources(report) == {}


def test_cli_html_report_has_the_paper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sudgoals import cli

    monkeypatch.chdir(ROOT)
    out = tmp_path / "r.html"
    with pytest.raises(SystemExit) as done:
        cli.main(["check", str(EXAMPLE.relative_to(ROOT)), "-o", str(out)])
    assert done.value.code == 0
    html = out.read_text(encoding="utf-8")
    assert 'class="paper"' in html and 'id="at-d1-t1"' in html


# --------------------------------------------------------------------------------------------- Chromium


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed")
def test_chromium_renders_prints_and_screenshots_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the report names the paper as the README's command does
    _, html, _ = _report_and_html(EXAMPLE.relative_to(ROOT), lang="en")
    page_file = tmp_path / "report.html"
    page_file.write_text(html, encoding="utf-8")
    browser = _chromium()
    assert browser is not None
    common = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # no network: nothing may be fetched anyway
        "--hide-scrollbars",
    ]
    dom = subprocess.run(
        [*common, "--dump-dom", page_file.as_uri()], capture_output=True, text=True, timeout=180, check=False
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = _parse(dom.stdout)
    assert len(rendered.rows) == 10 and rendered.notes == 4
    assert set(rendered.hrefs) <= rendered.ids

    pdf = tmp_path / "report.pdf"
    printed = subprocess.run(
        [*common, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page_file.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert pdf.is_file() and pdf.stat().st_size > 10_000, printed.stderr[-2000:]
    pypdf = pytest.importorskip("pypdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    words = " ".join(text.split())
    assert "The paper as read" in words
    assert "250 feerre hjemlgse i kommunen" in words  # the paper, highlighted, in print
    assert "the target cannot be checked" in words  # a note beside its line

    shot = tmp_path / "report.png"
    subprocess.run(
        [*common, "--window-size=1280,2470", f"--screenshot={shot}", page_file.as_uri()],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("SUDGOALS_UPDATE_SCREENSHOT") == "1":
        shutil.copy(shot, SCREENSHOT)
