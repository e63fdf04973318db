"""One Chinese sentence written as two English sentences, the part the paired English leaves unsaid written alone:
the lone English sentence joins the bead; an English sentence the Chinese never says, and a long part left
untranslated beside one, stay reported."""
from __future__ import annotations

from zhen_qa.aligner.align import align
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.clause_gaps import join_clause_gaps, unsaid_part
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.checks.engine import check_manuscript

RULES = ["untranslated", "extra-target"]

ZH = ["脚本会自动下载并安装固件，运行完成后按提示重启设备。",
      "手动安装固件文件：在下载页面下载文件，用文件管理器上传到设备，然后在终端执行：",
      "请将命令中的文件名替换为实际下载的文件名。", "安装完成后重启设备。", "时间比较长，需要耐心等待。"]
EN = ["The script downloads and installs the firmware automatically.",
      "After it finishes, restart the device as prompted.",
      "Manually install a firmware file: download it from the download page, upload it to the device with the file "
      "manager, then run the following in the terminal:",
      "Replace the file name in the command with the actual file name you downloaded.",
      "Restart the device after installation.", "Note: The process may take a while.", "Please be patient."]


def _pairs(zh: list[str], en: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.zh, b.en) for b in align(zh, en, paragraphs=True)]


def test_a_short_part_the_paired_english_leaves_unsaid_is_the_lone_sentence_before_it() -> None:
    # 时间比较长 says nothing of "Please be patient." (需要耐心等待 says patient): the lone note before it is its
    # English
    assert _pairs(ZH, EN)[-1] == ((4,), (5, 6))


def test_unsaid_part_reads_the_part_on_the_lone_sentences_side() -> None:
    lexicon = load_lexicon()
    assert unsaid_part("时间比较长，需要耐心等待。", "Note: The process may take a while.", "Please be patient.", True,
                       lexicon)
    # the paired English says both parts (restart, device; download, package): nothing is left for the lone sentence
    assert not unsaid_part("下载安装包，然后重启设备。", "We thank the community for its support.",
                           "Download the package, then restart the device.", False, lexicon)


def test_only_a_lone_sentence_between_beads_joins() -> None:
    lexicon = load_lexicon()
    zh, en = ["时间比较长，需要耐心等待。"], ["Note: The process may take a while.", "Please be patient."]
    # the joined bead's length fits better (z -0.5 against the bead's -1.9): the short part 时间比较长 needs no word
    lengths = {(0, 1, 1, 2): -1.9, (0, 0, 1, 2): -0.5}
    assert join_clause_gaps([(0, 0, 0, 1), (0, 1, 1, 2)], zh, en, lexicon, 4, z=lengths.__getitem__) == [(0, 0, 1, 2)]
    # the bead's own English fits better: the lexicon may just not read the short part there (如果这些字段缺失 =
    # "When those fields are missing"); an English sentence whose Chinese was deleted would join
    worse = {(0, 1, 1, 2): 0.1, (0, 0, 1, 2): 2.5}
    assert join_clause_gaps([(0, 0, 0, 1), (0, 1, 1, 2)], zh, en, lexicon, 4, z=worse.__getitem__) == [
        (0, 0, 0, 1), (0, 1, 1, 2)]
    # a run of English sentences alone (a paragraph whose Chinese was deleted) stays alone
    en3 = ["See the forum for more.", *en]
    path = [(0, 0, 0, 1), (0, 1, 0, 2), (0, 2, 1, 3)]
    assert join_clause_gaps(path, zh, en3, lexicon, 4, z=lambda b: 0.0) == path


def _found(zh: str, en: str) -> list[tuple[str, int, str]]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [(f.rule, f.location.line, f.excerpt) for f in check_manuscript(ms, select=RULES)]


PAGE_ZH = ("# 升级\n\n脚本会自动下载并安装固件，运行完成后按提示重启设备。\n\n"
           "手动安装固件文件：在下载页面下载文件，用文件管理器上传到设备，然后在终端执行命令。\n\n{}\n")
PAGE_EN = ("# Upgrade\n\nThe script downloads and installs the firmware automatically. After it finishes, restart the "
           "device as prompted.\n\nManually install a firmware file: download it from the download page, upload it "
           "to the device with the file manager, then run the command in the terminal.\n\n{}\n")
ADDED = "Our community maintains many more example projects on the forum."


SPLIT_ZH = PAGE_ZH.format("请将命令中的文件名替换为实际下载的文件名，安装完成后重启设备。")
SPLIT_EN = PAGE_EN.format("Replace the file name in the command with the actual file name you downloaded, and restart "
                          f"the device after installation. {ADDED}")


def test_a_chinese_sentence_written_as_two_english_sentences_is_no_extra_target() -> None:
    # 运行完成后按提示重启设备 is "After it finishes, restart the device as prompted." (reported before, line 3)
    assert [f for f in _found(SPLIT_ZH, SPLIT_EN) if f[1] == 3] == []


def test_an_english_sentence_the_chinese_never_says_is_still_reported() -> None:
    # the last Chinese sentence's two parts are both in the English sentence before it: the added one has no Chinese
    assert [f[:2] for f in _found(SPLIT_ZH, SPLIT_EN) if "Our community" in f[2]] == [("extra-target", 7)]


def test_a_long_part_left_untranslated_beside_an_added_sentence_is_still_reported() -> None:
    # the Chinese sentence's second half (安装完成后请校准摄像头, 11 Han characters) has no English; the sentence beside
    # it is in proportion with it but says none of its words (with SILENT_HAN waived it would join)
    zh = PAGE_ZH.format("请将命令中的文件名替换为实际下载的文件名，安装完成后请校准摄像头。")
    en = PAGE_EN.format("Replace the file name in the command with the actual file name you downloaded. Join our forum "
                        "to share your projects with other users and read the community guidelines first.")
    (f,) = _found(zh, en)
    assert f[:2] == ("extra-target", 7) and "Join our forum" in f[2]
    lexicon = load_lexicon()
    assert not unsaid_part("请将命令中的文件名替换为实际下载的文件名，安装完成后请校准摄像头。",
                           "Join our forum to share your projects with other users and read the community guidelines "
                           "first.", "Replace the file name in the command with the actual file name you downloaded.",
                           False, lexicon)

