"""Shared test set-up: hypothesis profiles and the seed-document locator.

Profiles: ``ci`` (default; bounded so .ci/run stays well under its time budget), ``dev`` (more examples),
``fuzz`` (long runs, selected by ``SUDGOALS_FUZZ=1``). Pick one with ``HYPOTHESIS_PROFILE=name``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "fuzz" if os.environ.get("SUDGOALS_FUZZ") == "1" else "ci")
)
