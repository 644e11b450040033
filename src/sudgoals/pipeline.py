"""The library's main entry points: read, extract, judge, check, compare, report.

Every stage is a pure function of its input and the configuration, so checking one document is a pure
function of ``(bytes, config)``: :func:`check_bytes` is what a batch engine (a process pool, a Dask bag, Ray)
maps over a corpus. :func:`iter_check` does that here, in parallel and in input order, streaming results so
memory does not grow with the number of files.

A paper comes from extraction (:func:`sudgoals.extract.extract_unjudged`) or from a spec file
(:func:`sudgoals.specs.load_unjudged`) with its targets unjudged, and is judged once, here
(:func:`sudgoals.judge.judge_paper`, under the configured policy), before any rule sees it. After the rules,
:func:`settle_verdicts` makes a target an error finding names ``inconsistent``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sudgoals import __version__
from sudgoals._frozen import Frozen
from sudgoals.errors import SudgoalsError
from sudgoals.model import (
    Comparison,
    Document,
    DocumentReport,
    Finding,
    Paper,
    Report,
    Target,
    ToolInfo,
    trusted,
)

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from sudgoals.config import Config

__all__ = [
    "FileResult",
    "build_report",
    "check_bytes",
    "check_document",
    "check_paper",
    "check_paths",
    "check_text",
    "compare_papers",
    "compare_paths",
    "iter_check",
    "load_paper",
    "settle_verdicts",
]


def _config(config: Config | None) -> Config:
    from sudgoals.config import Config

    return config if config is not None else Config.defaults()


def _language(config: Config) -> str | None:
    """The paper's language the configuration names; ``None`` for "auto" (detected from the text)."""
    return None if config.language == "auto" else config.language


def check_document(document: Document, config: Config | None = None) -> Paper:
    """Extract the targets of a read document under ``config`` (its policy and language), judged once.

    Raises :class:`~sudgoals.errors.TooManyFiguresError` at once for a document with more places a figure
    can stand than ``config.max_figures``."""
    from sudgoals.extract import extract_unjudged
    from sudgoals.judge import judge_paper

    cfg = _config(config)
    policy = cfg.policy()
    paper = extract_unjudged(document, language=_language(cfg), policy=policy, max_figures=cfg.max_figures)
    return judge_paper(paper, policy)


def load_paper(path: str | Path, config: Config | None = None, *, max_bytes: int | None = None) -> Paper:
    """A goal paper or a spec file as a :class:`~sudgoals.model.Paper`, targets evaluated under ``config``.

    Raises a :class:`~sudgoals.errors.SudgoalsError` subclass naming the file when it cannot be read.
    """
    from sudgoals import readers

    cfg = _config(config)
    if str(path).lower().endswith(".toml"):  # only then is the spec loader worth importing
        from sudgoals import specs

        if specs.is_spec(path):
            from sudgoals.judge import judge_paper

            policy = cfg.policy()
            return judge_paper(specs.load_unjudged(path, policy=policy), policy)
    limit = max_bytes if max_bytes is not None else cfg.max_bytes
    document = readers.read(path, max_bytes=limit)
    return check_document(document, cfg)


def check_paper(paper: Paper, config: Config | None = None) -> list[Finding]:
    """Every finding of the selected rules on one paper, in document order."""
    from sudgoals.rules import run_rules

    findings = run_rules(paper, _config(config))
    return sorted(findings, key=lambda f: (f.line, f.column, f.code))


def _document_report(paper: Paper) -> DocumentReport:
    return trusted(
        DocumentReport,
        path=paper.path,
        language=paper.language,
        targets=paper.targets,
        format=paper.format,
        title=paper.title,
        period=paper.period,
    )


def build_report(
    papers: Sequence[Paper],
    findings: Sequence[Finding],
    config: Config | None = None,
    *,
    comparisons: list[Comparison] | None = None,
) -> Report:
    """Assemble the report: documents, findings, the policies used; target ids made unique across papers.

    A target with an error among the findings is ``inconsistent`` whatever its figures' own verdict (a
    contradiction in its words, points called per cent, a baseline that drifted between drafts): the
    verdict every format shows agrees with the findings (:func:`settle_verdicts`).
    """
    cfg = _config(config)
    papers, findings = _unique_ids(papers, findings)
    papers = settle_verdicts(papers, findings)
    return trusted(
        Report,
        tool=trusted(ToolInfo, version=__version__),
        policy=cfg.policy().describe(),
        documents=[_document_report(p) for p in papers],
        findings=list(findings),
        comparisons=comparisons,
    )


def settle_verdicts(papers: Sequence[Paper], findings: Iterable[Finding]) -> list[Paper]:
    """``papers`` with every target that an error finding names made ``inconsistent``.

    The judge's verdict weighs the figures only ("150 flere ... et fald på 18 pct." fits 811–857); the rules
    see more (the words contradict each other: SG301). A target reported as wrong must not be shown as
    consistent, so an error on a target decides its verdict; warnings and notes leave it alone.
    """
    from sudgoals.model import Severity, Verdict, replace

    wrong = {(f.path, f.target) for f in findings if f.target is not None and f.severity is Severity.ERROR}
    if not wrong:
        return list(papers)
    out: list[Paper] = []
    for paper in papers:
        targets = [
            replace(t, verdict=Verdict.INCONSISTENT)
            if (paper.path, t.id) in wrong and t.verdict is not Verdict.INCONSISTENT
            else t
            for t in paper.targets
        ]
        changed = any(a is not b for a, b in zip(targets, paper.targets, strict=True))
        out.append(replace(paper, targets=targets) if changed else paper)
    return out


def _unique_ids(papers: Sequence[Paper], findings: Sequence[Finding]) -> tuple[list[Paper], list[Finding]]:
    seen: set[str] = set()
    renamed: dict[tuple[str, str], str] = {}
    out: list[Paper] = []
    for index, paper in enumerate(papers):
        targets: list[Target] = []
        for target in paper.targets:
            new_id = target.id
            if new_id in seen:
                new_id = f"{target.id}.{index + 1}"
                renamed[(paper.path, target.id)] = new_id
            seen.add(new_id)
            targets.append(target if new_id == target.id else target.model_copy(update={"id": new_id}))
        out.append(paper.model_copy(update={"targets": targets}))
    if not renamed:
        return out, list(findings)
    fixed = [
        f.model_copy(update={"target": renamed.get((f.path, f.target), f.target)}) if f.target else f
        for f in findings
    ]
    return out, fixed


class FileResult(Frozen):
    """The outcome of checking one file: its paper and findings, or the one-line error that stopped it."""

    __slots__ = ("path", "paper", "findings", "error", "exception")  # noqa: RUF023
    path: str
    paper: Paper | None
    findings: tuple[Finding, ...]
    error: str | None
    # the typed error behind ``error``, re-raised by check_paths (errors compare by identity: not compared)
    exception: SudgoalsError | None

    def __init__(
        self,
        path: str,
        paper: Paper | None,
        findings: tuple[Finding, ...],
        error: str | None = None,
        exception: SudgoalsError | None = None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "path", path)
        _set(self, "paper", paper)
        _set(self, "findings", findings)
        _set(self, "error", error)
        _set(self, "exception", exception)

    def _compared(self) -> tuple[str, Paper | None, tuple[Finding, ...], str | None]:
        return (self.path, self.paper, self.findings, self.error)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, FileResult)
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())


def check_bytes(data: bytes, path: str, config: Config | None = None) -> FileResult:
    """Check one document given as bytes: a pure function of ``(data, path's suffix, config)``.

    Never raises for bad input: a :class:`~sudgoals.errors.SudgoalsError` becomes ``FileResult.error``.
    """
    from sudgoals import readers

    cfg = _config(config)
    try:
        document = readers.read_bytes(data, path, max_bytes=cfg.max_bytes)
        paper = check_document(document, cfg)
        return FileResult(path, paper, tuple(check_paper(paper, cfg)))
    except SudgoalsError as exc:
        return FileResult(path, None, (), str(exc))


def _check_file(path: str, config: Config) -> FileResult:
    try:
        paper = load_paper(path, config)
        return FileResult(path, paper, tuple(check_paper(paper, config)))
    except SudgoalsError as exc:
        return FileResult(path, None, (), str(exc), exc)
    except OSError as exc:
        return FileResult(path, None, (), f"{path}: {exc.strerror or exc}")


def iter_check(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    jobs: int | None = 1,
    executor: Executor | None = None,
) -> Iterator[FileResult]:
    """Check many files, yielding one :class:`FileResult` per file in input order.

    With ``jobs`` > 1 the files are checked in a process pool (``jobs=None``: one process per CPU); results
    are the same as one at a time. At most ``2 * jobs`` files are in flight, so memory stays flat however
    many files there are.
    """
    cfg = _config(config)
    names = [str(p) for p in paths]
    workers = os.cpu_count() or 1 if jobs is None else max(1, jobs)
    if (workers <= 1 or len(names) <= 1) and executor is None:
        for name in names:
            yield _check_file(name, cfg)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    pool = executor if executor is not None else ProcessPoolExecutor(max_workers=workers)
    try:
        pending: deque[object] = deque()
        it = iter(names)
        for name in it:
            pending.append(pool.submit(_check_file, name, cfg))
            if len(pending) >= 2 * workers:
                break
        while pending:
            future = pending.popleft()
            yield future.result()  # type: ignore[attr-defined]
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_check_file, nxt, cfg))
    finally:
        if executor is None:
            pool.shutdown(cancel_futures=True)


def check_paths(paths: Iterable[str | Path], config: Config | None = None, *, jobs: int | None = 1) -> Report:
    """Read, extract and check every file (folders and globs expanded) into one :class:`Report`.

    Raises the first file's :class:`~sudgoals.errors.SudgoalsError` when any file cannot be read; use
    :func:`iter_check` to carry on past bad files.
    """
    from sudgoals.readers import iter_paths

    cfg = _config(config)
    files = iter_paths([str(p) for p in paths])
    papers: list[Paper] = []
    findings: list[Finding] = []
    for result in iter_check(files, cfg, jobs=jobs):
        if result.exception is not None:
            raise result.exception  # its own type: a missing file is a FileNotFoundError, ...
        if result.error is not None or result.paper is None:
            raise _FileFailed(result.path, result.error or "unreadable")
        papers.append(result.paper)
        findings.extend(result.findings)
    return build_report(papers, findings, cfg)


class _FileFailed(SudgoalsError, ValueError):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message if self.message.startswith(self.path) else f"{self.path}: {self.message}"


def check_text(
    text: str, *, path: str = "<text>", language: str | None = None, config: Config | None = None
) -> Report:
    """Extract and check a goal paper given as a string.

    >>> report = check_text("150 flere udsatte borgere får en bolig. Det svarer til en stigning på 18 pct.")
    >>> [t.verdict.value for t in report.documents[0].targets]
    ['consistent']
    """
    cfg = _config(config)
    if language is not None:
        cfg = cfg.merged(language=language)
    paper = check_document(Document(path, text), cfg)
    return build_report([paper], check_paper(paper, cfg), cfg)


def compare_papers(old: Paper, new: Paper) -> tuple[Comparison, list[Finding]]:
    """Reconcile two drafts: matched goals, implied baselines and their overlap, and ``baseline-drift``."""
    from sudgoals.reconcile import compare, drift_findings

    comparison = compare(old, new)
    return comparison, drift_findings(comparison, languages={old.path: old.language, new.path: new.language})


def compare_paths(old: str | Path, new: Sequence[str | Path], config: Config | None = None) -> Report:
    """Compare ``old`` with each of ``new`` in turn; the report holds every document, finding, comparison.

    Target ids are made unique across the papers before they are matched, so every id a comparison names is
    an id the report shows (two drafts often share a file name and so their ids).
    """
    from sudgoals.reconcile import compare_chain, drift_findings

    cfg = _config(config)
    loaded = [load_paper(path, cfg) for path in (old, *new)]
    papers, findings = _unique_ids(loaded, [f for paper in loaded for f in check_paper(paper, cfg)])
    comparisons = compare_chain(papers)
    findings.extend(drift_findings(comparisons, languages={p.path: p.language for p in papers}))
    return build_report(papers, findings, cfg, comparisons=comparisons)
