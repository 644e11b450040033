"""A count aimed at in a sentence whose subject is empty ("Der skal højst være 300 langtidsledige", "There
should be at least 120 places", "The aim is that no more than 300 people are ...") names what it counts after
its number: that is the indicator, not the "der"/"there" before it or the clause the sentence opens with.
Sentences written for this test in Danish, Norwegian, Swedish and English (none from a real paper), read with
their language given, as ``check`` reads a paper in that language."""

from __future__ import annotations

import pytest

from sudgoals import extract_text

# fmt: off
CASES = [
    ("da", "Der skal højst være 300 langtidsledige i december 2025.", "langtidsledige", 300),
    ("da", "Der skal være mindst 120 pladser i 2026.", "pladser", 120),
    ("nb", "Det skal være minst 120 barnehageplasser i 2026.", "barnehageplasser", 120),
    ("nb", "Det skal høyst være 300 langtidsledige innen 2026.", "langtidsledige", 300),
    ("sv", "Det ska finnas minst 120 förskoleplatser år 2026.", "förskoleplatser", 120),
    ("en", "There should be at least 120 places by 2026.", "places", 120),
    ("en", "We will continue the fall so that there are no more than 300 long-term unemployed by December 2025.",
     "long-term unemployed", 300),
    ("en", "The aim is that no more than 300 people are long-term unemployed by 2025.",
     "people are long-term unemployed", 300),
    ("en", "There will be no more than 300 families in temporary accommodation by 2027.",
     "families in temporary accommodation", 300),
    # a bound on a count of people ("personer", "ansatte": words that otherwise count no target) is a level
    ("da", "Mindst 300 personer skal i job i 2026.", "personer skal i job", 300),
    ("nb", "Minst 300 personer skal i jobb innen 2026.", "personer skal i jobb", 300),
    ("sv", "Väntelistan ska högst vara 300 personer år 2026.", "Väntelistan", 300),
    # a count that is to exist, after the dummy subject, a modal and a bound verb: a level aimed at
    ("en", "There should be 300 apprentices by 2027.", "apprentices", 300),
    ("sv", "Det ska vara 300 lärlingar år 2027.", "lärlingar", 300),
    # a bound before the copula of a clause of aim ("så der højst er 300", "at det høyst er 300")
    ("da", "Vi vil fortsætte faldet, så der højst er 300 langtidsledige i december 2025.", "langtidsledige", 300),
    ("da", "Målet er, at der højst er 300 langtidsledige i 2025.", "langtidsledige", 300),
    ("nb", "Målet er at det høyst er 300 langtidsledige i 2025.", "langtidsledige", 300),
    ("sv", "Målet är att det högst är 300 långtidsarbetslösa år 2025.", "långtidsarbetslösa", 300),
    # a subject of its own stays the indicator
    ("da", "Ventelisten skal højst være 300 personer i 2026.", "Ventelisten", 300),
    ("en", "The waiting list should be no more than 300 people by 2026.", "waiting list", 300),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "indicator", "level"), CASES)
def test_a_count_with_an_empty_subject_names_what_it_counts(
    lang: str, text: str, indicator: str, level: int
) -> None:
    (target,) = extract_text(text, language=lang).targets
    assert target.level is not None and target.level.value == level
    assert target.indicator == indicator


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "I 2024 var mindst 500 personer i job."),
        ("da", "Der deltog mindst 40 personer i mødet."),
        ("da", "Mødet havde ca. 40 deltagere."),
        ("nb", "Minst 40 personer deltok på møtet i 2024."),
        ("sv", "Minst 40 personer deltog i mötet 2024."),
        ("en", "At least 40 staff attended the meeting in 2024."),
        ("en", "There were 300 apprentices in 2024."),
        ("da", "Der er over 300 ansatte i forvaltningen."),
        ("sv", "Det är över 300 anställda i förvaltningen."),
    ],
)
def test_a_count_of_people_stated_as_a_fact_is_no_target(lang: str, text: str) -> None:
    assert extract_text(text, language=lang).targets == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sygefravær 2024: 7,1 pct.", "da"),
        ("Ventetid (dage) | 38 | 30", "da"),
        ("Mål 2030: 560 bostäder", "sv"),
        ("Vi vill att arbetslösheten är 4 procent.", "sv"),
    ],
)
def test_a_short_line_is_told_by_its_letters(text: str, lang: str) -> None:
    """ "æ" and "ø" (Danish and Norwegian), "ä" and "ö" (Swedish) tell a line too short for any common word."""
    from sudgoals.extract.engine import detect_language

    assert detect_language(text) == lang
