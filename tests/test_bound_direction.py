"""``engine.bound-direction``: a level aimed at and stated with a bound points the way of its bound. A ceiling
("skal ligge under 12 dage", "must be no more than 18 weeks") aims down, a floor ("mindst 90 pct.", "at least
1,000 homes") up, and the bound is the word of direction. A level with no bound, or about a value ("ca. 90
pct."), has no direction; a measured status ("Over 90 pct. af borgerne er tilfredse") has no aim; a level with
a baseline or a change takes its direction from those, and a status that meets the bound already is no
baseline. Sentences written for this test."""

from __future__ import annotations

import pytest

from sudgoals import extract_text
from sudgoals.model import Direction, TargetKind

MUST = [
    ("da", "Sygefraværet skal ligge under 12 dage pr. medarbejder i 2026.", Direction.DOWN, "under"),
    ("da", "Ventetiden på en plejebolig må højst være 4 uger.", Direction.DOWN, "højst være"),
    ("da", "Andelen af unge i uddannelse skal være mindst 90 pct. i 2028.", Direction.UP, "mindst"),
    ("nb", "Sykefraværet skal ikke overstige 6 prosent i 2026.", Direction.DOWN, "ikke overstige"),
    (
        "nb",
        "Minst 85 prosent av elevene skal fullføre videregående opplæring innen 2030.",
        Direction.UP,
        "Minst",
    ),
    ("sv", "Sjukfrånvaron ska vara under 6 procent 2026.", Direction.DOWN, "under"),
    ("sv", "Självfinansieringsgraden ska uppgå till minst 70 procent.", Direction.UP, "minst"),
    ("en", "Waiting times must be no more than 18 weeks by 2027.", Direction.DOWN, "no more than"),
    ("en", "Sickness absence should be below 8 days per employee by 2026.", Direction.DOWN, "below"),
    ("en", "At least 90% of pupils should reach the expected standard by 2027.", Direction.UP, "At least"),
]

MUST_NOT = [
    ("da", "Over 90 pct. af borgerne er tilfredse med hjælpen."),  # a measured status: no aim
    ("en", "Fewer than 5% of calls were abandoned last year."),
    ("da", "Andelen skal være ca. 90 pct. i 2028."),  # about a value: no way to go
    ("en", "The recycling rate should be 55% by 2030."),  # no bound
]


@pytest.mark.parametrize(("lang", "text", "way", "word"), MUST, ids=[t[1][:50] for t in MUST])
def test_a_bound_on_a_level_aimed_at_is_its_direction(
    lang: str, text: str, way: Direction, word: str
) -> None:
    (target,) = extract_text(text, language=lang).targets
    assert target.kind is TargetKind.LEVEL and not target.status
    assert target.direction is way
    assert target.direction_words[-1] == word and target.directions[-1] is way
    assert target.rules[-1] == "engine.bound-direction"


@pytest.mark.parametrize(("lang", "text"), MUST_NOT, ids=[t[1][:50] for t in MUST_NOT])
def test_a_level_without_an_aimed_bound_keeps_no_direction(lang: str, text: str) -> None:
    for target in extract_text(text, language=lang).targets:
        assert target.direction is None
        assert "engine.bound-direction" not in target.rules


def test_a_level_with_a_baseline_takes_its_direction_from_the_baseline() -> None:
    text = "Sygefraværet skal ligge under 12 dage i 2026. I 2024 var det 14 dage."
    (target,) = extract_text(text, language="da").targets
    assert target.baseline is not None and target.direction is Direction.DOWN
    assert "engine.bound-direction" not in target.rules


@pytest.mark.parametrize(
    ("lang", "text", "way"),
    [
        ("da", "Sygefraværet skal ligge under 12 dage i 2026. I 2024 var det 10 dage.", Direction.DOWN),
        ("da", "Kassebeholdningen skal udgøre mindst 150 mio. kr. I 2024 var den 212 mio. kr.", Direction.UP),
        ("en", "The share must be at least 60%. It was 64% in 2024.", Direction.UP),
    ],
)
def test_a_bound_the_status_meets_already_is_no_change_from_it(lang: str, text: str, way: Direction) -> None:
    """A floor or ceiling the status after it meets already: no start for a change (that read "mindst 150"
    after 212 as a fall), the level keeps the way of its bound."""
    (target,) = extract_text(text, language=lang).targets
    assert target.kind is TargetKind.LEVEL and target.baseline is None
    assert target.direction is way and target.rules[-1] == "engine.bound-direction"
