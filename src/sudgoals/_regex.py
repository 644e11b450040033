"""Regular expressions compiled once per installation, not once per process.

``re.compile`` parses a pattern and generates its matcher code in Python: for the few dozen patterns a
``sudgoals check`` compiles (the tokeniser, the sentence and list-mark patterns, a language's table and label
patterns, long alternations of keywords) that was about 22 ms of a 190 ms cold check, measured on an English
example. The code it generates depends only on the pattern, the flags and the Python build, so
:func:`compile` keeps it in the user's cache folder (the folder of :func:`sudgoals._toml.cache_dir`, one
``marshal`` file keyed by the sudgoals version, the Python build and the regex engine's magic number) and
hands it straight to the engine (``_sre.compile``, the call ``re.compile`` ends in) on the next run.

The result is the pattern ``re.compile`` returns: the same engine, the same code. Where a detail of the
standard library's internals differs from what this module expects (another Python, another engine), or the
cache is off, unreadable or damaged, :func:`compile` is ``re.compile``. Patterns compiled in a run that were
not in the cache are added to it when the process exits (whole or not at all; a cache folder that cannot be
written is never an error).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from typing import Any

__all__ = ["compile"]

# what the engine needs besides the pattern: final flags, code, group count, group index, index group
_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]
# past this many entries, a save keeps only those this run used or added (a checkout whose patterns change
# would otherwise grow the file with every edit)
_MAX_ENTRIES = 1000


class _Store:
    """The cache of one process: the file's entries (read on first use), the ones this run added, and
    which it used."""

    __slots__ = ("added", "entries", "used", "where")

    def __init__(self) -> None:
        self.entries: dict[_Key, _Parts] | None = None
        self.added: dict[_Key, _Parts] = {}
        self.used: set[_Key] = set()
        self.where: str | None = None  # the cache file; None when the cache is off or cannot serve

    def load(self) -> dict[_Key, _Parts]:
        """The cache file's entries (none when it is off, missing or damaged); sets where it is."""
        self.entries = {}
        from sudgoals._toml import cache_dir

        folder = cache_dir()
        if folder is None or _engine() is None:
            return self.entries
        self.where = os.path.join(folder, f"regex-{_key()}.marshal")
        self.entries = _read(self.where)
        return self.entries

    def save(self) -> None:
        """Add this run's new patterns to the cache file (read again first: another process may have added
        others), written whole or not at all."""
        where = self.where
        if where is None or not self.added:
            return
        entries = {**_read(where), **self.added}
        if len(entries) > _MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used or k in self.added}
        temporary = f"{where}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(where), exist_ok=True)
            with open(temporary, "wb") as file:
                file.write(marshal.dumps(entries))
            os.replace(temporary, where)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return
        from sudgoals._toml import _prune

        _prune(where, "regex-")


_STORE = _Store()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the parsing and code generation read from the cache."""
    store = _STORE
    entries = store.entries if store.entries is not None else store.load()
    key = (pattern, int(flags))
    parts = entries.get(key) or store.added.get(key)
    if parts is not None:
        engine = _engine()
        if engine is not None:
            with contextlib.suppress(Exception):  # an entry the engine refuses: compiled as below
                compiled: re.Pattern[str] = engine.compile(pattern, *parts)
                store.used.add(key)
                return compiled
    compiled, made = _compile(pattern, int(flags))
    if made is not None and store.where is not None:
        if not store.added:
            import atexit

            atexit.register(store.save)
        store.added[key] = made
    return compiled


def _engine() -> Any:
    """The regex engine ``re`` compiles for (loaded with ``re`` itself), or ``None``."""
    return sys.modules.get("_sre")


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], _Parts | None]:
    """The pattern compiled as ``re._compiler.compile`` does, with the parts the engine was given; the parts
    are ``None`` where the standard library is not shaped as expected (then ``re.compile`` compiles it)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        engine = _engine()
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        parts: _Parts = (
            int(flags | parsed.state.flags),
            [int(c) for c in code],  # (opcodes are int subclasses, which marshal cannot write)
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled: re.Pattern[str] = engine.compile(pattern, *parts)
    except Exception:  # internals of another shape: the public call, uncached
        return re.compile(pattern, flags), None
    return compiled, parts


def _key() -> str:
    from sudgoals import __version__

    engine = _engine()
    magic = getattr(engine, "MAGIC", "none")
    build = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}{sys.version_info[2]}"
    return f"{__version__}-{build}-{magic}-{getattr(engine, 'CODESIZE', 0)}"


def _read(path: str) -> dict[_Key, _Parts]:
    try:
        with open(path, "rb") as file:
            entries = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}
