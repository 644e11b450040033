"""The cache of parsed language data files (``sudgoals._toml.load_data``): the same data as a parse, rebuilt
when missing, stale or damaged, and never an error when the cache folder cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sudgoals import _toml, lang

_LEXICON = os.path.join(os.path.dirname(lang.__file__), "da", "lexicon.toml")
_RULES = os.path.join(os.path.dirname(lang.__file__), "en", "rules.toml")


def _parsed(path: str) -> object:
    return _toml.loads(Path(path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [_LEXICON, _RULES])
def test_a_cached_file_reads_back_as_parsed(
    path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", str(tmp_path))
    first = _toml.load_data(path)  # parsed and stored
    entries = list(tmp_path.iterdir())
    assert len(entries) == 1 and entries[0].suffix == ".marshal"
    again = _toml.load_data(path)  # read back
    assert first == again == _parsed(path)


def test_a_changed_file_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", str(cache))
    data = tmp_path / "lexicon.toml"
    data.write_text('words = ["a"]\n', encoding="utf-8")
    assert _toml.load_data(str(data)) == {"words": ["a"]}
    data.write_text('words = ["b"]\n', encoding="utf-8")
    assert _toml.load_data(str(data)) == {"words": ["b"]}  # a new key: the old entry is not read
    assert len(list(cache.iterdir())) == 2  # a recent entry of other bytes stays (another version may use it)
    for entry in cache.iterdir():
        os.utime(entry, (0, 0))  # both written long ago
    data.write_text('words = ["c"]\n', encoding="utf-8")
    assert _toml.load_data(str(data)) == {"words": ["c"]}
    assert len(list(cache.iterdir())) == 1  # the entries older than a week are gone


def test_a_damaged_entry_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", str(tmp_path))
    _toml.load_data(_LEXICON)
    (entry,) = tmp_path.iterdir()
    entry.write_bytes(b"\x00not marshal")
    assert _toml.load_data(_LEXICON) == _parsed(_LEXICON)
    entry.write_bytes(b"")
    assert _toml.load_data(_LEXICON) == _parsed(_LEXICON)


def test_an_unwritable_or_switched_off_cache_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", str(blocker / "cache"))  # cannot be made: a file is in the way
    assert _toml.load_data(_LEXICON) == _parsed(_LEXICON)
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", "")
    assert _toml.cache_dir() is None
    assert _toml.load_data(_LEXICON) == _parsed(_LEXICON)


def test_a_check_with_a_warm_cache_imports_no_toml_parser(tmp_path: Path) -> None:
    """With the language data cached, a plain check of a paper reads no TOML: neither tomli nor tomllib (nor
    the datetime module they import) is loaded."""
    paper = tmp_path / "udkast.txt"
    paper.write_text(
        "150 flere udsatte borgere får en bolig. Det svarer til et fald på 18 pct.\n", encoding="utf-8"
    )
    env = {**os.environ, "SUDGOALS_CACHE_DIR": str(tmp_path / "cache")}
    code = (
        "import sys; sys.argv = ['sudgoals', 'check', sys.argv[1]]\n"
        "from sudgoals.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('tomli', 'tomllib') if m in sys.modules))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(paper)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp_path,
            env=env,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout.splitlines()[-1] != "LOADED []"  # the first run parses and stores
    assert runs[1].stdout.splitlines()[-1] == "LOADED []", runs[1].stderr
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]
    assert any(": SG301 " in line for line in runs[1].stdout.splitlines())
