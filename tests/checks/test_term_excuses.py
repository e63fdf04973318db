"""Tests of checks.term_excuses: the ordered registry of term-missing excuses and the benchmarks' switch."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_excuses import EXCUSES, switched
from zhen_qa.glossary.model import Concept

DEPRESSION = Concept("dep", "抑郁症", "depression")
ZH = ["抑郁症在老年人中很常见。"]
SAID = ["Depressive disorders are common among the elderly."]  # the term said by its adjective: excused
LEFT = ["Anxiety disorders are common among the elderly."]  # the term left out: reported


def missing(en: list[str]) -> list[str]:
    return term_missing(gl(DEPRESSION), ZH, en)


def test_names_are_unique_and_sides_valid() -> None:
    names = [e.name for e in EXCUSES]
    assert len(names) == len(set(names))
    assert all(e.side in ("zh", "en", "both") for e in EXCUSES)
    assert all(e.example.strip() and e.name.strip() for e in EXCUSES)
    assert {e.name for e in EXCUSES if e.learns} == {"sibling-said", "object-said", "act-said-by-inner", "object-left",
                                                   "event-said"}


def test_the_switch_counts_what_each_excuse_silences() -> None:
    with switched() as silenced:
        assert missing(SAID) == []
    assert sum(silenced.values()) == 1  # one candidate, silenced by the first excuse that applies
    (first,) = silenced
    assert next(e for e in EXCUSES if e.name == first).side in ("en", "both")
    with switched() as silenced:
        assert len(missing(LEFT)) == 1
    assert not silenced  # nothing excused what is reported


def test_switching_off_every_excuse_that_applies_reports_the_candidate() -> None:
    off: set[str] = set()
    while True:
        with switched(off) as silenced:
            found = missing(SAID)
        if found:
            break
        assert silenced and not off.intersection(silenced)  # an excuse switched off silences nothing
        off.update(silenced)
    assert off and len(found) == 1 and "抑郁症" in found[0]
    assert missing(SAID) == []  # the switch lasts for its block only


def test_the_switch_refuses_an_unknown_name_and_is_restored_after_an_error() -> None:
    with pytest.raises(ValueError, match="no such excuse: nope"):
        with switched({"nope"}):
            pass
    with pytest.raises(RuntimeError):
        with switched({e.name for e in EXCUSES}):
            raise RuntimeError
    assert missing(SAID) == []


def test_only_benchmarks_switch_excuses() -> None:
    """The command line and the library never switch an excuse off: `switched` is the benchmarks' hook."""
    root = Path(__file__).resolve().parents[2]
    library = [p for d in ("aligner", "checks", "glossary", "manuscript", "report") for p in (root / d).rglob("*.py")]
    library += list((root / "zhen_qa").glob("*.py"))
    assert len(library) > 100
    users = [p.name for p in library if "switched(" in p.read_text(encoding="utf-8")]
    assert users == ["term_excuses.py"]


def test_the_registry_is_its_groups_in_order() -> None:
    """Order is behaviour: the groups are joined in a fixed order, the first excuse of the first group first."""
    from zhen_qa.checks.term_excuses_context import CONTEXT
    from zhen_qa.checks.term_excuses_kept import KEPT

    assert EXCUSES[0] is KEPT[0] and EXCUSES[0].name == "kept-original"
    assert EXCUSES[-1] is CONTEXT[-1] and EXCUSES[-1].name == "following-pointed"
    assert len(EXCUSES) == 157  # 155 at the split, + verb-time-clause and following-pointed (gs62)
