"""Tests of checks.missing_summary through term-missing: one finding for a concept missing in many sentences."""
from __future__ import annotations

from tests.checks.terms_kit import gl, manuscript, only, run
from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.glossary.model import Concept

CORONAVIRUS = Concept("coronavirus", "冠状病毒", "coronavirus")
EN = ["The coronavirus spread in Wuhan.", "The coronavirus was sequenced.",
      "Flights stopped in the time of coronavirus.", "The coronavirus reached Europe.",
      "The coronavirus has mutated.", "The coronavirus spreads fast.", "The coronavirus is new."]


def test_an_excused_sentence_does_not_break_a_summary_into_one_finding_per_sentence() -> None:
    """"coronavirus" is missing in four of seven sentences and rendered as listed in three; the third sentence's
    疫情期间 says "in the time of coronavirus" otherwise (`term_outbreak`, excused). The excused bead is no position
    of the finding, but it weighs with the missing ones: one summary naming the other three (it counted as rendered
    as listed, so 3 rendered against 3 missing split the summary into three findings)."""
    zh = ["流感在武汉传播。", "流感已被测序。", "疫情期间航班停飞。", "流感传到了欧洲。", "冠状病毒已经突变。",
          "冠状病毒传播很快。", "冠状病毒是新的。"]
    (f,) = only(run(gl(CORONAVIRUS), zh, EN), "term-missing")
    assert f.message == ("“coronavirus” has no 「冠状病毒」 in the aligned Chinese of 3 sentences (English lines 9, 10 "
                         "and 12; rendered as listed in 3, otherwise in 1)")
    data = dict(f.data)
    assert (data["count"], data["rendered"], data["otherwise"]) == (3, 3, 1)
    assert [s["line"] for s in data["sentences"]] == [9, 10, 12]


def test_a_concept_mostly_rendered_as_listed_is_still_reported_sentence_by_sentence() -> None:
    """Two missing, one excused, three rendered as listed: the file says it as listed as often as not, two
    findings."""
    zh = ["流感在武汉传播。", "流感已被测序。", "疫情期间航班停飞。", "冠状病毒传到了欧洲。", "冠状病毒已经突变。",
          "冠状病毒传播很快。"]
    found = only(run(gl(CORONAVIRUS), zh, EN[:6]), "term-missing")
    assert [(f.location.line, f.message) for f in found] == [
        (8, "“coronavirus” has no 「冠状病毒」 in the aligned Chinese"),
        (9, "“coronavirus” has no 「冠状病毒」 in the aligned Chinese")]


INFLUENZA = Concept("influenza", "流感", "influenza", en_admitted=("flu",))


def test_a_summary_says_what_the_chinese_has_instead_where_its_sentences_say_it() -> None:
    """Three sentences say 流感 "influenza" for "coronavirus": each per-sentence finding names what the Chinese has
    instead ("(it has 「流感」)"), a wrong word in that sentence and the point of the finding. Summarised (one excused
    bead weighs with them against three rendered as listed), the summary says it too, with its lines."""
    zh = ["流感在武汉传播。", "流感已被测序。", "疫情期间航班停飞。", "流感传到了欧洲。", "冠状病毒已经突变。",
          "冠状病毒传播很快。", "冠状病毒是新的。"]
    ms = manuscript(zh, EN, [((i,), (i,)) for i in range(len(zh))])
    (f,) = only(list(checks.run(CheckContext(ms, gl(CORONAVIRUS, INFLUENZA), Options(source="en")))), "term-missing")
    assert f.message == ("“coronavirus” has no 「冠状病毒」 in the aligned Chinese of 3 sentences (English lines 9, 10 "
                         "and 12; rendered as listed in 3, otherwise in 1); it has 「流感」 in lines 9, 10 and 12")
    assert dict(f.data)["has"] == {"「流感」": [9, 10, 12]}
    assert [s["message"] for s in dict(f.data)["sentences"]] == [
        "“coronavirus” has no 「冠状病毒」 in the aligned Chinese (it has 「流感」)"] * 3
