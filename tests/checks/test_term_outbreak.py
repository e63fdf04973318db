"""Tests of checks.term_outbreak through term-missing: an English virus naming its outbreak, 疫情 in Chinese."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

CORONAVIRUS = Concept("coronavirus", "冠状病毒", "coronavirus")
EN = "With lots of flights canceled, flying in the time of coronavirus can be a challenge."


def missing(zh: str, en: str = EN) -> list[str]:
    return term_missing(gl(CORONAVIRUS), [zh], [en])


def test_the_virus_names_the_outbreak_chinese_says_yiqing() -> None:
    assert missing("随着大量航班的取消，疫情期间乘飞机出行面临极大挑战。") == []


def test_no_yiqing_or_a_virus_named_in_chinese_is_still_missing() -> None:
    assert missing("随着大量航班的取消，这段时间乘飞机出行面临极大挑战。") == [
        "“coronavirus” has no 「冠状病毒」 in the aligned Chinese"]
    assert missing("随着大量航班的取消，流感病毒疫情期间乘飞机出行面临极大挑战。") == [
        "“coronavirus” has no 「冠状病毒」 in the aligned Chinese"]


OUTBREAK = Concept("outbreak", "暴发", "outbreak")
PANDEMIC = Concept("pandemic", "大流行", "pandemic")
MEASLES = Concept("measles", "麻疹", "measles")
EPIDEMIOLOGY = Concept("epidemiology", "流行病学", "epidemiology")
EN_EVENT = "Although the outbreak is concentrated in Wuhan, the virus has spread to other cities."


def test_the_outbreak_said_by_yiqing_is_rendered() -> None:
    """疫情 "the epidemic situation" is Chinese's name of an epidemic as an event; the glossary lists the word for its
    breaking out (暴发) or its scale (大流行)."""
    assert term_missing(gl(OUTBREAK), ["虽然疫情集中在武汉，病毒已经传播到其他城市。"], [EN_EVENT]) == []
    assert term_missing(gl(OUTBREAK), ["疫情早期，病毒在欧洲迅速传播。"],
                        ["Early in the outbreak, the virus spread rapidly in Europe."]) == []


def test_no_yiqing_or_no_epidemic_event_is_still_missing() -> None:
    assert term_missing(gl(OUTBREAK), ["虽然病例集中在武汉，病毒已经传播到其他城市。"], [EN_EVENT]) == [
        "“outbreak” has no 「暴发」 in the aligned Chinese"]
    # 流行病学 names a science, not an epidemic: 疫情 beside it does not render it
    assert term_missing(gl(EPIDEMIOLOGY), ["疫情数据由各地卫生部门汇总。"],
                        ["Epidemiology data are collected by local health departments."]) == [
        "“Epidemiology” has no 「流行病学」 in the aligned Chinese"]


def test_one_yiqing_says_one_event() -> None:
    """The COVID-19 疫情 is the pandemic; the measles outbreak the English adds is missing from the Chinese."""
    g = gl(OUTBREAK, PANDEMIC, MEASLES)
    en = ["During the COVID-19 pandemic, an outbreak of measles was reported in the city."]
    assert term_missing(g, ["新冠疫情期间，该市报告了多例麻疹病例。"], en) == [
        "“outbreak” has no 「暴发」 in the aligned Chinese"]
    assert term_missing(g, ["新冠疫情期间，该市报告了麻疹疫情。"], en) == []


def test_yiqing_for_the_epidemic_the_file_names_by_its_listed_form_is_two_names_mixed() -> None:
    """The file writes the listed 大流行 and then 疫情 for "pandemic": two names of the epidemic mixed, which the
    glossary is there to settle. 暴发 names the breaking out, not the epidemic: 疫情暴发 in one sentence and 疫情 for
    "the outbreak" in another mix no two names."""
    zh, en = ["大流行仍在继续。", "疫情期间学校关闭。"], ["The pandemic goes on.", "Schools closed during a pandemic."]
    assert term_missing(gl(PANDEMIC), zh, en) == ["“pandemic” has no 「大流行」 in the aligned Chinese"]
    zh = ["疫情暴发于武汉。", "疫情期间学校关闭。"]
    en = ["The outbreak began in Wuhan.", "Schools closed during an outbreak."]
    assert term_missing(gl(OUTBREAK), zh, en) == []


def test_a_summary_names_yiqing_as_the_files_word_for_the_event() -> None:
    """Beads whose 疫情 says the outbreak weigh in a summary as the file's own word (`Excuse.learns`)."""
    zh = ["疫情在武汉开始。", "病例在上海增加。", "疫情在欧洲扩散。", "病例在美国增加。", "疫情在亚洲扩散。"]
    en = ["The outbreak began in Wuhan.", "The outbreak grew in Shanghai.", "The outbreak spread in Europe.",
          "The outbreak grew in America.", "The outbreak spread in Asia."]
    assert term_missing(gl(OUTBREAK), zh, en) == [
        "“outbreak” has no 「暴发」 in the aligned Chinese of 2 sentences (English lines 8 and 10; "
        "rendered as 「疫情」 in 3)"]


def test_one_yiqing_says_one_event_whether_the_other_event_is_listed_or_not() -> None:
    """The events are counted by the English words, not by glossary hits: with "outbreak" listed and "pandemic"
    not, the COVID-19 疫情 is still the pandemic's, and the measles outbreak is missing; the 疫情 of 疫情防控 says
    the "epidemic" of "epidemic control measures", and "After the outbreak" is missing (also in a file writing the
    listed 暴发 elsewhere)."""
    g = gl(OUTBREAK, MEASLES)
    assert term_missing(g, ["新冠疫情期间，该市报告了多例麻疹病例。"],
                        ["During the COVID-19 pandemic, an outbreak of measles was reported in the city."]) == [
        "“outbreak” has no 「暴发」 in the aligned Chinese"]
    assert term_missing(g, ["各地随后加强了疫情防控措施。"],
                        ["After the outbreak, local governments strengthened epidemic control measures."]) == [
        "“outbreak” has no 「暴发」 in the aligned Chinese"]
    zh = ["麻疹暴发通常始于学校。", "新冠疫情期间，该市报告了多例麻疹病例。"]
    en = ["Measles outbreaks usually begin in schools.",
          "During the COVID-19 pandemic, an outbreak of measles was reported in the city."]
    assert term_missing(g, zh, en) == ["“outbreak” has no 「暴发」 in the aligned Chinese"]
