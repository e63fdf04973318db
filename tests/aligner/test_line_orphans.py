"""Chinese sentences without English inside line pairs whose lengths agree."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.line_orphans import OWN_STEMS, fits_without, line_orphan, other_forms, own_stems

PARA_ZH = ["手术后伤口可能会疼痛几天。", "医生会给您开止痛药。", "请按时服用药物。", "如果疼痛加重，请立即告诉护士。"]
PARA_EN = ["Your wound might hurt for a few days after surgery.", "The doctor will give you pain medicine.",
           "Take the medicine on time.", "If the pain gets worse, tell your nurse right away."]
ZH = ["手术后的护理", "手术后您需要在医院住几天，护士会每天检查您的伤口。", "".join(PARA_ZH), "饮食",
      "手术后第一天只能喝水，之后可以慢慢吃软的食物。", "出院以后，请按医生的要求定期复查。"]
EN = ["Care after surgery", "You will stay in the hospital for a few days, and a nurse will check your wound daily.",
      " ".join(PARA_EN), "Eating", "On the first day you can only drink water, then slowly eat soft foods.",
      "After you leave the hospital, see your doctor for checkups."]


def test_a_line_pair_fits_better_without_chinese_its_english_lacks() -> None:
    ratio = 2.5
    assert fits_without(10, 100, int(ratio * 90), ratio)  # the English has the length of 90 of the 100 characters
    assert not fits_without(10, 100, int(ratio * 100), ratio)  # ... of all of them
    assert not fits_without(100, 100, 250, ratio)  # nothing left


def test_a_sentence_merged_into_its_neighbours_english_has_words_of_its_own_there() -> None:
    en = ["Your wound might hurt for a few days after surgery, so take the medicine on time."]
    assert own_stems([PARA_ZH[2]], [PARA_ZH[0]], en) >= OWN_STEMS
    assert own_stems([PARA_ZH[2]], [PARA_ZH[0]], [PARA_EN[0]]) < OWN_STEMS


def test_a_gloss_counts_in_another_form_of_its_word() -> None:
    english = ["certainli", "connect", "hypothes", "sampl", "organiz", "statist", "certain"]
    assert other_forms(["certain", "connection", "hypothesis"], english) == {"certainli", "connect", "hypothes"}
    assert not other_forms(["sam", "organ", "stat"], english)  # too short to be one word's forms
    assert not other_forms(["certain"], ["certain"])  # the same stem is the exact match's


def test_a_sentence_split_off_a_long_english_sentence_is_translated_there_in_other_forms() -> None:
    # the Chinese writes the English's last clause as a sentence of its own; its words are there as "almost" and,
    # in another form than the dictionary's "certain", "certainly"
    lone, rest = "这几乎可以肯定是人与人之间的传播。", "三个序列来自同一个家庭。"
    en = ["Three sequences come from one family, and almost certainly represent human-to-human transmission."]
    assert own_stems([lone], [rest], en) >= OWN_STEMS
    size, size_en = len(lone) + len(rest), len(en[0].replace(" ", ""))
    assert not line_orphan([lone], [rest], en, len(lone), size, size_en, size_en / len(rest))
    # the same sentence beside English without that clause is an orphan
    short = ["Three sequences come from one family."]
    size_en = len(short[0].replace(" ", ""))
    assert line_orphan([lone], [rest], short, len(lone), size, size_en, size_en / len(rest))


def test_line_orphan_needs_length_and_no_words_of_its_own() -> None:
    size = sum(len(s) for s in PARA_ZH)
    lone = len(PARA_ZH[1])
    en = [PARA_EN[0]] + PARA_EN[2:]
    size_en = sum(len(s.replace(" ", "")) for s in en)
    assert line_orphan([PARA_ZH[1]], [PARA_ZH[0]] + PARA_ZH[2:], en, lone, size, size_en, size_en / (size - lone))
    # a sentence whose words are in the English (merged into its neighbour's sentence) fits without, yet is no orphan
    merged = ["Your wound might hurt for a few days after surgery, so take the medicine on time."]
    size, lone = len(PARA_ZH[0]) + len(PARA_ZH[2]), len(PARA_ZH[2])
    size_en = len(merged[0].replace(" ", ""))
    assert fits_without(lone, size, size_en, size_en / (size - lone))
    assert not line_orphan([PARA_ZH[2]], [PARA_ZH[0]], merged, lone, size, size_en, size_en / (size - lone))


def test_a_silent_sentence_is_an_orphan_whatever_the_lengths_say() -> None:
    # three words the lexicon knows (children, park, football), none of them in the line's English: not translated
    # there, even in a line whose English is long for its Chinese (no length evidence)
    lone, rest = "孩子们在公园里踢足球。", PARA_ZH
    size = sum(len(s) for s in PARA_ZH) + len(lone)
    size_en = sum(len(s.replace(" ", "")) for s in PARA_EN)
    long_ratio = size_en / size / 1.3
    assert line_orphan([lone], rest, PARA_EN, len(lone), size, size_en, long_ratio)
    assert not fits_without(len(lone), size, size_en, long_ratio)
    # a sentence the lexicon barely knows says nothing by its silence
    assert not line_orphan(["就这样。"], rest, PARA_EN, 4, size, size_en, long_ratio)


def test_a_sentence_whose_english_was_deleted_from_a_paragraph_line_stays_unpaired() -> None:
    en = EN[:2] + [" ".join(PARA_EN[:1] + PARA_EN[2:])] + EN[3:]
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(en) + "\n", presplit=False)
    assert any("line-aligned" in n for n in ms.notes)
    (pair,) = ms.pairs
    lone = [pair.zh[i].text.text for b in pair.beads if not b.en for i in b.zh]
    assert lone == [PARA_ZH[1]]


def test_a_wholly_translated_paragraph_line_leaves_nothing_unpaired() -> None:
    ms = build_from_texts("\n".join(ZH) + "\n", "\n".join(EN) + "\n", presplit=False)
    assert any("line-aligned" in n for n in ms.notes)
    (pair,) = ms.pairs
    assert all(b.zh and b.en for b in pair.beads)
