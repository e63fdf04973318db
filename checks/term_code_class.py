"""A term that classes a code name: documentation names a plugin, component or option by its code, and one side
adds the class noun after it where the other writes the code alone (创建路由并启用 `ldap-auth-advanced` 插件 /
"Create a Route with `ldap-auth-advanced`"; "enable the `cors` plugin" / 启用 `cors`). The code span names the
object on both sides; the class noun says what kind of thing it is, which the other side leaves to the name. A term
after a code span the other side does not write is no such class noun: the object is named on one side only; nor
is one where the other side writes a noun of its own after the same code ("the `cors` middleware" for `cors` 插件:
the class said otherwise, a replaced term; review50 R3). The code may carry English words of its kind that both
sides keep after it, in Latin letters, before the class noun (`mysql` source 连接器 / "`mysql` source": the same
"source" after the same code on the other side, then no noun of its own); other words there ("`mysql` sink" for
`mysql` source 连接器) are no such name."""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN, en_stems, stem
from zhen_qa.checks.term_code_kept import whole_words
from zhen_qa.checks.term_rendered import en2zh, zh2en
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, inline_code

_NEXT_EN = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")
_PARTICIPLE = LazyPattern(r"[a-z]{2,}[^e\W]ed")
"""A past participle after a code name ("with `data-mask` configured to mask …", "`jwt-auth` enabled"): the verb
of the sentence, no noun classing the code; the lexicon may lack the verb's sense the other side says (CC-CEDICT's
"configure" is 构成 only, so 配置 did not count as said). Words in -eed (speed, seed, need) are nouns, not matched."""
ZH_PARTICLES = frozenset("的之地得和与及或是在为了等也都就并而将被把对从会能可需要已默仍才均")
"""Characters that start no noun of its own after a code name (`cors` 的配置, `cors` 和 `jwt`, `cors` 会处理)."""


def classes_code(sentence: Sentence, start: int, other: Sequence[Sentence], end: int | None = None) -> bool:
    """Whether the term starting at `start` of `sentence` follows a code span right before it (spaces between) whose
    content a code span of the `other` side's sentences writes too."""
    mt = sentence.text
    kept = _KEPT_BEFORE.search(mt.text, 0, start)
    words = kept.group(1).split() if kept else []
    at = (kept.start() if kept else start) - 1
    while at >= 0 and mt.text[at].isspace():
        at -= 1
    if at < 0 or mt.text[at] != CODE_PLACEHOLDER:
        return False
    name = inline_code(mt, at)
    rest = mt.text[:start] + "\0" + mt.text[end:] if end is not None else mt.text  # the sentence but the term
    return bool(name) and any(inline_code(s.text, i) == name and (after := _after_words(s.text.text, i, words)) >= 0
                              and not _noun_after(s, after, rest)
                              for s in other for i, ch in enumerate(s.text.text) if ch == CODE_PLACEHOLDER)


_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9_.+-])([A-Za-z][A-Za-z0-9.+-]*(?:[ \t]+[A-Za-z][A-Za-z0-9.+-]*)?)[ \t]*\Z")
"""One or two words in Latin letters right before a Chinese term (Huggingface transformers模型, LRU策略, Bert模型)."""


def classes_name(sentence: Sentence, start: int, other: Sequence[Sentence], end: int | None = None) -> bool:
    """Whether the Chinese term starting at `start` of `sentence` follows a name in Latin letters (one or two words,
    one with a capital or a digit: Huggingface transformers, LRU, Bert) that an `other` sentence writes too (whole
    words, any case) with no noun of its own after it (`_noun_after`): the class noun the Chinese adds after a name
    the English writes alone (Huggingface transformers模型 = "Huggingface transformers supported by Shardformer",
    LRU策略 = "LRU is applied", 微调 Bert模型 = "Fine-tune Bert with pipeline"; gc56 B4), as `classes_code` for code.
    A name the other side does not write, or writes with a noun of its own ("the Bert tokenizer"), is no such name;
    nor is one the other side writes after an article with no noun of its own (`_article_left`: "in the Karmada."
    for 在 Karmada 仓库中): the article announces a noun phrase whose head is not there."""
    if sentence.lang != "zh":
        return False
    text = sentence.text.text
    rest = text[:start] + "\0" + text[end:] if end is not None else text
    if end is not None and _NOMINAL_BEFORE.search(text, 0, start) and _named_after(text, end, other, rest):
        return True
    m = _NAME_BEFORE.search(text, 0, start)
    if m is None:
        return False
    words = m.group(1).split()
    compound = end is not None and end < len(text) and bool(HAN_RUN_RE.match(text, end)) \
        and text[end] not in ZH_PARTICLES
    for name in (words, words[-1:]) if len(words) > 1 else (words,):
        if not any(is_name(w) for w in name):
            continue
        pattern = whole_words(" ".join(name))
        if any(not _noun_after(s, f.end() - 1, rest)
               and not _article_left(s.text.text, f.start(), f.end(), name, compound)
               for s in other for f in pattern.finditer(s.text.text)):
            return True
    return False


_NAME_AFTER = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9.+/_-]*[A-Za-z0-9])(?![A-Za-z0-9.+/_-])[ \t]*")
"""A name in Latin letters right after a Chinese term (插件 egg-mysql, 插件 [egg-mysql] as a link's text)."""
_NOMINAL_BEFORE = re.compile(r"[的个该此这那][ \t]*\Z")
"""What makes the Chinese word after it a noun heading a noun phrase (对应的插件, 该插件, 这个插件): a class noun in
apposition with the name after it, not a verb taking the name as its object (配置 VSCode "configure VSCode", 启动
nginx), whose English verb a translation must still say."""
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*)[ \t]*\Z")


def _named_after(text: str, end: int, other: Sequence[Sentence], rest: str) -> bool:
    """Whether the Chinese term ending at `end` of `text` is the class noun before a name in Latin letters
    (`is_name`) that ends the noun phrase (punctuation, a particle or the end after it, no further noun and no 的
    making the name the owner of one: 安装对应的插件 egg-mysql：; the caller has seen the term head a noun phrase,
    `_NOMINAL_BEFORE`) and that an `other` sentence writes (whole words, any case) with no noun of its own before or
    after it: 安装对应的插件 [egg-mysql] = "Install [egg-mysql]", the Chinese's apposition "the plugin egg-mysql"
    said by the name alone. "Install the egg-mysql middleware" or "the middleware egg-mysql" say the class
    otherwise, and "Install the egg-mysql." has lost the head its article announces (`_article_left`): still missing."""
    m = _NAME_AFTER.match(text, end)
    if m is None or not is_name(m.group(1)):
        return False
    after = text[m.end():m.end() + 1]
    if after and (after.isalnum() and after.isascii() or HAN_RUN_RE.match(after) and after not in ZH_PARTICLES
                  or after == "的"):
        return False
    pattern = whole_words(m.group(1))
    return any(not _noun_after(s, f.end() - 1, rest) and not _noun_before(s.text.text, f.start(), rest)
               and not _article_left(s.text.text, f.start(), f.end(), [m.group(1)], False)
               for s in other for f in pattern.finditer(s.text.text))


def _noun_before(text: str, at: int, source: str) -> bool:
    """Whether an English word right before `at` is a noun of its own classing the name after it ("the middleware
    `cors`"): no function word, preposition or -ly adverb, and no word whose dictionary sense the `source` sentence
    says elsewhere ("Install" for 安装: the sentence's verb), as `_noun_after` reads the word after a name."""
    m = _WORD_BEFORE.search(text, 0, at)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in STOP_EN or word in PREPOSITIONS or word.endswith("ly"):
        return False
    return not any(len(g) >= 2 and g in source for g in en2zh().get(stem(word), ()))


_ARTICLE_BEFORE = LazyPattern(r"(?<![A-Za-z])(?:the|a|an)[ \t]+\Z", re.I)
"""An English article right before a name ("the Karmada", "an EventMesh")."""


def _article_left(text: str, at: int, end: int, name: Sequence[str], compound: bool) -> bool:
    """Whether the name written from `at` to `end` of the English `text` follows an article (the, a, an), is no
    acronym (a word in capitals and digits only: LRU, GPU, SDK) and has no noun phrase's head after it: nothing, a
    function word or a preposition ("in the Karmada.", "add the OpenTelemetry to", "The Java is"), or — where the
    Chinese term goes straight on into another noun (`compound`: Kubernetes 命令行工具, Prometheus 监控页面) — the
    English word of that noun ("the Kubernetes tool": the term inside the compound dropped). A name standing for
    the thing takes no article ("Fine-tune Bert", "through Karmada"); "the Karmada" with no head is the noun phrase
    of "the Karmada repository" with its head gone, the head the Chinese class noun says (Karmada 仓库). "the Bert
    configuration" for Bert模型的配置 has its own head (configuration, 配置 after 的): the class noun is the
    Chinese's addition, as before. An acronym of a common noun takes the article as a noun does ("use the CLI" for
    使用 CLI 工具) and keeps the excuse."""
    if all(w.upper() == w for w in name) or _ARTICLE_BEFORE.search(text, 0, at) is None:
        return False
    m = _NEXT_EN.match(text, end)
    return compound or m is None or m.group(1).lower() in STOP_EN or m.group(1).lower() in PREPOSITIONS


_NAME_MARK = re.compile(r"[A-Z0-9]")
"""What makes a Latin word a name: a capital or a digit (Huggingface, LRU, GPT2)."""
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:[-_./][a-z0-9]+)+")
"""A word in lower case built as code names are, parts joined by a hyphen, an underscore, a dot or a slash
(egg-mysql, egg_view, koa.js, lib/plugin): a package, module or path name, no word of English prose."""


def is_name(word: str) -> bool:
    """Whether a Latin word the Chinese writes beside a class noun is a name: a capital or a digit (Huggingface, LRU,
    GPT2) or a word built as code names are (`_IDENTIFIER`: egg-sequelize, lib/plugin). A word in lower case without
    such a joint is no name, whether the lexicon knows it (worker, static: an English word the Chinese may keep
    untranslated) or not (travis, gzip: `travis 配置文件` is the files of travis, the word modifying the term rather
    than named by it, and "generate new travis" for it has dropped the term)."""
    return bool(_NAME_MARK.search(word) or _IDENTIFIER.fullmatch(word.lower()))


_KEPT_BEFORE = re.compile(r"((?:[A-Za-z][A-Za-z-]*[ \t]*){1,2})\Z")
"""English words in Latin letters right before a term (`mysql` source 连接器): the code's kind, kept on both sides."""


def _after_words(text: str, at: int, words: Sequence[str]) -> int:
    """The index of the last character of `words` written right after the code placeholder at `at` (spaces between,
    any case), `at` itself for no words, or -1 where the text goes on otherwise."""
    if not words:
        return at
    m = re.compile(r"\s*" + r"\s+".join(map(re.escape, words)) + r"(?![A-Za-z])", re.I).match(text, at + 1)
    return m.end() - 1 if m else -1


def _noun_after(sentence: Sentence, at: int, source: str) -> bool:
    """Whether a noun of its own follows the code placeholder at `at` of the sentence: the side classes the code
    itself, it does not write the code alone. A function word, an adverb (-ly; 会, 已, 可 …) or a word whose
    dictionary sense the `source` sentence (the term's) says elsewhere ("handles" for 处理, "configuration" for 配置:
    the sentence goes on, review50b S6) is none; another listed term or a free word ("middleware", "filter") is."""
    text = sentence.text.text
    if sentence.lang == "zh":
        rest = text[at + 1:].lstrip()
        found = HAN_RUN_RE.match(rest)
        run = found.group(0) if found else ""
        if not run or run[0] in ZH_PARTICLES:
            return False
        stems = set(en_stems(source.lower()))
        return not any(g in stems for g in zh2en().get(cut(run)[0], ()))
    m = _NEXT_EN.match(text, at + 1)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in STOP_EN or word in PREPOSITIONS or word.endswith("ly") or _PARTICIPLE.fullmatch(word):
        return False
    return not any(len(g) >= 2 and g in source for g in en2zh().get(stem(word), ()))
