"""The cache of compiled regular expressions (``sudgoals._regex``): a pattern read back from the cache is the
pattern ``re.compile`` makes (same flags, groups and matches), and a missing, damaged or unwritable cache is
never an error."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sudgoals import _regex
from sudgoals.extract import blocks, engine, lexicon, statements

# patterns of the package itself: groups, look-arounds, possessive runs, Unicode classes, flags
_PATTERNS = [
    (lexicon.TOKEN_RE.pattern, 0),
    (statements._LAST_PUNCT_CUT.pattern, 0),
    (blocks._line_patterns("da").first_line.pattern, re.MULTILINE),
    (blocks._line_patterns("da").rough_break.pattern, 0),
    (r"(?P<year>(?:19|20)\d\d)\s*[-–]\s*(?P<end>\d\d)", re.IGNORECASE),
    (r"(?x) \d+  # a number\n (?:,\d+)?", 0),
]


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path | str) -> _regex._Store:
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", str(folder))
    store = _regex._Store()
    monkeypatch.setattr(_regex, "_STORE", store)
    return store


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(p.groups + 1)) for m in p.finditer(text)]


def _entries(folder: Path) -> list[Path]:
    return [e for d in folder.iterdir() if d.is_dir() for e in d.iterdir()]


def test_a_pattern_read_back_is_the_one_re_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _fresh(monkeypatch, tmp_path)
    first = [_regex.compile(p, f) for p, f in _PATTERNS]  # compiled, and written to the cache
    assert store.written == len(_PATTERNS) and store.read == 0
    (folder,) = tmp_path.iterdir()
    assert folder.name.startswith("regex-") and len(list(folder.iterdir())) == len(_PATTERNS)
    again = _fresh(monkeypatch, tmp_path)
    second = [_regex.compile(p, f) for p, f in _PATTERNS]  # read back
    assert again.read == len(_PATTERNS) and again.written == 0
    text = "Målet for 2026 er 150 flere, dvs. 18 pct.\n  2023-24: 1.250 borgere. Det svarer til ca. 4,5 %!"
    for (p, f), a, b in zip(_PATTERNS, first, second, strict=True):
        plain = re.compile(p, f)
        _same(a, plain)
        _same(b, plain)
        assert _matches(b, text) == _matches(plain, text)


def test_a_run_reads_only_the_entries_it_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One small file per pattern: many patterns compiled once (a test run) cost a later run nothing."""
    _fresh(monkeypatch, tmp_path)
    for k in range(300):
        _regex.compile(f"x{k}y", 0)
    later = _fresh(monkeypatch, tmp_path)
    _regex.compile("x7y", 0)
    assert later.read == 1 and later.written == 0
    assert len(_entries(tmp_path)) == 300


def test_the_same_pattern_with_other_flags_is_another_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(monkeypatch, tmp_path)
    plain = _regex.compile("^ab", 0)
    multi = _regex.compile("^ab", re.MULTILINE)
    assert len(_entries(tmp_path)) == 2
    _fresh(monkeypatch, tmp_path)
    assert _regex.compile("^ab", re.MULTILINE).findall("x\nab") == ["ab"] == multi.findall("x\nab")
    assert _regex.compile("^ab", 0).findall("x\nab") == [] == plain.findall("x\nab")


_TEXT = st.text(alphabet=st.sampled_from(list("aåæøB ,.:;-–%\n\t0123456789()Xx|")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_cached_patterns_match_as_re_does(text: str) -> None:
    """Every pattern of the cascade's tokeniser and sentence splitter, as the package compiled it (from the
    cache when it held it), finds the same matches with the same groups as ``re.compile``'s."""
    rough_break = blocks._line_patterns("da").rough_break
    for compiled in (lexicon.TOKEN_RE, statements._LAST_PUNCT_CUT, rough_break, engine._PERIOD_RE):
        plain = re.compile(compiled.pattern, compiled.flags)
        assert _matches(compiled, text) == _matches(plain, text)


def test_a_damaged_entry_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(monkeypatch, tmp_path)
    _regex.compile(r"\d+", 0)
    (entry,) = _entries(tmp_path)
    for damage in (
        b"",
        b"\x00not marshal",
        b"\xe9",
        marshal.dumps(("another pattern", ())),
        marshal.dumps(7),
    ):
        entry.write_bytes(damage)
        again = _fresh(monkeypatch, tmp_path)
        assert _matches(_regex.compile(r"\d+", 0), "a 12 b 345") == [((2, 4),), ((7, 10),)]
        assert again.read == 0 and again.written == 1


def test_an_unwritable_or_absent_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    store = _fresh(monkeypatch, blocker / "cache")  # cannot be made: a file is in the way
    assert _regex.compile(r"x(y)", 0).match("xy") is not None
    assert store.written == 0 and blocker.is_file()
    off = _fresh(monkeypatch, "")  # SUDGOALS_CACHE_DIR= turns the cache off
    assert _regex.compile(r"x(y)", 0).match("xy") is not None
    assert off.where() is None and off.written == 0


def test_old_folders_of_other_versions_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    old = tmp_path / "regex-0.0.1-cpython3110-1-4"
    old.mkdir()
    (old / "entry.marshal").write_bytes(b"")
    recent = tmp_path / "regex-0.0.2-cpython3110-1-4"
    recent.mkdir()
    os.utime(old, (0, 0))
    _fresh(monkeypatch, tmp_path)
    _regex.compile("z+", 0)  # the first entry of this version makes its folder and prunes
    assert not old.exists() and recent.exists()
