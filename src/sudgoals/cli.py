"""The ``sudgoals`` command line: parse arguments, call the library, pick a renderer, set the exit code.

Commands: ``check``, ``extract``, ``compare``, ``annotate``, ``rules``, ``explain``, ``schema``;
``--version``.

Exit codes: 0 when no finding is at or above ``--fail-on`` (default: error), 1 when one is, 2 for a usage or
input error (a file that cannot be read, a bad option). No traceback reaches the user: every failure is one
line on stderr naming the file; ``--debug`` (anywhere on the line, or ``SUDGOALS_DEBUG=1``) shows it.

Cold start: this module imports nothing heavy at import time. ``sudgoals --version`` is answered before typer
is imported; the library, rich and Jinja2 load inside the command that needs them.

Note: no ``from __future__ import annotations`` here; typer reads the annotations of the commands, which are
defined inside :func:`get_app` so that typer is imported only when a command runs.
"""

import os
import sys

from sudgoals import __version__

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs time before --version answers
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from pathlib import Path
    from types import TracebackType
    from typing import IO, Any, Final, TypeVar

    import typer

    from sudgoals.model import Finding, Paper, Report

    T = TypeVar("T")
    R = TypeVar("R")

__all__ = ["exit_code", "get_app", "main"]

_PROGRESS_MIN_FILES: "Final" = 8
_FAIL_RANKS: "Final" = {"info": 0, "warning": 1, "error": 2, "never": 3}
_SUFFIX_FORMATS: "Final" = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".sarif": "sarif",
    ".html": "html",
    ".htm": "html",
    ".txt": "plain",
}

# Everything below is written so that importing this module imports nothing but ``sudgoals`` itself:
# plain classes instead of dataclasses, string annotations, imports inside functions.


def t(key: str, lang: str, /, **values: object) -> str:
    """:func:`sudgoals.i18n.t`, imported on first use."""
    from sudgoals.i18n import t as translate

    return translate(key, lang, **values)


def _env_lang() -> str:
    from sudgoals.i18n import environment_language

    return environment_language()


class InputError(Exception):
    """A problem with the command line's input (a missing path, an existing output file): exit code 2."""


class _State:
    __slots__ = ("debug", "whole_process")

    def __init__(self) -> None:
        self.debug = False
        self.whole_process = False  # the command owns the process (``main()`` from the console script)


_STATE = _State()


# --------------------------------------------------------------------------------------------- library seam


class _Api:
    """The library functions the CLI calls (``sudgoals.pipeline`` and friends); tests replace this seam."""

    def __init__(
        self,
        *,
        load_config: "Callable[[Path], Any]",
        expand_paths: "Callable[[Sequence[str]], Sequence[str | os.PathLike[str]]]",
        load_paper: "Callable[[str, Any], Paper]",
        check_paper: "Callable[[Paper, Any], Iterable[Finding]]",
        build_report: "Callable[..., Report]",
        dump_spec: "Callable[[Paper], str]",
        all_rules: "Callable[[], Iterable[Any]]",
        get_rule: "Callable[[str], Any]",
    ) -> None:
        self.load_config = load_config
        self.expand_paths = expand_paths
        self.load_paper = load_paper
        self.check_paper = check_paper
        self.build_report = build_report  # (papers, findings, config, *, comparisons=None)
        self.dump_spec = dump_spec
        self.all_rules = all_rules
        self.get_rule = get_rule

    def replace(self, **changes: "Any") -> "_Api":
        """A copy with some functions replaced."""
        return _Api(**{**self.__dict__, **changes})


def _dump_spec(paper: "Any") -> str:
    from sudgoals.specs import dump_spec  # only `extract` writes specs: not worth importing for `check`

    return dump_spec(paper)


def _api() -> _Api:
    from sudgoals import pipeline, readers, rules
    from sudgoals.config import Config

    return _Api(
        load_config=Config.load,
        expand_paths=readers.iter_paths,
        load_paper=pipeline.load_paper,
        check_paper=pipeline.check_paper,
        build_report=pipeline.build_report,
        dump_spec=_dump_spec,
        all_rules=rules.all_rules,
        get_rule=rules.get_rule,
    )


# --------------------------------------------------------------------------------------------- helpers


def _is_tty(stream: "IO[str]") -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _error_text(exc: BaseException, lang: str, path: "str | None" = None) -> str:
    """One line for a failure, naming the file (``path`` is added when the message does not name it)."""
    from sudgoals.errors import SudgoalsError

    if isinstance(exc, SudgoalsError | InputError):
        text = _one_line(str(exc))
    elif isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else (path or "")
        reason = exc.strerror or type(exc).__name__
        text = t("cli.os_error", lang, path=where, reason=reason) if where else reason
    elif isinstance(exc, UnicodeError):
        text = t("cli.os_error", lang, path=path or "", reason=_one_line(str(exc)))
    else:
        text = t("cli.internal", lang, reason=_one_line(f"{type(exc).__name__}: {exc}"))
    if path:
        from sudgoals.errors import shown_path

        if shown_path(path) not in text:
            text = f"{shown_path(path)}: {text}"
    return text


def _say_error(text: str, lang: str) -> None:
    sys.stderr.write(f"sudgoals: {t('cli.error', lang)}: {text}\n")
    sys.stderr.flush()


def exit_code(report: "Report", fail_on: str) -> int:
    """1 when a finding's severity is at or above ``fail_on`` ("error", "warning", "info"; "never": never)."""
    threshold = _FAIL_RANKS[fail_on]
    return 1 if any(f.severity.rank >= threshold for f in report.findings) else 0


class _Outcome:
    """What a worker returns: a result, or the one-line error and (for ``--debug``) the traceback."""

    def __init__(
        self, path: str, value: "Any" = None, error: "str | None" = None, trace: "str | None" = None
    ) -> None:
        self.path = path
        self.value = value
        self.error = error
        self.trace = trace


def _work(task: "tuple[Callable[[str, Any], Any], str, Any, str]") -> _Outcome:
    """Run ``fn(path, config)``; every failure becomes an :class:`_Outcome` (picklable across processes)."""
    fn, path, config, lang = task
    try:
        return _Outcome(path, fn(path, config))
    except Exception as exc:
        import traceback

        return _Outcome(path, error=_error_text(exc, lang, path), trace=traceback.format_exc())


def _load_and_check(
    load: "Callable[[str, Any], Paper]",
    check: "Callable[[Paper, Any], Iterable[Finding]]",
    path: str,
    config: "Any",
) -> "tuple[Paper, list[Finding]]":
    """The work for one file in ``check``: read and extract, then run the rules (in a worker process).

    The library functions come as arguments, not through :func:`_api`, so that a worker started by
    ``spawn`` or ``forkserver`` runs the same functions as the parent.
    """
    paper = load(path, config)
    return paper, list(check(paper, config))


def _ordered_map(fn: "Callable[[T], R]", items: "Sequence[T]", jobs: int) -> "Iterator[R]":
    """``map`` in input order; with ``jobs > 1`` in a process pool, at most ``4 * jobs`` tasks in flight, so
    results stream and memory does not grow with the number of items."""
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield fn(item)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    window = 4 * jobs
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(items)))
    try:
        pending: deque[Future[R]] = deque()
        queue = iter(items)
        for item in queue:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                break
        while pending:
            result = pending.popleft().result()
            nxt = next(queue, None)
            if nxt is not None:
                pending.append(pool.submit(fn, nxt))
            yield result
    finally:
        # on ^C or an early stop, do not start the files still queued
        pool.shutdown(wait=True, cancel_futures=True)


class _Progress:
    """A rich progress bar on stderr (only when ``enabled``); ``with`` gives the function that advances it."""

    def __init__(self, total: int, lang: str, enabled: bool) -> None:
        self.total, self.lang, self.enabled = total, lang, enabled
        self.bar: Any = None

    def __enter__(self) -> "Callable[[], None]":
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task(t("cli.progress", self.lang), total=self.total)
        bar = self.bar
        return lambda: bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _with_overrides(config: "Any", **changes: "Any") -> "Any":
    """``config`` with the given fields replaced (``None`` values are left alone), through the config's own
    ``merged`` when it has one (so values are validated), else ``model_copy`` or ``dataclasses.replace``."""
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        return config
    if hasattr(config, "merged"):
        return config.merged(**changes)
    if hasattr(config, "model_copy"):
        return config.model_copy(update=changes)
    import dataclasses

    if dataclasses.is_dataclass(config) and not isinstance(config, type):
        return dataclasses.replace(config, **changes)
    import copy

    clone = copy.copy(config)
    for key, value in changes.items():
        setattr(clone, key, value)
    return clone


def _codes(values: "list[str] | None") -> "tuple[str, ...] | None":
    """``--select SG101,SG2 --select pair-needs-hedge`` as a tuple of codes/names; ``None`` when not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _emit(text: str, output: "Path | None") -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output.write_text(text, encoding="utf-8", newline="")


def _emit_pieces(pieces: "Iterable[str]", output: "Path | None") -> None:
    """:func:`_emit` of ``"".join(pieces)``, written as the pieces come."""
    if output is None:
        sys.stdout.writelines(pieces)
        sys.stdout.flush()
        return
    with output.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(pieces)


def _open_output(output: "Path | None") -> "IO[str]":
    if output is None:
        return sys.stdout
    return output.open("w", encoding="utf-8", newline="")


class _Guard:
    """``with _Guard(lang):`` turns every failure into one line on stderr and exit code 2 (130 for ^C);
    with ``--debug`` the exception goes through with its traceback."""

    def __init__(self, lang: str, path: "str | None" = None) -> None:
        self.lang, self.path = lang, path

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: "type[BaseException] | None", exc: "BaseException | None", tb: "TracebackType | None"
    ) -> None:
        if exc is None or isinstance(exc, _Exit):
            return
        typer = sys.modules.get("typer")  # loaded unless ``main`` took the plain ``check`` path
        if typer is not None and isinstance(exc, typer.Exit | typer.Abort):
            return
        if isinstance(exc, KeyboardInterrupt):
            _say_error(t("cli.interrupted", self.lang), self.lang)
            raise _leave(130) from None
        if not isinstance(exc, Exception) or isinstance(exc, BrokenPipeError) or _STATE.debug:
            return  # (the reader of stdout went away: ``main`` stops quietly)
        _say_error(_error_text(exc, self.lang, self.path), self.lang)
        raise _leave(2) from None


class _Exit(Exception):
    """Leave the command with ``code`` (the error has been reported); ``main`` turns it into the exit code."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _leave(code: int) -> Exception:
    """The exception that ends a command with ``code``: typer's own when typer runs the command (its runner
    and parser expect it), else ours (the plain ``check`` path never imports typer)."""
    typer = sys.modules.get("typer")
    return typer.Exit(code) if typer is not None else _Exit(code)


def _run_files(
    files: "list[str]",
    task: "Callable[[str, Any], T]",
    config: "Any",
    *,
    jobs: int,
    lang: str,
) -> "Iterator[tuple[str, T | None]]":
    """Apply ``task`` to every file (in parallel with ``jobs > 1``); report failures on stderr as they come
    and yield ``(path, None)`` for them."""
    show = len(files) >= _PROGRESS_MIN_FILES and _is_tty(sys.stderr) and not _STATE.debug
    with _Progress(len(files), lang, show) as advance:
        for outcome in _ordered_map(_work, [(task, f, config, lang) for f in files], jobs):
            advance()
            if outcome.error is not None:
                if _STATE.debug and outcome.trace:
                    sys.stderr.write(outcome.trace)
                _say_error(outcome.error, lang)
                yield outcome.path, None
            else:
                yield outcome.path, outcome.value


def _default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------------------------- the app


_APP: "typer.Typer | None" = None


def load_config(**overrides: "Any") -> "Any":
    from pathlib import Path

    config = _api().load_config(Path.cwd())
    return _with_overrides(config, **overrides)


def fail_level(explicit: "str | None", config: "Any") -> str:
    level = explicit if explicit else str(getattr(config, "fail_on", None) or "error")
    return level if level in _FAIL_RANKS else "error"


def pick_format(
    explicit: "str | None",
    output: "Path | None",
    *,
    choices: "Sequence[str] | None" = None,
    lang: str = "en",
) -> str:
    """The report format: ``--format`` when given, else the one the ``-o`` file's suffix names (``.json``,
    ``.html``, ``.md``, ``.csv``, ``.sarif`` ...), else "table" on a terminal and "plain" when piped.

    Raises :class:`InputError` for an output file whose suffix names no format (``-o report.xlsx``) or a
    format the command cannot write (``choices``), naming the formats there are.
    """
    if explicit:
        return explicit
    if output is None:
        return "table" if _is_tty(sys.stdout) else "plain"
    suffix = output.suffix.lower()
    found = _SUFFIX_FORMATS.get(suffix)
    if found is None or (choices is not None and found not in choices):
        known = [s for s, f in _SUFFIX_FORMATS.items() if choices is None or f in choices]
        raise InputError(
            t(
                "cli.bad_suffix",
                lang,
                path=str(output),
                suffix=suffix or '""',
                suffixes=", ".join(known),
                formats=", ".join(sorted({_SUFFIX_FORMATS[s] for s in known})),
            )
        )
    return found


def write_report(
    report: "Report", fmt: str, lang: "str | None", output: "Path | None", *, view: str = "check"
) -> None:
    """Render ``report`` as ``fmt`` and write it; ``lang`` None writes each paper in its own language."""
    from sudgoals.report import render, render_compare_table

    if fmt == "table":
        color = output is None and _is_tty(sys.stdout) and not os.environ.get("NO_COLOR")
        width = None
        if output is None:
            import shutil

            # the terminal's width, or $COLUMNS, or 100 when piped
            width = max(80, shutil.get_terminal_size((100, 24)).columns)
        renderer = render_compare_table if view == "compare" else None
        if renderer is not None:
            text = renderer(report, lang=lang, width=width, color=color)
        else:
            text = render(report, "table", lang=lang, width=width, color=color)
    elif fmt == "sarif":
        from sudgoals.report import render_sarif

        text = render_sarif(report, lang=lang, rules=list(_api().all_rules()))
    elif fmt == "html" and view == "check":
        from sudgoals.report._html import paper_sources, render_html

        # the paper itself below each table: the texts are read again from the files
        text = render_html(report, lang=lang, sources=paper_sources(report))
    elif fmt == "json":
        from sudgoals.report._text import iter_json

        # written piece by piece: a report of many thousand targets is never one string in memory
        _emit_pieces(iter_json(report), output)
        return
    else:
        text = render(report, fmt, lang=lang)
    _emit(text, output)


def _expand_each(api: _Api, paths: "Sequence[str]", lang: str) -> "tuple[list[str], bool]":
    """The files the arguments name, each argument expanded on its own: one that names nothing (a missing
    file, a pattern without matches, a folder without papers) is reported on stderr and the others are still
    checked. Returns the files, and whether any argument failed."""
    from sudgoals.errors import SudgoalsError

    files: list[str] = []
    seen: set[str] = set()
    failed = False
    for path in paths:
        try:
            found = [str(f) for f in api.expand_paths([path])]
        except SudgoalsError as exc:
            if _STATE.debug:
                raise
            _say_error(_error_text(exc, lang, path), lang)
            failed = True
            continue
        for name in found:
            if name not in seen:
                seen.add(name)
                files.append(name)
    return files, failed


def check_files(
    paths: "list[str]",
    *,
    format: "str | None" = None,
    output: "Path | None" = None,
    fail_on: "str | None" = None,
    lang: "str | None" = None,
    select: "list[str] | None" = None,
    ignore: "list[str] | None" = None,
    rounding: "str | None" = None,
    hedges: "str | None" = None,
    jobs: "int | None" = None,
) -> int:
    """`sudgoals check`: check the papers, write the report, and return the exit code. The typer command
    calls it with the parsed options; ``main`` calls it directly for a plain ``sudgoals check PATH...``."""
    ui = lang or _env_lang()
    import gc

    # What the start-up makes (the modules of the pipeline, extraction and rules, the configuration) lives as
    # long as the process, so the cyclic collector has nothing to free in it: it is paused meanwhile (its
    # collections while those modules are imported cost about 3 ms of a cold check), and gc.freeze then moves
    # all of it out of the collector's way, so the collections after each paused extraction (sudgoals._gc) do
    # not traverse it again (~10 ms CPU). Neither when main() is called in a longer-lived process (tests, an
    # embedding program): frozen objects, garbage among them, are never collected.
    paused = _STATE.whole_process and gc.isenabled()
    if paused:
        gc.disable()
    failed = False
    with _Guard(ui):
        try:
            api = _api()
            files, failed = _expand_each(api, paths, ui)
            config = load_config(
                select=_codes(select), ignore=_codes(ignore), rounding=rounding, hedges=hedges
            )
            fail = fail_level(fail_on, config)
            fmt = pick_format(format, output, lang=ui)
            if _STATE.whole_process:
                gc.freeze()
        finally:
            if paused:
                gc.enable()
        workers = jobs or _default_jobs()
        code = 0
        from functools import partial

        task = partial(_load_and_check, api.load_paper, api.check_paper)
        results = _run_files(files, task, config, jobs=workers, lang=ui)
        if fmt == "jsonl":
            from sudgoals.report._common import split_documents
            from sudgoals.report._text import json_line

            sink = _open_output(output)
            try:
                for _path, result in results:
                    if result is None:
                        failed = True
                        continue
                    one = api.build_report([result[0]], result[1], config)
                    code = max(code, exit_code(one, fail))
                    for part in split_documents(one):
                        sink.write(json_line(part))
                    sink.flush()
            finally:
                if output is not None:
                    sink.close()
        else:
            papers: list[Paper] = []
            findings: list[Finding] = []
            for _path, result in results:
                if result is None:
                    failed = True
                    continue
                papers.append(result[0])
                findings.extend(result[1])
            if papers:
                report = api.build_report(papers, findings, config)
                write_report(report, fmt, lang, output)
                code = exit_code(report, fail)
    return 2 if failed else code


def get_app() -> "typer.Typer":
    """The typer application (built once; importing typer happens here, not at module import)."""
    global _APP  # noqa: PLW0603 - built lazily to keep the module import cheap
    if _APP is not None:
        return _APP
    from enum import StrEnum
    from pathlib import Path
    from typing import Annotated

    import typer

    class Format(StrEnum):
        table = "table"
        json = "json"
        jsonl = "jsonl"
        markdown = "markdown"
        csv = "csv"
        sarif = "sarif"
        github = "github"
        html = "html"
        plain = "plain"

    class CompareFormat(StrEnum):
        table = "table"
        json = "json"
        markdown = "markdown"
        html = "html"

    class ListFormat(StrEnum):
        table = "table"
        json = "json"
        plain = "plain"

    class FailOn(StrEnum):
        error = "error"
        warning = "warning"
        info = "info"
        never = "never"

    class Lang(StrEnum):
        da = "da"
        en = "en"

    app = typer.Typer(
        name="sudgoals",
        help="Check that the numbers in political goal papers hold together.",
        add_completion=False,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def version_callback(value: bool) -> None:
        if value:
            sys.stdout.write(f"sudgoals {__version__}\n")
            raise typer.Exit(0)

    @app.callback()
    def root(
        version: Annotated[
            bool,
            typer.Option(
                "--version",
                "-V",
                help="Print the version and exit.",
                callback=version_callback,
                is_eager=True,
            ),
        ] = False,
        debug: Annotated[
            bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")
        ] = False,
    ) -> None:
        """sudgoals: read the quantitative targets in goal papers and check that their numbers hold."""
        if debug:
            _STATE.debug = True

    LangOpt = Annotated[
        Lang | None,
        typer.Option("--lang", help="Language of messages and reports (default: the paper's language)."),
    ]
    OutputOpt = Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output."),
    ]
    FailOpt = Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on", help="Exit 1 when a finding is at or above this severity (default: error)."
        ),
    ]
    JobsOpt = Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Files checked in parallel (default: the number of CPUs).",
        ),
    ]

    @app.command()
    def check(  # noqa: PLR0917 - typer passes options by keyword
        paths: Annotated[
            list[str], typer.Argument(metavar="PATH...", help="Papers, spec files, folders or glob patterns.")
        ],
        format: Annotated[
            Format | None,
            typer.Option(
                "--format",
                "-f",
                help="Report format. Default: from the -o file's suffix; else 'table' on a terminal and "
                "'plain' (path:line:col: CODE message) when piped.",
            ),
        ] = None,
        output: OutputOpt = None,
        fail_on: FailOpt = None,
        lang: LangOpt = None,
        select: Annotated[
            list[str] | None,
            typer.Option(
                "--select", metavar="CODES", help="Only these rules (codes or names, comma-separated)."
            ),
        ] = None,
        ignore: Annotated[
            list[str] | None,
            typer.Option(
                "--ignore", metavar="CODES", help="Skip these rules (codes or names, comma-separated)."
            ),
        ] = None,
        rounding: Annotated[
            str | None, typer.Option("--rounding", metavar="NAME", help="Rounding policy name.")
        ] = None,
        hedges: Annotated[
            str | None, typer.Option("--hedges", metavar="NAME", help="Hedge policy name.")
        ] = None,
        jobs: JobsOpt = None,
    ) -> None:
        """Check papers and report every target, its implied baseline and verdict, and the findings."""
        raise typer.Exit(
            check_files(
                paths,
                format=format.value if format else None,
                output=output,
                fail_on=fail_on.value if fail_on else None,
                lang=lang.value if lang else None,
                select=select,
                ignore=ignore,
                rounding=rounding,
                hedges=hedges,
                jobs=jobs,
            )
        )

    @app.command()
    def extract(
        paper: Annotated[str, typer.Argument(metavar="PAPER", help="The goal paper to read.")],
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write the spec to this file (default: stdout).")
        ] = None,
        force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
        lang: LangOpt = None,
    ) -> None:
        """Write the targets found in PAPER as a spec file (TOML) to review and commit."""
        ui = lang.value if lang else _env_lang()
        with _Guard(ui, paper):
            if output is not None and output.exists() and not force:
                raise InputError(t("cli.exists", ui, path=str(output)))
            if not Path(paper).exists():
                raise InputError(t("cli.no_such_path", ui, path=paper))
            config = load_config()
            api = _api()
            text = api.dump_spec(api.load_paper(paper, config))
            _emit(text if text.endswith("\n") else text + "\n", output)
            if output is not None:
                sys.stderr.write(t("cli.wrote", ui, path=str(output)) + "\n")

    @app.command()
    def trace(
        paper: Annotated[str, typer.Argument(metavar="PAPER", help="The goal paper to read.")],
        line: Annotated[int, typer.Argument(metavar="LINE", min=1, help="The line to explain (1-based).")],
        lang: LangOpt = None,
    ) -> None:
        """Explain how one line was read: its targets, each figure's part, the rules that built them."""
        ui = lang.value if lang else _env_lang()
        with _Guard(ui, paper):
            if not Path(paper).exists():
                raise InputError(t("cli.no_such_path", ui, path=paper))
            from sudgoals import pipeline, readers
            from sudgoals.trace import trace_line

            config = load_config()
            document = readers.read(paper, max_bytes=config.max_bytes)
            found = pipeline.check_document(document, config)
            _emit("\n".join(trace_line(found, document.text, line)) + "\n", None)

    @app.command()
    def annotate(
        paper: Annotated[str, typer.Argument(metavar="DRAFT.docx", help="The Word draft to check.")],
        output: Annotated[
            Path | None,
            typer.Option(
                "--output", "-o", metavar="FILE", help="Where the copy goes (default: DRAFT.sudgoals.docx)."
            ),
        ] = None,
        all_targets: Annotated[
            bool,
            typer.Option("--all", help="Also comment every checked target without a finding (its baseline)."),
        ] = False,
        fail_on: FailOpt = None,
        lang: Annotated[
            Lang | None,
            typer.Option("--lang", help="Language of the comments and messages (default: the paper's)."),
        ] = None,
    ) -> None:
        """Write a copy of a Word draft with a review comment on each finding (the original is untouched)."""
        from sudgoals.annotate import annotate_docx

        ui = lang.value if lang else _env_lang()
        with _Guard(ui, paper):
            config = load_config()
            fail = fail_level(fail_on, config)
            result = annotate_docx(
                paper, output, config=config, all_targets=all_targets, language=lang.value if lang else None
            )
            sys.stderr.write(t("cli.annotated", ui, path=str(result.output), comments=result.comments) + "\n")
            code = exit_code(result.report, fail)
        raise typer.Exit(code)

    @app.command()
    def compare(  # noqa: PLR0917 - typer passes options by keyword
        old: Annotated[
            str, typer.Argument(metavar="OLD", help="The earlier draft (a paper or a spec file).")
        ],
        new: Annotated[list[str], typer.Argument(metavar="NEW...", help="Later drafts, in order.")],
        format: Annotated[CompareFormat | None, typer.Option("--format", "-f", help="Report format.")] = None,
        output: OutputOpt = None,
        fail_on: FailOpt = None,
        lang: LangOpt = None,
        threshold: Annotated[
            int | None,
            typer.Option(
                "--threshold", min=0, max=100, help="Lowest indicator match score (0-100) for one goal."
            ),
        ] = None,
        jobs: JobsOpt = None,
    ) -> None:
        """Reconcile drafts: which goal became which, both figure pairs, both baselines and their overlap."""
        from sudgoals.model import Paper
        from sudgoals.reconcile import DEFAULT_THRESHOLD, compare_chain, drift_findings

        ui = lang.value if lang else _env_lang()
        with _Guard(ui):
            files = [old, *new]
            for f in files:
                if not Path(f).is_file():
                    raise InputError(t("cli.no_such_path", ui, path=f))
            config = load_config()
            fail = fail_level(fail_on, config)
            compare_formats = [f.value for f in CompareFormat]
            fmt = pick_format(format.value if format else None, output, choices=compare_formats, lang=ui)
            if fmt not in compare_formats:
                fmt = "table"
            api = _api()
            from functools import partial

            # each draft is read and checked as `check` would, so the summary counts what check counts
            task = partial(_load_and_check, api.load_paper, api.check_paper)
            workers = jobs or _default_jobs()
            loaded = [result for _path, result in _run_files(files, task, config, jobs=workers, lang=ui)]
            if any(result is None for result in loaded):
                raise typer.Exit(2)
            results = [result for result in loaded if result is not None]
            checked = [f for _paper, found in results for f in found]
            # ids made unique across the papers first, so the comparisons name the ids the report shows
            base = api.build_report([paper for paper, _found in results], checked, config)
            papers = [Paper(path=d.path, language=d.language, targets=d.targets) for d in base.documents]
            comparisons = compare_chain(
                papers, threshold=DEFAULT_THRESHOLD if threshold is None else threshold
            )
            across = drift_findings(comparisons, languages={p.path: p.language for p in papers})
            report = api.build_report(
                [paper for paper, _found in results],
                [*checked, *across],
                config,
                comparisons=comparisons,
            )
            write_report(report, fmt, lang.value if lang else None, output, view="compare")
            code = exit_code(report, fail)
        raise typer.Exit(code)

    @app.command("rules")
    def rules_command(
        format: Annotated[
            ListFormat, typer.Option("--format", "-f", help="Output format.")
        ] = ListFormat.table,
        lang: LangOpt = None,
    ) -> None:
        """List every rule: code, name, severity and title."""
        ui = lang.value if lang else _env_lang()
        with _Guard(ui):
            rules = list(_api().all_rules())
            rows = [
                {
                    "code": str(r.code),
                    "name": str(r.name),
                    "severity": str(getattr(r.severity, "value", r.severity)),
                    "title": str(r.title(ui)),
                }
                for r in rules
            ]
            if format is ListFormat.json:
                import json

                _emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", None)
            elif format is ListFormat.plain or not _is_tty(sys.stdout):
                lines = [
                    "\t".join((r["code"], r["name"], t("severity." + r["severity"], ui), r["title"])) + "\n"
                    for r in rows
                ]
                _emit("".join(lines), None)
            else:
                from rich.console import Console
                from rich.table import Table

                table = Table()
                for key in ("code", "name", "severity", "title"):
                    table.add_column(t(f"col.{key}", ui))
                for r in rows:
                    table.add_row(
                        r["code"], r["name"], t(f"severity.{r['severity']}", ui), r["title"], style=None
                    )
                Console(highlight=False).print(table)

    @app.command()
    def explain(
        rule: Annotated[
            str, typer.Argument(metavar="CODE|NAME", help="A rule code (SG101) or name (pair-inconsistent).")
        ],
        lang: LangOpt = None,
    ) -> None:
        """Explain one rule: what it checks, why it matters, examples, and how to fix."""
        ui = lang.value if lang else _env_lang()
        with _Guard(ui):
            found = _api().get_rule(rule)
            severity = str(getattr(found.severity, "value", found.severity))
            head = f"{found.code} {found.name} ({t(f'severity.{severity}', ui)}): {found.title(ui)}"
            body = str(found.explanation(ui)).rstrip("\n")
            has_heading = body.lstrip().startswith("#")
            if _is_tty(sys.stdout):
                from rich.console import Console
                from rich.markdown import Markdown

                console = Console(highlight=False)
                if not has_heading:
                    console.print(head, style="bold", markup=False)
                console.print(Markdown(body))
            else:
                _emit(f"{body}\n" if has_heading else f"{head}\n\n{body}\n", None)

    @app.command()
    def schema() -> None:
        """Print the JSON Schema of the report that check --format json writes."""
        _emit(_schema_text(), None)

    _APP = app
    return app


def _schema_text() -> str:
    import json

    from sudgoals.model import Report

    return json.dumps(Report.model_json_schema(by_alias=True, mode="serialization"), indent=2) + "\n"


# --------------------------------------------------------------------------------------------- entry point


def _prescan(args: "list[str]") -> "tuple[list[str], bool, str]":
    """Take ``--debug`` out of the arguments (it may stand anywhere); find ``--lang`` for error messages."""
    debug = os.environ.get("SUDGOALS_DEBUG") == "1"
    lang: str = _env_lang()
    out: list[str] = []
    rest: list[str] = []
    for k, arg in enumerate(args):
        if arg == "--":
            rest = args[k:]
            break
        if arg == "--debug":
            debug = True
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1] if arg.split("=", 1)[1] in ("da", "en") else lang
        elif arg == "--lang" and k + 1 < len(args) and args[k + 1] in ("da", "en"):
            lang = args[k + 1]
        out.append(arg)
    return out + rest, debug, lang


_FAST_CHOICES: "dict[str, tuple[str, tuple[str, ...]]]" = {
    "--format": ("format", ("table", "json", "jsonl", "markdown", "csv", "sarif", "github", "html", "plain")),
    "-f": ("format", ("table", "json", "jsonl", "markdown", "csv", "sarif", "github", "html", "plain")),
    "--fail-on": ("fail_on", ("error", "warning", "info", "never")),
    "--lang": ("lang", ("da", "en")),
}


def _plain_check(args: "list[str]") -> "dict[str, str] | None":
    """The options of ``args`` when it is ``check`` followed by paths and at most the options CI and staff
    pass most (``--format``/``-f``, ``--fail-on``, ``--lang``, each once, with one of its values); ``None``
    for anything else (another option, a value the parser would refuse, "--", "--help"), which takes the full
    parser with its messages. ``SUDGOALS_CLI_FAST=0`` sends every command through the full parser (the tests
    compare the two)."""
    if len(args) < 2 or args[0] != "check" or os.environ.get("SUDGOALS_CLI_FAST", "1") == "0":
        return None
    options: dict[str, str] = {}
    paths = 0
    words = iter(args[1:])
    for arg in words:
        if not arg.startswith("-"):
            paths += 1
            continue
        name, sep, value = arg.partition("=")
        choice = _FAST_CHOICES.get(name)
        if choice is None or (sep and name == "-f"):
            return None
        if not sep:
            value = next(words, "")
        key, allowed = choice
        if value not in allowed or key in options:
            return None
        options[key] = value
    return options if paths else None


def _paths_of(args: "list[str]") -> "list[str]":
    """The paths among the arguments :func:`_plain_check` accepted (each option's value taken out)."""
    paths: list[str] = []
    words = iter(args)
    for arg in words:
        if not arg.startswith("-"):
            paths.append(arg)
        elif "=" not in arg:
            next(words, None)
    return paths


def main(argv: "Sequence[str] | None" = None) -> None:
    """The ``sudgoals`` console script. Exits with 0, 1 (findings at or above ``--fail-on``) or 2 (usage or
    input error); never lets a traceback through unless ``--debug`` is given."""
    args = list(sys.argv[1:] if argv is None else argv)
    # pydantic scans every installed distribution's entry points for plugins on first use (~25 ms); the
    # command line uses none, so it opts out for its own process only (an explicit setting wins)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if args in (["--version"], ["-V"]):
        sys.stdout.write(f"sudgoals {__version__}\n")
        sys.exit(0)
    args, debug, lang = _prescan(args)
    _STATE.debug = debug
    _STATE.whole_process = argv is None
    code: int
    try:
        if args == ["schema"]:
            sys.stdout.write(_schema_text())
            code = 0
        elif (fast := _plain_check(args)) is not None:
            # `sudgoals check PATH...`, the command staff and CI run most, with at most --format, --fail-on
            # and --lang: the same function the typer command calls, without importing typer (whose option
            # adapters import pydantic: about half of a cold start); anything else takes the full parser
            code = check_files(
                _paths_of(args[1:]),
                format=fast.get("format"),
                fail_on=fast.get("fail_on"),
                lang=fast.get("lang"),
            )
        else:
            from typer._click.exceptions import ClickException, NoArgsIsHelpError

            app = get_app()
            import typer.main

            command = typer.main.get_command(app)
            try:
                result = command.main(args=args, prog_name="sudgoals", standalone_mode=False)
            except NoArgsIsHelpError as exc:
                sys.stderr.write(exc.format_message().rstrip("\n") + "\n")
                result = 2
            except ClickException as exc:
                _say_error(_one_line(exc.format_message()), lang)
                result = exc.exit_code
            code = result if isinstance(result, int) else 0
    except BrokenPipeError:
        # the reader went away (``sudgoals check … | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    except _Exit as exc:
        code = exc.code
    except KeyboardInterrupt:
        _say_error(t("cli.interrupted", lang), lang)
        code = 130
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BaseException as exc:
        loaded = sys.modules.get("typer")
        if loaded is not None and isinstance(exc, loaded.Exit):
            code = exc.exit_code  # the plain check path, in a process that had loaded typer before
        elif debug:
            import traceback

            traceback.print_exc()
            code = 2
        else:
            _say_error(_error_text(exc, lang), lang)
            code = 2
    sys.exit(code)


if __name__ == "__main__":
    main()
