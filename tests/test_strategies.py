"""The public hypothesis strategies: argument validation, registration, and what they render."""

from __future__ import annotations

import doctest
import re
from fractions import Fraction
from importlib.metadata import entry_points

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import sudgoals.strategies as strategies_module
from sudgoals.algebra import evaluate
from sudgoals.interval import Interval
from sudgoals.lang import load
from sudgoals.model import Direction, Span, Target, TargetKind, Verdict
from sudgoals.numbers import read_figure
from sudgoals.strategies import (
    RenderedTarget,
    consistent_targets,
    figures,
    inconsistent_targets,
    intervals,
    target_sentences,
    write_number,
)


def test_doctests() -> None:
    result = doctest.testmod(strategies_module)
    assert result.attempted >= 2
    assert result.failed == 0


def test_entry_point_is_declared() -> None:
    names = [ep.value for ep in entry_points(group="hypothesis")]
    assert "sudgoals.strategies:_hypothesis_setup_hook" in names


@given(st.from_type(Interval))
def test_registered_type_strategy(iv: Interval) -> None:
    assert isinstance(iv, Interval)
    assert not iv.empty


@pytest.mark.parametrize(
    "make",
    [
        lambda: intervals(min_value=2, max_value=1),
        lambda: intervals(max_denominator=0),
        lambda: intervals(min_value=0.5),  # type: ignore[arg-type]
        lambda: figures(unit="year"),
        lambda: figures(unit="nonsense"),
        lambda: figures(language="de"),
        lambda: figures(min_value=5, max_value=1),
        lambda: figures(max_decimals=-1),
        lambda: consistent_targets(min_baseline=0),
        lambda: consistent_targets(min_baseline=10, max_baseline=5),
        lambda: consistent_targets(rounding="exact"),
        lambda: consistent_targets(rounding="whatever"),
        lambda: inconsistent_targets(language="sv"),
        lambda: target_sentences(language="de"),
        lambda: target_sentences(max_baseline=0),
    ],
)
def test_arguments_are_validated_up_front(make: object) -> None:
    with pytest.raises(InvalidArgument):
        make()  # type: ignore[operator]


@given(intervals(min_value=-3, max_value=3, allow_unbounded=False))
def test_intervals_respect_bounds(iv: Interval) -> None:
    assert iv.lower >= -3  # type: ignore[operator]
    assert iv.upper <= 3  # type: ignore[operator]


def test_write_number() -> None:
    assert write_number(Fraction(1200), 0) == "1.200"
    assert write_number(Fraction(1200), 0, grouping="") == "1200"
    assert write_number(Fraction(1200), 0, grouping=" ") == "1 200"
    assert write_number(Fraction(7, 5), 2) == "1,40"
    assert write_number(Fraction(1234567, 100), 2, language="en") == "12,345.67"
    with pytest.raises(ValueError, match="decimals"):
        write_number(Fraction(1, 3), 2)


def _target(r: RenderedTarget) -> Target:
    unit = "pct." if r.language == "da" else "per cent"
    return Target(
        id="s",
        span=Span(path="s", line=1, column=1, end_line=1, end_column=1, quote=r.text),
        indicator=r.indicator,
        kind=TargetKind.CHANGE,
        direction=r.direction,
        absolute=read_figure(r.absolute_text, language=r.language),
        relative=read_figure(f"{r.relative_text} {unit}", language=r.language),
        verdict=Verdict.UNVERIFIABLE,
        language=r.language,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("language", ["da", "en"])
@given(data=st.data())
def test_sentences_state_what_they_say(language: str, data: st.DataObject) -> None:
    r = data.draw(target_sentences(language=language))
    assert r.text == r.clean_text
    assert r.absolute_text in r.text
    assert r.relative_text in r.text
    assert r.indicator in r.text
    words = ("flere", "færre") if language == "da" else ("more", "fewer")
    assert words[0 if r.direction is Direction.UP else 1] in r.text
    absolute = read_figure(r.absolute_text, language=language)
    assert absolute.value == r.absolute
    assert absolute.placeholder == (r.absolute is None)
    relative = read_figure(r.relative_text, language=language)
    assert relative.value == r.relative
    assert r.placeholder == (r.absolute is None or r.relative is None)
    verdict = evaluate(_target(r)).verdict
    assert verdict is (Verdict.UNRESOLVED if r.placeholder else Verdict.CONSISTENT)


@given(target_sentences(language="da", placeholders=False, hedges=False, max_baseline=10**6))
def test_danish_marks(r: RenderedTarget) -> None:
    assert r.absolute is not None
    if r.absolute >= 1000:
        assert "." in r.absolute_text
    if r.relative is not None and r.relative.denominator != 1:
        assert "," in r.relative_text


@given(target_sentences(language="da", ocr=True))
def test_ocr_damage_uses_the_confusion_classes(r: RenderedTarget) -> None:
    classes = load("da").ocr
    pattern = ""
    for ch in r.clean_text:
        key = ch.lower()
        if key in classes:
            options = [re.escape(o) for o in classes[key]] + [re.escape(o.upper()) for o in classes[key]]
            pattern += "(?:" + "|".join(sorted(set(options), key=len, reverse=True)) + ")"
        else:
            pattern += re.escape(ch)
    # a stray dot may follow the relative figure
    loose = pattern.replace(re.escape(" "), r"\.? ")
    assert re.fullmatch(loose, r.text)
    assert r.ocr


def test_ocr_damage_happens() -> None:
    found: list[str] = []

    @given(target_sentences(language="da", ocr=True))
    def collect(r: RenderedTarget) -> None:
        if r.text != r.clean_text:
            found.append(r.text)

    collect()
    assert found
