"""Reading-list entries kept in English on both sides (`checks.cited_titles`)."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.cited_titles import dated_citation, numbered_reference
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.untranslated import run


def spans(zh: str, en: str) -> list:
    return [f for f in run(CheckContext(build([([zh], [en])]))) if f.rule == "untranslated-span"]


def test_a_listed_work_with_its_date_is_a_citation() -> None:
    entry = "New virus surging in Asia rattles scientists Nature news 2020-01-20"
    assert dated_citation(entry)
    assert spans(entry, entry) == []


def test_an_undated_copy_or_prose_ending_in_a_date_is_still_reported() -> None:
    title = "New virus surging in Asia rattles scientists"
    assert len(spans(title, title)) == 1
    prose = "The outbreak grew quickly. Cases were reported on 2020-01-20"
    assert not dated_citation(prose)
    assert len(spans(prose, prose)) == 1
    assert not dated_citation("Report 2020-13-40")


def test_dated_entries_of_a_reading_list() -> None:
    assert dated_citation("China virus latest: first US case confirmed Nature news 2020-01-21")
    assert dated_citation("Exploring interactive phylogenies with Auspice 2019-01-24")


def test_lines_that_are_not_dated_entries() -> None:
    assert not dated_citation("The first case was confirmed on 2020-01-21.")  # a sentence with its stop
    assert not dated_citation("The first case was confirmed. Nature news 2020-01-21")  # a stop before the date
    assert not dated_citation("News 2020-01-21")  # one word
    assert not dated_citation("China virus latest: first US case confirmed")  # no date
    assert not dated_citation("Nature news 2020-01-21 reports the first case")  # the date inside


def test_through_untranslated_span() -> None:
    """A reading list kept as published is no finding; a sentence of prose left in English still is."""
    from zhen_qa.aligner.build import build_from_texts
    from zhen_qa.checks.engine import check_manuscript

    zh = ("延伸阅读\n"
          "China virus latest: first US case confirmed Nature news 2020-01-21\n"
          "New virus surging in Asia rattles scientists Nature news 2020-01-20\n"
          "我们会继续更新这份报告。\n"
          "The tree shows two clusters of closely related sequences.\n")
    en = ("Further reading\n"
          "China virus latest: first US case confirmed Nature news 2020-01-21\n"
          "New virus surging in Asia rattles scientists Nature news 2020-01-20\n"
          "We will keep updating this report.\n"
          "The tree shows two clusters of closely related sequences.\n")
    ms = build_from_texts(zh, en, "a.zh", "a.en", presplit=True)
    spans = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    assert [f.location.line for f in spans] == [5]


def test_a_numbered_reference_entry_with_its_authors_is_a_citation() -> None:
    # a documentation page's appendix keeps its reference list in English on both pages: "[1] title, authors"
    # (undated) and "[2] Surname X, Surname Y, et al. Title[J]. Venue, 2024" were reported as the English left
    # identical to the Chinese
    undated = ("[1] Sparse Mixtures Are Efficient Sequence Models, Wei Zhang, Lina Chen, Tao Wang, "
               "Ming Zhou.")
    gbt = "[2] Li Q, Wang S, Zhao Y, et al. Adaptive Storage of Sensor Streams[J]. Data Engineering, 2024, 7(2): 11-19."
    for entry in (undated, gbt):
        assert numbered_reference(entry)
        assert spans(entry, entry) == []


def test_an_identical_numbered_sentence_or_list_without_authors_is_still_reported() -> None:
    step = "[1] Start the server, then open the console and create the database."
    products = "[2] Supports Apache Kafka, Apache Pulsar and Apache Flink as sources."
    names = "Wei Zhang, Lina Chen, Tao Wang wrote this guide."  # a name list without the [n] of a reference list
    for text in (step, products, names):
        assert not numbered_reference(text)
        assert len(spans(text, text)) == 1


def test_a_numbered_list_of_names_that_is_no_citation_is_still_reported() -> None:
    # `numbered_reference` took any `[n]` line holding three capitalised two-word names for an author list: a
    # numbered list left in English (one maker's products) and a sentence whose subject is a list of people were
    # excused as citations
    assert not numbered_reference("[1] Apache Kafka, Apache Pulsar, Apache Flink")  # no people, no title, no source
    assert not numbered_reference("[4] Wei Zhang, Lina Chen, Tao Wang.")  # names alone: no title, no source
    for text in ("[1] Sources we read from today, Apache Kafka, Apache Pulsar, Apache Flink.",
                 "[3] Wei Zhang, Lina Chen, Tao Wang joined the project in 2021."):
        assert not numbered_reference(text)
        assert len(spans(text, text)) == 1


def test_reference_entries_whose_authors_share_a_family_name_or_follow_a_title_are_citations() -> None:
    # the narrowing keeps real entries: authors with one family name and initials (people, not a maker's products),
    # a title before the authors whose capitalised words run into them, a year alone as the source
    for entry in ("[2] Wang S, Wang L, Wang Y. Streaming Joins over Sensor Data[J]. Data Engineering, 2020, 3: 1-9.",
                  "[1] Timer- Generative Pre-trained Transformers Are Large Time Series Models, Yong Liu, "
                  "Haoran Zhang, Chenyu Li, Xiangdong Huang.",
                  "[5] Lina Chen, Tao Wang, Ming Zhou. Sensor streams at scale, 2019."):
        assert numbered_reference(entry)
        assert spans(entry, entry) == []


def test_a_reference_entry_the_english_cuts_into_sentences_is_read_whole() -> None:
    # the English side cut `[1] Chen R, Hu X, Huang X, et al.` | title | venue and year into three sentences (the
    # Chinese page kept one): the entry's source is in its last sentence, not the first
    parts = ["[1] Chen R, Hu X, Huang X, et al.", "Elastic Storage of Sensor Streams[J].",
             "Proceedings of the Data Endowment, 2025, 18(6): 1784-1797."]
    entry = " ".join(parts)
    findings = [f for f in run(CheckContext(build([([entry], parts)]))) if f.rule == "untranslated-span"]
    assert findings == []
    sentence = ["[3] Wei Zhang, Lina Chen, Tao Wang joined the project.", "They wrote the storage engine in 2021."]
    beads = build([([" ".join(sentence)], sentence)])
    findings = [f for f in run(CheckContext(beads)) if f.rule == "untranslated-span"]
    assert len(findings) == 1
