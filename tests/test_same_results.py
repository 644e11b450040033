"""The results stay the same (issue 17): every seed paper, example and development-corpus text gives the
report it gave before the speed work, compared by a digest of the whole JSON report (``same_results.py``)."""

from __future__ import annotations

import json
import os

import pytest

from same_results import DIGESTS, inputs, report_digest

EXPECTED: dict[str, str] = json.loads(DIGESTS.read_text(encoding="utf-8"))
FOUND = inputs()


def test_the_inputs_are_there() -> None:
    missing = sorted(set(EXPECTED) - set(FOUND))
    if missing and os.environ.get("SUDGOALS_REQUIRE_SEEDS") == "1":
        pytest.fail(f"inputs not found: {missing}", pytrace=False)
    examples = {name for name in EXPECTED if name.startswith("examples/")}
    assert examples <= set(FOUND)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_report_is_the_same_as_before(name: str) -> None:
    if name not in FOUND:
        pytest.skip(f"{name} not found (the shared folders are outside the repository)")
    assert report_digest(name, FOUND[name]) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(inputs()))
def test_the_native_json_dump_is_pydantics(name: str) -> None:
    """``Report.to_json_dict`` (made without pydantic) gives what the pydantic twin's JSON-mode dump gives,
    key for key and in the same order, on every seed, example and corpus report."""
    from sudgoals import pipeline, readers
    from sudgoals._validated import validated
    from sudgoals.config import Config

    config = Config.defaults()
    document = readers.read_bytes(inputs()[name].read_bytes(), name)
    paper = pipeline.check_document(document, config)
    report = pipeline.build_report([paper], pipeline.check_paper(paper, config), config)
    native = report.to_json_dict()
    twin = validated(report).model_dump(mode="json", by_alias=True)
    assert "comparisons" not in twin and "comparisons" not in native
    assert json.dumps(native) == json.dumps(twin)
    assert native["documents"], name
