from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_other_sense import SENSE_MAX, other_senses
from zhen_qa.glossary.model import Concept

AGENT = Concept("agent", "代理", "agent", en_admitted=("agents",))
TRACING = Concept("tracing", "追踪", "tracing", en_admitted=("traced",), zh_deprecated=("跟踪",))


def test_a_deprecated_form_in_another_sense_is_no_deprecated_use() -> None:
    # 跟踪 is deprecated for tracing; "tailing the logs" = 跟踪日志 is the word's other sense (CC-CEDICT: tail)
    g = gl(TRACING)
    zh = ["代理通过跟踪容器写入的日志来收集数据。"]
    found = run(g, zh, ["The agent collects data by tailing the logs containers write."])
    assert only(found, "term-variant") == []
    found = run(g, ["用于跟踪函数的执行时间。"], ["It is used to track the time a function takes."])
    assert only(found, "term-variant") == []


def test_a_deprecated_form_where_the_english_says_the_concept_is_still_reported() -> None:
    # the English says tracing (and also "track"): 跟踪 is the deprecated word for the concept
    g = gl(TRACING)
    found = run(g, ["跟踪可以帮助你理解请求。"], ["Tracing helps you track requests."])
    assert len(only(found, "term-variant")) == 1
    # the English says neither: reported as before
    found = run(g, ["跟踪可以帮助你理解请求。"], ["It helps you understand requests."])
    assert len(only(found, "term-variant")) == 1


def test_a_deprecated_form_the_file_pairs_with_the_concept_is_still_reported() -> None:
    # 跟踪 = "tracing" in one bead: the file's 跟踪 is tracing, so 跟踪 beside "track" in the next is its use
    g = gl(TRACING)
    zh = ["跟踪可以帮助你理解请求。", "跟踪每个请求的耗时。"]
    en = ["Tracing helps you understand requests.", "It can track the time of each request."]
    assert len(only(run(g, zh, en), "term-variant")) == 2


def test_the_other_sense_claimed_by_another_chinese_word_is_still_reported() -> None:
    # the one "track" is 径迹's (CC-CEDICT: track, a trajectory): 跟踪 beside it has no other-sense word left
    g = gl(TRACING)
    found = run(g, ["跟踪粒子的径迹。"], ["It records the particle track."])
    assert len(only(found, "term-variant")) == 1


def test_a_listed_term_said_by_another_gloss_is_still_term_missing() -> None:
    # no term-missing excuse by the lexicon's other glosses: 代理 = "proxy" is reported like 转换 = "convert" for a
    # glossary's transform (a synonym the glossary exists to report; the two cannot be told apart by the lexicon)
    g = gl(AGENT)
    zh = ["请求先经过反向代理再到达服务。"]
    en = ["Requests pass through a reverse proxy before they reach the service."]
    assert len(only(run(g, zh, en), "term-missing")) == 1


def test_a_gloss_of_sense_max_chinese_words_is_too_sweeping() -> None:
    # second60 S13: "track" glossing SENSE_MAX - 1 Chinese words names a sense; glossing SENSE_MAX, it names none
    zh2en = {"跟踪": ("track", "tail")}
    words = [chr(0x4E00 + i) * 2 for i in range(SENSE_MAX)]
    under = {"track": tuple(words[:SENSE_MAX - 1]), "tail": ("跟踪",)}
    at = {"track": tuple(words), "tail": ("跟踪",)}
    assert other_senses("跟踪", [TRACING], zh2en, under, frozenset()) == {"track", "tail"}
    assert other_senses("跟踪", [TRACING], zh2en, at, frozenset()) == {"tail"}
