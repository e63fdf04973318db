"""Front-matter findings: pairs that are not translations, wrong-language items, cut-off abstracts, placeholders."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.document import Block, Pair, Role, written_run
from zhen_qa.manuscript.script import is_han
from zhen_qa.report.findings import Finding, Rule, Severity

PAIR_MISMATCH = Rule(
    "pair-mismatch",
    Severity.WARNING,
    "A paired title or abstract whose two sides share almost no evidence of being translations of each other.",
)
WRONG_LANGUAGE = Rule(
    "wrong-language",
    Severity.WARNING,
    "A Chinese title, abstract or keyword list written without any Chinese (or an English one in Chinese).",
)
TRUNCATED_ABSTRACT = Rule(
    "truncated-abstract",
    Severity.WARNING,
    "An abstract that stops mid-sentence, or whose English is far shorter than its Chinese.",
)
PLACEHOLDER = Rule(
    "placeholder-metadata",
    Severity.WARNING,
    "Template example metadata left in the front matter (thuthesis, sustech, nudtpaper defaults).",
)

RULES: tuple[Rule, ...] = (PAIR_MISMATCH, WRONG_LANGUAGE, TRUNCATED_ABSTRACT, PLACEHOLDER)

MIN_EVIDENCE = 0.2
"""Least share of a title's Chinese words (and Latin tokens) found translated in the English.

On 13 real thesis titles a true translation scores 0.33-0.73; an English title from another thesis 0-0.1."""
MIN_LENGTH_RATIO = 1.5
"""Least English letters per Chinese character in a whole abstract (13 real theses: 2.6-4.1)."""
MIN_ABSTRACT_HAN = 150
"""The length ratio is only judged on abstracts with at least this many Chinese characters."""
PLACEHOLDERS = re.compile(
    r"an introduction to\s*(?:la)?tex\s*thesis template|学位论文\s*(?:la)?tex\s*模板|使用示例文档|"
    r"薛瑞尼|xue ruini|郑纬民|zheng weimin|没有英文的中文标题|书脊的标题|书面翻译题目|title of the survey|"
    r"关键词\s*\d|keyword\s*\d|论文的摘要是对论文研究内容和成果的高度概括|"
    r"an abstract of a dissertation is a summary and extraction|谭同学|tom heaven|哈军工|"
    r"^\s*nudt\s*[;；,]\s*mnd|某某某|optional subtitle|可选的副标题",
    re.I,
)
"""Text that the common templates ship as example metadata."""
_TERMINAL = tuple(".!?。！？…”’\")）]")


def _finding(rule: Rule, message: str, pair: Pair, lang: str, data: tuple[tuple[str, object], ...] = ()) -> Finding:
    side = pair.zh if lang == "zh" else pair.en
    other = pair.en if lang == "zh" else pair.zh
    first, last = side[0], side[-1]
    loc = first.text.location()
    end = last.text.location()
    if end.path == loc.path:
        loc = loc.through(end)
    return Finding(rule=rule.id, severity=rule.severity, message=message, location=loc, lang=lang,
                   excerpt=written_run(side)[:200],
                   related=other[0].location if other else None, data=data)


def evidence(zh: str, en: str, derived: bool = False) -> float:
    """Share of the Chinese words and Latin tokens of `zh` that have a translation or twin in `en` (0..1).

    `derived` (the title test) counts a gloss found with a derivational ending more (`_one_stem`: 枚举 "enumerat" in
    "Enumeration"): a title is a handful of words, each telling; over a whole text (`unrelated`) the loose match
    finds common words in an unrelated English (a true pair-mismatch of chinaxiv6 went from 0.19 to 0.25)."""
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon, zh_tokens
    from zhen_qa.aligner.scorers.anchors import latin_tokens

    lexicon = load_lexicon()
    tokens = zh_tokens(zh, lexicon)
    stems = set(en_stems(en))
    found = sum(1 for t in tokens if stems.intersection(lexicon.zh2en.get(t, ())) or derived and any(
        _one_stem(g, s) for g in lexicon.zh2en.get(t, ()) for s in stems))
    latin_zh = set(latin_tokens(zh))
    shared = len(latin_zh & set(latin_tokens(en)))
    total = len(tokens) + len(latin_zh)
    return (found + shared) / total if total else 1.0


DERIVED_MIN = 6
"""Fewest letters of the shorter of a gloss and an English stem for one to be the other with an ending more."""


def _one_stem(gloss: str, stem: str) -> bool:
    """Whether a lexicon gloss and an English stem are one word, or one word with a derivational ending more that
    the stemmer leaves on (enumerat / enumeration): equal, or one the other's beginning, DERIVED_MIN letters or
    more."""
    return gloss == stem or one_begins_other(gloss, stem, DERIVED_MIN)


def _text(pair: Pair, lang: str) -> str:
    return " ".join(s.text.text for s in (pair.zh if lang == "zh" else pair.en))


_METADATA = frozenset({Role.TITLE, Role.AUTHORS, Role.ABSTRACT, Role.KEYWORDS})
"""Blocks that may still hold a template's example text (a set: reading `Role.TITLE` runs EnumType's
`__getattr__` hook on Python 3.11, and this looks at every block)."""


def _placeholders(ctx: CheckContext) -> Iterator[Finding]:
    for block in ctx.manuscript.blocks:
        if block.role not in _METADATA or block.section:
            continue
        m = PLACEHOLDERS.search(block.text.text, 0, 5000)  # metadata is short; a 1 MB block is not scanned
        if m:
            yield _block_finding(block, m.start(), m.end(),
                                 f'{block.role.value} still holds the template\'s example text "{m.group(0).strip()}"')


def _block_finding(block: Block, start: int, end: int, message: str) -> Finding:
    return Finding(rule=PLACEHOLDER.id, severity=PLACEHOLDER.severity, message=message,
                   location=block.text.location(start, end), lang=block.lang, excerpt=block.text.text[:200])


def chinese_in_english(pairs: Iterable[Pair]) -> set[int]:
    """Ids of the pairs whose Chinese side `wrong-language` reports as written in English: a title or abstract
    with no Chinese character, or every keyword pair when no keyword holds one. Other rules leave these pairs to
    that one finding (one defect, one finding: an English keyword list given as the Chinese is not also "left in
    English: the Chinese page repeats the English text")."""
    out: set[int] = set()
    keywords: list[Pair] = []
    for pair in pairs:
        base = pair.section.split(" ")[0]
        if base == "keywords":
            keywords.append(pair)
        elif base in ("title", "abstract") and pair.zh and pair.en \
                and not any(is_han(c) for c in _text(pair, "zh")):
            out.add(id(pair))
    zh_items = [s for p in keywords for s in p.zh]
    if zh_items and not any(is_han(c) for s in zh_items for c in s.text.text):
        out.update(id(p) for p in keywords)
    return out


def english_in_chinese(pairs: Iterable[Pair]) -> set[int]:
    """Ids of the title and abstract pairs whose English side `wrong-language` reports as written in Chinese (more
    than a third of it Han), the mirror of `chinese_in_english`: other rules leave these pairs to that one finding
    (an English title slot holding the Chinese title is not also "left in Chinese: the English repeats the
    Chinese text")."""
    return {id(pair) for pair in pairs if pair.section.split(" ")[0] in ("title", "abstract") and pair.zh
            and pair.en and id(pair) not in chinese_in_english([pair]) and _chinese(_text(pair, "en"))}


def _chinese(text: str) -> bool:
    """Whether more than a third of `text` is Han: an English field written in Chinese."""
    return sum(1 for c in text if is_han(c)) > len(text) / 3


def _pairs(ctx: CheckContext, placeholder_paths: set[tuple[str, int]]) -> Iterator[Finding]:
    keyword_pairs: list[Pair] = []
    english = chinese_in_english(ctx.manuscript.pairs)
    abstracts = [p for p in ctx.manuscript.pairs if p.section.split(" ")[0] == "abstract"]
    last_abstract = abstracts[-1] if abstracts else None  # once: not once an abstract paragraph (a thesis has many)
    for pair in ctx.manuscript.pairs:
        base = pair.section.split(" ")[0]
        if base == "keywords":
            keyword_pairs.append(pair)
        if base not in ("title", "abstract", "keywords") or not pair.zh or not pair.en:
            continue
        zh, en = _text(pair, "zh"), _text(pair, "en")
        han = sum(1 for c in zh if is_han(c))
        if base in ("title", "abstract") and id(pair) in english:
            yield _finding(WRONG_LANGUAGE, f"the Chinese {base} has no Chinese: it is written in English", pair, "zh")
            continue
        if base in ("title", "abstract") and _chinese(en):
            yield _finding(WRONG_LANGUAGE, f"the English {base} is written in Chinese", pair, "en")
            continue
        if base == "title":
            loc = pair.en[0].location
            if (loc.path, loc.line) in placeholder_paths:
                continue  # one defect, one finding: the placeholder says it
            score = evidence(zh, en, derived=True)
            if score < MIN_EVIDENCE:
                yield _finding(PAIR_MISMATCH, f"the English title shares almost nothing with the Chinese title "
                               f"(evidence {score:.2f}): is it the title of another work?", pair, "en",
                               (("evidence", round(score, 3)),))
        if base == "abstract":
            yield from _truncated(pair, zh, en, han, pair is last_abstract)
    if keyword_pairs and id(keyword_pairs[0]) in english:
        first = keyword_pairs[0]
        yield _finding(WRONG_LANGUAGE, "the Chinese keywords have no Chinese: they are written in English",
                       Pair(first.section, tuple(s for p in keyword_pairs for s in p.zh), first.en, ()), "zh")


_LEAD_IN = (":", "：")
"""How a paragraph that leads into the next ends (`…主要贡献如下：` before its list): no stop mid-sentence when an
abstract paragraph follows it."""


def _truncated(pair: Pair, zh: str, en: str, han: int, last: bool = True) -> Iterator[Finding]:
    """A paragraph of a thesis's abstract page (`abstract 2` of 4) that leads into the next one with a colon is
    whole: only the abstract's last paragraph must close its sentence."""
    for lang, text in (("zh", zh), ("en", en)):
        core = text.rstrip()
        if core and not core.endswith(_TERMINAL) and (last or not core.endswith(_LEAD_IN)):
            side = "Chinese" if lang == "zh" else "English"
            yield _finding(TRUNCATED_ABSTRACT, f'the {side} abstract stops mid-sentence: "…{core[-40:]}"', pair, lang)
            return
    letters = sum(1 for c in en if c.isascii() and c.isalpha())
    if han >= MIN_ABSTRACT_HAN and letters < MIN_LENGTH_RATIO * han:
        yield _finding(TRUNCATED_ABSTRACT, f"the English abstract is far shorter than the Chinese ({letters} letters "
                       f"for {han} Chinese characters): does it stop mid-way?", pair, "en",
                       (("letters", letters), ("han", han)))


def run(ctx: CheckContext) -> Iterator[Finding]:
    """Findings of the front-matter rules."""
    placeholders = list(_placeholders(ctx))
    yield from placeholders
    seen = {(f.location.path, f.location.line) for f in placeholders}
    yield from _pairs(ctx, seen)
