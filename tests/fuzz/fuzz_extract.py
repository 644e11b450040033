#!/usr/bin/env python3
"""Coverage-guided fuzzing of the readers and the extractor with atheris (libFuzzer for Python).

Not part of the test suite, and atheris is not a dependency: install it (``pip install atheris``) and run::

    python tests/fuzz/fuzz_extract.py --make-corpus /tmp/sg-corpus      # valid files of every format to start
    python tests/fuzz/fuzz_extract.py /tmp/sg-corpus -max_total_time=600 -timeout=20 -rss_limit_mb=3072 \\
        -max_len=65536 -artifact_prefix=tests/fuzz/crashers/

The first byte of a fuzz input picks the file suffix (see :func:`split`), the rest is the file's bytes; the
property is the suite's: reading, extracting and checking either works or raises a
:class:`~sudgoals.errors.SudgoalsError`. Anything else (and a time-out) is a crash, which libFuzzer writes
to ``-artifact_prefix``; ``tests/test_fuzz.py`` replays every file in ``tests/fuzz/crashers/`` through
:func:`one_input`, so a crasher stays a regression test once it is fixed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sudgoals import pipeline, readers
from sudgoals.config import Config
from sudgoals.errors import SudgoalsError

SUFFIXES = (".txt", ".md", ".html", ".docx", ".odt", ".pdf")
"""The suffix of a fuzz input is ``SUFFIXES[first byte % len(SUFFIXES)]``."""

MAX_BYTES = 2_000_000
"""The size limit the harness reads with (unpacked .docx/.odt content included)."""

_CONFIG = Config()


def split(data: bytes) -> tuple[str, bytes]:
    """The (suffix, file bytes) a fuzz input stands for."""
    if not data:
        return ".txt", b""
    return SUFFIXES[data[0] % len(SUFFIXES)], data[1:]


def join(suffix: str, payload: bytes) -> bytes:
    """The fuzz input for a file with ``suffix`` and content ``payload`` (the inverse of :func:`split`)."""
    return bytes([SUFFIXES.index(suffix)]) + payload


def one_input(data: bytes) -> None:
    """Read, extract and check one fuzz input; raises whatever is not a SudgoalsError."""
    suffix, payload = split(data)
    try:
        document = readers.read_bytes(payload, "fuzz" + suffix, max_bytes=MAX_BYTES)
        paper = pipeline.check_document(document, _CONFIG)
        pipeline.check_paper(paper, _CONFIG)
    except SudgoalsError:
        return


def make_corpus(folder: Path) -> None:
    """Write a starting corpus: the examples as .txt/.md, and the test builders' .html, .docx, .odt, .pdf."""
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tests"))
    import importlib
    import tempfile

    import pytest

    builders = importlib.import_module("builders")  # tests/builders.py, the suite's file builders

    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((root / "examples").glob("*")):
        if path.suffix in (".txt", ".md"):
            (folder / f"{path.stem}{path.suffix}.in").write_bytes(
                join(path.suffix, path.read_bytes()[:60_000])
            )
    with tempfile.TemporaryDirectory() as scratch:
        made = {
            ".html": builders.build_html,
            ".docx": builders.build_docx,
            ".odt": builders.build_odt,
            ".pdf": builders.build_pdf,
        }
        for suffix, build in made.items():
            target = Path(scratch) / f"example{suffix}"
            try:
                build(target)
            except (Exception, pytest.skip.Exception) as exc:  # a builder skips when its library is missing
                print(f"no {suffix} seed: {exc!r}", file=sys.stderr)
                continue
            (folder / f"example{suffix}.in").write_bytes(join(suffix, target.read_bytes()))


def main(argv: list[str]) -> None:
    if len(argv) >= 3 and argv[1] == "--make-corpus":
        make_corpus(Path(argv[2]))
        return
    import atheris

    # load every module a fuzz input can reach before instrumenting, so coverage guides into all of them
    import sudgoals.readers._docx
    import sudgoals.readers._html
    import sudgoals.readers._odt
    import sudgoals.readers._pdf
    import sudgoals.readers._text
    import sudgoals.rules  # noqa: F401

    one_input(join(".txt", b"150 flere borgere. Det svarer til en stigning p\xc3\xa5 18 pct."))
    atheris.instrument_all()
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
