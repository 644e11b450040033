"""The public API: what ``import sudgoals`` offers, what it costs, and the doctests of public modules."""

from __future__ import annotations

import doctest
import importlib
import subprocess
import sys

import pytest

import sudgoals

PUBLIC_MODULES = [
    "sudgoals",
    "sudgoals.model",
    "sudgoals.interval",
    "sudgoals.numbers",
    "sudgoals.algebra",
    "sudgoals.extract",
    "sudgoals.extract.engine",
    "sudgoals.pipeline",
    "sudgoals._digits",
    "sudgoals.extract.lexicon",
    "sudgoals.trace",
]


def test_all_names_resolve_and_are_the_public_names() -> None:
    for name in sudgoals.__all__:
        assert getattr(sudgoals, name) is not None, name
    import types

    public = {
        n
        for n in dir(sudgoals)
        if not n.startswith("_") and not isinstance(getattr(sudgoals, n), types.ModuleType)
    } - {"annotations", "import_module", "TYPE_CHECKING", "Any"}
    assert public == set(sudgoals.__all__) - {"__version__"}


def test_all_lists_exactly_the_lazy_exports() -> None:
    assert set(sudgoals.__all__) == set(sudgoals._EXPORTS) | {"__version__"}


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError):
        _ = sudgoals.no_such_thing  # type: ignore[attr-defined]


def test_import_is_cheap_and_loads_no_heavy_library() -> None:
    code = (
        "import sys, sudgoals;"
        "heavy = [m for m in ('pint', 'pydantic', 'pypdf', 'docx', 'odf', 'selectolax', 'jinja2', 'rapidfuzz',"
        " 'typer', 'rich', 'charset_normalizer', 'text_to_num') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_checking_text_loads_no_optional_reader_or_units() -> None:
    code = (
        "import sys, sudgoals;"
        "sudgoals.check_text('150 flere borgere får en bolig. Det svarer til en stigning på 18 pct.');"
        "print(','.join(m for m in ('pint', 'pypdf', 'docx', 'odf', 'selectolax', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_readme_examples_run() -> None:
    from pathlib import Path

    readme = Path(__file__).resolve().parent.parent / "README.md"
    result = doctest.testfile(str(readme), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 8
    assert result.failed == 0
