"""The real command line on the real seeds, with nothing stubbed: what a user runs is what is tested."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from seeds import seed_path
from sudgoals import cli
from sudgoals.model import Report


def run(*args: str) -> Any:
    return CliRunner().invoke(cli.get_app(), list(args))


def _targets(report: dict[str, Any]) -> list[tuple[object, ...]]:
    out = []
    for doc in report["documents"]:
        for t in doc["targets"]:
            out.append(
                (
                    t["indicator"],
                    t["kind"],
                    t["direction"],
                    *(
                        None if t[k] is None else (t[k]["value"], t[k]["low"], t[k]["high"])
                        for k in ("absolute", "relative", "baseline", "level")
                    ),
                    t["implied_baseline"],
                    t["verdict"],
                    t["span"]["line"],
                    t["span"]["column"],
                )
            )
    return out


@pytest.mark.parametrize("key", ["000", "003"])
def test_extracted_spec_checks_like_the_paper(tmp_path: Path, key: str) -> None:
    paper = str(seed_path(key))
    spec = tmp_path / "spec.toml"
    assert run("extract", paper, "-o", str(spec)).exit_code == 0
    on_paper = run("check", paper, "--format", "json")
    on_spec = run("check", str(spec), "--format", "json")
    assert on_paper.exit_code == on_spec.exit_code == 0
    a, b = json.loads(on_paper.stdout), json.loads(on_spec.stdout)
    assert _targets(a) == _targets(b)
    assert len(_targets(a)) == 10
    assert sorted(f["code"] for f in a["findings"]) == sorted(f["code"] for f in b["findings"])


def test_check_json_is_the_contract_and_schema_valid() -> None:
    result = run("check", str(seed_path("000")), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(data, schema)
    assert data["schema"] == "sudgoals.report/1"
    assert set(data) == {"schema", "tool", "policy", "documents", "findings"}
    first = data["documents"][0]["targets"][1]
    assert first["span"]["line"] == 53 and first["span"]["column"] == 3
    assert first["span"]["end_line"] == 54 and first["span"]["end_column"] == 20
    assert first["implied_baseline"] == {
        "low": "811",
        "high": "857",
        "whole": True,
        "low_closed": True,
        "high_closed": True,
        "hedged": False,
    }
    assert (first["relative"]["value"], first["relative"]["low"], first["relative"]["high"]) == (
        "18",
        "17.5",
        "18.5",
    )
    assert all(isinstance(v, str) for v in (first["relative"]["low"], first["relative"]["high"]))
    Report.model_validate(data)


def test_compare_seeds_as_the_issue_says() -> None:
    result = run("compare", str(seed_path("000")), str(seed_path("003")), "--format", "json")
    assert result.exit_code == 0, result.stderr
    matches = json.loads(result.stdout)["comparisons"][0]["matches"]
    changed = {
        (m["old_figures"], m["new_figures"]): m["overlap"] for m in matches if m["status"] == "changed"
    }
    assert changed[("150 / 18 pct.", "165 / ca. 20 pct.")]["low"] == "811"
    assert changed[("150 / 18 pct.", "165 / ca. 20 pct.")]["high"] == "846"
    assert changed[("90 / 17 pct.", "80 / ca. 15 pct.")]["low"] == "517"
    assert changed[("90 / 17 pct.", "80 / ca. 15 pct.")]["high"] == "545"
    unchanged = {m["old_figures"] for m in matches if m["status"] == "unchanged"}
    assert {"100 / 24 pct.", "300 / 1,4 pct.", "730 / 5 pct."} <= unchanged
    vanished = [m["indicator"] for m in matches if m["status"] == "vanished"]
    assert any("9. klasse" in v for v in vanished)
    assert sum(m["status"] == "appeared" for m in matches) == 4
    again = json.loads(
        run("compare", str(seed_path("003")), str(seed_path("002")), "--format", "json").stdout
    )
    statuses = [m["status"] for m in again["comparisons"][0]["matches"]]
    assert statuses.count("unchanged") == 10 and set(statuses) == {"unchanged", "repeated"}


def test_compare_paths_names_only_ids_the_report_shows(tmp_path: Path) -> None:
    from sudgoals.pipeline import compare_paths

    draft = "150 flere borgere får en bolig. Det svarer til en stigning på 18 pct.\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "udkast.txt").write_text(draft, encoding="utf-8")
    (tmp_path / "b" / "udkast.txt").write_text(draft.replace("150", "165"), encoding="utf-8")
    report = compare_paths(tmp_path / "a" / "udkast.txt", [tmp_path / "b" / "udkast.txt"])
    ids = {t.id for d in report.documents for t in d.targets}
    assert len(ids) == 2  # the same file name gave the same id; the report made them unique
    assert report.comparisons is not None
    named = {m.old for c in report.comparisons for m in c.matches} | {
        m.new for c in report.comparisons for m in c.matches
    }
    assert named - {None} == ids
