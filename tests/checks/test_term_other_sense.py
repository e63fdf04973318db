from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

AGENT = Concept("agent", "代理", "agent", en_admitted=("agents",))
EXTENSION = Concept("extension", "扩展", "extension", en_admitted=("extensions",))


def test_the_characters_in_another_dictionary_sense_the_english_saying_it() -> None:
    # 代理 listed as agent; "reverse proxy" = 反向代理: the characters' other sense (CC-CEDICT: proxy), said in English
    g = gl(AGENT)
    zh = ["请求先经过反向代理再到达服务。"]
    en = ["Requests pass through a reverse proxy before they reach the service."]
    assert only(run(g, zh, en), "term-missing") == []
    g = gl(EXTENSION)
    zh, en = ["你可以进行扩展以支持新的格式。"], ["You can extend it to support new formats."]
    assert only(run(g, zh, en), "term-missing") == []


def test_a_dropped_term_is_still_reported() -> None:
    # the English says neither the agent nor the proxy: the term is dropped
    g = gl(AGENT)
    found = only(run(g, ["请求先经过代理再到达服务。"], ["Requests pass through it before they reach the service."]),
                 "term-missing")
    assert len(found) == 1


def test_the_other_sense_claimed_by_another_chinese_word_is_still_reported() -> None:
    # the English "proxy" is 委托书's (CC-CEDICT: a written proxy), not 代理's: 代理 (the agent) is dropped
    g = gl(AGENT)
    zh = ["每个代理收集数据并提交委托书。"]
    en = ["Each one collects the data and submits the proxy."]
    assert len(only(run(g, zh, en), "term-missing")) == 1


def test_twice_the_term_once_the_other_sense_is_still_reported() -> None:
    # two 代理, one "proxy": one of them is dropped
    g = gl(AGENT)
    zh = ["代理把数据发送到反向代理。"]
    en = ["It sends the data to a reverse proxy."]
    assert len(only(run(g, zh, en), "term-missing")) >= 1


TRACING = Concept("tracing", "追踪", "tracing", en_admitted=("traced",), zh_deprecated=("跟踪",))


def test_a_deprecated_form_in_another_sense_is_no_deprecated_use() -> None:
    # 跟踪 is deprecated for tracing; "tailing the logs" = 跟踪日志 is the word's other sense (CC-CEDICT: tail)
    g = gl(TRACING)
    zh = ["代理通过跟踪容器写入的日志来收集数据。"]
    found = run(g, zh, ["The agent collects data by tailing the logs containers write."])
    assert only(found, "term-variant") == []


def test_a_deprecated_form_where_the_english_says_the_concept_is_still_reported() -> None:
    # the English says tracing (and also "track"): 跟踪 is the deprecated word for the concept
    g = gl(TRACING)
    found = run(g, ["跟踪可以帮助你理解请求。"], ["Tracing helps you track requests."])
    assert len(only(found, "term-variant")) == 1
    # the English says neither: reported as before
    found = run(g, ["跟踪可以帮助你理解请求。"], ["It helps you understand requests."])
    assert len(only(found, "term-variant")) == 1


IMAGE = Concept("image", "镜像", "image", en_admitted=("images",))


def test_a_wrong_sense_where_the_file_renders_the_form_as_listed_is_still_reported() -> None:
    # 镜像 is "image" in one bead and "mirrors" in the next (CC-CEDICT: mirror): the file's 镜像 is the image, and
    # "mirrors" is the other sense chosen wrongly (eventmesh's store-with-docker page), reported
    g = gl(IMAGE)
    zh = ["从 Docker Hub 获取 RocketMQ 镜像。", "您可以列出本地已有的镜像。"]
    en = ["Pull the RocketMQ image from Docker Hub.", "You can list existing local mirrors."]
    assert len(only(run(g, zh, en), "term-missing")) == 1
    # alone, the other sense is the word's own sense in this file (a mirror), not the image dropped
    assert only(run(g, zh[1:], en[1:]), "term-missing") == []


def test_a_deprecated_form_the_file_pairs_with_the_concept_is_still_reported() -> None:
    # 跟踪 = "tracing" in one bead: the file's 跟踪 is tracing, so 跟踪 beside "track" in the next is its use
    g = gl(TRACING)
    zh = ["跟踪可以帮助你理解请求。", "跟踪每个请求的耗时。"]
    en = ["Tracing helps you understand requests.", "It can track the time of each request."]
    assert len(only(run(g, zh, en), "term-variant")) == 2
