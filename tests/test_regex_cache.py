"""The cache of compiled regular expressions (``sudgoals._regex``): a pattern read back from the cache is the
pattern ``re.compile`` makes (same flags, groups and matches), and a missing, damaged or unwritable cache is
never an error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sudgoals import _regex
from sudgoals.extract import engine, lexicon, statements

# patterns of the package itself: groups, look-arounds, possessive runs, Unicode classes, flags
_PATTERNS = [
    (lexicon.TOKEN_RE.pattern, 0),
    (statements._LAST_PUNCT_CUT.pattern, 0),
    (engine._FIRST_LINE_OF_INTEREST.pattern, re.MULTILINE),
    (engine._ROUGH_BREAK.pattern, 0),
    (r"(?P<year>(?:19|20)\d\d)\s*[-–]\s*(?P<end>\d\d)", re.IGNORECASE),
    (r"(?x) \d+  # a number\n (?:,\d+)?", 0),
]


_MADE: list[_regex._Store] = []


@pytest.fixture(autouse=True)
def _nothing_left_to_save() -> Iterator[None]:
    """The stores a test made save nothing more when the test process exits (their folders are the test's)."""
    yield
    for store in _MADE:
        store.added.clear()
    _MADE.clear()


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path | str) -> _regex._Store:
    monkeypatch.setenv("SUDGOALS_CACHE_DIR", str(folder))
    store = _regex._Store()
    monkeypatch.setattr(_regex, "_STORE", store)
    _MADE.append(store)
    return store


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(p.groups + 1)) for m in p.finditer(text)]


def test_a_pattern_read_back_is_the_one_re_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _fresh(monkeypatch, tmp_path)
    first = [_regex.compile(p, f) for p, f in _PATTERNS]  # compiled, and added to the cache
    assert len(store.added) == len(_PATTERNS) and not store.used
    store.save()
    (entry,) = tmp_path.iterdir()
    assert entry.name.startswith("regex-") and entry.suffix == ".marshal"
    again = _fresh(monkeypatch, tmp_path)
    second = [_regex.compile(p, f) for p, f in _PATTERNS]  # read back
    assert len(again.used) == len(_PATTERNS) and not again.added
    text = "Målet for 2026 er 150 flere, dvs. 18 pct.\n  2023-24: 1.250 borgere. Det svarer til ca. 4,5 %!"
    for (p, f), a, b in zip(_PATTERNS, first, second, strict=True):
        plain = re.compile(p, f)
        _same(a, plain)
        _same(b, plain)
        assert _matches(b, text) == _matches(plain, text)


_TEXT = st.text(alphabet=st.sampled_from(list("aåæøB ,.:;-–%\n\t0123456789()Xx|")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_cached_patterns_match_as_re_does(text: str) -> None:
    """Every pattern of the cascade's tokeniser and sentence splitter, as the package compiled it (from the
    cache when it held it), finds the same matches with the same groups as ``re.compile``'s."""
    for compiled in (lexicon.TOKEN_RE, statements._LAST_PUNCT_CUT, engine._ROUGH_BREAK, engine._PERIOD_RE):
        plain = re.compile(compiled.pattern, compiled.flags)
        assert _matches(compiled, text) == _matches(plain, text)


def test_a_damaged_cache_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _fresh(monkeypatch, tmp_path)
    _regex.compile(r"\d+", 0)
    store.save()
    (entry,) = tmp_path.iterdir()
    for damage in (b"", b"\x00not marshal", b"\xe9"):  # empty, garbage, a lone byte
        entry.write_bytes(damage)
        again = _fresh(monkeypatch, tmp_path)
        assert _matches(_regex.compile(r"\d+", 0), "a 12 b 345") == [((2, 4),), ((7, 10),)]
        assert again.added and not again.used


def test_an_unwritable_or_absent_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    store = _fresh(monkeypatch, blocker / "cache")  # cannot be made: a file is in the way
    assert _regex.compile(r"x(y)", 0).match("xy") is not None
    store.save()  # nothing written, no error
    assert blocker.is_file()
    off = _fresh(monkeypatch, "")  # SUDGOALS_CACHE_DIR= turns the cache off
    assert _regex.compile(r"x(y)", 0).match("xy") is not None
    assert off.where is None and not off.added


def test_a_large_cache_keeps_what_this_run_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _fresh(monkeypatch, tmp_path)
    for k in range(_regex._MAX_ENTRIES + 5):  # patterns of past edits
        _regex.compile(f"old{k}", 0)
    store.save()
    store = _fresh(monkeypatch, tmp_path)
    _regex.compile("old3", 0)  # used
    _regex.compile("new", 0)  # added
    store.save()
    kept = _regex._read(str(next(tmp_path.iterdir())))
    assert set(kept) == {("old3", 0), ("new", 0)}
