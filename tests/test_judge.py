"""The judge (issue 13, "one judge step"): extraction and spec loading make unjudged targets, verdicts and
implied baselines are set in one place (``sudgoals.judge``), once per paper in the pipeline, and each distinct
target is evaluated once."""

from __future__ import annotations

import doctest
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sudgoals.algebra
import sudgoals.judge
from sudgoals import pipeline
from sudgoals import strategies as sg
from sudgoals.algebra import evaluate
from sudgoals.config import Config
from sudgoals.extract import engine, extract_text, extract_unjudged
from sudgoals.judge import UNJUDGED, judge, judge_paper, judge_targets, verdict_key
from sudgoals.model import Document, Paper, Target, Verdict
from sudgoals.numbers import Policy
from sudgoals.specs import dump_spec, load_spec, load_unjudged, loads_spec, loads_unjudged

SPECS = Path(__file__).resolve().parent.parent / "specs"

# targets of every source the extractor has: the sentence reader alone, a pattern rule of the cascade over
# two sentences, a placeholder; consistent, inconsistent and unresolved once judged
PAPER = (
    "Antallet af hjemløse skal falde med 150, et fald på 18 pct.\n\n"
    "Sygefraværet skal reduceres med 10 pct. Dermed kommer det ned på 5,4 pct.\n\n"
    "Antallet af indlæggelser skal falde fra 1.250 til 1.100, et fald på 20 pct.\n\n"
    "Andelen af unge i job skal stige til X pct.\n"
)
JUDGED = [Verdict.CONSISTENT, Verdict.CONSISTENT, Verdict.INCONSISTENT, Verdict.UNRESOLVED]


def _assert_unjudged(paper: Paper) -> None:
    assert paper.targets
    for target in paper.targets:
        assert target.verdict is UNJUDGED, target.id
        assert target.implied_baseline is None, target.id


class _Counting:
    """``algebra.evaluate`` with a count of the calls per verdict key."""

    def __init__(self) -> None:
        self.calls: Counter[tuple[object, ...]] = Counter()

    def __call__(self, target: Target, policy: Policy = sudgoals.algebra.DEFAULT_POLICY) -> Target:
        self.calls[verdict_key(target)] += 1
        return evaluate(target, policy)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> _Counting:
    counter = _Counting()
    monkeypatch.setattr(sudgoals.algebra, "evaluate", counter)
    monkeypatch.setattr(sudgoals.judge, "_MEMO", {})  # nothing remembered from other tests
    return counter


# ------------------------------------------------------------------------------------- unjudged extraction


def test_extraction_internals_return_unjudged_targets(counting: _Counting) -> None:
    document = Document("paper.txt", PAPER)
    inner = engine.extract_document(document)  # the sentence reader and the cascade
    outer = extract_unjudged(document)  # and the goal statements
    for paper in (inner, outer):
        _assert_unjudged(paper)
        assert [t.rules[-1] for t in paper.targets] == [
            "da.pairs.change-then-its-percent",  # a change in people and in percent, linked by a rule
            "da.discourse.change-then-level-claim",
            "da.claims.from-to-then-change",  # a from-to and its change, linked by a rule
            "engine.sentence",
        ]
    assert not counting.calls  # nothing was evaluated on the way
    assert outer.targets == inner.targets
    assert [t.verdict for t in judge_paper(outer).targets] == JUDGED


def test_spec_loading_internals_return_unjudged_targets(counting: _Counting, tmp_path: Path) -> None:
    spec = dump_spec(extract_text(PAPER, path="paper.txt"))
    counting.calls.clear()  # the judged extraction above
    _assert_unjudged(loads_unjudged(spec, "paper.toml"))
    (tmp_path / "paper.toml").write_text(spec, encoding="utf-8")
    _assert_unjudged(load_unjudged(tmp_path / "paper.toml"))
    _assert_unjudged(load_unjudged(SPECS / "grundlag-2014-2017.toml"))
    assert not counting.calls


def test_public_functions_still_promise_judged_targets(tmp_path: Path) -> None:
    paper = extract_text(PAPER, path="paper.txt")
    assert [t.verdict for t in paper.targets] == JUDGED
    assert str(paper.targets[0].implied_baseline and paper.targets[0].implied_baseline.low) == "811"
    spec = dump_spec(paper)
    (tmp_path / "paper.toml").write_text(spec, encoding="utf-8")
    for loaded in (loads_spec(spec, "paper.toml"), load_spec(tmp_path / "paper.toml")):
        assert [t.verdict for t in loaded.targets] == JUDGED
        assert [t.implied_baseline for t in loaded.targets] == [t.implied_baseline for t in paper.targets]


# ------------------------------------------------------------------------------ once per paper, per target


def test_the_pipeline_evaluates_each_distinct_target_once(
    counting: _Counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged: list[int] = []
    original = sudgoals.judge.judge_paper

    def judge_once(paper: Paper, policy: Policy = sudgoals.judge.DEFAULT_POLICY) -> Paper:
        judged.append(len(paper.targets))
        return original(paper, policy)

    monkeypatch.setattr(sudgoals.judge, "judge_paper", judge_once)
    text = "\n\n".join([PAPER] * 5)  # each target five times, on other lines
    paper = pipeline.check_document(Document("paper.txt", text), Config.defaults())
    assert [t.verdict for t in paper.targets] == JUDGED * 5
    assert judged == [20]  # one judge step for the paper
    distinct = {verdict_key(t) for t in paper.targets}
    assert len(distinct) == 4
    assert counting.calls == dict.fromkeys(distinct, 1)
    # the same paper again: every verdict is remembered
    again = pipeline.check_document(Document("again.txt", text), Config.defaults())
    assert [t.verdict for t in again.targets] == JUDGED * 5
    assert sum(counting.calls.values()) == 4


def test_a_spec_is_judged_once_under_the_configured_policy(
    counting: _Counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged: list[Policy] = []
    original = sudgoals.judge.judge_paper

    def judge_once(paper: Paper, policy: Policy = sudgoals.judge.DEFAULT_POLICY) -> Paper:
        judged.append(policy)
        return original(paper, policy)

    monkeypatch.setattr(sudgoals.judge, "judge_paper", judge_once)
    config = Config.defaults().merged(hedges="none")
    paper = pipeline.load_paper(SPECS / "grundlag-udkast.toml", config)
    assert judged == [config.policy()]  # not under the default policy first
    assert max(counting.calls.values()) == 1
    assert sum(counting.calls.values()) == len({verdict_key(t) for t in paper.targets})
    for target in paper.targets:
        done = evaluate(target, config.policy())
        assert (target.verdict, target.implied_baseline) == (done.verdict, done.implied_baseline)


# ----------------------------------------------------------------------------------- the judge and evaluate


@given(
    sg.consistent_targets() | sg.inconsistent_targets(),
    st.sampled_from(["standard", "none", "wide"]),
    st.sampled_from(["nearest", "truncate"]),
)
def test_judge_gives_what_evaluate_gives(target: Target, hedges: str, rounding: str) -> None:
    policy = Policy.from_names(rounding=rounding, hedges=hedges)
    done = evaluate(target, policy)
    for judged in (judge(target, policy), judge_targets([target, target], policy)[1]):
        assert (judged.verdict, judged.implied_baseline) == (done.verdict, done.implied_baseline)
        # only the verdict and the implied baseline are set
        assert judged.model_copy(update={"verdict": target.verdict, "implied_baseline": None}) == (
            target.model_copy(update={"implied_baseline": None})
        )


def test_judging_again_changes_nothing() -> None:
    paper = extract_text(PAPER)
    again = judge_paper(paper)
    assert again.targets == paper.targets
    empty = Paper(path="x.txt", language="da", targets=[])
    assert judge_paper(empty) is empty


def test_the_key_holds_what_decides_a_verdict() -> None:
    first, *_ = extract_text(PAPER).targets
    same_elsewhere = first.model_copy(update={"id": "other", "indicator": "andet", "year": 2030})
    assert verdict_key(same_elsewhere) == verdict_key(first)
    # figures are read back in the target's language when judged, so the language is part of the key
    assert verdict_key(first.model_copy(update={"language": "en"})) != verdict_key(first)
    assert verdict_key(first.model_copy(update={"direction": None})) != verdict_key(first)


def test_doctests() -> None:
    result = doctest.testmod(sudgoals.judge, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_a_spec_reads_its_figures_under_the_configured_policy_as_extraction_does(tmp_path: Path) -> None:
    # a spec was read under the default policy and then judged again under the configured one; a target with
    # a placeholder kept the default policy's intervals ("480" exact, though counts round to nearest)
    text = "480 flere borgere klarer sig bedre. Det svarer til en stigning på X pct.\n"
    (tmp_path / "paper.toml").write_text(dump_spec(extract_text(text, path="paper.txt")), encoding="utf-8")
    config = Config.defaults().merged(count_rounding="nearest")
    extracted = pipeline.check_document(Document("paper.txt", text), config).targets[0]
    loaded = pipeline.load_paper(tmp_path / "paper.toml", config).targets[0]
    assert loaded.verdict is extracted.verdict is Verdict.UNRESOLVED
    assert loaded.absolute is not None
    assert extracted.absolute is not None
    assert (loaded.absolute.low, loaded.absolute.high) == (extracted.absolute.low, extracted.absolute.high)
    assert (str(loaded.absolute.low), str(loaded.absolute.high)) == ("959/2", "961/2")
