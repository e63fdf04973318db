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

FIRMWARE = "脚本会自动下载并安装固件，运行完成后按提示重启设备。"
FIRMWARE_EN = ["The script downloads and installs the firmware automatically.",
               "After it finishes, restart the device as prompted."]


def test_the_lone_sentence_of_the_beads_block_saying_the_unsaid_part_joins_it() -> None:
    # 运行完成后按提示重启设备 is left unsaid by the bead's English; the lone sentence says restart, device, prompt
    path = [(0, 0, 1, 1), (1, 1, 1, 2)]
    assert join_clause_gaps(path, [FIRMWARE], FIRMWARE_EN, load_lexicon(), 4, blocks=[0, 0]) == [(0, 0, 1, 2)]


def test_a_lone_sentence_of_another_english_block_stays_alone() -> None:
    # another paragraph or list item: one Chinese sentence written as two English sentences is written in one block;
    # the sentence of the next block is that block's, whose Chinese may be deleted (kitex FAQ: the **Cause** paragraph)
    path = [(0, 0, 1, 1), (1, 1, 1, 2)]
    lexicon = load_lexicon()
    assert join_clause_gaps(path, [FIRMWARE], FIRMWARE_EN, lexicon, 4, blocks=[0, 1]) == path
    assert join_clause_gaps(path, [FIRMWARE], FIRMWARE_EN, lexicon, 4) == path  # blocks unknown: never


SECTION_ZH = [FIRMWARE, "手动安装固件文件：在下载页面下载文件，用文件管理器上传到设备，然后在终端执行：",
              "请将命令中的文件名替换为实际下载的文件名。", "安装完成后重启设备。"]
SECTION_EN = [*FIRMWARE_EN, "Manually install a firmware file: download it from the download page, upload it to the "
              "device with the file manager, then run the following in the terminal:",
              "Replace the file name in the command with the actual file name you downloaded.",
              "Restart the device after installation."]


def test_align_joins_only_where_the_english_blocks_are_known_and_shared() -> None:
    # the search pairs the first Chinese sentence with its first English sentence and leaves the second alone
    def pairs(blocks: list[int] | None) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        return [(b.zh, b.en) for b in align(SECTION_ZH, SECTION_EN, paragraphs=True, en_blocks=blocks)][:2]

    assert pairs([0, 0, 1, 2, 3]) == [((0,), (0, 1)), ((1,), (2,))]
    assert pairs([0, 1, 2, 3, 4]) == [((0,), (0,)), ((), (1,))]
    # no blocks: the alignment of whole paragraphs and items (`unit_pairs`), where a lone unit is a block of its own;
    # a join there changed the units the page's sentences were then aligned in (kitex transport_protocol: a correct
    # 1-2 bead split elsewhere on the page, a false extra-target)
    assert pairs(None) == [((0,), (0,)), ((), (1,))]


def test_unsaid_part_needs_words_of_the_part_in_the_lone_sentence() -> None:
    lexicon = load_lexicon()
    assert unsaid_part(FIRMWARE, FIRMWARE_EN[1], FIRMWARE_EN[0], False, lexicon)
    # the paired English says both parts (restart, device; download, package): nothing is left for the lone sentence
    assert not unsaid_part("下载安装包，然后重启设备。", "We thank the community for its support.",
                           "Download the package, then restart the device.", False, lexicon)
    # a short part the lone sentence says no word of is no evidence however short (时间比较长 / "take a while" is
    # unread; a dropped clause beside an added sentence reads the same)
    assert not unsaid_part("时间比较长，需要耐心等待。", "Note: The process may take a while.", "Please be patient.",
                           True, lexicon)


def test_a_latin_key_is_no_part_the_paired_english_leaves_unsaid() -> None:
    # kitex xds: `max_retry_times: 重试次数` beside the item before it, which names keys of its own; a part of Latin
    # keys alone is no clause written out as a sentence, whatever keys the lone sentence repeats
    assert not unsaid_part("max_wait wait_mode: 重试次数。",
                           "The `max_wait` and `wait_mode` keys come from the config file.",
                           "The number of retries.", True, load_lexicon())


def test_a_run_of_lone_sentences_stays_alone() -> None:
    # a paragraph whose Chinese was deleted: only an English sentence alone between two beads is tried
    en = ["See the forum for more.", *FIRMWARE_EN]
    path = [(0, 0, 0, 1), (0, 1, 0, 2), (0, 2, 1, 3)]
    assert join_clause_gaps(path, [FIRMWARE], en, load_lexicon(), 4, blocks=[0, 0, 0]) == path


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



LX_ZH = ("# 安装\n\n本节介绍如何在开发机上安装工具链。\n\n## 运行脚本\n\n{}\n\n## 配置\n\n"
         "打开配置文件，把服务器地址改为你自己的地址。\n")
LX_EN = ("# Installation\n\nThis section describes how to install the toolchain on your development machine.\n\n"
         "## Run the script\n\n{}\n\n## Configuration\n\nOpen the configuration file and change the server address to "
         "your own address.\n")


def test_a_short_clause_dropped_beside_an_added_instruction_is_still_reported() -> None:
    # 完成后重启电脑 has no English, and "Then delete the cache folder …" has no Chinese: the lone sentence says no
    # word of the part (a part of 6 Han characters joined on length alone before: both hidden)
    (f,) = _found(LX_ZH.format("运行安装脚本，完成后重启电脑。"),
                  LX_EN.format("Run the install script. Then delete the cache folder in your home directory."))
    assert f[:2] == ("extra-target", 7) and "delete the cache" in f[2]


def test_an_added_sentence_beside_a_short_clause_is_still_reported() -> None:
    (f,) = _found(LX_ZH.format("打开应用的设置页面，选择语言。"),
                  LX_EN.format("Open the settings page of the app. You can also reset all your data from this page."))
    assert f[:2] == ("extra-target", 7) and "reset all your data" in f[2]
