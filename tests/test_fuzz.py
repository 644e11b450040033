"""Fuzzing: the readers and the extractor, given arbitrary bytes under any suffix, either work or raise a
:class:`~sudgoals.errors.SudgoalsError`, in bounded time; and ``check_bytes`` never raises at all.

Bounded in the default ``ci`` hypothesis profile; ``SUDGOALS_FUZZ=1`` selects the ``fuzz`` profile for long
runs. Inputs are raw bytes, text in assorted encodings, tag soup, and mutations of valid .docx, .odt, .pdf and
.html files (so that the fuzzing gets past the first sanity check of each format). Every file in
``tests/fuzz/crashers/`` (found by the atheris harness ``tests/fuzz/fuzz_extract.py`` or by this module) is
replayed through the harness's own entry point.
"""

from __future__ import annotations

import importlib.util
import io
import time
import zipfile
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sudgoals import pipeline, readers
from sudgoals.config import Config
from sudgoals.errors import SudgoalsError

FUZZ_DIR = Path(__file__).resolve().parent / "fuzz"
CRASHERS = sorted(p for p in (FUZZ_DIR / "crashers").glob("*") if p.is_file() and p.name != "README.md")
SECONDS = 20.0  # per input; generous because the machine is shared; real inputs here take milliseconds
SUFFIXES = (".txt", ".md", ".html", ".docx", ".odt", ".pdf")


@cache
def harness() -> ModuleType:
    """``tests/fuzz/fuzz_extract.py`` as a module (it is a script, not a package member)."""
    spec = importlib.util.spec_from_file_location("fuzz_extract", FUZZ_DIR / "fuzz_extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_extract_check(data: bytes, suffix: str) -> None:
    """The property: read, extract, check; only a SudgoalsError may come out, and not after too long."""
    started = time.perf_counter()
    try:
        document = readers.read_bytes(data, "fuzz" + suffix, max_bytes=2_000_000)
        config = Config()
        paper = pipeline.check_document(document, config)
        pipeline.check_paper(paper, config)
    except SudgoalsError:
        pass
    assert time.perf_counter() - started < SECONDS


# ------------------------------------------------------------------------------------------ valid seeds


@cache
def valid_files() -> dict[str, bytes]:
    """One valid file per format, built with the test builders; a format whose library is missing is left out."""
    import tempfile

    import builders

    made = {".html": builders.build_html, ".docx": builders.build_docx, ".odt": builders.build_odt}
    made[".pdf"] = builders.build_pdf
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for suffix, build in made.items():
            path = Path(scratch) / f"seed{suffix}"
            try:
                build(path)
            except (Exception, pytest.skip.Exception):  # a builder skips when its library is missing
                continue
            out[suffix] = path.read_bytes()
    return out


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------ strategies

_PIECES = st.sampled_from(
    [
        "150 ",
        "flere ",
        "færre ",
        "f@rre ",
        "feerre ",
        "18 ",
        "pct. ",
        "procent ",
        "%",
        "1,4 ",
        "1.000 ",
        "X ",
        "xx ",
        "ca. ",
        "knap ",
        "mindst ",
        "Det svarer til ",
        "en stigning på ",
        "et fald på ",
        "fra ",
        " til ",
        "i 2017",
        ". ",
        ", ",
        "\n",
        "\n\n",
        "- ",
        "• ",
        "3. ",
        "(",
        ")",
        "\t",
        "\r\n",
        "\x00",
        "\ufeff",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "<",
        ">",
        "<p>",
        "</p>",
        "<div>",
        "<li>",
        "<table><tr><td>",
        "<![CDATA[",
        "<!--",
        "-->",
        "<script>",
        "<?xml ",
        "<w:t>",
        "</w:t>",
        "<w:p>",
        "</w:p>",
        "<text:p>",
        "</text:p>",
        "\u202e",
        "\u00a0",
        "½",
        "¹",
        "٣",
        "１８",
        "\udcff",
    ]
)
_TEXT = st.one_of(st.lists(_PIECES, max_size=60).map("".join), st.text(max_size=400))
_ENCODINGS = st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "latin-1", "cp1252"])


@st.composite
def texts_as_bytes(draw: st.DrawFn) -> bytes:
    text, encoding = draw(_TEXT), draw(_ENCODINGS)
    lone_surrogates = encoding.startswith("utf") and draw(st.booleans())  # invalid UTF-8/16 on purpose
    return text.encode(encoding, errors="surrogatepass" if lone_surrogates else "replace")


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few bytes replaced, a slice removed, or cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    if data and draw(st.booleans()):
        start = draw(st.integers(0, len(data) - 1))
        del data[start : start + draw(st.integers(0, 512))]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@st.composite
def rezipped(draw: st.DrawFn, original: bytes) -> bytes:
    """A valid zip holding ``original``'s members, one of which is garbled XML, text or bytes."""
    members = _members(original)
    name = draw(st.sampled_from(sorted(members)))
    content = members[name]
    how = draw(st.integers(0, 3))
    if how == 0:
        at = draw(st.integers(0, len(content)))
        content = content[:at] + draw(_TEXT).encode("utf-8", "surrogatepass") + content[at:]
    elif how == 1:
        content = draw(mutated(content))
    elif how == 2:
        content = draw(st.binary(max_size=300))
    else:
        del members[name]
        return _zip(members)
    members[name] = content
    return _zip(members)


@st.composite
def files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A (suffix, bytes) pair: junk, text, tag soup, or a damaged file of a real format."""
    suffix = draw(st.sampled_from(SUFFIXES))
    kind = draw(st.integers(0, 4))
    seeds = valid_files()
    if kind == 0:
        return suffix, draw(st.binary(max_size=2_000))
    if kind == 1:
        return suffix, draw(texts_as_bytes())
    if kind == 2:
        prefix = draw(
            st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"<!doctype html>", b"\xef\xbb\xbf", b""])
        )
        return suffix, prefix + draw(texts_as_bytes())
    seed_suffix = suffix if suffix in seeds else draw(st.sampled_from(sorted(seeds) or [".txt"]))
    original = seeds.get(seed_suffix, b"150 flere. Det svarer til 18 pct.")
    if kind == 3 or seed_suffix in (".html", ".pdf", ".txt"):
        return suffix, draw(mutated(original))
    return suffix, draw(rezipped(original))


# ------------------------------------------------------------------------------------------ properties


@given(files())
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_read_extract_check_raises_only_sudgoals_errors(file: tuple[str, bytes]) -> None:
    suffix, data = file
    read_extract_check(data, suffix)


@given(st.sampled_from(SUFFIXES), st.binary(max_size=4_000))
def test_arbitrary_bytes_raise_only_sudgoals_errors(suffix: str, data: bytes) -> None:
    read_extract_check(data, suffix)


@given(files())
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_check_bytes_never_raises_and_is_pure(file: tuple[str, bytes]) -> None:
    suffix, data = file
    first = pipeline.check_bytes(data, "fuzz" + suffix, Config())
    assert (first.paper is None) == (first.error is not None)
    assert first.error is None or (first.error.strip() != "" and "\n" not in first.error)
    assert pipeline.check_bytes(data, "fuzz" + suffix, Config()) == first


def test_the_harness_input_format_round_trips() -> None:
    module = harness()
    for suffix in SUFFIXES:
        assert module.split(module.join(suffix, b"abc")) == (suffix, b"abc")
    assert module.split(b"") == (".txt", b"")


def test_the_harness_lets_a_non_sudgoals_error_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """The replay below can fail: an exception that is not a SudgoalsError leaves :func:`one_input`."""
    module = harness()

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(module.readers, "read_bytes", broken)
    with pytest.raises(KeyError):
        module.one_input(module.join(".txt", b"150 flere"))


@pytest.mark.skipif(not CRASHERS, reason="no crashers recorded in tests/fuzz/crashers/")
@pytest.mark.parametrize("path", CRASHERS, ids=[p.name for p in CRASHERS])
def test_crasher_replays_cleanly(path: Path) -> None:
    data = path.read_bytes()
    started = time.perf_counter()
    harness().one_input(data)
    assert time.perf_counter() - started < SECONDS
    suffix, payload = harness().split(data)
    first = pipeline.check_bytes(payload, "crasher" + suffix, Config())
    assert pipeline.check_bytes(payload, "crasher" + suffix, Config()) == first  # pure: no ids, no clock
