"""Two Chinese sentences written as one English sentence, the second as a clause the paired Chinese leaves unsaid:
the lone Chinese sentence joins the bead; a Chinese sentence the English really drops stays reported."""
from __future__ import annotations

import re

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.aligner.merged_sentences import en_clauses, join_merged_sentences, rendered_whole, said_part
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.manuscript.source import CODE_PLACEHOLDER

RULES = ["untranslated", "extra-target"]

# egg-heldout advanced/framework zh 64 / en 64 (fresh63's C-S2): the second Chinese sentence is the "but …" clause
FIRST = "Egg 的多进程启动器，由这个方法来启动 Master，主要的功能实现在 egg-cluster 上。"
SECOND = "所以直接使用 EggCore 还是单进程的方式，而 Egg 实现了多进程。"
MERGED = ("This is the entry function of Egg's multiprocess launcher, based on egg-cluster, to start Master, but "
          "EggCore running in a single process doesn't invoke this function while Egg does.")
DROPPED = "This is the entry function of Egg's multiprocess launcher, based on egg-cluster, to start Master."


def test_the_lone_sentence_saying_the_clause_the_paired_chinese_leaves_unsaid_joins_it() -> None:
    path = [(0, 0, 1, 1), (1, 1, 2, 1)]
    assert join_merged_sentences(path, [FIRST, SECOND], [MERGED], load_lexicon(), 4, blocks=[0, 0]) == [(0, 0, 2, 1)]


def test_a_lone_sentence_of_another_chinese_block_stays_alone() -> None:
    path = [(0, 0, 1, 1), (1, 1, 2, 1)]
    lexicon = load_lexicon()
    assert join_merged_sentences(path, [FIRST, SECOND], [MERGED], lexicon, 4, blocks=[0, 1]) == path
    assert join_merged_sentences(path, [FIRST, SECOND], [MERGED], lexicon, 4) == path  # blocks unknown: never


def test_a_second_sentence_the_english_drops_stays_alone() -> None:
    # no clause of the English says EggCore or 单进程: the sentence is untranslated
    path = [(0, 0, 1, 1), (1, 1, 2, 1)]
    lexicon = load_lexicon()
    assert join_merged_sentences(path, [FIRST, SECOND], [DROPPED], lexicon, 4, blocks=[0, 0]) == path
    assert not said_part(SECOND, FIRST, DROPPED, False, lexicon)
    # a clause on the topic's words only (Egg, 进程) is no rendering of the sentence
    assert not said_part(SECOND, FIRST, "This is the entry function of Egg's multiprocess launcher, based on "
                         "egg-cluster, and Egg starts the Master process.", False, lexicon)


def test_english_clauses_cut_at_commas_stops_left_and_conjunctions() -> None:
    assert en_clauses("Configure it by `cron`, tasks run at the expressions. cron expressions are parsed.") == [
        "Configure it by `cron`,", "tasks run at the expressions.", "cron expressions are parsed."]
    assert en_clauses("It reads the file and writes the log.") == ["It reads the file", "and writes the log."]


def _found(zh: str, en: str) -> list[tuple[str, int, str]]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [(f.rule, f.location.line, f.excerpt) for f in check_manuscript(ms, select=RULES)]


PAGE_ZH = "# 框架\n\n{}\n\n框架提供了很多 API，请参考下面的说明。\n"
PAGE_EN = "# Framework\n\n{}\n\nThe framework provides many APIs, see the description below.\n"


def test_two_chinese_sentences_written_as_one_english_sentence_are_no_untranslated() -> None:
    assert _found(PAGE_ZH.format(FIRST + SECOND), PAGE_EN.format(MERGED)) == []  # fails before: SECOND, line 3


def test_a_second_chinese_sentence_the_english_drops_is_still_untranslated() -> None:
    (f,) = _found(PAGE_ZH.format(FIRST + SECOND), PAGE_EN.format(DROPPED))
    assert f[:2] == ("untranslated", 3) and "EggCore" in f[2]


def test_a_second_sentence_with_a_clause_the_english_leaves_out_stays_reported_whole() -> None:
    # egg-heldout advanced/framework zh 336 (T): the "but …" clause renders 但多进程测试是验证多进程模型最好的方式, but
    # 还可以测试 stdout 和 stderr has no English; joined, the dropped clause would be hidden
    lexicon = load_lexicon()
    first = ("很少场景会使用多进程测试，因为多进程无法进行 API 级别的 mock 导致测试成本很高，"
             "而进程启动很慢，测试会超时。")
    second = "但多进程测试是验证多进程模型最好的方式，还可以测试 stdout 和 stderr。"
    english = ("Multiprocess is rarely tested because of the high cost and the unavailability of API level's mock, "
               "meanwhile, processes have a slow start or even timeout, but it still remains the most effective way "
               "of testing multiprocess model.")
    assert not said_part(second, first, english, False, lexicon)
    assert not rendered_whole(second, english, lexicon)
    assert rendered_whole(SECOND, MERGED, lexicon)


def test_a_later_clause_the_english_drops_keeps_the_second_sentence_reported() -> None:
    # review63 R8 / review63b R33: a clause after the first that repeats the English's topic words (进程, EggCore,
    # 单进程) but whose other words the English never writes is dropped, not rendered; the sentence stays untranslated
    for tail in ("，单进程模式下定时任务不会执行。", "，并会在进程退出时自动重启。", "，因此不建议直接使用 EggCore。",
                 "，但已废弃。", "，不推荐。"):  # the last two: one word, none of the English (review63b R35)
        second = SECOND.removesuffix("。") + tail
        (f,) = _found(PAGE_ZH.format(FIRST + second), PAGE_EN.format(MERGED))
        assert f[:2] == ("untranslated", 3) and f[2].startswith(second[:20])
    first = ("很少场景会使用多进程测试，因为多进程无法进行 API 级别的 mock 导致测试成本很高，"
             "而进程启动很慢，测试会超时。")
    english = ("Multiprocess is rarely tested because of the high cost and the unavailability of API level's mock, "
               "meanwhile, processes have a slow start or even timeout, but it still remains the most effective way "
               "of testing multiprocess model.")
    second = "但多进程测试是验证多进程模型最好的方式，还能发现单进程测试覆盖不到的问题。"
    assert [f[:2] for f in _found(PAGE_ZH.format(first + second), PAGE_EN.format(english))] == [("untranslated", 3)]
    assert _found(PAGE_ZH.format(first + "但多进程测试是验证多进程模型最好的方式。"), PAGE_EN.format(english)) == []


def test_a_lone_sentence_whose_first_clause_alone_is_rendered_stays_reported() -> None:
    # review63 R8 a: the English renders the first clause's names only; the warning clauses have no English
    second = "所以直接使用 EggCore 还是单进程的方式，生产环境中请不要直接使用 EggCore，否则会丢失请求。"
    english = ("This is the entry function of Egg's multiprocess launcher, based on egg-cluster, to start Master, "
               "but EggCore running in a single process doesn't invoke this function.")
    assert [f[:2] for f in _found(PAGE_ZH.format(FIRST + second), PAGE_EN.format(english))] == [("untranslated", 3)]


# al66: own inputs. A lone sentence whose one name the English part writes (a name is specific where one glossed word
# is the topic's), a relative clause opened by "whose", a Latin word the English inflects, and a bead of one Chinese
# and two English sentences whose first English sentence holds the lone sentence's rendering.
NAMED_FIRST = "调度器会按照 cron 表达式在指定的时间执行任务。"
NAMED_LONE = "cron 表达式由 cronkit 负责解析。"
NAMED_EN = "The scheduler runs the tasks at the times the cron expressions give, and cronkit parses the expressions."


def test_a_name_the_paired_chinese_does_not_write_is_evidence_enough() -> None:
    lexicon = load_lexicon()
    assert said_part(NAMED_LONE, NAMED_FIRST, NAMED_EN, False, lexicon)  # fails before: one word beyond (cronkit)
    path = [(0, 0, 1, 1), (1, 1, 2, 1)]
    assert join_merged_sentences(path, [NAMED_FIRST, NAMED_LONE], [NAMED_EN], lexicon, 4, blocks=[0, 0]) == [
        (0, 0, 2, 1)]


def test_a_sentence_with_a_name_the_english_never_writes_stays_alone() -> None:
    # the real defect beside it: the English renders the first sentence only; the lone one's name is nowhere
    lexicon = load_lexicon()
    english = "The scheduler runs the tasks at the times the cron expressions give, and it logs every run."
    assert not said_part(NAMED_LONE, NAMED_FIRST, english, False, lexicon)
    path = [(0, 0, 1, 1), (1, 1, 2, 1)]
    assert join_merged_sentences(path, [NAMED_FIRST, NAMED_LONE], [english], lexicon, 4, blocks=[0, 0]) == path


def test_a_relative_clause_opened_by_whose_is_a_clause() -> None:
    assert en_clauses("Vela is a build tool whose config format, VelaConf, is compact.") == [
        "Vela is a build tool", "whose config format,", "VelaConf,", "is compact."]


def test_a_latin_word_the_english_writes_inflected_is_written() -> None:
    lexicon = load_lexicon()
    assert rendered_whole("支持明确的request和response。", "Supports clear requests and responses.", lexicon)
    assert not rendered_whole("支持明确的request和cookie。", "Supports clear requests and responses.", lexicon)
    assert not rendered_whole("支持明确的api。", "Supports clear apis.", lexicon)  # too short to tell an ending


MANY_ZH = ["有明确的request和response。", "而旧版客户端是没有的，用户得自己做对应，而且并不容易做对。"]
MANY_EN = ["Have clear requests and responses while the old client doesn't.",
           "Users have to do the bookkeeping themselves, which is not easy to get right."]


def test_a_lone_sentence_joins_a_bead_of_one_chinese_and_two_english_sentences() -> None:
    lexicon = load_lexicon()
    path = [(0, 0, 1, 0), (1, 0, 2, 2)]
    assert join_merged_sentences(path, MANY_ZH, MANY_EN, lexicon, 4, blocks=[0, 0]) == [(0, 0, 2, 2)]  # fails before


def test_a_lone_sentence_beside_two_english_sentences_that_never_say_it_stays_alone() -> None:
    lexicon = load_lexicon()
    english = ["The old client doesn't.", MANY_EN[1]]
    path = [(0, 0, 1, 0), (1, 0, 2, 2)]
    assert join_merged_sentences(path, MANY_ZH, english, lexicon, 4, blocks=[0, 0]) == path
    assert join_merged_sentences(path, MANY_ZH, MANY_EN, lexicon, 4, blocks=[0, 1]) == path  # another list item


def test_two_chinese_sentences_of_a_list_item_as_one_english_sentence_are_no_untranslated() -> None:
    zh = "# 客户端\n\n- 线程安全。\n- " + "".join(MANY_ZH) + "\n- 支持超时和取消。\n"
    en = "# Client\n\n- Thread safety.\n- " + " ".join(MANY_EN) + "\n- Support timeout and cancellation.\n"
    assert _found(zh, en) == []
    dropped = en.replace(MANY_EN[0], "The old client doesn't.")
    assert [f[:2] for f in _found(zh, dropped)] == [("untranslated", 4)]


# Code spans written out (`written`): a name is a name whether or not it is in backticks, but a code name both sides
# write is no evidence that the English renders the lone sentence's prose (review58 R5's shape).
CODE_PAIRED = "在 `config.toml` 中设置 `timeout` 字段来指定超时时间。"
CODE_EN = ("Set the `timeout` field in `config.toml` to specify the timeout, and `retries` is the number of times a "
           "request is sent again.")
CODE_SAID = "`retries` 是请求重新发送的次数。"
CODE_DROPPED = "`retries` 字段修改后必须重启服务才能生效。"


def _spans(text: str) -> str:
    """`text` as the aligner is given it: each inline code span one placeholder."""
    return re.sub(r"`[^`]*`", CODE_PLACEHOLDER, text)


def _join(lone: str, english: str, *, written: bool = True) -> list[tuple[int, int, int, int]]:
    zh = [CODE_PAIRED, lone]
    texts = ([t.replace("`", "") for t in zh], [english.replace("`", "")])
    return join_merged_sentences([(0, 0, 1, 1), (1, 1, 2, 1)], [_spans(t) for t in zh], [_spans(english)],
                                 load_lexicon(), 4, blocks=[0, 0], written=texts if written else None)


def test_a_name_the_chinese_writes_bare_and_the_english_in_code_is_written() -> None:
    bare = "retries是请求重新发送的次数。"
    assert _join(bare, CODE_EN) == [(0, 0, 2, 1)]
    # the English's placeholder alone writes no name: the sentence stayed alone (before `written`)
    assert _join(bare, CODE_EN, written=False) == [(0, 0, 1, 1), (1, 1, 2, 1)]


def test_a_lone_sentence_whose_prose_the_english_says_joins_beside_shared_code() -> None:
    assert _join(CODE_SAID, CODE_EN) == [(0, 0, 2, 1)]


def test_a_dropped_sentence_naming_the_englishs_code_stays_alone() -> None:
    """The English's clause names `retries` for its own reason; the Chinese sentence that names it again says
    something else (修改后必须重启服务 restart): its prose says no word of the clause, and the code name alone is no
    rendering. Read as prose, the name would have been evidence enough (the shape review58 R5 guards)."""
    assert _join(CODE_DROPPED, CODE_EN) == [(0, 0, 1, 1), (1, 1, 2, 1)]
    bare = [CODE_PAIRED.replace("`", ""), CODE_DROPPED.replace("`", "")]
    assert join_merged_sentences([(0, 0, 1, 1), (1, 1, 2, 1)], bare, [CODE_EN.replace("`", "")], load_lexicon(), 4,
                                 blocks=[0, 0]) == [(0, 0, 2, 1)]
