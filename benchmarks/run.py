"""Benchmark sudgoals: throughput, scaling, cold start, memory, adversarial input, and a peer extractor.

Run ``python benchmarks/run.py`` (a full run takes a few minutes on 2 cores) or ``--quick`` for a smoke run;
``--markdown`` prints the tables as Markdown for ``benchmarks/README.md``. This is a script that prints
measured figures, not a test: nothing here fails a build. Figures that miss the project's floors are
marked ``!`` and listed under "Flags" at the end.

How it measures (details in ``benchmarks/README.md``):

- Every measurement of the library runs in a fresh child process (this script with ``--child``): the child
  reads its input from a temporary file, warms up on one short sentence (imports, language data), then
  times ``pipeline.check_document`` + ``pipeline.check_paper`` with the default ``Config`` using
  ``time.perf_counter``; peak memory is the growth of ``ru_maxrss`` over the child's resident size just
  before the timed call. A child that runs past its time limit is killed and reported as a timeout, so a
  hang shows up as a figure instead of stalling the run.
- Sizes are in bytes of UTF-8 (1 MB = 1,000,000 bytes); MB/s is input bytes over the timed seconds.
- Inputs are built here: the project's ``examples/*.txt``/``*.md`` concatenated ("examples"), and the seed
  papers in ``../shared/seeds`` when that folder is found ("seeds"), each repeated 1x, 10x, 100x and to
  about 10 MB. When ``examples/`` holds no text yet, a small generated goal paper stands in (and the header
  says so).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SLOW_SECONDS_PER_MB = 1.0  # adversarial floor: at most 1 s per MB
FLOOR_MB_S = 5.0  # plain-text floor for extract + check
FLOOR_VERSION_S = 0.15
FLOOR_CHECK_S = 0.5
FLOOR_UNITS_S = 0.05  # a paper with units of measure may cost at most 50 ms more than one without
# Three small goal papers of about the same size for the units section: counts and percentages only; the same
# goals in tons, days, m³ and kroner (nothing to convert); and the same with two equivalences across units,
# which the equivalence rule converts with the factor table pint generated ahead of time (pint stays out of
# all three).
UNITS_PAPERS = {
    "without units": (
        "Målsætninger 2025-2028\n\n"
        "1. Vi vil have 300 flere borgere i job. Det svarer til en stigning på 12 pct.\n"
        "2. Antallet af indlæggelser skal falde fra 1.250 til 1.100, et fald på 12 pct.\n"
        "3. Mindst 500 borgere skal i job i 2027.\n"
        "4. Andelen af unge i uddannelse skal stige fra 81 pct. til 86 pct.\n"
        "5. Kommunen vil have 40 flere plejefamilier. Det er en stigning på 20 pct.\n"
    ),
    "with units": (
        "Målsætninger 2025-2028\n\n"
        "1. Vi reducerer udledningen med 60 % i 2027, svarende til 12.300 tons.\n"
        "2. Sygefraværet skal ned fra 12,8 til 11,3 dage pr. medarbejder, et fald på halvanden dag.\n"
        "3. Ventetiden på en plads må højst være 2 måneder.\n"
        "4. Udgifterne skal ned med 24 mio. kr. om året, svarende til 5 pct. af budgettet.\n"
        "5. Forbruget af vand skal ned på 110 liter pr. person pr. døgn.\n"
    ),
    "with units and equivalences": (
        "Målsætninger 2025-2028\n\n"
        "1. Vi reducerer udledningen med 60 % i 2027, svarende til 12.300 tons.\n"
        "2. Sygefraværet skal ned fra 12,8 til 11,3 dage pr. medarbejder, et fald på halvanden dag.\n"
        "3. Ventetiden på en plads må højst være 2 måneder.\n"
        "4. Udgifterne skal ned med 24 mio. kr. om året, eller 2 mio. kr. om måneden.\n"
        "5. Forbruget skal ned på 110 liter pr. person pr. døgn, svarende til ca. 40 m³ om året.\n"
    ),
}
LINEAR = 10.0
SUPERLINEAR = 13.0  # a 10x input taking more than 13x the time is flagged as super-linear
WARMUP = (
    "150 flere udsatte borgere får anvist en bolig. Det svarer til en stigning på 18 pct.\n"
    # an OCR-damaged sentence too, so that the one-time load of the word frequencies used to repair OCR
    # indicators (the `ocr` extra) happens here and not inside the first timed call
    "90 feerre udsattelser pa arsplan for kgbenhavnere pa arsplan. Det svarer til et fald pa 17 pct. pa "
    "mal og gget pa.\n"
)


# ---------------------------------------------------------------------------------------------- the child


def _rss_kib() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def _current_rss_kib() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError):
        return _rss_kib()


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement as described by ``spec`` and return its figures (this runs in a fresh process)."""
    data = Path(spec["input"]).read_bytes()
    mode = spec["mode"]
    if mode == "quantulum":
        import warnings

        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse(WARMUP.replace("pct.", "percent"))
        text = data.decode("utf-8")
        before = _current_rss_kib()
        cpu = time.process_time()
        start = time.perf_counter()
        quantities = parser.parse(text)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu
        percents = sum(1 for q in quantities if getattr(q.unit, "name", "") == "percentage")
        return {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "count": len(quantities),
            "percents": percents,
            "rss_growth_kib": max(0, _peak_rss_kib() - before),
        }

    if mode == "cli":
        return _cli_child(spec)
    from sudgoals import pipeline
    from sudgoals.config import Config
    from sudgoals.model import Document, Unit

    # the figure limit lifted: these runs measure reading figures, not refusing a flood of them ("hostile");
    # a revision from before the limit (``--against``) has no such setting
    try:
        config = Config(max_figures=10**9)
    except Exception:  # TypeError, or a validation error where Config was a pydantic model
        config = Config()
    warm = pipeline.check_document(Document("warmup.txt", WARMUP), config)
    pipeline.check_paper(warm, config)
    # and once past the length from which papers are scanned with RE2 (shorter ones with Python's re), so
    # that its one-time automaton is built here too, as it was when every paper went through RE2
    warm = pipeline.check_document(Document("warmup-long.txt", WARMUP * (25_000 // len(WARMUP) + 1)), config)
    pipeline.check_paper(warm, config)
    if mode == "html":
        from sudgoals import readers

        readers.read_bytes(b"<html><body><p>" + WARMUP.encode() + b"</p></body></html>", "warmup.html")
        before = _current_rss_kib()
        cpu = time.process_time()
        start = time.perf_counter()
        document = readers.read_bytes(data, "bench.html", max_bytes=len(data) + 1)
        read_seconds = time.perf_counter() - start
    else:
        text = data.decode("utf-8")
        document = Document("bench.txt", text)
        before = _current_rss_kib()
        cpu = time.process_time()
        start = time.perf_counter()
        read_seconds = 0.0
    paper = pipeline.check_document(document, config)
    findings = pipeline.check_paper(paper, config)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    percents = sum(
        1
        for target in paper.targets
        for figure in (target.absolute, target.relative, target.baseline, target.level)
        if figure is not None and figure.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT)
    ) + len(paper.unlinked)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "read_seconds": read_seconds,
        "targets": len(paper.targets),
        "findings": len(findings),
        "percents": percents,
        "rss_growth_kib": max(0, _peak_rss_kib() - before),
        "text_chars": len(document.text),
        "compiled": _compiled_modules(),
    }


def _peak_rss_kib() -> int:
    """This process's own peak resident size: ``VmHWM`` (kept per address space, so new at ``exec``); on
    Linux ``ru_maxrss`` carries the parent's peak over a fork and exec, and would report that instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return _rss_kib()


def _compiled_modules() -> list[str]:
    """The sudgoals modules this process imported from extension modules (a mypyc build), not sources."""
    import importlib.machinery

    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith("sudgoals") and str(getattr(module, "__file__", "") or "").endswith(suffixes)
    )


def compile_list() -> list[str]:
    """The modules the opt-in compiled build compiles (pyproject.toml, the wheel's mypyc build hook)."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        data = tomllib.load(handle)
    modules: list[str] = data["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["modules"]
    return modules


def build_compiled(target: Path) -> float:
    """``SUDGOALS_COMPILE=1 pip install --no-deps --target <target> .``: the compiled build of this checkout
    in a folder of its own (the dependencies come from this interpreter). Returns the seconds it took."""
    env = dict(os.environ, SUDGOALS_COMPILE="1")
    paths = [str(target), str(ROOT)]
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-cache-dir",
            "--target",
            *paths,
        ],
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def _cli_child(spec: dict[str, Any]) -> dict[str, Any]:
    """``sudgoals <argv>`` in this process (a fresh one): exit code, times, and the process's peak RSS."""
    import contextlib
    import io

    from sudgoals import cli

    os.chdir(spec["cwd"])
    errors = io.StringIO()
    cpu = time.process_time()
    start = time.perf_counter()
    code: int | str | None = 0
    with (
        open(os.devnull, "w", encoding="utf-8") as sink,
        contextlib.redirect_stdout(sink),
        contextlib.redirect_stderr(errors),
    ):
        try:
            cli.main(spec["argv"])
        except SystemExit as stop:
            code = stop.code
    message = errors.getvalue().strip().splitlines()
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu,
        "exit": code,
        "traceback": "Traceback" in errors.getvalue(),
        "message": message[-1] if message else "",
        "peak_rss_kib": _peak_rss_kib(),
    }


# ---------------------------------------------------------------------------------------------- inputs


def _seed_dir() -> Path | None:
    """The seed papers' folder, found the way ``tests/seeds.py`` finds it (``SUDGOALS_SEEDS`` first)."""
    candidates = [Path(os.environ["SUDGOALS_SEEDS"])] if os.environ.get("SUDGOALS_SEEDS") else []
    here = Path(__file__).resolve().parent
    for parent in [here, *here.parents]:
        candidates += [parent / "shared" / "seeds", parent.parent / "shared" / "seeds"]
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None


def _example_files() -> list[Path]:
    folder = ROOT / "examples"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.is_file())


def _generated_paper() -> str:
    """A small goal paper in the forms of the real ones, generated with consistent figures (a stand-in)."""
    import random

    rng = random.Random(7)
    things = [
        "borgere i hjemløshed får tilbudt en varig bolig",
        "unge under 25 år er i job eller uddannelse",
        "ældre modtager hjælp til rengøring inden for en uge",
        "familier får en fast kontaktperson",
        "børn går i dagtilbud med uddannet personale",
        "ledige deltager i et forløb med virksomhedspraktik",
    ]
    lines = ["Mål for det sociale område 2024-2027", ""]
    lines.append("Udvalget har vedtaget følgende 6 mål for perioden.")
    lines.append("")
    for number, thing in enumerate(things, start=1):
        baseline = rng.randint(200, 5000)
        change = rng.randint(10, baseline // 3)
        percent = round(100 * change / baseline)
        word, noun = rng.choice([("flere", "en stigning"), ("færre", "et fald")])
        lines.append(f"{number}. {change} {word} {thing} i 2027 end i 2023.")
        lines.append(f"Det svarer til {noun} på {percent} pct.")
        lines.append("")
        lines.append(
            "Indsatsen følges hvert halve år, og forvaltningen gør status over for udvalget. "
            f"I 2023 var tallet {baseline:,}".replace(",", ".")
            + "."
        )
        lines.append("")
    return "\n".join(lines) + "\n"


def _repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated (blank line between copies) until the UTF-8 size reaches ``size`` bytes."""
    piece = unit if unit.endswith("\n") else unit + "\n"
    piece += "\n"
    count = max(1, -(-size // len(piece.encode("utf-8"))))
    return piece * count


def _fill(pattern: str, size: int) -> str:
    """``pattern`` repeated and cut so the text is ``size`` bytes of UTF-8 (cut on a character boundary)."""
    raw = (pattern * (size // max(1, len(pattern.encode("utf-8"))) + 1)).encode("utf-8")[:size]
    return raw.decode("utf-8", errors="ignore")


def _nested_html(size: int) -> str:
    """A page whose body is ``<div>`` nested as deep as ``size`` bytes allow, a target sentence inside."""
    inner = "<p>" + WARMUP.strip() + "</p>"
    depth = max(1, (size - len(inner) - 40) // len("<div></div>"))
    return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"


ADVERSARIAL: dict[str, tuple[str, Callable[[str, int], str]]] = {
    "one line, no newline": ("text", lambda base, n: _fill(" ".join(base.split()) + " ", n)),
    "a million digits": ("text", lambda base, n: _fill("1234567890", n)),
    '"pct. " repeated': ("text", lambda base, n: _fill("pct. ", n)),
    '"1,1,1,..."': ("text", lambda base, n: _fill("1,", n)),
    '"X X X ..."': ("text", lambda base, n: _fill("X ", n)),
    "æ/ø/å and OCR stand-ins, one word": ("text", lambda base, n: _fill("æe@øgå&", n)),
    "æ/ø/å and OCR stand-ins, words": ("text", lambda base, n: _fill("f@rre fæerre 18 pct. øg å& ", n)),
    "deeply nested HTML": ("html", lambda base, n: _nested_html(n)),
    # papers of lines: every line a break, a row or an item the block splitter and the readers look at
    "empty lines": ("text", lambda base, n: _fill("\n", n)),
    "blank lines of blanks, CRLF": ("text", lambda base, n: _fill(" \r\n", n)),
    "one-letter lines": ("text", lambda base, n: _fill("a\n", n)),
    "form feed lines": ("text", lambda base, n: _fill("\f\n", n)),
    "table rows of bars": ("text", lambda base, n: _fill("|\n", n)),
    "empty list items": ("text", lambda base, n: _fill("- \n", n)),
    # goals without a figure, one a line: each an SG701 finding (refused by max-figures in the CLI run)
    "one-line goal sentences": ("text", lambda base, n: _fill("Færre skal i job.\n", n)),
    "goal list items": ("text", lambda base, n: _fill("- Flere i job\n", n)),
}


# ---------------------------------------------------------------------------------------------- running


@dataclass
class Runner:
    timeout: float
    scratch: Path
    counter: int = 0
    flags: list[str] = field(default_factory=list)
    # a folder holding a compiled build of sudgoals (``--compiled``); None: pure Python only
    compiled: Path | None = None
    # the sources of another revision to compare with (``--against``): its ``src`` folder
    against: Path | None = None

    def _env(self, build: str) -> dict[str, str] | None:
        """The child's environment: as this process's for the pure build; for the compiled one, PYTHONPATH
        is the compiled build's folder alone (the same interpreter, so the same dependencies); for
        "against", the other revision's sources."""
        if build == "pure":
            return None
        if build == "against":
            assert self.against is not None
            return dict(os.environ, PYTHONPATH=str(self.against))
        assert self.compiled is not None
        return dict(os.environ, PYTHONPATH=str(self.compiled))

    def measure(
        self, text: str | bytes, mode: str = "text", timeout: float | None = None, build: str = "pure"
    ) -> dict[str, Any]:
        """Run one child measurement; ``{"error": ...}`` when it fails or times out. ``build`` is "pure"
        (the sudgoals this interpreter imports) or "compiled" (the one in ``self.compiled``); a child that
        imported the wrong one (a compiled module in the pure run, a source in the compiled run) is an
        error, not a figure."""
        self.counter += 1
        path = self.scratch / f"input-{self.counter}"
        data = text.encode("utf-8") if isinstance(text, str) else text
        path.write_bytes(data)
        spec = json.dumps({"input": str(path), "mode": mode})
        limit = timeout if timeout is not None else self.timeout
        try:
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", spec],
                capture_output=True,
                text=True,
                timeout=limit,
                check=False,
                env=self._env(build),
            )
        except subprocess.TimeoutExpired:
            return {"error": f"timeout > {limit:.0f} s", "bytes": len(data)}
        finally:
            path.unlink(missing_ok=True)
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return {"error": f"exit {done.returncode}: {tail}", "bytes": len(data)}
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        result["bytes"] = len(data)
        compiled = result.get("compiled", [])
        if build == "pure" and compiled:
            return {"error": f"the pure run imported compiled modules: {', '.join(compiled)}", **result}
        if build == "compiled":
            missing = sorted(set(compile_list()) - set(compiled))
            if missing:
                return {"error": f"not compiled in this build: {', '.join(missing)}", **result}
        return result

    def measure_cli(self, data: bytes, suffix: str, *, lift: bool = False) -> dict[str, Any]:
        """``sudgoals check --format json`` on ``data`` in a child; ``lift`` raises the figure limit."""
        self.counter += 1
        folder = self.scratch / f"cli-{self.counter}"
        folder.mkdir()
        path = folder / f"input{suffix}"
        path.write_bytes(data)
        if lift:
            (folder / "sudgoals.toml").write_text("max-figures = 10000000\n", encoding="utf-8")
        spec = json.dumps(
            {
                "mode": "cli",
                "input": str(path),
                "cwd": str(folder),
                "argv": ["check", "--format", "json", str(path)],
            }
        )
        try:
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", spec],
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"error": f"timeout > {self.timeout:.0f} s"}
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return {"error": f"exit {done.returncode}: {tail}"}
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def _median_wall(argv: Sequence[str], runs: int, env: dict[str, str]) -> tuple[float, int]:
    times = []
    code = 0
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
        code = done.returncode
    return statistics.median(times), code


def _cli_command() -> list[str]:
    script = Path(sys.executable).parent / "sudgoals"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "sudgoals"]


# ---------------------------------------------------------------------------------------------- output


class Out:
    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown

    def heading(self, text: str) -> None:
        print(f"\n## {text}\n" if self.markdown else f"\n{text}\n{'=' * len(text)}")

    def note(self, text: str) -> None:
        print(f"{text}\n" if self.markdown else text)

    def items(self, lines: Sequence[str], mark: str = "") -> None:
        """A list: Markdown bullets, or plain lines (prefixed with ``mark``)."""
        for line in lines:
            print(f"- {line}" if self.markdown else f"{mark} {line}".lstrip())
        if self.markdown:
            print()

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        if self.markdown:
            print("| " + " | ".join(headers) + " |")
            print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|")
            for row in rows:
                print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
            print()
            return
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
        print(
            "  ".join(
                h.ljust(w) if i == 0 else h.rjust(w)
                for i, (h, w) in enumerate(zip(headers, widths, strict=True))
            )
        )
        print("  ".join("-" * w for w in widths))
        for row in rows:
            print(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(row, widths, strict=True))
                )
            )
        sys.stdout.flush()


def _size(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB"
    return f"{n / 1000:.0f} kB" if n >= 1000 else f"{n} B"


def _secs(result: dict[str, Any]) -> str:
    return result["error"] if "error" in result else f"{result['seconds']:.3f}"


def _cpu(result: dict[str, Any]) -> float:
    """The CPU seconds of a measurement (single-threaded work: wall time on an idle machine)."""
    return float(result.get("cpu_seconds") or result["seconds"])


def _rate(result: dict[str, Any]) -> float | None:
    if "error" in result or _cpu(result) <= 0:
        return None
    return float(result["bytes"]) / MB / _cpu(result)


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown cpu"


def _git_revision() -> str:
    try:
        rev = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + (" (uncommitted changes)" if dirty else "")


# ---------------------------------------------------------------------------------------------- sections


def throughput(
    runner: Runner, out: Out, corpora: dict[str, str], quick: bool
) -> list[tuple[str, dict[str, Any]]]:
    """Measure each corpus at 1x, 10x (and 100x, ~10 MB); print the table; return the measurements."""
    out.heading("Throughput of extract + check (library API, default Config)")
    measured: list[tuple[str, dict[str, Any]]] = []
    headers = ["input", "size", "wall s", "cpu s", "MB/s", "targets", "targets/s", "peak RSS growth"]
    rows: list[list[str]] = []
    notes: list[str] = []
    # with a compiled build, each size is measured pure and then compiled, one right after the other, so a
    # change in the shared machine's load falls on both
    builds = ["pure", "compiled"] if runner.compiled is not None else ["pure"]
    for corpus, base in corpora.items():
        unit_bytes = len(base.encode("utf-8"))
        sizes: list[tuple[str, str]] = [("1x", base), ("10x", _repeat_to(base, 10 * unit_bytes))]
        if not quick:
            sizes.append(("100x", _repeat_to(base, 100 * unit_bytes)))
            sizes.append(("~10 MB", _repeat_to(base, 10 * MB)))
        times: dict[str, dict[str, float]] = {build: {} for build in builds}
        sizes_bytes: dict[str, int] = {}
        for label, text in sizes:
            size = sizes_bytes[label] = len(text.encode("utf-8"))
            for build in builds:
                name = corpus if build == "pure" else f"{corpus} (compiled)"
                last = max(times[build].items(), key=lambda item: item[1], default=None)
                projected = (times[build][last[0]] / sizes_bytes[last[0]]) * size if last else 0.0
                if projected > runner.timeout * 0.8:
                    result: dict[str, Any] = {"error": f"skipped: projected {projected:.0f} s", "bytes": size}
                else:
                    result = runner.measure(text, build=build)
                measured.append((f"{name} {label}", result))
                rate = _rate(result)
                if rate is None:
                    runner.flags.append(
                        f"throughput {name} {label}: {result.get('error', 'no time measured')}"
                    )
                    rows.append(
                        [f"{name} {label}", _size(result["bytes"]), _secs(result), "-", "-", "-", "-", "-"]
                    )
                    continue
                times[build][label] = _cpu(result)
                bad = rate < FLOOR_MB_S and result["bytes"] >= 100_000
                if bad:
                    runner.flags.append(
                        f"throughput {name} {label} ({_size(result['bytes'])}): {rate:.2f} MB/s "
                        f"({_cpu(result):.2f} cpu s), below the {FLOOR_MB_S:g} MB/s floor"
                    )
                rows.append(
                    [
                        f"{name} {label}",
                        _size(result["bytes"]),
                        f"{result['seconds']:.3f}",
                        f"{_cpu(result):.3f}",
                        f"{rate:.2f}" + (" !" if bad else ""),
                        str(result["targets"]),
                        f"{result['targets'] / _cpu(result):.0f}",
                        f"{result['rss_growth_kib'] / 1024:.1f} MiB",
                    ]
                )
        for build in builds:
            name, done = (corpus if build == "pure" else f"{corpus} (compiled)"), times[build]
            if "100x" in done and "10x" in done and done["10x"] > 0:
                ratio = done["100x"] / done["10x"]
                notes.append(f"scaling {name}: time(100x)/time(10x) = {ratio:.1f} (linear = 10)")
                if ratio > SUPERLINEAR:
                    runner.flags.append(f"scaling {name}: time(100x)/time(10x) = {ratio:.1f}, super-linear")
            elif "1x" in done and "10x" in done and done["1x"] > 0:
                notes.append(
                    f"scaling {name}: time(10x)/time(1x) = {done['10x'] / done['1x']:.1f} "
                    "(linear = 10; a full run measures 100x/10x)"
                )
    out.table(headers, rows)
    for note in notes:
        out.note(note)
    if runner.compiled is not None:
        _compare_builds(out, measured)
    _against_bare_regex(out, corpora, measured, quick)
    out.note(
        "MB/s and targets/s are per CPU second of the timed call (single-threaded; equal to wall time on an "
        "idle machine). Peak RSS growth: the child's ru_maxrss minus its resident size just before the timed "
        "call (the input string itself is already in memory). A size whose projected time passes the time "
        "limit is skipped."
    )
    return measured


# Issue 17's reference for throughput: one bare regex over the same text, finding every number with the
# percent word or sign after it (no tokens, no reading, no checking): the least an extractor of figures does.
BARE_FIGURE_RE = r"\d[\d.,]*(?:\s*(?:%|pct\.?|procent|prosent|percent|per cent))?"


def _bare_regex_cpu(text: str, rounds: int = 3) -> tuple[float, int]:
    """The least CPU time of ``rounds`` passes of :data:`BARE_FIGURE_RE` over ``text``, and its matches."""
    import re

    pattern = re.compile(BARE_FIGURE_RE)
    best, count = float("inf"), 0
    for _ in range(rounds):
        start = time.process_time()
        count = sum(1 for _ in pattern.finditer(text))
        best = min(best, time.process_time() - start)
    return best, count


def _against_bare_regex(
    out: Out, corpora: dict[str, str], measured: list[tuple[str, dict[str, Any]]], quick: bool
) -> None:
    """Each corpus's largest size against one bare regex over the same text (issue 17: within 3x)."""
    results = dict(measured)
    label = "10x" if quick else "~10 MB"
    rows: list[list[str]] = []
    for corpus, base in corpora.items():
        text = _repeat_to(base, (10 * len(base.encode("utf-8"))) if quick else 10 * MB)
        regex_cpu, matches = _bare_regex_cpu(text)
        size = len(text.encode("utf-8"))
        rate = f"{size / MB / regex_cpu:.1f}"
        row = [f"{corpus} {label}", _size(size), f"{regex_cpu:.3f}", rate, str(matches)]
        for build in ("pure", "compiled"):
            name = corpus if build == "pure" else f"{corpus} (compiled)"
            result = results.get(f"{name} {label}")
            if result is None or _rate(result) is None:
                row.append("-")
                continue
            row.append(f"{_cpu(result) / regex_cpu:.1f}x")
        rows.append(row)
    out.table(
        ["input", "size", "regex cpu s", "regex MB/s", "matches", "sudgoals / regex", "compiled / regex"],
        rows,
    )
    out.note(f"bare regex: `{BARE_FIGURE_RE}`, Python's re, least of 3 passes; issue 17 asks for 3x or less.")


def _against_sources(revision: str, scratch: Path) -> Path:
    """The ``src`` folder of ``revision`` of this checkout, unpacked into ``scratch`` (``git archive``)."""
    root = Path(__file__).resolve().parent.parent
    folder = scratch / "against"
    folder.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", revision, "src"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise SystemExit(f"--against {revision}: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def against(runner: Runner, out: Out, corpora: dict[str, str], revision: str, rounds: int) -> None:
    """Per target, this checkout against another revision: each corpus at 10x, the two measured one right
    after the other ``rounds`` times (the least CPU time of each kept), so the shared machine's load falls
    on both; prints targets per CPU second and their ratio."""
    out.heading(f"Per target against revision {revision} (extract + check, library API, 10x each corpus)")
    headers = ["input", "size", f"{revision} targets", f"{revision} targets/s", "now targets",
               "now targets/s", "now / then per target"]  # fmt: skip
    rows: list[list[str]] = []
    for corpus, base in corpora.items():
        text = _repeat_to(base, 10 * len(base.encode("utf-8")))
        best: dict[str, dict[str, Any]] = {}
        for _ in range(rounds):
            for build in ("against", "pure"):
                result = runner.measure(text, build=build)
                if _rate(result) is None:
                    runner.flags.append(f"against {revision}, {corpus} ({build}): {result.get('error')}")
                    continue
                if build not in best or _cpu(result) < _cpu(best[build]):
                    best[build] = result
        if len(best) < 2:
            continue
        then, now = best["against"], best["pure"]
        then_rate, now_rate = then["targets"] / _cpu(then), now["targets"] / _cpu(now)
        rows.append(
            [
                f"{corpus} 10x",
                _size(now["bytes"]),
                str(then["targets"]),
                f"{then_rate:.0f}",
                str(now["targets"]),
                f"{now_rate:.0f}",
                f"{now_rate / then_rate:.2f}x",
            ]
        )
    out.table(headers, rows)
    out.note(
        f"targets/s per CPU second, the least of {rounds} runs each, the two revisions taking turns; the "
        "revisions may find different targets in the same text (the count of each is shown), so the ratio is "
        "per target found, not per byte"
    )


def _compiled_build(out: Out, where: str, scratch: Path) -> Path:
    """The folder of the compiled build to measure: ``where`` itself, or one built now (``build``)."""
    if where == "build":
        folder = scratch / "compiled"
        seconds = build_compiled(folder)
        out.note(
            f"compiled build: this checkout, `SUDGOALS_COMPILE=1 pip install --no-deps --target` a temporary "
            f"folder, built in {seconds:.0f} s (wall)"
        )
    else:
        folder = Path(where).resolve()
        if not (folder / "sudgoals").is_dir():
            raise SystemExit(f"--compiled {where}: no sudgoals package in that folder")
        out.note(f"compiled build: {folder}")
    out.note(f"compiled modules (pyproject.toml): {', '.join(compile_list())}")
    return folder


def _compare_builds(out: Out, measured: list[tuple[str, dict[str, Any]]]) -> None:
    """Pure against compiled, each size measured one right after the other; the same targets in both."""
    results = dict(measured)
    rows = []
    for label, pure in measured:
        if "(compiled)" in label:
            continue
        corpus, size = label.split(" ", 1)
        compiled = results.get(f"{corpus} (compiled) {size}")
        pure_rate = _rate(pure)
        compiled_rate = _rate(compiled) if compiled is not None else None
        if compiled is None or pure_rate is None or compiled_rate is None:
            continue
        same = (
            "yes"
            if (pure["targets"], pure["findings"]) == (compiled["targets"], compiled["findings"])
            else "NO"
        )
        rows.append(
            [
                label,
                _size(pure["bytes"]),
                f"{pure_rate:.2f}",
                f"{compiled_rate:.2f}",
                f"{compiled_rate / pure_rate:.2f}x",
                same,
            ]
        )
    out.table(["input", "size", "pure MB/s", "compiled MB/s", "speed-up", "same targets and findings"], rows)


def _cold_env() -> dict[str, str]:
    """The environment a cold CLI run is timed in. A cold start is a new process, not a new install: `pip
    install .` writes bytecode for every module, so the CLI is timed with it. PYTHONDONTWRITEBYTECODE (set on
    some CI machines) would otherwise make every run compile sudgoals' sources again (measured: +0.14 s) and
    time the compiler, not sudgoals."""
    env = dict(os.environ)
    env.pop("SUDGOALS_DEBUG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["NO_COLOR"] = "1"
    return env


def cold_start(runner: Runner, out: Out, example: Path | None, runs: int) -> None:
    out.heading(f"Cold start of the CLI (wall time, median of {runs} runs)")
    env = _cold_env()
    cli = _cli_command()
    subprocess.run([*cli, "--version"], capture_output=True, check=False, env=env)  # writes the bytecode
    if example is not None:
        subprocess.run([*cli, "check", str(example)], capture_output=True, check=False, env=env)
    base, _ = _median_wall([sys.executable, "-c", "pass"], runs, env)
    imp, _ = _median_wall([sys.executable, "-c", "import sudgoals"], runs, env)
    rows = [
        ["python -c pass", f"{base:.3f}", "1.0", "", ""],
        ["python -c 'import sudgoals'", f"{imp:.3f}", f"{imp / base:.1f}", "", ""],
    ]
    version, code = _median_wall([*cli, "--version"], runs, env)
    bad = version > FLOOR_VERSION_S
    rows.append(
        [
            "sudgoals --version",
            f"{version:.3f}" + (" !" if bad else ""),
            f"{version / base:.1f}",
            str(code),
            f"{FLOOR_VERSION_S:g}",
        ]
    )
    if bad:
        runner.flags.append(f"cold start: sudgoals --version {version:.3f} s, above {FLOOR_VERSION_S:g} s")
    if example is not None:
        check, code = _median_wall([*cli, "check", str(example)], runs, env)
        if code not in (0, 1):
            runner.flags.append(
                f"cold start: sudgoals check {example.name} exited {code}: its time is not a check"
            )
        bad = check > FLOOR_CHECK_S
        rows.append(
            [
                f"sudgoals check {example.name} ({_size(example.stat().st_size)})",
                f"{check:.3f}" + (" !" if bad else ""),
                f"{check / base:.1f}",
                str(code),
                f"{FLOOR_CHECK_S:g}",
            ]
        )
        if bad:
            runner.flags.append(
                f"cold start: sudgoals check {example.name} {check:.3f} s, above {FLOOR_CHECK_S:g} s"
            )
        jsoncheck, code = _median_wall([*cli, "check", str(example), "--format", "json"], runs, env)
        rows.append(
            [
                f"sudgoals check {example.name} --format json",
                f"{jsoncheck:.3f}",
                f"{jsoncheck / base:.1f}",
                str(code),
                "",
            ]
        )
    out.table(["command", "seconds", "x python -c pass", "exit", "floor (s)"], rows)
    out.note(f"CLI run as: {' '.join(cli)} (exit 1 from check means findings at error level, not a failure)")


def _child_cpu_seconds() -> float:
    """User plus system CPU seconds of all waited-for child processes so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def units(runner: Runner, out: Out, runs: int) -> None:
    """Cold CLI checks of three small papers: without units, with units of measure (no conversion), and with
    equivalences across units (converted by the factor table pint generated ahead of time, so pint stays out
    of both). The papers take turns, one run of each per round, so that other work on a shared machine falls
    on all three alike; the CPU time of each child (user + system, which other people's work does not
    inflate) is measured beside the wall time. Flags a paper with units, with or without equivalences, whose
    median CPU time is more than :data:`FLOOR_UNITS_S` over that of the paper without."""
    out.heading(f"Units of measure: cold check (wall and CPU time, median of {runs} runs)")
    env = _cold_env()
    cli = _cli_command()
    paths: dict[str, Path] = {}
    for name, text in UNITS_PAPERS.items():
        path = runner.scratch / f"units-{len(paths)}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
        subprocess.run([*cli, "check", str(path)], capture_output=True, check=False, env=env)  # bytecode
    walls: dict[str, list[float]] = {name: [] for name in paths}
    cpus: dict[str, list[float]] = {name: [] for name in paths}
    codes: dict[str, int] = {}
    for _ in range(runs):
        for name, path in paths.items():
            start, cpu_before = time.perf_counter(), _child_cpu_seconds()
            argv = [*cli, "check", str(path), "--format", "json"]
            done = subprocess.run(argv, capture_output=True, check=False, env=env)
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_child_cpu_seconds() - cpu_before)
            codes[name] = done.returncode
    wall = {name: statistics.median(times) for name, times in walls.items()}
    cpu = {name: statistics.median(times) for name, times in cpus.items()}
    rows = []
    for name, path in paths.items():
        wall_delta, cpu_delta = wall[name] - wall["without units"], cpu[name] - cpu["without units"]
        bad = name != "without units" and cpu_delta > FLOOR_UNITS_S
        rows.append(
            [
                f"{name} ({_size(path.stat().st_size)})",
                f"{wall[name]:.3f}",
                f"{cpu[name]:.3f}",
                "" if name == "without units" else f"{wall_delta * 1000:+.0f}",
                "" if name == "without units" else f"{cpu_delta * 1000:+.0f}" + (" !" if bad else ""),
                str(codes[name]),
            ]
        )
        if bad:
            runner.flags.append(
                f"units: a paper {name} costs {cpu_delta * 1000:.0f} ms of CPU more than one without"
                f", above {FLOOR_UNITS_S * 1000:g} ms"
            )
    out.table(["paper", "wall s", "cpu s", "wall ms over without", "cpu ms over without", "exit"], rows)
    out.note(
        "Units of measure are read and checked without pint, and so are equivalences across units: rule "
        "SG150 converts with the exact factors pint generated ahead of time (sudgoals/units.toml, "
        "`python -m sudgoals.units --write`); pint is imported only for a unit that table lacks."
    )


def memory(out: Out, measured: list[tuple[str, dict[str, Any]]]) -> None:
    """Peak memory of the throughput runs against their input size (no new measurement)."""
    out.heading("Peak memory against input size (extract + check, from the throughput runs)")
    rows = []
    for label, result in measured:
        if "error" in result:
            rows.append([label, _size(result["bytes"]), str(result["error"]), "-"])
            continue
        growth = result["rss_growth_kib"] * 1024
        rows.append(
            [label, _size(result["bytes"]), f"{growth / 2**20:.1f} MiB", f"{growth / result['bytes']:.1f}"]
        )
    out.table(["input", "size", "peak RSS growth", "bytes per input byte"], rows)
    out.note(
        "Small inputs show fixed costs (modules a rule imports on first use, allocator arenas); "
        "the large ones show the cost per input byte."
    )


def _scaled(
    runner: Runner, mode: str, make: Callable[[int], str], small: int, large: int
) -> dict[int, dict[str, Any]]:
    """Results by size at ``small`` and ``large``; also at ``small / 10`` if ``large`` would time out."""
    first = runner.measure(make(small), mode)
    if "error" in first:
        return {small: first}
    projected = _cpu(first) * (large / small)
    if projected <= runner.timeout * 0.8:
        return {small: first, large: runner.measure(make(large), mode)}
    tiny = runner.measure(make(small // 10), mode)
    return {
        small // 10: tiny,
        small: first,
        large: {"error": f"skipped: projected {projected:.0f} s", "bytes": large},
    }


def adversarial(runner: Runner, out: Out, base: str, quick: bool) -> None:
    small, large = (MB // 10, MB) if quick else (MB, 10 * MB)
    out.heading(f"Adversarial inputs at {_size(small)} and {_size(large)}")
    rows = []
    for name, (mode, make) in ADVERSARIAL.items():
        by_size = _scaled(runner, mode, functools.partial(make, base), small, large)
        results = [by_size[size] for size in sorted(by_size)]
        cells = [name]
        for size in (small, large):
            missing: dict[str, Any] = {"error": "-", "bytes": size}
            result = by_size.get(size, missing)
            if "error" in result:
                cells += [str(result["error"]), "-"]
                continue
            cells += [f"{_cpu(result):.3f}", f"{result['bytes'] / MB / _cpu(result):.2f}"]
        timed = [r for r in results if "error" not in r]
        for result in results:
            if "error" in result and not result["error"].startswith("skipped"):
                runner.flags.append(f"adversarial {name} at {_size(result['bytes'])}: {result['error']}")
        if len(timed) >= 2 and _cpu(timed[-2]) > 0:
            low, high = timed[-2], timed[-1]
            ratio = _cpu(high) / _cpu(low)
            where = (
                "" if small // 10 not in by_size else f" ({_size(low['bytes'])} -> {_size(high['bytes'])})"
            )
            cells.append(f"{ratio:.1f}{where}" + (" !" if ratio > SUPERLINEAR else ""))
            if ratio > SUPERLINEAR:
                runner.flags.append(
                    f"adversarial {name}: time({_size(high['bytes'])})/time({_size(low['bytes'])}) = "
                    f"{ratio:.1f}, super-linear ({_cpu(low):.3f} s -> {_cpu(high):.3f} s)"
                )
        else:
            cells.append("-")
        worst = max((_cpu(r) / (r["bytes"] / MB) for r in timed if r["bytes"] >= small), default=0.0)
        slow = worst > SLOW_SECONDS_PER_MB
        cells.append(f"{worst:.2f}" + (" !" if slow else ""))
        if slow:
            runner.flags.append(
                f"adversarial {name}: {worst:.2f} s per MB, above {SLOW_SECONDS_PER_MB:g} s per MB"
            )
        cells.append("/".join(str(r.get("targets", "-")) for r in timed))
        rows.append(cells)
    out.table(
        [
            "input",
            f"cpu s @{_size(small)}",
            "MB/s",
            f"cpu s @{_size(large)}",
            "MB/s",
            "ratio (linear 10)",
            "worst s/MB",
            "targets",
        ],
        rows,
    )
    out.note(
        "HTML goes through sudgoals.readers.read_bytes with a .html path, then extract + check. "
        "When the large size would run past the time limit it is skipped and the ratio is measured "
        "one size lower."
    )


FLOOD = "150 flere "  # issue 17: 100,000 figures per MB, each of which becomes a target


def hostile(runner: Runner, out: Out, base: str, quick: bool) -> None:
    """``sudgoals check --format json`` as staff run it, on the hostile set: the one line of "150 flere "
    (1 MB and 20 MB; the 1 MB also with the figure limit lifted), every file in ``tests/fixtures/hostile``,
    and every adversarial input at 1 MB and 10 MB. Peak memory is the whole process's, against 10x input
    + 100 MB."""
    small, large = (MB // 10, 2 * MB) if quick else (MB, 20 * MB)
    out.heading("Hostile inputs through the CLI (check --format json, default configuration)")
    cases: list[tuple[str, bytes, str, str]] = [
        (f'"{FLOOD.strip()} " one line', _fill(FLOOD, small).encode(), ".txt", ""),
        (
            f'"{FLOOD.strip()} " one line, max-figures = 10000000',
            _fill(FLOOD, small).encode(),
            ".txt",
            "lift",
        ),
        (f'"{FLOOD.strip()} " one line', _fill(FLOOD, large).encode(), ".txt", ""),
    ]
    fixtures = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "hostile"
    for path in sorted(fixtures.iterdir()) if fixtures.is_dir() else []:
        cases.append((f"tests/fixtures/hostile/{path.name}", path.read_bytes(), path.suffix, ""))
    for size in (small, 10 * small):
        for name, (mode, make) in ADVERSARIAL.items():
            cases.append((name, make(base, size).encode(), ".html" if mode == "html" else ".txt", ""))
    rows = []
    for name, data, suffix, lift in cases:
        result = runner.measure_cli(data, suffix, lift=bool(lift))
        size = len(data)
        bound_kib = (10 * size + 100 * MB) // 1024
        if "error" in result:
            rows.append([name, _size(size), str(result["error"]), "-", "-", "-", "-"])
            runner.flags.append(f"hostile {name} ({_size(size)}): {result['error']}")
            continue
        peak = result["peak_rss_kib"]
        over = peak > bound_kib
        refused = result["exit"] == 2
        rows.append(
            [
                name,
                _size(size),
                str(result["exit"])
                + (" (refused)" if refused else "")
                + (" traceback!" if result["traceback"] else ""),
                f"{result['seconds']:.2f}",
                f"{peak / 1024:.0f}" + (" !" if over else ""),
                f"{bound_kib / 1024:.0f}",
                result["message"].split(": ", 3)[-1][:100] if refused else "",
            ]
        )
        if over:
            runner.flags.append(
                f"hostile {name} ({_size(size)}): peak RSS {peak / 1024:.0f} MiB, above 10x input + 100 MB "
                f"({bound_kib / 1024:.0f} MiB)"
            )
        if result["traceback"]:
            runner.flags.append(f"hostile {name}: a traceback on stderr")
    out.table(
        ["input", "size", "exit", "wall s", "peak RSS MiB", "bound MiB", "message (when refused)"], rows
    )
    out.note(
        "Each row is a fresh process running sudgoals.cli.main (output to /dev/null); peak RSS is the "
        "whole process's own peak (VmHWM), interpreter and imports included (40-60 MiB). Bound: 10x the "
        "input + 100 MB. "
        "Exit 2 with a one-line message is a refusal (the figure limit, or a file that is not a goal paper)."
    )


def peer(runner: Runner, out: Out, corpora: dict[str, str], quick: bool) -> None:
    out.heading("Peer extractor: quantulum3 on the same text")
    try:
        import importlib.util

        found = importlib.util.find_spec("quantulum3") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        out.note("quantulum3 is not installed (pip install 'sudgoals[bench]'): peer comparison skipped.")
        runner.flags.append("peer: quantulum3 not installed, no comparison made")
        return
    rows = []
    for name, base in corpora.items():
        text = base if not quick else base[:20_000]
        mine = runner.measure(text)
        theirs = runner.measure(text, "quantulum", timeout=max(runner.timeout, 300))
        if "error" in mine or "error" in theirs:
            rows.append([name, _size(len(text.encode())), _secs(mine), _secs(theirs), "-", "-", "-"])
            continue
        rows.append(
            [
                f"{name} 1x" if not quick else f"{name} (first 20 kB)",
                _size(mine["bytes"]),
                f"{mine['seconds']:.3f}",
                f"{theirs['seconds']:.3f}",
                f"{theirs['seconds'] / mine['seconds']:.0f}x",
                str(mine["percents"]),
                str(theirs["percents"]),
            ]
        )
    out.table(
        [
            "input",
            "size",
            "sudgoals s",
            "quantulum3 s",
            "quantulum3 / sudgoals",
            "sudgoals % figures",
            "quantulum3 % quantities",
        ],
        rows,
    )
    out.note(
        "quantulum3 only finds quantities (it links nothing and checks nothing) and reads English formats; "
        "sudgoals' time includes linking targets and running every rule. Warm-up excluded on both sides."
    )


# ---------------------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small sizes only: a smoke run of every section")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument(
        "--only",
        default="throughput,cold,units,adversarial,hostile,peer",
        help="comma-separated sections to run: throughput (with memory), cold, units, adversarial, hostile, "
        "peer",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds before one measurement is killed"
    )
    parser.add_argument(
        "--compiled",
        metavar="DIR|build",
        help="throughput of a compiled build too, beside the pure one: DIR holds one (made with "
        "`SUDGOALS_COMPILE=1 pip install --no-deps --target DIR .`); 'build' compiles this checkout into a "
        "temporary folder first (several minutes) and prints how long that took",
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        help="per target, this checkout against revision REV of it (its sources unpacked with git archive), "
        "the seeds and examples at 10x, taking turns (issue 13 compares with 7b32e43)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(json.loads(args.child))))
        return 0

    sections = {s.strip() for s in args.only.split(",") if s.strip()}
    out = Out(args.markdown)
    examples = _example_files()
    corpora: dict[str, str] = {}
    if examples:
        corpora["examples"] = "\n\n".join(p.read_text(encoding="utf-8") for p in examples)
        source = f"{len(examples)} files in examples/ ({', '.join(p.name for p in examples)})"
    else:
        corpora["generated"] = _generated_paper()
        source = "examples/ holds no .txt/.md yet: a generated goal paper stands in"
    seeds = _seed_dir()
    if seeds is not None:
        files = sorted(seeds.glob("*.txt"))
        corpora["seeds"] = "\n\n".join(p.read_text(encoding="utf-8") for p in files)
        source += f"; {len(files)} seed papers from {seeds}"
    else:
        source += "; seed papers not found (set SUDGOALS_SEEDS)"

    import sudgoals

    out.heading("sudgoals benchmark")
    header = [
        f"date: {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"sudgoals {sudgoals.__version__}, revision {_git_revision()}",
        f"machine: {os.cpu_count()} CPUs ({_cpu_name()}), {platform.platform()}",
        f"python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        f"inputs: {source}",
        f"mode: {'quick' if args.quick else 'full'}; 1 MB = 1,000,000 bytes of UTF-8",
    ]
    out.items(header)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sudgoals-bench-") as scratch:
        runner = Runner(timeout=args.timeout, scratch=Path(scratch))
        if args.compiled:
            runner.compiled = _compiled_build(out, args.compiled, Path(scratch))
        if args.against:
            runner.against = _against_sources(args.against, Path(scratch))
            against(runner, out, corpora, args.against, 2 if args.quick else 3)
        first_base = next(iter(corpora.values()))
        measured: list[tuple[str, dict[str, Any]]] = []
        if "throughput" in sections:
            measured = throughput(runner, out, corpora, args.quick)
        if "cold" in sections:
            example = examples[0] if examples else None
            if example is None and seeds is not None:
                example = sorted(seeds.glob("*.txt"))[0]
            cold_start(runner, out, example, 3 if args.quick else 5)
        if "units" in sections:
            units(runner, out, 3 if args.quick else 7)
        if measured:
            memory(out, measured)
        if "adversarial" in sections:
            adversarial(runner, out, first_base, args.quick)
        if "hostile" in sections:
            hostile(runner, out, first_base, args.quick)
        if "peer" in sections:
            peer(runner, out, corpora, args.quick)
    out.heading("Flags")
    if runner.flags:
        out.items(runner.flags, mark="!")
    else:
        out.note("none: every figure meets its floor")
    out.note(f"\ntotal benchmark time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
