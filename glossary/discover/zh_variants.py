"""Pairs of Chinese forms that may be one term written two ways, with the evidence for each pair.

Kinds of pair: a shared stem with a different final morpheme (分泌组 / 分泌物, 再生医学 / 再生医疗), a
morpheme inserted before the final one (帕金森病 / 帕金森氏病, 分泌组 / 分泌物组), and the same
term in Traditional and Simplified (or variant) characters. A form that is the other plus more
characters (心肌 / 心肌病, 分泌组 / 分泌组学) is a compound and its head: never a pair; nor are two forms the
lexicon lists as words with no sense in common (生物体 "organism" / 生物学 "biology"), unless their shape alone
makes them one term (X病 / X症).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from zhen_qa.glossary.discover.collect import CONTEXT, FINAL_CHARS, FUNCTION_CHARS, HAN_RUN, FormStat, Stats
from zhen_qa.glossary.normalize import fold_zh

FINALS = FINAL_CHARS
"""Term-final morphemes that translators exchange for one another (measured on the seed and injected variants)."""

STRONG_FINALS = (frozenset("病症"), frozenset("征症"), frozenset("性度"), frozenset("剂药"), frozenset("法术"))
"""Finals that alone make two forms of one term after a stem of two characters or more (X病 / X症;
综合征 / 综合症; 敏感性 / 敏感度; 止痛剂 / 止痛药; 消融术 / 消融法)."""

MEASURE_FINALS = frozenset("性度")
"""Finals that make two nouns of one adjective, a quality and its degree (准确性 "accuracy", 准确度 "degree of
accuracy"; 复杂性 / 复杂度), both words of their own that a writer may use in different phrases. Where both forms
have aligned English, their shape alone is not enough: they are one term only if rendered alike (敏感性 / 敏感度
for one "sensitivity")."""

TWO_SENSE_MEASURES = ("复杂",)
"""Stems whose -性 and -度 nouns are two established terms, not one written two ways: 复杂度 is computing's term for
the order of an algorithm's time or space (时间复杂度, 计算复杂度 "computational complexity"), 复杂性 the quality of
being complex (系统的复杂性, 语言复杂性); a writer uses both in one text for two things. Without aligned English to
tell (`MEASURE_FINALS`), their shape makes no pair."""

SWAP_SETS = (frozenset("组物体病症征学疗剂素质型类"), *STRONG_FINALS[2:])
"""Finals exchanged for one another: any two of the first set (needing evidence unless strong), or a strong pair."""

STRONG_INSERTS = frozenset("氏")
"""Characters whose insertion before the final alone makes a variant (阿尔茨海默病 / 阿尔茨海默氏症)."""

MIN_STEM = 2
"""Shortest shared stem (characters)."""


@dataclass(frozen=True)
class Pair:
    """Two forms proposed as one term, the kind of relation, and the evidence found for it."""

    a: str
    b: str
    kind: str
    """"final", "insert" or "script"."""
    evidence: tuple[str, ...]
    score: int


def _shared_neighbours(x: FormStat, y: FormStat) -> int:
    return len(set(x.neighbours) & set(y.neighbours))


def shared_rendering(x: FormStat, y: FormStat, df: dict[str, int]) -> str:
    """An English stem both forms are aligned with most of the time and that occurs mostly beside them, or "".

    Of equal scores the stem seen more often wins, then the first in alphabetical order: the counters are
    filled from sets of stems, so their order (and a tie broken by it) would change with the hash seed.
    """
    if not x.aligned or not y.aligned:
        return ""
    best, best_score, best_seen = "", 0.0, 0
    for stem, cx in x.english.items():
        cy = y.english.get(stem, 0)
        if not cy:
            continue
        fx, fy = cx / max(1, x.aligned), cy / max(1, y.aligned)
        specific = (cx + cy) / max(1, df.get(stem, 0))
        if fx >= 0.5 and fy >= 0.5 and specific >= 0.5:
            score, seen = fx + fy + specific, cx + cy
            if (score, seen) > (best_score, best_seen) or ((score, seen) == (best_score, best_seen) and stem < best):
                best, best_score, best_seen = stem, score, seen
    return best


def _candidates(forms: dict[str, FormStat]) -> Iterator[tuple[str, str, str]]:
    """(form, form, kind) pairs by shape alone."""
    by_stem: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        if len(form) > MIN_STEM and form[-1] in FINALS:
            by_stem[form[:-1]].append(form)
    for stem, group in by_stem.items():
        group.sort()
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if any({a[-1], b[-1]} <= s for s in SWAP_SETS):
                    yield a, b, "final"
        if len(stem) > MIN_STEM:  # stem = X + inserted char: X + a final of the same set is the other form
            for other in by_stem.get(stem[:-1], ()):
                for form in group:
                    if other[-1] == form[-1] or any({other[-1], form[-1]} <= s for s in SWAP_SETS):
                        yield other, form, "insert"
    by_fold: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        by_fold[fold_zh(form)].append(form)
    for key, group in by_fold.items():
        if len(group) > 1 or (group[0] != key and key in forms):
            members = sorted(set(group) | ({key} if key in forms else set()))
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    yield a, b, "script"


def _strong(a: str, b: str, kind: str) -> bool:
    if kind == "script":
        return True
    if kind == "insert":
        return b[-2] in STRONG_INSERTS and (a[-1] == b[-1] or any({a[-1], b[-1]} <= s for s in STRONG_FINALS))
    return any({a[-1], b[-1]} <= s for s in STRONG_FINALS)


def _tail_is_a_word(a: str, b: str) -> bool:
    """Whether the longer form of an inserted-morpheme pair ends in a word of its own (inserted + final), in
    jieba's dictionary or CC-CEDICT: then the two are different compounds of the stem (放射 + 治疗 / 放射 + 病,
    组织 + 化学 / 组织 + 学, 细胞 + 亚类 / 细胞 + 型), not one term with a morpheme added (分泌 + 物组 / 分泌 + 组,
    阿尔茨海默 + 氏症 / 阿尔茨海默 + 病)."""
    from zhen_qa.aligner.jieba_base import is_word
    from zhen_qa.aligner.lexicon import load_lexicon

    tail = (a if len(a) > len(b) else b)[-2:]
    return is_word(tail) or tail in load_lexicon().zh2en or tail in BOUND_HEADS  # 细胞 + 亚类 (subclass) / 细胞 + 型


def _final_ends_a_word(a: str, b: str) -> bool:
    """Whether the shorter form of an inserted-morpheme pair ends in a word of two characters (jieba's dictionary or
    CC-CEDICT) that the longer form does not hold, and the longer form ends in another final: the shorter's final is
    then no suffix morpheme on the stem but the second character of a word, which the longer form replaces by a head
    of its own (抗体 + 药物 "antibody drug" / 抗体药 + 糖型 "antibody-drug glycoform"): different compounds. One
    final kept (孔子鸟类 / 孔子鸟形类, 类 "-birds" either way) is a morpheme inserted before one head, and
    阿尔茨海默病 / 阿尔茨海默氏症 and 分泌组 / 分泌物组 end in no such word. Not asked of a pair strong by shape (氏
    inserted before a disease final: 艾迪生病 / 艾迪生氏症, though 生病 is a word; review50 R2)."""
    from zhen_qa.aligner.jieba_base import is_word
    from zhen_qa.aligner.lexicon import load_lexicon

    short, long = sorted((a, b), key=len)
    tail = short[-2:]
    return short[-1] != long[-1] and tail not in long and (is_word(tail) or tail in load_lexicon().zh2en)


BOUND_HEADS = frozenset({"组学"})
"""Heads of two characters that no dictionary lists alone but that make a compound of their own: 组学 "-omics"
(代谢 + 组学 "metabolomics" / 代谢 + 物 "metabolite", 基因 + 组学 / 基因 + 型: the field, not the thing)."""


def _different_words(a: str, b: str) -> bool:
    """Whether the lexicon lists both forms as words with no sense in common (生物体 "organism" / 生物学 "biology"):
    then they are two words, not one term written two ways."""
    from zhen_qa.aligner.lexicon import load_lexicon

    zh2en = load_lexicon().zh2en
    ga, gb = zh2en.get(a), zh2en.get(b)
    return bool(ga) and bool(gb) and not set(ga or ()).intersection(gb or ())


def _renders_only_the_stem(a: str, b: str, rendering: str, kind: str) -> bool:
    """Whether a shared English rendering says nothing about the compound heads the two forms differ in.

    Either it is the lexicon's gloss of the stem they share and of neither form (安慰剂组 / 安慰剂首剂, both
    aligned with "placebo") and their ends are not one by shape (`_strong`: 缺口法 / 缺口术 end in synonyms,
    and "gap" then shows the stems are one); or both heads (their last two characters, 医学 / 医疗) are words
    of the lexicon and the rendering glosses neither of them nor either form. Then it renders the shared stem
    or a neighbour ("anthroposophic" in 人智医学 / 人智医疗, "AI" beside 口腔医学 / 口腔医疗), and the heads
    may be two words (medicine, the discipline; 医疗, the care); 再生医学 / 再生医疗 both rendered "medicine"
    stay one term."""
    from zhen_qa.aligner.lexicon import load_lexicon

    zh2en = load_lexicon().zh2en
    if not _strong(a, b, kind) and rendering in zh2en.get(_shared_stem(a, b), ()) \
            and not any(rendering in zh2en.get(w, ()) for w in (a, b)):
        return True  # "placebo" of 安慰剂 beside 安慰剂组 / 安慰剂首剂: the stem's word, nothing of their ends
    heads = [zh2en.get(form[-2:]) for form in (a, b)]
    if not all(heads):
        return False
    return not any(rendering in (zh2en.get(w) or ()) for w in (a, b, a[-2:], b[-2:]))


def _shared_stem(a: str, b: str) -> str:
    """The characters two forms begin with alike (安慰剂 of 安慰剂组 / 安慰剂首剂), or "" when fewer than MIN_STEM."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n] if n >= MIN_STEM else ""


def _inside_a_compound(stat: FormStat) -> bool:
    """Whether a form used once stands inside a longer compound: a Han character that is no function character
    (`collect.FUNCTION_CHARS`) right before and right after it (甲氧西林敏感性金黄色葡萄球菌, "methicillin-susceptible
    Staphylococcus aureus"). It is then part of another term, not a way of writing the term it resembles. Asked only
    when the aligned English does not join the two (`shared_rendering`): a translator's variant keeps the rendering
    of the term."""
    if stat.count != 1:
        return False
    _key, start, end = stat.first
    offset = (1 if start > CONTEXT else 0) + start - max(0, start - CONTEXT)
    text = stat.context
    before, after = text[offset - 1:offset], text[offset + end - start:offset + end - start + 1]
    return all(HAN_RUN.fullmatch(ch) and ch not in FUNCTION_CHARS for ch in (before, after))


def _one_english(x: FormStat, y: FormStat) -> bool:
    """Whether every aligned occurrence of both forms faces one and the same English text (two Chinese sentences of
    one bead, 主龙型类 and 主龙类 both aligned with "… archosauriform specimens … additional bones from probable
    suchian archosaurs …"): each word of it is shared, so a shared word tells nothing of the two forms being one
    term; only a word the lexicon gives for them does (`_glossed`). Known only while every occurrence is sampled
    (`collect.SAMPLES`)."""
    if not x.samples or x.aligned > len(x.samples) or y.aligned > len(y.samples):
        return False
    return len(set(x.samples) | set(y.samples)) == 1


def _glossed(a: str, b: str, x: FormStat) -> str:
    """A word of the one English text both forms face (`_one_english`: `x.english`, its stems) that the lexicon
    gives for one of the forms or for the stem they share (相似 "similar", 相似性 "similarity" for 最高相似度 /
    骨架相似性 in one sentence rendered "skeleton similarity … the highest similar drugs"), or "": then the English
    does render them, by one word; any other shared word ("additional" beside 主龙型类 / 主龙类) tells nothing."""
    from zhen_qa.aligner.lexicon import load_lexicon

    zh2en = load_lexicon().zh2en
    for w in (a, b, _shared_stem(a, b)):
        for gloss in zh2en.get(w, ()) if w else ():
            if x.english.get(gloss):
                return gloss
    return ""


def zh_pairs(stats: Stats, min_score: int = 2) -> list[Pair]:
    """Accepted pairs of Chinese forms: strong by shape, or with enough evidence from contexts and English."""
    forms = stats.zh
    out: list[Pair] = []
    for a, b, kind in _candidates(forms):
        if a.startswith(b) or b.startswith(a):
            continue  # a compound and its head (分泌组 / 分泌组学)
        if kind == "insert" and (_tail_is_a_word(a, b) or not _strong(a, b, kind) and _final_ends_a_word(a, b)):
            continue
        if kind == "final" and {a[-1], b[-1]} <= MEASURE_FINALS and a[:-1].endswith(TWO_SENSE_MEASURES):
            continue  # 复杂性 (a quality) beside 复杂度 (an algorithm's order): two terms
        if not _strong(a, b, kind) and _different_words(a, b):
            continue  # strong by shape (X病 / X症) stays a pair whatever the dictionary's senses
        x, y = forms[a], forms[b]
        evidence: list[str] = []
        score = 0
        if _strong(a, b, kind):
            evidence.append("morphology")
            score += 2
        rendering = shared_rendering(x, y, stats.en_df)
        if rendering and _one_english(x, y):
            rendering = _glossed(a, b, x)  # the one English text: only a word glossing them tells
        if rendering and _renders_only_the_stem(a, b, rendering, kind):
            rendering = ""
        if rendering:
            evidence.append(f"english:{rendering}")
            score += 2
        elif kind != "script" and x.aligned and y.aligned and (_inside_a_compound(x) or _inside_a_compound(y)):
            continue  # 敏感性 only in 甲氧西林敏感性 ("methicillin-susceptible") beside 敏感度 ("sensitivity")
        elif kind == "final" and {a[-1], b[-1]} <= MEASURE_FINALS and x.aligned and y.aligned:
            continue  # 准确度 for "accurate" beside 准确性 for "prognostic accuracy": two words, not one rendering
        shared = _shared_neighbours(x, y)
        if shared:
            evidence.append(f"neighbours:{shared}")
            score += min(2, shared)
        if score >= min_score:
            out.append(Pair(a, b, kind, tuple(evidence), score))
    return out
