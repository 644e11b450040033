"""The model classes are plain slotted classes that the pipeline builds without validation, with pydantic
twins (``sudgoals._validated``) as their validated face: these tests hold each plain object to a validated
copy of itself, the dumps to the twins', and the plain classes to what the pydantic models did (equality,
immutability, copies, pickling, defaults)."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sudgoals import strategies as sg
from sudgoals._validated import plain, twin, validated
from sudgoals.config import Config
from sudgoals.model import (
    Document,
    Figure,
    Finding,
    ListNumber,
    Model,
    Paper,
    Report,
    Severity,
    Span,
    Target,
    replace,
    trusted,
)


def _fields(model: Model) -> dict[str, Any]:
    return {name: getattr(model, name) for name in model.__slots__}


def _same(a: Model, b: Model) -> None:
    assert type(a) is type(b)
    assert list(_fields(a).items()) == list(_fields(b).items())
    assert a.model_dump_json() == b.model_dump_json()
    assert a == b and hash(a) == hash(b) if not isinstance(a, Paper | Finding) else a == b


@given(sg.consistent_targets() | sg.inconsistent_targets())
def test_a_plain_target_is_its_validated_twin(target: Target) -> None:
    twin_target = validated(target)
    assert type(twin_target) is twin(Target) and isinstance(twin_target, pydantic.BaseModel)
    again = twin(Target).model_validate(twin_target.model_dump())
    assert again == twin_target  # the twin built without validation is what validation builds
    assert again.model_dump_json() == target.model_dump_json()
    _same(plain(again), target)
    _same(Target.model_validate(target.model_dump()), target)
    _same(Target.model_validate_json(target.model_dump_json()), target)
    _same(trusted(Target, **_fields(target)), target)
    _same(Target.model_construct(**_fields(target)), target)


@given(sg.consistent_targets(), st.integers(1, 99), st.text(max_size=20))
def test_replace_copies_as_model_copy_does(target: Target, number: int, indicator: str) -> None:
    update = {"goal_number": number, "indicator": indicator}
    before = target.model_dump_json()
    _same(replace(target, **update), target.model_copy(update=update))
    assert target.model_dump_json() == before  # the original is untouched
    copied = replace(target, **update)
    assert (copied.goal_number, copied.indicator) == (number, indicator)
    assert validated(copied) == validated(target).model_copy(update=update)


@given(sg.consistent_targets())
def test_models_are_immutable_and_copy_and_pickle_by_value(target: Target) -> None:
    with pytest.raises(pydantic.ValidationError):
        target.indicator = "other"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        del target.indicator
    for again in (pickle.loads(pickle.dumps(target)), copy.copy(target), copy.deepcopy(target)):
        _same(again, target)
    assert target != target.model_copy(update={"goal_number": 99})
    assert target != validated(target)  # a plain object is not its twin (as two model classes were not)
    assert repr(target).startswith("Target(id=")


def test_defaults_and_factories_are_fresh() -> None:
    span = trusted(Span, path="p", line=1, column=1, end_line=1, end_column=2, quote="x")
    _same(
        span,
        Span.model_validate(
            {"path": "p", "line": 1, "column": 1, "end_line": 1, "end_column": 2, "quote": "x"}
        ),
    )
    assert (span.page, span.start, span.end) == (None, 0, 0)
    a = trusted(
        Finding, code="SG101", name="n", severity=Severity.ERROR, path="p", line=1, column=1, message="m"
    )
    b = trusted(
        Finding, code="SG101", name="n", severity=Severity.ERROR, path="p", line=1, column=1, message="m"
    )
    assert a.messages == {} and a.messages is not b.messages  # a default factory runs per object
    assert a.suggestions == [] and a.suggestions is not b.suggestions
    number = trusted(ListNumber, number=3, span=span)
    _same(number, ListNumber.model_validate({"number": 3, "span": span.model_dump()}))
    paper = trusted(Paper, path="p", language="da", targets=[])
    _same(paper, Paper.model_validate({"path": "p", "language": "da", "targets": []}))
    with pytest.raises(pydantic.ValidationError):
        Span.model_validate(
            {"path": "p", "line": 0, "column": 1, "end_line": 1, "end_column": 2, "quote": "x"}
        )
    with pytest.raises(TypeError):  # a float is never exact (raised by the twin's validator, as before)
        Figure.model_validate({"text": "1", "value": 0.1, "low": None, "high": None, "unit": "count"})


@given(st.text(alphabet="ab\n\r", max_size=30), st.data())
def test_document_span_builds_what_the_constructor_builds(text: str, data: st.DataObject) -> None:
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
    _same(Span.model_validate(expected.model_dump()), expected)


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
        assert Paper.model_validate(paper) == paper, name
        for finding in findings:
            assert Finding.model_validate(finding.model_dump()) == finding, (name, finding.code)
        dumped = report.model_dump(by_alias=True)
        assert Report.model_validate(dumped).model_dump(by_alias=True) == dumped, name


def test_default_config_is_the_validated_default() -> None:
    assert Config.defaults() == Config() == Config.model_validate({})
    assert Config.defaults().model_dump() == Config(select=("ALL",)).model_dump()
    assert Config.defaults().merged() is not None
    assert Config.defaults().merged(rounding=None) == Config()
    merged = Config().merged(select="SG1", severity={"SG101": "info"})
    assert merged == Config(select=("SG1",), severity={"SG101": Severity.INFO})
    assert pickle.loads(pickle.dumps(merged)) == merged and copy.copy(merged) == merged
    assert Config().model_copy(update={"language": "en"}).language == "en"


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


def test_every_plain_class_has_the_fields_of_its_twin_in_order() -> None:
    """The plain classes and their pydantic twins are written apart (``sudgoals.model``,
    ``sudgoals._validated``): the same fields in the same order (the JSON contract's), the same docstrings
    (the schema's descriptions) and the same defaults."""
    import inspect

    import sudgoals.model as model_module
    from sudgoals._validated import _TWINS

    for name, twin_class in _TWINS.items():
        plain_class = getattr(model_module, name)
        assert tuple(twin_class.model_fields) == plain_class.__slots__, name
        assert list(plain_class.model_fields) == list(plain_class.__slots__), name
        assert twin_class.__doc__ == plain_class.__doc__, name
        parameters = inspect.signature(plain_class.__init__).parameters
        for field_name, info in twin_class.model_fields.items():
            parameter = parameters[field_name]
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (name, field_name)
            if info.is_required():
                assert parameter.default is inspect.Parameter.empty, (name, field_name)
            elif info.default_factory is not None:
                assert parameter.default is None, (name, field_name)  # None: a new empty one each time
            else:
                assert parameter.default == info.default, (name, field_name)
