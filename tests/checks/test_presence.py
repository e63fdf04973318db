from __future__ import annotations

import pytest

from zhen_qa.checks.presence import Evidence, en_present, zh_present


@pytest.mark.parametrize("form, text", [
    ("sample", "The sample size was 476."), ("sample", "Two samples were taken."), ("sample", "A SAMPLE was taken."),
    ("system", "systemic effects"), ("system", "see the staging system15;"), ("stem cell", "stem-cell therapy"),
    ("stem cell", "stem  cell therapy"), ("stem cell", "stemcell therapy"), ("stem cell", "stem\ncell"),
    ("stem cell", "分泌组(stem cells)"), ("Alzheimer's disease", "Alzheimer disease"),
])
def test_en_present_accepts_inflections_derivations_and_spacing(form: str, text: str) -> None:
    assert en_present([form], text)


@pytest.mark.parametrize("form, text", [
    ("sample", "An example was taken."),  # not at the start of a word
    ("stem cell", "The stem of the plant."),
    ("error", "No mistakes were made."),
    ("WHO", "who said so"),
])
def test_en_present_rejects(form: str, text: str) -> None:
    assert not en_present([form], text, case_sensitive=form.isupper())


def test_en_present_case_sensitive_accepts_case_as_written() -> None:
    assert en_present(["WHO"], "The WHO said so.", case_sensitive=True)


@pytest.mark.parametrize("forms, text", [
    (["安全"], "安全性分析群体"), (["样本"], "增加样本量"), (["神经系统"], "中枢神经 系统转移"),
    (["分泌组"], "分泌組的作用"), (["x", "干细胞"], "胚胎干细胞"), (["ＭＲＩ检查"], "MRI检查"),
])
def test_zh_present_is_a_folded_substring(forms: list[str], text: str) -> None:
    assert zh_present(forms, text)


def test_zh_present_rejects_absent_terms() -> None:
    assert not zh_present(["安全"], "不良事件的评估")
    assert not zh_present([""], "任何文本")


def test_term_kept_in_the_original_language_counts_in_chinese() -> None:
    """95% CI left in English inside the Chinese renders 置信区间's concept: no term-missing; cisplatin is not CI."""
    from tests.checks.test_terms import only, run
    from zhen_qa.checks.presence import Evidence
    from zhen_qa.glossary.model import Concept, Glossary

    assert Evidence("风险比0.51（95% CI，0.34～0.77）").has_original(["CI"])
    assert not Evidence("顺铂（cisplatin）治疗").has_original(["CI"])
    glossary = Glossary.build([Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))], "t")
    zh = ["风险比为0.51（95% CI，0.34～0.77）。", "疗效良好。"]
    en = ["The hazard ratio was 0.51 (95% CI, 0.34 to 0.77).", "The 95% confidence interval was wide."]
    found = only(run(glossary, zh, en), "term-missing")
    assert [(f.lang, f.location.line, f.location.column) for f in found] == [("en", 5, 9)]


@pytest.mark.parametrize("form, text", [
    ("primary end point", "to detect differences in the coprimary end points"),  # co- + the term
    ("chemotherapy", "(postoperative, prechemotherapy)"),  # pre-
    ("chemotherapy", "a post-chemotherapy scan"),  # post- with a hyphen
    ("tumor mutational burden", "a high tumor-mutation burden"),  # a modifier without its -al, hyphen for space
])
def test_en_present_accepts_prefixes_and_a_modifier_without_its_adjective_ending(form: str, text: str) -> None:
    assert en_present([form], text)


@pytest.mark.parametrize("form, text", [
    ("chemotherapy", "a nonchemotherapy regimen"),  # non- negates: not allowed
    ("body", "an antibody"),  # a prefix only before a word of PREFIXED_MIN letters
    ("tumor mutational burden", "tumor mutation rate"),  # the head keeps its own stem
    ("clinical trial", "clinic visits"),
])
def test_en_present_keeps_prefixes_and_derivation_to_the_same_concept(form: str, text: str) -> None:
    assert not en_present([form], text)


def test_a_chinese_term_without_its_final_process_word_is_present_shortened() -> None:
    assert Evidence("术后给予深静脉血栓预防。").has_zh_shortened(["深静脉血栓形成"])  # 血栓形成: thrombosis
    assert not Evidence("术后给予静脉预防。").has_zh_shortened(["深静脉血栓形成"])


def test_an_agent_class_morpheme_left_out_leaves_the_action_stem() -> None:
    assert Evidence("患者接受抗凝治疗。").has_zh_agent_stem(["抗凝药"])
    assert Evidence("给予利尿治疗。").has_zh_agent_stem(["利尿剂"])
    assert Evidence("停用降压治疗。").has_zh_agent_stem(["降压药物"])
    assert not Evidence("患者接受手术治疗。").has_zh_agent_stem(["抗凝药"])
    assert not Evidence("给予药物治疗。").has_zh_agent_stem(["抗生素"])  # no class morpheme to drop
    assert not Evidence("凝血功能。").has_zh_agent_stem(["凝药"])  # a stem of one character is no word


@pytest.mark.parametrize("form, text", [
    ("anaphylaxis", "an anaphylactic reaction"), ("thrombosis", "thrombotic events"), ("stenosis", "a stenotic valve"),
    ("ischemia", "ischemic stroke"), ("prognosis", "prognostic factors"),
])
def test_a_classical_noun_is_present_as_its_adjective(form: str, text: str) -> None:
    assert Evidence(text).has_en_derived([form])


def test_a_classical_adjective_needs_its_stem() -> None:
    assert not Evidence("an allergic reaction").has_en_derived(["anaphylaxis"])
    assert not Evidence("a basic rule").has_en_derived(["basis"])  # too short a noun to derive from
    assert not Evidence("a critical step").has_en_derived(["crisis"])  # too short a noun


def test_an_english_phrase_the_chinese_term_also_renders_is_a_literal_rendering() -> None:
    zh2en = {"风险": ("risk", "hazard"), "比": ("compar", "ratio"), "过敏反应": ("allergic", "reaction"),
             "过敏": ("allergic",), "反应": ("reaction",), "淋巴瘤": ("lymphoma",), "淋巴": ("lymph",),
             "瘤": ("tumor",), "眼": ("eye",), "压": ("pressur",)}
    hr, ana, lym, iop = ["hazard ratio"], ["anaphylaxis"], ["lymphoma"], ["intraocular pressure", "IOP"]
    # the same head as the glossary's English form, its modifier the gloss of the rest
    assert Evidence("The adjusted risk ratios were 0.8.").has_en_literal("风险比", hr, zh2en)
    assert Evidence("a risk-ratio of 2").has_en_literal("风险比", hr, zh2en)
    assert Evidence("The eye pressure fell.").has_en_literal("眼压", iop, zh2en)
    # the lexicon's own sense of the term as a phrase
    assert Evidence("Allergic reactions were rare.").has_en_literal("过敏反应", ana, zh2en)
    assert not Evidence("The risk was low; the ratio was 2.").has_en_literal("风险比", hr, zh2en)  # not adjacent
    assert not Evidence("The ratio of risk was 2.").has_en_literal("风险比", hr, zh2en)  # not in the term's order
    assert not Evidence("The risk compared with placebo.").has_en_literal("风险比", hr, zh2en)  # no shared head
    assert not Evidence("The odds ratio was 2.").has_en_literal("风险比", hr, zh2en)
    assert not Evidence("Reactions were allergic.").has_en_literal("过敏反应", ana, zh2en)
    assert not Evidence("a lymph tumor").has_en_literal("淋巴瘤", lym, zh2en)  # a synonym of another shape
    # two glosses of the term side by side are no word-by-word phrase of it
    assert not Evidence("The experiment test ended.").has_en_literal(
        "实验", ["assay"], {"实验": ("experiment", "test"), "实": ("real",), "验": ("test",)})


def test_the_head_of_a_term_without_its_classifying_adjective() -> None:
    assert Evidence("Patients were resuscitated.").has_en_head(["cardiopulmonary resuscitation"])
    assert Evidence("after mild hypothermia").has_en_head(["therapeutic hypothermia"])
    assert Evidence("an out-of-hospital arrest").has_en_head(["cardiac arrest"])  # a compound modifier
    assert not Evidence("colorectal cancer").has_en_head(["gastric cancer"])  # another classifier instead
    assert not Evidence("an exploratory surgery").has_en_head(["cytoreductive surgery"])
    assert not Evidence("the cancer").has_en_head(["lung cancer"])  # a noun modifier is the term
    assert not Evidence("the hazard was high").has_en_head(["hazard ratio"])
    assert not Evidence("the ratio").has_en_head(["ratio"])


def test_a_short_head_without_its_classifying_adjective_counts_only_as_itself() -> None:
    """静态资源 = "asset formats", "to import assets": "static" left out, the five-letter head said as itself or its
    plural; not a word the head begins (`output.assetPrefix`), nor no head at all."""
    assert Evidence("## Asset formats").has_en_head(["static asset"])
    assert Evidence("To import assets in other formats, refer to the guide.").has_en_head(["static asset"])
    assert not Evidence("keep `output.assetPrefix` consistent").has_en_head(["static asset"])
    assert not Evidence("Rsbuild supports these formats by default:").has_en_head(["static asset"])
    assert not Evidence("the data").has_en_head(["clinical data"])  # under HEAD_WORD_MIN letters


def test_a_short_head_counts_neither_after_an_unrendered_word_nor_for_the_chinese_bare_head() -> None:
    """review51 R1: "remote assets" for 静态资源 (a content word rendering nothing in the modifier's place), "the
    state" for 这个状态 beside the dropped 全局状态 (the Chinese has the bare head once outside the term)."""
    text = "During the build, remote assets are copied to the output directory."
    assert not Evidence(text).has_en_head(["static asset"], rendered=lambda start: False)
    assert Evidence(text).has_en_head(["static asset"], rendered=lambda start: True)
    assert Evidence("## Asset formats").has_en_head(["static asset"], rendered=lambda start: False)  # nothing before
    text = "Data is kept in the store, and the state is lost after the page is refreshed."
    assert not Evidence(text).has_en_head(["global state"], elsewhere=1)
    assert Evidence(text).has_en_head(["global state"], elsewhere=0)
    text = "The infection rate of cleaning staff was higher."
    assert not Evidence(text).has_en_head(["medical staff"], rendered=lambda start: False)


def test_a_chinese_term_with_a_latin_name_inserted_is_present_spread() -> None:
    """确诊 COVID-19 病例: the disease named inside 确诊病例 ("confirmed cases"), one word though eight letters."""
    assert Evidence("全球已确诊 COVID-19 病例达到 66,576 例。").has_zh_spread(["确诊病例"])
    assert Evidence("确诊新冠肺炎病例").has_zh_spread(["确诊病例"]) is False  # four characters inserted: too many
    assert not Evidence("确诊 COVID-19 的重症病例").has_zh_spread(["确诊病例"])  # a name and four more


@pytest.mark.parametrize("form, text", [
    ("antiviral", "approved anti-viral drugs"),
    ("lockdown", "less aggressive lock-downs, such as"),
    ("coronavirus", "activity against filo-, pneumo-, and corona- viruses"),
    ("filovirus", "activity against filo- and corona- viruses"),
])
def test_a_one_word_form_written_with_a_hyphen_or_a_suspended_prefix(form: str, text: str) -> None:
    assert Evidence(text).has_en([form])


@pytest.mark.parametrize("form, text", [
    ("antiviral", "anti viral drugs"),  # two words, no hyphen
    ("coronavirus", "corona and other viruses"),  # no suspended prefix
    ("lockdown", "lock-ups"),
])
def test_no_hyphenated_form_without_the_whole_word(form: str, text: str) -> None:
    assert not Evidence(text).has_en([form])


def test_a_coordinated_contraction_whose_other_member_is_masked() -> None:
    """化放疗 holds 化疗 beside 放疗; where 放疗 is a matched term (masked), the unmasked text shows the shared head,
    and the form's first character must still be outside the matches."""
    is_word = {"放疗", "化疗"}.__contains__
    assert Evidence("联合化\0\0").has_zh_coordinated(["化疗"], is_word, "联合化放疗")
    assert not Evidence("联合化\0\0").has_zh_coordinated(["化疗"], is_word)
    assert not Evidence("联合\0\0\0").has_zh_coordinated(["化疗"], is_word, "联合化放疗")  # 化 inside a match


def test_a_chinese_term_without_its_final_amount_morpheme_is_present_shortened() -> None:
    # 采食量 "feed intake" is the amount (量) of 采食 "feeding", as 死亡率 is the rate of 死亡
    assert Evidence("温热环境影响家禽采食行为。").has_zh_shortened(["采食量"])
    assert Evidence("患者死亡增加。").has_zh_shortened(["死亡率"])
    assert not Evidence("温热环境影响家禽生长。").has_zh_shortened(["采食量"])


def test_a_contraction_is_found_in_the_unmasked_text_when_a_match_covers_part_of_it() -> None:
    # 冠状病毒 matched as another term and masked: 新冠状病毒 (新型冠状病毒 contracted) shows in the whole text only
    assert Evidence("新\0\0\0\0的来源").has_zh_shortened(["新型冠状病毒"], "新冠状病毒的来源")
    assert not Evidence("新\0\0\0\0的来源").has_zh_shortened(["新型冠状病毒"])
    assert not Evidence("新\0\0\0\0的来源").has_zh_shortened(["新型冠状病毒"], "新的冠状病毒来源")  # lengths differ


def test_a_coordinated_member_may_be_any_han_character() -> None:
    # the added character of 放化疗 is Han as script.HAN counts it (an extension-A or compatibility ideograph too),
    # not only U+4E00-U+9FFF; a compatibility ideograph is read as the character it stands for (fold_zh: U+F9F7 立)
    for other, read in (("化", "化"), ("\u3400", "\u3400"), ("\uf9f7", "\u7acb")):
        assert Evidence(f"联合放{other}疗").has_zh_coordinated(["放疗"], lambda w, o=read: w == o + "疗"), other
    assert not Evidence("联合放a疗").has_zh_coordinated(["放疗"], lambda w: True)


@pytest.mark.parametrize("form, text", [
    ("mammography", "annual mammograms in women"), ("mammography", "one mammogram"),
    ("mammography", "mammographic density"), ("mammogram", "screening mammography"),
    ("angiography", "a coronary angiogram"),
])
def test_a_graphy_technique_is_present_as_the_gram_record_it_makes(form: str, text: str) -> None:
    assert Evidence(text).has_en_derived([form])


def test_a_graphy_technique_needs_its_own_stem() -> None:
    assert not Evidence("a coronary angiogram").has_en_derived(["mammography"])  # another technique
    assert not Evidence("a screening program").has_en_derived(["prography"])  # no classical stem before -o-
    assert not Evidence("the telegraph office").has_en_derived(["photography"])


def test_a_word_whose_other_glosses_the_english_says_elsewhere_glosses_no_form() -> None:
    from zhen_qa.checks.term_rendered import zh2en

    found = Evidence("蛋氨酸是动物的氨基酸。")
    assert found.has_zh_gloss(["essential"], zh2en())  # 蛋氨酸: "methionine, an essential amino acid"
    assert not found.has_zh_gloss(["essential"], zh2en(), {"methionin", "amino", "acid", "anim"})
    assert found.has_zh_gloss(["essential"], zh2en(), {"methionin"})  # "amino acid" not said: it may render the term


def test_the_places_of_the_chinese_glossing_an_english_form_are_counted() -> None:
    """rec55: 负相关 ("negative correlation") is one place glossing "negative"; 中药 and 复方 each once for
    "traditional Chinese medicine"; a form with a word no Chinese word glosses counts none."""
    from zhen_qa.checks.term_rendered import zh2en

    assert Evidence("雾霾与情绪呈现负相关。").count_zh_gloss(["negative"], zh2en()) == 1
    assert Evidence("与负相关和负相关").count_zh_gloss(["negative"], zh2en()) == 2
    assert Evidence("中药复方的疗效").count_zh_gloss(["traditional Chinese medicine"], zh2en()) == 1
    assert Evidence("雾霾与情绪").count_zh_gloss(["negative"], zh2en()) == 0


def test_a_verb_form_ending_in_ing_or_ed_is_found_as_its_other_participle() -> None:
    """timing: "can be timed", "a timed workflow"; scheduled: "scheduling" (stop 50, pres50). A one-word form admits
    only the two participles: the bare verb of a short stem is another word ("on time")."""
    assert Evidence("Workflow can be timed.").has_en(["timing"])  # fails before
    assert Evidence("no timed workflow instance").has_en(["timing"])  # fails before
    # an -ed adjective's -ing form is often another sense (embedded / embedding: review50b S11)
    assert not Evidence("the embedding of tokens").has_en(["embedded"])
    assert not Evidence("run the workflow on time").has_en(["timing"])
    assert not Evidence("three times").has_en(["timing"])
    # the -ed of a phrasal verb is another word (timed out: 超时; review50b S3)
    assert not Evidence("If a task has timed out, an alert is sent.").has_en(["timing"])
    assert not Evidence("If a timed-out task fails again, an alert is sent.").has_en(["timing"])  # S9


def test_a_gerund_ending_a_phrase_is_found_as_its_verb() -> None:
    """data fetching: "if the data fetch fails", "while the data is being fetched" (stop 50, pres50)."""
    assert Evidence("If the data fetch fails").has_en(["data fetching"])  # fails before
    assert Evidence("while the data is being fetched").has_en(["data fetching"])  # fails before
    assert not Evidence("while the data is being stored").has_en(["data fetching"])
    # an agent noun is another thing (review50b S11)
    assert not Evidence("Configure the error handler globally.").has_en(["error handling"])


@pytest.mark.parametrize(("form", "text"), [
    ("mouse", "Expression was detected in mice at E9.5."),
    ("nude mouse", "Nude mice were injected."),
    ("mice", "One mouse died."),
    ("tooth", "Two teeth were extracted."),
    ("man", "Ten men and ten women."),
    ("person", "Older people were enrolled."),
])
def test_an_irregular_plural_is_the_same_noun(form: str, text: str) -> None:
    assert Evidence(text).has_en([form])


def test_an_irregular_plural_counts_only_as_a_whole_word() -> None:
    assert not Evidence("The mental state and menstrual cycle.").has_en(["man"])
    assert not Evidence("Mental health.").has_en(["Man"], case_sensitive=True)
