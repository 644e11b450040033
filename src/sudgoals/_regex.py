"""Regular expressions compiled once per installation, not once per process.

``re.compile`` parses a pattern and generates its matcher code in Python: for the few dozen patterns a
``sudgoals check`` compiles (the tokeniser, the sentence and list-mark patterns, a language's table and label
patterns, long alternations of keywords) that was about 22 ms of a 190 ms cold check, measured on an English
example. The code it generates depends only on the pattern, the flags and the Python build, so
:func:`compile` keeps it in the user's cache folder (that of :func:`sudgoals._toml.cache_dir`): one small
``marshal`` file per pattern, in a folder keyed by the sudgoals version, the Python build and the regex
engine's magic number, named by a checksum of the pattern and read only when that pattern is compiled, so a
run reads the entries it needs and no others (one file of every pattern ever compiled grew to 2 MB under
the test suite, and reading it cost a cold check more than it saved). The code read is handed straight to
the engine (``_sre.compile``, the call ``re.compile`` ends in).

The result is the pattern ``re.compile`` returns: the same engine, the same code. Where a detail of the
standard library's internals differs from what this module expects (another Python, another engine), or the
cache is off, unreadable or damaged, :func:`compile` is ``re.compile``. A pattern not in the cache is written
to it when it is compiled (whole or not at all; a cache folder that cannot be written is never an error).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from collections.abc import Iterable
from typing import Any

__all__ = ["alternation", "compile"]

# what the engine needs besides the pattern: final flags, code, group count, group index, index group
_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """Where this process keeps compiled patterns: the folder (found on first use; ``None`` when the cache
    is off or cannot serve), and how many patterns it read from there and wrote to it."""

    __slots__ = ("folder", "read", "ready", "written")

    def __init__(self) -> None:
        self.folder: str | None = None
        self.ready = False
        self.read = 0
        self.written = 0

    def where(self) -> str | None:
        if not self.ready:
            self.ready = True
            from sudgoals._toml import cache_dir

            base = cache_dir()
            if base is not None and _engine() is not None:
                self.folder = os.path.join(base, f"regex-{_key()}")
        return self.folder

    def load(self, name: str, pattern: str) -> _Parts | None:
        folder = self.where()
        if folder is None:
            return None
        try:
            with open(os.path.join(folder, name), "rb") as file:
                stored = marshal.loads(file.read())
        except (OSError, EOFError, ValueError, TypeError):
            return None  # not cached yet, or damaged: compiled again
        if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == pattern):
            return None  # another pattern with the same checksum, or not an entry
        parts = stored[1]
        return parts if isinstance(parts, tuple) and len(parts) == 5 else None

    def store(self, name: str, pattern: str, parts: _Parts) -> None:
        """Write one entry whole or not at all (another process may read it at the same time)."""
        folder = self.where()
        if folder is None:
            return
        entry = os.path.join(folder, name)
        temporary = f"{entry}.{os.getpid()}.tmp"
        try:
            if not os.path.isdir(folder):
                from sudgoals._toml import _prune

                os.makedirs(folder, exist_ok=True)
                _prune(folder, "regex-", suffix="")  # the folders of other versions, a week old
            with open(temporary, "wb") as file:
                file.write(marshal.dumps((pattern, parts)))
            os.replace(temporary, entry)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return
        self.written += 1


_STORE = _Store()


def alternation(words: Iterable[str]) -> str:
    """``words`` as one alternation of a pattern, each as written (escaped), the longest first, so that the
    engine tries "ca." before "ca"."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the parsing and code generation read from the cache."""
    store = _STORE
    flags = int(flags)
    name = _name(pattern, flags)
    parts = store.load(name, pattern)
    if parts is not None:  # (the name holds the flags; the entry, the pattern itself)
        engine = _engine()
        with contextlib.suppress(Exception):  # an entry the engine refuses: compiled as below
            compiled: re.Pattern[str] = engine.compile(pattern, *parts)
            store.read += 1
            return compiled
    compiled, made = _compile(pattern, flags)
    if made is not None:
        store.store(name, pattern, made)
    return compiled


def _name(pattern: str, flags: int) -> str:
    import zlib

    data = pattern.encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}-{len(data)}-{flags}.marshal"


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
