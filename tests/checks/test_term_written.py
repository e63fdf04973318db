"""Tests of checks.term_written: accepted forms of one concept that are one term written two ways, and those that
are two words the glossary admits (term-inconsistent reports the first kind only, unless admitted synonyms are
asked for)."""
from __future__ import annotations

from tests.checks.terms_kit import only, run, run_syn
from zhen_qa.checks.term_written import competing, is_respelling, is_shortened, written_key
from zhen_qa.glossary.model import Concept, Glossary


def test_two_words_the_glossary_admits_for_one_concept_are_no_mixture() -> None:
    """The glossary admits "launch" beside "start" for 启动: a page saying "launch" more often than "start" uses the
    choice the glossary gave it (egg-heldout-g GA, arthas-heldout-g GK: invocation / call / invoke). Reported only
    where the user asks for admitted synonyms (`admitted-synonyms = true`)."""
    g = Glossary.build([Concept("start", "启动", "start", en_admitted=("started", "launch"))], "g.csv")
    zh = ["启动应用。", "再次启动应用。", "启动服务。"]
    en = ["Start the app.", "Launch the app again.", "Launch the service."]
    assert only(run(g, zh, en), "term-inconsistent") == []  # fails before: launch ×2 outnumbers start ×1
    assert len(only(run_syn(g, zh, en), "term-inconsistent")) == 1


def test_two_chinese_words_the_glossary_admits_are_no_mixture() -> None:
    """错误处理 and 异常处理 both admitted for "error handling" (egg-heldout-g): two words, the glossary's choice."""
    g = Glossary.build([Concept("eh", "错误处理", "error handling", zh_admitted=("异常处理",))], "g.csv")
    zh = ["异常处理很重要。", "统一的异常处理。", "错误处理中间件。"]
    en = ["Error handling matters.", "Unified error handling.", "The error handling middleware."]
    assert only(run(g, zh, en), "term-inconsistent") == []  # fails before: 异常处理 ×2 outnumbers 错误处理 ×1


def test_one_term_spelt_two_ways_is_reported_even_where_the_preferred_spelling_leads() -> None:
    """plugin ×3 and plug-in ×1, both listed: a spelling slip an editor unifies, as discovery reports it without a
    glossary. Before, the preferred form leading hid it, and discovery left it to the glossary (decided)."""
    g = Glossary.build([Concept("plugin", "插件", "plugin", en_admitted=("plugins", "plug-in", "plug-ins"))], "g.csv")
    zh = ["安装插件。", "插件会被加载。", "编写插件。", "卸载插件。"]
    en = ["Install the plugin.", "Plugins are loaded.", "Write a plugin.", "Remove the plug-in."]
    (f,) = only(run(g, zh, en), "term-inconsistent")  # fails before: plugin ×3 leads plug-in ×1
    assert (f.location.line, f.suggestion) == (9, "plugin") and "plug-in ×1" in f.message
    assert only(run(g, zh, en[:3] + ["Remove the plugin."]), "term-inconsistent") == []


def test_a_british_and_an_american_spelling_mixed_are_reported_beside_an_admitted_synonym() -> None:
    """optimize and optimise listed with "tune": the spellings mixed are reported, and the finding names them, not
    the synonym the page also uses."""
    g = Glossary.build([Concept("opt", "优化", "optimize", en_admitted=("optimise", "tune"))], "g.csv")
    zh = ["优化查询。", "优化索引。", "优化缓存。", "优化内存。"]
    en = ["Optimize the query.", "Optimise the index.", "Tune the cache.", "Tune the memory."]
    (f,) = only(run(g, zh, en), "term-inconsistent")
    assert f.message.startswith("2 forms of “optimize”") and "tune" not in f.message
    assert f.location.line == 7


def test_one_term_written_shorter_inside_is_still_a_mixture_where_the_preferred_form_does_not_lead() -> None:
    """maixpy-heldout-g: "local area network" and "local network" for 局域网, the shorter form more often."""
    g = Glossary.build([Concept("lan", "局域网", "local area network", en_admitted=("local network",))], "g.csv")
    zh = ["连接局域网。", "同一局域网下。", "局域网地址。"]
    en = ["Connect to the local area network.", "On the same local network.", "The local network address."]
    (f,) = only(run(g, zh, en), "term-inconsistent")
    assert f.location.line == 6
    assert only(run(g, zh, [en[0], en[1], "The local area network address."]), "term-inconsistent") == []


def test_written_key_folds_case_hyphens_spaces_and_british_spellings() -> None:
    assert written_key("Life-cycle") == written_key("lifecycle") == written_key("life cycle")
    assert written_key("thrift-binary") == written_key("thrift binary")
    assert written_key("initialise") == written_key("Initialize") and written_key("WiFi") == written_key("Wi-Fi")
    assert is_respelling("front-end", "Frontend") and not is_respelling("start", "launch")
    assert not is_respelling("plugin", "plugin") and not is_respelling("错误处理", "异常处理")
    assert is_respelling("仪表板", "仪表盘") and is_respelling("可信区间", "置信区间")
    assert not is_respelling("目录", "条目") and not is_respelling("存储库", "仓库")


def test_a_chinese_compound_written_with_one_character_otherwise_is_reported() -> None:
    """otel-heldout-g: 仪表板 ×2 and 仪表盘 ×1 for dashboard, both listed: one word spelt two ways, reported whatever
    leads (an editor unifies), where two admitted words (错误处理 / 异常处理) are not."""
    g = Glossary.build([Concept("db", "仪表板", "dashboard", zh_admitted=("仪表盘",))], "g.csv")
    zh = ["打开仪表板。", "仪表板显示指标。", "在仪表盘中查看。"]
    en = ["Open the dashboard.", "The dashboard shows metrics.", "View it in the dashboard."]
    (f,) = only(run(g, zh, en), "term-inconsistent")  # fails before: the preferred 仪表板 ×2 leads
    assert f.lang == "zh" and "仪表盘 ×1" in f.message


def test_shortened_is_a_part_left_out_inside_not_a_word_at_an_end_nor_another_word() -> None:
    assert is_shortened("local network", "local area network") and is_shortened("胞外囊泡", "细胞外囊泡")
    assert is_shortened("宫颈癌", "子宫颈癌") and not is_shortened("仓库", "存储库")
    assert not is_shortened("network", "local area network")  # one word: no phrase written shorter
    assert not is_shortened("business error", "business exception") and not is_shortened("log", "logger")


def test_competing_keeps_the_respelt_and_the_shortened_apart_from_synonyms() -> None:
    assert competing(["plugin", "plug-in", "extension"]) == (["plugin", "plug-in"], [])
    assert competing(["start", "launch", "boot"]) == ([], [])
    assert competing(["local area network", "local network", "LAN"]) == ([], ["local area network", "local network"])
