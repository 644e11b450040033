"""The Dask example in ``docs/batch.md`` runs, on a local cluster, and gives the same results as checking the
files one at a time. Skipped (with the reason) when ``dask`` is not installed; without ``dask.distributed`` the
example's ``check_corpus`` runs on Dask's threaded scheduler instead of a LocalCluster.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from sudgoals.config import Config
from sudgoals.pipeline import check_bytes

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "batch.md"
BLOCK = re.compile(r"<!-- tested: (?P<name>[\w-]+) -->\s*```python\n(?P<code>.*?)```", re.DOTALL)

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'dask[bag]' distributed)")


def doc_blocks() -> dict[str, str]:
    """The tested code blocks of docs/batch.md by name."""
    return {m["name"]: m["code"] for m in BLOCK.finditer(DOC.read_text(encoding="utf-8"))}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A working folder with ``examples/``: the project's examples (or stand-ins) and one unreadable file."""
    folder = tmp_path / "examples"
    folder.mkdir()
    examples = sorted((ROOT / "examples").glob("*.txt"))
    for path in examples:
        shutil.copy(path, folder / path.name)
    if not examples:
        (folder / "a.txt").write_text(
            "150 flere borgere får en bolig. Det svarer til en stigning på 18 pct.\n", encoding="utf-8"
        )
        (folder / "b.txt").write_text(
            "90 færre udsættelser. Det svarer til et fald på 40 pct.\n", encoding="utf-8"
        )
    (folder / "zz-junk.txt").write_bytes(bytes(range(256)) * 4)
    monkeypatch.chdir(tmp_path)
    return sorted(str(p.relative_to(tmp_path)) for p in folder.glob("*.txt"))


def expected(paths: list[str], namespace: dict[str, Any]) -> tuple[list[dict[str, object]], Counter[str]]:
    config = Config()
    results = [check_bytes(Path(p).read_bytes(), p, config) for p in paths]
    return [namespace["summary"](r) for r in results], Counter(f.code for r in results for f in r.findings)


def test_the_doc_has_the_tested_blocks() -> None:
    assert set(doc_blocks()) == {"definitions", "run"}


def test_dask_example_runs_and_matches_serial_checking(corpus: list[str]) -> None:
    blocks = doc_blocks()
    namespace: dict[str, Any] = {"__name__": "batch_example"}
    exec(compile(blocks["definitions"], f"{DOC}:definitions", "exec"), namespace)
    if importlib.util.find_spec("distributed") is not None:
        exec(compile(blocks["run"], f"{DOC}:run", "exec"), namespace)
        summaries, code_counts = namespace["summaries"], namespace["code_counts"]
        assert namespace["paths"] == corpus
    else:  # pragma: no cover - depends on the environment
        import dask

        with dask.config.set(scheduler="threads"):
            summaries, code_counts = namespace["check_corpus"](corpus, Config())
    want_summaries, want_codes = expected(corpus, namespace)
    assert summaries == want_summaries
    assert Counter(code_counts) == want_codes
    # the corpus is not trivial: targets found, and the unreadable file reported rather than raised
    assert sum(int(s.get("targets", 0)) for s in summaries) > 0
    assert summaries[-1]["path"] == "examples/zz-junk.txt" and summaries[-1]["error"]


def test_report_line_is_the_cli_jsonl_line(corpus: list[str]) -> None:
    import json

    namespace: dict[str, Any] = {"__name__": "batch_example"}
    exec(compile(doc_blocks()["definitions"], f"{DOC}:definitions", "exec"), namespace)
    config = Config()
    result = namespace["check_file"](corpus[0], config)
    line = namespace["report_line"](result, config)
    data = json.loads(line)
    assert "\n" not in line
    assert data["schema"] == "sudgoals.report/1"
    assert data["documents"][0]["path"] == corpus[0]
    assert len(data["documents"][0]["targets"]) == len(result.paper.targets)
