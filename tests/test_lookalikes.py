"""A share of the target itself is how far a goal has come, not a figure of a target: "lidt over halvdelen af
målet", "19 per cent of the year's target", "drygt hälften av målet", "45 pct. af målet for 2027" are no
relative change and no level (before, "640 flere ..., svarende til lidt over halvdelen af målet" was read as
a pair of 640 and 50 percent). A share of a group named with a compound of the target noun ("af målgruppen",
"of the target group") is still a share. Sentences written for this test."""

from __future__ import annotations

import pytest

from sudgoals import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "absolute"),
    [
        (
            "da",
            "Ved udgangen af 2025 var 640 flere borgere kommet i job, svarende til lidt over halvdelen af målet.",
            640,
        ),
        ("en", "By March 2025, 640 more people were in work, just over half of the target.", 640),
        ("sv", "Hittills har 640 fler personer fått arbete, vilket är drygt hälften av målet.", 640),
        ("nb", "Hittil har 640 flere personer kommet i arbeid, som er drøyt halvparten av målet.", 640),
        ("en", "So far 19 per cent of the year's target has been met.", None),
        ("en", "Only 37 new homes were finished last year, 15% of the target.", 37),
        ("da", "Vi har nået 45 pct. af målet for 2027.", None),
        ("sv", "Hittills har kommunen nått 60 procent av målet.", None),
        ("nb", "Kommunen har så langt nådd 60 prosent av målet.", None),
    ],
)
def test_a_share_of_the_target_is_no_figure_of_a_target(lang: str, text: str, absolute: int | None) -> None:
    paper = extract_text(text, language=lang)
    assert all(t.relative is None and t.level is None for t in paper.targets), paper.targets
    assert [t.absolute.value for t in paper.targets if t.absolute is not None] == (
        [absolute] if absolute is not None else []
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "80 pct. af målgruppen skal være i job eller uddannelse i 2027."),
        ("en", "At least 60% of the target group should be reached by 2027."),
        ("nb", "Minst 70 prosent av målgruppen skal ha fått tilbud innen 2027."),
    ],
)
def test_a_share_of_a_target_group_is_still_a_level(lang: str, text: str) -> None:
    (target,) = extract_text(text, language=lang).targets
    assert target.level is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2023 we delivered 310 homes against a target of 350."),
        ("da", "I 2023 blev der opført 310 boliger mod et mål på 350."),
        ("nb", "I 2023 ble det bygget 310 boliger mot et mål på 350."),
        ("sv", "År 2023 byggdes 310 bostäder mot ett mål på 350."),
    ],
)
def test_a_count_against_its_target_is_where_it_stands_and_when(lang: str, text: str) -> None:
    """The count is where the indicator stood in the year the sentence opens with; that year is not the year
    aimed at (it gave a false 'target year outside the paper's period' warning)."""
    from sudgoals import check_text

    report = check_text(text)
    (target,) = report.documents[0].targets
    assert target.baseline is not None and target.level is not None
    assert (target.baseline.value, target.level.value) == (310, 350)
    assert (target.reference_year, target.year) == (2023, None)
    assert not [f for f in report.findings if f.code == "SG601"]
