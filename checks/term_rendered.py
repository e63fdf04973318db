"""Evidence that a term is rendered on the other side of a bead without any form of it: the ways a translation says
a concept other than by a glossary form (a generic noun for a disease named before, a pronoun or demonstrative, a drug
for its regimen, a regimen for its treatment, pinyin, a lexicon gloss, ...), and admitted alternatives that are general
words. term-missing asks these only of a candidate finding."""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.presence_names import transliterated
from zhen_qa.checks.presence_zh import han_word
from zhen_qa.checks.term_forms import is_initialism
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_own_derivation import own_derivation
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.glossary.normalize import fold_en, fold_zh
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.lookalike import lookalikes
from zhen_qa.manuscript.script import HAN, HAN_RUN_RE

_DISEASE_NAME = re.compile(
    r"(?:carcinoma|cancer|disease|syndrome|tumou?r|leuka?emia|lymphoma|sarcoma|melanoma|infection|disorder|itis)$",
    re.I)
DISEASE_BACKREF = re.compile(r"(?<![A-Za-z])(?:disease|cancer|tumou?r|malignancy|illness)s?(?![A-Za-z])", re.I)
"""The generic noun an English text uses for a disease it has named ("locoregionally advanced disease")."""
_ZH_DISEASE_BACKREF = LazyPattern(r"肿瘤|癌症|疾病|[该本此]病")
"""The generic noun a Chinese text uses for a disease it has named (肿瘤患者 for the lung cancer patients)."""
_TREATMENT_NAME = re.compile(r"therapy$", re.I)
"""A treatment's English name (chemotherapy, radiation therapy): a drug may stand for it (`modifier_rendered`)."""
_PRONOUN = LazyPattern(r"\s*(?:it|its|they|their|(?:this|that|these)\s+(?:would|will|could|can|may|might|should"
                      r"|must)(?![A-Za-z]))(?![A-Za-z])", re.I)
"""A sentence-initial pronoun, which refers back to what the sentence before named ("... nasopharyngeal
carcinoma. It affected ..."); a demonstrative is one when a modal verb follows it ("... whole-genome sequencing.
This would have the added benefit ...", not "This study"; nor "That is because ...", which refers to a whole
statement, not to a thing named)."""
_EXPLETIVE = LazyPattern(
    r"\s*it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|can\s+be|should\s+be|must\s+be"
    r"|seems|seemed|appears|appeared|remains|remained)\s+(?:(?:very|also|now|still|not|thus|therefore|generally|widely"
    r"|well|commonly|increasingly|further|highly)\s+)?(?:(?:[a-z]+ed|known|shown|seen|thought|found|understood)"
    r"\s+(?:that|whether)|(?:important|necessary|essential|crucial|critical|vital|possible|impossible|likely|unlikely"
    r"|clear|unclear|evident|obvious|difficult|hard|easy|noteworthy|worth\s+noting|urgent|reasonable)"
    r"\s+(?:that|whether|to|for))(?![A-Za-z])", re.I)
"""An expletive "it" opening a sentence, the subject of an extraposed clause ("It is believed that …", "It is very
important to …"): it stands for the clause that follows, it refers back to nothing the sentence before named."""
_OBJECT_PRONOUN = LazyPattern(r"(?<![A-Za-z])(?:it|them)\s*[.?!]?[\s\"'”’)]*$", re.I)
"""A pronoun ending the sentence as its object, which refers back likewise ("Will I need an ostomy? How long will
I need it?")."""


@functools.lru_cache(maxsize=1)
def _zh_demonstrative() -> re.Pattern[str]:
    """A demonstrative right before a Chinese term (该不良事件): the translator names what the source refers back to.
    Not the possessive 其 (其功效 = "its efficacy"), after which the English names the term too. Compiled on first
    need (its Han range takes about 1 ms; most runs never ask)."""
    return re.compile(rf"(?:该|此|这|这些|这种|这类|这一|上述|此类)[{HAN}]?$")


_ZH_DISEASE_NAME = ("病", "症", "炎", "癌", "瘤", "综合征")
"""The final morpheme of a Chinese disease name (精神分裂症, 白血病, 腹膜炎, 肺癌, 淋巴瘤): it says what the English
name does not always say ("schizophrenia", "leukemia")."""
@functools.lru_cache(maxsize=1)
def _en_definite_backref() -> re.Pattern[str]:
    """A definite noun phrase an English text uses for a disease it has named, or for the people who have it ("the
illness" is `DISEASE_BACKREF`'s; "this condition", "the patients" for 126例次腹膜炎). Only after a determiner: a
bare "patients" is in nearly every clinical sentence, and "substance patients" is a term replaced, not referred to.
    Compiled on first use (only a candidate finding asks)."""
    return re.compile(
        r"(?<![A-Za-z])(?:the|this|that|these|those|such)\s+(?:condition|disorder|patients|cases)(?![A-Za-z])", re.I)


def _is_disease(c: Concept) -> bool:
    """Whether a concept names a disease: an English disease name or a Chinese one (`_ZH_DISEASE_NAME`)."""
    return any(_DISEASE_NAME.search(f) for f in c.accepted("en")) or \
        any(f.endswith(_ZH_DISEASE_NAME) for f in c.accepted("zh"))


def is_disease(c: Concept) -> bool:
    """Whether a concept names a disease (`_is_disease`), for the modules that ask it of a concept."""
    return _is_disease(c)


def names_a_disease(glossary: Glossary, hits: list[Hit]) -> bool:
    """Whether the hits name a disease (`_is_disease`): then a generic noun beside them
    (肺癌、肝癌等癌症) is the category, not a word standing for the disease named before. Nor is it when the English
    has a generic noun of its own ("non-AIDS-defining cancers"): the Chinese one renders that."""
    return any(_is_disease(glossary.concept(h.match.concept_id)) for h in hits)


def referred_back(concepts: list[Concept], text: str, named: set[str], lang: str = "en") -> bool:
    """A disease the document names elsewhere in this language, referred to here by a generic noun (disease,
    cancer, the illness, this condition, the patients; 肿瘤, 疾病, 该病)."""
    if not any(c.id in named and _is_disease(c) for c in concepts):
        return False
    if lang == "en":
        return bool(DISEASE_BACKREF.search(text) or _en_definite_backref().search(text))
    return bool(_ZH_DISEASE_BACKREF.search(text))


def refers_back(text: str) -> bool:
    """Whether an English sentence refers back to what the sentence before named by a pronoun starting it (not an
    expletive "it", `_EXPLETIVE`) or ending it as its object (`anaphor`). The aligner's test of a sentence that
    continues the one before (`aligner.continued.subject_refers_back`) asks about the subject only, with its own
    lists."""
    return bool(_PRONOUN.match(text) and not _EXPLETIVE.match(text) or _OBJECT_PRONOUN.search(text))


def anaphor(h: Hit, concepts: list[Concept], text: str, named: set[str], before: set[str]) -> bool:
    """The concept is referred back to, not named, on one side: a pronoun starting the English, or ending it as
    its object, for what the English bead before names ("It affected ...", "How long will I need it?"), or a
    demonstrative before the Chinese term (该不良事件) for a concept the English names elsewhere; the English then
    needs no term of its own."""
    ids = {c.id for c in concepts}
    if ids & before and refers_back(text):
        return True
    lead = h.sentence.text.text[max(0, h.match.start - 3):h.match.start]
    return bool(ids & named) and bool(_zh_demonstrative().search(lead))


GENERAL_MIN = 3
"""Lexicon senses unrelated to a concept that make one of its admitted alternatives a general word
(`general_alternative`): "outcome" (胜负, 结果, 输赢, ... for 预后) has 6, "shingles" (木瓦 for 带状疱疹) 1."""


def general_alternative_hit(glossary: Glossary, h: Hit, abbrevs: dict[str, str] | None) -> bool:
    """Whether a hit is an admitted alternative that is a general word (`general_alternative`), not the preferred
    form, not an abbreviation the glossary or the document defines (CI, OS are initialisms, not words) and not the
    preferred word's own noun of action ("compilation" of "compile", `term_own_derivation`)."""
    if h.match.status is not TermStatus.ADMITTED:
        return False
    concept = glossary.concept(h.match.concept_id)
    form = h.match.form
    if h.lang == "en" and (form in (abbrevs or {}) or form.isupper()
                           or is_initialism(form, concept.preferred("en"))):
        return False
    if h.lang == "en" and own_derivation(form, concept.preferred("en")):
        return False  # the preferred word's own noun of action: checked as the preferred word is
    other = tuple(t for t, _s, _f in concept.terms("zh" if h.lang == "en" else "en"))
    return general_alternative(form, h.lang, other)


@functools.lru_cache(maxsize=4096)
def general_alternative(form: str, lang: str, other: tuple[str, ...]) -> bool:
    """Whether a term of one word is a general word in the lexicon (CC-CEDICT): GENERAL_MIN or more of its senses
    are unrelated to `other`, the concept's terms in the other language. An English word's senses are the
    Chinese headwords it glosses, unrelated when they share no character with those terms ("outcome": 结果,
    输赢, 终局 for 预后); a Chinese word's are its gloss stems, unrelated when no English term's stem begins
    one or is begun by it (结果: bear, fruit, conclusion, end for "outcome").

    An admitted alternative is a permission to render the concept so, not evidence that every use of the word is
    the concept: "relationship outcomes" is 关系的结局, not 预后. Looked up only for a candidate finding.
    """
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon

    lexicon = load_lexicon()
    if lang == "en":
        stems = en_stems(form)
        if len(stems) != 1:
            return False  # a phrase ("total knee replacement") names one thing
        chars = set("".join(fold_zh(t) for t in other))
        unrelated = [z for z in lexicon.en2zh.get(stems[0], ()) if not chars.intersection(z)]
    else:
        wanted = {s for t in other for s in en_stems(t)}
        unrelated = [g for g in lexicon.zh2en.get(fold_zh(form).strip(), ())
                     if not any(g.startswith(w[:4]) or w.startswith(g[:4]) for w in wanted)]
    return len(unrelated) >= GENERAL_MIN


def unmatched_terms(src_hits: list[Hit], tgt_hits: list[Hit]) -> list[Hit]:
    """The target's term hits whose concept no source hit names: a term one side has and the other lacks."""
    src = {c for o in src_hits for c in o.match.concepts}
    return [t for t in tgt_hits if not src.intersection(t.match.concepts)]


def english_only_terms(h: Hit, src_hits: list[Hit], tgt_hits: list[Hit]) -> bool:
    """Whether the English has a term the Chinese lacks (`unmatched_terms`), other than one the Chinese keeps as
    written in English (总生存率（OS）, DFS和OS: the abbreviation kept inside the Chinese is the term)."""
    unmatched = unmatched_terms(src_hits, tgt_hits)
    if not unmatched:
        return False
    kept = Evidence(" ".join(dict.fromkeys(o.sentence.text.text for o in [h, *src_hits])))
    return any(not kept.has_original([t.match.form]) for t in unmatched)


def modifier_rendered(h: Hit, concepts: list[Concept], src_hits: list[Hit], tgt_hits: list[Hit],
                       present: set[str], text: str = "") -> bool:
    """A Chinese treatment term compounded with the drug before it (顺铂化疗, 紫杉醇方案化疗), which the English names.

    English lets a drug stand for its regimen ("concurrent cisplatin" for 同步顺铂化疗, "treated with bortezomib" for
    使用硼替佐米化疗): the treatment is said by the drug, not missing. The drug is a glossary term whose concept the
    English renders, or a Chinese name right before the term (方案 between them allowed; not 以…为主的化疗) where
    the English `text` has a drug name (`_drug_name`). Only for a treatment (an English form ending in "therapy"),
    and not when the English has a term the Chinese lacks: then the head may have been rendered wrongly.
    """
    if not any(_TREATMENT_NAME.search(f) for c in concepts for f in c.accepted("en")):
        return False
    if english_only_terms(h, src_hits, tgt_hits):
        return False  # an English term the Chinese lacks (kept in English inside the Chinese, as MM, it has it)
    if any(o.match.end == h.match.start and o.sentence is h.sentence and present.intersection(o.match.concepts)
           for o in src_hits):
        return True
    before = h.sentence.text.text[:h.match.start].removesuffix(_ZH_REGIMEN)
    return _compounds(before) and bool(_drug_name().search(text))


@functools.lru_cache(maxsize=1)
def _drug_name() -> re.Pattern[str]:
    """An anticancer drug's international nonproprietary name, by the WHO stem of its class (cis-platin,
    pacli-taxel, borte-zomib, ritu-ximab, gem-citabine, ...): what a Chinese X化疗 names when the English says X.
    Compiled on first use (only a candidate finding asks)."""
    return re.compile(
        r"(?<![A-Za-z])[A-Za-z]{2,}(?:platin|taxel|rubicin|mycin|zomib|tinib|citabine|fosfamide|poside|tecan|trexed|"
        r"trexate|mustine|stine|uracil|parib|ciclib|lidomide|mab)(?![A-Za-z])", re.I)


_NOT_A_NAME = frozenset("的之为主和及与或、用受予行")
"""Characters that end a phrase before a treatment term, not a drug name (以X为主的化疗, 接受化疗, 进行化疗)."""


def _compounds(before: str) -> bool:
    """Whether the text right before a Chinese treatment term is a drug's name it compounds with: two Han characters
    or more, not ending in a function word (`_NOT_A_NAME`), whose last two the lexicon does not know as a word. A
    drug's Chinese name is a transliteration (硼替佐米, 紫杉醇, 顺铂: 佐米, 杉醇, 顺铂 are no words), a modifier
    is a word (联合化疗 "combination chemotherapy", 辅助化疗 "adjuvant", 诱导化疗 "induction", 标准化疗)."""
    return len(before) >= 2 and HAN_RUN_RE.fullmatch(before[-2:]) is not None \
        and before[-1] not in _NOT_A_NAME and before[-2:] not in zh2en()


_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)")


def modifies_a_noun(h: Hit) -> bool:
    """An English term right before a content word ("traditional Chinese medicine compound"): it modifies another
    noun, and the translation may render the compound as a whole with its own words (中药复方)."""
    from zhen_qa.aligner.lexicon import STOP_EN

    m = _NEXT_WORD.match(h.sentence.text.text, h.match.end)
    return m is not None and len(m.group(1)) > 2 and m.group(1).lower() not in STOP_EN


def traditional(text: str) -> bool:
    """Chinese text written in Traditional characters (fold_zh changes some): its regional wording may differ
    from a glossary's (生活品質 in Taiwan for the mainland 生活质量)."""
    han = "".join(HAN_RUN_RE.findall(text))
    changed = sum(a != b and ord(a) not in lookalikes() for a, b in zip(han, fold_zh(han)))  # not 樂 for 樂
    return changed * 10 >= len(han) > 0


def part_of_another_word(h: Hit, text: str) -> bool:
    """A Chinese match that a lexicon word crosses (starts before it and ends inside it, or the reverse), where the
    English translates both that word and the rest of the match: 腺癌 in 前列腺癌 is 前列腺 ("prostate") + 癌
    ("cancer"), not adenocarcinoma."""
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon  # loaded already where the document was aligned

    zh2en = load_lexicon().zh2en
    sentence = h.sentence.text.text
    start, end = h.match.start, h.match.end
    stems: set[str] | None = None
    for k in range(max(0, start - 3), end):
        for size in (2, 3, 4):
            stop = k + size
            if stop > len(sentence) or not (k < start < stop < end or start < k < end < stop):
                continue
            glosses = zh2en.get(sentence[k:stop])
            rest = zh2en.get(sentence[stop:end] if k < start else sentence[start:k])
            if glosses and rest:
                if stems is None:
                    stems = set(en_stems(text))
                if stems.intersection(glosses) and stems.intersection(rest):
                    return True
    return False


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _in_order(chars: str, text: str) -> bool:
    """Whether the characters occur in the text in order (not necessarily adjacent)."""
    it = iter(text)
    return all(ch in it for ch in chars)


def inside_a_name(h: Hit, text: str, renderings: tuple[str, ...]) -> bool:
    """A Chinese match inside a longer name that the English renders whole: an English word whose Chinese (the
    lexicon's) holds the match and more, the more written around the match in the same run of Han characters, in
    full or contracted (肺炎 in 新型冠状病毒肺炎 as "COVID-19", whose Chinese 新冠肺炎 is that name contracted).

    The English names the disease, the Chinese names it by its parts; the part is rendered with the whole. Not a
    name the lexicon glosses with the term's own rendering (`renderings`): 骨髓增生异常综合征 is "myelodysplastic
    syndrome", so "myelodysplastic" alone does not render 综合征 "syndrome", nor "countries" 发展中 in 发展中国家.
    Nor an English word that the lexicon gives for a part of the name outside the term: it renders that part
    ("highly" is 高 of 高致病性, "highly pathogenic", and leaves 致病性 unsaid).
    """
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon, stem  # loaded already where the document was aligned

    sentence = h.sentence.text.text
    start, end = h.match.start, h.match.end
    left = start
    han = han_word()
    while left > 0 and han.match(sentence, left - 1):
        left -= 1
    right = end
    while right < len(sentence) and han.match(sentence, right):
        right += 1
    if left == start and right == end:
        return False  # the match is a word of its own
    term, before, after = sentence[start:end], sentence[left:start], sentence[end:right]
    lexicon = load_lexicon()
    own = {s for r in renderings for s in en_stems(r)}
    for word in {w.lower() for w in _LATIN_WORD.findall(text)}:
        s = stem(word)
        for g in lexicon.en2zh.get(s, ()):
            k = g.find(term)
            if k >= 0 and len(g) > len(term) and _in_order(g[:k], before) and _in_order(g[k + len(term):], after) \
                    and not own.intersection(lexicon.zh2en.get(g, ())) \
                    and not _glossed_in(s, (g[:k], g[k + len(term):]), lexicon.zh2en):
                return True
    return False


def _glossed_in(s: str, parts: tuple[str, ...], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether an English stem is a lexicon gloss of a word (1-4 characters) inside one of the parts."""
    for part in parts:
        for i in range(len(part)):
            for j in range(i + 1, min(len(part), i + 4) + 1):
                glosses = zh2en.get(part[i:j], ())
                if any(g == s or len(g) >= 4 and (s.startswith(g) or g.startswith(s)) for g in glosses):
                    return True
    return False


_ZH_REGIMEN = "方案"
_EN_REGIMEN = LazyPattern(r"(?<![A-Za-z])regimens?(?![A-Za-z])", re.I)


def regimen_rendered(h: Hit, concepts: list[Concept], text: str) -> bool:
    """A Chinese treatment term joined to 方案 ("regimen": CHOP方案化疗, 化疗方案) with "regimen" in the English.

    The regimen says the treatment: "CHOP regimen" is the CHOP chemotherapy. Only for a treatment (an
    English form ending in "therapy").
    """
    if not any(_TREATMENT_NAME.search(f) for c in concepts for f in c.accepted("en")):
        return False
    sentence = h.sentence.text.text
    joined = sentence[max(0, h.match.start - 2):h.match.start] == _ZH_REGIMEN or \
        sentence[h.match.end:h.match.end + 2] == _ZH_REGIMEN
    return joined and bool(_EN_REGIMEN.search(text))


_ACRONYM = r"(?-i:(?:\d+-)?[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)"
"""A drug or regimen written by its letters: 5-FU, LV, FOLFOX, CHOP, R-CHOP."""
_ZH_KEPT_NAME = LazyPattern(r"(" + _ACRONYM + r")\s*[-－]?\s*$")
"""A regimen's name kept in Latin letters right before the Chinese term (FOLFOX化疗, 5-FU化疗)."""
_ZH_SETTING = LazyPattern(r"(?:新辅助|辅助|术前|术后|全身|静脉|口服|同步|序贯|维持|诱导|巩固|[一二三]线)$")
"""When or how the regimen is given, between its name and the term (5-FU术后化疗 = "5-FU administered
postoperatively"): the name still stands for the treatment."""


@functools.lru_cache(maxsize=1)
def _combination() -> re.Pattern[str]:
    """Two drugs or more joined as one regimen: cisplatin/doxorubicin, 5-FU/LV, vincristine + cisplatin,
    5-FU-oxaliplatin (a drug's name or letters, joined by a slash, a plus sign or "plus"; by a hyphen only when one
    side is a drug's name, so that HER2-positive is no regimen)."""
    drug = _drug_name().pattern.replace("(?<![A-Za-z])", "").replace("(?![A-Za-z])", "")
    one = r"(?:" + drug + r"|" + _ACRONYM + r")"
    token = r"(?:" + one + r"|(?-i:[a-z]{5,}))"
    joined = r"(?:\s*[/+]\s*|\s+plus\s+)"
    hyphened = r"(?:" + drug + r"-" + one + r"|" + _ACRONYM + r"-" + drug + r")"
    return re.compile(r"(?<![A-Za-z])(?:" + one + joined + token + r"|" + token + joined + one + r"|" + hyphened
                      + r")(?![A-Za-z])", re.I)


def regimen_named(h: Hit, concepts: list[Concept], src_hits: list[Hit], tgt_hits: list[Hit], text: str) -> bool:
    """A Chinese treatment term (化疗, 联合化疗) whose English names the regimen instead: by the drugs it combines
    ("cisplatin/doxorubicin", "5-FU/LV") or by the regimen's name the Chinese keeps before the term ("FOLFOX" for
    FOLFOX化疗方案). The regimen says the treatment. Only for a treatment (an English form ending in "therapy"),
    and not when the English has a term the Chinese lacks (`english_only_terms`: the treatment may be rendered
    wrongly; an abbreviation the Chinese keeps in English, DFS和OS, is no such term)."""
    if not any(_TREATMENT_NAME.search(f) for c in concepts for f in c.accepted("en")):
        return False
    if english_only_terms(h, src_hits, tgt_hits):
        return False
    before = h.sentence.text.text[:h.match.start].removesuffix(_ZH_REGIMEN)
    kept = _ZH_KEPT_NAME.search(_ZH_SETTING.sub("", before))
    if kept and any(_stands_alone(text, m.end()) for m in
                    re.finditer(r"(?<![A-Za-z0-9])" + re.escape(kept.group(1)) + r"(?![A-Za-z0-9])", text)):
        return True
    return any(_stands_alone(text, m.end()) for m in _combination().finditer(text))


_AFTER_REGIMEN = LazyPattern(r"\s*(?:$|[^\sA-Za-z]|(?:was|were|is|are|and|or|plus|with|without|for|in|as|at|to|vs"
                             r"|versus|than|group|groups|arm|arms|regimens?|therapy|treatment|alone|every|each|daily|weekly"
                             r"|has|have|had|gave|gives|led|leads|did|does|made|makes|took|takes|be|been|may|might"
                             r"|can|could|should|would|will|must|[a-z]+ed)(?![A-Za-z]))",
                             re.I)
"""What may follow a regimen's name that says the treatment: punctuation, a verb (a past tense, an auxiliary, a modal,
"FOLFOX be considered") or a
preposition, an arm, "regimen"; not another noun ("FOLFOX substance": the treatment's word replaced by another)."""


def _stands_alone(text: str, end: int) -> bool:
    """Whether the regimen's name ending at `end` says the treatment by itself (`_AFTER_REGIMEN`)."""
    return _AFTER_REGIMEN.match(text, end) is not None


def zh2en() -> Mapping[str, tuple[str, ...]]:
    """The lexicon's Chinese word -> English stems table (loaded already where the document was aligned)."""
    from zhen_qa.aligner.lexicon import load_lexicon

    return load_lexicon().zh2en


def en2zh() -> Mapping[str, tuple[str, ...]]:
    """The lexicon's English stem -> Chinese words table (loaded already where the document was aligned)."""
    from zhen_qa.aligner.lexicon import load_lexicon

    return load_lexicon().en2zh


def transliterated_in(term: str, text: str, abbrevs: dict[str, str] | None) -> bool:
    """The English spells the Chinese term in pinyin, itself or in the full name of an abbreviation it uses."""
    from zhen_qa.aligner.lexicon import load_lexicon  # loaded already where the document was aligned

    readings = load_lexicon().readings
    fulls = [full for abbr, full in (abbrevs or {}).items() if abbr in text]
    return transliterated(term, " ; ".join([text, *fulls]), readings)


def head_only(h: Hit, concepts: list[Concept], evidence: Evidence) -> bool:
    """An English form that is the head of a longer form of its concept ("fibrosis", admitted beside "liver
    fibrosis"), rendered by the head of a Chinese form: the form without its first one or two characters, of two
    or more (纤维化 of 肝纤维化). Each side says the head alone; the modifier, if meant, is the context's."""
    if h.lang != "en":
        return False
    form = fold_en(h.match.form, lower=True)
    for c in concepts:
        if not any(fold_en(f, lower=True).endswith(" " + form) for f in c.accepted("en")):
            continue
        heads = [f[k:] for f in c.accepted("zh") for k in (1, 2) if len(f) - k >= 2]
        if heads and evidence.has_zh(heads):
            return True
    return False
