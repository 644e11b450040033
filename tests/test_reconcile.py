"""Reconciliation across drafts: matching, overlap, drift, appeared/vanished; seeds with the pipeline."""

from __future__ import annotations

import pytest

from sudgoals.model import Direction, Severity, Verdict
from sudgoals.reconcile import (
    BASELINE_DRIFT_NAME,
    compare,
    compare_chain,
    drift_findings,
    normalize_indicator,
    similarity,
)
from test_report import (
    DOC_A,
    DOC_B,
    count,
    paper,
    percent,
    placeholder_percent,
    target,
    targets_a,
    targets_b,
    whole,
)


def test_normalize_folds_danish_letters_and_ocr_stand_ins_alike() -> None:
    clean = normalize_indicator("udsatte københavnere får anvist en bolig.")
    assert clean == normalize_indicator("Udsatte KØBENHAVNERE får anvist en bolig")
    assert normalize_indicator("færre") == normalize_indicator("feerre") == normalize_indicator("faerre")
    assert normalize_indicator("f@rre") == normalize_indicator("færre")
    assert normalize_indicator("bestå 9. klasse!") == "besta 9 klasse"


def test_similarity_tolerates_ocr_damage_but_separates_goals() -> None:
    assert (
        similarity("udsatte københavnere får anvist en bolig", "udsatte kgbenhavnere far anvist en bolig")
        >= 90
    )
    assert similarity("unge skal bestå 9. klasse", "unge begår alvorlig kriminalitet") < 65
    assert similarity("", "noget") == 0


def _by_old(comparison_matches: list, old_id: str):  # type: ignore[no-untyped-def]
    return next(m for m in comparison_matches if m.old == old_id)


def test_compare_matches_changes_overlaps_and_lone_goals() -> None:
    comp = compare(paper(DOC_A, targets_a()), paper(DOC_B, targets_b()))
    assert comp.old == DOC_A
    assert comp.new == DOC_B
    # every target appears exactly once
    assert sorted(m.old for m in comp.matches if m.old) == ["a1", "a2", "a3", "a4"]
    assert sorted(m.new for m in comp.matches if m.new) == ["b1", "b2", "b3", "b4"]

    housing = _by_old(comp.matches, "a1")
    assert housing.new == "b1"
    assert housing.status == "changed"
    assert housing.old_figures == "150 / 18 pct."
    assert housing.new_figures == "165 / ca. 20 pct."
    assert housing.overlap is not None
    assert (housing.overlap.low, housing.overlap.high) == (811, 846)
    assert not housing.drift
    assert housing.score == 100

    evictions = _by_old(comp.matches, "a2")
    assert evictions.new == "b2"
    assert evictions.overlap is not None
    assert (evictions.overlap.low, evictions.overlap.high) == (517, 545)

    work = _by_old(comp.matches, "a4")
    assert work.new == "b3"
    assert work.status == "unchanged"

    vanished = _by_old(comp.matches, "a3")
    assert vanished.new is None
    assert vanished.status == "vanished"
    appeared = next(m for m in comp.matches if m.new == "b4")
    assert appeared.old is None
    assert appeared.status == "appeared"
    assert drift_findings(comp) == []


def test_compare_same_paper_is_all_unchanged() -> None:
    comp = compare(paper(DOC_A, targets_a()), paper(DOC_B, targets_a(DOC_B)))
    assert [m.status for m in comp.matches] == ["unchanged"] * 4
    assert all(m.old == m.new for m in comp.matches)


def test_ocr_damaged_indicator_still_matches() -> None:
    damaged = [
        target(
            DOC_A,
            "o1",
            53,
            "udsatte kgbenhavnere far anvist en bolig",
            count(150),
            percent("18 pct.", "18"),
            whole(811, 857),
        ),
        target(
            DOC_A, "o2", 55, "udsattelser pa arsplan", count(90), percent("17 pct.", "17"), whole(515, 545)
        ),
    ]
    comp = compare(paper(DOC_A, damaged), paper(DOC_B, targets_b()))
    assert _by_old(comp.matches, "o1").new == "b1"
    assert _by_old(comp.matches, "o2").new == "b2"


def test_order_breaks_ties_between_equal_indicators() -> None:
    old = [
        target(
            DOC_A,
            "x1",
            1,
            "flere borgere",
            None,
            placeholder_percent(),
            None,
            Verdict.UNRESOLVED,
            goal_number=1,
        ),
        target(
            DOC_A,
            "x2",
            2,
            "flere borgere",
            None,
            placeholder_percent(),
            None,
            Verdict.UNRESOLVED,
            goal_number=2,
        ),
    ]
    new = [
        target(
            DOC_B,
            "y2",
            2,
            "flere borgere",
            None,
            placeholder_percent(),
            None,
            Verdict.UNRESOLVED,
            goal_number=2,
        ),
        target(
            DOC_B,
            "y1",
            1,
            "flere borgere",
            None,
            placeholder_percent(),
            None,
            Verdict.UNRESOLVED,
            goal_number=1,
        ),
    ]
    comp = compare(paper(DOC_A, old), paper(DOC_B, new))
    assert {(m.old, m.new) for m in comp.matches} == {("x1", "y1"), ("x2", "y2")}


def test_threshold_controls_what_counts_as_the_same_goal() -> None:
    old = [
        target(DOC_A, "a", 1, "unge skal bestå 9. klasse", count(10), percent("5 pct.", "5"), whole(196, 205))
    ]
    new = [
        target(
            DOC_B,
            "b",
            1,
            "unge begår alvorlig kriminalitet",
            count(10),
            percent("5 pct.", "5"),
            whole(196, 205),
        )
    ]
    assert [m.status for m in compare(paper(DOC_A, old), paper(DOC_B, new)).matches] == [
        "appeared",
        "vanished",
    ]
    loose = compare(paper(DOC_A, old), paper(DOC_B, new), threshold=0)
    assert [m.status for m in loose.matches] == ["unchanged"]
    with pytest.raises(ValueError, match="threshold"):
        compare(paper(DOC_A, old), paper(DOC_B, new), threshold=101)


def test_direction_change_counts_as_changed() -> None:
    old = [
        target(
            DOC_A,
            "a",
            1,
            "udsættelser",
            count(90),
            percent("17 pct.", "17"),
            whole(515, 545),
            direction=Direction.DOWN,
        )
    ]
    new = [
        target(
            DOC_B,
            "b",
            1,
            "udsættelser",
            count(90),
            percent("17 pct.", "17"),
            whole(515, 545),
            direction=Direction.UP,
        )
    ]
    assert compare(paper(DOC_A, old), paper(DOC_B, new)).matches[0].status == "changed"


def test_drift_is_an_error_finding_at_the_new_target() -> None:
    old = [
        target(
            DOC_A,
            "a",
            5,
            "udsatte københavnere får anvist en bolig",
            count(150),
            percent("18 pct.", "18"),
            whole(811, 857),
        )
    ]
    new = [
        target(
            DOC_B,
            "b",
            9,
            "udsatte københavnere får anvist en bolig",
            count(150),
            percent("8 pct.", "8"),
            whole(1819, 2000),
        )
    ]
    comp = compare(paper(DOC_A, old), paper(DOC_B, new))
    (match,) = comp.matches
    assert match.drift
    assert match.overlap is None
    (found,) = drift_findings(comp)
    assert found.name == BASELINE_DRIFT_NAME
    assert found.severity == Severity.ERROR
    assert found.code.startswith("SG")
    assert (found.path, found.line, found.target) == (DOC_B, 9, "b")
    assert found.data["old_baseline_low"] == "811"
    assert found.data["new_baseline_low"] == "1819"
    assert set(found.messages) == {"da", "en"}
    # a list of comparisons works too
    assert len(drift_findings([comp, comp])) == 2


def test_unknown_baseline_is_not_drift() -> None:
    old = [
        target(DOC_A, "a", 5, "brugere er tilfredse", None, placeholder_percent(), None, Verdict.UNRESOLVED)
    ]
    new = [target(DOC_B, "b", 9, "brugere er tilfredse", count(10), percent("8 pct.", "8"), whole(118, 133))]
    comp = compare(paper(DOC_A, old), paper(DOC_B, new))
    assert not comp.matches[0].drift
    assert comp.matches[0].status == "changed"
    assert drift_findings(comp) == []


def test_compare_chain() -> None:
    papers = [paper(DOC_A, targets_a()), paper(DOC_B, targets_b()), paper("c.txt", targets_b("c.txt"))]
    chain = compare_chain(papers)
    assert [(c.old, c.new) for c in chain] == [(DOC_A, DOC_B), (DOC_B, "c.txt")]
    assert all(m.status == "unchanged" for m in chain[1].matches)


# ------------------------------------------------------------------------------------------------- seeds


def _extract(key: str):  # type: ignore[no-untyped-def]
    from seeds import seed_path

    path = seed_path(key)
    pipeline = pytest.importorskip("sudgoals.pipeline")
    config_mod = pytest.importorskip("sudgoals.config")
    return pipeline.load_paper(str(path), config_mod.Config())


def _figures(matches, status=None):  # type: ignore[no-untyped-def]
    return {(m.old_figures, m.new_figures) for m in matches if status is None or m.status == status}


def test_seed_000_to_003() -> None:
    comp = compare(_extract("000"), _extract("003"))
    pairs = {(m.old_figures, m.new_figures): m for m in comp.matches}
    housing = pairs[("150 / 18 pct.", "165 / ca. 20 pct.")]
    assert housing.overlap is not None
    assert (housing.overlap.low, housing.overlap.high) == (811, 846)
    evictions = pairs[("90 / 17 pct.", "80 / ca. 15 pct.")]
    assert evictions.overlap is not None
    assert (evictions.overlap.low, evictions.overlap.high) == (517, 545)
    unchanged = {m.old_figures for m in comp.matches if m.status == "unchanged"}
    assert {"100 / 24 pct.", "300 / 1,4 pct.", "730 / 5 pct."} <= unchanged
    vanished = [m for m in comp.matches if m.status == "vanished"]
    assert any("klasse" in normalize_indicator(m.indicator) for m in vanished)
    appeared = [m for m in comp.matches if m.status == "appeared"]
    assert sum(1 for m in appeared if m.new_figures and "X" in m.new_figures) == 4
    assert drift_findings(comp) == []


def test_seed_003_to_002_no_changes() -> None:
    comp = compare(_extract("003"), _extract("002"))
    statuses = [m.status for m in comp.matches]
    # the same ten goals, unchanged; the web page's two extra "150 flere ... 18. pct." snippets restate goal 1
    # and are listed as repeated, which is not a change
    assert statuses.count("unchanged") == 10
    assert statuses.count("repeated") == 2
    assert set(statuses) == {"unchanged", "repeated"}
    assert not any(m.drift for m in comp.matches)
