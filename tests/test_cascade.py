"""The pattern rules of the extraction cascade (``sudgoals/lang/<code>/rules.toml``): every example of every
rule makes a target that records the rule, every counter-example does not; the order of the rules decides
nothing; a malformed rule is refused with its id; and the rule ids reach the report JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest

from sudgoals import check_text, extract_text, render
from sudgoals.extract import cascade
from sudgoals.extract.cascade import Element, rules_for
from sudgoals.lang import LANGUAGES
from sudgoals.model import Direction, Document, Paper, TargetKind

CASES = [
    (code, rule.id, example, must)
    for code in LANGUAGES
    for rule in rules_for(code)
    for examples, must in ((rule.examples, True), (rule.not_examples, False))
    for example in examples
]
MAKES = {rule.id: rule.makes for code in LANGUAGES for rule in rules_for(code)}


def _made_by(paper: Paper, rule_id: str) -> list[object]:
    return [t for t in paper.targets if rule_id in t.rules]


def _through(
    text: str,
    language: str | None = None,
    *,
    rules: tuple[cascade.Rule, ...] | None = None,
    set_up: Callable[[cascade._Matcher], None] | None = None,
) -> Paper:
    """The unjudged paper the reader and the cascade make of ``text``, as ``engine.extract_document`` makes
    it, with the cascade's matcher given ``rules`` and set up by the test (its settings are attributes of
    the matcher, not module globals: the compiled build reads those directly, and a test that set them
    would test nothing there)."""
    from sudgoals.extract import engine

    document = Document("<text>", text)
    code = language if language is not None else engine.detect_language(text)
    extractor = engine._Extractor(document, code, None, None)
    paper = extractor.run()
    matcher = cascade._Matcher(document, code, rules)
    if set_up is not None:
        set_up(matcher)
    return cascade.apply_rules(
        paper,
        document,
        [(b.start, b.end) for b in extractor.blocks_seen],
        None,
        counts=extractor.loose_counts,
        sentences=extractor.sentence_starts,
        matcher=matcher,
    )


def test_every_language_has_rules_with_examples() -> None:
    for code in LANGUAGES:
        rules = rules_for(code)
        assert rules, code
        assert all(r.examples and r.not_examples for r in rules), code
        assert len({r.id for r in rules}) == len(rules)


@pytest.mark.parametrize(("code", "rule_id", "text", "must"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_rule_example(code: str, rule_id: str, text: str, must: bool) -> None:
    paper = extract_text(text, language=code)
    if MAKES[rule_id] == "not_target":  # a fact: its figure kept among the facts, in no target
        facts = {(f.span.start, f.span.end) for f in paper.facts if f.span is not None}
        in_targets = {
            (f.span.start, f.span.end)
            for t in paper.targets
            for f in (t.absolute, t.relative, t.level, t.baseline)
            if f is not None and f.span is not None
        }
        assert (bool(facts) and not facts & in_targets) is must, (rule_id, text)
        return
    assert bool(_made_by(paper, rule_id)) is must, (rule_id, text)


def test_the_order_of_rules_decides_nothing() -> None:
    texts = [(code, text) for code, _rule, text, _must in CASES]
    before = [_through(text, code).model_dump() for code, text in texts]
    after = [
        _through(text, code, rules=tuple(reversed(rules_for(code)))).model_dump() for code, text in texts
    ]
    assert before == after
    # the cascade runs here as in extract_text (which then judges the targets): the same targets
    for (code, text), made in list(zip(texts, before, strict=True))[::10]:
        extracted = extract_text(text, language=code)
        assert [t["span"] for t in made["targets"]] == [t.span.model_dump() for t in extracted.targets]


def test_a_change_and_the_level_it_leads_to_in_the_next_sentence() -> None:
    paper = extract_text(
        "Andelen af elever uden afgangsprøve skal falde med mindst 20 procent. "
        "Det svarer til en andel på højst otte procent."
    )
    (target,) = paper.targets
    assert target.relative is not None and target.relative.value == 20
    assert target.level is not None and target.level.value == 8
    assert target.rules == ("engine.sentence", "da.discourse.change-then-level")
    assert target.span.quote.endswith("højst otte procent")
    assert paper.unlinked == []  # the figure the rule used is no longer unlinked


def test_a_level_made_by_a_rule_is_judged() -> None:
    # 15 % less than a baseline b is at most 4 % when b <= 4.5/0.85: the pair holds
    paper = extract_text(
        "Ledigheden skal nedbringes med 15 pct. Det betyder, at ledigheden ikke må overstige 4 pct."
    )
    (target,) = paper.targets
    assert target.verdict.value == "consistent"
    assert target.implied_baseline is not None


def test_a_bound_level_in_swedish_and_its_indicator() -> None:
    paper = extract_text("Målet är att täckningsgraden ska uppgå till minst 70 procent.")
    assert paper.language == "sv"
    (target,) = paper.targets
    assert target.kind is TargetKind.LEVEL
    assert target.level is not None and target.level.value == 70 and target.level.hedge_kind is not None
    assert target.indicator == "täckningsgraden"
    assert target.rules == ("sv.level.bound", "engine.bound-direction")  # a floor aims up
    assert target.direction is Direction.UP


def test_a_share_stated_as_a_fact_is_no_target_and_is_kept() -> None:
    paper = extract_text("To ud af tre kommuner i landet har allerede en klimaplan.")
    assert paper.targets == []
    assert paper.unlinked == []  # a fact is no figure left unread: no SG801
    (figure,) = paper.facts
    assert figure.text == "To ud af tre"
    assert figure.value == Fraction(200, 3)


def test_stages_chain_a_change_read_by_a_rule_to_its_level() -> None:
    # "roles" reads the change the sentence reader missed; "claims" then gives it the level after "til"
    paper = extract_text(
        "Etaten forpliktet seg til å få ned det samlede fraværet med 15 prosent "
        "(korttid og langtid), til 7,4 prosent.",
        language="nb",
    )
    (target,) = paper.targets
    assert (target.relative.value, target.level.value) == (15, Fraction(37, 5))  # type: ignore[union-attr]
    assert target.rules == ("nb.roles.change-after-preposition", "nb.claims.change-then-level")


def test_the_level_a_change_reaches_is_joined_before_the_roles_rules_read_the_change() -> None:
    # "reaches" runs first, as the reader did in code: the change has its level when "up from" gives the start
    paper = extract_text(
        "The employment rate rose by 2 percentage points to 76.5%, up from 74.5% last year.", language="en"
    )
    (target,) = paper.targets
    assert (target.relative.value, target.level.value, target.baseline.value) == (  # type: ignore[union-attr]
        2,
        Fraction(153, 2),
        Fraction(149, 2),
    )
    assert target.rules == (
        "engine.sentence",
        "en.reaches.change-then-level",
        "en.roles.claim-then-where-it-started",
    )
    # a bound after the preposition is the level too, not a level target of its own
    paper = extract_text("Antallet af ledige skal falde med 1.200 personer til højst 98.300 i 2024.")
    (target,) = paper.targets
    assert (target.absolute.value, target.level.value, target.year) == (1200, 98300, 2024)  # type: ignore[union-attr]
    assert target.level.hedge_kind is not None and target.level.hedge_kind.value == "at_most"  # type: ignore[union-attr]
    assert target.direction is not None and target.direction.value == "down"
    assert target.rules == ("engine.sentence", "da.reaches.change-then-level")


@pytest.mark.parametrize(
    ("code", "text", "rule", "level"),
    [
        ("en", "Rough sleeping rose by 9% to a record 3,900 last winter.", "change-then-level", 3900),
        (
            "da",
            "Antallet af hjemløse steg med 9 pct. til rekordhøje 3.900 sidste vinter.",
            "change-then-level",
            3900,
        ),
        (
            "nb",
            "Antall bostedsløse økte med 9 prosent til rekordhøye 3 900 i fjor vinter.",
            "change-then-level",
            3900,
        ),
        (
            "sv",
            "Antalet hemlösa ökade med 9 procent till rekordhöga 3 900 förra vintern.",
            "change-then-level",
            3900,
        ),
        ("en", "Rough sleeping has risen by about 9% since 2021, to 3,900.", "change-comma-level", 3900),
        (
            "da",
            "Antallet af hjemløse er steget med ca. 9 pct. siden 2021, til 3.900.",
            "change-comma-level",
            3900,
        ),
        (
            "nb",
            "Antall bostedsløse har økt med om lag 9 prosent siden 2021, til 3 900.",
            "change-comma-level",
            3900,
        ),
        (
            "sv",
            "Antalet hemlösa har ökat med cirka 9 procent sedan 2021, till 3 900.",
            "change-comma-level",
            3900,
        ),
        ("nb", "Andelen røykere er halvert på ti år og ligger nå på 9 prosent.", "change-then-level", 9),
    ],
)
def test_the_level_a_change_reaches_after_filler_words_or_a_comma(
    code: str, text: str, rule: str, level: int
) -> None:
    # "a record", "rekordhøje" between the preposition and the figure (pattern key skips), a comma right
    # before the preposition after words of time (comma_just_before); "nå" is a baseline mark of one word
    # that does not end right before the figure (not_just_before)
    (target,) = extract_text(text, language=code).targets
    assert target.level is not None and target.level.value == level
    assert target.rules[-1] == f"{code}.reaches.{rule}"
    assert target.verdict.value == "consistent"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Rough sleeping rose by 9%, as forecast, to 3,900."),  # a comma that is not right before "to"
        ("da", "Antallet af hjemløse steg med 9 pct., som ventet, til 3.900."),
        ("nb", "Antall bostedsløse økte med 9 prosent, som ventet, til 3 900."),
        ("sv", "Antalet hemlösa ökade med 9 procent, som väntat, till 3 900."),
        (
            "da",
            "Ventetiden skal nedbringes med 10 dage fra et udgangspunkt på 45 dage.",
        ),  # a start, not a level
        ("nb", "Ventetiden skal reduseres med 10 dager fra et utgangspunkt på 45 dager."),
    ],
)
def test_no_level_reached_across_a_second_comma_or_after_a_baseline_mark(code: str, text: str) -> None:
    paper = extract_text(text, language=code)
    assert paper.targets
    assert all(t.level is None for t in paper.targets)
    assert not any(".reaches." in rule for t in paper.targets for rule in t.rules)


@pytest.mark.parametrize(
    ("code", "text", "word"),
    [
        ("da", "Ledigheden var 3,9 pct. i 2025, ned fra 4,6 pct. i 2023.", "ned"),
        ("en", "The jobless rate was 3.9% in 2025, down from 4.6% in 2023.", "down"),
        ("nb", "Ledigheten var 3,9 prosent i 2025, ned fra 4,6 prosent i 2023.", "ned"),
        ("sv", "Arbetslösheten var 3,9 procent år 2025, ner från 4,6 procent år 2023.", "ner"),
    ],
)
def test_a_bare_percent_and_where_it_came_from_take_the_word_and_both_years(
    code: str, text: str, word: str
) -> None:
    paper = extract_text(text, language=code)
    (target,) = paper.targets
    assert (target.level.value, target.baseline.value) == (Fraction(39, 10), Fraction(46, 10))  # type: ignore[union-attr]
    assert target.direction is not None and target.direction.value == "down"
    assert target.direction_words == (word,)
    assert (target.year, target.reference_year) == (2025, 2023)  # the level's year, and where it started
    assert target.rules == (f"{code}.roles.level-down-from",)
    assert paper.unlinked == []


def test_a_change_takes_the_level_a_from_to_stated_before_it_in_its_sentence() -> None:
    # the first target stays as it was; the second takes the level 4,400 and its start 8,000: 45 % down holds
    paper = extract_text(
        "Waiting lists have fallen by 12 per cent, from 5,000 to 4,400, and since 2015 by 45 per cent from 8,000.",
        language="en",
    )
    first, second = paper.targets
    assert (first.relative.value, first.baseline.value, first.level.value) == (12, 5000, 4400)  # type: ignore[union-attr]
    assert (second.relative.value, second.baseline.value, second.level.value) == (45, 8000, 4400)  # type: ignore[union-attr]
    assert second.level is first.level
    assert second.indicator == first.indicator == "Waiting lists"
    assert second.verdict.value == "consistent"
    assert second.rules[-1] == "en.restated.change-since-level-stated-before"
    assert paper.unlinked == []
    # 45 % down from 3,000 cannot end at 4,400: the change keeps its own direction and is judged inconsistent
    other = extract_text(
        "Waiting lists have fallen by 12 per cent, from 5,000 to 4,400, and since 2015 by 45 per cent from 3,000.",
        language="en",
    )
    linked = other.targets[1]
    assert (linked.baseline.value, linked.level.value) == (3000, 4400)  # type: ignore[union-attr]
    assert linked.direction is not None and linked.direction.value == "down"
    assert linked.verdict.value == "inconsistent"
    # in another unit the start is no start of that level: no link
    apart = extract_text(
        "Waiting lists have fallen by 12 per cent, from 5,000 to 4,400, and since 2015 by 45 per cent from 8,000 kr.",
        language="en",
    )
    assert all(t.level is None for t in apart.targets[1:])


def test_two_loose_counts_with_up_from_between_are_a_level_and_its_start() -> None:
    # a paper whose only figures are counts the reader left loose still goes through the rules
    paper = extract_text("Net migration hit 745,000 in 2023, up from 606,000 in 2022.", language="en")
    (target,) = paper.targets
    assert (target.level.value, target.baseline.value) == (745000, 606000)  # type: ignore[union-attr]
    assert (target.indicator, target.direction_words, target.year, target.reference_year) == (
        "Net migration",
        ("up",),
        2023,
        2022,
    )
    assert target.rules == ("en.roles.count-up-from",)
    # in another unit the second figure is no start
    assert extract_text("Net migration hit 745,000 in 2023, up from 6% in 2022.", language="en").targets == []


def test_no_rule_links_across_a_paragraph() -> None:
    paper = extract_text(
        "Ledigheden skal nedbringes med 15 pct.\n\nDet betyder, at ledigheden ikke må overstige 4 pct."
    )
    assert all("da.discourse.change-then-level" not in t.rules for t in paper.targets)


def test_placeholders_are_never_linked() -> None:
    paper = extract_text("X pct. flere borgere skal have øget livskvalitet, så man nåede op på X pct.")
    assert all(len(t.rules) == 1 for t in paper.targets)


def test_rule_ids_are_in_the_report_json() -> None:
    report = check_text("Sygefraværet skal være højst 5 pct. i 2027.")
    data = json.loads(render(report, "json", lang="en"))
    (target,) = data["documents"][0]["targets"]
    assert target["rules"] == ["da.level.bound", "engine.bound-direction"]
    assert Fraction(target["level"]["value"]) == 5


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"item": "claim", "colour": "red"}, "unknown pattern keys"),
        ({"item": "sentence"}, "item must be"),
        ({"item": "claim", "has": ["indicator"]}, "names no part"),
        ({"item": "free", "sentence": "previous"}, "sentence must be"),
    ],
)
def test_a_malformed_pattern_is_refused_with_where_it_is(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        Element.from_mapping(raw, "lang/da/rules.toml rule da.test")
    assert "da.test" in str(caught.value)


def test_the_trace_command_names_each_figure_part_and_rule(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sudgoals.cli import get_app

    paper = tmp_path / "mål.txt"
    paper.write_text(
        "Mål for sygefravær\n\nSygefraværet skal reduceres med 10 pct. Dermed kommer det ned på 5,4 pct.\n"
        "To ud af tre kommuner har en klimaplan.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(get_app(), ["trace", str(paper), "3"])
    assert result.exit_code == 0, result.output
    assert "relative: “10 pct.” = 10 [19/2, 21/2] percent" in result.output
    assert "level: “5,4 pct.” = 27/5" in result.output
    assert "rules: engine.sentence, da.discourse.change-then-level-claim" in result.output
    fact = runner.invoke(get_app(), ["trace", str(paper), "4"])
    assert "fact: “To ud af tre” = 200/3" in fact.output
    missing = runner.invoke(get_app(), ["trace", str(tmp_path / "none.txt"), "1"])
    assert missing.exit_code == 2
    assert "Traceback" not in missing.output


def test_a_level_and_the_points_that_set_it_apart_are_one_target_in_each_language() -> None:
    # the share, then the points by which it stands above, below, or better than another figure
    cases = [
        ("sv", "Sjukfrånvaron var 7,2 procent, 0,7 procentenheter över målet.", "up"),
        ("da", "Ledigheden endte på 3,8 pct., hvilket er 0,4 procentpoint under landsgennemsnittet.", "down"),
        ("nb", "Netto driftsresultat ble 2,4 prosent, som er 0,6 prosentpoeng bedre enn målet.", None),
        ("en", "Recycling reached 47.5%, 2.5 percentage points above the target.", "up"),
    ]
    for code, text, direction in cases:
        (target,) = extract_text(text, language=code).targets
        assert target.level is not None and target.relative is not None, text
        assert target.relative.unit.value == "percentage_point"
        assert (target.direction.value if target.direction else None) == direction, text
        assert target.verdict.value == "consistent"


def test_a_kpi_label_ending_in_a_goal_noun_makes_a_level_and_a_baseline_label_its_start() -> None:
    text = "Utgångsläge: Ledighet december 2024, 7,9 %,\nLedighetsmål december 2026, 6,1 %\n"
    (target,) = extract_text(text, language="sv").targets
    assert target.rules == ("sv.roles.labelled-level", "sv.claims.labelled-baseline")
    assert (target.baseline.value, target.level.value) == (Fraction(79, 10), Fraction(61, 10))  # type: ignore[union-attr]
    assert target.direction is not None and target.direction.value == "down"


@pytest.mark.parametrize("by_rule", [cascade._BY_RULE, 1], ids=["as-set", "every-block-rule-by-rule"])
def test_the_compiled_matcher_finds_what_trying_every_rule_everywhere_finds(by_rule: int) -> None:
    """``_Matcher.matches`` tries a start only with the rules whose first element its item's signature
    passes, decides the item-only conditions once per signature, and passes over an element whose words no
    sentence of the block's items holds (``_Matcher._never``): on every rule example and the
    examples/ papers it finds exactly the matches of the plain way (every rule at every start, every
    element tested in full), in the same order. A block of many items is matched rule by rule
    (``_matches_by_rule``); with the threshold at 1 every block is, and the matches are the same again."""

    def every_rule(matcher: cascade._Matcher, block: cascade._Block, stage: cascade._Stage) -> list[object]:
        # every condition read in full: no element passed over for want of words in the block (_never)
        matcher.skips_lacking = False
        try:
            return _every_rule(matcher, block, stage)
        finally:
            matcher.skips_lacking = True

    def _every_rule(matcher: cascade._Matcher, block: cascade._Block, stage: cascade._Stage) -> list[object]:
        items = block.items
        n = len(items)
        plain = [k for k in range(n) if items[k].kind != "count"]
        found: list[object] = []
        for k in range(n):
            for rule, size, names_counts, _elements in stage.rules:
                if not names_counts and items[k].kind == "count":
                    continue
                if names_counts:
                    at = tuple(range(k, k + size))
                else:
                    j = plain.index(k)
                    at = tuple(plain[j : j + size])
                if len(at) < size or at[-1] >= n:
                    continue
                previous = None
                for element, i in zip(rule.pattern, at, strict=True):
                    item = items[i]
                    holds = cascade._item_holds(element, matcher._signature_keys[matcher.signature(item)])
                    if not (holds and matcher.around(element, block, i, previous)):
                        break
                    previous = item
                else:
                    found.append((size, rule.priority, k, rule.id, at))
        return found

    compared = [0]

    def both(
        matcher: cascade._Matcher, block: cascade._Block, stage: cascade._Stage, fast: list[cascade._Match]
    ) -> None:
        assert [(m[0], m[1], m[2], m[3].id, m[4]) for m in fast] == every_rule(matcher, block, stage)
        compared[0] += len(fast)

    def set_up(matcher: cascade._Matcher) -> None:
        matcher.by_rule = by_rule
        matcher.watch = both

    for code, _rule, text, _must in CASES:
        _through(text, code, set_up=set_up)
    examples = Path(__file__).resolve().parent.parent / "examples"
    papers = [path.read_text(encoding="utf-8") for path in sorted(examples.glob("*.txt"))]
    for text in papers:
        _through(text, set_up=set_up)
    # all of them as one block: many items of many kinds, matched rule by rule at any threshold
    _through(" ".join(" ".join(papers).split()), "da", set_up=set_up)
    # a line of OCR-damaged words and free figures (the adversarial input of benchmarks/run.py): most rules
    # are skipped there for want of their words (``_Matcher._never``), with the same matches
    _through("f@rre fæerre 18 pct. øg å& " * 60, "da", set_up=set_up)
    assert compared[0] > 100
