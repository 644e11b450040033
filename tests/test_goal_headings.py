"""Goals listed as headings under a stated count (issue 13, class 5): "Byrådet har fire pejlemærker for
ældreområdet." above "Pejlemærke 1 – ..." to "Pejlemærke 5 – ..." is a list of five against a count of four
(SG501), as a numbered or bulleted list is. The texts are written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sudgoals import check_text, extract_text
from sudgoals.extract import engine
from sudgoals.model import GoalList, Span

DANISH = """Ældrepolitik 2025

Byrådet har fire pejlemærker for ældreområdet.

Pejlemærke 1 – Tryghed i hverdagen

Borgerne skal føle sig trygge.

Pejlemærke 2 – Sundhed

Pejlemærke 3 – Fællesskab

Færre ældre skal være ensomme.

Pejlemærke 4 – Værdighed

Pejlemærke 5 – Boliger
"""

ENGLISH = """Our plan has three priorities for the next four years.

## Priority 1: Homes

## Priority 2: Jobs

## Priority 3: Health
"""


def test_a_count_above_goals_listed_as_headings_is_checked_against_them() -> None:
    paper = extract_text(DANISH)
    assert [(g.stated, len(g.items)) for g in paper.goal_lists] == [(4, 5)]
    assert [g.items[0].quote for g in paper.goal_lists] == ["Pejlemærke 1 – Tryghed i hverdagen"]
    codes = [f.code for f in check_text(DANISH).findings]
    assert "SG501" in codes


def test_headings_that_agree_with_the_count_give_no_finding() -> None:
    paper = extract_text(ENGLISH)
    assert [(g.stated, len(g.items)) for g in paper.goal_lists] == [(3, 3)]
    assert "SG501" not in [f.code for f in check_text(ENGLISH).findings]


def test_headings_of_another_noun_or_out_of_order_are_not_the_list() -> None:
    other = DANISH.replace("Pejlemærke", "Kapitel")
    assert extract_text(other).goal_lists == []
    shuffled = DANISH.replace("Pejlemærke 1 –", "Pejlemærke 2 –", 1)
    assert extract_text(shuffled).goal_lists == []


def _headings_searched_region_by_region(self: engine._Extractor) -> list[GoalList]:
    """The heading lists as they were read before the line pre-filter: one search per stated count."""
    out: list[GoalList] = []
    phrases = sorted(self.heading_goal_phrases, key=lambda p: p[3])
    for k, (span, stated, noun, after) in enumerate(phrases):
        stop = phrases[k + 1][3] if k + 1 < len(phrases) else len(self.text)
        items: list[Span] = []
        for m in engine._NUMBERED_HEADING.finditer(self.text, after, stop):
            if not engine._same_noun(m.group("noun").lower(), noun):
                continue
            if int(m.group("number")) != len(items) + 1:
                break
            items.append(self.doc.span(m.start("noun"), m.end("line")))
        if len(items) >= 2:
            out.append(GoalList(span=span, stated=stated, items=items))
    return out


_COUNTS = {
    "da": [
        "Byrådet har fire pejlemærker for ældreområdet.",
        "Vi har tre pejlemærker",
        "Der er 2 pejlemærker:",
    ],
    "en": ["Our plan has three priorities.", "We set 4 priorities"],
}
_HEADINGS = {
    "da": ["Pejlemærke {n} – Tryghed", "* Pejlemærke {n}", "Pejlemærker {n}", "Mål {n}", "# Pejlemærke {n}1"],
    "en": ["## Priority {n}: Homes", "Priority {n}", "Priorities {n} and", "Goal {n}"],
}
_OTHER = ["Borgerne skal føle sig trygge.", "", " \t", "Pejlemærke 1234", "Priority 2 and 3"]


def _sections(language: str) -> st.SearchStrategy[list[tuple[str, str, list[tuple[int, str]]]]]:
    """Sections of a paper: a stated count (or none), then headings of one kind numbered 1, 2, ... (now
    and then one left out), with other lines between some of them."""
    return st.lists(
        st.tuples(
            st.sampled_from(["", *_COUNTS[language]]),
            st.sampled_from(_HEADINGS[language]),
            st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["", *_OTHER])), max_size=6),
        ),
        max_size=4,
    )


@given(
    st.sampled_from(["da", "en"]).flatmap(lambda language: st.tuples(st.just(language), _sections(language))),
    st.sampled_from(["\n", "\r\n", " ", "\n\n"]),
)
def test_the_heading_lists_are_those_one_search_per_stated_count_finds(
    drawn: tuple[str, list[tuple[str, str, list[tuple[int, str]]]]], between: str
) -> None:
    language, sections = drawn
    lines: list[str] = []
    for count, heading, rows in sections:
        lines.append(count)
        for number, (skip, other) in enumerate(rows, 1):
            lines.extend((heading.format(n=number + (skip == 5)), other))
    text = between.join(lines)
    paper = extract_text(text, language=language)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine._Extractor, "_heading_lists", _headings_searched_region_by_region)
        reference = extract_text(text, language=language)
    assert paper.goal_lists == reference.goal_lists


def test_the_heading_lists_are_those_one_search_per_stated_count_finds_in_the_examples() -> None:
    for text in (DANISH, ENGLISH, DANISH.replace("\n\n", "\n"), ENGLISH + DANISH):
        paper = extract_text(text)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(engine._Extractor, "_heading_lists", _headings_searched_region_by_region)
            reference = extract_text(text)
        assert paper.goal_lists == reference.goal_lists
        assert paper.goal_lists
