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
