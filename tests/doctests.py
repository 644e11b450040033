"""Run a module's doctests whether the module is its source or a compiled build of it (hatch_build.py).

A module compiled by mypyc keeps no docstrings ``doctest`` can find, so for it the examples are read from
the ``.py`` source beside the extension module and run against the compiled module's own names: the
examples test the compiled code, not a second copy of the source.
"""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def run_doctests(module: ModuleType, optionflags: int = 0) -> doctest.TestResults:
    origin = Path(str(module.__file__))
    if origin.suffix == ".py":
        return doctest.testmod(module, optionflags=optionflags)
    source = origin.with_name(origin.name.split(".")[0] + ".py")
    spec = importlib.util.spec_from_file_location(f"_doctest_source_of_{module.__name__}", source)
    assert spec is not None and spec.loader is not None, f"{module.__name__}: no source at {source}"
    text = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = text  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(text)
        tests = doctest.DocTestFinder().find(text, module.__name__, globs=dict(vars(module)))
    finally:
        del sys.modules[spec.name]
    runner = doctest.DocTestRunner(optionflags=optionflags)
    for test in tests:
        runner.run(test)
    return runner.summarize(verbose=False)
