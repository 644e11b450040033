"""TOML reading: ``tomli`` where it is installed (a core dependency), else the standard library's ``tomllib``.

The two are one parser (``tomllib`` is ``tomli`` taken into the standard library), but ``tomli``'s wheels are
compiled with mypyc: the first parse of a language file costs about 5 ms against 30 ms with ``tomllib``,
measured on a cold ``sudgoals check``, where every millisecond of start-up counts.

The package's own data files (each language's lexicon and rules) are read with :func:`load_data`, which keeps
what it parsed in the user's cache folder (``marshal``, keyed by the sudgoals and Python versions and a hash
of the file's bytes): a cold check then reads it back instead of parsing the TOML, and imports no TOML parser
at all. A missing, stale or damaged entry is parsed again; a cache folder that cannot be written is never an
error (the file is parsed as without a cache). ``SUDGOALS_CACHE_DIR`` names another folder, and an empty
``SUDGOALS_CACHE_DIR=`` turns the cache off. Entries of a file's other contents are removed when a week
old (a new entry is written).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tomli import TOMLDecodeError, loads
else:

    def loads(text: str) -> dict[str, Any]:
        """Parse TOML text (the parser is imported on first use)."""
        return _parser().loads(text)

    def __getattr__(name: str) -> Any:
        if name == "TOMLDecodeError":
            return _parser().TOMLDecodeError
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["TOMLDecodeError", "cache_dir", "load_data", "loads"]


def _parser() -> Any:
    try:
        import tomli as parser
    except ImportError:  # pragma: no cover - a platform without the wheel still has the standard library
        import tomllib as parser  # type: ignore[no-redef]
    return parser


def cache_dir() -> str | None:
    """The folder :func:`load_data` keeps parsed data files in, or ``None`` when the cache is off."""
    chosen = os.environ.get("SUDGOALS_CACHE_DIR")
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home folder known: no cache (never a folder named "~" here)
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "sudgoals")


def load_data(path: str) -> dict[str, Any]:
    """The TOML file ``path`` (one of the package's data files) parsed, from the cache when it holds it."""
    with open(path, "rb") as file:
        raw = file.read()
    folder = cache_dir()
    entry = None
    if folder is not None:
        import zlib

        from sudgoals import __version__

        name = os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)
        key = f"{__version__}-py{sys.version_info[0]}{sys.version_info[1]}-{zlib.crc32(raw):08x}-{len(raw)}"
        entry = os.path.join(folder, f"{name}-{key}.marshal")
        try:
            with open(entry, "rb") as file:
                cached = marshal.loads(file.read())  # marshal.load(file) reads in small pieces: 10x slower
            if isinstance(cached, dict):
                return cached
        except (OSError, EOFError, ValueError, TypeError):
            pass  # not cached yet (or damaged): parse it
    data: dict[str, Any] = loads(raw.decode("utf-8"))
    if entry is not None:
        _store(entry, data)
        _prune(entry, f"{name}-")
    return data


def _store(entry: str, data: dict[str, Any]) -> None:
    """Write a cache entry whole or not at all (another process may read it at the same time)."""
    try:
        encoded = marshal.dumps(data)
    except ValueError:  # a value marshal cannot write (a TOML date): not cached
        return
    temporary = f"{entry}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(encoded)
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


_PRUNE_AFTER_S = 7 * 24 * 3600


def _prune(entry: str, prefix: str, suffix: str = ".marshal") -> None:
    """Remove the other entries of the same data file (``prefix``: its language and name) written more than a
    week ago: those of another version or of an edited file. Recent ones stay, since two installed versions
    (a checkout and CI, two worktrees) may take turns, and each would otherwise remove the other's. An entry
    that is a folder (``sudgoals._regex`` keeps one per version) is removed with what it holds."""
    import time

    folder, kept = os.path.split(entry)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    too_old = time.time() - _PRUNE_AFTER_S
    for other in names:
        if other != kept and other.startswith(prefix) and other.endswith(suffix):
            path = os.path.join(folder, other)
            with contextlib.suppress(OSError):
                if os.stat(path).st_mtime < too_old:
                    if os.path.isdir(path):
                        import shutil

                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        os.unlink(path)
