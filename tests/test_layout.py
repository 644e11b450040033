"""The blanks and line ends a word processor or web page puts in a paper change nothing of what is read:
every sentence of the battery in tests/test_forms.py reads the same with a no-break space (U+00A0) or a
narrow no-break space (U+202F) between a figure and its unit or before a figure, and with Windows line ends.
(45 of these 874 variants read differently when the material scan knew only the plain space.)"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import test_forms
from sudgoals import extract_text
from sudgoals.model import Paper

VARIANTS: dict[str, Callable[[str], str]] = {
    "nbsp-after-figure": lambda s: re.sub(r"(\d) (?=[^\d\s])", "\\1\u00a0", s),
    "narrow-nbsp-after-figure": lambda s: re.sub(r"(\d) (?=[^\d\s])", "\\1\u202f", s),
    "nbsp-before-figure": lambda s: re.sub(r"(?<=[^\d\s]) (\d)", "\u00a0\\1", s),
    "crlf": lambda s: s.replace("\n", "\r\n"),
}
BATTERY = {
    "nb": test_forms.NB,
    "sv": test_forms.SV,
    "da": test_forms.DA,
    "en": test_forms.EN,
}


def _read(paper: Paper) -> list[str]:
    return sorted(
        repr(
            (
                t.kind.value,
                t.direction.value if t.direction else None,
                *(f.value if f is not None else None for f in (t.absolute, t.relative, t.level, t.baseline)),
                t.level.hedge if t.level is not None else None,
            )
        )
        for t in paper.targets
    )


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("lang", sorted(BATTERY))
def test_blanks_and_line_ends_change_nothing(lang: str, variant: str) -> None:
    change = VARIANTS[variant]
    differ = []
    tried = 0
    for param in BATTERY[lang]:
        _, text, _ = param.values
        changed = change(text)
        if changed == text:
            continue
        tried += 1
        plain, other = _read(extract_text(text, language=lang)), _read(extract_text(changed, language=lang))
        if plain != other:
            differ.append((text, plain, other))
    assert tried > 0 or variant == "crlf"
    assert not differ, differ[:3]


@pytest.mark.parametrize(
    ("lang", "text", "indicator"),
    [
        (
            "en",
            "Priority 2: Cleaner streets\nReported fly-tipping incidents fell from 4,210 to 3,870, a reduction of 8%.",
            "Reported fly-tipping incidents",
        ),
        (
            "da",
            "Mål 3: Færre ledige\nLedigheden skal falde fra 5,2 pct. til 4,5 pct. i 2027.",
            "Ledigheden",
        ),
        (
            "nb",
            "Innsatsområde 1 Helse\nSykefraværet skal ned fra 7,1 prosent til 6,0 prosent innen 2027.",
            "Sykefraværet",
        ),
        (
            "sv",
            "Fokusområde Trygghet\nAndelen invånare som känner sig trygga ska öka från 71 procent till 80 procent.",
            "Andelen invånare som känner sig trygga",
        ),
    ],
)
def test_a_heading_line_is_not_part_of_the_sentence_under_it(lang: str, text: str, indicator: str) -> None:
    """A heading has no full stop; its words are no part of what the target under it counts."""
    (target,) = extract_text(text, language=lang).targets
    assert target.indicator == indicator
    assert target.span.line == 2


def test_a_wrapped_line_of_running_text_is_not_a_heading() -> None:
    text = (
        "Kommunen har i de seneste år arbejdet målrettet med at nedbringe\n"
        "ledigheden, og målet er nu at ledigheden skal falde fra 5,2 pct. til 4,5 pct. i 2027.\n"
    )
    (target,) = extract_text(text, language="da").targets
    assert target.span.line == 1
