"""Goals listed as headings under a stated count (issue 13, class 5): "Byrådet har fire pejlemærker for
ældreområdet." above "Pejlemærke 1 – ..." to "Pejlemærke 5 – ..." is a list of five against a count of four
(SG501), as a numbered or bulleted list is. The texts are written for this test."""

from __future__ import annotations

from sudgoals import check_text, extract_text

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
