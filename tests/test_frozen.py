"""``sudgoals._frozen.Frozen`` gives what ``@dataclass(frozen=True, slots=True)`` gives, field for field."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sudgoals._frozen import Frozen
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
