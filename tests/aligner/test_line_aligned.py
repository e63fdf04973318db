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

    def align_fn(z, e, groups=None, *, paragraphs=False, en_blocks=None, zh_blocks=None, written=None):  # type: ignore[no-untyped-def]
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


# A patient leaflet whose English writes a heading over its paragraph as a line of its own (the Chinese has no
# heading line there) and then loses a short line: both files have 28 lines, whose lengths agree by position.
LEAFLET = [
    ("流感疫苗可以预防流感。流感每年在美国导致数千人死亡，儿童和老年人的风险最高。",
     "Influenza vaccine can prevent influenza. Influenza causes thousands of deaths in the United States every "
     "year, and the risk is highest for children and older adults."),
    ("每年接种一次疫苗。", "Get one dose of vaccine every year."),
    ("疫苗接种服务提供者", "Vaccine providers"),
    ("如果接种者曾在接种流感疫苗后出现过敏反应，或者有任何严重的、危及生命的过敏症，"
     "请告知您的疫苗接种服务提供者。",
     "Tell your vaccine provider if the person getting the vaccine has had an allergic reaction after a previous "
     "dose of influenza vaccine, or has any severe, life-threatening allergies."),
    ("轻症", "Mild illness"),
    ("患有感冒等轻症的人可以接种疫苗。", "People with minor illnesses, such as a cold, may be vaccinated."),
    ("六个月以上的儿童和成人都应接种。某些儿童需要接种两剂，两剂之间至少间隔四周。",
     "Children six months and older and adults should be vaccinated. Some children need two doses, given at least "
     "four weeks apart."),
    ("发烧和头痛也可能发生。", "Fever and headache can also happen."),
    ("严重的过敏反应非常罕见。如果您看到严重过敏反应的体征，请打电话给急救中心，并把人送到最近的医院。",
     "Severe allergic reactions are very rare. If you see signs of a severe allergic reaction, call the emergency "
     "number and get the person to the nearest hospital."),
    ("不良反应报告", "Reporting adverse reactions"),
    ("应将不良反应报告给疫苗不良事件报告系统。您的医生通常会提交这份报告。",
     "Adverse reactions should be reported to the Vaccine Adverse Event Reporting System. Your doctor will usually "
     "file this report."),
]
LEAFLET_START = [
    ("接种后可能出现肌肉疼痛。", "Muscle pain can happen after vaccination."),
    ("孕妇可以安全地接种流感疫苗。怀孕期间接种疫苗也能保护新生儿。", "Pregnant women can safely get influenza "
     "vaccine. Vaccination during pregnancy also protects the newborn."),
    ("注意事项", "Precautions"),
    ("如果您曾患格林-巴利综合征，请告诉医生。", "Tell your doctor if you have ever had Guillain-Barré syndrome."),
    ("疫苗不能引起流感。", "The vaccine cannot cause influenza."),
    ("有些人在接受注射后会昏厥。如果您感到头晕，请告诉医生。", "Some people faint after getting a shot. Tell your "
     "doctor if you feel dizzy."),
    ("过敏反应", "Allergic reactions"),
    ("过敏反应可能在接种者离开诊所后发生。", "An allergic reaction could occur after the vaccinated person leaves "
     "the clinic."),
]
LEAFLET_START += [
    ("疫苗储存", "Vaccine storage"),
    ("疫苗应冷藏保存，不得冷冻。", "Vaccines should be kept in a refrigerator and never frozen."),
    ("接种记录", "Vaccination records"),
    ("请保存好您的接种记录卡。下次就诊时请带上它。", "Keep your vaccination record card. Bring it to your next visit."),
]
LEAFLET = LEAFLET_START + LEAFLET
LEAFLET_ZH = [z for z, _ in LEAFLET] + [
    "疫苗伤害赔偿计划是一项联邦计划，旨在对可能因接种特定疫苗而受到伤害的人进行赔偿。", "如何获得更多信息？",
    "请询问您的医生。", "请致电当地卫生部门。", "请访问疾病控制中心网站，获取疫苗说明书和其他信息。"]
LEAFLET_EN = [e for _, e in LEAFLET] + [
    "Vaccine Injury Compensation Program",
    "The Vaccine Injury Compensation Program is a federal program that was created to compensate people who may "
    "have been injured by certain vaccines.",
    "How can I learn more?", "Ask your doctor.", "Call your local health department.",
    "Visit the website of the Centers for Disease Control for vaccine package inserts and additional information."]


def test_equal_counts_whose_lengths_agree_are_aligned_as_lines_where_a_shift_hides() -> None:
    """Pairing by position would pair every line from the heading to the deleted line with its neighbour's
    translation and take 请致电当地卫生部门。 as translated; the lines' own alignment leaves that stretch's diagonal."""
    from zhen_qa.manuscript.lines import disagreeing

    en = [e for e in LEAFLET_EN if not e.startswith("Call your")]
    assert lengths_agree(LEAFLET_ZH, en) and disagreeing(LEAFLET_ZH, en)
    ms = build_from_texts("\n".join(LEAFLET_ZH) + "\n", "\n".join(en) + "\n", presplit=False)
    (pair,) = ms.pairs
    lone = [pair.zh[i].text.text for b in pair.beads if not b.en for i in b.zh]
    assert lone == ["请致电当地卫生部门。"]
    asked = next(b for b in pair.beads if b.zh and pair.zh[b.zh[0]].text.text == "请询问您的医生。")
    assert [pair.en[j].text.text for j in asked.en] == ["Ask your doctor."]


def test_line_beads_are_cut_where_both_sides_have_had_as_many_lines() -> None:
    from zhen_qa.aligner.build import _stretches
    from zhen_qa.manuscript.document import Bead

    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1, 2), 0.5), Bead((2,), (), 0.7), Bead((3,), (), 0.8),
             Bead((), (3,), 0.8)]
    assert [(a, b, len(inside)) for a, b, inside in _stretches(beads)] == [(0, 1, 1), (1, 3, 2), (3, 4, 2)]


def _split_english_lines(pairs: list[tuple[str, str]], k: int) -> tuple[list[str], list[str]]:
    """The Chinese lines of `pairs`, and their English with the first `k` two-sentence lines written as two lines."""
    zh, en, split = [], [], 0
    for z, e in pairs:
        zh.append(z)
        cut = e.find(". ")
        if split < k and cut > 0:
            en += [e[:cut + 1], e[cut + 2:]]
            split += 1
        else:
            en.append(e)
    return zh, en


def test_a_translation_that_writes_a_few_paragraphs_as_two_lines_is_still_line_aligned() -> None:
    """Three of 23 English lines written as two: 20 lines pair one to one (under `LINE_PAIR_SHARE`), the other three
    each with the two lines that translate it, anchors as good as a line pair; the two sentences of each such line
    pair within it."""
    from zhen_qa.aligner.build import LINE_PAIR_SHARE

    zh, en = _split_english_lines(LEAFLET, 3)
    assert (len(zh), len(en)) == (23, 26) and 20 < LINE_PAIR_SHARE * 23
    ms = build_from_texts("\n".join(zh) + "\n", "\n".join(en) + "\n", presplit=False)
    assert any("line-aligned (23 Chinese, 26 English lines)" in n for n in ms.notes)
    (pair,) = ms.pairs
    assert all(b.zh and b.en for b in pair.beads)
    first = next(b for b in pair.beads if pair.zh[b.zh[0]].text.text.startswith("接种后可能出现肌肉疼痛"))
    assert [_line_of(pair, "en", j) for j in first.en] == [1]


def test_line_pairs_count_a_line_with_its_translation_in_one_or_two_lines() -> None:
    from zhen_qa.aligner.build import _line_pairs
    from zhen_qa.manuscript.document import Bead

    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1, 2), 0.5), Bead((2, 3), (3,), 0.5), Bead((4,), (), 0.7),
             Bead((5, 6), (4, 5), 0.5), Bead((7,), (6, 7, 8), 0.5)]
    assert _line_pairs(beads) == 3
