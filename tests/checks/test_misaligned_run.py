"""A run of sentences an author's English writes in another order: one alignment finding, not one per bead."""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.document import Bead
from zhen_qa.report.findings import Finding

# the aim (2nd Chinese sentence) is said last in the English, after added background; the results sentence (3rd)
# has no English at all: a real omission inside the misaligned run
ZH = ("探索行为是婴幼儿获取外部信息、促进认知发展的重要途径。"
      "本研究采用家庭观察和实验室陌生情境技术，考察了母亲鼓励自主、儿童依恋类型与学步儿探索行为的关系。"
      "结果发现，母亲鼓励自主显著正向预测探索行为的频次和坚持性。"
      "结论：母亲鼓励自主能够促进婴幼儿的探索行为。\n")
EN = ("Exploratory behavior is an important way for infants to obtain information from the external environment and "
      "to develop cognition. Exploration is generally linked with good developmental outcomes. Most earlier studies "
      "looked at the value of novel objects, at individual differences and at the stages of exploration. Children "
      "will be most motivated when their surroundings support their need for autonomy rather than control their "
      "behavior. Maternal encouragement of autonomy can promote the exploratory behavior of infants. Therefore, the "
      "aim of the present study was to examine how maternal encouragement of autonomy, together with the child's "
      "attachment type, bears on the exploratory behavior of toddlers, observed at home and in the laboratory "
      "strange situation.\n")
GLOSSARY = Glossary.build([Concept("attachment-type", "依恋类型", "attachment type"),
                           Concept("exploratory-behavior", "探索行为", "exploratory behavior")], "g.csv")


def _findings(zh: str, en: str) -> list[Finding]:
    return check_manuscript(build_from_texts(zh, en, "zh.txt", "en.txt", presplit=False), GLOSSARY)


def test_a_sentence_said_further_on_in_the_english_is_one_alignment_finding() -> None:
    findings = _findings(ZH, EN)
    # before: term-missing 「依恋类型」 against the background sentences, extra-target for the aim sentence that
    # renders it; now one alignment-doubt over the run, naming where the aim's English is
    rules = {f.rule for f in findings}
    assert "extra-target" not in rules
    assert not [f for f in findings if f.rule == "term-missing"]
    doubt = [f for f in findings if f.rule == "alignment-doubt"]
    assert len(doubt) == 1 and doubt[0].lang == "zh" and doubt[0].location.column == 28
    assert "outside its bead" in doubt[0].message and "2 findings against the wrong sentence" in doubt[0].message
    assert [s["rule"] for s in dict(doubt[0].data)["sentences"]] == ["term-missing", "extra-target"]


def test_a_sentence_no_english_says_inside_the_run_is_still_untranslated() -> None:
    untranslated = [f for f in _findings(ZH, EN) if f.rule == "untranslated"]
    assert [f.location.column for f in untranslated] == [76]


def test_a_term_the_crossed_english_lacks_too_is_still_missing() -> None:
    dropped = EN.replace("the child's attachment type", "the child's temperament")
    missing = [f for f in _findings(ZH, dropped) if f.rule == "term-missing"]
    assert [(f.lang, f.location.column) for f in missing] == [("zh", 60)]


def test_a_well_aligned_translation_with_a_dropped_term_keeps_its_finding() -> None:
    zh = ("本研究考察了母亲鼓励自主、儿童依恋类型与学步儿探索行为的关系。"
          "结果发现，母亲鼓励自主显著正向预测探索行为的频次。结论：母亲鼓励自主能够促进婴幼儿的探索行为。\n")
    en = ("This study examined how maternal encouragement of autonomy and the child's temperament relate to the "
          "exploratory behavior of toddlers. Maternal encouragement of autonomy predicted the frequency of "
          "exploratory behavior. Maternal encouragement of autonomy can promote the exploratory behavior of infants.\n")
    findings = _findings(zh, en)
    assert ("term-missing", "zh") in [(f.rule, f.lang) for f in findings]
    assert "alignment-doubt" not in {f.rule for f in findings}


def test_ignoring_alignment_doubt_brings_back_the_findings_of_the_run() -> None:
    ms = build_from_texts(ZH, EN, "zh.txt", "en.txt", presplit=False)
    rules = {f.rule for f in check_manuscript(ms, GLOSSARY, ignore=("alignment-doubt",))}
    assert {"term-missing", "extra-target"} <= rules


LAB = Glossary.build([Concept("exploratory-behavior", "探索行为", "exploratory behavior"),
                      Concept("lab", "实验室", "lab")], "g2.csv")


def _lab_missing(en: str) -> list[tuple[str, int]]:
    ms = build_from_texts(ZH, en, "zh.txt", "en.txt", presplit=False)
    return [(f.lang, f.location.column) for f in check_manuscript(ms, LAB) if f.rule == "term-missing"]


def test_a_term_the_crossed_english_holds_with_an_ending_is_folded() -> None:
    # the crossed English writes "laboratory": the term check finds "lab" so in its own bead, so does the fold
    assert _lab_missing(EN) == []


def test_a_term_hidden_inside_another_word_of_the_crossed_english_is_still_missing() -> None:
    # the laboratory really dropped: "lab" inside "collaborative" is no rendering of 实验室 (review57 R3)
    dropped = EN.replace("in the laboratory strange situation", "in a collaborative strange situation")
    assert _lab_missing(dropped) == [("zh", 38)]


def test_the_run_names_the_english_sentence_the_chinese_lacks() -> None:
    # "Exploration is generally linked with good developmental outcomes." is background no Chinese sentence says,
    # paired with the aim it does not translate: no other finding reports it, the run's finding names it
    doubt = [f for f in _findings(ZH, EN) if f.rule == "alignment-doubt"]
    assert len(doubt) == 1
    assert "the English adds 1 sentence the Chinese lacks: 「Exploration is generally linked" in doubt[0].message
    assert [a["column"] for a in dict(doubt[0].data)["added"]] == [132]


def test_a_run_whose_english_renders_the_chinese_names_no_added_sentence() -> None:
    # the same run with the background sentence replaced by a rendering of the Chinese conclusion: nothing added
    rendered = EN.replace("Exploration is generally linked with good developmental outcomes.",
                          "Maternal encouragement of autonomy promotes exploratory behavior of infants.")
    doubt = [f for f in _findings(ZH, rendered) if f.rule == "alignment-doubt"]
    assert len(doubt) == 1 and "adds" not in doubt[0].message and dict(doubt[0].data)["added"] == []


# cx12-002's shape, in our own words: the English gives background, the hypothesis and the moderator sentence; the
# aligner leaves the moderator sentence (此外…) unpaired between two beads that pair sentences they do not translate,
# and pairs its English with the closing sentence
MODERATED_ZH = ("本文探讨了网络捐赠平台中默认选项金额对捐赠意愿的影响。"
                "三个实验发现，高金额默认选项降低了捐赠意愿，感知操控起中介作用。"
                "此外，个体道德认同水平在这一影响中发挥了调节作用。"
                "对于道德认同水平较高的个体，高低金额默认选项下的捐赠意愿没有差异。"
                "研究结论对网络公益平台设置捐赠金额具有实践意义。\n")
MODERATED_EN = ("More and more people now give to charity through online platforms. "
                "Yet few studies have asked how the settings of such platforms shape the giving of their users. "
                "We proposed that high default amounts lower donation intention in an online call for donations, "
                "because they lead donors to infer manipulation. "
                "High default amounts led to lower donation intention than low ones. "
                "This study also examined the moderating role of individuals' moral identity in this effect.\n")
MORAL = Glossary.build([Concept("moral-identity", "道德认同", "moral identity")], "g.csv")


def _moderated(zh: Sequence[str], en: Sequence[str], groups: object = None, *,
               paragraphs: bool = False, en_blocks: object = None, zh_blocks: object = None,
               written: object = None) -> list[Bead]:
    """The aligner's pairing of cx12-002's shape (every bead doubtful, the moderator sentence unpaired)."""
    if len(zh) != 5 or len(en) != 5:
        return [Bead(tuple(range(len(zh))), tuple(range(len(en))), 0.5)]
    return [Bead((0,), (0, 1), 0.2), Bead((1,), (2,), 0.18), Bead((2,), (), 0.7), Bead((3,), (3,), 0.3),
            Bead((4,), (4,), 0.26)]


def _moderated_findings(en: str) -> list[Finding]:
    manuscript = build_from_texts(MODERATED_ZH, en, "zh.txt", "en.txt", presplit=False, align_fn=_moderated)
    return check_manuscript(manuscript, MORAL)


def test_an_unpaired_sentence_said_further_on_amid_doubtful_beads_is_one_alignment_finding() -> None:
    findings = _moderated_findings(MODERATED_EN)
    # before: untranslated 此外，个体道德认同水平… though "This study also examined the moderating role of
    # individuals' moral identity…" renders it (paired with the closing sentence)
    assert not [f for f in findings if f.rule == "untranslated"]
    doubt = [f for f in findings if f.rule == "alignment-doubt"]
    assert len(doubt) == 1 and doubt[0].location.column == 60
    assert [s["rule"] for s in dict(doubt[0].data)["sentences"]] == ["untranslated"]


def test_an_unpaired_sentence_whose_english_was_deleted_is_still_untranslated() -> None:
    # the moderator sentence's English replaced by the closing sentence's own: nothing in the English says the
    # moderator, nothing crosses to it, so the real omission stays reported
    dropped = MODERATED_EN.replace("This study also examined the moderating role of individuals' moral identity in "
                                   "this effect.", "The findings can help online charity platforms set the amounts "
                                   "they ask for.")
    untranslated = [f for f in _moderated_findings(dropped) if f.rule == "untranslated"]
    assert [f.location.column for f in untranslated] == [60]


# cx10-038-d1's shape (review59 R2): the English sentence that renders the moderator sentence is written first, left
# unpaired at the pair's start (an `extra-target`); the moderator sentence and the one after it are left unpaired
# amid doubtful beads, so `untranslated` reports them as one finding naming two sentences
LEADING_EN = ("This study also examined the moderating role of individuals' moral identity in this effect. "
              "More and more people now give to charity through online platforms. "
              "Yet few studies have asked how the settings of such platforms shape the giving of their users. "
              "We proposed that high default amounts lower donation intention in an online call for donations, "
              "because they lead donors to infer manipulation. "
              "High default amounts led to lower donation intention than low ones.\n")


def _two_unpaired(zh: Sequence[str], en: Sequence[str], groups: object = None, *,
                  paragraphs: bool = False, en_blocks: object = None, zh_blocks: object = None,
                  written: object = None) -> list[Bead]:
    """The aligner's pairing of that shape: the first English sentence and the 3rd and 4th Chinese unpaired, every
    other bead doubtful; the leftovers' second alignment (`aligner.moved`) finds them unrelated."""
    if len(zh) != 5 or len(en) != 5:
        return [Bead(tuple(range(len(zh))), tuple(range(len(en))), 0.1)]
    return [Bead((), (0,), 0.0), Bead((0,), (1, 2), 0.2), Bead((1,), (3,), 0.18), Bead((2,), (), 0.7),
            Bead((3,), (), 0.7), Bead((4,), (4,), 0.26)]


def _two_unpaired_findings(en: str) -> list[Finding]:
    manuscript = build_from_texts(MODERATED_ZH, en, "zh.txt", "en.txt", presplit=False, align_fn=_two_unpaired)
    return check_manuscript(manuscript, MORAL)


def test_an_unpaired_sentence_inside_a_run_of_untranslated_sentences_gets_one_finding_not_two() -> None:
    # before: "2 sentences in a row … have no English counterpart: 此外，个体道德认同水平…" beside an alignment-doubt
    # saying the English of 此外，个体道德认同水平… is at column 1 (folding the extra-target there): two findings
    # that contradict each other; the run finding cannot be folded, so the crossing from its sentence does not count
    findings = _two_unpaired_findings(LEADING_EN)
    assert [dict(f.data).get("count") for f in findings if f.rule == "untranslated"] == [2]
    assert not [f for f in findings if f.rule == "alignment-doubt"]


def test_english_written_first_with_the_sentences_after_it_deleted_is_still_reported() -> None:
    # the real defects of the shape: the English of both sentences deleted, the added first sentence is background
    # the Chinese lacks; the untranslated run and the extra-target both stand
    dropped = LEADING_EN.replace("This study also examined the moderating role of individuals' moral identity in "
                                 "this effect.", "Charity is an old virtue in many cultures and societies.")
    findings = _two_unpaired_findings(dropped)
    assert [dict(f.data).get("count") for f in findings if f.rule == "untranslated"] == [2]
    assert [f.location.column for f in findings if f.rule == "extra-target"] == [1]
