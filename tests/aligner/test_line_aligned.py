"""Two line-aligned files: line pairs are the anchors of the sentence alignment."""
from __future__ import annotations

from tests.manuscript.test_lines import EN, ZH
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.manuscript.document import Pair
from zhen_qa.manuscript.lines import lengths_agree


def _line_of(pair: Pair, lang: str, k: int) -> int:
    sentences = pair.zh if lang == "zh" else pair.en
    return sentences[k].text.location().line


def test_two_sentence_lines_pair_within_their_line_and_are_noted() -> None:
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(EN) + "\n", presplit=False)
    assert any("line-aligned (6 Chinese, 6 English lines)" in n for n in ms.notes)
    (pair,) = ms.pairs
    assert len(pair.en) == 8  # the two-sentence lines are split into sentences
    for bead in pair.beads:
        assert bead.zh and bead.en  # every line is translated: nothing unpaired
        lines = {_line_of(pair, "zh", i) for i in bead.zh} | {_line_of(pair, "en", j) for j in bead.en}
        assert len(lines) == 1  # line N of one file only with line N of the other
    assert sorted((len(b.zh), len(b.en)) for b in pair.beads).count((1, 2)) == 2


def test_unrelated_files_with_equal_line_counts_are_not_taken_as_line_aligned() -> None:
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(reversed(EN)) + "\n", presplit=False)
    assert not any("line-aligned" in n for n in ms.notes)


def test_a_deleted_english_line_leaves_its_chinese_line_unpaired() -> None:
    en = EN[:2] + EN[3:]
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(en) + "\n", presplit=False)
    assert any("line-aligned (6 Chinese, 5 English lines, 1 without a counterpart)" in n for n in ms.notes)
    (pair,) = ms.pairs
    lone = [b for b in pair.beads if not b.en]
    assert [_line_of(pair, "zh", i) for b in lone for i in b.zh] == [3]
    assert all(b.zh for b in pair.beads)


ALIKE_ZH = ["目的：研究早期干预对120例患者预后的影响。", "方法：将患者随机分为治疗组和对照组，每组60例。",
            "结果：治疗组的总生存率为85%，对照组为62%。", "两组不良反应发生率相近，分别为12%和15%。",
            "随访时间为3年，失访患者共有8例。", "结论：早期干预可以改善患者的预后。"]
ALIKE_EN = ["Objective: To study the effect of early intervention on the outcome of 120 patients.",
            "Methods: Patients were randomly divided into a treatment group and a control group. "
            "Each group had 60 patients.",
            "Results: Overall survival was 85% in the treatment group and 62% in the control group.",
            "Adverse events were similar in the two groups, at 12% and 15%.",
            "Follow-up lasted 3 years. Eight patients were lost to follow-up.",
            "Conclusion: Early intervention improves the outcome of patients."]


def test_equal_counts_of_lines_alike_in_length_are_confirmed_by_aligning_the_lines() -> None:
    assert not lengths_agree(ALIKE_ZH, ALIKE_EN)  # an abstract's lines agree shifted by one too: lengths cannot tell
    ms = build_from_texts("\n".join(ALIKE_ZH) + "\n", "\n".join(ALIKE_EN) + "\n", presplit=False)
    assert any("line-aligned (6 Chinese, 6 English lines)" in n for n in ms.notes)
    (pair,) = ms.pairs
    for bead in pair.beads:
        assert bead.zh and bead.en
        lines = {_line_of(pair, "zh", i) for i in bead.zh} | {_line_of(pair, "en", j) for j in bead.en}
        assert len(lines) == 1


def test_equal_counts_of_lines_alike_in_length_that_do_not_pair_are_not_line_aligned() -> None:
    en = ALIKE_EN[3:] + ALIKE_EN[:3]  # the same lines rotated: each line's counterpart is three lines away
    ms = build_from_texts("\n".join(ALIKE_ZH) + "\n", "\n".join(en) + "\n", presplit=False)
    assert not any("line-aligned" in n for n in ms.notes)



def test_a_chinese_line_whose_translation_ends_the_english_line_before_pairs_within_that_line_pair() -> None:
    """The English writes two sentences on one line that the Chinese writes as two lines, and the line alignment
    (here given) leaves the second Chinese line alone: it joins the line pair before it, whose English has a
    sentence more than its Chinese (`line_groups`), so the sentence alignment pairs it with that sentence."""
    from zhen_qa.aligner.build import default_align
    from zhen_qa.manuscript.document import Bead

    zh = ZH[:4] + ["本研究为回顾性分析，存在选择偏倚。", "需要多中心前瞻性研究进一步验证。", ZH[5]]
    real = default_align()
    calls: list[int] = []

    def align_fn(z, e, groups=None, *, paragraphs=False):  # type: ignore[no-untyped-def]
        calls.append(len(z))
        if len(calls) == 1:  # the lines: 1-1 down to line 5, Chinese line 6 alone, line 7 with English line 6
            return [Bead((i,), (i,), 0.5) for i in range(5)] + [Bead((5,), (), 0.9), Bead((6,), (5,), 0.5)]
        return real(z, e, groups, paragraphs=paragraphs)

    ms = build_from_texts("\n".join(zh) + "\n", "\n".join(EN) + "\n", presplit=False, align_fn=align_fn)
    assert any("line-aligned (7 Chinese, 6 English lines, 1 without a counterpart)" in n for n in ms.notes)
    (pair,) = ms.pairs
    assert all(b.zh and b.en for b in pair.beads)
    (bead,) = [b for b in pair.beads if any(_line_of(pair, "zh", i) == 6 for i in b.zh)]
    assert [pair.en[j].text.text for j in bead.en] == ["Prospective multicentre studies are needed to confirm it."]
