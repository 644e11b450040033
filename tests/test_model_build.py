"""``model.trusted`` and ``model.replace`` are pydantic's ``model_construct``/``model_copy`` made cheap for the
extractor's hot path; these tests hold them to pydantic's own results, field order and fields set included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from sudgoals import strategies as sg
from sudgoals.config import Config
from sudgoals.model import (
    Document,
    Figure,
    Finding,
    ListNumber,
    Paper,
    Report,
    Severity,
    Span,
    Target,
    replace,
    trusted,
)


def _same(a: BaseModel, b: BaseModel) -> None:
    assert type(a) is type(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())  # order too: dumps follow it
    assert a.model_fields_set == b.model_fields_set
    assert a.__pydantic_extra__ == b.__pydantic_extra__
    assert a.__pydantic_private__ == b.__pydantic_private__
    assert a.model_dump_json() == b.model_dump_json()
    assert a == b


def _fields(model: BaseModel) -> dict[str, Any]:
    return {name: getattr(model, name) for name in model.model_fields_set}


@given(sg.consistent_targets() | sg.inconsistent_targets())
def test_trusted_builds_what_model_construct_builds(target: Target) -> None:
    values = _fields(target)
    _same(trusted(Target, **values), Target.model_construct(**values))
    validated = Target.model_validate(target.model_dump())
    built = trusted(Target, **_fields(validated))
    _same(built, validated)


@given(sg.consistent_targets(), st.integers(1, 99), st.text(max_size=20))
def test_replace_copies_as_model_copy_does(target: Target, number: int, indicator: str) -> None:
    update = {"goal_number": number, "indicator": indicator}
    before = target.model_dump_json()
    _same(replace(target, **update), target.model_copy(update=update))
    assert target.model_dump_json() == before  # the original is untouched
    assert replace(target, **update).model_fields_set >= target.model_fields_set | {"goal_number"}


def test_defaults_and_factories_are_fresh() -> None:
    span = trusted(Span, path="p", line=1, column=1, end_line=1, end_column=2, quote="x")
    _same(span, Span.model_construct(path="p", line=1, column=1, end_line=1, end_column=2, quote="x"))
    assert (span.page, span.start, span.end) == (None, 0, 0)
    a = trusted(
        Finding, code="SG101", name="n", severity=Severity.ERROR, path="p", line=1, column=1, message="m"
    )
    b = trusted(
        Finding, code="SG101", name="n", severity=Severity.ERROR, path="p", line=1, column=1, message="m"
    )
    assert a.messages == {} and a.messages is not b.messages  # a default factory runs per object
    number = trusted(ListNumber, number=3, span=span)
    _same(number, ListNumber(number=3, span=span))
    paper = trusted(Paper, path="p", language="da", targets=[])
    _same(paper, Paper.model_construct(path="p", language="da", targets=[]))


@given(st.text(alphabet="ab\n\r", max_size=30), st.data())
def test_document_span_builds_what_pydantic_builds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pages = data.draw(st.sampled_from([(), (0,), (0, len(text) // 2)]))
    doc = Document("d.txt", text, page_starts=pages)
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    expected = Span(
        path="d.txt",
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        page=doc.page(start),
        quote=text[start:end],
        start=start,
        end=end,
    )
    _same(doc.span(start, end), expected)


def _check_path_outputs(text: str, path: str) -> tuple[Paper, list[Finding], Report]:
    from sudgoals import pipeline

    config = Config.defaults()
    paper = pipeline.check_document(Document(path, text), config)
    findings = pipeline.check_paper(paper, config)
    return paper, findings, pipeline.build_report([paper], findings, config)


def _texts() -> list[tuple[str, str]]:
    root = Path(__file__).resolve().parent.parent
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((root / "examples").glob("*.txt"))]
    found += [
        (p.name, p.read_text(encoding="utf-8"))
        for p in sorted((root / "tests" / "rule_examples").glob("*.txt"))
    ]
    return found


def test_everything_a_check_builds_is_what_validation_builds() -> None:
    """The check path builds papers, findings and the report without validation (no schema is built on a
    cold start); each must be identical to a validated copy of itself."""
    from seeds import SEED_NAMES, seed_path

    texts = _texts() + [
        (name, seed_path(key).read_text(encoding="utf-8")) for key, name in SEED_NAMES.items()
    ]
    for name, text in texts:
        paper, findings, report = _check_path_outputs(text, name)
        assert Paper.model_validate(paper.model_dump()) == paper, name
        for finding in findings:
            assert Finding.model_validate(finding.model_dump()) == finding, (name, finding.code)
        dumped = report.model_dump(by_alias=True)
        assert Report.model_validate(dumped).model_dump(by_alias=True) == dumped, name


def test_default_config_is_the_validated_default() -> None:
    _same(Config.defaults(), Config())
    assert Config.defaults().merged() is not None
    assert Config.defaults().merged(rounding=None) == Config()


@given(sg.figures(unit="percent") | sg.figures(unit="count") | sg.figures(unit="percent", language="en"))
def test_read_figures_are_valid_models(written: sg.WrittenFigure) -> None:
    from sudgoals.numbers import read_figure

    figure = read_figure(written.text, language=written.language)
    assert Figure.model_validate(figure.model_dump()) == figure


def test_the_collector_is_paused_only_inside_a_check() -> None:
    import gc

    from sudgoals._gc import collector_paused
    from sudgoals.extract import extract_text

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still paused, and not resumed by the inner block
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    extract_text("150 flere borgere får en bolig. Det svarer til en stigning på 18 pct.")
    assert gc.isenabled()
    try:
        with collector_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()  # restored after an error too


def test_shared_fields_sets_do_not_leak_between_models() -> None:
    """Models built by ``trusted``, ``replace`` and ``Document.span`` share their set of fields set; a
    ``model_copy`` with an update must change only the copy's."""
    from sudgoals.model import Document, ListNumber, replace, trusted

    doc = Document("x.txt", "150 flere\n")
    first, second = doc.span(0, 3), doc.span(4, 9)
    assert first.model_fields_set == second.model_fields_set
    a = trusted(ListNumber, number=1, span=first)
    b = trusted(ListNumber, number=2, span=second)
    copied = first.model_copy(update={"page": 3})
    assert copied.page == 3 and first.page is None
    assert second.model_fields_set == first.model_fields_set
    moved = replace(a, number=5)
    assert moved.number == 5 and a.number == 1 and b.number == 2
    assert a.model_fields_set == b.model_fields_set == {"number", "span"}
