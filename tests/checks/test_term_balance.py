from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks import term_balance
from zhen_qa.checks.presence import Evidence
from zhen_qa.glossary.model import Concept, Glossary

EXO = Concept("exo", "外泌体", "exosome", zh_deprecated=("外泌小体",))


def test_counts_places_overlapping_forms_once() -> None:
    assert Evidence("外泌体与外泌小体，外泌体。").count_zh(["外泌体", "外泌小体"]) == 3
    assert Evidence("安全性与安全").count_zh(["安全", "安全性"]) == 2  # 安全 inside 安全性 is one place
    assert Evidence("Stem cells and stem-cell therapy; a stem.").count_en(["stem cell", "stem"]) == 3
    assert Evidence("No such term.").count_en(["exosome"]) == 0


def test_a_window_is_the_bead_and_its_neighbours_unaligned_sentences_included() -> None:
    ms = build([(["甲。"], ["A."]), (["乙。"], []), (["丙。"], ["C."]), (["丁。"], ["D."])])
    pair = ms.pairs[0]
    zh, en = term_balance.windows(ms)[id(pair.zh[2])]
    assert [s.text.text for s in zh] == ["乙。", "丙。", "丁。"] and [s.text.text for s in en] == ["C.", "D."]
    zh, en = term_balance.windows(ms, radius=0)[id(pair.en[0])]
    assert [s.text.text for s in zh] == ["甲。"] and [s.text.text for s in en] == ["A."]


def test_short_counts_matches_and_lenient_forms_on_each_side() -> None:
    g = Glossary.build([EXO], "g.csv")
    ms = build([(["外泌体介导修复。"], ["Vesicles mediate repair."]),
                (["外泌小体很关键。"], ["Exosomal cargo is key."])])
    pair = ms.pairs[0]
    matches = {id(s): list(g.matchers().zh.find(s.text.text)) for s in pair.zh}
    matches.update({id(s): list(g.matchers().en.find(s.text.text)) for s in pair.en})
    balance = term_balance.Balance(ms, matches)
    assert [balance.count([EXO], s) for s in pair.zh] == [1, 1]  # the deprecated form counts too
    assert [balance.count([EXO], s) for s in pair.en] == [0, 1]  # "Exosomal": found leniently, not matched
    assert balance.short([EXO], "zh", pair.zh[0])  # 2 in the Chinese, 1 in the English
    assert not balance.short([EXO], "en", pair.en[1])
    assert term_balance.Balance(ms, matches, radius=0).short([EXO], "en", pair.en[1]) is False
    assert term_balance.Balance(ms, matches, radius=0).short([EXO], "zh", pair.zh[0])


def test_a_keyword_line_is_weighed_alone() -> None:
    # a keyword is not moved into the abstract's last sentence: 心理学 dropped from the English keywords stays short
    psy = Concept("psy", "心理学", "psychology")
    g = Glossary.build([psy], "g.csv")
    keywords = "surname, given name, decision-making, cross-cultural study"
    ms = build([(["本文从心理学角度讨论姓名效应。"], ["We discuss name effects from the view of psychology."]),
                (["姓氏，名字，行为决策，跨文化心理学"], [keywords])])
    pair = ms.pairs[0]
    zh, en = term_balance.windows(ms)[id(pair.zh[1])]
    assert [s.text.text for s in en] == [keywords]
    matches = {id(s): list(g.matchers().zh.find(s.text.text)) for s in pair.zh}
    matches.update({id(s): list(g.matchers().en.find(s.text.text)) for s in pair.en})
    assert term_balance.Balance(ms, matches).short([psy], "zh", pair.zh[1])
    # nor is the abstract's last sentence weighed with the keywords
    zh, en = term_balance.windows(ms)[id(pair.zh[0])]
    assert len(zh) == 1 and len(en) == 1
