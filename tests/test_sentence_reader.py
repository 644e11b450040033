"""The sentence reader keeps nothing from one sentence to the next: every link across sentences is a discourse
rule of the cascade (``sudgoals/lang/<code>/rules.toml``), as data with examples.

Property: what the reader claims in two sentences read together is what it claims in each read alone, in order
(the targets with their figures, and the figures it could not tie). The sentences are those of the forms battery
(``tests/test_forms.py``), in all four languages, paired at random.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sudgoals.extract import engine, extract_text
from sudgoals.model import Document
from test_forms import DA, EN, NB, SV

_BY_LANGUAGE: dict[str, list[str]] = {}
for _param in (*NB, *SV, *DA, *EN):
    _lang, _text, _ = _param.values
    _BY_LANGUAGE.setdefault(str(_lang), []).append(str(_text))

_PAIRS = st.sampled_from(sorted(_BY_LANGUAGE)).flatmap(
    lambda lang: st.tuples(
        st.just(lang), st.sampled_from(_BY_LANGUAGE[lang]), st.sampled_from(_BY_LANGUAGE[lang])
    )
)


def _claims(lang: str, text: str) -> tuple[list[Any], list[str]]:
    """The sentence reader's own claims (no cascade): each target's kind and figures as written, and the
    figures it left free."""
    paper = engine._Extractor(Document("t", text), lang, None).run()
    targets = [
        (t.kind, *(None if f is None else f.text for f in (t.absolute, t.relative, t.level, t.baseline)))
        for t in paper.targets
    ]
    return targets, [f.text for f in paper.unlinked]


@settings(max_examples=300, deadline=None)
@given(_PAIRS)
def test_two_sentences_read_together_are_each_read_as_alone(pair: tuple[str, str, str]) -> None:
    lang, first, second = pair
    alone_first, alone_second = _claims(lang, first), _claims(lang, second)
    together = _claims(lang, f"{first} {second}")
    assert together == (alone_first[0] + alone_second[0], alone_first[1] + alone_second[1])


def test_the_reader_has_no_slots_for_state_between_sentences() -> None:
    reader = engine._Extractor(Document("t", "150 flere borgere skal i job."), "da", None)
    kept = set(vars(reader)) if hasattr(reader, "__dict__") else set()
    assert not kept & {"pending", "pending_toks", "_last_count", "_awaiting", "_stated_now"}


def test_the_links_across_sentences_are_made_by_named_rules() -> None:
    pair = extract_text(
        "150 flere udsatte borgere får en bolig. Det svarer til en stigning på 18 pct."
    ).targets
    assert [(t.absolute and t.absolute.value, t.relative and t.relative.value) for t in pair] == [(150, 18)]
    assert pair[0].rules == ("engine.sentence", "da.discourse.pair-stated-next")
    level = extract_text(
        "Målet er, at 95 pct. af en ungdomsårgang gennemfører en ungdomsuddannelse senest i 2030. "
        "I 2022 var andelen 86 pct."
    ).targets
    assert [
        (t.baseline and t.baseline.value, t.level and t.level.value, t.reference_year) for t in level
    ] == [(86, 95, 2022)]
    assert level[0].rules[-1] == "da.discourse.level-then-baseline"
