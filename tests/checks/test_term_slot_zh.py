"""Tests of checks.term_slot_zh through term-missing from an English source: a term the Chinese leaves to the
context is left out, one replaced by a word the English does not say is missing."""
from __future__ import annotations

from tests.checks.terms_kit import gl, manuscript, only
from zhen_qa.aligner.lexicon import american_stem, stem
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.glossary.model import Concept

TRAINING = Concept("training", "培训", "training")
NAMED = [
    ("眼科培训需要时间。", "Ophthalmology training takes time."),
    ("眼科培训在非洲很少。", "Ophthalmology training is rare in Africa."),
    ("培训的质量很重要。", "The quality of training is important."),
    ("许多国家缺乏培训。", "Many countries lack training."),
    ("培训由医院提供。", "Training is provided by hospitals."),
    ("培训持续三年。", "Training lasts three years."),
    ("培训结束后有考试。", "An examination follows training."),
]
FILLER = [(f"本研究纳入了{n}名医生。", f"The study enrolled {n} doctors.") for n in range(20, 36)]
GOAL = "We describe ophthalmology training in Africa."


def missing(zh: str, en: str = GOAL, source: str | None = "en") -> list[str]:
    pairs = [*NAMED, *FILLER, (zh, en)]
    zhs, ens = [z for z, _e in pairs], [e for _z, e in pairs]
    ms = manuscript(zhs, ens, [((i,), (i,)) for i in range(len(pairs))])
    found = only(list(checks.run(CheckContext(ms, gl(TRAINING), Options(source=source)))), "term-missing")
    return [f.message for f in found]


MISSING = "“training” has no 「培训」 in the aligned Chinese"


def test_the_files_subject_left_out_is_implied() -> None:
    # the concept is the file's subject (`topic`): 眼科 with nothing after it leaves the training to the context
    assert missing("我们描述了非洲的眼科。") == []


def test_another_word_after_the_english_of_the_word_before_is_missing() -> None:
    # 眼科物质: right after 眼科 ("ophthalmology") stands 物质, a word the English does not say
    assert missing("我们描述了非洲的眼科物质。") == [MISSING]
    assert missing("我们描述了非洲的眼科物质。", source=None) == [MISSING]  # both ways, the English term's too


def test_a_word_the_english_says_or_a_broader_word_is_no_replacement() -> None:
    # 眼科非洲: the word after 眼科 is the English's "Africa"
    assert missing("我们描述了眼科非洲的情况。", "We describe ophthalmology training in Africa situations.") == []
    # a word opening with a demonstrative refers back (该项目, "this programme")
    assert missing("我们描述了非洲的眼科该项目。") == []


def test_a_word_before_the_english_of_the_word_after_is_in_its_place() -> None:
    # "training programs" = 物质计划: right before 计划 ("program") stands 物质
    en = "Training programs are new."
    assert missing("物质计划是新的。", en) == [MISSING.replace("“training”", "“Training”")]
    assert missing("计划是新的。", en) == []


def test_an_unplaced_word_on_the_other_side_may_be_the_word_found() -> None:
    # "Most training programs" = 大多数计划: 大多数 renders "most", which the dictionary does not gloss so; it
    # stands before 计划 where the term would, so the word before 计划 is in no known place
    en = "Most training programs are new."
    assert missing("大多数计划是新的。", en) == []


def test_a_preposition_between_places_nothing() -> None:
    # "half of the training": Chinese may put either first (一半的培训, 培训的一半), so 超过 before 一半 and 物质 after
    # it are in no known place; the topic leaves the term to the context
    en = "More than half of the training is online."
    assert missing("超过一半的物质在网上进行。", en) == []
    assert missing("超过一半在网上进行。", en) == []


def test_a_neighbour_written_twice_places_the_term_at_each_of_its_renderings() -> None:
    # "doctors" and "doctor": 医生 twice in both; the word after the second is in the term's place
    en = "Doctors praised doctor training."
    assert missing("医生称赞医生物质。", en) == [MISSING]
    assert missing("医生称赞医生。", en) == []


def test_the_files_own_phrase_with_the_term_places_it() -> None:
    # "eye training": the dictionary glosses "eye" 眼睛, not 眼科, and "in" turns "Africa": the English neighbours
    # place nothing; the file writes 眼科培训, so the word after 眼科 is in the term's place (`_beside`)
    en = "We describe eye training in Africa."
    assert missing("我们描述了非洲的眼科物质。", en) == [MISSING]
    assert missing("我们描述了非洲的眼科。", en) == []  # nothing after 眼科: left to the context
    assert missing("我们描述了非洲的眼科非洲。", en) == []  # the word after is one the English says


def test_a_term_replaced_in_its_place_is_not_balanced_by_a_neighbours_surplus() -> None:
    # the bead before says 培训 twice for one "training": counted over the window the concept is balanced, as if
    # moved next door; 眼科物质 has another word in its place, so it was replaced, not moved
    pairs = [*NAMED, *FILLER, ("培训和培训计划很重要。", "Training plans are important."),
             ("我们描述了非洲的眼科物质。", GOAL)]
    zhs, ens = [z for z, _e in pairs], [e for _z, e in pairs]
    ms = manuscript(zhs, ens, [((i,), (i,)) for i in range(len(pairs))])
    found = only(list(checks.run(CheckContext(ms, gl(TRAINING), Options(source="en")))), "term-missing")
    assert [f.message for f in found] == [MISSING]


def test_only_a_phrase_of_the_file_places_the_term() -> None:
    # 开展 stands before 培训 once, but the file writes it before many other objects: a verb, not a phrase with the
    # term, so the word after 开展 in the bead is in no known place and the topic leaves the term to the context
    def reported(extra: list[tuple[str, str]]) -> int:
        pairs = [*NAMED, ("医院开展培训。", "Hospitals run training."), ("学校开展培训。", "Schools run training."),
                 *extra, *FILLER,
                 ("我们描述了非洲的开展物质。", "We describe eye training in Africa.")]
        ms = manuscript([z for z, _e in pairs], [e for _z, e in pairs], [((i,), (i,)) for i in range(len(pairs))])
        return len(only(list(checks.run(CheckContext(ms, gl(TRAINING), Options(source="en")))), "term-missing"))

    assert reported([]) == 1  # 开展培训 twice and the bead's 开展物质: a phrase of the file
    works = [(f"医院开展{w}。", f"Hospitals run {e}.") for w, e in (("手术", "surgery"), ("研究", "studies"),
                                                                ("筛查", "screening"), ("活动", "activities"))]
    assert reported(works) == 0


def test_a_word_written_once_beside_the_term_is_no_phrase_of_it() -> None:
    # review49 R6: an abstract writes its light verb twice, once before the term (通过元分析) and once before
    # another word (通过合并): half the places, but a verb, not the term's phrase — the file must write it twice
    meta = Concept("ma", "元分析", "meta-analysis")
    en = ["A meta-analysis was conducted to integrate the empirical studies.",
          "Of the 56 studies included, the meta-analysis shows that default options work."]
    for verb in ("通过", "进行", "运用"):
        zh = [f"我们{verb}元分析整合了已有的实证研究。", f"研究共纳入56篇文献，{verb}合并发现默认选项有效。"]
        ms = manuscript(zh, en, [((0,), (0,)), ((1,), (1,))])
        assert only(list(checks.run(CheckContext(ms, gl(meta), Options(source="en")))), "term-missing") == []


def test_a_british_spelling_places_the_term_by_the_american_ones_glosses() -> None:
    # "training programmes": the dictionary's English is American ("program": 课程, 计划), so "programmes" found no
    # gloss and, unplaced, placed nothing (the file writes no 眼科培训 to place the term by, `_beside`); glossed as
    # "programs" it puts 物质 between 眼科 and 课程, in the term's place
    def reported(zh: str) -> list[str]:
        pairs = [*NAMED[2:], *FILLER, (zh, "We describe ophthalmology training programmes.")]
        ms = manuscript([z for z, _e in pairs], [e for _z, e in pairs], [((i,), (i,)) for i in range(len(pairs))])
        return [f.message for f in only(list(checks.run(CheckContext(ms, gl(TRAINING), Options(source="en")))),
                                        "term-missing")]

    assert reported("我们描述了眼科物质课程。") == [MISSING]
    assert reported("我们描述了眼科课程。") == []  # nothing between 眼科 and 课程: the topic leaves it out
    assert reported("我们描述了眼科培训课程。") == []


def test_a_word_rendering_a_british_spelling_is_a_word_the_english_says() -> None:
    # the file writes 眼科培训, so the word after 眼科 is in the term's place (`_beside`): 课程 is glossed "program",
    # which "programmes" says — the training left out, not replaced
    en = "We describe ophthalmology training programmes."
    assert missing("我们描述了眼科物质课程。", en) == [MISSING]
    assert missing("我们描述了眼科课程。", en) == []


def test_a_british_spelling_is_rewritten_as_the_american_stem() -> None:
    assert [american_stem(stem(w)) for w in ("programmes", "tumours", "centre", "haemorrhage", "oedema",
                                             "organisation", "licence", "catalogue", "analysed")] == [
        "program", "tumor", "center", "hemorrhag", "edema", "organization", "licens", "catalog", "analyz"]


DEVELOPMENT = Concept("development", "发育", "development")
NEXT = ("研究发现甲基化对肌肉发生与发育起到重要作用。",
        "Studies found that methylation plays an important role in myogenesis.")


def development_missing(zh: str, en: str = "Muscle development is a complex process.") -> list[str]:
    # the next bead's Chinese says 发育 where its English says "myogenesis": over the window the concept is balanced
    pairs = [(zh, en), NEXT]
    ms = manuscript([z for z, _e in pairs], [e for _z, e in pairs], [((0,), (0,)), ((1,), (1,))])
    found = only(list(checks.run(CheckContext(ms, gl(DEVELOPMENT), Options(source="en")))), "term-missing")
    return [f.message for f in found]


def test_another_word_in_the_terms_compound_is_not_balanced_by_the_next_sentence() -> None:
    # "Muscle development" = 肌肉物质: right after 肌肉, the rendering of the word right beside the term, stands a word
    # the English does not say; the term was replaced there, not moved into the next sentence
    assert development_missing("肌肉物质是一个复杂的过程。") == ["“development” has no 「发育」 in the aligned Chinese"]
    # nothing after 肌肉 but the verb: the term may have moved next door, where the Chinese says it
    assert development_missing("肌肉是一个复杂的过程。") == []


def test_a_neighbour_across_a_stop_word_places_no_compound() -> None:
    # "development was complex": the neighbour after the term stands across a stop word, so it may be said in another
    # clause of the bead; the next sentence's 发育 balances the term as before
    en = "The process of development was complex."
    assert development_missing("这个过程物质很复杂。", en) == []


def test_a_neighbour_across_a_coordinator_does_not_block_the_word_beside() -> None:
    # "characterization and interactive relationship": "characterization" (not glossed) stands across "and", another
    # conjunct; 物质 right before 关系 ("relationship", right beside the term) is in the term's place
    inter = Concept("interactive", "交互", "interactive")
    pairs = [("功能分工和物质关系仍有争议。",
              "The functional characterization and interactive relationship remain debated."),
             ("网络之间的信息交互受到关注。", "The communication between networks has attracted attention.")]
    ms = manuscript([z for z, _e in pairs], [e for _z, e in pairs], [((0,), (0,)), ((1,), (1,))])
    found = only(list(checks.run(CheckContext(ms, gl(inter), Options(source="en")))), "term-missing")
    assert [f.message for f in found] == ["“interactive” has no 「交互」 in the aligned Chinese"]


def test_a_neighbour_written_twice_places_no_compound() -> None:
    # "coronavirus apps … coronavirus pandemic": 冠状病毒 twice, and the word after the first (应用程序) is no word of
    # the term's compound; which rendering stands beside the term is not known: the next sentence balances it
    en = "Muscle apps and muscle development were studied."
    assert development_missing("肌肉应用程序和肌肉都得到研究。", en) == []
