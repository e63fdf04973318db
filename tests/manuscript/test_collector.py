"""manuscript.collector: the cyclic garbage collector paused over a block, and restored as the caller had it."""
from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from zhen_qa.manuscript.collector import collector_paused


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    was = gc.isenabled()
    try:
        yield
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
        kept = [[object()] for _ in range(10)]
    assert gc.isenabled()
    if not gc.get_freeze_count():  # what the block left alive is in the oldest generation, not walked again soon
        assert any(o is kept for o in gc.get_objects(generation=2))


def test_the_collector_is_back_on_after_an_error() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("bad input")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_inner_pause_leaves_the_decision_to_the_outer_one() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_objects_the_caller_froze_stay_frozen() -> None:
    gc.enable()
    gc.freeze()
    frozen = gc.get_freeze_count()
    with collector_paused():
        pass
    assert gc.get_freeze_count() >= frozen > 0


def test_cycles_made_inside_are_collected_once_the_collector_runs() -> None:
    gc.enable()

    class Node:
        pass

    with collector_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        del a, b
        assert any(type(o) is Node for o in gc.get_objects())  # nothing collected while paused
    gc.collect()
    assert not any(type(o) is Node for o in gc.get_objects())
