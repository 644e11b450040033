"""Small value classes with ``__slots__``, as ``@dataclass(frozen=True, slots=True)`` makes them (and
:class:`Record`, as ``@dataclass(slots=True)`` makes them).

A dataclass writes and compiles its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and the frozen
``__setattr__`` when its module is imported, about a millisecond a class on every cold ``sudgoals check``.
A class that derives from :class:`Frozen` lists its fields in ``__slots__``, writes its own ``__init__``
(setting each field with ``object.__setattr__``), and gets the rest here, computed from ``__slots__``: the
same ``repr``, equality and hash (of the tuple of fields, in order), ``FrozenInstanceError`` on assignment,
and pickling and copying by field (through the class's ``__init__``, which takes each field by its name).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, ClassVar, TypeVar

__all__ = ["Frozen", "Record", "field_names", "replace"]

_F = TypeVar("_F", bound="_Fields")


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of ``cls``, in order: its ``__slots__``; for a class mypyc compiled, which keeps none of its
    own (it would inherit the base's empty one), the attributes mypyc lists for it."""
    own = cls.__dict__.get("__slots__")
    if own is not None:
        return (own,) if isinstance(own, str) else tuple(own)
    compiled = cls.__dict__.get("__mypyc_attrs__")
    if compiled is not None:
        return tuple(name for name in compiled if not name.startswith("__"))
    inherited: tuple[str, ...] = getattr(cls, "__slots__", ())
    return inherited


def _fields_found_later(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """``_fields_of`` for a class whose fields are known only once it is made (compiled by mypyc)."""
    found: list[Callable[[Any], tuple[Any, ...]]] = []

    def fields(obj: Any) -> tuple[Any, ...]:
        if not found:
            names = field_names(cls)
            if len(names) == 1:
                only = attrgetter(names[0])
                found.append(lambda o: (only(o),))
            elif names:
                found.append(attrgetter(*names))
            else:
                found.append(lambda o: ())
        return found[0](obj)

    return fields


class _Fields:  # noqa: PLW1641 - each base below says how it hashes
    """What both bases share: the fields are the ``__slots__``, in order; ``repr``, equality and pickling
    by field."""

    __slots__ = ()
    _fields_of: ClassVar[staticmethod[[Any], tuple[Any, ...]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names = field_names(cls)
        if not names and "__slots__" not in cls.__dict__:
            # a class mypyc compiled (hatch_build.py): it keeps no ``__slots__`` of its own, and mypyc lists
            # its attributes only once the class is made, so they are looked up on first use
            cls._fields_of = staticmethod(_fields_found_later(cls))
        elif not names:  # a base without fields of its own (``Record``, ``Frozen``)
            cls._fields_of = staticmethod(lambda obj: ())
        elif len(names) == 1:
            only = attrgetter(names[0])
            cls._fields_of = staticmethod(lambda obj: (only(obj),))
        else:
            cls._fields_of = staticmethod(attrgetter(*names))

    def __repr__(self) -> str:
        names = field_names(type(self))
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields_of(self) == self._fields_of(other)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self._fields_of(self)))

    def __replace__(self: _F, /, **changes: Any) -> _F:
        """A copy with ``changes``, made through the class's own ``__init__`` (``copy.replace`` from
        Python 3.13, as ``dataclasses.replace`` for a dataclass)."""
        names = field_names(type(self))
        values = dict(zip(names, self._fields_of(self), strict=True))
        unknown = changes.keys() - values.keys()
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        values.update(changes)
        return type(self)(**values)


class Record(_Fields):
    """The base of a mutable value class whose fields are its ``__slots__``, in order, as
    ``@dataclass(slots=True)`` makes it: ``repr`` and equality by field, unhashable, plain assignment."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # mutable: unhashable, as a dataclass


class Frozen(_Fields):
    """The base of a frozen value class whose fields are its ``__slots__``, in order."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._fields_of(self))

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")


def replace(obj: _F, /, **changes: Any) -> _F:
    """``obj`` with new values for some fields, checked by its ``__init__`` (``dataclasses.replace`` for the
    classes of this module)."""
    return obj.__replace__(**changes)


def _rebuild(cls: type[_Fields], values: tuple[Any, ...]) -> _Fields:
    """An object of ``cls`` from its field values in order (pickling and copying), made by its ``__init__``
    with each field by name, as :func:`replace` makes one: a class compiled by mypyc refuses
    ``object.__new__`` (its ``__new__`` runs its ``__init__``), so every class is made the one way."""
    return cls(**dict(zip(field_names(cls), values, strict=True)))
