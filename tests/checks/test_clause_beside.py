"""A clause one side writes as a sentence of its own, its inline code all in the neighbour's other side, is no
untranslated sentence; a lone sentence whose code the neighbour lacks, or without code, is still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

RULES = ["untranslated", "extra-target"]
EN = ("# Priority\n\nTo configure the priority class with Helm, you can set the `priorityClassName` field for each "
      "component in the `values.yaml` file{}.\n")
ZH = ("# 优先级\n\n若要使用 Helm 配置优先级类，你可以在 `values.yaml` 文件中为每个组件设置 `priorityClassName` "
      "字段。{}\n")
DEFAULT = ", defaulting to `system-node-critical` if not specified"


def _found(zh: str, en: str) -> list[tuple[str, int, str]]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [(f.rule, f.location.line, f.excerpt) for f in check_manuscript(ms, select=RULES)]


SPLIT = "若未指定，默认值为 `system-node-critical`，升级时保持不变。"
SPLIT_EN = ", defaulting to `system-node-critical` if not specified, unchanged on upgrade"


def test_a_split_off_clause_whose_code_and_words_the_neighbours_english_has_is_translated() -> None:
    assert _found(ZH.format(SPLIT), EN.format(SPLIT_EN)) == []


def test_a_lone_sentence_with_code_the_neighbour_lacks_is_still_reported() -> None:
    # the English has no default: the Chinese sentence that gives one is added (or the English dropped it)
    (f,) = _found(ZH.format("若未指定，默认值为 `system-node-critical`。"), EN.format(""))
    assert f[:2] == ("untranslated", 3)
    # another setting's code, which the English beside it never writes
    (g,) = _found(ZH.format("若要禁用抢占，请将 `preemptionPolicy` 设置为 `Never`。"), EN.format(DEFAULT))
    assert g[:2] == ("untranslated", 3)
    # no code to show where the clause belongs: judged as before
    (h,) = _found(ZH.format("若未指定，则使用集群中的默认优先级类，并在日志中记录一条警告。"), EN.format(DEFAULT))
    assert h[:2] == ("untranslated", 3)


def test_a_stray_fragment_repeating_the_neighbours_words_is_still_reported() -> None:
    """请运行 … 来切换到不同的成员集群。来切换到不同的成员集群 `member1` 或 `member2`。: the lone sentence's code is the
    English's, but it repeats a run of its neighbour's words — a fragment written twice, reported."""
    en = ("# Clusters\n\nPlease run `kubectl config use-context member1` and `kubectl config use-context member2` to "
          "switch to the different member clusters: `member1` or `member2`.\n")
    zh = ("# 集群\n\n请运行 `kubectl config use-context member1` 和 `kubectl config use-context member2` 来切换到不同的"
          "成员集群。来切换到不同的成员集群 `member1` 或 `member2`。\n")
    assert [(rule, line) for rule, line, _text in _found(zh, en)] == [("untranslated", 3)]


def test_a_heading_right_above_is_no_sentence_to_split_from() -> None:
    """`### 使用`MoeHybridParallelPlugin`的序列并行` over a paragraph with no blank line between: the heading is a block
    of its own, so an English sentence under it that the Chinese lacks is still reported, though the Chinese
    heading writes its code."""
    zh = "# 并行\n\n### 使用`MoePlugin`的序列并行\n\n调度器在重启后应用新的设置。\n"
    en = ("# Parallelism\n\n### Sequence Parallelism with MoePlugin\nCurrently, the `MoePlugin` only supports one kind "
          "of sequence parallelism.\n\nThe scheduler applies the new settings after a restart.\n")
    assert [(rule, line) for rule, line, _text in _found(zh, en)] == [("extra-target", 4)]


def test_a_neighbour_whose_two_sides_share_no_code_shows_nothing() -> None:
    """A lone 可以看到，在执行`git commit`后，… beside a bead the aligner paired wrongly (这是使用`pre-commit`… with
    "Type `git commit` to realize it."): the neighbour's own code is on one side only, so it is no evidence that the
    lone sentence is its clause; with the pair anchored by a shared span it is."""
    from dataclasses import replace

    from zhen_qa.checks.clause_beside import carried_beside
    from zhen_qa.manuscript.document import Bead

    zh = ("# 提交\n\n可以看到，在执行 `git commit` 后，输出了一些额外的信息。"
          "这是使用 `pre-commit` 进行代码检查的结果。\n")
    for en_text, carried in (("Type `git commit` to realize it.", False),
                             ("After you run `git commit`, extra information is output: `pre-commit` checks the code.",
                              True)):
        ms = build_from_texts(zh, f"# Commit\n\n{en_text}\n", "a.zh.md", "a.en.md", presplit=False)
        pair = ms.pairs[0]
        forced = replace(pair, beads=(Bead((0,), (0,), 1.0), Bead((1,), (), 1.0), Bead((2,), (1,), 1.0)))
        assert carried_beside(forced, 1) is carried, en_text


def test_code_the_neighbours_english_repeats_hides_no_dropped_sentence() -> None:
    """review58 R5: the English writes `replicas` twice for its own reason (an added default), and the Chinese
    sentence that names it again is a restart warning the English dropped: its words (重启 restart, 生效 effect) are
    not in the neighbour's English, so it is still reported. A split-off clause whose one glossed word beyond the
    neighbour's Chinese is "default" (若 "if" is the neighbour's 若要 too; the lexicon has no 指定 "specify") is
    reported as well: one word is no evidence; with a second (升级 "upgrade") it is a clause."""
    zh = ("# 副本\n\n在 `values.yaml` 中设置 `replicas` 字段来指定副本数。"
          "修改 `replicas` 后必须重启 Pod，否则新的副本数不会生效。\n")
    en = ("# Replicas\n\nSet the `replicas` field in `values.yaml` to specify the number of replicas; `replicas` "
          "defaults to 1.\n")
    assert [(rule, line) for rule, line, _text in _found(zh, en)] == [("untranslated", 3)]
    (f,) = _found(ZH.format("若未指定，默认值为 `system-node-critical`。"), EN.format(DEFAULT))
    assert f[:2] == ("untranslated", 3)
    assert _found(ZH.format(SPLIT), EN.format(SPLIT_EN)) == []


def test_an_english_clause_needs_its_words_in_the_neighbours_chinese() -> None:
    """The English side mirrored (beads as the aligner leaves them when it does not join the sentence): a lone English
    sentence whose code the neighbour's Chinese writes more often is a clause split off only when that Chinese also
    says its words; an English warning the Chinese lacks is not."""
    from dataclasses import replace

    from zhen_qa.checks.clause_beside import carried_beside
    from zhen_qa.manuscript.document import Bead

    zh = ("# 优先级\n\n你可以在 `values.yaml` 文件中设置 `priorityClassName` 字段，"
          "若未指定，默认值为 `system-node-critical`，升级时保持不变。\n")
    en = "# Priority\n\nYou can set the `priorityClassName` field in the `values.yaml` file. {}\n"
    for lone, carried in (("It defaults to `system-node-critical`, unchanged on upgrade.", True),
                          ("Never delete `system-node-critical` from a running cluster.", False)):
        pair = build_from_texts(zh, en.format(lone), "a.zh.md", "a.en.md", presplit=False).pairs[0]
        forced = replace(pair, beads=(Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((), (2,), 1.0)))
        assert carried_beside(forced, 2) is carried, lone


def test_an_english_clause_is_judged_by_its_words_whatever_their_form() -> None:
    """An English lone sentence's words count as words whether or not stemming changes them ("restart" as well as
    "service"): the Latin tokens left out of the count are the names the neighbour's Chinese writes (`operator`), not
    the English sentence's own words. A lone sentence with the same code and words the Chinese does not say, a real
    addition, is still reported."""
    from dataclasses import replace

    from zhen_qa.checks.clause_beside import carried_beside
    from zhen_qa.manuscript.document import Bead

    zh = "# 副本\n\n你可以在 `values.yaml` 文件中设置 `replicas` 字段，修改后需要重启 `operator` 服务。\n"
    en = "# Replicas\n\nYou can set the `replicas` field in the `values.yaml` file. {}\n"
    for lone, carried in (("Then restart the `operator` service.", True),
                          ("Never stop the `operator` process.", False),
                          ("Then stop the `operator` process.", False)):
        pair = build_from_texts(zh, en.format(lone), "a.zh.md", "a.en.md", presplit=False).pairs[0]
        forced = replace(pair, beads=(Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((), (2,), 1.0)))
        assert carried_beside(forced, 2) is carried, lone


COLOR_EN = ("# Colors\n\nThe color value should be a hex number starting with a '#', or a value calculated by the "
            "function `rgb()`, `rgba()` or `hsl()`. See the specification for more details.\n")
COLOR_ZH = "# 颜色\n\n颜色的值可以用一个以“#”开头的十六进制数来表示红、绿、蓝通道的值。{}更多取值可以参考规范。\n"


def test_a_lone_sentence_whose_code_its_neighbours_chinese_names_too_is_still_reported() -> None:
    """The same shape where the neighbour's Chinese names the functions itself: it has its own counterpart for them,
    and the lone sentence (a real addition or an English sentence dropped) is reported; so is one with one span only,
    or with a span the English lacks."""
    zh = ("# 颜色\n\n颜色的值可以是十六进制数，或 `rgb()`、`rgba()`、`hsl()` 函数的值。"
          "这个值也可以通过 `rgb()`、`hsl()` 等函数按通道逐个计算并缓存。更多取值可以参考规范。\n")
    assert [(rule, line) for rule, line, _text in _found(zh, COLOR_EN)] == [("untranslated", 3)]
    one = _found(COLOR_ZH.format("这个值还会被浏览器缓存以便重复使用，也可以通过 `hsl()` 定义。"), COLOR_EN)
    assert [(rule, line) for rule, line, _text in one] == [("untranslated", 3)]
    other = _found(COLOR_ZH.format("这个值也可以通过 `rgb()`、`lab()` 等相关函数定义。"), COLOR_EN)
    assert [(rule, line) for rule, line, _text in other] == [("untranslated", 3)]


def test_a_lone_sentence_saying_more_than_its_moved_code_is_still_reported() -> None:
    """review61 R21: the neighbour's English names `width` and `height`, its Chinese does not, and the lone Chinese
    sentence names both: a set of code moved. But the lone sentence says what the English does not (the default 0,
    the re-layout rule): its words are not in the neighbour's English, and the English sentence that said them was
    dropped. So is one whose words are there but whose number is not (the functions' count 3)."""
    zh = ("# 尺寸\n\n设置元素的宽高属性即可改变它的大小。`width` 和 `height` 的默认值为 0，修改后必须重新调用布局。\n\n"
          "下一节介绍颜色。\n")
    en = ("# Size\n\nSet the element's `width` and `height` properties to change its size.\n\n"
          "The next section covers colours.\n")
    assert [(rule, line) for rule, line, _text in _found(zh, en)] == [("untranslated", 3)]
    counted = _found(COLOR_ZH.format("这个值也可以通过 `rgb()`、`hsl()` 等 3 个相关函数定义。"), COLOR_EN)
    assert [(rule, line) for rule, line, _text in counted] == [("untranslated", 3)]
