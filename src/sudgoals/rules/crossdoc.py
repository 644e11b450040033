"""SG9xx: rules across documents.

The baseline is a fact about the world, so two drafts of the same goal must imply overlapping baselines.
``baseline-drift`` is raised by :mod:`sudgoals.reconcile` when they do not, and ``goal-kind-changed`` when
one goal counts a different kind of thing in the later draft (a number of people became a share), so that
its baselines cannot be compared at all. They are registered here so that they have a code, a severity and
an explanation, and can be selected, ignored or re-graded like any other rule. Their check on a single
paper finds nothing.

Its examples are two drafts separated by a line holding only :data:`DRAFT_SEPARATOR`.
"""

from __future__ import annotations

from typing import Final

from sudgoals.model import Severity

from ._base import Rule, RuleText

__all__ = ["BASELINE_DRIFT", "DRAFT_SEPARATOR", "GOAL_KIND_CHANGED", "__register__"]

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

GOAL_KIND_CHANGED: Final = Rule(
    code="SG902",
    name="goal-kind-changed",
    severity=Severity.WARNING,
    scope="documents",
    da=RuleText(
        title="Samme mål tæller noget andet i det nye udkast",
        what=(
            "Samme mål i to udkast (fundet på indikatoren), hvor tallene i det ene udkast tæller personer "
            "eller sager (»130 flere unge«), og i det andet en andel (»andelen af unge … fra 40 pct. til "
            "45 pct.«) eller et beløb. Udgangspunkterne sammenlignes ikke: et antal mennesker og en "
            "procentsats kan ikke overlappe."
        ),
        why=(
            "Et mål, der skifter fra et antal til en andel, er et nyt mål: det måles på en anden måde, og "
            "det gamle udgangspunkt gælder ikke længere. Udvalget bør vide, at målet er skiftet, og ikke "
            "tro, at kun tallene er rettet."
        ),
        fire_example=(
            "130 flere unge gennemfører en ungdomsuddannelse. Det svarer til en stigning på 16 pct.\n"
            f"{DRAFT_SEPARATOR}\n"
            "Andelen af unge, der gennemfører en ungdomsuddannelse, skal stige fra 40 pct. til 45 pct."
        ),
        pass_example=(
            "Andelen af unge, der gennemfører en ungdomsuddannelse, skal stige fra 40 pct. til 44 pct.\n"
            f"{DRAFT_SEPARATOR}\n"
            "Andelen af unge, der gennemfører en ungdomsuddannelse, skal stige fra 40 pct. til 45 pct."
        ),
        fix=(
            "Skriv i det nye udkast, at målet er ændret, og oplys udgangspunktet for den nye måling (fx "
            "andelen i dag), så målet kan følges op."
        ),
    ),
    en=RuleText(
        title="The same goal counts another kind of thing in the new draft",
        what=(
            "The same goal in two drafts (matched on its indicator) where one draft's figures count people "
            'or cases ("130 more young people") and the other\'s a share ("the share of young people … from '
            '40% to 45%") or money. The baselines are not compared: a number of people and a percentage '
            "cannot overlap."
        ),
        why=(
            "A goal that changes from a count to a share is a new goal: it is measured another way, and the "
            "old baseline no longer applies. The committee should know that the goal changed, not believe "
            "that only its figures were corrected."
        ),
        fire_example=(
            "130 more young people complete upper secondary education. That is an increase of 16%.\n"
            f"{DRAFT_SEPARATOR}\n"
            "The share of young people who complete upper secondary education must rise from 40% to 45%."
        ),
        pass_example=(
            "The share of young people who complete upper secondary education must rise from 40% to 44%.\n"
            f"{DRAFT_SEPARATOR}\n"
            "The share of young people who complete upper secondary education must rise from 40% to 45%."
        ),
        fix=(
            "Say in the new draft that the goal has changed, and state the baseline of the new measure "
            "(the share today, say) so that the goal can be followed up."
        ),
    ),
)

__register__: Final = (BASELINE_DRIFT, GOAL_KIND_CHANGED)
