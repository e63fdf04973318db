"""Tests of checks.renderings_assoc: a rendering shown by the file's own usage, with no lexicon tie."""
from __future__ import annotations

from zhen_qa.checks.renderings import Bead, Renderings
from zhen_qa.checks.renderings_assoc import associated

LISTED = ("爆发", "暴发")


def beads(rows: list[tuple[str, set[str]]]) -> Renderings:
    found = [Bead((k,), text, frozenset(c), "f") for k, (text, c) in enumerate(rows)]
    return Renderings(found, "zh", {}, {})


OTHERS = [(f"第{k}组样本来自医院。", set()) for k in range(12)]
OUTBREAK = [("纽约的疫情发展迅速。", {"ob"}), ("疫情在三月扩散。", {"ob"}), ("华盛顿州的疫情来自一次输入。", {"ob"}),
            ("我们分析了疫情的起源。", {"ob"})] + OTHERS


def test_a_word_most_unlisted_beads_share_is_learned() -> None:
    """疫情 in every bead naming "outbreak" without 爆发, and in none of the others."""
    assert associated(beads(OUTBREAK), "ob", (0,), [(1,), (2,), (3,)], LISTED) == "疫情"


def test_a_word_rare_elsewhere_as_a_share_is_learned() -> None:
    """A long report: 疫情 in all four beads naming "outbreak" without 爆发, and in five of its sixty others (where
    it says "epidemic"): five is more than four, but one bead in twelve is rare beside four in four."""
    rows = OUTBREAK[:4] + [(f"第{k}周的疫情数据。", set()) for k in range(5)] \
        + [(f"第{k}组样本来自医院。", set()) for k in range(55)]
    assert associated(beads(rows), "ob", (0,), [(1,), (2,), (3,)], LISTED) == "疫情"


def test_a_question_word_of_headings_is_no_rendering() -> None:
    """A tutorial whose questions all ask "How ... the tree?" (系统发生树 said as "the tree", part of the listed
    form): "how" is a function word, never a rendering, though most of the headings naming the concept have it."""
    qs = ["How do I read a tree?", "How does the map relate to the tree?", "How should I colour the tree?",
          "How to read a tree: a video."]
    rows = [(q, {"pt"}) for q in qs] + [("How are networks related?", set())] \
        + [(f"Sample {k} came from a hospital.", set()) for k in range(20)]
    found = [Bead((k,), text, frozenset(c), "f") for k, (text, c) in enumerate(rows)]
    learner = Renderings(found, "en", {}, {})
    assert associated(learner, "pt", (0,), [(1,), (2,), (3,)], ("phylogenetic tree",)) is None


def test_too_few_beads_teach_nothing() -> None:
    assert associated(beads(OUTBREAK), "ob", (0,), [(1,), (2,)], LISTED) is None


def test_a_word_as_common_elsewhere_is_not_learned() -> None:
    """疫情 just as often in beads that do not name the concept: the file's topic, not its rendering."""
    rows = OUTBREAK[:4] + [(f"第{k}周的疫情数据。", set()) for k in range(4)]
    assert associated(beads(rows), "ob", (0,), [(1,), (2,), (3,)], LISTED) is None


def test_a_word_in_few_of_the_beads_is_not_learned() -> None:
    """疫情 in the judged bead and only two of six others: no file-wide choice."""
    rows = OUTBREAK[:4] + [("病例数增加。", {"ob"}), ("病毒传播了。", {"ob"}), ("传播链很长。", {"ob"})] + OTHERS
    assert associated(beads(rows), "ob", (0,), [(1,), (2,), (3,), (4,), (5,), (6,)], LISTED) is None


def test_the_topic_of_a_short_text_is_not_learned() -> None:
    """A five-bead abstract naming the concept in four: its topic word (中国) is in all of them by chance alone."""
    rows = OUTBREAK[:4] + [("中国的研究。", set())]
    rows = [(t.replace("疫情", "中国"), c) for t, c in rows]
    assert associated(beads(rows), "ob", (0,), [(1,), (2,), (3,)], LISTED) is None
    assert associated(beads(rows[:4] + OTHERS), "ob", (0,), [(1,), (2,), (3,)], LISTED) == "中国"


def test_a_part_of_the_listed_rendering_is_no_evidence() -> None:
    """冠状病毒 shared by the beads lacking 新型冠状病毒 is the listed form cut short, not another choice."""
    rows = [("冠状病毒传播迅速。", {"nc"}), ("冠状病毒来自蝙蝠。", {"nc"}), ("冠状病毒的序列。", {"nc"}),
            ("冠状病毒的起源。", {"nc"})] + OTHERS
    assert associated(beads(rows), "nc", (0,), [(1,), (2,), (3,)], ("新型冠状病毒",)) is None


def test_through_term_missing() -> None:
    """A file saying 疫情 for "outbreak" in every sentence: no finding; a sentence without it is still asked."""
    from tests.checks.terms_kit import gl, only, run
    from zhen_qa.glossary.model import Concept

    g = gl(Concept("ob", "爆发", "outbreak", zh_admitted=("暴发",)))
    zh = ["纽约的疫情发展迅速。", "疫情在三月扩散。", "华盛顿州的疫情来自一次输入。", "我们分析了疫情的起源。",
          "我们分析了序列数据。", "这些数据来自医院。"] + [f"第{k}组样本来自医院。" for k in range(20)]
    en = ["The New York outbreak grew fast.", "The outbreak spread in March.",
          "The Washington outbreak came from one introduction.", "We analysed the origin of the outbreak.",
          "We analysed the sequence data.", "These data came from hospitals."] \
        + [f"Group {k} samples came from hospitals." for k in range(20)]
    assert only(run(g, zh, en), "term-missing") == []
    zh[4] = "我们分析了序列。"
    en[4] = "We analysed the outbreak sequences."
    found = only(run(g, zh, en), "term-missing")
    assert [f.location.line for f in found] == [5 + len(zh) + 1], [f.message for f in found]
