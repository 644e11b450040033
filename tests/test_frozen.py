"""``sudgoals._frozen.Frozen`` gives what ``@dataclass(frozen=True, slots=True)`` gives, field for field, and
``Record`` what ``@dataclass(slots=True)`` gives."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sudgoals._frozen import Frozen, Record, replace
from sudgoals.errors import PolicyError, SudgoalsError
from sudgoals.model import Document
from sudgoals.numbers import HEDGE_POLICIES, Policy, Widening
from sudgoals.pipeline import FileResult
from sudgoals.report._common import Counts


class Pair(Frozen):
    __slots__ = ("left", "right")
    left: object
    right: object

    def __init__(self, left: object, right: object) -> None:
        object.__setattr__(self, "left", left)
        object.__setattr__(self, "right", right)


class One(Frozen):
    __slots__ = ("only",)
    only: object

    def __init__(self, only: object) -> None:
        object.__setattr__(self, "only", only)


@dataclass(frozen=True, slots=True)
class DataPair:
    left: object
    right: object


_values = st.one_of(st.integers(), st.text(max_size=5), st.none(), st.tuples(st.integers()))


@given(_values, _values, _values, _values)
def test_equality_hash_and_repr_are_the_dataclass_ones(a: object, b: object, c: object, d: object) -> None:
    assert (Pair(a, b) == Pair(c, d)) == (DataPair(a, b) == DataPair(c, d))
    assert hash(Pair(a, b)) == hash(DataPair(a, b))
    assert repr(Pair(a, b)) == repr(DataPair(a, b)).replace("DataPair", "Pair")
    assert Pair(a, b) != DataPair(a, b)  # another class is never equal, as between two dataclasses
    assert One(a) == One(a) and hash(One(a)) == hash((a,))


def test_assignment_is_refused_and_copies_keep_every_field() -> None:
    pair = Pair(1, "to")
    with pytest.raises(FrozenInstanceError):
        pair.left = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del pair.right
    for again in (pickle.loads(pickle.dumps(pair)), copy.copy(pair), copy.deepcopy(pair)):
        assert type(again) is Pair and again == pair and (again.left, again.right) == (1, "to")
    assert pickle.loads(pickle.dumps(One([1]))) == One([1])


def test_a_class_of_the_package_pickles_and_compares_by_its_fields() -> None:
    counts = Counts(documents=1, targets=2, errors=3, warnings=4, infos=5)
    assert pickle.loads(pickle.dumps(counts)) == counts
    assert counts != Counts(documents=1, targets=2, errors=3, warnings=4, infos=6)
    assert repr(counts) == "Counts(documents=1, targets=2, errors=3, warnings=4, infos=5)"


def test_the_values_of_the_compiled_modules_pickle_and_copy_by_field() -> None:
    """Pickling and copying make a value again through its class's ``__init__``, each field by name: a class
    the compiled build (hatch_build.py) compiled refuses ``object.__new__`` (its ``__new__`` runs its
    ``__init__``), and pickles, copies and compares there as here."""
    from sudgoals.extract import extract_text
    from sudgoals.extract.cascade import LooseCount, rules_for
    from sudgoals.extract.lexicon import PhraseHit, Role

    rules = rules_for("en")
    figure = extract_text("Burglaries should fall by 10%.", language="en").targets[0].relative
    assert figure is not None
    values = [
        rules,
        PhraseHit(Role.HEDGE_AFTER, "or more", 2, "at_least"),
        Widening(Fraction(1, 10), Fraction(0), "value"),
        LooseCount(figure, "burglaries", ""),
    ]
    for value in values:
        for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert type(again) is type(value) and again == value
    assert pickle.loads(pickle.dumps(rules))[0].pattern == rules[0].pattern
    policy = Policy(hedges=HEDGE_POLICIES["wide"])
    assert copy.copy(policy) == policy and copy.copy(policy).hedges is policy.hedges


class Cell(Record):
    __slots__ = ("left", "right")
    left: object
    right: object

    def __init__(self, left: object, right: object) -> None:
        self.left = left
        self.right = right


@dataclass(slots=True)
class DataCell:
    left: object
    right: object


@given(_values, _values, _values, _values)
def test_a_record_compares_and_shows_as_a_slotted_dataclass(
    a: object, b: object, c: object, d: object
) -> None:
    assert (Cell(a, b) == Cell(c, d)) == (DataCell(a, b) == DataCell(c, d))
    assert repr(Cell(a, b)) == repr(DataCell(a, b)).replace("DataCell", "Cell")
    assert Cell(a, b) != DataCell(a, b)


def test_a_record_is_unhashable_takes_assignment_and_copies_by_field() -> None:
    cell = Cell(1, [2])
    with pytest.raises(TypeError):
        hash(cell)
    cell.left = 3
    assert cell == Cell(3, [2])
    with pytest.raises(AttributeError):
        cell.other = 4  # type: ignore[attr-defined]  # slots: no other attribute
    for again in (pickle.loads(pickle.dumps(cell)), copy.deepcopy(cell)):
        assert type(again) is Cell and again == cell and again.right is not cell.right


def test_converted_classes_keep_their_dataclass_fields_out_of_equality() -> None:
    # fields that were ``field(compare=False)`` or ``hash=False`` as dataclasses still are
    document = Document("a.txt", "x\ny")
    assert document.position(2) == (2, 1)  # builds the line index
    assert document == Document("a.txt", "x\ny") and hash(document) == hash(Document("a.txt", "x\ny"))
    assert (
        repr(document) == "Document(path='a.txt', text='x\\ny', format='txt', page_starts=(), encoding=None)"
    )
    error = SudgoalsError("boom")
    assert FileResult("a", None, (), "boom", error) == FileResult("a", None, (), "boom")
    standard = HEDGE_POLICIES["standard"]
    assert hash(standard) == hash((standard.name, standard.description))
    assert Policy() == Policy(hedges=standard) and Policy() != Policy(hedges=HEDGE_POLICIES["wide"])
    with pytest.raises(PolicyError):
        Widening(Fraction(-1), Fraction(0))


@given(_values, _values, _values)
def test_replace_gives_what_dataclasses_replace_gives(left: object, right: object, new: object) -> None:
    made = replace(Pair(left, right), right=new)
    expected = DataPair(left, new)
    assert (made.left, made.right) == (expected.left, expected.right)
    assert made == Pair(left, new)
    assert Pair(left, right) == Pair(left, right)  # the original is untouched


def test_replace_runs_the_init_and_rejects_an_unknown_field() -> None:
    from sudgoals.rules import get_rule

    rule = get_rule("SG101")
    renamed = replace(rule, name="other-name")
    assert (renamed.code, renamed.name, renamed.en) == (rule.code, "other-name", rule.en)
    assert rule.name != "other-name"
    with pytest.raises(TypeError, match="no field 'nmae'"):
        replace(rule, nmae="x")


def test_field_names_are_the_slots_or_what_mypyc_lists() -> None:
    """A class mypyc compiles keeps no ``__slots__`` of its own (it would inherit the base's empty one) and lists
    its attributes in ``__mypyc_attrs__``: equality, hashing, ``repr`` and ``replace`` go by those, found when
    first asked for (the list is made after the class)."""
    from sudgoals._frozen import Frozen, field_names

    class Plain(Frozen):
        __slots__ = ("a", "b")

        def __init__(self, a: int, b: int) -> None:
            object.__setattr__(self, "a", a)
            object.__setattr__(self, "b", b)

    assert field_names(Plain) == ("a", "b")

    class Compiled(Frozen):  # as mypyc leaves it: attributes in the class, no __slots__ of its own
        def __init__(self, a: int, b: int) -> None:
            object.__setattr__(self, "a", a)
            object.__setattr__(self, "b", b)

    assert field_names(Compiled) == ()  # (a plain class without slots: nothing listed yet)
    Compiled.__mypyc_attrs__ = ("a", "b", "__dict__")  # type: ignore[attr-defined]
    assert field_names(Compiled) == ("a", "b")
    assert Compiled(1, 2) == Compiled(1, 2)
    assert Compiled(1, 2) != Compiled(1, 3)
    assert hash(Compiled(1, 2)) == hash(Compiled(1, 2))
    assert repr(Compiled(1, 2)).endswith("Compiled(a=1, b=2)")
