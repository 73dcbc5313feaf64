"""chain._perf.quick_init.quick_dataclass keeps what a frozen dataclass promises."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from chain._perf.quick_init import quick_dataclass, quick_init
from chain.liability.model import Assessment, Capacity
from chain.vocab import L


@quick_dataclass
class Sample:
    a: str
    b: int = 3
    c: tuple[int, ...] = field(default_factory=tuple)
    d: list[int] = field(default_factory=list)


def test_defaults_factories_and_keywords():
    s = Sample("x")
    assert (s.a, s.b, s.c, s.d) == ("x", 3, (), [])
    assert Sample("x").d is not s.d  # a fresh value per instance
    assert Sample(b=4, a="y", d=[1]) == Sample("y", 4, (), [1])
    with pytest.raises(TypeError):
        Sample()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Sample("x", e=1)  # type: ignore[call-arg]


def test_signature_is_the_fields():
    import inspect

    assert list(inspect.signature(Sample).parameters) == ["a", "b", "c", "d"]
    assert list(inspect.signature(L).parameters) == ["ja", "en"]


def test_still_frozen_hashable_and_replaceable():
    s = Sample("x", 1, (2,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.a = "y"  # type: ignore[misc]
    t = L("日本語", "English")
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.ja = "x"  # type: ignore[misc]
    assert hash(t) == hash(L("日本語", "English"))
    assert {t, L("日本語", "English")} == {t}
    assert dataclasses.replace(s, b=5) == Sample("x", 5, (2,))
    assert repr(t) == "L(ja='日本語', en='English')"


def test_the_liability_models_use_it():
    c = Capacity("p", "direct", (), (L("a", "b"),))
    assert c.interpretation is None and c.via == ()
    a = Assessment("p", "party", "p", (), (c,))
    assert a.notes == () and a.exposures == ()


def test_refuses_what_it_cannot_copy():
    @dataclass
    class Mutable:
        a: int

    with pytest.raises(TypeError):
        quick_init(Mutable)

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    with pytest.raises(TypeError):
        quick_init(Slotted)


def test_the_dataclass_writes_no_init_of_its_own():
    # The __init__ is the direct one, and no generated one was made only to be replaced.
    assert Sample.__init__.__code__.co_filename == "<string>"
    assert Sample.__dataclass_params__.init is False  # type: ignore[attr-defined]
    assert L.__dataclass_params__.frozen and not L.__dataclass_params__.init  # type: ignore[attr-defined]
