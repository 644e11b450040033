"""SG9xx: rules across documents.

The baseline is a fact about the world, so two drafts of the same goal must imply overlapping baselines.
``baseline-drift`` is raised by :mod:`sudgoals.reconcile` when they do not; it is registered here so that it
has a code, a severity and an explanation, and can be selected, ignored or re-graded like any other rule. Its
check on a single paper finds nothing.

Its examples are two drafts separated by a line holding only :data:`DRAFT_SEPARATOR`.
"""

from __future__ import annotations

from typing import Final

from sudgoals.model import Severity

from ._base import Rule, RuleText

__all__ = ["BASELINE_DRIFT", "DRAFT_SEPARATOR", "__register__"]

DRAFT_SEPARATOR: Final = "----"
"""The line between the two drafts of a cross-document example."""

BASELINE_DRIFT: Final = Rule(
    code="SG901",
    name="baseline-drift",
    severity=Severity.ERROR,
    scope="documents",
    da=RuleText(
        title="To udkast af samme mål bygger på udgangspunkter, der ikke overlapper",
        what=(
            "Samme mål i to udkast (fundet på indikatoren), hvor de udgangspunkter, tallene i hvert udkast "
            "kræver, ikke overlapper: 150 flere og 18 pct. kræver 811–857, 165 flere og 18 pct. kræver "
            "892–942."
        ),
        why=(
            "Udgangspunktet er det samme antal mennesker i begge udkast. Overlapper de ikke, er det ene "
            "udkasts "
            "tal ændret uden at det andet er regnet om, og udvalget sammenligner to forskellige mål."
        ),
        fire_example=(
            "150 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på 18 pct.\n"
            f"{DRAFT_SEPARATOR}\n"
            "165 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på 18 pct."
        ),
        pass_example=(
            "150 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på 18 pct.\n"
            f"{DRAFT_SEPARATOR}\n"
            "165 flere udsatte københavnere får anvist en bolig. Det svarer til en stigning på ca. 20 pct."
        ),
        fix="Regn begge udkasts tal fra samme udgangspunkt, og skriv udgangspunktet i målet.",
    ),
    en=RuleText(
        title="Two drafts of the same target rest on baselines that do not overlap",
        what=(
            "The same target in two drafts (matched on its indicator) where the baselines each draft's "
            "figures "
            "need do not overlap: 150 more and 18% need 811–857, 165 more and 18% need 892–942."
        ),
        why=(
            "The baseline is the same number of people in both drafts. If they do not overlap, one draft's "
            "figures changed without the other being recomputed, and the committee compares two different "
            "targets."
        ),
        fire_example=(
            "150 more vulnerable residents are offered a home. That is an increase of 18%.\n"
            f"{DRAFT_SEPARATOR}\n"
            "165 more vulnerable residents are offered a home. That is an increase of 18%."
        ),
        pass_example=(
            "150 more vulnerable residents are offered a home. That is an increase of 18%.\n"
            f"{DRAFT_SEPARATOR}\n"
            "165 more vulnerable residents are offered a home. That is an increase of about 20%."
        ),
        fix="Compute both drafts' figures from the same baseline, and state the baseline in the target.",
    ),
)

__register__: Final = (BASELINE_DRIFT,)
