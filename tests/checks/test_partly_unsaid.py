"""The clauses of a Chinese sentence (at one end or between) that its English leaves out (`checks.partly_unsaid`;
review64 R4: a Chinese sentence written as two English sentences, one of them dropped, was found 1 time in 213)."""
from __future__ import annotations

from pathlib import Path

from tests.pages import rules_and_messages
from zhen_qa.aligner.lexicon import Lexicon, load_lexicon
from zhen_qa.aligner.scorers.length import MU
from zhen_qa.checks.partly_unsaid import clauses_of, en_roots, names_of, said_with_roots, unsaid_part

ZH = ("# 部署\n\n## 准备\n\n"
      "部署之前需要安装数据库。"
      "这个命令会先检查服务器上的配置文件，如果配置文件中的端口已经被其他程序占用，系统就会输出一条错误信息并且立即退出。"
      "你可以在日志中查看详细的原因。\n\n"
      "完成后重启服务器。\n")
EN_BEFORE = ("# Deploy\n\n## Preparation\n\n"
             "Install the database before deploying. ")
EN_FIRST = "The command first checks the configuration file on the server."
EN_SECOND = (" If the port in the configuration file is already used by another program, the system prints an error "
             "message and exits at once.")
EN_AFTER = " You can read the detailed reason in the log.\n\nRestart the server when done.\n"

SENTENCE = ("这个命令会先检查服务器上的配置文件，"
            "如果配置文件中的端口已经被其他程序占用，系统就会输出一条错误信息并且立即退出。")
FIRST = "The command first checks the configuration file on the server."
SECOND = ("If the port in the configuration file is already used by another program, the system prints an error "
          "message and exits at once.")


def _untranslated(found: list[tuple[str, str]]) -> list[str]:
    return [m for r, m in found if r == "untranslated"]


def test_a_sentence_whose_second_english_sentence_is_dropped_is_reported(tmp_path: Path) -> None:
    found = _untranslated(rules_and_messages(tmp_path, ZH, EN_BEFORE + EN_FIRST + EN_AFTER))
    assert len(found) == 1 and "如果配置文件中的端口已经被其他程序占用" in found[0]
    assert "这个命令会先检查" not in found[0]


def test_the_whole_translation_stays_silent(tmp_path: Path) -> None:
    assert _untranslated(rules_and_messages(tmp_path, ZH, EN_BEFORE + EN_FIRST + EN_SECOND + EN_AFTER)) == []


def test_the_run_at_the_start_is_named_when_the_first_english_sentence_is_dropped() -> None:
    """The same shape at the other end: the English renders the conditional clauses only."""
    assert unsaid_part(SENTENCE, SECOND, MU) == "这个命令会先检查服务器上的配置文件，"


def test_the_english_sentence_beside_that_renders_the_part_silences_it() -> None:
    """The search paired the part's English with the Chinese sentence beside: the English after says its words."""
    assert unsaid_part(SENTENCE, FIRST, MU) is not None
    assert unsaid_part(SENTENCE, FIRST, MU, beside=("", SECOND + " You can read the reason in the log.")) is None
    assert unsaid_part(SENTENCE, FIRST, MU, beside=("", "You can read the detailed reason in the log.")) is not None


def test_an_english_sentence_alone_beside_the_part_silences_it() -> None:
    """An English sentence without Chinese on the part's side is its rendering (or an addition reported alone)."""
    assert unsaid_part(SENTENCE, FIRST, MU, beside=("", None)) is None
    assert unsaid_part(SENTENCE, FIRST, MU, beside=(None, "")) is not None  # the run at the end: the side after


def test_the_english_beside_that_writes_the_parts_name_as_code_silences_it() -> None:
    zh = "系统会先检查服务器上的配置文件，如果配置有误就会调用 rollback 函数把所有的修改全部撤销并且退出。"
    en = "The system first checks the configuration file on the server."
    assert unsaid_part(zh, en, MU, beside=("", "Then `other` runs.")) is not None
    assert unsaid_part(zh, en, MU, beside=("", "Then `rollback` runs.")) is None  # one word: said_of alone lets it by


def test_a_short_clause_folded_into_a_free_rendering_stays_silent() -> None:
    """A clause of fewer than PART_HAN Han characters (以便快速查找问题) is often a word or two of a free
    translation."""
    zh = "系统会把每一次请求的耗时和状态码都写入访问日志文件，以便快速查找问题。"
    assert unsaid_part(zh, "The system writes the duration and status code of every request to the access log.",
                       MU) is None


def test_a_lead_in_before_a_block_stays_silent() -> None:
    """A single clause ending with a colon says what the block after it shows: "like this:" renders it."""
    zh = "如果需要启用压缩功能，在项目根目录的配置文件中加入下面的几行内容就完成了插件的开启和配置："
    assert unsaid_part(zh, "If you need to enable compression, change it like this:", MU) is None


def test_english_as_long_as_the_whole_sentence_stays_silent() -> None:
    """English that renders the part in words the lexicon does not know is as long as the whole sentence."""
    long_en = FIRST + " Should some other tool already hold that port, the run stops straight away with a complaint."
    assert unsaid_part(SENTENCE, long_en, MU) is None


def test_a_name_of_the_part_written_in_the_english_stays_silent() -> None:
    """A name or number the part writes that the English writes too (as code, say) is the part's rendering."""
    zh = "这个命令会先检查服务器上的配置文件，如果端口已经被其他程序占用，系统就会输出错误码 4031 并且立即退出。"
    assert unsaid_part(zh, FIRST, MU) is not None
    assert unsaid_part(zh, FIRST, MU, written=FIRST + " Code `4031`.") is None


def test_a_name_the_english_writes_in_another_case_stays_silent() -> None:
    """Names are compared whatever their case (`clauses.marks` lower-cases them): `ThreadLocal` in the English."""
    zh = "很多框架会把一些环境变量信息放到调用线程的 ThreadLocal 里面，由于调用线程发生了变化，所以这些信息将会丢失。"
    en = "The method runs in another thread, so the values are lost."
    assert unsaid_part(zh, en, MU) is not None
    written = "The method runs in another thread, so the `ThreadLocal` values are lost."
    assert unsaid_part(zh, en, MU, written=written) is None



PURPOSE = "为了便于监控服务状态，我们建议开启请求计数，这样在流量突然增加时就能够迅速地找到对应的接口。"
PURPOSE_EN = "We recommend enabling request counting to make it easier to monitor the service."


def test_a_run_restating_the_purpose_the_english_renders_once_stays_silent() -> None:
    """review65 R9: 为了 … ，这样 … — the run at the end says again what the purpose says; the English says it once."""
    assert unsaid_part(PURPOSE, PURPOSE_EN, MU) is None


def test_a_result_run_without_a_purpose_before_it_is_still_reported() -> None:
    """The same run after a clause of means (通过 …) or no lead at all is a claim of its own, and its omission real."""
    means = PURPOSE.replace("为了便于监控服务状态", "通过修改配置文件")
    assert unsaid_part(means, PURPOSE_EN, MU) == "这样在流量突然增加时就能够迅速地找到对应的接口。"
    assert unsaid_part(SENTENCE, FIRST, MU) is not None  # 如果 … 就会输出错误信息并退出: no result connective


def test_a_purpose_restated_on_a_page_stays_silent(tmp_path: Path) -> None:
    zh = "# 入门\n\n## 准备\n\n部署之前需要安装数据库。\n\n" + PURPOSE + "\n\n完成后重启服务器。\n"
    en = "# Getting started\n\n## Preparation\n\nInstall the database before deploying.\n\n" + PURPOSE_EN + \
        "\n\nRestart the server when done.\n"
    assert _untranslated(rules_and_messages(tmp_path, zh, en)) == []
    means = zh.replace("为了便于监控服务状态", "通过修改配置文件")
    assert len(_untranslated(rules_and_messages(tmp_path, means, en))) == 1


THREE = ("这个命令会先检查服务器上的配置文件，然后把所有的旧日志文件都压缩并且移动到备份目录里面，"
         "最后系统会重新启动全部的服务进程。")
THREE_FIRST = "The command first checks the configuration file on the server."
THREE_MIDDLE = "Then it compresses all old log files and moves them to the backup directory."
THREE_LAST = "Finally, the system restarts all service processes."
MIDDLE_RUN = "然后把所有的旧日志文件都压缩并且移动到备份目录里面，"


def test_a_dropped_middle_english_sentence_names_the_clauses_between() -> None:
    """A Chinese sentence of three clauses written as three English sentences, the middle one dropped: the English
    renders the clauses at both ends, and nothing of those between."""
    assert unsaid_part(THREE, f"{THREE_FIRST} {THREE_LAST}", MU, sentences=2) == MIDDLE_RUN
    assert unsaid_part(THREE, f"{THREE_FIRST} {THREE_MIDDLE} {THREE_LAST}", MU, sentences=3) is None


def test_a_dropped_middle_english_sentence_is_reported_on_a_page(tmp_path: Path) -> None:
    zh = f"# 部署\n\n## 准备\n\n部署之前需要安装数据库。{THREE}你可以在日志中查看详细的原因。\n\n完成后重启服务器。\n"
    en = f"{EN_BEFORE}{THREE_FIRST} {THREE_LAST}{EN_AFTER}"
    found = _untranslated(rules_and_messages(tmp_path, zh, en))
    assert len(found) == 1 and MIDDLE_RUN.rstrip("，") in found[0]
    en_whole = f"{EN_BEFORE}{THREE_FIRST} {THREE_MIDDLE} {THREE_LAST}{EN_AFTER}"
    assert _untranslated(rules_and_messages(tmp_path, zh, en_whole)) == []


def test_a_condensed_rendering_of_the_clauses_between_stays_silent() -> None:
    """The English says the whole sentence in fewer words: the clauses between are in it ("archives the old logs"
    says 日志), so nothing is unsaid."""
    condensed = "The command checks the server's configuration, archives the old logs and restarts all services."
    assert unsaid_part(THREE, condensed, MU, sentences=2) is None  # two English sentences: the runs between are tested


def test_clauses_between_that_one_english_sentence_leaves_out_stay_silent() -> None:
    """One English sentence that joins the ends and says nothing of the clauses between is a condensation (no
    sentence of a split rendering is missing); the same English as two sentences is the dropped middle."""
    skipped = "The command checks the configuration file on the server, then restarts all service processes."
    assert unsaid_part(THREE, skipped, MU, sentences=1) is None
    assert unsaid_part(THREE, skipped, MU, sentences=2) == MIDDLE_RUN


REDIS_EN = "The Redis client first reads the configuration file on the server."


def test_a_name_the_rest_writes_too_does_not_silence_the_run() -> None:
    """The English writes `Redis` for the clause that renders it; the run's `Redis` is the same topic name, no
    rendering of the run (a dropped second English sentence)."""
    zh = "Redis 客户端会先读取服务器上的配置文件，如果 Redis 的端口已经被其他程序占用就会输出一条错误信息并立即退出。"
    assert unsaid_part(zh, REDIS_EN, MU) == "如果 Redis 的端口已经被其他程序占用就会输出一条错误信息并立即退出。"


def test_a_shared_name_with_another_word_of_the_english_stays_silent() -> None:
    """With the shared name in the English, a run that says another word of it (服务器 "server") may be folded
    into it: silent. A name of the run's own in the English is its rendering: silent."""
    tail = "如果服务器上 Redis 的端口已经被其他程序占用就会输出一条错误信息并立即退出。"
    shared = "Redis 客户端会先读取服务器上的配置文件，" + tail
    own = "客户端会先读取服务器上的配置文件，" + tail
    assert unsaid_part(shared, REDIS_EN, MU) is None
    assert unsaid_part(own, REDIS_EN, MU) is None


VALUES_ZH = "同步任务的默认等待时间，超过这个时间，任务自动取消；比如设置 2d, 5h, 10m, 30s，分别代表天、小时、分、秒"
VALUES_FIRST = "default wait time for sync jobs."


def test_a_list_of_values_is_one_clause() -> None:
    """An ASCII comma between two values (2d, 5h) separates items of a list, not clauses; one between Chinese words
    (a writer's half-width comma) still cuts."""
    assert clauses_of(VALUES_ZH)[3] == "比如设置 2d, 5h, 10m, 30s，"
    assert clauses_of("系统支持多种配置,用户可以自己选择") == ["系统支持多种配置,", "用户可以自己选择"]


def test_a_run_whose_values_the_english_writes_stays_silent() -> None:
    """review66 R-lead1: the English writes the run's values verbatim ("(i.e. 2d, 5h, 10m, 30s)") in a paraphrase
    the lexicon does not link; cut at the list's commas, the run between ended inside the list and was reported."""
    en = f"{VALUES_FIRST} A sync job will be dropped once it's over (i.e. 2d, 5h, 10m, 30s)"
    assert unsaid_part(VALUES_ZH, en, MU, sentences=2) is None


def test_the_dropped_sentence_that_held_the_values_is_still_reported() -> None:
    """The same sentence whose English sentence with the values is dropped: the run between is named, the list
    whole."""
    en = f"{VALUES_FIRST} The four values stand for days, hours, minutes and seconds."
    assert unsaid_part(VALUES_ZH, en, MU, sentences=2) == "超过这个时间，任务自动取消；比如设置 2d, 5h, 10m, 30s，"


def test_a_value_with_its_unit_written_in_the_english_stays_silent() -> None:
    """A value of one digit and a unit (5h) is a name of the run the English writes (`marks` takes neither 5 nor
    h)."""
    zh = "同步任务的默认等待时间，超过这个时间，任务自动取消；比如设置为 5h，这个值可以在配置里修改"
    en = f"{VALUES_FIRST} A sync job will be dropped once it's over (e.g. 5h). You can change it in the config"
    assert names_of("比如设置为 5h，") == {"5h"}
    assert unsaid_part(zh, en, MU, sentences=3) is None


KAFKA_ZH = "对于 Kafka 来说，这种做法显然不合适，因为 Kafka 不应当强迫所有的消费者都使用同一种序列化格式。"


def test_a_shared_name_with_an_en_verb_of_the_runs_root_stays_silent() -> None:
    """review66 R-lead2: the English writes the shared name and "enforce", whose root the run says (强迫 = force):
    a paraphrase of the run ("such requirement"), not a dropped sentence."""
    assert unsaid_part(KAFKA_ZH, "This is not suitable as Kafka should not enforce such requirement.", MU) is None


def test_an_en_root_is_one_the_lexicon_knows_as_an_english_word() -> None:
    """enforce's root is force; the letters after en- of environment, energy or enterprise are no word (the prefix
    strip alone made "vironment" of environment)."""
    lexicon = load_lexicon()
    assert en_roots("Kafka should not enforce it, nor enlarge or empower the broker.", lexicon) == [
        "force", "large", "power"]
    assert en_roots("Set the environment of the enterprise, and its energy.", lexicon) == []


def test_a_gloss_of_a_word_s_tail_after_en_says_nothing_of_the_word() -> None:
    """A Chinese word whose gloss holds the tail of an en- word (here 周边, glossed "vironment" in a lexicon written
    for the test) does not say "environment"; one glossing an en- verb's root (强迫 = force) says "enforce"."""
    lexicon = Lexicon(zh2en={"强迫": ("forc",), "周边": ("vironment",)}, en2zh={"forc": ("强迫",)})
    assert said_with_roots("周边的设置", "Set the environment.", lexicon) == set()
    assert said_with_roots("不应当强迫用户", "Kafka should not enforce it.", lexicon) == {"forc"}


def test_a_shared_name_without_the_runs_words_is_still_reported() -> None:
    """The English that renders only the first clauses (its second sentence dropped) still leaves the run unsaid."""
    assert unsaid_part(KAFKA_ZH, "This approach is clearly not suitable for Kafka.", MU) == (
        "因为 Kafka 不应当强迫所有的消费者都使用同一种序列化格式。")


def test_a_half_width_comma_between_clauses_that_begin_with_names_still_cuts() -> None:
    """A clause ending with a name and the next beginning with one (…就是 SPI, SPI1 的引脚…) are two clauses: only
    a piece that is one value alone joins the list before it."""
    assert clauses_of("接口二默认就是 SPI, SPI1 的引脚需要先设置，具体看文档。") == [
        "接口二默认就是 SPI,", " SPI1 的引脚需要先设置，", "具体看文档。"]


CODE_ZH = ("# 部署\n\n## 准备\n\n部署之前需要安装数据库。"
           "这个命令会先检查服务器上的配置文件，"
           "如果配置文件中的端口已经被其他程序占用，就把错误信息写入 `PORT_ERRORS` 里。"
           "\n\n完成后重启服务器。\n")


def test_a_part_whose_code_span_ends_the_english_sentence_stays_silent(tmp_path: Path) -> None:
    """The English sentence ends with the part's code span: the English as the file writes it holds the whole span
    (it used to stop at the span's first character, so the part's code was not seen and the part was named)."""
    en = (f"{EN_BEFORE}The command first checks the configuration file on the server, see `PORT_ERRORS`\n\n"
          "Restart the server when done.\n")
    assert _untranslated(rules_and_messages(tmp_path, CODE_ZH, en)) == []


def test_a_dropped_sentence_that_held_the_code_span_is_still_reported(tmp_path: Path) -> None:
    """The same page whose English sentence with the code span is gone: the part is named."""
    en = (f"{EN_BEFORE}The command first checks the configuration file on the server.\n\n"
          "Restart the server when done.\n")
    found = _untranslated(rules_and_messages(tmp_path, CODE_ZH, en))
    assert len(found) == 1 and "如果配置文件中的端口已经被其他程序占用" in found[0]


ASIDE = ("对于初学者，我们建议先从在线的开发环境开始"
         "（如果你的网络无法访问这个服务，可以跳过这一步，直接在本地的环境中运行全部的示例代码，译者注）。")


def test_a_translators_note_stays_silent() -> None:
    """A translator's note in brackets, cut at its commas: what the translator adds has no English by design."""
    assert unsaid_part(ASIDE, "For beginners, we recommend that you start with the online development environment.",
                       MU) is None


def test_the_same_aside_without_the_note_mark_is_still_reported() -> None:
    """The same run in brackets that is not marked as the translator's: an English rendering can end a sentence
    inside the aside, and that sentence can be the one dropped."""
    assert unsaid_part(ASIDE.replace("，译者注", ""), "For beginners, we recommend that you start with the online "
                       "development environment.", MU) == "可以跳过这一步，直接在本地的环境中运行全部的示例代码）。"
