"""The opt-in compiled build (``SUDGOALS_COMPILE=1 pip install .``, hatch_build.py): the modules it compiles
are modules of the package, the mypy it compiles with is the one that keeps ``mypy --strict src`` clean, and
the sudgoals under test is either wholly pure Python or has exactly those modules compiled.

Compiling takes minutes, so this file does not compile; the whole suite is run against a compiled build by
hand (benchmarks/README.md, "Compiled build"). ``SUDGOALS_EXPECT_COMPILED=0`` (set by .ci/run) or ``=1``
says which build the run must be testing.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HOOK = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
COMPILE_LIST: list[str] = HOOK["modules"]


def _is_compiled(module_name: str) -> bool:
    origin = str(getattr(importlib.import_module(module_name), "__file__", "") or "")
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def test_the_compile_list_names_modules_of_the_package_once() -> None:
    assert COMPILE_LIST, "the compiled build compiles nothing"
    assert len(set(COMPILE_LIST)) == len(COMPILE_LIST)
    for name in COMPILE_LIST:
        assert name.startswith("sudgoals."), name
        source = ROOT / "src" / (name.replace(".", "/") + ".py")
        assert source.is_file(), f"{name}: no {source.relative_to(ROOT)}"
        module = importlib.import_module(name)
        assert module.__name__ == name


def test_the_hook_is_built_with_the_mypy_that_checks_the_sources() -> None:
    """mypyc type-checks what it compiles: with another mypy than the pinned one the compiled build could
    refuse code that ``mypy --strict src`` accepts."""
    dev = [r.replace(" ", "") for r in PYPROJECT["project"]["optional-dependencies"]["dev"]]
    pinned = [r for r in dev if r.startswith("mypy==")]
    assert len(pinned) == 1
    assert pinned[0] in HOOK["build-requires"]
    # the sdist carries the hook, so a compiled build can be made from it too
    assert "hatch_build.py" in PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_build_under_test_is_pure_or_compiled_as_listed() -> None:
    compiled = {name for name in COMPILE_LIST if _is_compiled(name)}
    assert compiled in (set(), set(COMPILE_LIST)), f"compiled: {sorted(compiled)}, listed: {COMPILE_LIST}"
    # nothing outside the list is an extension module either (the rest of the package stays Python)
    import sudgoals

    package = Path(sudgoals.__file__).parent
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    extensions = sorted(
        p.relative_to(package).as_posix() for p in package.rglob("*") if p.name.endswith(suffixes)
    )
    expected = {name.removeprefix("sudgoals.").replace(".", "/") for name in compiled}
    assert {e.split(".")[0] for e in extensions} == expected
    expect = os.environ.get("SUDGOALS_EXPECT_COMPILED")
    if expect is not None:
        assert bool(compiled) is (expect == "1"), f"SUDGOALS_EXPECT_COMPILED={expect}: {sorted(compiled)}"
