"""English that only repeats the page's names its bead's English already says: split off (`en_orphans.kept_run`),
not joined back (`refine.join_nulls`) nor folded in as a half (`unit_folds.join_halves`)."""
from __future__ import annotations

import numpy as np

from tests.aligner.beads import unpaired
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.en_orphans import kept_run
from zhen_qa.aligner.lexicon import load_lexicon
from zhen_qa.aligner.orphan_evidence import Evidence
from zhen_qa.aligner.orphan_repeats import every_clause_rendered, lone_repeats, only_repeats, outside_repeats
from zhen_qa.aligner.refine import join_nulls
from zhen_qa.aligner.unit_folds import join_halves
from zhen_qa.manuscript.document import Bead

TYPES_ZH = ("系统中的绝对时间戳分为两种，一种为 LONG 类型，一种为 DATETIME 类型"
            "（包含 DATETIME-INPUT 和 DATETIME-DISPLAY 两个小类）。")
TYPES_EN = ("Absolute timestamps in the system are divided into two types: LONG and DATETIME (including DATETIME-INPUT "
            "and DATETIME-DISPLAY).")
WRITES_ZH = "在写入时间戳时，可以使用 LONG 类型或 DATETIME-INPUT 类型的时间戳，DATETIME-INPUT 类型支持的格式见下表。"
WRITES_EN = ("When a user writes a timestamp, a LONG type timestamp or a DATETIME-INPUT type timestamp can be used, "
             "and the formats of the DATETIME-INPUT type are listed in the table below.")
REPEATS_EN = "A LONG type timestamp or a DATETIME-INPUT type timestamp can be used."
"""English that repeats the names and words of TYPES_EN and says nothing else (no content word left untested)."""

ZH_PAGE = f"""# 数据类型

## 绝对时间戳

{TYPES_ZH}

{WRITES_ZH}
"""
EN_PAGE = f"""# Data types

## Absolute timestamp

{TYPES_EN} {WRITES_EN}
"""


def test_english_that_only_repeats_the_names_its_neighbour_says_renders_nothing_of_the_chinese() -> None:
    lexicon = load_lexicon()
    # a sentence naming LONG, DATETIME-INPUT, type, timestamp: all said by the sentence on the types
    assert only_repeats(REPEATS_EN, TYPES_EN, TYPES_ZH, lexicon)
    # the sentence about writing says six content words neither the types sentence nor the Chinese accounts for
    # (write, user, format, list, table, below), but every clause of the Chinese has its counterpart in the types
    # sentence by words of its own (`every_clause_rendered`): nothing of the Chinese is left for it to render
    assert only_repeats(WRITES_EN, TYPES_EN, TYPES_ZH, lexicon)
    # a Chinese that says both: the second English sentence renders what the first leaves unsaid (写入, 表)
    assert not only_repeats(WRITES_EN, TYPES_EN, TYPES_ZH + WRITES_ZH, lexicon)
    # a kept English that says next to nothing of the Chinese is no evidence of a counterpart: nothing is split on it
    assert not only_repeats(REPEATS_EN, "See below.", TYPES_ZH, lexicon)


def test_the_second_half_of_a_sentence_cut_at_a_clause_is_no_repetition() -> None:
    """One Chinese sentence of two clauses written as two English sentences; the lexicon glosses one word of the second
    clause into the second sentence (用词 = wording), fewer than MIN_SAID beyond the first: the second clause says more
    of the second sentence than of the first, so that sentence may render it and is not split off."""
    lexicon = load_lexicon()
    zh = "新旧命令在功能上没有区别并且可以同时使用，仅是新命令在用词上更符合习惯。"
    first = "There is no functional difference between the old and new commands, and both can be used at the same time."
    second = "The new command is just more customary in terms of wording."
    assert not only_repeats(second, first, zh, lexicon)
    # beside a Chinese of the first clause only, English repeating the first sentence renders nothing of it; nor
    # does the second sentence: its own words (customary, wording, terms) are untested by the lexicon, but each
    # clause of that Chinese has its counterpart in the first sentence (`every_clause_rendered`): the clause it
    # rendered is gone
    assert only_repeats("The new commands are the same.", first, "新旧命令在功能上没有区别并且可以同时使用。", lexicon)
    assert only_repeats(second, first, "新旧命令在功能上没有区别并且可以同时使用。", lexicon)
    # a clause the kept sentence says nothing of (创建全局… is glossed into none of the words either sentence
    # writes): the other sentence may render it, unseen by the lexicon
    zh = "我们可以通过这个接口创建全局可获取的记录器，默认的日志格式如下"
    kept = "The default log format is shown as below"
    assert not only_repeats("Users can create a global logger by calling it.", kept, zh, lexicon)
    # two halves alike but for the names, which the English writes in code spans (masked): not known to repeat
    masked = "When the entry is \ufffc, access the page at \ufffc."
    pages = "当 entry 为 index 时，可通过 \ufffc 访问页面；当 entry 为 foo 时，可通过 \ufffc 访问该页面。"
    assert not only_repeats(masked, masked, pages, lexicon)
    # ...but not a short opener the kept sentence leaves out (例如，)
    assert only_repeats("The default logs are shown below.", kept, "例如，默认的日志格式如下", lexicon)


def test_a_faithful_page_keeps_both_sentences_paired() -> None:
    m = build_from_texts(ZH_PAGE, EN_PAGE, "zh.md", "en.md", presplit=False)
    assert unpaired(m, "en") == [] and unpaired(m, "zh") == []


ONE_SENTENCE_ZH = """# 数据类型

## 绝对时间戳

系统中的绝对时间戳分为 LONG 和 DATETIME 两种类型，写入时间戳时可以使用 LONG 类型或 DATETIME-INPUT 类型，\
其支持的格式见下表。
"""


def test_one_chinese_sentence_written_as_two_english_ones_stays_one_bead() -> None:
    # faithfully: the second English sentence says the Chinese's second clause (写入, 格式, 表)
    faithful = """# Data types

## Absolute timestamp

Absolute timestamps in the system are divided into two types: LONG and DATETIME. When a user writes a timestamp, a \
LONG type timestamp or a DATETIME-INPUT type timestamp can be used, and the formats it supports are listed in the \
table below.
"""
    # loosely: the second sentence shares little beyond the names; its length is the Chinese's, nothing is split
    loose = """# Data types

## Absolute timestamp

Absolute timestamps come as LONG or DATETIME. Writes take either LONG or DATETIME-INPUT values; see the table for \
what DATETIME-INPUT accepts.
"""
    for en in (faithful, loose):
        m = build_from_texts(ONE_SENTENCE_ZH, en, "zh.md", "en.md", presplit=False)
        assert unpaired(m, "en") == [] and unpaired(m, "zh") == []


def _evidence(zh: list[str], en: list[str]) -> Evidence:
    return Evidence(np.array([40.0] * len(zh)), np.array([110.0, 120.0][:len(en)]), zh_texts=zh, en_texts=en)


def test_kept_run_splits_off_english_that_only_repeats_the_run_even_when_it_adds_similarity() -> None:
    zh, en = [TYPES_ZH], [TYPES_EN, REPEATS_EN]
    ev = _evidence(zh, en)  # 230 English characters for 40 Chinese at ratio e^1: far too long; each sentence fits

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:  # the whole bead scores highest
        table = {(0, 0, 1, 1): 0.49, (0, 1, 1, 2): 0.37, (0, 0, 1, 2): 0.51}
        return np.array([table[(i - a, j - b, i, j)] for i, j in zip(I.tolist(), J.tolist())])

    bead = (0, 0, 1, 2)
    assert kept_run(bead, ev, 1.0, sim) is None  # on similarity alone the repeated names keep the bead whole
    repeats = outside_repeats(zh, en, load_lexicon())
    assert kept_run(bead, ev, 1.0, sim, repeats=repeats) == (0, 1)
    # a Chinese that says both sentences: the second one is its second half, not split off
    both, written = [TYPES_ZH + WRITES_ZH], [TYPES_EN, WRITES_EN]
    assert kept_run(bead, _evidence(both, written), 1.0, sim,
                    repeats=outside_repeats(both, written, load_lexicon())) is None


def test_join_nulls_does_not_join_back_english_that_only_repeats() -> None:
    zh, en = [TYPES_ZH], [TYPES_EN, REPEATS_EN]
    path = [(0, 0, 1, 1), (1, 1, 1, 2)]

    def sim(a: int, b: int, I: np.ndarray, J: np.ndarray) -> np.ndarray:  # the joined bead scores higher
        return np.array([0.51 if b == 2 else 0.49 for _ in I.tolist()])

    joined = [(0, 0, 1, 2)]
    assert join_nulls(path, sim, 3) == joined
    repeats = lone_repeats(outside_repeats(zh, en, load_lexicon()), lambda b: True)
    assert join_nulls(path, sim, 3, repeats=repeats) == path
    # the joined bead not too long for its Chinese: the sentence joins as before
    assert join_nulls(path, sim, 3, repeats=lone_repeats(outside_repeats(zh, en, load_lexicon()),
                                                          lambda b: False)) == joined


def test_join_halves_keeps_apart_what_the_test_says_is_no_half() -> None:
    beads = [Bead((0,), (0,), 0.5), Bead((), (1,), 0.9)]
    lengths = ([40], [50, 70])  # the bead's English is too short for its Chinese by the lone sentence's length

    def group(b: Bead) -> int:
        return 0

    assert join_halves(beads, group, lengths) == [Bead((0,), (0, 1), 0.5)]
    assert join_halves(beads, group, lengths, apart=lambda lone, bead: True) == beads


def test_join_halves_joins_by_the_lengths_when_the_sentence_may_be_either_neighbours_half() -> None:
    # the lone sentence repeats the bead before it, but may render part of the bead after it: nothing is vetoed
    beads = [Bead((0,), (0,), 0.5), Bead((), (1,), 0.9), Bead((1,), (2,), 0.5)]
    lengths = ([40, 30], [50, 70, 78])

    def group(b: Bead) -> int:
        return 0

    joined = join_halves(beads, group, lengths)
    assert joined == [Bead((0,), (0, 1), 0.5), Bead((1,), (2,), 0.5)]
    assert join_halves(beads, group, lengths, apart=lambda lone, bead: bead.zh == (0,)) == joined
    assert join_halves(beads, group, lengths, apart=lambda lone, bead: True) == beads


COLLECTOR_ZH = "使用 OpenTelemetry Collector 接收 OTLP 数据后导出到 Jaeger 中查看。"
COLLECTOR_RUN = "Use the OpenTelemetry Collector to receive OTLP data."
COLLECTOR_REST = "The Collector then hands that OTLP data over to Jaeger."
COLLECTOR_ZH_PAGE = f"""# 快速开始

本节介绍如何在本地查看追踪数据。

```shell
docker run -p 4317:4317 otel/opentelemetry-collector
```

{COLLECTOR_ZH}

```yaml
exporters:
  otlp/jaeger:
    endpoint: jaeger:4317
```

配置完成后重启 Collector 即可生效。
"""


def _collector_en(second: str) -> str:
    return f"""# Quick start

This section shows how to view trace data locally.

```shell
docker run -p 4317:4317 otel/opentelemetry-collector
```

{COLLECTOR_RUN} {second}

```yaml
exporters:
  otlp/jaeger:
    endpoint: jaeger:4317
```

Restart the Collector after configuring it for the change to take effect.
"""


def test_a_name_of_the_chinese_the_run_leaves_unwritten_is_said_by_the_rest() -> None:
    """review61 R5: one Chinese sentence (one clause) written as two English ones; the second repeats Collector and OTLP
    and renders 导出到 Jaeger with words the lexicon does not gloss. Jaeger, a name the Chinese writes and the run does
    not, is evidence that the rest renders part of the Chinese: no repetition, the sentence stays paired (dp61 at
    9e0dd099-5e4561ad: a false extra-target)."""
    lexicon = load_lexicon()
    assert not only_repeats(COLLECTOR_REST, COLLECTOR_RUN, COLLECTOR_ZH, lexicon)
    assert not only_repeats(COLLECTOR_REST[:-1] + ", where you can view it.", COLLECTOR_RUN, COLLECTOR_ZH, lexicon)
    for second in (COLLECTOR_REST, COLLECTOR_REST[:-1] + ", where you can view it."):
        m = build_from_texts(COLLECTOR_ZH_PAGE, _collector_en(second), "zh.md", "en.md", presplit=False)
        assert unpaired(m, "en") == [] and unpaired(m, "zh") == []


def test_english_repeating_names_the_run_writes_is_still_no_rendering() -> None:
    """The same shape with every name of the Chinese written by the run: the English beyond it repeats Collector and
    OTLP only (the deleted paragraph's shape), and is still found to render nothing of the Chinese."""
    lexicon = load_lexicon()
    zh = "使用 OpenTelemetry Collector 接收 OTLP 数据。"
    assert only_repeats("The OpenTelemetry Collector can also receive OTLP data.", COLLECTOR_RUN, zh, lexicon)


def test_a_step_number_or_code_span_of_the_chinese_the_run_leaves_unwritten_is_said_by_the_rest() -> None:
    """The same class for the names `clauses.marks` leaves out: a one-digit list number (the Chinese's items 2 and 3 in
    one sentence, the English's in two) and a code span the sentence text masks (the Chinese's list item opens with
    `name`, the English's first sentence does and the run kept, its second sentence, does not)."""
    lexicon = load_lexicon()
    zh = "2. 如果两个都不是 Tensor，那么使用 python 语义 3. 如果只有一个是 Tensor，那么也使用 python 语义，结果正确。"
    run = "3. If only one is a tensor, python semantics are used too, and the result is correct."
    assert not only_repeats("2.if neither is a tensor, python semantics are used.", run, zh, lexicon)
    # without the list numbers the second item only repeats tensor and python: no evidence it renders anything
    assert only_repeats("if neither is a tensor, python semantics are used.", run.removeprefix("3. "),
                        zh.replace("2. ", "").replace("3. ", ""), lexicon)
    masked = "\ufffc：证书所指定的一个或多个域名，注意设置之前需要确保证书的私钥是有效的。"
    kept = "To set it, the private key of this certificate must be valid."
    assert not only_repeats("\ufffc: the domain names of this certificate.", kept, masked, lexicon)


NS_ZH = """# 脚本

## 脚本如何被处理

在一个脚本中定义总是先运行，这样我们就可以在脚本中调用定义。

在定义运行之后, 我们从脚本文件的顶部开始, 一个接一个地运行每一组命令。
"""
NS_FIRST = "In a script, definitions run first."
NS_SECOND = "This allows us to call the definitions using the calls in the script."
NS_EN = f"""# Scripts

## How Scripts are Processed

{NS_FIRST} {NS_SECOND}

After the definitions run, we start at the top of the script file and run each group of commands one after another.
"""


def test_untested_content_words_or_a_tied_clause_are_no_repetition() -> None:
    """review61 R30 (nushell-heldout scripts en 42): one Chinese sentence of two clauses written as two English ones;
    the lexicon does not gloss 调用 as call, so the second sentence says nothing of the Chinese beyond the first, and
    the second clause says as much of each (script, definition). A tie is no evidence of repetition, and allow,
    call, using are content words neither the first sentence, the Chinese nor a name accounts for: the second
    sentence stays paired (dp61 at 8a7fb049: a false extra-target)."""
    lexicon = load_lexicon()
    zh = "在一个脚本中定义总是先运行，这样我们就可以在脚本中调用定义。"
    assert not only_repeats(NS_SECOND, NS_FIRST, zh, lexicon)
    m = build_from_texts(NS_ZH, NS_EN, "zh.md", "en.md", presplit=False)
    assert unpaired(m, "en") == [] and unpaired(m, "zh") == []
    # English saying less of the clause than the kept run, and no word of its own, still renders nothing of it
    assert only_repeats("Scripts run first.", NS_FIRST, "在一个脚本中定义总是先运行。", lexicon)
    # ...but a tie is no evidence: English saying the clause as much as the kept run may render it, it is not split
    assert not only_repeats("Definitions run first in a script.", NS_FIRST, "在一个脚本中定义总是先运行。", lexicon)


JOBS_ZH = """## 任务插桩

截至目前，`JobProvider` 或 `Job` 及相关类代表了[任务桥接 API](/docs/specs/jobs/api/)，
其存在的目的是编写任务附加器（job appenders），以便将通过其他任务 API 或框架记录的任务桥接到 Scheduler 中。
它们并非供终端用户用作 Cron、Quartz、Airflow 等任务工具的替代品。
"""
JOBS_DELETED = ("While the [JobProvider](../api/#jobprovider) / [Job](../api/#job)\n"
                "APIs are structurally similar to the equivalent [queue](../api/#queueprovider)\n"
                "and [timer](../api/#timerprovider) APIs, they serve a different use case.")
JOBS_EN = f"""## Job instrumentation

{JOBS_DELETED} As of
now, `JobProvider` / `Job` and associated classes represent the
[Job Bridge API](/docs/specs/jobs/api/), which exists to write job
appenders to bridge jobs recorded through other job APIs / frameworks into
Scheduler. They are not intended for end user use as a replacement for Cron
/ Quartz / Airflow / etc.
"""


def test_english_of_a_deleted_sentence_with_content_of_its_own_beside_a_chinese_rendered_clause_by_clause() -> None:
    """The Chinese of the paragraph's first sentence was deleted (otel java/instrumentation's shape, own words): the
    English sentence names JobProvider, Job and API as the next one does, and says content words the lexicon does not
    test (structurally, equivalent, serve, case); every clause of the Chinese has its counterpart in the next English
    sentence by two or more words of its own (represent, class, bridge / exist, appenders / framework, record), so
    nothing of it is left for the first sentence: reported (nothing unpaired before `every_clause_rendered`)."""
    m = build_from_texts(JOBS_ZH, JOBS_EN, "zh.md", "en.md", presplit=False)
    assert [s.text.text.split()[:3] for s in unpaired(m, "en")] == [["While", "the", "JobProvider"]]
    assert unpaired(m, "zh") == []
    # the faithful page (the first sentence's Chinese present) keeps every sentence paired
    first = ("尽管 [JobProvider](../api/#jobprovider) 或 [Job](../api/#job) 的 API 在结构上\n"
             "与对应的[队列](../api/#queueprovider)和[定时器](../api/#timerprovider) 的 API 相似，\n"
             "但它们适用于不同的使用场景。\n")
    faithful = JOBS_ZH.replace("截至目前，", first + "截至目前，")
    m = build_from_texts(faithful, JOBS_EN, "zh.md", "en.md", presplit=False)
    assert unpaired(m, "en") == [] and unpaired(m, "zh") == []


def test_a_clause_the_kept_run_says_only_by_the_shared_names_may_be_the_outside_englishs() -> None:
    """review61 R30's shape stays paired: 这样我们就可以在脚本中调用定义 says script and definition of both English
    sentences and nothing of the kept one alone; the lexicon misses 调用 = call, so the outside sentence may render
    it (`every_clause_rendered` False); with the clause gone (the defect) the outside English is reported."""
    lexicon = load_lexicon()
    zh = "在一个脚本中定义总是先运行，这样我们就可以在脚本中调用定义。"
    assert not every_clause_rendered(NS_SECOND, NS_FIRST, zh, lexicon)
    assert not only_repeats(NS_SECOND, NS_FIRST, zh, lexicon)
    # one kept-only word of a clause is not its counterpart either (MIN_SAID); a word both write in the same form
    # (definitions) is shared, not taken from the kept run (review63b R32)
    assert not every_clause_rendered(NS_SECOND, "They run.", "在一个脚本中定义总是先运行。", lexicon)
    assert every_clause_rendered(NS_SECOND, NS_FIRST, "在一个脚本中定义总是先运行。", lexicon)
    assert only_repeats(NS_SECOND, NS_FIRST, "在一个脚本中定义总是先运行。", lexicon)
    # a Chinese of short clauses only (a heading) has no clause to test: no evidence either way, nothing split
    assert not every_clause_rendered("It can be used both in the webview or within Rust.", "Supported platforms",
                                     "支持的平台", lexicon)


def test_a_clause_the_outside_english_says_in_another_form_may_be_its() -> None:
    """The last clause of one Chinese sentence (任务迁移期间需要保证服务不中断; karmada cluster-failover's shape)
    rendered as a sentence of its own: the kept run says migrate, task and want of it, the outside English
    "migration" and service; compared in any form (`clauses.words_said`) fewer than two words are the kept run's
    alone: not every clause is the kept run's, and the sentence (content words the lexicon does not test: during,
    keep, running) stays with its Chinese."""
    lexicon = load_lexicon()
    zh = "运维人员希望在节点重启之前把当前节点上的任务迁移到其他节点，任务迁移期间需要保证服务不中断。"
    kept = "The operator wants to migrate the tasks on the node to other nodes before the node restarts."
    outside = "During the migration, services must keep running."
    assert not every_clause_rendered(outside, kept, zh, lexicon)
    assert not only_repeats(outside, kept, zh, lexicon)
    # with the last clause gone from the Chinese (the defect), the sentence renders nothing of it
    assert only_repeats(outside, kept, zh.removesuffix("，任务迁移期间需要保证服务不中断。") + "。", lexicon)


JANITOR_ZH = """# 缓存清理

`CacheJanitor` 是缓存模块自带的后台任务。

`CacheJanitor` 会定期清理过期的缓存条目并释放这些条目占用的内存。

清理的间隔可以在配置文件中修改。
"""
JANITOR_EN = """# Cache cleanup

`CacheJanitor` is a background task that ships with the cache module.

`CacheJanitor` periodically goes through the cache and cleans up every cache entry that has already expired. \
The memory held by those cache entries then goes back to the process.

The cleanup interval can be changed in the configuration file.
"""


def test_a_predicate_joined_by_a_coordinator_is_a_clause_of_its_own() -> None:
    """review63b R30: 清理过期的缓存条目并释放这些条目占用的内存 is one clause by its commas, two predicates joined
    by 并; the second English sentence renders the second (释放…内存: memory). The kept sentence says nothing of it, so
    not every clause is the kept run's: the faithful page stays paired. With the second predicate deleted from the
    Chinese (the defect), the second sentence renders nothing of it."""
    lexicon = load_lexicon()
    zh = "`CacheJanitor` 会定期清理过期的缓存条目并释放这些条目占用的内存。"
    kept = ("`CacheJanitor` periodically goes through the cache and cleans up every cache entry that has already "
            "expired.")
    outside = "The memory held by those cache entries then goes back to the process."
    assert not every_clause_rendered(outside, kept, zh, lexicon)
    assert not only_repeats(outside, kept, zh, lexicon)
    m = build_from_texts(JANITOR_ZH, JANITOR_EN, "zh.md", "en.md", presplit=False)
    assert unpaired(m, "en") == [] and unpaired(m, "zh") == []
    assert every_clause_rendered(outside, kept, "`CacheJanitor` 会定期清理过期的缓存条目。", lexicon)


def test_a_chinese_word_counts_once_however_many_of_its_glosses_the_english_writes() -> None:
    """review63b R31: "exists" writes two glosses of 存在 (exist, existence); the clause 这一机制的存在让进程的内存保持
    稳定 is said by the kept sentence by that one word only, fewer than MIN_SAID: the outside sentence may render it."""
    lexicon = load_lexicon()
    zh = "`Janitor` 会定期清理过期的缓存条目，这一机制的存在让进程的内存保持稳定。"
    kept = "`Janitor` periodically cleans up expired cache entries, which is why it exists."
    outside = "Thanks to it, the footprint stays flat over time."
    assert not every_clause_rendered(outside, kept, zh, lexicon)
    assert not only_repeats(outside, kept, zh, lexicon)
    # the real defect of that shape: the second clause deleted, the outside sentence renders nothing of the Chinese
    assert every_clause_rendered(outside, kept, "`Janitor` 会定期清理过期的缓存条目。", lexicon)


def test_a_deleted_sentence_repeating_a_verb_of_its_neighbour_is_still_reported() -> None:
    """review63b R32: the deleted English sentence of the jobs page ends "they represent a different use case.": the
    verb its neighbour renders 代表 by, in the same form. A word both English texts write is shared, not evidence that
    the deleted sentence renders the clause: it is still reported."""
    deleted = JOBS_DELETED.replace("they serve a different use case.", "they represent a different use case.")
    m = build_from_texts(JOBS_ZH, JOBS_EN.replace(JOBS_DELETED, deleted), "zh.md", "en.md", presplit=False)
    assert [s.text.text.split()[:3] for s in unpaired(m, "en")] == [["While", "the", "JobProvider"]]
    assert unpaired(m, "zh") == []
