"""Tests of checks.term_inconsistent on documentation pages checked with a glossary: a verb or adjective beside the
noun it makes, the preferred phrase said shorter, a form inside a property path (stop 48, docg48c). Run with admitted
synonyms reported (`run_syn`): a second word of the concept is the mixture these tests keep reported."""
from __future__ import annotations

from tests.checks.terms_kit import only, run_syn
from zhen_qa.checks.term_forms import (
    in_camel_name,
    in_code_string,
    in_dotted_name,
    is_nominalisation,
    is_other_part_of_speech,
    is_phrasal_noun,
    is_phrase_part_of_speech,
)
from zhen_qa.checks.term_inconsistent import is_participle_pair, is_verb_form, same_word
from zhen_qa.glossary.model import Concept, Glossary


def test_a_verb_and_the_noun_it_makes_are_one_usage() -> None:
    """register / registration: the sentence chooses the part of speech; the glossary admits both."""
    g = Glossary.build([Concept("reg", "注册", "register", en_admitted=("registration",))], "g.csv")
    zh = ["组件注册方式。", "你可以全局注册组件。", "注册之后即可使用。", "局部注册的组件。"]
    en = ["Ways of component registration.", "You can register components globally.",
          "After registration you can use it.", "A component of local registration."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: registration ×3, register ×1
    assert is_nominalisation("compatible", "compatibility") and is_nominalisation("installation", "install")
    assert is_other_part_of_speech("migrate", "migration")
    assert not is_nominalisation("nation", "national") and not is_nominalisation("state", "station")
    assert not is_nominalisation("port", "portion")  # too short a stem to tell from a word of its own


def test_the_preferred_phrase_said_shorter_stands_for_it() -> None:
    """"output" for the preferred "build output" leads the admitted "bundle": no mixture; where "bundle" leads the
    shortened form it is still one."""
    g = Glossary.build([Concept("out", "构建产物", "build output", zh_admitted=("产物",),
                                en_admitted=("output", "bundle"))], "g.csv")
    zh = ["产物目录。", "查看产物。", "产物大小会增加。"]
    en = ["The output directory.", "Look at the output.", "The bundle size may grow."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: bundle and output mixed
    en2 = ["The bundle directory.", "Look at the bundle.", "The output may grow."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1


def test_a_form_inside_a_property_path_is_no_use_of_it() -> None:
    g = Glossary.build([Concept("out", "构建产物", "build output", en_admitted=("output", "bundle"))], "g.csv")
    zh = ["配置 output.polyfill 选项。", "构建产物更小。", "构建产物目录。"]
    en = ["Set the output.polyfill option.", "The bundle is smaller.", "The bundle directory."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: output counted against bundle
    assert in_dotted_name("see output.target", 4, 10) and in_dotted_name("config.output", 7, 13)
    assert not in_dotted_name("the output. Then", 4, 10)


def test_a_citation_number_or_a_glued_sentence_after_the_stop_is_no_property_path() -> None:
    # review48b G1: "radiation therapy.12" is a term before its superscript citation, not `therapy.12`
    assert not in_dotted_name("after radiation therapy.12 The", 16, 23)
    assert not in_dotted_name("after radiation therapy.The", 16, 23)
    assert in_dotted_name("set output.distPath", 4, 10)


def test_a_form_its_chinese_writes_too_is_a_name_no_choice_of_form() -> None:
    """dgtm49b: the glossary admits "browserslist" for the concept "browser range"; the page's Chinese keeps
    Browserslist wherever its English says it (the tool's name) and says 浏览器范围 where the English says "browser
    range": no mixture of the translation. Where the Chinese says 浏览器范围 for both, the English mixes forms."""
    g = Glossary.build([Concept("range", "浏览器范围", "browser range", en_admitted=("browserslist",))], "g.csv")
    zh = ["通过 Browserslist 设置浏览器范围。", "Browserslist 是社区标准。", "可以在 Browserslist 中配置。",
          "当你指定了一个浏览器范围时。"]
    en = ["Set the browser range with Browserslist.", "Browserslist is a community standard.",
          "You can configure it in Browserslist.", "When you specify a browser range."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: browserslist ×3, browser range ×2
    zh2 = ["设置浏览器范围。", "浏览器范围是社区标准。", "可以在浏览器范围中配置。", "当你指定了一个浏览器范围时。"]
    en2 = ["Set the browser range.", "Browserslist is a community standard.",
           "You can configure it in browserslist.", "When you specify a browserslist."]
    assert len(only(run_syn(g, zh2, en2), "term-inconsistent")) == 1


def test_a_common_noun_the_chinese_leaves_in_english_is_no_name() -> None:
    """review49 R3: the Chinese leaving the lower-case dictionary word "dataset" untranslated does not make it the
    thing's name (as Browserslist is): the English still mixes "dataset" and "data set"."""
    g = Glossary.build([Concept("ds", "数据集", "dataset", en_admitted=("data set",))], "g.csv")
    zh = ["数据集已下载。", "加载 dataset 之后即可训练。", "这个 dataset 很大。", "每个数据集都有标签。",
          "数据集需要清洗。"]
    en = ["The data set is downloaded.", "After loading the dataset you can train.", "This dataset is large.",
          "Each data set has labels.", "The data set needs cleaning."]
    assert len(only(run_syn(g, zh, en), "term-inconsistent")) == 1


def test_a_phrase_with_one_word_in_another_part_of_speech_is_one_usage() -> None:
    """"fault-tolerant" beside "fault tolerance", "fetch data" beside "data fetching": the sentence chooses the part
    of speech (stop 50, pres50); two phrases naming two things stay two forms."""
    g = Glossary.build([Concept("ft", "容错", "fault tolerance", en_admitted=("fault-tolerant",))], "g.csv")
    zh = ["系统支持容错。", "容错机制很重要。", "容错的设计。"]
    en = ["The system is fault-tolerant.", "The fault tolerance mechanism matters.", "A fault-tolerant design."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: fault-tolerant ×2, fault tolerance ×1
    g = Glossary.build([Concept("df", "数据获取", "data fetching", en_admitted=("fetch data",))], "g.csv")
    zh = ["数据获取的方式。", "在导航之后数据获取。", "在导航之前数据获取。"]
    en = ["Ways of data fetching.", "Fetch data after navigation.", "Fetch data before navigation."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before
    assert is_phrase_part_of_speech("fault-tolerant", "fault tolerance")
    assert not is_phrase_part_of_speech("task node", "task instance")
    assert not is_phrase_part_of_speech("stem cell", "cell stem")


def test_two_participles_of_one_listed_verb_are_one_usage() -> None:
    """glos54 (dolphin project-list): "manual start or scheduled scheduling" where the glossary admits both
    "scheduled" and "scheduling" for 定时: one verb, the participle chosen by the sentence, not a mixture. A form of
    another word ("cron") beside one of them is still one."""
    forms = ("schedule", "scheduled", "scheduling", "cron")
    g = Glossary.build([Concept("timing", "定时", "timing", en_admitted=forms)], "g.csv")
    zh = ["工作流实例可以通过手动启动或定时调度生成。", "设置定时后系统自动运行工作流。"]
    en = ["A workflow instance is generated by manual start or scheduled scheduling.",
          "After scheduling is set the system runs the workflow."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: scheduled ×1, scheduling ×2
    en2 = ["A workflow instance is generated by manual start or scheduled scheduling.",
           "After cron is set the system runs the workflow."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1
    assert is_participle_pair("planned task", "planning task") and not is_participle_pair("need", "needing")
    assert not is_participle_pair("scheduled", "schedule") and not is_participle_pair("red", "ring")


def test_a_noun_written_open_and_closed_is_a_mixture() -> None:
    """review55 R4 (antd55's is_phrasal_pair, reverted): "the setup" and "the set up" are one noun spelt two ways,
    the open form its most common misspelling; from the two forms alone a phrasal verb cannot be told from it."""
    g = Glossary.build([Concept("su", "安装程序", "setup", en_admitted=("set up",))], "g.csv")
    zh = ["运行安装程序。", "安装程序会检查磁盘空间。", "安装程序完成后重启电脑。"]
    en = ["Run the setup.", "The set up checks the disk space.", "Restart the computer after the set up finishes."]
    assert len(only(run_syn(g, zh, en), "term-inconsistent")) == 1


def test_a_listed_verb_in_its_grammatical_forms_is_one_usage() -> None:
    """gc56 (galacean bake-blender, light/ambient): the glossary admits bake|baking|baked|bakes for 烘焙 and the page
    says "bake the lights", "baking settings", "the baked texture": one verb whose form the sentence chooses. A
    second verb listed for the concept beside it ("roast") is still a mixture."""
    g = Glossary.build([Concept("bake", "烘焙", "bake", en_admitted=("baking", "baked", "bakes", "roast"))], "g.csv")
    zh = ["在 Blender 中烘焙光照。", "打开烘焙设置面板。", "调整烘焙参数。", "导出烘焙后的纹理。", "烘焙完成后保存。"]
    en = ["Bake the lighting in Blender.", "Open the baking settings panel.", "Adjust the baking parameters.",
          "Export the baked texture.", "Save after the bake finishes."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: bake ×2, baking ×2, baked ×1
    en2 = ["Roast the lighting in Blender.", "Open the roast settings panel.", "Adjust the roast parameters.",
           "Export the baked texture.", "Save after the bake finishes."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1
    assert is_verb_form("bake", "baking") and is_verb_form("baked", "baking") and is_verb_form("plan", "planning")
    assert not is_verb_form("bake", "roast") and not is_verb_form("set", "setting")
    assert not is_verb_form("nation", "national") and not is_verb_form("red", "ring")


def test_a_form_spelled_in_camel_case_as_a_name_is_no_use_of_it() -> None:
    """TimeSeries in a model's name beside "time series" in prose (timeseries listed): the name's spelling, no choice
    between the forms (gm57, iotdb-heldout-g). The listed form written in lower case in prose is still one."""
    g = Glossary.build([Concept("ts", "时间序列", "timeseries", en_admitted=("time series",))], "g.csv")
    zh = ["时间序列大模型", "时间序列预测。", "时间序列填补。"]
    en = ["TimeSeries Large Model", "Time series forecasting.", "Time series imputation."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: timeseries ×1 against time series ×2
    prose = ["The timeseries large model", "Time series forecasting.", "Time series imputation."]
    assert len(only(run_syn(g, zh, prose), "term-inconsistent")) == 1
    assert in_camel_name("# TimeSeries Large Model", 2, 12) and not in_camel_name("the timeseries", 4, 14)


def test_a_camel_case_form_the_glossary_lists_so_is_still_a_form() -> None:
    """ConfigNode listed as written: the glossary's own spelling is a form, "config server" beside it a mixture."""
    g = Glossary.build([Concept("cn", "配置节点", "ConfigNode", en_admitted=("config server",))], "g.csv")
    zh = ["配置节点启动。", "配置节点停止。", "配置节点重启。"]
    en = ["The ConfigNode starts.", "The config server stops.", "The config server restarts."]
    assert len(only(run_syn(g, zh, en), "term-inconsistent")) == 1


def test_a_form_inside_a_statement_string_of_code_is_no_use_of_it() -> None:
    """"create timeseries root.sg.d1.status …" passed to a call in a table cell: the statement's keyword (gm57)."""
    g = Glossary.build([Concept("ts", "时间序列", "timeseries", en_admitted=("time series",))], "g.csv")
    zh = ["执行非查询语句。", "创建时间序列。", "删除时间序列。"]  # the Chinese row does not copy the call
    en = ['Execute pool.Execute("create timeseries root.sg.d1.status with datatype=BOOLEAN")',
          "Create a time series.", "Delete a time series."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: timeseries ×1 against time series ×2
    assert not in_code_string('the "timeseries" form', 5, 15)  # a quoted word of prose holds no dotted path
    quoted = ['他说"时间序列很重要"。', "创建时间序列。", "删除时间序列。"]
    said = ['He said "timeseries matter".', "Create a time series.", "Delete a time series."]
    assert len(only(run_syn(g, quoted, said), "term-inconsistent")) == 1


def test_an_irregular_verb_in_its_past_forms_is_one_usage() -> None:
    """fw61 (lynx-heldout-g): the glossary admits build|building|built for 构建 and the page says "build your app",
    "an app built on Lynx": one verb, its participle irregular. A second verb listed beside it ("compile") is still
    a mixture."""
    g = Glossary.build([Concept("build", "构建", "build", en_admitted=("building", "built", "compile"))], "g.csv")
    zh = ["使用 Rspeedy 构建应用。", "基于 Lynx 构建的框架。", "构建完成后发布。", "这些应用都基于 Lynx 构建。"]
    en = ["Build the app with Rspeedy.", "A framework built on Lynx.", "Publish after the build finishes.",
          "These apps are all built on Lynx."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: build ×2, built ×2
    en2 = ["The compile uses Rspeedy.", "A framework built on Lynx.", "Publish after the compile finishes.",
           "These apps are all built on Lynx."]  # the noun "compile" twice beside "built": still a mixture
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1
    assert is_verb_form("build", "built") and is_verb_form("building", "built") and is_verb_form("written", "write")
    assert not is_verb_form("build", "compile") and not is_verb_form("built", "compiled")


def test_the_preferred_form_counts_with_its_own_other_forms() -> None:
    """fw63 (egg-heldout-g, GA): the glossary prefers "start" for 启动 and admits starts|started|startup|start up|
    launch; a page says "start" once and "startup" twice (the startup script, the startup hook), or "started" and
    "start up" beside it. Each is the preferred word in another part of speech or form; it was counted apart (or
    dropped, where a longer admitted form absorbed it) and the mixture reported. A second verb outnumbering the
    preferred one ("launch" ×3 beside "start" ×1) is still a mixture."""
    g = Glossary.build([Concept("start", "启动", "start", en_admitted=("started", "startup", "start up", "launch"))],
                       "g.csv")
    zh = ["启动应用。", "启动脚本在这里。", "启动钩子会被调用。"]
    en = ["Start the app.", "The startup script is here.", "The startup hook is called."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: start ×1, startup ×2
    en2 = ["Start the app.", "The script is here to start up the app.", "The app is started again."]
    assert only(run_syn(g, zh, en2), "term-inconsistent") == []  # fails before: "start up" absorbed "start"
    en3 = ["Start the app.", "The script is here to launch it.", "Launch the hook, then launch the app."]
    assert len(only(run_syn(g, zh, en3), "term-inconsistent")) == 1  # launch ×3 outnumbers start ×1: still reported


def test_a_second_verb_outnumbering_the_preferred_verb_is_not_hidden_by_its_noun() -> None:
    """review63b R34: "startup" (the preferred verb's noun) counts with "start" only where no other word competes;
    beside "launch" ×2 the verb is start ×1, a second verb outnumbering the preferred one: still a mixture. The
    verb's own forms ("started") do count: start ×1 + started ×1 ties launch ×2, not reported."""
    g = Glossary.build([Concept("start", "启动", "start", en_admitted=("started", "startup", "start up", "launch"))],
                       "g.csv")
    zh = ["启动应用。", "启动脚本在这里。", "启动钩子会被调用。", "再次启动应用。", "启动服务。"]
    en = ["Start the app.", "The startup script is here.", "The startup hook is called.", "Launch the app again.",
          "Launch the service."]
    (f,) = only(run_syn(g, zh, en), "term-inconsistent")  # fails before: start 1 + startup 2 = 3 >= launch 2
    assert "launch ×2" in f.message and "start ×1" in f.message
    en2 = ["Start the app.", "The app is started.", "The hook is called.", "Launch the app again.",
           "Launch the service."]
    assert only(run_syn(g, zh, en2), "term-inconsistent") == []


def test_the_preferred_form_absorbed_by_an_admitted_one_still_counts() -> None:
    """fw63 (egg-heldout-g, GA): "log" preferred for 日志, logs|logging|logger admitted. `_styles` keeps "logger"
    for "log" (a clipping of it), so the preferred form was no style and the page's log, logs, logging and logger
    were reported as admitted forms mixed without it. Counted with its plural and -ing form (`same_word`), it leads.
    A second noun ("journal") used more than the preferred word is still a mixture."""
    g = Glossary.build([Concept("log", "日志", "log", en_admitted=("logs", "logging", "logger", "journal"))], "g.csv")
    zh = ["日志写在这里。", "关闭日志。", "日志会被切割。", "查看日志。", "日志对象。"]
    en = ["The log is written here.", "Turn off logging.", "The logs are rotated.", "Read the logs.",
          "The logger object."]
    assert only(run_syn(g, zh, en), "term-inconsistent") == []  # fails before: log, logs, logging, logger
    en2 = ["The journal is written here.", "Turn off the journal.", "The journal is rotated.", "Read the log.",
           "The journal object."]
    assert len(only(run_syn(g, zh, en2), "term-inconsistent")) == 1
    assert same_word("logging", "log") and same_word("logs", "log") and same_word("startup", "start")
    assert not same_word("logger", "log") and not same_word("journal", "log")


def test_a_phrasal_verb_and_its_closed_noun_are_one_term() -> None:
    assert is_phrasal_noun("startup", "start") and is_phrasal_noun("set", "setup") and is_phrasal_noun("login", "log")
    assert not is_phrasal_noun("setup", "set up")  # review55 R4: the open form is the noun's misspelling too
    assert not is_phrasal_noun("startup", "start-up")
    assert not is_phrasal_noun("startup", "launch") and not is_phrasal_noun("begin", "be")
