"""The one place tests find the real seed documents in ``../shared/seeds``.

The seeds stay outside the repository. When they are not found, tests that need them are skipped, unless
``SUDGOALS_REQUIRE_SEEDS=1`` (CI sets it), in which case they fail loudly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

__all__ = ["SEED_NAMES", "seed_dir", "seed_path"]

SEED_NAMES = {
    "000": "000_d9eeb108c5063187.txt",  # OCR scan of the 2014-17 goal paper
    "001": "001_af3446ea2073a2de.txt",  # the later strategy, unquantified "tegn på succes"
    "002": "002_7f06fe2c888694dc.txt",  # web transcript of the later draft, with page noise
    "003": "003_ec4f0d379210d68b.txt",  # the later draft, clean text
    "004": "004_017e8d4657c99044.txt",  # process note: dates and counts that are not targets
}


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = [Path(os.environ["SUDGOALS_SEEDS"])] if os.environ.get("SUDGOALS_SEEDS") else []
    for parent in [here, *here.parents]:
        found.append(parent / "shared" / "seeds")
        found.append(parent.parent / "shared" / "seeds")
    return found


def seed_dir() -> Path:
    """The seeds folder; skips the calling test when absent, or fails when ``SUDGOALS_REQUIRE_SEEDS=1``."""
    for candidate in _candidates():
        if (candidate / SEED_NAMES["000"]).is_file():
            return candidate
    message = "seed documents not found in ../shared/seeds (set SUDGOALS_SEEDS to their folder)"
    if os.environ.get("SUDGOALS_REQUIRE_SEEDS") == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def seed_path(key: str) -> Path:
    """Path of seed ``key`` ("000" ... "004")."""
    return seed_dir() / SEED_NAMES[key]
