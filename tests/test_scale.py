"""Batch and scale: parallel checking gives the same results as serial, results stream in input order, the
CLI's JSON Lines output has one line per file, and nothing is lost between the text and the paper.

"Nothing is lost" is checked independently of the extractor: :data:`PERCENT_FIGURE` finds every figure with
a percent sign or word in the raw text (digits, with a decimal comma/point or thousands marks, an optional
stray full stop as OCR leaves it, then ``%``, ``pct``, ``procent`` (so also ``procentpoint``), ``percent``
or ``per cent``). Each such figure must lie inside the span of some target or of a figure in
``Paper.unlinked``. Written-out numbers ("femten procent") and placeholders ("X pct.") are not digits and
are left out of this check.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sudgoals import pipeline
from sudgoals.config import Config
from sudgoals.extract import extract_text
from sudgoals.model import Paper

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*") if p.suffix in (".txt", ".md"))

PERCENT_FIGURE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)*\.?[ \t\u00a0]?(?:%|pct\b|procent|prosent|percent|per[ \t\u00a0]cent)",
    re.IGNORECASE,
)
"""A figure with a percent sign or word, as written in the raw text (see the module docstring)."""


def lost_figures(text: str, paper: Paper) -> list[tuple[int, str]]:
    """The (line, text) of every percent figure in ``text`` that is in no target's, no unlinked figure's and
    no fact's span."""
    spans = [(t.span.start, t.span.end) for t in paper.targets]
    spans += [(f.span.start, f.span.end) for f in (*paper.unlinked, *paper.facts) if f.span is not None]
    lost = []
    for match in PERCENT_FIGURE.finditer(text):
        if not any(start <= match.start() and match.end() <= end for start, end in spans):
            lost.append((text.count("\n", 0, match.start()) + 1, match.group(0)))
    return lost


# ------------------------------------------------------------------------------------------ the corpus


def _blocks(text: str) -> list[str]:
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", text) if block.strip()]


def _generated_paper(rng: random.Random, number: int) -> str:
    """A small goal paper with consistent and broken targets, in the forms the examples use."""
    things = [
        "borgere i hjemløshed får tilbudt en varig bolig",
        "unge under 25 år er i job eller uddannelse",
        "familier får en fast kontaktperson",
        "ledige deltager i et forløb med virksomhedspraktik",
    ]
    lines = [f"Mål nr. {number} for perioden 2024-2027", ""]
    for index, thing in enumerate(rng.sample(things, rng.randint(1, len(things))), start=1):
        baseline = rng.randint(100, 4000)
        change = rng.randint(5, baseline // 2)
        percent = round(100 * change / baseline) + rng.choice([0, 0, 0, 3])  # now and then a wrong one
        word, noun = rng.choice([("flere", "en stigning"), ("færre", "et fald")])
        lines += [f"{index}. {change} {word} {thing}. Det svarer til {noun} på {percent} pct.", ""]
    if rng.random() < 0.5:
        lines += [f"Mindst {rng.randint(50, 99)} pct. af borgerne skal være tilfredse i 2027.", ""]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """About 50 papers: pieces of the examples, generated papers, and two files that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(20240601)
    blocks = [block for path in EXAMPLES for block in _blocks(path.read_text(encoding="utf-8"))]
    paths: list[Path] = []
    for number in range(48):
        if blocks and number % 2 == 0:
            text = "\n\n".join(rng.sample(blocks, min(len(blocks), rng.randint(2, 6)))) + "\n"
        else:
            text = _generated_paper(rng, number)
        path = folder / f"paper-{number:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    (folder / "paper-48-empty.txt").write_bytes(b"")
    (folder / "paper-49-binary.txt").write_bytes(bytes(range(256)) * 8)
    paths += [folder / "paper-48-empty.txt", folder / "paper-49-binary.txt"]
    return paths


def _summary(result: pipeline.FileResult) -> tuple[Any, ...]:
    """What must agree between runs: targets (figures, verdict, baseline), findings, the error's presence."""
    targets: tuple[Any, ...] = ()
    if result.paper is not None:
        targets = tuple(
            (t.id, t.span.line, t.verdict.value, t.implied_baseline, t.absolute, t.relative)
            for t in result.paper.targets
        )
    return (result.path, targets, tuple((f.code, f.line, f.column) for f in result.findings), result.error)


# ------------------------------------------------------------------------------------------ parallel = serial


def test_parallel_check_gives_the_same_results_as_serial(corpus: list[Path]) -> None:
    config = Config()
    serial = list(pipeline.iter_check(corpus, config, jobs=1))
    parallel = list(pipeline.iter_check(corpus, config, jobs=2))
    assert len(serial) == len(corpus) == 50
    assert parallel == serial  # FileResult equality: paper, findings and error, field by field
    assert [_summary(r) for r in parallel] == [_summary(r) for r in serial]
    # the corpus exercises the interesting cases: targets found, findings raised, unreadable files reported
    assert sum(len(r.paper.targets) for r in serial if r.paper is not None) >= 50
    assert any(r.findings for r in serial)
    assert serial[-1].error is not None  # binary junk; the empty file may read as a paper with no targets
    assert all(r.error is None for r in serial[:-2])


def test_check_bytes_is_the_same_as_checking_the_file(corpus: list[Path]) -> None:
    config = Config()
    for path, from_file in zip(corpus[:6], pipeline.iter_check(corpus[:6], config), strict=True):
        from_bytes = pipeline.check_bytes(path.read_bytes(), str(path), config)
        assert from_bytes == from_file


# ------------------------------------------------------------------------------------------ streaming


class _CountingExecutor(ThreadPoolExecutor):
    """A thread pool that records how many tasks were submitted, to see how far ahead iter_check runs."""

    def __init__(self, workers: int) -> None:
        super().__init__(max_workers=workers)
        self.submitted = 0
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._lock:
            self.submitted += 1
        return super().submit(fn, *args, **kwargs)


def test_results_stream_in_input_order_with_bounded_look_ahead(corpus: list[Path]) -> None:
    order = list(reversed(corpus))  # not sorted: the order must be the caller's, not the file system's
    jobs = 2
    with _CountingExecutor(jobs) as executor:
        stream: Iterator[pipeline.FileResult] = pipeline.iter_check(
            order, Config(), jobs=jobs, executor=executor
        )
        first = next(stream)
        assert first.path == str(order[0])
        # only a window of files is in flight: memory does not grow with the number of files
        assert executor.submitted <= 2 * jobs + 1 < len(order)
        rest = []
        for consumed, result in enumerate(stream, start=2):
            assert executor.submitted <= consumed + 2 * jobs
            rest.append(result)
    assert [r.path for r in [first, *rest]] == [str(p) for p in order]


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "sudgoals"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "sudgoals"]


def test_cli_jsonl_has_one_line_per_file_in_order(corpus: list[Path]) -> None:
    files = corpus[:12]
    done = subprocess.run(
        [*_cli(), "check", *map(str, files), "--format", "jsonl", "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    if done.returncode == 2 and not done.stdout:
        pytest.fail(f"sudgoals check failed on readable files: {done.stderr.strip()}")
    assert done.returncode in (0, 1), done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(files)
    reports = [json.loads(line) for line in lines]
    assert [r["schema"] for r in reports] == ["sudgoals.report/1"] * len(files)
    assert [r["documents"][0]["path"] for r in reports] == [str(p) for p in files]
    expected = [len(r.paper.targets) for r in pipeline.iter_check(files, Config()) if r.paper is not None]
    assert [len(r["documents"][0]["targets"]) for r in reports] == expected


# ------------------------------------------------------------------------------------------ nothing is lost


def test_lost_figures_detects_a_dropped_figure() -> None:
    text = "Ledigheden falder med 18 pct. i 2017, og 1,4 % flere er i job. 12 procentpoint mere."
    nothing = Paper(path="<text>", language="da", targets=[])
    assert [figure for _, figure in lost_figures(text, nothing)] == ["18 pct", "1,4 %", "12 procent"]


@pytest.mark.skipif(not EXAMPLES, reason="examples/ holds no .txt or .md files yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_nothing_is_lost_in_the_examples(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    paper = extract_text(text, path=str(path))
    assert PERCENT_FIGURE.search(text) is not None or not paper.targets
    assert lost_figures(text, paper) == []


def test_nothing_is_lost_in_the_seeds() -> None:
    from seeds import SEED_NAMES, seed_dir

    folder = seed_dir()
    for name in SEED_NAMES.values():
        text = (folder / name).read_text(encoding="utf-8")
        assert lost_figures(text, extract_text(text, path=name)) == [], name


_LEVELS = {
    "da": (
        "Mindst {p} pct. af de unge skal gennemføre en uddannelse.",
        "I 2013 var {p} procent af borgerne tilfredse.",
        "Andelen steg med {p} procentpoint.",
        "({p} pct.)",
        "Tallet er {p} pct. højere end i 2015.",
        "Målet er {p}% i 2027.",
    ),
    "en": (
        "At least {p}% of residents should have a home.",
        "In 2013, {p} per cent of users were satisfied.",
        "({p} percent)",
        "The share rose by {p} percentage points.",
    ),
}


def _percents(mark: str) -> st.SearchStrategy[str]:
    """Percent values as written: whole, or with one decimal after ``mark``."""
    decimals = st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda t: f"{t[0]}{mark}{t[1]}")
    return st.one_of(st.integers(0, 150).map(str), decimals)


_PERCENTS = {"da": _percents(","), "en": _percents(".")}


@st.composite
def _generated_texts(draw: st.DrawFn) -> tuple[str, str]:
    from sudgoals import strategies as sg

    language = draw(st.sampled_from(["da", "en"]))
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            sentence = draw(
                sg.target_sentences(language=language, ocr=draw(st.booleans()) and language == "da")
            )
            parts.append(sentence.text)
        else:
            parts.append(draw(st.sampled_from(_LEVELS[language])).format(p=draw(_PERCENTS[language])))
        parts.append(draw(st.sampled_from([" ", "\n", "\n\n", "\n- ", "\n3. "])))
    return language, "".join(parts)


@given(_generated_texts())
# a percent figure in brackets right after a target's relative figure (found by this test)
@example(("da", "150 flere borgere får en bolig. Det svarer til en stigning på 18 pct. (5 pct.) "))
@example(("en", "150 more residents are offered a home. This is an increase of 18 per cent. (5 percent) "))
def test_nothing_is_lost_in_generated_text(generated: tuple[str, str]) -> None:
    language, text = generated
    paper = extract_text(text, language=language)  # a short text may be too short to detect its language
    assert lost_figures(text, paper) == []
