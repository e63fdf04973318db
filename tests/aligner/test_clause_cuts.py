from __future__ import annotations

import numpy as np

from zhen_qa.aligner.align import align
from zhen_qa.aligner.clause_cuts import cut_at_clause, join_cut_clauses, rendering
from zhen_qa.aligner.lexicon import load_lexicon

# an invented documentation page: short steps translated one to one, then one Chinese sentence of two clauses that the
# English writes as two sentences, ending the first where the Chinese clause ends (and far longer than the Chinese)
STEPS_ZH = ["部署服务", "先下载安装包。", "解压到任意目录。", "运行启动脚本。", "打开浏览器访问控制台。"]
STEPS_EN = ["Deploying the Service", "Download the package first.", "Unpack it into any folder.",
            "Run the start script.", "Open the console in a browser."]
JOINED = "安装中按需填写描述信息，默认的描述信息如下："
FIRST = "During the installation process, fill in the description information according to your requirements."
SECOND = "The description information for the default installation is as follows:"


def test_an_english_sentence_is_the_chinese_sentence_cut_after_a_clause() -> None:
    lexicon = load_lexicon()
    assert cut_at_clause(JOINED, FIRST, [SECOND], True, lexicon)
    # the other way round the parts do not fit: the second English sentence is not what the first clause says
    assert not cut_at_clause(JOINED, SECOND, [FIRST], True, lexicon)


def test_a_sentence_the_chinese_lacks_is_no_cut() -> None:
    # the Chinese sentence says only the second English sentence: no clause of it says the first
    lexicon = load_lexicon()
    assert not cut_at_clause("默认的描述信息如下，请按需修改：", FIRST, [SECOND], True, lexicon)


def test_a_sentence_of_one_clause_is_never_cut() -> None:
    assert not cut_at_clause("默认的描述信息如下。", FIRST, [SECOND], True, load_lexicon())


def test_the_lone_english_sentence_joins_the_bead_after_it() -> None:
    zh = ["标题", JOINED]
    en = ["Title", FIRST, SECOND]
    path = [(0, 0, 1, 1), (1, 1, 1, 2), (1, 2, 2, 3)]
    assert join_cut_clauses(path, zh, en, load_lexicon(), 4) == [(0, 0, 1, 1), (1, 1, 2, 3)]
    # never across groups: the lone sentence belongs to another block
    groups = (np.array([0, 1]), np.array([0, 0, 1]))
    assert join_cut_clauses(path, zh, en, load_lexicon(), 4, groups=groups) == path


def test_one_chinese_sentence_written_as_two_english_sentences_is_one_bead() -> None:
    beads = align(STEPS_ZH + [JOINED], STEPS_EN + [FIRST, SECOND], paragraphs=True)
    assert (beads[-1].zh, beads[-1].en) == ((5,), (5, 6))
    assert all(b.zh and b.en for b in beads)


def test_an_english_sentence_the_chinese_really_lacks_stays_alone() -> None:
    beads = align(STEPS_ZH + ["默认的描述信息如下："], STEPS_EN + [FIRST, SECOND], paragraphs=True)
    assert [(b.zh, b.en) for b in beads[-2:]] == [((), (5,)), ((5,), (6,))]


def test_an_added_sentence_repeating_a_clause_the_paired_english_renders_stays_alone() -> None:
    # the first English sentence already renders both clauses; the second repeats the last clause's words (run the
    # start script) and adds its own: it is an added sentence, not the Chinese sentence's second part (review53 R1)
    zh = "先下载官方安装包，再运行启动脚本。"
    first = "Download the official installation package first, then run the start script."
    added = "Run the start script again after upgrades."
    assert not cut_at_clause(zh, added, [first], False, load_lexicon())
    beads = align(STEPS_ZH + [zh], STEPS_EN + [first, added], paragraphs=True)
    assert (beads[-1].zh, beads[-1].en) == ((), (6,))


def test_a_name_both_clauses_write_is_no_evidence_the_paired_english_renders_the_near_clause() -> None:
    # a list item of one Chinese sentence: the item's name (data_dir, disk) is written in both clauses and said by the
    # paired English ("data directory of the disk"); the near clause says the first English sentence (storage, item)
    # and nothing of the paired English the far clause does not say too: the first sentence is its part
    zh = "cache.data_dir：storage 为 disk 时此项才有意义，disk 的数据目录"
    first = "￼: This item is only meaningful when the storage is set to ￼."
    assert cut_at_clause(zh, first, ["It specifies the data directory of the disk."], True, load_lexicon())


# one Chinese sentence of four clauses that the English writes as three sentences: the first two render the first
# three clauses (a 1-2 bead), the third the last clause alone (应用前景广阔)
THREE_ZH = ("网页端借助开放插件把模型导入编辑器，编辑器一键生成可直接打开的三维页面并附带渲染好的纹理，"
            "浏览器中可以旋转、缩放和漫游模型，应用前景广阔。")
THREE_EN = ["The web client imports the model into the editor through an open plug-in, and the editor generates with "
            "one click a three-dimensional page that opens directly, with its rendered textures.",
            "In the browser the model can be rotated, zoomed and roamed.",
            "The technique has broad application prospects."]


def test_the_english_of_a_one_sentence_bead_is_all_its_english_sentences() -> None:
    en = ["Title", *THREE_EN]
    assert rendering((1, 1, 2, 3), en, after=False) == THREE_EN[:2]
    # a bead of two Chinese sentences: only its English sentence next to the lone one is known to render the edge
    assert rendering((1, 1, 3, 3), en, after=False) == [THREE_EN[1]]
    assert rendering((1, 1, 3, 3), en, after=True) == [THREE_EN[0]]


def test_the_third_english_sentence_of_one_chinese_sentence_joins_its_bead() -> None:
    # measured against the nearest English sentence only, the last clause (9 of 60 characters) was out of proportion
    # with the lone sentence (46 of 105): the lone sentence stayed alone and was reported extra-target
    lexicon = load_lexicon()
    assert not cut_at_clause(THREE_ZH, THREE_EN[2], [THREE_EN[1]], False, lexicon)
    assert cut_at_clause(THREE_ZH, THREE_EN[2], THREE_EN[:2], False, lexicon)
    path = [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 2, 4)]
    assert join_cut_clauses(path, ["标题", THREE_ZH], ["Title", *THREE_EN], lexicon, 4) == [(0, 0, 1, 1), (1, 1, 2, 4)]


def test_a_third_english_sentence_the_chinese_lacks_stays_alone() -> None:
    # the same Chinese without its last clause: the third English sentence says what no clause says (an addition)
    zh = THREE_ZH.replace("，应用前景广阔。", "。")
    path = [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 2, 4)]
    assert join_cut_clauses(path, ["标题", zh], ["Title", *THREE_EN], load_lexicon(), 4) == path
    beads = align(STEPS_ZH + [zh], STEPS_EN + THREE_EN, paragraphs=True)
    assert (beads[-1].zh, beads[-1].en) == ((), (7,))


def test_a_lone_sentence_of_another_paragraph_is_measured_against_the_next_sentence_only() -> None:
    # the third sentence in a paragraph of its own is no continuation of the bead's rendering: the English of a
    # paragraph whose Chinese may be missing (a deleted paragraph stays reported extra-target)
    en = ["Title", *THREE_EN]
    assert rendering((1, 1, 2, 3), en, after=False, same_block=False) == [THREE_EN[1]]
    path = [(0, 0, 1, 1), (1, 1, 2, 3), (2, 3, 2, 4)]
    lexicon = load_lexicon()
    zh = ["标题", THREE_ZH]
    assert join_cut_clauses(path, zh, en, lexicon, 4, en_blocks=[0, 1, 1, 2]) == path
    assert join_cut_clauses(path, zh, en, lexicon, 4, en_blocks=[0, 1, 1, 1]) == [(0, 0, 1, 1), (1, 1, 2, 4)]


# one Chinese sentence of three clauses whose last clause (其中表格…) the English writes as a sentence of its own that
# points back with prepositions ("among the above formats"): 上述 and word order say them with no glossed word
FORMATS_ZH = "本工具支持三种文件格式：文本、表格及图片，其中表格的导出速度提高了很多。"
FORMATS_EN = "The tool supports three file formats: text, tables and images."
FORMATS_LONE = "Notably, exporting tables became much faster among the above formats."
FORMATS_ADDED = "Among the above formats, images can now be printed after the upgrade."


def test_a_preposition_the_clause_does_not_say_is_not_counted_against_it() -> None:
    lexicon = load_lexicon()
    # the last clause says export, much, tables and (其中) among: half of the sentence's stems once the unsaid
    # "above" is left out of the count (4 of 8), short of half with it (4 of 9)
    assert cut_at_clause(FORMATS_ZH, FORMATS_LONE, [FORMATS_EN], False, lexicon)


def test_a_sentence_of_prepositions_and_its_own_content_is_no_cut() -> None:
    # an added sentence with the same pointing prepositions: the clause says only "among" of it
    assert not cut_at_clause(FORMATS_ZH, FORMATS_ADDED, [FORMATS_EN], False, load_lexicon())


def test_the_clause_written_as_its_own_sentence_joins_its_bead_and_an_added_one_stays_alone() -> None:
    beads = align(STEPS_ZH + [FORMATS_ZH], STEPS_EN + [FORMATS_EN, FORMATS_LONE], paragraphs=True)
    assert (beads[-1].zh, beads[-1].en) == ((5,), (5, 6))
    beads = align(STEPS_ZH + [FORMATS_ZH], STEPS_EN + [FORMATS_EN, FORMATS_ADDED], paragraphs=True)
    assert [(b.zh, b.en) for b in beads[-2:]] == [((5,), (5,)), ((), (6,))]
