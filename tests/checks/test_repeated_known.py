"""repeated_known: A before a word that begins with A is excused only when A can stand there as a word of its own
(or end one), so that a word's first character typed twice (需需要, 收收到) is reported."""
from __future__ import annotations

from zhen_qa.checks.repeated_zh import chinese_doubles


def _units(text: str) -> list[str]:
    return [text[a:b] for a, b, _unit in chinese_doubles(text)]


def test_a_words_first_character_typed_twice_is_reported() -> None:
    assert _units("我们需需要更多的时间。") == ["需需"]
    assert _units("服务端 收收到了请求。") == ["收收"]
    assert _units("该版本暂不不支持泛化调用。") == ["不不"]
    assert _units("客户端无无法解析这个报文。") == ["无无"]


def test_a_word_of_its_own_before_a_word_beginning_with_it_is_not() -> None:
    for text in ("以消除对对称路由的假设。",  # 对 a preposition
                 "截至2014年年底，共有三家。",  # 年 ends the number
                 "这里的的确是一处笔误。",  # 的 a particle
                 "我们要保证质量和和谐。",  # 和 a conjunction
                 "集合相似度度量函数。",  # 度 a bound morpheme: 相似度 + 度量
                 "尽量使用不可变变量。",  # 变 ends 可变 (不可变) + 变量
                 "对于乳腺密度的4分分类法。",  # 分 the number's unit
                 "建立液动动态模型。"):  # 液动, a word jieba lacks, split in characters
        assert _units(text) == [], text


def test_the_excuse_still_holds_beside_a_slip_of_the_same_shape() -> None:
    assert _units("为消除对对称性的假设，服务端收收到请求。") == ["收收"]


def test_a_piece_of_an_unknown_word_and_a_verb_before_an_adjective_are_not() -> None:
    assert _units("本征模模式通过分析。") == []  # 征 + 模: 本征模, a word jieba lacks, + 模式
    assert _units("并且能有有效的渠道。") == []  # 有 + its object 有效的渠道 (有效 an adjective)
    assert _units("这张证书有有效期限制。") == []  # 有 + 有效期, a noun that begins with the adjective 有效


def test_a_verb_before_a_verb_pronoun_or_noun_beginning_with_it_is_reported() -> None:
    assert _units("请检查进程是是否已经退出。") == ["是是"]  # 是否 a verb to jieba: 是否 typed 是是否
    assert _units("具体用法请阅读有有关章节。") == ["有有"]  # 有关 vn
    assert _units("这个目录里有有些脚本是生成的。") == ["有有"]  # 有些 a pronoun
    assert _units("网关把消消息转发给下游。") == ["消消"]  # 消息 a noun: no adjective after the verb 消


def test_a_function_word_before_its_longer_form_of_the_same_class_is_reported() -> None:
    assert _units("覆盖原方法或或者新加载目录。") == ["或或"]  # 或 and 或者, both conjunctions
    assert _units("但但是这种写法不能复用。") == ["但但"]
    assert _units("对对于旧版本，我们保留原接口。") == ["对对"]  # 对 and 对于, both prepositions
    assert _units("为为了兼容旧客户端，请保留字段。") == ["为为"]


def test_a_preposition_or_bound_character_before_a_conjunction_beginning_with_it_is_reported() -> None:
    """因 (a preposition to jieba) before 因为 (a conjunction), 以 before 以及, 虽 (a bound morpheme) before 虽然:
    a linking word after its own first character, two function words in a row, which Chinese does not write."""
    assert _units("因因为网络抖动，重试失败了。") == ["因因"]
    assert _units("日志、指标以以及链路数据。") == ["以以"]
    assert _units("虽虽然接口已废弃，仍可调用。") == ["虽虽"]
    assert _units("以消除对对称路由的假设。") == []  # 对 before 对称, a verb: the excuse stands
    assert _units("把向向量归一化。") == []  # 向 before 向量, a noun
    assert _units("我们要保证质量和和谐。") == []  # 和 a conjunction, 和谐 no conjunction


def test_a_measure_word_after_a_word_counts_nothing_and_is_reported() -> None:
    """A measure word or numeral stands alone before a word beginning with it only where it counts (after a numeral or
    demonstrative, 两类/类型); after a word of two characters it is the next word's first character typed twice."""
    assert _units("工具会生成代代码。") == ["代代"]
    assert _units("在任意函数位位置都可调用。") == ["位位"]
    assert _units("项目分为两类类型。") == []  # 两类 + 类型: 类 counts
    assert _units("截至2014年年底，共有三家。") == []
    assert _units("每位位置不同。") == []  # 每位 + 位置: 位 counts after 每


def test_a_bound_morpheme_after_punctuation_or_a_function_word_has_no_host() -> None:
    """A bound morpheme alone ends a compound with the content word before it (相似度/度量); after punctuation or a
    function word it has none, and is the next word's first character typed twice."""
    assert _units("接收时，判判断是否结束。") == ["判判"]
    assert _units("代表请求和响响应。") == ["响响"]
    assert _units("集合相似度度量函数。") == []
    assert _units("A车车头与B车挂车相撞。") == []  # a letter against it: a name's


def test_a_verb_that_never_reduplicates_typed_twice_is_reported() -> None:
    """Only a volitional action verb takes the tentative AA (看看, 找找); a modal, the copula, a causative, 请 or the
    directional 来 typed twice is the slip, while 想想, 找找 and 说说 stay."""
    assert _units("部署前请请确保网络可用。") == ["请请"]
    assert _units("设置后服务会会自动重启。") == ["会会"]
    assert _units("插件需需主动注入。") == ["需需"]
    assert _units("用这个参数来来配置任务。") == ["来来"]
    assert _units("把文件加载到到内存中。") == ["到到"]
    assert _units("你再想想这个问题。") == []
    assert _units("我们去找找原因。") == []
    assert _units("你说说看。") == []


def test_the_modal_that_is_also_the_verb_meet_reduplicates_before_its_object() -> None:
    """会 is the modal "will" and the action verb "meet, take on": before a noun or pronoun, its object, 会会 is the
    verb's tentative form (会会他); before a verb phrase or code it is the modal typed twice."""
    assert _units("请先去会会这位老朋友。") == []
    assert _units("改天我要会会他。") == []
    assert _units("设置后服务会会自动重启。") == ["会会"]
    assert _units("服务会会重启。") == ["会会"]
    assert _units("插件会会 `init` 一次。") == ["会会"]


def test_a_reduplicated_measure_word_after_a_numeral_is_the_measure_typed_twice() -> None:
    """个个, 天天 mean "every" without a numeral; after one (other than 一: 一个个 "one after another") the measure word
    is typed twice, unless the second copy begins a word (2018年/年会)."""
    assert _units("在两个个线程上运行。") == ["个个"]
    assert _units("他们个个都很好。") == []
    assert _units("一个个问题都解决了。") == []
    assert _units("他在2018年年会上发言。") == []


def test_a_reduplicated_measure_word_after_a_demonstrative_is_the_measure_typed_twice() -> None:
    """A measure word reduplicated "every" takes no demonstrative before it (朱德熙 1982): 这类类的, 这类类日志 are
    这类 with 类 typed twice; the second copy beginning a word (这本/本子, 这类/类型) or a dictionary reduplication
    (这种种困难: 种种 "all kinds of") is not."""
    assert _units("这类类的分支。") == ["类类"]
    assert _units("解析这类类日志的方法。") == ["类类"]
    assert _units("这本本子很好。") == []
    assert _units("这类类型的数据。") == []
    assert _units("这种种困难都能克服。") == []


def test_a_content_character_before_the_copy_excuses_it_only_as_a_piece_of_a_word_jieba_lacks() -> None:
    """本/征/模 and 液/动: jieba's HMM joins the characters into a word its dictionary lacks (本征模, 液动), so the copy
    ends that word; 请/参/参阅: the HMM leaves the imperative 请 alone, and 参 is 参阅's first character typed twice."""
    assert _units("有关更多信息请参参阅文档。") == ["参参"]
    assert _units("本征模模式通过分析。") == []
    assert _units("建立液动动态模型。") == []


def test_a_measure_word_counts_nothing_at_a_clauses_start_or_after_a_particle_or_a_name() -> None:
    assert _units("协议里，枚枚举类型是整数。") == ["枚枚"]  # no numeral before 枚 at the clause's start
    assert _units("生成的代代码放在这里。") == ["代代"]  # after the attributive 的
    assert _units("在 ANP 代代码仓库中运行。") == ["代代"]  # after a Latin name
    assert _units("截至2014年年底，共有三家。") == []  # after a number it counts
    assert _units("每位位置不同。") == []
    assert _units("项目分为两类类型。") == []


def test_a_bound_morpheme_ends_a_word_before_it_only_as_a_suffix_or_a_word_jieba_lacks() -> None:
    """A suffix (度) after a content word ends a compound with it (相似度 + 度量), and so does a morpheme jieba's HMM
    joins with the character before it (多选 + 选项); any other bound morpheme alone begins the next word, typed
    twice (信息/失/失败, 组件/仍/仍然)."""
    assert _units("读取信息失失败时重试。") == ["失失"]
    assert _units("该组件仍仍然可用。") == ["仍仍"]
    assert _units("集合相似度度量函数。") == []
    assert _units("表单支持多选选项。") == []


def test_a_preposition_with_no_verb_or_de_after_its_object_is_the_next_words_first_character_typed_twice() -> None:
    """A preposition's phrase modifies a verb later in its clause (对/对象/进行, 以/以下方式/配置) or, closed by 的, a
    noun (对/对称路由的/假设); where neither follows (运行以/以下命令：), the character is no preposition but the
    next word's first character typed twice."""
    assert _units("可以运行以以下命令：") == ["以以"]
    assert _units("执行以以下 YAML 文件") == ["以以"]
    assert _units("我们对对象进行序列化。") == []
    assert _units("请以以下方式配置。") == []
    assert _units("以消除对对称路由的假设。") == []


def test_a_preposition_whose_phrase_its_own_frame_word_closes_stands_as_a_word_of_its_own() -> None:
    """在…中, 对…而言: a preposition, its object and the frame word that closes the circumposition make an adverbial
    of the clause after it, which needs no verb of its own (在/在职人员/中，, 对/对称矩阵/而言，). A frame word of
    another preposition closes nothing (以/以下命令/后: 以 takes no localizer; 对/对称矩阵/中: 对 takes none)."""
    assert _units("在在职人员中，有一半使用这个工具。") == []
    assert _units("对对称矩阵而言，这个算法更快。") == []
    assert _units("在在册员工里，多数选择远程办公。") == []
    assert _units("对对称图形来说，旋转后不变。") == []
    assert _units("运行以以下命令后，服务即可启动。") == ["以以"]
    assert _units("对对称矩阵中，这个算法更快。") == ["对对"]
    assert _units("可以运行以以下命令：") == ["以以"]


def test_a_word_taking_its_first_character_from_the_word_before_excuses_the_copy_only_as_a_likely_reading() -> None:
    """A + AB where A ends a dictionary word only by taking its first character from inside the word before (合并/提:
    并提, 产品/评: 品评) is reported: jieba's route through that word is far less likely than the cut's; 不可/变/变量
    (不 + 可变 nearly as likely) and an adjective before the noun it modifies (最大/球/球心) stay silent, as do the
    brief's reduplications and stop 68's R2/R3 strings."""
    for text, unit in (("请避免不必要的合并提提交。", "提提"), ("它会返回不准确的产品评评论。", "评评"),
                       ("在这种模式下，必须生生成新的配置。", "生生")):
        assert _units(text) == [unit], text
    for text in ("尽量使用不可变变量。", "计算最大球球心的位置。", "我们看看这个问题。", "人人都能使用。",
                 "他常常加班。", "天天运行。", "一一对应。", "你试试看。", "我们研究研究再决定。", "谢谢你。",
                 "天渐渐黑了。", "个个都很好。", "一个个走进来。", "所有有问题的记录都会被删除。",
                 "最多多少个节点？", "不仅仅如此。"):
        assert _units(text) == [], text


def test_a_structural_particle_before_a_localizer_or_a_predicate_particle_before_a_noun_is_a_slip() -> None:
    """之 before a localizer beginning with it (之/之前) and 地 before a noun beginning with it (地/地址) are the next
    word's first character typed twice; the particles before what grammar gives them stay silent, as does 的 before
    的确 (a particle, then the adverb)."""
    for text, unit in (("请在提交之之前搜索现有的问题。", "之之"), ("服务使用默认的监听地地址和端口。", "地地")):
        assert _units(text) == [unit], text
    for text in ("这里的的确是一个问题。", "他慢慢地走了。", "雨下得很大。", "在两者之间选择。", "三者之一。"):
        assert _units(text) == [], text
