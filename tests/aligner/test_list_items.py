"""List items pair one to one: a short item the lexicon barely ties is not left out beside a merged pair."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.list_items import is_item, opens_alike, pair_items
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.manuscript.document import Bead

ZH = ["化疗的副作用", "化疗药物会杀死快速生长的癌细胞，但也会伤害一些正常细胞。",
      "您可以向您的医生和医护团队提出以下问题：", "• 我会得到哪一种化疗药物？", "• 我需要多久接受一次化疗？",
      "• 治疗周期之间我会有时间修养吗？", "• 我的治疗会持续多久？", "• 我能自己开车去治疗吗？",
      "• 我应该什么时候给医生或护士打电话？", "如需了解更多信息，请致电美国癌症协会。"]
EN = ["Side effects of chemo", "Chemo drugs kill fast-growing cancer cells, but they can also harm some normal cells.",
      "Following are some questions you can ask your doctor and cancer care team:", "• What chemo drugs will I get?",
      "• How often will I get treatment?", "• Will I have rest periods between treatment cycles?",
      "• How long will my treatment last?", "• Can I drive myself to treatment?",
      "• When should I call the doctor or nurse?", "To learn more, call the American Cancer Society."]


def _untranslated(zh: list[str], en: list[str]) -> list[int]:
    ms = build_from_texts("\n".join(zh) + "\n", "\n".join(en) + "\n", "zh.txt", "en.txt", presplit=False)
    return [f.location.line for f in check_manuscript(ms) if f.rule == "untranslated"]


def test_a_short_item_is_paired_with_its_item_not_left_beside_a_merge() -> None:
    assert _untranslated(ZH, EN) == []


def test_an_item_left_out_in_english_is_still_reported() -> None:
    assert _untranslated(ZH, EN[:5] + EN[6:])  # one Chinese item fewer in English: counts never even out


def test_is_item_reads_typed_markers_only() -> None:
    assert is_item("• 皮肤问题") and is_item("1. Skin problems") and is_item("（2）口腔溃疡") and is_item("③ 发热")
    assert not is_item("皮肤问题") and not is_item("1.5 mg daily") and not is_item("- and update of")


def test_pair_items_pairs_a_stretch_of_as_many_items_one_to_one() -> None:
    zh = ["前言", "• 甲", "• 乙", "• 丙", "结语"]
    en = ["Preface", "• A", "• B", "• C", "Close"]
    merged = [Bead((0,), (0,), 0.9), Bead((1,), (1, 2), 0.5), Bead((2,), (), 0.6), Bead((3,), (3,), 0.8),
              Bead((4,), (4,), 0.9)]
    out = pair_items(merged, zh, en)
    assert [(b.zh, b.en) for b in out] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,))]
    assert out[0].score == 0.9 and out[3].score == 0.8  # beads outside the re-paired stretch are kept as they were


def test_pair_items_keeps_a_run_whose_counts_never_even_out() -> None:
    zh = ["• 甲", "• 乙", "• 丙"]
    en = ["• A", "• C"]
    beads = [Bead((0,), (0,), 0.5), Bead((1,), (), 0.6), Bead((2,), (1,), 0.5)]
    assert pair_items(beads, zh, en) == beads
    prose = [Bead((0,), (0, 1), 0.5), Bead((1,), (), 0.6)]
    assert pair_items(prose, ["甲。", "乙。"], ["A.", "B."]) == prose  # not list items: left to the aligner


def test_opens_alike_keeps_a_heading_before_a_list_item_out_of_the_item() -> None:
    zh = ["检查期间", "• 您将躺在软垫台上。"]
    en = ["During the Test", "• You will lie on a padded table."]
    assert not opens_alike(zh, en, (1, 0, 2, 2))  # • 您将躺在… with "During the Test" before its item
    assert not opens_alike(en, zh, (1, 0, 2, 2))  # the same, the sides swapped
    assert opens_alike(zh, en, (0, 0, 1, 1)) and opens_alike(zh, en, (1, 1, 2, 2))
    assert opens_alike(zh, en, (0, 0, 2, 2))  # both sides open with the heading
    assert opens_alike(["• 甲。", "乙。"], ["• A. B."], (0, 0, 2, 1))  # an item's second sentence is no item


def test_a_heading_over_a_list_keeps_its_english() -> None:
    zh = ["磁共振检查需要您躺在机器里，机器会拍摄身体内部的照片。", "检查期间",
          "• 您将躺在一台长桶状机器中间的软垫台上。", "• 软垫台滑入机器的开口。", "• 检查期间请静躺。"]
    en = ["An MRI test needs you to lie in a machine that takes pictures of the inside of your body.",
          "During the Test",
          "• You will lie on a padded table in the middle of a long tube-like machine.",
          "• The table slides into the opening of the machine.", "• Lie very still during the test."]
    assert _untranslated(zh, en) == []


def test_a_last_item_shaped_like_a_keyword_line_is_paired_with_its_item() -> None:
    zh = ["如果在孕期的任何时候出现以下情况，请立即联系医生：", "• 任何阴道出血。", "• 胎动减少。", "• 持续头痛。",
          "• 视力发生变化，如视力模糊、视野狭窄或复视。"]
    en = ["At anytime during your pregnancy, call your doctor right away if:", "• You have any vaginal bleeding.",
          "• You notice a decrease in your baby’s movement.", "• You have a headache that won’t go away.",
          "• You have vision changes, such as blurred, tunnel or double vision."]
    assert _untranslated(zh, en) == []


def test_markers_agree_for_one_to_one_pairs_only() -> None:
    from zhen_qa.aligner.list_items import markers_agree

    zh, en = ["• 甲。", "乙。"], ["• A.", "B."]
    assert markers_agree(zh, en, (0, 0, 1, 1)) is True and markers_agree(zh, en, (1, 1, 2, 2)) is True
    assert markers_agree(zh, en, (1, 0, 2, 1)) is False and markers_agree(zh, en, (0, 1, 1, 2)) is False
    assert markers_agree(zh, en, (0, 0, 2, 1)) is None and markers_agree(zh, en, (0, 0, 1, 0)) is None
