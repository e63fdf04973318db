from __future__ import annotations

import pytest

from zhen_qa.manuscript.segment import split, split_en, split_zh


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_zh_basic_marks_and_ellipsis() -> None:
    t = "第一句。第二句！第三句？第四句；结束……然后"
    assert texts(t, split_zh(t)) == ["第一句。", "第二句！", "第三句？", "第四句；结束……", "然后"]


def test_zh_quote_closing_after_mark_stays() -> None:
    t = "他说：“走吧。”他走了。"
    assert texts(t, split_zh(t)) == ["他说：“走吧。”", "他走了。"]


def test_zh_nested_quotes_and_brackets_do_not_split() -> None:
    t = "她问：“你说「不行。我不去」是真的吗”然后走了。（注：见上文。其他）后文。"
    assert texts(t, split_zh(t)) == ["她问：“你说「不行。我不去」是真的吗”然后走了。", "（注：见上文。其他）后文。"]


def test_zh_offsets_trim_whitespace_and_newlines() -> None:
    t = "  甲。\n  乙。 "
    spans = split_zh(t)
    assert texts(t, spans) == ["甲。", "乙。"]
    assert spans[0] == (2, 4)


def test_en_abbreviations_et_al_fig_eg() -> None:
    t = "Smith et al. reported it. See Fig. 2 for e.g. the rate. Dr. Li agreed vs. No. 5 in the list."
    assert texts(t, split_en(t)) == ["Smith et al. reported it.", "See Fig. 2 for e.g. the rate.",
                                    "Dr. Li agreed vs. No. 5 in the list."]


def test_en_decimals_and_initials() -> None:
    t = "Growth was 2.4 vs. 1.8 (p = 0.045). J. R. Smith wrote the U.S. report. It ended."
    assert texts(t, split_en(t)) == ["Growth was 2.4 vs. 1.8 (p = 0.045).", "J. R. Smith wrote the U.S. report.",
                                    "It ended."]


def test_en_citation_markers_and_final_quotes_stay() -> None:
    t = 'Results were good.[12] He said "Go." Then? Yes!'
    assert texts(t, split_en(t)) == ["Results were good.[12]", 'He said "Go."', "Then?", "Yes!"]


def test_split_dispatch() -> None:
    assert split("甲。乙。", "zh") == [(0, 2), (2, 4)]
    assert split("A b. C d.", "en") == [(0, 4), (5, 9)]
    with pytest.raises(ValueError):
        split("x", "fr")


def test_empty() -> None:
    assert split_zh("") == [] and split_en("   ") == []


def test_semicolons_split_neither_language() -> None:
    """；/; join clauses alike: the Chinese is not split where the English is not."""
    zh = "评估包括：完整病史；体格检查；血液学分析。"
    en = "Evaluations included: complete history; physical examination; hematologic analyses."
    assert texts(zh, split_zh(zh)) == [zh]
    assert len(split_en(en)) == 1


def test_one_sentence_a_line_detected() -> None:
    """Lines holding one sentence or a heading each are recognised; paragraphs of several are not."""
    from zhen_qa.manuscript.segment import one_sentence_a_line

    lines = "摘要\n方法方法\n我们纳入了患者。\n结果如下。\n结论\n"
    assert one_sentence_a_line(lines, "zh")
    assert not one_sentence_a_line("第一句。第二句。\n第三句。第四句。\n五。六。\n七。八。\n", "zh")
    assert not one_sentence_a_line("一句。\n", "zh")


def test_a_markdown_page_of_table_rows_is_not_one_sentence_a_line() -> None:
    """A page made mostly of a Markdown table (a heading, a sentence, eight rows: each row one "sentence") is a
    structured document: its delimiter row `| --- | --- |` says so. Read line by line it would lose its Markdown
    parts (no cell, no header row), and the table rules with them. The same lines without the delimiter row stay
    one sentence a line."""
    from zhen_qa.manuscript.segment import one_sentence_a_line

    rows = "".join(f"| {n} | GET | /items/{n} | 返回第 {n} 个对象 |\n" for n in range(1, 9))
    page = ("# 接口\n\n接口的状态如下，每个接口都返回一个对象。\n\n"
              "| 序号 | 方法 | 路径 | 返回 |\n| --- | --- | --- | --- |\n" + rows)
    assert not one_sentence_a_line(page, "zh")
    assert one_sentence_a_line("接口的状态如下。\n" + rows, "zh")


def test_hard_wrapped_text_is_not_one_sentence_a_line() -> None:
    """A PDF's text wrapped at the page's width holds at most one sentence a line too, but its lines go on in the next:
    a clause mark at a line's end, or an English line without a stop before one in lower case."""
    from zhen_qa.manuscript.segment import goes_on, one_sentence_a_line

    en = ("Pneumonia\nWhen you have pneumonia, the air sacs \nin the lungs fill with infection or mucus. \n"
          "Pneumonia is caused by a bacteria, virus \nor chemical. It is not often passed from one \n"
          "person to another.\nSigns of Pneumonia\n")
    assert not one_sentence_a_line(en, "en")
    assert one_sentence_a_line("Pneumonia\nWhen you have pneumonia, the air sacs fill.\nSigns\nShaking.\n", "en")
    zh = "如果患有肺炎，\n肺泡会充斥着感染积液或粘液，\n肺炎是由细菌、\n病毒或化学品导致的。\n人际传播并不常见。\n"
    assert not one_sentence_a_line(zh, "zh")
    assert goes_on("the air sacs ", "in the lungs", "en")
    assert not goes_on("Signs of Pneumonia", "Shaking or chills", "en")
    assert not goes_on("结果", "我们纳入了患者。", "zh")
    lowered = "abstract\nbackground\nin most patients, control is not achieved.\nmethods\nin this trial we did.\n"
    assert one_sentence_a_line(lowered, "en")  # a lower-cased corpus (ParaMed's): lower-case starts say nothing


def test_zh_bracket_closed_in_the_other_width_is_closed() -> None:
    t = "三价疫苗(IIV3）和四价疫苗(IIV4），均为裂解疫苗。其他地区自费接种。"
    assert texts(t, split_zh(t)) == ["三价疫苗(IIV3）和四价疫苗(IIV4），均为裂解疫苗。", "其他地区自费接种。"]


def test_zh_bracket_never_closed_does_not_swallow_the_sentences_after_it() -> None:
    # the content of the first bracket was lost in extraction: the next round bracket opens another one
    t = "差异无统计学意义（  两组均获随访，平均 12 个月。甲组时间短于乙组（P<0.05）。结论成立。"
    assert texts(t, split_zh(t)) == ["差异无统计学意义（  两组均获随访，平均 12 个月。", "甲组时间短于乙组（P<0.05）。",
                                     "结论成立。"]
    # an unclosed quotation with no closing mark anywhere after it
    t = "他说：“走吧。我们走。"
    assert texts(t, split_zh(t)) == ["他说：“走吧。", "我们走。"]


def test_zh_quotation_of_several_sentences_stays_one() -> None:
    t = "他说：“走吧。我们走（快）。”然后走了。下一句。"
    assert texts(t, split_zh(t)) == ["他说：“走吧。我们走（快）。”", "然后走了。", "下一句。"]


def test_a_long_quotation_is_searched_once_not_once_a_sentence() -> None:
    import time

    t = "他说：“" + "这是一句话。" * 40000 + "”完。"
    start = time.process_time()
    assert len(split_zh(t)) == 2
    assert time.process_time() - start < 3.0  # about 0.05 s; once a sentence it took 20 s


def test_en_flattened_superscript_citations_end_the_sentence() -> None:
    # PDF and web extraction print superscript citations as plain digits after the period
    t = ("We chose 37 degrees as the target in the control group.38 Third, the duration was 48 hours. Data are "
         "limited.15,28 Fourth, patients died. The effect was large (see above).12-14 Next one.")
    assert texts(t, split_en(t)) == [
        "We chose 37 degrees as the target in the control group.38", "Third, the duration was 48 hours.",
        "Data are limited.15,28", "Fourth, patients died.", "The effect was large (see above).12-14", "Next one."]
    # not after an abbreviation, a number or an initial, nor before a lower-case word
    # and after a closing bracket and a space
    t = "Details are in the appendix (available at NEJM.org.) 12,13 We randomly assigned them (see above.) 4 Next."
    assert texts(t, split_en(t)) == [
        "Details are in the appendix (available at NEJM.org.) 12,13", "We randomly assigned them (see above.) 4",
        "Next."]
    for kept in ("See Fig.3 The end.", "It rose to 5.2 Then fell.", "Vitamin B.12 Deficiency was seen.",
                 "Berg et al.26 reported it.", "It grew in 2019.12 Patients were seen."):
        assert texts(kept, split_en(kept)) == [kept]


def test_a_flattened_citation_after_a_label_letter_ends_the_sentence() -> None:
    # a letter labelling the noun before it ends a sentence ("group B. There"), so citation numbers flattened onto
    # its period do too
    t = ("It was designed according to the ENGOT model C.12 The sponsor oversaw the data. "
         "We saw 9 in group B.5,6 Two died.")
    assert texts(t, split_en(t)) == ["It was designed according to the ENGOT model C.12",
                                    "The sponsor oversaw the data.", "We saw 9 in group B.5,6", "Two died."]
    # an initial or a capitalised word before the letter is no label; a lower-case word after is no new sentence
    for kept in ("Vitamin B.12 Deficiency was seen.", "It was given with vitamin B.12 mg daily.",
                 "Seen with A.12 Patients.", "We thank Smith and J.12 Brown."):
        assert texts(kept, split_en(kept)) == [kept], kept


def test_sentences_glued_by_a_lost_space_are_split() -> None:
    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    assert sentences("It is used in 200 cities.In Singapore, an app was launched.") == [
        "It is used in 200 cities.", "In Singapore, an app was launched."]
    assert sentences("It works!Now go.") == ["It works!", "Now go."]
    assert sentences("It is called the immediate extinction deficit (IED).The IED may depend on stress.") == [
        "It is called the immediate extinction deficit (IED).", "The IED may depend on stress."]
    # dotted names, initials, abbreviations and decimals stay whole
    for text in ("Use java.lang.String here.", "See System.Console now.", "The U.S.Army came.", "See fig.In the end.",
                 "It rose 3.5 times.", "Call obj.Method(x) now.", "Call f().Then it runs."):
        assert sentences(text) == [text], text


def test_sentences_glued_after_an_acronym_a_number_or_etc_are_split() -> None:
    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    # PDF extraction loses the space after the period whatever word ends the sentence
    assert sentences("The best candidate is the vector vaccine rVSV-ZEBOV.The vaccine is safe.") == [
        "The best candidate is the vector vaccine rVSV-ZEBOV.", "The vaccine is safe."]
    assert sentences("Use was lower in the USA and EU.Although it is banned, it is sold.") == [
        "Use was lower in the USA and EU.", "Although it is banned, it is sold."]
    assert sentences("The drug causes serious side-effects.In addition, it is costly.") == [
        "The drug causes serious side-effects.", "In addition, it is costly."]
    assert sentences("It is expected to be available in 2018.In order to see why, we review it.") == [
        "It is expected to be available in 2018.", "In order to see why, we review it."]
    assert sentences("It covers taste, smell, etc.This is new.") == ["It covers taste, smell, etc.", "This is new."]
    # a bracketed section label glued to the period starts the next sentence
    assert sentences("We studied think tanks.[Method/process] This paper builds a model.") == [
        "We studied think tanks.", "[Method/process] This paper builds a model."]
    # so does a bracketed enumerator glued to it before a capitalised word
    assert sentences("It rose for construction lands.(3) Both models fit well.") == [
        "It rose for construction lands.", "(3) Both models fit well."]
    assert sentences("See fig.(3) The end.") == ["See fig.(3) The end."]
    # abbreviations that never end a sentence, dotted names, initials, citations and heading numerals stay whole
    for text in ("See Fig.S1 and vs.The rest.", "The U.S.Army came.", "See System.Console now.",
                 "It was cited [12].The end.", "It grew in 2019.12 Patients were seen."):
        assert sentences(text) == [text], text
    assert sentences("III.Pathological Changes\nThe lungs were firm.") == [
        "III.Pathological Changes", "The lungs were firm."]


def test_a_half_width_stop_after_han_ends_a_chinese_sentence() -> None:
    text = "EZH2在血液病中的研究进展. EZH2是一种甲基转移酶。血压为1.5倍，见config.yaml文件。"
    assert [text[a:b] for a, b in split_zh(text)] == [
        "EZH2在血液病中的研究进展.", "EZH2是一种甲基转移酶。", "血压为1.5倍，见config.yaml文件。"]


def test_a_letter_labelling_a_noun_ends_the_sentence() -> None:
    # a capital letter naming a group, type or virus before its period ends a sentence: "in group B. There"
    t = "We placed 90 pins in group A and 95 in group B. There was no difference. Four had hepatitis B. All recovered."
    assert texts(t, split_en(t)) == ["We placed 90 pins in group A and 95 in group B.", "There was no difference.",
                                    "Four had hepatitis B.", "All recovered."]
    t = "Two showed respiratory failure type I. The others were stable."
    assert texts(t, split_en(t)) == ["Two showed respiratory failure type I.", "The others were stable."]
    # initials stay: after a capitalised word, another initial, a function word, a bracket or at the start
    for kept in ("J. R. Smith wrote it.", "It was seen by Dr. A. Li and Prof. B. Wang first.",
                 "It was written with A. Li and B. Chen in 2019.", "The kit (M. Tan) was used.",
                 "We thank Smith and J. Brown for help.", "Infection with E. coli was rare."):
        assert texts(kept, split_en(kept)) == [kept], kept


def test_a_line_initial_roman_numeral_labels_its_heading() -> None:
    # "VIII. Differential Diagnosis" is one heading (八、鉴别诊断), not a numeral and a heading
    t = "Scope.\nVIII. Differential Diagnosis\n  XII. Annex tables. More follows."
    assert texts(t, split_en(t)) == ["Scope.", "VIII. Differential Diagnosis", "XII. Annex tables.", "More follows."]
    # inside a line a numeral ends its sentence ("stage IV. Then"); other capitals at a line's start still end one
    for t, want in (("Cancer of stage IV. Then it spread.", ["Cancer of stage IV.", "Then it spread."]),
                    ("CD. The label.", ["CD.", "The label."])):
        assert texts(t, split_en(t)) == want


def test_glued_enumerator_of_either_width_or_after_a_quote_starts_a_sentence() -> None:
    def sentences(text: str) -> list[str]:
        return texts(text, split_en(text))

    assert sentences("The structure is more complicated.(3） The parks vary.") == [
        "The structure is more complicated.", "(3） The parks vary."]
    assert sentences('It decreases toward the Yellow River".(4) The hot spots move.') == [
        'It decreases toward the Yellow River".', "(4) The hot spots move."]
    assert sentences("See Fig.(3） The end.") == ["See Fig.(3） The end."]
    assert sentences("As in refs.(4) The end.") == ["As in refs.(4) The end."]


def test_glued_item_closed_only_or_after_a_parenthesis_starts_a_sentence() -> None:
    def sentences(text: str) -> list[str]:
        return texts(text, split_en(text))

    # a list item "3)" glued to the period after a parenthesis (MinerU): a new sentence, as "(3) The" already was
    assert sentences("It tended to decrease CS (P<0.10).3) Compared with LPS group, it rose.") == [
        "It tended to decrease CS (P<0.10).", "3) Compared with LPS group, it rose."]
    assert sentences("The ratio tended to fall.2） The weight rose.") == [
        "The ratio tended to fall.", "2） The weight rose."]
    # a decimal, a year or an abbreviation before the period: no boundary
    for text in ("Values rose (P=0.3) The end.", "It fell in 2019.2) The end.", "As shown (Fig.3) The end.",
                 "See Eq.(3) Then."):
        assert sentences(text) == [text], text


def test_glued_acronym_written_alone_elsewhere_starts_a_sentence() -> None:
    def sentences(text: str) -> list[str]:
        return texts(text, split_en(text))

    # an acronym the text also writes on its own opens a sentence glued to the period before it
    assert sentences("The knowledge base (PMKB) covers 14 kinds of variations.PMKB is also a base.") == [
        "The knowledge base (PMKB) covers 14 kinds of variations.", "PMKB is also a base."]
    assert sentences("Patients were enrolled.DNA was extracted from blood, and DNA was sequenced.") == [
        "Patients were enrolled.", "DNA was extracted from blood, and DNA was sequenced."]
    # a dotted name is always written so; an acronym found nowhere else, or after an abbreviation, is no boundary
    for text in ("We use socket.IO for events, and the socket.IO server runs.", "Ask the station.SE desk now.",
                 "See fig.DNA here, DNA there."):
        assert sentences(text) == [text], text


def test_glued_abstract_label_starts_a_sentence() -> None:
    def sentences(text: str) -> list[str]:
        return texts(text, split_en(text))

    assert sentences("To improve the surgery schedule.MethodsThe first cases were analyzed.") == [
        "To improve the surgery schedule.", "MethodsThe first cases were analyzed."]
    assert sentences("Rates rose.ResultsThe rate was higher.ConclusionThe cycle works.") == [
        "Rates rose.", "ResultsThe rate was higher.", "ConclusionThe cycle works."]
    # a label word not glued to a capitalised word, or after an abbreviation, is no boundary
    for text in ("See the Methods.Methodsology is new.", "See fig.MethodsThe end."):
        assert sentences(text) == [text], text


def _zh_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_zh(text)]


def test_the_science_journals_full_stop_ends_a_chinese_sentence() -> None:
    # 科学通报 / 中国科学 style: ． (U+FF0E) is the full stop, after Han, Latin or a digit
    assert _zh_sentences("蜂王浆决定级型分化．我们发现敲除了UBXD8．结果见表1．") == [
        "蜂王浆决定级型分化．", "我们发现敲除了UBXD8．", "结果见表1．"]


def test_the_full_width_stop_of_a_number_or_an_enumerator_ends_nothing() -> None:
    assert _zh_sentences("浓度为0．5 mg的溶液。下一句。") == ["浓度为0．5 mg的溶液。", "下一句。"]
    assert _zh_sentences("### 1．在什么时候你应该考虑") == ["### 1．在什么时候你应该考虑"]
    assert _zh_sentences("1．方法：随机分组。2．结果：有效。") == ["1．方法：随机分组。", "2．结果：有效。"]


def test_the_full_width_stop_inside_latin_text_ends_nothing() -> None:
    # a domain or version typed with a Chinese input method: the dots are full width, the sentence goes on
    assert _zh_sentences("请访问www．example．com获取更多信息。下一句。") == [
        "请访问www．example．com获取更多信息。", "下一句。"]
    assert _zh_sentences("版本v1．2发布。") == ["版本v1．2发布。"]


def test_full_width_stops_written_as_an_ellipsis_end_nothing() -> None:
    assert _zh_sentences("他犹豫了很久．．．最后决定离开。") == ["他犹豫了很久．．．最后决定离开。"]


def test_the_full_width_stop_of_a_decimal_in_full_width_digits_ends_nothing() -> None:
    # older Chinese text types numbers full-width: １２．５％ and Ｐ＜０．０５ are numbers, not sentence ends
    assert _zh_sentences("含量为１２．５％，明显下降（Ｐ＜０．０５）。下一句。") == [
        "含量为１２．５％，明显下降（Ｐ＜０．０５）。", "下一句。"]
    assert _zh_sentences("共有３．５万人参加。") == ["共有３．５万人参加。"]
    # a full-width letter enumerates as an ASCII one does
    assert _zh_sentences("Ａ．方法：随机分组。Ｂ．结果：有效。") == ["Ａ．方法：随机分组。", "Ｂ．结果：有效。"]
    assert _zh_sentences("补充维生素Ｃ．我们发现") == ["补充维生素Ｃ．", "我们发现"]


def test_en_url_or_path_ending_in_a_number_is_no_glued_sentence() -> None:
    """A dot in a URL or a path before a capitalised segment is no sentence end, though "CRISPR/Cas9.We" is."""
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    assert parts("See https://example.org/v2.Users for details.") == [
        "See https://example.org/v2.Users for details."]
    assert parts("Read www.site.com/api/v1.Docs now.") == ["Read www.site.com/api/v1.Docs now."]
    assert parts("Open C:/data/run2.Log first.") == ["Open C:/data/run2.Log first."]
    assert parts("We edited it with CRISPR/Cas9.We then sequenced it.") == [
        "We edited it with CRISPR/Cas9.", "We then sequenced it."]


def test_en_sentence_glued_after_a_name_ending_in_a_number() -> None:
    """PDF extraction drops the space after a period: "CRISPR/Cas9.We" (fresh45, chinaxiv8) is two sentences, as
    "cities.In" already was; a dotted name or a version (java.lang.String, Python 3.8) stays whole."""
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    assert parts("We edited it with CRISPR/Cas9.We then sequenced it.") == [
        "We edited it with CRISPR/Cas9.", "We then sequenced it."]
    assert parts("Levels of p53.The cells died.") == ["Levels of p53.", "The cells died."]
    assert parts("It raised IL-6.These were high.") == ["It raised IL-6.", "These were high."]
    assert parts("See java.lang.String now.") == ["See java.lang.String now."]
    assert parts("Use Python 3.8.Then go.") == ["Use Python 3.8.Then go."]


def test_en_sentence_glued_after_a_capitalised_word_or_a_number_unit() -> None:
    """PDF extraction drops the space after a period that ends a sentence on a name or an abbreviation of a capital
    and lower-case letters ("in China.This", "DO and Agit.The", chinaxiv8) or on a number and a one-letter unit
    ("comparison of 3-L.By guinea pig"): two sentences, as "cities.In" already was. Abbreviations (Fig., Jan.,
    Univ.) and dotted names stay whole."""
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    assert parts("Cases rose in China.This was new.") == ["Cases rose in China.", "This was new."]
    assert parts("It set DO and Agit.The values held.") == ["It set DO and Agit.", "The values held."]
    assert parts("Titres matched those of 3-L.By guinea pig tests, it was safe.") == [
        "Titres matched those of 3-L.", "By guinea pig tests, it was safe."]
    assert parts("As in Fig.In the text it differs.") == ["As in Fig.In the text it differs."]
    assert parts("Data from Jan.The rest later.") == ["Data from Jan.The rest later."]
    assert parts("See java.lang.String now.") == ["See java.lang.String now."]


def test_a_new_taxon_name_ends_at_its_nov() -> None:
    """"sp. nov." / "gen. et sp.nov." ends a new taxon's name: nov. is no month there, and before a capital (glued or
    after a space) the next sentence starts; lower case after it goes on, and "Nov." the month stays an abbreviation."""
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    assert parts("It is Pseudoratufa wanensis gen. et sp.nov.The material was collected.") == [
        "It is Pseudoratufa wanensis gen. et sp.nov.", "The material was collected."]
    assert parts("We name Mina hui gen. et sp. nov. The holotype is a maxilla.") == [
        "We name Mina hui gen. et sp. nov.", "The holotype is a maxilla."]
    text = "Neocometes sinensis sp.nov. from Fanchang is new."
    assert parts(text) == [text]
    assert parts("Data from Nov. The rest later.") == ["Data from Nov. The rest later."]


def test_the_parenthesised_author_of_a_basionym_ends_no_sentence() -> None:
    """"sororia (Miq.) C.Shih.": the author of the basionym abbreviated in parentheses after the species epithet, then
    the author of the combination; the period inside the parenthesis is the abbreviation's (chinaxiv10's cx10-008,
    where "C.Shih." was left a sentence of its own, reported as an English sentence without Chinese)."""
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    text = "The species are Ficus stenophylla Hemsl. and Paraprenanthes sororia (Miq.) C.Shih."
    assert parts(text) == [text]
    assert parts("It grows as Dumasia repens (Lour.) Druce in the south. Another grows there.") == [
        "It grows as Dumasia repens (Lour.) Druce in the south.", "Another grows there."]
    assert parts("The rate fell (by two thirds.) The rest held.") == [
        "The rate fell (by two thirds.)", "The rest held."]  # a sentence closed inside its parenthesis still ends


def test_a_parenthesis_opening_lower_case_after_a_stop_is_an_aside_to_its_sentence() -> None:
    """"… according to country. (details … are provided in Tables S6 through S10.)": a parenthesis that opens with a
    lower-case word is no sentence of its own (the Chinese writes it inside its sentence, （…）); one opening with a
    capital ("(Funded by …)") or a lower-case list label ("(a) the", "(iii) the") still starts one (nejm3-para's
    nejm1-19, an English sentence without Chinese)."""
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_en(text)]

    assert parts("It did not vary by country. (details are in Tables S6 to S10.) A second procedure followed.") == [
        "It did not vary by country. (details are in Tables S6 to S10.)", "A second procedure followed."]
    assert parts("It did not vary. (Funded by the NIH.) A second one followed.") == [
        "It did not vary.", "(Funded by the NIH.)", "A second one followed."]
    assert parts("We had aims. (a) the first was simple. (iii) the third was not.") == [
        "We had aims.", "(a) the first was simple.", "(iii) the third was not."]
    # an aside that says something of its own, not a pointer to a table or figure, stays a sentence (review48 A1)
    assert parts("It varied by country. (the adjustment we made was not prespecified.) We went on.") == [
        "It varied by country.", "(the adjustment we made was not prespecified.)", "We went on."]


def test_the_full_width_stop_after_a_caption_label_ends_nothing() -> None:
    """表1．各组… is a table's caption, its label and title: the ． after the label (at a line's start or after a
    sentence's end) is no sentence end; a sentence that ends on a reference to a table still ends there."""
    assert _zh_sentences("表1．各组患者的基线特征。下一句。") == ["表1．各组患者的基线特征。", "下一句。"]
    assert _zh_sentences("如下。图 2-1．实验流程") == ["如下。", "图 2-1．实验流程"]
    assert _zh_sentences("附表S1．全部结果") == ["附表S1．全部结果"]
    assert _zh_sentences("结果见表1．各组无差异。") == ["结果见表1．", "各组无差异。"]


def test_a_dotted_api_member_named_by_a_closed_class_word_stays_one_sentence() -> None:
    """.NET, NUnit and F# name members by closed-class words (Parallel.For, Console.In, Enumerable.All,
    Assert.That, Option.Some): prose that names them without code marks is one sentence; a glued "China.This"
    still ends one."""
    for text in ("Use Parallel.For to run the loop in parallel.",
                 "Read the input from Console.In when no file is given.", "Use Enumerable.All for the check.",
                 "Use Assert.That to check the result.", "Return Option.Some when a value exists."):
        assert [text[a:b] for a, b in split_en(text)] == [text], text
    assert len(split_en("Cases rose in China.The rate fell.")) == 2


def test_a_urls_query_question_mark_ends_no_chinese_sentence() -> None:
    """localhost:8080/deployments?project=quickstart (a link text or a bare URL): the "?" opens the query string;
    a question mark after a URL and a space, or before Chinese, still ends its sentence."""
    t = "你可以通过访问 localhost:8080/deployments?project=quickstart 查看部署的详细日志，然后导航到详情页。然后走。"
    assert texts(t, split_zh(t)) == [t[:-4], "然后走。"]
    for t, first in (("这是 https://example.org/docs? 是的。", "这是 https://example.org/docs?"),
                     ("你去过 example.com/b?没有。", "你去过 example.com/b?")):
        assert texts(t, split_zh(t))[0] == first, t
    t = "Open example.org/search?Page=2 in a browser. Then stop."
    assert texts(t, split_en(t)) == ["Open example.org/search?Page=2 in a browser.", "Then stop."]


def test_a_root_relative_paths_query_question_mark_ends_no_chinese_sentence() -> None:
    """An HTTP request's path with its query (若URL不包含host，比如"/index.html?name=value"，则…): the "?" opens the
    query string and the sentence goes on (it was cut there and its first half reported untranslated); a question
    after a slash-separated pair of words (是/否?) or a path before a space still ends its sentence."""
    t = '若用户没有填且URL不包含host，比如"/index.html?name=value"，则框架会以ip为Host。下一句。'
    assert texts(t, split_zh(t)) == [t[:-4], "下一句。"]
    t = "请求 /api/v1/users?id=3&x=1 会返回用户。然后走。"
    assert texts(t, split_zh(t)) == [t[:-4], "然后走。"]
    for t, first in (("你同意是/否?好的。", "你同意是/否?"), ("路径是 /docs? 是的。", "路径是 /docs?"),
                     ("要用 /index.html?我不知道。", "要用 /index.html?")):
        assert texts(t, split_zh(t))[0] == first, t


def test_en_no_answering_a_question_at_a_line_start_is_a_sentence() -> None:
    """fw61 (lynx-heldout performance-api, Q6 "Can Timing Flags be reused?"): the answer "No." opens its paragraph
    before a capitalised word; read as the abbreviation of "number" it glued to the next sentence, and the Chinese
    answer (Timing Flag 不可以重复。) was left without English. "No." before a number or a label, or inside a line,
    is still the abbreviation."""
    t = "No. If two identical flags are injected, the callback fires once."
    assert texts(t, split_en(t)) == ["No.", "If two identical flags are injected, the callback fires once."]
    for kept in ("No. 5 is the largest.", "No. A1 shows it.", "Patent No. Ten was filed.", "The answer is No. If so."):
        assert texts(kept, split_en(kept)) == [kept]


def test_not_equal_operator_does_not_end_a_chinese_sentence() -> None:
    """`!=` in Chinese prose (如果 biz-status != 0，则…) is an operator, not an exclamation mark; a real `!` still ends
    the sentence."""
    from zhen_qa.manuscript.segment import split_zh

    text = "如果 TTHeader 中 biz-status != 0，则构造业务错误。好的!下一句。"
    assert [text[a:b] for a, b in split_zh(text)] == [
        "如果 TTHeader 中 biz-status != 0，则构造业务错误。", "好的!", "下一句。"]


def test_a_negation_before_a_name_does_not_end_a_chinese_sentence() -> None:
    """`!` written before a Latin name with nothing glued before it (该字段支持取反， !beta 表示…) negates the name; an
    exclamation mark glued to the word it ends (好的!, 完成!OK) still ends the sentence."""
    from zhen_qa.manuscript.segment import split_zh

    text = "该字段支持取反操作， !beta 表示未激活 beta 时加载。好的!下一句。完成!Next 步骤。"
    assert [text[a:b] for a, b in split_zh(text)] == [
        "该字段支持取反操作， !beta 表示未激活 beta 时加载。", "好的!", "下一句。", "完成!", "Next 步骤。"]
    text = "配置为 (!_internal) 时跳过。"
    assert [text[a:b] for a, b in split_zh(text)] == [text]


def test_a_negation_opening_a_text_does_not_end_a_sentence() -> None:
    """Nothing before the `!` (a table cell or a text that starts `!beta …`) is "no letter, digit or Han character
    right before it": the negation stays inside its sentence (sr69 S5: the empty string was read as one of "!_")."""
    from zhen_qa.manuscript.segment import split_zh

    text = "!beta 表示未激活 beta 时加载。下一句。"
    assert [text[a:b] for a, b in split_zh(text)] == ["!beta 表示未激活 beta 时加载。", "下一句。"]
