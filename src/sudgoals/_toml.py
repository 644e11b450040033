"""TOML reading: ``tomli`` where it is installed (a core dependency), else the standard library's ``tomllib``.

The two are one parser (``tomllib`` is ``tomli`` taken into the standard library), but ``tomli``'s wheels are
compiled with mypyc: the first parse of a language file costs about 5 ms against 30 ms with ``tomllib``,
measured on a cold ``sudgoals check``, where every millisecond of start-up counts.
"""

from __future__ import annotations

try:
    from tomli import TOMLDecodeError, loads
except ImportError:  # pragma: no cover - a platform without the wheel still has the standard library
    from tomllib import TOMLDecodeError, loads  # type: ignore[assignment]

__all__ = ["TOMLDecodeError", "loads"]
